"""Per-line evidence: each paragraph's features and class, from its own text.

The features (words, stopword density, a sentence's end, a lexicon
category) and the class they give (BAD, GOOD, NEAR, SHORT: lineclass.py),
with the tests on one line that the lexicon's phrase lists cannot make: a
copyright line, a server's error, an encoded blob or markup, a menu written
on one line, a link to the previous post or to a file, a named newsletter.
The context rules that use them run in boilerplate.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .appprompts import APP_PROMPT_MAX_WORDS, app_prompt
from .config import Config
from .controls import ends_with_length, media_label, player_bar, player_time, timed_player_control
from .core import teaser_with_headline
from .fields import FIELD_LINE_MAX_WORDS, field_and_button
from .heads import LineHeads, colon_head
from .lexicon import Lexicon, data_lines, label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .offers import TRIAL_MAX_WORDS, trial_offer
from .readmore import READ_MORE_TEASER_MIN_WORDS, read_more_teaser
from .taglines import is_tag_line
from .text import CACHE_SIZE, ends_full_stop, starts_caseless, stopwords, unspaced_script, word_count, words
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
# ... but a photo's caption may end with the still's copyright: "Stills of
# the film, father and daughter (left) ©2025 Film Committee". Its words
# before the sign are a sentence's, not a site's name or a menu's.
CAPTION_MIN_WORDS = 6
_SIGN = regex.compile(r"[©ⓒⒸ]|\(c\)", regex.IGNORECASE)
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

# A sentence this long with stopwords reads as prose even when short.
NEAR_MIN_WORDS = 4
TERSE_MIN_WORDS = 2


# A label quoted or led by a dialogue dash, ending as a sentence: a line
# of an interview or a dialogue ("– „Ok.“", "\"Next.\"", "— Menu?").
_DIALOGUE_OPENERS = (*"\"'„“”«»‘’‚‹›「『", "- ", "– ", "— ")
_DIALOGUE_CLOSERS = "\"'“”»‘’‹›」』"


# Spanish, Russian and others write the dash right against the words: "—¿Volverá a la presa?".
DIALOGUE_DASHES = ("—", "―")


def _spoken(text: str) -> bool:
    text = text.strip()
    return text.startswith(_DIALOGUE_OPENERS) and _ends_sentence(text.rstrip(_DIALOGUE_CLOSERS))


def opens_as_speech(text: str) -> bool:
    """The line opens with a quotation mark or a dialogue dash: someone speaking."""
    text = text.lstrip()
    return text.startswith(_DIALOGUE_OPENERS) or text.startswith(DIALOGUE_DASHES)


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
    n_chars: int = 0  # its length, spaces included


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
    if (not label and n_words <= COPYRIGHT_MAX_WORDS and _may_be_copyright(text) and _COPYRIGHT.search(text)
            and not _caption_with_copyright(text, stop)):
        category, label, phrase = "footer", True, ""
    elif category is None and is_tag_line(text):
        category, label, phrase = "nav", True, ""  # "Tags: Ford, hybrid cars"
    elif category is None and n_words >= READ_MORE_TEASER_MIN_WORDS and (link := read_more_teaser(text)):
        category, label, phrase = "related", False, link  # "… the new Wii U console. Read more..."
    elif category is None and n_words <= TEASER_MAX_WORDS and (head := _teaser_head(text)):
        category, label, phrase = "related", False, head  # "Lees ook Nieuwe fietsbrug bij Zwolle …"
    elif category is None and n_words <= POST_LINK_MAX_WORDS and _is_post_link(text):
        category, label, phrase = "nav", True, ""  # "← Previous post's title"
    elif category is None and n_words <= NAMED_NEWSLETTER_MAX_WORDS and _names_a_newsletter(text, stop):
        category, label, phrase = "newsletter", True, ""  # "PC Gamer Newsletter"
    elif category is None and n_words <= MORE_FROM_MAX_WORDS and (_MORE_FROM.match(text) or _MORE_ABOUT.match(text)):
        category, label, phrase = "related", True, ""  # "Also on HuffPost:", "Meer over bodemdaling"
    elif (category is None or category == "related" and not label) and n_words <= RELATED_WITH_SITE_MAX_WORDS \
            and _related_label_naming_site(text, phrase):
        category, label, phrase = "related", True, ""  # "Leia também no Jornal da Ribeira": a heading, the site
    elif category is None and n_words <= FOLLOW_PROMPT_MAX_WORDS and (platform := _follow_prompt(text)):
        category, label, phrase = "follow", False, platform  # "Sigue a MARCADOR SUR en Google News"
    elif category is None and n_words <= APP_PROMPT_MAX_WORDS and (order := app_prompt(text)):
        category, label, phrase = "app", False, order  # "Last ned Kyst24-appen – gratis for abonnenter."
    elif category is None and n_words <= APP_BADGES_MAX_WORDS and _app_badges(text):
        category, label, phrase = "app", True, ""  # "Disponible en Google Play Descárgalo en App Store"
    elif category is None and n_words <= MENU_BAR_MAX_WORDS and _menu_bar(text):
        category, label, phrase = "nav", True, ""  # "News | Sport | Weather | iPlayer | Sounds"
    elif category is None and min(n_words, text.count(" ") + 1) <= SECTION_MENU_MAX_WORDS and _section_menu(text):
        # (Thai counts its words by the characters: a menu's names are spaced.)
        category, label, phrase = "nav", True, ""  # "Nachrichten Politik Wirtschaft Sport Kultur"
    elif category is None and n_words <= NAMED_PROMPT_MAX_WORDS and (m := _NAMED_PROMPT.match(text)):
        category, label, phrase = m.lastgroup, True, ""  # "Sign up for our Money newsletter"
    elif category is None and _READER_FIELD.match(text):
        category, label, phrase = "nav", True, ""  # "URL Source: https://...": a reader service's header
    elif category is None and _LINK_LIST_ITEM.match(text):
        category, label, phrase = "nav", True, ""  # "12. https://...": lynx's list of the page's links
    elif category is None and n_words <= DOWNLOAD_MAX_WORDS and _download_link(text):
        category, label, phrase = "related", True, ""  # "Förderliste 2025 (PDF, 412 KB)": a file to download
    elif category is None and n_words <= 1 and _ENGAGEMENT_COUNTS.match(text):
        category, label, phrase = "share", True, ""  # "💬 12", "👁 5 418": a page's counters of comments and views
    elif category is None and n_words <= READER_RATING_MAX_WORDS and _reader_rating(text):
        # "4,8 von 5 Sternen (132 Bewertungen)": a widget, as a share bar is
        category, label, phrase = "share", True, ""
    elif category is None and n_words <= FIELD_LINE_MAX_WORDS and field_and_button(text):
        category, label, phrase = "newsletter", True, ""  # "Din e-post Prenumerera": a sign-up form's field and button
    elif category is None and n_words <= TRIAL_MAX_WORDS and (offer := trial_offer(text)):
        category, label, phrase = "subscribe", False, offer  # "Jetzt 3 Monate für 0,99 € testen"
    density = n_stop / len(ws) if ws else 0.0
    headline_case = _headline_case(text, n_words)
    # (Not a ranking's or a result's line: "1. Team Aalen 53,20 s.", "Meier 12,4 s 3.")
    full_stop = ends_full_stop(text) and not text.lstrip()[:1].isdigit() and len(_DIGIT_RUNS.findall(text)) <= 1
    return Features(n_words, density, _ends_sentence(text), category, label, phrase, headline_case, n_phrases,
                    full_stop, len(text))


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


# The readers' mark of a recipe, a film, a product: a score out of 5 or 10
# and the count of votes in brackets ("4,8 von 5 Sternen (132 Bewertungen)",
# "امتیاز کاربران: ۴.۱ از ۵ (۸۶۳ رأی)"); a critic's score has no votes
# ("Puanımız: 7,8/10"). Or the row of marks to give ("Your rating: 1 2 3 4 5").
READER_RATING_MAX_WORDS = 12
_READER_RATING = regex.compile(
    r"^\W*(?:[^\d:：]{1,30}[:：]\s*)?[★☆\s]*(?P<score>\d(?:[.,]\d{1,2})?)\s*(?:/|(?:\p{L}{1,6}\s*){1,2})\s*"
    r"(?P<scale>\d{1,2})\b[^()\d]{0,20}\(\s*\d[\d.,\s]*\p{L}+\s*\)\W*$"
)
_RATING_ROW = regex.compile(r"^[^\d:：]{1,30}[:：]\s*(?P<marks>\d(?:\s+\d){4,9})\s*$")
# ... or a share of the readers' liking and its count of votes, alone on the
# line or after its label: "64 % (187 hlasů)", "Hodnotenie čitateľov: 71 % (389 hlasov)".
_READER_SHARE = regex.compile(r"^\W*(?:[^\d:：]{1,30}[:：]\s*)?\d{1,3}\s?%\s*\(\s*\d[\d.,\s]*\p{L}+\s*\)\W*$")


def _reader_rating(text: str) -> bool:
    """A readers' mark or share with its count of votes, or a row of marks to give."""
    if _DIGIT_RUNS.search(text) is None:
        return False  # (most lines, told in C)
    if (m := _READER_RATING.match(text)) is not None:
        scale = int(m["scale"])
        return scale in (5, 10) and float(unicodedata.normalize("NFKC", m["score"]).replace(",", ".")) <= scale
    if _READER_SHARE.match(text) is not None:
        return True
    row = _RATING_ROW.match(text)
    marks = row["marks"].split() if row is not None else []
    return bool(marks) and [int(d) for d in marks] == list(range(1, len(marks) + 1))


