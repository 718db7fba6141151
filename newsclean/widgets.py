"""Page widgets told by their shape.

Archive and category counts ("June (55)"), pagers and a gallery's slide
counters and buttons, tickers and time-stamped lists, reader polls,
page-feedback buttons, results tables and blocks of facts (kept whole
when they are the article's), and what Markdown and lynx print of a
page's links and pictures: image lines, lines that are one link out of
the page, lists of links to the site's own stories.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .comments import holds_date
from .credits import _credit_line, _credited_caption
from .document import Paragraph, block_end
from .heads import LineHeads, colon_head
from .lexicon import data_lines, label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _DIGIT_RUNS, Features, _question
from .markup import ADDRESS, LYNX_IMAGE
from .pagerwords import pager_words
from .stamps import opens_with_stamp, tagged_with_clock
from .text import ends_full_stop, ends_sentence, word_count, words


# A match result or a score: "Young Boys – Basel 3:1 (0:0)", "Galatasaray 2-0 Konyaspor".
_SCORE = regex.compile(
    r"(?<![\d.:/–-])\d{1,3}\s?[:–-]\s?\d{1,3}(?![\d.:/–-])(?!\s?(?i:[ap]\.?m\b|uhr\b|h\b))"  # not "11:39 AM"
)
RESULT_TABLE_MIN = 3
# The rules that judge a short line by its run or its topic (not a known label).
_RUN_CODES = frozenset({"B120", "B121", "B122"})


def score_row(text: str) -> bool:
    """A line holding a match's score ("Nitra 4:3 pp Košice"), no date."""
    return _SCORE.search(text) is not None and not holds_date(text)


def result_line(text: str) -> bool:
    """A match's result alone, the score its only figures ("Zvolen 2:1
    Poprad"; not a pitcher's record and average, "Maholm (9-7, 3.75 ERA)")."""
    return score_row(text) and len(_DIGIT_RUNS.findall(text)) == 2


def _keep_result_tables(paras: list[Paragraph], classes: list[str]) -> None:
    """A results table (three or more short lines in a row, each a score) is
    one thing: when half its rows or more stay as the article's (the teams
    its prose names), the others stay too, whatever their topic. (Fewer:
    a sidebar's standings, a row or two of which name the article's team.)
    So does a table of the round's results or of the standings that the
    article runs on into: its title and columns' heads right under a line
    the article keeps, a row of it the article's (its match, its team)."""
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and classes[j] == SHORT and score_row(paras[j].plain):
            j += 1
        scores = j > i
        if not scores:  # (standings without a score: "1. Victoria Krzeczów 17 39")
            while j < len(paras) and classes[j] == SHORT and _rank(paras[j].plain):
                j += 1
        rows = paras[i:j]
        if len(rows) >= RESULT_TABLE_MIN:
            if scores and 2 * sum(p.kept for p in rows) >= len(rows):
                _keep_rows(rows)
            elif any(p.kept for p in rows) and _results_or_standings(rows):
                head = _table_head(paras, classes, i)
                if head is not None:
                    note = [paras[j]] if _table_note(paras, classes, head, i, j) else []
                    _keep_rows([*paras[head:i], *rows, *note])
        i = max(j, i + 1)


# A table's note under its last row ("Fullstendige resultater finnes hos
# arrangøren.") is one sentence of this many words at most.
TABLE_NOTE_MAX_WORDS = 12
TABLE_NOTE_MIN_WORD_CHARS = 4


def _table_note(paras: list[Paragraph], classes: list[str], head: int, first: int, end: int) -> bool:
    """Line `end`, right under the table's rows, is its note: one short
    sentence with its full stop that names what the table's title or
    columns' heads (lines `head` to `first`) name ("Resultater, 15 km fri
    teknikk menn" / … / "Fullstendige resultater finnes hos arrangøren.")."""
    if end >= len(paras) or classes[end] not in (SHORT, NEAR):
        return False
    text = paras[end].plain
    if not ends_full_stop(text) or len(text.split()) > TABLE_NOTE_MAX_WORDS:
        return False

    def named(t: str) -> set[str]:
        return {w.casefold() for w in words(t) if len(w) >= TABLE_NOTE_MIN_WORD_CHARS}
    return not named(text).isdisjoint(set().union(*(named(p.plain) for p in paras[head:first])))


# A box of facts or a table kept whole has this many lines at least.
WHOLE_BLOCK_MIN_LINES = 3
# A table's row names something and ends with a figure, maybe its unit:
# "Henrik Sandvold (NOR) 1.712 točk".
_FIGURE_AT_END = regex.compile(r"\p{L}{2}.*\s\d[\d.,]*(?:\s?\p{L}{1,6}\.?)?\s*$")


# A box's fact, its name (of FIELD_NAME_MAX_WORDS words at most, as a
# field's) and colon, then a statement: "Getting there: two flights a day
# from Bangkok, or ten hours by coach". (A figure in the name is a list's
# step or a day's heading, "Day 2: …"; a link is no statement, "Source:
# http://…".)
FACT_MIN_WORDS = 3


def _named_fact(text: str) -> bool:
    headed = colon_head(text)
    if headed is None:
        return False
    name, fact = headed
    return (len(name.split()) <= FIELD_NAME_MAX_WORDS and not _DIGIT_RUNS.search(name)
            and "://" not in fact and word_count(words(fact)) >= FACT_MIN_WORDS)


def _keep_whole_blocks(paras: list[Paragraph], classes: list[str]) -> None:
    """Blocks of short lines that are one thing, kept whole when the
    article keeps part of them:
    - a box of facts right under a line the article keeps, each line a
      statement with its full stop (headlines end in none), one of them on
      the article's topic ("Aino Ketola" / "Syntynyt 1984 Kajaanissa." /
      "Valmistunut … 2010.");
    - a box of named facts right under a line the article keeps, each a
      short name, its colon and a statement, kept or not ("ข้อมูลน่ารู้ก่อนเดินทาง"
      / "การเดินทาง: มีเที่ยวบินตรง…" / "ที่พัก: โฮมสเตย์…");
    - a table whose rows each end with a figure, half of them or more kept
      ("Končni skupni seštevek" / "Henrik Sandvold (NOR) 1.712 točk" / …)."""
    i = 0
    while i < len(paras):
        j = block_end(paras, i)
        rows = paras[i:j]
        if len(rows) >= WHOLE_BLOCK_MIN_LINES:
            kept = sum(p.kept for p in rows)
            short = all(classes[k] == SHORT for k in range(i, j))
            under_kept = i > 0 and paras[i - 1].kept and paras[i - 1].block != paras[i].block
            facts = under_kept and short and kept and all(ends_full_stop(p.plain) for p in rows)
            named_facts = under_kept and all(classes[k] != BAD and _named_fact(paras[k].plain) for k in range(i, j))
            table = short and 2 * kept >= len(rows) and all(_FIGURE_AT_END.search(p.plain) for p in rows)
            if facts or named_facts or table:
                _keep_rows(rows)
        i = j
    _keep_field_lists(paras, classes)


# A box of fields, each name alone on its line over its value ("Režie:" /
# "Tereza Vondráčková" / "Scénář:" / …), as a scraper writes a definition
# list: this many fields at least, a name of this many words at most.
FIELD_LIST_MIN_FIELDS = 3
FIELD_NAME_MAX_WORDS = 3


def _field_name(text: str) -> bool:
    text = text.strip()
    return text.endswith((":", "：")) and len(text.split()) <= FIELD_NAME_MAX_WORDS


def _keep_field_lists(paras: list[Paragraph], classes: list[str]) -> None:
    """Fields of a box, each name on its own line over its value: kept whole
    when half their values or more stay (the film's director and cast, names
    the review's prose names), names, dates and all."""
    i = 0
    while i < len(paras):
        j = i
        while (j + 1 < len(paras) and classes[j] == SHORT and classes[j + 1] == SHORT
               and _field_name(paras[j].plain) and not _field_name(paras[j + 1].plain)):
            j += 2
        fields = (j - i) // 2
        if fields >= FIELD_LIST_MIN_FIELDS and 2 * sum(paras[k].kept for k in range(i + 1, j, 2)) >= fields:
            _keep_rows(paras[i:j])
        i = max(j, i + 1)


