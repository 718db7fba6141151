"""Prompts, boxes and credits inside and over the article (thirtieth
session): what the article says on under them, and what stays over it."""

import pytest

from newsclean.core import _read_also_inside, cut_off_topic_tail, section_opens
from newsclean.credits import _credit_line
from newsclean.document import Paragraph
from newsclean.fields import field_and_button
from newsclean.lexicon import Lexicon
from newsclean.lineclass import BAD, GOOD, NEAR, SHORT
from newsclean.linefeatures import _features
from newsclean.steps import next_numbered_heading
from newsclean.topteasers import cut_teasers_over_article
from newsclean.widgets import gallery_link, slide_counter
from test_boilerplate import PROSE, kept


@pytest.mark.parametrize("line", ["Piše: Ivana Jurić Matošić", "Napisala: Ana Horvat", "文：長谷川 美咲（映画ライター）"])
def test_croatian_and_japanese_byline_heads(line):
    assert _credit_line(line)


def test_a_captions_still_copyright_is_no_footer():
    caption = "The mayor (left) and the chief engineer on the old bridge ©2026 Harbour Films"
    assert _features(caption, "en").category is None
    for footer in ("© 2026 The Harbour Gazette", "Copyright © 2026 Gazette Media", "The Harbour Gazette © 2026"):
        assert _features(footer, "en").category == "footer"


@pytest.mark.parametrize(("line", "counter"), [
    ("Nuotr. 1 iš 14 ‹ ›", True),
    ("Bilde 2 av 9 ❯", True),
    ("Foto 3 von 12", True),
    ("1 no 8", True),
    ("Votes: 7 / 9", False),  # a result's label and a colon
    ("Chapter one of twelve", False),
])
def test_slide_counters_with_a_cut_word_and_arrow_buttons(line, counter):
    assert slide_counter(line) is counter


def test_a_numbered_heading_is_no_row_of_buttons():
    lexicon = Lexicon.load()
    assert lexicon.label("5. Tutup Aplikasi Media Sosial") is None


def _paras(lines):
    return [Paragraph(i, text, 0, 0, i + 1, i) for i, text in enumerate(lines)]


def test_the_next_number_under_a_box_continues_the_article():
    lines = ["1. Lower the brightness", "Text.", "2. Switch off GPS", "Text.", "Join our channel!", "3. Close the apps"]
    classes = [SHORT, GOOD, SHORT, GOOD, SHORT, SHORT]
    assert next_numbered_heading(_paras(lines), classes, 0, 4, 5)
    assert not next_numbered_heading(_paras(lines), classes, 0, 2, 5)  # no "2." above it


def test_a_list_under_its_lead_in_is_no_break_of_kicker_and_headline():
    # Hub tags over the intro, a subheading over a paragraph: shaped like two
    # teasers over the article (headline, blurb, twice), but under them a
    # list led in by a colon, no kicker and headline.
    intro = "Hello! I run the platform team at a bakery delivery start-up, and this is how our builds got faster."
    section = "In spring our full build took more than twenty minutes, and reviews waited for half an hour."
    lines = ["Company blog, Android, Gradle, Mobile development", intro, "Where it all started", section,
             "What we wanted:", "shorter queues;", "fewer surprises;", *PROSE]
    classes = [SHORT, GOOD, SHORT, GOOD, SHORT, SHORT, SHORT] + [GOOD] * len(PROSE)
    sizes = [len(t) for t in lines]
    span = (1, len(lines) - 1)
    assert cut_teasers_over_article(_paras(lines), classes, sizes, span, "en") == (span, [])


def test_a_photos_credited_caption_over_a_sign_up_form_stays():
    caption = "The fallen tree on Harbour Road (Image: Sam Okafor)"
    form = ["Get breaking news from the harbour straight to your inbox", "Sign up"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], caption, *form, *PROSE[3:]]))
    assert caption in out and not set(form) & set(out)


def test_the_list_a_paragraph_leads_into_stays_over_a_sign_up_form():
    block = "\n".join([PROSE[2][:-1] + ". Here is what else helps:", "keep the footpath open;",
                       "add a second ferry;", "publish the works calendar."])
    form = ["Get the harbour briefing straight to your inbox every Friday.", "Your email Subscribe"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], block, *form, *PROSE[3:]]))
    assert "add a second ferry;" in out and "publish the works calendar." in out
    assert not set(form) & set(out)


