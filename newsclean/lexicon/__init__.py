"""Multilingual lexicon of boilerplate labels and phrases.

The data lives in ``phrases/<lang>.txt`` (ISO 639-1 codes; ``zh`` covers
zh-cn/zh-tw, ``no`` covers nb/nn; ``mul.txt`` holds language-neutral entries
such as social network names and is loaded with every selection).  Each file
is plain UTF-8::

    # comment
    [share]                 a category header (one of CATEGORIES)
    = share                 a LABEL: the whole line, normalised, equals it
    ~ share this article    a PHRASE: occurs inside a line (word-bounded;
                            a substring when it contains CJK or Hangul)

In labels ``#`` stands for a number ("= page # of #").  In phrases ``#``
matches a number, ``'`` any apostrophe and ``"`` any quotation mark; spaces,
line breaks and hyphens are interchangeable (and optional next to CJK);
Greek accents, Arabic diacritics and alef forms, Russian ё/е, Romanian
cedilla/comma letters and Turkish dotless/dotted i match loosely.  A line
that is nothing but a phrase is also a label.  ``{a|b}`` in a label or a
phrase stands for each alternative in turn (``= {related|popular} posts``
is two labels; an empty alternative makes a word optional).

A line of up to 12 words that splits whole into two or more labels, without
separators ("Print Email", "Tweet Pin It", "Comments 3 Share"), is a label
too, of the most common category among them. A longer line of footer
links with some unknown words among them is a footer row (``footer_row``).

Matching is built for speed: ``label()`` is one dict lookup after
:func:`normalize_label` (plus a split for "A | B | C" menu and footer
lines, and for a run of one-word labels); ``phrases()`` folds the text and runs one compiled regular
expression, a trie of every phrase of every loaded language, built on the
first call.  The trie has no nested repetition, so matching stays linear.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import sys
import unicodedata
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import regex

__all__ = [
    "CATEGORIES",
    "COMMON",
    "Lexicon",
    "LexiconError",
    "alternation",
    "available_languages",
    "data_lines",
    "data_sections",
    "label_set",
    "normalize_label",
    "parse_file",
]

CATEGORIES: tuple[str, ...] = (
    "consent",
    "share",
    "follow",
    "newsletter",
    "subscribe",
    "signin",
    "app",
    "related",
    "advert",
    "comments",
    "footer",
    "nav",
)
_CATEGORY_SET = frozenset(CATEGORIES)

PHRASE_DIR = Path(__file__).with_name("phrases")
COMMON = "mul"  # language-neutral entries, loaded with every selection


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

# Label folding, one str.translate: accented Latin, Greek, Cyrillic and
# Vietnamese letters to their base letter (from their NFD decomposition),
# combining marks of those scripts, Arabic harakat and tatweel dropped, a few
# letters without decomposition mapped by hand, apostrophes dropped.  Marks
# of other scripts (kana dakuten) and Hangul are left alone.
_LABEL_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]")


def _label_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for lo, hi in ((0x00C0, 0x024F), (0x0370, 0x04FF), (0x0622, 0x0626), (0x1E00, 0x1FFF)):
        for cp in range(lo, hi + 1):
            base = _LABEL_MARKS.sub("", unicodedata.normalize("NFD", chr(cp)))
            if base != chr(cp) and base:
                table[cp] = unicodedata.normalize("NFC", base)
    for cp in (*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640):
        table[cp] = None
    extra = {"ı": "i", "ى": "ي", "ة": "ه", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss"}
    table.update({ord(k): v for k, v in extra.items()})
    table.update({ord(c): None for c in "'’‘ʼ`´\u02b9\u00ad"})  # and soft hyphens
    return table


_LABEL_TABLE = _label_table()
# A count: "12", "1,234", "1.2k", "3.4m".  Masked as "#".
_COUNT = re.compile(r"\d+(?:[.,]\d+)*(?:[km](?![^\W\d_]))?")
# (The regex module's \w takes in combining marks: Indic and Thai vowel
# signs are part of their words, "শেয়ার করুন" two words, not five.)
_NON_WORD = regex.compile(r"(?:[^\w#]|_)+")
_EDGE_COUNTS = re.compile(r"^[#\s]+|[#\s]+$")
# normalize_label on ASCII text without digits: every character that is not
# a letter, digit or "#" (so also "_") becomes a space.
_ASCII_NON_WORD = bytes(b if chr(b).isalnum() or b == ord("#") else ord(" ") for b in range(128)) + bytes(128)
_HAS_ASCII_DIGIT = re.compile("[0-9]").search
# Already canonical: words of letters separated by single spaces.
_CLEAN_LABEL = regex.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@functools.lru_cache(maxsize=1 << 16)
def normalize_label(text: str) -> str:
    """Canonical form of a short line for exact label lookup.

    NFKC, casefold, accents and apostrophes dropped, every run of punctuation,
    symbols, bullets, arrows, brackets and pipes turned into one space,
    numbers masked as ``#`` and leading/trailing counts removed::

        "» Read more"  -> "read more"      "(3) Comments" -> "comments"
        "Share 12"     -> "share"          "[Print]"      -> "print"
        "Teilen:"      -> "teilen"         "Page 2 of 5"  -> "page # of"
    """
    # ASCII text is already NFKC, and its casefold is lower.
    s = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    if s.isascii():
        if _CLEAN_LABEL.fullmatch(s):
            return s
        if not _HAS_ASCII_DIGIT(s):
            # No count to mask: the substitutions below, in C without regexes.
            b = s.encode("ascii").translate(_ASCII_NON_WORD, b"'`")
            return " ".join(b.decode("ascii").split()).strip("# ")
        s = s.replace("'", "").replace("`", "")
    else:
        s = s.translate(_LABEL_TABLE)
        if _CLEAN_LABEL.fullmatch(s):
            return s
    s = _COUNT.sub("#", s)
    s = _NON_WORD.sub(" ", s)
    return _EDGE_COUNTS.sub("", s)


# Scripts written without spaces between words (CJK; Thai, Lao, Khmer,
# Burmese) and Hangul, whose words take particles: phrases containing them
# match as plain substrings, and spaces next to them are optional.
_CJK_RANGES = (
    ("\u0e00", "\u0eff"),  # Thai, Lao
    ("\u1000", "\u109f"),  # Myanmar
    ("\u1100", "\u11ff"),
    ("\u1780", "\u17ff"),  # Khmer
    ("\u2e80", "\u2fdf"),
    ("\u3000", "\u303f"),
    ("\u3040", "\u30ff"),
    ("\u3100", "\u31ff"),
    ("\u3200", "\u32ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\ua960", "\ua97f"),
    ("\uac00", "\ud7af"),
    ("\uf900", "\ufaff"),
    ("\U00020000", "\U0003134f"),
)
_CJK_CLASS = "".join(f"{a}-{b}" for a, b in _CJK_RANGES)
_CJK_RE = re.compile(f"[{_CJK_CLASS}]")


def _is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


_GREEK_VOWELS = {
    "α": "ά",
    "ε": "έ",
    "η": "ή",
    "ι": "ίϊΐ",
    "ο": "ό",
    "υ": "ύϋΰ",
    "ω": "ώ",
}
_APOSTROPHES = "’‘ʼ`´"
_QUOTES = "“”„«»‟"
_DASHES = "\u2010\u2011\u2013\u2014"

# Folding applied to phrase keys AND to the text before matching, so that the
# regex is made of plain literals (character classes outside Latin-1 are
# expensive for `re` to compile, and there would be thousands of them).
# It is done with `in` + str.replace, several times faster than
# str.translate on a paragraph.
_PUNCT_PAIRS = tuple((v, "'") for v in _APOSTROPHES) + tuple((v, '"') for v in _QUOTES) + tuple((v, "-") for v in _DASHES)
_LETTER_PAIRS: list[tuple[str, str]] = [(v, b) for b, vs in _GREEK_VOWELS.items() for v in vs]
_LETTER_PAIRS += [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")]
_LETTER_PAIRS += [("ё", "е"), ("ş", "ș"), ("ţ", "ț"), ("ı", "i"), ("\u0307", "")]
_LETTER_PAIRS += [(chr(c), "") for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)]  # harakat, tatweel
_LETTER_PAIRS_T = tuple(_LETTER_PAIRS)
# Scripts whose letters are folded (Greek, Cyrillic, Arabic; Turkish and
# Romanian letters; combining dot): one scan decides whether to loop.
_HAS_FOLDED_LETTER = re.compile("[\u0307\u0370-\u06ff\u0131\u015f\u0163]")
# Characters common in real text that NFKC changes (full-width punctuation,
# no-break and ideographic spaces, the ellipsis).  Replacing them first keeps
# unicodedata.normalize on its fast already-normalised path; without it a
# Chinese paragraph with full-width commas takes ~30 us to normalise.
_PRE_NFKC = tuple(
    (c, unicodedata.normalize("NFKC", c))
    for c in "，：（）！？；％／｜＞＜～．＂＇［］＋－＝＆＃＊＠\u3000\u00a0\u202f\u2009\u2026"
)

_SPACES = re.compile(r"[\s-]+")
_CJK_SPACE = re.compile(rf"\s+(?=[{_CJK_CLASS}])|(?<=[{_CJK_CLASS}])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def fold_text(text: str) -> str:
    """The form of ``text`` that phrases are found in (and reported as)."""
    return _fold_text(text)


def _fold_text(text: str) -> str:
    """NFKC, casefold and the variant folds; the form the regex runs on."""
    if text.isascii():
        return _spaces(text.lower())
    if not unicodedata.is_normalized("NFKC", text):
        for variant, base in _PRE_NFKC:
            if variant in text:
                text = text.replace(variant, base)
        text = unicodedata.normalize("NFKC", text)
    s = text.casefold()
    if "\u00ad" in s:
        s = s.replace("\u00ad", "")  # a soft hyphen inside a word ("Daten\u00adschutz")
    # `in` is a fast C search; a regex character-class scan is much slower.
    for variant, base in _PUNCT_PAIRS:
        if variant in s:
            s = s.replace(variant, base)
    if _HAS_FOLDED_LETTER.search(s):
        for variant, base in _LETTER_PAIRS_T:
            if variant in s:
                s = s.replace(variant, base)
    return _spaces(s)


def _spaces(s: str) -> str:
    # Line breaks, tabs and hyphens match a space in phrases ("sign-up").
    for c in "\n-\t\r\x0b\x0c\u2028\u2029":
        if c in s:
            s = s.replace(c, " ")
    return s


@functools.lru_cache(maxsize=1 << 14)
def _fold_phrase(text: str) -> str:
    """A phrase as written in a file (or as matched) in folded form, with
    every run of spaces and hyphens as one space."""
    return _SPACES.sub(" ", _fold_text(text)).strip()


def _lookup_key(folded: str) -> str:
    """Identity of a phrase: spaces next to CJK dropped, numbers masked."""
    s = _CJK_SPACE.sub("", folded)
    return _NUMBER.sub("#", s)


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


class Entry(NamedTuple):
    kind: str  # "label" or "phrase"
    category: str
    text: str  # as written in the file
    lang: str
    path: str
    line: int
    key: str  # normalize_label(text) for labels, the lookup key for phrases
    folded: str = ""  # phrases: folded text the regex is built from


_HEADER = re.compile(r"^\[\s*([A-Za-z_]+)\s*\]$")


def parse_file(path: str | Path, lang: str | None = None) -> list[Entry]:
    """Parse one lexicon file; malformed lines raise :class:`LexiconError`."""
    path = Path(path)
    lang = lang or path.stem
    spath = str(path)
    try:
        raw = path.read_text("utf-8")
    except UnicodeDecodeError as e:
        raise LexiconError(f"{spath}: not UTF-8 ({e})") from None
    entries: list[Entry] = []
    append = entries.append
    category: str | None = None
    for lineno, line in enumerate(raw.splitlines(), 1):
        s = line.strip()
        if not s:
            continue
        marker = s[0]
        if marker == "=" or marker == "~":
            body = s[1:].strip()
            if category is None:
                raise LexiconError(f"{spath}:{lineno}: entry before any [category] header")
            if not body:
                raise LexiconError(f"{spath}:{lineno}: empty {'label' if marker == '=' else 'phrase'}")
            if marker == "=":
                for label in expand_alternatives(body):
                    key = normalize_label(label)
                    if not key:
                        raise LexiconError(f"{spath}:{lineno}: label {label!r} is empty once normalised")
                    append(Entry("label", category, label, lang, spath, lineno, key))
            else:
                for phrase in expand_alternatives(body):
                    folded = _fold_phrase(phrase)
                    key = _lookup_key(folded)
                    if len(key.replace("#", "").strip()) < 2:
                        raise LexiconError(f"{spath}:{lineno}: phrase {phrase!r} is too short")
                    append(Entry("phrase", category, phrase, lang, spath, lineno, key, folded))
        elif marker == "#":
            continue
        else:
            m = _HEADER.match(s)
            if m is None:
                raise LexiconError(
                    f"{spath}:{lineno}: expected '[category]', '= label', '~ phrase' or '# comment', got {s!r}"
                )
            name = m.group(1).lower()
            if name not in _CATEGORY_SET:
                raise LexiconError(
                    f"{spath}:{lineno}: unknown category [{m.group(1)}] (expected one of {', '.join(CATEGORIES)})"
                )
            category = name
    return entries


_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")


def expand_alternatives(body: str) -> list[str]:
    """``{most read|popular} {stories|posts}`` -> every combination (4 labels or phrases).

    An empty alternative makes a word optional: ``{the |}latest news``.
    """
    parts = _ALTERNATIVES.split(body)
    labels = [""]
    for i, part in enumerate(parts):
        options = part.split("|") if i % 2 else [part]
        labels = [head + option for head in labels for option in options]
    return [" ".join(label.split()) for label in labels]


def data_lines(name: str) -> list[str]:
    """The lines of a word list next to this module (``months.txt``,
    ``comment_headers.txt``, …), without blank lines and ``#`` comments."""
    lines = (Path(__file__).parent / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def data_sections(name: str) -> dict[str, frozenset[str]]:
    """The casefolded words of a word list's ``[section]``s, by section
    (``comment_counts.txt``, ``read_counts.txt``)."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.update(w.casefold() for w in line.split())
    return {section: frozenset(words) for section, words in sections.items()}


def alternation(words: Iterable[str]) -> str:
    """The words as one pattern's alternatives, escaped, longest first (so
    that "aplicación" is tried before "app")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def label_set(name: str) -> frozenset[str]:
    """A word list's lines (``data_lines``) as whole-line labels, normalised
    as ``normalize_label`` reads a line: ``line_text in label_set(name)``."""
    return frozenset(map(normalize_label, data_lines(name)))