def _results_or_standings(rows: list[Paragraph]) -> bool:
    """Each row a match's result alone, or each a rank, one more than the
    row's over it, and figures."""
    if all(result_line(p.plain) for p in rows):
        return True
    ranks = [_rank(p.plain) for p in rows]
    return all(ranks) and all(b == a + 1 for a, b in zip(ranks, ranks[1:]))


# A standings row: a rank, a name, figures ("2. Start Mogilany 17 36 38:20").
_RANKED = regex.compile(r"\s*(\d{1,2})\.?\s+\p{L}")


def _rank(text: str) -> int:
    """The rank a standings row opens with, or 0 (no row)."""
    m = _RANKED.match(text)
    return int(m[1]) if m is not None and len(_DIGIT_RUNS.findall(text)) >= 1 + STANDINGS_ROW_MIN_FIGURES else 0


def _keep_rows(rows: list[Paragraph]) -> None:
    for p in rows:
        if not p.kept and p.decision.code in _RUN_CODES:
            p.keep_as("K001", table_row=True)


def _table_head(paras: list[Paragraph], classes: list[str], first: int) -> int | None:
    """The first line of a table's title and columns' heads (a line or two
    of a few words, no sentence) over its first row `first`, when a line
    the article keeps stands right over them; else None."""
    k = first
    while k > first - STANDINGS_HEAD_MAX_LINES and k > 0 and classes[k - 1] == SHORT:
        text = paras[k - 1].plain
        if len(text.split()) > STANDINGS_HEAD_MAX_WORDS or ends_sentence(text):
            break
        k -= 1
    if k == first or k == 0 or not paras[k - 1].kept:
        return None
    return k


# A standings table's row holds figures: a rank and points at least.
STANDINGS_ROW_MIN_FIGURES = 2
STANDINGS_MIN_ROWS = 3
# Over the rows, the table's title and its columns' heads ("Tabelle
# Regionalliga Südwest", "Pl. Verein Sp. Tore Pkt."); a figure only in a
# title of a few words ("Tabelle 2. Liga").
STANDINGS_HEAD_MAX_LINES = 2
STANDINGS_HEAD_MAX_WORDS = 8
STANDINGS_FIGURED_HEAD_MAX_WORDS = 4
STANDINGS_LINK_MAX_CHARS = 60
_ABBREVIATION = regex.compile(r"(?<!\w)\p{L}{1,4}\.(?!\w)")


def _standings_row(text: str) -> bool:
    """A row of figures ("1. Kickers Lahnau 24 51:20 55"), or a gap
    between rows ("...")."""
    return len(_DIGIT_RUNS.findall(text)) >= STANDINGS_ROW_MIN_FIGURES or text.strip() in ("...", "…")


def standings_widgets(paras: list[Paragraph], classes: list[str]) -> list[tuple[int, int]]:
    """(line, link) for the lines of a league's standings widget: its link
    to the whole table ("Zur kompletten Tabelle", lexicon/standings_links.txt),
    the rows right over it (three or more, each with two figures or
    more) and up to two lines over them (the table's title and columns).
    The article's own results table has no such link."""
    links = label_set("standings_links.txt")
    found: list[tuple[int, int]] = []
    for i, p in enumerate(paras):
        if len(p.plain) > STANDINGS_LINK_MAX_CHARS or not _standings_link(normalize_label(p.plain), links):
            continue
        k = i - 1
        while k >= 0 and classes[k] == SHORT and _standings_row(paras[k].plain):
            k -= 1
        if i - 1 - k < STANDINGS_MIN_ROWS or _sentence_under(paras, classes, i):
            # The link alone: over too few rows, or inside the article, which
            # goes on with a sentence under it (its own table, the first
            # rows of the league's: "V piatok hrá Nitra v Trenčíne, …").
            found.append((i, i))
            continue
        for _ in range(STANDINGS_HEAD_MAX_LINES):
            text = paras[k].plain if k >= 0 else ""
            if not text or classes[k] != SHORT or len(text.split()) > STANDINGS_HEAD_MAX_WORDS:
                break
            if _DIGIT_RUNS.search(text) and (len(text.split()) > STANDINGS_FIGURED_HEAD_MAX_WORDS or ":" in text):
                break  # the report's facts ("Gelb: Fuchs, Leitner"), not the table's title ("Tabelle 2. Liga")
            if ends_sentence(text) and len(_ABBREVIATION.findall(text)) < 2:
                break  # a sentence, not the columns' heads ("Pl. Verein Sp. Tore Pkt.")
            k -= 1
        found.extend((j, i) for j in range(k + 1, i + 1))
    return found


# The link may name the league after its words: "Zobacz pełną tabelę II ligi".
STANDINGS_LINK_NAME_MAX_WORDS = 3


def _standings_link(key: str, links: frozenset[str]) -> bool:
    """`key` (a normalised line) is a link to the whole table, maybe with the league's name after it."""
    if key in links:
        return True
    ws = key.split()
    return any(" ".join(ws[:n]) in links for n in range(max(1, len(ws) - STANDINGS_LINK_NAME_MAX_WORDS), len(ws)))


# A sentence of at least this many words under the link goes on with the article.
STANDINGS_SENTENCE_UNDER_MIN_WORDS = 5


