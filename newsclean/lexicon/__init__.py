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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

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
    if not s.isascii():
        s = unicodedata.normalize("NFD", s)
        s = _LABEL_MARKS.sub("", s)
        s = unicodedata.normalize("NFC", s.translate(_LABEL_FOLD))
    else:
        s = s.replace("'", "").replace("`", "")
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
_ALEF = "اأإآٱ"
_ARABIC_MARKS = "\u064b-\u065f\u0670\u0640"
_APOSTROPHES = "'’‘ʼ`´"
_QUOTES = "\"“”„«»‟"
_HYPHENS = "-\u2010\u2011"

# Phrase folding: variants -> the one character used in trie keys.
_PHRASE_FOLD: dict[int, str | None] = {}
for _base, _variants in _GREEK_VOWELS.items():
    for _v in _variants:
        _PHRASE_FOLD[ord(_v)] = _base
for _v in _ALEF[1:]:
    _PHRASE_FOLD[ord(_v)] = "ا"
_PHRASE_FOLD.update(
    {
        ord("ى"): "ي",
        ord("ة"): "ه",
        ord("ё"): "е",
        ord("ş"): "ș",
        ord("ţ"): "ț",
        ord("\u0307"): None,
        ord("\u0640"): None,
    }
)
for _c in range(0x064B, 0x0660):
    _PHRASE_FOLD[_c] = None
_PHRASE_FOLD[0x0670] = None
for _v in _APOSTROPHES[1:]:
    _PHRASE_FOLD[ord(_v)] = "'"
for _v in _QUOTES[1:]:
    _PHRASE_FOLD[ord(_v)] = '"'
for _v in _HYPHENS[1:]:
    _PHRASE_FOLD[ord(_v)] = "-"

# Key character -> regex for every text character it stands for.
_CLASS_OF: dict[str, str] = {
    "'": "[" + re.escape(_APOSTROPHES) + "]",
    '"': "[" + re.escape(_QUOTES) + "]",
    "ș": "[șş]",
    "ț": "[țţ]",
    "е": "[её]",
    "ı": "[ıi]",
    "ا": "[" + _ALEF + "]",
    "ي": "[يى]",
    "ه": "[هة]",
}
for _base, _variants in _GREEK_VOWELS.items():
    _CLASS_OF[_base] = "[" + _base + _variants + "]"

