"""The page's title line: the headline again, with the site's name.

A scraper that saves a whole page starts with the text of its ``<title>``
("Police make arrests in kidnapping case - Yahoo! Sports", "Seth's Blog: A
fire in South Buffalo!"), and the article repeats the headline below it
without the site's name. The headline stays; the title line goes (D104).
"""

from __future__ import annotations

import regex

from .config import Config
from .document import Document
from .text import tokens, words

# Where a title tag joins headline and site name: " | ", " - ", " « ".
# Not a colon: "Blog name: Headline" reads as a headline with a kicker.
_SITE_SEPARATOR = regex.compile(r"\s+(?:[-|–—«»·•~/]|::)\s+|\s*[|«»]\s*")
# The title is the first line a scraper writes (a skip link may come first).
TITLE_MAX_POSITION = 1
TITLE_MAX_WORDS = 40
# The headline part must be a headline, not a word ("News", "Home").
HEADLINE_MIN_WORDS = 3


def drop_title_copies(doc: Document, config: Config) -> None:
    kept = doc.kept()
    last_seen: dict[str, int] = {}
    for pos, p in enumerate(kept):
        if len(words(p.text)) <= TITLE_MAX_WORDS:
            last_seen[_key(p.text)] = pos
    for pos, p in enumerate(kept[: TITLE_MAX_POSITION + 1]):
        if not p.kept or len(words(p.text)) > TITLE_MAX_WORDS:
            continue
        parts = [part for part in _SITE_SEPARATOR.split(p.text) if words(part)]
        if len(parts) < 2:
            continue  # a headline and a site name, both in words
        # The headline is the longest part; the rest name the site or section.
        headline = max(parts, key=lambda part: len(words(part)))
        if len(words(headline)) < HEADLINE_MIN_WORDS:
            continue
        later = last_seen.get(_key(headline))
        if later is not None and later > pos and kept[later].kept:
            p.drop("D104", headline=kept[later].index)


def _key(text: str) -> str:
    """Words only: quotes and punctuation around a headline differ between copies."""
    return " ".join(tokens(text))
