"""A news ticker's line over the article: a label, then the site's latest headlines."""

import pytest

from newsclean import clean
from newsclean.widgets import breaking_ticker, market_quotes

TICKER = ("ULTIM'ORA Incidente sulla provinciale 14, chiusa la strada per Corte Alba — Rincari Tari: il Comune "
          "rinvia la prima rata — Sciopero dei bus lunedì, garantite le fasce protette")
ARTICLE = [
    "Valmarena-Pieve Alta 2-1, Ghezzi firma la rimonta nel recupero",
    "di Stefano Brambati",
    "17 novembre 2024, 19:05",
    "Quando ormai i tifosi del Comunale cominciavano a guardare l'orologio rassegnati al pareggio, è arrivato "
    "il colpo di testa di Lorenzo Ghezzi, diciannove anni, cresciuto nel vivaio granata.",
    "Eppure la partita si era messa male. Il Pieve Alta, ordinato e aggressivo, aveva trovato il vantaggio al "
    "27' con Sartori, bravo ad approfittare di un errore in uscita della difesa di casa.",
    "Nella ripresa mister Cattaneo ha cambiato tutto, e la mossa ha pagato al 58', quando Maffei ha trovato "
    "il pareggio con un tiro dal limite che si è infilato sotto la traversa.",
]


def test_a_ticker_over_the_headline_goes_and_the_article_stays():
    page = "\n".join(["Il Corriere di Valmarena", "Cronaca | Politica | Sport | Cultura", TICKER, *ARTICLE])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert TICKER not in kept
    assert kept[-3:] == ARTICLE[-3:]
    assert ARTICLE[0] in kept


FLASHES = [
    "08:52 | Lightning strikes a house in Eastwick, nobody hurt",
    "08:37 | Heavy traffic on the A40 heading north",
    "08:20 | Power cut in parts of Hillside estate",
]
STORY = [
    "Flooding closes the coastal road at Marlow Bay",
    "The river rose fast in the early hours. Police ask drivers to stay away and use public transport instead.",
    "Jane Porter\n13.01.2026, 08:41",
    "The coastal road at Marlow Bay was closed in both directions on Tuesday morning after the river burst its "
    "banks overnight and flooded the lowest stretch near the harbour.",
    "Police asked drivers to avoid the area and use the inland route instead, which adds about twenty minutes "
    "to the journey for most commuters.",
    "The Met Office has warned of more heavy rain until the evening, and the council said sandbags would be "
    "handed out at the leisure centre from noon.",
]


def test_time_stamped_flashes_right_over_the_headline_are_no_dateline():
    # A dateline just over the headline stays; three lines in a row, each
    # opening with its time, are the site's latest flashes.
    page = "\n\n".join([
        "Flooding closes the coastal road at Marlow Bay - Harbour Daily", "Home\nNews\nSport\nWeather",
        "Flashes", "\n".join(FLASHES), "Breaking", *STORY,
    ])
    first = clean(page)
    assert first.text == "\n\n".join(STORY)
    assert clean(first.text).text == first.text


@pytest.mark.parametrize(
    "line",
    [
        TICKER,
        "عاجل: انقطاع مؤقت للكهرباء في أحياء الميناء • ارتفاع أسعار الذهب في السوق المحلية • تأجيل مباراة الديربي",
        "Breaking: Storm closes the coast road | Mayor quits over the bridge | Schools shut for a week",
        "【速報】台風14号が上陸 • 12万戸で停電 • 新幹線が運転見合わせ",
    ],
)
def test_ticker_lines(line):
    assert breaking_ticker(line)


@pytest.mark.parametrize(
    "line",
    [
        # a headline with a breaking label and one dash
        "SON DAKİKA: Kuyulu'da orman yangını – 3 mahalle boşaltıldı, 2 uçak müdahale ediyor",
        # a sentence that opens with a label's words
        "Breaking the news — to a friend, to a sister — is never easy — and she knew it.",
        # two headlines are no ticker
        "BREAKING: Storm closes the coast road | Mayor quits over the bridge",
        # headlines with no label: a list of other stories, judged elsewhere
        "Storm closes the coast road • Mayor quits over the bridge • Schools shut for a week",
    ],
)
def test_lines_that_are_not_tickers(line):
    assert not breaking_ticker(line)


