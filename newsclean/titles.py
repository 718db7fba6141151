"""The page's title line: the headline again, with the site's name.

A scraper that saves a whole page starts with the text of its ``<title>``
("Police make arrests in kidnapping case - Yahoo! Sports", "Harbour ferry
returns | The Portside Chronicle"), and the article repeats the headline
below it without the site's name, or word for word. The headline stays,
where the article starts; the title line goes (D104).
"""

from __future__ import annotations

import regex

from .config import Config
from .document import Document, Paragraph
from .markup import markdown_level
from .text import ends_sentence, tokens, word_count, words

# Where a title tag joins headline and site name: " | ", " - ", " « ", " › ", " // ",
# "｜", "_".
# Not a colon: "Blog name: Headline" reads as a headline with a kicker (and
# the benchmark's golds keep such lines: tried, 163 pages lost), unless the
# headline comes again alone below the page's header (_kicker_copy).
_SITE_SEPARATOR = regex.compile(
    r"\s+(?:[-|–—«»‹›·•~/]|::|//)\s+|\s*[|｜]\s*"
    # A guillemet without spaces, but not one of a pair that quotes a name:
    # "نقد رمان «خانه‌ای در کوچه‌ی نارنج» لیلا صدری | ماهنامه‌ی برگ".
    r"|\s*«(?![^«»]*»)\s*|\s*(?<!«[^«»]*)»\s*"
    # Chinese and Japanese titles: "标题_科技_腾讯网" (an underscore between CJK words).
    r"|\s*_(?=[\p{Han}\p{Hiragana}\p{Katakana}])"
)
# The title is the first line a scraper writes (a skip link may come first).
TITLE_MAX_POSITION = 1
TITLE_MAX_CHARS = 300
# The headline part must be a headline, not a word ("News", "Home").
HEADLINE_MIN_WORDS = 3


# A word-for-word copy of the title line is the headline when prose follows
# it within this many lines (bylines, dates, a share bar and a photo
# caption stand between); a copy in a list of stories has none.
COPY_PROSE_REACH = 16


_READER_TITLE = regex.compile(r"^Title: (?=\S)")

# More lines than a header holds (a dateline, a byline, a share bar)
# between "Site: Headline" and the headline alone: the page's header.
KICKER_COPY_MIN_LINES_BETWEEN = 4


def drop_title_copies(doc: Document, config: Config) -> None:
    """Runs before the duplicate stage, which would keep the first copy."""
    kept = doc.kept()
    for pos, p in enumerate(kept[: TITLE_MAX_POSITION + 1]):
        # (A reader service writes the page's title as a field: "Title: <title>".)
        title = _READER_TITLE.sub("", p.plain, count=1) if pos == 0 else p.plain
        part = _headline_part(title)
        k = _copy_below(kept, pos, part) if part is not None else None
        if part is not None and part in (whole := _before_site(title)) and whole != part:
            # A headline with a dash of its own: "Kaune – pirmoji paroda | Site",
            # over the article (not a subheading under its first paragraphs).
            # Above its longest part alone, which may come again further
            # down (in the page's footer, in a list of stories), it is the one.
            whole_at = _copy_below(kept, pos, whole)
            if (whole_at is not None and (k is None or whole_at < k) and _heads_article(kept, whole_at, config)
                    and not _article_between(kept, pos, whole_at, config)):
                k = whole_at
        if k is None and part is not None and pos == 0 and _headline_and_site(title, part):
            # The title tag's headline cut short: "… obriga a retirar 340
            # pessoas" over the page's "… 340 pessoas da Baixa". (Not a
            # title with more parts than headline and site: "Highlights -
            # November 8, 2012 - Site" names one week's page of many.)
            k = _longer_copy_below(kept, pos, part)
            if k is not None and (not _heads_article(kept, k, config) or _article_between(kept, pos, k, config)):
                k = None
        if k is not None:
            p.drop("D104", headline=kept[k].index)
            continue
        if pos and part is not None and kept[0].kept and _key(kept[0].plain) == _key(part):
            # The title line right under the headline it names (the scraper
            # wrote the page's <h1> before its <title>).
            p.drop("D104", headline=kept[0].index, under=True)
            continue
        k = _kicker_copy(kept, config) if pos == 0 else None
        if k is not None:
            p.drop("D104", headline=kept[k].index, kicker=True)
            continue
        # (Not when the headline comes again word for word: see below.)
        k = _site_line(kept, config) if pos == 0 and _copy_below(kept, 0, p.plain) is None else None
        if k is not None:
            # The title tag's own wording of the headline ("KRÖNIKA: Sluta
            # skjutsa barnen – … | Östgöta Morgonpost"), named by the site
            # whose name the page prints as a line of its own.
            p.drop("B127", site=kept[k].index)
            continue
        # Second only under a title line or a line of known boilerplate (a
        # skip link): under a headline, a copy of a line below is a duplicate.
        if not _may_be_headline(p, config) or (pos and kept[0].kept and not _is_known(kept[0])):
            continue
        k = _copy_below(kept, pos, p.plain)
        if (k is not None and _heads_article(kept, k, config) and not _article_between(kept, pos, k, config)
                and not _heading_under_headline(p, kept[k])):
            p.drop("D104", headline=kept[k].index, word_for_word=True)


