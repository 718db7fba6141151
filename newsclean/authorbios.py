"""The author's bio under the article, named by the byline over it.

Sites print a box about the writer under the article, often with no
heading: the name on a line of its own and a sentence or two about them
("Tom Whitcombe" / "Tom has covered the courts in Gloucestershire since
2015. He previously worked …"), or the bio alone, opening with the name
("Priya Raman is Northern Byte's security reporter. She previously …").
Its words are the writer's, not the story's, and the lexicon has no phrase
for it; the byline over the article tells whose it is. A paragraph of the
article that names its own author is rare, and one of two sentences or more
that opens with that name rarer still; a one-line credit ("Priya Raman
contributed reporting") is a sentence alone, and stays.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .credits import _bare_name, _cased_name, _credit_line, _credits, _dated, name_over_dateline, opens_as_byline
from .document import Paragraph
from .heads import LineHeads
from .lexicon import data_lines
from .lineclass import BAD, GOOD, NEAR, SHORT
from .stamps import starts_with_date
from .text import words

# Over the article's first paragraph, the byline is within this many lines.
BYLINE_REACH = 8
# A bio is a few sentences: at least two, at most this many words.
BIO_MIN_SENTENCES = 2
BIO_MAX_WORDS = 90
# A name opening a bio has two words or more ("Priya Raman"): a first name
# alone opens any sentence about someone.
NAME_MIN_WORDS = 2
NAME_MAX_CHARS = 60
_SENTENCE = regex.compile(r"[.!?。！？](?:\s|$)")


def author_bios(paras: list[Paragraph], classes: list[str], start: int) -> list[tuple[int, int]]:
    """(line, byline) for the author's name line and bio under the article's
    first paragraph, the name being in the byline over the article."""
    # A byline ("By Tom Whitcombe, Court Reporter"), or a dated line that
    # opens with the writer's name ("Олена Мартинюк 14 березня 2024, 16:20");
    # not any dated line: a photo's title names its subject ("President
    # Barack Obama hugs … (July 22, 2012)").
    near = range(max(0, start - BYLINE_REACH), min(len(paras), start + BYLINE_REACH))
    bylines = [k for k in near if (classes[k] == SHORT or (classes[k] != BAD and opens_as_byline(paras[k].plain)))
               and _credit_line(paras[k].plain)]
    # Or a short line that names the writer with a word or two of role
    # ("Ingrid Sæther Nilsen, journalist", "Röportaj: Mert Yalçınkaya"): it
    # names the writer of a bio under a name line only, as any line may name
    # a person a paragraph opens with.
    named_by = [(k, name.casefold()) for k in near if classes[k] == SHORT and k not in bylines
                and (name := _named_in_line(paras[k].plain)) is not None]
    # Or the writer's name, and a word of role at most, right over the
    # dateline ("Lena Ahlström Krönikör" / "Publicerad 22 januari 2024").
    over_dateline = [k for k in near if classes[k] == SHORT and k not in bylines and _name_over_dateline(paras, k)]
    if not bylines and not named_by and not over_dateline:
        return []
    # (A byline that is the name and the date alone names the writer as "By" does: "Jan Kříž | 18. 4. 2024".)
    credits = [(k, paras[k].plain.casefold(), _credits(paras[k].plain) or _name_and_date(paras[k].plain))
               for k in bylines]
    credits += [(k, paras[k].plain.casefold(), True) for k in over_dateline]
    # The bylines' words: a name line or a bio opens with one (a cheap first look).
    named = {w for _, text, _ in credits for w in text.split()} | {w for _, name in named_by for w in name.split()}

    def byline_naming(name: str, line: bool) -> int | None:
        folded = name.casefold()
        k = next((k for k, text, by in credits if (by and folded in text) or (line and text.startswith(folded))), None)
        if k is None and line:
            # (The whole name, in a script with capitals: elsewhere a subheading passes for one.)
            k = next((k for k, named_name in named_by if folded == named_name), None)
        return k

    found: list[tuple[int, int]] = []
    for i in range(start + 1, len(paras)):
        if classes[i] not in (GOOD, NEAR):
            continue
        text = paras[i].plain
        above = paras[i - 1].plain.strip()
        above_first = above.split(maxsplit=1)[0].casefold() if above else ""
        if text.split(maxsplit=1)[0].casefold() not in named and above_first not in named:
            continue  # neither this paragraph nor the line over it opens with a byline's word
        if classes[i - 1] == SHORT and i - 1 > start and i - 1 not in bylines and i - 1 not in over_dateline \
                and len(above) <= NAME_MAX_CHARS and _bare_name(above):
            # The name on its line over the bio ("Tom Whitcombe" / "Tom has covered …").
            k = byline_naming(above, line=True)
            # (One sentence is a bio too when it goes on with the first name:
            # "Hannah Crowther" / "Hannah has covered the courts since 2016.")
            # (And one sentence over the box's known line, a "Follow" button or
            # a link to all the writer's columns: "Journaliste à Altitudes depuis
            # 2018, il couvre …" / "Suivre".)
            boxed = i + 1 < len(paras) and classes[i + 1] == BAD and len(text.split()) <= BIO_MAX_WORDS
            if k is not None and (_bio(text) or boxed or text.split(maxsplit=1)[0] == above.split(maxsplit=1)[0]):
                found += [(i - 1, k), (i, k)]
                continue
        if not text[:1].isupper():
            continue
        opening = text.split(maxsplit=3)[:3]
        for n in (3, 2):
            name = " ".join(opening[:n])
            # (In a script with capitals: elsewhere any few words pass for a name.)
            if len(words(name)) >= NAME_MIN_WORDS and _cased_name(name):
                k = byline_naming(name, line=False)
                if k is not None:
                    if _bio(text) or _says_who(text[len(name):]):
                        found.append((i, k))  # the bio opens with the writer's name
                    break
    return found


# A writer's name and, parted from it by a comma or a colon, a few words
# of role or kind: "Ingrid Sæther Nilsen, journalist", "Röportaj: Mert
# Yalçınkaya", "Yazı ve fotoğraflar: Elif Aydoğan".
NAME_LINE_MAX_ROLE_WORDS = 3
_NAME_ROLE_SEP = regex.compile(r"\s*[,:|–—]\s+")
# Credits in a row, the writer's first: "Szöveg: Lakatos Bence | Fotó: Varga Dóra".
_CREDITS_SEP = regex.compile(r"\s+[|·•]\s+")


def _named_in_line(text: str) -> str | None:
    """The name of a short line of a name and its role ("Yazı ve
    fotoğraflar: Elif Aydoğan"), or None; of a row of such credits, the
    first. (Two name-shaped parts are a title's: "The Fischbowl: Old School".)"""
    parts = _NAME_ROLE_SEP.split(_CREDITS_SEP.split(text.strip(), maxsplit=1)[0])
    if len(parts) != 2:
        return None
    names = [part for part in parts if NAME_MIN_WORDS <= len(part.split()) <= NAME_MIN_WORDS + 1 and _cased_name(part)]
    if len(names) != 1:
        return None
    role = parts[1] if names[0] == parts[0] else parts[0]
    return names[0] if len(role.split()) <= NAME_LINE_MAX_ROLE_WORDS else None


# The name over the dateline may have a word of role after it ("Krönikör"),
# or under it, on a line of its own ("Karin Lindqvist" / "Krönikör" /
# "Publicerad 19 februari 2026").
NAME_ROLE_MAX_WORDS = 1


def _name_over_dateline(paras: list[Paragraph], k: int) -> bool:
    text = paras[k].plain.strip()
    if len(text) > NAME_MAX_CHARS:
        return False
    if name_over_dateline(paras, k, NAME_ROLE_MAX_WORDS):
        return True
    if k + 2 >= len(paras) or not _cased_name(text):
        return False
    role = paras[k + 1].plain.strip()
    return len(role.split()) == 1 and role[:1].isupper() and role.isalpha() and _credit_line(paras[k + 2].plain)


# What follows the name in a byline of the name and the date: separators,
# figures and a month's short name at most ("| 18. 4. 2024", "· 3 Mar 2024").
_DATE_REST = regex.compile(r"[\s|·•,–—/.:\d]*(?:\p{L}{1,4}\.?[\s|·•,–—/.:\d]*)?")


# ... or the name, a word of role and a dated line: "Maja Lindqvist Krönikör
# Publicerad 3 februari 2026 kl. 06.00" (the name over the dateline, on one line).
ROLE_DATELINE_MAX_WORDS = 8


def _name_and_date(text: str) -> bool:
    """A byline of the writer's name and the date alone ("Jan Kříž | 18. 4. 2024"),
    or with a word of role and the date's head between."""
    text = text.strip()
    if not any(c.isdigit() for c in text):
        return False
    ws = text.split()
    for n in (3, 2):
        name = " ".join(ws[:n]).rstrip(",;|")
        if len(ws) <= n or not _cased_name(name):
            continue
        if _DATE_REST.fullmatch(text[len(name):]):
            return True
        # (The dateline opens with its head, "Publicerad": in "Crime Published On
        # May 10, 2022" the words over the date are no name and role.)
        role, dateline = ws[n], " ".join(ws[n + 1:])
        if (dateline and len(ws) - n - 1 <= ROLE_DATELINE_MAX_WORDS and role[:1].isupper() and role.isalpha()
                and dateline[:1].isupper() and not starts_with_date(dateline) and _dated(dateline)):
            return True
    return False


# One sentence is a bio too when it says who the writer is: the name, then
# "is" ("Claire Dumesnil est sage-femme à … depuis 2004 et présidente de …"),
# long enough to hold a role and more. ("Priya Raman contributed reporting"
# says what the writer did for this story: the article's credit.)
_IS = regex.compile(r"\s*,?\s*(?:is|was|est|ist|war|es|era|è|é|foi|jest|je|är|er|oli|є|является|была|был)\s", regex.I)
WHO_MIN_WORDS = 12


def _says_who(rest: str) -> bool:
    return _IS.match(rest) is not None and WHO_MIN_WORDS <= len(rest.split()) <= BIO_MAX_WORDS


def _bio(text: str) -> bool:
    """A few sentences: at least two, and short."""
    return len(_SENTENCE.findall(text)) >= BIO_MIN_SENTENCES and len(text.split()) <= BIO_MAX_WORDS


# The name opens the bio, or follows its first word ("About").
NAME_MAX_OFFSET = 1
_TOKEN = regex.compile(r"\w+")
# A name may follow an article that some languages put before it ("Ο Νίκος …").
_NAME_ARTICLE = regex.compile(r"^(?:Ο|Η|O|A|El|La|Il|Lo)\s+")


def bios_over_archive_link(paras: list[Paragraph], classes: list[str], start: int) -> list[tuple[int, int]]:
    """(line, link) for the writer's bio right over the link to all their
    articles, below the article's first paragraph ("Lukas Hartmann ist
    Redakteur im Ressort Stadt. …" over "Alle Artikel von Lukas Hartmann";
    "Deniz Aksoy — Gezgin, fotoğrafçı. …" over "Yazarın tüm yazıları"): the
    bio opens with a name (the one the link names, if it names one),
    whatever the byline says, and so may the line over it."""
    heads = _archive_link_heads()
    found: list[tuple[int, int]] = []
    for k in range(start + 2, len(paras)):
        i = k - 1
        if classes[i] not in (GOOD, NEAR):
            continue
        link = paras[k].plain.strip()
        named = heads.rest_after(link)
        if named is None and not heads.is_head(link):
            continue
        text = paras[i].plain.strip()
        if len(text.split()) > BIO_MAX_WORDS:
            continue  # (a bio is short, as _bio says)
        opening = _NAME_ARTICLE.sub("", text, count=1)
        name_above = classes[i - 1] == SHORT and _bare_name(paras[i - 1].plain.strip())
        if named and not named[:1].islower():
            # The name the link gives, first or second ("About Mike Sansone: …"),
            # not further on: "Weitere Artikel von Beringer" under a wine's
            # last paragraph ("Der Stone Cellars Zinfandel Rosé von Beringer …");
            # or alone on the line over the bio ("יעל שחר" / "מתכננת ערים …" /
            # "לכל הטורים של יעל שחר"). (A script without case names no case.)
            name = _TOKEN.findall(named.casefold())
            opening_words = _TOKEN.findall(opening[:NAME_MAX_CHARS * 2].casefold())
            named_above = name_above and _TOKEN.findall(paras[i - 1].plain.casefold()) == name
            if not (named_above or any(opening_words[j : j + len(name)] == name for j in range(NAME_MAX_OFFSET + 1))):
                continue
        elif not any(_cased_name(" ".join(opening.split(maxsplit=3)[:n])) for n in (3, 2)):
            continue  # (the article's last paragraph, over the box's link, opens with no name)
        found += [(i, k), (k, k)]  # (the link too: "All posts by Jane Roe", which no list may know)
        if name_above:
            found.append((i - 1, k))  # the name on its line over the bio
    return found


@lru_cache(maxsize=1)
def _archive_link_heads() -> LineHeads:
    return LineHeads(data_lines("author_archive_links.txt"))
