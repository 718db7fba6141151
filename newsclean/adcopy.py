"""An advertisement's copy under its label.

A page prints an advertisement's label on a line of its own ("Reklama",
"ADVERTISEMENT", "פרסומת") and, with a text advertisement, its copy on
the next line: "Zimni gumi s do 30% otstapka. Razgledaj ofertata",
"Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng. Đăng ký ngay!". More often
the label stands alone over the article's next paragraph (the ad was a
picture), so the line under it goes only when it reads as a sales pitch:
not a paragraph of prose, selling (a price, a discount, an exclamation),
and off the article's topic.
"""

from __future__ import annotations

import regex

from .document import Paragraph
from .lineclass import BAD, GOOD
from .linefeatures import Features
from .topic import _core_overlap

# A price, a discount, a rate, an exclamation, an age limit.
_SELLING = regex.compile(
    r"\d\s?[%٪％]|[%٪％]\s?\d|[€$£¥₹₺₽₩₫฿₱₴]"
    r"|\d\s?(?:Kč|zł|lei|kr|RM|TL|Ft|лв|руб|грн|تومان|ريال)\b|\b(?:RM|R\$|Rp|Rs\.?)\s?\d"
    r"|[!！]|\b18\+"
)
# The share of its content words the copy may share with the article's core.
AD_COPY_MAX_OVERLAP = 0.3


def ad_copy_under_labels(
    paras: list[Paragraph], feats: list[Features], classes: list[str], core_vocab: set[str], lang: str | None
) -> list[int]:
    """Lines of an advertisement's copy, each right under an advertisement's
    label alone on its line (or under copy found so)."""
    found: list[int] = []
    for i in range(1, len(paras)):
        above = i - 1
        under_label = classes[above] == BAD and feats[above].category == "advert" and feats[above].label
        if not (under_label or (found and found[-1] == above)):
            continue
        p = paras[i]
        if (p.kept and classes[i] != GOOD and _SELLING.search(p.plain)
                and _core_overlap(p, core_vocab, lang) < AD_COPY_MAX_OVERLAP):
            found.append(i)
    return found