def available_languages(directory: str | Path = PHRASE_DIR) -> tuple[str, ...]:
    """Language codes with a file in ``directory`` (without ``mul``)."""
    return tuple(sorted(p.stem for p in Path(directory).glob("*.txt") if p.stem != COMMON))


# ---------------------------------------------------------------------------
# Regex construction
# ---------------------------------------------------------------------------

_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")
# A label, its colon and a date in figures, a time of day maybe: a
# dateline's ("Giriş: 03.03.2026 14:22", "Posted: 2026-03-03").
_DATED = re.compile(r"^[^\d:]{1,30}:\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2})?\s*$")

_SP, _OPTSP, _NUM, _END = "\x00sp", "\x00opt", "\x00num", "\x00end"
_TERMINAL = ""  # trie key for "a phrase ends here"
_WORD = re.compile(r"\w")
_TOKEN_REGEX = {
    _SP: " +",  # the text has its whitespace and hyphens turned into spaces
    _OPTSP: " *",
    _NUM: r"\d+(?:[.,]\d+)*",
}


_BOUNDED, _PREFIX, _FREE = 0, 1, 2


def _tokens(folded: str) -> tuple[list[str], int]:
    """Trie tokens of a folded phrase and the group it goes in.

    _BOUNDED: no CJK/Hangul and starts with a word character: needs a word
    boundary before and after (checked once for the whole group).
    _PREFIX: contains CJK but starts with a non-CJK word ("cookieの使用に
    同意"): needs a boundary before only.
    _FREE: CJK phrases and phrases starting with punctuation: no boundary
    before; a word boundary after only if they end with a non-CJK word
    character (an explicit end token).
    With CJK, spaces next to CJK (and script changes such as "使用cookie")
    match optional spaces.
    """
    if not _CJK_RE.search(folded):
        toks = [_SP if ch == " " else _NUM if ch == "#" else ch for ch in folded]
        if _WORD.match(folded[0]):
            return toks, _BOUNDED
        if _WORD.match(folded[-1]) or folded[-1] == "#":
            toks.append(_END)
        return toks, _FREE
    toks = []
    prev_cjk: bool | None = None  # None at the start and after a space
    for ch in folded:
        if ch == " ":
            toks.append(_OPTSP)
            prev_cjk = None
            continue
        cjk = _is_cjk(ch)
        if prev_cjk is not None and prev_cjk != cjk:
            toks.append(_OPTSP)
        toks.append(_NUM if ch == "#" else ch)
        prev_cjk = cjk
    return toks, (_PREFIX if _WORD.match(folded[0]) and not _is_cjk(folded[0]) else _FREE)


