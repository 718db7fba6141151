"""An article's numbered steps: "1. Rinse the lentils.", "2. Melt the
butter, fry the onion.", "3. …". Each step is a short sentence, so alone it
reads as a short line, and a recipe's or a how-to's method weighed nothing
in the contest for the article's core. Numbered one after another from 1,
every one a sentence, they are prose written as a list. (A list of other
stories is numbered too, "1. Headline", but its items end no sentence;
a table's rows, "1. SK Vöcklau 14 Spiele 32 Pkt.", hold no stopword.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .document import Paragraph
from .lineclass import BAD, SHORT
from .text import ends_sentence, word_count, words

if TYPE_CHECKING:
    from .linefeatures import Features  # (which imports core.py, which imports this)


# Three steps at least; a step has a verb and its object at least.
STEPS_MIN_ITEMS = 3
STEP_MIN_WORDS = 2

_NUMBERED = regex.compile(r"\s*(?:[*+-]\s+)?(\d{1,2})[.)]\s+(\S.*)$", regex.DOTALL)


def _numbered(text: str) -> regex.Match[str] | None:
    """"2. Melt the butter.": its number and its text. (A figure first, told
    with string methods: most lines open with a letter.)"""
    return _NUMBERED.match(text) if text.lstrip(" \t\n\r\f\v*+-")[:1].isdigit() else None


def numbered_steps(paras: list[Paragraph], feats: list[Features], classes: list[str], cjk: bool) -> set[int]:
    """Runs of STEPS_MIN_ITEMS lines or more numbered 1, 2, 3 … in a row
    (known boilerplate between them skipped: an advertisement's label),
    each a sentence of STEP_MIN_WORDS words or more with a stopword (in
    languages written with spaces)."""
    found: set[int] = set()
    run: list[int] = []
    expected = 1
    for i, p in enumerate(paras):
        m = _numbered(p.plain)
        step = (m is not None and ends_sentence(m[2]) and word_count(words(m[2])) >= STEP_MIN_WORDS
                and (cjk or feats[i].stop_density > 0))
        if step and int(m[1]) == expected:
            run.append(i)
            expected += 1
            continue
        if not step and classes[i] == BAD and run:
            continue  # an advertisement's label between two steps
        if len(run) >= STEPS_MIN_ITEMS:
            found.update(run)
        run, expected = ([i], 2) if step and int(m[1]) == 1 else ([], 1)
    if len(run) >= STEPS_MIN_ITEMS:
        found.update(run)
    return found


# A listicle's numbered sections: "1. Quem toca" over its lines, "2.
# Bilhetes" over its own, … Each heading and most of what is under it are
# short lines, so in the contest for the article's core the first sections
# cost more than their few sentences weigh, and the core started at the
# first long paragraph, sections below. Headings numbered 1, 2, 3 … in
# order, each with lines of its own under it, are the article's outline:
# the short lines from the first heading to the last one's section weigh
# nothing either way.
SECTIONS_MIN = 3
SECTION_MAX_LINES = 12
SECTION_HEADING_MAX_WORDS = 8


# A section's number in a circle, as Japanese and Chinese sites write it: "③ 芯で".
_CIRCLED = regex.compile(r"\s*([\u2460-\u2473])\s*(\S.*)$", regex.DOTALL)


def _section_number(p: Paragraph, c: str) -> int | None:
    if c != SHORT:
        return None
    if (m := _numbered(p.plain)) is not None:
        number, heading = int(m[1]), m[2]
        if word_count(words(heading)) > SECTION_HEADING_MAX_WORDS:
            return None
    elif (m := _CIRCLED.match(p.plain)) is not None:
        # (A circle marks a section whatever its heading's length, as a
        # short line counts it: "中心の葉で：白菜とりんごのコールスロー".)
        number, heading = ord(m[1]) - 0x2460 + 1, m[2]
    else:
        return None
    return None if ends_sentence(heading) else number


def numbered_sections(paras: list[Paragraph], classes: list[str]) -> set[int]:
    """The short lines of an outline of SECTIONS_MIN or more numbered
    headings, each with a line or more of its own under it."""
    heads = [(i, n) for i, (p, c) in enumerate(zip(paras, classes)) if (n := _section_number(p, c)) is not None]
    found: set[int] = set()
    run: list[int] = []
    for i, n in heads:
        if run and n == len(run) + 1 and 1 < i - run[-1] <= SECTION_MAX_LINES:
            run.append(i)
            continue
        if len(run) >= SECTIONS_MIN:
            found |= _outline(classes, run)
        run = [i] if n == 1 else []
    if len(run) >= SECTIONS_MIN:
        found |= _outline(classes, run)
    return found


def _outline(classes: list[str], heads: list[int]) -> set[int]:
    """The short lines from the first heading down to the last one's section's end."""
    end = heads[-1] + 1
    while end < len(classes) and end - heads[-1] <= SECTION_MAX_LINES and classes[end] == SHORT:
        end += 1
    return {k for k in range(heads[0], end) if classes[k] == SHORT}


def next_numbered_heading(paras: list[Paragraph], classes: list[str], lo: int, above: int, k: int) -> bool:
    """Line `k` is a numbered heading ("7. Gunakan Versi Lite") whose number
    follows one of a heading between `lo` and `above`: the article's next
    section, whatever stands between them (a sign-up box)."""
    n = _section_number(paras[k], classes[k])
    return n is not None and n >= 2 and any(_section_number(paras[m], classes[m]) == n - 1 for m in range(lo, above))


def outline_opens(paras: list[Paragraph], classes: list[str], k: int, hi: int) -> bool:
    """Line `k` is heading 1 of an outline (SECTIONS_MIN numbered headings
    or more, each with lines of its own under it) that runs on below it to
    line `hi` at most: the article's sections open there, whatever stands
    over them (a "Read also" box with one link)."""
    if _section_number(paras[k], classes[k]) != 1:
        return False
    last, expected = k, 2
    for m in range(k + 1, min(hi + 1, len(paras))):
        if m - last > SECTION_MAX_LINES:
            break
        if _section_number(paras[m], classes[m]) == expected:
            if m - last < 2:
                return False  # a numbered list of headlines, one under the other
            last, expected = m, expected + 1
    return expected > SECTIONS_MIN
