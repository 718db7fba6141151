"""The site's name over the article, told by the page's copyright line.

A scraped page opens with the site's name ("L'Écho des Falaises", "SAHA
POSTASI") over its menus, and closes with its copyright line ("© 2024
L'Écho des Falaises - Tous droits réservés"). Over the article, the name
reads like a kicker or a headline; the copyright line, naming it, tells it
for the site's.
"""

from __future__ import annotations

import regex

from .credits import _credit_line
from .document import Paragraph
from .lineclass import BAD, SHORT
from .linefeatures import Features

# A site's name is a few words.
SITE_NAME_MAX_WORDS = 6
SITE_NAME_MIN_CHARS = 4
# A copyright line is a line or two (a page's long legal text is not read).
NOTICE_MAX_CHARS = 400
# The page's own furniture over the article: its menu, its sign-in and
# subscription links, its consent banner (not a share bar: an article's).
_MENU_CATEGORIES = frozenset({"nav", "signin", "subscribe", "consent"})
# Any line with a copyright mark or word. (linefeatures._COPYRIGHT, which
# tells a footer line, asks for the sign right before a year or a name
# alone: "© L'Écho des Falaises 2024 - Tous droits réservés" is neither, and
# names its site all the same.)
_COPYRIGHT = regex.compile(r"©|\(c\)|(?i:\bcopyright\b|\bhak cipta\b|版权所有|著作権)")


def site_name_lines(paras: list[Paragraph], feats: list[Features], classes: list[str], start: int) -> set[int]:
    """Short lines over the page's last menu over line `start` (the
    article) that a copyright line further down names, word for word. (Under
    the menus, by the byline, the name is the article's source: "NHL.com".)"""
    menus = [k for k in range(start) if classes[k] == BAD and feats[k].category in _MENU_CATEGORIES]
    if not menus:
        return set()
    notices = [p.plain.casefold() for p in paras[start:]
               if len(p.plain) <= NOTICE_MAX_CHARS and ("©" in p.plain or _COPYRIGHT.search(p.plain))]
    if not notices:
        return set()
    found: set[int] = set()
    for i in range(menus[-1]):
        text = paras[i].plain.strip().strip("*_#").strip()
        if classes[i] != SHORT or len(text) < SITE_NAME_MIN_CHARS or len(text.split()) > SITE_NAME_MAX_WORDS:
            continue
        if any(_names(notice, text.casefold()) for notice in notices) and not _credit_line(text):
            found.add(i)
    return found


def _names(notice: str, name: str) -> bool:
    """`name` is in `notice` as whole words (substring search in C first:
    most lines of a page are in no notice)."""
    at = notice.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not notice[at - 1].isalnum()) and (end == len(notice) or not notice[end].isalnum()):
            return True
        at = notice.find(name, at + 1)
    return False
