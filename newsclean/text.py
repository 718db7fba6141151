"""Small text helpers shared by the stages: tokens, normal forms, stopwords."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

# A token is a run of word characters, except that every ideograph or kana is
# a token of its own (those scripts write no spaces between words). As a
# word (for counting and vocabulary), so is every character of the Southeast
# Asian scripts written without spaces between words (Thai, Lao, Khmer,
# Burmese); as a token (for copies) their runs stay whole: a trigram of
# their letters, a syllable, is in every other sentence.
_IDEOGRAPHS = r"\p{Han}\p{Hiragana}\p{Katakana}"
_UNSPACED = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_CJK = _IDEOGRAPHS + _UNSPACED
_TOKEN = regex.compile(rf"[{_IDEOGRAPHS}]|[^\W{_IDEOGRAPHS}]+")
_WORD = regex.compile(rf"[^\W\d_{_CJK}][^\W_{_CJK}]*|[{_CJK}]")
# The same two patterns on ASCII text, where \w is [A-Za-z0-9_] and \d is
# [0-9]: the standard library's re runs them about twice as fast.
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9_]+")
_WORD_ASCII = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_DIGIT_OR_UNDERSCORE = re.compile(r"[0-9_]")
# And on text made only of characters whose \w the two engines agree on,
# with no digit besides 0-9 (see _unsafe_chars): _TOKEN and _WORD without CJK.
_TOKEN_LATIN = re.compile(r"\w+")
_WORD_LATIN = re.compile(r"[^\W\d_][^\W_]*")
# Where to look for such characters: Latin-1, Latin Extended-A/B, general
# punctuation, super/subscripts and currency signs (accented letters, curly
# quotes, dashes, the euro sign).
_LATIN_CANDIDATES = ((0x80, 0x24F), (0x2000, 0x20CF))

# Quote and dash styles that scrapers and editors swap freely.
_STYLE_MAP = {
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‹": "'", "›": "'", "`": "'", "´": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "-",
}
_STYLE = str.maketrans(_STYLE_MAP)
# The same as three substitutions (no replacement is itself replaced):
# str.translate with a dict looks up every character in Python objects.
_STYLE_SUBS = tuple(
    (re.compile("[" + "".join(k for k, v in _STYLE_MAP.items() if v == target) + "]"), target)
    for target in ('"', "'", "-")
)


@lru_cache(maxsize=1)
def _unsafe_chars() -> "re.Pattern[str]":
    """A character outside ASCII and outside the candidates on which the
    standard library's word characters agree with the regex module's
    (decided by asking both engines, so it holds for whatever Unicode
    versions they carry; ~1 ms, on the first non-ASCII text)."""
    rw, xw, rd, xd = re.compile(r"\w"), regex.compile(r"\w"), re.compile(r"\d"), regex.compile(r"\d")
    safe = [
        c
        for lo, hi in _LATIN_CANDIDATES
        for c in map(chr, range(lo, hi + 1))
        # (no digit besides 0-9 either, for the tokens == words shortcut)
        if bool(rw.match(c)) == bool(xw.match(c)) and not rd.match(c) and not xd.match(c)
        and not regex.match(rf"[{_CJK}]", c)
    ]
    return re.compile("[^\x00-\x7f" + "".join(map(re.escape, safe)) + "]")


def _latin(folded: str) -> bool:
    """Can the standard library's patterns tokenise this (non-ASCII) text?"""
    return not _unsafe_chars().search(folded)


# The stages ask for the same paragraph's style key, tokens, words and stems again on
# every pass (and boilerplate recurs across a site's pages), so the helpers
# below remember recent answers.  They are pure functions of their arguments
# and return immutable values (tuples, frozensets), so sharing is safe.
# 4,096 entries: more than the paragraphs of any benchmark page (at most
# 2,346); 16,384 were no faster and cost 80 MB more peak RSS.
CACHE_SIZE = 1 << 12


@lru_cache(maxsize=CACHE_SIZE)
def style_key(text: str) -> str:
    """Case, whitespace, quote and dash style folded away: equal keys = same paragraph."""
    # Of the styles, ASCII text can only hold the backtick.
    if text.isascii():
        folded = text.replace("`", "'")
    else:
        folded = text
        for pattern, target in _STYLE_SUBS:
            folded = pattern.sub(target, folded)
    return " ".join(folded.casefold().split())


