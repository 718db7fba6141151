"""The article's own boxes between its paragraphs weigh nothing in the contest for the core."""

from newsclean import clean

LEDE = [
    "Harbour tram line opens on Saturday after seven years of works",
    "The 11-kilometre line will carry its first passengers at 6am, and rides are free for the first week.",
]
BOX = [
    "THE LINE AT A GLANCE", "Length: 11.4 km", "Stops: 9", "End to end: 17 minutes", "Daily capacity: 180,000",
    "Cost: 920 million", "STOPS", "1. Harbour Quay", "2. Market Square", "3. Old Town", "4. Riverside",
    "5. University", "6. Stadium", "7. Hospital", "TIMETABLE", "Weekdays: 6am to midnight, every 5 minutes",
    "Saturdays: 6am to midnight, every 8 minutes", "Sundays: 7am to 11.30pm, every 10 minutes",
]
REST = [
    "From the second week a single ride will cost the same as a bus ticket, and students and people over 65 "
    "will pay half, the transport authority said.",
    "\"We have waited for this for years. I used to change buses twice to get to the hospital,\" said Nora "
    "Ellis, a retired teacher who lives near the Riverside stop.",
    "The opening ceremony at Harbour Quay starts at 5.30am. Roads around the square will be closed until noon.",
]
MENU = ["Home | News | Sport | Business | Culture | Weather"]
FOOTER = ["About us", "Contact", "Privacy", "© 2026 Harbour Evening Post"]


def test_a_fact_box_between_the_lede_and_the_rest_stays_with_the_article():
    page = "\n".join([*MENU, *LEDE, *BOX, *REST, *FOOTER])
    kept = {p.text for p in clean(page).paragraphs if p.kept}
    assert [line for line in LEDE + BOX + REST if line not in kept] == []
    assert not kept & set(MENU + FOOTER)

