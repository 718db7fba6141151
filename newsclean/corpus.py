"""Site-level boilerplate: paragraphs that recur across many documents of one site.

A scrape of one site repeats the same footer, banner, menu or promo on every
page — text that no phrase list knows.  Batch mode finds it in two stages,
each a plain function over plain, picklable data, so that the same code runs
in the CLI's process pool, in datatrove or in Dask:

1. **Count** — :func:`fingerprint_document` turns one document into a list of
   ``(fingerprint, context_bit)`` pairs, one per distinct paragraph;
   :class:`SiteCounts` adds them up per site (:meth:`SiteCounts.add`) and
   partial counts combine with :func:`merge_counts` (commutative and
   associative, so shards can be counted anywhere and merged in any order).
2. **Apply** — :meth:`SiteCounts.view` picks the candidate paragraphs of one
   site under a :class:`~newsclean.config.Config`; ``clean_document(text,
   config, site_profile=view)`` then drops them with reason ``S101`` and the
   document count as evidence, inside the normal decision flow (so
   ``--explain``, JSON output and ``--select/--ignore`` see them).

Fingerprint
    The first 8 bytes of BLAKE2b over the paragraph's
    :func:`~newsclean.text.style_key` (case, spacing, quote and dash style
    folded away).  Never Python's ``hash()``, which changes per process.

Boilerplate versus a duplicated article
    A syndicated wire story can appear in full in many documents of a site;
    its paragraphs recur as often as a footer does.  The difference is what
    they recur *next to*: a footer sits next to different article text on
    every page, a wire paragraph next to the rest of the same story.  Each
    occurrence therefore carries a *context*: a hash of the two longest other
    paragraphs of the document (the longest paragraphs are article text on
    almost every page, menus and labels are short).  The contexts of one
    fingerprint are counted in a 64-bit linear-counting bitmap (one bit per
    context, merged by OR), and a paragraph is site boilerplate only when it
    recurred next to enough *different* contexts.  Paragraphs that recur only
    with the rest of the same article are left to corpus-level dedup tools.

Memory
    One row per distinct (site, paragraph): fingerprint (8 bytes), context
    bitmap (8), document count (4) and site number (4) — 24 bytes, plus a
    bounded buffer of not yet merged rows (20 bytes each, at most
    ``max(FLUSH_ROWS, rows / 2)``) and the transient arrays of a merge.
    The profile file stores the same 24-byte rows.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import struct
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .config import Config
from .segment import normalize, segment
from .text import style_key

if TYPE_CHECKING:  # numpy is imported lazily: single-file cleaning never needs it
    import numpy as np

    from .document import Document

PROFILE_MAGIC = b"newsclean-site-profile\n"
PROFILE_VERSION = 1
BYTES_PER_PARAGRAPH = 24
# Contexts are counted in a bitmap of this many bits (linear counting).
CONTEXT_BITS = 64
# The context test asks for `site_min_context_share` of at most this many
# documents: a 64-bit bitmap tells 1 context from 5, or 10 from 30, reliably,
# but not 300 from 3,000 (and a footer on 3,000 pages needs no such proof).
CONTEXT_CAP = 32
# Buffered rows are merged into the table after this many (or after half the
# table size, whichever is more, so merging stays linear overall).
FLUSH_ROWS = 1 << 18
_MASK64 = (1 << 64) - 1


def _dtype():
    import numpy as np

    return np.dtype([("fp", "<u8"), ("ctx", "<u8"), ("df", "<u4"), ("site", "<u4")])


# --- stage 1: one document -> fingerprints ---------------------------------


def fingerprint(text: str) -> int:
    """Stable 64-bit fingerprint of a paragraph's normalised form."""
    key = style_key(text).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")


def paragraph_texts(text: str) -> list[str]:
    """The paragraphs of `text` exactly as the cleaning pipeline splits them."""
    return [p.text for p in segment(normalize(text))]