@pytest.mark.parametrize(("line", "weather"), [
    ("Praha 24 °C · Brno 27 °C · Jihlava 21 °C", True),
    ("Berlin 12° | Hamburg 9°", True),
    ("New York 21°F / Boston 18°F", True),
    ("Sevilla 43° / 26° · Córdoba 45° / 27°", True),  # a high and a low
    ("Berlin 12 °C", False),  # one place: a line of a weather story's list as well
    ("Temperatures reached 24 °C in Prague and 27 °C in Brno.", False),
])
def test_a_weather_widgets_line_of_places_and_temperatures(line, weather):
    from newsclean.widgets import weather_line

    assert weather_line(line) is weather


@pytest.mark.parametrize(("line", "widget"), [
    ("★★★★★ 4.8 from 212 votes", True),
    ("★★★★☆ 4,6 (1 203 röster)", True),
    ("⭐⭐⭐⭐ 4.1 (87 reviews)", True),
    ("★★★★☆", False),  # a review's own verdict: no count of votes
    ("Rating: ★★★★ 4/5", False),
    ("★★★★★ 9/10", False),
    # The count alone, in brackets (its pattern was shadowed by the polls' until the thirty-sixth session).
    ("★★★★★ (128)", True),
    ("★★★★☆ 4,5 (1 203)", True),
    ("★ Featured", False),
    ("The hotel has ★★★★ and 120 rooms, and it was full for the whole of the summer season.", False),
])
def test_a_rating_widgets_line_of_stars_and_votes(line, widget):
    from newsclean.widgets import rating_line

    assert rating_line(line) is widget


def test_a_weather_widget_over_the_headline_goes():
    page = "\n".join(["Il Corriere di Valmarena", "Valmarena 14 °C · Pieve Alta 11 °C · Corte Alba 9 °C", *ARTICLE])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert "Valmarena 14 °C · Pieve Alta 11 °C · Corte Alba 9 °C" not in kept
    assert kept[-4:] == ARTICLE[-4:]


@pytest.mark.parametrize(("line", "quotes"), [
    ("IBEX 35 11.742,30 +0,42% Euro/Dólar 1,0561 -0,18% Brent 73,21 $ +1,05% Euríbor 2,506%", True),
    ("DAX 18.234 +0,4% · Dow 39.100 -0,2% · EUR/USD 1,0850", True),
    ("Sales 12,000 +12% and profit 3,400 -3%", False),  # no hundredths: a fact box's figures
    ("Revenue rose to 4.2 billion +3.5% while costs fell to 1.1 billion -0.8%.", False),
])
def test_quotes_each_with_its_move_need_no_bars(line, quotes):
    assert market_quotes(line) is quotes


RESULTS = ["Yesterday:", "Nitra 4:3 Kosice", "Zvolen 2:1 Poprad", "Trencin 5:2 Michalovce", "Presov 1:3 Banska Bystrica"]
REPORT = [
    "Extraliga · Round 38",
    "Nitra come back against Kosice as a defender settles it in overtime",
    "Nitra were 1:3 down in the second period, but levelled late and won in overtime through a defender's shot.",
    "The home crowd had gone quiet when Kosice scored their third goal five minutes before the second break.",
    "Then the game turned. Nitra scored twice in four minutes of the third period to level at three each.",
    "In overtime the defender Matus Hrnciar skated in from the blue line and beat the goalkeeper low on his left.",
]


def test_other_matches_results_over_the_report_are_a_ticker():
    # Under a label ending in a colon, the scores and then the kicker and the
    # headline: a results widget over the header, not the article's list.
    page = "\n\n".join(["Hockey Arena", "Extraliga\nNHL\nTransfers", "\n".join(RESULTS), *REPORT])
    assert clean(page).text == "\n\n".join(REPORT)


def test_a_round_ups_own_results_under_their_label_stay():
    results = ["Results:", "Nitra 4:3 Kosice", "Zvolen 2:1 Poprad", "Trencin 5:2 Michalovce"]
    page = "\n\n".join([REPORT[1], *results, *REPORT[2:]])
    assert clean(page).text == page


def test_a_breaking_kicker_over_the_headline_and_byline_stays():
    # A ticker's label alone over lines closed by an advertisement's label
    # is a ticker; over the headline and its byline, it is the article's kicker.
    from test_boilerplate import PROSE
    page = "\n\n".join([
        "Home\nNews\nSport\nWeather", "Breaking", "Bridge to close to cars next spring", "by Jane Porter",
        "Advertisement", *PROSE,
    ])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert "Bridge to close to cars next spring" in kept and "by Jane Porter" in kept
