"""An e-mail's header over the text it carries (a newsletter edition, a press release)."""

import pytest

from newsclean import clean
from test_boilerplate import PROSE


def kept(text):
    return [p.text for p in clean(text).paragraphs if p.kept]


@pytest.mark.parametrize("header", [
    ["From: The Harbour Brief <news@harbour.example>", "Subject: Bridge to close", "Date: 8 April 2025, 10:02"],
    ["Von: Freitagsbrief <newsletter@zeitung.example>", "Betreff: Die Brücke wird gesperrt"],
    ["De: Comunicación Hospital <prensa@hospital.example>\nPara: redaccion@diario.example\n"
     "Asunto: NOTA DE PRENSA - El hospital abre una unidad\nFecha: martes, 8 de abril de 2025"],
    ['מאת: "טעמים" <news@teamim.example>\nנושא: ביקרנו במסעדה חדשה'],
])
def test_a_mail_header_at_the_top_goes(header):
    result = clean("\n\n".join([*header, "Bridge to close", *PROSE]))
    dropped = [p for p in result.paragraphs if not p.kept]
    assert [line for p in dropped for line in p.text.split("\n")] == "\n".join(header).split("\n")
    assert {p.decision.code for p in dropped} == {"B126"}
    assert result.text.startswith("Bridge to close")


def test_header_like_lines_without_a_subject_or_below_the_top_stay():
    memo = ["To: all staff", "From: the harbour master", "Date: 8 April"]
    assert kept("\n\n".join([*memo, *PROSE]))[:3] == memo
    quoted = ["From: the harbour master", "Subject: closure of the bridge"]
    page = ["Bridge to close", PROSE[0], "The memo read:", *quoted, *PROSE[1:]]
    assert kept("\n\n".join(page)) == page


def test_a_newsletters_edition_keeps_every_story_however_off_topic():
    # Under "View in browser", a run of stories, each on its own topic: the
    # stories below the sponsor's box are no teasers of the first ones.
    first = ["## Bus fares go up in May",
             "Single tickets on the city's buses will cost 2.40 instead of 2.20 from the first of May, the transport "
             "board decided on Monday after a long debate about the cost of diesel and drivers' wages.",
             "Pupils and pensioners keep their free passes, and the monthly ticket stays at its present price until "
             "the end of the year, the board's chair said."]
    sponsor = ["[Read more](https://news.example/bus-fares)", "---", "**Sponsored by**",
               "![Ad](https://ads.example/banner.jpg)", "---"]
    later = ["## Rain returns on Thursday",
             "After nineteen dry days, forecasters expect scattered showers from Thursday afternoon, with hail possible "
             "in the northern valleys and cooler nights over the weekend.",
             "## Correction",
             "Yesterday we wrote that the library's reading room closes in June. It closes in July."]
    edition = ["[View in browser](https://news.example/view/88)", "**Morning Brief** | Tuesday, 9 April", *first,
               *sponsor, *later, "You received this email because you signed up at example.org."]
    out = kept("\n\n".join(edition))
    assert all(line in out for line in first + later)
    assert "You received this email because you signed up at example.org." not in out
