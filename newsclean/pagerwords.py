"""A pager on one line: its words and its page numbers.

"Page 1 2 3 Suivante ›", "Halaman: 1 2 3 Selanjutnya", "Latest Newer 1 of 2
Older Oldest", or its words alone ("Weiter"). The words are data:
``lexicon/pager_words.txt`` and, between a page's number and the count of
pages, ``lexicon/pager_positions.txt``.
"""

from __future__ import annotations

import regex

from .lexicon import label_set, normalize_label

_PAGER_TOKEN = regex.compile(r"\d+|\p{L}[\p{L}\p{M}'’]*")
PAGER_LINE_MAX_CHARS = 80


def pager_words(text: str) -> int | None:
    """The numbers on a line made only of pager words (one at least) and
    numbers, checked to count up from 1: how many there are (0 for the
    words alone); None for any other line. A page's place among the pages
    ("1 of 2", the only numbers there) counts as two."""
    if len(text) > PAGER_LINE_MAX_CHARS:
        return None
    tokens = _PAGER_TOKEN.findall(text)
    numbers: list[int] = []
    known = False
    for k, token in enumerate(tokens):
        if token.isdecimal():
            numbers.append(int(token))
        elif normalize_label(token) in label_set("pager_words.txt"):
            known = True
        elif not _place_among_pages(tokens, k):
            return None
    if not known:
        return None
    if numbers == list(range(1, len(numbers) + 1)):
        return len(numbers)
    placed = len(numbers) == 2 and numbers[0] <= numbers[1] and any(
        _place_among_pages(tokens, k) for k in range(len(tokens)))
    return 2 if placed else None


def _place_among_pages(tokens: list[str], k: int) -> bool:
    """Token `k` stands between the page's number and the count of pages: "1 of 2"."""
    return (0 < k < len(tokens) - 1 and tokens[k - 1].isdecimal() and tokens[k + 1].isdecimal()
            and normalize_label(tokens[k]) in label_set("pager_positions.txt"))