@functools.lru_cache(maxsize=None)
def _token_re(tok: str) -> str:
    return _TOKEN_REGEX.get(tok) or re.escape(tok)


def _emit(node: dict) -> str:
    # Runs of single-child nodes are plain concatenations.
    out = []
    while len(node) == 1:
        ((tok, child),) = node.items()
        if tok == _TERMINAL:
            return "".join(out)
        if tok == _END:
            out.append(r"(?!\w)")
            return "".join(out)
        out.append(_token_re(tok))
        node = child
    # Alternatives of one trie node start with different characters, so at
    # most one of them can match; longer continuations come before the
    # zero-width end check and the optional end, so the longest phrase wins.
    alts = [_token_re(tok) + _emit(node[tok]) for tok in sorted(node, key=_token_order) if tok not in (_TERMINAL, _END)]
    if _END in node:
        alts.append(r"(?!\w)")
    if _TERMINAL in node:
        out.append("(?:" + "|".join(alts) + ")?")
    elif len(alts) == 1:
        out.append(alts[0])
    else:
        out.append("(?:" + "|".join(alts) + ")")
    return "".join(out)


def _token_order(tok: str) -> tuple[int, str]:
    return (1 if tok in _TOKEN_REGEX else 0, tok)


# The character before a phrase: anything but a lowercase letter of the
# Latin, Greek, Cyrillic and Arabic alphabets (the text is casefolded), which
# can never precede a word-bounded phrase.  A negated class of ranges is a
# single table lookup per character in the C scan, several times cheaper
# than testing the \W category.
_HEAD = "[^a-z\u00df-\u00f6\u00f8-\u024f\u03ac-\u03ce\u0430-\u045f\u0621-\u064a\u1e00-\u1eff]"


