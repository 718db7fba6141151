"""An advertisement's copy under its label goes; the article's paragraph under a label stays."""

import pytest

from newsclean import clean
from newsclean.adcopy import _PRICE
from newsclean.linefeatures import calls_to_action

TITLE = "Harbour bridge to close for two years"
PROSE = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that the frame had corroded.",
    "Drivers will be sent along the ring road instead, officials said, and buses will keep a lane of their own during the two years of work.",
    "Shop owners near the bridge said they feared losing customers while the crossing is closed, and asked the council for help with their rents.",
    "The mayor promised compensation for businesses that could show a drop in trade caused by the closure, but gave no figure for the fund.",
]


def decisions(lines):
    return {p.text: p.decision.code for p in clean("\n\n".join(lines)).paragraphs}


@pytest.mark.parametrize("copy", [
    "Winter tyres with up to 30% off and free fitting. See the offer",
    "Switch your energy in minutes: no exit fees and £50 credit when you join.",
    "Cheap flights to Lisbon from €29, book today!",
    # (forty-fourth session: on the article's topic, but a price or a call
    # to action and no sentence: the ad's copy however many of its words)
    "Harbour bridge closure: parking for shop owners and customers – 20% off all December",
    "Bridge closure parking passes for shop owners – Buy now at Harbourpark",
    # (forty-fifth session: a price and an exclamation, a sentence of prose
    # length on the article's topic: the ad's, whatever its class)
    "Bridge closure sale! Shop owners and their customers park all day by the ring road for just £5 until the new "
    "crossing opens.",
])
def test_a_sales_pitch_under_an_advertisement_label_goes(copy):
    got = decisions([TITLE, *PROSE[:2], "Advertisement", copy, *PROSE[2:]])
    assert got[copy] == "B109"
    assert all(got[line].startswith("K") for line in [TITLE, *PROSE])


@pytest.mark.parametrize("copy, button", [
    # A call to action, with no price or exclamation; the copy may read as prose.
    ("Energy at a fixed rate for 24 months with no exit fees for new customers. Find out more at Northgrid", None),
    ("Bike helmets with a built-in LED light at Spokes.co.uk", "Shop now"),
])
def test_copy_that_calls_to_action_goes_with_its_button(copy, button):
    ad = ["Advertisement", copy] + ([button] if button else [])
    got = decisions([TITLE, *PROSE[:2], *ad, *PROSE[2:]])
    assert got[copy] == "B109" and (button is None or got[button] == "B109")
    assert all(got[line].startswith("K") for line in [TITLE, *PROSE])


def test_copy_under_the_ads_picture_under_its_label_goes():
    picture = "[![Rotaline couplings](https://ads.example/rotaline.jpg)](https://ads.example/click?id=7)"
    copy = "Rotaline hydraulic couplings: fewer leaks, faster change-outs. [Request a quote](https://ads.example/q)"
    got = decisions([TITLE, *PROSE[:2], "Advertisement", picture, copy, *PROSE[2:]])
    assert got[copy] == "B109"
    assert all(got[line].startswith("K") for line in [TITLE, *PROSE])


def test_the_articles_own_paragraph_under_a_label_stays_whatever_its_verbs():
    own = "Find out more about the closure at the library, where the council shows the plans for the new bridge frame."
    got = decisions([TITLE, *PROSE[:2], "Advertisement", own, *PROSE[2:]])
    assert got[own].startswith("K")


def test_the_articles_own_line_under_a_label_stays_even_with_a_figure_in_it():
    # On the article's topic: its next paragraph, where the ad was a picture.
    own = "Repairs to the harbour bridge frame will cost 12% more than planned!"
    got = decisions([TITLE, *PROSE[:2], "Advertisement", own, *PROSE[2:]])
    assert got[own].startswith("K")


def test_a_pitch_with_no_label_over_it_is_left_to_the_other_rules():
    pitch = "Winter tyres with up to 30% off and free fitting. See the offer"
    got = decisions([TITLE, *PROSE[:2], pitch, *PROSE[2:]])
    assert got[pitch].startswith("K")


