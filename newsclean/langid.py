"""Fast, deterministic language identification on langdetect's own profiles.

``langdetect`` (1.0.9) guesses by sampling n-grams of the text at random and
multiplying their smoothed per-language probabilities until one language
dominates; it is slow (~5 ms a paragraph, most of a second to load its JSON
profiles) and its answer depends on the random seed.  This module keeps its
model -- the same profiles, the same text normalisation, the same smoothing
``alpha / BASE_FREQ`` with ``alpha = ALPHA_DEFAULT = 0.5`` -- but scores
*every* n-gram of the text once, in log space:

    score(lang) = sum over the text's n-grams g present in the profiles of
                  log(P(g | lang) + alpha / BASE_FREQ)

and turns the scores into probabilities with a softmax.  There is no
randomness, so the same text gives the same answer in every process.

How it is fast:

* The profiles are stored precomputed (``data/langprofiles.bin``, built by
  ``tools/build_langprofiles.py``) as ``log1p(P / weight)`` (the log term
  above minus its value for P = 0, which is the same for every language and
  cancels in the softmax), quantised to 1/2048 nat.  N-grams that the
  extractor can never produce are left out.
* Each n-gram maps to one Python ``int`` that packs its gains for all
  languages into 32-bit fields.  Summing those ints adds all languages at
  once, and the whole loop (n-gram slicing, dict look-ups, the sum) runs in
  C through ``map``/``filter``/``sum``/``compress``.
* A 3-gram's int also holds the gains of its 2-gram and 1-gram suffixes
  (and a 2-gram's those of its last char), so a text position costs one
  look-up when its 3-gram is in the profiles, which is the common case.
* The ints are built at load time by C-level ``map`` calls from compact
  arrays, one script group at a time (n-grams grouped by their last
  non-space char: Latin and everything else not listed, Greek/Cyrillic,
  Hebrew/Arabic, each Indic script, Thai, CJK/kana/hangul) when a text
  first contains characters of that group.  Results do not depend on what
  is loaded: a text can only match n-grams of its own characters' groups.

Text handling replicates ``langdetect.detector.Detector`` and
``langdetect.utils.ngram.NGram``: URL and e-mail removal, Vietnamese
combining-mark normalisation, the 10000-character limit, dropping ASCII
letters from texts that are mostly non-Latin (``cleaning_text``, including
its quirk of counting every character from U+0300 up as non-Latin), the
per-character normalisation (punctuation and digits to spaces, CJK kanji
classes, kana, hangul, ...), 1/2/3-grams with space padding at word edges,
and no n-grams at positions inside an upper-case run ("capital words").

Public API: :func:`detect_langs`, :func:`supported_languages`.
"""
from __future__ import annotations

import os
import _thread
from math import exp, fsum
from itertools import compress
from operator import add, not_
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from array import array
    from collections.abc import Sequence

__all__ = ["detect_best", "detect_langs", "supported_languages"]

_DATA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "langprofiles.bin")
_MAGIC = b"NCLANGP4"

# langdetect.detector.Detector.PROB_THRESHOLD: detect_langs() lists only
# languages above this probability (the best language is always listed).
PROB_THRESHOLD = 0.1
# Bound on the remembered per-word sums: about 300 bytes each.  Two
# generations of at most this many (so at most ~20 MB, as one cache of
# twice the size that is emptied when full): when the young one is full it
# becomes the old one, and a word found only there moves back to the young
# one.  Frequent words so survive the turnover; emptying one 65,536-word
# cache made a third more first-time sums on the page family.
WORD_CACHE_SIZE = 1 << 15

_lock = _thread.allocate_lock()
_model: "_Model | None" = None


class _Group:
    """N-grams whose last non-space char is in one script's code points."""

    __slots__ = ("name", "ranges", "counts", "sections", "probe")


class _Model:
    __slots__ = (
        "langs",
        "scale",
        "max_text",
        "n_bytes",
        "unpack",
        "table",  # n-gram -> packed chained gains, for the loaded groups
        "all_groups",
        "pending",  # groups not loaded yet (tuple; replaced, never mutated)
        "others_probe",  # (pending it was made for, regex for all but catch-all)
        "norm",
        "url_re",
        "mail_re",
        "vi_re",
        "vi_repl",
        "latin_re",
        "upper_ascii_re",
        "upper_re",
        "upper_re_astral",
        "upper_ranges",
        "word_sums",  # normalised word -> its positions' summed gains
        "old_word_sums",  # the previous generation of word_sums
    )


