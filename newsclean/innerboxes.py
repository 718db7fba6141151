"""The article's own boxes between its paragraphs: a heading over entries
("HAT HAKKINDA KISA BİLGİLER" over "Uzunluk: 11,4 km", "Durak sayısı: 9";
"DURAKLAR" over "1. Karşıyaka İskele" ...). Each entry is a short line, so
in the contest for the article's core (core.py) a long box between the
lede and the rest costs more than the lede weighs, and the core was the
rest alone. Lines of such boxes, with prose right above and paragraphs of
it right below, weigh nothing either way. (Only there: below a box, prose
that speaks of something else is still cut off as the page's.)
"""

from __future__ import annotations

from collections.abc import Collection

from .document import Paragraph
from .inserts import _paragraphs_follow
from .lineclass import GOOD, NEAR, SHORT
from .linefeatures import Features, _insert
from .tail import _box_entry
from .text import ends_sentence, word_count, words

# A box holds three entries or more, and a run of boxes this many lines at most.
INNER_BOX_MIN_ENTRIES = 3
INNER_BOX_MAX_LINES = 40
# A box's heading: a few words, no sentence.
INNER_BOX_HEAD_MAX_WORDS = 6


def _heading(text: str) -> bool:
    return word_count(words(text)) <= INNER_BOX_HEAD_MAX_WORDS and not ends_sentence(text)


def boxes_inside_prose(
    paras: list[Paragraph], classes: list[str], feats: list[Features], inserts: Collection[int]
) -> set[int]:
    """The short lines of runs of boxes (entries, their headings, lines
    inserted among them) with prose right above and paragraphs right below
    (past `inserts`, lines inserted between the article's paragraphs)."""
    found: set[int] = set()
    i = 1
    while i < len(paras):
        # (Prose that ends a sentence: a menu run together on one line is long, but ends none.)
        if classes[i] != SHORT or classes[i - 1] not in (GOOD, NEAR) or not ends_sentence(paras[i - 1].plain):
            i += 1
            continue
        j, entries = i, 0
        while j < len(paras) and j - i < INNER_BOX_MAX_LINES:
            if classes[j] == SHORT and _box_entry(paras[j], named=False):
                entries += 1
            elif not (_insert(classes[j], feats[j]) or (classes[j] == SHORT and _heading(paras[j].plain))):
                break
            j += 1
        # (Not one sentence under the box: a price list's disclaimer, a
        # newsletter's pitch, an author's bio; the article goes on under it.)
        if entries >= INNER_BOX_MIN_ENTRIES and _paragraphs_follow(classes, j, inserts):
            found.update(k for k in range(i, j) if classes[k] == SHORT)
        i = j + 1
    return found