def test_a_sentence_over_a_sign_up_forms_heading_is_the_articles():
    last = "The council said the works would start in May."
    form = ["The Harbour Briefing every morning", "Sign up for our free newsletter and be the first to know.",
            "Sign up"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:4], "The timetable", last, *form, *PROSE[4:]]))
    assert last in out and not set(form) & set(out)


@pytest.mark.parametrize(("line", "form"), [
    ("Din e-post Prenumerera", True),
    ("El. paštas Užsisakyti", True),
    ("Your email Subscribe", True),
    ("Twój adres e-mail Zapisz się", True),
    ("E-mail: redakcja@example.pl", False),  # a contact
    ("Email and phone support", False),  # a spec's line
    ("Subscribe to blog updates via email.", False),  # a sentence
])
def test_a_sign_up_forms_field_and_button_on_one_line(line, form):
    assert field_and_button(line) is form


def test_a_newsletter_box_with_its_field_and_button_inside_the_article_goes():
    box = ["Get the week's culture news", "Every Friday: the exhibitions, premieres and books that matter.",
           "Your email Subscribe"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *box, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_sign_up_box_with_the_articles_prose_under_it_is_no_page_break():
    # The prose above shares its words (an obituary of a mosaic artist); the
    # prose under the box speaks of other things (his colleagues, his funeral).
    head = ["Oleh Marko, the Lviv artist whose mosaics cover churches across Galicia, has died aged 81.",
            "Marko made his first mosaic in 1968 for a Lviv railway station; the mosaic still greets passengers.",
            "His best known mosaic covers the Lviv opera house foyer, and took Marko four years to lay."]
    rest = ["Colleagues remember a demanding but patient teacher.",
            "He is survived by his wife, a daughter and three grandchildren.",
            "The funeral will be held on Tuesday in the garrison church."]

    def span_with(between):
        lines = [*head, *between, *rest]
        paras = _paras(lines)
        feats = [_features(t, "en") for t in lines]
        classes = [GOOD] * len(head) + [BAD if f.category else SHORT for f in feats[len(head):len(head) + len(between)]] \
            + [GOOD] * len(rest)
        return cut_off_topic_tail(paras, feats, classes, [len(t) for t in lines], (0, len(lines) - 1), "en")

    box = ["Please consider supporting our journalism.", "Subscribe", "“He never hurried”"]
    assert span_with(box) == (0, len(head) + len(box) + len(rest) - 1)
    related = ["Related stories", "Subscribe", "“He never hurried”"]  # another section's heading: the page goes on
    assert span_with(related) == (0, len(head) - 1)


@pytest.mark.parametrize(("line", "link"), [
    ("📷 Galeria zdjęć (12)", True),
    ("Zobacz galerię: tak wygląda ulica po pierwszym etapie remontu (18 zdjęć)", True),
    ("Galerie foto: Inundațiile din Galați 1 / 14", True),
    ("‹ › Apri la gallery", True),
    ("Guarda la gallery 1 di 18", True),  # (thirty-first session: two words before, "di" between)
    ("Fotogaléria (12 fotografií)", True),  # (thirty-second session: the word with its accent)
    ("FOTO | Gino Rota, una vita in bicicletta 1 di 18", True),  # (thirty-third: a photo's word and a bar)
    ("Gallery: The new harbour bridge | 14 Photos", False),  # a title over a count without brackets
    ("Foto di gruppo per i 12 campioni", False),  # no bar, no colon: a caption
    ("Galería de arte recibe 300 visitantes", False),  # no colon
    ("Visit the gallery of 1990 to 2004", False),  # years, no count
    ("Die Galerie zeigt 40 Werke von 1968 bis 2004.", False),  # a sentence
    ("National Gallery (London)", False),  # no count
])
def test_links_to_a_gallery_with_its_count(line, link):
    assert gallery_link(line) is link


def test_a_lone_slide_counter_with_its_gallery_button_goes():
    for counter in (["Zdjęcie 1 z 9 Zobacz galerię"], ["1 di 8", "‹ › Apri la gallery"]):
        out = kept("\n\n".join(["Bridge to close", *PROSE[:2], *counter, *PROSE[2:]]))
        assert out == ["Bridge to close", *PROSE]



def test_a_question_under_a_one_headline_box_is_the_articles_next_section_when_its_sections_are_questions():
    # (fortieth session: "Preberite tudi" / a headline / "Koliko bo stalo?" over a table of prices)
    table = "Zone Area Price per hour\nA Centre 1.60 € 2 hours\nB Harbour 1.00 € 4 hours\nC Ring road 0.70 € no limit"
    article = [
        "Bridge to close", PROSE[0], "What changes?", PROSE[1], PROSE[2], "How much?", table,
        "Who gets a permit?", PROSE[3], PROSE[4], "What about visitors?", PROSE[5],
        "Visitors to residents will buy day passes through the council's app, at three euros a day, and each"
        " household gets twenty a year.",
        "What do critics say?",
        "Opposition councillors said the buses from the outer villages did not run often enough to make the car"
        " a real choice to give up.",
    ]
    box = ["Read also", "Why the ferry queues start at six every morning"]
    out = kept("\n\n".join([*article[:5], *box, *article[5:]]))
    assert out == [*article[:6], *table.split("\n"), *article[7:]]
    # Without a question over the article's sections, the question is the box's second headline.
    asked_nothing = [*article[:2], *article[3:5], *box, *article[5:]]
    assert "How much?" not in kept("\n\n".join(asked_nothing))


def test_the_article_goes_on_under_an_ads_label_and_a_continue_reading_link():
    # (fortieth session: "Publicidade" / "Continuar a ler" over the article's next subheading,
    # a section on other things than the paragraphs above: roads and schools in a flood report)
    section = [
        "Schools shut early",
        "Three primary schools in Eastwick and Marlow sent their pupils home at noon, and exams planned for"
        " Thursday were moved to next week.",
        "Teachers' unions asked for clear rules on closures during storms, saying parents had learnt of them from"
        " social media first.",
        "Forecasters expect gales to ease by Friday morning, though heavy rain may still flood low fields along"
        " the valley.",
    ]
    article = ["Bridge to close", *PROSE[:4], *section]
    out = kept("\n\n".join([*article[:5], "Advertisement", "Continue reading", *section]))
    assert out == article


@pytest.mark.parametrize("end", [";", "；"])
def test_a_subheading_over_a_lead_in_and_list_items_opens_a_section_whatever_the_semicolons_width(end):
    # (fortieth session: Chinese list items end with a full-width semicolon, "卧室窗户直接朝向主干道的人；")
    lines = ["哪些人更容易受影响", "研究发现，噪声对以下几类人群的影响更为明显：", f"卧室窗户直接朝向主干道的人{end}",
             f"45岁以上的中老年人{end}", "夜间习惯开窗睡觉的人。", "周敏表示，这项研究属于观察性研究。"]
    classes = [SHORT, NEAR, SHORT, SHORT, SHORT, GOOD]
    assert section_opens(_paras(lines), classes, 0, len(lines) - 1)


def test_a_read_also_box_of_headlines_with_colons_ends_at_the_articles_next_subheading():
    # (fortieth session: "Mehr zum Thema" over two headlines written "Topic: headline",
    # which read as a box's "Key: value" entries, then the column's "Es gibt Alternativen")
    lines = [PROSE[0], PROSE[1], "More on this", "Harbour bridge: council publishes the engineers' report",
             "Public meeting: 300 people come to the debate", "There are alternatives",
             "The council speaks as if there were only two choices. The alternatives:",
             "a joint trust with the neighbouring villages;", PROSE[2], PROSE[3]]
    classes = [GOOD, GOOD, BAD, SHORT, SHORT, SHORT, GOOD, SHORT, GOOD, GOOD]
    feats = [_features(line, None) for line in lines]
    assert _read_also_inside(_paras(lines), feats, classes, [2, 3, 4, 5], 6, len(lines) - 1)
    # Right under the label, the line is the box's one headline, whatever follows it.
    del lines[3:5], classes[3:5], feats[3:5]
    assert not _read_also_inside(_paras(lines), feats, classes, [2, 3], 4, len(lines) - 1)


def test_the_articles_next_section_under_a_read_also_box_of_one_headline_stays_with_a_caption_inside():
    # (forty-first session: a Japanese review's "あわせて読みたい" and one headline,
    # then the review's next subheading, over paragraphs with a photo's caption between)
    section = [
        "Noise on the ring road",
        "Residents of the estates beside the ring road fear months of lorries passing their windows day and night,"
        " and several families have already asked about double glazing grants.",
        "Lorries queueing at the roundabout at dawn",
        "Tenants at Mill Court said their bedrooms face the carriageway, and a retired nurse described waking at four"
        " every morning to the sound of engines idling below her flat.",
        "What residents want",
        "Their association wants a night-time ban on heavy goods vehicles, a lower speed limit and a promise that"
        " the diversion will end on the day the new crossing opens to traffic.",
    ]
    article = ["Bridge to close", *PROSE[:4]]
    box = ["Read also", "Coastal towns count the cost of winter storms"]
    out = kept("\n\n".join([*article, *box, *section]))
    assert out == [*article, *section]


def test_a_question_over_another_headline_in_a_box_is_the_boxs_in_an_article_of_questions():
    # (forty-first session: a Dutch explainer whose sections are numbered
    # questions; under "Lees ook", "Dynamisch energiecontract: voor wie is het
    # interessant?" over a second headline, in a block of their own)
    sections = [
        ("1. What is the bridge tax?", PROSE[0]),
        ("2. Who has to pay it?", PROSE[1]),
        ("3. How much will it cost me?", PROSE[2]),
    ]
    box = ["Read also", "Ferry or train: which is cheaper for commuters?\nBus lanes on the ring road open on Monday"]
    text = [*sections[0], *sections[1], *box, *sections[2], PROSE[3]]
    out = kept("\n\n".join(["Bridge tax explained", *text]))
    assert out == ["Bridge tax explained", *sections[0], *sections[1], *sections[2], PROSE[3]]


def test_the_last_headline_of_a_box_written_as_one_block_is_no_subheading_however_on_topic():
    # (forty-first session: Vietnamese "Tin liên quan" over two coffee
    # headlines in one block, the second sharing "cà phê" with the prose under it)
    box = ["Related news",
           "Harbour bridge tolls to rise in spring\nMayor's compensation fund for businesses faces trade drop"]
    text = ["Bridge to close", *PROSE[:3], *box, *PROSE[3:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]


def test_a_short_last_section_under_a_read_also_box_of_one_headline_is_the_articles():
    # (forty-first session: a Japanese recipe's "残ったら？ 保存と翌日のアレンジ",
    # two paragraphs, then the recipe's figures, under "あわせて読みたい" and one headline)
    section = [
        "Keeping it for later",
        "Let the stew cool, put it in a closed box and keep it in the fridge for two days at most; the cabbage"
        " gives off water, so warm it up gently and pour the juices away before serving.",
        "On the next day, stir in a beaten egg or toss it with boiled noodles, and the leftovers make a quick"
        " lunch of their own that tastes nothing like the first evening's dinner.",
    ]
    lines = [*PROSE[:3], "Read also", "Coastal towns count the cost of winter storms", *section, "Per serving",
             "Energy 310 kcal"]
    classes = [GOOD] * 3 + [BAD, SHORT, SHORT, GOOD, GOOD, SHORT, SHORT]
    feats = [_features(line, None) for line in lines]
    assert _read_also_inside(_paras(lines), feats, classes, [3, 4, 5], 6, len(lines) - 1, 0)
    # Teasers' blurbs are short, and one paragraph is no section.
    short = [*lines[:6], "Fares go up in April.", "The council meets on Monday.", *lines[8:]]
    assert not _read_also_inside(_paras(short), feats, classes, [3, 4, 5], 6, len(lines) - 1, 0)
    classes_one = [GOOD] * 3 + [BAD, SHORT, SHORT, GOOD, SHORT, SHORT, SHORT]
    assert not _read_also_inside(_paras(lines), feats, classes_one, [3, 4, 5], 6, len(lines) - 1, 0)


def test_a_read_also_box_of_one_headline_over_the_articles_next_numbered_section_goes_alone():
    # (forty-third session: a Japanese recipe piece of three numbered
    # recipes; between the second and the third, "あわせて読みたい" and one
    # headline: the third recipe's heading, ingredients and steps stay)
    first = ["1. Roast the outer leaves", "Cut the outer leaves into wide strips and roast them with oil and salt "
             "for twenty minutes, until the edges turn brown and crisp.",
             "They keep for three days in the fridge and warm up well in a pan."]
    second = ["2. A slaw of the tender leaves", "Ingredients (serves 4)", "300 g of the tender leaves\n1 apple\n"
              "3 tablespoons of mayonnaise", "Method", "Slice the leaves thinly, salt them for ten minutes and "
              "squeeze out the water before you mix them with the apple and the dressing."]
    box = ["Read also", "One radish, three days: how to plan a week of meals around it"]
    third = ["3. Pickled stalks with yuzu", "Ingredients", "300 g of the stalks\nhalf a yuzu peel\n10 g of salted kelp",
             "Method", "Slice the stalks at an angle, put everything in a bag, squeeze out the air and leave it "
             "in the fridge for at least an hour before you serve it."]
    page = ["Three dishes from one cabbage", *first, *second, *box, *third, "Most read", "© 2026 Kitchen Daily"]
    assert kept("\n\n".join(page)) == ["Three dishes from one cabbage", *first, *second[:2],
                                        *second[2].split("\n"), *second[3:], *third[:2], *third[2].split("\n"),
                                        *third[3:]]


def test_a_subheading_over_the_articles_numbered_sections_under_a_read_also_headline_stays():
    # (forty-fifth session: "Leggi anche:" and a headline, then the recipe's
    # "I 5 errori da evitare" over "1. …", "2. …", each with its paragraph)
    box = ["Read also:", "Pasta and potatoes the Naples way, with smoked provola"]
    section = ["Five mistakes to avoid",
               "1. Salting the water too early",
               "Salt added at the start toughens the skins of the chickpeas, and they never turn creamy in the pan.",
               "2. Draining all the cooking water",
               "Keep a ladle or two of it: the starch in it binds the sauce better than any cream would.",
               "3. Stirring too little",
               "Pasta cooked in the sauce sticks to the bottom unless you stir it every minute or so."]
    page = ["Bridge to close", *PROSE[:3], *box, *section, *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:3], *section, *PROSE[3:]]


def test_a_read_also_headline_long_enough_to_read_as_prose_goes_when_the_article_goes_on():
    # (forty-third session: "LIRE AUSSI" over a fifteen-word headline
    # ending in a quotation, no full stop, with a paywall's box two
    # paragraphs further down)
    headline = "Bus lines: three routes on the harbour side close in September, « We have been forgotten »"
    paywall = ["Subscribe now", "Already a subscriber? Sign in"]
    page = ["Bridge to close", *PROSE[:3], "Read also", headline, *PROSE[3:5], *paywall, PROSE[5]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_read_also_box_over_a_subheading_a_paragraph_and_its_table_goes_alone():
    # (forty-sixth session: a Ukrainian explainer; under "Читайте також" and
    # one headline, the subheading "Скільки це коштує", a paragraph leading
    # into a table of prices, and the article's prose under the table)
    section = [
        "What it costs",
        "The price depends on the length of the span and on how much of the frame must be replaced, and the"
        " council asked five engineering firms for quotes before the vote on Tuesday.",
        "Estimated cost of the works",
        "Part Size Cost, £",
        "Steel frame, 120 tonnes 4 200 000–4 800 000",
        "Road deck, 900 m² 1 800 000–2 100 000",
        "Footpath, 300 m 250 000–300 000",
        "Source: council transport committee, March 2026.",
        "Spread over the city's households, that comes to about forty pounds a year for the two years of"
        " the works, the council's finance chief said on Tuesday evening.",
        "Shop owners near the bridge said the figure was small next to what they stood to lose in trade while"
        " the crossing was closed, and asked for the compensation fund to be set up first.",
    ]
    box = ["Read also", "How the council paid for the harbour wall: three lessons"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:4], *box, *section, *PROSE[4:]]))
    assert box[1] not in out
    assert all(line in out for line in [*section, *PROSE[4:]])