def _build_regex(token_lists: Iterable[tuple[list[str], int]]) -> re.Pattern[str]:
    r"""One regex for every phrase, run on " " + folded text.

    Shape: ``[^letters](?:(?<=\W)(?=[b])(?:BOUNDED)(?!\w)|...|(?=[f])(?:FREE))``: every
    match starts by consuming the character before the phrase.  Starting
    with one character class lets `re` skip, in C, every position that
    cannot precede a phrase (in alphabetic text: the letters), instead of
    entering the matcher at every character.
    Word-bounded phrases need a non-word character before them; CJK phrases
    (and phrases starting with punctuation) may follow any of the class.
    """
    roots: tuple[dict, dict, dict] = ({}, {}, {})
    for toks, group in token_lists:
        node = roots[group]
        for t in toks:
            node = node.setdefault(t, {})
        node[_TERMINAL] = {}

    def group(root: dict, after: str = "") -> list[str]:
        firsts = "".join(sorted(_token_re(k) for k in root if k not in _TOKEN_REGEX and k not in (_TERMINAL, _END)))
        return [f"(?=[{firsts}])(?:{_emit(root)}){after}"] if firsts else []

    alts = []
    after_boundary = group(roots[_BOUNDED], r"(?!\w)") + group(roots[_PREFIX])
    if after_boundary:
        alts.append(r"(?<=\W)(?:" + "|".join(after_boundary) + ")")
    alts += group(roots[_FREE])
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(_HEAD + "(?:" + "|".join(alts) + ")")


# ---------------------------------------------------------------------------
# Word prefilter
# ---------------------------------------------------------------------------

_W_RUN = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[a-z][a-z0-9]*")  # newsclean.text.words on ASCII text
_ANCHOR_WORD = re.compile(r"[^\W\d_][^\W_]*")
_ALWAYS: dict = {"": []}  # a phrase without such words: run the regex on every text


def _phrase_words(folded: str) -> set[str] | None:
    r"""Words that a text must hold, as whole runs of word characters, for
    the phrase (folded, without CJK) to match in it; None if there are none.

    They are the phrase's maximal runs of word characters that start with a
    letter and hold no underscore, except those next to a number (``#``,
    which matches digits and so may extend the run).  Every other neighbour
    of such a run in the phrase is a literal non-word character, a space
    token, the ``(?<=\W)`` before a bounded phrase or the ``(?!\w)`` at its
    end, so where the phrase matches, the text has exactly that run of word
    characters, bounded by non-word characters.  (Runs of such a shape are
    also what ``newsclean.text.words`` gives on ASCII text.)
    """
    out = []
    for m in _W_RUN.finditer(folded):
        a, b = m.span()
        if (a and folded[a - 1] == "#") or folded[b : b + 1] == "#" or not _ANCHOR_WORD.fullmatch(m.group()):
            continue
        out.append(m.group())
    return set(out) or None


