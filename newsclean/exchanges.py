"""An interview's short exchanges: "Freiwillig?" / "Ja." / "Wirklich?" /
"Na gut: meistens." Each is a short line, so in the contest for the
article's core (core.py) a run of them cost more than the answers around
them weighed, and the core started below them: the headline, the byline
and the first question were left over it and went with the page's header.
The short lines of a run of questions and answers in turn weigh nothing
either way, as a live blog's short lines do (liveblog.py).
"""

from __future__ import annotations

from .document import Paragraph
from .lineclass import GOOD, NEAR, SHORT
from .linefeatures import _question
from .text import ends_sentence

# Question-and-answer pairs in a row: one is a line of prose and its reply.
EXCHANGES_MIN_PAIRS = 2


def _asks(p: Paragraph, c: str) -> bool:
    return c in (SHORT, NEAR) and _question(p.plain)


def _answers(p: Paragraph, c: str) -> bool:
    """A reply is a sentence ("Ja.", "Um halb fünf."); a headline under
    another that asks ("Kim jest Tomasz Wala?") ends in no full stop."""
    return c in (SHORT, NEAR, GOOD) and ends_sentence(p.plain) and not _question(p.plain)


def interview_exchanges(paras: list[Paragraph], classes: list[str]) -> set[int]:
    """The short lines of runs of EXCHANGES_MIN_PAIRS or more questions
    each answered by the next line."""
    found: set[int] = set()
    i = 0
    while i + 1 < len(paras):
        j = i
        while j + 1 < len(paras) and _asks(paras[j], classes[j]) and _answers(paras[j + 1], classes[j + 1]):
            j += 2
        if (j - i) // 2 >= EXCHANGES_MIN_PAIRS:
            found.update(k for k in range(i, j) if classes[k] == SHORT)
            i = j
        else:
            i += 1
    return found