def test_a_follow_prompt_under_the_articles_facts_box_does_not_end_the_article():
    # (forty-sixth session: a Ukrainian health piece; under the survey's
    # box of facts, "Більше новин — у нашому Telegram-каналі", then the
    # article's next section)
    box = ["How the survey was done", "Engineers: 12 from three firms", "Period: March to May 2025",
           "Method: core samples from 40 points of the frame"]
    prompt = "Follow us on Telegram"
    section = ["What happens next", *PROSE[3:]]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *box, prompt, *section]))
    assert prompt not in out
    assert all(line in out for line in [*box, *section])


LEASING_HEAD = ["Dienstrad-Leasing: Was Angestellte jetzt wissen müssen",
                "Immer mehr Arbeitgeber bieten ein Dienstrad an. Wer profitiert, und worauf kommt es an?"]
LEASING_TOP = [
    "Seit einigen Jahren können Beschäftigte ein Fahrrad über ihren Arbeitgeber leasen und die Raten direkt vom "
    "Bruttogehalt abziehen lassen. Gerade bei teuren E-Bikes lohnt sich das für viele Pendler.",
    "Wer darf mitmachen?",
    "Grundsätzlich alle Angestellten, deren Arbeitgeber einen Rahmenvertrag mit einem Leasinganbieter abgeschlossen "
    "hat. Auszubildende und Minijobber sind oft ausgenommen, weil ihr Gehalt zu niedrig ist.",
    "Was kostet das Rad im Monat?",
    "Bei einem E-Bike für 4000 Euro liegt die Rate meist zwischen 100 und 120 Euro im Monat, dazu kommt eine "
    "Versicherung. Weil die Rate vom Bruttolohn abgeht, sinken Steuern und Sozialabgaben.",
]
LEASING_TAIL = [
    "Was gilt bei einem Diebstahl?",
    "Gestohlene Räder müssen sofort bei der Polizei gemeldet werden. Die Versicherung verlangt in der Regel die "
    "Rechnung eines zugelassenen Schlosses und eine Kopie der Anzeige.",
    "Und nach einem Unfall?",
    "Reparaturen nach einem Sturz übernimmt meist die Vollkasko, Verschleißteile wie Bremsbeläge, Ketten oder Reifen "
    "zahlen die Nutzer dagegen selbst.",
]


