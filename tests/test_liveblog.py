"""A live blog's entries: a time of day over each entry, most of them short lines."""

import pytest

from newsclean import clean
from newsclean.liveblog import live_control
from newsclean.stamps import clock_line

HEAD = [
    "Home | News | Sport | Weather",
    "Flooding in Wertham: river still rising as streets are evacuated",
    "The council declared a major incident overnight. Follow the latest in our live coverage.",
    "By Lena Hart and Tom Ruiz",
]
ENTRIES = [
    ["10:40", "Evacuation complete", "All 84 residents of the riverside streets have left their homes."],
    ["10:05", "Schools closed", "These schools stay closed on Friday:", "* Riverside Primary", "* St Anne's High",
     "* Mill Lane Academy", "No emergency childcare is offered."],
    ["09:30", "Roads closed", "* A469 between Wertham and Crossbridge", "* Quay Street",
     "* Main bridge, for lorries over 7.5 tonnes"],
    ["09:05", "Sandbags", "Sandbags are free at the recycling centre until 10pm."],
    ["08:30", "Good morning. We are starting our live coverage of the flooding in Wertham."],
]
TAIL = ["Share | Print | Comment", "© 2026 Wertham Courier | Imprint | Privacy"]


def kept(text):
    return {p.text for p in clean(text).paragraphs if p.kept}


def test_a_live_blogs_short_entries_stay_with_their_prose():
    page = "\n\n".join([*HEAD, *("\n".join(entry) for entry in ENTRIES), *TAIL])
    got = kept(page)
    assert all(line in got for entry in ENTRIES for line in entry)
    assert not any(line in got for line in (HEAD[0], *TAIL))


def test_times_over_headlines_without_prose_are_no_live_blog():
    # A sidebar of the day's headlines, under the article: nothing of it is prose.
    article = [
        "Wertham council approves flood wall",
        "The council approved a 3.2 million pound flood wall along the river on Thursday, after two "
        "years of consultation with residents and businesses on the quay.",
        "Work is due to start in the spring and to take eighteen months, the council's engineer said, "
        "with the riverside path closed for most of that time.",
    ]
    sidebar = ["Latest news", "10:40", "Cyclists to get new lane on Quay Street", "10:05",
               "Library opening hours cut over summer", "09:30", "Bus fares rise by 10p from April"]
    got = kept("\n\n".join([*article, "\n".join(sidebar), *TAIL]))
    assert all(p in got for p in article)
    assert not any(line in got for line in sidebar)


def test_clock_lines():
    for line in ["10:40", "**21:54 Uhr**", "### 10.40 GMT", "9:15 p.m.", "klokka 14.32", "١١:٥٥", "14h32"]:
        assert clock_line(line), line
    for line in ["10:40 Evacuation complete", "12.50 €", "2:1", "10:40:12 elapsed", "Score 10:40"]:
        assert not clock_line(line), line


def test_a_live_blogs_refresh_button_goes_and_the_byline_over_it_stays():
    # Over the first entry: a byline, a time stamp, the share bar, then the
    # blog's own "Refresh". The button goes; the walk up to the headline
    # passes it, so the byline above is still the header's.
    head = ["Flooding in Wertham: river still rising as streets are evacuated", "By Lena Hart",
            "Last updated: 10:45", "Share", "Refresh"]
    got = kept("\n\n".join([HEAD[0], *head, *("\n".join(entry) for entry in ENTRIES), *TAIL]))
    assert "Refresh" not in got
    assert all(line in got for line in head[:3])
    assert all(line in got for entry in ENTRIES for line in entry)


def test_live_controls():
    for line in ["Refresh", "Liveblog aktualisieren", "Aktualisieren · Nur wichtige Ereignisse", "Rafraîchir",
                 "Odśwież", "Обновить", "새로고침", "3 nouveaux posts", "Charger les posts précédents",
                 "자동 업데이트 켜기", "Load earlier updates", "Actualizar 23 actualizaciones", "Refresh (3 new posts)",
                 "Pagina se actualizează automat", "2 nye innlegg", "Новых записей: 3", "और अपडेट लोड करें",
                 "Ielādēt vecākus ierakstus", "자동 업데이트 켜짐", "Näytä vanhemmat päivitykset",
                 "Najnovije prvo Najstarije prvo Osvježi", "Oppdater Nyeste først Eldste først",
                 "Cele mai noi Cele mai vechi Actualizare automată: ON", "Relacja odświeża się automatycznie",
                 "Rodyti ankstesnius įrašus"]:
        assert live_control(line), line
    for line in ["Refreshed", "Refresh your wardrobe for spring", "Aktualisiert: 14.02.2025, 16:40 Uhr",
                 "Refresh · Home · News", "Aktualisieren Sie Ihren Browser, um die neuesten Beiträge zu sehen "
                 "und den Liveblog weiter zu verfolgen", "Refresh 3 new posts about the storm on the coast"]:
        assert not live_control(line), line


