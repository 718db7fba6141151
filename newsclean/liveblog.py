"""A live blog's entries: a time of day alone on its line over each entry
("10:40" / "Evacuation complete" / its text), or before its heading
("22:58 | Compromís reconoce la derrota"). Most of an entry's lines
are short (the time, a heading, a list of closed roads, one sentence), so
in the contest for the article's core (core.py) each entry costs more than
its prose weighs, and the core ended after the first entry or two. Where
the page is a run of such entries and most of them hold prose, their
short lines weigh nothing either way, as lines inserted between the
article's paragraphs do; known boilerplate among them still costs.
"""

from __future__ import annotations

from .document import Paragraph
from .lexicon import label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _SEGMENT_SEP, Features
from .stamps import clock_heading, clock_line
from .text import ends_sentence

# A live blog: three entries or more, one under the other.
LIVE_MIN_ENTRIES = 3
# An entry's lines, its time included: more, and the next time is another story.
LIVE_ENTRY_MAX_LINES = 16
# The share of entries that hold prose (a sentence or a paragraph): a list
# of times over headlines holds none.
LIVE_PROSE_SHARE = 0.6
# The labels of the boxes put between entries: an advertisement, a read-also.
BOX_LABEL_CATEGORIES = ("advert", "related")


def _entries(paras: list[Paragraph], classes: list[str]) -> list[list[tuple[int, int]]]:
    """Runs of entries: (first line, end) of each, the first line its time.
    The last entry of a run ends after its first stretch of prose."""
    stamps = [i for i, p in enumerate(paras) if classes[i] == SHORT and (clock_line(p.plain) or clock_heading(p.plain))]
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for k, i in enumerate(stamps):
        nxt = stamps[k + 1] if k + 1 < len(stamps) else None
        if nxt is not None and nxt - i <= LIVE_ENTRY_MAX_LINES:
            run.append((i, nxt))
            continue
        run.append((i, _last_entry_end(classes, i)))
        runs.append(run)
        run = []
    return [r for r in runs if len(r) >= LIVE_MIN_ENTRIES]


def _last_entry_end(classes: list[str], stamp: int) -> int:
    """Past the first stretch of prose under the time (or the time alone)."""
    end = stamp + 1
    limit = min(len(classes), stamp + LIVE_ENTRY_MAX_LINES)
    while end < limit and classes[end] not in (GOOD, NEAR):
        end += 1
    if end == limit:
        return stamp + 1
    while end < limit and classes[end] in (GOOD, NEAR):
        end += 1
    return end


def live_entry_lines(paras: list[Paragraph], classes: list[str]) -> set[int]:
    """The short lines of a live blog's entries, which weigh nothing in the
    contest for the core."""
    out: set[int] = set()
    for run in _entries(paras, classes):
        with_prose = sum(1 for a, b in run if any(classes[k] in (GOOD, NEAR) for k in range(a + 1, b)))
        if with_prose < LIVE_PROSE_SHARE * len(run):
            continue
        for a, b in run:
            out.update(k for k in range(a, b) if classes[k] == SHORT)
    return out


# A bar of a live blog's buttons is short; its items are parted as a
# menu's are ("Aktualisieren · Nur wichtige Ereignisse", lynx's links).
LIVE_CONTROL_MAX_CHARS = 60


def live_control(text: str) -> bool:
    """The whole line is a live blog's buttons: "Refresh", "Liveblog
    aktualisieren", "Aktualisieren · Nur wichtige Ereignisse"."""
    if len(text) > LIVE_CONTROL_MAX_CHARS:
        return False
    controls = label_set("live_controls.txt")
    return all(_control(normalize_label(item), controls) for item in _SEGMENT_SEP.split(text))


# A control's count of what it brings: "Actualizar 23 actualizaciones",
# "Refresh 3 new posts".
CONTROL_COUNT_MAX_WORDS = 3


def _control(key: str, controls: frozenset[str]) -> bool:
    if key in controls:
        return True
    control, count, counted = key.partition(" # ")
    return bool(count) and control in controls and 0 < len(counted.split()) <= CONTROL_COUNT_MAX_WORDS


def box_lines_between_entries(
    paras: list[Paragraph], feats: list[Features], classes: list[str]
) -> list[tuple[int, int]]:
    """(line, label) for a box's one line between a live blog's entries:
    under an advertisement's or a related label, right over the next
    entry's time ("Pročitajte još" / "Kako se pripremiti za nevrijeme: …"
    / "12:30"). Where the entries open with their time, and so the line
    over a time ends the entry before it in prose, a line there that ends
    no sentence is no entry's heading: it is the box's headline or copy."""
    found: list[tuple[int, int]] = []
    for run in _entries(paras, classes):
        later = [a for a, _ in run[1:]]
        closed_by_prose = sum(1 for a in later if classes[a - 1] in (GOOD, NEAR))
        if closed_by_prose < LIVE_PROSE_SHARE * len(later):
            continue  # (a heading over its time: "Evacuation complete" / "10:40")
        for a in later:
            line, label = a - 1, a - 2
            if (classes[line] != BAD and classes[label] == BAD and feats[label].label
                    and feats[label].category in BOX_LABEL_CATEGORIES and not ends_sentence(paras[line].plain)):
                found.append((line, label))
    return found
