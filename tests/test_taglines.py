"""A post's tag and category lines (taglines.py)."""

import pytest

from newsclean import clean
from newsclean.taglines import hashtag_list_item, headless_tag_line, is_tag_line, unmarked_tag_line
from test_boilerplate import PROSE, kept


@pytest.mark.parametrize("line", [
    "Tags: Ford, hybrid cars, transmissions",
    "Filed under: Politics, Media",
    "Filed under Celebrity, Conventions/Events",
    "Posted in News",
    "Related Topics: Harbour, Bridges, City Council",
    "Schlagwörter: Sport, Frauen",
    "Veröffentlicht in Body & Fitness",
    "Markiert: #gesundheit, #winter",
    "Mots-clés : pont, mairie, travaux",
    "Etiquetas: puente, ayuntamiento",
    "Метки: мост, город",
    "标签: 桥梁, 城市",
    "关键词：高铁 湖北 交通",  # CJK text writes the full-width colon
    "関連キーワード：バス、運転手不足、大阪",
    "Тагови: метро, Београд, саобраћај",
    "Oznake: promet, Ljubljana",
    "Žymos: Vilnius, transportas",
    "Märksõnad: Tallinn, tramm",
    "Štítky: most, Praha",
    "Etiketat: Tiranë, transport",
    "Tunnisteet: Home Assistant, pörssisähkö, Zigbee",
    "Schlagworte: Brücke Hafen Stadtrat Verkehr",  # tags with spaces only
    "Related Topics Harbour Bridges City Council",  # a head that names the list, no colon
    "#Le stanze di Ottavia #Giulia Ferraresi #Lucia Montanari #cinema italiano",  # tags of a few words each
    "#GitHub Actions #CI/CD #AWS #コスト削減",
    "Mada: DART Mwendokasi Usafiri Dar Teknolojia",  # Swahili
    # Hashtags in scripts whose vowel signs are marks, not letters
    "#หนังไทย #รีวิวหนัง #ดราม่า",
    "#हिंदी #समाचार #मौसम",
    "#বাংলা #কবিতা",
    "Subiecte fierbinți: #Cutremur #Pensii 2026 #Vremea #Facturi energie",  # any head over hashtags
    # (thirty-ninth session) Persian's own comma between the tags, Thai and Italian heads
    "دسته: یادداشت‌ها | برچسب‌ها: کتاب‌فروشی ، شیراز ، سالگرد",
    "หมวดหมู่: ผักสวนครัว, ชีวิตคอนโด",
    "Pubblicato in Città, Esperimenti",
    # (forty-third session) topics and categories; Vietnamese tags, a syllable a word
    "Teme: bura nevrijeme Krčki most promet",
    "Категории: Градски живот, Транспорт",
    "Kategorijas: Tomāti, Balkona dārzs",
    "Tags: canh chua cá lóc món miền Tây món ngon mỗi ngày",
    # (forty-fourth session) a category and tags on one line; Swedish, Hindi and Malay heads
    "Rubriik: Igapäevasõit Sildid: jalgratas, talv, Tartu",
    "Kategorier: Vintercykling, Pendling",
    "टॉपिक्स: UPI डिजिटल पेमेंट बैंकिंग RBI यूटिलिटी न्यूज़",
    "Topik berkaitan: Sepak Takraw LTP 2026 Kedah Terengganu",
])
def test_tag_lines_in_several_languages(line):
    assert is_tag_line(line)


@pytest.mark.parametrize("line", [
    "Posted in 2011, the video went viral within a week.",  # a sentence
    "Topics: the council will vote on the bridge closure next week and then decide",  # long item
    "More: http://example.org",  # not a taxonomy head
    "Tags",  # a bare head is a label of its own, not this
    "Pubblicato in tre volumi nel 2019, il libro ha venduto centomila copie",  # a sentence
    "Warning: the bridge is closed",  # an unknown head
    "Related topics include the harbour and the ferry.",  # a sentence
    "Oznake na cesti su nove i jasno vidljive svima.",  # "markings", in a sentence
    "#MeToo and #TimesUp were trending across #Twitter today in many countries",  # a sentence with hashtags
    "#1 in the charts #2 last week",  # ranks
    "He wrote: #MeToo changed everything, and #TimesUp too",  # a quotation with hashtags
])
def test_other_lines_are_not_tag_lines(line):
    assert not is_tag_line(line)