def _u16(b: bytes) -> array:
    from array import array
    import sys

    a = array("H")
    a.frombytes(b)
    if sys.byteorder == "big":
        a.byteswap()
    return a


def _load() -> _Model:
    """Read ``data/langprofiles.bin``: metadata and tables; no n-grams yet."""
    import re
    import struct

    with open(_DATA_PATH, "rb") as f:
        data = f.read()
    bad = RuntimeError(f"{_DATA_PATH}: corrupt or unsupported language profile file")
    if data[:8] != _MAGIC:
        raise bad
    (count,) = struct.unpack_from("<I", data, 8)
    lengths = struct.unpack_from(f"<{count}I", data, 12)
    sections = []
    offset = 12 + 4 * count
    for length in lengths:
        sections.append(data[offset : offset + length])
        offset += length
    if offset != len(data) or count < 3:
        raise bad
    meta = {}
    for line in sections[0].decode("ascii").splitlines():
        key, _, value = line.partition("=")
        meta[key] = value
    if meta.get("format") != "4" or meta.get("field_bits") != "32":
        raise bad

    m = _Model()
    m.langs = tuple(meta["langs"].split(","))
    m.scale = float(meta["scale"])
    m.max_text = int(meta["max_text"])
    m.n_bytes = 4 * len(m.langs)
    m.unpack = struct.Struct(f"<{len(m.langs)}I").unpack
    norm = sections[1].decode("utf-16-le")
    m.norm = norm[:0xD800] + "".join(map(chr, range(0xD800, 0xE000))) + norm[0xD800:]
    if len(m.norm) != 0x10000:
        raise bad
    m.upper_ranges = struct.unpack(f"<{len(sections[2]) // 4}I", sections[2])
    m.upper_ascii_re = re.compile("[A-Z]{2,}")  # exact for ASCII-only text
    m.upper_re = m.upper_re_astral = None  # compiled on first need
    m.url_re = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
    m.mail_re = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
    m.latin_re = re.compile("[A-z]+")  # sic: langdetect's 'A' <= ch <= 'z'

    def unescape(s: str) -> str:
        return s.encode("ascii").decode("unicode_escape")

    to_normalize = unescape(meta["vi_to_normalize"])
    dmarks = unescape(meta["vi_dmark"])
    vi_map = {}
    for d, dmark in enumerate(dmarks):
        normalized = unescape(meta[f"vi_normalized_{d}"])
        for a, ch in enumerate(to_normalize):
            vi_map[ch + dmark] = normalized[a]
    m.vi_repl = lambda match: vi_map[match.group()]
    m.vi_re = re.compile(f"[{re.escape(to_normalize)}][{re.escape(dmarks)}]")

    groups = []
    for i, spec in enumerate(meta["groups"].split(" ")):
        g = _Group()
        g.name, spans, counts = spec.split(":")
        g.ranges = [tuple(int(x, 16) for x in span.split("-")) for span in spans.split(";") if span]
        g.counts = [int(c) for c in counts.split(",")]
        g.sections = sections[3 + 6 * i : 9 + 6 * i]
        g.probe = None
        if len(g.counts) != 6 or len(g.sections) != 6:
            raise bad
        groups.append(g)
    if not groups or groups[0].ranges or 3 + 6 * len(groups) != count:
        raise bad
    m.table = {}
    m.word_sums = {"": 0}
    m.old_word_sums = {}
    m.all_groups = tuple(groups)
    m.pending = tuple(groups)  # loaded when a text first needs them
    m.others_probe = ((), None)
    return m


