"""Bylines, datelines and photo credits: tests on one line (and on a name
over its dateline).

"By Jane Doe", "14 May 2025, 09:42", "Foto: ČTK", an author's bare name:
the article's own credits, above it (header.py) and below it (tail.py: a
credit is no other story's headline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .comments import holds_date
from .linefeatures import _DIGIT_RUNS
from .stamps import relative_stamp, starts_with_date
from .text import ends_sentence as _ends_sentence

if TYPE_CHECKING:
    from .document import Paragraph


# A photo's credit on a line of its own, under its caption: "Foto: ČTK",
# "© Marco Lindner", "Bild: picture alliance / dpa", "Getty Images".
PHOTO_CREDIT_MAX_WORDS = 8
_PHOTO_WORDS = (
    r"fotos?|fot|fotó|fotoğraf|photos?|photograph|pictures?|pic|bild|bilder|image|imagen|crédit photo|credit|quelle"
    r"|źródło|kuva"
    r"|billede|фото|світлина|снимка|φωτογραφία|φωτ|צילום|صورة|تصوير|أرشيفية|عکس|फोटो|तस्वीर|사진|ภาพ|ảnh|写真|图片|摄影"
)
# Photo agencies, which sign a credit line alone ("Getty Images"), and the
# news agencies a caption may end with ("... 출근하고 있다. 연합뉴스").
_PHOTO_AGENCIES = r"getty images|shutterstock|istock(?:photo)?|picture alliance|reuters|afp|dpa|ap photo|epa|imago"
_NEWS_AGENCIES = (
    r"연합뉴스|뉴스1|뉴시스|ap|тасс|риа новости|ria novosti|xinhua|新华社|共同通信|kyodo|anadolu|efe|ansa|pap|čtk|ctk"
    r"|apa|belga|anp|ntb|tt|stt|ritzau"
)
_AGENCY = rf"(?i:{_PHOTO_AGENCIES}|{_NEWS_AGENCIES})"
_PHOTO_CREDIT = regex.compile(
    rf"^\W{{0,2}}(?:©|(?i:{_PHOTO_WORDS})\s*[:：.])\s*\S"
    rf"|(?i:{_PHOTO_AGENCIES})\W{{0,3}}$"
    # Brazilian sites sign a handout's or a copy's photo after the name: "Luiz Araújo/Divulgação Ufam".
    rf"|\S/\s?(?i:divulgação|reprodução|arquivo pessoal)\b[^/]{{0,40}}$"
)
# A caption with its credit at the end of the same line: "Trams in the
# depot. Photo: city press office", "... © Фото: Сергей Пахомов", "... (फाइल फोटो)",
# "... [사진=연합뉴스]".
_CAPTION_CREDIT = regex.compile(
    rf"(?:[.!?।。]|\s[|/–—-]|\s©)\s*(?i:{_PHOTO_WORDS})\s*[:：]\s*\S[^.!?:]{{0,60}}$"
    rf"|\s[(\[](?:\S+\s)?(?i:{_PHOTO_WORDS})(?:\s*[:：=][^()\[\]]{{1,60}})?[)\]]$"
    # ... or an agency's name after the caption's sentence ("... 출근하고 있다. 연합뉴스")
    rf"|[.!?。]\s*(?:©\s*)?{_AGENCY}(?:\s*/\s*[^\s.]+)?$"
)


# A byline that is an agency's name alone, or two ("ANP", "dpa/AFP").
_AGENCY_BYLINE = regex.compile(rf"\W{{0,2}}{_AGENCY}(?:\s*[/,]\s*{_AGENCY})?\W{{0,2}}")


def agency_byline(text: str) -> bool:
    """The line is a news agency's name, as a wire story's byline gives it."""
    return len(text) <= 40 and _AGENCY_BYLINE.fullmatch(text.strip()) is not None


def _photo_credit(text: str) -> bool:
    return _credit_words(text) <= PHOTO_CREDIT_MAX_WORDS and _PHOTO_CREDIT.search(text) is not None


def _credited_caption(text: str) -> bool:
    return _CAPTION_CREDIT.search(text) is not None


# A byline that is the author's name alone, in a script with capitals:
# "Анна Рыбакова", "Νίκος Παπαδάκης", "Jane Q. Roe", "Jean-Luc de la Tour",
# "Ann McDonald". (Not in capitals: "ASIA BUSINESS" is a section's name.)
_NAME_WORD = r"\p{Lu}(?:[\p{Ll}'’.-]+|\p{Ll}[\p{L}'’.-]*)"
_BARE_NAME = regex.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:de|da|van|von|der|del|la|le|di|du|bin|al)\s+){{0,2}}\p{{Lu}}(?:[\p{{Ll}}'’.-]*|\p{{Ll}}[\p{{L}}'’.-]*)){{1,3}}$"
)


# In a script without capitals, a few words without digits stand for a name
# ("राहुल शर्मा, नई दिल्ली": a name and a place).
UNCASED_NAME_MAX_WORDS = 5
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")


def _cased_name(text: str) -> bool:
    return _BARE_NAME.match(text.strip()) is not None


def name_over_dateline(paras: list[Paragraph], k: int, role_words: int = 0) -> bool:
    """Line `k` is a writer's name right over a credit line, the byline
    over its dateline ("Joost van der Veen" / "Vandaag, 11:24"); with
    `role_words`, a name of two or three words may have that many words of
    role after it ("Lena Ahlström Krönikör" / "Publicerad 22 januari 2024")."""
    if k + 1 >= len(paras):
        return False
    text = paras[k].plain.strip()
    if role_words:
        ws = text.split()
        named = any(_cased_name(" ".join(ws[:n])) for n in (2, 3) if 0 <= len(ws) - n <= role_words)
    else:
        named = _cased_name(text) or _cased_names(text) or named_with_role(text) or _name_and_outlet(text)
    return named and _credit_line(paras[k + 1].plain)


# A name, a comma, and the writer's role in a few words, lower case: "Анна
# Корнилова, кулинарный редактор", "Jane Roe, science editor".
NAME_ROLE_MAX_WORDS = 4


def named_with_role(text: str, several: bool = False, role_max_words: int = NAME_ROLE_MAX_WORDS) -> bool:
    """A name, or `several` joined ("Ingrid Haugland og Sverre Tveit"), a
    comma, and who they are in a few words, lower case; no figure, no
    sentence. (One name alone over no date may be a button: "Show Some
    Love, via Facebook".)"""
    names, comma, role = text.strip().partition(",")
    return (bool(comma) and 0 < len(role.split()) <= role_max_words and role.strip()[:1].islower()
            and not any(ch.isdigit() for ch in text) and not any(ch in ".!?" for ch in role)
            and not _ends_sentence(text) and (_cased_names(names) if several else _cased_name(names)))


# ... or the name and the outlet's, after a dash or a bar: "Rizky Pratama -
# KabarBisnis", "Rina Kartikasari - wartaKini.id".
_OUTLET_SEP = regex.compile(r"\s[-–—|]\s")
OUTLET_MAX_WORDS = 2


def _name_and_outlet(text: str) -> bool:
    parts = _OUTLET_SEP.split(text.strip())
    return len(parts) == 2 and _cased_name(parts[0]) and 0 < len(parts[1].split()) <= OUTLET_MAX_WORDS


# Writers named together: "Ruth Amadi and Ollie Kerrigan", "Anna Berg, Jonas Lind och Eva Ek".
_NAME_JOINS = regex.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|i|en|og|och|ja|és|и|і|ve|a|&)\s+")
NAMES_MAX = 3


