"""An author's card printed as one line: counts, a follow button, a handle.

"573 článků · Sledovat autora · @hkolarova", "@luciaferran · 218 artículos",
"Follow · 412 articles · @tomwerner", "文章 386 ｜ 粉丝 2.1万 + 关注": the
writer's number of articles and followers, the button to follow them and
their handle, parted by dots or bars. A line of nothing else is the card's,
above the article or under it (B103, as a follow prompt).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .comments import month_word
from .lexicon import Lexicon

# The card's parts are set apart by a dot or a bar (full-width too).
_PART_SEP = regex.compile(r"\s*[·•|｜]\s*")
# lynx's link number before a part: "[20]Sledovat autora".
_LINK_NUMBER = regex.compile(r"\[\d{1,4}\]")
# A handle: "@hkolarova", "@tom.werner_rides".
HANDLE = regex.compile(r"@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,30}")
# A count and what it counts, either way round: "573 článků", "2.1k followers",
# "粉丝 2.1万", "記事 120件".
_COUNT = regex.compile(
    r"\d[\d.,\u00a0 ]*(?:k|K|M|万|mil|tys\.)?\s*\p{L}[\p{L}.]*(?:\s\p{L}+)?"
    r"|\p{L}{1,6}\s?\d[\d.,]*(?:k|K|万|件|篇)?"
)


@lru_cache(maxsize=1)
def _month_last() -> regex.Pattern[str]:
    """A day and a month is a post's date ("@OasisMarathon · 14 فبراير", a
    tweet quoted in the article). Compiled on first use: the months of every
    language make a large pattern, and few lines get this far."""
    return regex.compile(rf"\b{month_word()}\s*$", regex.IGNORECASE)


CARD_MIN_PARTS = 2
CARD_MAX_CHARS = 120


def author_card(text: str, lexicon: Lexicon | None = None) -> bool:
    """The whole line is an author's card: two parts or more, each a count,
    a handle or a follow button, and a handle or a button among them (a
    line of counts alone is a table's row or a post's statistics)."""
    if len(text) > CARD_MAX_CHARS or not any(sep in text for sep in "·•|｜"):
        return False
    # (A lynx link starts a part: "粉丝 2.1万 [14]+ 关注".)
    parts = [p.strip() for p in _PART_SEP.split(_LINK_NUMBER.sub(" · ", text.strip())) if p.strip()]
    if len(parts) < CARD_MIN_PARTS:
        return False
    lexicon = lexicon or Lexicon.load()
    social = 0
    for part in parts:
        if HANDLE.fullmatch(part) or lexicon.label(part) == "follow":
            social += 1
        elif not _COUNT.fullmatch(part) or _month_last().search(part):
            return False
    return social > 0