def test_an_advertisements_button_that_reads_as_a_pagers_breaks_no_page():
    # "Weiter" under an ad's label and copy is the ad's button, not the
    # pager of an article that ends there: the sections under it stay.
    ad = ["Anzeige", "Jetzt Angebot vergleichen – bis zu 30 % sparen", "Weiter"]
    foot = ["Meistgelesen", "Grundsteuer: So prüfen Sie Ihren Bescheid", "Pflegegrad beantragen – Schritt für Schritt",
            "© Stadtanzeiger Mediengruppe  Impressum  Datenschutz"]
    blocks = [LEASING_HEAD, LEASING_TOP, ad, LEASING_TAIL, foot]
    out = kept("\n\n".join("\n".join(block) for block in blocks))
    assert out == [*LEASING_HEAD, *LEASING_TOP, *LEASING_TAIL]


def test_question_headlines_under_a_related_label_go_in_an_article_of_questions():
    # An explainer heads its sections with questions; the list under
    # "Notas relacionadas" holds two other stories' headlines, questions
    # as well, in the label's block: they go, the next section stays.
    article = [
        "Aguinaldo 2025: cuánto te toca y cuándo deben pagarlo",
        "El aguinaldo es una prestación obligatoria que reciben cada diciembre millones de personas trabajadoras en "
        "todo el país, y cada año surgen dudas sobre su cálculo.",
        "¿Quiénes tienen derecho al aguinaldo?",
        "Todas las personas con un contrato o una relación laboral subordinada, incluidas las trabajadoras del hogar "
        "y quienes trabajan por temporada, tienen derecho a recibirlo.",
    ]
    related = ["Notas relacionadas", "¿Cuándo se paga la pensión para adultos mayores en diciembre?",
               "Salario mínimo 2026: ¿cuánto aumentará el próximo año?"]
    section = [
        "¿Cuándo se debe pagar?",
        "La ley establece que el aguinaldo debe pagarse antes del 20 de diciembre. Muchas empresas lo entregan en la "
        "primera quincena del mes, junto con el salario.",
        "¿Cómo se calcula?",
        "Se multiplica el salario diario por quince días como mínimo; quien trabajó solo una parte del año recibe la "
        "parte proporcional a los días trabajados.",
    ]
    page = [*article, "\n".join(related), *section]
    assert kept("\n\n".join(page)) == [*article, *section]
