"""Lines that open with a time or a date (stamps.py)."""

import pytest

from newsclean.stamps import opens_with_stamp, starts_with_date, tagged_with_clock


@pytest.mark.parametrize("line", [
    "11:32 PM 0 Storm brings down power lines",
    "3 hrs ago New phone is not an iPhone",
    "vor 2 Stunden Regierung stellt Haushalt vor",
    "il y a 5 min Le maire démissionne",
    "hace 2 horas El Gobierno aprueba el presupuesto",
    "October 23 2012 Developers can now build apps",
    "23. Oktober 2012 Neue Brücke eröffnet",
    "12 de agosto de 2012 El rey visita la ciudad",
    "11.3.12 Founder's story, told at last",
    "Nov. 3: Candidate plays for the state",
    "• 12:17 Pakistan : prison à vie",
])
def test_a_line_opening_with_a_time_or_date_is_stamped(line):
    assert opens_with_stamp(line)


@pytest.mark.parametrize("line", [
    "Maybe 5 things went wrong",
    "March 2012",  # a date alone: a heading, not a stamped headline
    "2012 was a good year for the club",
    "12:17",
    "The 10:45 train was late",
])
def test_other_lines_are_not(line):
    assert not opens_with_stamp(line)


@pytest.mark.parametrize(("line", "ticker"), [
    ("call of duty 12:00 PM 0 How Not To Get Banned", True),
    ("Politik 14.30 Uhr Pressekonferenz im Rathaus", True),
    ("15 km - 52:10 (17:24)", False),  # a split time, no am/pm
    ("10:45 AM - Took a break", False),  # opens with the time: a live blog's entry
    ("Posted by Jane at 4:30 PM", False),  # nothing after the time
])
def test_a_section_tag_then_a_clock_time(line, ticker):
    assert tagged_with_clock(line) is ticker


def test_a_date_alone_starts_with_a_date_but_opens_no_list_line():
    for date in ("November 8, 2012", "8. November 2012", "2012-11-08", "Nov. 8, 2012 10:00 AM"):
        assert starts_with_date(date)
    assert not opens_with_stamp("November 8, 2012")  # nothing after it: a dateline, not a ticker line
    assert not starts_with_date("Maybe next year")  # "May" is a month only before a day


@pytest.mark.parametrize("date", [
    "12 maart 2025, 09:15",  # Dutch: "maart" does not start with "mar"
    "5 марта 2025",  # Russian genitive
    "5 березня 2025",  # Ukrainian
    "3 Ağustos 2024",  # Turkish
    "12 Agustus 2025",  # Indonesian
    "12 iunie 2025, 09:45",  # Romanian
    "3. června 2025",  # Czech genitive
    "2025. június 6. 14:32",  # Hungarian: the year first
    "6. maj 2025 kl. 12.05",  # Danish
    "12 Μαρτίου 2025, 10:20",  # Greek genitive
    "12 במרץ 2025, 10:15",  # Hebrew, with its preposition
    "12 मार्च 2025, 10:30 AM",  # Hindi
    "12 مارس 2025",  # Arabic
    "14 كانون الثاني 2026",  # Arabic of the Levant: a month told apart from its namesake by an ordinal
    "3 تشرين الأول 2025",  # ... and October, "the first Tishreen"
    "15 شباط/فبراير 2026",  # ... and a month's two names
    "14 ماي 2024 - 11:20",  # Arabic of Morocco
    "3 جوان 2024",  # Arabic of Algeria and Tunisia
    "۱۲ اسفند ۱۴۰۳",  # Persian: the solar year, Persian digits
    "12. ožujka 2025. u 10:15",  # Croatian genitive
    "5 януари 2025",  # Bulgarian
    "12. јун 2025",  # Serbian, Cyrillic
    "১২ মার্চ ২০২৫, ১০:৩০",  # Bengali, Bengali digits
    "5 \u099c\u09be\u09a8\u09c1\u09df\u09be\u09b0\u09bf 2025",  # Bengali, "য়" as one code point
    "5 \u099c\u09be\u09a8\u09c1\u09af\u09bc\u09be\u09b0\u09bf 2025",  # ... as a letter and its nukta
    "12 \u095e\u0930\u0935\u0930\u0940 2025",  # Hindi, "फ़" as one code point
    "12 مارچ 2025",  # Urdu
    "2025 m. kovo 12 d. 10:15",  # Lithuanian: the year first
    "2025. gada 12. martā",  # Latvian: the year, then the day
    "12. 3. 2025 o 10:15",  # Slovak, Czech, Slovene: numbers with spaces
    "12. märts 2025",  # Estonian
    "12. avgust 2025",  # Slovene
    "12 ноември 2025",  # Macedonian
    "12 shkurt 2025",  # Albanian
    "12 Machi 2025",  # Swahili
    "Pebrero 12, 2025",  # Tagalog
    "12 ஆகஸ்ட் 2025",  # Tamil
    "12 ऑगस्ट 2025",  # Marathi
])
def test_dates_in_more_languages(date):
    assert starts_with_date(date)


@pytest.mark.parametrize("line, stamp", [
    ("Updated 2 hours ago", True),
    ("Aggiornato alle 20:05", True),
    ("Aktualisiert um 14:30 Uhr", True),
    ("Updated at 3:45 pm", True),
    ("Mis à jour à 18h30", True),
    ("20:05", False),  # a bare time: a live blog's entry or a ticker's, not the article's update
    ("Updated the timetable at 20:05", False),
    ("Updated 14:52 BST, Monday 9 June", True),  # a time zone and the day, no year
    ("Updated: 10:15 GMT, 3 March", True),
    ("Updated 14:52 because the council changed the plan", False),
    # A day named relatively, and its time.
    ("Vandaag, 16:22", True), ("Aangepast: vandaag, 17:05", True), ("Gestern um 9:15 Uhr", True),
    ("Aujourd'hui à 16h22", True), ("Вчера в 9:15", True), ("Today the council met at 9:15", False),
    ("Yesterday", False),
    # More languages' heads: Arabic, Norwegian, Finnish, Croatian.
    ("آخر تحديث: 19:55", True), ("Oppdatert 14:20", True), ("Päivitetty klo 14.20", True),
    ("Ažurirano: 14:20", True), ("Oppdatert ruteplan 14:20", False),
    # Heads of two words: "last updated".
    ("Laatste update: 19:31", True), ("Last updated 14:05", True), ("Zuletzt aktualisiert: 9.45 Uhr", True),
    ("Last updated our timetable at 14:05", False),
])
def test_an_update_line_is_a_relative_time_or_a_time_of_day_after_its_head(line, stamp):
    from newsclean.stamps import relative_stamp

    assert relative_stamp(line) is stamp


@pytest.mark.parametrize(("line", "dateline"), [
    # (forty-fifth session: a Persian dateline with its head over the kicker
    # and the headline, the case fa-health-piece-headed-dateline-over-the-kicker)
    ("تاریخ انتشار: ۲۹ بهمن ۱۴۰۴ - ۱۰:۲۰", True),
    ("Published: 12 March 2025 - 10:20", True),
    ("Publicado el 12 de marzo de 2025", True),
    ("Veröffentlicht am 12.03.2025, 10:20 Uhr", True),
    ("Published in March", False),  # no date
    ("Updated 10:45 | Ferry fares to rise in the spring", False),  # a ticker's time and headline
    ("12 March 2025", False),  # no head: starts_with_date's
])
def test_a_dateline_is_its_head_and_a_date(line, dateline):
    from newsclean.stamps import headed_dateline

    assert headed_dateline(line) is dateline
