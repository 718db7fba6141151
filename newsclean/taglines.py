"""A post's tag or category line: "Tags: Ford, hybrid cars", "Posted in News".

Blogs and news sites print the post's taxonomy under (or over) it: a known
head, then a short list of topic names. The names are on the article's
topic, so neither vocabulary nor prose tests see it as boilerplate; its
shape does. The heads are data (``lexicon/tag_line_heads.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from .heads import LineHeads, colon_head
from .lexicon import data_lines, normalize_label
from .text import SENTENCE_ENDERS, content_stems, starts_caseless, stopwords, words

# A known head and its colon (heads.colon_head); or a head marked "+" in the
# data file, which ends in a preposition and may go on without one ("Posted
# in News").
_DIGIT = re.compile(r"\d")
# (Arabic script writes its own comma and semicolon: "کتاب‌فروشی ، شیراز".)
_ITEM_SEP = re.compile(r"\s*[,;|•·/、，；،؛]\s*|\s+[-–]\s+")
# Two hashtags or more and nothing else. (One alone may be a Markdown heading's mark.)
# (`regex`: its \w takes in the vowel signs of Thai and Indic scripts, "#หนังไทย",
# "#हिंदी", which end a word for `re`.)
_HASHTAGS = regex.compile(r"#[^\W\d_][\w-]*(?:[\s,]+#[^\W\d_][\w-]*)+")
# ... or three or more tags of a few words each, as a site prints its tags'
# names ("#Le stanze di Ottavia #Giulia Ferraresi #cinema italiano", "#CI/CD").
_SPACED_TAG = r"#[^\W_][\w/+.&-]*(?:\s[^\W_#][\w/+.&-]*){0,3}"
_SPACED_HASHTAGS = regex.compile(rf"{_SPACED_TAG}(?:\s*{_SPACED_TAG})+")
SPACED_HASHTAGS_MIN = 3
HASHTAG_HEAD_MAX_WORDS = 4
MAX_ITEM_WORDS = 5
# (Vietnamese writes a syllable a word: "canh chua cá lóc món miền Tây món ngon mỗi ngày" is four tags.)
MAX_UNSEPARATED_WORDS = 12
MAX_ITEMS = 40
_SENTENCE_END = tuple(SENTENCE_ENDERS)


class _Heads(NamedTuple):
    all: frozenset[str]  # normalize_label() forms
    no_colon: LineHeads  # the heads that may go on without a colon
    one_word: frozenset[str]  # one-word heads as written, casefolded (accents kept: "thẻ" is no "The")


@lru_cache(maxsize=1)
def _heads() -> _Heads:
    heads, no_colon = [], []
    for line in data_lines("tag_line_heads.txt"):
        head = line.removesuffix("+").strip()
        heads.append(head)
        if line.endswith("+"):
            no_colon.append(head)
    one_word = frozenset(h.casefold() for h in heads if len(h.split()) == 1)
    return _Heads(frozenset(map(normalize_label, heads)), LineHeads(no_colon), one_word)


def _hashtags(text: str) -> bool:
    return _HASHTAGS.fullmatch(text) is not None or (
        text.count("#") >= SPACED_HASHTAGS_MIN and _SPACED_HASHTAGS.fullmatch(text) is not None)


# One hashtag alone on its line: a tag box's link, one a line ("#キャベツ" /
# "#豚肉" / …). A Markdown heading has a space after its mark.
_LONE_HASHTAG = regex.compile(r"#\d*[^\W\d_][\w-]*")


def hashtag_list_item(texts: list[str], i: int) -> bool:
    """Is line `i` a hashtag alone, with another right over or under it, or
    the heading right over such a list ("この記事のキーワード")?"""
    def lone(k: int) -> bool:
        return 0 <= k < len(texts) and _LONE_HASHTAG.fullmatch(texts[k].strip()) is not None
    if lone(i):
        return lone(i - 1) or lone(i + 1)
    heading = texts[i].strip()
    return (lone(i + 1) and lone(i + 2) and len(heading.split()) <= HASHTAG_HEAD_MAX_WORDS
            and not heading.endswith(_SENTENCE_END))


def is_tag_line(text: str) -> bool:
    """A known head, then a short list of names, not a sentence; or a line
    of hashtags alone ("#Антарктида #пінгвіни #клімат")."""
    text = text.strip()
    if len(text) > 400 or text.endswith(_SENTENCE_END):
        return False
    if text.startswith("#") and _hashtags(text):
        return True
    # A head of a few words and its colon over hashtags, whatever the head
    # ("Subiecte fierbinți: #Cutremur #Pensii 2026 #Vremea #Facturi energie").
    head, colon, tags = text.partition(": ")
    if colon and len(head.split()) <= HASHTAG_HEAD_MAX_WORDS and tags.startswith("#") \
            and tags.count("#") >= SPACED_HASHTAGS_MIN and _hashtags(tags):
        return True
    rest = _rest_after_head(text)
    if rest is None:
        return False
    items = [item for item in _ITEM_SEP.split(rest) if item]
    if len(items) == 1:
        # Tags written with spaces only: "Schlagworte: fashion Mode outdoor Winter".
        return len(items[0].split()) <= MAX_UNSEPARATED_WORDS
    return 0 < len(items) <= MAX_ITEMS and all(len(item.split()) <= MAX_ITEM_WORDS for item in items)


def _rest_after_head(text: str) -> str | None:
    heads = _heads()
    headed = colon_head(text)
    # (A number in the head is a heading's count: "Tag 1: Zur Gundalpe",
    # German "day 1", is no "Tag:" line.)
    if headed is not None and not _DIGIT.search(headed[0]) and normalize_label(headed[0]) in heads.all:
        return headed[1]
    return heads.no_colon.rest_after(text)


# A tag box whose heading and links the scraper joined with spaces alone:
# "Topics Unite Shipping Trade unions Automation Suffolk", "Ämnen
# Elsparkcyklar Trafik Göteborg". A one-word head, then names, most of
# them capitalised. Title-case headlines have that shape too ("Topics
# Discussed At The Summit"), so it is asked only under the article.
UNMARKED_MIN_NAMES = 2
UNMARKED_CAPITALISED_SHARE = 0.6


def unmarked_tag_line(text: str) -> bool:
    """A known one-word head and capitalised names, with no colon between."""
    ws = text.split()
    if not UNMARKED_MIN_NAMES + 1 <= len(ws) <= MAX_UNSEPARATED_WORDS + 1 or text.rstrip().endswith(_SENTENCE_END) \
            or ":" in text or "：" in text:
        return False
    if ws[0].casefold() not in _heads().one_word:
        return False
    if starts_caseless(ws[0]):
        return True  # "แท็ก ยี่เป็ง โคมลอย เชียงใหม่": no capitals to ask for, in Thai, Korean, Arabic
    if not ws[0][:1].isupper():
        return False
    names = ws[1:]
    return sum(w[:1].isupper() for w in names) >= UNMARKED_CAPITALISED_SHARE * len(names)


# A tag box with no head at all, its links joined with spaces: "Zonnepanelen
# Energie Duurzaam wonen", "Ήπειρος Πεζοπορία Φθινόπωρο Ζαγόρι", right under
# the article and over the page's known boilerplate (a share bar, a related
# heading; not the text's end, where a link of the article's own may stand:
# "Download Nokia Software Updater"). Names of its topics: no stopword, no
# figure, no punctuation, and one of its words in the article's vocabulary
# at least (a tag may name the section, "Duurzaam wonen", or the region).
# Two or three such words are as often a name or a subheading ("Claude
# Bosi", "Public schools"): four at least. Over the author's name instead
# (the box about the author: "Милица Стојковић"), it must be written in
# lower case, as no heading is ("суша наводњавање пољопривреда интервју";
# not a command the article goes on under, "netsh interface tcp show global").
HEADLESS_MIN_WORDS = 4
_TAG_PUNCTUATION = regex.compile(r"[^\w\s&'’-]")


def headless_tag_line(text: str, lang: str | None, core_vocab: set[str], over_boilerplate: bool,
                      over_name: bool) -> bool:
    if not (over_boilerplate or (over_name and text.islower() and not starts_caseless(text))):
        return False
    ws = words(text)
    if not HEADLESS_MIN_WORDS <= len(ws) <= MAX_UNSEPARATED_WORDS or _DIGIT.search(text) \
            or _TAG_PUNCTUATION.search(text):
        return False
    stop = stopwords(lang)
    if any(w in stop for w in ws):  # (words() are casefolded)
        return False
    return bool(content_stems(text, lang) & core_vocab)