KEY_EVENTS = ["Key events", "10:40 Evacuation complete", "10:05 Schools closed", "09:30 Roads closed"]


def test_a_live_blogs_key_events_go_and_its_header_stays():
    # Links to the entries below, under a known label, between the header and the first entry.
    page = "\n\n".join([*HEAD, "\n".join(KEY_EVENTS), *("\n".join(entry) for entry in ENTRIES), *TAIL])
    got = kept(page)
    assert not set(KEY_EVENTS) & got
    assert set(HEAD[1:]) <= got
    assert all(line in got for entry in ENTRIES for line in entry)


def test_a_live_blogs_undated_key_events_go_and_the_entries_they_repeat_stay():
    # Each item is the heading of an entry below, in a block under the label
    # and over the blog's first entry; the entries keep their headings, and
    # the byline over the list stays with the headline and the standfirst.
    head = ["Home / News / Weather\nLIVE",
            "Storm Ada LIVE: coast bridge closed and 23,000 homes without power as 80mph gusts hit the coast",
            "An amber wind warning is in place until 9pm, with rail services cancelled across the county and "
            "trees down on several roads.",
            "By Hannah Reed, Dev Mistry", "15:42, 14 NOV 2024 · Updated 16:42, 14 NOV 2024",
            "Share Facebook WhatsApp X Email"]
    key_events = ["Key events", "Coast trains suspended\nPower cut for 23,000 homes\nAmber warning extended",
                  "Show latest updates Auto-refresh\n16:42"]
    entries = ["Promenade closed after sea wall damage",
               "The council has closed the lower promenade after a section of railing was torn away by waves.",
               "16:10", "Coast trains suspended",
               "The rail operator has suspended trains along the coast because of a fallen tree near the harbour.",
               "15:28", "Power cut for 23,000 homes",
               "The network operator said 23,000 homes were without power and crews would work through the night.",
               "14:55", "Amber warning extended",
               "The forecaster extended the amber warning to 9pm and said gusts could reach 85mph on exposed coasts."]
    got = [p for p in clean("\n\n".join([*head, *key_events, *entries])).paragraphs]
    repeated = ["Coast trains suspended", "Power cut for 23,000 homes", "Amber warning extended"]
    assert [p.kept for p in got if p.text in repeated] == [False, False, False, True, True, True]
    assert all(p.kept for p in got if p.text in head[1:5])


def test_a_matchs_key_events_by_minute_go():
    page = "\n\n".join([*HEAD, "\n".join(["Diễn biến chính", "12' Bàn thắng – Bến Cát", "58' Bàn thắng – Hoàng Sơn"]),
                        *("\n".join(entry) for entry in ENTRIES), *TAIL])
    got = kept(page)
    assert "12' Bàn thắng – Bến Cát" not in got and "58' Bàn thắng – Hoàng Sơn" not in got


def test_an_articles_own_timeline_under_its_own_heading_stays():
    story = [
        "The river rose faster than any forecast had said it would, and by midnight the water stood a metre "
        "deep in the streets around the quay, the council's emergency officer told reporters on Friday.",
        "Residents said they had little warning. Several described waking to the sound of sirens and finding "
        "the ground floor of their homes already under water when they came down the stairs.",
        "The council has promised a review of its warning system, which relies on a single gauge upstream "
        "that failed at about eight in the evening, three hours before the river broke its bank.",
    ]
    timeline = ["How the night unfolded", "21:10 The river breaks its bank at Quay Street",
                "22:40 The council declares a major incident", "23:55 The first residents are evacuated"]
    page = "\n\n".join([*HEAD, *story[:2], "\n".join(timeline), story[2], *TAIL])
    assert set(timeline) <= kept(page)


def test_entries_with_their_time_and_heading_on_one_line():
    # "### 22:58 | Heading": Markdown live blogs put the time in the entry's heading.
    entries = [
        ["### 23:41 | Mayor-elect speaks", "The winner told supporters in the square that the town had asked for a "
         "change, and that she would call the other parties on Monday."],
        ["### 23:20 | Count at 98%", "| Party | Seats |\n|---|---|\n| Blue | 13 |\n| Red | 9 |\n| Green | 8 |",
         "A majority needs 17 seats."],
        ["### 22:58 | Greens concede", "The Green candidate wrote on social media:",
         "> Thank you to everyone who trusted us.\n>\n> — Xavi Bell (@xbell) 24 May 2026"],
        ["### 22:15 | Turnout falls", "Final turnout was 62.3%, against 65.4% four years ago."],
    ]
    head = ["# Live | Town election: Blue party wins but will need a partner",
            "Follow election night live with results and reactions.", "**Newsroom** | Updated 24 May 2026, 23:41"]
    page = "\n\n".join([*head, *(line for entry in entries for line in entry), "[Load more updates](#more)",
                        "## You may be interested", "* [All results](/results)", "© Town Post | [Legal](/legal)"])
    got = kept(page)
    lines = {line for entry in entries for block in entry for line in block.split("\n")}
    assert lines | set(head) <= got


