"""A prompt's box between the article's paragraphs is no end of the article
(thirty-third session): the last paragraphs of an obituary that name its
subject under a "Follow us" box, a section with its facts under a sign-up
box with an advertisement's label and a privacy note, a section opened by a
subheading and a list under a "Read also" box; the statements over a
sign-up box's heading; a contributor's credit over a support pitch; a
byline block over a share bar, over the lead photo's credit."""

import pytest

from newsclean.comments import holds_date
from newsclean.credits import _credit_line, _photo_credit
from newsclean.document import Paragraph
from newsclean.forms import form_widget_lines
from newsclean.lineclass import BAD, GOOD, NEAR
from newsclean.linefeatures import _features
from newsclean.text import name_stems, subject_names
from test_boilerplate import PROSE, kept

OBITUARY = [
    "Marta Kowal, the choir director who taught three generations of Riverside children to sing, has died aged 86, the Riverside Children's Choir said on Monday.",
    "Kowal founded the choir in 1968 in a school basement with twelve pupils and an upright piano borrowed from a church hall.",
    "Under her direction the choir toured Germany, Japan and Canada, and recorded eleven albums of folk songs and sacred music.",
    "She led rehearsals twice a week until 2019, when Kowal handed the baton to a former pupil, Irena Sadowski.",
    "\u201cShe heard every voice in the room, even the shy ones at the back,\u201d Sadowski said. \u201cAnyone could sing for her.\u201d",
]
FOLLOW_BOX = ["Follow the Riverside Gazette on Telegram: the day's main stories in one message.", "Follow"]
# Her honours and her funeral: on her, in words the article above has not used.
OBITUARY_END = [
    "In 2008 Kowal was made an honorary citizen of Riverside.",
    "A farewell to Marta Kowal will be held on March 19 from 11 a.m. in the great hall of the Palace of Youth on Lenin Avenue; the burial follows at the Northern cemetery.",
]
PAGE_END = ["Share: Facebook X WhatsApp Telegram", "Comments", "Irene, March 17, 13:05",
            "Sang with her from 1979 to 1987. Rest in peace."]


def test_the_last_paragraphs_that_name_the_subject_under_a_follow_box_stay():
    text = "\n\n".join(["Marta Kowal, founder of the Riverside Children's Choir, dies at 86", *OBITUARY, *FOLLOW_BOX,
                       *OBITUARY_END, *PAGE_END])
    out = kept(text)
    assert out[-2:] == OBITUARY_END
    assert not set(FOLLOW_BOX) & set(out)


def test_paragraphs_that_do_not_name_the_subject_under_a_follow_box_go():
    teasers = [
        "Tram line 4 will close for three weeks in July.",
        "Ice cream sellers on the promenade say the wet June has halved their takings compared with last summer's.",
    ]
    text = "\n\n".join(["Marta Kowal, founder of the Riverside Children's Choir, dies at 86", *OBITUARY, *FOLLOW_BOX,
                       *teasers, *PAGE_END])
    out = kept(text)
    assert not set(teasers) & set(out)
    assert out[-1] == OBITUARY[-1]


def test_the_subject_is_a_name_the_lede_gives_and_another_paragraph_gives_again():
    assert subject_names(OBITUARY, "en") == {"kowal"}
    assert subject_names(OBITUARY[1:], "en") == set()  # no name of the new lede comes back
    assert subject_names([], "en") == set()


@pytest.mark.parametrize(("text", "names"), [
    ("In 2008 Kowal was made an honorary citizen of Riverside.", {"kowal", "river"}),
    ("Kowal founded the choir. She led it.", set()),  # a sentence's first word may be any word
    ("\u201cShe heard every voice,\u201d Sadowski said.", {"sadow"}),
    ("\u00abAve Maria\u00bb, the choir sang. Then it sang \u00abGloria\u00bb.", {"maria", "glori"}),
])
def test_name_stems_are_the_capitalised_words_inside_sentences(text, names):
    assert name_stems(text, "en") == names