def _cased_names(text: str) -> bool:
    parts = _NAME_JOINS.split(text.strip())
    return 2 <= len(parts) <= NAMES_MAX and all(map(_cased_name, parts))


def _bare_name(text: str) -> bool:
    if _CASED.search(text):
        return _cased_name(text)
    ws = text.split()
    return 2 <= len(ws) <= UNCASED_NAME_MAX_WORDS and not _DIGIT_RUNS.search(text) and not _ends_sentence(text)


_BY = "by|von|par|por|di|door|przez|oleh|af|av"
# A byline's head word and a colon ("Автор: Анна Рябцева", "Hazırlayan:
# Zeynep Korkmaz"), or the reporter's title next to the name, as Korean,
# Chinese and Japanese sites write it ("박수진 기자", "记者 王明").
_BYLINE_HEAD = (
    r"^\W{0,2}(?i:author|authors|autor|autorin|autoren|autorka|autores|autora|auteur|autore|автор|авторка|авторы|yazar"
    r"|hazırlayan|haber|muhabir|forfatter|författare"
    r"|kirjoittaja|toimittaja|szerző|autorius|autors|penulis|pewarta|wartawan|tác giả"
    r"|text|texte|texto|testo|tekst|teksti|tekstas|teksts"
    r"|текст|reporter"
    r"|redactor|redactora|redattore|redaktør|editor|editora|editorin|συντάκτης|συντάκτρια|σύνταξη"
    r"|piše|pišu|napisao|napisala|пише|пишу|написао|написала|interview"
    r"|entretien|entrevista|intervista|wywiad|intervju|haastattelu)"
    r"\s*:\s*\p{Lu}"
    # A contributor's credit: "(ha collaborato Paolo Riva)", "Colaboró: Ana Ruiz", "Mitarbeit: Tom Kurz";
    # or who held the interview: "Розмовляла Марта Коваль", "Rozmawiała: Anna Nowak".
    r"|^\W{0,2}(?i:ha collaborato|hanno collaborato|colaboró|colaboraron|com colaboração de|mitarbeit"
    r"|rozmawia(?:ł|ła|li|ły)|розмовля(?:в|ла|ли)|беседова(?:л|ла|ли)|разговара(?:о|ла|ли)|razgovara(?:o|la|li)"
    r"|pogovarja(?:l|la|li)|rozhovor (?:viedol|viedla|vedl|vedla))\s*:?\s*\p{Lu}"
    # What the credit is for and "de": "Entrevista de Rui Valadares · Fotografia de Inês Calado".
    r"|^\W{0,2}(?i:entrevista|texto|textos|reportagem|reportaje|fotografia|fotografía|fotos)\s+de\s+\p{Lu}"
    # Romanian "by", a whole line of a name: "de Andrei Munteanu" (not "de Gaulle", nor a phrase going on).
    r"|^\W{0,2}de\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}$"
    # (scripts without capitals)
    r"|^\W{0,2}(?:بقلم|كتب|كتبت|إعداد|تحرير|מאת|نویسنده|خبرنگار|लेखक|संवाददाता|প্রতিবেদক|নিজস্ব প্রতিবেদক|โดย|作者"
    r"|来源|來源|稿源)\s*[:：,]?\s*\S"
    # Thai "story", "writer", with their colon ("เรื่อง" alone is "matter"): "เรื่อง: พิมพ์ชนก ศรีสุข".
    r"|^\W{0,2}(?:เรื่อง|ผู้เขียน|เขียนโดย|ภาพและเรื่อง)\s*[:：]\s*\S"
    # Persian, Arabic and Hebrew "interview" with its colon ("گفت‌وگو با …" is a kicker): "گفت‌وگو: آرش کاظمی".
    r"|^\W{0,2}(?:گفت\u200cوگو|گفتگو|حوار|ראיון)\s*[:：]\s*\S"
    # Japanese and Chinese: what the credit is for, a mark, the name: "文・三好かおり　写真・石井大地",
    # "文｜林晓筠 摄影｜贺川", "文：長谷川 美咲（映画ライター）".
    r"|^\W{0,2}(?:文|写真|撮影|取材|構成|摄影)\s*[・／/｜|:：]\s*\S"
    # Japanese: the bureau in brackets, then the name: "【汐見支局】小野寺 葵".
    r"|^[【（(]\p{Han}{1,8}(?:支局|総局|本社|通信部|報道部|編集部)[】）)]\s*\S"
    # Greek "Writes" and the article: "Γράφει ο Νίκος Βαρβέρης".
    r"|^\W{0,2}(?i:γράφει|γράφουν)\s+(?:(?i:ο|η|οι)\s+)?\p{Lu}"
    r"|\p{Hangul}{2,4}\s?기자(?:\s|$)|(?:记者|記者)\s?\p{Han}{2,4}|\p{Han}{2,4}\s?(?:记者|記者)(?:\s|$)"
)
_CREDIT = regex.compile(rf"\b(?:{_BY}):?\s+\p{{Lu}}|{_BYLINE_HEAD}")
# Above a headline "By Jane Doe" opens a byline as well. (The tail test keeps
# the lower-case form: with a capital "By" too, a residue page kept its tail.)
_BYLINE = regex.compile(rf"\b(?i:{_BY}):?\s+\p{{Lu}}|{_BYLINE_HEAD}")