_SPACES = re.compile(r"[\s" + re.escape(_HYPHENS) + r"]+")
_CJK_SPACE = re.compile(rf"\s+(?=[{_CJK_CLASS}])|(?<=[{_CJK_CLASS}])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _fold_phrase(text: str) -> str:
    """Casefolded, NFKC, variant letters folded, hyphens/space runs -> ' '."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_PHRASE_FOLD)
    return _SPACES.sub(" ", s).strip()


def _lookup_key(folded: str) -> str:
    """Identity of a phrase: spaces near CJK dropped, numbers masked, ı=i."""
    s = _CJK_SPACE.sub("", folded)
    s = _NUMBER.sub("#", s)
    return s.replace("ı", "i")


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    kind: str  # "label" or "phrase"
    category: str
    text: str  # as written in the file
    lang: str
    path: str
    line: int


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
            if not normalize_label(body):
                raise LexiconError(f"{where}: label {body!r} is empty once normalised")
            entries.append(Entry("label", category, body, lang, str(path), lineno))
        else:
            if len(_lookup_key(_fold_phrase(body)).replace("#", "").strip()) < 2:
                raise LexiconError(f"{where}: phrase {body!r} is too short")
            entries.append(Entry("phrase", category, body, lang, str(path), lineno))
    return entries


def available_languages(directory: str | Path = PHRASE_DIR) -> tuple[str, ...]:
    """Language codes with a file in ``directory`` (without ``mul``)."""
    return tuple(sorted(p.stem for p in Path(directory).glob("*.txt") if p.stem != COMMON))


# ---------------------------------------------------------------------------
# Regex construction
# ---------------------------------------------------------------------------

_SP, _OPTSP, _NUM, _END = "\x00sp", "\x00opt", "\x00num", "\x00end"
_TERMINAL = ""  # trie key for "a phrase ends here"
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3]")


def _tokens(folded: str) -> tuple[list[str], bool]:
    """Trie tokens of a folded phrase and whether it needs a start boundary."""
    has_cjk = bool(_CJK_RE.search(folded))
    toks: list[str] = []
    prev = ""
    i = 0
    n = len(folded)
    while i < n:
        ch = folded[i]
        if ch == " ":
            nxt = folded[i + 1] if i + 1 < n else ""
            toks.append(_OPTSP if (_is_cjk(prev) or _is_cjk(nxt)) else _SP)
            i += 1
            prev = " "
            continue
        if prev and prev != " " and has_cjk and _is_cjk(prev) != _is_cjk(ch):
            toks.append(_OPTSP)
        if ch == "#":
            toks.append(_NUM)
        else:
            toks.append(ch)
        prev = ch
        i += 1
    word = re.compile(r"\w")
    if not has_cjk and word.match(folded[-1]) or folded[-1] == "#":
        toks.append(_END)
    start = not has_cjk and bool(word.match(folded[0]))
    return toks, start


def _token_regex(tok: str) -> str:
    if tok == _SP:
        return "[\\s" + re.escape(_HYPHENS) + "]+"
    if tok == _OPTSP:
        return "\\s*"
    if tok == _NUM:
        return "\\d+(?:[.,]\\d+)*"
    cls = _CLASS_OF.get(tok)
    out = cls if cls else re.escape(tok)
    if _ARABIC_LETTER.match(tok):
        out += f"[{_ARABIC_MARKS}]*"
    return out


def _first_chars(tok: str) -> str:
    if tok in _CLASS_OF:
        return _CLASS_OF[tok][1:-1]
    return re.escape(tok)


def _emit(node: dict) -> str:
    alts = []
    for tok in sorted(k for k in node if k not in (_TERMINAL, _END, _SP, _OPTSP)):
        alts.append(_token_regex(tok) + _emit(node[tok]))
    for tok in (_SP, _OPTSP):
        if tok in node:
            alts.append(_token_regex(tok) + _emit(node[tok]))
    if _END in node:
        alts.append(r"(?!\w)")
    if not alts:
        return ""
    if _TERMINAL in node:
        return "(?:" + "|".join(alts) + ")?"
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _build_regex(token_lists: Iterable[tuple[list[str], bool]]) -> re.Pattern[str]:
    bounded: dict = {}
    free: dict = {}
    for toks, start in token_lists:
        node = bounded if start else free
        for t in toks:
            node = node.setdefault(t, {})
        node[_TERMINAL] = {}
    parts = []
    for root, prefix in ((bounded, r"(?<!\w)"), (free, "")):
        if not root:
            continue
        firsts = "".join(_first_chars(t) for t in root if t not in (_TERMINAL, _SP, _OPTSP, _END))
        guard = f"(?=[{firsts}])" if firsts else ""
        parts.append(prefix + guard + "(?:" + _emit(root) + ")")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(parts))


# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """One key listed under two categories (the first one wins)."""

    key: str
    kept: Entry
    other: Entry


# Bound on the remembered label/phrase answers per lexicon (cleared when full).
_MATCH_CACHE_SIZE = 1 << 12
_MISS = object()


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
        self._label_cache: dict[str, str | None] = {}
        self._phrase_cache: dict[str, tuple[tuple[str, str], ...]] = {}
        self.entries = list(entries)
        max_len = 0
        for e in self.entries:
            if e.kind == "phrase":
                self._add_phrase(e)
                # A line that is nothing but a phrase is a label as well.
                key = normalize_label(e.text)
                if key:
                    self._add_label(key, e, mirror=True)
            else:
                key = normalize_label(e.text)
                self._add_label(key, e, mirror=False)
                max_len = max(max_len, len(e.text))
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
        folded = _fold_phrase(e.text)
        key = _lookup_key(folded)
        old = self._phrase_entry.get(key)
        self._langs.setdefault((e.category, key), set()).add(e.lang)
        if old is not None:
            if old.category != e.category:
                self.conflicts.append(Conflict(key, old, e))
            return
        self._phrase_entry[key] = e
        self._phrases[key] = (e.category, e.text)
        self._tokens.append(_tokens(folded))

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
        """Category of ``text`` if the whole normalised line is a known label."""
        if len(text) > self._max_label_chars:
            return None
        # The cleaning passes ask about the same lines again: remember them.
        cache = self._label_cache
        hit = cache.get(text, _MISS)
        if hit is _MISS:
            if len(cache) >= _MATCH_CACHE_SIZE:
                cache.clear()
            hit = cache[text] = self._labels.get(normalize_label(text))
        return hit

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = _build_regex(self._tokens)
        return self._regex

    def phrases(self, text: str) -> list[tuple[str, str]]:
        """(category, phrase) for every phrase found in ``text``, in order."""
        cache = self._phrase_cache
        hit = cache.get(text)
        if hit is None:
            if len(cache) >= _MATCH_CACHE_SIZE:
                cache.clear()
            hit = cache[text] = tuple(self._find_phrases(text))
        return list(hit)

    def _find_phrases(self, text: str) -> list[tuple[str, str]]:
        s = unicodedata.normalize("NFKC", text).casefold()
        if "\u0307" in s:
            s = s.replace("\u0307", "")
        found = self.regex.findall(s)
        if not found:
            return []
        out = []
        for m in found:
            hit = self._phrases.get(_lookup_key(_fold_phrase(m)))
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
