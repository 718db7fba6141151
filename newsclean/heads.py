"""Lines that open with a known head and go on with something else.

"Posted in News" (a tag line's head, then its list), "Previous Post
Embracing Children" (a post link's head, then the post's title). The heads
are data files; a line opens with one when its first words, normalised
(:func:`newsclean.lexicon.normalize_label`), are that head word for word,
so "Previous post-war plans" does not open with "previous post".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import data_lines, normalize_label


# A head of a few words and its colon, then the rest of the line: "Tags:
# Ford, hybrid cars", "免责声明：本文…" (the full-width colon, no space),
# "(डिस्क्लेमर: …". The colon stands within the line's first 48 characters.
_COLON_HEAD = re.compile(r"\W{0,2}(?P<head>[^\W\d][^:：\n]{0,40}?)\s?[:：]\s*(?P<rest>\S.*)$")
COLON_HEAD_REACH = 48


def colon_head(text: str) -> tuple[str, str] | None:
    """The head, as written, and the rest of a line that opens with a head
    and its colon; None for a line that does not."""
    if ":" not in text[:COLON_HEAD_REACH] and "：" not in text[:COLON_HEAD_REACH]:
        return None  # (most lines, told in C)
    m = _COLON_HEAD.match(text)
    return None if m is None else (m["head"], m["rest"])


# Brackets a head may stand in, passed over when a line is first looked at.
_OPENING_BRACKETS = "＜<【[［（(「『《〈"


class LineHeads:
    def __init__(self, heads: Iterable[str]) -> None:
        heads = [head.strip() for head in heads]
        self._heads = frozenset(map(normalize_label, heads))
        self._lengths = tuple(sorted({len(head.split()) for head in heads}, reverse=True))
        # First words as written, lower case: a cheap test before any normalising.
        self._starts = tuple(sorted({head.split()[0].lower() for head in heads}))

    def _may_open(self, text: str) -> bool:
        """Does `text` open with a head's first word, as written? (A cheap
        first look, before any normalising.)"""
        if not self._starts:
            return False
        # (A head may be bracketed, as Japanese sites write it: "＜関連記事＞ …".)
        opening = (text.lstrip(_OPENING_BRACKETS) if text[:1] in _OPENING_BRACKETS else text)[:16].lower()
        if "\u0307" in opening:
            opening = opening.replace("i\u0307", "i")  # Turkish "İ" lower-cases to "i" and a dot: "İLGİLİ"
        return opening.startswith(self._starts)

    def is_head(self, text: str) -> bool:
        """The line is a head alone ("Umfrage"; a Markdown heading's marks
        aside: "## Umfrage")."""
        return self._may_open(text.lstrip("#*_ ")) and normalize_label(text) in self._heads

    def rest_after(self, text: str) -> str | None:
        """What follows the longest head `text` opens with; None when it
        opens with none, or no word follows it (a rule of dashes is none)."""
        if not self._may_open(text):
            return None  # most lines
        parts = text.split(None, self._lengths[0])
        for n in self._lengths:
            # (A head ends in a word: normalize_label drops a count at its end,
            # and "İLGİLİ HABER 2025 araç …" is the head and a headline.)
            if len(parts) > n and not parts[n - 1].isdecimal() and normalize_label(" ".join(parts[:n])) in self._heads:
                rest = text.split(None, n)[-1]
                return rest if any(map(str.isalnum, rest)) else None
        return None


@lru_cache(maxsize=1)
def connective_heads() -> LineHeads:
    """"Meanwhile", "Mientras tanto", "Unterdessen": a paragraph that opens
    so goes on with the text above it."""
    return LineHeads(data_lines("connective_heads.txt"))
