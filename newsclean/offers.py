"""A shop's offer for the product a review is about, as one line.

"Sklep AGD-Centrum 1 899 zł Do sklepu", "£3,699 at Harrow Cycles View Deal",
"Bestpreis: 84,99 € bei Amazon* – Zum Angebot", "京东 到手价 549元 去购买":
a price and a button to the shop, printed by a price widget inside a review
or under it. An article's own prices come in sentences or tables, without
a shop's button.
"""

from __future__ import annotations

import re

from .text import words

# A price: an amount with its currency, either side.
_PRICE = re.compile(
    r"(?:[€£$¥₹₺₽]|R\$|US\$)\s?\d"
    r"|\d(?:[\d.,]|\s(?=\d))*\s?(?:€|£|\$|₺|₽|元|円|원"
    r"|(?i:eur|euro|euros|zł|pln|kč|czk|kr|sek|nok|dkk|lei|ron|ft|huf|tl|руб|грн|usd|gbp)\b)"
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
    r"|去购买|立即购买|查看价格|で見る|で購入|구매하기|최저가 보기"
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
