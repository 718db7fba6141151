#!/usr/bin/env python3
"""Regenerate ``newsclean/data/langprofiles.bin`` from the installed langdetect.

The output is derived from langdetect 1.0.9's language profiles and its
normalisation tables (``langdetect/utils/messages.properties``), both
Apache-2.0; see ``newsclean/data/NOTICE``.

What the file holds (little-endian; read by ``newsclean/langid.py``)::

    magic    8 bytes  b"NCLANGP3"
    count    u32      number of sections (N)
    lengths  N x u32  stored byte length of each section
    sections          concatenated, in this order:
      0 meta     ASCII "key=value" lines: languages in field order, scale,
                 field width, key counts, Vietnamese tables (\\uXXXX escaped)
      1 norm     UTF-16-LE (surrogatepass) 65536-char str.translate table:
                 NGram.normalize of every BMP code point
      2 upper    u32 pairs: ranges of code points for which str.isupper()
                 is true (for the "capital word" rule of the n-gram buffer)
      3 keys     zlib(UTF-8 n-grams joined by "\\n"): the 1-grams, then the
                 2-grams, then the 3-grams; within each length first those
                 with one language of non-zero probability ("singles"), then
                 the others ("multis"), each part sorted
      4 sq       u16 per single: its gain
      5 spos     u8 per single: field index of its language
      6 mwidth   u8 per multi: number of fields stored for it
      7 mdense   zlib(u16 per field, mwidth of them per multi)
      8 suffix   u16 per 2-gram and 3-gram key: index (into keys) of the
                 longest proper suffix that is a key, or len(keys) for none

A gain is round(log1p(p / weight) * scale), at least 1, where p is
langdetect's word_lang_prob_map value and weight = ALPHA_DEFAULT / BASE_FREQ:
log(p + weight) - log(weight).  Summing the gains of a text's n-grams gives
langdetect's (unsampled) log-likelihood up to a constant per text.

Only n-grams that langdetect's extractor can produce are kept: none with a
character that normalisation replaces (most of the ko/ja/zh ones: every
hangul syllable becomes U+AC00), none ending in two upper-case characters
(the capital-word rule skips those positions).

The language (field) order puts languages with many n-grams of their own
first, which keeps the packed integers built at load time short; it is a
deterministic sort.  The output is byte-identical on every run against the
same langdetect and Python.

Usage::

    python tools/build_langprofiles.py [--out PATH] [--check]
"""
from __future__ import annotations

import argparse
import math
import os
import struct
import sys
import unicodedata
import zlib
from collections import Counter

MAGIC = b"NCLANGP3"
SCALE = 2048  # quantisation steps per nat
FIELD_BITS = 32  # width of one language's field in the packed integers
MAX_TEXT = 10000  # langdetect's default max_text_length
MAX_CODE_POINT = 0x10FFFF
ZLEVEL = 9

DEFAULT_OUT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "newsclean",
    "data",
    "langprofiles.bin",
)


def _valid_key(word: str) -> bool:
    """Whether ``word`` has the shape of an n-gram langdetect can extract."""
    n = len(word)
    if not 1 <= n <= 3 or word == " " or "\n" in word:
        return False
    if n == 2 and word == "  ":
        return False
    if n == 3 and word[1] == " ":
        return False
    return True


def _esc(s: str) -> str:
    return "".join(c if " " < c < "\x7f" and c != "\\" else f"\\u{ord(c):04x}" for c in s)


def order_languages(entries: dict[str, dict[str, int]], langs: list[str]) -> list[str]:
    """Field layout: languages owning many single-language n-grams first."""
    own = Counter(next(iter(row)) for row in entries.values() if len(row) == 1)
    return sorted(langs, key=lambda lang: (-own[lang], lang))


