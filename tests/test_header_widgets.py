"""Widgets of the page's header and inside the article: one place's weather, a reader poll."""

import pytest

from newsclean.header import _view_count
from newsclean.widgets import breaking_bar, local_weather
from test_boilerplate import PROSE, kept


@pytest.mark.parametrize(("line", "weather"), [
    ("Bristol 9°C Heavy rain · Wind 61mph · Full forecast", True),
    ("Opole: 4°C, mżawka", True),
    ("Buffalo, NY 23°F Heavy snow", True),
    ("부산 12℃ 맑음 · 미세먼지 보통", True),
    ("Kraków 19°C burze", True),  # the sky in a word, no field parted
    ("Vaasa −1 °C Tuuli 19 m/s", True),  # and the wind
    ("Paris 40°C la France suffoque cette semaine", False),  # more words: a headline
    ("London 34°C as heatwave grips the south", False),  # a headline
    ("Paris 40°C: la France suffoque", False),
    ("Temperatures in Bristol reached 9°C", False),
    ("Σάββατο 6 Ιουλίου 2024 · Αθήνα 33°C", True),  # (thirty-third session: the day's date, then the place's)
    ("Tuesday, March 5, 2024 · Ottawa 2°C", True),
    ("On 6 July 2024 · Athens hit 43°C as the heatwave peaked", False),
])
def test_one_places_weather(line, weather):
    assert local_weather(line) is weather


def test_the_headers_weather_goes_a_weather_storys_line_stays():
    header = ["Harbour Gazette", "Harbourton 9°C Heavy rain · Wind 61mph · Full forecast", "News Sport Business"]
    out = kept("\n\n".join([*header, "Bridge to close", *PROSE]))
    assert "Harbourton 9°C Heavy rain · Wind 61mph · Full forecast" not in out and out[-len(PROSE):] == PROSE


@pytest.mark.parametrize("poll", [
    ["Hva mener du?", "Stoler du på kvaliteten på drikkevannet i kommunen din?", "Ja Nei Vet ikke Stem", "1 243 stemmer"],
    ["Анкета", "Подкрепяте ли разширяването на зелената зона?", "Да Не Нямам мнение Гласувай"],
])
def test_a_poll_under_its_head_inside_the_article_goes(poll):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize(("line", "title", "bar"), [
    ("BREAKING St. Paul schools closed Wednesday and Thursday", "Storm live - The Gazette", True),
    ("EILMELDUNG Brand in Lagerhalle in Hanau", "Sturm über Hessen", True),
    ("BREAKING: Mayor resigns", "BREAKING: Mayor resigns - The Gazette", False),  # the headline itself
    ("Breaking the rules of the game", "", False),  # no label in capitals
])
def test_a_breaking_news_bar(line, title, bar):
    assert breaking_bar(line, title) is bar


def test_the_headers_breaking_bar_goes_a_live_blogs_breaking_entry_stays():
    entry = "BREAKING: The harbour bridge will close at noon, the council has confirmed."
    page = ["Storm live: bridge to close - The Gazette", "News Sport Weather", "BREAKING St. Paul schools closed on Wednesday",
            "Storm live: bridge to close", PROSE[0], PROSE[1], entry, *PROSE[2:]]
    out = kept("\n\n".join(page))
    assert "BREAKING St. Paul schools closed on Wednesday" not in out and entry in out


@pytest.mark.parametrize("badge", ["RN+", "Kurier+", "SLZ Plus", "Neckar-Bote+", "GF+ cikk", "SZ Plus Artikel"])
def test_a_premium_badge_by_the_byline_goes(badge):
    header = ["Bridge to close", "By Tom Rybak", "14.10.2024, 11:20"]
    out = kept("\n\n".join([*header, badge, *PROSE]))
    assert out == [*header, *PROSE]


def test_a_streaming_services_name_in_the_articles_list_stays():
    services = ["Netflix", "Disney+", "Apple TV+"]
    text = ["Bridge to close", *PROSE[:3], "\n".join(services), *PROSE[3:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:3], *services, *PROSE[3:]]


def test_a_share_bars_google_plus_by_the_byline_is_no_badge():
    from newsclean.widgets import premium_badges
    from newsclean.document import Paragraph

    lines = ["Bridge to close", "By Tom Rybak", "Google Plus", "Google+", "RN+"]
    paras = [Paragraph(index=i, text=t, start=0, end=0, line=i + 1, block=i) for i, t in enumerate(lines)]
    assert premium_badges(paras, ["short"] * len(lines)) == [4]


@pytest.mark.parametrize("line", ["Прочетена 3 418 пъти", "Pročitano 1.204 puta",
                                  "Прочетена 18 437 пъти Коментари (64)",  # (forty-second session: with its comments)
                                  "👁 2 341 · 17 комментариев"])  # (forty-third session: an eye for the word)
def test_how_often_the_article_was_read_in_more_languages(line):
    assert _view_count(line)


@pytest.mark.parametrize("line, rating", [
    # (forty-third session) the widget's buttons before it; a count of votes in three words
    ("1 2 3 4 5 Средна оценка от читателите: 4,2 (37 гласа)", True),
    ("Đánh giá của bạn: ★ ★ ★ ★ ★ 4,6/5 (1.248 lượt đánh giá)", True),
    ("Rating: 5.0/ 5 (1 vote cast)", True),
    ("The team scored 4.5 (after extra time)", False),
    ("Inflation rose to 4.8 (from 4.5 in March)", False),
])
def test_more_readers_rating_widgets(line, rating):
    from newsclean.header import rating_widget

    assert rating_widget(line) is rating