# Counters drawn as a symbol and a number ("💬 12", "👍 1.2k"), not a
# copyright year ("© 2024") or a rating ("★ 4.5").
_ENGAGEMENT_COUNTS = regex.compile(r"^(?:(?![©®℗★☆])[\p{Extended_Pictographic}\p{So}]\uFE0F?\s*\d[\d\s.,]*[kKmM]?\s*)+$")


# A site's menu on one line without separators: the names of its sections,
# four or more ("Nyheter Sport Kultur Ekonomi Debatt Väder"), and as many
# capitalised names of its places at most ("Nyheter Östersund Krokom Berg
# Strömsund Sport Åsikter Nöje Familj"); a section's name first.
SECTION_MENU_MIN_NAMES = 4
SECTION_MENU_MAX_WORDS = 14


def _section_menu(text: str) -> bool:
    # (In a script without capitals, Thai or Arabic, no place name can be
    # told: any word that is no section's name counts as one.)
    caseless = not text[:1].isupper() and starts_caseless(text)
    if not (text[:1].isupper() or caseless) or _ends_sentence(text):
        return False  # (quick outs: a menu's first name is capitalised; no sentence)
    names = section_names()
    toks = text.casefold().split()
    if toks[0] not in names and " ".join(toks[:2]) not in names:
        return False  # (a menu opens with a section's name: most lines go no further)
    words_as_written = text.split()
    found = other = i = 0
    while i < len(toks):
        if i + 1 < len(toks) and f"{toks[i]} {toks[i + 1]}" in names:
            i += 2  # "formule 1", "medio ambiente"
            found += 1
        elif toks[i] in names:
            i += 1
            found += 1
        elif caseless or words_as_written[i][:1].isupper():
            i += 1  # a local section's place name ("Östersund Krokom"), no more of them than names
            other += 1
            if 2 * other > len(toks):
                return False  # (too many already: no need to read on)
        else:
            return False
    return found >= SECTION_MENU_MIN_NAMES and other <= found


