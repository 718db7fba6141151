"""An advertisement's copy under its label.

A page prints an advertisement's label on a line of its own ("Reklama",
"ADVERTISEMENT", "פרסומת") and, with a text advertisement, its copy on
the next line: "Zimni gumi s do 30% otstapka. Razgledaj ofertata",
"Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng. Đăng ký ngay!", and maybe a
button under it ("Kup teraz"). More often the label stands alone over
the article's next paragraph (the ad was a picture), so the line under
it goes only when it reads as a sales pitch: selling (a price, a
discount, an exclamation, a call to action) and off the article's topic;
not a paragraph of prose, unless it calls to action in a few words
("Luce e gas a prezzo bloccato per 24 mesi. Scopri le offerte.").
Some pages print the label and the copy on one line ("Advertisement
Cheap flights to Lisbon from €29, book today!"): the same tests then read
the copy after the label.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

from .document import Paragraph
from .lineclass import BAD, GOOD, SHORT
from .lexicon import Lexicon, normalize_label
from .linefeatures import Features, calls_to_action
from .text import content_stems, ends_sentence
from .topic import _core_overlap

# A price, a discount, a rate; or those, an exclamation, an age limit.
# (A Nordic price may end in ",-": "Vinterdekk fra 899,-".)
_MONEY = (r"[€$£¥₹₺₽₩₫฿₱₴]|\d,-(?![\d-])"
          r"|\d\s?(?:Kč|zł|lei|kr|RM|TL|Ft|лв|руб|грн|تومان|ريال)\b|\b(?:RM|R\$|Rp|Rs\.?)\s?\d")
_PRICE = regex.compile(r"\d\s?[%٪％]|[%٪％]\s?\d|" + _MONEY)
_MONEY_RE = regex.compile(_MONEY)  # a sum of money, no rate
_SELLING = regex.compile(_PRICE.pattern + r"|[!！]|\b18\+")
# The share of its content words the copy may share with the article's core.
AD_COPY_MAX_OVERLAP = 0.3
# Copy long enough to read as prose: at most this many words, with a call to action.
AD_COPY_MAX_WORDS = 30
# Copy that names a price without a call to action has this many words at least.
PRICED_COPY_MIN_WORDS = 6
# What may part a label from its copy on one line: "Pubblicità - …", "ANZEIGE – …".
_COPY_DASHES = "-–—:|·• "


# A video advertisement's countdown after its label, in a few words: "el
# vídeo comenzará en 5 s", "videoen starter om 5 sekunder".
COUNTDOWN_MAX_WORDS = 8
_COUNTDOWN = regex.compile(
    r"(?<!\d)\d{1,2}\s?(?:s|secs?|seconds?|secondes|secondi|seconden|segundos?|sek|sekund\w*|sekunnin|"
    r"сек\w*|saniye|giây|detik|วินาที|秒|초|ثوان\w*|שניות)(?!\w)",
    regex.I,
)


def _countdown(copy: str) -> bool:
    return len(copy.split()) <= COUNTDOWN_MAX_WORDS and _COUNTDOWN.search(copy) is not None


# An advertisement's label that opens the copy's line has at most this many
# words ("Advertisement", "Sponsored content", "โฆษณา").
LABEL_MAX_WORDS = 2


def _copy_after_label(text: str) -> str | None:
    """The copy after an advertisement's label on the same line ("โฆษณา
    จองโรงแรมเชียงใหม่ ลดสูงสุด 50% คลิกเลย", "广告 开户即享万一免五 · 立即了解"),
    or None."""
    opening = text[:16].lower() if text[:2].isascii() else normalize_label(text[:24])
    if not opening.startswith(_advert_label_starts()):
        return None  # (most lines: one look at their start)
    parts = text.split(maxsplit=LABEL_MAX_WORDS)
    # (Compared by its first normalised word: normalize_label() parts a word
    # at the vowel signs of the Indic scripts, "विज्ञापन" -> "व ज ञ पन".)
    first = normalize_label(parts[0]).split()[:1] if len(parts) >= 2 else []
    if not first or first[0] not in _advert_label_firsts():
        return None
    lexicon = Lexicon.load()
    for n in range(1, min(LABEL_MAX_WORDS, len(parts) - 1) + 1):
        head = " ".join(parts[:n])
        if lexicon.label(head) == "advert" and not calls_to_action(head):  # (not "Buy now: 16GB $399")
            return text.split(maxsplit=n)[n]
    return None


@lru_cache(maxsize=1)
def _advert_label_starts() -> tuple[str, ...]:
    """Their first two characters: what a line's start, lower-cased (or
    normalised, when it is not ASCII), is compared with first."""
    return tuple(sorted({first[:2] for first in _advert_label_firsts()}))


@lru_cache(maxsize=1)
def _advert_label_firsts() -> frozenset[str]:
    """The first normalised words of the advertisements' labels (of
    LABEL_MAX_WORDS words at most as written: an Indic word may be several
    once normalised, so their count is not asked here)."""
    labels = Lexicon.load().labels
    return frozenset(k.split()[0] for k, c in labels.items() if c == "advert" and k.split())


# A button's label has at most this many words.
BUTTON_MAX_WORDS = 4


def _button(text: str) -> bool:
    return len(text.split()) <= BUTTON_MAX_WORDS and calls_to_action(text)


def ad_copy_under_labels(
    paras: list[Paragraph], feats: list[Features], classes: list[str], span: tuple[int, int],
    core_vocab: set[str], lang: str | None
) -> list[int]:
    """Lines of an advertisement's copy, each right under an advertisement's
    label alone on its line (or under copy found so). `core_vocab`: the
    content words of the prose in the core `span`."""
    found: list[int] = []

    def ad_line(k: int) -> bool:  # known advertising: a label, or a line its phrases marked
        return classes[k] == BAD and feats[k].category == "advert"

    def ad_label(k: int) -> bool:
        return ad_line(k) and feats[k].label

    boxed = set(_between_ad_labels(paras, classes, ad_label))
    for i in range(1, len(paras)):
        p = paras[i]
        if not p.kept:
            continue
        if i in boxed:
            found.append(i)
            continue
        above = i - 1
        # (The ad's picture may stand between label and copy: "[![Rotaline couplings](…)](…)";
        # or its advertiser's legal line: "ООО «Байкал Тур». ИНН 3812012345. erid: 2VtzqwXYZ1a".)
        under_label = ad_label(above) or (
            above > 0 and ad_label(above - 1) and (_picture(paras[above]) or ad_line(above)))
        if not (under_label or (found and found[-1] == above)):
            copy = _copy_after_label(p.plain) if classes[i] != BAD else None
            copy_calls = copy is not None and calls_to_action(copy)
            # (Copy that sells, or any copy that opens as a name does, a
            # capital after the label: "Oglas Brašno Zlatno zrno – za kolače
            # koji uvijek uspiju". A sentence goes on in lower case.)
            selling = copy is not None and (copy_calls or _SELLING.search(copy) is not None
                                            or copy.lstrip(_COPY_DASHES)[:1].isupper())
            short = selling and len(copy.split()) <= AD_COPY_MAX_WORDS
            # (Copy with a price or a call to action after the label is the
            # ad's however on topic: "Publicidad Aire acondicionado con
            # instalación incluida desde 499 €" in a heat wave's explainer.)
            sells = copy is not None and (copy_calls or _PRICE.search(copy) is not None)
            if short and (sells or _core_overlap(p, core_vocab, lang) < AD_COPY_MAX_OVERLAP):
                found.append(i)  # the label and its copy on one line
            elif copy is not None and _countdown(copy):
                found.append(i)  # a video ad's countdown: "Annonse – videoen starter om 5 sekunder"
            continue
        if found and found[-1] == above and _button(p.plain):
            found.append(i)  # the copy's button: no topic of its own ("Shop now" in a story about shops)
            continue
        # (It calls to action itself, or its button under it does: "Kup teraz".)
        own_call = calls_to_action(p.plain)
        calls = own_call or (i + 1 < len(paras) and _button(paras[i + 1].plain))
        if under_label and _price_and_exclamation(p.plain):
            # Right under the label, a few words that name a price and
            # exclaim are the ad's, prose or not, however on topic: "Jualan
            # Raya Mega! Pengadun berdiri 1000W kini RM299 sahaja." in a recipe.
            found.append(i)
            continue
        if under_label and classes[i] != GOOD and (own_call or (
                _PRICE.search(p.plain) is not None and not ends_sentence(p.plain)
                and len(p.plain.split()) >= PRICED_COPY_MIN_WORDS)):
            # Right under the label, a line that calls to action, or names its
            # price in more words than a subheading and ends no sentence, is
            # the ad's however on topic: "Nồi inox 5 đáy giảm 35% – Mua ngay
            # tại Sàn Bếp Việt" in a recipe (not "Dividendo sobe 10%", the
            # article's subheading under a picture's label).
            found.append(i)
            continue
        prose = classes[i] == GOOD and not (calls and len(p.plain.split()) <= AD_COPY_MAX_WORDS)
        if prose or not (calls or _SELLING.search(p.plain)):
            continue
        # (Copy that reads as prose in the core is in its vocabulary: the
        # other paragraphs' words are what it is measured against.)
        vocab = _vocab_without(paras, classes, span, i, lang) if classes[i] == GOOD else core_vocab
        if _core_overlap(p, vocab, lang) < AD_COPY_MAX_OVERLAP:
            found.append(i)
    return found


def _price_and_exclamation(text: str) -> bool:
    # (A sum of money: "12% more than planned!" is the article's exclamation.)
    return (_MONEY_RE.search(text) is not None and ("!" in text or "！" in text)
            and len(text.split()) <= AD_COPY_MAX_WORDS)


# A shop's box between two advertisement labels ("En uygun fiyat" /
# "Vestra Nova 12 8/256 GB" / "14.999 TL" / "Mağazaya git") holds at most
# this many short lines: a product's name, its price, the shop's name.
AD_BOX_MAX_LINES = 3


def _between_ad_labels(paras: list[Paragraph], classes: list[str], ad_label: Callable[[int], bool]) -> list[int]:
    """Short lines closed in by an advertisement's label and its button
    ("Mağazaya git"), AD_BOX_MAX_LINES at most: the box's product and price,
    on the article's topic or not. (Not prose, nor lines between two bare
    labels: a subheading between two "Advertisement" lines is the article's.)"""
    found: list[int] = []
    for i in range(len(classes)):
        if not ad_label(i):
            continue
        j = i + 1
        while j < len(classes) and j - i - 1 < AD_BOX_MAX_LINES and classes[j] == SHORT:
            j += 1
        if j > i + 1 and j < len(classes) and ad_label(j) and _button(paras[j].plain):
            found.extend(range(i + 1, j))
    return found


def _picture(p: Paragraph) -> bool:
    """A line the image rule dropped (a Markdown or lynx picture)."""
    return not p.kept and p.decision.code == "B123" and bool(p.decision.evidence.get("image"))


def _vocab_without(
    paras: list[Paragraph], classes: list[str], span: tuple[int, int], i: int, lang: str | None
) -> set[str]:
    """The content words of the core's prose but line `i`."""
    lo, hi = span
    stems = (content_stems(paras[k].plain, lang) for k in range(lo, hi + 1) if classes[k] == GOOD and k != i)
    return set().union(*stems)