DAIRY = [
    "The Narew dairy cooperative will build a powdered milk plant in Łomża for 220 million zloty, its chairman said on Thursday.",
    "The cooperative signed the contract with the builder Agrobud of Białystok, and construction is due to start in May.",
    "Forty percent of the investment will come from the cooperative's own funds and the rest from bank loans and a grant.",
    "The dairy buys milk from 2,340 farms today, and says the new plant will let it pay farmers more in years of surplus.",
]
NEWSLETTER_BOX = [
    "Farm Weekly newsletter \u2013 every Thursday the main news from the farm and food markets.",
    "Sign up",
    "The controller of your personal data is Riverside Media Ltd. Details in our privacy policy.",
]
FACTS = ["Key figures", "Investment: 220 million zloty", "Grant: 38 million zloty", "New jobs: 85"]
# (In words of its own: the tail test alone would take it for another text.)
EXPORTS = [
    "Most of the powder is meant for Vietnam, Algeria and Saudi Arabia, where buyers sign contracts a year ahead.",
    "Experts are cautious: world prices fell by a fifth in 2023, and a second slump would hurt.",
    "Its chairman answers that whole formula for infants sells dearer and keeps its value better.",
]


def test_a_section_under_a_sign_up_box_with_an_ad_label_and_a_privacy_note_stays():
    text = "\n\n".join(["Dairy to build powdered milk plant", *DAIRY, *NEWSLETTER_BOX, *FACTS[:2], "ADVERTISEMENT",
                       *FACTS[2:], "Exports to Asia", *EXPORTS, "Tags: dairy, farming, exports", "Most read"])
    out = kept(text)
    assert out[-len(FACTS) - len(EXPORTS) - 1:] == [*FACTS, "Exports to Asia", *EXPORTS]


# (The box's two headlines in a block of their own, as the page lists them.)
READ_ALSO = ["Read also:", "Roundabout works by the shopping centre to last a month longer\n"
             "Parking fees to pay for a new footpath on Station Road"]
BRIDGE = [
    "The most used bridge in the town will close to all traffic from Monday, March 3, for at least eight months of repairs.",
    "The bridge dates from 1974, and at its last inspection engineers found cracks in two of its three pillars.",
    "Drivers heading for the centre will be sent along Garden Street, where the town has moved two crossings.",
]
# (In words of their own: the tail test alone would take them for another text.)
BUS_SECTION = [
    "Changes to public transport",
    "The operator announced these changes:",
    "Route 11 runs via Sadova; its stop by the river is suspended.",
    "Route 14 runs every 20 minutes instead of every 15.",
    "A temporary stop opens by the stadium.",
    "New timetables go online and up at stops by Friday.",
]
FINES = [
    "A Košice firm won the tender with a bid 310,000 euros under its rival's, and owes a fine per day of delay.",
    "\u201cI know it will be unpleasant for people, but it cannot wait,\u201d the mayor admitted.",
]


def test_a_subheading_an_introduction_and_a_list_under_a_read_also_box_go_on_with_the_article():
    text = "\n\n".join(["Bridge to close for eight months", *BRIDGE, *READ_ALSO, *BUS_SECTION, "ADVERTISEMENT",
                       "A fine for every day", *FINES, "Comments (54)"])
    out = kept(text)
    assert out == ["Bridge to close for eight months", *BRIDGE, *BUS_SECTION, "A fine for every day", *FINES]


def _paras(lines):
    return [Paragraph(index=i, text=t, start=0, end=0, line=i + 1, block=i, plain=t) for i, t in enumerate(lines)]


def test_the_statements_over_a_sign_up_box_heading_are_the_articles():
    lines = [
        "The premiere ended with a standing ovation that lasted almost ten minutes, and the director came on stage twice.",
        "\u201cThis is a night I will remember all my life.\u201d",
        "That is how the young actress described the applause.",
        "Sign up for our newsletter",
        "The most important news from the south every morning in your inbox. Free, no spam.",
        "Sign me up",
        "The play runs at the National Theatre until the end of May, with tickets from 900 dinars at the box office.",
    ]
    classes = [GOOD, NEAR, NEAR, BAD, NEAR, BAD, GOOD]
    feats = [_features(t, "en") for t in lines]
    assert [k for k, _, _ in form_widget_lines(_paras(lines), feats, classes)] == [4]