@lru_cache(maxsize=1)
def section_names() -> frozenset[str]:
    """A news site's section names, case-folded ("politics", "formule 1")."""
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
    if _ends_sentence(text):
        return False
    # (Chinese, Japanese and Korean write the head with a colon and no space:
    # "« 前の記事：伊予灘ものがたりで行く … 次の記事：雪の白川郷 »".)
    head, colon, rest = text.partition("：")
    if colon and rest.strip() and normalize_label(head) in label_set("post_link_heads.txt"):
        return True
    return _post_link_heads().rest_after(text) is not None


@lru_cache(maxsize=1)
def _post_link_heads() -> LineHeads:
    return LineHeads(data_lines("post_link_heads.txt"))


# Another story's link with its head on the same line, no colon between:
# "Læs også Skoleleder: Mobilforbud har givet mere ro" (lexicon/teaser_heads.txt).
TEASER_MAX_WORDS = 30
TEASER_HEADLINE_MIN_WORDS = 3
# A headline opens with a capital, a digit, or a letter of a script without capitals.
_OPENS_HEADLINE = regex.compile(r"\W{0,2}(?:\p{Lu}|\p{Lt}|\p{Lo}|\d)")


def _teaser_head(text: str) -> str:
    """The head, when the line is a head and a headline after it."""
    text = text.strip()
    heads, colon_heads = _teaser_heads()
    rest = heads.rest_after(text)
    if rest is None:
        rest = colon_heads.rest_after(text)
        if rest is None or not text[: len(text) - len(rest)].rstrip().endswith((":", "：")):
            return ""
    # (Words as the script writes them: "伊勢崎市で40.1度 今年全国初の40度超え" is more than two.)
    if ends_full_stop(text) or word_count(words(rest), rest.isascii()) < TEASER_HEADLINE_MIN_WORDS:
        return ""
    rest = rest.lstrip(":：-–— ")
    if not _OPENS_HEADLINE.match(rest):
        return ""  # "Lees ook het rapport van …": prose going on in lower case
    return text[: len(text) - len(rest)].strip()


@lru_cache(maxsize=1)
def _teaser_heads() -> tuple[LineHeads, LineHeads]:
    """The heads, and those that open such a line only with their colon."""
    lines = data_lines("teaser_heads.txt")
    return (LineHeads(h for h in lines if not h.endswith(":")),
            LineHeads(h.removesuffix(":") for h in lines if h.endswith(":")))


