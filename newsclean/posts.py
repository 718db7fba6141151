"""The frame of a social post embedded in the article.

An embedded X, Facebook or Instagram post prints its author's name and
handle, its date and time, its text and its counters: "Älvsnäs IF
@AlvsnasIF · 14 sep.", "VÄNDNING PÅ NÄSET! …", "412 gilla 38 reposter";
"@OL_Lefkoporto", "9:02 π.μ. · 28 Ιουλ 2025". Over a line of counters, the
handle and date lines are the frame, when a handle is among them; the
post's text is left to the other rules (the article may quote it).
"""

from __future__ import annotations

import regex

from .authorcards import HANDLE
from .document import Paragraph
from .lineclass import BAD, SHORT
from .linefeatures import Features

# The frame stands this many lines over the counters at most (the handle,
# the text, the date).
POST_FRAME_REACH = 4
POST_FRAME_MAX_WORDS = 10

# "@AlvsnasIF", "Älvsnäs IF @AlvsnasIF · 14 sep.": a handle, as an author's card writes it,
# opening a word (not an e-mail address's "@").
_HANDLE = regex.compile(r"(?:^|\s)" + HANDLE.pattern)
# "9:02 π.μ. · 28 Ιουλ 2025", "22 สิงหาคม เวลา 06:12 น. · 🌏": a time or a date and a dot between.
_STAMP = regex.compile(r"\d.*\s·(?:\s|$)|\s·\s.*\d")


def post_frame_lines(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(line, counters) for the handle and date lines of posts over their
    counters (a share label with a figure: "56 Αναδημοσιεύσεις 214 Μου
    αρέσει")."""
    found: list[tuple[int, int]] = []
    for c in range(1, len(paras)):
        f = feats[c]
        if not (classes[c] == BAD and f.label and f.category == "share" and any(ch.isdigit() for ch in paras[c].plain)):
            continue
        frame = [k for k in range(c - 1, max(-1, c - 1 - POST_FRAME_REACH), -1)
                 if classes[k] == SHORT and paras[k].kept and _frame_line(paras[k].plain)]
        # A handle marks a post; a byline and a date over a share bar's
        # counts have none ("[Олена Гнатюк](…) · 7 березня 2025, 18:20").
        if any(_HANDLE.search(paras[k].plain) for k in frame):
            found.extend((k, c) for k in frame)
    return found


def _frame_line(text: str) -> bool:
    return len(text.split()) <= POST_FRAME_MAX_WORDS and (
        _HANDLE.search(text) is not None or _STAMP.search(text) is not None)
