"""Boilerplate: phrases, line shape and context decide together.

The article core's search is in core.py, the form rule in forms.py; this
module gives every line its class and runs the context rules.

Every paragraph first gets a class from its own features, as in jusText:

* ``BAD``    — a known label or phrase from the lexicon (share bar, consent
               banner, menu word, footer line or row), a copyright line or
               a post's tag line ("Tags: …", taglines.py);
* ``GOOD``   — running prose: enough words and enough stopwords (the
               stopword bar adapts to the document's language);
* ``NEAR``   — a short sentence, or a long one with few stopwords;
* ``SHORT``  — everything else: titles, subheadings, bylines, but also menu
               entries, related headlines and pagination.

Then context decides, in this order:

1. a comments header ("52 Comments", "2 thoughts on “…”") or a series of
   commenters' signatures or dated stamps below the article starts the
   comment section, which goes whole (see comments.py);
2. the article core is the stretch with the most prose (a maximum-sum run
   over the classes, after archive widgets and rivers of "tag, clock time,
   headline" lines are marked; a long line in headline case is not prose),
   extended up to the page's headline (or a short first line) when that
   stretch starts far below it and the prose right under
   the headline is worth a fifth of it (a short article above a long teaser
   list), and what is above a headline named by the title line then goes;
   when that headline is inside the stretch, with prose right under it and
   no copy of it higher up, the stretch starts at the headline (a menu
   written out with a blurb per item is not the article); it ends at a
   section break ("Related posts", a tag line, three lines or more) below
   which the prose is off-topic (teasers with a sentence each, an author's
   box: their words are not the article's);
   a phrase hit inside the core, in prose about what the core is about, is
   the article quoting the phrase and stays;
3. below the core, a known heading of page furniture ("Related articles",
   "Mehr zum Thema", "Newsletter", "Impressum", "Follow us") opens the rest
   of the page, which goes whole;
4. outside the core, off-topic prose goes; short lines go only with
   evidence from their run (known boilerplate in it, below the article the
   lines after the first known one; three or more lines opening with a time
   or a date; above it, a menu-sized run; at the end of the text, a long run
   that is not the article's own list);
5. the title, dateline and byline right above the core stay, even across a
   share bar between them and the lede.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import regex

from .comments import find_comment_section, holds_date, month_word
from .config import Config
from .core import SECTION_OPENERS, anchor_at_headline, core_span, cut_off_topic_tail, teaser_with_headline
from .document import Document, Paragraph
from .forms import form_widget_lines
from .lexicon import Lexicon, data_lines, fold_text, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .reasons import CATEGORY_CODES
from .slogans import is_site_slogan
from .stamps import opens_with_stamp, relative_stamp, starts_with_date, tagged_with_clock
from .heads import LineHeads
from .taglines import is_tag_line
from .text import CACHE_SIZE, content_stems, ends_full_stop, stopwords, unspaced_script, word_count, words
from .text import ends_sentence as _ends_sentence

# "© 2012 Example Media", "Copyright (c) 2024 ...": a copyright line in any
# language is a sign, a year and a name; short, it is the page's footer.
_COPYRIGHT = regex.compile(
    r"(?:[©ⓒⒸ]|^\W*(?:\(c\)|copyright\b))\s*(?:[©ⓒⒸ]\s*)?(?:\d{4}|[-–]\s*\d{4})"
    # ... or a line of the sign and a name alone ("© Reuters", "ⓒ 서울데일리"),
    # as Korean and Japanese sites close an article.
    r"|^\W{0,2}(?:copyright\s*)?[©ⓒⒸ]\s*\p{L}[^©ⓒⒸ\d]{0,40}$",
    regex.IGNORECASE,
)
COPYRIGHT_MAX_WORDS = 20
# A PHP warning the server printed into the page: "Deprecated: Assigning the
# return value of new by reference is deprecated in /www/htdocs/wp-settings.php
# on line 472". English whatever the site's language, so it must not vote for
# the article's language either.
_SERVER_ERROR = regex.compile(
    r"^\W*(?:php\s+)?(?:warning|notice|deprecated|strict standards|(?:catchable\s+)?fatal error|parse error)\s*:"
    r".*?\sin\s+\S+\.php\S*\s+on\s+line\s+\d+",
    regex.IGNORECASE | regex.DOTALL,
)
# An encoded blob the scraper took for text (an embed's base64 payload, a
# hex digest): a run of this many base64 characters without a space, making
# up most of the line.
BLOB_MIN_CHARS = 200
BLOB_MIN_SHARE = 0.9
_BLOB = regex.compile(r"[A-Za-z0-9+/_-]+=*")
# HTML the scraper left in the text (an ad's <a href><img>, a tracking
# pixel, an embed's <script>): tags of HTML's own names make up this share
# of the line at least. No part of a tag spans a "<" or ">": each try ends
# at the next one, so a line of unclosed "<!--" is not searched quadratically.
MARKUP_MIN_SHARE = 0.7
_HTML_TAG = regex.compile(
    r"<(?:!--[^<>]*?--|!doctype[^<>]*|/?(?:a|abbr|acronym|b|body|br|center|div|embed|font|form|h[1-6]|head|hr|html|i"
    r"|iframe|img|input|li|link|meta|noscript|object|ol|p|param|script|source|span|strong|style|table|td|th|title"
    r"|tr|u|ul|video)(?:\s[^<>]*)?/?)>",
    regex.IGNORECASE | regex.DOTALL,
)
_SEGMENT_SEP = regex.compile(r"\s[|·•]\s")
_BREADCRUMB_SEP = regex.compile(r"\s[>›»→＞]\s|＞")

# Short lines kept above the core: title, kicker, dateline, byline.
MAX_HEADER_LINES = 3
# A byline and a dateline (and a credit) printed as a block of their own.
CREDITS_BLOCK_MAX_LINES = 3
# A widget's glyph between the header's lines ("A+", "A-", "가").
WIDGET_MAX_CHARS = 2
# A sentence this long with stopwords reads as prose even when short.
NEAR_MIN_WORDS = 4
TERSE_MIN_WORDS = 2


# A label quoted or led by a dialogue dash, ending as a sentence: a line
# of an interview or a dialogue ("– „Ok.“", "\"Next.\"", "— Menu?").
_DIALOGUE_OPENERS = (*"\"'„“”«»‘’‚‹›「『", "- ", "– ", "— ")
_DIALOGUE_CLOSERS = "\"'“”»‘’‹›」』"


def _spoken(text: str) -> bool:
    text = text.strip()
    return text.startswith(_DIALOGUE_OPENERS) and _ends_sentence(text.rstrip(_DIALOGUE_CLOSERS))


@dataclass(slots=True)
class Features:
    n_words: int
    stop_density: float
    sentence_end: bool
    category: str | None  # lexicon category, if any
    label: bool  # the whole line is a known label
    phrase: str = ""  # the lexicon phrase found, when not a label
    headline_case: bool = False  # most words capitalised: headlines run together
    distinct_phrases: int = 0  # how many different lexicon phrases the line holds
    full_stop: bool = False  # a full stop ends it, and it is no ranking's or result's line


@lru_cache(maxsize=CACHE_SIZE)
def _features(text: str, lang: str | None) -> Features:
    """Remembered: every cleaning pass asks again about the same paragraphs
    (the result is shared, so it must not be changed)."""
    ws = words(text)
    stop = stopwords(lang)
    n_stop = sum(map(stop.__contains__, ws)) if stop else 0
    n_words = word_count(ws, text.isascii())
    category, label, phrase, n_phrases = _known_hit(text)
    if label and _spoken(text):
        category, label = None, False  # "– „Ok.“": a line of dialogue, not a button
    if not label and n_words <= COPYRIGHT_MAX_WORDS and _may_be_copyright(text) and _COPYRIGHT.search(text):
        category, label, phrase = "footer", True, ""
    elif category is None and is_tag_line(text):
        category, label, phrase = "nav", True, ""  # "Tags: Ford, hybrid cars"
    elif category is None and n_words <= POST_LINK_MAX_WORDS and _is_post_link(text):
        category, label, phrase = "nav", True, ""  # "← Previous post's title"
    elif category is None and n_words <= NAMED_NEWSLETTER_MAX_WORDS and _names_a_newsletter(text, stop):
        category, label, phrase = "newsletter", True, ""  # "PC Gamer Newsletter"
    elif category is None and n_words <= MORE_FROM_MAX_WORDS and _MORE_FROM.match(text):
        category, label, phrase = "related", True, ""  # "Also on HuffPost:"
    elif category is None and n_words <= MENU_BAR_MAX_WORDS and _menu_bar(text):
        category, label, phrase = "nav", True, ""  # "News | Sport | Weather | iPlayer | Sounds"
    elif category is None and n_words <= SECTION_MENU_MAX_WORDS and _section_menu(text):
        category, label, phrase = "nav", True, ""  # "Nachrichten Politik Wirtschaft Sport Kultur"
    elif category is None and n_words <= NAMED_PROMPT_MAX_WORDS and (m := _NAMED_PROMPT.match(text)):
        category, label, phrase = m.lastgroup, True, ""  # "Sign up for our Money newsletter"
    elif category is None and _READER_FIELD.match(text):
        category, label, phrase = "nav", True, ""  # "URL Source: https://...": a reader service's header
    elif category is None and _LINK_LIST_ITEM.match(text):
        category, label, phrase = "nav", True, ""  # "12. https://...": lynx's list of the page's links
    elif category is None and n_words <= DOWNLOAD_MAX_WORDS and _download_link(text):
        category, label, phrase = "related", True, ""  # "Förderliste 2025 (PDF, 412 KB)": a file to download
    elif category is None and n_words == 0 and _ENGAGEMENT_COUNTS.match(text):
        category, label, phrase = "share", True, ""  # "💬 12", "👁 5 418": a page's counters of comments and views
    density = n_stop / len(ws) if ws else 0.0
    headline_case = _headline_case(text, n_words)
    # (Not a ranking's or a result's line: "1. Team Aalen 53,20 s.", "Meier 12,4 s 3.")
    full_stop = ends_full_stop(text) and not text.lstrip()[:1].isdigit() and len(_DIGIT_RUNS.findall(text)) <= 1
    return Features(n_words, density, _ends_sentence(text), category, label, phrase, headline_case, n_phrases,
                    full_stop)


# The header fields a reader service (Jina Reader) writes over the page's
# Markdown: "URL Source: https://...", "Published Time: 2025-...",
# "Markdown Content:". (Its "Title:" line is the page's title: titles.py.)
_READER_FIELD = regex.compile(r"^(?:URL Source: \S+|Published Time: \S+|Markdown Content:)$")
# lynx -dump's list of the page's links under "References": "12. https://...".
_LINK_LIST_ITEM = regex.compile(r"^\d{1,4}\.\s+[a-z][a-z0-9+.-]{1,10}:\S+$")


# A link to a file, named with its type and size side by side: "Förderliste
# Schulbau 2025 (PDF, 412 KB)", "Download (ZIP 20,5 MB)", "Carte des zones
# - format pdf - 1,02 Mo". Not a sentence ("... and the PDF alone is 12 MB.").
DOWNLOAD_MAX_WORDS = 25
_DOWNLOAD = regex.compile(
    r"(?i)\b(?:pdf|docx?|xlsx?|pptx?|odt|rtf|epub|zip|jpe?g|png|mp3|m4a|mp4)[\s,;:|()\[\]–-]{1,6}"
    r"\d+(?:[.,]\d+)?\s?(?:[kmg]b|kib|mib|ko|mo|go)\b"
)


def _download_link(text: str) -> bool:
    return _DOWNLOAD.search(text) is not None and not _ends_sentence(text)


# Counters drawn as a symbol and a number ("💬 12", "👍 1.2k"), not a
# copyright year ("© 2024") or a rating ("★ 4.5").
_ENGAGEMENT_COUNTS = regex.compile(r"^(?:(?![©®℗★☆])[\p{Extended_Pictographic}\p{So}]\uFE0F?\s*\d[\d\s.,]*[kKmM]?\s*)+$")


# A site's menu on one line without separators: only the names of its
# sections, four or more ("Nyheter Sport Kultur Ekonomi Debatt Väder").
SECTION_MENU_MIN_NAMES = 4
SECTION_MENU_MAX_WORDS = 14


def _section_menu(text: str) -> bool:
    if not text[:1].isupper() or _ends_sentence(text):
        return False  # (quick outs: a menu's first name is capitalised; no sentence)
    names = _section_names()
    toks = text.casefold().split()
    found = i = 0
    while i < len(toks):
        if i + 1 < len(toks) and f"{toks[i]} {toks[i + 1]}" in names:
            i += 2  # "formule 1", "medio ambiente"
        elif toks[i] in names:
            i += 1
        else:
            return False
        found += 1
    return found >= SECTION_MENU_MIN_NAMES


@lru_cache(maxsize=1)
def _section_names() -> frozenset[str]:
    return frozenset(data_lines("section_names.txt"))


# A blog's links to the previous and next post: "← Older title",
# "Newer title →", or both on one line (arrows mark links, not prose); or
# a known head and the post's title, "Previous Post Embracing Children".
POST_LINK_MAX_WORDS = 30
_POST_LINK_MARKS = " «‹<-–"


def _is_post_link(text: str) -> bool:
    text = text.strip()
    if text.startswith("←") or text.endswith("→"):
        return True
    text = text.lstrip(_POST_LINK_MARKS)
    return _post_link_heads().rest_after(text) is not None and not _ends_sentence(text)


@lru_cache(maxsize=1)
def _post_link_heads() -> LineHeads:
    return LineHeads(data_lines("post_link_heads.txt"))


# A newsletter's name on a line of its own, a heading over its sign-up
# form: "PC Gamer Newsletter", "Axios newsletters", "GET THE BOING BOING
# NEWSLETTER", "Newsletter Rugby". (The word is the same in English,
# German, French, Spanish.)
NAMED_NEWSLETTER_MAX_WORDS = 5
_NAMED_NEWSLETTER = regex.compile(r"(?i)\bnewsletters?\W{0,2}$")
# Or the word first, the name after it: "Newsletter Rugby", "La newsletter
# Marchés", "Newsletter de Vivienda".
_NEWSLETTER_NAMED = regex.compile(r"(?i)^\W{0,3}(?:(?:la|le|die|der|el|our|the|notre|nuestra|unser|unsere)\s+)?newsletters?\s+")


def _names_a_newsletter(text: str, stop: frozenset[str]) -> bool:
    """The name is capitalised word by word ("Sign Up for Our Newsletters");
    a subheading that speaks of newsletters ("The rise of the newsletter")
    has lower-case words other than stopwords."""
    if _NAMED_NEWSLETTER.search(text):
        name = text.split()[:-1]
    elif m := _NEWSLETTER_NAMED.match(text):
        name = text[m.end() :].split()
        if not name or not name[-1][0].isupper():
            return False  # "Newsletter subscribers doubled": a sentence about newsletters
    else:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in stop for w in name)


# The heading of a list of a site's or a section's other stories: "Also on
# HuffPost:", "More from Relationships", "More in Business »", "Mehr aus
# Berlin:", "Aktuelles aus dem ÖBFV", "Más noticias de Colombia". The name
# is capitalised; "More on the ferries" is a subheading.
MORE_FROM_MAX_WORDS = 6
_MORE_FROM = regex.compile(
    r"^\W{0,3}(?i:also|more|other|related|read more|see more|mehr|auch|aktuelles|neues|weitere|más|más noticias)"
    # "More stories by Amara Eze", "Weitere Artikel von ...": the author's other pieces.
    r"(?:\s+(?i:stories|articles|posts|columns|news|beiträge|artikel|artículos|noticias))?"
    r"\s+(?i:on|from|at|in|by|von|aus|bei|auf|de|en)(?:\s+(?i:dem|der|den|del|la|el))?"
    r"\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2}\s*[:»›>]?\s*$"
)


# A menu written as one line: four or more items of one to three words
# between " | ", " · " or " • ", no number among them (a byline's date, a
# score), none a sentence.
MENU_BAR_MIN_ITEMS = 4
MENU_BAR_MAX_WORDS = 24
_MENU_ITEM_WORDS = 3


# w3m and lynx lay a menu's items out in a row, the same run of spaces
# between each two ("Home   News   Politics   Sport   Jobs"); a table's
# header row pads each column to its width ("Pos  Team          P   W").
# Some sites' text puts two spaces, or an ideographic space, between items
# ("Home  News  Sport  Food & Drink  Travel", "ホーム　ニュース　地域").
_PADDING = regex.compile(r" {2,}|\u3000+")
PADDED_MENU_MIN_ITEMS = 5


def _menu_bar(text: str) -> bool:
    text = text.strip()
    padded = ("  " in text or "\u3000" in text) and len(set(_PADDING.findall(text))) == 1
    if "|" not in text and "·" not in text and "•" not in text and not padded:
        return False  # most lines (tested in C)
    if text.startswith("|") and text.endswith("|"):
        return False  # a row of a Markdown table: "| Team | Tries | Total |"
    items = [item.strip() for item in (_PADDING if padded else _SEGMENT_SEP).split(text)]
    return (
        len(items) >= (PADDED_MENU_MIN_ITEMS if padded else MENU_BAR_MIN_ITEMS)
        and all(item and len(item.split()) <= _MENU_ITEM_WORDS and not _ends_sentence(item) for item in items)
        and _DIGIT_RUNS.search(text) is None
    )


# A prompt that names the site's newsletter or app where the lexicon's
# wording has "our": "Sign up for our Money newsletter", "Download The Mint
# News App". (Not "Follow Jane Roe on Twitter": under an article that is the
# author's sign-off, which clean articles keep.)
NAMED_PROMPT_MAX_WORDS = 16
_NAMED_PROMPT = regex.compile(
    # The name: one to four capitalised words.
    r"^\W{0,3}(?:"
    r"(?P<newsletter>(?i:sign\s+up|subscribe|register)\s+(?i:for|to)\s+(?i:our|the)\s+(?:\p{Lu}\S*\s+){1,3}"
    r"(?i:newsletters?)\b)"
    r"|(?P<app>(?i:download)\s+(?i:the\s+|our\s+)?(?:\p{Lu}\S*\s+){1,4}(?i:app)\b)"
    # "Ikuti berita Kabar Nusantara di Google News", "Follow Daily Planet on Google News"
    r"|(?P<follow>(?i:ikuti|follow|folgen\s+sie|suivez|segui|siga|volg)\s+(?i:berita\s+)?(?:\p{Lu}\S*\s+){1,4}"
    r"(?i:di|on|auf|sur|su|no|em|op)\s+(?i:google\s+news)\W*$)"
    r")"
)


# Prose capitalises a word in ten (German, every noun: a word in three);
# headlines run together into one line ("10 Fall Cocktails to Toast to This
# Thanksgiving How to Seed a Pomegranate …") capitalise most of them, from
# the first characters on, so those tell.
HEADLINE_CASE_SHARE = 0.6
HEADLINE_CASE_MIN_WORDS = 25
HEADLINE_CASE_SAMPLE = 400


def _headline_case(text: str, n_words: int) -> bool:
    if n_words < HEADLINE_CASE_MIN_WORDS:
        return False
    initials = [word[0] for word in text[:HEADLINE_CASE_SAMPLE].split()]
    upper = sum(map(str.isupper, initials))
    cased = upper + sum(map(str.islower, initials))
    return cased >= HEADLINE_CASE_MIN_WORDS and upper >= HEADLINE_CASE_SHARE * cased


def _may_be_copyright(text: str) -> bool:
    """False only where _COPYRIGHT cannot match: ASCII text (no "©") holding
    neither "(c)" nor "copyright" in any case.  Saves its search, which
    tries every position, on most short lines."""
    if not text.isascii():
        return True
    low = text.lower()
    return "(c)" in low or "copyright" in low


def is_known_boilerplate(text: str) -> bool:
    """A lexicon label or phrase is in the line (a banner, a share bar, a
    prompt), or it is a server's error message, an encoded blob or markup."""
    return _known_hit(text)[0] is not None