@lru_cache(maxsize=CACHE_SIZE)
def tokens(text: str) -> tuple[str, ...]:
    """Casefolded tokens (numbers included)."""
    folded = text.casefold()
    ascii = folded.isascii()
    if ascii or _latin(folded):
        if not _DIGIT_OR_UNDERSCORE.search(folded):
            # Both tokens and words are then the runs of letters: the
            # stages ask for both, so one findall serves them.
            return words(text)
        return tuple((_TOKEN_ASCII if ascii else _TOKEN_LATIN).findall(folded))
    return tuple(_TOKEN.findall(folded))


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> tuple[str, ...]:
    """Casefolded words: tokens that start with a letter."""
    folded = text.casefold()
    if folded.isascii():
        return tuple(_WORD_ASCII.findall(folded))
    return tuple((_WORD_LATIN if _latin(folded) else _WORD).findall(folded))


_CJK_CHAR = regex.compile(rf"[{_CJK}]")
_HANGUL_WORD = regex.compile(r"\p{Hangul}{2}")
HANGUL_STEM = 2


# Wide characters (CJK ideographs, kana, Hangul, full-width forms) take two
# columns: lynx and e-mail wrap Japanese at 36-39 characters of 78 columns.
WIDE_CHAR = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


def columns(text: str) -> int:
    """The text's width in a terminal's columns."""
    return len(text) if text.isascii() else len(text) + len(WIDE_CHAR.findall(text))


def is_cjk_token(token: str) -> bool:
    return len(token) == 1 and bool(_CJK_CHAR.match(token))


# langdetect codes -> stopwords-iso codes where they differ.
_STOPWORD_CODES = {"zh-cn": "zh", "zh-tw": "zh", "nb": "no", "nn": "no"}


@lru_cache(maxsize=None)
def stopwords(lang: str | None) -> frozenset[str]:
    """Stopwords of `lang` (stopwords-iso), empty for unknown or None."""
    if not lang:
        return frozenset()
    code = _STOPWORD_CODES.get(lang, lang).lower()
    listed = _stopword_lists().get(code, ())
    return frozenset(w.casefold() for w in (*listed, *_stopwords_extra().get(code, ())))


@lru_cache(maxsize=1)
def _stopwords_extra() -> dict[str, list[str]]:
    """Our additions to stopwords-iso's lists (``lexicon/stopwords_extra.txt``)."""
    from .lexicon import data_lines

    extra: dict[str, list[str]] = {}
    for line in data_lines("stopwords_extra.txt"):
        code, _, listed = line.partition(":")
        extra.setdefault(code.strip(), []).extend(listed.split())
    return extra


@lru_cache(maxsize=1)
def _stopword_lists() -> dict[str, list[str]]:
    """stopwords-iso's lists, read from the package's JSON file directly.

    Importing ``stopwordsiso`` also imports importlib.metadata and
    importlib.resources for its version string, about a tenth of a cold
    start; the data (and ``stopwords(code)``: that code's list) is the same.
    """
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("stopwordsiso")
    if spec is not None and spec.origin:
        try:
            with open(os.path.join(os.path.dirname(spec.origin), "stopwords-iso.json"), encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass
    import stopwordsiso  # another layout: ask the package

    return {code: sorted(stopwordsiso.stopwords(code)) for code in stopwordsiso.langs()}


@lru_cache(maxsize=CACHE_SIZE)
def content_stems(text: str, lang: str | None, prefix: int = 5) -> frozenset[str]:
    """Content-word stems: non-stopwords of 3+ letters cut to `prefix` letters.

    A crude stem that needs no per-language stemmer: it makes "Malaysia" and
    "Malaysian", "discuss" and "discussion" meet.  Ideographs become bigrams.
    """
    stop = stopwords(lang)
    ws = words(text)
    if text.isascii() or not _CJK_CHAR.search(text):
        # No ideograph or kana in the text, so none among its casefolded
        # words: each distinct non-stopword counts once, in C where it can.
        content = set(ws).difference(stop)
        if text.isascii() or not _HANGUL_WORD.search(text):
            return frozenset([w[:prefix] for w in content if len(w) >= 3])
        # Korean glues particles onto its words ("두산은", "두산과"): a
        # word's first two syllables are its stem (two-syllable words count).
        return frozenset([w[:HANGUL_STEM] if _HANGUL_WORD.match(w) else w[:prefix]
                          for w in content if len(w) >= 3 or _HANGUL_WORD.match(w)])
    out: set[str] = set()
    run = ""  # the ideographs or unspaced letters right before w (two at most)
    for w in ws:
        if len(w) == 1 and is_cjk_token(w):
            # Ideograph bigrams (a Chinese word is two ideographs, mostly);
            # letter trigrams in Thai and its neighbours (a bigram of Thai
            # letters is in every line: "การเมือง" shared half of its
            # bigrams with any article, so a menu item read as on topic).
            n = UNSPACED_GRAM if unspaced_script(w) else 2
            run += w
            if len(run) >= n:
                out.add(run[-n:])
            run = run[-(UNSPACED_GRAM - 1):]
            continue
        run = ""
        if len(w) >= 3 and w not in stop:
            out.add(w[:prefix])
    return frozenset(out)


# A name inside a sentence: a capitalised word not at the sentence's start,
# which is the text's start or a sentence's end, spaces, quotation marks,
# brackets and bullets between.
_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,}")
_BEFORE_SENTENCE = regex.compile(r"[\s\p{Pi}\p{Pf}\p{Ps}\"'«»„*•–—-]")
_SENTENCE_ENDS = frozenset(".!?:;")


