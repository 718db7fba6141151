"""An e-mail's header printed over the text it carries: a newsletter's
edition or a press release, saved from the mailbox ("From: Weekly Brief
<news@example.org>", "Subject: ...", "Date: ..."). The field names are data
(``lexicon/mail_headers.txt``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from .document import Paragraph
from .lexicon import data_lines, label_set, normalize_label

_SUBJECT_FIELD = "subject:"
# A header is a few lines at the very top of the text.
MAIL_HEADER_MAX_LINES = 6
# Its fields: two or more, one of them the subject.
MAIL_HEADER_MIN_FIELDS = 2


@lru_cache(maxsize=1)
def _fields() -> tuple[frozenset[str], frozenset[str]]:
    """(every field name, the subject's names), case-folded."""
    names, subjects = set(), set()
    for line in data_lines("mail_headers.txt"):
        if line.startswith(_SUBJECT_FIELD):
            line = line[len(_SUBJECT_FIELD) :].strip()
            subjects.add(line.casefold())
        names.add(line.casefold())
    return frozenset(names), frozenset(subjects)


# A field: its name (one to three words), a colon, a value.
_FIELD = regex.compile(r"^\s*(\w[\w-]*(?: \w+){0,2})\s?[:：]\s*\S")


def _field(text: str) -> str | None:
    m = _FIELD.match(text)
    if m is None or m.group(1).casefold() not in _fields()[0]:
        return None
    return m.group(1).casefold()


def mail_header_lines(paras: list[Paragraph]) -> list[int]:
    """The paragraphs of an e-mail's header at the top of the text: from the
    first on, paragraphs that open with a header field, two or more fields
    in all and the subject among them. (A block read as one paragraph may
    hold the whole header, and the mailer's "View it in your browser"
    under it.) A memo's "To:" and "From:" quoted inside an article are
    not at the top of the text, nor do they carry a subject."""
    found: list[int] = []
    names: list[str] = []
    for i, p in enumerate(paras[:MAIL_HEADER_MAX_LINES]):
        fields: list[str] = []
        for line in p.plain.split("\n"):
            name = _field(line)
            if name is None:
                break
            fields.append(name)
        if not fields:
            break
        found.append(i)
        names.extend(fields)
    if len(names) < MAIL_HEADER_MIN_FIELDS or not any(name in _fields()[1] for name in names):
        return []
    return found


# The web link is among the mail's first lines.
MAIL_LINK_MAX_LINE = 4
MAIL_LINK_MAX_CHARS = 80


def mail_edition(paras: list[Paragraph]) -> bool:
    """Is the text an e-mail newsletter's edition: a link to it on the web
    ("View in browser", lexicon/mail_links.txt) in one of its first lines?"""
    links = label_set("mail_links.txt")
    for p in paras[:MAIL_LINK_MAX_LINE]:
        if len(p.plain) > MAIL_LINK_MAX_CHARS:
            continue
        label = f" {normalize_label(p.plain)} "
        if any(f" {link} " in label for link in links):
            return True
    return False
