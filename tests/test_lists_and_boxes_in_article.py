"""A related list under its heading, an outline going on under a "Read
also" box, a sign-up box's heading and pitch (thirty-first session)."""

import pytest

from newsclean.core import cut_off_topic_tail
from newsclean.document import Paragraph
from newsclean.fields import field_and_button
from newsclean.forms import _heading_and_pitch_over
from newsclean.header import _deck_like, _facts_block
from newsclean.lexicon import Lexicon
from newsclean.lineclass import BAD, GOOD, NEAR, SHORT
from newsclean.linefeatures import _features
from newsclean.steps import outline_opens
from newsclean.tail import _key_value, _signers
from newsclean.taglines import is_tag_line
from newsclean.underbox import section_under_box
from newsclean.widgets import _keep_field_lists
from test_boilerplate import PROSE, kept

STRIKE = [
    "Dock workers at the port went on strike on Tuesday, and the union said the strike would go on until the company raised its pay offer.",
    "Container ships waited outside the port as the strike halted work, the harbour master said.",
    "The union says the pay offer is well below inflation after eight months of talks.",
    "The company said the strike was disappointing and that dock workers were among the best paid in the state.",
    "Retailers warned that a long dispute would hit supplies of fresh produce and electronics before Easter.",
    "The stoppage is due to end on Thursday, but more action is planned next month if no deal is reached.",
]
# Three stories of the same section, a headline and a sentence each: they
# share a third of their words with the article ("pay", "union", "Tuesday").
SECTION_TEASERS = [
    "Iron ore slides as steel output slows",
    "Miners led the market lower on Tuesday after data showed a third month of falling production in the state.",
    "Airport workers vote on pay deal",
    "Ground staff will vote next month on a pay offer the company made after talks with the union.",
    "Why the weekly shop costs more up north",
    "Freight, fuel and a shortage of drivers add up to a premium on fresh produce in remote towns.",
]


def _paras(lines):
    return [Paragraph(i, text, 0, 0, i + 1, i) for i, text in enumerate(lines)]


def _tail_cut(break_lines, teasers=SECTION_TEASERS):
    lines = STRIKE + break_lines + teasers
    classes = [GOOD] * len(STRIKE) + [BAD] * len(break_lines) + [SHORT, GOOD] * (len(teasers) // 2)
    feats = [_features(t, "en") for t in lines]
    return cut_off_topic_tail(_paras(lines), feats, classes, [len(t) for t in lines], (0, len(lines) - 1), "en")


def test_a_sections_stories_under_their_lists_heading_end_the_article():
    assert _tail_cut(["Topics: Unions, Shipping", "Subscribe now Already a subscriber? Log in", "More from Business"]) \
        == (0, len(STRIKE) - 1)


def test_without_a_lists_heading_over_them_the_bar_is_as_before():
    # The same stretch under a paywall's prompt alone shares enough to go on.
    assert _tail_cut(["Topics: Unions, Shipping", "Subscribe now Already a subscriber? Log in", "Newsletter"])[1] \
        == len(STRIKE) + 3 + len(SECTION_TEASERS) - 1


def test_paragraphs_longer_than_the_articles_under_a_lists_heading_are_no_teasers():
    long_ones = [t + " " + t for t in SECTION_TEASERS]
    lines_end = len(STRIKE) + 3 + len(long_ones) - 1
    assert _tail_cut(["Topics: Unions, Shipping", "Subscribe now Already a subscriber? Log in", "More from Business"],
                     long_ones)[1] == lines_end


def test_an_outline_opens_under_a_read_also_box():
    lines = ["What went wrong", "1. The drive would not boot", "Text.", "2. The cloud was slow", "Text.",
             "3. One image was missing", "Text."]
    classes = [SHORT, SHORT, GOOD, SHORT, GOOD, SHORT, GOOD]
    assert outline_opens(_paras(lines), classes, 1, len(lines) - 1)
    # A numbered list of headlines, one under the other, is no outline.
    headlines = ["1. Storm hits the coast", "2. Mayor resigns", "3. Bridge to close", "Text."]
    assert not outline_opens(_paras(headlines), [SHORT, SHORT, SHORT, GOOD], 0, 3)
    assert not outline_opens(_paras(lines), classes, 3, len(lines) - 1)  # "2." opens nothing


def test_a_blog_post_goes_on_in_numbered_sections_under_a_read_also_box():
    intro = [
        "Last month I moved my home server from an old desktop to a small board, and the power bill for the server fell by four fifths.",
        "The old server drew about fifty watts of power all day, which cost more than a hundred euros of power a year.",
        "The new board draws under seven watts of power when idle, and the server stays below twelve watts under load.",
        "Over a year the board saves about ninety euros of power, so the server pays for itself in under two years.",
        "Power was the reason for the move, and the watts were what I measured before and after moving the server.",
    ]
    sections = [
        "1. The disk would not boot", "The board ignored the disk until I changed the boot order in the firmware settings, which took me half a day to find out.",
        "2. The photo cloud was slow", "Making thumbnails pinned the processor, so I moved that work to a nightly job and nobody noticed the change.",
        "3. One image had no build", "One of my containers had no build for this processor, so I built it myself from the project's sources.",
        "Wrapping up", "I should have moved years ago: the savings pay for the board in two years, and the family noticed nothing.",
    ]
    page = ["Moving my home server to a tiny board", *intro, "Read also", "How I blocked ads for the whole house",
            "What went wrong", *sections, "Share this post", "X Facebook LinkedIn"]
    out = kept("\n\n".join(page))
    assert all(line in out for line in sections)


def test_a_newsletters_heading_and_pitch_go_with_its_form_inside_the_article():
    box = ["The Morning Brief", "Get the day's top business stories in your inbox before 7am. Free for subscribers.",
           "Email address Sign up"]
    page = ["Bridge to close", *PROSE[:3], *box, "Shops worried", *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:3], "Shops worried", *PROSE[3:]]


