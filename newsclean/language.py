"""Paragraph language, article language and the foreign-language filter."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import regex

from .boilerplate import is_known_boilerplate, quotations
from .config import Config
from .document import Document, Paragraph
from .text import stopwords, style_key, words

_LETTER = regex.compile(r"\p{L}")
# Ideographs and kana carry a word's worth of meaning each; count them as
# several letters so length thresholds mean the same in every script.
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
DENSE_SCRIPT_WEIGHT = 3
_NON_LETTERS = regex.compile(r"\P{L}+")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# No character below U+1100 (the first Hangul jamo) is in _DENSE.
_DENSE_FROM = "\u1100"
# Paragraphs the detector is less sure of than this do not vote on the
# article language (mixed-language lines, lists of names).
ARTICLE_LANG_MIN_CONFIDENCE = 0.5


# bytes.translate deletion table: what is left of ASCII text is its letters.
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


@lru_cache(maxsize=1 << 12)
def letter_count(text: str) -> int:
    if text.isascii():  # \p{L} is [A-Za-z] there; counted in C
        return len(text.encode("ascii").translate(None, _NOT_ASCII_LETTER))
    # The ASCII letters are counted in C as above; the regex module looks
    # only at the rest (often a few quotes and accented letters), and
    # deletes runs of non-letters rather than listing letters one by one.
    rest = _ASCII_RUNS.sub("", text)
    letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    letters += len(_NON_LETTERS.sub("", rest))
    if letters and max(rest) >= _DENSE_FROM:
        letters += (DENSE_SCRIPT_WEIGHT - 1) * len(_DENSE.findall(rest))
    return letters


@lru_cache(maxsize=1)
def _close_pairs() -> frozenset[tuple[str, str]]:
    pairs = set()
    data = (Path(__file__).parent / "lexicon" / "close_languages.txt").read_text("utf-8")
    for line in data.splitlines():
        line = line.split("#", 1)[0].split()
        for a in line:
            for b in line:
                pairs.add((a, b))
    return frozenset(pairs)


def same_language(a: str, b: str) -> bool:
    """True when `a` and `b` are the same language or ones langdetect confuses."""
    return a == b or (a, b) in _close_pairs()


_HANGUL = regex.compile(r"\p{Hangul}")
_HAN = regex.compile(r"\p{Han}")
# Chinese written with spaces between phrases (common on Taiwanese blogs)
# reads as Korean to langdetect's n-grams: Korean spaces its words and its
# profile holds Hanja. Korean text is written in Hangul.
CHINESE = ("zh-cn", "zh-tw")


@lru_cache(maxsize=65536)
def detect(text: str) -> tuple[str | None, float]:
    """Best language and its probability; (None, 0.0) when there is nothing to go on."""
    from .langid import detect_among, detect_best

    best = detect_best(text)
    if best is not None and best[0] == "ko" and not _HANGUL.search(text) and _HAN.search(text):
        best = detect_among(text, CHINESE)
    return best or (None, 0.0)


def detect_paragraphs(doc: Document, config: Config) -> None:
    """Give each long-enough paragraph a language (short ones stay None and inherit)."""
    min_letters = min(config.article_lang_min_letters, config.foreign_min_letters)
    for p in doc.paragraphs:
        if p.lang is None and letter_count(p.text) >= min_letters:
            p.lang, p.lang_confidence = detect(p.text)


def article_language(paragraphs: list[Paragraph], config: Config) -> str | None:
    """The dominant language by weight of confidently detected text.

    Known boilerplate does not vote: a consent banner is in the site's
    language, which is often not the article's. A paragraph weighs its
    letters up to ``article_lang_max_letters``: a short article of several
    paragraphs outvotes one long paragraph in another language.
    """
    if config.lang:
        return config.lang
    weight: dict[str, float] = {}
    voted: set[str] = set()
    for p in paragraphs:
        if p.lang is None or p.lang_confidence < ARTICLE_LANG_MIN_CONFIDENCE:
            continue
        if is_known_boilerplate(p.text):
            continue
        # A line repeated (a caption under each photo, a banner printed
        # twice) is one piece of evidence.
        key = style_key(p.text)
        if key in voted:
            continue
        voted.add(key)
        letters = letter_count(p.text)
        if letters >= config.article_lang_min_letters:
            letters = min(letters, config.article_lang_max_letters)
            weight[p.lang] = weight.get(p.lang, 0.0) + letters * p.lang_confidence
    if not weight:
        return None

    def group_weight(lang: str) -> float:
        return sum(w for other, w in weight.items() if same_language(lang, other))

    return max(weight, key=lambda lang: (group_weight(lang), weight[lang], lang))


_WORD = regex.compile(r"\p{L}+")
NAME_HEAVY_MAX_WORDS = 25
# A name-heavy line with this share of stopwords of its detected language is
# prose in that language after all.
NAME_HEAVY_MAX_STOPWORDS = 0.25


def _name_heavy(text: str) -> bool:
    """Headline-case or name lists: capitalised words are mostly names, not language.

    Only short lines: in long prose the detector is reliable, and German
    capitalises every noun.
    """
    words = _WORD.findall(text)
    if len(words) > NAME_HEAVY_MAX_WORDS:
        return False
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    return len(cased) >= 3 and sum(w[0].isupper() for w in cased) * 2 >= len(cased)


def _stopword_share(text: str, lang: str) -> float:
    ws = words(text)
    stop = stopwords(lang)
    return sum(w in stop for w in ws) / len(ws) if ws and stop else 0.0


# Words of the article's language around a quotation that make it a report
# of what someone said ("sagte Jurymitglied Karen Liu").
ATTRIBUTION_MIN_WORDS = 3


def _attributed_quote(text: str, article: str, lang: str) -> bool:
    """A quotation in another language with its attribution in the
    article's: the words outside the quotation marks read as the article's
    language."""
    quotes, outside = quotations(text)
    if not quotes or len(words(outside)) < ATTRIBUTION_MIN_WORDS:
        return False
    return _stopword_share(outside, article) > _stopword_share(outside, lang)


def drop_foreign(doc: Document, config: Config) -> None:
    article = doc.language
    if article is None:
        return
    keep = (article, *config.keep_lang)
    for p in doc.paragraphs:
        if not p.kept or p.lang is None:
            continue
        if p.lang_confidence < config.foreign_min_confidence:
            continue
        if any(same_language(p.lang, k) for k in keep):
            continue
        letters = letter_count(p.text)
        if letters < config.foreign_min_letters:
            continue
        if _name_heavy(p.text) and _stopword_share(p.text, p.lang) < NAME_HEAVY_MAX_STOPWORDS:
            continue  # names, not language; German prose capitalises its nouns but has stopwords
        if _stopword_share(p.text, article) >= _stopword_share(p.text, p.lang):
            continue  # reads as the article's language after all (detector slip)
        if _attributed_quote(p.text, article, p.lang):
            continue  # „This is the kind of solution ...“, sagte Jurymitglied Karen Liu.
        p.drop("L101", lang=p.lang, confidence=round(p.lang_confidence, 3), article_lang=article)
