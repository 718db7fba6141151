"""A site's description of itself: its tagline or its home page's meta
description, printed over an article by scrapers that keep the page's head
("Your best source for Rays news, rumors and analysis from the fan
perspective"). The patterns are data (``lexicon/site_slogans.txt``); where
such a line may go is boilerplate.py's call (``_site_slogans``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import data_lines


@lru_cache(maxsize=1)
def _slogan() -> regex.Pattern[str]:
    patterns = data_lines("site_slogans.txt")
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE | regex.VERSION1)


def is_site_slogan(text: str) -> bool:
    """Does the line read like a site's description of itself?"""
    return _slogan().search(text) is not None