# A newsletter's name on a line of its own, a heading over its sign-up
# form: "PC Gamer Newsletter", "Axios newsletters", "GET THE BOING BOING
# NEWSLETTER", "Newsletter Rugby". (The word is the same in English,
# German, French, Spanish.)
NAMED_NEWSLETTER_MAX_WORDS = 5
_NAMED_NEWSLETTER = regex.compile(r"(?i)\bnewsletters?\W{0,2}$")
# Or the word first, the name after it: "Newsletter Rugby", "La newsletter
# Marchés", "Newsletter de Vivienda".
_NEWSLETTER_NAMED = regex.compile(r"(?i)^\W{0,3}(?:(?:la|le|die|der|el|our|the|notre|nuestra|unser|unsere)\s+)?newsletters?\s+")
# (Its first word capitalised is enough: French writes a name in sentence
# case, "Newsletter Faits divers".)


def _names_a_newsletter(text: str, stop: frozenset[str]) -> bool:
    """The name is capitalised word by word ("Sign Up for Our Newsletters");
    a subheading that speaks of newsletters ("The rise of the newsletter")
    has lower-case words other than stopwords."""
    if _NAMED_NEWSLETTER.search(text):
        name = text.split()[:-1]
    elif m := _NEWSLETTER_NAMED.match(text):
        name = text[m.end() :].split()
        if not name or _ends_sentence(text):
            return False
        if name[0][0].isupper():
            return True  # "Newsletter Faits divers": a name in sentence case
        if not name[-1][0].isupper():
            return False  # "Newsletter subscribers doubled": a sentence about newsletters
    else:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in stop for w in name)


# The heading of a list of a site's or a section's other stories: "Also on
# HuffPost:", "More from Relationships", "More in Business »", "Latest in
# Cricket", "Mehr aus Berlin:", "Aktuelles aus dem ÖBFV", "Más noticias de
# Colombia", "Dernières de Sport". The name
# is capitalised; "More on the ferries" is a subheading.
MORE_FROM_MAX_WORDS = 6
_MORE_FROM = regex.compile(
    r"^\W{0,3}(?i:also|more|other|related|read more|see more|latest|mehr|auch|aktuelles|neues|weitere|neueste"
    r"|más|más noticias|últimas|dernières|ultime|mer|meer|więcej|flere|fler|lisää|další)"
    # "More stories by Amara Eze", "Weitere Artikel von ...": the author's other pieces.
    r"(?:\s+(?i:stories|articles|posts|columns|news|beiträge|artikel|artículos|noticias|themen|nachrichten|meldungen"
    r"|nyheter|nyheder|artiklar|artikler|artykuły|wiadomości|krönikor|kronikker|kolumnen|kolumny|felietony|chroniques"
    r"|columnas|recipes|rezepte|recetas|recettes|ricette|receitas|recepten|przepisy|recept|opskrifter|oppskrifter))?"
    r"\s+(?i:on|from|at|in|by|von|aus|bei|auf|de|en|från|fra|van|uit|op|z|ze|od|av|af)(?:\s+(?i:dem|der|den|del|la|el))?"
    r"\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2}\s*[:»›>]?\s*$"
)


# Dutch and Scandinavian sites head their stories on a topic "Meer over" /
# "Mer om" and the topic in a few words ("Meer over bodemdaling", "Mer om
# klimatet i norr"). (In English "More on the ferries" is as often a
# subheading.)
_MORE_ABOUT = regex.compile(
    r"^\W{0,3}(?i:meer over|mer om|mere om)\s+(?:(?i:de|het)\s+)?\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}"
    r"\s*[:»›>]?\s*$"
)


# A known heading of a related list with "also" in it, then where the stories
# are from: "Leia também no Jornal da Ribeira", "Lire aussi sur Le Courrier
# du Vallon". The name is capitalised words, joined by short lower-case ones;
# a preposition of place or source leads it (lexicon/site_prepositions.txt).
SITE_NAME_MAX_WORDS = 5
RELATED_HEAD_MAX_WORDS = 4
RELATED_WITH_SITE_MAX_WORDS = RELATED_HEAD_MAX_WORDS + SITE_NAME_MAX_WORDS
_SITE_PREPOSITIONS = frozenset(data_lines("site_prepositions.txt"))


# A site named by its domain: "Læs også på fynskmad.dk".
_DOMAIN = regex.compile(r"(?:[\p{L}\d-]+\.)+\p{Ll}{2,6}")