@pytest.mark.parametrize(("text", "credit"), [
    ("(ha collaborato Paolo Riva)", True),
    ("Colaboró: Ana Ruiz", True),
    ("Mitarbeit: Tom Kurz", True),
    ("Ha collaborato con tutti i cantieri del lago.", False),
])
def test_a_contributors_credit_is_a_credit_line(text, credit):
    assert _credit_line(text) == credit


def test_a_byline_block_over_a_share_bar_stays_over_the_lead_photos_caption_and_credit():
    # The credit counts as no header line of its own: the walk up to the
    # headline reaches the byline over the bar.
    text = "\n\n".join([
        "Scientists in Manaus describe an electric fish that talks in a new frequency",
        "The species, found in streams of the Rio Negro, sends out discharges of up to 800 hertz.",
        "Renata Cavalcante\nManaus · 04.jun.2024 às 6h00\nShare WhatsApp Facebook X Copy link\n"
        "Follow the Northern Courier on Google News",
        "A specimen of Sternarchorhynchus negrensis caught in the Taruma stream",
        "Luiz Fernando Araújo/Divulgação Ufam",
        "Summary",
        "- A new species of electric fish was described by researchers in Manaus.\n"
        "- It sends out discharges of up to 800 hertz.\n- It lives in the streams of the Rio Negro.",
        *[p.replace("harbour bridge", "stream") for p in PROSE],
    ])
    out = kept(text)
    assert out[2:4] == ["Renata Cavalcante", "Manaus · 04.jun.2024 às 6h00"]


@pytest.mark.parametrize(("text", "dated"), [
    ("Manaus · 04.jun.2024 às 6h00", True),  # as Brazilian sites write a date
    ("4.jun.2024", True),
    ("version 2.jun2024", False),
])
def test_a_date_written_with_dots_and_no_spaces(text, dated):
    assert holds_date(text) is dated


@pytest.mark.parametrize(("text", "credit"), [
    ("Luiz Fernando Araújo/Divulgação Ufam", True),
    ("Ana Souza/Arquivo pessoal", True),
    ("A divulgação/ reprodução do vídeo foi proibida pelo tribunal nesta terça-feira", False),
])
def test_a_brazilian_photo_credit(text, credit):
    assert _photo_credit(text) is credit


def test_a_pitch_that_names_the_newsletter_over_its_one_button_goes_with_it():
    # A sentence of the form's, right over its button, though it reads as
    # the article's last statement; the article goes on under the form.
    text = "\n\n".join(["Dairy to build powdered milk plant", *DAIRY, NEWSLETTER_BOX[0], "Sign up", *EXPORTS])
    assert kept(text) == ["Dairy to build powdered milk plant", *DAIRY, *EXPORTS]


@pytest.mark.parametrize("pitch, button", [
    ("Sign up for Dairy Morning — the farm news you need, delivered before 7 a.m.", "Sign up"),
    ("Subscribe to The Dairy Brief: the week's milk prices and the stories behind them, every Friday at noon.", "Subscribe"),
])
def test_a_pitch_that_opens_with_its_buttons_words_goes_with_it(pitch, button):
    text = "\n\n".join(["Dairy to build powdered milk plant", *DAIRY, pitch, button, *EXPORTS])
    assert kept(text) == ["Dairy to build powdered milk plant", *DAIRY, *EXPORTS]


def test_a_last_statement_that_names_an_email_over_a_button_at_the_pages_end_stays():
    # Under the article, with nothing under the button, there is no form
    # between paragraphs: the sentence is the article's last.
    last = "The chairman confirmed the figures in an email to the newsletter."
    out = kept("\n\n".join(["Dairy to build powdered milk plant", *DAIRY, *EXPORTS, last, "Sign up"]))
    assert out[-1] == last


# A box of links between the article's sections: a related heading over one
# headline, and a prompt to follow the site (thirty-fourth session).
LINK_BOX = ["Related", "Choir school opens in the old mill",
            "Follow the Riverside Gazette on Telegram: the day's main stories in one message."]