def test_a_newsletters_heading_and_pitch_go_with_its_lone_button():
    box = ["Culture Weekly", "The week's best exhibitions, books and concerts, every Sunday morning.", "Subscribe"]
    page = ["Bridge to close", *PROSE[:3], *box, *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("form", ["Your email address Sign up", "E-mail Subscrever"])
def test_a_newsletters_heading_and_pitch_go_with_its_form_under_the_article(form):
    # The form's field under the article's last paragraph, nothing but a
    # "Most read" list under it: no prose after the form to frame it.
    box = ["The Harbour Briefing", "Every Friday, our pick of the week's stories from the harbour and the coast.", form]
    page = ["Bridge to close", *PROSE, *box, "Most read", "Storm closes the coast road", "Fire at the docks"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_the_articles_last_paragraph_over_a_bare_field_stays():
    # No heading over the paragraph: it is the article's, not a pitch.
    page = ["Bridge to close", *PROSE, "Your email address Sign up", "Most read", "Storm closes the coast road"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_box_heading_stands_under_the_articles_prose():
    lines = ["Harbour Gazette", "Bridge to close", "The council voted to close the old bridge.", "Subscribe"]
    classes = [SHORT, SHORT, GOOD, BAD]
    # The page's headline and a one-sentence lede over a stray button: no box.
    assert _heading_and_pitch_over(_paras(lines), classes, 3) == []
    lines = [PROSE[0], "Culture Weekly", "The week's best exhibitions, every Sunday.", "Subscribe"]
    assert _heading_and_pitch_over(_paras(lines), [GOOD, SHORT, GOOD, BAD], 3) == [1, 2]
    # A heading that ends a sentence or leads into a list is the article's.
    for heading in ("He resigned.", "What we know:"):
        lines[1] = heading
        assert _heading_and_pitch_over(_paras(lines), [GOOD, SHORT, GOOD, BAD], 3) == []


@pytest.mark.parametrize("line", ["E-mailadres Aanmelden", "Sähköpostiosoite Tilaa", "Emailadresse Anmelden",
                                  "Ваша е-адреса Пријави ме", "Vaša e-adresa Prijavi me"])
def test_a_field_named_by_a_compound_and_its_button(line):
    assert field_and_button(line)


@pytest.mark.parametrize("line", ["الكلمات المفتاحية: نزيه الخوري، طرابلس، العود", "Palabras clave: lentejas, cocina de cuchara",
                                  "Parole chiave: Trieste, osterie", "Etiquetes: Reus, Fotografia, Museu d'Art",
                                  "標籤：#台南美食 #早餐 #牛肉湯", "Mga Tag: bigas, Bulacan, presyo"])
def test_keyword_heads_open_tag_lines(line):
    assert is_tag_line(line)


@pytest.mark.parametrize(("line", "category"), [
    ("Související: Třinec přišel o obránce, zranil si koleno", "related"),
    ("📲 Intră pe canalul nostru de Telegram pentru cele mai noi știri!", "follow"),
    ("Γίνετε μέλος στην κοινότητά μας στο Viber", "follow"),
    ("Lue lehteä sujuvammin sovelluksessa.", "app"),
    ("Saat päivän tärkeimmät uutiset sähköpostiisi joka arkiaamu.", "newsletter"),
    ("Suscríbete y recibe cada domingo un menú semanal.", "newsletter"),
    ("This post may contain affiliate links.", "advert"),
    ("As an Amazon Associate I earn from qualifying purchases.", "advert"),
    ("18+ | Účast na hazardních hrách je od 18 let. Hrajte zodpovědně.", "advert"),
])
def test_prompts_and_notices_of_the_session(line, category):
    assert {c for c, _ in Lexicon.load().phrases(line)} == {category}


@pytest.mark.parametrize(("line", "category"), [("Részvétnyilvánítás (23)", "comments"), ("Zapisuję się", "newsletter"),
                                                ("Vsadit nyní", "advert")])
def test_labels_of_the_session(line, category):
    assert Lexicon.load().label(line) == category


# -- The article's last section under a box, and what else stays or goes (thirty-first session).

COLUMN = [
    "For forty years the line has carried pupils, nurses and pensioners across the plateau, and every winter it was the only way out when the road froze.",
    "The regional council now wants to replace the trains with coaches, arguing that too few passengers use the line to justify renewing the track.",
    "I have nothing against coaches. But I know what happens to them in winter, when the road is closed and the timetable becomes a suggestion.",
    "Elsewhere other choices were made: lines just as modest were renewed in stages and now carry twice as many passengers as ten years ago.",
]
NEWSLETTER_BOX = ["The Opinions newsletter", "Every Saturday, a selection of columns and letters from our readers.", "Sign up"]
DEMANDS = ["What we ask for", "With forty councillors of the plateau, we ask for three simple things:",
           "a moratorium on any closure of the line before 2027;", "a renewal of the track in stages;",
           "a train in the morning, at noon and in the evening each way.",
           "The line is no souvenir of the past. It is the condition for people to go on living on the plateau."]
DISCLAIMER = "Columns published in this section are the sole responsibility of their authors."


def test_a_columns_last_section_under_a_newsletter_box_stays():
    out = kept("\n\n".join(["The line is no souvenir", *COLUMN, *NEWSLETTER_BOX, *DEMANDS, DISCLAIMER]))
    assert all(line in out for line in DEMANDS) and not set(NEWSLETTER_BOX) & set(out)


def test_other_stories_under_a_newsletter_box_are_no_section_of_the_article():
    teasers = ["Coach services cut on the plateau", "The operator said too few passengers used the morning coach.",
               "Station café closes after forty years", "The owners said the line's closure would end their trade.",
               "Snow closes the plateau road again", "Drivers were told to stay at home until the ploughs had passed."]
    lines = [*COLUMN, *NEWSLETTER_BOX, *teasers, "Most read"]
    classes = [GOOD] * 4 + [BAD, BAD, BAD] + [SHORT, GOOD] * 3 + [BAD]
    feats = [_features(t, "en") for t in lines]
    # A headline over a sentence, again and again: a list of stories,
    # whether its blurbs are long enough for prose or not.
    assert section_under_box(_paras(lines), feats, classes, (0, 3), "en") is None
    assert section_under_box(_paras(lines), feats, classes[:7] + [SHORT, NEAR] * 3 + [BAD], (0, 3), "en") is None
    lines[7:13] = DEMANDS
    classes[7:13] = [SHORT, SHORT, SHORT, SHORT, SHORT, GOOD]
    feats = [_features(t, "en") for t in lines]
    assert section_under_box(_paras(lines), feats, classes, (0, 3), "en") == 12


def test_a_heading_under_the_box_that_names_the_newsletter_is_the_boxs():
    lines = [*COLUMN, "Newsletter", "Get the newsletter", "Stay up to date with our work and our campaigns.",
             "Have you noticed anything when you opened this page?",
             "We did not annoy you with a cookie banner, and we do not track you: our plateau line's trains need you.",
             "Donate now"]
    paras = _paras(lines)
    feats = [_features(t, "en") for t in lines]
    classes = [GOOD] * 4 + [BAD, SHORT, SHORT, SHORT, GOOD, BAD]
    assert section_under_box(paras, feats, classes, (0, 3), "en") is None


def test_a_pitch_that_names_the_mail_goes_with_its_form():
    pitch = "Never miss a story! Join 18,000 readers and get my Sunday email with the week's news from the harbour."
    page = ["Bridge to close", *PROSE[:3], pitch, "First name Email Subscribe", *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]
    # Over the same form, the article's own sentence stays.
    page[4] = "The council will publish the full engineering report on its website next week."
    assert page[4] in kept("\n\n".join(page))


def test_an_advice_box_under_the_article_with_its_lead_in_and_list_stays():
    advice = ["What to do if a trader calls unannounced", "Trading Standards advises residents to:",
              "never pay large sums in cash up front", "get at least three written quotes",
              "check traders on the Buy With Confidence scheme", "call 0808 223 1133 if you are worried about a caller"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *advice, "Share this article Facebook X WhatsApp"]))
    assert out[-len(advice):] == advice


def test_a_forms_fields_ending_in_colons_lead_into_no_list():
    page = ["Bridge to close", *PROSE, "Local search", "Search local businesses for:", "Keyword Business name",
            "Include surrounding suburbs", "Most recent posts", "General chat", "Weekend plans"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_one_sentence_bio_under_the_writers_name_goes():
    page = ["Bridge to close", "By Hannah Crowther, Transport Reporter", *PROSE, "Hannah Crowther",
            "Hannah has covered transport in the city since 2016 and was named regional journalist of the year in 2023.",
            "Comments"]
    assert kept("\n\n".join(page)) == ["Bridge to close", "By Hannah Crowther, Transport Reporter", *PROSE]


@pytest.mark.parametrize("head", ["A tanulmány", "Quelle", "Fuente"])
def test_a_study_under_a_source_head_is_no_foreign_paragraph(head):
    prose = [
        "De onderzoekers volgden drie jaar lang jonge palingen die vanuit zee de rivieren op zwommen, en maten hoe "
        "ze zich oriënteerden in een magnetisch veld.",
        "Volgens de onderzoekers gebruiken de dieren het aardmagnetisch veld als kompas, zodat ze de kust weten te "
        "vinden, ook als het water troebel is.",
    ]
    source = f"{head}: M. Bosma e.a., Magnetic map orientation in European glass eels, Journal of Fish Biology, 2025."
    out = kept("\n\n".join(["Palingen hebben een kompas", *prose, source]))
    assert source in out


@pytest.mark.parametrize(("line", "fact"), [("17 फरवरी: 'गबरघिचोर' का मंचन", True), ("3. März: Vertrag unterzeichnet", True),
                                            ("April 3: Contract signed", True), ("10 things: why the bridge shut", False),
                                            ("5 Dinge: Warum die Brücke schließt", False)])
def test_a_day_and_month_key_an_entry(line, fact):
    assert bool(_key_value(line)) is fact


def test_a_programme_under_the_article_stays_over_a_videos_label():
    programme = ["Programme", "17 March: the opening concert in the harbour hall",
                 "18 March: folk night and the closing ceremony"]
    page = ["Festival opens on the harbour", *PROSE, *programme, "▶ Video: watch the first evening", "03:12",
            "Most read", "Storm closes the coast road"]
    out = kept("\n\n".join(page))
    assert out[-3:] == programme


def test_a_bio_under_the_name_a_short_credit_line_gives_goes():
    page = ["Bridge to close", "Ingrid Sæther Nilsen, journalist", *PROSE, "Ingrid Sæther Nilsen",
            "Ingrid is a journalist at the Gazette and writes about the harbour and the coast. She holds a master's "
            "degree in marine biology.", "Send e-mail"]
    assert kept("\n\n".join(page)) == ["Bridge to close", "Ingrid Sæther Nilsen, journalist", *PROSE]


@pytest.mark.parametrize("credits", [
    ["Lena Ahlström Krönikör", "Published 22 January 2024, 06:00"],  # her name and role over the dateline
    ["Lena Ahlström", "22. 1. 2024 06.00"],  # her name alone over it
    ["Lena Ahlström | 22. 1. 2024"],  # her name and the date on one line
    ["Lena Ahlström Krönikör Published 22 January 2024, 06:00"],  # name, role and dateline on one line
    ["Lena Ahlström", "Krönikör", "Published 22 January 2024, 06:00"],  # the role on a line of its own (45th session)
])
def test_a_bio_that_opens_with_the_name_over_the_dateline_goes(credits):
    bio = ("Lena Ahlström was born in Bjästa and taught in Örnsköldsvik for 25 years. She writes a column for the "
           "Gazette every other Monday.")
    page = ["Bridge to close", *credits, *PROSE, bio]
    assert kept("\n\n".join(page)) == ["Bridge to close", *credits, *PROSE]


def test_a_name_over_its_dateline_names_no_bio_in_the_dateline():
    # A menu's last item over the dateline, under a headline long enough for
    # prose: the dateline has two full stops, and is no bio under a name.
    headline = "Harbour bridge to close to cars from next spring as engineers warn of a corroded frame"
    page = [headline, "South Asia", "Posted: Thursday, April 21, 2022. 10:11 pm CST.", *PROSE]
    assert "Posted: Thursday, April 21, 2022. 10:11 pm CST." in kept("\n\n".join(page))


def test_a_paragraph_that_opens_with_the_name_of_a_photos_subject_stays():
    # A caption with a date names its subject, not the writer.
    opening = ("Moira Keane said on Tuesday that the bridge would close in spring. She added that the council had "
               "no choice after the survey.")
    page = ["Bridge to close", "Moira Keane at the harbour (3 March 2024)", PROSE[0], opening, *PROSE[1:]]
    assert opening in kept("\n\n".join(page))


def test_a_paragraph_that_opens_with_a_name_a_short_line_gives_stays():
    # Only a bio under a name line: a kicker names a person the article's
    # paragraphs open with, too.
    opening = ("Moira Keane said on Tuesday that the bridge would close in spring. She added that the council had "
               "no choice after the survey.")
    page = ["Moira Keane", "Bridge to close", PROSE[0], opening, *PROSE[1:]]
    assert opening in kept("\n\n".join(page))


def test_a_title_of_two_names_names_no_writer():
    # "The Fischbowl: Old School": a blog's name and a post's, not a writer and a role.
    section = ("The bridge is thirty years old today. I don't have anything profound to say about it, but it did "
               "get me thinking.")
    page = ["The Harbour Blog: Old School", "Old School", section, *PROSE]
    assert section in kept("\n\n".join(page))


@pytest.mark.parametrize(("line", "form"), [("Tu email ¡Me apunto!", True), ("Email us now!", False),
                                            ("Subscribe to updates via email.", False)])
def test_a_form_whose_button_shouts(line, form):
    assert field_and_button(line) is form


@pytest.mark.parametrize(("line", "category"), [
    ("Udostępnij wpis", "share"), ("Vreau să susțin", "subscribe"), ("Laisser un avis", "comments"),
    ("נרשמים? לכל המשרות", None), ("לכל המשרות", "footer"), ("Придружите се каналу", "follow"), ("Pirkti", "advert"),
    ("Ja, ik word lid", "subscribe"), ("Ver más artículos de la autora", "related"),
])
def test_labels_of_the_sessions_second_probes(line, category):
    assert Lexicon.load().label(line) == category


def test_a_recipes_last_ingredient_over_a_newsletter_box_stays():
    ingredients = ["3 poireaux moyens\n2 œufs\n30 g de beurre\nSel, poivre"]
    box = ["Recevez une recette de saison chaque vendredi",
           "Plus de 48 000 gourmands sont déjà inscrits à la lettre. Désinscription en un clic.",
           "Votre e-mail Je m'inscris"]
    method = ["Préchauffez le four à 200 °C. Émincez les poireaux et faites-les fondre dans le beurre dix minutes.",
              "Battez les œufs avec la crème, salez, poivrez, puis versez sur les poireaux étalés sur la pâte.",
              "Enfournez pour trente-cinq minutes, jusqu'à ce que la tarte soit bien dorée, et servez tiède."]
    intro = ("Une tarte fine aux poireaux, simple et rapide, que je prépare tout l'hiver avec les poireaux du marché "
             "et un bon fromage de la région.")
    out = kept("\n\n".join(["Tarte fine aux poireaux", intro, "Ingrédients :", *ingredients, *box, *method]))
    assert "Sel, poivre" in out and not set(box) & set(out)


def test_the_credits_under_a_teaser_put_under_the_last_paragraph_stay():
    page = ["Bridge to close", *PROSE, "Read also: How the old bridge was built in 1904", "(dpr/rwl)",
            "Editor: Rina Wulandari", "Tags", "bridge harbour council", "Follow us on Google News",
            "How do you feel about this article?", "Most read", "Storm closes the coast road", "Fire at the docks"]
    out = kept("\n\n".join(page))
    assert out[-2:] == ["(dpr/rwl)", "Editor: Rina Wulandari"]



SSE_POST = [
    "How we moved order updates from polling to server-sent events",
    "Our app asked the server every three seconds whether an order had changed, and almost every answer was no.",
    "Contents",
    "Why not WebSockets",
    "What went wrong",
    "Results",
    "Why not WebSockets",
    "WebSockets would have worked, but the proxies in front of our servers closed idle connections after a minute.",
    "What went wrong",
    "The first week of events left thousands of open connections on phones that had gone to sleep in a pocket.",
    "Results",
    "Traffic to the order status endpoint fell by ninety-four percent, and the app shows a new status in a second.",
]


def test_a_table_of_contents_goes_and_its_sections_headings_stay():
    out = kept("\n\n".join(SSE_POST))
    assert out == [SSE_POST[0], SSE_POST[1], *SSE_POST[6:]]


def test_a_table_of_contents_of_questions_goes_and_its_sections_headings_stay():
    # Questions read as sentences; listed under "In this article:" and said
    # again as the sections' headings, they are the table's entries.
    sections = ["Who can claim?", "Passengers on any train that arrives an hour late or more can claim.",
                "How much is paid?", "A quarter of the fare for an hour, and half of it for two hours or more.",
                "How do I apply?", "Fill in the form on the operator's website within three months of the trip."]
    toc = ["In this article:", "Who can claim?", "How much is paid?", "How do I apply?"]
    lines = [SSE_POST[0], SSE_POST[1], *toc, *sections]
    assert kept("\n\n".join(lines)) == [SSE_POST[0], SSE_POST[1], *sections]


@pytest.mark.parametrize("head", ["Šajā rakstā", "V tomto článku", "В этой статье", "Bu makalede", "Dalam artikel ini"])
def test_a_table_of_contents_under_in_this_article_goes_in_more_languages(head):
    # The entries are the English sections' headings: what is tested is the head.
    toc = [head, "Why not WebSockets", "What went wrong", "Results"]
    lines = [SSE_POST[0], SSE_POST[1], *toc, *SSE_POST[6:]]
    assert kept("\n\n".join(lines)) == [SSE_POST[0], SSE_POST[1], *SSE_POST[6:]]


def test_a_list_under_a_contents_heading_said_once_stays():
    # The article's own list (a review's contents of a box set): no line of it comes again.
    box = ["Contents", "Four discs of the band's studio albums", "A book of photographs from the tours",
           "A poster of the first concert in Leeds"]
    lines = [SSE_POST[0], SSE_POST[1], *box, *SSE_POST[6:]]
    assert kept("\n\n".join(lines)) == lines


def test_a_facts_box_with_each_key_over_its_value_stays_under_a_review():
    # A definition list comes out of the page as a key on a line, its value
    # under it: the review's own box, not a run of links below the article.
    facts = ["Nachtfähre", "Regie:", "Lena Hofstetter", "Drehbuch:", "Lena Hofstetter, Malte Grün", "Laufzeit:",
             "108 Minuten", "FSK:", "ab 16", "Kinostart:", "5. März 2026"]
    page = ["Bridge to close", *PROSE, *facts, "Artikel teilen: Facebook X WhatsApp E-Mail", "Weitere Kritiken",
            "Ein Sommer am See: Familienkomödie mit Längen", "Die Rückkehr: Kammerspiel ohne Spannung"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE, *facts]


def test_a_box_of_named_facts_under_the_articles_last_line_stays():
    # A travel piece's practical box, a name, its colon and a statement
    # on each line, over the page's tag line (forty-fifth session); not a
    # block of a word or a link after each name.
    facts = "\n".join(["Getting there: two direct flights a day from the capital, or ten hours by coach",
                       "Best time: from late November to the middle of February",
                       "Where to stay: homestays in the old town from 800 baht a night"])
    page = ["Bridge to close", *PROSE, "Before you go", facts, "Tags: harbour, bridge, council"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE, "Before you go", *facts.split("\n")]
    from newsclean.widgets import _named_fact
    assert not _named_fact("Pricing: FREE")  # a word, no statement
    assert not _named_fact("Source: http://example.com/work/frank/")  # a link
    assert not _named_fact("Day 2: along the river to the old mill")  # a day's heading


@pytest.mark.parametrize("head", ["Facts", "Nightferry"])
def test_a_block_of_keys_over_values_with_no_colons_stays_under_a_review(head):
    # A table of facts comes out of the page as one block, a key on a line
    # and its value under it, no colon to mark the keys: figures in the
    # values (a length, a date) tell it from a menu.
    facts = "\n".join(["Director", "Lena Hofstetter", "Screenplay", "Lena Hofstetter and Malte Green", "Cast",
                       "Ada Lind, Tom Kerr, Ella Moss", "Running time", "108 minutes", "Premiere", "5 March 2026",
                       "Rating", "5 out of 6 stars"])
    page = ["Bridge to close", *PROSE, head, facts, "Share: Facebook X WhatsApp Email", "More reviews",
            "A Summer by the Lake: a family comedy that drags", "The Return: a chamber piece without suspense"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE, head, *facts.split("\n")]


def test_a_menu_of_single_words_is_no_block_of_keys_and_values():
    menu = "\n".join(["News", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Video"])
    page = ["Bridge to close", *PROSE, "Share: Facebook X WhatsApp Email", "Sections", menu]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_forms_keys_with_no_values_are_no_facts_box():
    page = ["Bridge to close", *PROSE, "Tell us more", "Name:", "E-mail:", "Message:", "Send"]
    assert not {"Name:", "E-mail:", "Message:"} & set(kept("\n\n".join(page)))


# A section of the bridge story in words of its own: the parents' worries.
PARENTS = [
    "At a meeting in the village hall on Tuesday evening, mothers and fathers asked above all about their "
    "children's way to school.",
    "\"We want a proper fence between the building site and the path, and better lighting in the mornings,\" "
    "said one of them.",
    "Mykland promised a fence and lamps along the path for the whole period, but could not promise that the "
    "work would end by January.",
]


@pytest.mark.parametrize("box", [
    ["Read also", "Council puts off resurfacing of the coast road until next year"],
    # with the article's facts box between the link and the next section
    ["Read also", "Council puts off resurfacing of the coast road until next year", "The old bridge", "Built: 1968",
     "Length: 84 metres", "Owner: the county"],
])
def test_the_articles_next_section_goes_on_under_a_read_also_box(box):
    page = ["Bridge to close", *PROSE, *box, "Parents are worried", *PARENTS, "Share this article Facebook X WhatsApp",
            "Most read", "New shop opens before Christmas", "Village team loses the play-off on penalties"]
    out = kept("\n\n".join(page))
    assert out[-len(PARENTS) - 1:] == ["Parents are worried", *PARENTS]
    assert box[1] not in out


def test_teasers_under_a_read_also_box_are_no_section():
    # Under the box, headlines over a blurb each: other stories.
    teasers = ["New shop opens before Christmas", "The grocer on the square will open a second store in the old bank.",
               "Village team loses the play-off", "Two penalties decided the match after a goalless two hours."]
    page = ["Bridge to close", *PROSE, "Read also", "Council puts off resurfacing of the coast road", *teasers]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_section_with_a_lead_in_and_a_list_goes_on_under_a_read_also_box():
    # The section's subheading, its list's lead-in and its findings stay; only the box's headline goes.
    section = ["What the survey found", "Some of the study's findings:",
               "pupils who put the phone away an hour before bed fall asleep 14 minutes sooner;",
               "two in three keep the phone next to the bed at night;",
               "one in five is woken by notifications three times a week or more.",
               *PARENTS]
    page = ["Bridge to close", *PROSE, "Read also", "How much sleep do teenagers really need", *section,
            "Share this article Facebook X WhatsApp", "Most read", "New shop opens before Christmas"]
    out = kept("\n\n".join(page))
    assert out[-len(section):] == section
    assert "How much sleep do teenagers really need" not in out


@pytest.mark.parametrize("headline", [
    "Drought in the hills. Why do the rivers run dry when it rains as much?",  # reads as prose
    "Will the ferry run all winter?",  # a short sentence
])
def test_one_question_headline_under_read_also_goes_and_the_article_goes_on(headline):
    # The line under a "Read also" label is the box's headline, put as a
    # question however long; the article goes on under it.
    page = ["Bridge to close", *PROSE[:3], "Read also", headline, *PROSE[3:], "Tags: bridge, council"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def _blocks(*blocks):
    """Paragraphs of blocks of lines (each block a list), with their block numbers."""
    lines = [(text, b) for b, block in enumerate(blocks) for text in block]
    return [Paragraph(i, text, 0, 0, i + 1, b) for i, (text, b) in enumerate(lines)]


FILM_FACTS = ["Genre", "drama, Bulgaria, 2025", "Director", "Bozhidar Rankov", "Cast", "Iliya Marinov, Veselina Docheva",
              "Running time", "104 minutes", "In cinemas from", "16 January 2026"]


def test_a_reviews_facts_over_its_first_paragraph_are_a_box_with_its_heading():
    # (fortieth session: a Bulgarian review's "Жанр" / "драма, България, 2025" / … between
    # its byline and its first paragraph; the header walk went no further up)
    paras = _blocks(["Martina Stoyanova 15.01.2026"], ["The Long Winter"], FILM_FACTS, ["Rating: 4 out of 5"])
    classes = [SHORT] * len(paras)
    last = len(paras) - 2
    assert _facts_block(paras, classes, last) == set(range(1, last + 1))  # the film's title over it is its heading
    menu = _blocks(["News", "Reviews", "Interviews", "Festivals", "Series", "Cinema listings", "Podcasts", "Contact"])
    assert _facts_block(menu, [SHORT] * len(menu), len(menu) - 1) == set()  # a menu: no figures in its "values"


def test_the_lines_down_to_the_writers_signature_with_their_address_are_the_articles():
    # (forty-second session: a Korean review's box of specs and its verdict,
    # under the last paragraph, then "김도윤 기자 doyun.kim@…", the byline again)
    from newsclean.tail import lines_to_sign_off

    lines = ["김도윤 기자", "입력 2026.03.18 07:30", *PROSE[:2], "제품 사양", "제품명 하모닉 버즈 프로 3",
             "가격 29만9000원", "평점: ★★★★☆", PROSE[2], "김도윤 기자 doyun.kim@techdaily.example",
             "저작권자 © 테크데일리"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(lines)]
    feats = [_features(t, None) for t in lines]
    classes = [SHORT, SHORT, GOOD, GOOD, SHORT, SHORT, SHORT, SHORT, GOOD, SHORT, BAD]
    assert lines_to_sign_off(paras, feats, classes, 2, 3) == set(range(4, 10))
    # Another writer's address, or a known line between, ties nothing.
    other = lines[:9] + ["박서연 기자 seoyeon.park@techdaily.example", lines[10]]
    assert lines_to_sign_off([Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(other)],
                             feats, classes, 2, 3) == set()
    assert lines_to_sign_off(paras, feats, classes[:5] + [BAD] + classes[6:], 2, 3) == set()


# A review's box of fields as a scraper writes a definition list, each
# name alone on its line over its value.
FIELDS = ["Director:", "Tereza Vondráčková", "Screenplay:", "Tereza Vondráčková, Petr Kraus", "Camera:",
          "Martin Holub", "Release:", "15 January 2026"]


@pytest.mark.parametrize(("values_kept", "whole"), [(3, True), (1, False)])
def test_a_box_of_fields_stays_whole_when_half_its_values_stay(values_kept, whole):
    paras = _paras(FIELDS)
    for k, p in enumerate(paras):
        if k % 2 == 0 or k // 2 >= values_kept:
            p.drop("B120")  # the names, and the values off the review's topic, went with their run
    _keep_field_lists(paras, [SHORT] * len(paras))
    assert all(p.kept for p in paras) is whole


RESULTS_REPORT = [
    "Hovland wins the 15 km at Beitostølen",
    "Ole Martin Hovland won the season's first national cup race on Saturday, pulling away from the field on the "
    "last climb and finishing almost forty seconds ahead of the runner-up.",
    "The race was skied in fresh snow and fourteen degrees below zero, and several of the favourites struggled "
    "with their skis on the long flat sections of the course.",
    "Sigrid Haugan won the women's race ahead of Hanna Ødegård, and the cup goes on with a mass start on Sunday.",
    "Results, 15 km free technique men",
    "Place Name Club Time",
    "1 Ole Martin Hovland Vang IL 33.12,6",
    "2 Sander Moe Rygh Lillehammer Skiklub +38,4",
    "3 Jon Erik Tveit Tolga IL +44,9",
    "4 Magnus Flatland Steinkjer Skiklubb +51,3",
    "Full results are published by the organiser.",
    "Related",
    "Haugan after her win: now I want more",
    "Ski federation cuts its youth budget",
    "Wax chief: how to get it right in the cold",
    "About us | Contact | Privacy",
]


def test_the_note_under_a_results_table_the_article_runs_on_into_stays():
    # It names what the table's title names ("results"); the related list goes.
    out = kept("\n\n".join(RESULTS_REPORT))
    assert out == RESULTS_REPORT[:11]


BIBLIOTHEK = [
    "Sonntags in die Bücherei",
    "Ab März öffnet die Stadtbibliothek Hameln auch sonntags, ohne Personal: Der Bibliotheksausweis wird zum "
    "Türöffner, Kameras und ein Sicherheitsdienst sollen für Ordnung sorgen.",
    "Die Stadt verspricht sich davon mehr Besucher, vor allem Familien, die unter der Woche kaum Zeit haben. "
    "Ein ähnliches Modell gibt es bereits in mehreren Städten in Skandinavien.",
    "Kritik kommt von der Gewerkschaft, die befürchtet, dass auf Dauer Stellen eingespart werden. Die "
    "Bibliotheksleitung weist das zurück: Das Personal bleibe vollständig erhalten.",
]


def test_a_subscription_box_that_opens_with_its_question_takes_no_box_over_it():
    # "Zur Person" and its lines are the interview's box; the subscription
    # box opens with its own question under them.
    person = ["Zur Person", "Dörte Lammers (47) leitet seit 2019 die Stadtbibliothek Hameln. Sie lebt mit ihrer "
              "Familie in Bad Pyrmont."]
    box = ["Ihnen gefällt dieser Artikel?", "Mit W+ lesen Sie alle Artikel aus Hameln und dem Weserbergland – auf "
           "der Website und in der App.", "Jetzt 4 Wochen für 0,99 € testen"]
    out = kept("\n\n".join([*BIBLIOTHEK, *person, *box, "Impressum | Datenschutz | Kontakt"]))
    assert out == [*BIBLIOTHEK, *person]


@pytest.mark.parametrize(("lines", "signed"), [
    (["Anders Nyberg", "Birgitta Holm", "Spelkamrater i Järvsö spelmanslag"], True),
    (["Mark Frauenfelder", "Cory Doctorow", "Editors"], False),  # a site's staff, their title
    (["Mike Loukides", "Jim Stogdill", "Nat Torkington"], False),  # names alone
])
def test_signers_under_an_obituary_name_what_they_were_to_the_dead(lines, signed):
    paras = [Paragraph(i, t, 0, 0, i + 1, 0) for i, t in enumerate(lines)]  # one block
    assert bool(_signers(paras, [SHORT] * len(lines), 0)) is signed


def test_a_numbered_table_of_contents_goes_and_the_header_over_it_stays():
    # The entries number the sections their headings do not; with a share
    # bar, they stand between the byline and the article's first paragraph,
    # which moves neither the standfirst nor the byline out of the article.
    header = [SSE_POST[0], "We cut our servers' load by nine tenths. Here is how, and what went wrong on the way.",
              "Maria Lindqvist", "12 March 2026"]
    bar = ["Share", "Facebook", "X", "Copy link"]
    toc = ["Contents", "1. Why not WebSockets", "2. What went wrong", "3. Results", "4. What next"]
    sections = [*SSE_POST[6:], "What next",
                "We will move the delivery tracking page to the same stream before the summer sales begin."]
    page = ["\n".join(header), "\n".join(bar), "\n".join(toc), SSE_POST[1], *sections]
    assert kept("\n\n".join(page)) == [*header, SSE_POST[1], *sections]


def test_a_standfirst_of_two_sentences_without_its_last_full_stop_heads_the_article():
    # Its first sentence ends inside it, so it is no site's tagline: the
    # byline and date under it stay over the share bar and the table of
    # contents ("Obsah článku", numbered entries).
    header = ["Nová pravidla pro elektronické recepty: co se mění a koho se to týká",
              "Od července dostanou lékaři i lékárny nové povinnosti. Vysvětlujeme, co to znamená pro pacienty",
              "Kateřina Dvořáková", "8. června 2024 7:30"]
    sections = [
        "Co se mění?",
        "Nejdůležitější novinkou je lékový záznam, který bude lékař povinně kontrolovat před každým předepsáním léku.",
        "Musím si stáhnout aplikaci?",
        "Nemusíte. Recept dostanete i nadále jako kód v SMS, e-mailem nebo vytištěný na papíře od svého lékaře.",
        "Co na to lékaři?",
        "Praktičtí lékaři změnu vítají, upozorňují ale, že kontrola záznamu jim v ordinaci zabere další čas.",
    ]
    lede = ("Elektronické recepty používají Češi od roku 2018 a za tu dobu si na ně zvykla naprostá většina "
            "pacientů. Novela zákona o léčivech ale přináší několik změn.")
    toc = ["Obsah článku", "1. Co se mění?", "2. Musím si stáhnout aplikaci?", "3. Co na to lékaři?"]
    page = ["\n".join(header), "Sdílet\nFacebook\nX\nKopírovat odkaz", "\n".join(toc), lede, *sections]
    assert kept("\n\n".join(page)) == [*header, lede, *sections]


@pytest.mark.parametrize("line, deck", [
    ("Od července dostanou lékaři i lékárny nové povinnosti. Vysvětlujeme, co to znamená pro pacienty", True),
    ("Independent local news. Since 1880, every single day of the year", False),  # a tagline's short first sentence
    ("Local news, sport and weather for the whole of the Harbour district", False),  # no sentence, few words
])
def test_a_standfirst_without_its_full_stop(line, deck):
    assert _deck_like(Paragraph(0, line, 0, len(line), 1, 0, plain=line)) is deck
