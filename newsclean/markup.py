"""Link and emphasis markup that text scrapers write into an article.

``lynx -dump`` numbers every link ("[12]Home"); html2text, Jina Reader,
Firecrawl and other Markdown writers wrap links, images and emphasis in
their syntax ("[Share on X](https://x.com/intent/...)", "**By Jane Roe**").
The rules read a paragraph's words without that markup (``Paragraph.plain``):
a share button is the same label with a link or without one, and a long
address must not make it read as prose. The output keeps the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .document import Paragraph

# An address in Markdown's parentheses, one level of nested parentheses
# allowed ("https://en.wikipedia.org/wiki/Bridge_(structure)").
ADDRESS = r"\((?:[^()\s]|\([^()\s]*\))*\)"
_IMAGE = regex.compile(rf"!\[([^\[\]]*)\]{ADDRESS}")
# "[text](address)", or a reference link "[text][3]".
_LINK = regex.compile(rf"\[([^\[\]]+)\](?:{ADDRESS}|\[\d{{1,4}}\])")
# A link without text, an icon's: "[](https://www.facebook.com/sharer/...)".
# It reads as its site's name, as a screen reader says it ("facebook").
_EMPTY_LINK = regex.compile(r"\[\s*\]\((?:https?:)?//([^/\s()?#]+)[^()\s]*\)|\[\s*\]" + ADDRESS)
# A link to a network's share endpoint, whatever its text says and in
# whatever language ("[مشاركة على واتساب](https://wa.me/?text=...)"): it
# reads as what it is, a share button.
_SHARE_LINK = regex.compile(
    r"\[[^\[\]]*\]\((?:https?:)?//(?:[\w-]+\.)*(?:"
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)"
    r"|wa\.me/|(?:api|web)\.whatsapp\.com/send|t(?:elegram)?\.me/share|linkedin\.com/(?:shareArticle|sharing)"
    r"|pinterest\.[a-z.]+/pin/create|reddit\.com/submit|vk\.com/share|connect\.ok\.ru/offer"
    r"|social-plugins\.line\.me|line\.me/R/msg|service\.weibo\.com/share|sharer\.kakao\.com"
    r"|b\.hatena\.ne\.jp/(?:entry|add)"
    r")(?:[^()\s]|\([^()\s]*\))*\)"
)
# (What a share endpoint's address holds, searched first in C: most links go elsewhere.)
_SHARE_HINT = re.compile(r"shar|wa\.me|whatsapp|intent/|line\.me|submit|ok\.ru|hatena")
# lynx's link number, right before the link's first letter or figure ("[8]17:40
# Rail line closed"); not an index ("foo[1]") nor a prompt ("In [63]:").
_LINK_NUMBER = regex.compile(r"(?<![\w\]])\[\d{1,4}\](?=\p{L}|\d)")
# lynx's image, alone or with its alt text or caption after it: "[24][IMG]
# The ward. Photo: …" (the text as written: its link number is not taken out).
LYNX_IMAGE = regex.compile(r"(?:\[\d{1,4}\])?\[IMG\]")
_NEXT_LINK_NUMBER = regex.compile(r"(?<=\S\s+)\[\d{1,4}\](?=\p{L})")
_STRONG = regex.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")
# One emphasis around the whole paragraph: "_Von Friederike Haas | 14.01.2025_".
_EMPHASIZED_LINE = regex.compile(r"^([*_])(?=[^\s*_])(.+)(?<=[^\s*_])\1$", regex.DOTALL)
_HEADING = regex.compile(r"^#{1,6}\s+(?=\p{L})")
# A Markdown quote's mark: "> **Het project in het kort**", "> * Investering: …"
# (a box set apart as a quote, its list inside).
_QUOTE_MARK = regex.compile(r"^(?:>\s?)+(?=\S)")
_SPACES = regex.compile(r" {2,}")
# lynx's mark of a form's button: "(BUTTON) Accept all".
LYNX_BUTTON = "(BUTTON)"
_LYNX_BUTTON = re.compile(r"\(BUTTON\)\s*")
# Where markup may be: a text without these characters has none.
MARKS = re.compile(r"[\[*_#]")


def plain_text(text: str) -> str:
    """`text` without link, image and emphasis markup (the text itself when it
    has none, or when nothing but markup would be left)."""
    # Each substitution only where its mark is (searched in C): most
    # paragraphs have none, and a "#" or "_" in a word is no markup.
    quoted = text[:1] == ">"
    buttons = LYNX_BUTTON in text
    if not quoted and not buttons and MARKS.search(text) is None:
        return text
    plain = _QUOTE_MARK.sub("", text) if quoted else text
    if buttons:
        # lynx's form buttons: "(BUTTON) Accept all (BUTTON) Settings" reads
        # as the buttons' labels, "Accept all · Settings".
        plain = _LYNX_BUTTON.sub("· ", plain).strip(" ·")
    if "[" in plain:
        plain = _IMAGE.sub(r"\1", plain)
        plain = plain.replace(")[", ") [")  # (links side by side: their words apart)
        if "[]" in plain or "[ ]" in plain:
            plain = _SPACES.sub(" ", _EMPTY_LINK.sub(_site_name, plain)).strip()
        if _SHARE_HINT.search(plain):
            plain = _SPACES.sub(" ", _SHARE_LINK.sub(" share ", plain)).strip()
        plain = _LINK.sub(r"\1", plain)
        if _LINK_NUMBER.match(plain):
            # A line that opens with a link and goes on with more is a row of
            # links: lynx's numbers part its items, as a menu's separators do
            # ("[14]Accessibility [15]Cookies" reads "Accessibility · Cookies").
            plain = _LINK_NUMBER.sub("", _NEXT_LINK_NUMBER.sub("· ", plain), count=1)
        plain = _LINK_NUMBER.sub("", plain)
    if "**" in plain or "__" in plain:
        plain = _STRONG.sub(r"\2", plain)
    if plain[:1] in ("*", "_"):
        plain = _EMPHASIZED_LINE.sub(r"\2", plain)
    if plain[:1] == "#":
        plain = _HEADING.sub("", plain)
    return plain if plain is text or plain.strip() else text


def _site_name(link: regex.Match[str]) -> str:
    """The name of the site an empty link goes to: "api.whatsapp.com" -> "whatsapp"."""
    if not link.group(1):
        return " "
    labels = link.group(1).split(".")
    return f" {labels[-2] if len(labels) > 1 else labels[0]} "


_MARKDOWN_SUBHEADING = regex.compile(r"(#{2,6})\s+\S")


def markdown_level(text: str) -> int:
    """A Markdown subheading's level ("## Reação": 2); 0 for any other line."""
    if text[:2] != "##":
        return 0  # (most lines, told without the pattern)
    m = _MARKDOWN_SUBHEADING.match(text)
    return len(m[1]) if m else 0


def article_subheading(paras: Sequence[Paragraph], lo: int, above: int, i: int) -> bool:
    """Line `i` is a Markdown subheading of the level of one in the article
    between `lo` and `above` (a box's heading): the article's next section."""
    level = markdown_level(paras[i].text)
    return level > 0 and any(markdown_level(paras[k].text) == level for k in range(lo, above))
