#!/usr/bin/env python3
"""Regenerate ``newsclean/data/langprofiles.bin`` from the installed langdetect.

The output is derived from langdetect 1.0.9's language profiles and its
normalisation tables (``langdetect/utils/messages.properties``), both
Apache-2.0; see ``newsclean/data/NOTICE``.

What the file holds (little-endian; read by ``newsclean/langid.py``)::

    magic    8 bytes  b"NCLANGP4"
    count    u32      number of sections (N)
    lengths  N x u32  stored byte length of each section
    sections          concatenated, in this order:
      meta     ASCII "key=value" lines: languages in field order, scale,
               field width, the script groups with their code point ranges
               and key counts, Vietnamese tables (\\uXXXX escaped)
      norm     UTF-16-LE str.translate table: NGram.normalize of every BMP
               code point but the surrogates D800-DFFF (left as they are)
      upper    u32 pairs: ranges of code points for which str.isupper() is
               true (for the "capital word" rule of the n-gram buffer)
    then for each script group, in meta's order, six sections:
      keys     zlib(UTF-8 n-grams joined by "\\n"): the 1-grams, then the
               2-grams, then the 3-grams; within each length first those with
               one language of non-zero probability ("singles"), then the
               others ("multis"), each part sorted
      sq       u16 per single: its gain
      spos     u8 per single: field index of its language
      mwidth   u8 per multi: number of fields stored for it
      mdense   zlib(u16 per field, mwidth of them per multi)
      suffix   u16 per 2-gram and 3-gram: index (into the group's keys) of its
               longest proper suffix that is a key, or len(keys) for none

An n-gram belongs to the script group of its last non-space character, as
do all its suffixes; a text can only contain n-grams of the groups of its
characters, so the module loads a group when a text first needs it.

A gain is round(log1p(p / weight) * scale), at least 1, where p is
langdetect's word_lang_prob_map value and weight = ALPHA_DEFAULT / BASE_FREQ:
log(p + weight) - log(weight).  Summing the gains of a text's n-grams gives
langdetect's (unsampled) log-likelihood up to a constant per text.

Only n-grams that langdetect's extractor can produce are kept: none with a
character that normalisation replaces (most of the ko/ja/zh ones: every
hangul syllable becomes U+AC00), none ending in two upper-case characters
(the capital-word rule skips those positions).

The language (field) order (see order_languages) keeps the packed integers
built at load time short; it is a deterministic sort.  The output is
byte-identical on every run against the same langdetect and Python.

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

MAGIC = b"NCLANGP4"
SCALE = 2048  # quantisation steps per nat
FIELD_BITS = 32  # width of one language's field in the packed integers
MAX_TEXT = 10000  # langdetect's default max_text_length
MAX_CODE_POINT = 0x10FFFF
ZLEVEL = 9

# Script groups: (name, code point ranges).  The first, "latin", takes every
# code point no other group lists; the module loads it up front.
GROUPS: list[tuple[str, list[tuple[int, int]]]] = [
    ("latin", []),
    ("greek-cyrillic", [(0x0370, 0x052F)]),
    ("hebrew-arabic", [(0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF)]),
    ("devanagari", [(0x0900, 0x097F)]),
    ("bengali", [(0x0980, 0x09FF)]),
    ("gurmukhi", [(0x0A00, 0x0A7F)]),
    ("gujarati", [(0x0A80, 0x0AFF)]),
    ("tamil", [(0x0B80, 0x0BFF)]),
    ("telugu", [(0x0C00, 0x0C7F)]),
    ("kannada", [(0x0C80, 0x0CFF)]),
    ("malayalam", [(0x0D00, 0x0D7F)]),
    ("thai", [(0x0E00, 0x0E7F)]),
    ("cjk", [(0x3000, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF)]),
]


def group_of(word: str) -> int:
    """Index in GROUPS of the group of ``word``'s last non-space char."""
    cp = ord(word.rstrip(" ")[-1])
    for i, (_, ranges) in enumerate(GROUPS):
        if any(a <= cp <= b for a, b in ranges):
            return i
    return 0


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
    """Field layout of the packed ints.

    Languages sorted by their home script group (the one holding most of
    their n-grams), in GROUPS order, so Latin-script languages come first and
    each group's n-grams pack into short ints; within a group, languages that
    own many single-language n-grams first.
    """
    own = Counter(next(iter(row)) for row in entries.values() if len(row) == 1)
    per_group = Counter((lang, group_of(w)) for w, row in entries.items() for lang in row)
    home = {
        lang: min(range(len(GROUPS)), key=lambda g: (-per_group[lang, g], g)) for lang in langs
    }
    return sorted(langs, key=lambda lang: (home[lang], -own[lang], lang))


