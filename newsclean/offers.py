"""A shop's offer for the product a review is about, as one line.

"Sklep AGD-Centrum 1 899 zł Do sklepu", "£3,699 at Harrow Cycles View Deal",
"Bestpreis: 84,99 € bei Amazon* – Zum Angebot", "京东 到手价 549元 去购买":
a price and a button to the shop, printed by a price widget inside a review
or under it. An article's own prices come in sentences or tables, without
a shop's button.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .text import words

# A price: an amount with its currency, either side.
_PRICE = re.compile(
    r"(?:[€£$¥₹₺₽]|R\$|US\$|Rp)\s?\d"
    r"|\d(?:[\d.,]|\s(?=\d))*\s?(?:€|£|\$|₺|₽|元|円|원|₫|฿"
    r"|(?i:eur|euro|euros|zł|pln|kč|czk|kr|sek|nok|dkk|lei|ron|ft|huf|tl|руб|грн|usd|gbp|vnđ|vnd|đồng|บาท)\b)"
)
# The button to the shop, in the widget's language (casefolded).
_BUTTON = re.compile(
    # (An imperative with a colon labels the article's prices: "Buy Now: 16GB $399 | 32GB $499".)
    r"\b(?:(?:buy now|shop now)(?!\s*:)|view deals?|see deal|get (?:the )?deal|check price|see price|view price"
    r"|zum shop|zum angebot|zum händler|jetzt kaufen|preis prüfen"
    r"|voir l(?:'|’)offre|voir le prix"
    r"|ver oferta|ver precio|ver preço|ir a la tienda|ir à loja"
    r"|vedi (?:l'|l’)?offerta|vedi prezzo|acquista ora"
    r"|bekijk (?:prijs|aanbieding|deal)|naar de winkel|koop nu"
    r"|do sklepu|sprawdź cenę|kup teraz|zobacz ofertę"
    r"|koupit|do obchodu|zobrazit nabídku|kúpiť"
    r"|till butiken|köp nu|se pris|til butikken|køb nu|kjøp nå"
    r"|в магазин|узнать цену|купить сейчас"
    r"|satın al|fiyatı gör|mağazaya git|vezi oferta|vezi prețul"
    # "buy at <shop>": "Comprar en TiendaMax por 499 €", "Kaufen bei …"
    r"|(?:buy|comprar|compra|acheter|kaufen|acquista|kup|купить) (?:at|from|en|no|na|em|sur|chez|bei|su|w|на|в))\b"
    r"|mua ngay|xem giá|đến nơi bán|beli sekarang|cek harga|lihat harga|beli di"
    r"|去购买|立即购买|查看价格|で見る|で購入|구매하기|최저가 보기|ซื้อเลย|ดูราคา|अभी खरीदें|اشتر الآن"
)
OFFER_MAX_WORDS = 20
OFFER_MAX_CHARS = 240  # (told before the words are counted: most paragraphs are longer)


def shop_offer(text: str) -> bool:
    """A short line, no sentence, with a price and a button to the shop."""
    stripped = text.strip()
    if not stripped or len(stripped) > OFFER_MAX_CHARS or stripped[-1] in ".!?":
        return False
    if len(words(stripped)) > OFFER_MAX_WORDS:
        return False
    return _PRICE.search(stripped) is not None and _BUTTON.search(stripped.casefold()) is not None


# A subscription's trial offer: a token price for a first period, in any
# language ("jetzt 3 Monate für 0,99 € testen", "Suscríbete por 1 € el primer
# mes", "Läs vidare – 1 kr i 3 månader", "первые 30 дней подписки за 1 ₽").
# The price is a token one (one of the currency or less: "0,99 €", "1 kr"):
# an article's prices of rents, fines and a first week's takings are not.
_TOKEN_PRICE = (
    r"(?:[€£$₹₺₽]|R\$|US\$)\s?[01](?:[.,]\d{1,2})?(?!\d)"
    r"|(?<![\d.,])[01](?:[.,]\d{1,2})?\s?(?:€|£|\$|₺|₽|元|円"
    r"|(?i:eur|euro|euros|zł|pln|kč|kr|krona|kronor|krone|kroner|sek|nok|dkk|lei|ron|tl|руб|рубль|грн|real|reais)\b)"
)
_PERIOD = (
    r"month|months|monat|monate|monaten|mois|mes|meses|mese|mesi|mês|maand|maanden|miesiąc|miesiące|miesięcy"
    r"|månad|månaden|månader|måned|måneden|måneder|kuukausi|kuukauden|kuukaudeksi|měsíc|měsíce|měsíců|mesiac"
    r"|mesiace|месяц|месяца|месяцев|місяць|місяці|ay|hónap|hónapig|luna|luni|μήνα|μήνες|weeks?|woche|wochen"
    r"|semaine|semaines|semana|semanas|settimana|settimane|days?|tage|tagen|jours|días|giorni|dni|dagar|dage"
    r"|дней|днів|tháng|bulan|hari"
)
_FIRST_OR_TRIAL = (
    r"first|erste|ersten|erstes|premier|première|premiers|primer|primera|primeros|primo|primi|primeiro|primeira"
    r"|pierwszy|pierwsze|pierwszych|första|første|ensimmäinen|ensimmäiset|první|prvé|первый|первые|перший"
    r"|перші|ilk|eerste|első|primul|primele|πρώτο|πρώτους|trial|testen|test|essai|prueba|prova|proef|próbny"
    r"|prøve|kokeilu|zkušební|пробный|deneme"
)
_NUMBER_OF_PERIODS = rf"\d{{1,2}}\s+(?i:{_PERIOD})\b"
# Searched one by one (a pattern of lookaheads would read the line again
# from every position): the price first, which most lines lack; the rest
# compiled when a line first has one (a cold run on one article seldom does).
_TOKEN_PRICE_RE = regex.compile(_TOKEN_PRICE)


@lru_cache(maxsize=1)
def _offer_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The period words, the 'first' or trial words, and a token price for a
    number of periods either way round."""
    return (
        regex.compile(rf"\b(?i:{_PERIOD})\b"),
        regex.compile(rf"\b(?i:{_FIRST_OR_TRIAL})\b"),
        regex.compile(rf"(?:{_TOKEN_PRICE})\s+\p{{L}}{{1,4}}\s+{_NUMBER_OF_PERIODS}"
                      rf"|{_NUMBER_OF_PERIODS}\s+\p{{L}}{{1,4}}\s+(?:{_TOKEN_PRICE})"),
    )


TRIAL_MAX_WORDS = 30


def trial_offer(text: str) -> str | None:
    """The words of a subscription's trial offer in the line, or None."""
    if not any(map(str.isdigit, text)) or len(words(text)) > TRIAL_MAX_WORDS or _TOKEN_PRICE_RE.search(text) is None:
        return None
    period, first, price_for_periods = _offer_patterns()
    if period.search(text) is not None and first.search(text) is not None:
        return text.strip()
    m = price_for_periods.search(text)
    return None if m is None else m[0]