def _load_group(m: _Model, g: _Group) -> None:
    """Add the n-grams of group ``g`` to ``m.table`` (see the build tool)."""
    import zlib
    from itertools import accumulate, chain, islice, repeat
    from operator import lshift, mul

    keys_s, sq_s, spos_s, mwidth_s, mdense_s, suffix_s = g.sections
    keys = zlib.decompress(keys_s).decode("utf-8").split("\n") if sum(g.counts) else []
    sq = _u16(sq_s)
    suffix = _u16(suffix_s)
    n_langs = len(m.langs)
    # Multi-language n-grams: u16 fields widened to u32, then int.from_bytes.
    dense16 = zlib.decompress(mdense_s)
    dense32 = bytearray(2 * len(dense16))
    dense32[0::4] = dense16[0::2]
    dense32[1::4] = dense16[1::2]
    view = memoryview(dense32)
    ends = list(accumulate(map(mul, mwidth_s, repeat(4)), initial=0))
    c = g.counts
    n1, n2 = c[0] + c[1], c[2] + c[3]
    if (
        len(keys) != sum(c)
        or len(sq) != len(spos_s) != c[0] + c[2] + c[4]
        or len(mwidth_s) != c[1] + c[3] + c[5]
        or ends[-1] != len(dense32)
        or spos_s.translate(None, bytes(range(n_langs)))
        or mwidth_s.translate(None, bytes(range(1, n_langs + 1)))
        or len(suffix) != len(keys) - n1
    ):
        raise RuntimeError(f"{_DATA_PATH}: inconsistent sections in group {g.name}")
    # Single-language n-grams: gain << (32 * field).
    singles = map(lshift, sq, map(mul, spos_s, repeat(32)))
    multis = map(
        int.from_bytes,
        map(view.__getitem__, map(slice, ends[:-1], ends[1:])),
        repeat("little"),
    )
    values = list(chain.from_iterable(map(islice, (singles, multis) * 3, c)))
    values.append(0)  # the "no suffix" link
    # Chain: each 2-gram, then each 3-gram, adds its suffix's chained value.
    get = values.__getitem__
    values[n1 : n1 + n2] = map(add, values[n1 : n1 + n2], map(get, suffix[:n2]))
    values[n1 + n2 : -1] = map(add, values[n1 + n2 : -1], map(get, suffix[n2:]))
    m.table.update(zip(keys, values))
    g.sections = None


def _load_groups_for(m: _Model, s: str, ascii_only: bool) -> None:
    """Load the pending groups that own characters of ``s``.

    The first group ("latin") owns every code point the others do not list,
    so ASCII text only ever needs that one.
    """
    catch_all = m.all_groups[0]
    need = []
    if catch_all in m.pending and (
        s.strip(" ") if ascii_only else _probe(m, catch_all).search(s)
    ):
        need.append(catch_all)
    if not ascii_only:
        # One search for all the other pending groups, then one per group.
        pending, others = m.others_probe
        if pending is not m.pending:
            groups = [g for g in m.pending if g is not catch_all]
            others = _probe(m, groups) if groups else None
            m.others_probe = (m.pending, others)
        if others is not None and others.search(s):
            need += [g for g in m.pending if g is not catch_all and _probe(m, g).search(s)]
    if need:
        with _lock:
            for g in need:
                if g in m.pending:
                    _load_group(m, g)
                    m.pending = tuple(p for p in m.pending if p is not g)


def _probe(m: _Model, g: "_Group | list[_Group]"):
    """Regex finding a char of group ``g`` or of any of a list of groups.

    A single group's regex is compiled on first use and kept.
    """
    if isinstance(g, list):
        ranges = [r for group in g for r in group.ranges]
    elif g.probe is not None:
        return g.probe
    elif g.ranges:
        ranges = g.ranges
    else:  # the catch-all group: anything but spaces and other groups' chars
        ranges = [r for p in m.all_groups if p is not g for r in p.ranges]
    import re

    chars = "".join(f"{_lit(a)}-{_lit(b)}" for a, b in ranges)
    probe = re.compile(f"[{chars}]" if g is not m.all_groups[0] else f"[^ {chars}]")
    if not isinstance(g, list):
        g.probe = probe
    return probe


def _compile_upper(m: _Model) -> None:
    """Regexes for runs of 2+ upper-case chars (a BMP-only class is faster)."""
    import re

    r = m.upper_ranges
    bmp = []
    astral = []
    for a, b in zip(r[0::2], r[1::2]):
        (bmp if b < 0x10000 else astral).append(f"{_lit(a)}-{_lit(b)}" if a != b else _lit(a))
    m.upper_re_astral = re.compile(f"[{''.join(bmp + astral)}]{{2,}}")
    m.upper_re = re.compile(f"[{''.join(bmp)}]{{2,}}")


def _lit(code_point: int) -> str:
    """``code_point`` as itself inside a regex character class."""
    ch = chr(code_point)
    return "\\" + ch if ch in "\\]^-[" else ch


def _get_model() -> _Model:
    global _model
    with _lock:
        if _model is None:
            _model = _load()
        return _model


