"""A press release's media contacts under the article.

"Media contact" / "Jane Roe, Head of Communications" / "jane@example.com" /
"+44 20 7946 0000": names, e-mail addresses and telephone numbers under a
heading of lexicon/contact_heads.txt. The release's distributor prints them;
a reader of the article would not miss them.
"""

from __future__ import annotations

import regex

from .document import Paragraph
from .lexicon import label_set, normalize_label
from .lineclass import BAD, NEAR, SHORT

# A contact heading is a few words ("Contacts presse", "Media enquiries").
CONTACT_HEAD_MAX_CHARS = 40
# A contact block holds at most this many lines.
CONTACT_BOX_MAX_LINES = 8
# A contact line is short: a name and a title, an address, a number.
CONTACT_LINE_MAX_WORDS = 14

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = regex.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{6,}\d(?!\w)")


def contact_lines(paras: list[Paragraph], classes: list[str], start: int) -> list[tuple[int, int]]:
    """(line, heading) for the lines of a media-contact block below the
    article's first paragraph at `start`: a contact heading and, under it,
    the lines that hold an e-mail address or a telephone number and the
    name lines right over such a line, up to the first line that is
    neither."""
    heads = label_set("contact_heads.txt")
    found: list[tuple[int, int]] = []
    for h in range(start + 1, len(paras) - 1):
        if classes[h] not in (SHORT, BAD) or len(paras[h].plain) > CONTACT_HEAD_MAX_CHARS:
            continue
        if normalize_label(paras[h].plain.rstrip(":")) not in heads:
            continue
        k = h + 1
        last = min(len(paras), h + 1 + CONTACT_BOX_MAX_LINES)
        while k < last and _contact_line(paras, classes, k, last):
            k += 1
        if k > h + 1:
            found.extend((line, h) for line in range(h, k))  # the heading goes with its lines
    return found


def _contact_line(paras: list[Paragraph], classes: list[str], k: int, last: int) -> bool:
    if classes[k] not in (SHORT, NEAR, BAD) or len(paras[k].plain.split()) > CONTACT_LINE_MAX_WORDS:
        return False
    if _reaches(paras[k].plain):
        return True
    # A name and a title over the address or the number ("Agence Littoral
    # Conseil – Clémence Vautrin" / "clemence@…").
    return k + 1 < last and classes[k + 1] in (SHORT, NEAR, BAD) and _reaches(paras[k + 1].plain)


def _reaches(text: str) -> bool:
    """An e-mail address or a telephone number is in the line."""
    return _has_email(text) or _PHONE.search(text) is not None


def _has_email(text: str) -> bool:
    return "@" in text and _EMAIL.search(text) is not None


# The site's imprint at the page's foot, on one line: "Fjordbyens Avis ·
# Havnegade 12 · 4000 Havnsø · Telefon 00 00 00 00 · redaktion@…". Items
# joined by a separator, the address or the number among them.
IMPRINT_MIN_ITEMS = 3
PHONE_MIN_DIGITS = 8
_IMPRINT_SEP = regex.compile(r"\s+[·|•]\s+")


def imprint_line(text: str) -> bool:
    """A line of a few items, one an e-mail address or a telephone number."""
    if "·" not in text and "|" not in text and "•" not in text:
        return False  # (most lines, told in C)
    items = _IMPRINT_SEP.split(text.strip())
    if len(items) < IMPRINT_MIN_ITEMS or len(text.split()) > CONTACT_LINE_MAX_WORDS + len(items):
        return False
    if _has_email(text):
        return True
    # (A number of eight digits at least: "1.12.2022 | Quelle: …" is a date.)
    return any(sum(c.isdigit() for c in m[0]) >= PHONE_MIN_DIGITS for m in _PHONE.finditer(text))