def test_an_embedded_posts_skip_links_go_and_the_entries_around_them_stay():
    embed = ["[Skip X post by Wertham Lifeboat]", "Crews are out on the river now. Please stay away from the quay.",
             "[End of X post by Wertham Lifeboat]"]
    entries = [*ENTRIES[:2], ["09:45", "Lifeboat called out", embed[1]], *ENTRIES[2:]]
    page = "\n\n".join([*HEAD, *("\n".join(entry) for entry in entries[:2]), "\n".join([*entries[2][:2], *embed]),
                        *("\n".join(entry) for entry in entries[3:]), *TAIL])
    got = kept(page)
    assert embed[0] not in got and embed[2] not in got
    assert all(line in got for entry in entries for line in entry)


@pytest.mark.parametrize("line", ["Nieuwste eerst Oudste eerst Alleen hoofdpunten", "Laad oudere berichten",
                                  "Laad eerdere berichten"])
def test_a_dutch_live_blogs_buttons(line):
    assert live_control(line)


def test_a_summary_box_under_the_byline_does_not_cut_the_header_from_the_entries():
    # Headline, standfirst, byline and update line, a share bar, then a
    # "Summary" box of points and the first entry: the header goes on above
    # the box, so its standfirst, byline and update line stay.
    header = [HEAD[1], HEAD[2], HEAD[3], "Updated 10:40, 21 JAN 2026"]
    box = ["Summary", "Riverside streets evacuated\nThree schools closed\nQuay Street shut to traffic"]
    page = [HEAD[0], *header, "Share\nFacebook\nX\nWhatsApp\nEmail\nCopy link", *box,
            *("\n\n".join(entry) for entry in ENTRIES)]
    out = kept("\n\n".join(page))
    assert set(header) <= out
    assert not {"Share", "Facebook", "Summary"} & out


STORM_ENTRIES = [
    ["13:45", "Firefighters: more than 120 call-outs since midnight",
     "The fire service said it had been called out more than 120 times since midnight, mostly to flooded cellars."],
    ["13:20", "Ferries still cancelled",
     "All ferries from the harbour to the islands stay in port; the next assessment is due at four o'clock."],
    ["12:55", "Coast road closed",
     "The coast road is closed between the two bridges after rocks fell onto the carriageway this morning."],
    ["12:30", "9,000 homes without power",
     "About 9,000 homes around the bay are without electricity, the network operator said, and crews are out."],
    ["11:40", "Schools close early",
     "The city's primary schools will send pupils home after the third lesson; parents may collect them earlier."],
]


def _storm_blog(boxes):
    """The blog's page, `boxes` ({entry: lines}) put over those entries' times."""
    lines = [*HEAD]
    for k, entry in enumerate(STORM_ENTRIES):
        lines += [*boxes.get(k, []), *entry]
    return "\n\n".join([*lines, *TAIL])


def test_a_boxs_one_line_between_two_entries_goes_with_its_label():
    # Each entry opens with its time, so the line over a time is the entry
    # before it ending: a short line there, under a box's label, is the box's.
    teaser, copy = "How to get your home ready for a storm: five tips from the fire service", \
        "Winter tyres fitted for free – this month only"
    got = kept(_storm_blog({3: ["Also read", teaser], 4: ["Advertisement", copy]}))
    assert teaser not in got and copy not in got
    assert all(line in got for entry in STORM_ENTRIES for line in entry)


def test_an_entry_headed_over_its_time_keeps_its_heading_under_an_empty_ad_slot():
    # Here each entry's heading stands over its time: under an ad's label
    # (an empty slot) the next entry's heading stays.
    entries = [[entry[1], entry[0], entry[2]] for entry in STORM_ENTRIES]
    lines = [*HEAD]
    for k, entry in enumerate(entries):
        lines += [*(["Advertisement"] if k == 3 else []), *entry]
    got = kept("\n\n".join([*lines, *TAIL]))
    assert all(line in got for entry in entries for line in entry)


