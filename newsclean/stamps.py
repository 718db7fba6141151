"""Lines that open with a time stamp: a news ticker or a teaser list.

"11:32 PM 0 Instacane brings us …", "3 hrs ago James Bond's new phone …",
"October 23 2012 PHP developers, you must see this …", "12:17 Pakistan :
prison à vie …": a list of other stories, each with when it was posted.
One such line may be the article's own (a dateline, a live blog's entry
inside the article); a run of them outside the article is a list.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .comments import NUMERIC_DATE, month_prefixes, month_word, year_first_date
from .text import CACHE_SIZE

# Relative times: "3 hrs ago", "vor 2 Stunden", "il y a 5 min", "hace 2 horas",
# "2 godz. temu", "5 dakika önce", "2 часа назад".
_UNIT = r"\p{L}{1,10}\.?"
_RELATIVE = (
    rf"\d{{1,3}}\s?{_UNIT}\s+(?:ago|temu|önce|назад|fa|geleden|siden|sedan)"
    rf"|(?:vor|il y a|hace|há|há cerca de)\s+\d{{1,3}}\s?{_UNIT}"
)
# A line that is only when the article was posted or updated, relatively:
# "Updated 2 hours ago", "Aktualisiert vor 3 Stunden", "il y a 5 min".
_STAMP_HEAD = (
    r"updated|posted|published|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado"
    r"|aktualizacja|zaktualizowano|aggiornato|pubblicato|atualizado|bijgewerkt|aangepast|güncellendi|обновлено"
    r"|опубликовано|оновлено|опубліковано|aktualizováno|aktualizované|publikováno|frissítve|actualizat|publicat"
    r"|ažurirano|objavljeno|posodobljeno|uppdaterad|publicerad|oppdatert|publisert|opdateret"
    r"|publiceret|päivitetty|julkaistu|ενημερώθηκε|δημοσιεύθηκε|diperbarui|cập nhật|آخر تحديث|تحديث|نُشر|نشر"
    r"|עודכן|פורסם|به‌روزرسانی|به روز شده"
    # "Laatste update: 19:31", "Last updated 14:05"
    r"|last updated|laatste update|zuletzt aktualisiert|dernière mise à jour|última actualización"
    r"|ultimo aggiornamento|última atualização|ostatnia aktualizacja|son güncelleme|sist oppdatert"
    r"|senast uppdaterad|senest opdateret|viimeksi päivitetty|последнее обновление"
)
# The day named relatively, before a time of day: "Vandaag, 16:22", "Gestern
# um 9:15 Uhr", "Aujourd'hui à 16h22", "Вчера в 9:15".
_RELATIVE_DAY = (
    r"today|yesterday|heute|gestern|vandaag|gisteren|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem"
    r"|dziś|dzisiaj|wczoraj|bugün|dün|сегодня|вчера|сьогодні|вчора|idag|i dag|igår|i går|tänään|eilen"
    r"|dnes|včera|tegnap|astăzi|azi|σήμερα|χθες"
)
# A time of day: "11:32 PM", "12:17", "9.45 Uhr", "14h30".
_HOUR_MINUTES = r"\d{1,2}[:.h]\d{2}"
_CLOCK = rf"{_HOUR_MINUTES}(?:\s?(?:[ap]\.?m\.?|uhr))?"
# After an update's time: a time zone, a weekday, a day and its month.
_ZONE_AND_DAY = (
    r"(?:\s+\p{Lu}{2,5})?(?:,?\s+\p{L}{3,12}\.?)?(?:,?\s+(?:\d{1,2}\.?\s+\p{L}{3,10}\.?|\p{L}{3,10}\.?\s+\d{1,2}))?"
)
_RELATIVE_LINE = regex.compile(
    rf"^\W{{0,3}}(?:(?:{_STAMP_HEAD})\s*:?\s+)?(?:{_RELATIVE})\W{{0,2}}$"
    # ... or at a time of the day: "Aggiornato alle 20:05", "Aktualisiert um 14:30 Uhr",
    # with a time zone and the day, its year left out: "Updated 14:52 BST, Monday 9 June".
    rf"|^\W{{0,3}}(?:{_STAMP_HEAD})\s*:?\s+(?:at|um|à|a las|às|alle|om|o|в|klo|kl\.?)?\s*"
    rf"{_CLOCK}{_ZONE_AND_DAY}\W{{0,2}}$"
    # ... or on a day named relatively: "Vandaag, 16:22", "Updated: today, 17:05".
    rf"|^\W{{0,3}}(?:(?:{_STAMP_HEAD})\s*:?\s+)?(?:{_RELATIVE_DAY}),?\s+(?:at|um|à|a las|às|alle|om|o|в|kl\.?)?\s*"
    rf"{_CLOCK}\W{{0,2}}$",
    regex.IGNORECASE,
)


# A time of day alone on its line, as a live blog heads each entry: "10:40",
# "**21:54 Uhr**", "### 10.40 GMT", "9:15 p.m.", "klokka 14.32", "١١:٥٥".
_CLOCK_LINE = regex.compile(
    rf"^[^\w\p{{Sc}}]{{0,4}}(?:(?:kl|klo|klokka|kello|ore|alle|à|at|um|om|o)\.?\s+)?{_HOUR_MINUTES}"
    r"(?:\s?(?:[ap]\.?\s?m\.?|uhr|uur|h|gmt|bst|utc|cet|cest|edt|est|pdt|pst|ist|aest))?[^\w\p{Sc}]{0,3}$",
    regex.IGNORECASE,
)


def clock_line(text: str) -> bool:
    """Is the line only a time of day ("10:40", "21:54 Uhr")?"""
    return len(text) <= 24 and _CLOCK_LINE.match(text.strip()) is not None


# An entry's time and its heading on one line, parted by a bar or a dash:
# "23:41 | Sáez: «Los valencianos han pedido un cambio»", "22:58 – Compromís
# reconoce la derrota".
_CLOCK_HEADING = regex.compile(rf"^[^\w\p{{Sc}}]{{0,8}}{_HOUR_MINUTES}\s*[|–—]\s*\w", regex.IGNORECASE)
CLOCK_HEADING_MAX_WORDS = 16


def clock_heading(text: str) -> bool:
    """Is the line an entry's time, a bar or a dash, and its heading?"""
    return _CLOCK_HEADING.match(text) is not None and len(text.split()) <= CLOCK_HEADING_MAX_WORDS


