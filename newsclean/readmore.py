"""The link from a teaser to the rest of its story: "Read more",
"Weiterlesen", "Czytaj więcej »" (lexicon/read_on_links.txt), alone on a
line or ending another story's teaser."""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import data_lines


@lru_cache(maxsize=1)
def read_on_links() -> str:
    """The links that lead from a teaser to its story (lexicon/read_on_links.txt),
    as one alternation, the longest first."""
    return "|".join(regex.escape(link) for link in sorted(data_lines("read_on_links.txt"), key=len, reverse=True))


# Another story's teaser: its text, then the link to the rest after a
# sentence's end or an ellipsis ("… the new Wii U console. Read more...",
# "… a lot of technology for not a lot of money... Read More"). The article
# never ends its own paragraph so; "all we had to do was continue reading."
# is prose, and so is the link in lower case after a full stop.
READ_MORE_TEASER_MIN_WORDS = 4
_READ_MORE_TAIL_CHARS = 48  # the link and its arrows, and the sentence's end before it


@lru_cache(maxsize=1)
def _read_more_end() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?:[.!?…\"”»)]|\.\.\.)\s*(?P<link>{read_on_links()})"
                         r"(?:\s*(?:\.{1,3}|…|»|→|›|>>?|\]|\)))?\s*$")


def read_more_teaser(text: str) -> str:
    """The link, when the line is a teaser ending in it."""
    m = _read_more_end().search(text[-_READ_MORE_TAIL_CHARS:])
    if m is None or m["link"][0].islower():
        return ""
    return m["link"]


# A related-stories label that ends a teaser rather than heads one: the
# line under it is the page's next item, not the label's headline.
@lru_cache(maxsize=1)
def _read_on() -> regex.Pattern[str]:
    # (and the bare words, which open a link's line but end many sentences)
    return regex.compile(rf"(?i)^\W*(?:{read_on_links()}|read on|more|mehr|la suite)\b")


def opens_with_read_on(text: str) -> bool:
    """The line opens with a "Read more" link."""
    return _read_on().match(text) is not None


def read_on_only(text: str) -> bool:
    """The line is a "Read more" link and nothing else ("Czytaj więcej »",
    not "More from the Calder Post")."""
    m = _read_on().match(text)
    return m is not None and not any(ch.isalnum() for ch in text[m.end():])