OBITUARY_SECTION = [
    "Early years",
    "Born in Gdansk in 1938, she came to the city with her parents in 1951, when her father found work in the docks.",
    "She trained as a teacher in Warsaw and Cracow before marrying an engineer, Tomasz, who died in 2004.",
    "Survivors include two sons, five grandchildren and a sister in Toronto.",
]


def test_the_articles_last_section_under_a_box_of_one_related_link_and_a_follow_prompt_stays():
    text = "\n\n".join(["Marta Kowal, founder of the Riverside Children's Choir, dies at 86", *OBITUARY, *LINK_BOX,
                       *OBITUARY_SECTION, *PAGE_END])
    out = kept(text)
    assert out[-len(OBITUARY_SECTION):] == OBITUARY_SECTION
    assert LINK_BOX[2] not in out


# A one-line form (its address field and button) between the article's
# last paragraph and its facts box (thirty-fourth session).
EXHIBITION = [
    "Watercolours by Teresa Vilaró, a painter of the lake who sold almost nothing in her lifetime, go on show in Girona this week.",
    "The exhibition brings together 64 works from private collections, most of them never shown before.",
    "Her niece, Montserrat Vilaró, lent the largest group: thirty sketchbooks found in an attic in 2019.",
]
FACTS = ["Practical information", "Where: Espai Fontana, Carrer de la Força 27, Girona", "When: until 12 January 2025",
         "Opening hours: Tuesday to Saturday, 10 a.m. to 7 p.m.", "Tickets: 5 euros; free on the first Sunday"]


def test_the_articles_facts_under_a_one_line_sign_up_form_stay():
    form = ["Weekend picks", "Every Thursday: the exhibitions, concerts and books not to miss.",
            "Your email Subscribe"]
    text = "\n\n".join(["Girona shows a forgotten painter of the lake", *EXHIBITION, *form, *FACTS,
                       "Most read", "Night trains return to the coast", "Tram fares to rise in spring"])
    out = kept(text)
    assert out[-len(FACTS):] == FACTS
    assert form[2] not in out


@pytest.mark.parametrize("text", ["Correu electrònic M'hi apunto", "E-mail Subscribe"])
def test_field_and_button_lines(text):
    from newsclean.fields import field_and_button
    assert field_and_button(text)


def test_a_reviews_cast_and_crew_box_under_a_sign_up_form_stays():
    review = [
        "Medea returns to the ancient theatre in a production that trusts the text and little else.",
        "Rena Kalogeraki sets the tragedy on a bare stage of black sand, with the chorus standing among the audience.",
        "Not everything works: the music too often tells us what to feel, and the last scene drags.",
    ]
    form = ["Get our weekly theatre newsletter in your inbox.", "Email Sign up"]
    box = ["Cast and crew", "Medea by Euripides, translated by Kate Zachariou",
           "Direction: Rena Kalogeraki · Music: Pavlos Zervas",
           "Theatre Hermione, Athens · Wednesday to Sunday, 21:00", "Tickets: 15-22 euros"]
    text = "\n\n".join(["Medea on black sand", *review, *form, *box, "Tags: Medea Euripides theatre review",
                       "Most read", "Night trains return to the coast", "Tram fares to rise in spring"])
    out = kept(text)
    assert out[-len(box):] == box
    assert not set(form) & set(out)


def test_a_reviews_pros_and_cons_over_its_first_paragraph_stay():
    review = [
        "I have tested a lot of e-readers that promise to replace a paper notebook, and this is the first that did.",
        "The stylus glides with almost no lag, and notes sync to the laptop within seconds of closing the cover.",
        "The library search is slow, and loans from libraries outside the US are not supported yet.",
    ]
    box = ["Pros", "Excellent writing latency", "Warm front light with 24 levels", "Cons", "Sluggish library search"]
    text = "\n\n".join(["Quire Note 7 review: note-taking done right - Gadget Ledger", "Reviews | Deals | How-To | Podcast",
                       "Quire Note 7 review: note-taking done right",
                       "By Dana Whitfield, May 21, 2024", *box, *review, "Most read", "Night trains return",
                       "Tram fares to rise"])
    assert kept(text) == ["Quire Note 7 review: note-taking done right", "By Dana Whitfield, May 21, 2024", *box, *review]