def test_a_tag_line_under_the_article_goes():
    text = "\n\n".join(["Bridge to close", *PROSE, "Tags: harbour bridge, city council, roads"])
    result = clean(text)
    assert [p.text for p in result.paragraphs if p.kept] == ["Bridge to close", *PROSE]
    assert result.paragraphs[-1].decision.code == "B112"


def test_a_numbered_day_heading_is_no_tag_line():
    # German "Tag" is "day": a hiking report's sections, not its tags.
    assert not is_tag_line("Tag 1: Zur Gundalpe")
    assert not is_tag_line("Tag 3: Über den Grat zurück ins Tal")
    assert is_tag_line("Tag: Wandern")


@pytest.mark.parametrize(("line", "tags"), [
    ("Topics Unite Shipping Trade unions Automation Suffolk", True),
    ("Ämnen Elsparkcyklar Trafik Göteborg", True),
    ("Topics discussed at the summit", False),  # sentence case: a subheading
    ("Themen der Woche: Wahl", False),  # with a colon: is_tag_line's to tell
    ("Tags", False),
    ("The Reading Bug Club", False),  # not Vietnamese "thẻ" (tag) without its accents
    ("แท็ก ยี่เป็ง โคมลอย เชียงใหม่", True),  # a script without capitals: no capitals to ask for
    ("태그 인덱스 성능", True),
    ("แท็ก", False),
])
def test_a_tag_box_joined_without_a_colon(line, tags):
    assert unmarked_tag_line(line) is tags


def test_an_unmarked_tag_line_goes_under_the_article_and_a_title_case_headline_stays():
    tags = "Topics Harbour Bridge Ring Road Council"
    headline = "Topics Of The Week At The Harbour"
    out = kept("\n\n".join([headline, *PROSE, tags]))
    assert tags not in out and headline in out


def test_a_lower_case_line_of_topics_over_the_authors_name_is_a_tag_line():
    # Over a bare name (the author's box) a line of topics in lower case is
    # the tags; a command the article goes on under is not.
    assert headless_tag_line("bridge council roads harbour", "en", {"bridg", "council"}, False, True)
    assert not headless_tag_line("netsh interface tcp show global", "en", {"netsh", "tcp"}, False, False)
    assert not headless_tag_line("Bridge Council Roads Harbour", "en", {"bridg", "council"}, False, True)


def test_hashtags_one_a_line_and_their_heading_are_a_tag_list():
    # A tag box's links, one a line ("#キャベツ" / "#豚肉", the case
    # ja-recipe-hashtags-one-a-line-under-the-article), and its heading.
    assert hashtag_list_item(["#bridge", "#council"], 1)
    assert hashtag_list_item(["#bridge", "#2026roadworks"], 1)
    assert hashtag_list_item(["この記事のキーワード", "#キャベツ", "#豚肉"], 0)
    assert not hashtag_list_item(["#bridge"], 0)  # one alone: a heading's mark as easily
    assert not hashtag_list_item(["# Bridge", "# Council"], 0)  # Markdown headings
    assert not hashtag_list_item(["#1", "#2"], 0)  # a list's numbers
    assert not hashtag_list_item(["The tags we use.", "#bridge", "#council"], 0)  # a sentence is no heading


HEADLESS_TAGS = "Harbour Bridge Council Roadworks Traffic"


def test_a_headless_tag_line_over_the_writers_box_goes():
    # The box about the writer under the tags ("Jens Albrecht" / "Redakteur
    # Wirtschaft. Schreibt seit 2014 über …") goes before the tags are read,
    # on an earlier pass: it still shows where the page's furniture starts.
    text = "\n\n".join([
        "Bridge to close", "By Anna Berg", *PROSE, HEADLESS_TAGS, "Anna Berg",
        "Reporter on the city desk. Writes about transport, housing and the harbour since 2014.",
    ])
    out = kept(text)
    assert out[-1] == PROSE[-1] and HEADLESS_TAGS not in out


def test_a_headless_tag_line_under_the_articles_results_table_goes():
    table = ["1. Harbour Rowing Club 12 31", "2. Bridge Athletic 12 27", "3. Council Rovers 12 22",
             "4. Ring Road United 12 19", "5. Old Town 12 15"]
    text = "\n\n".join(["Bridge to close", *PROSE, "\n".join(table), HEADLESS_TAGS, "Share on Facebook", "Share on X"])
    out = kept(text)
    assert HEADLESS_TAGS not in out and table[-1] in "\n".join(out)