def _related_label_naming_site(text: str, phrase: str) -> bool:
    """`phrase`: the related phrase the line holds ("" when it holds none: the
    heading is then looked up as a whole-line label)."""
    tail = text.rstrip(" :»›>")
    last = tail.rfind(" ") + 1
    if not tail[last : last + 1].isupper() and not ("." in tail[last:] and _DOMAIN.fullmatch(tail[last:])):
        return False  # (most lines: no capital nor domain at the end, tested before any split)
    ws = [w for w in (w.strip(":»›>") for w in text.split()) if w]
    folded = [w.casefold() for w in ws]  # (a heading in capitals: "ĐỌC THÊM TRÊN HẢI TRIỀU")
    if not ws or _SITE_PREPOSITIONS.isdisjoint(folded[1 : RELATED_HEAD_MAX_WORDS + 1]):
        return False  # no preposition where one would lead a site's name
    if ends_full_stop(text):
        return False
    for head in range(1, min(RELATED_HEAD_MAX_WORDS, len(ws) - 2) + 1):
        preposition, name = folded[head], ws[head + 1 :]
        if preposition not in _SITE_PREPOSITIONS:
            continue
        if len(name) + 1 > SITE_NAME_MAX_WORDS or not (all(
            w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in name
        ) or (len(name) == 1 and _DOMAIN.fullmatch(name[0]))):
            return False
        heading = normalize_label(" ".join(ws[:head]))
        if label_set("also_words.txt").isdisjoint(heading.split()):
            return False  # "Read the full story on CNN", "Recent posts from Jon Bloom": no other site's list
        if phrase:
            return heading == normalize_label(phrase)
        return Lexicon.load().label(heading) == "related"
    return False


# A prompt to follow the site on a platform, naming the site, which no
# phrase of the lexicon can hold: "Sigue a MARCADOR SUR en Google News y no
# te pierdas nada", "Telegram kanalımıza katılın". An imperative of
# lexicon/follow_verbs.txt and a platform of follow_platforms.txt.
FOLLOW_PROMPT_MAX_WORDS = 30
_FOLLOW_PLATFORM = regex.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(regex.escape, data_lines("follow_platforms.txt")), key=len, reverse=True))
    + r")", regex.IGNORECASE)
# A word of each platform's name that prose rarely holds ("google", not "line"): the cheap test first.
_FOLLOW_PLATFORM_KEYS = tuple(sorted({
    name.split()[0] if len(name.split()[0]) >= 5 else name for name in data_lines("follow_platforms.txt")
}))
_FOLLOW_LEADS = tuple(line[2:] for line in data_lines("follow_verbs.txt") if line.startswith("= "))
_FOLLOW_ANYWHERE = tuple(line[2:] for line in data_lines("follow_verbs.txt") if line.startswith("~ "))
_LEADING_MARKS = regex.compile(r"^[\W_]*")


def _follow_prompt(text: str) -> str:
    """The platform a prompt to follow names, or ""."""
    low = text.casefold()
    if not any(key in low for key in _FOLLOW_PLATFORM_KEYS):
        return ""  # (most lines: a plain substring test before the pattern)
    m = _FOLLOW_PLATFORM.search(text)
    if m is None:
        return ""
    if _opens_with_follow_verb(low[_LEADING_MARKS.match(low).end():]):
        return m.group().casefold()
    return m.group().casefold() if any(verb in low for verb in _FOLLOW_ANYWHERE) else ""


def _opens_with_follow_verb(low: str) -> bool:
    """The casefolded line opens with a verb of following, a whole word ("folge …", "síguenos …")."""
    return any(low.startswith(verb) and not low[len(verb):len(verb) + 1].isalpha() for verb in _FOLLOW_LEADS)


# A share bar written out in words: the same verb or preposition before two
# networks ("Partager sur Facebook Partager sur X Envoyer par e-mail", "Del på
# Facebook Del på LinkedIn Send til en ven"), in any language; a headline that
# names two networks names them once each ("Facebook and X fined"), and
# three with commas between.
SHARE_ROW_MAX_WORDS = 20
# Or three networks or more, a third of the line's words at least.
SHARE_ROW_MIN_NETWORKS = 3
_MAX_SHARE_ROW_CHARS = 160
# A network's name, maybe with a case ending ("Facebooku"; one letter, "x", only whole).
_SHARE_PLATFORM = regex.compile(
    r"(?<![\w'’-])(?:" + "|".join(
        regex.escape(name) + (r"\w{0,2}" if len(name) > 2 else "")
        for name in sorted(data_lines("share_platforms.txt"), key=len, reverse=True)
    ) + r")(?![\w'’-])")
_SHARE_WORD = regex.compile(r"[\w'’-]+")


def share_row(text: str) -> bool:
    """A line of share buttons that say what they do: a lead word said again
    before each of two networks or more, or three networks and little else;
    no sentence."""
    if len(text) > _MAX_SHARE_ROW_CHARS or "," in text or _ends_sentence(text):
        return False  # (a list in a sentence: "on Facebook, on X and on Threads")
    networks = set(_SHARE_PLATFORM.findall(text.casefold()))
    if len(networks) < 2:
        return False  # (most lines: one pass in C)
    written = _SHARE_WORD.findall(text)
    ws = [w.casefold() for w in written]
    if not 4 <= len(ws) <= SHARE_ROW_MAX_WORDS:
        return False
    network = [_SHARE_PLATFORM.fullmatch(w) is not None for w in ws]
    if len(networks) >= SHARE_ROW_MIN_NETWORKS and sum(network) * 3 >= len(ws):
        return True  # "Kongsi resipi ini: Facebook WhatsApp Telegram Pinterest": the networks are the line
    named = [k for k in range(1, len(ws)) if network[k]]
    # Each button's label starts with a capital: after a network, the next
    # button, not the sentence going on ("fined Facebook on Monday").
    if any(k + 1 < len(ws) and not written[k + 1][0].isupper() and not network[k + 1] for k in named):
        return False
    # (Two networks at least, each after a word that names none: "X X X", a
    # table's ticks, is no row of buttons.)
    leads = [ws[k - 1] for k in named if not network[k - 1]]
    return len({ws[k] for k in named}) >= 2 and len(set(leads)) < len(leads)