def test_a_date_line_that_names_the_articles_update_is_no_comments_stamp():
    from newsclean.comments import _stamp
    assert _stamp("Le 14/03/2024 à 18:42", 4)
    assert not _stamp("Le 14/03/2024 à 18:42 · Mis à jour le 14/03/2024 à 20:05", 10)
    assert not _stamp("March 14, 2024 at 6:42 pm · Updated March 14, 2024 at 8:05 pm", 12)


@pytest.mark.parametrize("text", ["Tu email Quiero recibirlo", "Seu e-mail Quero receber"])
def test_a_button_that_asks_to_receive_the_mail(text):
    from newsclean.fields import field_and_button
    assert field_and_button(text)


# Teasers of the same paper's stories on the article's own topic, each a
# headline over its blurb, under a related heading (thirty-fifth session).
JOBS = [
    "Family firm Hellwig Pumpen will cut 180 of its 620 jobs in Mosbach by the end of next year, the company said.",
    "Production of standard pumps is to move to its plant in Brno, where wages are a third of those in Germany.",
    "Development, sales and the special pumps for the pharmaceutical industry will stay in Mosbach, Hellwig said.",
    "The IG Metall union called the plan a betrayal of workers who had kept the factory running in the pandemic.",
]
ON_TOPIC_TEASERS = [
    "Share: Facebook X WhatsApp",
    "More on this topic",
    "Energy prices: why the region's mid-sized firms look abroad",
    "A survey of the chamber of industry shows that one industrial firm in five is thinking of moving production.",
    "Buchen: farm machinery dealer files for insolvency",
    "Business goes on for now, and the 45 workers are paid insolvency money until June, the administrator said.",
]


def test_headlines_with_their_blurbs_under_a_related_heading_go_however_on_topic():
    text = "\n\n".join(["Pump maker to cut 180 jobs in Mosbach", *JOBS, *ON_TOPIC_TEASERS,
                       "Imprint Privacy Terms Contact"])
    assert kept(text) == ["Pump maker to cut 180 jobs in Mosbach", *JOBS]


def test_the_articles_last_section_under_an_inline_list_of_headlines_stays():
    box = ["Related stories", "Pump maker opens a plant in Brno", "Union calls strike ballot at Hellwig"]
    section = ["The works council will meet the management on Monday to talk about a social plan for the staff.",
               "The mayor said the city would help workers find new jobs in the region's other factories."]
    text = "\n\n".join(["Pump maker to cut 180 jobs in Mosbach", *JOBS, *box, *section])
    assert kept(text)[-len(section):] == section


def test_a_sentence_under_the_articles_ranking_tables_closes_the_article():
    # (fortieth session: a half-marathon's results, "5. Yohannes Tesfaye Erytrea 1:04:02",
    # under three heading lines each, then the organisers' date for next year)
    race = [
        "Half-marathon: a Kenyan win and a course record",
        "Daniel Ruto won the twelfth Riverside Half Marathon on Sunday in 1:01:37, a course record, ahead of two"
        " runners who had led until the last bridge.",
        "In the women's race the home runner Agnes Wood attacked in the last two kilometres and crossed the line"
        " with a personal best.",
        "More than 4,200 runners finished the race, run in cold but dry weather along both banks of the river.",
    ]
    men = ("Men\nPlace Runner Country / club Time\n1. Daniel Ruto Kenya 1:01:37\n2. Hillary Kibet Kenya 1:02:11\n"
           "3. Abera Gemechu Ethiopia 1:02:40")
    women = ("Women\nPlace Runner Country / club Time\n1. Agnes Wood Riverside AC 1:11:52\n"
             "2. Mercy Jepkosgei Kenya 1:12:06\n3. Olena Hryshchuk Ukraine 1:12:49")
    closing = "The organisers said next year's race would be held on 11 October, and entries open in January."
    title = "Results of the Riverside Half Marathon"
    out = kept("\n\n".join([*race, "Advertisement", title, men, women, closing, "Tags: running, half marathon"]))
    assert out == [*race, title, *men.split("\n"), *women.split("\n"), closing]