def _sentence_under(paras: list[Paragraph], classes: list[str], i: int) -> bool:
    if i + 1 >= len(paras) or classes[i + 1] == BAD:
        return False
    text = paras[i + 1].plain
    return ends_sentence(text) and len(text.split()) >= STANDINGS_SENTENCE_UNDER_MIN_WORDS


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
    """A year in brackets ("Breathless (1960)") is a citation, not a count;
    so are a Solar Hijri year in Persian digits ("«صد شب بی‌خوابی» (۱۳۶۸)")
    and a year of the Buddhist Era ("(2568)")."""
    if len(number) != 4:
        return False
    year = int(number)
    return 1800 <= year <= 2099 or 2400 <= year <= 2599 or (not number.isascii() and 1300 <= year <= 1499)


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
    number a line; or of two, from 1, under a pager's label ("Halaman:");
    and pagers written on one line ("Page 1 2 3 Next ›")."""
    numbers: list[int | None] = []
    for p in paras:
        text = p.plain.strip() if len(p.plain) <= PAGER_MAX_DIGITS + 8 else ""  # most lines: no strip
        numbers.append(int(text) if len(text) <= PAGER_MAX_DIGITS and text.isdecimal() else None)
    # A line counts when it continues the line above or is continued by the line below.
    flags = [n is not None and (numbers[i - 1] == n - 1 or numbers[i + 1 : i + 2] == [n + 1])
             for i, n in enumerate(numbers)]
    found = _runs_of(flags, PAGER_MIN)
    for i in range(len(paras) - 2):
        if numbers[i + 1] == 1 and numbers[i + 2] == 2 and pager_words(paras[i].plain) == 0:
            k = i + 1
            while k < len(paras) and numbers[k] == k - i:
                k += 1
            found.extend(range(i, k))  # the label and its numbers
    found.extend(i for i, p in enumerate(paras) if _pager_line(p.plain))
    return sorted(set(found))


_DIGIT = re.compile(r"\d")


def _pager_line(text: str) -> bool:
    # (Most lines hold no figure: told in C, before the tokens are read.)
    return text[:1] != "#" and _DIGIT.search(text) is not None and (pager_words(text) or 0) >= 2


# A line made only of Markdown links into the page itself: a table of
# contents ("* [Design](#section-design)"), a pager ("[‹ Prev](#) [Next ›](#)"),
# a widget's buttons ("[Refresh](#)", "[Rate it](#rating)"). The article's
# own links lead out of the page.
_ANCHOR_LINK = regex.compile(r"\[[^\[\]]+\]\(#[^()\s]*\)")
_BETWEEN_ANCHOR_LINKS = regex.compile(r"[\s*•·|/>:.)\d–—-]*")


# A reader service writes the links into the page with the page's address
# ("[Muss ich das Gerät anmelden?](https://example.org/faq#anmeldung)"):
# an address that comes with two fragments or more is the page's own.
_FRAGMENT_LINK = regex.compile(r"\]\((?P<base>https?://[^()\s#]+)#(?P<fragment>[^()\s]*)\)")
PAGE_FRAGMENTS_MIN = 2


def _own_page_addresses(paras: list[Paragraph]) -> set[str]:
    fragments: dict[str, set[str]] = {}
    for p in paras:
        if "#" in p.text:
            for m in _FRAGMENT_LINK.finditer(p.text):
                fragments.setdefault(m["base"], set()).add(m["fragment"])
    return {base for base, seen in fragments.items() if len(seen) >= PAGE_FRAGMENTS_MIN}


def anchor_link_lines(paras: list[Paragraph]) -> list[int]:
    """Lines whose every word is in a link into the page ("](#", or the
    page's own address and a fragment)."""
    own = _own_page_addresses(paras)
    found = []
    for i, p in enumerate(paras):
        text = p.text
        if own and "](http" in text:
            text = _FRAGMENT_LINK.sub(lambda m: "](#)" if m["base"] in own else m[0], text)
        if "](#" in text and _BETWEEN_ANCHOR_LINKS.fullmatch(_ANCHOR_LINK.sub("", text)) is not None:
            found.append(i)
    return sorted({*found, *_contents_heads_over(paras, found)})


def _contents_heads_over(paras: list[Paragraph], links: list[int]) -> list[int]:
    """The heading right over a run of such lines that says it is a table
    of contents ("**Inhalt**", "**目次**")."""
    at = set(links)
    return [
        i - 1 for i in links
        if i >= 1 and i - 1 not in at and all(k in at for k in range(i, i + TOC_MIN_ENTRIES))
        and _contents_head(paras[i - 1])
    ]


# A Markdown image, alone on its line or with others, bare or as a link:
# "![Harbour wall](/img/wall.jpg)", "[![](/a.jpg)](/gallery)". Its alt text
# is the picture's description for those who cannot see it, not a sentence
# of the article (a caption, if any, is written on its own line).
_IMAGE_MARKUP = regex.compile(rf"\[!\[[^\[\]]*\]{ADDRESS}\]{ADDRESS}|!\[[^\[\]]*\]{ADDRESS}")


# An image's file name in brackets, all the line: "[pompa-ciepla-ogrod.jpg]".
_IMAGE_FILE = regex.compile(r"(?i)\[[^\[\]\s]{1,120}\.(?:jpe?g|png|gif|webp|avif|svg)\]")


def image_lines(paras: list[Paragraph]) -> list[int]:
    """Lines made only of Markdown images, or of lynx's "[IMG]", or of an
    image's file name in brackets, which lynx prints for an image without
    alt text ("[pompa-ciepla-ogrod.jpg]")."""
    return [i for i, p in enumerate(paras)
            if ("![" in p.text and not _IMAGE_MARKUP.sub("", p.text).strip(" \t*_|"))
            or ("[IMG]" in p.text and LYNX_IMAGE.fullmatch(p.text.strip()))
            or (p.text.rstrip().endswith("]") and _IMAGE_FILE.fullmatch(p.text.strip()))]


# A line that is one Markdown link out of the page and nothing more: a
# button ("[Load more updates](…)", "[Check price at Volta £349](…)"), a
# promotion, a teaser. The article's links sit inside its sentences. A
# byline's name may be a link of its own, to the writer's page.
_LONE_LINK = regex.compile(rf"^(?P<em>[*_]{{0,2}})\[(?P<text>[^\[\]]+)\](?P<address>{ADDRESS})(?P=em)$")
_WRITER_PAGE = regex.compile(
    r"(?i)/(?:authors?|autor(?:e|es|en|i)?|auteurs?|skribent(?:er)?|journalist(?:en|er)?|reporters?|redakt\w*"
    r"|columnists?|writers?|staff|people|profil(?:es?)?|byline)(?:/|\b)"
)
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "van", "von", "der", "den", "ten", "ter",
     "y", "e", "bin", "ibn"}
)
NAME_MAX_WORDS = 4


def _reads_as_name(text: str) -> bool:
    """"Elin Forsgård", "Rocío Balmaseda", "Ana de la Vega": two to four
    capitalised words (name particles between), no digits. (Stricter than
    credits._bare_name, which takes any two words of a script without
    capitals for a name: a link's text in one is as often a button.)"""
    parts = text.split()
    if not 2 <= len(parts) <= NAME_MAX_WORDS or any(ch.isdigit() for ch in text):
        return False
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in parts) and parts[0][:1].isupper()


_ANY_LINK_ADDRESS = regex.compile(r"\]\((?P<address>[^()\s]*)")
_LYNX_REFERENCE = regex.compile(r"^\s*(?P<n>\d{1,4})\.\s+(?P<address>[a-z][a-z0-9+.-]{1,10}:\S+)\s*$", regex.M)
_HOST = regex.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//(?:[^/@\s]*@)?(?P<host>[^/:?#\s]+)")
_SHORT_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"})
# A list item that is one link and nothing else: "* [Headline](/path)",
# "1.   [Headline](https://…)", lynx's "* [16]Headline".
_LINK_ITEM = regex.compile(
    rf"^\s*(?:[*+•-]|\d{{1,2}}[.)])\s+(?:\[(?P<text>[^\[\]]+)\](?P<address>{ADDRESS})|\[(?P<n>\d{{1,4}})\]\S.*)\s*$"
)
OWN_LINK_LIST_MIN = 2


def _site(address: str) -> str | None:
    """The site an address is on ("www.news.example.co.uk" -> "example.co.uk"),
    "" for an address on the page's own site (a relative one), None for none."""
    if address.startswith(("mailto:", "tel:", "javascript:", "#")):
        return None
    m = _HOST.match(address)
    if m is None:
        return ""  # "/sport/football/...": the page's own site
    labels = m["host"].lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SHORT_SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _link_sites(paras: list[Paragraph]) -> tuple[str | None, dict[str, str]]:
    """The page's own site (the one most of its links lead to) and lynx's
    link numbers' addresses from its References."""
    numbered: dict[str, str] = {}
    counts: dict[str, int] = {}
    for p in paras:
        addresses = [m["address"] for m in _ANY_LINK_ADDRESS.finditer(p.text)] if "](" in p.text else []
        if "://" in p.text and _LYNX_REFERENCE.search(p.text):
            for m in _LYNX_REFERENCE.finditer(p.text):
                numbered[m["n"]] = m["address"]
                addresses.append(m["address"])
        for address in addresses:
            site = _site(address)
            if site:
                counts[site] = counts.get(site, 0) + 1
    return (max(counts, key=lambda s: (counts[s], s)) if counts else None), numbered


def own_site_link_lists(paras: list[Paragraph], classes: list[str], after: int) -> list[int]:
    """Below line `after` (the article's end), lists of at least
    OWN_LINK_LIST_MIN items that are each one link to the page's own site,
    with the short line over such a list (its heading): the site's other
    stories ("More from Sport"). The article's own sources lead elsewhere."""
    if not any("](" in p.text or "* [" in p.text for p in paras[after + 1 :]):
        return []
    own, numbered = _link_sites(paras)
    if own is None:
        return []
    flags = []
    for p in paras:
        m = _LINK_ITEM.match(p.text) if "[" in p.text else None
        address = None if m is None else m["address"][1:-1] if m["address"] else numbered.get(m["n"])
        flags.append(address is not None and _site(address) in ("", own))
    found: list[int] = []
    i = after + 1
    while i < len(paras):
        j = i
        while j < len(paras) and flags[j]:
            j += 1
        if j - i >= OWN_LINK_LIST_MIN:
            found.extend(range(i, j))
            if i - 1 > after and classes[i - 1] == SHORT and not flags[i - 1]:
                found.append(i - 1)  # the list's heading
        i = j + 1
    return sorted(found)


def lone_link_lines(paras: list[Paragraph]) -> list[int]:
    """Lines that are one Markdown link out of the page, not a name."""
    found = []
    for i, p in enumerate(paras):
        if "](" not in p.text or (m := _LONE_LINK.match(p.text.strip())) is None:
            continue
        if m["address"].startswith("(#"):
            continue  # a link into the page: anchor_link_lines' to tell
        text = m["text"].strip(" *_")
        if _reads_as_name(text) or _WRITER_PAGE.search(m["address"]):
            continue  # a byline
        found.append(i)
    return found