# bytes.translate deletion tables for cleaning_text's two counts on UTF-8:
# ASCII 'A'..'z', and lead bytes of code points >= U+0300 (0xCC..0xF7).
_NOT_LATIN = bytes(b for b in range(256) if not 0x41 <= b <= 0x7A)
_NOT_NON_LATIN = bytes(b for b in range(256) if not 0xCC <= b <= 0xF7)


def _scores(m: _Model, text: str) -> "tuple[int, ...] | None":
    """Per-language summed gains (in 1/scale nat), or None without n-grams."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    # Detector.append
    t = text
    if "http" in t:
        t = m.url_re.sub(" ", t)
    if "@" in t:
        t = m.mail_re.sub(" ", t)
    if not t.isascii():
        t = m.vi_re.sub(m.vi_repl, t)
    if len(t) > m.max_text:
        t = t[: m.max_text]
    # Detector.cleaning_text (runs of spaces, which append() collapses, do
    # not matter: they count for neither side and yield no n-grams).
    if not t.isascii():
        b = t.encode("utf-8", "surrogatepass")
        non_latin = len(b.translate(None, _NOT_NON_LATIN))
        if non_latin and len(b.translate(None, _NOT_LATIN)) * 2 < non_latin:
            t = m.latin_re.sub("", t)
    # NGram.normalize per character.  Then every position of " " + text
    # (langdetect's n-gram buffer starts as " ") adds its 3-gram, 2-gram and
    # 1-gram.  The table's 3-gram values already include their 2-gram and
    # 1-gram suffixes, and 2-gram values their 1-gram, so each position takes
    # one value: its 3-gram's if that is in the table, else its 2-gram's,
    # else its 1-gram's.  A position past a space has no 3-gram ("x y" is
    # never in the table) and the padding "  " is in no key, nor are "  ",
    # "x  ", "  x", so runs of spaces need no care.
    s = "  " + t.translate(m.norm)
    if m.pending:
        _load_groups_for(m, s, s.isascii())
    # Every position's n-grams lie inside one space-separated word and the
    # space after it (a position past a space has no 3-gram, and the
    # capital-word rule looks at upper-case runs, which hold no space), so
    # the total is a sum over words: " w " contributes the positions of w's
    # chars and of the space after it; the last word has no space after it
    # unless the text ends in one.  Words recur (Zipf), so their sums are
    # kept: most of a text costs one dict look-up per word.
    words = s.split(" ")
    last = words.pop()
    cache = m.word_sums
    vals = list(map(cache.get, words))
    if last:
        # The last word has no space after it: its sum is the cached
        # " w " sum minus the value of that space's position.
        lv = cache.get(last)
        vals.append(lv)
    if None in vals:
        if len(cache) > WORD_CACHE_SIZE:
            m.old_word_sums = cache
            m.word_sums = cache = {"": 0}
        old = m.old_word_sums
        if last:
            words.append(last)
        for i, v in enumerate(vals):
            if v is None:
                w = words[i]
                vals[i] = v = cache.get(w)  # the same word earlier in the text
                if v is None:
                    v = old.get(w)
                    vals[i] = cache[w] = v if v is not None else _word_total(m, w)
    total = sum(vals)
    if last:
        total -= _space_value(m, last)
    if not total:
        return None
    return m.unpack(total.to_bytes(m.n_bytes, "little"))


def _space_value(m: _Model, w: str) -> int:
    """The value of the position of the space after word ``w`` (non-empty) in
    "  w ": its 3-gram's, else its 2-gram's, else its 1-gram's.  It is never
    inside an upper-case run, so the capital-word rule leaves it alone."""
    get = m.table.get
    s = "  " + w + " "
    return get(s[-3:]) or get(s[-2:]) or get(" ") or 0


def _positions_total(m: _Model, s: str) -> int:
    """Summed packed gains of the positions of ``s`` from its third char on.

    The table's 3-gram values already include their 2-gram and 1-gram
    suffixes, and 2-gram values their 1-gram, so each position takes one
    value: its 3-gram's if that is in the table, else its 2-gram's, else its
    1-gram's.  The padding "  " is in no key, nor are "  ", "x  ", "  x".
    """
    get = m.table.get
    pairs = list(map(add, s, s[1:]))
    v3 = list(map(get, map(add, pairs, s[2:])))
    miss3 = list(map(not_, v3))
    v2 = list(map(get, compress(pairs[1:], miss3)))
    total = (
        sum(filter(None, v3))
        + sum(filter(None, v2))
        + sum(filter(None, map(get, compress(compress(s[2:], miss3), map(not_, v2)))))
    )
    if total and not s.islower():
        total -= _capital_words(m, s)
    return total


def _word_total(m: _Model, w: str) -> int:
    """``_positions_total(m, "  " + w + " ")`` for one word (no spaces).

    A plain loop: for the few positions of a word it is about twice as fast
    as the map/compress pipeline above, whose set-up cost is per call.
    """
    get = m.table.get
    s = "  " + w + " "
    a = b = " "
    total = 0
    for c in s[2:]:
        bc = b + c
        total += get(a + bc) or get(bc) or get(c) or 0
        a, b = b, c
    if total and not s.islower():
        total -= _capital_words(m, s)
    return total


def _capital_words(m: _Model, s: str) -> int:
    """NGram.capitalword: nothing is taken at the 2nd+ char of an upper-case
    run.  Such positions took their 1-gram value (the table has no keys
    ending in two upper-case chars): their sum, to be taken off."""
    if s.isascii():
        upper_re = m.upper_ascii_re
    else:
        if m.upper_re_astral is None:
            _compile_upper(m)
        upper_re = m.upper_re_astral
    get = m.table.get
    out = 0
    for run in upper_re.finditer(s):
        out += sum(filter(None, map(get, s[run.start() + 1 : run.end()])))
    return out


def detect_langs(text: str) -> list[tuple[str, float]]:
    """Languages with probabilities, best first, like langdetect.detect_langs.

    Codes are langdetect's ('en', 'de', 'zh-cn', 'zh-tw', ...).  As in
    langdetect, only languages with probability above 0.1 are listed, but the
    best language always is.  Empty list when the text has no usable n-grams
    (e.g. no letters).  Deterministic: same input -> same output in every
    process/thread.  Thread-safe.  Raises TypeError if ``text`` is not a str.
    """
    m = _model or _get_model()
    fields = _scores(m, text)
    if fields is None:
        return []
    weights = _weights(m, fields)
    norm = 1.0 / fsum(weights)  # correctly rounded: same in every Python
    top = max(fields)
    out = [
        (lang, w * norm)
        for lang, w, f in zip(m.langs, weights, fields)
        if f == top or w * norm > PROB_THRESHOLD
    ]
    out.sort(key=lambda lp: (-lp[1], lp[0]))
    return out


def detect_best(text: str) -> "tuple[str, float] | None":
    """``detect_langs(text)[0]``, or None where that list is empty; cheaper."""
    m = _model or _get_model()
    fields = _scores(m, text)
    if fields is None:
        return None
    weights = _weights(m, fields)
    # The best language's weight is exp(0.0) == 1.0, so its probability is
    # 1.0 * norm == norm; any other weight is at most exp(-1 / scale), so
    # its probability is below.  Only a tie for the best (two weights of
    # 1.0) needs the sort by code.
    if weights.count(1.0) != 1 or m.scale > 1e9:
        return detect_langs(text)[0]
    return m.langs[weights.index(1.0)], 1.0 / fsum(weights)


def detect_among(text: str, candidates: "tuple[str, ...]") -> "tuple[str, float] | None":
    """The best of `candidates` for `text`, with its probability among them
    (ties go to the first code in sorted order); None without usable n-grams."""
    m = _model or _get_model()
    fields = _scores(m, text)
    if fields is None:
        return None
    scored = sorted((lang, fields[m.langs.index(lang)]) for lang in candidates if lang in m.langs)
    if not scored:
        return None
    weights = _weights(m, [f for _, f in scored])
    best = weights.index(max(weights))  # the first in sorted order on a tie
    return scored[best][0], weights[best] / fsum(weights)


def _weights(m: _Model, fields: "Sequence[int]") -> "list[float]":
    """exp((f - top) / scale) per language.

    Below e**-745.2 exp() returns exactly 0.0 (no error), so languages far
    behind the best one weigh nothing, as in langdetect's arithmetic.
    """
    top = max(fields)
    inv = 1.0 / m.scale
    return [exp((f - top) * inv) for f in fields]


def supported_languages() -> tuple[str, ...]:
    """Codes of all languages :func:`detect_langs` can return, sorted."""
    m = _model or _get_model()
    return tuple(sorted(m.langs))