# A paywall's meter: how many of the month's free articles are read or left,
# "2 of 3", "3 dari 5", "2 von 3", and the word for articles a few words on
# ("Sie haben noch 2 von 3 kostenlosen NZ+ Artikeln in diesem Monat.", "Anda
# telah membaca 3 dari 5 artikel gratis bulan ini."). A story's figures are
# rarely "n of m articles" under twenty, and a meter is one short sentence.
METER_MAX_WORDS = 20
METER_MAX_CHARS = 200
_METER = regex.compile(
    r"(?i)(?<![\d.,])(?P<n>\d{1,2})\s+(?:of|von|dari|z|ze|zo|de|di|du|из|з|van|af|av|od|iš|от|από|/)\s+"
    r"(?P<m>\d{1,2})(?![\d.,])(?:\s+\S+){0,3}?\s+\+?(?:articles?|artikel\w*|artícul\w*|articol\w*|artig\w*"
    r"|artyku\w*|článk\w*|člán\w*|članak|članaka|članka|cikk\w*|straipsn\w*|стат\w*|makale\w*|artikkel\w*|artikl\w*"
    r"|άρθρ\w*)\b")


# ... and the meter says after them that they are free, or counts them by
# the month (not "the council approved 3 of 5 articles of the statute", nor
# "last month 3 of 10 articles were retracted"; not "Freitag", nor French
# "mes", "my": Spanish counts "este mes").
_METER_TERMS = regex.compile(
    r"(?i)\b(?:free|gratis|gratuit\w*|kostenlos\w*|frei|freie\w*|darmo\w*|zdarma|zadarmo|ingyenes\w*"
    r"|бесплатн\w*|безкоштовн\w*|ücretsiz|ilmai\w*|gratuiti?|δωρεάν|month\w*|monat\w*|mois|este mes|bulan"
    r"|miesiąc\w*|měsíc\w*|mesiac\w*|hónap\w*|месяц\w*|місяц\w*|måned\w*|månad\w*|kuu\w*|mēnes\w*|mėnes\w*"
    r"|μήνα|besplatn\w*|brezplačn\w*|mjesec\w*|mesec\w*)\b")


def paywall_meter(text: str) -> bool:
    """A paywall's count of the free articles read or left, in one short sentence."""
    if len(text) > METER_MAX_CHARS or _DIGIT_RUNS.search(text) is None:
        return False  # (most lines, told in C)
    m = _METER.search(text)
    return (m is not None and int(m["n"]) <= int(m["m"]) and len(text.split()) <= METER_MAX_WORDS
            and _METER_TERMS.search(text, m.start("m")) is not None)


# A newsroom's address for readers' tips, pictures and videos, in the prompt
# that asks for them: "Send oss på tips@kyst24.no eller SMS til 2424",
# "filmdrunk-tips@uproxx.com". (No paragraph of an article's own gives one in
# the benchmark's inputs; a prompt of a few sentences at most.)
TIPS_PROMPT_MAX_WORDS = 40
_TIPS_ADDRESS = regex.compile(r"(?i)(?<![\w.+-])[\w.+-]*?\b(?:tips?|tipsa|tipps?|nyhetstips|leserreporter)@[\w-]+\.\w")


def tips_prompt(text: str) -> bool:
    """A prompt with the newsroom's address for readers' tips."""
    return "@" in text and _TIPS_ADDRESS.search(text) is not None and len(text.split()) <= TIPS_PROMPT_MAX_WORDS


# A site's disclaimer under its head and a colon (lexicon/disclaimer_heads.txt):
# "Disclaimer: The views expressed on this site are my own …", "Penafian: …",
# "免责声明：…". (In the benchmark's inputs, one in sixteen such page lines is in
# the article's gold, a tutorial's own note; a notice of a few sentences at most.)
DISCLAIMER_MAX_WORDS = 80


def disclaimer(text: str) -> bool:
    """A line that opens with a disclaimer's head and its colon, then a
    notice written as sentences: not in lower case, as a writer's own aside
    goes on ("Disclaimer: if you see different patch sizes …", a tutorial's)."""
    headed = colon_head(text)
    return (headed is not None and normalize_label(headed[0]) in label_set("disclaimer_heads.txt")
            and not headed[1][:1].islower() and len(text.split()) <= DISCLAIMER_MAX_WORDS)


