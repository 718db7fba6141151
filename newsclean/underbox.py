"""The article's last section under a box put between its sections.

A site puts its newsletter's box, a share bar or a video's "Subscribe"
between an article's last sections: a recipe's card, a column's demands, a
review's verdict. The prose of such a section is short, so the maximum-sum
core ends over the box, and the section fell with the page below it. Right
under a box that holds a sign-up form, a stretch of unknown lines up to the
next known one, shaped like a section (a heading over its lines, not a
headline over a blurb again and again) and with some of the article's own
words, is the article going on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .controls import is_player_control
from .core import SIGN_UP_CATEGORIES
from .document import Paragraph
from .fields import field_and_button, names_mail
from .forms import under_own_block
from .lineclass import BAD, GOOD, NEAR, SHORT
from .text import content_stems, ends_sentence
from .topteasers import LIST_LINE_ENDS

if TYPE_CHECKING:
    from .boilerplate import Features

# The box: known lines of a sign-up form and of what sits by it (a share
# bar, an ad's label, a widget such as a recipe's rating, a video's player
# and its channel's "Subscribe"), with this many short lines of its own at
# most (a heading, a pitch, a recipe card's title).
BOX_CATEGORIES = SIGN_UP_CATEGORIES | {"share", "advert", "follow", "app"}
BOX_OWN_LINES_MAX = 2
# The section under it: this many lines at most, up to the next known line.
# It shares this much of its prose's vocabulary with the article above at
# least: a section's few sentences share little (a column's demands, 18%;
# a recipe's method, 20%), so the bar is low, and its shape decides: a
# heading over its lines, and one heading over a paragraph at most (a list
# of other stories is a headline over a sentence, again and again).
SECTION_REACH = 40
SECTION_MIN_OVERLAP = 0.15
SECTION_HEADING_MAX_WORDS = 8
SECTION_MAX_HEADED_PARAGRAPHS = 1
# (A list's item over the next one, or its lead-in, is no headline over a blurb.)
_ITEM_ENDS = LIST_LINE_ENDS + (",", "，")


def section_under_box(
    paras: list[Paragraph], feats: list[Features], classes: list[str], span: tuple[int, int], lang: str | None
) -> int | None:
    """The last line of the article's section under a box right under the
    core `span`; None when there is no such box and section."""
    start, end = span
    last = _box_under(paras, feats, classes, end)
    if last is None:
        return None
    k = last + 1  # the section opens right under the box's last known line
    stop = _next_known(classes, k)
    if stop - k < 2 or not _heading(paras[k].plain) or names_mail(paras[k].plain):
        return None  # (a heading that names the mail is the box's own: "Newsletter anfordern")
    prose = [m for m in range(k, stop) if classes[m] in (GOOD, NEAR)]
    headed = sum(1 for m in prose if classes[m - 1] == SHORT and not paras[m - 1].plain.rstrip().endswith(_ITEM_ENDS))
    if not any(classes[m] == GOOD for m in prose) or headed > SECTION_MAX_HEADED_PARAGRAPHS:
        return None
    below: set[str] = set().union(*(content_stems(paras[m].plain, lang) for m in prose))
    above: set[str] = set().union(*(content_stems(paras[m].plain, lang) for m in range(start, end + 1)
                                    if classes[m] == GOOD))
    if not below or len(below & above) < SECTION_MIN_OVERLAP * len(below):
        return None
    return stop - 1


def sections_in_contents(
    paras: list[Paragraph], classes: list[str], span: tuple[int, int], entries: set[str]
) -> int | None:
    """The last line of the article's sections under the core `span` whose
    headings its table of contents lists (`entries`), under nothing but known
    lines (a box: "Підписуйтеся на наш Telegram-канал" / "Підписатися"); the
    last section goes on up to the next known line. None without such a
    heading."""
    end = span[1]
    k = end + 1
    while k < len(paras) and classes[k] == BAD:
        k += 1
    if k == end + 1 or k == len(paras) or paras[k].plain.strip() not in entries:
        return None
    last = max(m for m in range(k, min(len(paras), k + SECTION_REACH)) if paras[m].plain.strip() in entries)
    return _next_known(classes, last + 1) - 1


def _next_known(classes: list[str], k: int) -> int:
    """The first known line from line `k` on, SECTION_REACH lines at most
    (or the text's end)."""
    stop = k
    while stop < min(len(classes), k + SECTION_REACH) and classes[stop] != BAD:
        stop += 1
    return stop


def _box_under(paras: list[Paragraph], feats: list[Features], classes: list[str], end: int) -> int | None:
    """The last known line of a box with a sign-up form in it (a button, or
    a field with its button) right under line `end`; None without one."""
    k, own, form, last = under_own_block(paras, classes, end), 0, False, None
    while k < len(paras):
        if classes[k] == BAD and (feats[k].category in BOX_CATEGORIES or feats[k].category is None
                                  or is_player_control(paras[k].plain)):
            form = form or (feats[k].category in SIGN_UP_CATEGORIES
                            and (feats[k].label or field_and_button(paras[k].plain)))
            last = k
        elif classes[k] in (SHORT, NEAR) and own < BOX_OWN_LINES_MAX:
            own += 1
        else:
            break
        k += 1
    return last if form else None


def _heading(text: str) -> bool:
    """A subheading or a fact's label: short, no sentence ("Method", "Prep time: 20 mins")."""
    text = text.rstrip()
    return len(text.split()) <= SECTION_HEADING_MAX_WORDS and not ends_sentence(text)