def _mix(a: int, b: int) -> int:
    """Order-sensitive 64-bit mix (splitmix64 finaliser) of two fingerprints."""
    z = (a * 0x9E3779B97F4A7C15 + b + 0x632BE59BD9B4E5F9) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return z ^ (z >> 31)


def fingerprint_paragraphs(paragraphs: Iterable[str]) -> list[tuple[int, int]]:
    """``(fingerprint, context_bit)`` for each distinct paragraph, in first-seen order.

    ``context_bit`` is ``1 << k`` where `k` is drawn from a hash of the two
    longest *other* paragraphs of the document (see the module docstring).
    """
    length: dict[int, int] = {}
    for text in paragraphs:
        key = style_key(text)
        if not key:
            continue
        fp = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
        if fp not in length:
            length[fp] = len(key)
    # The three longest (ties by fingerprint): the two longest others of any paragraph are among them.
    top = sorted(length, key=lambda fp: (-length[fp], fp))[:3]
    out = []
    for fp in length:
        others = [o for o in top if o != fp][:2]
        if not others:
            ctx = 0
        elif len(others) == 1:
            ctx = _mix(others[0], 0)
        else:
            ctx = _mix(min(others), max(others))
        out.append((fp, 1 << (ctx % CONTEXT_BITS)))
    return out


def fingerprint_document(text: str) -> list[tuple[int, int]]:
    """Stage 1 for one document: :func:`fingerprint_paragraphs` of its paragraphs."""
    return fingerprint_paragraphs(paragraph_texts(text))


# --- counting and merging ---------------------------------------------------