# A dateline's head, then the date: "Published: 12 March 2025 - 10:20",
# "تاریخ انتشار: ۲۹ بهمن ۱۴۰۴ - ۱۰:۲۰" (a publication date, not a ticker's
# time over its headline).
_DATELINE_HEAD = regex.compile(
    rf"^\W{{0,3}}(?:{_STAMP_HEAD}|تاریخ انتشار|تاریخ)(?:\s+(?:on|am|le|el|em|il|op|den|dne))?\s*:?\s+",
    regex.IGNORECASE,
)


DATELINE_REST_MAX_WORDS = 2
_LETTER_WORD = regex.compile(r"\p{L}+")


def headed_dateline(text: str) -> bool:
    """Is the line a dateline's head and a date?"""
    m = _DATELINE_HEAD.match(text)
    rest = None if m is None else _after_stamp(text[m.end():])
    # (A time of day, a zone at most after the date; not a ticker's headline:
    # "Updated 10:45 | Storm hits the coast".)
    return rest is not None and len(_LETTER_WORD.findall(rest)) <= DATELINE_REST_MAX_WORDS


def relative_stamp(text: str) -> bool:
    """Is the line just a relative time or a time of the day, the article's
    posting or update ("Updated 2 hours ago", "Aggiornato alle 20:05")?"""
    return _RELATIVE_LINE.match(text.strip()) is not None


@lru_cache(maxsize=1)
def _opening_stamp() -> regex.Pattern[str]:
    month = month_word()
    # "October 23 2012", "Nov. 3:", "23. Oktober 2012", "12 de agosto",
    # "2025. március 6.". A month word is only a prefix ("May" in "Maybe",
    # "Mar" in "Marines"), so without a year the date needs the colon or
    # the "de" that dates have.
    named_date = (
        rf"{month}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}}|:)"
        rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{month},?\s+\d{{4}}|de\s+{month}(?:\s+de\s+\d{{4}})?)"
        rf"|{year_first_date(month)}"
    )
    return regex.compile(
        rf"^\W{{0,3}}(?:{_RELATIVE}|{named_date}|{NUMERIC_DATE}|{_CLOCK})(?!\w|:\d)",
        regex.IGNORECASE,
    )


def opens_with_stamp(text: str) -> bool:
    """Does the line start with a time or a date, with more after it?"""
    rest = _after_stamp(text)
    return rest is not None and len(rest.split()) >= 2


def starts_with_date(text: str) -> bool:
    """Does the line start with a time or a date ("November 8, 2012")?"""
    return _after_stamp(text) is not None


def _after_stamp(text: str) -> str | None:
    """What follows the time or date the line starts with; None without one."""
    if not text[:1].isdigit() and not text[:1].isalpha():
        text = text.lstrip(" •·▪►»>*-–—([")
    if not text[:1].isdigit() and text[:3].casefold() not in _word_starts():
        return None  # most lines: no regex run
    m = _opening_stamp().match(text)
    return None if m is None else text[m.end() :]


@lru_cache(maxsize=1)
def _word_starts() -> frozenset[str]:
    """The first three letters a stamp can open with when not with a digit:
    a month's name, or a relative time's "vor", "il y a", "hace", "há"."""
    return frozenset(w[:3] for w in (*month_prefixes(), "vor", "il ", "hace", "há "))


# A section tag of a few words, then a clock time with am/pm ("Uhr" in
# German), then more: "call of duty 12:00 PM 0 How Not To Get Banned …".
# The am/pm keeps out results and splits ("15 km - 52:10 (17:24)").
# (The standard library's re: faster than the regex module, and enough here.)
_TAGGED_CLOCK = re.compile(r"(?:\S+\s+){1,6}?\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?|uhr)\s+\S", re.IGNORECASE)
_CLOCK_DIGITS = re.compile(r"\d[:.]\d\d")
TICKER_MAX_WORDS = 30


@lru_cache(maxsize=CACHE_SIZE)
def tagged_with_clock(text: str) -> bool:
    """A short line with a clock time after its first few words, and more after it.

    Remembered: every cleaning pass asks again about the same lines."""
    if text.count(" ") >= 2 * TICKER_MAX_WORDS or not _CLOCK_DIGITS.search(text, 0, 120):
        return False  # most lines: long prose, or no clock time near the start
    return len(text.split()) <= TICKER_MAX_WORDS and _TAGGED_CLOCK.match(text) is not None