def build() -> bytes:
    from langdetect.detector import Detector
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.ngram import NGram

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    src_langs = list(factory.langlist)  # os.listdir order: not stable
    weight = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ

    # Character normalisation (NGram.normalize) as a str.translate table.
    # It only acts on the Unicode blocks whose constants langdetect's ngram
    # module imports; all of them lie in the BMP (checked), so the table
    # covers the BMP.  It must be a 1:1, idempotent map (checked).
    from langdetect.utils import ngram as ngram_module
    from langdetect.utils import unicode_block

    handled = {v for k, v in vars(ngram_module).items() if k.startswith("UNICODE_")}
    if any(end > 0xFFFF for block, _, end in unicode_block._unicode_blocks if block in handled):
        raise SystemExit("NGram.normalize acts on a block outside the BMP")
    table = []
    for cp in range(0x10000):
        out = NGram.normalize(chr(cp))
        if len(out) != 1 or NGram.normalize(out) != out:
            raise SystemExit(f"normalize not a 1:1 idempotent map at U+{cp:04X}")
        table.append(out)
    # Stored without the surrogates (a decoder would pair them up), which
    # normalize leaves alone.
    if any(table[cp] != chr(cp) for cp in range(0xD800, 0xE000)):
        raise SystemExit("normalize changes a surrogate code point")
    norm = ("".join(table[:0xD800]) + "".join(table[0xE000:])).encode("utf-16-le")

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

    group_sections: list[bytes] = []
    group_meta: list[str] = []
    max_q = 0
    group = {w: group_of(w) for w in entries}
    for g, (name, ranges) in enumerate(GROUPS):
        words = [w for w in entries if group[w] == g]
        keys: list[str] = []
        counts: list[int] = []
        sq: list[int] = []
        spos = bytearray()
        mwidth = bytearray()
        mdense: list[int] = []
        for n in (1, 2, 3):
            singles = sorted(w for w in words if len(w) == n and len(entries[w]) == 1)
            multis = sorted(w for w in words if len(w) == n and len(entries[w]) > 1)
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

        # Suffix links (within the group: a suffix keeps the last non-space
        # char), and the largest chained value (a key's value plus its
        # suffix's chained value).
        index = {w: i for i, w in enumerate(keys)}
        none = len(keys)
        if none >= 1 << 16:
            raise SystemExit(f"too many keys in group {name} for u16 links")
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
        max_q = max([max_q] + [max(c.values()) for c in chained.values()])

        spans = ";".join(f"{a:x}-{b:x}" for a, b in ranges)
        group_meta.append(f"{name}:{spans}:" + ",".join(map(str, counts)))
        group_sections += [
            zlib.compress("\n".join(keys).encode("utf-8"), ZLEVEL),
            struct.pack(f"<{len(sq)}H", *sq),
            bytes(spos),
            bytes(mwidth),
            zlib.compress(struct.pack(f"<{len(mdense)}H", *mdense), ZLEVEL),
            struct.pack(f"<{len(suffix)}H", *suffix),
        ]

    # u16 storage; a text's positions each add one chained value, and every
    # field must hold the sum over a maximal text (MAX_TEXT + 2 positions).
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
        "format=4",
        "source=langdetect 1.0.9 profiles (Apache-2.0)",
        "langs=" + ",".join(langs),
        f"scale={SCALE}",
        f"field_bits={FIELD_BITS}",
        f"alpha={Detector.ALPHA_DEFAULT!r}",
        f"base_freq={Detector.BASE_FREQ}",
        f"max_text={MAX_TEXT}",
        # name:ranges:singles and multis of the 1-, 2-, 3-grams
        "groups=" + " ".join(group_meta),
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
    ] + group_sections
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