def _opens_sentence(text: str, start: int) -> bool:
    k = start
    while k > 0 and _BEFORE_SENTENCE.match(text[k - 1]):
        k -= 1
    return k == 0 or text[k - 1] in _SENTENCE_ENDS


def name_stems(text: str, lang: str | None) -> frozenset[str]:
    """Stems (as content_stems cuts them) of the names in a text: its
    capitalised words, but for each sentence's first word and stopwords."""
    stop = stopwords(lang)
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if _opens_sentence(text, m.start()):
            continue
        w = m.group().casefold()
        if w not in stop:
            out.add(w[:5])
    return frozenset(out)


# The article's subject: a name its lede gives and this many of its
# paragraphs at least (the lede among them) give again.
SUBJECT_MIN_PARAGRAPHS = 2


def subject_names(paragraphs: list[str], lang: str | None) -> frozenset[str]:
    """The names an article's lede gives and its paragraphs come back to
    (the person an obituary is about, the company a report is about)."""
    if not paragraphs:
        return frozenset()
    named = [name_stems(text, lang) for text in paragraphs]
    return frozenset(stem for stem in named[0] if sum(stem in names for names in named) >= SUBJECT_MIN_PARAGRAPHS)


def caseless_letter(char: str) -> bool:
    """A letter of a script without capitals (Chinese, Bengali, Arabic...)."""
    return char.isalpha() and not (char.isupper() or char.islower() or char.istitle())


def starts_caseless(text: str) -> bool:
    """The text's first letter is of a script without capitals."""
    return caseless_letter(next((ch for ch in text if ch.isalpha()), ""))


_CLOSERS = "\"'»”’)"
# Sentence ends: Latin and CJK marks, the danda of Hindi and Bengali, the
# Urdu full stop, the Arabic question mark, Armenian, Ethiopic, Burmese and
# Khmer full stops.
SENTENCE_ENDERS = ".!?…。！？।॥۔؟։።။។"
_ENDERS = tuple(SENTENCE_ENDERS)


def ends_sentence(text: str) -> bool:
    """A sentence end, then only closing quotes or brackets, at the end (or
    before a final newline): ``[.!?…。！？ and the others]["'»”’)]*$``, with string methods
    instead of a search from every position."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(_CLOSERS).endswith(_ENDERS)


# The full stops of scripts that have their own (Chinese and Japanese, the
# Indic danda, Urdu, Armenian, Ethiopic, Burmese, Khmer).
_FULL_STOPS = tuple(".。।॥۔։።။។")


def ends_full_stop(text: str) -> bool:
    """A full stop closes the line (not a question, not a cut-short "...")."""
    text = text.rstrip()
    return text.endswith(_FULL_STOPS) and not text.endswith("..")


_UNSPACED_CHAR = regex.compile(rf"[{_UNSPACED}]")
# Characters (a "word" each in ``words``) to a word: an ideograph or kana
# carries about half a word; Thai and its neighbours write a word in about
# five letters and marks.
IDEOGRAPHS_PER_WORD = 2
UNSPACED_PER_WORD = 5
# Letters of an unspaced script to a content "word" (about a syllable).
UNSPACED_GRAM = 3


def unspaced_script(char: str) -> bool:
    """Is `char` a letter or mark of Thai, Lao, Khmer or Burmese?"""
    return bool(char) and _UNSPACED_CHAR.match(char) is not None


def word_count(ws: tuple[str, ...], ascii: bool = False) -> int:
    """How many words ``words(text)`` holds, single ideographs, kana and
    letters of unspaced scripts weighed as the part of a word they are."""
    if ascii:
        return len(ws)
    dense = [w for w in ws if len(w) == 1 and not w.isascii()]
    if not dense:
        return len(ws)
    unspaced = sum(1 for w in dense if _UNSPACED_CHAR.match(w))
    ideographs = len(dense) - unspaced
    return (
        len(ws) - len(dense)
        + (ideographs + IDEOGRAPHS_PER_WORD - 1) // IDEOGRAPHS_PER_WORD
        + (unspaced + UNSPACED_PER_WORD - 1) // UNSPACED_PER_WORD
    )