@lru_cache(maxsize=CACHE_SIZE)
def _known_hit(text: str) -> tuple[str | None, bool, str, int]:
    """``_lexicon_hit``, or the two shapes no phrase list knows: a server's
    error message ("error") and an encoded blob or markup ("blob"). Remembered: the
    article-language vote and the line features ask on every pass."""
    hit = _lexicon_hit(text)
    if hit[0] is not None:
        return hit
    if is_server_error(text):
        return "error", True, "", 0
    if is_blob(text):
        return "blob", True, "", 0
    if is_markup(text):
        # Not a whole-line label: a tutorial quoting its own markup inside
        # the article keeps it (see _quotes_phrase).
        return "blob", False, "", 1
    return hit


def is_blob(text: str) -> bool:
    # Prose has a space every few characters; a blob has almost none
    # (counted in C, before any split).
    if len(text) < BLOB_MIN_CHARS or text.count(" ") * 10 > len(text):
        return False
    longest = max(text.split(), key=len, default="")
    # ASCII letters and digits only: Chinese or Japanese prose has no spaces
    # either, and an address holds "://" or dots.
    return (
        len(longest) >= BLOB_MIN_CHARS
        and len(longest) >= BLOB_MIN_SHARE * len(text.strip())
        and _BLOB.fullmatch(longest) is not None
    )


def is_markup(text: str) -> bool:
    """HTML tags make up most of the line: '<a href="…"><img src="…"></a>'."""
    if "<" not in text or ">" not in text:
        return False  # most lines (counted in C)
    tags = sum(len(m) for m in _HTML_TAG.findall(text))
    return tags >= MARKUP_MIN_SHARE * len(text.strip())


def is_server_error(text: str) -> bool:
    # The fixed words first: most lines hold neither, and the search is skipped.
    return " on line " in text and ".php" in text and _SERVER_ERROR.search(text) is not None


def _lexicon_hit(text: str) -> tuple[str | None, bool, str, int]:
    """(category, is a whole-line label, first phrase, distinct phrases) from
    the lexicon (remembered by ``_known_hit``, its only caller)."""
    lexicon = Lexicon.load()
    category = lexicon.label(text)
    if category is not None:
        return category, True, "", 0
    hits = lexicon.phrases(text, words(text))  # words: remembered (_features asks for them too)
    if hits:
        return hits[0][0], False, hits[0][1], len({phrase for _, phrase in hits})
    category = lexicon.footer_row(text)
    if category is not None:
        return category, True, "", 0
    return None, False, "", 0


def classify(f: Features, config: Config, cjk: bool, min_density: float, terse: bool = False) -> str:
    """GOOD (prose), NEAR (a sentence), SHORT (anything else) or BAD (known
    boilerplate). `terse`: the text has too few long sentences to tell its
    language's share of stopwords (a short wire story): a sentence of two
    words or more with a full stop is then a sentence."""
    if f.category is not None:
        return BAD
    dense = cjk or f.stop_density >= min_density
    if f.n_words >= config.prose_min_words and dense and not f.headline_case:
        return GOOD
    if f.sentence_end and f.n_words >= NEAR_MIN_WORDS and dense:
        return NEAR
    # A long sentence is prose whatever its stopwords (some languages glue
    # their function words onto other words).
    if f.sentence_end and f.n_words >= config.prose_min_words:
        return NEAR
    if terse and f.full_stop and f.n_words >= TERSE_MIN_WORDS:
        return NEAR  # "Nikt nie ucierpiał.": a terse sentence of a wire story, whatever its stopwords
    return SHORT


# Long sentences needed to read a document's own share of stopwords.
STOPWORD_SAMPLE_MIN = 3


def _long_sentences(feats: list[Features], config: Config) -> list[Features]:
    """The lines long enough, and sentences, to show the text's share of stopwords."""
    return [f for f in feats if f.n_words >= config.prose_min_words and f.sentence_end]