def build() -> bytes:
    from langdetect.detector import Detector
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.ngram import NGram

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    src_langs = list(factory.langlist)  # os.listdir order: not stable
    weight = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ

    # Character normalisation (NGram.normalize) as a str.translate table.
    # It changes no code point above the BMP and is idempotent; check both.
    table = []
    for cp in range(MAX_CODE_POINT + 1):
        ch = chr(cp)
        out = NGram.normalize(ch)
        if len(out) != 1 or NGram.normalize(out) != out:
            raise SystemExit(f"normalize not a 1:1 idempotent map at U+{cp:04X}")
        if cp < 0x10000:
            table.append(out)
        elif out != ch:
            raise SystemExit(f"normalize changes U+{cp:04X} outside the BMP")
    norm = "".join(table).encode("utf-16-le", "surrogatepass")

    def reachable(word: str) -> bool:
        if any(NGram.normalize(c) != c for c in word):
            return False
        return not (len(word) >= 2 and word[-1].isupper() and word[-2].isupper())

    # n-gram -> {lang: quantised gain}
    entries: dict[str, dict[str, int]] = {}
    for word, probs in factory.word_lang_prob_map.items():
        if not _valid_key(word):
            if any(probs):
                raise SystemExit(f"unexpected n-gram in profiles: {word!r}")
            continue
        if not reachable(word):
            continue
        row = {}
        for lang, p in zip(src_langs, probs):
            if p > 0.0:
                row[lang] = max(1, round(math.log1p(p / weight) * SCALE))
        if row:
            entries[word] = row

    langs = order_languages(entries, src_langs)
    pos = {lang: i for i, lang in enumerate(langs)}
    if len(langs) > 255:
        raise SystemExit("too many languages for a u8 field index")

    keys: list[str] = []
    counts: list[int] = []
    sq: list[int] = []
    spos = bytearray()
    mwidth = bytearray()
    mdense: list[int] = []
    for n in (1, 2, 3):
        singles = sorted(w for w, row in entries.items() if len(w) == n and len(row) == 1)
        multis = sorted(w for w, row in entries.items() if len(w) == n and len(row) > 1)
        keys += singles + multis
        counts += [len(singles), len(multis)]
        for word in singles:
            ((lang, q),) = entries[word].items()
            sq.append(q)
            spos.append(pos[lang])
        for word in multis:
            fields = [0] * (max(pos[lang] for lang in entries[word]) + 1)
            for lang, q in entries[word].items():
                fields[pos[lang]] = q
            mwidth.append(len(fields))
            mdense.extend(fields)

    # Suffix links, and the largest field value after chaining (a 3-gram's
    # value plus its suffix's chained value), which must fit the layout.
    index = {w: i for i, w in enumerate(keys)}
    none = len(keys)
    if none >= 1 << 16:
        raise SystemExit("too many keys for u16 suffix links")
    suffix: list[int] = []
    chained: dict[str, Counter] = {}
    for word in keys:
        link = none
        for k in range(1, len(word)):
            if word[k:] in index:
                link = index[word[k:]]
                break
        if len(word) > 1:
            suffix.append(link)
        chained[word] = Counter(entries[word])
        if link != none:
            chained[word].update(chained[keys[link]])
    max_q = max(max(c.values()) for c in chained.values())
    # One chained value per text position, at most MAX_TEXT + 2 of them.
    if max(max(r.values()) for r in entries.values()) >= 1 << 16 or (
        max_q * (MAX_TEXT + 2) >= 1 << FIELD_BITS
    ):
        raise SystemExit(f"gains too large for the packed layout ({max_q})")

    # Code points that str.isupper() calls upper case, as ranges.
    upper: list[int] = []
    for cp in range(MAX_CODE_POINT + 1):
        if chr(cp).isupper():
            if upper and upper[-1] == cp - 1:
                upper[-1] = cp
            else:
                upper += [cp, cp]

    meta_lines = [
        "format=3",
        "source=langdetect 1.0.9 profiles (Apache-2.0)",
        "langs=" + ",".join(langs),
        f"scale={SCALE}",
        f"field_bits={FIELD_BITS}",
        f"alpha={Detector.ALPHA_DEFAULT!r}",
        f"base_freq={Detector.BASE_FREQ}",
        f"max_text={MAX_TEXT}",
        # singles and multis of the 1-grams, 2-grams, 3-grams
        "counts=" + ",".join(map(str, counts)),
        f"max_chained={max_q}",
        # Unicode version of the str.isupper() behind the "upper" section
        f"unicode={unicodedata.unidata_version}",
        # Vietnamese normalisation tables (NGram.normalize_vi)
        "vi_to_normalize=" + _esc(NGram.TO_NORMALIZE_VI_CHARS),
        "vi_dmark=" + _esc(NGram.DMARK_CLASS),
    ]
    for i, chars in enumerate(NGram.NORMALIZED_VI_CHARS):
        meta_lines.append(f"vi_normalized_{i}=" + _esc(chars))
    meta = ("\n".join(meta_lines) + "\n").encode("ascii")

    sections = [
        meta,
        norm,
        struct.pack(f"<{len(upper)}I", *upper),
        zlib.compress("\n".join(keys).encode("utf-8"), ZLEVEL),
        struct.pack(f"<{len(sq)}H", *sq),
        bytes(spos),
        bytes(mwidth),
        zlib.compress(struct.pack(f"<{len(mdense)}H", *mdense), ZLEVEL),
        struct.pack(f"<{len(suffix)}H", *suffix),
    ]
    header = MAGIC + struct.pack(f"<I{len(sections)}I", len(sections), *map(len, sections))
    return header + b"".join(sections)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output file (default: %(default)s)")
    ap.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the output file differs from a fresh build",
    )
    args = ap.parse_args(argv)
    data = build()
    if args.check:
        try:
            with open(args.out, "rb") as f:
                same = f.read() == data
        except FileNotFoundError:
            same = False
        print(("up to date: " if same else "STALE: ") + args.out)
        return 0 if same else 1
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