def _anchor_index(folded_phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrase words (sorted tuples) by their anchor, the longest word
    (longer words are rarer in text, so fewer texts get past the anchor
    check); phrases with CJK are left out: the regex runs on every text with
    CJK anyway.  ~10 ms for all languages, so data/lexicon.bin holds it."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for folded in folded_phrases:
        if _CJK_RE.search(folded):
            continue
        need = _phrase_words(folded)
        if need is None:
            return _ALWAYS
        anchor = max(sorted(need), key=len)
        index.setdefault(anchor, []).append(tuple(sorted(need)))
    return index


# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """One key listed under two categories (the first one wins)."""

    key: str
    kept: Entry
    other: Entry


# Separators of menu, breadcrumb and footer lines ("Home | News", "A › B").
_SEPARATOR = re.compile(r"[|·•›»>]|\s/\s")
_MAX_SEGMENTED_CHARS = 400
# A pager's arrows and a bar's ends around a line's words ("‹ Previous   Next ›").
_END_MARKS = " \t‹›«»<>◀▶←→|·•"
# Labels in a row ("Print Email", "Impressum Datenschutz Kontakt"): at most
# this many words.
_MAX_WORD_RUN = 16
# Longest label, in words, looked for inside a run of labels (Vietnamese
# writes a syllable a word: "theo dõi trên google news").
_MAX_LABEL_WORDS = 5
_MAX_WORD_RUN_CHARS = 120
# A footer's links in one line (Lexicon.footer_row).
FOOTER_ROW_LABELS = 4
FOOTER_ROW_MIN_WORDS = 8
FOOTER_ROW_MAX_WORDS = 60


class Lexicon:
    """Labels and phrases of a set of languages (plus ``mul``)."""

    def __init__(self, entries: Iterable[Entry] | Callable[[], Iterable[Entry]], languages: tuple[str, ...],
                 tables: tuple[dict[str, str], dict[str, tuple[str, str]]] | None = None) -> None:
        """`entries`, or a function giving them; with `tables` (the labels and
        phrases they make, precomputed) they are read only when something
        asks for them (`entries`, `conflicts`, building the phrase regex)."""
        self.languages = languages
        self._entries_from = entries if callable(entries) else (lambda e=list(entries): e)
        self._regex: re.Pattern[str] | None = None
        # (pattern, compiled code or None) from data/lexicon.bin; see _load_blob.
        self._prebuilt: tuple[str, dict | None] | None = None
        self._langs: dict[tuple[str, str], set[str]] | None = None
        self._anchors: dict[str, list[tuple[str, ...]]] | None = None  # see _may_match
        self._entries: list[Entry] | None = None
        if tables is None:
            self._index()
        else:
            self._set_tables(*tables)

    def _index(self) -> None:
        """The tables from the entries: the first entry of a key wins, and a
        later one of another category is a conflict. (`_entries` is set last:
        a thread that sees it sees the rest.)"""
        entries = list(self._entries_from())
        conflicts: list[Conflict] = []
        labels: dict[str, str] = {}
        label_entry: dict[str, Entry] = {}
        phrases: dict[str, tuple[str, str]] = {}  # lookup key -> (category, phrase)
        phrase_entry: dict[str, Entry] = {}
        # Lookup key -> its written forms: "관련기사:" and "관련 기사:" share a
        # key (spaces next to CJK do not count) but match different texts.
        phrase_forms: dict[str, list[str]] = {}
        mirrored: list[Entry] = []
        for e in entries:
            key = e.key
            if e.kind == "label":
                old = label_entry.get(key)
                if old is None:
                    labels[key] = e.category
                    label_entry[key] = e
                elif old.category != e.category:
                    conflicts.append(Conflict(key, old, e))
            else:
                old = phrase_entry.get(key)
                if old is None:
                    phrases[key] = (e.category, e.text)
                    phrase_entry[key] = e
                    phrase_forms[key] = [e.folded]
                    mirrored.append(e)
                elif old.category != e.category:
                    conflicts.append(Conflict(key, old, e))
                elif e.folded not in phrase_forms[key]:
                    phrase_forms[key].append(e.folded)
        # A line that is nothing but a phrase is a label as well (a label of
        # the same key, listed explicitly, keeps its category).
        for e in mirrored:
            key = normalize_label(e.text)
            old = label_entry.get(key)
            if old is None:
                labels[key] = e.category
                label_entry[key] = e
            elif old.category != e.category and old.kind == "phrase":
                conflicts.append(Conflict(key, old, e))
        self._conflicts = conflicts
        self._phrase_entries = phrase_entry
        self._phrase_forms = phrase_forms
        self._set_tables(labels, phrases)
        self._entries = entries

    def _set_tables(self, labels: dict[str, str], phrases: dict[str, tuple[str, str]]) -> None:
        self._labels = labels
        self._phrases = phrases
        # A run of labels starts with a label's first word and ends with one's last.
        self._label_firsts = frozenset(k.partition(" ")[0] for k in labels)
        self._label_lasts = frozenset(k.rpartition(" ")[2] for k in labels)
        # A raw line much longer than the longest label cannot be one (the
        # slack covers counts, bullets, arrows and brackets around it).
        self._max_label_chars = max((len(k) for k in labels), default=0) + 32

    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._index()
        return self._entries  # type: ignore[return-value]

    @property
    def conflicts(self) -> list[Conflict]:
        if self._entries is None:
            self._index()
        return self._conflicts

    @property
    def _phrase_entry(self) -> dict[str, Entry]:
        """Lookup key -> the entry of each distinct phrase."""
        if self._entries is None:
            self._index()
        return self._phrase_entries

    @property
    def _forms(self) -> dict[str, list[str]]:
        """Lookup key -> the written forms of each distinct phrase."""
        if self._entries is None:
            self._index()
        return self._phrase_forms

    @classmethod
    def from_directory(cls, directory: str | Path, languages: Iterable[str] | None = None) -> Lexicon:
        """Load ``<lang>.txt`` files of ``directory`` (uncached)."""
        directory = Path(directory)
        langs = _select(directory, languages)
        entries: list[Entry] = []
        for lang in (COMMON, *langs):
            path = directory / f"{lang}.txt"
            if path.exists():
                entries.extend(parse_file(path, lang))
        return cls(entries, langs)

    @classmethod
    def load(cls, languages: Iterable[str] | None = None) -> Lexicon:
        """The lexicon of ``languages`` (None: all), cached per selection."""
        key = None if languages is None else tuple(sorted({_base_lang(x) for x in languages}))
        return _load_cached(key)

    # -- matching -----------------------------------------------------------

    def label(self, text: str) -> str | None:
        """Category of ``text`` if the whole normalised line is a known label.

        A line of segments joined by menu or breadcrumb separators (``|``,
        ``·``, ``•``, ``›``, ``»``, ``>``, `` / ``) counts as a label line too
        when at least two segments, and at least half of them, are labels
        ("© 2024 Site | Impressum | Datenschutz" -> footer; the most common
        category wins), or when the first segment is a navigation label
        ("Home | World | Business", "Startseite › Region" -> nav).
        """
        n = len(text)
        key = None
        if n <= self._max_label_chars:
            key = normalize_label(text)
            category = self._labels.get(key)
            if category is not None and not _DATED.match(text):
                return category  # (a date after a label is a dateline's: "Giriş: 03.03.2026 14:22")
        if n <= _MAX_SEGMENTED_CHARS and _SEPARATOR.search(text):
            category = self._segmented_label(text)
            if category is not None or _SEPARATOR.search(text.strip(_END_MARKS)):
                return category
            # "‹ Previous   Next ›": the only separators are a pager's arrows at
            # the ends; the words between are a run of labels.
        if key is not None and n <= _MAX_WORD_RUN_CHARS and not _NUMBERED.match(text):
            # (Not a numbered heading: "5. Tutup Aplikasi Media Sosial" is
            # "close social media apps", in a list of tips, no row of buttons.)
            return self._word_run_label(key)
        return None

    def _word_run_label(self, key: str) -> str | None:
        """A few labels in a row, without separators: a share bar ("Print
        Email"), a consent bar's buttons ("Datenschutzerklärung Zulassen
        Ablehnen"), two headings run together ("Verwandte Artikel Mehr vom
        Autor"), counts between them ("Kommentare 3 Teilen"). `key` is the
        line's normalised form; it must split whole into known labels, the
        fewest possible, at least two."""
        words = key.split()
        n = len(words)
        if not 2 <= n <= _MAX_WORD_RUN or words[0] not in self._label_firsts or words[-1] not in self._label_lasts:
            return None
        # best[i]: the fewest labels that make up words[:i], and their categories.
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            if words[i] == "#" and len(words[i - 1]) > 1:
                # A count after a label ("Comments 3 Share"): part of that label.
                # Not after a letter: "x 4,16 x" is a row of results.
                if best[i + 1] is None or len(best[i]) < len(best[i + 1]):
                    best[i + 1] = best[i]
                continue
            for j in range(i + 1, min(n, i + _MAX_LABEL_WORDS) + 1):
                category = self._labels.get(" ".join(words[i:j]))
                if category is not None and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                    best[j] = [*best[i], category]
        cats = best[n]
        if cats is None or len(cats) < 2:
            return None
        return Counter(cats).most_common(1)[0][0]

    def footer_row(self, text: str) -> str | None:
        """A footer's links written as one line, some of them unknown:
        "Subscribe Privacy Policy(UPDATED) Terms of Service Cookie Policy
        Contact Information Where to Watch Cookie Settings".

        The line splits into known labels and other words (the fewest other
        words, then the fewest labels); at least FOOTER_ROW_LABELS distinct
        labels, at least FOOTER_ROW_LABELS - 1 of them footer or consent
        labels, must cover at least half of its words. A sentence has commas
        or full stops; this has neither.
        """
        if len(text) > _MAX_SEGMENTED_CHARS or text.count(" ") < FOOTER_ROW_MIN_WORDS - 1:
            return None
        if "," in text or ". " in text or text.rstrip().endswith((".", "!", "?")):
            return None
        words = normalize_label(text).split()
        n = len(words)
        if not FOOTER_ROW_MIN_WORDS <= n <= FOOTER_ROW_MAX_WORDS:
            return None
        if sum(w in self._label_firsts for w in words) < FOOTER_ROW_LABELS:
            return None  # most lines: no dynamic programme
        # best[i]: (unknown words, labels, (category, label) pairs) of the best split of words[:i].
        best: list[tuple[int, int, tuple[tuple[str, str], ...]] | None] = [None] * (n + 1)
        best[0] = (0, 0, ())
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            unknown, count, cats = here
            skip = (unknown + 1, count, cats)
            if best[i + 1] is None or skip[:2] < best[i + 1][:2]:
                best[i + 1] = skip
            for j in range(i + 1, min(n, i + _MAX_LABEL_WORDS) + 1):
                label = " ".join(words[i:j])
                category = self._labels.get(label)
                if category is not None:
                    step = (unknown, count + 1, (*cats, (category, label)))
                    if best[j] is None or step[:2] < best[j][:2]:
                        best[j] = step
        unknown, _, found = best[n]  # type: ignore[misc]
        distinct = list(dict.fromkeys(found))  # in order: ties go to the first, in every process
        categories = [category for category, _ in distinct]
        footer_like = sum(c in ("footer", "consent") for c in categories)
        if len(distinct) < FOOTER_ROW_LABELS or footer_like < FOOTER_ROW_LABELS - 1 or 2 * unknown > n:
            return None
        return Counter(categories).most_common(1)[0][0]

    def _segmented_label(self, text: str) -> str | None:
        parts = _SEPARATOR.split(text)
        if len(parts) < 2 or any(len(p) > self._max_label_chars for p in parts):
            return None
        keys = [k for k in map(normalize_label, parts) if k]
        if len(keys) < 2:
            return None
        cats = [self._labels.get(k) for k in keys]
        if cats[0] == "nav":
            return "nav"
        hits = [c for c in cats if c is not None]
        if len(hits) >= 2 and 2 * len(hits) >= len(keys):
            return Counter(hits).most_common(1)[0][0]  # ties: the first seen
        return None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled phrase regex (built on first use: ~0.1 s for all languages)."""
        if self._regex is None and self._prebuilt is not None:
            self._regex = _regex_from_prebuilt(*self._prebuilt)
        if self._regex is None:
            self._regex = _build_regex(_tokens(form) for forms in self._forms.values() for form in forms)
        return self._regex

    def phrases(self, text: str, words: Iterable[str] | None = None) -> list[tuple[str, str]]:
        """(category, phrase) for every phrase found in ``text``, in order.

        ``words``: optional, for ASCII text only, what
        ``newsclean.text.words(text)`` gives (saves tokenising it again).
        """
        if text.isascii():
            if words is None:
                words = _ASCII_WORD.findall(text.lower())
            if not self._may_match(words):
                return []
            folded = _fold_text(text)
        else:
            folded = _fold_text(text)
            if not _CJK_RE.search(folded) and not self._may_match(_W_RUN.findall(folded)):
                return []
        found = self.regex.findall(" " + folded)
        if not found:
            return []
        out = []
        for m in found:
            # m[0] is the character before the phrase.
            hit = self._phrases.get(_lookup_key(_SPACES.sub(" ", m[1:]).strip()))
            if hit is not None:
                out.append(hit)
        return out

    def _may_match(self, words: Iterable[str]) -> bool:
        """False when no phrase can match a text without CJK whose maximal
        runs of word characters (ASCII: letter-first runs) are ``words``.

        Most paragraphs hold no phrase, and the regex costs ~8 us on one;
        this costs ~1 us.  See :func:`_phrase_words` for why it is exact.
        """
        if self._anchors is None:
            self._anchors = _anchor_index(e.folded for e in self._phrase_entry.values())
        anchors = self._anchors
        if "" in anchors:  # _ALWAYS
            return True
        found = anchors.keys() & words
        if not found:
            return False
        present = set(words)
        return any(present.issuperset(need) for a in found for need in anchors[a])

    def languages_of(self, category: str, phrase: str) -> tuple[str, ...]:
        """Languages whose file lists ``phrase`` (label or phrase) under ``category``."""
        if self._langs is None:
            langs: dict[tuple[str, str], set[str]] = {}
            for e in self.entries:
                langs.setdefault((e.category, e.key), set()).add(e.lang)
            self._langs = langs
        found = self._langs.get((category, _lookup_key(_fold_phrase(phrase))), set())
        found = found | self._langs.get((category, normalize_label(phrase)), set())
        return tuple(sorted(found))

    # -- introspection --------------------------------------------------------

    @property
    def labels(self) -> dict[str, str]:
        """Normalised label -> category (includes whole-line phrases)."""
        return dict(self._labels)

    @property
    def phrase_list(self) -> list[tuple[str, str]]:
        """(category, phrase) of every distinct phrase."""
        return list(self._phrases.values())

    def __repr__(self) -> str:
        return f"Lexicon(languages={self.languages!r}, labels={len(self._labels)}, phrases={len(self._phrases)})"


def _base_lang(code: str) -> str:
    """The phrase file's language for a code: "de-AT" -> de, "nb" -> no, "zh-TW" -> zh."""
    from ..config import LANGUAGE_ALIASES

    base = code.lower().replace("_", "-").split("-")[0]
    alias = LANGUAGE_ALIASES.get(base)
    return alias[0].split("-")[0] if alias else base


def _select(directory: Path, languages: Iterable[str] | None) -> tuple[str, ...]:
    have = available_languages(directory)
    if languages is None:
        return have
    wanted = sorted({_base_lang(x) for x in languages})
    return tuple(x for x in wanted if x in have)


@functools.lru_cache(maxsize=64)
def _load_cached(key: tuple[str, ...] | None) -> Lexicon:
    blob = _load_blob()
    if blob is None:
        return Lexicon.from_directory(PHRASE_DIR, key)
    have = tuple(blob["languages"])
    langs = have if key is None else tuple(x for x in key if x in have)

    def entries_of(langs: tuple[str, ...]) -> list[Entry]:
        by_lang = marshal.loads(zlib.decompress(blob["entries"]))
        entries: list[Entry] = []
        for lang in (COMMON, *langs):
            rows = by_lang.get(lang)
            if rows is not None:
                spath = str(PHRASE_DIR / f"{lang}.txt")
                entries.extend(Entry(kind, cat, text, lang, spath, line, k, folded)
                               for kind, cat, text, line, k, folded in rows)
        return entries

    if key is not None:
        return Lexicon(entries_of(langs), langs)
    # All languages, the usual selection: the tables, the regex and its
    # prefilter come ready made; the entries are unpacked only if asked for.
    lex = Lexicon(lambda: entries_of(langs), langs, (blob["labels"], blob["phrases"]))
    lex._prebuilt = (blob["pattern"], blob["compiled"])
    lex._anchors = blob["anchors"]
    return lex


# ---------------------------------------------------------------------------
# Precomputed lexicon (data/lexicon.bin)
# ---------------------------------------------------------------------------
#
# Parsing and folding the phrase files takes ~0.1 s and compiling the phrase
# regex another ~0.1 s: most of the cold start of `newsclean check`.  The
# blob (built by tools/build_lexicon.py, checked by tests/test_lexicon.py)
# holds the parsed entries of every file (packed apart, unpacked only when
# asked for), the label and phrase tables, the regex source and the prefilter
# index (_anchor_index) of the full selection and, for the interpreter that
# built it, the compiled regex code.
# It is used only when its digest equals the digest of the phrase files and
# of this module's source as they are now (so editing a .txt file or the
# normalisation code, in a checkout or an installed package, falls back to
# parsing), and the compiled code only on the very same interpreter build
# and SRE engine version (otherwise the regex source is compiled).

BLOB_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.bin"
_BLOB_FORMAT = 3


def _source_digest(directory: str | Path = PHRASE_DIR) -> str:
    """Identity of the inputs of the blob: every phrase file's name, size
    and CRC-32, this module's source, the Unicode tables (~1 ms)."""
    directory = str(directory)
    parts = [f"format={_BLOB_FORMAT}", f"unicode={unicodedata.unidata_version}"]
    with open(__file__, "rb") as f:
        src = f.read()
    parts.append(f"module {len(src)} {zlib.crc32(src):08x}")
    for name in sorted(os.listdir(directory)):
        if name.endswith(".txt"):
            with open(os.path.join(directory, name), "rb") as f:
                data = f.read()
            parts.append(f"{name} {len(data)} {zlib.crc32(data):08x}")
    return "\n".join(parts)


def _sre_key() -> str:
    import _sre

    return f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} {array('I').itemsize} {sys.byteorder}"