def _heading_under_headline(first: Paragraph, copy: Paragraph) -> bool:
    """The first line is the page's Markdown headline ("# Rhubarb Bars")
    and the copy a subheading under it ("## Rhubarb Bars", a recipe card's
    head): the copy is the article's, not the headline the first line names."""
    return first.text.startswith("# ") and markdown_level(copy.text) >= 2


def _kicker_copy(kept: list[Paragraph], config: Config) -> int | None:
    """Where the first line's headline after a colon ("Blog name: Headline")
    comes again alone, over the article, with the page's header between:
    the blog's name is then the site's. Right under the title line, or under
    a dateline and a byline, the copy is the article's own headline under
    its kicker. (The title line may end in the site's name too: "Lena
    Ahlström: Norrland är ingen bakgård – ge oss tågen tillbaka | Mittbladet".)"""
    k = None
    for text in (kept[0].plain, _before_site(kept[0].plain)):
        part = _after_kicker(text)
        k = _copy_below(kept, 0, part) if part is not None else None
        if k is not None:
            break
    if k is None or k - 1 < KICKER_COPY_MIN_LINES_BETWEEN:
        return None
    return k if _heads_article(kept, k, config) else None


# The site's name in a title line has at most this many words.
SITE_NAME_MAX_WORDS = 6


def _site_line(kept: list[Paragraph], config: Config) -> int | None:
    """Where the site named at the end of the first line ("Headline | Site")
    stands alone further down (the masthead, the footer's name), when the
    first line holds a headline before it. (A question or a sentence at the
    end is the headline's second half: "Negative Target Fixation – Do You
    Have It?".)"""
    text = kept[0].plain
    if len(text) > TITLE_MAX_CHARS or not _SITE_SEPARATOR.search(text):
        return None
    parts = _title_parts(text)
    if len(parts) < 2 or len(tokens(max(parts[:-1], key=lambda part: len(words(part))))) < HEADLINE_MIN_WORDS:
        return None
    site = parts[-1].strip()
    if _word_count(site) > SITE_NAME_MAX_WORDS or ends_sentence(site):
        return None
    site_key = _key(site)
    k = next((k for k in range(1, len(kept)) if _key(kept[k].plain) == site_key), None)
    if k is None:
        k = _masthead_naming(kept, site_key, config)
    # (With its date or its prose right under it, the line is the post's
    # headline: "… - Blue Lily Blog - tiny apple" over "tiny apple", "Oct 22
    # 2012" and its text. A masthead stands over the page's menus.)
    from .credits import opens_as_credit  # imports linefeatures, which imports this module

    if k is None or k + 1 == len(kept) or _is_prose(kept[k + 1], config) or opens_as_credit(kept[k + 1].plain):
        return None
    return k


# A masthead that prints the site's name with more (its slogan, the day's
# date: "La Voce Apuana Il quotidiano di Massa"), or the name alone where
# the title adds a section ("Gazeta Nadwiślańska Toruń", "Lahntal-Bote
# Sport"), stands near the top, over the menus.
MASTHEAD_REACH = 20