def stopword_threshold(feats: list[Features], config: Config) -> float:
    """The stopword density that marks prose in this document.

    Languages differ: English prose is 40-50% stopwords, Turkish or Finnish
    prose 10-15% (case endings and particles are glued onto words). The
    configured density is lowered to half of what the document's own long
    sentences show, so an agglutinative article is not read as a list.
    """
    densities = sorted(f.stop_density for f in _long_sentences(feats, config))
    if len(densities) < STOPWORD_SAMPLE_MIN:
        return config.prose_min_stopword_density
    return min(config.prose_min_stopword_density, densities[len(densities) // 2] / 2)


def drop_boilerplate(doc: Document, config: Config) -> None:
    paras = doc.kept()
    if not paras:
        return
    cjk_doc = doc.language in ("zh-cn", "zh-tw", "ja", "ko", "th")
    lang = doc.language
    feats = [_features(p.plain, lang) for p in paras]
    min_density = stopword_threshold(feats, config)
    # A short wire story: a long lead, then sentences too short to show
    # their stopwords. (Without any long sentence, a page of lyrics or
    # links: its one full stop would become the article.)
    terse = 1 <= len(_long_sentences(feats, config)) < STOPWORD_SAMPLE_MIN
    classes = [classify(f, config, cjk_doc, min_density, terse) for f in feats]
    sizes = [len(p.plain) for p in paras]

    _drop_comment_section(paras, feats, classes, config)
    for i in _count_lists(paras, classes):
        paras[i].drop("B112", count_list=True)
        classes[i] = BAD
    for i in (*_pagers(paras), *_slide_counters(paras)):
        # Dropped, but no evidence of a page break: a gallery's pager sits
        # inside articles too.
        paras[i].drop("B112", pager=True)
    for i in _tickers(paras, classes):
        paras[i].drop("B120", ticker=True)
        classes[i] = BAD
    polls = _polls(paras, feats, classes)
    for i in polls:
        paras[i].drop("B112", poll=True)
    for i, question in _feedback_buttons(paras, feats, classes):
        paras[i].drop(CATEGORY_CODES["comments"], answers=paras[question].index)
        classes[i] = BAD
    # A poll, like an advertisement, sits between the article's paragraphs.
    inserts = _inserts_inside_prose(paras, classes, feats) | polls
    span = core_span(classes, sizes, inserts)
    headline = None
    if span is not None:
        span, headline = anchor_at_headline(doc, paras, classes, sizes, span)
    if span is not None:
        span = _from_markdown_headline(paras, classes, span)
    if span is not None:
        # A "Related coverage" list inside the article, with paragraphs of
        # the article under it, is not where the article ends. (One teaser
        # sentence under each list is a list of teasers.)
        teasers = _inline_teasers(paras, feats, classes, span[0], span[1], doc.language)
        inline_headings = {h for _, h, resume in teasers if _paragraphs_follow(classes, resume, inserts)}
        # So is a sign-up form between the article's paragraphs, a "Read
        # more: <headline>" line with sentences right above and below, and
        # one known line alone between the article's sentences ("Sign up
        # for the Money newsletter") with its paragraphs going on below.
        inline_headings |= _inline_forms(feats, classes, span) | inserts
        inline_headings |= {
            h for h in range(span[0] + 1, span[1])
            if classes[h] == BAD and classes[h - 1] in (GOOD, NEAR) and _paragraphs_follow(classes, h + 1, inserts)
        }
        span = cut_off_topic_tail(paras, feats, classes, sizes, span, doc.language, inline_headings)
    closing = _closing_block(paras, classes, span) if span is not None else None
    if span is not None and closing is not None and span[1] >= closing:
        span = span[0], max(k for k in range(span[0], closing) if classes[k] in (GOOD, NEAR))
    core_vocab: set[str] = set()
    if span is not None:
        for p, c in zip(paras[span[0] : span[1] + 1], classes[span[0] : span[1] + 1]):
            if c == GOOD:
                core_vocab |= content_stems(p.plain, doc.language)

    for i, (p, f, c) in enumerate(zip(paras, feats, classes)):
        if c != BAD or not p.kept:
            continue
        # (or right over it, a paragraph that puts the phrase in quotation
        # marks: the lede of a story about cookie banners or newsletters)
        at_core = span is not None and (
            span[0] <= i <= span[1] or (i == span[0] - 1 and not f.label and _quotes_every_phrase(p.plain, config))
        )
        if at_core and _quotes_phrase(p, f, core_vocab, doc.language, config):
            p.keep_as("K001", quoted=f.category)
            classes[i] = GOOD if f.n_words >= config.prose_min_words else NEAR
            if i < span[0]:
                span = i, span[1]
            continue
        p.drop(CATEGORY_CODES[f.category], label=f.label, **({"phrase": f.phrase} if f.phrase else {}))

    for i, category, form in form_widget_lines(paras, feats, classes):
        if i < form and _credit_line(paras[i].plain):
            continue  # a byline or dateline over a paywall's badge is the article's
        paras[i].drop(CATEGORY_CODES[category], widget=paras[form].index)
        classes[i] = BAD
    if span is None:
        return  # no prose at all: a list, a poem, a caption; leave it
    start, end = span
    for i, heading, _ in _inline_teasers(paras, feats, classes, start, end, doc.language):
        paras[i].drop("B108", teaser_under=paras[heading].index)
        classes[i] = BAD
    for i, heading in _about_boxes(paras, classes, start):
        paras[i].drop("B111", about=paras[heading].index)
        classes[i] = BAD
    for i, bar in _headlines_under_bar(paras, feats, classes, start, end):
        paras[i].drop("B108", teaser_under=paras[bar].index)
        classes[i] = BAD
    for i, label in _headline_under_label(paras, feats, classes, start, end, doc.language):
        paras[i].drop("B108", teaser_under=paras[label].index)
        classes[i] = BAD
    for i, overlap in _site_slogans(paras, classes, start, end, doc.language, config):
        paras[i].drop("B125", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))
        classes[i] = BAD
    # Title, kicker, dateline, byline: the short lines right above the core.
    # A line of a multi-line block above (a menu written one item a line)
    # is not a title, unless the article itself starts in that block.
    block_sizes: dict[int, int] = {}
    for p in paras:
        block_sizes[p.block] = block_sizes.get(p.block, 0) + 1
    # A list the article introduces right over its prose ("Ingredients:")
    # is the article's; the title is over it.
    lists_over = _lists_over(paras, classes, start)
    for i in lists_over:
        classes[i] = NEAR  # the article's lines: no part of a run of links above it
    # Walk up past known boilerplate between title and lede (a share bar).
    header_lines: set[int] = set()
    credit_lines: set[int] = set()  # credits or the lead photo, in a block of their own
    k = min(lists_over, default=start) - 1
    while k >= 0 and len(header_lines - credit_lines) < MAX_HEADER_LINES and classes[k] in (SHORT, BAD):
        if classes[k] == BAD and header_lines and feats[k].category not in _BAR_CATEGORIES:
            break  # boilerplate above the title: a menu, a breadcrumb (a share bar sits inside the header)
        if classes[k] == SHORT:
            if not (paras[k].block == paras[start].block or block_sizes[paras[k].block] == 1):
                credits = _credits_block(paras, classes, k) or _figure_block(paras, classes, k)
                if credits:
                    # The header goes on above them (or above the lead
                    # photo with its caption): standfirst, headline.
                    header_lines |= credits
                    credit_lines |= credits
                    k = min(credits) - 1
                    continue
                header_lines |= _header_block(paras, classes, k)
                break
            if len(_SEGMENT_SEP.split(paras[k].plain)) >= 3:
                break  # "News | Politics | Business": a menu bar, not a title
            if _BREADCRUMB_SEP.search(paras[k].plain):
                break  # "Business > Energy": a breadcrumb, not a kicker
            header_lines.add(k)
            if len(paras[k].plain.strip()) <= WIDGET_MAX_CHARS:
                credit_lines.add(k)  # a text-size button ("A+", "가"): no header line of its own
        k -= 1
    header_lines |= lists_over
    if headline is not None:
        # Over the headline the title line names is the page's header (the
        # last item of a menu written one a line reads like a kicker), but
        # for a date ("Tuesday, November 6, 2012": a blog's day heading).
        header_lines = {k for k in header_lines if k >= headline or _dated(paras[k].plain)}
    furniture_from = _furniture_section(paras, feats, classes, end, polls)
    masthead_end = _first_menu(paras, feats, classes, min(start, headline if headline is not None else start))
    runs = _run_lengths(classes, start, end)
    menu_runs = _menu_runs(feats, classes, start, config)
    menu_blocks = _menu_blocks(paras, classes, start)
    long_runs = _long_runs_above(paras, classes, start)
    tail_from, tail_of_headlines = _page_tail(paras, classes, end, closing, config)
    stamped = _stamped_runs(paras, classes, start, end)
    repeated_above = _repeated_lines(paras[:start], classes[:start])
    credits_over_core = _credits_over(paras, feats, classes, start)
    closing_lines = _closing_lines(paras, feats, classes, end)
    deck = _deck_over_credits(paras, classes, start)
    if deck is None and _opens_with_deck(paras, classes, start):
        deck = start
    menu_over_deck: set[int] = set()
    if deck is not None and (headline is None or deck - 1 >= headline):
        # The deck's headline stays, whatever menu is above it: the short
        # lines over it up to known boilerplate (a menu's "Home") are that
        # menu, but for a date and a kicker in a block of its own.
        menu_over_deck = _menu_over(paras, classes, deck - 1)
        header_lines = (header_lines - menu_over_deck) | {deck - 1}
    for i, (p, c) in enumerate(zip(paras, classes)):
        if c == BAD or i in header_lines or start <= i <= end:
            continue
        if headline is not None:
            # A byline or a dateline next to the headline (just above it, or
            # between it and the article, however long a share bar) stays;
            # the rest of what is above the headline is the page's header.
            beside = headline - MAX_HEADER_LINES <= i < max(headline, start) and i != headline
            if beside and c == SHORT and _credits_or_dates(p.plain):
                continue
            if i < headline:
                p.drop("B120", above_headline=paras[headline].index)
                continue
        elif i in credits_over_core:
            continue  # the same without a headline named by the title: over the article, past a share bar
        elif i in menu_over_deck:
            p.drop("B120", above_headline=paras[deck - 1].index)
            continue
        if i in closing_lines:
            continue
        if i > furniture_from:
            p.drop("B122", after=paras[furniture_from].index)
            continue
        if c == SHORT:
            # A short line outside the core may be a caption, a date, a
            # credit or a list item of the article as easily as a link: it
            # goes only with evidence from its run of non-prose neighbours
            # (a known boilerplate line among them, or a menu-sized run).
            run_len, run_bad = runs[i]
            if i < start and _is_breadcrumb(p.plain):
                # On topic by its nature ("Business > Energy"), so before that test.
                p.drop("B112", breadcrumb=True)
                continue
            if i < masthead_end and not (i == 0 and _bare_title(p.plain)):
                # Over the page's first menu, nothing but short lines: the
                # site's name and slogan, on topic or not ("Portal Zona Norte"),
                # and the page's title line with the site's name in it ("China
                # Manufacturing Falls at Slower Pace - WSJ.com"). A bare title
                # line printed first may be the only headline there is.
                p.drop("B120", masthead=True, menu=paras[masthead_end].index)
                continue
            if i < start and i in repeated_above and (headline is None or i != headline):
                # A menu printed twice (a desktop and a mobile one): its
                # items name the site's sections, on topic or not.
                p.drop("B112", repeated=True)
                continue
            if i in stamped:
                p.drop("B120", run=run_len, stamped=True, core=[paras[start].index, paras[end].index])
                continue
            on_topic = _short_on_topic(p, core_vocab, doc.language, config)
            if run_bad and (i > end or not on_topic):
                # Below the article, related headlines after "Read more" are on
                # topic by nature; above it, an on-topic line is the title.
                p.drop("B122", run=run_len, core=[paras[start].index, paras[end].index])
            elif i >= tail_from and (tail_of_headlines or not on_topic):
                # The page's tail; other stories' headlines in it go however on topic.
                p.drop("B120", run=run_len, tail=True, core=[paras[start].index, paras[end].index])
            elif on_topic:
                continue
            elif i < start and (run_len >= config.link_run_min and menu_runs[i] or i in long_runs or i in menu_blocks):
                p.drop("B120", run=run_len, core=[paras[start].index, paras[end].index])
            continue
        if i == deck:
            continue
        overlap = _core_overlap(p, core_vocab, doc.language)
        if overlap >= config.on_topic_overlap:
            continue
        p.drop("B121", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))
    if closing is not None and any(paras[k].decision.code == "B121" for k in range(closing, len(paras))):
        # A teaser's headline goes with its blurb, however on topic.
        for k in range(closing, len(paras)):
            if paras[k].kept and classes[k] == SHORT:
                paras[k].drop("B120", tail=True, teaser=True)
    _keep_result_tables(paras, classes)
    _explain_kept(paras, classes, span, header_lines | ({deck} if deck is not None else set()))


# Kept decisions that carry evidence of their own (a quoted phrase, a
# results table's row, an unselected code): not re-explained.
_KEPT_WITH_EVIDENCE = frozenset({"quoted", "table_row", "ignored"})


def _explain_kept(paras: list[Paragraph], classes: list[str], span: tuple[int, int], header: set[int]) -> None:
    """Say why each kept paragraph stayed: prose of the article's core
    (K001), a title, byline or subheading (K002), or a line outside the
    core that nothing marked as boilerplate (K005). Run on every pass, so
    the last one (the output's) has the final word."""
    start, end = span
    for i, p in enumerate(paras):
        if not p.kept or p.decision.code not in ("K001", "K002", "K005"):
            continue
        if _KEPT_WITH_EVIDENCE.intersection(p.decision.evidence):
            continue
        if start <= i <= end and classes[i] == SHORT:
            p.keep_as("K002", in_article=True)
        elif start <= i <= end:
            p.keep_as("K001")
        elif i in header:
            p.keep_as("K002", above_article=True)
        else:
            p.keep_as("K005", where="above" if i < start else "below")