# "1 / 8", "Image 2 of 8", "Bild 3 von 8", "Foto 4 de 8", "ภาพที่ 1 จาก 8": a
# gallery's slide counter over each photo's caption.
# (lynx writes the photo first: "[IMG] 2/12".)
# A gallery's own word, in its languages, as a word starts: "Galerie",
# "Bildergalerie", "galerię", "Fotogalerie", "Photo gallery", "Fotogaléria".
_GALLERY_WORD = r"(?i:\w*gal[eé]r|\w*galler|\w*галере)\w*"
# A gallery's arrow buttons, drawn as characters.
_ARROWS = "‹›«»<>←→◀▶❮❯"
# (Its word may be cut short, "Nuotr. 1 iš 14"; its buttons follow: "‹ ›",
# "Zobacz galerię", "Apri la gallery".)
_SLIDE_COUNTER = regex.compile(
    rf"^(?:{LYNX_IMAGE.pattern}\s*)?\W{{0,2}}(?:(?P<word>[\p{{L}}\p{{M}}]{{1,10}})\.?\s+)?(?P<n>\d{{1,3}})\s*"
    r"(?:/|(?i:of|von|de|sur|di|van|z|ze|od|din|iš|no|av|af|kati ya|из|з|от|από|من|מתוך|จาก))"
    r"\s*(?P<total>\d{1,3})\W{0,2}"
    rf"(?:\s*[{_ARROWS}])*(?:\s+(?:\p{{L}}+\s+){{0,2}}{_GALLERY_WORD}(?:\s+\p{{L}}+)?)?$"
)
# A link to a gallery with its count of photos, or its title and counter:
# "📷 Galeria zdjęć (12)", "Zobacz galerię: tak wygląda … (18 zdjęć)",
# "Galerie foto: Inundațiile din Galați 1 / 14", "‹ › Apri la gallery"; a
# photo's word and a bar or a colon for the gallery's ("FOTO | Gino Rota, una
# vita in bicicletta 1 di 18"). (Not a title over a count of photos
# without brackets, "Gallery: The new harbour bridge | 14 Photos": inside an
# article, a gallery with its title reads as the article's own.)
_GALLERY_LINK = (
    rf"^\W{{0,3}}(?:(?:\p{{L}}+\s+){{0,2}}{_GALLERY_WORD}\b|(?i:foto|fotos|photos?|bilder)\s*[|:])"
    r".{0,100}?(?:\(\d{1,3}(?:\s+\p{L}+)?\)|\d{1,3}\s?(?:/|\p{L}{1,3})\s?\d{1,3})\W{0,2}$"
    rf"|^\s*[{_ARROWS}]\s*[{_ARROWS}]\s+(?:\p{{L}}+\s+){{0,2}}{_GALLERY_WORD}$"
)
GALLERY_LINK_MAX_CHARS = 160


@lru_cache(maxsize=1)
def _gallery_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The gallery link and the gallery's word: compiled when a line first names a gallery."""
    return regex.compile(_GALLERY_LINK), regex.compile(_GALLERY_WORD)
SLIDE_COUNTERS_MIN = 2
SLIDE_COUNTER_MAX_CHARS = 40
FIRST_SLIDE_MIN_TOTAL = 3
# A gallery's one counter in the page, next to its buttons ("‹ Previous
# Next ›") within this many lines: a slide's counter, caption and credit
# stand over its "Next" button.
PAGER_REACH = 3


def _slide_numbers(text: str) -> tuple[int, int] | None:
    """A slide counter's number and total ("1 / 8", "Bild 3 von 8"), or None."""
    m = _counter(text)[0]
    if m is None or not 1 <= int(m["n"]) <= int(m["total"]):
        return None
    return int(m["n"]), int(m["total"])


# A counter with its gallery's buttons after it, on the same line: "1 / 12
# Poprzednie Następne", "1 / 8 Προηγούμενη Επόμενη".
# (An arrow may stand apart from its word: "‹ Предишна Следваща ›".)
_TRAILING_BUTTONS = regex.compile(rf"(?:\s+(?:[{_ARROWS}]+|[{_ARROWS}]*[\p{{L}}\p{{M}}]+[{_ARROWS}]*)){{1,5}}\s*$")


def _counter(text: str) -> tuple[regex.Match[str] | None, bool]:
    """The counter's match, and whether the gallery's buttons follow it on its line."""
    if len(text) > SLIDE_COUNTER_MAX_CHARS or _DIGIT.search(text) is None:
        return None, False  # (most lines, told in C)
    text = text.strip()
    if m := _SLIDE_COUNTER.match(text):
        return m, False
    # (After the counter alone, "1 / 12 Następne", or after the photo's word: "Снимка 1 от 18 ‹ Предишна Следваща ›".)
    buttons = _TRAILING_BUTTONS.search(text) if text[:1].isalnum() else None
    names = [name for name in map(normalize_label, buttons[0].split()) if name] if buttons is not None else []
    if not names or any(name not in label_set("pager_words.txt") for name in names):
        return None, False
    m = _SLIDE_COUNTER.match(text[: buttons.start()])
    return m, m is not None


def _alone_yet_sure(text: str) -> bool:
    """A counter that is one even alone in the page: it carries its
    gallery's buttons, or a photo's own word leads it ("Kuva 1/6";
    lexicon/slide_words.txt)."""
    m, with_buttons = _counter(text)
    if m is None:
        return False
    return with_buttons or (m["word"] is not None and normalize_label(m["word"]) in label_set("slide_words.txt"))


def slide_counter(text: str) -> bool:
    """The line is a gallery's slide counter."""
    return _slide_numbers(text) is not None


def _slide_counters(paras: list[Paragraph], feats: list[Features]) -> list[int]:
    """Counter lines of one gallery: at least SLIDE_COUNTERS_MIN of them with
    the same total, counting up, whatever lines (captions) stand between;
    or one counter with the gallery's buttons (a navigation label) near."""
    by_total: dict[int, list[tuple[int, int]]] = {}
    for i, p in enumerate(paras):
        if numbers := _slide_numbers(p.plain):
            n, total = numbers
            by_total.setdefault(total, []).append((i, n))
    found: list[int] = []
    for total, lines in by_total.items():
        numbers = [n for _, n in lines]
        if len(lines) >= SLIDE_COUNTERS_MIN and numbers == sorted(set(numbers)):
            found.extend(i for i, _ in lines)
        else:
            found.extend(i for i, n in lines if _lone_counter(paras, feats, i, n, total))
    return found


def _lone_counter(paras: list[Paragraph], feats: list[Features], i: int, n: int, total: int) -> bool:
    """Counter `i`, the only one of its gallery in the page, is a counter
    by its gallery's buttons or word near it, or as the first of a few
    slides by the lead photo: over its caption, in one block ("1 / 12" over
    the caption), or right under the caption with its credit ("… Foto:
    archív divadla" over "1 / 8")."""
    text = paras[i].plain
    word = _counter(text)[0]["word"]
    if word is not None and normalize_label(word) in label_set("box_heads.txt"):
        return False  # a review's rating in its box: "Ocena 4/5", "Note 7/10"
    if _near_buttons(feats, i, paras) or _gallery_patterns()[1].search(text) or _alone_yet_sure(text):
        return True
    if n != 1 or total < FIRST_SLIDE_MIN_TOTAL:
        return False
    over_caption = i + 1 < len(paras) and paras[i + 1].block == paras[i].block
    return over_caption or (i > 0 and _credited_caption(paras[i - 1].plain))


# A gallery's buttons drawn as arrows alone: "‹ ›", "< >", "❮ ❯".
_ARROW_BUTTONS = regex.compile(rf"\s*[{_ARROWS}]\s*[{_ARROWS}][\s{_ARROWS}]*")


# ... or as their words between arrows: "‹ ภาพก่อนหน้า ภาพถัดไป ›", "« Zurück Weiter »".
_FRAMED_BUTTONS = regex.compile(r"\s*[‹«<←◀❮]\s*[^‹›«»<>←→◀▶❮❯.!?]{1,40}?\s*[›»>→▶❯]\s*")
FRAMED_BUTTONS_MAX_WORDS = 4


def _buttons(text: str) -> bool:
    return _ARROW_BUTTONS.fullmatch(text) is not None or (
        _FRAMED_BUTTONS.fullmatch(text) is not None and len(text.split()) <= FRAMED_BUTTONS_MAX_WORDS + 2)


def _near_buttons(feats: list[Features], i: int, paras: list[Paragraph]) -> list[int]:
    """The navigation labels and lines of arrow buttons within PAGER_REACH lines of line `i`."""
    near = range(max(0, i - PAGER_REACH), min(len(feats), i + PAGER_REACH + 1))
    return [k for k in near if feats[k].category == "nav" or _buttons(paras[k].plain) or gallery_link(paras[k].plain)
            or _gallery_button(paras[k].plain)]