@pytest.mark.parametrize("line", [
    # (forty-third session) Hindi, Croatian and Finnish sort and refresh buttons
    "सबसे नया पहले सबसे पुराना पहले ऑटो रिफ्रेश: चालू",
    "Automatsko osvježavanje UKLJ. Prikaži najnovije",
    "Päivitä Uusimmat ensin Vanhimmat ensin",
])
def test_more_live_blogs_buttons(line):
    assert live_control(line)


def test_a_live_blogs_header_stays_however_long_its_key_events():
    # The headline the title line names, its standfirst, byline and date,
    # then a share bar: the article's head, with the key events' box and
    # buttons between it and the first entry.
    headline = "Storm at the coast live: ferries cancelled and 9,000 homes without power"
    header = [headline, "Gusts of up to 140 km/h are forecast until the evening and the coast road is shut",
              "Nora Lind and Sam Okafor", "Thu 14 Nov 2024 13:50 GMT"]
    bar = ["Share", "X", "Facebook", "Copy link"]
    key_events = ["Key events", "Show key events only", "Please turn on JavaScript to use this feature",
                  *(f"{e[0]} {e[1]}" for e in STORM_ENTRIES[:3])]
    entries = [[f"{e[0]} GMT", *e[1:]] for e in STORM_ENTRIES]
    page = [f"{headline} | The Bay Herald", "\n".join(["LIVE", *header]), "\n".join(bar), "\n".join(key_events),
            "Auto-update on\nNewest first\nOldest first", *("\n".join(entry) for entry in entries), *TAIL]
    got = [line for line in clean("\n\n".join(page)).text.splitlines() if line]
    assert got[:len(header)] == header
    assert not set(key_events) & set(got)


@pytest.mark.parametrize("line", [
    # (forty-seventh session) Italian and Turkish buttons
    "Segui la diretta", "Carica altri aggiornamenti", "Otomatik yenileme: AÇIK",
    # ... and sort buttons a line each: Norwegian, German
    "Nyeste først", "Eldste først", "Neueste zuerst",
    # ... and Hebrew ones
    "הצג את העדכונים החדשים ביותר", "עדכונים אוטומטיים",
])
def test_more_languages_live_blogs_buttons(line):
    assert live_control(line)


def test_a_live_blogs_buttons_under_its_share_bar_leave_its_header():
    # Two buttons under the share bar and the first entry's time: the walk
    # up from the entries to the standfirst counts them as the bar's.
    header = ["Maltempo in Liguria, esondato il torrente: evacuati i piani bassi",
              "Scuole chiuse in tutta la città, sospesa la circolazione ferroviaria tra le due stazioni del centro.",
              "di Redazione Genova", "Aggiornato alle 16:48 del 23 ottobre 2024"]
    entries = [
        ["Ore 16:48", "La Protezione civile regionale conferma che il livello del torrente è in calo da due ore."],
        ["Ore 16:15", "Il sindaco ha firmato un'ordinanza che chiude anche domani le scuole di ogni ordine e grado."],
        ["Ore 15:30", "Sono 146 le persone evacuate dai piani terra e dagli scantinati, secondo il Comune."],
    ]
    page = ["\n".join(header), "Condividi\nFacebook\nX\nWhatsApp", "Aggiorna\nSegui la diretta",
            *("\n".join(entry) for entry in entries), "© Il Levante Quotidiano"]
    got = [line for line in clean("\n\n".join(page)).text.splitlines() if line]
    assert got == [*header, *(line for entry in entries for line in entry)]


def test_a_live_blogs_sort_buttons_a_line_each_leave_its_header():
    # "Oppdater" / "Nyeste først" / "Eldste først" between the dateline and
    # the first entry: the walk up to the standfirst counts them as buttons.
    header = ["Uvær treffer kysten: veier stengt og tusenvis uten strøm",
              "Meteorologisk institutt har sendt ut rødt farevarsel for kysten. Her følger vi utviklingen.",
              "Nyhetsvakten", "Fredag 7. februar 2025"]
    entries = [
        ["21.48", "Mistet strømmen på øya", "Nettselskapet melder at rundt 1.800 kunder på øya nå er uten strøm."],
        ["21.15", "Fergen innstilt", "Alle avganger på sambandet er innstilt resten av kvelden, opplyser rederiet."],
        ["20.52", "Politiet: Hold dere inne", "Politiet ber folk om å holde seg innendørs resten av kvelden."],
    ]
    page = ["\n".join(header), "Oppdater\nNyeste først\nEldste først", *("\n".join(entry) for entry in entries),
            "© Nordvestposten"]
    got = [line for line in clean("\n\n".join(page)).text.splitlines() if line]
    assert got == [*header, *(line for entry in entries for line in entry)]