# A match result or a score: "Young Boys – Basel 3:1 (0:0)", "Galatasaray 2-0 Konyaspor".
_SCORE = regex.compile(
    r"(?<![\d.:/–-])\d{1,3}\s?[:–-]\s?\d{1,3}(?![\d.:/–-])(?!\s?(?i:[ap]\.?m\b|uhr\b|h\b))"  # not "11:39 AM"
)
RESULT_TABLE_MIN = 3
# The rules that judge a short line by its run or its topic (not a known label).
_RUN_CODES = frozenset({"B120", "B121", "B122"})


def _keep_result_tables(paras: list[Paragraph], classes: list[str]) -> None:
    """A results table (three or more short lines in a row, each a score) is
    one thing: when half its rows or more stay as the article's (the teams
    its prose names), the others stay too, whatever their topic. (Fewer:
    a sidebar's standings, a row or two of which name the article's team.)"""
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and classes[j] == SHORT and _SCORE.search(paras[j].plain) and not holds_date(paras[j].plain):
            j += 1
        rows = paras[i:j]
        if len(rows) >= RESULT_TABLE_MIN and 2 * sum(p.kept for p in rows) >= len(rows):
            for p in rows:
                if not p.kept and p.decision.code in _RUN_CODES:
                    p.keep_as("K001", table_row=True)
        i = max(j, i + 1)


# Under a "Related stories" heading inside the article, a list of this
# many headlines or more, then the article goes on: other stories' teasers.
# (One line under such a heading may be the article's subheading.)
INLINE_TEASERS_MIN = 2
INLINE_TEASERS_MAX = 8


def _inline_teasers(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int, lang: str | None
) -> list[tuple[int, int, int]]:
    """(line, heading, resume) for the headlines listed under a known
    related-stories heading inside the core, up to the prose that follows
    them (at `resume`). A list written as one block ends with its block: a
    subheading may follow."""
    found: list[tuple[int, int, int]] = []
    for h in range(start, end):
        f = feats[h]
        if not (classes[h] == BAD and f.label and f.category == "related"):
            continue
        block = paras[h + 1].block
        one_block = h + 2 <= end and paras[h + 2].block == block
        j = h + 1
        # (Headlines end in no full stop, but one may be a question.)
        while (j <= end and classes[j] == SHORT and feats[j].n_words >= 2
               and (not feats[j].sentence_end or _question(paras[j].plain))):
            if (one_block and paras[j].block != block) or j - h > INLINE_TEASERS_MAX:
                break  # (a longer list is no inline teaser block: no need to read on)
            j += 1
        listed = j - h - 1
        goes_on = j <= end and (classes[j] in (GOOD, NEAR) or (one_block and paras[j].block != block))
        if not (INLINE_TEASERS_MIN <= listed <= INLINE_TEASERS_MAX and goes_on):
            continue
        resume = j  # where the article goes on
        if classes[j] in (GOOD, NEAR) and _speaks_of(paras[j - 1], paras[j], lang):
            # The last line heads the prose under it: the article's next
            # subheading under a list of two or more headlines; else a
            # sidebar's list over the article's headline.
            if listed - 1 < INLINE_TEASERS_MIN or not _paragraphs_follow(classes, j):
                continue
            j -= 1
        found.extend((k, h, resume) for k in range(h + 1, j))
    return found


# The article's header written as a block of its own: kicker, headline,
# standfirst, byline, dateline.
HEADER_BLOCK_MAX_LINES = 4


# What parts a page's title from the site's name: "Headline - Site", "Headline | Site".
_TITLE_SITE_SEP = regex.compile(r"\s[-|–—«»:]{1,2}\s")


def _bare_title(text: str) -> bool:
    """A headline's size and shape (four words or more, not a sentence) and
    no site's name parted from it."""
    return (
        len(words(text)) >= TAIL_HEADLINE_MIN_WORDS
        and not _ends_sentence(text)
        and _TITLE_SITE_SEP.search(text) is None
    )


def _first_menu(paras: list[Paragraph], feats: list[Features], classes: list[str], top: int) -> int:
    """The page's first menu line (a known navigation label: a menu bar, a
    breadcrumb) when only short lines stand over it, above line `top` (the
    headline or the article); else 0."""
    for i in range(top):
        if classes[i] in (GOOD, NEAR):
            return 0  # (short sentences over a menu may be the article's: a poem's lines)
        if classes[i] == BAD and feats[i].category == "nav" and feats[i].label:
            return i
    return 0


def _block_up_to(paras: list[Paragraph], k: int) -> list[int]:
    """The lines of line `k`'s block from `k` upwards (`k` first)."""
    block = paras[k].block
    i = k
    while i > 0 and paras[i - 1].block == block:
        i -= 1
    return list(range(k, i - 1, -1))


def _header_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k`, right over the article,
    when it is the article's header printed as a block of its own: a few
    short lines, none known boilerplate, the last a dateline or a byline,
    one headline-sized ("Bibliothek der Dinge: Ab sofort auch ..." over
    "26.01.2024"). A menu written as a block has neither; a block going on
    below its dateline holds more than the header (a video's player, an
    advertisement)."""
    block = _block_up_to(paras, k)
    if len(block) > HEADER_BLOCK_MAX_LINES or any(classes[i] != SHORT for i in block):
        return set()
    texts = [paras[i].plain for i in block]
    dated = [_credit_line(t) for t in texts]
    headline = any(
        not is_dated and len(words(t)) >= TAIL_HEADLINE_MIN_WORDS
        and not _SEGMENT_SEP.search(t) and not _BREADCRUMB_SEP.search(t)  # not "« Older | Main | Newer »"
        for t, is_dated in zip(texts, dated)
    )
    return set(block) if dated[0] and headline else set()


# An image as text scrapers print it: Markdown's "![alt](address)", or the
# alternative text in brackets ("[photo-vendangeurs]", "[IMG]").
_IMAGE_LINE = regex.compile(r"!\[[^\]]*\]\([^)]*\)|\[[^\[\]]{1,60}\]")


def _small_short_block(paras: list[Paragraph], classes: list[str], k: int) -> list[int]:
    """The lines of line `k`'s block from `k` upwards when they are a few
    short lines (CREDITS_BLOCK_MAX_LINES at most); else none."""
    block = _block_up_to(paras, k)
    if len(block) > CREDITS_BLOCK_MAX_LINES or any(classes[i] != SHORT for i in block):
        return []
    return block


def _figure_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k` when it is the lead photo:
    an image line and its caption and credit under it."""
    block = _small_short_block(paras, classes, k)
    if not block or _IMAGE_LINE.fullmatch(paras[block[-1]].text.strip()) is None:
        return set()  # (the block's first line: the list runs upwards)
    return set(block)


def _credits_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k` when every one is a byline
    or a dateline ("Anna Ershova" over "14 May 2025, 09:42"): the article's
    credits printed as a block of their own."""
    block = _small_short_block(paras, classes, k)
    texts = [paras[i].plain for i in block]
    if not texts or not all(_credit_line(t) or _cased_name(t) for t in texts) or not any(_credit_line(t) for t in texts):
        return set()
    return set(block)