def _compiled_code(pattern: str) -> dict | None:
    """What re.compile passes to _sre.compile for ``pattern`` (CPython)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10: sre_compile/sre_parse
        try:
            import sre_compile as _compiler  # type: ignore[no-redef]
            import sre_parse as _parser  # type: ignore[no-redef]
        except ImportError:
            return None
    p = _parser.parse(pattern, 0)
    code = _compiler._code(p, 0)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return {
        "key": _sre_key(),
        "flags": int(p.state.flags),
        # As machine words in bytes: marshal loads them as one object.
        "code": array("I", code).tobytes(),
        "groups": p.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": tuple(indexgroup),
    }


def _regex_from_prebuilt(pattern: str, compiled: dict | None) -> re.Pattern[str]:
    if compiled is not None:
        try:
            if compiled["key"] == _sre_key():
                import _sre

                rx = _sre.compile(
                    pattern, compiled["flags"], array("I", compiled["code"]).tolist(), compiled["groups"],
                    compiled["groupindex"], compiled["indexgroup"],
                )
                if rx.pattern == pattern:
                    return rx
        except Exception:  # noqa: BLE001 - any mismatch: compile the source
            pass
    return re.compile(pattern)


def build_blob(directory: str | Path = PHRASE_DIR) -> dict:
    """The content of data/lexicon.bin, from the phrase files (deterministic)."""
    directory = Path(directory)
    entries: dict[str, list[tuple]] = {}
    for lang in (COMMON, *available_languages(directory)):
        path = directory / f"{lang}.txt"
        if path.exists():
            entries[lang] = [(e.kind, e.category, e.text, e.line, e.key, e.folded) for e in parse_file(path, lang)]
    full = Lexicon.from_directory(directory)
    pattern = full.regex.pattern
    return {
        "format": _BLOB_FORMAT,
        "digest": _source_digest(directory),
        "languages": sorted(lang for lang in entries if lang != COMMON),
        # Packed apart (and small): runs need only the tables below. Version 2
        # writes no back-references, whose use varies with reference counts,
        # so the bytes are the same on every build.
        "entries": zlib.compress(marshal.dumps(entries, 2), 9),
        "labels": full._labels,
        "phrases": full._phrases,
        "pattern": pattern,
        "anchors": _anchor_index(e.folded for e in full._phrase_entry.values()),
        "compiled": _compiled_code(pattern),
    }


def _load_blob() -> dict | None:
    """The blob if present and current, else None (then the files are parsed)."""
    try:
        with open(BLOB_PATH, "rb") as f:
            blob = marshal.loads(f.read())  # marshal.load(f) reads piecemeal: 3x slower
        if blob.get("format") != _BLOB_FORMAT or blob.get("digest") != _source_digest():
            return None
        return blob
    except Exception:  # noqa: BLE001 - missing, unreadable or foreign: parse the files
        return None