def test_a_rankings_rows_are_a_table_of_the_article_but_start_no_page_tail():
    # (fortieth session: under a ranking the article may go on in short lines, "Miehissä Peltola
    # omaan luokkaansa" over the programme; the tail's search passes no ranking)
    from newsclean.document import Paragraph
    from newsclean.tail import _table_below
    lines = ["Women", "Place Runner Club Time", "1. Agnes Wood Riverside AC 1:11:52", "2. Mercy Jepkosgei Kenya 1:12:06",
             "3. Olena Hryshchuk Ukraine 1:12:49", "Relays close the weekend"]
    paras = [Paragraph(i, text, 0, 0, i + 1, 0) for i, text in enumerate(lines)]
    assert _table_below(paras, 0, len(paras)) == 5
    assert _table_below(paras, 0, len(paras), rankings=False) == 0
    steps = ["1. Mix the flour and the butter", "2. Add two eggs", "3. Bake for 20 minutes"]  # no figure ends each
    assert _table_below([Paragraph(i, t, 0, 0, i + 1, 0) for i, t in enumerate(steps)], 0, 3) == 0


def test_a_rankings_rows_with_bare_places_counting_from_one_are_a_table():
    # (forty-first session: a Norwegian ski report's results written from a
    # table's cells, "1 Sindre Haugland Tromsø SK 38.41,2", no full stop after the place)
    from newsclean.document import Paragraph
    from newsclean.tail import _table_below

    def paras(lines):
        return [Paragraph(i, text, 0, 0, i + 1, 0) for i, text in enumerate(lines)]
    rows = ["Results, 15 km classic", "Place Name Club Time Behind", "1 Sven Dahl Tromsø SK 38.41,2",
            "2 Magnus Berg Lillehammer Skiklub 39.15,8 +34,6", "3 Tobias Lie Bækkelagets SK 39.22,1 +40,9",
            "The national championships close on Sunday."]
    assert _table_below(paras(rows), 0, len(rows)) == 5
    # Bare numbers that do not count from one are no places: a list of quantities.
    quantities = ["2 cups of flour 250", "3 eggs at room temperature 20", "4 tablespoons of butter 60"]
    assert _table_below(paras(quantities), 0, 3) == 0


def test_a_tables_rows_may_write_a_loss_with_the_typographic_minus():
    # (forty-second session: "Üzemi eredmény 6,8 2,4 −64,7%", U+2212, in a
    # results table under a related box; the article went on under it)
    from newsclean.document import Paragraph
    from newsclean.tail import _table_below

    rows = ["Key figures (HUF bn)", "Figure 2024 2025 Change", "Net sales 120,6 142,3 +18,0%",
            "Operating profit 6,8 2,4 −64,7%", "Net profit 5,2 1,1 −78,8%", "Source: annual report"]
    assert _table_below([Paragraph(i, t, 0, 0, i + 1, 0) for i, t in enumerate(rows)], 0, len(rows)) == 5


def test_the_articles_results_table_under_a_read_also_box_of_one_headline_stays():
    # (forty-first session: "LES OGSÅ", one headline, then the report's results
    # table, its next subheading and its last paragraphs)
    from newsclean.core import _read_also_inside
    from newsclean.lineclass import SHORT

    lines = [*JOBS[:3], "Read also", "Sprint ends in a photo finish at the nationals",
             "Results, 15 km classic", "Place Name Club Time Behind", "1 Sven Dahl Tromsø SK 38.41,2",
             "2 Magnus Berg Lillehammer Skiklub 39.15,8 +34,6", "3 Tobias Lie Bækkelagets SK 39.22,1 +40,9",
             "A place on the national team", JOBS[3], PROSE[0]]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(lines)]
    classes = [GOOD] * 3 + [BAD] + [SHORT] * 7 + [GOOD, GOOD]
    feats = [_features(t, None) for t in lines]
    assert _read_also_inside(paras, feats, classes, list(range(3, 11)), 11, len(lines) - 1, 0)