def _from_markdown_headline(paras: list[Paragraph], classes: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """The core from the article's Markdown headline ("# Headline") on, when
    prose above it fell into the core: a page written in Markdown marks its
    headline, and prose over it is the page's (a consent banner, a
    membership pitch), not the article's."""
    start, end = span
    # (The text as written: the rules' plain text has no heading marks. One
    # such line in the text, a headline's: "#" also marks a list's steps
    # and a code sample's comments.)
    h1s = [k for k, p in enumerate(paras) if p.text.startswith("#") and _MARKDOWN_H1.match(p.text)]
    if len(h1s) != 1 or not start < h1s[0] < (start + end) / 2:
        return span
    first = next((k for k in range(h1s[0] + 1, end + 1) if classes[k] in (GOOD, NEAR)), None)
    return (first, end) if first is not None else span


_MARKDOWN_H1 = regex.compile(r"#\s+\p{L}[^.!?]*$")


# An about box holds a paragraph or two under its heading.
ABOUT_BOX_MAX_PARAGRAPHS = 2


def _about_boxes(paras: list[Paragraph], classes: list[str], start: int) -> list[tuple[int, int]]:
    """(paragraph, heading) for the prose right under an about box's heading
    below the article's first paragraph ("About the author", "Über uns",
    "Quiénes somos"): the site's, the publisher's or the author's blurb,
    however much it shares the article's words (an NGO's report names the
    NGO). Over the article's first paragraph such a heading is the page's
    own subject: an about page."""
    found: list[tuple[int, int]] = []
    heads = _about_heads()
    for h in range(start + 1, len(paras) - 1):
        # (Prose under it first: most short lines stand over other short lines.)
        if classes[h + 1] not in (GOOD, NEAR) or classes[h] not in (SHORT, BAD):
            continue
        if normalize_label(paras[h].plain) not in heads:
            continue
        k = h + 1
        while k < len(paras) and k - h <= ABOUT_BOX_MAX_PARAGRAPHS and classes[k] in (GOOD, NEAR):
            found.append((k, h))
            k += 1
    return found


def _site_slogans(
    paras: list[Paragraph], classes: list[str], start: int, end: int, lang: str | None, config: Config
) -> list[tuple[int, float]]:
    """(paragraph, overlap) for the site's description of itself at the top
    of the article ("Your best source for Rays news, rumors and analysis"):
    among the lines right over the core, or the core's first paragraph with
    more of the article under it, when it shares little of the article's
    vocabulary (the rest of the core's). A standfirst that restates nothing
    stays: only the site's wording for itself marks the line."""
    found: list[tuple[int, float]] = []
    for i in range(max(0, start - MAX_HEADER_LINES), start + 1):
        if classes[i] == BAD or not paras[i].kept or not is_site_slogan(paras[i].plain):
            continue
        rest = [k for k in range(start, end + 1) if k != i and classes[k] == GOOD]
        if not rest:
            continue
        vocab = set().union(*(content_stems(paras[k].plain, lang) for k in rest))
        overlap = _core_overlap(paras[i], vocab, lang)
        if overlap < config.on_topic_overlap:
            found.append((i, overlap))
    return found


@lru_cache(maxsize=1)
def _about_heads() -> frozenset[str]:
    return frozenset(map(normalize_label, data_lines("about_heads.txt")))


# What a page puts right under an article's share bar: other stories.
_BAR_CATEGORIES = frozenset({"share", "follow"})
# A year in a list's lines: the article's schedule or timeline.
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _headlines_under_bar(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """(line, bar) for other stories' headlines right under a share bar
    inside the core: three or more lines in a row, each headline-sized and
    different, as a "More from the site" list renders without its heading
    (readers' comments below keep the core going). A list of the article's
    own ("Key points:") has a heading, list marks or years (a schedule)."""
    found: list[tuple[int, int]] = []
    for b in range(start, end):
        f = feats[b]
        if not (classes[b] == BAD and f.label and f.category in _BAR_CATEGORIES) or classes[b + 1] != SHORT:
            continue
        j = b + 1
        while j <= end and classes[j] == SHORT:
            j += 1
        lines = [p.plain for p in paras[b + 1 : j]]
        if (_headline_sized(paras[b + 1 : j]) and len(set(lines)) == len(lines)
                and not _reads_as_own_list(lines) and not any(map(_YEAR.search, lines))):
            found.extend((k, b) for k in range(b + 1, j))
    return found


# A related-stories label that ends a teaser rather than heads one: the
# line under it is the page's next item, not the label's headline.
_READ_ON = regex.compile(
    r"(?i)^\W*(?:read more|read on|continue reading|more|weiterlesen|mehr|lire la suite|la suite|leer más|"
    r"seguir leyendo|czytaj dalej|continua a leggere|leia mais|verder lezen|devamını oku|читать далее)\b"
)


def _headline_under_label(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int, lang: str | None
) -> list[tuple[int, int]]:
    """(line, label) for another story's headline right under a related
    label inside the core, the article going on below it ("Lesen Sie
    auch" / "Polizei warnt vor falschen Wasserwerkern" / prose): the label
    heads it. Not under an advertisement's label (the article's own
    subheading often follows an empty ad slot), nor under "Read more »",
    which ends a teaser; not a list's item, nor a sentence, nor a line that
    speaks of the prose under it (its subheading, under an empty box)."""
    found: list[tuple[int, int]] = []
    for b in range(start, end - 1):
        f = feats[b]
        if not (classes[b] == BAD and f.label and f.category == "related") or classes[b + 1] != SHORT:
            continue
        if classes[b + 2] not in (GOOD, NEAR) or _READ_ON.match(paras[b].plain):
            continue
        line = paras[b + 1].plain
        if _LIST_MARKER.match(line) or _ends_sentence(line) or len(words(line)) < TAIL_HEADLINE_MIN_WORDS:
            continue
        if _speaks_of(paras[b + 1], paras[b + 2], lang):
            continue  # the prose's own subheading, under an empty related box
        found.append((b + 1, b))
    return found


_LETTER = regex.compile(r"\p{L}")


# What a page's scripts put between an article's paragraphs: a consent
# banner, an advertisement's label, a share bar.
INSERTS = frozenset({"consent", "advert", "share"})


def _insert(c: str, f: Features) -> bool:
    """A consent, advertisement or share line, or a teaser with its headline
    ("Read also: ..."; not a bare "Related stories" heading, which opens a list)."""
    return c == BAD and (f.category in INSERTS or teaser_with_headline(f))


# How far up from the article a list it introduces may reach.
LIST_OVER_MAX_LINES = 40


def _lists_over(paras: list[Paragraph], classes: list[str], start: int) -> set[int]:
    """Lists right over the article's prose that a line ending in a colon
    introduces ("Ingredients:", "For the drizzle:"): from the colon line down
    to the prose, two or more items with words, short lines only, nothing
    known as boilerplate between."""
    found: set[int] = set()
    k = start - 1
    bottom = start
    while k >= max(0, start - LIST_OVER_MAX_LINES) and classes[k] == SHORT:
        if _list_heading(paras[k].plain) and sum(1 for p in paras[k + 1 : bottom] if _LETTER.search(p.plain)) >= 2:
            found.update(range(k, bottom))
            bottom = k
        k -= 1
    return found


LIST_HEADING_MAX_WORDS = 4


def _list_heading(text: str) -> bool:
    """"Ingredients:", "For the drizzle:", "Zutaten:": a few words and a
    colon. Not a section's heading in title case ("Latest Pics Photos:")."""
    text = text.rstrip()
    if not text.endswith(":"):
        return False
    ws = text[:-1].split()
    capitalised = sum(w[:1].isupper() for w in ws)
    return 0 < len(ws) <= LIST_HEADING_MAX_WORDS and (len(ws) == 1 or capitalised * 2 <= len(ws))


# A sign-off under the article: "（完）", "(PAP)", "— Reuters", "– AA".
_SIGN_OFF = regex.compile(r"^(?:[(（]\s*[^()（）\d]{1,24}\s*[)）]|[—–]\s*\p{L}[^.!?\d]{0,30})$")
CLOSING_LINES_MAX = 3
# A terse last sentence has a few words ("Wyrok jest nieprawomocny."); two
# are as often a label with a full stop ("Drucken etc.", "U.S.").
CLOSING_SENTENCE_MIN_WORDS = 3


def _closing_lines(paras: list[Paragraph], feats: list[Features], classes: list[str], end: int) -> set[int]:
    """The article's last words right under its last paragraph, however
    short: a terse sentence ("Wyrok jest nieprawomocny.", "He is expected
    to appeal.") and a sign-off. Known boilerplate under them does not make
    them part of its block."""
    found: set[int] = set()
    k = end + 1
    while k < len(classes) and len(found) < CLOSING_LINES_MAX and classes[k] == SHORT:
        f = feats[k]
        if not ((f.full_stop and f.n_words >= CLOSING_SENTENCE_MIN_WORDS) or _SIGN_OFF.match(paras[k].plain)):
            break
        found.add(k)
        k += 1
    return found


def _credits_over(paras: list[Paragraph], feats: list[Features], classes: list[str], start: int) -> set[int]:
    """The byline and dateline lines right over the line `start`, past known
    boilerplate between them (a share bar): "di Marco Bianchi", "12 marzo
    2025", "Madrid - 12 mar 2025 - 13:45 CET"."""
    found: set[int] = set()
    k = start - 1
    # Twice: a live blog's first time stamp may stand between the share bar
    # and the prose, with the byline and the date over the share bar.
    for _ in range(2):
        below = k
        k = _past_inserts(paras, classes, k)
        if (k == start - 1 and k >= 1 and classes[k] == SHORT and _insert(classes[k - 1], feats[k - 1])
                and not _credit_line(paras[k].plain)):
            # A caption without a credit, or a kicker, between the share bar and the article.
            k = _past_inserts(paras, classes, k - 1)
        # A bare name is a byline over a share bar or a photo; right over
        # the article it is as likely the headline ("Chef Rant").
        top = _above_credits(paras, classes, k, names=k < below)
        if top == k:
            break
        found.update(range(top + 1, k + 1))
        k = top
    # ... and the headline right over the byline and dateline: the page's
    # first line, or the first under known boilerplate (a menu, a banner).
    h = min(found, default=0) - 1
    if (h >= 0 and classes[h] == SHORT and _headline_over_deck(paras[h].plain, classes[h])
            and (h == 0 or classes[h - 1] == BAD or _is_breadcrumb(paras[h - 1].plain))
            and not _SEGMENT_SEP.search(paras[h].plain)):
        found.add(h)
    return found


# Between a deck and the article: its byline and dateline (a few short
# lines: share labels the lexicon does not know, a caption) and known
# boilerplate (a share bar, however long).
DECK_SHORT_MAX = 4
DECK_BAD_MAX = 12
DECK_HEADLINE_MIN_WORDS = 4
DECK_MIN_WORDS = 8


def _deck_over_credits(paras: list[Paragraph], classes: list[str], start: int) -> int | None:
    """The standfirst (deck) between the headline and the byline over the
    article: a paragraph with a short line (the headline) right above it and
    only short lines and known boilerplate below it, a byline or a dateline
    among them. It words the story in its own way, so it need not share the
    article's vocabulary."""
    gap = _credits_gap(paras, classes, start - 1, -1)
    if gap is None:
        return None
    k, credited = gap
    if not credited or k < 1 or classes[k] not in (GOOD, NEAR) or not _headline_over_deck(paras[k - 1].plain, classes[k - 1]):
        return None
    return k if _deck_like(paras[k].plain) else None


def _credits_gap(paras: list[Paragraph], classes: list[str], k: int, step: int) -> tuple[int, bool] | None:
    """From line `k` on, by `step` (-1 up, 1 down), past short lines and known
    boilerplate: the first other line (-1 or len(paras) at an end) and whether
    a byline or a dateline was among them. None when the gap is more than a
    deck's byline, dateline and share bar."""
    credited = False
    n_short = n_bad = 0
    while 0 <= k < len(classes):
        past = _past_photo(paras, classes, k, step)
        if past != k:
            k = past
            continue
        if classes[k] not in (SHORT, BAD):
            break
        if classes[k] == SHORT:
            n_short += 1
            credited = credited or _credit_line(paras[k].plain)
        else:
            n_bad += 1
        if n_short > DECK_SHORT_MAX or n_bad > DECK_BAD_MAX:
            return None
        k += step
    return k, credited


# A photo's credit on a line of its own, under its caption: "Foto: ČTK",
# "© Marco Lindner", "Bild: picture alliance / dpa", "Getty Images".
PHOTO_CREDIT_MAX_WORDS = 8
_PHOTO_WORDS = (
    r"fotos?|fot|fotó|fotoğraf|photos?|photograph|bild|bilder|image|imagen|crédit photo|credit|quelle|źródło|kuva"
    r"|billede|фото|світлина|снимка|φωτογραφία|φωτ|צילום|صورة|تصوير|أرشيفية|عکس|फोटो|तस्वीर|사진|ภาพ|ảnh|写真|图片|摄影"
)
# Photo agencies, which sign a credit line alone ("Getty Images"), and the
# news agencies a caption may end with ("... 출근하고 있다. 연합뉴스").
_PHOTO_AGENCIES = r"getty images|shutterstock|istock(?:photo)?|picture alliance|reuters|afp|dpa|ap photo|epa|imago"
_NEWS_AGENCIES = (
    r"연합뉴스|뉴스1|뉴시스|ap|тасс|риа новости|ria novosti|xinhua|新华社|共同通信|kyodo|anadolu|efe|ansa|pap|čtk|ctk"
    r"|apa|belga|anp|ntb|tt|stt|ritzau"
)
_PHOTO_CREDIT = regex.compile(
    rf"^\W{{0,2}}(?:©|(?i:{_PHOTO_WORDS})\s*[:：.])\s*\S"
    rf"|(?i:{_PHOTO_AGENCIES})\W{{0,3}}$"
)
# A caption with its credit at the end of the same line: "Trams in the
# depot. Photo: city press office", "... © Фото: Сергей Пахомов", "... (फाइल फोटो)",
# "... [사진=연합뉴스]".
_CAPTION_CREDIT = regex.compile(
    rf"(?:[.!?।。]|\s[|/–—-]|\s©)\s*(?i:{_PHOTO_WORDS})\s*[:：]\s*\S[^.!?:]{{0,60}}$"
    rf"|\s[(\[](?:\S+\s)?(?i:{_PHOTO_WORDS})(?:\s*[:：=][^()\[\]]{{1,60}})?[)\]]$"
    # ... or an agency's name after the caption's sentence ("... 출근하고 있다. 연합뉴스")
    rf"|[.!?。]\s*(?:©\s*)?(?i:{_PHOTO_AGENCIES}|{_NEWS_AGENCIES})(?:\s*/\s*[^\s.]+)?$"
)


def _photo_credit(text: str) -> bool:
    return _credit_words(text) <= PHOTO_CREDIT_MAX_WORDS and _PHOTO_CREDIT.search(text) is not None


def _credited_caption(text: str) -> bool:
    return _CAPTION_CREDIT.search(text) is not None


def _past_photo(paras: list[Paragraph], classes: list[str], k: int, step: int) -> int:
    """From line `k`, by `step`, past a photo's credit and the caption next
    to it (a sentence or a short line): the line after them, or `k` when
    no photo is there."""
    n = len(classes)
    if 0 <= k < n and classes[k] in (SHORT, NEAR) and _credited_caption(paras[k].plain):
        return k + step  # the caption and its credit on one line
    if step < 0:
        if not (0 <= k < n and classes[k] != GOOD and _photo_credit(paras[k].plain)):
            return k
        k -= 1
        if k >= 0 and classes[k] in (SHORT, NEAR) and not _credit_line(paras[k].plain):
            k -= 1  # its caption
        return k
    if 0 <= k < n and classes[k] != GOOD and _photo_credit(paras[k].plain):
        return k + 1
    if k + 1 < n and classes[k] in (SHORT, NEAR) and classes[k + 1] != GOOD and _photo_credit(paras[k + 1].plain):
        return k + 2
    return k


def _past_inserts(paras: list[Paragraph], classes: list[str], k: int) -> int:
    """From line `k` up, past known boilerplate (a share bar) and photos."""
    while k >= 0:
        past = _past_photo(paras, classes, k, -1)
        if past != k:
            k = past
        elif classes[k] == BAD:
            k -= 1
        else:
            break
    return k


def _menu_over(paras: list[Paragraph], classes: list[str], headline: int) -> set[int]:
    """The short lines over `headline` up to a known boilerplate line (a
    menu's "Home", "Log in"); empty if no such line is among the short lines
    right above it. A date, whole or a line per part ("24", "Jul", "2012",
    "6:10am, EDT"), is the article's; so is a line in a block of its own
    under the menu's block (a kicker: "Politics")."""
    k = headline - 1
    while k >= 0 and classes[k] == SHORT:
        k -= 1
    if k < 0 or classes[k] != BAD:
        return set()
    menu = paras[k].block
    return {i for i in range(k + 1, headline) if paras[i].block == menu and not _date_part(paras[i].plain)}


def _date_part(text: str) -> bool:
    """A date or a part of one: a number, a time, a month's name alone."""
    return _DIGIT_RUNS.search(text) is not None or _month_alone().fullmatch(text.strip()) is not None


@lru_cache(maxsize=1)
def _month_alone() -> regex.Pattern[str]:
    return regex.compile(month_word(), regex.IGNORECASE)


def _opens_with_deck(paras: list[Paragraph], classes: list[str], start: int) -> bool:
    """Does the article open with a deck: a headline over its first
    paragraph, and the byline or dateline under that paragraph before the
    rest of the prose?"""
    if start < 1 or not _headline_over_deck(paras[start - 1].plain, classes[start - 1]) or not _deck_like(paras[start].plain):
        return False
    gap = _credits_gap(paras, classes, start + 1, 1)
    if gap is None:
        return False
    k, credited = gap
    return credited and k < len(classes) and classes[k] in (GOOD, NEAR)


def _deck_like(text: str) -> bool:
    """Written as sentences, eight words or more, not cut short (a site's
    tagline, a teaser are not). Thai and its neighbours end a sentence with
    no mark at all."""
    text = text.rstrip()
    if word_count(words(text)) < DECK_MIN_WORDS or text.endswith(("...", "…")):
        return False
    return _ends_sentence(text) or unspaced_script(text[-1:])


def _headline_over_deck(text: str, c: str) -> bool:
    """A headline: a short line, or a question ("Can it work?"), not a
    sentence; not a name of a few words (a site's or a sidebar box's, over
    its tagline: "The Tip Jar", "Send us a tip or suggestion.")."""
    if len(words(text)) < DECK_HEADLINE_MIN_WORDS:
        return False
    return c == SHORT or (c == NEAR and _question(text))


def _above_credits(paras: list[Paragraph], classes: list[str], k: int, names: bool = False) -> int:
    """The first line from `k` up that is no byline or dateline; at most
    MAX_HEADER_LINES of those are passed. `names`: a bare name next to a
    dateline counts as a byline (over the article only: over a share bar,
    passing it would take the headline above it for the article's prose)."""
    top = k - MAX_HEADER_LINES
    while k > top and k >= 0 and classes[k] == SHORT and (
        _credit_line(paras[k].plain) or (names and _name_by_date(paras, classes, k))
    ):
        k -= 1
    return k


# A byline that is the author's name alone, in a script with capitals:
# "Анна Рыбакова", "Νίκος Παπαδάκης", "Jane Q. Roe", "Jean-Luc de la Tour",
# "Ann McDonald". (Not in capitals: "ASIA BUSINESS" is a section's name.)
_NAME_WORD = r"\p{Lu}(?:[\p{Ll}'’.-]+|\p{Ll}[\p{L}'’.-]*)"
_BARE_NAME = regex.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:de|da|van|von|der|del|la|le|di|du|bin|al)\s+){{0,2}}\p{{Lu}}(?:[\p{{Ll}}'’.-]*|\p{{Ll}}[\p{{L}}'’.-]*)){{1,3}}$"
)


