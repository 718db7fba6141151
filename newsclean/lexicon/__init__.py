"""Multilingual lexicon of boilerplate labels and phrases.

The data lives in ``phrases/<lang>.txt`` (ISO 639-1 codes; ``mul.txt`` holds
language-neutral entries such as social network names and is always loaded).
Each file is plain UTF-8::

    # comment
    [share]                 a category header (one of CATEGORIES)
    = share                 a LABEL: the whole line, normalised, equals it
    ~ share this article    a PHRASE: occurs inside a line (word-bounded;
                            plain substring when it contains CJK or Hangul)

In labels ``#`` stands for a number ("= page # of #").  In phrases ``#``
matches a number and ``'`` any apostrophe; spaces and hyphens are
interchangeable; Greek accents, Arabic diacritics and alef forms, Russian
ё/е, Romanian cedilla/comma letters and Turkish dotless i are matched loosely.

Matching is built for speed: ``label()`` is one set lookup after
:func:`normalize_label`; ``phrases()`` runs one precompiled regular
expression (a trie of every phrase of every loaded language, so alternatives
never backtrack beyond the length of one phrase).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "CATEGORIES",
    "COMMON",
    "Lexicon",
    "LexiconError",
    "available_languages",
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

# Combining marks dropped from labels (Latin/Greek/Cyrillic accents, Arabic
# harakat, tatweel).  Marks of other scripts are kept so that, e.g., kana
# with dakuten survive NFD/NFC.
_LABEL_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]")
_LABEL_FOLD = str.maketrans(
    {
        "ı": "i",
        "ى": "ي",
        "ة": "ه",
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "'": None,
        "’": None,
        "‘": None,
        "ʼ": None,
        "`": None,
        "´": None,
        "\u02b9": None,
    }
)
# A count: "12", "1,234", "1.2k", "3.4m".  Masked as "#".
_COUNT = re.compile(r"\d+(?:[.,]\d+)*(?:[km](?![^\W\d_]))?")
_NON_WORD = re.compile(r"(?:[^\w#]|_)+")
_EDGE_COUNTS = re.compile(r"^[#\s]+|[#\s]+$")
# Already canonical: words of letters separated by single spaces.
_CLEAN_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
# Letters that may carry a combining mark under NFD (Latin, Greek, Cyrillic,
# Arabic, Vietnamese): only lines containing one take the slow path.
_ACCENTED = re.compile("[\u00c0-\u024f\u0300-\u04ff\u0600-\u06ff\u1e00-\u1fff]")


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
    s = unicodedata.normalize("NFKC", text).casefold()
    if s.isascii():
        if _CLEAN_LABEL.fullmatch(s):
            return s
        s = s.replace("'", "").replace("`", "")
    else:
        if _ACCENTED.search(s):
            s = unicodedata.normalize("NFD", s)
            s = _LABEL_MARKS.sub("", s)
            s = unicodedata.normalize("NFC", s.translate(_LABEL_FOLD))
        else:
            s = s.translate(_LABEL_FOLD)
        if _CLEAN_LABEL.fullmatch(s):
            return s
    s = _COUNT.sub("#", s)
    s = _NON_WORD.sub(" ", s)
    return _EDGE_COUNTS.sub("", s)


# Scripts written without spaces between words (and Hangul, whose words take
# particles): phrases containing them match as plain substrings, and spaces
# next to them are optional.
_CJK_RANGES = (
    ("\u1100", "\u11ff"),
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
# Everything is done with str.replace behind a one-pass regex check, which is
# several times faster than str.translate on a paragraph.
_PUNCT_PAIRS = tuple((v, "'") for v in _APOSTROPHES) + tuple((v, '"') for v in _QUOTES) + tuple((v, "-") for v in _DASHES)
_LETTER_PAIRS: list[tuple[str, str]] = [(v, b) for b, vs in _GREEK_VOWELS.items() for v in vs]
_LETTER_PAIRS += [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")]
_LETTER_PAIRS += [("ё", "е"), ("ş", "ș"), ("ţ", "ț"), ("ı", "i"), ("\u0307", "")]
_LETTER_PAIRS += [(chr(c), "") for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)]  # harakat, tatweel
_FOLD_PAIRS = _PUNCT_PAIRS + tuple(_LETTER_PAIRS)

_SPACES = re.compile(r"[\s-]+")
_CJK_SPACE = re.compile(rf"\s+(?=[{_CJK_CLASS}])|(?<=[{_CJK_CLASS}])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _fold_text(text: str) -> str:
    """NFKC, casefold and the variant folds; the form the regex runs on."""
    s = unicodedata.normalize("NFKC", text).casefold()
    if s.isascii():
        return s
    # `in` is a fast C search; a regex character-class scan is ~20x slower.
    for variant, base in _FOLD_PAIRS:
        if variant in s:
            s = s.replace(variant, base)
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
    try:
        raw = path.read_text("utf-8")
    except UnicodeDecodeError as e:
        raise LexiconError(f"{path}: not UTF-8 ({e})") from None
    entries: list[Entry] = []
    category: str | None = None
    spath = str(path)
    for lineno, line in enumerate(raw.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        where = f"{path}:{lineno}"
        m = _HEADER.match(s)
        if m:
            name = m.group(1).lower()
            if name not in _CATEGORY_SET:
                raise LexiconError(f"{where}: unknown category [{m.group(1)}] (expected one of {', '.join(CATEGORIES)})")
            category = name
            continue
        marker, body = s[0], s[1:].strip()
        if marker not in "=~":
            raise LexiconError(f"{where}: expected '[category]', '= label', '~ phrase' or '# comment', got {s!r}")
        if category is None:
            raise LexiconError(f"{where}: entry before any [category] header")
        if not body:
            raise LexiconError(f"{where}: empty {'label' if marker == '=' else 'phrase'}")
        if marker == "=":
            key = normalize_label(body)
            if not key:
                raise LexiconError(f"{where}: label {body!r} is empty once normalised")
            entries.append(Entry("label", category, body, lang, spath, lineno, key))
        else:
            folded = _fold_phrase(body)
            key = _lookup_key(folded)
            if len(key.replace("#", "").strip()) < 2:
                raise LexiconError(f"{where}: phrase {body!r} is too short")
            entries.append(Entry("phrase", category, body, lang, spath, lineno, key, folded))
    return entries


def available_languages(directory: str | Path = PHRASE_DIR) -> tuple[str, ...]:
    """Language codes with a file in ``directory`` (without ``mul``)."""
    return tuple(sorted(p.stem for p in Path(directory).glob("*.txt") if p.stem != COMMON))


# ---------------------------------------------------------------------------
# Regex construction
# ---------------------------------------------------------------------------

_SP, _OPTSP, _NUM, _END = "\x00sp", "\x00opt", "\x00num", "\x00end"
_TERMINAL = ""  # trie key for "a phrase ends here"
_WORD = re.compile(r"\w")
_TOKEN_REGEX = {
    _SP: r"[\s-]+",
    _OPTSP: r"\s*",
    _NUM: r"\d+(?:[.,]\d+)*",
}


def _tokens(folded: str) -> tuple[list[str], bool]:
    """Trie tokens of a folded phrase and whether it needs a start boundary.

    Phrases without CJK/Hangul are word-bounded at ends that are word
    characters; with CJK they are substrings (bounded only before a leading
    non-CJK word), and spaces next to CJK (and script changes such as
    "使用cookie") match optional whitespace.
    """
    if not _CJK_RE.search(folded):
        toks = [_SP if ch == " " else _NUM if ch == "#" else ch for ch in folded]
        if _WORD.match(folded[-1]) or folded[-1] == "#":
            toks.append(_END)
        return toks, bool(_WORD.match(folded[0]))
    toks = []
    prev_cjk: bool | None = None  # None at the start and after a space
    for i, ch in enumerate(folded):
        if ch == " ":
            toks.append(_OPTSP)
            prev_cjk = None
            continue
        cjk = _is_cjk(ch)
        if prev_cjk is not None and prev_cjk != cjk:
            toks.append(_OPTSP)
        toks.append(_NUM if ch == "#" else ch)
        prev_cjk = cjk
    # "cookieの使用に同意": a phrase that starts with a Latin (or other
    # non-CJK) word still needs a word boundary before it.
    return toks, bool(_WORD.match(folded[0])) and not _is_cjk(folded[0])


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


def _build_regex(token_lists: Iterable[tuple[list[str], bool]]) -> re.Pattern[str]:
    r"""One regex for every phrase, run on " " + folded text.

    Shape: ``[\W\d<CJK>](?:(?<=\W)(?=[b])(?:BOUNDED)|(?=[f])(?:FREE))``: every
    match starts by consuming the character before the phrase.  Starting
    with one character class lets `re` skip, in C, every position that
    cannot precede a phrase (in Latin-script text: everything but spaces and
    punctuation), instead of entering the matcher at every character.
    Word-bounded phrases need a non-word character before them; CJK phrases
    (and phrases starting with punctuation) may follow any of the class.
    """
    bounded: dict = {}
    free: dict = {}
    for toks, start in token_lists:
        node = bounded if start else free
        for t in toks:
            node = node.setdefault(t, {})
        node[_TERMINAL] = {}
    alts = []
    for root, prefix in ((bounded, r"(?<=\W)"), (free, "")):
        firsts = "".join(sorted(_token_re(k) for k in root if k not in _TOKEN_REGEX and k not in (_TERMINAL, _END)))
        if firsts:
            alts.append(f"{prefix}(?=[{firsts}])(?:{_emit(root)})")
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[\W\d{_CJK_CLASS}](?:" + "|".join(alts) + ")")


# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """One key listed under two categories (the first one wins)."""

    key: str
    kept: Entry
    other: Entry


_SEPARATOR_CHARS = "|·•›»>/"
_SEGMENT_SPLIT = re.compile(r"[|·•›»>]|\s/\s")


class Lexicon:
    """Labels and phrases of a set of languages (plus ``mul``)."""

    def __init__(self, entries: Iterable[Entry], languages: tuple[str, ...]) -> None:
        self.languages = languages
        self._labels: dict[str, str] = {}
        self._label_entry: dict[str, Entry] = {}
        self._phrases: dict[str, tuple[str, str]] = {}  # lookup key -> (category, phrase)
        self._phrase_entry: dict[str, Entry] = {}
        self._langs: dict[tuple[str, str], set[str]] = {}
        self._tokens: list[tuple[list[str], bool]] = []
        self.conflicts: list[Conflict] = []
        self._regex: re.Pattern[str] | None = None
        self.entries = list(entries)
        for e in self.entries:
            if e.kind == "phrase":
                self._add_phrase(e)
                # A line that is nothing but a phrase is a label as well.
                key = normalize_label(e.text)
                if key:
                    self._add_label(key, e, mirror=True)
            else:
                self._add_label(e.key, e, mirror=False)
        # Raw lines much longer than the longest label cannot be one.
        self._max_label_chars = 3 * max((len(k) for k in self._labels), default=0) + 16

    # -- building -----------------------------------------------------------

    def _add_label(self, key: str, e: Entry, mirror: bool) -> None:
        old = self._label_entry.get(key)
        if old is None:
            self._labels[key] = e.category
            self._label_entry[key] = e
        elif old.category != e.category and not (mirror and old.kind == "label"):
            self.conflicts.append(Conflict(key, old, e))
        if not mirror:
            self._langs.setdefault((e.category, key), set()).add(e.lang)

    def _add_phrase(self, e: Entry) -> None:
        key = e.key
        old = self._phrase_entry.get(key)
        self._langs.setdefault((e.category, key), set()).add(e.lang)
        if old is not None:
            if old.category != e.category:
                self.conflicts.append(Conflict(key, old, e))
            return
        self._phrase_entry[key] = e
        self._phrases[key] = (e.category, e.text)
        self._tokens.append(_tokens(e.folded))

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
        if len(text) > self._max_label_chars:
            return None
        category = self._labels.get(normalize_label(text))
        if category is None and any(sep in text for sep in _SEPARATOR_CHARS):
            return self._segmented_label(text)
        return category

    def _segmented_label(self, text: str) -> str | None:
        parts = [p for p in _SEGMENT_SPLIT.split(text) if normalize_label(p)]
        if len(parts) < 2:
            return None
        cats = [self._labels.get(normalize_label(p)) for p in parts]
        if cats[0] == "nav":
            return "nav"
        hits = [c for c in cats if c is not None]
        if len(hits) >= 2 and 2 * len(hits) >= len(parts):
            return Counter(hits).most_common(1)[0][0]  # ties: the first seen
        return None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = _build_regex(self._tokens)
        return self._regex

    def phrases(self, text: str) -> list[tuple[str, str]]:
        """(category, phrase) for every phrase found in ``text``, in order."""
        found = self.regex.findall(" " + _fold_text(text))
        if not found:
            return []
        out = []
        for m in found:
            # m[0] is the character before the phrase.
            hit = self._phrases.get(_lookup_key(_SPACES.sub(" ", m[1:]).strip()))
            if hit is not None:
                out.append(hit)
        return out

    def languages_of(self, category: str, phrase: str) -> tuple[str, ...]:
        """Languages whose file lists ``phrase`` (label or phrase) under ``category``."""
        langs = self._langs.get((category, _lookup_key(_fold_phrase(phrase))), set())
        langs = langs | self._langs.get((category, normalize_label(phrase)), set())
        return tuple(sorted(langs))

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
    code = code.lower().replace("_", "-")
    base = code.split("-")[0]
    return {"nb": "no", "nn": "no", "iw": "he", "in": "id"}.get(base, base)


def _select(directory: Path, languages: Iterable[str] | None) -> tuple[str, ...]:
    have = available_languages(directory)
    if languages is None:
        return have
    wanted = sorted({_base_lang(x) for x in languages})
    return tuple(x for x in wanted if x in have)


@functools.lru_cache(maxsize=64)
def _load_cached(key: tuple[str, ...] | None) -> Lexicon:
    return Lexicon.from_directory(PHRASE_DIR, key)