# Marks a byline may open with ("— by Jane Roe", "| di Marco Bianchi").
_LEAD_MARKS = " \t—–-•·|>«»\"'(["


def opens_as_byline(text: str) -> bool:
    """The line opens as a byline does ("by Jane Roe", "di Marco Bianchi"),
    not one with "di Cremona" inside ("Quotidiano di Cremona e provincia").
    (_BYLINE from the line's first word: no second pattern to compile.)"""
    return _BYLINE.match(text.lstrip(_LEAD_MARKS)) is not None


_BY_ANYWHERE = regex.compile(r"\b(?i:by)\s+\p{Lu}")


def opens_as_credit(text: str) -> bool:
    """A credit line that says so: it opens with a byline's head word or a
    date, holds a full date or a relative stamp, or an English "by" ("Posted
    by Ann"); "di", "de" or "von" inside a line name a place as often."""
    return (opens_as_byline(text) or starts_with_date(text) or _dated(text)
            or relative_stamp(text) or _BY_ANYWHERE.search(text) is not None)


BYLINE_MAX_WORDS = 12
# ... and with a date or two in it (published, updated).
DATED_BYLINE_MAX_WORDS = 18


def _credit_words(text: str) -> int:
    """Words of a byline, separators not counted ("Written by Jane Roe |
    Bengaluru | Updated: July 22, 2024 10:15 IST")."""
    return sum(1 for t in text.split() if any(map(str.isalnum, t)))