# In a script without capitals, a few words without digits stand for a name
# ("राहुल शर्मा, नई दिल्ली": a name and a place).
UNCASED_NAME_MAX_WORDS = 5
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")


def _cased_name(text: str) -> bool:
    return _BARE_NAME.match(text.strip()) is not None


def _bare_name(text: str) -> bool:
    if _CASED.search(text):
        return _cased_name(text)
    ws = text.split()
    return 2 <= len(ws) <= UNCASED_NAME_MAX_WORDS and not _DIGIT_RUNS.search(text) and not _ends_sentence(text)


def _name_by_date(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """A bare name right over or under a dateline: the author's byline."""
    if not _bare_name(paras[k].plain):
        return False
    return any(0 <= j < len(classes) and classes[j] == SHORT and _dated(paras[j].plain) for j in (k - 1, k + 1))


def _inserts_inside_prose(paras: list[Paragraph], classes: list[str], feats: list[Features]) -> set[int]:
    """Inserted lines (consent banners, advertisement labels, share bars, inline teasers)
    with prose right above and right below (a paragraph on one side, at least
    a sentence on the other): a script or the editor put them inside the
    article, so they do not end the article's stretch of prose."""
    found: set[int] = set()
    i = 0
    while i < len(classes):
        if not _insert(classes[i], feats[i]):
            i += 1
            continue
        j = i
        while j < len(classes) and _insert(classes[j], feats[j]):
            j += 1
        # Under an advertisement label, which stands in the article's flow,
        # one short line may come first (a photo's caption, a subheading).
        advert = any(feats[k].category == "advert" for k in range(i, j))
        k = j + 1 if advert and j + 1 < len(classes) and classes[j] == SHORT else j
        # Over a share bar a byline and a date may stand between it and the
        # prose above (the standfirst).
        a = _above_credits(paras, classes, i - 1)
        above, below = classes[a] if a >= 0 else None, classes[k] if k < len(classes) else None
        # Prose on one side; on the other, prose or a sentence the stopword
        # test calls short ("Wojewódzki inspektor prowadzi pomiary jakości
        # powietrza.").
        prose_above, prose_below = above in (GOOD, NEAR), below in (GOOD, NEAR)
        sentence_above = above is not None and _sentence_line(above, feats[a])
        sentence_below = below is not None and _sentence_line(below, feats[k])
        if (prose_above and (prose_below or sentence_below)) or (prose_below and sentence_above):
            found.update(range(i, j))
        i = j
    return found


SENTENCE_LINE_MIN_WORDS = 6


def _sentence_line(c: str, f: Features) -> bool:
    return c == SHORT and f.sentence_end and f.n_words >= SENTENCE_LINE_MIN_WORDS


# A menu's items in this order, twice, above the article.
MENU_REPEAT_LINES = 3


def _repeated_lines(paras: list[Paragraph], classes: list[str]) -> set[int]:
    """Short lines that come again among `paras` (the lines above the
    article) between the same short lines: a menu printed twice. The copy
    right above the article is its header printed twice (kicker, headline,
    byline); a headline printed as the page's title too comes alone."""
    keys = [normalize_label(p.plain) if c == SHORT and _LETTER.search(p.plain) else None for p, c in zip(paras, classes)]
    seen: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(keys) - MENU_REPEAT_LINES + 1):
        run = keys[i : i + MENU_REPEAT_LINES]
        if None not in run:
            seen.setdefault(tuple(run), []).append(i)
    header = len(paras) - MENU_REPEAT_LINES
    return {
        i + k
        for at in seen.values()
        if len(at) > 1
        for i in at
        if i != header
        for k in range(MENU_REPEAT_LINES)
    }


# Paragraphs in a row under an inline list of teasers: the article goes on.
ARTICLE_GOES_ON = 2


def _paragraphs_follow(classes: list[str], i: int, inserts: Collection[int] = ()) -> bool:
    """ARTICLE_GOES_ON paragraphs of prose in a row from line `i`: a
    paragraph, then paragraphs or sentences (an article's last one may be
    short). A subheading that is a sentence may come first ("What happens
    next?"): the article's next section. (Not any short line: a sidebar's
    next box has a heading too, "Guest Posts", over its blurbs.) `inserts`:
    lines a page's scripts put between paragraphs (an advertisement's
    label), skipped."""
    if inserts:
        kept_on = [k for k in range(i, min(len(classes), i + 2 * ARTICLE_GOES_ON + 2)) if k not in inserts]
        classes = [classes[k] for k in kept_on]
        i = 0
    if i + 1 < len(classes) and classes[i] == NEAR and classes[i + 1] == GOOD:
        i += 1
    below = classes[i : i + ARTICLE_GOES_ON]
    return len(below) == ARTICLE_GOES_ON and below[0] == GOOD and all(c in (GOOD, NEAR) for c in below)


_SIGN_UP = frozenset({"newsletter", "subscribe", "signin"})
SIGN_UP_FORM_MIN = 2


def _inline_forms(feats: list[Features], classes: list[str], span: tuple[int, int]) -> set[int]:
    """The lines of a sign-up form inside the core ("Sign up for the Morning
    Briefing", "Enter your email", "Sign up"): two or more known sign-up
    lines and nothing but short lines among them, a paragraph right above,
    and paragraphs in a row right below (the article goes on under it)."""
    found: set[int] = set()
    lo, hi = span
    i = lo + 1
    while i <= hi:
        if classes[i] in (GOOD, NEAR):
            i += 1
            continue
        # The form's lines: short and known ones, and the pitch under its
        # heading, which may read as a sentence ("Get the day's top stories
        # in your inbox."): one such line, with the fields under it.
        j, pitch = i, False
        while j <= hi and (classes[j] in (SHORT, BAD) or (
                classes[j] == NEAR and not pitch and j + 1 <= hi and classes[j + 1] == BAD)):
            pitch = pitch or classes[j] == NEAR
            j += 1
        known = [k for k in range(i, j) if classes[k] == BAD]
        if (len(known) >= SIGN_UP_FORM_MIN and all(feats[k].category in _SIGN_UP for k in known)
                and classes[i - 1] == GOOD and _paragraphs_follow(classes, j)):
            found.update(range(i, j))
        i = j
    return found


# A line sharing this many content words with the paragraph under it is
# that paragraph's headline.
HEADLINE_SHARED_WORDS = 2


def _question(text: str) -> bool:
    """(A paragraph's text: stripped, so its last character is its mark.)"""
    return text.endswith(("?", "？", "؟"))


def _speaks_of(line: Paragraph, paragraph: Paragraph, lang: str | None) -> bool:
    return len(content_stems(line.plain, lang) & content_stems(paragraph.plain, lang)) >= HEADLINE_SHARED_WORDS


BREADCRUMB_MAX_WORDS = 3
# Above the article, a run of this many short off-topic lines is a list of
# other stories or sections, however long its lines.
LONG_RUN_ABOVE = 12

# "June (55)", "► 2011 (200)", "Travel (12)": a blog's archive or category
# widget, a name and how many posts it holds. A year in brackets is a
# citation or a release date ("Breathless (1960)"), not a count.
_COUNTED = regex.compile(r"^\W{0,3}(?:[^\W\d_]|(?:19|20)\d\d\b)[^()]{0,60}?\s\((\d{1,6})\)$")
COUNT_LIST_MIN = 3
COUNT_LIST_END_MIN = 2


def _is_counted(text: str) -> bool:
    text = text.strip()
    if not text.endswith(")"):
        return False  # most lines: no regex run on every pass
    m = _COUNTED.match(text)
    if m is None:
        return False
    return not _is_year(m.group(1))


def _is_year(number: str) -> bool:
    """A year in brackets ("Breathless (1960)") is a citation, not a count."""
    return len(number) == 4 and 1800 <= int(number) <= 2099


# The same widget written on one line: "Archives November 2012 (16) October
# 2012 (50) ...", "文章精選 2016 十月 (1) 2016 八月 (1) ...": counts make up a
# quarter of its words or more (prose citing "(1)" clauses has far fewer).
_COUNT = regex.compile(r"\s\((\d{1,5})\)(?=\s|$)")
COUNTS_IN_LINE_MIN = 4
WORDS_PER_COUNT_MAX = 4


def _counts_in_one_line(text: str) -> bool:
    if text.count("(") < COUNTS_IN_LINE_MIN:
        return False  # most lines: no regex run on every pass
    counts = [n for n in _COUNT.findall(text) if not _is_year(n)]
    return len(counts) >= COUNTS_IN_LINE_MIN and len(counts) * WORDS_PER_COUNT_MAX >= len(text.split())


def _runs_of(flags: list[bool], minimum: int) -> list[int]:
    """Indexes in runs of at least `minimum` consecutive True flags."""
    found: list[int] = []
    if flags.count(True) < minimum:
        return found  # most pages: no run at all (counted in C)
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag:
            if start is None:
                start = i
        elif start is not None:
            if i - start >= minimum:
                found.extend(range(start, i))
            start = None
    return found


def _count_lists(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Lines in runs of at least COUNT_LIST_MIN counted names: archive and
    category widgets. One or two such lines may be the article's own, but
    not when they end the text: a widget's last entries ("► July (3)",
    "► April (1)") under the article. And a widget written on one line."""
    flags = [c == SHORT and _is_counted(p.plain) for p, c in zip(paras, classes)]
    found = _runs_of(flags, COUNT_LIST_MIN)
    end = k = len(flags)
    while k > 0 and flags[k - 1]:
        k -= 1  # k: where the run that ends the text starts
    if COUNT_LIST_END_MIN <= end - k < COUNT_LIST_MIN:
        found.extend(range(k, end))
    found.extend(i for i, p in enumerate(paras) if classes[i] != BAD and _counts_in_one_line(p.plain))
    return sorted(set(found))


# "1", "2", "3", … a line each: a gallery's or a list's page numbers.
PAGER_MIN = 3
PAGER_MAX_DIGITS = 4


def _pagers(paras: list[Paragraph]) -> list[int]:
    """Lines in runs of at least PAGER_MIN numbers counting up by one, one
    number a line."""
    numbers: list[int | None] = []
    for p in paras:
        text = p.plain.strip() if len(p.plain) <= PAGER_MAX_DIGITS + 8 else ""  # most lines: no strip
        numbers.append(int(text) if len(text) <= PAGER_MAX_DIGITS and text.isdecimal() else None)
    # A line counts when it continues the line above or is continued by the line below.
    flags = [n is not None and (numbers[i - 1] == n - 1 or numbers[i + 1 : i + 2] == [n + 1])
             for i, n in enumerate(numbers)]
    return _runs_of(flags, PAGER_MIN)


# "1 / 8", "Image 2 of 8", "Bild 3 von 8", "Foto 4 de 8": a gallery's slide
# counter over each photo's caption.
_SLIDE_COUNTER = regex.compile(
    r"^\W{0,2}(?:\p{L}{1,10}\s+)?(\d{1,3})\s*(?:/|(?i:of|von|de|sur|di|van|z|из|з))\s*(\d{1,3})\W{0,2}$"
)
SLIDE_COUNTERS_MIN = 3


def _slide_counters(paras: list[Paragraph]) -> list[int]:
    """Counter lines of one gallery: at least SLIDE_COUNTERS_MIN of them with
    the same total, counting up, whatever lines (captions) stand between."""
    by_total: dict[int, list[tuple[int, int]]] = {}
    for i, p in enumerate(paras):
        if len(p.plain) <= 24 and (m := _SLIDE_COUNTER.match(p.plain.strip())):
            n, total = int(m[1]), int(m[2])
            if 1 <= n <= total:
                by_total.setdefault(total, []).append((i, n))
    found: list[int] = []
    for lines in by_total.values():
        numbers = [n for _, n in lines]
        if len(lines) >= SLIDE_COUNTERS_MIN and numbers == sorted(set(numbers)):
            found.extend(i for i, _ in lines)
    return found


STAMPED_RUN_MIN = 3


def _stamped_runs(paras: list[Paragraph], classes: list[str], start: int, end: int) -> set[int]:
    """Outside the core, short lines in runs of at least STAMPED_RUN_MIN that
    each open with a time or a date: a ticker or a list of other stories."""
    flags = [c == SHORT and not start <= i <= end and opens_with_stamp(p.plain)
             for i, (p, c) in enumerate(zip(paras, classes))]
    return set(_runs_of(flags, STAMPED_RUN_MIN))


def _tickers(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Runs of STAMPED_RUN_MIN or more lines of a section tag, a clock time
    and a headline ("call of duty 12:00 PM 0 How Not To Get Banned …"):
    a river of other stories, wherever it is. Such lines are long enough to
    read as prose, so they would otherwise win the article core."""
    return _runs_of([c != BAD and tagged_with_clock(p.plain) for p, c in zip(paras, classes)], STAMPED_RUN_MIN)


