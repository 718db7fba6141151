"""An interview's short questions and answers weigh nothing in the contest for the core."""

from newsclean import clean
from newsclean.document import Paragraph
from newsclean.exchanges import interview_exchanges
from newsclean.lineclass import SHORT

TOP = ["Start", "Magazin", "Menü", "Suche", "Abo", "Anmelden", "Gesellschaft", "Kultur", "Reisen", "",
       "This site uses cookies", "Accept all", "Reject", "Interview"]
HEADER = [
    "„Oben zählt nur das Wetter“",
    "Seit 23 Jahren bewirtschaftet Hedwig Amsteger die Brenntaler Hütte auf 2.411 Metern. Ein Gespräch über "
    "kurze Nächte, Kaiserschmarrn und Gäste, die in Turnschuhen kommen.",
    "Von Lukas Ferber",
    "12. September 2025",
]
SHARE = ["Lesezeit: 6 Min.", "Teilen", "X", "Facebook", "E-Mail", "Merken"]
CAPTION = "Hedwig Amsteger vor ihrer Hütte. Foto: Paula Reindl"
EXCHANGES = [
    "Frau Amsteger, wann sind Sie heute aufgestanden?",
    "Um halb fünf.",
    "Freiwillig?",
    "Ja.",
    "Wirklich?",
    "Na gut: meistens.",
    "Und im Winter?",
    "Um sechs.",
    "Warum so spät?",
    "Weil es dunkel ist. Aber im Juli steht um halb fünf schon der erste Bergsteiger vor der Tür und will Tee. Da "
    "bin ich lieber vorher wach, als im Nachthemd die Tür aufzumachen.",
    "Wie viele Menschen schlafen in einer vollen Nacht bei Ihnen?",
    "Achtundsechzig. Mehr Betten haben wir nicht. Früher hat man auch im Gang und in der Gaststube gelegen, "
    "das erlaubt heute der Brandschutz nicht mehr, und ehrlich gesagt bin ich froh darüber.",
    "Was wird am häufigsten bestellt?",
    "Kaiserschmarrn. Mit Abstand. An einem guten Tag schlagen wir hundertzwanzig Eier auf, nur dafür, und "
    "die Preiselbeeren kommen von einer Bäuerin aus dem Tal, die sie selbst einkocht.",
]


def test_an_interview_keeps_its_header_over_its_short_exchanges():
    page = "\n".join([*TOP, *HEADER, *SHARE, CAPTION, *EXCHANGES, "Mehr aus Gesellschaft", "© 2025 Quartier Magazin"])
    kept = [p.text for p in clean(page).paragraphs if p.kept]
    assert [line for line in HEADER + EXCHANGES if line not in kept] == []
    assert not set(SHARE) & set(kept)


def _exchanges(lines: list[str]) -> list[str]:
    paras = [Paragraph(i, text, 0, 0, i + 1, 0) for i, text in enumerate(lines)]
    return [lines[i] for i in sorted(interview_exchanges(paras, [SHORT] * len(lines)))]


def test_questions_each_answered_by_the_next_line():
    assert _exchanges(EXCHANGES[1:5] + ["Ja.", "Und morgen?", "Auch."]) == ["Freiwillig?", "Ja.", "Wirklich?", "Ja.",
                                                                           "Und morgen?", "Auch."]


def test_headlines_that_ask_are_not_an_interview():
    teasers = ["Nowy dyrektor szpitala. Kim jest Tomasz Wala?", "Zawisza wygrywa w Ostrowie. Trzy gole po przerwie",
               "Ceny mieszkań w regionie. Gdzie jest najdrożej?", "Korki na obwodnicy po wypadku ciężarówki"]
    assert _exchanges(teasers) == []


def test_one_question_and_its_answer_are_not_a_run():
    assert _exchanges(["Wirklich?", "Ja.", "Der Sommer war lang"]) == []
