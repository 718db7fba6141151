"""A site's description of itself: its tagline or its home page's meta
description, printed over an article by scrapers that keep the page's head
("Your best source for Rays news, rumors and analysis from the fan
perspective"). The patterns are data (``lexicon/site_slogans.txt``); where
such a line may go is inserts.py's call (``_site_slogans``)."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import data_lines
from .text import CACHE_SIZE

# A tagline or a meta description is a sentence or two; a longer paragraph
# is the article's (and is not searched: the patterns cost time per character).
SLOGAN_MAX_CHARS = 600
_ANCHORS_FIELD = "anchors:"


@lru_cache(maxsize=1)
def _data() -> tuple[list[str], list[str]]:
    """(anchors, patterns) from the data file."""
    anchors: list[str] = []
    patterns: list[str] = []
    for line in data_lines("site_slogans.txt"):
        if line.startswith(_ANCHORS_FIELD):
            anchors.extend(line[len(_ANCHORS_FIELD) :].split())
        else:
            patterns.append(line)
    return anchors, patterns


@lru_cache(maxsize=1)
def _anchors() -> re.Pattern[str]:
    # The standard library's re: compiled in a fraction of a millisecond,
    # where the patterns below take about 14 ms with the regex module.
    return re.compile("|".join(map(re.escape, _data()[0])), re.IGNORECASE)


@lru_cache(maxsize=1)
def _slogans() -> tuple[regex.Pattern[str], ...]:
    # One pattern each: as one alternation the regex module can no longer
    # skip ahead to a pattern's first word, and the search is slower than
    # all of them one after the other.
    return tuple(regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in _data()[1])


@lru_cache(maxsize=CACHE_SIZE)
def is_site_slogan(text: str) -> bool:
    """Does the line read like a site's description of itself?"""
    # (Remembered: every cleaning pass asks again about the top lines.)
    if len(text) > SLOGAN_MAX_CHARS or _anchors().search(text) is None:
        return False
    return any(p.search(text) for p in _slogans())