def _is_breadcrumb(text: str) -> bool:
    """'Business > Energy', 'News › World › Europe': short names joined by arrows."""
    parts = _BREADCRUMB_SEP.split(text)
    return len(parts) >= 2 and all(0 < len(part.split()) <= BREADCRUMB_MAX_WORDS for part in parts)


def _menu_runs(feats: list[Features], classes: list[str], start: int, config: Config) -> list[bool]:
    """Above the core: is the paragraph in a run made mostly of menu-sized lines?

    Menus and section lists are one to a few words a line; an article's own
    list above its first paragraph (a table of contents, dated entries) has
    longer lines.
    """
    menu = [False] * len(classes)
    for i, j in _runs_above(classes, start):
        tiny = sum(1 for f in feats[i:j] if f.n_words <= config.menu_max_words)
        menu[i:j] = [tiny * 3 >= (j - i) * 2] * (j - i)
    return menu


def _long_runs_above(paras: list[Paragraph], classes: list[str], start: int) -> set[int]:
    """Above the core: lines in runs of LONG_RUN_ABOVE or more non-prose
    lines that do not read as the article's own list. Such a run is a
    list of other stories or sections, however long its lines."""
    found: set[int] = set()
    for i, j in _runs_above(classes, start):
        if j - i >= LONG_RUN_ABOVE and not _reads_as_own_list([p.plain for p in paras[i:j]]):
            found.update(range(i, j))
    return found


def _runs_above(classes: list[str], start: int) -> list[tuple[int, int]]:
    """The runs of non-prose paragraphs above the core, as (first, end) pairs."""
    runs = []
    i = 0
    while i < start:
        if classes[i] in (GOOD, NEAR):
            i += 1
            continue
        j = i
        while j < start and classes[j] not in (GOOD, NEAR):
            j += 1
        runs.append((i, j))
        i = j
    return runs


# An article's own list: items with list markers ("1. ", "• "), or lines
# that end in a comma or semicolon (verse, a letter's sign-off, an address).
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]\s|[•·▪►✓*–+-]\s?)")
_CONTINUED = regex.compile(r"[,;]\s*$")
# A fact box or a memo's header: "Age: 46", "Role: Meskada", "DATE: May 1",
# "Step 2 (Delete h): heart".
_KEY_VALUE = regex.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,2}(?:\s\([^()]{1,40}\))?\s?:\s+\S")
# The same in Chinese and Japanese, no space after the mark: "作者︱春春",
# "原标题：…", "[责任编辑:肖春芳]".
_CJK_KEY_VALUE = regex.compile(r"^\s*\[?[\p{Han}\p{Hiragana}\p{Katakana}]{1,6}\s?[:：︱|]\s?\S")
# A list of sources: nothing but an address on the line.
_BARE_URL = regex.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A contact line that is only an address: e-mail or web.
_ADDRESS_LINE = regex.compile(
    r"^\W{0,3}(?:(?:e-?mail|mail|web)\s?:\s*)?(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)\W{0,3}$", regex.IGNORECASE
)
# A table's row: "Yes 76 38% 52% -14%" (numbers are most of its words).
_NUMBER = regex.compile(r"^[-+±$€£]?\d[\d.,:/]*%?$")
_DIGIT_RUNS = re.compile(r"\d+")


def _page_tail(
    paras: list[Paragraph], classes: list[str], end: int, closing: int | None, config: Config
) -> tuple[int, bool]:
    """Where the page's tail starts: a long run of short lines that ends the
    text below the article (related headlines, section links, the footer).

    Fewer lines are a tail when they are all headline-sized, or when they
    are the block of its own that closes the text (``closing``, see
    ``_closing_block``; a teaser's blurb in it is judged as prose).
    Returns where it starts (len(paras) when there is none) and whether
    its lines are all headline-sized. A run the article introduces
    ("Ingredients:") or that reads as its own list or verse is not a tail.
    """
    n = len(paras)
    i = n
    while i > end + 1 and classes[i - 1] in (SHORT, BAD):
        i -= 1
    if closing is not None:
        i = min(i, closing)
    # Known boilerplate in the run already takes the lines after it (B122);
    # the lines above it are the article's own unless they are many.
    known_at = classes.index(BAD, i) if BAD in classes[i:] else n
    none = (n, False)
    headlines = _headline_sized(paras[i:known_at])
    run = known_at - i
    if not headlines and i != closing:
        if run < config.tail_run_min - 1:
            return none
        if run == config.tail_run_min - 1 and not all(_link_like(p.plain) for p in paras[i:known_at]):
            return none
    if paras[i - 1].plain.rstrip().endswith(":") or paras[i].plain.rstrip().endswith(":"):
        return none
    if normalize_label(paras[i].plain) in _valedictions():
        return none  # "Yours sincerely", a name, a title: the letter's signature
    if any(normalize_label(p.plain) in _box_heads() for p in paras[i:known_at]):
        return none  # "Pros", "Verdict", "Key facts": the article's own box
    # Other stories' headlines with a kicker ("Reports: Workers told to ...")
    # are not a fact box's entries. They differ from each other: one caption
    # repeated under each photo of a gallery ("Philip Karlberg: Figurines") does not.
    lines = [p.plain for p in paras[i:known_at]]
    kickers = headlines and len(set(lines)) == len(lines)
    if _reads_as_own_list(lines, entries=not kickers):  # what follows the known line goes anyway
        return none
    return i, headlines


# The last block may hold this share of the prose above it: more is the
# article's last paragraphs, written one a line.
CLOSING_BLOCK_MAX_SHARE = 0.25
# Credits named by their role, whatever word joins the name: "Fotos de Rui
# Tavares", "Vídeo de ...", "Foto's van ...", "Фото автора", "Edição de ...".
_CREDIT_ROLE = regex.compile(
    r"^\W{0,2}(?i:fotos?|foto's|fotografías?|fotografias?|photos?|photographs?|pictures?|bild|bilder|zdjęcia|zdjęcie"
    r"|vídeos?|videos?|text|texto|textos|tekst|reportagem|reportaje|reporting|writing|edição|edición|editing|redacción"
    r"|redação|ilustración|ilustração|illustrations?|infografía|infografia|grafik|фото|видео|текст)\b"
)


def _opens_like_a_link(block: list[Paragraph]) -> bool:
    """Whether the block opens with a headline's shape: four words or more,
    no colon introducing what follows, no sentence end (unless cut short,
    "... that uses..."), or a question or an exclamation in a list of such
    lines ("Is This A Hate Crime?"; a question and its answer is an
    interview's last exchange)."""
    text = block[0].plain.rstrip()
    if len(words(text)) < TAIL_HEADLINE_MIN_WORDS or text.endswith((":", "：")):
        return False
    if not _ends_sentence(text) or _cut_short(text):
        return True
    return text.endswith(("?", "!")) and not any(ends_full_stop(p.plain) for p in block)


def _closing_block(paras: list[Paragraph], classes: list[str], span: tuple[int, int]) -> int | None:
    """Where the block of its own that closes the text starts, when it is
    the page's and not the article's: two lines or more, one a line, under
    an article written a paragraph a block. That is how a page renders its
    lists of links (related headlines, a teaser's headline and blurb, a
    footer). Not when a line in it is a byline or a credit ("Reporting by
    ..."), nor when it holds much prose. And only when it opens as links
    do, with a headline: an article's last lines open otherwise (a
    signature's name, an author's bio, a question and its answer, the
    last step of a recipe, a "Correction" heading)."""
    start = span[0]
    n = len(paras)
    first = n - 1
    while first > 0 and paras[first - 1].block == paras[-1].block:
        first -= 1
    if n - first < 2 or first <= start:
        return None
    core_blocks = [p.block for p in paras[start:first]]
    if len(set(core_blocks)) != len(core_blocks) or not _opens_like_a_link(paras[first:]):
        return None
    if any(_credits(p.plain) or _CREDIT_ROLE.match(p.plain) for p in paras[first:]):
        return None
    above = sum(len(paras[k].plain) for k in range(start, first) if classes[k] == GOOD)
    block = sum(len(paras[k].plain) for k in range(first, n) if classes[k] in (GOOD, NEAR))
    if not above or block > CLOSING_BLOCK_MAX_SHARE * above:
        return None
    return first


# Fewer lines are a tail when they are all headline-sized: a byline or a
# date under the article is shorter, and a credit names someone "by" name
# ("Additional reporting by Jane Doe"). (Not titles.HEADLINE_MIN_WORDS: that
# one tells a title line's headline part from a site's name.)
TAIL_HEADLINES_MIN = 3
TAIL_HEADLINE_MIN_WORDS = 4
_BY = "by|von|par|por|di|door|przez|oleh"
# A byline's head word and a colon ("Автор: Анна Рябцева", "Hazırlayan:
# Zeynep Korkmaz"), or the reporter's title next to the name, as Korean,
# Chinese and Japanese sites write it ("박수진 기자", "记者 王明").
_BYLINE_HEAD = (
    r"^\W{0,2}(?i:autor|autorka|autores|autora|auteur|autore|автор|авторы|yazar|hazırlayan|forfatter|författare"
    r"|kirjoittaja|szerző|autorius|autors|penulis|tác giả|text|texte|tekst|текст|συντάκτης|συντάκτρια)"
    r"\s*:\s*\p{Lu}"
    # (scripts without capitals)
    r"|^\W{0,2}(?:بقلم|كتب|كتبت|מאת|نویسنده|خبرنگار|लेखक|โดย|作者)\s*[:：]?\s*\S"
    r"|\p{Hangul}{2,4}\s?기자(?:\s|$)|(?:记者|記者)\s?\p{Han}{2,4}|\p{Han}{2,4}\s?(?:记者|記者)(?:\s|$)"
)
_CREDIT = regex.compile(rf"\b(?:{_BY})\s+\p{{Lu}}|{_BYLINE_HEAD}")
# Above a headline "By Jane Doe" opens a byline as well. (The tail test keeps
# the lower-case form: with a capital "By" too, a residue page kept its tail.)
_BYLINE = regex.compile(rf"\b(?i:{_BY})\s+\p{{Lu}}|{_BYLINE_HEAD}")


def _headline_sized(paras: list[Paragraph]) -> bool:
    return len(paras) >= TAIL_HEADLINES_MIN and all(
        # Words with letters: "Grade Levels 9 - 12" is a fact, not a headline.
        # (split() too: it keeps CJK lines, one "word" each, out.)
        len(p.plain.split()) >= TAIL_HEADLINE_MIN_WORDS
        and len(words(p.plain)) >= TAIL_HEADLINE_MIN_WORDS
        and (not _ends_sentence(p.plain) or _cut_short(p.plain))
        and not _CREDIT.search(p.plain)
        for p in paras
    )


BYLINE_MAX_WORDS = 12


def _credit_words(text: str) -> int:
    """Words of a byline, separators not counted ("Written by Jane Roe |
    Bengaluru | Updated: July 22, 2024 10:15 IST")."""
    return sum(1 for t in text.split() if any(map(str.isalnum, t)))


# A number or a comma: a fact's value ("9 - 12", "Civil Engineering, Transport").
_FACT_MARK = regex.compile(r"[\d,，、]")