def _masthead_naming(kept: list[Paragraph], site_key: str, config: Config) -> int | None:
    """Where a line near the top, over the first paragraph of prose (other
    than a known banner's), starts with the site's name and goes on, or
    the site's name starts with the line; no sentence."""
    if not site_key:
        return None
    for k in range(1, min(len(kept), MASTHEAD_REACH)):
        if _is_prose(kept[k], config):
            if not _is_known(kept[k]):
                return None  # the article (a place named in the title's last part comes again in it)
            continue  # a known banner's prose names no masthead
        key = _key(kept[k].plain)
        names = key.startswith(site_key + " ") or site_key.startswith(key + " ")
        if key and names and not ends_sentence(kept[k].plain):
            return k
    return None


def _copy_below(kept: list[Paragraph], pos: int, headline: str) -> int | None:
    """Where ``headline`` comes again below ``pos``, on a line of its own (the
    same words: quotes and punctuation around a headline differ)."""
    shortest, longest, want = len(headline) // 2, 2 * len(headline), tokens(headline)
    for k in range(pos + 1, len(kept)):
        text = kept[k].plain
        if shortest <= len(text) <= longest and tokens(text) == want:
            return k
    return None


# A title tag may cut the headline short by this many words at most, and
# keeps this many words of it at least.
TITLE_CUT_MAX_WORDS = 4
TITLE_CUT_MIN_KEPT_WORDS = 6


def _longer_copy_below(kept: list[Paragraph], pos: int, headline: str) -> int | None:
    """Where a line below opens with ``headline`` and goes on for a few
    words more, or past the end of its first sentence or clause, and ends no
    sentence: the headline the title tag cut short. Only the first line that
    opens so is asked."""
    want = tokens(headline)
    if len(want) < TITLE_CUT_MIN_KEPT_WORDS:
        return None
    for k in range(pos + 1, len(kept)):
        text = kept[k].plain
        if len(text) <= len(headline) or ends_sentence(text):
            continue
        have = tokens(text)
        if have[: len(want)] == want:
            extra = len(have) - len(want)
            # (Or cut at the end of the headline's first sentence or clause:
            # "Houslař …: Dobrý nástroj se nedá uspěchat" over "… uspěchat.
            # Dřevo musí ležet aspoň deset let".)
            at_clause = text.startswith(headline.rstrip()) and _CLAUSE_END.match(text, len(headline.rstrip()))
            fits = 0 < extra <= TITLE_CUT_MAX_WORDS or (at_clause and extra <= len(want))
            return k if fits else None  # (the first such line only)
    return None


_CLAUSE_END = regex.compile(r"\s*[.:;!?–—]\s")


def _may_be_headline(p: Paragraph, config: Config) -> bool:
    """Headline-sized: a few words, fewer than a paragraph of prose, and no
    known boilerplate ("Skip to main content" comes twice on many pages)."""
    n_words = _word_count(p.plain)
    return HEADLINE_MIN_WORDS <= n_words < config.prose_min_words and not _is_known(p)


def _is_known(p: Paragraph) -> bool:
    from .boilerplate import is_known_boilerplate  # imports this module

    return is_known_boilerplate(p.plain)


def _heads_article(kept: list[Paragraph], k: int, config: Config) -> bool:
    """Does the copy at ``k`` head the article: prose below it within reach,
    and none right above it? (Under a paragraph of prose the copy is a
    subheading or a caption of the article that the title quotes.)"""
    if _is_prose(kept[k - 1], config):
        return False
    return any(_is_prose(q, config) for q in kept[k + 1 : k + 1 + COPY_PROSE_REACH])


# The first line heads the article when its prose starts within this many
# lines under it (a byline and a date between) with this many paragraphs
# in a row before the copy: the copy is then this story's place in a list
# of the most read under it. (Under a page's title line come its menus.)
ARTICLE_UNDER_TITLE_REACH = 3
ARTICLE_BETWEEN_MIN_PROSE = 3