def _dated(text: str) -> bool:
    """A short line holding a full date anywhere ("Madrid - 12 mar 2025 -
    13:45 CET", "Tuesday, November 6, 2012")."""
    return _credit_words(text) <= DATED_BYLINE_MAX_WORDS and holds_date(text)


def _credits(text: str) -> bool:
    """A short byline or credit ("by Jane Doe", "Reporting by ...", "Autor: ..."), not a date."""
    return _short_credit(text) and _BYLINE.search(text) is not None


def _short_credit(text: str) -> bool:
    """Short enough for a byline: "Posts by Category: Book Club (236), Christmas (87), ..." is not.
    One with its dates may be longer: "Publié le 12 juin 2024 par Margot Delpeyroux · Mis à jour le 3
    juillet 2024"."""
    return _credit_words(text) <= BYLINE_MAX_WORDS or _dated(text)


def _credit_line(text: str) -> bool:
    """A byline or a dateline, the date anywhere in it ("Publié le 12/03/2025 à 20h15"),
    or relative ("Updated 2 hours ago")."""
    return _credits_or_dates(text) or _dated(text) or relative_stamp(text)


def _credits_or_dates(text: str) -> bool:
    """A short byline ("by Jane Doe", "Posted ... By Amelia Rose") or
    dateline ("November 8, 2012", "1:54 pm August 9, 2012, ..."), maybe
    after the writer's handle ("@vkorneev 21 мая 2024 в 10:05")."""
    if not _short_credit(text):
        return False
    if _BYLINE.search(text) is not None or starts_with_date(text):
        return True
    handle = _HANDLE.match(text)
    return handle is not None and starts_with_date(text[handle.end():])


# A platform's handle of the writer, over the post: "@vkorneev".
_HANDLE = regex.compile(r"\s*@[\w.-]{2,30}\s+")