def _link_like(text: str) -> bool:
    """A line that can only be a link: no byline or date, no entry
    ("More: http://...", "Source: AP", "Grade Levels 9 - 12", "Contact
    Mary Hale, Harbour Authority"), nothing it introduces."""
    return not (
        _FACT_MARK.search(text)
        or _credits_or_dates(text)
        or text.rstrip().endswith(":")
        or _KEY_VALUE.match(text)
        or _CJK_KEY_VALUE.match(text)
        or _BARE_URL.match(text)
    )


def _dated(text: str) -> bool:
    """A short line holding a full date anywhere ("Madrid - 12 mar 2025 -
    13:45 CET", "Tuesday, November 6, 2012")."""
    return _credit_words(text) <= BYLINE_MAX_WORDS and holds_date(text)


def _credits(text: str) -> bool:
    """A short byline or credit ("by Jane Doe", "Reporting by ...", "Autor: ..."), not a date."""
    return _short_credit(text) and _BYLINE.search(text) is not None


def _short_credit(text: str) -> bool:
    """Short enough for a byline: "Posts by Category: Book Club (236), Christmas (87), ..." is not."""
    return _credit_words(text) <= BYLINE_MAX_WORDS


def _credit_line(text: str) -> bool:
    """A byline or a dateline, the date anywhere in it ("Publié le 12/03/2025 à 20h15"),
    or relative ("Updated 2 hours ago")."""
    return _credits_or_dates(text) or _dated(text) or relative_stamp(text)


def _credits_or_dates(text: str) -> bool:
    """A short byline ("by Jane Doe", "Posted ... By Amelia Rose") or
    dateline ("November 8, 2012", "1:54 pm August 9, 2012, ...")."""
    return _short_credit(text) and (_BYLINE.search(text) is not None or starts_with_date(text))


def _cut_short(text: str) -> bool:
    """A teaser's headline cut short: "Apple files anti-theft patent that
    uses...", "A New World of …": the ellipsis follows a word (or a comma),
    not a sentence's end. String methods, not a pattern: a word character,
    then a repeat of dots and another one anchored at the end, backtracks
    quadratically on a long run of dots."""
    text = text.rstrip()
    if text.endswith("…"):
        body = text[:-1]
    elif text.endswith("..."):
        body = text.rstrip(".")
    else:
        return False
    if body[-1:].isspace():
        body = body[:-1]
    last = body[-1:]
    return last != "" and (last.isalnum() or last in ",_")


def _reads_as_own_list(lines: list[str], entries: bool = True) -> bool:
    """Lines that read as the article's own list: mostly list-marked, verse
    or a letter's lines ending in commas, or entries (a fact box, a list of
    sources, a table). `entries`: whether "Key: value" lines count as
    entries (not in other stories' headlines with a kicker)."""
    listed = sum(1 for t in lines if _LIST_MARKER.match(t))
    continued = sum(1 for t in lines if _CONTINUED.search(t))
    if listed * 2 >= len(lines) or continued * 3 >= len(lines):
        return True
    n_entries = sum(1 for t in lines if _KEY_VALUE.match(t) or _CJK_KEY_VALUE.match(t) or _BARE_URL.match(t)
                    or _is_table_row(t)) if entries else 0
    return n_entries * 2 >= len(lines)



@lru_cache(maxsize=1)
def _box_heads() -> frozenset[str]:
    return frozenset(map(normalize_label, data_lines("box_heads.txt")))


@lru_cache(maxsize=1)
def _valedictions() -> frozenset[str]:
    return frozenset(map(normalize_label, data_lines("valedictions.txt")))


def _is_table_row(text: str) -> bool:
    """Three or more numbers, and numbers are most of the line's words."""
    if len(_DIGIT_RUNS.findall(text)) < 3:
        return False  # most lines: one regex pass in C, no test per word
    words = text.split()
    numbers = sum(1 for w in words if _NUMBER.match(w))
    return numbers >= 3 and numbers * 2 > len(words)


# A block of its own above the article's headline, of one- and two-word
# lines without a number: a menu, however short ("Opinion / Columnists /
# Letters").
MENU_BLOCK_MIN_LINES = 3
MENU_BLOCK_MAX_WORDS = 2


def _menu_blocks(paras: list[Paragraph], classes: list[str], start: int) -> set[int]:
    blocks: dict[int, list[int]] = {}
    for i in range(start):
        if paras[i].block != paras[start].block:
            blocks.setdefault(paras[i].block, []).append(i)
    found: set[int] = set()
    for lines in blocks.values():
        # Not right over the prose: there a short block is the article's
        # fact box ("Open daily / Free entry / No dogs").
        if len(lines) >= MENU_BLOCK_MIN_LINES and max(lines) + 1 < start and all(
            classes[i] in (SHORT, BAD) and len(paras[i].plain.split()) <= MENU_BLOCK_MAX_WORDS
            and _DIGIT_RUNS.search(paras[i].plain) is None
            for i in lines
        ):
            found.update(lines)
    return found


def _furniture_section(
    paras: list[Paragraph], feats: list[Features], classes: list[str], end: int, inserts: Collection[int] = ()
) -> int:
    """Below the article, the first known heading of page furniture: related
    stories, newsletter and follow prompts, the footer. From there to the
    end of the text, teasers, dates and section names follow, including
    teaser sentences on the article's own topic. (`inserts`: lines that
    open nothing, a poll's buttons.)
    Returns its index, or len(paras) when there is none."""
    for i in range(end + 1, len(paras)):
        if classes[i] == BAD and feats[i].label and feats[i].category in SECTION_OPENERS and i not in inserts:
            return i
    return len(paras)


# A page-feedback widget's buttons under its question ("Was this page
# helpful?" / "Yes" / "No"): known only there, as an interview's answer or
# a poll's option may be a bare "No".
_FEEDBACK_BUTTONS = frozenset(
    map(normalize_label, "yes no ja nein oui non sí si sim não tak nie nee jo nej kyllä ei evet hayır हां हाँ नहीं 예 아니오".split())
)


def _feedback_buttons(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(button, question) for the yes/no lines right under a known feedback question."""
    found: list[tuple[int, int]] = []
    for i, f in enumerate(feats):
        if not (classes[i] == BAD and f.label and f.category == "comments" and _question(paras[i].plain)):
            continue
        j = i + 1
        while j < len(paras) and j - i <= 2 and normalize_label(paras[j].plain) in _FEEDBACK_BUTTONS:
            found.append((j, i))
            j += 1
    return found


# A reader poll: its question under a head ("POLL: Who will win?"), at most
# this many short answers, then its buttons ("Vote", "View results",
# "Abstimmen": a data file).
POLL_MAX_ANSWERS = 8
POLL_ANSWER_MAX_WORDS = 6


def _polls(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> set[int]:
    found: set[int] = set()
    for i, p in enumerate(paras):
        if not _question(p.plain) or _poll_heads().rest_after(p.plain) is None:
            continue
        j = i + 1
        while j < len(paras) and j - i <= POLL_MAX_ANSWERS and classes[j] != BAD and not feats[j].full_stop \
                and 0 < feats[j].n_words <= POLL_ANSWER_MAX_WORDS and not _poll_button(paras[j].plain):
            j += 1
        buttons = j
        while j < len(paras) and _poll_button(paras[j].plain):
            j += 1
        if j > buttons:
            found.update(range(i, j))
    return found


@lru_cache(maxsize=1)
def _poll_heads() -> LineHeads:
    return LineHeads(data_lines("poll_heads.txt"))


def _poll_button(text: str) -> bool:
    return len(text) <= 40 and normalize_label(text) in _poll_buttons()


@lru_cache(maxsize=1)
def _poll_buttons() -> frozenset[str]:
    return frozenset(map(normalize_label, data_lines("poll_buttons.txt")))


def _run_lengths(classes: list[str], start: int, end: int) -> list[tuple[int, bool]]:
    """For each paragraph outside the core: the length of its run of non-prose
    paragraphs, and whether a known boilerplate line is in that run."""
    n = len(classes)
    runs = [(0, False)] * n
    # The runs, found by a regex over one letter per class (a Python step
    # per paragraph was most of this function's time); the core splits them.
    letters = "".join(map(_CLASS_LETTER.__getitem__, classes))
    for lo, hi in ((0, start), (end + 1, n)):
        for m in _NON_PROSE_RUN.finditer(letters, lo, max(lo, hi)):
            i, j = m.span()
            # Boilerplate evidence for the whole run: known lines make up a
            # good part of it (one share label beside a byline is not enough).
            # At the very end of the text (below the article), one known line is
            # enough for what follows it: banners and footers are appended there,
            # while the lines between the article and a share bar are often its
            # own credits.
            n_bad = letters.count("b", i, j)
            tail = i > end and j == n
            whole_run = not tail and n_bad >= 2 and n_bad * 3 >= j - i
            tail_from = letters.index("b", i, j) if tail and n_bad else j
            # Paragraphs i..j-1: whole_run, or (at the tail) after tail_from.
            first_true = i if whole_run else min(tail_from + 1, j)
            runs[i:j] = [(j - i, False)] * (first_true - i) + [(j - i, True)] * (j - first_true)
    return runs


_CLASS_LETTER = {GOOD: "g", NEAR: "n", SHORT: "s", BAD: "b"}
_NON_PROSE_RUN = re.compile("[sb]+")


def _drop_comment_section(paras: list[Paragraph], feats: list[Features], classes: list[str], config: Config) -> None:
    texts = [p.plain for p in paras]
    span = core_span(classes, [len(t) for t in texts])
    article_start = span[0] if span is not None else 0
    section = find_comment_section(
        texts, feats, [c == GOOD for c in classes], [c == BAD for c in classes], config, article_start
    )
    if section is None:
        return
    # A header known as boilerplate is dropped as what it is (its own code).
    for j in range(section.first, len(paras)):
        if classes[j] != BAD:
            paras[j].drop("B110", after_comments_header=paras[section.header].index)
            classes[j] = BAD


def _quotes_phrase(p: Paragraph, f: Features, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A phrase hit in prose, inside the article core, about what the article is
    about is the article quoting it.

    A story about cookie banners may print "We use cookies"; the banner
    itself shares nothing with the story beyond the phrase, so the phrase's
    own words do not count towards the overlap.
    """
    if f.label or f.n_words < config.short_words or not core_vocab:
        return False
    if _leads_the_line(p.plain, f.phrase):
        return False  # "Read more: <headline>": a teaser on the topic by nature
    if _quotes_every_phrase(p.plain, config):
        return True  # 'a large green "Accept all cookies" button': the story quotes the banner
    if f.distinct_phrases >= 2:
        return False  # a banner strings its phrases together; a quote has one
    return _core_overlap(p, core_vocab, lang, exclude=content_stems(f.phrase, lang)) >= config.on_topic_overlap


_QUOTED = re.compile(r'"[^"\n]{1,300}"')


def quotations(text: str) -> tuple[list[str], str]:
    """The quotations of `text` and the words around them, folded as the
    lexicon folds text (quotation marks of every style become '"')."""
    folded = fold_text(text)
    return _QUOTED.findall(folded), _QUOTED.sub(" ", folded)


def _quotes_every_phrase(text: str, config: Config) -> bool:
    """Every lexicon phrase of the paragraph sits inside quotation marks,
    and the words around the quotes make a paragraph of their own: the
    article quotes a banner or a prompt (a banner quotes its own button,
    'By clicking "Accept All Cookies", you agree to the storing of cookies',
    with its other phrases outside the quotes)."""
    quotes, outside = quotations(text)
    if not quotes or len(outside.split()) < config.short_words:
        return False
    hits = Lexicon.load().phrases(text, words(text))
    return bool(hits) and all(any(phrase in quote for quote in quotes) for _, phrase in hits)


def _leads_the_line(text: str, phrase: str) -> bool:
    """The line opens with a phrase that ends in a colon ("Read more:",
    "LEA MÁS:", "Le puede interesar:"): what follows is another story's
    headline, whatever the words it shares with the article."""
    if not phrase.endswith(":"):
        return False
    return fold_text(text).lstrip(_LEADING_MARKS).startswith(phrase)


_LEADING_MARKS = " \t•·▪►»>*-–—"


def _short_on_topic(p: Paragraph, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A short line that speaks of the article is its own: two or more of
    its content words, and half of them, are the article's. (One is no
    evidence: stems are cut short and collide, "contenu" and "contexte".
    Nor is an address alone, "presse@stadtwerke-lindenau.de": its words
    name the site, which the article names too.)"""
    if _ADDRESS_LINE.match(p.plain):
        return False
    stems = content_stems(p.plain, lang)
    shared = len(stems & core_vocab)
    return shared >= 2 and shared / len(stems) >= config.on_topic_overlap


def _core_overlap(p: Paragraph, core_vocab: set[str], lang: str | None, exclude: set[str] = frozenset()) -> float:
    """Share of the paragraph's content words that the article core also uses."""
    stems = content_stems(p.plain, lang) - exclude
    if not stems:
        return 0.0
    return len(stems & core_vocab) / len(stems)