# A button that opens the gallery, without a count: "Ver galeria", "Zobacz galerię".
_GALLERY_BUTTON = regex.compile(rf"^\W{{0,2}}(?:\p{{L}}+\s+){{0,2}}{_GALLERY_WORD}\W{{0,2}}$")
GALLERY_BUTTON_MAX_CHARS = 40


def _gallery_button(text: str) -> bool:
    return len(text) <= GALLERY_BUTTON_MAX_CHARS and _GALLERY_BUTTON.match(text.strip()) is not None


# A gallery's title over its first counter, its photos counted in brackets:
# "Vendemmia in Val Sorgana (8 foto)" over "1 / 8".
_COUNTED_TITLE = regex.compile(r"\((\d{1,3})\s+\p{L}+\)$")
GALLERY_TITLE_MAX_WORDS = 12


def _gallery_titles(paras: list[Paragraph], counters: list[int]) -> list[int]:
    """Lines within PAGER_REACH over a counter that count as many photos as
    the counter's total."""
    found: list[int] = []
    for i in counters:
        total = int(_counter(paras[i].plain)[0]["total"])
        for k in range(max(0, i - PAGER_REACH), i):
            text = paras[k].plain.strip()
            m = _COUNTED_TITLE.search(text)
            if m and int(m[1]) == total and word_count(words(text)) <= GALLERY_TITLE_MAX_WORDS and k not in found:
                found.append(k)
    return found


def galleries(paras: list[Paragraph], feats: list[Features]) -> tuple[list[int], set[int]]:
    """A photo gallery's slide counters and title (the lines to drop), and
    all its lines: those and the buttons beside the counters ("‹ Previous
    Next ›", "View gallery"). They sit in the article's header or between
    its paragraphs, with the photos."""
    counters = _slide_counters(paras, feats)
    links = [i for i, p in enumerate(paras) if i not in counters and gallery_link(p.plain)]
    buttons = {k for i in counters for k in _near_buttons(feats, i, paras)} - set(links)
    # (Arrows alone are no label the lexicon drops: they go with the counter.)
    arrows = sorted(k for k in buttons if feats[k].category != "nav")
    headed, heads = _headed_photo_counts(paras)
    dropped = counters + _gallery_titles(paras, counters) + arrows + links + headed
    return dropped, {*dropped, *buttons, *heads}


# A gallery's count of photos on a line of its own, "18 fotó", "(12 zdjęć)":
# a gallery's only under its heading ("Galéria"), a title between at most.
_PHOTO_COUNT = regex.compile(r"\W{0,2}\(?\d{1,3}\s+[\p{L}\p{M}]{2,12}\)?\W{0,2}")
PHOTO_COUNT_MAX_CHARS = 24
PHOTO_COUNT_TITLE_MAX_WORDS = 10


def _headed_photo_counts(paras: list[Paragraph]) -> tuple[list[int], list[int]]:
    """The lines of galleries headed by their word ("Galéria" / "Bárány
    Géza pályája képekben" / "18 fotó"): the title and the count (to drop),
    and the heading (a navigation label the lexicon drops already)."""
    dropped: list[int] = []
    heads: list[int] = []
    for i, p in enumerate(paras):
        text = p.plain.strip()
        if len(text) > PHOTO_COUNT_MAX_CHARS or not text[:2].strip("( ").isdigit() \
                or _PHOTO_COUNT.fullmatch(text) is None:
            continue  # (most lines: quick tests first)
        for h in range(i - 1, max(-1, i - PAGER_REACH), -1):
            if _gallery_button(paras[h].plain):
                between = list(range(h + 1, i))
                if all(len(paras[k].plain.split()) <= PHOTO_COUNT_TITLE_MAX_WORDS
                       and not ends_sentence(paras[k].plain) for k in between):
                    dropped.extend([*between, i])
                    heads.append(h)
                break
    return dropped, heads


def gallery_link(text: str) -> bool:
    """A link to a gallery with its count, or its arrows and button."""
    if len(text) > GALLERY_LINK_MAX_CHARS or text.rstrip().endswith("."):
        return False
    folded = text.casefold()
    if ("galer" not in folded and "galér" not in folded and "galler" not in folded and "галере" not in folded
            and not folded.lstrip(" \t*•#").startswith(("foto", "photo", "bilder"))):
        return False  # most lines (searched in C)
    return _gallery_patterns()[0].match(text.strip()) is not None


STAMPED_RUN_MIN = 3


def _stamped_runs(paras: list[Paragraph], classes: list[str], start: int, end: int) -> set[int]:
    """Outside the core, short lines in runs of at least STAMPED_RUN_MIN that
    each open with a time or a date: a ticker or a list of other stories.
    Over the article, a run of scores too: the results of other matches
    ("Zvolen 2:1 Poprad"); under it, such rows may be the article's table."""
    flags = [c == SHORT and not start <= i <= end
             and (opens_with_stamp(p.plain) or (i < start and result_line(p.plain)))
             for i, (p, c) in enumerate(zip(paras, classes))]
    return set(_runs_of(flags, STAMPED_RUN_MIN))


# A match's minute: "12'", "45+2'", "90'+4".
_MINUTE = regex.compile(r"\W{0,3}\d{1,3}(?:\+\d{1,2})?['’′](?:\+\d{1,2})?\s+\S")
LABELLED_STAMPS_MIN = 2
_LIST_LABELS = frozenset({"nav", "related"})


# Known lines between such a label and its list, at most.
LABEL_WIDGETS_MAX = 2


