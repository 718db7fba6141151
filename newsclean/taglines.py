"""A post's tag or category line: "Tags: Ford, hybrid cars", "Posted in News".

Blogs and news sites print the post's taxonomy under (or over) it: a known
head, then a short list of topic names. The names are on the article's
topic, so neither vocabulary nor prose tests see it as boilerplate; its
shape does. The heads are data (``lexicon/tag_line_heads.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .lexicon import normalize_label

# The head (a known one, up to 40 characters), then a colon; or one of
# _NO_COLON_HEADS, which end in a preposition and go on without one.
_HEADED = re.compile(r"\W{0,2}(?P<head>[^\W\d][^:\n]{0,40}?)\s?:\s*(?P<rest>\S.*)$")
_ITEM_SEP = re.compile(r"\s*[,;|•·/]\s*|\s+[-–]\s+")
MAX_ITEM_WORDS = 5
MAX_ITEMS = 40
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")
# normalize_label() forms, longest first where one starts another.
_NO_COLON_HEADS = ("posted in", "posted under", "filed under", "tagged with", "tagged", "veroffentlicht in",
                   "abgelegt unter", "classe dans", "publie dans", "archivado en", "publicado en")
_NO_COLON_STARTS = ("posted", "filed", "tagged", "veröffentlicht", "abgelegt", "classé", "publié", "archivado",
                    "publicado")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    path = Path(__file__).parent / "lexicon" / "tag_line_heads.txt"
    lines = path.read_text("utf-8").splitlines()
    return frozenset(normalize_label(line) for line in lines if line.strip() and not line.startswith("#"))


def is_tag_line(text: str) -> bool:
    """A known head, then a short list of names, not a sentence."""
    text = text.strip()
    if len(text) > 400 or text.endswith(_SENTENCE_END):
        return False
    rest = _rest_after_head(text)
    if rest is None:
        return False
    items = [item for item in _ITEM_SEP.split(rest) if item]
    return 0 < len(items) <= MAX_ITEMS and all(len(item.split()) <= MAX_ITEM_WORDS for item in items)


def _rest_after_head(text: str) -> str | None:
    if ":" in text[:48]:
        m = _HEADED.match(text)
        if m is not None and normalize_label(m.group("head")) in _heads():
            return m.group("rest")
    if not text[:16].lower().startswith(_NO_COLON_STARTS):
        return None  # most lines: no normalising
    low = normalize_label(text[:40])
    for head in _NO_COLON_HEADS:
        if low.startswith(head + " "):
            words = len(head.split())
            return text.split(None, words)[-1] if len(text.split()) > words else None
    return None
