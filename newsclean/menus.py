"""The site's navigation above the article.

The page's first menu (and the masthead over it), menus written a line per
item (runs of menu-sized lines, blocks of one- and two-word lines, a menu
printed twice, the menu over a deck's headline) and breadcrumbs.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .comments import month_word
from .config import Config
from .controls import is_player_control
from .document import Paragraph
from .lexicon import normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _DIGIT_RUNS, _LETTER, Features
from .tail import _reads_as_own_list


_BREADCRUMB_SEP = regex.compile(r"\s[>›»→＞]\s|＞")


def _first_menu(paras: list[Paragraph], feats: list[Features], classes: list[str], top: int) -> int:
    """The page's first menu line (a known navigation label: a menu bar, a
    breadcrumb) when only short lines stand over it, above line `top` (the
    headline or the article); else 0."""
    for i in range(top):
        if classes[i] in (GOOD, NEAR):
            return 0  # (short sentences over a menu may be the article's: a poem's lines)
        if classes[i] == BAD and feats[i].category == "nav" and feats[i].label:
            if not is_player_control(paras[i].plain):  # (a player's "Play" over the article is no menu)
                return i
    return 0


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


BREADCRUMB_MAX_WORDS = 3
# Above the article, a run of this many short off-topic lines is a list of
# other stories or sections, however long its lines.
LONG_RUN_ABOVE = 12


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


# A block of its own above the article's headline, of one- and two-word
# lines without a number: a menu, however short ("Opinion / Columnists /
# Letters").
MENU_BLOCK_MIN_LINES = 3
MENU_BLOCK_MAX_WORDS = 2
# Vietnamese spaces its syllables apart, a word being two of them mostly:
# "Bất động sản", "Nông nghiệp" are items of one or two words.
SYLLABLES_A_WORD = {"vi": 2}


def _menu_blocks(paras: list[Paragraph], classes: list[str], start: int, lang: str | None = None) -> set[int]:
    max_words = MENU_BLOCK_MAX_WORDS * SYLLABLES_A_WORD.get(lang or "", 1)
    blocks: dict[int, list[int]] = {}
    for i in range(start):
        if paras[i].block != paras[start].block:
            blocks.setdefault(paras[i].block, []).append(i)
    found: set[int] = set()
    for lines in blocks.values():
        # Not right over the prose: there a short block is the article's
        # fact box ("Open daily / Free entry / No dogs").
        if len(lines) >= MENU_BLOCK_MIN_LINES and max(lines) + 1 < start and all(
            classes[i] in (SHORT, BAD) and len(paras[i].plain.split()) <= max_words
            and _DIGIT_RUNS.search(paras[i].plain) is None
            for i in lines
        ):
            found.update(lines)
    return found