# The stores' badges side by side, in the page's words round them: "Disponible
# en Google Play Descárgalo en App Store", "Download on the App Store Get it
# on Google Play". (An article names one store, or both in a sentence.)
APP_BADGES_MAX_WORDS = 14
_STORES = regex.compile(r"(?i)\b(?:google play|app\s?store|appgallery)\b")


def _app_badges(text: str) -> bool:
    low = text.casefold()
    if "play" not in low and "gallery" not in low:
        return False  # (most lines, told in C)
    return len({m.casefold().replace(" ", "") for m in _STORES.findall(text)}) >= 2 and not _ends_sentence(text)


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


def heads_a_table(head: str, row: str) -> bool:
    """A bar of words over a row of as many cells with figures in most of
    them: a table's head ("Crop | Min | Max | Average" over "Onions | 2,900 |
    4,350 | 3,800"), not a menu; a menu's items are never counted below it."""
    heads, cells = _SEGMENT_SEP.split(head.strip()), _SEGMENT_SEP.split(row.strip())
    figured = sum(1 for cell in cells if _DIGIT_RUNS.search(cell))
    return len(heads) == len(cells) >= MENU_BAR_MIN_ITEMS and figured * 2 > len(cells)


# A prompt that names the site's newsletter or app where the lexicon's
# wording has "our": "Sign up for our Money newsletter", "Download The Mint
# News App". (Not "Follow Jane Roe on Twitter": under an article that is the
# author's sign-off, which clean articles keep.)
NAMED_PROMPT_MAX_WORDS = 16
_NAMED_PROMPT = regex.compile(
    # The name: one to four capitalised words.
    r"^\W{0,3}(?:"
    r"(?P<newsletter>(?i:sign\s+up|subscribe|register)\s+(?i:for|to)\s+(?i:our|the)\s+(?:\p{Lu}\S*\s+){1,3}"
    r"(?i:newsletters?)\b"
    # or the newsletter's name alone, to the line's end: "Sign up to The Pennine Briefing"
    r"|(?i:sign\s+up)\s+(?i:for|to)\s+(?i:our|the)\s+(?:\p{Lu}\S*\s+){0,3}\p{Lu}[^\s.!?]*$)"
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


def _caption_with_copyright(text: str, stop: frozenset[str]) -> bool:
    """A caption's words, then the copyright sign: the still's credit."""
    sign = _SIGN.search(text)
    if sign is None:
        return False
    before = text[: sign.start()].rstrip()
    if not before or before[-1] in "|·•/-–—:" or "copyright" in before.casefold():
        return False
    ws = words(before)
    return word_count(ws, before.isascii()) >= CAPTION_MIN_WORDS and (not stop or any(map(stop.__contains__, ws)))


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
    if player_time(text) or timed_player_control(text) or media_label(text) or player_bar(text):
        return "nav", True, "", 0
    if paywall_meter(text):
        return "subscribe", False, "meter", 1
    if tips_prompt(text):
        return "footer", False, "tips", 1
    if disclaimer(text):
        return "footer", False, "disclaimer", 1
    if share_row(text):
        # (A row of follow buttons opens the page's furniture as a follow prompt does.)
        return ("follow" if _opens_with_follow_verb(text.casefold()) else "share"), True, "", 0
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
    category = _labelled_ad(text, lexicon)
    if category is not None:
        return category, False, "", 1
    return None, False, "", 0


# An advertisement under its label, on one line: "Sponsored · Cut your
# bills", "ANZEIGE: Jetzt Standplätze buchen", "Werbung | …". The label is
# set apart as one (in capitals, or by a bar or a dot): "Partner: …",
# "Anzeige: …" (a criminal complaint) and "Promotion: …" open prose too.
# (The line as read here has lost its Markdown emphasis.) Not a teaser
# under "Related:": clean articles print those among their paragraphs.
LABELLED_AD_MAX_WORDS = 30
LABELLED_AD_MIN_WORDS = 2
_LABEL_REACH = 48  # the label and its separator are within this many characters
_LABEL_THEN_TEXT = regex.compile(r"^\W{0,4}(?P<label>[^\W\d][^:：|·\n]{1,40}?)\s*(?P<sep>[:：]|\s[|·])\s*(?P<rest>\S.*)$")


def _label_then_text(text: str, separators: str) -> regex.Match[str] | None:
    """A label set apart at the line's start, and the text after it. Most
    lines have none of the `separators` near their start: told in C, before
    the pattern."""
    head = text[:_LABEL_REACH]
    for separator in separators:
        if separator in head:
            return _LABEL_THEN_TEXT.match(text)
    return None


# ... or in brackets: "[광고] 여름 캠핑 시즌 특가", "【广告】…", "(Anzeige) …".
_BRACKETED_LABEL = regex.compile(r"^\W{0,2}?[\[【(（](?P<label>[^\]】)）\d]{1,20})[\]】)）]\s*(?P<rest>\S.*)$")


# The calls to action of an advertisement's copy (lexicon/ad_calls.txt): read by
# adcopy.py under an advertisement's label, and here after one on the same line.
# Chinese and Japanese calls are matched inside a run of characters too, as
# "低至" ("as low as") in "首付低至20万".
_IDEOGRAPH_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


@lru_cache(maxsize=1)
def _calls() -> tuple[frozenset[str], tuple[str, ...]]:
    """The calls to action (lexicon/ad_calls.txt): those matched as whole
    words, and those matched as characters (in scripts without spaces)."""
    calls = [normalize_label(line) for line in data_lines("ad_calls.txt")]
    unspaced = tuple(c for c in calls if unspaced_script(c[:1]) or _IDEOGRAPH_OR_KANA.match(c[:1]))
    return frozenset(c for c in calls if c not in unspaced), unspaced


def calls_to_action(text: str) -> bool:
    """A call to action is in the line ("Scopri le offerte", "Kup teraz")."""
    label = normalize_label(text)
    spaced, unspaced = _calls()
    ws = label.split()
    # (Phrases of up to four words, read at every word.)
    if any(" ".join(ws[k : k + n]) in spaced for n in range(1, 5) for k in range(len(ws) - n + 1)):
        return True
    return any(c in label for c in unspaced)


def _labelled_ad(text: str, lexicon: Lexicon) -> str | None:
    m = _label_then_text(text, ":|·：")
    if m is not None and not (m.group("sep").strip() in "|·" or (m["label"].isupper() and len(m["label"]) > 2)
                              or (lexicon.label(m["label"]) == "advert" and calls_to_action(m["rest"]))):
        m = None  # a label set apart by a colon is one in capitals only, or over copy that calls to action
    opening = text[:8].lstrip()[:1]  # (a slice: most lines are long, and strip()ping each would copy it)
    if m is None and opening and opening in "[【(（":
        m = _BRACKETED_LABEL.match(text.strip())
    if m is None or not LABELLED_AD_MIN_WORDS <= len(words(m.group("rest"))) <= LABELLED_AD_MAX_WORDS:
        return None
    return "advert" if lexicon.label(m.group("label")) == "advert" else None


VIDEO_TEASER_MAX_WORDS = 20


def video_teaser(text: str) -> bool:
    """A video's teaser: its label, a colon or a bar, its title and its
    length ("Video: Die Tore im Überblick (02:31)", "Vídeo | 01:12"). The
    length tells the player's widget: without it, "Video: Anthony Bourdain
    at The Girl & The Goat" under "Watch:" is the article's own embed, and
    over the article such a line is the headline of a post about a video."""
    m = _label_then_text(text, ":|：")
    if m is not None and normalize_label(m.group("label")) in label_set("video_labels.txt"):
        rest = m.group("rest").strip()
    else:
        # The label with no separator ("Vídeo Así rompen las olas … 01:24",
        # "▶ Trailer Sousedi z Jižáku (2024) 2:14"): the title opens as a
        # headline does.
        parts = text.lstrip("▶►▷⏵ ").split(maxsplit=1)
        if len(parts) < 2 or normalize_label(parts[0]) not in label_set("video_labels.txt"):
            return False
        rest = parts[1]
        if not _OPENS_HEADLINE.match(rest):
            return False
    return len(words(rest)) <= VIDEO_TEASER_MAX_WORDS and ends_with_length(rest)


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
    # their function words onto other words, and write fewer, longer words).
    if f.sentence_end and (f.n_words >= config.prose_min_words or f.n_chars >= config.prose_min_chars):
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


_LETTER = regex.compile(r"\p{L}")


# What a page's scripts put between an article's paragraphs: a consent
# banner, an advertisement's label, a share bar.
INSERTS = frozenset({"consent", "advert", "share"})


def banner_button(text: str, feats: list[Features], classes: list[str], i: int) -> bool:
    """Is line `i` (its text `text`) a "Learn more" label right under a
    consent banner's line: the banner's last button, not a heading over
    other stories?"""
    f = feats[i]
    return (i > 0 and classes[i] == BAD and f.label and f.category == "related"
            and classes[i - 1] == BAD and feats[i - 1].category == "consent"
            and normalize_label(text) in label_set("banner_buttons.txt"))


def _insert(c: str, f: Features) -> bool:
    """A consent, advertisement or share line, or a teaser with its headline
    ("Read also: ..."; not a bare "Related stories" heading, which opens a list)."""
    return c == BAD and (f.category in INSERTS or teaser_with_headline(f))


def _question(text: str) -> bool:
    """(A paragraph's text: stripped, so its last character is its mark.)"""
    return text.endswith(("?", "？", "؟"))


_DIGIT_RUNS = re.compile(r"\d+")