@pytest.mark.parametrize("line", [
    "Advertisement Cheap flights to Lisbon from €29, book today!",
    "โฆษณา จองโรงแรมเชียงใหม่ ลดสูงสุด 50% คลิกเลย",
    # (forty-first session: copy that sells nothing in words, but opens with
    # a name, a capital after the label)
    "Advertisement Oakfield Flour – for cakes that always rise",
    "Advertisement – Winter tyres fitted at Dockside Motors",
    # (a label that normalize_label() parts into several words: "विज्ञापन" -> "व ज ञ पन")
    "विज्ञापन कूलर पर 30% तक की छूट, आज ही ऑर्डर करें",
    # (forty-fifth session: a video advertisement's countdown)
    "Advertisement – the video will start in 5 seconds",
    "Publicidad: el vídeo comenzará en 5 s",
])
def test_an_advertisement_label_and_its_copy_on_one_line_go(line):
    got = decisions([TITLE, *PROSE[:2], line, *PROSE[2:]])
    assert got[line] == "B109"
    assert all(got[text].startswith("K") for text in [TITLE, *PROSE])


def test_a_sentence_about_advertising_going_on_in_lower_case_stays():
    line = "Advertisement revenue fell by a fifth in the second quarter, the harbour board said"
    got = decisions([TITLE, *PROSE[:2], line, *PROSE[2:]])
    assert got[line].startswith("K")


def test_a_call_to_action_opening_the_articles_line_is_no_label():
    line = "Buy Now: 16GB $399 | 32GB $499 (Available Nov. 13th)"
    got = decisions([TITLE, *PROSE[:2], line, *PROSE[2:]])
    assert got[line].startswith("K")


def test_a_shops_box_between_its_label_and_its_button_goes_however_on_topic():
    # The product the article reviews, its price and the shop's button: the
    # byline and date over the box stay with the article's header.
    box = ["Advertisement", "Harbour bridge model kit, 1:500", "£24.99", "Buy now"]
    page = [TITLE, "By Jane Doe", "3 March 2025", "Share Facebook X", *box, *PROSE]
    got = decisions(page)
    assert [got[line] for line in box] == ["B109"] * 4
    assert all(got[line].startswith("K") for line in [TITLE, "By Jane Doe", "3 March 2025", *PROSE])


def test_a_subheading_between_two_bare_advertisement_labels_stays():
    page = [TITLE, *PROSE[:2], "Advertisement", "What happens next", "Advertisement", *PROSE[2:]]
    assert decisions(page)["What happens next"].startswith("K")


def test_copy_under_the_advertisers_legal_line_under_its_label_goes():
    # Russian ads print the advertiser's legal line (its tax number and an
    # "erid" token) between the label and the copy.
    legal = "ООО «Байкал Тур». ИНН 3812012345. erid: 2VtzqwXYZ1a"
    copy = "Круизы по Байкалу на теплоходе — от 24 900 ₽. Бронируйте летний сезон!"
    prose = [
        "Учёные Иркутского университета впервые проследили, как глубоко ныряет байкальская нерпа зимой.",
        "Для этого 14 взрослых животных пометили датчиками глубины, которые работали почти полгода.",
        "Оказалось, что зимой нерпы ныряют глубже, чем летом, и дольше остаются под водой.",
        "Следующим этапом исследователи планируют пометить молодых животных.",
    ]
    got = decisions(["Нерпы ныряют глубже, чем думали", *prose[:2], "Реклама", legal, copy, *prose[2:]])
    assert got[legal] == "B109" and got[copy] == "B109"
    assert all(got[line].startswith("K") for line in prose)


def test_an_advertisement_label_and_copy_with_a_price_go_however_on_topic():
    # (forty-third session: "Publicidad Aire acondicionado con instalación
    # incluida desde 499 €" in a heat wave's explainer, "Hirdetés Tokaji
    # válogatás … 25 000 Ft felett" in a winemaker's interview)
    line = "Advertisement Harbour bridge tours with a guide from £12, book today"
    got = decisions([TITLE, *PROSE[:2], line, *PROSE[2:]])
    assert got[line] == "B109"
    assert all(got[text].startswith("K") for text in [TITLE, *PROSE])


def test_a_nordic_price_ends_in_a_comma_and_a_dash():
    assert _PRICE.search("Vinterdekk fra 899,- · Gratis omlegging ved kjøp av fire dekk")
    assert not _PRICE.search("Kampen endte 2-1 etter ekstraomganger")


def test_a_call_to_action_inside_a_run_of_chinese_characters():
    # ("低至", "as low as", in "首付低至20万": Chinese runs its words together.)
    assert calls_to_action("新春置业季｜地铁口精装两居，首付低至20万")
    assert not calls_to_action("市民可在地铁站领取新版乘车卡")
