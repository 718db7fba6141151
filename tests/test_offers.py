"""A price widget's line: a price and a button to the shop."""

import pytest

from newsclean import clean
from newsclean.offers import shop_offer, trial_offer


@pytest.mark.parametrize("line", [
    "Sklep AGD-Centrum 1 899 zł Do sklepu",
    "£3,699 at Harrow Cycles View Deal",
    "Bestpreis: 84,99 € bei Amazon* – Zum Angebot",
    "京东 到手价 549元 去购买",
    "Vedi l'offerta su Amazon - 349,90 EUR",
    "Comprar en TiendaMax por 499 €",
    "Vezi prețul: 2.799 lei la Magazinul Volta",
    # (thirty-sixth session: dong and rupiah, Vietnamese and Indonesian buttons)
    "Hoàng Long Mobile: 6.390.000₫ Mua ngay",
    "Tokopedia Rp 4.999.000 Beli sekarang",
])
def test_a_price_with_the_shops_button_is_an_offer(line):
    assert shop_offer(line)


@pytest.mark.parametrize("line", [
    "Price: £3,699",  # a spec table's row
    "Buy Now: 16GB $399 | 32GB $499 (Available Nov. 13th)",  # a label over the article's prices
    "O Vektra Nova 5 chega ao Brasil custando R$ 1.999 com uma proposta clara.",  # a sentence
    "Do sklepu przyjechała dostawa",  # the button's words, no price
])
def test_an_articles_own_prices_are_not(line):
    assert not shop_offer(line)


def test_the_offers_go_and_the_review_stays():
    review = [
        "Harrow Loadstar 2 review: a cargo bike that fits in the hallway",
        "Longtail cargo bikes have become the minivans of the school run, but most of them are too long to live "
        "anywhere but a garage. The Loadstar 2 is forty centimetres shorter than its predecessor.",
        "I spent five weeks with it, using it for a nursery run, two supermarket trips a week and one regrettable "
        "attempt to move a flat-pack wardrobe across town.",
        "It is the one we would choose for a city flat: the battery is big, the frame is stiff and it fits in a lift.",
    ]
    offers = ["£3,699 at Harrow Cycles View Deal", "£3,649 at Wheelhouse Bikes View Deal"]
    result = clean("\n\n".join(review + offers))
    assert [p.text for p in result.paragraphs if p.kept] == review
    assert {p.decision.code for p in result.paragraphs if not p.kept} == {"B109"}


@pytest.mark.parametrize("line", [
    "NR+ Lesen Sie alle Artikel aus dem Lokalsport – jetzt 3 Monate für 0,99 € testen.",
    "Fortsätt läsa för 1 krona första månaden. Avsluta när du vill.",
    "Pakiet Premium za 1 zł przez pierwszy miesiąc.",
    "Has leído 3 de 5 artículos gratuitos este mes. Suscríbete por 1 € el primer mes",
    "Läs vidare – 1 kr i 3 månader",
    "Онлайн-кинотеатр «Кадр»: первые 30 дней подписки за 1 ₽.",
    "Jetzt 4 Wochen für 1 € testen",
])
def test_a_token_price_for_a_first_period_is_a_trial_offer(line):
    assert trial_offer(line)


@pytest.mark.parametrize("line", [
    "The rent rose to 800 € for 3 months.",  # no token price
    "In the first month, prices rose 5 %.",  # no price at all
    "He paid £5 in the first week of March.",
    "Subscribers pay €9.99 a month.",
    "Tickets cost 10 € for the first day.",
])
def test_an_articles_prices_and_periods_are_not(line):
    assert not trial_offer(line)