def labelled_stamp_lists(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(line, label) for the short lines, two or more in a row, that open
    with a time or a match's minute right under a known label: a live
    blog's key events ("Key events" over "17:40 Most homes reconnected"),
    a sidebar's latest stories ("Ultima oră" over "10:12 Apă oprită")
    — links to entries or stories, wherever they are. (A timeline of the
    article's own is under a heading of its own, not a known label.)"""
    found: list[tuple[int, int]] = []
    for i, f in enumerate(feats):
        if classes[i] != BAD or not f.label or f.category not in _LIST_LABELS:
            continue
        first = i + 1
        while first < len(paras) and first - i <= LABEL_WIDGETS_MAX and classes[first] == BAD:
            first += 1  # the box's own buttons and notes: "Show key events only", "Please turn on JavaScript …"
        j = first
        while j < len(paras) and classes[j] == SHORT and (
                opens_with_stamp(paras[j].plain) or _MINUTE.match(paras[j].plain)):
            j += 1
        if j - first >= LABELLED_STAMPS_MIN:
            found.extend((k, i) for k in range(first, j))
    return found


def key_event_headings(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(line, label) for undated lines, two or more, under a key events
    label (lexicon/key_event_labels.txt) that each come again further down:
    the live blog's entries' headings ("Key events" / "Amber warning
    extended", and the entry "Amber warning extended" at 16:10)."""
    found: list[tuple[int, int]] = []
    last_at: dict[str, int] | None = None
    for i, f in enumerate(feats):
        if classes[i] != BAD or not f.label or normalize_label(paras[i].plain) not in label_set("key_event_labels.txt"):
            continue
        if last_at is None:
            last_at = _last_said(paras)
        j = _said_again_under(paras, classes, i, last_at)
        if j - i - 1 >= LABELLED_STAMPS_MIN:
            found.extend((k, i) for k in range(i + 1, j))
    return found


def _last_said(paras: list[Paragraph]) -> dict[str, int]:
    """Where each line comes last."""
    return {p.plain.strip(): k for k, p in enumerate(paras)}


def _said_again_under(paras: list[Paragraph], classes: list[str], i: int, last_at: dict[str, int]) -> int:
    """Where the run of lines under line `i` (no known boilerplate) that
    each come again further down ends, a line's number aside (the entries
    of a list of what is below; a question reads as a sentence, "Od ilu
    minut opóźnienia należą się pieniądze?")."""
    j = i + 1
    while j < len(paras) and classes[j] != BAD and _said_again(paras[j].plain.strip(), j, last_at):
        j += 1
    return j


# A table's entry may number the section its heading does not: "1. Mikä muuttuu?" / "Mikä muuttuu?".
_ENTRY_NUMBER = regex.compile(r"\d{1,2}[.)]\s+")


def _said_again(entry: str, j: int, last_at: dict[str, int]) -> bool:
    if last_at.get(entry, j) > j:
        return True
    number = _ENTRY_NUMBER.match(entry)
    return number is not None and last_at.get(entry[number.end():], j) > j


# A table of contents lists two sections or more; its heading is short (a
# quick test before normalising: most lines are longer than any heading).
TOC_MIN_ENTRIES = 2
TOC_HEAD_MAX_CHARS = 40


def _contents_head(p: Paragraph) -> bool:
    """A heading that says a table of contents is under it (lexicon/toc_heads.txt)."""
    return len(p.plain) <= TOC_HEAD_MAX_CHARS and normalize_label(p.plain) in label_set("toc_heads.txt")


def contents_lists(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """A table of contents: a heading that says so (lexicon/toc_heads.txt)
    over two or more short lines that each come again further down as the
    heading of a section ("目次" / "用意したもの" / "まとめ"). The heading and its
    entries; the sections' own headings stay. (An article's own list under
    such a heading, its lines said once, is no table of contents.)"""
    found: list[int] = []
    last_at: dict[str, int] | None = None
    for i, p in enumerate(paras):
        if classes[i] == GOOD or not _contents_head(p):
            continue
        if last_at is None:
            last_at = _last_said(paras)
        j = _said_again_under(paras, classes, i, last_at)
        if j - i - 1 >= TOC_MIN_ENTRIES:
            found.extend(range(i, j))
    return found


# A market ticker written a quote a line, under a code in capitals: "EUR
# 4,3172 +0,12%", "WIG20 2 391,44 +0,61%", "S&P 500 5 102,3 -0,4%" (three in
# a row or more; a fact box's figures are named in words, "Sales 120 +12%").
_QUOTE_LINE = regex.compile(
    # the code: "EUR", "WIG20", "S&P 500", "EURO STOXX 50"
    r"\W{0,2}[\p{Lu}\d&./-]*\p{Lu}[\p{Lu}\d&./-]*(?:\s\p{Lu}[\p{Lu}\d&./-]*)?(?:\s\d{2,3})?"
    r"\s+\d[\d\s.,]*\s+[+\-−]\s?\d+(?:[.,]\d+)?\s?%\W{0,2}$"  # the quote and its move
)
# ... or a currency pair's rate without its move ("EUR/USD 1,0853"), among them.
_PAIR_LINE = regex.compile(r"\W{0,2}\p{Lu}{3}/\p{Lu}{3}\s+\d+[.,]\d+\W{0,2}$")


def _quote_line(text: str) -> bool:
    # (A quote's line has a "%" or a pair's "/", searched in C first: most lines have neither.)
    return ("%" in text and _QUOTE_LINE.match(text) is not None) or ("/" in text and _PAIR_LINE.match(text) is not None)


def _tickers(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Runs of STAMPED_RUN_MIN or more lines of a section tag, a clock time
    and a headline ("call of duty 12:00 PM 0 How Not To Get Banned …"):
    a river of other stories, wherever it is. Such lines are long enough to
    read as prose, so they would otherwise win the article core. And a
    market ticker's line, alone ("USD 41,25 ▲ | EUR 44,80 ▼"), or a quote a
    line ("EUR 4,3172 +0,12%", three or more); a news ticker's line
    ("ULTIM'ORA Incidente … — Rincari Tari … — Sciopero bus …"); and a
    weather widget's line ("Praha 24 °C · Brno 27 °C")."""
    found = _runs_of([c != BAD and tagged_with_clock(p.plain) for p, c in zip(paras, classes)], STAMPED_RUN_MIN)
    found += _runs_of([c != BAD and _quote_line(p.plain) for p, c in zip(paras, classes)], STAMPED_RUN_MIN)
    first_prose = next((i for i, c in enumerate(classes) if c == GOOD), len(classes))
    found += _ticker_headlines(paras, classes, first_prose)
    return found + [i for i, (p, c) in enumerate(zip(paras, classes))
                    if c != BAD and (market_quotes(p.plain) or breaking_ticker(p.plain) or weather_line(p.plain)
                                     or rating_line(p.plain) or (i < HEADER_WEATHER_REACH and local_weather(p.plain))
                                     or (i < first_prose and breaking_bar(p.plain, paras[0].plain)))]


# A weather widget's line: places and their temperatures, two or more
# ("Praha 24 °C · Brno 27 °C · Jihlava 21 °C", "Berlin 12° | Hamburg 9°",
# "Sevilla 43° / 26° · Córdoba 45° / 27°").
_WEATHER_PLACE = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2}"
# (A high and a low: "43° / 26°".)
_WEATHER_TEMPERATURE = r"\s+[−-]?\d{1,2}\s?°\s?[CF]?(?:\s?/\s?[−-]?\d{1,2}\s?°\s?[CF]?)?"
_WEATHER_LINE = regex.compile(
    rf"^{_WEATHER_PLACE}{_WEATHER_TEMPERATURE}(?:\s*[·|•,/–-]?\s*{_WEATHER_PLACE}{_WEATHER_TEMPERATURE})+$"
)
WEATHER_MAX_CHARS = 120


# ... or one place's weather in the page's header: its temperature and the
# sky, "Bristol 9°C Heavy rain · Wind 61mph", "Opole: 4°C, mżawka",
# "Buffalo, NY 23°F Heavy snow", "부산 12℃ 맑음 · 미세먼지 보통". Only among
# the page's first lines: further down, such a line may be a weather
# story's own.
# A widget parts its fields: a bullet or a bar, a comma after the degrees,
# or a state's code after the place ("Paris 40°C: la France suffoque" is a
# headline).
_LOCAL_WEATHER = (
    rf"^(?:{_WEATHER_PLACE}|\p{{Lo}}{{1,8}})(?P<state>,\s?\p{{Lu}}{{2}})?:?\s*[−-]?\d{{1,2}}\s?(?:°\s?[CF]?|℃|℉)"
    r"(?P<comma>,)?(?P<rest>(?:[\s,·|•]+[^\s,·|•]+){0,10})$"
)
# ... or, with nothing to part its fields, the sky in a word or two and a
# wind's speed at most ("Kraków 19°C burze", "Vaasa −1 °C Tuuli 19 m/s").
LOCAL_WEATHER_BARE_MAX_WORDS = 3
_FIELD_SEP = re.compile(r"\s[·|•]\s")
HEADER_WEATHER_REACH = 12
LOCAL_WEATHER_MAX_CHARS = 80


@lru_cache(maxsize=1)
def _local_weather() -> regex.Pattern[str]:
    return regex.compile(_LOCAL_WEATHER)


def local_weather(text: str) -> bool:
    """One place's temperature and sky, not a sentence; or the day's date
    and the place's temperature, each a field ("Σάββατο 6 Ιουλίου 2024 ·
    Αθήνα 33°C")."""
    if not ("°" in text or "℃" in text or "℉" in text) or len(text) > LOCAL_WEATHER_MAX_CHARS:
        return False
    m = _local_weather().match(text.strip())
    if m is None:
        fields = _FIELD_SEP.split(text.strip())
        return len(fields) == 2 and holds_date(fields[0]) and _local_weather().match(fields[1]) is not None
    return bool(m["state"] or m["comma"] or _FIELD_SEP.search(text)
                or 0 < len(m["rest"].split()) <= LOCAL_WEATHER_BARE_MAX_WORDS)


def weather_line(text: str) -> bool:
    """A line of places and their temperatures (two or more), nothing else."""
    return "°" in text and len(text) <= WEATHER_MAX_CHARS and _WEATHER_LINE.match(text.strip()) is not None


# A rating widget's line: a row of stars with the readers' count of votes
# ("★★★★★ 4.8 from 212 votes", "★★★★☆ 4,6 (1 203 röster)"). A review's own
# verdict ("★★★★☆", "Rating: ★★★★ 4/5") holds no count and stays: the count
# is a number of two or more digits that is not a rating's scale ("/10").
_RATING_STAR = regex.compile(r"[★☆⭐]\uFE0F?")
_STAR_VOTES = regex.compile(r"(?<![/\d.,])\d{1,3}(?:[\s.,]\d{3})+(?![\d.,]\d)|(?<![/\d.,])\d{2,}(?![\d.,]\d)")
RATING_MIN_STARS = 3
RATING_MAX_WORDS = 6


def rating_line(text: str) -> bool:
    """A row of stars and a count of votes, and at most a few words."""
    if "★" not in text and "☆" not in text and "⭐" not in text:
        return False
    rest, stars = _RATING_STAR.subn(" ", text)
    return (stars >= RATING_MIN_STARS and _STAR_VOTES.search(rest) is not None
            and word_count(words(rest)) <= RATING_MAX_WORDS)


# A ticker's headlines are parted by a bar, a bullet or a dash with spaces
# around it, and there are three or more (a headline itself may hold one
# dash: "SON DAKİKA: Orman yangını – 3 mahalle boşaltıldı").
_TICKER_SEP = regex.compile(r"\s[|·•—–]\s|\s\+\+\+\s")
TICKER_MIN_HEADLINES = 3
TICKER_HEADLINE_MIN_WORDS = 2


@lru_cache(maxsize=1)
def _ticker_label() -> regex.Pattern[str]:
    labels = sorted(data_lines("ticker_labels.txt"), key=len, reverse=True)
    alternatives = "|".join(regex.escape(label).replace("'", "['’]") for label in labels)
    return regex.compile(rf"\W{{0,3}}(?P<label>{alternatives})(?![\w'’])\W*", regex.IGNORECASE)


# After a label written in lower case, a mark that ends it ("Breaking:"): a
# sentence may open with the same words ("Breaking the rules — …").
_LABEL_END = regex.compile(r"\s*[:：|•·—–\-\]】)]")


def breaking_ticker(text: str) -> bool:
    """A news ticker's line: a label in capitals or closed by a mark
    ("ULTIM'ORA", "عاجل:", lexicon/ticker_labels.txt), then three headlines
    or more parted by separators."""
    if len(_TICKER_SEP.findall(text)) < TICKER_MIN_HEADLINES - 1:
        return False  # most lines (searched in C)
    m = _ticker_label().match(text)
    if m is None or not (m["label"].isupper() or _LABEL_END.match(text, m.end("label"))):
        return False
    headlines = [s for s in _TICKER_SEP.split(text[m.end():]) if word_count(words(s)) >= TICKER_HEADLINE_MIN_WORDS]
    return len(headlines) >= TICKER_MIN_HEADLINES


# A ticker's label alone on its line in the page's header, over its
# headlines a line each ("عاجل" / "وزارة التربية تسمح بإنهاء الدوام …" /
# "سلطة المياه: …"), which this many lines at most hold.
TICKER_MAX_LINES = 4
TICKER_LABEL_MAX_CHARS = 30


def _ticker_headlines(paras: list[Paragraph], classes: list[str], first_prose: int) -> list[int]:
    """The headlines under a ticker's label alone on its line, over the
    page's first paragraph of prose: short lines, no sentence, none the page's
    title line names, no byline or dateline among them, closed below by a
    line known as boilerplate (an advertisement, the menu). (Otherwise the
    label may be the article's kicker over its headline and byline.)"""
    found: list[int] = []
    title = paras[0].plain.casefold() if paras else ""
    for i in range(min(first_prose, len(paras))):
        text = paras[i].plain
        if len(text) > TICKER_LABEL_MAX_CHARS or _ticker_label().fullmatch(text) is None:
            continue
        j = i + 1
        while (j < first_prose and j - i <= TICKER_MAX_LINES and classes[j] == SHORT
               and not ends_sentence(paras[j].plain) and paras[j].plain.casefold() not in title):
            j += 1
        # (A byline or a dateline among them: the article's header under its kicker.)
        if (i + 1 < j < len(paras) and classes[j] == BAD
                and not any(_credit_line(paras[k].plain) for k in range(i + 1, j))):
            found.extend(k for k in range(i, j) if classes[k] != BAD)  # (the label with them)
    return found


# A breaking-news bar in the page's header: the label in capitals, one
# headline ("BREAKING St. Paul schools closed Wednesday and Thursday").
# Only over the page's first paragraph of prose: a live blog's entries open
# the same way.
BREAKING_BAR_MIN_WORDS = 2
BREAKING_BAR_MAX_WORDS = 30


def breaking_bar(text: str, title: str) -> bool:
    """A breaking-news bar, not the page's headline that opens with the
    label ("BREAKING: Mayor resigns", which the title line names)."""
    m = _ticker_label().match(text) if text.lstrip()[:1].isupper() else None
    if m is None or not m["label"].isupper():
        return False
    headline = text[m.end():].strip()
    return (BREAKING_BAR_MIN_WORDS <= word_count(words(headline)) <= BREAKING_BAR_MAX_WORDS
            and headline.casefold() not in title.casefold())


# A quote's move: an arrow, or a signed percentage ("-0,8 %", "+1.2%").
_QUOTE_ARROW = "▲▼△▽"
_QUOTE_MOVE = regex.compile(rf"[{_QUOTE_ARROW}]|(?<![\w.,])[+\-−]\s?\d+(?:[.,]\d+)?\s?%")
_QUOTE_SIGN = re.compile(f"[{_QUOTE_ARROW}%]")
QUOTES_MIN_MOVES = 2
# ... or, without bars, each move right after its quote's value, to the
# hundredth: "IBEX 35 11.742,30 +0,42% Euro/Dólar 1,0561 -0,18%".
_QUOTE_WITH_MOVE = regex.compile(r"\d[\d.,]*\d\s?(?:[$€£¥]\s?)?\s[+\-−]\d+[.,]\d{1,2}\s?%")
QUOTES_MAX_CHARS = 240


def market_quotes(text: str) -> bool:
    """A line of market quotes: two moves or more (arrows, or signed
    percentages among three quotes parted by bars), and no sentence:
    "Dólar R$ 5,03 ▲ 0,42% | Euro R$ 5,46 ▲ 0,18%", "DAX +0,4 % | Dow -0,2 % |
    Gold +1,1 %"; not two figures of a fact box, "Sales +12% | Profit -3%"."""
    if len(text) > QUOTES_MAX_CHARS or _QUOTE_SIGN.search(text) is None:
        return False  # most lines (searched in C)
    moves = _QUOTE_MOVE.findall(text)
    arrows = sum(m in _QUOTE_ARROW for m in moves)
    quoted = arrows >= QUOTES_MIN_MOVES or text.count("|") >= 2 or len(_QUOTE_WITH_MOVE.findall(text)) >= QUOTES_MIN_MOVES
    return len(moves) >= QUOTES_MIN_MOVES and quoted and not ends_sentence(text)


# A page-feedback widget's buttons under its question ("Was this page
# helpful?" / "Yes" / "No"): known only there, as an interview's answer or
# a poll's option may be a bare "No".
_FEEDBACK_BUTTONS = frozenset(
    map(normalize_label, "yes no ja nein oui non sí si sim não tak nie nee jo nej kyllä ei evet hayır"
        " हां हाँ नहीं 예 아니오 так ні да нет ano áno ne igen nem nu ναι όχι כן לא بله خیر نعم لا ya tidak có không"
        " jā nē taip jah ndiyo hapana হ্যাঁ না はい いいえ".split())
)
FEEDBACK_BUTTONS_MAX_WORDS = 2


def _feedback_buttons_line(text: str) -> bool:
    """"Yes", "No", or both on one line ("Так Ні")."""
    ws = normalize_label(text).split()
    return 0 < len(ws) <= FEEDBACK_BUTTONS_MAX_WORDS and all(w in _FEEDBACK_BUTTONS for w in ws)


def _feedback_buttons(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(button, question) for the yes/no lines right under a known feedback question."""
    found: list[tuple[int, int]] = []
    for i, f in enumerate(feats):
        if not (classes[i] == BAD and f.label and f.category == "comments" and _question(paras[i].plain)):
            continue
        j = i + 1
        while j < len(paras) and j - i <= 2 and _feedback_buttons_line(paras[j].plain):
            found.append((j, i))
            j += 1
    return found


# A reader poll: its question under a head ("POLL: Who will win?", or
# "Umfrage" on the line above), at most this many short answers, then its
# buttons ("Vote", "View results", "Abstimmen": a data file).
POLL_MAX_ANSWERS = 8
POLL_ANSWER_MAX_WORDS = 10
POLL_STATEMENT_MAX_WORDS = 30
POLL_ANSWERS_LINE_MAX_CHARS = 80
POLL_ANSWERS_LINE_MAX_WORDS = 16  # "Less than 6 inches 6 to 12 inches More than a foot Vote"
# Answers that mark a poll under a question with no head above it, and a button.
POLL_MIN_ANSWERS = 2
POLL_SHORT_ANSWER_MAX_WORDS = 4
POLL_BUTTON_MAX_CHARS = 40


def _polls(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> set[int]:
    found: set[int] = set()
    for i, p in enumerate(paras):
        rest = _poll_heads().rest_after(p.plain)
        if rest is not None and "?" in rest and _whole_shares(_SHARE.findall(rest.rpartition("?")[2])):
            found.add(i)  # the poll with its results on one line: "POLL: …? Yes (47%) | No (53%)"
            continue
        question = _question(p.plain)
        if not question and (rest is not None or feats[i].n_words > POLL_STATEMENT_MAX_WORDS):
            continue
        headed_above = rest is None and i > 0 and _poll_head_line(paras[i - 1].plain)
        # (Under a head, a statement to agree with or not: "Stelling" over
        # "De gemeente moet ondernemers compenseren.")
        if not (question or headed_above):
            continue
        head = i - 1 if headed_above else i
        j = i + 1
        while j < len(paras) and j - i <= POLL_MAX_ANSWERS and classes[j] != BAD and not feats[j].full_stop \
                and (0 < feats[j].n_words <= POLL_ANSWER_MAX_WORDS or _SHARE_LINE.fullmatch(paras[j].plain)) \
                and not _poll_button(paras[j].plain) and not _answers_with_button(paras[j].plain):
            j += 1
        shown = _whole_shares([s for k in range(i + 1, j) for s in _SHARE.findall(paras[k].plain)])
        buttons = j
        while j < len(paras) and (_poll_button(paras[j].plain) or _answers_with_button(paras[j].plain)):
            j += 1
        # Under a poll's head, its buttons or its results mark it; with no
        # head, a question needs both (its answers' shares and a "Vote"), a
        # button and the count of votes under it ("Votar" / "1.284 votos"),
        # or a button under answers of a few words ("Who was man of the
        # match?" / three players' names / "Vote").
        headed = head < i or rest is not None
        counted = j - buttons >= 2 and _VOTE_COUNT.fullmatch(paras[j - 1].plain.strip()) is not None
        answered = question and buttons - i >= POLL_MIN_ANSWERS and all(
            feats[k].n_words <= POLL_SHORT_ANSWER_MAX_WORDS for k in range(i + 1, buttons)) and any(
            _named_button(paras[k].plain) for k in range(buttons, j))  # (not a count alone: a forum post's date)
        marked = (j > buttons or shown) if headed else (j > buttons and (shown or counted or answered))
        if marked:
            found.update(range(head, j))
    return found


# An answer's share of the votes, once the results show: "Ja (38 %)",
# "No, it's a risk you take (7%)", or "41 %" on the line under the answer.
# Shown, the shares add up to a whole (give or take their rounding).
_SHARE = regex.compile(r"(\d{1,3}(?:[.,]\d)?)\s?%")
_SHARE_LINE = regex.compile(r"\s*\d{1,3}(?:[.,]\d)?\s?%\s*")
POLL_SHARES_TOTAL = (98.0, 102.0)


def _whole_shares(shares: list[str]) -> bool:
    total = sum(float(s.replace(",", ".")) for s in shares)
    return len(shares) >= 2 and POLL_SHARES_TOTAL[0] <= total <= POLL_SHARES_TOTAL[1]


@lru_cache(maxsize=1)
def _poll_heads() -> LineHeads:
    return LineHeads(data_lines("poll_heads.txt"))


POLL_HEAD_MAX_CHARS = 40


def _poll_head_line(text: str) -> bool:
    """A poll's head alone on its line ("Umfrage", "Stelling"): asked of
    every line, so its length and first word are looked at first."""
    return len(text) <= POLL_HEAD_MAX_CHARS and _poll_heads().is_head(text)


def _poll_button(text: str) -> bool:
    """A poll's button, with its count of votes or without ("Abstimmen 1.126
    Stimmen", "1,388 votes · Vote"); a count alone closes the poll too."""
    name, counts = _button_and_counts(text)
    return _known_button(name) if name else counts > 0


def _named_button(text: str) -> bool:
    """A poll's button by its name, with its count of votes or without ("Vote", "Vote 1.126 votes")."""
    name, _ = _button_and_counts(text)
    return bool(name) and _known_button(name)


def _known_button(name: str) -> bool:
    """A button's name, or a button and the word its count of votes stands
    after ("głosuj oddano": "Głosuj Oddano 1 842 głosy")."""
    buttons = label_set("poll_buttons.txt")
    if name in buttons:
        return True
    head, _, last = name.rpartition(" ")
    return bool(head) and head in buttons and last in buttons


_VOTE_COUNT = regex.compile(r"(?<![\[\d])\d[\d.,\s]*\p{L}+")


def _button_and_counts(text: str) -> tuple[str, int]:
    """A button line's name, normalised, and how many counts of votes stand
    beside it; ("", 0) for a line too long to be a button."""
    if len(text) > POLL_BUTTON_MAX_CHARS:
        return "", 0
    name, counts = _VOTE_COUNT.subn(" ", text)
    return normalize_label(name), counts


def _answers_with_button(text: str) -> bool:
    """The answers and the button on one line: "Tak Nie Nie mam zdania
    Głosuj", "Eens Oneens Geen mening Stem"."""
    if len(text) > POLL_ANSWERS_LINE_MAX_CHARS or ends_sentence(text):
        return False
    ws = _VOTE_COUNT.sub(" ", text).split()  # (the count of votes after the button: "… Głosuj Oddano 1 284 głosy")
    if not 3 <= len(ws) <= POLL_ANSWERS_LINE_MAX_WORDS:
        return False
    buttons = label_set("poll_buttons.txt")
    if any(normalize_label(" ".join(ws[-n:])) in buttons for n in (1, 2)):
        return True
    # ... or the count of votes in the button's place: "Ja Nee Ik overweeg het 1.284 stemmen".
    counts = list(_VOTE_COUNT.finditer(text))
    last = counts[-1] if counts else None
    return (last is not None and not text[last.end():].strip()
            and normalize_label(last.group().split()[-1]) in buttons)


# A premium article's badge beside its byline or over the article: the
# site's short name and a "+" or "Plus" ("RN+", "Kurier+", "SLZ Plus"; not a
# text size button, "A+"). An item of the article's list ("Disney+" among
# streaming services) stands by no byline.
_PREMIUM_BADGE = regex.compile(r"\W{0,2}\p{Lu}[\p{L}\d.-]{1,15}(?:\s\p{Lu}[\p{L}\d.-]{0,15})?(?:\+|\s(?i:plus))\W{0,2}")
BADGE_MAX_CHARS = 24
BADGE_CREDIT_REACH = 2
# Services whose names end so (lexicon/plus_services.txt): a share bar's
# "Google+", a streaming service.
_BADGE_MARK = regex.compile(r"\s*(?:\+|(?i:\bplus))\W{0,2}$")


def _badge_of(text: str) -> str:
    """The line without a last word that names it an article ("GF+ cikk":
    lexicon/premium_article_words.txt), or the line itself."""
    head, _, last = text.rpartition(" ")
    return head.rstrip() if head and normalize_label(last) in label_set("premium_article_words.txt") else text


def premium_badges(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Premium badges over the article's first paragraph, or within
    BADGE_CREDIT_REACH lines of a byline or a dateline."""
    found: list[int] = []
    first_prose = next((i for i, c in enumerate(classes) if c == GOOD), len(classes))
    for i, p in enumerate(paras):
        text = p.plain.strip()
        if classes[i] == BAD or len(text) > BADGE_MAX_CHARS or ("+" not in text and "plus" not in text.lower()):
            continue  # (most lines, told in C)
        text = _badge_of(text)
        if not (text.endswith("+") or text[-4:].lower() == "plus"):
            continue
        near = range(max(0, i - BADGE_CREDIT_REACH), min(len(paras), i + BADGE_CREDIT_REACH + 1))
        if (_PREMIUM_BADGE.fullmatch(text)
                and normalize_label(_BADGE_MARK.sub("", text)) not in label_set("plus_services.txt")
                and (i < first_prose or any(k != i and _credit_line(paras[k].plain) for k in near))):
            found.append(i)
    return found