class SiteCounts:
    """Per-site document frequency and context bitmap of every distinct paragraph.

    Picklable; ``add`` documents, ``merge`` other counts, ``save`` to a
    profile file.  ``site_docs`` maps each site to its number of documents.
    """

    def __init__(self) -> None:
        self.site_names: list[str] = []
        self.site_docs: list[int] = []
        self._site_index: dict[str, int] = {}
        self._table = None  # numpy structured array sorted by (site, fp), or None
        self._buf_fp = array("Q")
        self._buf_ctx = array("Q")
        self._buf_site = array("I")

    # -- building
    def _site(self, site: str) -> int:
        i = self._site_index.get(site)
        if i is None:
            i = self._site_index[site] = len(self.site_names)
            self.site_names.append(site)
            self.site_docs.append(0)
        return i

    def add(self, site: str, pairs: Iterable[tuple[int, int]]) -> None:
        """Count one document of `site` (pairs from :func:`fingerprint_document`)."""
        s = self._site(site)
        self.site_docs[s] += 1
        for fp, ctx in pairs:
            self._buf_fp.append(fp)
            self._buf_ctx.append(ctx)
            self._buf_site.append(s)
        if len(self._buf_fp) >= max(FLUSH_ROWS, self.rows // 2):
            self._flush()

    def _flush(self) -> None:
        if not self._buf_fp:
            return
        import numpy as np

        new = np.empty(len(self._buf_fp), dtype=_dtype())
        new["fp"] = np.frombuffer(self._buf_fp, dtype="<u8")
        new["ctx"] = np.frombuffer(self._buf_ctx, dtype="<u8")
        new["site"] = np.frombuffer(self._buf_site, dtype=np.uint32)
        new["df"] = 1
        self._buf_fp, self._buf_ctx, self._buf_site = array("Q"), array("Q"), array("I")
        self._table = _reduce(new if self._table is None else np.concatenate([self._table, new]))

    @property
    def rows(self) -> int:
        """Distinct (site, paragraph) rows merged so far."""
        return 0 if self._table is None else len(self._table)

    @property
    def table(self) -> "np.ndarray":
        """All rows, sorted by (site, fingerprint)."""
        self._flush()
        if self._table is None:
            import numpy as np

            self._table = np.empty(0, dtype=_dtype())
        return self._table

    def merge(self, other: "SiteCounts") -> "SiteCounts":
        """Add `other`'s counts into these (in place); returns self."""
        import numpy as np

        remap = np.array([self._site(name) for name in other.site_names] or [0], dtype=np.uint32)
        for name, n in zip(other.site_names, other.site_docs):
            self.site_docs[self._site_index[name]] += n
        theirs = other.table.copy()
        if len(theirs):
            theirs["site"] = remap[theirs["site"]]
        self._table = _reduce(np.concatenate([self.table, theirs]))
        return self

    def __getstate__(self) -> dict[str, Any]:
        self._flush()
        return {k: v for k, v in self.__dict__.items()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteCounts):
            return NotImplemented
        return self.as_dict() == other.as_dict()

    def as_dict(self) -> dict[str, dict[int, tuple[int, int]]]:
        """{site: {fingerprint: (doc_freq, context_bitmap)}} — for tests and small data."""
        out: dict[str, dict[int, tuple[int, int]]] = {name: {} for name in self.site_names}
        for row in self.table.tolist():
            fp, ctx, df, site = row
            out[self.site_names[site]][fp] = (df, ctx)
        return out

    def documents(self, site: str) -> int:
        i = self._site_index.get(site)
        return 0 if i is None else self.site_docs[i]

    # -- stage 2
    def view(self, site: str, config: Config) -> "SiteView":
        """The site-boilerplate candidates of `site` under `config`'s thresholds."""
        import numpy as np

        i = self._site_index.get(site)
        if i is None:
            return SiteView(site, 0, {})
        table = self.table
        lo, hi = np.searchsorted(table["site"], [i, i + 1])
        rows = table[lo:hi]
        docs = self.site_docs[i]
        min_df = min_doc_freq(docs, config)
        rows = rows[rows["df"] >= min_df]
        candidates = {}
        for fp, ctx, df, _site in rows.tolist():
            contexts = estimate_contexts(ctx)
            if is_site_boilerplate(df, contexts, docs, config):
                candidates[fp] = (df, contexts)
        return SiteView(site, docs, candidates)

    def views(self, config: Config) -> dict[str, "SiteView"]:
        return {name: self.view(name, config) for name in self.site_names}

    # -- profile files
    def save(self, path: str | os.PathLike[str]) -> None:
        """Write a versioned profile file atomically (header, then 24-byte rows)."""
        from .io import atomic_write

        table = self.table
        header = json.dumps(
            {
                "version": PROFILE_VERSION,
                "fingerprint": "blake2b-64(style_key)",
                "context": f"top2-longest-others, {CONTEXT_BITS}-bit linear counting",
                "row": "fp<u8 ctx<u8 df<u4 site<u4",
                "rows": int(len(table)),
                "sites": [{"name": n, "documents": d} for n, d in zip(self.site_names, self.site_docs)],
            },
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
        head = PROFILE_MAGIC + struct.pack("<II", PROFILE_VERSION, len(header)) + header
        head += b"\0" * (-len(head) % 8)
        atomic_write(path, head + table.tobytes())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> "SiteCounts":
        """Read a profile written by :meth:`save`; raises ProfileError when it is not one."""
        import numpy as np

        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise ProfileError(f"{path}: cannot read profile ({e.strerror})") from None
        if not data.startswith(PROFILE_MAGIC):
            raise ProfileError(f"{path}: not a newsclean site profile")
        pos = len(PROFILE_MAGIC)
        try:
            version, hlen = struct.unpack_from("<II", data, pos)
        except struct.error:
            raise ProfileError(f"{path}: truncated site profile") from None
        if version != PROFILE_VERSION:
            raise ProfileError(f"{path}: site profile version {version}; this newsclean reads version {PROFILE_VERSION}")
        pos += 8
        try:
            header = json.loads(data[pos : pos + hlen])
        except ValueError:
            raise ProfileError(f"{path}: damaged site profile header") from None
        pos += hlen
        pos += -pos % 8
        body = data[pos:]
        if len(body) != header["rows"] * BYTES_PER_PARAGRAPH:
            raise ProfileError(f"{path}: truncated site profile ({len(body)} bytes of rows, expected {header['rows'] * BYTES_PER_PARAGRAPH})")
        counts = cls()
        for site in header["sites"]:
            counts._site(site["name"])
            counts.site_docs[-1] = int(site["documents"])
        counts._table = np.frombuffer(body, dtype=_dtype()).copy()
        return counts


class ProfileError(Exception):
    """A profile file that cannot be used; the message names it."""


def _reduce(rows: "np.ndarray") -> "np.ndarray":
    """Sort rows by (site, fp) and combine equal keys: df summed, contexts OR-ed."""
    import numpy as np

    if len(rows) == 0:
        return rows
    order = np.lexsort((rows["fp"], rows["site"]))
    rows = rows[order]
    new_key = np.empty(len(rows), dtype=bool)
    new_key[0] = True
    new_key[1:] = (rows["fp"][1:] != rows["fp"][:-1]) | (rows["site"][1:] != rows["site"][:-1])
    starts = np.flatnonzero(new_key)
    if len(starts) == len(rows):
        return rows
    out = rows[starts].copy()
    out["df"] = np.add.reduceat(rows["df"], starts)
    out["ctx"] = np.bitwise_or.reduceat(rows["ctx"], starts)
    return out


def count_documents(docs: Iterable[tuple[str, str]]) -> SiteCounts:
    """Stage 1 over ``(site, text)`` pairs."""
    counts = SiteCounts()
    for site, text in docs:
        counts.add(site, fingerprint_document(text))
    return counts


def merge_counts(*parts: SiteCounts) -> SiteCounts:
    """A new SiteCounts holding the sum of `parts` (which are left unchanged)."""
    out = SiteCounts()
    for part in parts:
        out.merge(part)
    return out


# --- stage 2: the decision ------------------------------------------------------


def estimate_contexts(bitmap: int) -> float:
    """Distinct contexts estimated from a linear-counting bitmap (inf when full)."""
    ones = bin(bitmap).count("1")
    if ones >= CONTEXT_BITS:
        return math.inf
    return math.log(1 - ones / CONTEXT_BITS) / math.log(1 - 1 / CONTEXT_BITS)


def min_doc_freq(site_docs: int, config: Config) -> int:
    """Documents a paragraph must appear in to be site boilerplate in a site of `site_docs`."""
    return max(config.site_min_doc_freq, math.ceil(config.site_min_doc_share * site_docs), 2)


def is_site_boilerplate(doc_freq: int, contexts: float, site_docs: int, config: Config) -> bool:
    """Recurs in enough documents, next to enough different article text."""
    if doc_freq < min_doc_freq(site_docs, config):
        return False
    return contexts >= config.site_min_context_share * min(doc_freq, CONTEXT_CAP)


@dataclass(frozen=True)
class SiteView:
    """What stage 2 needs for one site: {fingerprint: (doc_freq, contexts)} of its boilerplate.

    Small (only the paragraphs judged boilerplate) and picklable; pass it as
    ``clean_document(text, config, site_profile=view)``.
    """

    site: str
    documents: int
    candidates: Mapping[int, tuple[int, float]]

    def lookup(self, text: str) -> tuple[int, float] | None:
        return self.candidates.get(fingerprint(text)) if self.candidates else None


def drop_site_boilerplate(doc: "Document", view: SiteView) -> None:
    """Mark the kept paragraphs of `doc` that `view` knows as site boilerplate (S101)."""
    if not view.candidates:
        return
    for p in doc.paragraphs:
        if not p.kept:
            continue
        hit = view.lookup(p.text)
        if hit is not None:
            df, contexts = hit
            p.drop(
                "S101",
                doc_freq=df,
                site_docs=view.documents,
                contexts=None if math.isinf(contexts) else round(contexts, 1),
                site=view.site,
            )