def _article_between(kept: list[Paragraph], pos: int, k: int, config: Config) -> bool:
    between = kept[pos + 1 : k]
    first = next((j for j, q in enumerate(between[:ARTICLE_UNDER_TITLE_REACH]) if _is_prose(q, config)), None)
    if first is None:
        return False
    run = between[first : first + ARTICLE_BETWEEN_MIN_PROSE]
    if len(run) == ARTICLE_BETWEEN_MIN_PROSE and all(_is_prose(q, config) and not _is_known(q) for q in run):
        return True
    # Or an intro of two paragraphs in a row, then more prose under its
    # subheadings, over a recipe card that repeats the headline ("Why
    # bone-in thighs?" / …). A list of stories under a headline alternates
    # headline and blurb: no two paragraphs in a row.
    opening = between[first : first + ARTICLE_BETWEEN_MIN_PROSE - 1]
    return (len(opening) == ARTICLE_BETWEEN_MIN_PROSE - 1
            and all(_is_prose(q, config) and not _is_known(q) for q in opening)
            and sum(_is_prose(q, config) and not _is_known(q) for q in between[first:]) > ARTICLE_BETWEEN_MIN_PROSE)


def _is_prose(p: Paragraph, config: Config) -> bool:
    return _word_count(p.plain) >= config.prose_min_words and ends_sentence(p.plain)


def _word_count(text: str) -> int:
    return word_count(words(text), text.isascii())


def copied_above(doc: Document, index: int) -> bool:
    """Whether a line with the same words as paragraph ``index`` comes
    before it (below the title line), kept or not: the headline then is a
    repeat, in a list of recent stories, not the article's own."""
    key = _key(doc.paragraphs[index].plain)
    return any(_key(p.plain) == key for p in doc.paragraphs[1:index])


def _headline_part(text: str) -> str | None:
    """The headline of a title-tag line ('Headline - Site'), or None."""
    if len(text) > TITLE_MAX_CHARS or not _SITE_SEPARATOR.search(text):
        return None
    parts = _title_parts(text)
    if len(parts) < 2:
        return None  # a headline and a site name, both in words
    # The headline is the longest part in words; the rest name the site or
    # section. Its numbers count towards its size ("80-20 software II — The
    # Endeavour"), not towards its choice ("Ein Albtraum - DER SPIEGEL 52/2018").
    headline = max(parts, key=lambda part: len(words(part)))
    return headline if len(tokens(headline)) >= HEADLINE_MIN_WORDS else None


def title_line_shaped(text: str) -> bool:
    """A headline and a site's name, as a title tag joins them ("Rezept - Backen.de")."""
    return _headline_part(text) is not None


def _headline_and_site(title: str, part: str) -> bool:
    """The title line is the headline `part` and a site's name, no more:
    two parts, the second without a figure (not a date: "… - November 8,
    2012")."""
    parts = _title_parts(title)
    return (len(parts) == 2 and parts[0].strip() == part.strip()
            and not any(ch.isdigit() for ch in parts[1]))


def _before_site(title: str) -> str:
    """The title line without its last part, the site's name."""
    last = None
    for last in _SITE_SEPARATOR.finditer(title):
        pass
    return title[: last.start()] if last is not None else title


def _after_kicker(text: str) -> str | None:
    """The words after a kicker's colon ("The Science of Sport: A fictional
    portrayal ..."), when they make a headline."""
    head, colon, rest = text.partition(": ")
    if not colon or len(text) > TITLE_MAX_CHARS or not words(head):
        return None
    return rest if len(words(rest)) >= HEADLINE_MIN_WORDS else None


def _key(text: str) -> str:
    """Words only: quotes and punctuation around a headline differ between copies."""
    return " ".join(tokens(text))


def names_site(title: str, text: str) -> bool:
    """Is ``text`` the site's part of the title line, after its last
    separator ("Aleph: comentários — Paulo Coelho's Blog")?"""
    parts = _title_parts(title)
    return len(parts) > 1 and _key(parts[-1]) == _key(text)


def _title_parts(title: str) -> list[str]:
    """The parts of a title line between its separators, those with words."""
    return [part for part in _SITE_SEPARATOR.split(title) if words(part)]
