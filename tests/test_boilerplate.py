"""Context rules of the boilerplate stage, on small hand-written articles."""

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.authorbios import bios_over_archive_link
from newsclean.credits import _credit_line
from newsclean.boilerplate import _banner_headings
from newsclean.document import Paragraph
from newsclean.forms import _heading_and_pitch_over, _mail_pitch_over
from newsclean.lineclass import BAD, GOOD, NEAR, SHORT
from newsclean.linefeatures import _features, paywall_meter, share_row

PROSE = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that the frame had corroded.",
    "Drivers will be sent along the ring road instead, officials said, and buses will keep a lane of their own during the two years of work.",
    "Shop owners near the bridge said they feared losing customers while the crossing is closed, and asked the council for help with their rents.",
    "The mayor promised compensation for businesses that could show a drop in trade caused by the closure, but gave no figure for the fund.",
    "A new crossing is expected to open in four years, and the council said it would publish the design for comment in the summer.",
    "Engineers will keep a footpath open on the old bridge for as long as the deck is judged safe, the council's transport chief said.",
]


# Two readers' comments, each after its signature line.
COMMENTS = [
    "This is the worst decision the council has made in years, and the mayor knows it perfectly well.",
    "I cross that bridge every day and I am glad somebody finally looked at the state of the frame.",
]


def signed(*signatures):
    """The comments, each under its signature."""
    return [line for signature, comment in zip(signatures, COMMENTS) for line in (signature, comment)]


def kept(text, **options):
    return [p.text for p in clean(text, **options).paragraphs if p.kept]


def test_comment_section_after_the_article_goes():
    comments = ["52 Comments", *signed("Jane Roe says:", "Sam Poe says:")]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *comments]))
    assert out == ["Bridge to close", *PROSE]


def test_a_bare_comments_link_high_on_the_page_does_not_end_the_article():
    text = "\n\n".join(["Bridge to close", PROSE[0], PROSE[1], "Comments", *PROSE[2:]])
    out = kept(text)
    assert out[-4:] == PROSE[2:]


def test_short_lines_after_a_share_bar_at_the_end_go_credits_before_it_stay():
    tail = ["Reporting by Jane Doe", "Share", "Most read", "Council budget row deepens", "Weather: rain all week"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *tail]))
    assert out == ["Bridge to close", *PROSE, "Reporting by Jane Doe"]


def test_menu_above_the_article_goes_but_a_list_of_longer_lines_stays():
    menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Video"]
    out = kept("\n".join(menu) + "\n\nBridge to close\n\n" + "\n\n".join(PROSE))
    assert out == ["Bridge to close", *PROSE]
    contents = [
        "1. Why the bridge must close to cars next spring",
        "2. Where drivers and buses will go instead of it",
        "3. What the shop owners near the bridge are asking for",
        "4. How the compensation fund for businesses will work",
        "5. When the new crossing over the harbour will open",
        "6. What happens to the footpath on the old bridge",
    ]
    text = "Bridge to close\n\n" + "\n".join(contents) + "\n\n" + "\n\n".join(PROSE)
    assert kept(text) == ["Bridge to close", *contents, *PROSE]


def test_a_menu_printed_twice_above_the_article_goes_even_on_topic():
    menu = ["Council bridge news", "Harbour bridge works", "Council transport plans"]
    head = ["Harbour Council", *menu, "Search", *menu, "Transport", "Bridge to close"]
    out = kept("\n".join(head) + "\n\n" + "\n\n".join(PROSE))
    assert not set(menu) & set(out)
    assert out[-len(PROSE) - 1 :] == ["Bridge to close", *PROSE]


def test_a_header_printed_twice_keeps_the_copy_above_the_article():
    header = ["Transport", "Bridge to close", "By Jane Doe"]
    out = kept("\n\n".join([*header, *header, *PROSE]))
    assert out == [*header, *PROSE]


def test_long_german_paragraph_in_an_english_article_is_foreign():
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos "
        "zu sperren, nachdem Ingenieure vor dem Zustand der Stahlkonstruktion gewarnt hatten."
    )
    result = clean("\n\n".join(["Bridge to close", PROSE[0], german, *PROSE[1:]]))
    dropped = {p.text: p.decision.code for p in result.paragraphs if not p.kept}
    assert dropped == {german: "L101"}


def test_one_long_foreign_paragraph_does_not_outvote_a_short_article():
    # Four English paragraphs; one German paragraph longer than all of them
    # together (an injected block, another article's text).
    german = " ".join([
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu",
        "sperren, nachdem Ingenieure vor dem Zustand der Stahlkonstruktion gewarnt hatten. Autofahrer sollen",
        "während der zwei Jahre dauernden Bauarbeiten über die Ringstraße fahren, die Busse bekommen dort eine",
        "eigene Spur. Die Geschäftsleute in der Nähe der Brücke fürchten, dass ihnen in dieser Zeit die Kundschaft",
        "ausbleibt, und haben den Rat um Hilfe bei den Mieten gebeten. Der Bürgermeister versprach einen",
        "Ausgleich für Betriebe, die einen Rückgang ihres Umsatzes nachweisen können, nannte aber keine Summe.",
        "Die Arbeiten sollen im März beginnen und im Frühjahr in zwei Jahren abgeschlossen sein.",
    ])
    result = clean("\n\n".join(["Bridge to close", *PROSE[:2], german, *PROSE[2:4]]))
    assert result.language == "en"
    assert [p.text for p in result.paragraphs if p.kept] == ["Bridge to close", *PROSE[:4]]


def test_a_repeated_banner_and_caption_do_not_outvote_the_article():
    # An archive's English banner printed twice and an English photo caption
    # under each of twelve photos, around a three-paragraph German article.
    banner = ("Starting in 1996, the archive has been donating its crawl data to the public library. Every day "
              "billions of pages are added to the collection, which anyone may search and read for free.")
    caption = "Paris Haute Couture SS14, Serkan Cura"
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu "
        "sperren, nachdem Ingenieure vor dem Zustand der Stahlkonstruktion gewarnt hatten.",
        "Autofahrer sollen während der zwei Jahre dauernden Bauarbeiten über die Ringstraße fahren, die Busse "
        "bekommen dort eine eigene Spur.",
        "Die Geschäftsleute in der Nähe der Brücke fürchten, dass ihnen in dieser Zeit die Kundschaft ausbleibt, "
        "und haben den Rat um Hilfe bei den Mieten gebeten.",
    ]
    result = clean("\n\n".join([banner, banner, "Brücke wird gesperrt", *german, *[caption] * 12]))
    assert result.language == "de"
    assert [p.text for p in result.paragraphs if p.kept][-len(german):] == german


def test_a_short_german_paragraph_full_of_nouns_is_foreign_but_a_list_of_names_is_not():
    # German capitalises its nouns, so this reads "name-heavy"; its stopwords say it is prose.
    german = ("Die Stadtwerke München melden für Juni einen Rekord: Strom aus Wind und Sonne deckte den Bedarf "
              "der Stadt an Tagen mit Sturm im Juli.")
    names = "Jürgen Müller, Hans Schröder, Günther Weiß, Karl-Heinz Bäcker und Fritz Köhler (Fotos: Stadtarchiv)"
    result = clean("\n\n".join(["Bridge to close", PROSE[0], german, names, *PROSE[1:]]))
    dropped = {p.text: p.decision.code for p in result.paragraphs if not p.kept}
    assert dropped == {german: "L101"}


def test_comment_thread_without_a_header_is_found_by_its_signatures():
    thread = signed("Jane Roe says:", "Sam Poe says:")
    out = kept("\n\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("signatures", [
    ("Mireille12", "Dr_P"),  # handles
    ("Gipfelstürmer_77", "harbour_watcher"),
    ("Sophie59 · ★★★★★", "Jean-Luc R. · ★★★★☆"),  # a review's name and stars
])
def test_a_thread_signed_with_handles_goes_with_its_log_in_prompt(signatures):
    # A button over the prompt ("Réagir", react), where no section header is.
    prompt = ["Réagir", "You must be logged in to comment. Log in or create an account"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *prompt, *signed(*signatures)]))
    assert out == ["Bridge to close", *PROSE]


def test_a_forums_posts_under_their_handles_are_the_page():
    # The page opens with its first post's handle: the thread is the text.
    handles = ["Ahoy_9", "devin76", "theslik1", "Mireille12", "Dr_P"]
    posts = [line for handle, post in zip(handles, [*PROSE[:3], *COMMENTS]) for line in (handle, post)]
    assert kept("\n\n".join(["Bridge to close: your views", *posts])) == ["Bridge to close: your views", *posts]


def test_a_thread_signed_with_names_and_dates_in_figures_goes():
    # (forty-first session: a Slovak blog's "peter_ke 30. 1. 2026 19:05" over each comment)
    names = ["peter_ke 30. 1. 2026 19:05", "Zuzana M. 30. 1. 2026 19:31", "Martin Oravec 30. 1. 2026 20:02"]
    comments = [*COMMENTS, "Fair enough, but nobody asked the people who live on the ring road what they think."]
    thread = [line for name, comment in zip(names, comments) for line in (name, comment)]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE]
    # A byline of the same shape, once, is the article's.
    byline = ["Bridge to close", "Jane Roe 30. 1. 2026 09:15", *PROSE]
    assert kept("\n\n".join(byline)) == byline


def test_one_handle_like_line_or_handles_over_no_prose_are_the_articles():
    # A model's name over a paragraph once; a table's codes, one a line.
    once = ["Bridge to close", *PROSE[:3], "Tram2030", *PROSE[3:]]
    assert kept("\n\n".join(once)) == once
    codes = ["Bridge to close", *PROSE, "A320", "B737", "ATR72"]
    assert kept("\n".join(codes)) == codes


def test_a_quoted_says_colon_in_the_article_is_not_a_signature():
    text = "\n\n".join(["Bridge to close", *PROSE[:3], "The mayor says: no new taxes", PROSE[3], "Her deputy says: wait for the report", *PROSE[4:]])
    assert len(kept(text)) == 9


def test_a_lone_form_field_word_does_not_end_the_article():
    text = "\n\n".join(["Bridge to close", *PROSE[:4], "Name", *PROSE[4:]])
    assert kept(text)[-2:] == PROSE[4:]


def test_copyright_lines_in_any_language_are_footer_but_not_a_sentence_about_copyright():
    footer = ["© 2024 Harbour Gazette", "Copyright 2019-2024 Harbour Gazette GmbH"]
    sentence = "The copyright 1976 act was amended twice, the council's lawyer said."
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], sentence, *PROSE[3:], *footer]))
    assert out == ["Bridge to close", *PROSE[:3], sentence, *PROSE[3:]]


def test_title_above_a_share_bar_stays_and_the_menu_bar_above_it_goes():
    text = "\n\n".join(["News | Politics | Business | Sport", "Bridge to close", "Share", "Facebook", *PROSE])
    assert kept(text) == ["Bridge to close", *PROSE]


def test_turkish_article_is_prose_despite_few_free_standing_stopwords():
    paras = [
        "Karadere Barajı'ndaki doluluk oranının yüzde 18'e gerilemesi üzerine şehirde planlı su kesintileri başlıyor.",
        "Kentin içme suyunun büyük bölümünü karşılayan baraj, son iki yılda yağışların mevsim normallerinin altında kalması nedeniyle hızla boşaldı.",
        "Açıklamaya göre kesintiler gece saatlerinde uygulanacak ve her mahallede haftada iki gece sürecek.",
        "Uzmanlar ise sorunun yalnızca kuraklıktan kaynaklanmadığını, şebekedeki kaçakların da büyük pay taşıdığını söylüyor.",
    ]
    text = "\n\n".join(["Karadere Barajı'nda su seviyesi düştü", "Paylaş", paras[0], paras[1], "Ilgili Haberler", paras[2], paras[3]])
    assert kept(text) == ["Karadere Barajı'nda su seviyesi düştü", *paras]


def test_consent_manager_text_below_the_article_goes():
    banner = ("Necessary cookies are absolutely essential for the website to function properly. This category "
              "only includes cookies that ensure basic functionalities and security features of the website.")
    out = kept("\n\n".join(["Bridge to close", *PROSE, banner]))
    assert out == ["Bridge to close", *PROSE]


def test_german_consent_manager_on_an_english_article_goes():
    banner = ["Datenschutz-Übersicht", "Cookie Dauer Beschreibung",
              "Diese Website verwendet Cookies, um Ihre Erfahrung zu verbessern, während Sie durch die Website navigieren.",
              "Privacy Overview"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *banner]))
    assert out == ["Bridge to close", *PROSE]


def test_a_german_banner_longer_than_a_short_english_article_does_not_make_it_german():
    # The banner outweighs the article; banners do not vote on the article's language.
    banner = [
        "Wir verwenden Cookies, um Ihnen die beste Online-Erfahrung zu bieten. Mit Ihrer Zustimmung akzeptieren Sie "
        "die Verwendung von Cookies gemäß unserer Cookie-Richtlinie, und Sie können Ihre Einwilligung jederzeit in "
        "den Einstellungen widerrufen.",
        "Diese Website verwendet Cookies, um Ihre Erfahrung zu verbessern, während Sie durch die Website navigieren. "
        "Von diesen Cookies werden die nach Bedarf kategorisierten Cookies in Ihrem Browser gespeichert, da sie für "
        "das Funktionieren der Grundfunktionen der Website unerlässlich sind.",
    ]
    result = clean("\n\n".join(["Bridge to close", *PROSE[:2], *banner]))
    assert result.language == "en"
    assert [p.text for p in result.paragraphs if p.kept] == ["Bridge to close", *PROSE[:2]]


RELATED = [
    "Council approves budget for next year",
    "Ferry timetable changes from Monday",
    "New playground opens in the old town",
    "Police appeal for witnesses after crash",
    "School holidays: what is on this week",
    "Weather warning for the coast tonight",
]


def test_a_long_run_of_short_lines_ending_the_page_goes():
    out = kept("\n\n".join(["Bridge to close", *PROSE, *RELATED]))
    assert out == ["Bridge to close", *PROSE]


def test_two_headlines_or_a_few_credits_after_the_article_stay():
    for tail in (
        RELATED[:2],
        ["Ian Lynam", "October 4, 2012", "More: http://example.org/"],
        ["Additional reporting by Jane Doe", "Editing by Sam Poe and Kay Dee", "Graphics by Tom Reed and Ann Lee"],
    ):
        assert kept("\n\n".join(["Bridge to close", *PROSE, *tail])) == ["Bridge to close", *PROSE, *tail]


def test_three_section_links_ending_the_page_go_a_heading_and_its_entries_stay():
    links = ["World", "Science Topics", "Weekend Reads"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *links])) == ["Bridge to close", *PROSE]
    sources = ["Sources:", "City council minutes", "Harbour authority report"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *sources])) == ["Bridge to close", *PROSE, *sources]


def test_three_off_topic_headlines_ending_the_page_go():
    assert kept("\n\n".join(["Bridge to close", *PROSE, *RELATED[:3]])) == ["Bridge to close", *PROSE]


def test_three_headlines_ending_the_page_go_even_on_the_articles_topic_or_cut_short():
    on_topic = ["Harbour bridge closure and the council vote", "Ring road drivers face two years of detours",
                "Shop owners near the harbour bridge ask for help"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *on_topic])) == ["Bridge to close", *PROSE]
    cut_short = ["Council budget row deepens as mayor...", "Ferry fares rise, operator blames…",
                 "Coastal storm warning: ferries cancelled..."]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *cut_short])) == ["Bridge to close", *PROSE]


def test_three_facts_under_the_article_are_not_headlines():
    facts = ["Subject Areas Civil Engineering, Transport", "Grade Levels 9 - 12", "Contact Mary Hale, Harbour Authority"]
    text = ["Bridge to close", *PROSE, *facts]
    assert kept("\n\n".join(text)) == text


def test_a_match_reports_facts_under_headings_of_their_own_stay():
    # The quarters' scores under "Quarters", the line-ups under "Line-ups", then the referees.
    facts = ["### Quarters", "18-20, 33-41, 52-60, 72-72, 84-79 (OT)", "### Line-ups",
             "**Harbour Town (Lane):** Papas 27 (5 threes), Kerr 14, Dunn 9, Bello 8",
             "**Riverside (Hart):** Williams 22, Dimas 17, Okoro 12, Lund 6",
             "Referees: Kalogerakis, Bournas, Tsirigos"]
    tail = ["---", "### League table", "[See the full table](/basket/table)", "**See also**",
            "* [Video: the buzzer beater from every angle](/video/123)"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *facts, *tail, "© 2024 Sports Echo"]))
    assert out == ["Bridge to close", *PROSE, *facts]


def test_a_match_reports_facts_wrapped_by_lynx_stay():
    # (lynx wraps at 74 columns: a line of a team's scorers runs on to the next one.)
    facts = ["   Ashby KC - Kelby NKSE 29-29 (15-15), on penalties 4-3",
             "   Ashby: Miller D. - Sands P. 8, Todd E. 6, Nash R. 5, Bailey K. 4,",
             "   Fletcher A. 3, Vance J. 3. Coach: George Cole",
             "   Kelby: Kiss B. - Horvat L. 11, Pope N. 6, Olah V. 5, Simon Zs. 4, Lake",
             "   F. 3. Coach: Tom Rand",
             "   Suspensions: 6 and 8 minutes. Penalties: 4/3 and 5/4."]
    text = ["Bridge to close", *PROSE, "\n".join(facts)]
    out = kept("\n\n".join([*text, "   [14]Home [15]Sport [16]Contact"]))
    assert out[: len(PROSE) + 1] == text[:-1] and all(f.strip() in "\n".join(out) for f in facts)


def test_four_off_topic_headlines_ending_the_page_go_also_above_a_banner():
    out = kept("\n\n".join(["Bridge to close", *PROSE, *RELATED[:4]]))
    assert out == ["Bridge to close", *PROSE]
    banner = ["We use cookies to improve your experience on our website.", "Accept all"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *RELATED[:4], *banner]))
    assert out == ["Bridge to close", *PROSE]


def test_other_stories_headlines_with_a_kicker_are_not_a_fact_box():
    kicked = ["Reports: Ferry crews told to skip safety drills", "Video: How the old harbour crane was moved",
              "Analysis: Why the council keeps raising fares", "Coastal storm cancels the weekend regatta"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *kicked])) == ["Bridge to close", *PROSE]
    # One caption repeated under each photo of a gallery is the article's own.
    gallery = ["Bridge to close", *PROSE, *["Mary Hale: The Harbour Bridge at dawn"] * 4]
    assert kept("\n\n".join(gallery)) == gallery


def test_the_articles_own_list_at_the_end_stays():
    stops = ["Harbour Street", "Market Square", "Old Town Hall", "Station Road", "Riverside Park", "North Quay"]
    introduced = ["Bridge to close", *PROSE, "The replacement buses will stop at:", *stops]
    assert kept("\n\n".join(introduced)) == introduced
    numbered = ["Bridge to close", *PROSE, *[f"{n}. {s}" for n, s in enumerate(stops, 1)]]
    assert kept("\n\n".join(numbered)) == numbered
    verse = ["Old bridge of iron,", "you carried us home,", "through fog and through rain,", "now rest;",
             "the river runs on,", "the gulls keep their watch,"]
    poem = ["Bridge to close", *PROSE, *verse]
    assert kept("\n\n".join(poem)) == poem
    facts = ["The bridge", "Opened: 1911", "Length: 212 m", "Lanes: 4", "Cars a day: 31,000", "Architect: Mary Hale",
             "Last repaired: 1987"]
    fact_box = ["Bridge to close", *PROSE, *facts]
    assert kept("\n\n".join(fact_box)) == fact_box


@pytest.mark.parametrize("own_lines", [
    # a table's rows (numbers are most of their words)
    ["Crossings a day", "Cars 31,000 24,500 -21%", "Buses 1,200 1,150 -4%", "Bicycles 4,800 6,100 +27%",
     "Walkers 9,000 9,400 +4%"],
    # a list of sources
    ["Sources", "https://example.org/council/minutes-2012-03.pdf", "https://example.org/engineering/report.pdf",
     "https://example.com/news/bridge-history", "www.example.net/ferry-timetable"],
    # steps with a note before the colon
    ["Step 1 (close the deck): cars", "Step 2 (close the path): walkers", "Step 3 (lift the frame): all",
     "Step 4 (rebuild): none"],
    # a letter's signature
    ["Yours sincerely", "Mary Hale", "Chief Engineer, Harbour Authority", "Copied to: the Mayor, the Council"],
    # a Chinese page's credits
    ["原标题：旧桥明年春天起禁止汽车通行", "出品︱城市新闻栏目组", "作者︱王丽", "[责任编辑:张伟]"],
])
def test_the_articles_own_short_lines_at_the_end_stay_even_above_a_banner(own_lines):
    text = ["Bridge to close", *PROSE, *own_lines]
    assert kept("\n\n".join(text)) == text
    banner = ["We use cookies to improve your experience on our website.", "Accept all"]
    assert kept("\n\n".join([*text, *banner])) == text


def test_a_breadcrumb_above_the_article_goes_even_when_it_names_its_topic():
    text = "\n\n".join(["Skip to content", "Council > Bridges", "Share", "Facebook", "Bridge to close", *PROSE])
    assert kept(text) == ["Bridge to close", *PROSE]
    subtitle = "Bridge to close > a reader's guide to the detours"  # long parts: not a breadcrumb
    assert kept("\n\n".join([subtitle, *PROSE]))[0] == subtitle


def test_related_headlines_after_read_more_go_even_on_the_articles_topic():
    related = ["Read more", "Harbour bridge closure: what drivers need to know", "Council to publish new bridge design"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *related])) == ["Bridge to close", *PROSE]


# Teasers for other stories, each with a sentence of prose: enough to carry
# the core on past the article's end.
OTHER_STORIES = [
    "Ferry fares rise: the operator blames the price of fuel and says season tickets will cost a tenth more from May onwards.",
    "Zoo welcomes twin lion cubs, born last week, who will be shown to visitors at the start of the summer holidays this year.",
    "Marathon route changed: runners will cross the river twice this year, and several streets in the old town will close early.",
    "Library hours extended: the central library will open on Sundays from next month, the city announced in a statement today.",
]


def test_off_topic_prose_below_a_share_bar_and_heading_is_not_the_article():
    page = ["Bridge to close", *PROSE, "Share", "Facebook", "Twitter", "Related articles", *OTHER_STORIES]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_the_article_goes_on_below_a_share_bar():
    # A share bar (or an ad) may sit inside an article: it is no section
    # heading, so the paragraphs below it stay even with few shared words.
    page = ["Bridge to close", *PROSE[:3], "Share", "Facebook", "Twitter", "Email", *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_an_inline_read_also_link_does_not_end_the_article():
    # One or two lines between paragraphs, and the prose below them is the
    # article's, even if its own words differ (a short last paragraph).
    last = "Residents can send their views on the plans to the town hall until the end of March."
    for inline in (["Read also:", "Ferry fares rise from May"], ["Related articles", "Ferry fares rise from May"]):
        page = ["Bridge to close", *PROSE[:3], *inline, last]
        assert kept("\n\n".join(page))[-1] == last, inline


def test_a_title_under_a_menu_and_banner_stays_when_a_standfirst_follows_it():
    head = ["Skip to content", "Home | Council | Transport", "Accept all", "Reject all", "Harbour bridge to close"]
    standfirst = "The old harbour bridge will close to cars next spring, the council has decided."
    out = kept("\n\n".join([*head, standfirst, "Share", "Facebook", *PROSE]))
    assert out[0] == "Harbour bridge to close"


def test_blog_platform_furniture_goes():
    head = ["Skip to main | Skip to sidebar", "Bridge to close"]
    tail = ["Email This BlogThis! Share to Twitter Share to Facebook", "Subscribe to: Post Comments (Atom)",
            "Search This Blog", "Blog Archive", "Powered by Blogger."]
    assert kept("\n\n".join([*head, *PROSE, *tail])) == ["Bridge to close", *PROSE]


def test_a_recent_comments_widget_above_the_article_does_not_swallow_it():
    # A left sidebar comes first in the page's text: its "Recent Comments"
    # lists other posts' comments; it is not this article's thread.
    about = [
        "This blog follows the city's transport projects, from the first council vote to the day a road reopens.",
        "It is written by two former engineers who have lived in the harbour district for more than thirty years.",
        "Tips and corrections are welcome: write to us and we will reply to every message within a few days.",
    ]
    sidebar = ["About this blog", *about, "Recent Comments", "Jane Roe on Ferry timetable changes",
               "John Doe on Parking fees"]
    out = kept("\n\n".join([*sidebar, "Bridge to close", *PROSE]))
    assert out[-7:] == ["Bridge to close", *PROSE]
    assert "Recent Comments" not in out


def test_archive_and_category_widgets_with_counts_go():
    widget = ["► 2012 (41)", "▼ November (3)", "October (12)"]  # three lines, no heading: the counts say it
    assert kept("\n\n".join(["Bridge to close", *PROSE, *widget])) == ["Bridge to close", *PROSE]
    # Two such lines are enough where they end the text; above the end they may be the article's.
    assert kept("\n\n".join(["Bridge to close", *PROSE, *widget[1:]])) == ["Bridge to close", *PROSE]
    inside = ["Bridge to close", *PROSE[:3], *widget[1:], *PROSE[3:]]
    assert kept("\n\n".join(inside)) == inside


def test_a_list_of_works_with_their_years_stays():
    films = ["The bridge scenes were shot for three films:", "Harbour Lights (1961)", "The Last Ferry (1974)",
             "North Quay (1998)"]
    text = ["Bridge to close", *PROSE, *films]
    assert kept("\n\n".join(text)) == text


COOKIE_STORY = [
    "Regulators told website owners on Tuesday that continuing to use a website is not giving consent to its cookie policy.",
    "A visitor must agree to cookies before they are used, the regulator said, and a website may not read consent into a visit.",
    "Publishers said visitors click away cookie banners without reading them, and that asking every visitor again would cost them readers.",
    "The regulator said it would check the cookie policy of the largest websites in the spring and fine owners that track without consent.",
]


def test_a_story_quoting_one_banner_phrase_keeps_it_but_a_banner_inside_it_goes():
    quote = ("Many websites still greet a visitor with the line we use cookies and a button, which the regulator "
             "said does not ask for consent to tracking.")
    banner = ("This website uses cookies. By continuing to use this website you are giving consent to cookies "
              "being used. Visit our cookie policy. I agree")
    text = ["Cookie banners", *COOKIE_STORY[:2], quote, banner, *COOKIE_STORY[2:]]
    out = kept("\n\n".join(text))
    assert quote in out
    assert banner not in out
    assert out[-2:] == COOKIE_STORY[2:]


def test_a_ticker_of_time_stamped_headlines_outside_the_article_goes():
    ticker = ["3 hrs ago Harbour city opens its new ferry terminal to the public",
              "5 hrs ago Mayor names a new head of the transport department",
              "1 day ago Football club sells its ground to a housing developer"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *ticker])) == ["Bridge to close", *PROSE]


def test_a_river_of_tagged_time_stamped_headlines_does_not_take_the_core_from_a_short_article():
    # Long enough to read as prose, and longer than the article: without the
    # ticker rule they would be the core and the article would go.
    river = [f"{tag} {h}:{m} PM 0 {headline}" for tag, h, m, headline in [
        ("harbour news", 4, "30", "Ferry company orders two new electric boats for the crossing to the islands"),
        ("city hall", 4, "05", "Mayor names the new head of the transport department after a long search"),
        ("sport", 3, "40", "Football club sells its ground to a housing developer and moves out of town"),
        ("weather", 3, "15", "Storm warning for the coast tonight as winds of ninety kilometres an hour expected"),
        ("schools", 2, "50", "New timetable for the summer term will start later in the morning for pupils"),
        ("culture", 2, "20", "Museum reopens its maritime wing with a model of the old harbour bridge"),
    ]]
    text = "\n\n".join(["Bridge to close", *PROSE[:2], "Latest stories", *river])
    assert kept(text) == ["Bridge to close", *PROSE[:2]]


RUN_ON_HEADLINES = (
    "Ten Autumn Walks to Take Before the Clocks Go Back How to Paint a Garden Fence in a Weekend The Best "
    "Harbour Restaurants for a Rainy Day Why the Old Lighthouse Is Worth the Climb Five Easy Soups for a Cold "
    "Evening What to Pack for a Week on the Islands How the Ferry Timetable Changes in Winter Our Favourite "
    "Bakeries in the Old Town This Week's Best Concerts and Plays in the City"
)


def test_headlines_run_together_into_one_long_line_are_not_prose():
    # Stopwords aplenty, but nearly every word capitalised: a teaser box
    # flattened into one line, longer than the short article above it.
    menu = "\n".join(f"Section {name}" for name in "ABCDEFGHIJKLMNOPQRST")
    text = "\n\n".join([menu, "Bridge to close", *PROSE[:2], "You might also like", RUN_ON_HEADLINES])
    assert kept(text) == ["Bridge to close", *PROSE[:2]]


def test_german_prose_with_its_capitalised_nouns_is_still_prose():
    from newsclean.linefeatures import _features

    german = ("Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos "
              "zu sperren, nachdem Ingenieure vor dem Zustand der Stahlkonstruktion gewarnt hatten und die "
              "Stadtwerke eine Umleitung über die Ringstraße vorgeschlagen haben.")
    assert not _features(german, "de").headline_case
    assert _features(RUN_ON_HEADLINES, "en").headline_case


def test_a_short_dated_list_of_the_articles_own_stays():
    # Two dated lines are not a ticker; neither is a live blog inside the article.
    dates = ["March 3: the council meets the engineers", "March 9: the vote on the closure"]
    live = [f"10:{m:02d} AM - {line}" for m, line in zip((5, 20, 45), PROSE[:3])]
    text = ["Bridge to close", *PROSE[3:], *dates]
    assert kept("\n\n".join(text)) == text
    assert kept("\n\n".join(["Bridge to close", *live, *PROSE[3:]])) == ["Bridge to close", *live, *PROSE[3:]]


def test_an_inline_teaser_on_the_articles_topic_goes():
    teaser = "Read more: Harbour bridge closure means the council must now find money for the new crossing"
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], teaser, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_sentence_quoting_a_teaser_phrase_stays():
    quoted = ("The council's notice about the harbour bridge closure ends with read more: the engineers "
              "warned that the frame had corroded and the deck needs work.")
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], quoted, *PROSE[3:]]))
    assert quoted in out


def test_everything_below_a_related_heading_under_the_article_goes():
    # Headlines, dates and a teaser sentence: the sentence breaks the run of
    # short lines and is on the topic, so only the heading tells that it
    # belongs to the teasers.
    teasers = [
        "Ferry timetable to change in May", "12 May 2024", "Council approves new cycle lanes", "3 May 2024",
        "Drivers face delays while the harbour bridge is closed, the council said.",
        "Parking fees to rise",
        "28 April 2024",
    ]
    out = kept("\n\n".join(["Bridge to close", *PROSE, "Related articles", *teasers]))
    assert out == ["Bridge to close", *PROSE]


def test_a_related_box_inside_the_article_does_not_end_it():
    box = ["Related articles", "Ferry timetable to change in May"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *box, *PROSE[3:]]))
    assert all(p in out for p in PROSE)


def test_a_newsletter_or_footer_heading_below_the_article_opens_the_rest_of_the_page():
    rest = ["Newsletter", "Drivers face delays while the harbour bridge is closed, the council said.", "Impressum"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *rest])) == ["Bridge to close", *PROSE]


def test_a_share_bar_before_the_articles_last_short_lines_does_not_end_it():
    last = "Drivers face delays while the harbour bridge is closed, the council said."
    out = kept("\n\n".join(["Bridge to close", *PROSE, "Tweet", "Facebook", last]))
    assert out[-1] == last


# Other stories with a sentence each: more prose, in all, than a short article.
TEASERS = [
    "Ferry fares to rise: the operator blames fuel costs and says season tickets will cost a tenth more from May.",
    "New school opens in the north district after two years of building work and a long dispute over the site.",
    "Library hours extended: the central library will open on Sundays from next month, the city announced today.",
    "Marathon route changed: runners will cross the river twice this year, and several streets will close early.",
    "Zoo welcomes twin lions: the cubs were born last week and will be shown to visitors at the start of summer.",
    "Market square fountain restored after fifty years, with a ceremony planned for the first weekend in June.",
]


def test_a_short_article_under_its_headline_survives_a_longer_list_of_teasers_below():
    # The page's title line names the headline; the teasers below hold more
    # prose than the two-paragraph article, so the article must be anchored.
    sidebar = [line for t in TEASERS for line in ("Latest", t)]
    bar = ["Share", "Facebook", "Twitter", "Email", "Print", "Reddit", "Tumblr", "Pinterest"]
    page = ["Bridge to close - The Gazette", "Home | News | Sport", "Bridge to close", *PROSE[:2], *bar, *sidebar]
    out = kept("\n\n".join(page))
    assert out[:3] == ["Bridge to close", *PROSE[:2]]
    # Cleaning the output again (no title line now) keeps the same.
    assert clean(clean("\n\n".join(page)).text).text == clean("\n\n".join(page)).text


def test_an_about_box_far_below_a_long_sidebar_is_not_the_article_going_on():
    # The most prose on the page is the site's "About" box at the bottom;
    # between it and the short article under the headline lie forty links,
    # which cost more than the box adds.
    links = [f"{topic} photography" for topic in (
        "Street", "Portrait", "Wedding", "Landscape", "Wildlife", "Night", "Travel", "Food", "Sports", "Fashion",
        "Macro", "Aerial", "Film", "Studio", "Still life", "Architecture", "Concert", "Underwater", "Drone", "Event")]
    about = [
        "The Photo Almanac is a resource for photographers from novice to advanced, with tutorials, reviews and inspiration published every single week of the year by a team of working photographers.",
        "Do you have a technique or a tip you would like to share with our readers? We would love to hear about it, so please get in touch with our editors and tell us what you have in mind.",
        "Our writers live in a dozen countries and shoot everything from weddings to wildlife, and every one of them answers the questions readers send in about the gear and the craft.",
    ]
    page = ["Bridge to close | The Gazette", "Home | News | Sport", "Bridge to close", *PROSE[:2],
            "Topics", *links, *links[:10], "Recent Articles", *links[10:], "About", *about]
    out = kept("\n\n".join(page))
    assert out[:3] == ["Bridge to close", *PROSE[:2]]
    assert not set(about) & set(out)


# A drop-down menu written out with a blurb under each item: prose enough to
# join the article's core, but above the headline the title line names.
MENU_WITH_BLURBS = [
    "Consulting",
    "Book an hour with our editors: we look at your plans, your budget and your timetable, and we tell you plainly what we would change first and why it matters.",
    "Podcast",
    "Blog",
    "Books",
    "Our guide to running a small town newspaper is out now, with chapters on printing, advertising, distribution and the many ways a newsroom can run out of money.",
]


def test_prose_above_the_headline_the_title_line_names_is_the_pages_header():
    page = ["Bridge to close | The Gazette", *MENU_WITH_BLURBS, "Bridge to close", "By Ann Lee", *PROSE[:3]]
    out = kept("\n\n".join(page))
    assert out == ["Bridge to close", "By Ann Lee", *PROSE[:3]]
    assert clean(clean("\n\n".join(page)).text).text == clean("\n\n".join(page)).text


def test_a_title_line_match_with_no_prose_under_it_does_not_cut_the_article():
    # The title line's longest part is the site's name, and the page ends
    # with the site's address: that line does not open an article.
    address = ["Harbour Gazette Media Group", "12 Quay Street", "Portside", "Phone: 0123 456 789", "Email: desk@example.org",
               "Opening hours: Monday to Friday", "Editor: Ann Lee", "Deputy: Tom Hill", "Sport desk: Sam Cole"]
    page = ["News | Harbour Gazette Media Group", "Bridge to close", *PROSE, *address, PROSE[5].replace("old", "new")]
    out = kept("\n\n".join(page))
    assert out[:7] == ["Bridge to close", *PROSE]


def test_a_headline_repeated_in_a_list_of_recent_stories_does_not_cut_the_article():
    # The article's own headline went as a near-duplicate of the share line
    # under it; the copy the title line matches is in the list further down.
    headline = "Council votes to close the old harbour bridge to cars next spring"
    recent = ["Recent stories", "Ferry fares to rise in May", headline, "Zoo welcomes twin lions"]
    page = [f"{headline} | The Gazette", headline, f"{headline} http://gazette.example/bridge",
            *PROSE[:4], *recent, *PROSE[4:]]
    out = kept("\n\n".join(page))
    assert PROSE[0] in out and PROSE[3] in out


SIGN_UP_FORM = ["Enter your email address", "Sign up"]
# The article going on below a form, in its own words (the bridge, the council).
MORE_ON_THE_BRIDGE = [
    "The council said the old harbour bridge would stay open to cyclists and to buses until the closure begins.",
    "Engineers will inspect the frame of the harbour bridge again in the summer, the council said.",
]


def test_a_sign_up_forms_heading_and_pitch_go_with_it_but_the_next_subheading_stays():
    heading, pitch = "The Harbour Weekly", "All the week's news from the waterfront, every Friday."
    subheading = "What happens next"
    page = ["Bridge to close", *PROSE[:3], heading, pitch, *SIGN_UP_FORM, subheading, *MORE_ON_THE_BRIDGE]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:3], subheading, *MORE_ON_THE_BRIDGE]


def test_the_last_rows_of_a_table_right_over_a_sign_up_form_stay():
    table = ["Shift\tSleep a day\tSleep efficiency", "Days only\t6 h 52 min\t89%",
             "Rotating\t6 h 11 min\t84%", "Nights mostly\t5 h 24 min\t78%"]
    page = ["Bridge to close", *PROSE[:3], "\n".join([*table, *SIGN_UP_FORM]), *MORE_ON_THE_BRIDGE]
    out = kept("\n\n".join(page))
    assert table == [line for line in out if line in table]


def test_a_list_between_two_far_apart_sign_up_lines_is_not_a_form():
    listing = ["Bridge closure dates:", "Harbour bridge – March 3", "Harbour bridge footpath – April 10",
               "Ring road bus lane – April 12", "Harbour bridge deck works – May 1", "New bridge design – June 2"]
    page = ["Bridge to close", *PROSE[:3], "Subscribe", *listing, "Sign in", *MORE_ON_THE_BRIDGE]
    out = kept("\n\n".join(page))
    assert listing[2:-1] == [line for line in out if line in listing[2:-1]]


def test_prose_between_a_consent_banners_heading_and_buttons_is_the_banners():
    # No phrase of the lexicon in it: its place between the banner's heading
    # and buttons says what it is.
    banner_text = ("Together with 143 vendors we keep data on this device to count visitors and to choose the "
                   "adverts and stories you see; you can change this below whenever you like.")
    page = ["We value your privacy", banner_text, "Accept all", "Reject all", "Bridge to close", *PROSE]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_many_section_breaks_in_the_core_cost_linear_work(monkeypatch):
    # Each examined break reads the whole tail; a page made of hundreds of
    # breaks must not be read once per break.
    import newsclean.core as core

    calls = 0
    real = core.content_stems

    def counting(text, lang, *args):
        nonlocal calls
        calls += 1
        return real(text, lang, *args)

    monkeypatch.setattr(core, "content_stems", counting)
    n = 400
    page = []
    for k in range(n):
        page += [PROSE[k % len(PROSE)].replace("council", f"council {k}"), "Related posts", "Share", "Tags: harbour"]
    clean("\n\n".join(page))
    assert calls < (core.MAX_BREAKS_EXAMINED + 4) * n * 2


def test_an_article_under_a_sidebar_of_one_line_items_is_not_cut_off():
    # A left sidebar comes first in the page's text: a list of one-sentence
    # items, section headings, then the article, on another topic and in
    # paragraphs several times longer. The break does not end the core there.
    sidebar = [
        "1. Sometimes the best management is no management at all, so a good boss first does no harm.",
        "2. Indifference is as important as passion when a good boss decides which fights are worth it.",
        "3. Saying smart things matters, but a good boss learns to listen to other people at work first.",
        "4. You get what you expect from people at work, and a boss who expects selfishness gets it.",
        "5. Avoid pompous jerks at work whenever you can, because they make every team around them worse.",
        "6. Anyone at work can learn to be creative; it takes a lot of practice and a little courage too.",
        "7. Whenever people at work agree with me, I feel that I must be wrong about something important.",
        "8. The world of work would be better if people slept more and a good boss allowed short naps.",
        "9. Strive for simplicity and competence at work, and embrace the confusion and mess along the way.",
        "10. A good boss protects the team from the people above who would waste its time with meetings.",
    ]
    article = [PROSE[0] + " " + PROSE[1], PROSE[2] + " " + PROSE[3], PROSE[4] + " " + PROSE[5]]
    page = [*sidebar, "Recent posts", "Archives", "Categories", "Bridge to close", *article]
    out = kept("\n\n".join(page))
    assert out[-len(article):] == article


@pytest.mark.parametrize(
    "footer",
    [
        "This entry was posted in Harbour News and tagged bridge, council. Bookmark the permalink.",
        "This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.",
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.",
        "Ten wpis został opublikowany w kategorii Miasto. Dodaj zakładkę do bezpośredniego odnośnika.",
    ],
)
def test_a_blog_posts_filed_under_footer_goes(footer):
    # A sentence long enough to pass for prose, but blog software's own.
    assert kept("\n\n".join(["Bridge to close", *PROSE, footer])) == ["Bridge to close", *PROSE]


GERMAN_PROSE = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu sperren, nachdem Ingenieure vor Rost am Tragwerk gewarnt hatten.",
    "Autofahrer werden über die Ringstraße umgeleitet, und die Busse behalten während der zwei Jahre dauernden Arbeiten eine eigene Spur, sagte die Verwaltung.",
]


def test_server_warnings_printed_into_a_german_page_go_and_do_not_make_it_english():
    warnings = [
        f"{kind}: Declaration of Walker_Page::start_lvl() should be compatible with Walker::start_lvl($output) "
        f"in /www/htdocs/w00/wp-includes/classes.php on line {line}"
        for kind, line in [("Strict Standards", 1199), ("Deprecated", 1200), ("Warning", 1201), ("Notice", 1202)]
    ]
    page = [*warnings, "Brücke wird gesperrt", *GERMAN_PROSE, *warnings]
    result = clean("\n\n".join(page))
    assert result.language == "de"
    assert [p.text for p in result.paragraphs if p.kept] == ["Brücke wird gesperrt", *GERMAN_PROSE]
    # On an English page they are no foreign text, and go as what they are.
    english = clean("\n\n".join([warnings[0], "Bridge to close", *PROSE[:2]]))
    assert [p.decision.code for p in english.paragraphs] == ["B124", "K002", "K001", "K001"]


def test_an_encoded_blob_goes_but_unspaced_chinese_prose_and_long_addresses_stay():
    import base64

    blob = base64.b64encode(("<div class='embed'>" * 40).encode()).decode()
    url = "https://example.org/" + "harbour-bridge-closure-" * 12
    chinese = "马素湘表示，出国读研之前，我在国内学习法学，因此对相关的问题比较感兴趣。" * 6
    page = ["Bridge to close", *PROSE[:2], blob, url, PROSE[2]]
    result = clean("\n\n".join(page))
    assert [p.decision.code for p in result.paragraphs if p.text == blob] == ["B123"]
    assert url in result.text
    assert "B123" not in {p.decision.code for p in clean("\n\n".join(["两会", chinese])).paragraphs}


AD_MARKUP = [
    '<a href="http://ads.example.com/click?cb=761908" > <img src="http://ads.example.com/ai?auid=23492" border="0" alt="">',
    '<img src="//pixel.example.com/c.gif?udc=true&amp;rid=09bc8b7b" width="1" height="1" />',
    "<br>",
]


def test_html_left_in_the_text_goes_as_no_text():
    page = ["Bridge to close", AD_MARKUP[1], *PROSE[:3], AD_MARKUP[0], *PROSE[3:], AD_MARKUP[2]]
    result = clean("\n\n".join(page))
    assert [p.decision.code for p in result.paragraphs if p.text in AD_MARKUP] == ["B123"] * 3
    assert [p.text for p in result.paragraphs if p.kept] == ["Bridge to close", *PROSE]


def test_a_tutorial_keeps_the_markup_it_talks_about_and_prose_naming_a_tag_stays():
    tutorial = [
        "Measuring test coverage in the browser",
        "Our front-end tests run in the browser with mocha, and for a long time nobody knew which parts of the code they never touched.",
        "Loading the coverage tool takes one script tag in the test page: its src points at the vendor copy of blanket, and a data attribute names the mocha adapter.",
        '<script src="vendor/blanket.js" data-cover-adapter="vendor/mocha-blanket.js"></script>',
        "After that, every test run prints a report under the results, with the lines that no test reached marked in red.",
        "Use the <b>bold</b> tag sparingly: a report where every other word is bold is harder to read than one with none.",
    ]
    assert kept("\n\n".join(tutorial)) == tutorial


OTHER_HEADLINES = [
    "Council approves budget for next year after long debate",
    "Ferry timetable changes from Monday for winter season",
    "New playground opens in the old town next to the library",
    "Police appeal for witnesses after crash on the ring road",
    "School holidays: what is on this week for families",
    "Weather warning for the coast tonight as storm nears",
    "Local choir wins national contest for the second time",
    "Market traders protest against higher stall fees",
    "Hospital opens new wing for children and young adults",
    "Football club signs striker from league rivals",
    "Library extends opening hours during exam season",
    "Museum shows lost paintings of harbour life",
]


def test_a_long_list_of_other_headlines_above_the_article_goes_however_long_its_lines():
    # (The three lines right above the prose are its title block.)
    head = ["Bridge to close", "By Jane Roe", "March 3, 2024"]
    out = kept("\n\n".join([*OTHER_HEADLINES, *head, *PROSE]))
    assert out == [*head, *PROSE]


@pytest.mark.parametrize("own_list", [
    # a changelog (lines longer than menu items: the menu rule has its own test)
    [f"+ Added {thing} on the north side" for thing in ["a cycle lane", "a footpath", "new lights", "a bus stop",
                                                         "benches", "a viewing deck", "railings", "a lift", "ramps",
                                                         "signs", "cameras", "a kiosk"]],
    # credits
    [f"{role}: {name} of Harbour Works" for role, name in [
        ("Engineer", "Mary Hale"), ("Architect", "Tom Reed"), ("Photographer", "Ann Lee"), ("Editor", "Sam Poe"),
        ("Designer", "Jo Kim"), ("Producer", "Lee Roy"), ("Writer", "Kay Dee"), ("Researcher", "Al Bo"),
        ("Reporter", "Di Fo"), ("Director", "Ed Gu"), ("Assistant", "Ivy Ho"), ("Consultant", "Ned Yu")]],
])
def test_the_articles_own_long_list_above_its_prose_stays(own_list):
    text = ["Bridge to close", *own_list, *PROSE]
    assert kept("\n\n".join(text)) == text


def test_a_newsletters_name_goes_but_a_subheading_about_newsletters_stays():
    for heading in ("Harbour Times Newsletter", "GET THE HARBOUR TIMES NEWSLETTER", "Sign Up for Our Newsletters"):
        assert kept("\n\n".join(["Bridge to close", *PROSE[:3], heading, *PROSE[3:]])) == ["Bridge to close", *PROSE]
    subheading = "Why the council still trusts the newsletter"
    text = ["Bridge to close", *PROSE[:3], subheading, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_heading_over_a_sites_other_stories_goes_but_a_subheading_about_more_stays():
    others = ["Ferry fares to rise again", "Council budget row deepens", "Zoo welcomes twin lions"]
    for heading in ("Also on The Gazette:", "More from Harbour News", "More in Local »", "Mehr aus Hamburg:",
                    "Aktuelles aus dem Hafenamt", "Más noticias de Colombia", "Más en Opinión ›"):
        assert kept("\n\n".join(["Bridge to close", *PROSE, heading, *others])) == ["Bridge to close", *PROSE]
    subheading = "More on the ferries"  # no name: a subheading of the article
    text = ["Bridge to close", *PROSE[:3], subheading, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_links_to_the_previous_and_next_post_go():
    links = ["← Ferry fares rise again", "Council budget row deepens →"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *links])) == ["Bridge to close", *PROSE]
    both = "← Ferry fares rise again Council budget row deepens →"
    assert kept("\n\n".join(["Bridge to close", *PROSE[:3], both, *PROSE[3:]])) == ["Bridge to close", *PROSE]
    named = [
        "Previous Post Ferry fares rise again",
        "Nächster Beitrag Stadtrat streitet über den Haushalt",
        "Pingback: Ferry fares rise again « The Harbour Blog",  # another blog's link, in the thread
    ]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *named])) == ["Bridge to close", *PROSE]
    prose = "Previous post-war plans for the bridge were dropped in 1952, when the money ran out."
    assert kept("\n\n".join(["Bridge to close", *PROSE[:3], prose, *PROSE[3:]]))[4] == prose
    arrow_inside = "Tolls will rise from £2 → £3 for cars, the council said, and stay the same for buses."
    text = ["Bridge to close", *PROSE, arrow_inside]
    assert kept("\n\n".join(text)) == text


def test_links_to_the_previous_and_next_post_in_chinese_and_japanese_go():
    # The head and a full-width colon, no space: "前の記事：…", "上一篇：…".
    for line in ("« 前の記事：伊予灘の海辺さんぽ 次の記事：雪の白川郷、ライトアップの夜に »", "上一篇：北京地铁新线开通"):
        assert _features(line, "ja").category == "nav"
    assert _features("記事：新しい橋の計画", "ja").category is None  # ("article:", no head of a link)


def test_a_galleries_page_numbers_go_but_not_numbers_of_the_article():
    pager = ["<", *map(str, range(1, 9)), ">"]
    text = ["Bridge to close", *PROSE[:2], *pager, *PROSE[2:]]
    out = kept("\n\n".join(text))
    assert not any(line.isdigit() for line in out) and all(p in out for p in PROSE)
    # Numbered steps, a number over each; and two numbers in a row: the article's own.
    steps = ["1", "Close the deck to cars.", "2", "Lift the old frame out.", "3", "Rebuild the piers."]
    text = ["Bridge to close", *PROSE[:2], *steps, "4", "5", *PROSE[2:]]
    assert kept("\n\n".join(text)) == text


@pytest.mark.parametrize("pager", [
    ["Page 1 2 3 Suivante ›"], ["Halaman: 1 2 3 Selanjutnya"], ["« Zurück 1 2 Weiter »"], ["Halaman:", "1", "2"],
    # A live blog's, with the page's place among the pages (forty-sixth session).
    ["Latest Newer 1 of 2 Older Oldest"], ["Seite 2 von 5 Weiter"],
])
def test_a_pager_on_one_line_or_under_its_label_goes(pager):
    text = ["Bridge to close", *PROSE, *pager, "Tags: harbour, bridge"]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line", ["Inning 1 2 3 4 5 6 7 8 9", "Pages 1 3 5 of the report",
                                  "Latest 1 of 2 mayors", "Next 5 of 3"])
def test_numbers_with_other_words_are_no_pager(line):
    text = ["Bridge to close", *PROSE[:3], line, *PROSE[3:]]
    assert line in kept("\n\n".join(text))


def test_other_stories_listed_under_a_related_heading_inside_the_article_go():
    teasers = ["Ferry timetable changes from Monday", "New playground opens in the old town"]
    text = ["Bridge to close", *PROSE[:2], "Related stories", *teasers, *PROSE[2:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]
    # Written as one block, the list ends with its block: a subheading may follow.
    text = ["Bridge to close", *PROSE[:2], "\n".join(["Related stories", *teasers]), "What the shops say", *PROSE[2:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:2], "What the shops say", *PROSE[2:]]


def test_a_question_headline_closing_a_related_list_inside_the_article_goes():
    # Another story's headline put as a question reads as a line of prose.
    box = ["Read also", "Ferry timetable changes from Monday",
           "Will the new night buses work for the villages on the coast road?"]
    page = ["Bridge to close", *PROSE[:3], *box, *PROSE[3:]]
    assert kept("\n".join(page)) == ["Bridge to close", *PROSE]
    # An article that heads its sections with questions asks its next one there.
    question = "What will the closure cost the shops on the quay every week?"
    page = ["Bridge to close", PROSE[0], question, *PROSE[1:3], *box[:2], box[2], *PROSE[3:]]
    out = kept("\n".join(page))
    assert question in out and box[2] in out and box[1] not in out


def test_one_line_under_a_related_heading_that_speaks_of_the_prose_below_is_its_subheading():
    # (Under an empty related box. One that does not is the box's one headline: see
    # test_one_headline_under_a_related_label_inside_the_article_goes.)
    subheading = "Shop owners ask the council for help"
    text = ["Bridge to close", *PROSE[:2], "Related", subheading, *PROSE[2:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:2], subheading, *PROSE[2:]]


def test_a_quoted_or_spoken_label_is_a_line_of_dialogue():
    # An interview written as dialogue: "Ok." and "Next." are answers, not buttons.
    dialogue = ["– „Ich weiß, ich sollte das vielleicht nicht sagen.“", "– „Dann sag es nicht.“", "– „Ok.“",
                '"What happens to the ferry?"', '"Next."']
    text = ["Bridge to close", *PROSE[:2], *dialogue, *PROSE[2:]]
    assert kept("\n\n".join(text)) == text
    # The same words as buttons go.
    banner = ["We use cookies to improve your experience on our website.", "Ok", "Next"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *banner])) == ["Bridge to close", *PROSE]


def test_an_archive_widget_on_one_line_goes_prose_citing_clauses_stays():
    archive = "Archives November 2012 (16) October 2012 (50) September 2012 (53) August 2012 (51) July 2012 (9)"
    clauses = ("Under article 7 (1), (2), (3) and (4) of the harbour act, the council may close a crossing to "
               "cars when its engineers judge the frame unsafe, and it must publish their report within a month.")
    out = kept("\n\n".join(["Bridge to close", *PROSE, clauses, archive]))
    assert out == ["Bridge to close", *PROSE, clauses]


def test_byline_and_date_over_a_share_bar_stay_without_a_title_line():
    head = ["Bridge to close", "By Jane Doe", "March 12, 2025", "Share", "Facebook", "WhatsApp"]
    out = kept("\n".join(head[:1]) + "\n\n" + "\n".join(head[1:3]) + "\n\n" + "\n".join(head[3:]) + "\n\n"
               + "\n\n".join(PROSE))
    assert out == ["Bridge to close", "By Jane Doe", "March 12, 2025", *PROSE]


def test_a_short_last_paragraph_after_an_inline_teaser_stays():
    last = "Work on the new access road starts next year."
    text = "\n\n".join(["Bridge to close", *PROSE[:3], "Read also: Ferry fares to rise in spring", last])
    assert kept(text) == ["Bridge to close", *PROSE[:3], last]


def test_other_stories_headlines_under_the_share_bar_go_when_comments_follow():
    share_bar = ["Share", "Tweet", "Email"]
    headlines = RELATED[:4]
    text = ["Bridge to close", *PROSE, *share_bar, *headlines, *COMMENTS]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE, *COMMENTS]
    # The article's own schedule under the bar, each line with its year, stays.
    schedule = ["March 3rd, 2025: Lane closures on the ring road begin",
                "May 12th, 2025: Buses move to the temporary harbour stop",
                "June 30th, 2025: Footpath on the old bridge closes"]
    text = ["Bridge to close", *PROSE, *share_bar, *schedule, *COMMENTS]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE, *schedule, *COMMENTS]


def test_the_article_goes_on_under_a_related_list_inside_it():
    related = "Related Coverage\nMayor proposes a freeze on rents at the harbour\nFerry timetable changes from May"
    text = "\n\n".join(["Bridge to close", *PROSE[:3], related, PROSE[4], "The mayor signs the plan this week."])
    assert kept(text) == ["Bridge to close", *PROSE[:3], PROSE[4], "The mayor signs the plan this week."]


def test_a_list_the_article_introduces_over_its_prose_stays_a_section_list_does_not():
    steps = [
        "1. Heat the oven to 180C and line a loaf tin with baking paper before you start.",
        "2. Beat the butter and sugar until pale and creamy, then add the eggs one at a time.",
        "3. Fold in the flour and the lemon zest, then spoon the mixture into the tin.",
        "4. Bake for 45 to 50 minutes, until a skewer pushed into the middle comes out clean.",
    ]
    ingredients = ["Ingredients:", "225g butter", "225g caster sugar", "4 eggs", "275g self-raising flour",
                   "Zest of 2 lemons", "For the drizzle:", "Juice of 2 lemons", "85g caster sugar", "Method"]
    out = kept("Lemon Drizzle Cake\n\nShare\nPrint\n\n" + "\n".join(ingredients) + "\n\n" + "\n\n".join(steps))
    assert out == ["Lemon Drizzle Cake", *ingredients, *steps]
    section = ["Latest Recipe Videos:", "Banana bread in ten minutes", "Five ways with leftover rice",
               "Sunday roast for beginners", "A week of packed lunches", "Pancakes without eggs", "Method"]
    out = kept("Lemon Drizzle Cake\n\nShare\nPrint\n\n" + "\n".join(section) + "\n\n" + "\n\n".join(steps))
    assert not set(section[:3]) & set(out)  # (the last lines over the core may pass for its title)


REVIEW = [
    "The Leaf Pro 7 has the best screen we have seen on an e-reader this year: text looks almost printed, and the "
    "warm light can follow a schedule from afternoon into the night.",
    "Its page-turn buttons are another matter. They sit so close to the edge of the case that we pressed them by "
    "accident every time we held the reader in one hand.",
    "The battery lasted five weeks of an hour's reading a day with the light at half strength, a week longer than "
    "its maker promises.",
]


def test_a_reviews_specifications_over_its_prose_keep_the_header_above_them():
    # The specifications open the review, under its credits and share bar.
    head = ["Leaf Pro 7 review: the best reader of the year",
            "We read on the new reader for a month and found out why everybody praises its screen.",
            "By Artem Vereshchagin", "26 November 2024", "Share", "Facebook", "Telegram"]
    specs = ["Specifications", "Screen: 7 inches, E Ink, 300 ppi", "Storage: 32 GB, no microSD slot",
             "Battery: 2400 mAh", "Weight: 185 g", "Price: 189 euros"]
    out = kept("\n".join(["Gadget Weekly", "Sign in", *head, *specs, *REVIEW]))
    assert out[-13:] == [*head[:4], *specs, *REVIEW]


def test_a_reviews_verdict_box_with_points_of_a_line_stays_under_it():
    box = ["The card", "Title: The Winter Lake", "Director: Bettina Corradi", "Running time: 112 minutes",
           "In cinemas from 28 November", "What we liked", "The grey and faded blue photography",
           "Giulia Marchisio's performance", "What we didn't like", "A second act that goes nowhere", "Rating: 7/10"]
    tail = ["Advertisement", "Most read", "The comedy of the year is a bitter surprise",
            "Ten series to watch in December", "Box office: animation wins the weekend"]
    # (An advertisement between the review and its box: the box is not
    # "right under the article", it is known by its headings.)
    out = kept("\n".join(["The Winter Lake: a cold noir that gives no respite", *REVIEW, "Advertisement", *box, *tail]))
    assert out == ["The Winter Lake: a cold noir that gives no respite", *REVIEW, *box]


def test_a_recipes_facts_and_named_list_with_its_servings_stay_over_an_advert():
    # The facts written label over figure, the dish's photo between them,
    # the list named with its servings, an advertisement before the method.
    steps = [
        "1. Cut the chicken breast into thin slices and dust them with the potato starch.",
        "2. Cut the leeks into four-centimetre lengths, halving the thick parts lengthways.",
        "3. Fry the chicken in the sesame oil over a medium heat until both sides are golden.",
        "4. Add the leeks and the sauce, toss for two minutes and grind over black pepper.",
    ]
    facts = ["Cooking time", "20 min", "Per serving", "318 kcal", "The finished dish", "Photo: Yu Kawabata"]
    ingredients = ["Ingredients (serves 2)", "1 chicken breast", "1 leek", "1 tbsp potato starch",
                   "1 tbsp sesame oil", "Black pepper"]
    advert = ["Advertisement", "Fibrenet broadband: three months free for new customers", "Shop now"]
    head = ["Salt and lemon chicken with leeks", "Share", "Print"]
    out = kept("\n".join([*head, *facts, *ingredients, *advert, "Method"]) + "\n\n" + "\n\n".join(steps))
    assert out == [head[0], *facts, *ingredients, "Method", *steps]


def test_a_recipes_facts_written_as_a_table_over_its_ingredients_stay():
    table = "| Zubereitung | Backzeit | Schwierigkeit | Portionen |\n|---|---|---|---|\n| 25 Min. | 45 Min. | leicht | 4 |"
    dough = "**Für den Teig:**\n* 200 g Mehl\n* 100 g kalte Butter\n* 1 Ei\n* 1 Prise Salz"
    filling = ("**Für die Füllung:**\n* 1 kleiner Spitzkohl\n* 1 Zwiebel\n* 3 Eier\n* 200 g Schmand\n"
               "* 120 g Bergkäse, gerieben\n* 40 g Walnusskerne")
    steps = [
        "1. Mehl, Butter, Ei und Salz rasch zu einem glatten Teig verkneten und 30 Minuten kalt stellen.",
        "2. Den Spitzkohl in feine Streifen schneiden und mit der Zwiebel in Butter weich schmoren.",
        "3. Eier, Schmand und Käse verrühren, mit dem Kohl auf dem Teig verteilen und 45 Minuten backen.",
    ]
    blocks = [
        "# Spitzkohl-Quiche mit Bergkäse und Walnüssen",
        "Eine Quiche, die nach Herbst schmeckt: Der Spitzkohl wird in Butter langsam geschmort.",
        "Von [Henrike Solbach](https://koch.example/autoren/solbach) · 14.10.2024",
        "[Teilen](https://koch.example/share) [Pinterest](https://pinterest.example/pin)",
        "![Spitzkohl-Quiche](https://img.koch.example/quiche.jpg)\nFoto: Jens Marlow",
        "★★★★☆ 4,3 (128 Bewertungen) · [Jetzt bewerten](#bewertung)",
        table, "## Zutaten", dough, filling,
        "[Zutaten auf die Einkaufsliste setzen](https://koch.example/liste)", "Anzeige", "## Zubereitung", *steps,
    ]
    out = kept("\n\n".join(blocks))
    assert out[out.index("## Zutaten") - 3 : out.index("## Zutaten")] == table.split("\n")


NIGHT_SHIFTS = [
    "Nurses who work night shifts sleep on average 88 minutes less than colleagues on day shifts, the study found.",
    "The study followed 214 nurses from medical and surgical wards over six weeks, each with a wrist sensor.",
    "\"We expected to see less sleep on working days, that is known,\" says the lead author of the study.",
    "The gap did not close on days off either, which surprised the team, she said.",
]


def test_a_long_headline_over_its_standfirst_stays_above_credits_and_a_share_bar():
    # The headline reads as prose, but ends with no full stop.
    headline = "Nurses on night shifts sleep an hour and a half less a day - and the gap does not close on days off"
    deck = ("A study at Nahal Eden medical centre found that night work disrupts sleep for weeks, and proposes "
            "a simple change to the rota")
    credits = ["By Dr Noa Barkai", "Published: 03.07.2024, 07:30"]
    bar = ["Reading time: 4 minutes", "8 comments", "Share on WhatsApp", "Share on Facebook", "Copy link",
           "A nurse on the ward during a night shift. Illustration photo: Shutterstock"]
    related = ["Related articles", "How many hours of sleep does an adult really need? The experts answer"]
    out = kept("\n".join(["Home", "Health", headline, deck, *credits, *bar, *NIGHT_SHIFTS[:2], *related,
                          *NIGHT_SHIFTS[2:]]))
    header = [headline, deck, *credits]
    assert "Home" not in out and [line for line in out if line in header] == header


def test_a_count_of_readers_between_credits_and_article_is_no_short_line_of_the_header():
    # Four short lines at most between a standfirst and the article (its
    # credits, a caption); the count of readers is a widget, as a share bar is.
    headline = "Night shifts cost nurses an hour and a half of sleep"
    deck = "A study of 214 nurses finds that the gap does not close on days off, and proposes a change to the rota."
    lines = ["By Dr Noa Barkai", "3 July 2024, 07:30", "Source: Harbour Daily", "12,300 views", "Text size",
             "Key points"]
    out = kept("\n".join(["Home", "Health", headline, deck, *lines, *NIGHT_SHIFTS]))
    assert out[:2] == [headline, deck] and "12,300 views" not in out


def test_a_count_of_comments_in_the_header_is_passed_like_a_reading_time():
    headline = "Night shifts cost nurses an hour and a half of sleep"
    deck = "A study of 214 nurses finds that the gap does not close on days off, and proposes a change to the rota."
    credits = ["By Dr Noa Barkai", "Published: 03.07.2024, 07:30"]
    widgets = ["Share on WhatsApp", "Share on Facebook", "Copy link", "Comments (37)",
               "A nurse on the ward during a night shift"]
    out = kept("\n".join(["Home", "Health", headline, deck, *credits, *widgets, *NIGHT_SHIFTS]))
    assert [headline, deck, *credits] == [line for line in out if line in (headline, deck, *credits)]
    assert out[-4:] == NIGHT_SHIFTS


def test_a_blogs_link_to_the_previous_post_is_no_kicker():
    pager = "« Predicting river flows in ungauged catchments, from New Zealand to the world"
    headline = "Climate change and our rivers: a talk on Friday"
    out = kept("\n".join(["Latest Posts", "About", "Archive", "Contact", pager, headline, "4 Comments",
                          "By Daniel Collins", *NIGHT_SHIFTS]))
    assert pager not in out and headline in out


def test_a_dateline_with_the_place_first_stays_over_a_share_bar():
    out = kept("Bridge to close\n\nBy Jane Doe\nHarbourton - 12 Mar 2025 - 13:45 GMT\n\nShare\nFacebook\n\n"
               + "\n\n".join(PROSE))
    assert out == ["Bridge to close", "By Jane Doe", "Harbourton - 12 Mar 2025 - 13:45 GMT", *PROSE]


def test_over_the_named_headline_a_menu_item_goes_a_date_stays():
    menu = ["Home", "News", "Sport", "Business"]
    lines = ["Bridge to close - Harbour News", *menu, "Tuesday, March 4, 2025", "Bridge to close", *PROSE]
    out = kept("\n".join(lines))
    assert out == ["Tuesday, March 4, 2025", "Bridge to close", *PROSE]
    out = kept("\n".join(["Bridge to close - Harbour News", *menu, "Bridge to close", *PROSE]))
    assert out == ["Bridge to close", *PROSE]


def test_the_article_goes_on_under_an_advert_label_and_a_caption():
    caption = "Photo: Engineers inspect the frame under the deck (Harbour Council/Sam Poe)"
    quote = '"Nobody wanted this outcome," one resident admitted quietly.'
    out = kept("\n".join(["Bridge to close", *PROSE[:3], "Advertisement", caption, quote]))
    assert out == ["Bridge to close", *PROSE[:3], caption, quote]


def test_a_standfirst_over_a_share_bar_stays_however_it_words_things():
    standfirst = "Motorists face two years of detours while the crossing is rebuilt."
    out = kept("\n".join(["Bridge to close", standfirst, "Share", "Facebook", "WhatsApp", *PROSE]))
    assert out == ["Bridge to close", standfirst, *PROSE]


def test_a_standfirst_over_its_byline_and_a_share_bar_stays():
    standfirst = "Motorists face two years of detours while the crossing is rebuilt."
    head = ["Bridge to close", standfirst, "Published 12/03/2025 at 20:15", "By Jane Doe", "Share", "Facebook"]
    out = kept("\n".join([*head, *PROSE]))
    assert out == [*head[:4], *PROSE]


def test_a_deck_between_the_headline_and_its_byline_stays_in_its_own_words():
    # Nothing of the deck's vocabulary comes back in the article, and the
    # byline is a bare name: only its place tells it from a stray paragraph.
    deck = "Motorists face two years of detours while engineers rebuild the crossing."
    head = ["Old harbour bridge to close", deck, "Jane Doe", "12 March 2025, 09:45"]
    out = kept("\n".join([*head, "Share", "Facebook", *PROSE]))
    assert out == [*head, *PROSE]
    # Under a menu the headline over the deck stays too, whatever its words.
    menu = ["Home", "News", "Sport", "Weather", "Log in", "Subscribe"]
    head[0] = "Motorists face long detours"
    out = kept("\n".join([*menu, *head, "Share", "Facebook", *PROSE]))
    assert out == [*head, *PROSE]


def test_a_teaser_cut_short_over_a_byline_is_no_deck():
    # A meta description cut off mid-sentence, in the deck's place: not
    # written by the article's editor, it goes when it does not speak of it.
    teaser = "Tide Tables is a weekly letter of sailing gossip for readers who adore vintage..."
    head = ["Tide Tables goes to print", "Jane Doe", "12 March 2025, 09:45"]
    share = ["Share", "Facebook"]
    out = kept("\n".join([head[0], teaser, *head[1:], *share, *PROSE]))
    assert out == [*head, *PROSE]
    # Written out as a sentence, the same paragraph is the deck.
    deck = teaser.removesuffix("...") + " yachts."
    out = kept("\n".join([head[0], deck, *head[1:], *share, *PROSE]))
    assert out == [head[0], deck, *head[1:], *PROSE]


def test_a_sidebar_box_over_a_dateline_is_no_deck():
    # A box's name of a few words and its one-sentence pitch, over a post's
    # date: the name is no headline, so the pitch is no deck.
    pitch = "Send us a tip about ferries, fares or timetables in your town."
    below = ["Jane Doe", "12 March 2025, 09:45", "Share", "Facebook"]
    out = kept("\n".join(["The Tip Jar", pitch, *below, *PROSE]))
    assert pitch not in out and out[-len(PROSE):] == PROSE
    # Under a headline, the same sentence is the deck.
    out = kept("\n".join(["Old harbour bridge to close", pitch, *below, *PROSE]))
    assert pitch in out


def test_over_an_article_opening_with_a_deck_the_menu_goes_a_date_stays():
    deck = "Motorists face two years of detours while engineers rebuild the crossing."
    head = ["Old harbour bridge to close", deck, "Jane Doe", "12 March 2025, 09:45"]
    out = kept("\n".join(["Home", "World", "Business", "Culture", *head, "Share", *PROSE]))
    assert out == [*head, *PROSE]
    # A date written a part a line over the headline is the article's.
    date = ["24", "Mar", "2025"]
    out = kept("\n".join(["Home", *date, *head, "Share", *PROSE]))
    assert out == [*date, *head, *PROSE]
    # So is a kicker in a block of its own under the menu's block.
    page = "\n\n".join(["Home\nWorld\nBusiness", "Transport", "\n".join(head), "Share", *PROSE])
    assert kept(page) == ["Transport", *head, *PROSE]


def test_the_article_goes_on_under_a_sign_up_form_between_its_paragraphs():
    form = ["Sign up for the Morning Briefing", "Get the day's top stories in your inbox every weekday morning.",
            "Enter your email", "Sign up"]
    # The last paragraphs speak of other things than the first ones: only
    # the form's place tells that the article goes on.
    rest = ["Environmental groups welcomed the plan but said ministers should set a date for greener ferries.",
            "Correction: An earlier version of this article misstated the length of the detour, which is nine miles."]
    out = kept("\n".join(["Bridge to close", *PROSE, *form, *rest, "More in Politics", "Heat wave breaks records"]))
    assert out == ["Bridge to close", *PROSE, *rest]


def test_a_blogs_post_footers_with_trackback_counts_do_not_end_the_page():
    # A blog's front page: posts one after another, each under a footer
    # row of links and counts; "TrackBack (0)" there is no comment thread.
    footer = "Posted by Jane Roe at 04:29 PM | Permalink | Comments (0) | TrackBack (0)"
    posts = ["Bridge to close", *PROSE[:3], footer, "Fund for shops", *PROSE[3:], footer]
    out = kept("\n\n".join(posts))
    assert all(p in out for p in PROSE)


def test_a_related_line_or_list_between_two_sections_does_not_end_the_article():
    # The last section speaks of other things (shops, rents) than the first.
    section = [
        "What are shop owners likely to do?",
        "Some will ask their landlords for lower rents until the work is done, while others plan to open on Sundays instead.",
        "Others may move their stock online for a while, which could mean fewer staff but steadier takings, a trader said.",
    ]
    read_more = "Read more: Ferry fares rise again as the council looks for savings"
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], read_more, *section]))
    assert out == ["Bridge to close", *PROSE[:3], *section]
    related = ["Related", "Ferry fares rise again", "Council budget row deepens"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *related, *section]))
    assert out == ["Bridge to close", *PROSE[:3], *section]
    # A newsletter prompt alone between two sections, the last shorter than
    # the article above it and about other things.
    sign_up = "Sign up for the Harbour Briefing newsletter"
    other = [
        "What are employers likely to do?",
        "Some companies will raise salaries just above the threshold to keep staff exempt, while others pay by the hour.",
        "Others may cap hours instead, which could mean lower take-home pay but more predictable schedules for staff.",
    ]
    steps = ["- Drivers should leave ten minutes earlier than they usually do.",
             "- They should use the ring road from the north when they can."]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *steps, sign_up, *other]))
    assert out == ["Bridge to close", *PROSE, *steps, *other]


def test_a_live_blogs_byline_and_date_stay_over_a_share_bar_and_a_time_stamp():
    head = ["Floods: river still rising", "Updated June 14, 2024, 5:45 PM", "By Jane Roe and Sam Poe"]
    share = ["Share", "Email", "Copy link"]
    entries = ["5:45 PM", PROSE[0], "5:12 PM", PROSE[1], "4:30 PM", PROSE[2]]
    out = kept("\n".join([*head, *share, *entries]))
    assert out == [*head, *entries]


def test_a_byline_with_separators_is_counted_by_its_words():
    byline = "Written by Jane Roe | Harbourtown | Updated: July 22, 2024 10:15 IST"  # 13 tokens, 11 words
    out = kept("\n\n".join(["Home / News / City", "Old harbour bridge to close to cars from next spring",
                            byline, "Follow Us", *PROSE]))
    assert byline in out


def test_a_prompt_naming_the_sites_newsletter_or_app_goes_a_sentence_about_one_stays():
    prompts = ["Sign up for our Harbour Briefing newsletter", "Download The Harbour News App for the latest updates",
               "Sign up to The Harbour Briefing"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *prompts, *PROSE[3:]]))
    assert not set(prompts) & set(out)
    sentence = "Download the new parking permit form from the council's website before the end of the month."
    text = ["Bridge to close", *PROSE[:3], sentence, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_gallerys_slide_counters_go_between_captions_the_articles_fractions_stay():
    captions = ["The old frame, seen from the harbour.", "Engineers at work on the deck.", "The ring road at rush hour."]
    slides = [line for k, caption in enumerate(captions, 1) for line in (f"{k} / 3", caption)]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *slides, *PROSE[3:]]))
    assert [line for line in out if "/" in line] == [] and all(c in out for c in captions)
    votes = ["Votes: 7 / 9", "Votes: 5 / 9"]  # two results, not a counter
    text = ["Bridge to close", *PROSE[:3], *votes, *PROSE[3:]]
    assert all(v in kept("\n\n".join(text)) for v in votes)


def test_a_gallery_of_two_counters_or_one_beside_its_buttons_goes_and_the_article_goes_on_under_it():
    captions = ["The old frame, seen from the harbour.", "Engineers at work on the deck."]
    two = ["Bridge to close", PROSE[0], "Photo 1 of 8", captions[0], *PROSE[1:3], "Photo 4 of 8", captions[1], *PROSE[3:]]
    assert kept("\n\n".join(two)) == [line for line in two if "of 8" not in line]
    # One counter beside its buttons, between the paragraphs: the article
    # goes on under the gallery, up to the page's related stories.
    one = ["Bridge to close", *PROSE[:3], "1 / 8", captions[0], "‹ Previous   Next ›", *PROSE[3:]]
    related = ["Related stories", "Ferry fares to rise in spring", "New bus lane opens on the quay"]
    out = kept("\n\n".join([*one, *related]))
    assert out == ["Bridge to close", *PROSE[:3], captions[0], *PROSE[3:]]


@pytest.mark.parametrize("counter", [
    "Kuva 1/6",  # a photo's word before it
    "Снимка 1 от 8",
    "ภาพที่ 1 / 15",
    "1 / 12 Poprzednie Następne",  # its buttons after it
    "1 / 8 Προηγούμενη Επόμενη",
    "Снимка 1 от 18 ‹ Предишна Следваща ›",  # the photo's word, the buttons with their arrows apart
    "Picha 1 kati ya 8",  # Swahili
    "1 / 8",  # the first of eight, right under the lead photo's credited caption
])
def test_a_lone_slide_counter_that_names_a_photo_or_carries_its_buttons_goes(counter):
    # One counter in the page, in a block of its own between the lead
    # photo's caption and the article: nothing else marks a gallery.
    caption = "The old frame, seen from the harbour. Photo: Harbour Arts Trust"
    text = ["Bridge to close", caption, counter, *PROSE]
    assert kept("\n\n".join(text)) == [line for line in text if line != counter]


@pytest.mark.parametrize("rating", ["Ocena 4/5", "Rating 4/5"])
def test_a_reviews_rating_near_the_share_bar_and_tags_is_no_slide_counter(rating):
    # (forty-second session: a Slovenian review's facts box ends in "Ocena
    # 4/5"; its share bar and tags, a navigation label, are two lines below)
    text = ["Bridge to close", *PROSE, "Running time 112 minutes", rating,
            "For whom: anyone who ever emptied a parents' house.", "Share Facebook X", "Tags: bridge, film, review"]
    assert rating in kept("\n\n".join(text))


@pytest.mark.parametrize("button", ["Ver galeria", "View gallery", "Zobacz galerię"])
def test_a_lone_counter_by_a_button_that_opens_the_gallery_goes(button):
    text = ["Bridge to close", "By Jane Doe", "1 / 6", "The old frame, seen from the harbour.", button, *PROSE]
    assert kept("\n\n".join(text)) == ["Bridge to close", "By Jane Doe", "The old frame, seen from the harbour.", *PROSE]


def test_a_gallery_headed_by_its_word_with_a_count_of_photos_goes_and_the_article_goes_on_under_it():
    # "Galéria" / its title / "18 fotó" between the article's paragraphs:
    # the heading opens no section of the page (thirty-fifth session).
    gallery = ["Galéria", "The bridge through the years", "18 fotó"]
    text = ["Bridge to close", *PROSE[:3], *gallery, *PROSE[3:], "(MTI)"]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE, "(MTI)"]


@pytest.mark.parametrize("line", ["12 months", "(3 vols)"])
def test_a_count_without_a_gallery_heading_over_it_stays(line):
    text = ["Bridge to close", *PROSE[:2], "The works in figures", line, *PROSE[2:]]
    assert kept("\n\n".join(text)) == text


@pytest.mark.parametrize("line", ["Part 1 of 3", "Round 2 of 5", "1 / 4"])
def test_a_lone_counter_naming_no_photo_stays(line):
    # A series' part, a contest's round, a recipe's fraction: the article's.
    text = ["Bridge to close", *PROSE[:2], line, *PROSE[2:]]
    assert kept("\n\n".join(text)) == text


def test_a_slides_buttons_between_arrows_go_with_its_counter():
    captions = ["The old frame, seen from the harbour.", "Engineers at work on the deck."]
    text = ["Bridge to close", *PROSE[:2], "1 / 8", captions[0], "‹ ภาพก่อนหน้า ภาพถัดไป ›", *PROSE[2:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:2], captions[0], *PROSE[2:]]


def test_a_slides_next_button_under_its_caption_and_credit_belongs_to_the_gallery():
    # A slide printed whole over the article: counter, caption, credit, then
    # "Next", three lines down. The gallery's lines weigh nothing in the
    # contest for the core, and the byline and dateline over it stay.
    header = ["Painter steps out of her husband's shadow",
              "The city museum gives its first retrospective to an artist long known only as a sculptor's wife.",
              "By Helen Vasseur", "Published 7 March 2025, 5:05 pm"]
    bar = ["Gift this article", "Save for later", "Share"]
    slide = ["1 / 8", "Women at the Wash-house (1954), oil on canvas, private collection.", "Photo: Harbour Arts Trust",
             "Next"]
    menu = "\n".join(["Skip to main content", "Sign in", "Subscribe", "Arts", "Cinema", "Books", "Music"])
    out = kept(menu + "\n\n" + "\n".join([*header, *bar]) + "\n\n" + "\n".join(slide)
               + "\n\n" + "\n\n".join(PROSE))
    assert out[:4] == header and "1 / 8" not in out and "Next" not in out and out[-len(PROSE):] == PROSE


def test_a_consent_banners_learn_more_between_sections_does_not_end_the_article():
    # The banner's last button, "Learn more", reads as a related heading;
    # under the banner the article's next section goes on: a subheading
    # over paragraphs.
    banner = ["We use cookies to improve your experience on our website. By continuing to browse, you agree to "
              "our use of cookies.", "Accept", "Learn more"]
    section = ["Shops ask for help", PROSE[3], PROSE[4], PROSE[5]]
    text = ["Bridge to close", *PROSE[:3], *banner, *section, "Related stories", "Ferry fares to rise in spring",
            "New bus lane opens on the quay"]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:3], *section]


def test_a_gallerys_title_counting_its_photos_goes_with_its_counters():
    # "(3 photos)" counts as many photos as the counters' total; lynx writes
    # each counter after its photo ("[IMG] 2/3").
    captions = ["The old frame, seen from the harbour.", "Engineers at work on the deck.",
                "The ring road at rush hour."]
    for title, counter in (("Gallery: the bridge through the years (3 photos)", "{} / 3"),
                           ("Fotogalerija: Most kroz godine (3 fotografije)", "[IMG] {}/3")):
        slides = [line for k, caption in enumerate(captions, 1) for line in (counter.format(k), caption)]
        out = kept("\n\n".join(["Bridge to close", *PROSE[:3], title, *slides, *PROSE[3:]]))
        assert out == ["Bridge to close", *PROSE[:3], *captions, *PROSE[3:]]
    # A count in brackets that is no gallery's stays.
    line = "Council vote on the closure (23 votes)"
    assert line in kept("\n\n".join(["Bridge to close", *PROSE[:3], line, *PROSE[3:]]))


def test_the_article_goes_on_under_a_related_box_in_a_section_that_opens_with_a_list():
    related = ["Read also:", "* Ferry fares to rise in spring\n* New bus lane opens on the quay"]
    steps = ["* Footpath only from May", "* Full closure in June", "* Demolition in autumn"]
    section = ["Closure in three stages", "\n".join(steps), PROSE[3], PROSE[4], PROSE[5]]
    text = ["Bridge to close", *PROSE[:3], *related, *section, "Most read", "Ferry fares to rise in spring"]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:3], section[0], *steps, *PROSE[3:]]


def test_a_menu_item_named_like_a_lists_heading_does_not_make_the_menu_the_articles_list():
    # "Ingredients" in a trade magazine's menu, each item a block of its
    # own, over the page's consent banner: no list of the article's.
    menu = ["News", "Technology", "Ingredients", "Legislation", "Events", "Magazine subscription"]
    banner = ["This website uses cookies to ensure you get the best experience on our website.", "Allow all"]
    out = kept("\n\n".join([*menu, *banner, "Brewery returns to the village after 74 years", *PROSE]))
    assert out == ["Brewery returns to the village after 74 years", *PROSE]


def test_a_header_block_closed_by_the_lead_photos_credit_and_caption_stays():
    # Dateline over the headline, a bare name under the standfirst, then
    # the photo's credit and caption, all in one block over a share bar.
    header = ["15 October 2025, 21:40", "Schoolboy wins the Harbour Autumn chess open",
              "The sixteen-year-old scored seven points from nine and finished half a point ahead of two grandmasters",
              "Irene Cole", "Photo: Dan Ryder / Harbour Herald", "Arthur Glade (right) during the last round"]
    menu = "\n".join(["Harbour Herald", "News", "City", "Sport", "Culture", "Sign in"])
    bar = "\n".join(["Share", "Facebook", "WhatsApp"])
    out = kept("\n\n".join([menu, "\n".join(["Sport", *header]) + "\n" + bar, *PROSE]))
    assert out == ["Sport", *header, *PROSE]  # (the kicker too: the block's first line)


def test_a_header_under_the_menu_in_one_block_keeps_its_byline_and_date_over_the_counters():
    # Select-all text: menu and header in one block, the page's counters
    # (a reading time, a count of readers) under the date, then a share bar.
    menu = ["Skip to content", "SCIENCE INSIDE", "News", "Space", "Nature", "Medicine", "Search", "Sign in"]
    header = ["Space", "Largest meteorite in twenty years found in a field near Upper Meadows",
              "It weighs about 340 kilograms. Scientists have already named the place where it fell",
              "Anna Krylova", "18 April 2025"]
    counters = ["4 min.", "12 345"]
    bar = ["Share", "Facebook", "Telegram"]
    out = kept("\n".join([*menu, *header, *counters, *bar]) + "\n\n" + "\n\n".join(PROSE))
    assert out == [*header, *PROSE]


def test_a_count_of_readers_in_the_header_takes_no_header_line_of_its_own():
    # Walking up from the article: the photo's credit, the share bar, the
    # count of readers, the date, the byline. The count must not use up
    # the header's lines, so the byline stays.
    header = ["Bread up to 18 per cent dearer in a year", "Market Today compared bread prices in six towns.",
              "By Desislava Gancheva", "15.05.2025 11:40"]
    lines = ["Home", "News", "Prices", "Money", "Search", "PRICES", *header, "2 834 reads", "Share", "Facebook",
             "Viber", "Photo: Market Today", *PROSE]
    out = kept("\n".join(lines))
    assert out[:4] == header and "2 834 reads" not in out


def test_a_fact_box_whose_heading_names_its_subject_stays_under_the_article():
    # A lynx page: the box's heading names its subject after a colon; the
    # page's links and forms follow it.
    box = ["   Key facts: Harbour Bridge", "     * Built: 1931\n     * Owner: Harbour City Council since 1998\n"
           "     * Traffic 2024: about 18,000 vehicles a day\n     * Length: 310 m"]
    tail = ["   Read also: [15]Ferry fares to rise in spring", "   Topics: [16]Bridges [17]Transport", "Jobs",
            "     * [19]Bridge engineer, Harbour City Council\n     * [20]Site manager, Eastfield Works",
            "Newsletter", "   Get the most important news from the harbour every morning.",
            "   E-mail ____________________ (BUTTON) Subscribe"]
    out = kept("\n\n".join(["Bridge to close", *["   " + p for p in PROSE], *box, *tail]))
    assert out == ["Bridge to close", *PROSE, "Key facts: Harbour Bridge", "* Built: 1931",
                   "* Owner: Harbour City Council since 1998", "* Traffic 2024: about 18,000 vehicles a day",
                   "* Length: 310 m"]


def test_a_rule_drawn_with_dashes_goes_even_inside_the_article():
    for rule in ("---", "———", "— — —"):
        text = ["# Bridge to close", *PROSE[:3], rule, "## Shops ask for help", *PROSE[3:]]
        assert kept("\n\n".join(text)) == [line for line in text if line != rule]
    # A line of underscores is a form's blank or a signature's line: it stays in the article.
    text = ["Bridge to close", *PROSE[:3], "________________________", *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_menu_written_as_one_line_goes_without_a_known_label_in_it():
    menu = "News | Sport | Weather | Travel | Sounds"
    byline = "By Jane Roe | Harbourtown | Updated: July 22, 2024"
    out = kept("\n\n".join([menu, "Bridge to close", byline, *PROSE]))
    assert menu not in out and byline in out


def test_a_short_line_sharing_one_word_with_the_article_is_not_on_its_topic():
    # "Réutiliser ce contenu" kept beside "contexte": stems cut short collide,
    # so one shared word in a two-word line is no evidence; two are.
    above = ["Home", "Bridge webcam", "Ferry times", "Weather", "Sport", "Bridge to close"]
    assert "Bridge webcam" not in kept("\n\n".join([*above, *PROSE]))
    on_topic = "Bridge closure and shop rents"  # two words the article uses, and no other
    assert on_topic in kept("\n\n".join(["Home", on_topic, "Ferry times", "Weather", "Sport", *above[-1:], *PROSE]))


def test_a_short_menu_in_a_block_of_its_own_above_the_article_goes():
    menu = "Opinion\nColumnists\nLetters"
    out = kept("\n\n".join([menu, "OPINION", "Our harbour bridge deserves better", *PROSE]))
    assert out == ["OPINION", "Our harbour bridge deserves better", *PROSE]
    facts = "Open daily\nFree entry\nNo dogs"  # three lines, but the article's: under its headline
    text = ["Harbour museum reopens", facts, *PROSE]
    assert kept("\n\n".join(text))[:4] == ["Harbour museum reopens", "Open daily", "Free entry", "No dogs"]


def test_a_results_table_stays_whole_when_half_its_rows_name_the_articles_teams():
    report = [
        "Harbour Town beat Millbrook 3:1 on Saturday, and Eastfield drew 2:2 with Northgate in a rainy match.",
        "Harbour Town's coach said the win over Millbrook was the best of the season, and Eastfield's keeper was "
        "named player of the match after saving a penalty against Northgate.",
        "The league leaders meet again in two weeks, when Harbour Town travel to Eastfield for the return game.",
    ]
    table = ["Harbour Town – Millbrook 3:1 (1:0)", "Eastfield – Northgate 2:2 (1:1)",
             "Westport – Riverside 0:1 (0:0)", "Southbay – Kingsford 2:0 (2:0)"]
    out = kept("\n\n".join(["Harbour Town win the derby", *report, "\n".join(table), "Share", "Most read"]))
    assert out == ["Harbour Town win the derby", *report, *table]


def test_a_copyright_sign_and_a_name_without_a_year_is_a_footer():
    for footer in ("ⓒ Harbour Daily", "Copyright ⓒ Harbour Daily", "© Reuters"):
        assert kept("\n\n".join(["Bridge to close", *PROSE, footer])) == ["Bridge to close", *PROSE], footer
    sentence = "Copyright law protects the photographs, the council said, and the ferry company agreed."
    text = ["Bridge to close", *PROSE[:3], sentence, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


@pytest.mark.parametrize("imprint", [
    "Harbour Daily · 12 Quay Street · Porthaven · Telephone 01632 960 000 · newsroom@harbourdaily.example",
    "Harbour Daily Ltd | Quay Street 12, Porthaven | desk@harbourdaily.example",
])
def test_the_sites_imprint_on_one_line_under_the_article_goes(imprint):
    # (forty-fifth session) Not a date among a footer's items: "1.12.2022 |
    # Source: … | …" holds no telephone number.
    assert kept("\n\n".join(["Bridge to close", *PROSE, imprint])) == ["Bridge to close", *PROSE]
    from newsclean.contacts import imprint_line
    assert not imprint_line("1.12.2022 | Source: Harbour Authority | harbourdaily.example")


def test_every_kept_paragraph_says_why_it_stayed():
    page = ["Bridge to close", "By Jane Roe", *PROSE[:3], "What happens next", *PROSE[3:], "Photo: harbour at dusk"]
    result = clean("\n\n".join(page))
    decisions = {p.text: (p.decision.code, p.decision.evidence) for p in result.paragraphs}
    assert all(p.kept for p in result.paragraphs)
    assert decisions["Bridge to close"] == ("K002", {"above_article": True})
    assert decisions["By Jane Roe"] == ("K002", {"above_article": True})
    assert decisions["What happens next"] == ("K002", {"in_article": True})
    assert all(decisions[text] == ("K001", {}) for text in PROSE)
    # Below the article, nothing against it: kept, and the explanation says where it is.
    assert decisions["Photo: harbour at dusk"] == ("K005", {"where": "below"})
    # The same explanations on a second run over the output (the last pass has the final word).
    again = {p.text: p.decision.code for p in clean(result.text).paragraphs}
    assert again == {text: code for text, (code, _) in decisions.items()}


def test_a_heading_over_the_authors_or_sites_other_stories_goes_with_its_list():
    for heading in ("More stories by Amara Eze", "More by Jane Roe", "Weitere Artikel von Anna Berg",
                    "Also on HuffPost:", "Latest in Cricket", "Topics mentioned in this article"):
        out = kept("\n\n".join(["Bridge to close", *PROSE, heading, "Ferry fares rise in spring\nNew lanes for the ring road"]))
        assert out == ["Bridge to close", *PROSE], heading
    # A subheading that speaks of the story's own subject in those words stays.
    assert "More on the ferries" in kept("\n\n".join(["Bridge to close", *PROSE[:3], "More on the ferries", *PROSE[3:]]))
    assert "Latest in the saga" in kept("\n\n".join(["Bridge to close", *PROSE[:3], "Latest in the saga", *PROSE[3:]]))


def test_a_read_also_heading_naming_the_site_goes_with_its_list():
    # "Read also" with "on <the site's name>" after it still heads a list of other stories.
    for heading in ("Leia também no Jornal da Ribeira", "Lire aussi sur Le Courrier du Vallon",
                    "Lesen Sie auch bei der Talpost", "Lee también en El Heraldo de Montealto"):
        out = kept("\n\n".join(["Bridge to close", *PROSE, heading, "Ferry fares rise in spring\nNew lanes for the ring road"]))
        assert out == ["Bridge to close", *PROSE], heading
    # A teaser after the label ("den Kommentar …"), or a heading of another kind ("Related and
    # Suggested", "Read the full story on …"), is no site's name.
    for line in ("Lesen Sie auch den Kommentar von Max Weber", "Related and Suggested:",
                 "Read the full story on CNN Hero Catalina Escobar:"):
        assert not _features(line, None).label, line
    assert _features("Lire aussi sur Le Courrier du Vallon", None).label


def test_an_embedded_posts_counters_are_no_comment_thread_and_the_article_goes_on_under_them():
    post = ["The council posted the decision on its page:", "Harbour Town Council", "13 August, 18:40 ·",
            "The bridge closes to cars on 1 March. Buses keep their lane."]
    counters = ["1.8K likes", "312 comments", "540 shares", "Like", "Add a comment", "Share"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *post, *counters, "What happens next", *PROSE[3:]]))
    assert not set(counters) & set(out)
    assert out[-4:] == ["What happens next", *PROSE[3:]]
    # The counts of other posts' reactions, in other languages, are share-bar lines too.
    for line in ("1,8 B beğenme", "412 gilla  38 reposter", "좋아요 10,482개", "56 Αναδημοσιεύσεις   214 Μου αρέσει",
                 "👍 1.2K", "↗ แชร์ 2.3K ครั้ง"):
        f = _features(line, None)
        assert (f.category, f.label) == ("share", True), line


def test_a_prompt_to_follow_the_site_on_a_news_platform_goes_wherever_it_names_the_site():
    prompts = ["Sigue a MARCADOR SUR en Google News y no te pierdas nada",
               "Segui il Quotidiano del Tirreno su WhatsApp: iscriviti al canale",
               "Telegram kanalımıza katılın, gelişmeleri anında öğrenin!",
               "**Pratite Jadranski stol na Google vijestima** i ne propustite nove recepte.",
               "กดติดตามทีวีสยามเหนือบน Google News"]
    for prompt in prompts:
        assert _features(prompt, None).category == "follow", prompt
        out = kept("\n\n".join(["Bridge to close", *PROSE[:2], prompt, *PROSE[2:]]))
        assert out == ["Bridge to close", *PROSE], prompt
    # News about a platform, and an author's sign-off on a social network, are no site's prompt.
    for line in ("He urged voters to follow him on Telegram.", "Following the WhatsApp leak, the minister resigned.",
                 "Follow Grace on Twitter."):
        assert _features(line, None).category is None, line


@pytest.mark.parametrize("prompt", [
    # (thirty-third session) The reader is to receive the news on the platform.
    "Recibe alertas desde Google News",
    "Get breaking news alerts on your phone: join the Harbour Gazette on WhatsApp",
    "Otrzymuj najważniejsze wiadomości z regionu na WhatsAppie",
    "Il Corriere è anche su WhatsApp: unisciti al nostro canale",
    # (thirty-fourth session) Catalan, and Serbian in Cyrillic.
    "📱 Segueix el canal de WhatsApp del Diari del Ter i rep les notícies més importants",
    "Пратите Бајт и Волт на Telegram каналу – сваког дана најважније вести",
])
def test_a_prompt_to_receive_the_news_on_a_platform_is_a_follow_prompt(prompt):
    assert _features(prompt, None).category == "follow"


def test_a_follow_prompt_with_a_newsletters_words_on_the_articles_topic_goes():
    # The prompt names the bridge the article is about and holds a
    # newsletter's phrase: still a prompt, not the article quoting one.
    prompt = "Get the harbour bridge news you need to know, with the ring road and bus lane updates, on WhatsApp"
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], prompt, *PROSE[2:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_forms_heading_that_names_the_mail_goes_however_on_topic():
    # Its words are the article's ("bridge", "harbour"), and it holds a
    # newsletter's phrase: the heading of the form under it, not a quote.
    form = ["Get all the latest bridge and harbour news straight to your inbox",
            "Sign up to our free Harbour Gazette newsletter — bridge works, ferry times and council news.",
            "Email address Sign up"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], *form, *PROSE[2:]]))
    assert out == ["Bridge to close", *PROSE]


def test_news_that_begins_with_get_and_names_a_platform_is_no_prompt():
    assert _features("Getting the WhatsApp update right took the company two years.", None).category is None


def test_a_most_read_list_naming_this_story_among_others_is_no_card_of_the_article():
    # The article's title again under a list, with prose that speaks of other things:
    # the most read stories, this one among them, and their blurbs.
    most_read = ["Most read", "Bridge to close",
                 "Tickets for the summer festival sold out within an hour on Monday, organisers said.",
                 "Council tax bills will rise by four percent in April, the finance office confirmed.",
                 "A new bakery opened on the high street, the third this year, with queues around the block."]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *most_read]))
    assert out == ["Bridge to close", *PROSE]


def test_a_short_subheading_right_under_a_read_also_headline_is_the_articles():
    box = ["Read also", "Ferry operator doubles its summer sailings as the bridge works loom over the harbour"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], *box, "Anger at the bridge", *PROSE[2:]]))
    assert out == ["Bridge to close", *PROSE[:2], "Anger at the bridge", *PROSE[2:]]


def test_a_read_also_headline_over_a_subheading_and_one_paragraph_before_a_list_goes():
    box = ["Read also", "Ferry fares to rise 8% in 2025. Commuters say \"it is still too much\""]
    section = ["Shop owners fear for their rents", PROSE[2], "Three things change for drivers:", "the lanes on the quay;",
               "the bus stops;", "the parking fees."]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], *box, *section, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE[:2], *section, *PROSE[3:]]


@pytest.mark.parametrize("headline, subheading", [
    ("Harbour club renews its coach until next summer", "Changes that changed the match"),
    ("Ferry fares to rise again next spring", "What we can do"),
])
def test_a_subheading_a_few_words_shorter_than_the_boxs_one_headline_is_the_articles(headline, subheading):
    # Not twice as short, and sharing no word with the paragraph under it:
    # a box's one link over a line shorter by a few words is the box and the
    # article's next section.
    page = ["Bridge to close", *PROSE[:2], "You may also like", headline, subheading, *PROSE[2:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:2], subheading, *PROSE[2:]]


def test_a_facts_box_and_the_last_paragraph_stay_around_an_advert_and_a_sign_up_form():
    facts = ["The bridge in figures", "Length: 212 metres", "Opened: 1911", "Cars a day before the closure: 14,000"]
    advert = ["Advertisement", "Spring sale at Lumen Kitchens: new kitchens fitted in a week. Book now!"]
    form = ["Sign up for the Harbour Herald newsletter", "Enter your email", "Subscribe"]
    last = "The council will publish the timetable for the works on its website next week, officials said."
    out = kept("\n\n".join(["Bridge to close", *PROSE, *advert, *facts, *form, last]))
    assert out == ["Bridge to close", *PROSE, *facts, last]


def test_a_reviews_rating_pros_cons_and_specifications_stay_and_the_shops_widget_under_them_goes():
    box = ["Our rating", "Overall: 4 out of 5", "Ride 4.5 / Range 3.5 / Value 4", "Pros", "Quiet motor",
           "Long battery life", "Cons", "Heavy frame", "Only one frame size", "Specifications", "Weight: 24 kg",
           "Range: 80 km"]
    shop = ["Compare prices", "£1,899 at Cyclehouse", "£1,949 at Ride Direct", "Buy now"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *box, *shop, "Tags: e-bikes, reviews"]))
    assert out == ["Bridge to close", *PROSE, *box]


def test_an_advertisement_label_with_a_colon_heads_copy_that_calls_to_action():
    assert _features("Annonce: Skift til lavemissionsbeton uden kompromis. Læs mere om Stenholt Beton.", None).category == "advert"
    # Prose that opens with the word does not call to action: news about advertising.
    assert _features("Publicité : le marché publicitaire a reculé de 3 % en 2024, selon l'institut.", None).category is None


def test_a_press_releases_media_contacts_and_the_wires_disclaimer_go():
    contacts = ["Media contact", "Harbour Works Ltd – Jane Roe, Head of Communications", "press@harbourworks.example",
                "+44 20 7946 0000"]
    disclaimer = "The issuer is solely responsible for the content of this announcement."
    out = kept("\n\n".join(["Bridge to close", *PROSE, *contacts, disclaimer]))
    assert out == ["Bridge to close", *PROSE]
    # A sentence of the article that gives a number is no contact block.
    call = "Residents can call the council on 0800 123 4567 to ask about the footpath."
    assert call in kept("\n\n".join(["Bridge to close", *PROSE, call]))


def test_an_embedded_posts_handle_and_date_go_over_its_counters_but_a_byline_over_a_share_count_stays():
    post = ["Harbour Council", "@HarbourCouncil", "The bridge closes to cars on 1 March. Buses keep their lane.",
            "9:02 AM · 3 Mar 2025", "56 reposts  214 likes"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *post, *PROSE[3:]]))
    assert "@HarbourCouncil" not in out and "9:02 AM · 3 Mar 2025" not in out and "56 reposts  214 likes" not in out
    assert out[-3:] == PROSE[3:]
    byline = "Jane Roe · 3 March 2025, 9:02"
    assert byline in kept("\n\n".join(["Bridge to close", byline, "214 shares", *PROSE]))


def test_a_reader_rating_widget_goes_in_the_languages_of_the_lexicon():
    for line in ("Rate this article", "Оцените статью", "Évaluez cet article", "Valora este artículo", "Oceń artykuł"):
        assert _features(line, None).category == "comments", line


def test_a_sections_latest_and_the_tag_list_under_the_article_go_over_the_authors_bio():
    below = ["Latest in Cricket", "Pacer ruled out for the rest of the season with a stress fracture",
             "'He reminds me of a young Dravid': former selector praises Bengal opener",
             "Squad for the South Africa tour announced; two uncapped spinners included",
             "Topics mentioned in this article", "Ranji Trophy", "Karnataka", "Hyderabad"]
    bio = ("Arjun Menon is a senior sports correspondent with the Sentinel and has covered domestic cricket "
           "for more than a decade, from the Ranji Trophy to the women's league.")
    out = kept("\n\n".join(["Bridge to close", *PROSE, *below, bio, "© 2025 The Sentinel. All rights reserved."]))
    assert not set(below) & set(out)


def test_a_paragraph_that_quotes_a_prompt_is_the_articles_a_banner_quoting_its_button_is_not():
    # (More languages: the cases clean-quotes-a-prompt-tr and -es.)
    quoting = [
        'Investigators found that the banner offered a large green "Accept all cookies" button, while refusing '
        "took four clicks through a maze of settings.",
        "Every video ends with the same words, \u201cFollow us on Instagram\u201d, which the bakery's owner says "
        "she now hears from children in the street.",
    ]
    for paragraph in quoting:
        out = kept("\n\n".join(["Bridge to close", *PROSE[:3], paragraph, *PROSE[3:]]))
        assert paragraph in out, paragraph
    banner = ("By clicking \u201cAccept All Cookies\u201d, you agree to the storing of cookies on your device to "
              "enhance site navigation, analyze site usage, and assist in our marketing efforts.")
    assert banner not in kept("\n\n".join(["Bridge to close", *PROSE[:3], banner, *PROSE[3:]]))


def test_a_foreign_quote_goes_unless_the_article_attributes_it_in_its_own_words():
    quote = "This is the kind of solution that can scale tomorrow, not in ten years, and the jury agreed on it at once"
    attributed = f"„{quote}“, sagte Jurymitglied Karen Liu am Abend."
    assert attributed in kept("\n\n".join(["Brücke wird gesperrt", *GERMAN_PROSE, attributed]))
    bare = f"{quote}, and the council will publish the full report on its website next week."
    assert bare not in kept("\n\n".join(["Brücke wird gesperrt", *GERMAN_PROSE, bare]))


def test_a_review_box_under_the_article_is_the_articles_own():
    box = ["Pros", "Very quiet\nPrecise temperature control\nCool-touch handle", "Cons", "Fiddly filter\nSmall capacity"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *box]))
    assert out == ["Bridge to close", *PROSE, "Pros", "Very quiet", "Precise temperature control", "Cool-touch handle",
                   "Cons", "Fiddly filter", "Small capacity"]


# A photo (its caption and credit) between the share bar and the article
# does not hide the byline and dateline over the share bar.
PHOTO_UNDER_SHARE_BAR = """Hradec zvládl nájezdy a srovnal sérii s Plzní
Rozhodující nájezd proměnil v sedmé sérii obránce Jakub Růžička. Série je za stavu 2:2.
Petr Horák
24. března 2025 21:58
Sdílet na Facebooku
Sdílet na X
Hokejisté Hradce oslavují vítězný nájezd Jakuba Růžičky.
Foto: ČTK
Hokejisté Hradce Králové porazili v úterním čtvrtfinále Plzeň 3:2 po samostatných nájezdech a srovnali sérii na 2:2. O vítězi rozhodl až v sedmé sérii obránce Jakub Růžička.
Domácí šli do vedení už ve čtvrté minutě, kdy Ondřej Malý dorazil do prázdné branky odražený puk. Plzeň ale dokázala ve druhé třetině otočit skóre dvěma góly během necelých tří minut.
Vyrovnání přišlo až 93 sekund před koncem základní hrací doby. Hradec odvolal brankáře a Tomáš Brož trefil horní roh.
Prodloužení gól nepřineslo, i když obě mužstva měla velké šance. Páté utkání série se hraje ve čtvrtek v Plzni."""


def test_dateline_over_share_bar_and_photo_stays():
    out = clean(PHOTO_UNDER_SHARE_BAR).text
    assert "24. března 2025 21:58" in out
    assert "Sdílet na X" not in out


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Foto: ČTK", True),
        ("© Marco Lindner", True),
        ("Bild: picture alliance / dpa", True),
        ("Fot. UJ", True),
        ("Paul Hackett/Reuters", True),
        ("Getty Images", True),
        ("Picture: Harlow Bay Council", True),
        ("Pictures of the week", False),  # a heading: no colon
        ("Bild des Tages", False),  # a heading: no colon
        ("Foto: Die Gewinner des Wettbewerbs stehen auf der Bühne und freuen sich über den Preis", False),
        ("Photographs of the old town hall were shown at the meeting.", False),
    ],
)
def test_photo_credit_lines(line, credit):
    from newsclean.credits import _photo_credit

    assert _photo_credit(line) is credit


@pytest.mark.parametrize(
    "line, menu",
    [
        ("Nachrichten Politik Wirtschaft Sport Kultur Panorama", True),
        ("Voetbal Wielrennen Schaatsen Tennis Formule 1 Overig", True),  # a name of two words
        ("Salud Tecnología Medio ambiente Espacio Entrevistas", True),
        ("News Sport Weather", False),  # three names may be a kicker's run
        ("Apple Unveils New iPhone Lineup", False),  # a headline in title case
        ("Politics, business and culture meet in the new museum.", False),
        ("Sport Kultur Politik Wirtschaft.", False),  # a sentence, however odd
        # A local paper's places among its sections, no more of them than names.
        ("Nyheter Östersund Krokom Berg Strömsund Sport Åsikter Nöje Familj", True),
        ("Nachrichten Berlin Hamburg München Köln Sport Kultur Politik", True),
        ("Nachrichten Berlin Hamburg München Köln Bremen Sport Kultur Politik", False),
        ("Berlin Hamburg Sport Kultur Politik Wirtschaft", False),  # a menu opens with a section's name
        ("Sport und Kultur Politik Wirtschaft", False),  # a word in lower case: no menu
        # Scripts without capitals (thirty-sixth session): any other word counts as a place.
        ("หน้าแรก ข่าวเชียงใหม่ ข่าวภาคเหนือ การเมือง เศรษฐกิจ ท่องเที่ยว ศิลปวัฒนธรรม กีฬา", True),
        ("الرئيسية سياسة اقتصاد مجتمع جهات رياضة ثقافة دولي فيديو", True),
        ("الرئيسية سياسة اقتصاد", False),  # three names
        ("الحكومة تعلن خطة جديدة للاقتصاد والرياضة", False),  # a headline: no section's name first
    ],
)
def test_section_menu_on_one_line(line, menu):
    from newsclean.linefeatures import _section_menu

    assert _section_menu(line) is menu


def test_section_menu_over_the_headline_goes():
    text = (
        "Norrlandsposten\nNyheter Sport Kultur Ekonomi Debatt Väder\n"
        "Ny bro över älven öppnar i höst\n"
        "Bygget av den nya bron över Umeälven går snabbare än planerat, och kommunen räknar nu med att den kan "
        "öppna för trafik redan i oktober.\n"
        "Bron blir 240 meter lång och får en separat fil för gång- och cykeltrafik. Den gamla bron ska sedan "
        "renoveras under två år."
    )
    out = clean(text).text
    assert "Nyheter Sport Kultur" not in out
    assert "Ny bro över älven öppnar i höst" in out


POLL_IN_ARTICLE = """Castlebridge held to a draw by ten-man Redhill
Castlebridge dropped two more points at home on Saturday, held 1-1 by a Redhill side that played the last half hour with ten men after their captain was sent off.
Danny Pike gave the hosts the lead with a header from a corner after twenty minutes, but Redhill equalised before the break through a deflected shot from Owen Carey.
POLL: Who will win the Championship this season?
Castlebridge
Redhill
Someone else
Vote
View results
The result cuts Castlebridge's lead to one point over Redhill, who have a game in hand. The sides meet again in the cup next month.
Manager Liam Healy said his players had run out of ideas against a packed defence and would need to be sharper in the games to come."""


def test_reader_poll_goes_and_the_article_under_it_stays():
    lines = clean(POLL_IN_ARTICLE).text.splitlines()
    for line in ("POLL: Who will win the Championship this season?", "Someone else", "Vote", "View results"):
        assert line not in lines
    assert "The sides meet again in the cup next month." in lines[-2]
    assert lines[-1].startswith("Manager Liam Healy said")


@pytest.mark.parametrize("head, question, answers, button", [
    ("Poll", "Should the council charge more for the rebuilt lido?",
     ["Yes, the repairs have to be paid for", "No, the pool must stay affordable for every family", "Don't know"],
     "Vote"),
    ("SONDAGE", "Le maillot jaune peut-il tenir jusqu'à dimanche ?", ["Oui", "Non"], "Je vote"),
])
def test_a_reader_poll_headed_on_a_line_of_its_own_goes(head, question, answers, button):
    # Its head alone over the question; its answers may be sentences of up to ten words.
    poll = [head, question, *answers, button]
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("poll", [
    # Its results shown: each answer's share, and the count of votes on its button.
    ["Umfrage", "Nutzen Sie die Bahn regelmäßig?", "* Ja, täglich (38 %)", "* Ab und zu (27 %)", "* Nein (35 %)",
     "[12]Abstimmen 1.126 Stimmen"],
    ["## Poll", "Should the council charge more for the rebuilt lido?", "* Yes (71%)", "* No (22%)",
     "* Don't know (7%)", "1,388 votes · [Vote](#)"],
    # No button, but the shares under the answers add up to a whole.
    ["Anketa", "Mali by sa medvede odstreľovať?", "Áno", "41 %", "Nie, treba ich odplašiť", "46 %", "Neviem", "13 %"],
    # All of it on one line.
    ["SZAVAZÁS: Csökkenti jövőre a vetésterületét? Igen (47%) | Kis mértékben (31%) | Nem (22%)"],
    # No head: its answers' shares and its button together tell it.
    ["Should the lido charge more?", "Yes, repairs cost money 58%", "No, keep it cheap 42%", "Vote"],
])
def test_a_reader_poll_with_its_results_goes(poll):
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("poll", [
    # The answers and the button on one line.
    ["Sonda", "Czy wejście na szlaki w Tatrach powinno być limitowane?", "Tak Nie Nie mam zdania Głosuj"],
    # A statement to agree with or not, under its head, and the count of votes.
    ["Stelling", "De gemeente moet ondernemers compenseren voor de sluiting van de brug.",
     "Eens Oneens Geen mening Stem", "1.284 stemmen"],
])
def test_a_reader_poll_with_its_answers_and_button_on_one_line_goes(poll):
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("poll", [
    # Its count of votes under the button, in words beside the number ("cast", "voted").
    ["Sonda", "Czy będziesz jeździć tramwajem na Pieczewo?", "Tak, codziennie", "Czasami", "Nie", "Głosuj",
     "Oddano 1 482 głosy"],
    ["Anketa: Používáte při sběru hub mobilní aplikaci?", "Ano, pravidelně", "Ne", "Hlasovat",
     "Hlasovalo 1 284 čtenářů"],
    # Long answers on the button's line.
    ["Quick poll", "How much snow is in your driveway right now?",
     "Less than 6 inches 6 to 12 inches More than a foot Vote"],
    ["Anketa: Ali bi morala občina uvesti vstopnino za obisk jezera?", "Da Ne Samo v poletni sezoni Glasuj"],
    # No head: the button, and the count of votes under it.
    ["Who was the best player of the match?", "Sam Ortega Dani Ruano Iker Vela Vote", "1,284 votes"],
    # The button and its count on one line, after the answers or under them (thirty-fifth session).
    ["Sonda", "Kto był najlepszym zawodnikiem meczu?", "Jonas Lindqvist Kamil Wrzesiński Patrik Sundberg Głosuj "
     "Oddano 1 284 głosy"],
    ["Sonda", "Kto był najlepszym piłkarzem derbów?", "Kacper Wilczek", "Mateusz Ostrowski", "Alan Fiedor",
     "Głosuj Oddano 1 842 głosy"],
])
def test_a_reader_poll_with_its_count_or_long_answers_goes(poll):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("poll", [
    ["Who was the best player of the match?", "Sam Ortega", "Dani Ruano", "Iker Vela", "Vote"],
    ["Soll die Brücke für Autos gesperrt werden?", "Ja", "Nein", "Weiß nicht", "Abstimmen"],
])
def test_a_question_over_short_answers_and_a_named_button_is_a_poll(poll):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("poll", [
    # The count of votes in the button's place, at the end of the answers' line (thirty-sixth session).
    ["Stelling", "Heb jij zonnepanelen op je dak?", "Ja Nee Ik overweeg het 1.284 stemmen"],
    # The question of the day, and "har stemt" (have voted) under the button.
    ["Dagens spørgsmål", "Er du tilfreds med den nye tømmeordning?", "Ja Nej Ved ikke Stem", "1.204 har stemt"],
    # Malay: "UNDIAN" (poll) as the question's head, "Undi" (vote) as the button.
    ["UNDIAN: Adakah anda bersetuju jambatan ditutup kepada kereta?", "Ya Tidak Tidak pasti Undi"],
])
def test_polls_of_the_day_and_counts_in_the_buttons_place_go(poll):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("count", ["Glasalo: 3.482", "Nobalsojuši 2 316 lasītāji"])
def test_a_count_of_votes_with_voted_in_more_languages_closes_the_poll(count):
    poll = ["ANKETA: Treba li zatvoriti most za automobile?", "Da Ne Glasaj", count]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *poll, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("rating", ["4,8 von 5 Sternen (132 Bewertungen)", "4.8 out of 5 stars (132 reviews)",
                                    "امتیاز کاربران: ۴.۱ از ۵ (۸۶۳ رأی)", "Your rating: 1 2 3 4 5",
                                    "64 % (187 hlasů)", "Hodnotenie čitateľov: 71 % (389 hlasov)"])  # a share
def test_the_readers_mark_is_a_widget(rating):
    assert _features(rating, None).label and _features(rating, None).category == "share"


@pytest.mark.parametrize("line", ["Puanımız: 7,8/10", "Rating: 4/5", "He scored 4 of 5 (80 percent) in the test",
                                  "Won 3 of 12 (25 games)", "Scores: 1 2 3 5 8", "Ja (38 %)",
                                  "Wahlbeteiligung 64 % (187 Stimmen)"])
def test_a_critics_score_and_counts_in_sentences_are_no_readers_mark(line):
    assert not _features(line, None).label


def test_a_question_over_short_lines_and_a_date_is_no_poll():
    # A forum: a post ends with a question, its signature and date follow.
    lines = ["Are the duels really that bad?", "Jim Roe", "Moderator", "05-06-2005, 05:49 PM"]
    text = ["Bridge to close", *PROSE[:3], *lines, *PROSE[3:]]
    assert set(lines[:1]) <= set(kept("\n\n".join(text)))


def test_a_question_over_a_line_ending_in_vote_stays_without_a_count():
    # No head, no shares, no count: the article asks and answers.
    lines = ["Who can vote?", "Every resident over 16 may vote"]
    text = ["Bridge to close", *PROSE[:3], *lines, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_statement_under_a_poll_head_without_buttons_stays():
    # No answers, no button: the head may be a subheading, the line the article's.
    lines = ["Stelling", "De gemeente moet ondernemers compenseren voor de sluiting van de brug."]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *lines, *PROSE[3:]]))
    assert lines[1] in out


def test_shares_under_a_question_without_a_poll_head_or_button_stay():
    # A survey the article reports: its question and results are the story's.
    survey = ["Which crossing should the council build?", "A new bridge 48%", "A tunnel 31%", "A ferry 21%"]
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *survey, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE[:3], *survey, *PROSE[3:]]


def test_poll_shares_that_do_not_add_up_are_no_results():
    # Several answers allowed: the shares add up to more than a whole, and
    # with no button under them the lines are the article's list.
    survey = ["Umfrage", "Was stört Sie an der Brücke?", "Der Lärm (64 %)", "Der Stau (58 %)", "Die Baustelle (40 %)"]
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *survey, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE[:3], *survey, *PROSE[3:]]


def test_poll_buttons_alone_are_no_labels():
    # Without a poll's question over it, "Abstimmen" is a line like any other.
    text = (
        "Der Gemeinderat stimmt über den Haushalt ab\n"
        "Am Donnerstag entscheidet der Gemeinderat über den Haushalt für das kommende Jahr. Umstritten sind "
        "vor allem die Ausgaben für das neue Hallenbad.\n"
        "Abstimmen\n"
        "Die Fraktionen wollen ihre Anträge bis Mittwoch einreichen. Die Sitzung ist öffentlich und beginnt um "
        "18 Uhr im großen Saal des Rathauses."
    )
    assert "Abstimmen" in clean(text).text


@pytest.mark.parametrize("question, buttons", [
    ("Was this page helpful?", ["Yes", "No"]),
    ("Cette information vous a-t-elle été utile ?", ["Oui", "Non"]),
    ("Esta página foi útil?", ["Sim", "Não"]),
    ("Czy ta strona była pomocna?", ["Tak", "Nie"]),
    ("Чи була ця стаття корисною?", ["Так Ні"]),  # both buttons on one line
    ("Vai šis raksts bija noderīgs?", ["Jā", "Nē"]),
    ("この記事は役に立ちましたか？", ["はい", "いいえ"]),
])
def test_a_page_feedback_widget_goes_with_its_buttons(question, buttons):
    text = "\n\n".join(["Bridge to close", *PROSE, question, *buttons])
    assert kept(text) == ["Bridge to close", *PROSE]
    # ... as the widget's answers, not merely as the page's tail.
    widget = clean(text).paragraphs[-len(buttons):]
    assert all(p.decision.evidence.get("answers") == len(PROSE) + 1 for p in widget)


RO_PARKING = [
    "Consiliul aprobă noi taxe de parcare în centrul orașului",
    "Consiliul local a aprobat marți noi taxe de parcare pentru centru, iar tariful pe oră crește de la doi la "
    "trei lei începând din martie.",
    "Primarul Ana Pop a spus că banii vor fi folosiți pentru mai multe autobuze și o nouă pistă de biciclete "
    "de-a lungul râului, promisă acum doi ani.",
]
RO_FAQ = [
    "Întrebări frecvente",
    "Când intră în vigoare noile taxe?",
    "Noile taxe se aplică de la 1 martie, pe toate străzile din centru și în cele două parcări publice.",
    "Sunt scutiți locuitorii?",
    "Locuitorii cu permis plătesc o taxă anuală de 120 de lei și parchează gratuit în zona lor.",
]


def test_a_help_pages_link_heading_the_articles_questions_stays():
    # "Întrebări frecvente" is known as a footer's link; between the
    # article's prose and a question answered in prose it is a subheading.
    page = [*RO_PARKING, *RO_FAQ, "Distribuie articolul", "Facebook", "© 2026 Gazeta Orașului"]
    assert kept("\n\n".join(page)) == [*RO_PARKING, *RO_FAQ]


def test_a_link_that_introduces_a_paragraph_between_two_of_the_articles_stays():
    # "Tips!" is known as a footer's link; between two of the recipe's
    # paragraphs, introducing the second, it is the recipe's subheading.
    recipe = [
        "Kanelbullar med kardemumma",
        "Värm mjölken till fingervarm och rör ut jästen i den. Tillsätt smör, socker, salt och kardemumma och arbeta "
        "in mjölet lite i taget tills degen släpper bunken.",
        "Låt degen jäsa under bakduk i en timme, kavla sedan ut den, bred på fyllningen och rulla ihop den till en "
        "lång rulle som skärs i bitar.",
        "Tips!",
        "Vill du ha extra saftiga bullar kan du pensla dem med en sockerlag direkt när de kommer ut ur ugnen.",
    ]
    assert kept("\n\n".join([*recipe, "Fler recept du kanske gillar", "Sockerkaka", "Chokladbollar"])) == recipe


def test_a_help_pages_link_in_the_footer_goes():
    # The same link among the footer's, a question under it, is the footer's.
    footer = ["Întrebări frecvente", "Cum mă abonez?", "Contact", "Politica de confidențialitate"]
    assert kept("\n\n".join([*RO_PARKING, *RO_FAQ[1:3], *footer])) == [*RO_PARKING, *RO_FAQ[1:3]]


def test_a_bare_no_under_a_question_of_the_article_stays():
    interview = ["Bridge to close", *PROSE, "Will the footpath close as well?", "No."]
    assert kept("\n\n".join(interview)) == interview


def test_a_contact_address_naming_the_site_is_not_on_topic():
    prose = [p.replace("The city council", "Harbourtown Council") for p in PROSE]
    contact = ["Press office", "Anna Berg", "Phone 0123 456 789",
               "press@harbourtown-council.example"]
    assert kept("\n\n".join(["Bridge to close", *prose, *contact])) == ["Bridge to close", *prose]


def test_the_blurb_under_an_about_heading_below_the_article_goes_however_on_topic():
    bio = "Mary Hale has covered the city council and the harbour bridge for the Courier since 2015, and writes about transport."
    text = ["Bridge to close", *PROSE, "About the author", bio]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]
    blurb = ("Der Verein Hafenbrücke e.V. setzt sich seit 1994 für den Erhalt der alten Brücke und für sichere Wege "
             "über den Hafen ein.")
    text = ["Bridge to close", *PROSE, "Über uns", blurb]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("heading", ["O avtorici", "O autoru", "Tungkol sa may-akda", "關於作者"])
def test_an_about_heading_no_phrase_list_knows_goes_with_its_box(heading):
    bio = "Mary Hale has covered the city council and the harbour bridge for the Courier since 2015, and writes about transport."
    text = ["Bridge to close", *PROSE, heading, bio]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("heading", ["About Mary Hale", "Sobre Mary Hale", "Om Mary", "Hi, I’m Mary!"])
def test_an_about_box_headed_with_the_writers_name_goes_with_its_heading(heading):
    bio = "Mary Hale has covered the city council and the harbour bridge for the Courier since 2015, and writes about transport."
    text = ["Bridge to close", "By Mary Hale", *PROSE, heading, bio]
    assert kept("\n\n".join(text)) == ["Bridge to close", "By Mary Hale", *PROSE]


def test_a_subheading_about_a_place_with_prose_under_it_stays_inside_the_article():
    # Not a name's box: lower case after the word, or a name the byline does not hold.
    for subheading in ("About the ring road", "About Harbour Bridge"):
        text = ["Bridge to close", "By Mary Hale", *PROSE[:3], subheading, *PROSE[3:]]
        assert kept("\n\n".join(text)) == text


def test_an_about_page_keeps_its_prose():
    # (The heading itself is a footer's link, on its own.)
    assert kept("\n\n".join(["About us", *PROSE[:3]])) == PROSE[:3]


def test_the_header_written_as_a_block_of_its_own_under_a_menu_stays():
    menu = ("Stadtbibliothek Hohenwerth\nSuche im Katalog\nSuchen\nMein Konto\nÖffnungszeiten\nMedien\n"
            "Veranstaltungen\nService\nÜber uns\nAktuelles")
    article = [
        "Die Stadtbibliothek verleiht ab sofort nicht nur Bücher, Filme und Spiele.",
        "Im Erdgeschoss steht jetzt ein Regal mit rund 60 Dingen, die man selten braucht.",
        "Dazu gehören eine Bohrmaschine, zwei Nähmaschinen, ein Beamer und ein Waffeleisen.",
        "Ausgeliehen wird mit dem Bibliotheksausweis. Die Leihfrist beträgt zwei Wochen.",
    ]
    header = "Bibliothek der Dinge: Ab sofort auch Werkzeug ausleihen\n26.01.2024"
    assert kept("\n\n".join([menu, header, *article])) == [*header.split("\n"), *article]
    # A block going on below its dateline (a video player's lines) is not the header.
    block = header + "\nReplay\nIhr Video startet in 00:25"
    assert "Replay" not in kept("\n\n".join([menu, block, *article]))


def test_a_menu_row_padded_with_spaces_goes_a_table_header_row_stays():
    menu = "Home   News   Politics   Sport   Farming   Jobs"
    assert kept("\n\n".join([menu, "Bridge to close", *PROSE])) == ["Bridge to close", *PROSE]
    table = ["Crossing   Opened   Closes", "Old harbour bridge   1911   2026", "Ring road flyover   1978   open"]
    text = ["Bridge to close", *PROSE[:3], *table, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_links_to_files_named_with_type_and_size_go():
    downloads = ["Timetable of the works (PDF, 412 KB)", "Map of the detours - format pdf - 1,02 Mo"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *downloads])) == ["Bridge to close", *PROSE]
    sized = "The council's report runs to 240 pages and the PDF alone is 12 MB, too big for many phones."
    text = ["Bridge to close", *PROSE[:3], sized, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_league_tables_header_row_padded_to_its_columns_is_no_menu():
    table = ["Pos  Team              P   W   D   L   Pts", "1    Ashby Rovers      30  20  5   5   65",
             "2    Holme Town        30  19  6   5   63"]
    text = ["Rovers go two points clear", *PROSE[:3], *table, *PROSE[3:]]
    assert kept("\n\n".join(text)) == text


def test_a_tables_head_row_of_words_over_rows_of_figures_is_no_menu():
    # The head reads as a menu bar ("Crop | Min | Max | Average"); the rows under it count.
    table = ["Prices at a glance (rupees a quintal)", "Crop | Min | Max | Average",
             "Onions (red) | 2,900 | 4,350 | 3,800", "Onions (white) | 2,600 | 3,900 | 3,400",
             "Potatoes | 1,200 | 1,650 | 1,450"]
    text = ["Onion prices jump 40% in a week", *PROSE[:3], "\n".join(table), *PROSE[3:]]
    assert kept("\n\n".join(text)) == [*text[:4], *table, *PROSE[3:]]
    # A menu bar over a sentence stays a menu.
    assert "News | Sport | Business | Weather" not in kept("\n\n".join(
        ["News | Sport | Business | Weather", "Onion prices jump 40% in a week", *PROSE]))


def test_a_standings_widget_under_its_link_goes_the_articles_own_table_stays():
    table = ["League table", "Pos Team P Pts", "1 Ashby Rovers 30 65", "2 Holme Town 30 63", "3 Kirkby 29 58"]
    own = ["Rovers go two points clear", *PROSE, *table]
    assert kept("\n\n".join(own)) == own  # the article's own table: no link to the whole table under it
    widget = [*table, "View full table"]
    assert kept("\n\n".join(["Rovers go two points clear", *PROSE, "\n".join(widget)])) == [
        "Rovers go two points clear", *PROSE]
    # The link alone goes too; a sentence over the rows is no title of theirs.
    text = ["Rovers go two points clear", *PROSE, "He declined to comment.", "\n".join(table[2:]), "Full table"]
    assert kept("\n\n".join(text)) == ["Rovers go two points clear", *PROSE, "He declined to comment."]


def test_the_league_table_inside_the_report_stays_when_the_report_goes_on_under_its_link():
    # (forty-first session: a Slovak hockey report's "Tabuľka po 44. kole
    # (prvých šesť)", its link to the whole table, then the report's last line)
    table = ["League table after round 30", "Pos Team P Pts", "1 Ashby Rovers 30 65", "2 Holme Town 30 63",
             "3 Kirkby 29 58"]
    last = "With the bridge closed, Rovers fans will take the ring road to Saturday's match at Kirkby."
    text = ["Rovers go two points clear", *PROSE, *table, "View full table", last]
    assert kept("\n\n".join(text)) == ["Rovers go two points clear", *PROSE, *table, last]


def test_the_articles_box_under_a_read_more_line_and_the_sentence_closing_it_stay():
    box = ["The scheme in numbers", "* Cost: 14.2 million, of which 9.8 million from flood grants",
           "* Length: 620 metres, with three flood gates", "* Homes protected: 340"]
    text = ["Flood wall approved", *PROSE, "Read more: Cooper's Bridge to close for eight weeks of repairs", *box,
            "The regional flood authority declined to comment.", "More from Council",
            "Parking charges to rise at three car parks\nLibrary opening hours cut in budget plans"]
    assert kept("\n\n".join(text)) == ["Flood wall approved", *PROSE, *box,
                                        "The regional flood authority declined to comment."]


def test_a_menu_under_a_summary_heading_is_no_summary():
    # "Claves" names a summary's box, but its items here are a menu's: one or two words each.
    menu = ["Claves", "Presidenciales\nNueva Constitución\nEducación\nPolítica\nCongreso"]
    out = kept("\n\n".join(["Portada | Noticias | Opinión", *menu, "El puente cierra en marzo", *PROSE]))
    assert not any(line in out for line in ("Claves", "Presidenciales"))


def test_lynxs_lead_photo_with_its_caption_wrapped_does_not_cut_the_header_off():
    # lynx prints the lead photo as "[IMG]" and its caption, wrapped: two short
    # lines of a block of their own, between the credits and the lede.
    menu = "   [1]Sports Voice\n     * [2]Football\n     * [3]Basketball\n     * [4]Handball"
    header = ["   [7]Handball | Superleague", "Riverside take top spot with a late run against Northgate in\nthe derby",
              "   By Nick Jensen | 02.03.2024. 21:37\n   [8]Share | [9]Comments (8)"]
    photo = "   [IMG] The keeper saved 17 shots in the derby on Saturday night (Photo:\n   Dan Miric)"
    out = kept("\n\n".join([menu, *header, photo, *PROSE]))
    assert out[:3] == ["[7]Handball | Superleague", "Riverside take top spot with a late run against Northgate in\nthe derby",
                       "By Nick Jensen | 02.03.2024. 21:37"]
    assert out[-len(PROSE):] == PROSE


def test_headlines_under_read_also_end_at_a_one_word_subheading_over_prose():
    box = ["Lees ook", "Oosterdam breidt openingstijden sportcomplex uit",
           "Zorgen over zwemles: wachtlijsten in de regio groeien"]
    text = ["Bridge to close", *PROSE[:2], "\n".join([*box, "Teleurstelling", PROSE[2]]), *PROSE[3:]]
    out = kept("\n\n".join(text))
    assert not any(line in out for line in box)
    assert out == ["Bridge to close", *PROSE[:2], "Teleurstelling", *PROSE[2:]]


def test_one_headline_under_read_also_in_an_interview_goes_and_the_interview_goes_on():
    # The questions are short lines; under the headline the answers go on,
    # though on other words than the article above (no off-topic tail).
    qa = ["Q: Why does one hour matter so much?",
          "A: Because it is not about the one night. Most people get over that within a day, but the clock in our "
          "bodies needs a week or more to follow the light, and many never quite catch up before autumn comes.",
          "Q: Who is hit hardest?",
          "A: Teenagers, quite clearly. Their inner clock runs late anyway, and school starts at the same time as "
          "before, so they lose sleep every single morning for weeks after the change.",
          "Q: What should we do?",
          "A: Get out into the light as early as you can, even when the sky is grey, and keep the evenings dim, "
          "with the screens off for an hour before you go to bed.",
          "Q: And coffee?",
          "A: Gladly. But not after two in the afternoon, and never as a way to make up for a night that was "
          "too short: that only moves the problem to the next evening."]
    box = ["Read also", "Sleepless in the city: why noise harms us more than we thought"]
    tail = ["More on this topic", "Melatonin: what the hormone can do", "How long should a nap be?"]
    text = ["Clocks go forward: what it does to us", *PROSE, *qa[:4], *box, *qa[4:], *tail]
    assert kept("\n\n".join(text)) == ["Clocks go forward: what it does to us", *PROSE, *qa]


@pytest.mark.parametrize("credit", ["Reporting by Tom Lee; Editing by Ann Roe", "취재: 박지훈, 이서연 기자",
                                    "Posted by Jane Roe, Product Manager, Harbour Maps",
                                    "Minh Châu (NSM)",  # (forty-first session: a name and the desk's code,
                                    "Jane Roe and Tom Lee, friends and former colleagues"])  # an obituary's signature)
def test_the_reporters_credit_right_under_the_article_is_among_its_closing_lines(credit):
    from newsclean.boilerplate import _features
    from newsclean.document import Paragraph
    from newsclean.lineclass import GOOD, SHORT
    from newsclean.tail import _closing_lines

    texts = [*PROSE[:2], credit, "Harbour Daily tip line"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    assert _closing_lines(paras, feats, [GOOD, GOOD, SHORT, SHORT], 1) == {2}


def test_indonesian_reporters_heads_open_a_credit():
    # (forty-fifth session) "Pewarta", "Wartawan": the reporter, as Antara's
    # wire stories sign them (the case id-wire-story-reporter-and-editor-past-a-teaser).
    from newsclean.credits import _credit_line
    assert _credit_line("Pewarta: Dimas Prasetyo") and _credit_line("Wartawan: Dimas Prasetyo")


def test_a_statement_in_the_last_paragraphs_own_block_is_among_its_closing_lines():
    # (forty-fifth session: a travel box's last line, its figures and all,
    # written in the block of the box's other lines, over an affiliate box)
    from newsclean.boilerplate import _features
    from newsclean.document import Paragraph
    from newsclean.lineclass import GOOD, SHORT
    from newsclean.tail import _closing_lines

    texts = [*PROSE[:2], "Fell trail: 4 km each way, 2–3 hours.", "Find a hotel in Porthaven"]
    feats = [_features(t, None) for t in texts]
    for last_block, closing in ((1, {2}), (2, set())):  # in the last paragraph's block, or in its own
        blocks = [0, 1, last_block, 3]
        paras = [Paragraph(i, t, 0, len(t), i + 1, blocks[i], plain=t) for i, t in enumerate(texts)]
        assert _closing_lines(paras, feats, [GOOD, GOOD, SHORT, SHORT], 1) == closing


def test_a_credit_with_a_date_is_no_closing_credit():
    from newsclean.tail import _closing_credit

    assert _closing_credit("Reporting by Tom Lee; Editing by Ann Roe")
    assert not _closing_credit("Posted by Jane Roe on 8/09/2012 12:13:00 PM | Permalink")
    assert not _closing_credit("Posted October 26, 2012 @ 2:49 PM by Robert Brady")


@pytest.mark.parametrize(("line", "credit"), [
    # (thirty-third session) A news agency's name, a slash and the reporter's name.
    ("LETA/Anna Kalniņa, redaktors Jānis Bērziņš", True),
    ("BNS/Jonas Petraitis", True),
    ("USA/Canada trade talks resume", False),  # a headline
    ("NATO/Russia Council meets in Brussels", False),
])
def test_an_agency_and_its_reporter_under_the_article(line, credit):
    from newsclean.tail import _closing_credit

    assert _closing_credit(line) is credit


@pytest.mark.parametrize("deck_class", ["good", "short"])
def test_the_deck_over_the_credits_past_a_captions_sentence(deck_class):
    # A standfirst (a paragraph, or a long line with few stopwords and no
    # full stop) over the byline, the date, the share bar and the lead
    # photo's caption, a sentence of its own: the caption is no deck.
    from newsclean.document import Paragraph
    from newsclean.header import _deck_over_credits
    from newsclean.lineclass import BAD, GOOD, SHORT

    texts = ["Snow cuts off 84 villages in the hills",
             "Two days of heavy snow have closed 84 village roads in the hills around Karacam and schools shut on "
             "Wednesday as the governor asks people to stay at home",
             "By Emre Yalcin", "21.01.2025 - 15:42", "Share",
             "Snow ploughs worked through the night on the road to Dereli.", PROSE[0]]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    classes = [SHORT, GOOD if deck_class == "good" else SHORT, SHORT, SHORT, BAD, SHORT, GOOD]
    assert _deck_over_credits(paras, classes, 6) == 1


def test_a_french_read_also_teaser_on_the_articles_topic_goes():
    prose = [
        "Le conseil municipal a voté mardi la fermeture du vieux pont du port aux voitures dès le printemps prochain.",
        "Les automobilistes passeront par la rocade, et les bus garderont une voie réservée pendant les travaux.",
        "Les commerçants proches du pont craignent de perdre des clients pendant la fermeture du passage.",
        "Le maire a promis une aide aux commerces qui pourront prouver une baisse de leur chiffre d'affaires.",
    ]
    teaser = "À lire aussi : Vieux pont du port, les travaux de fermeture prolongés au printemps"
    text = ["Le pont fermé aux voitures", *prose[:2], teaser, *prose[2:]]
    assert kept("\n\n".join(text)) == ["Le pont fermé aux voitures", *prose]


@pytest.mark.parametrize(
    "slogan",
    [
        "Your best source for harbour and ferry news, rumors, analysis and timetables from the dockside.",
        "Harbour Watch is the only independent destination for news about the port and its bridges.",
        "Retrouvez toute l'actualité de la ville et de son port, chaque jour, sur notre site.",
        "Ihr Portal für Nachrichten, Termine und Veranstaltungen aus der Hafenstadt und dem Umland.",
    ],
)
def test_the_sites_description_of_itself_over_the_article_goes(slogan):
    # (Without the language filter: the French and German ones would go as foreign first.)
    result = clean("\n\n".join(["Bridge to close", slogan, *PROSE]), language_filter=False)
    assert [p.text for p in result.paragraphs if p.kept] == ["Bridge to close", *PROSE]
    assert result.paragraphs[1].decision.code == "B125"


def test_a_standfirst_and_a_lede_that_speak_of_a_site_stay():
    # A standfirst that restates nothing, and a first paragraph in slogan
    # words that is about the article's own subject, are the article's.
    standfirst = "Drivers face two years of detours while engineers rebuild the frame of the old crossing."
    lede = (
        "Harbour Watch is the only independent source for news about the bridge, and its reporters "
        "found the engineers' report that warned the council about the corroded frame of the bridge."
    )
    about_site = [
        "The council said the bridge report was first published by Harbour Watch, a news site run by volunteers.",
        "Harbour Watch reporters have followed the state of the bridge and its frame for years, the council's engineers said.",
    ]
    for text in (
        "\n\n".join(["Bridge to close", standfirst, *PROSE]),
        "\n\n".join(["Bridge to close", lede, *PROSE, *about_site]),
    ):
        assert kept(text) == [p for p in text.split("\n\n")]


@pytest.mark.parametrize("byline", ["Interview by Karim Benali", "Karim Benali"])  # (a bare name over its dateline)
def test_a_byline_and_dateline_over_a_paywall_badge_inside_the_article_stay(byline):
    dateline = "12/03/2025, 06:15"
    badge = ["Subscribers only", "Subscribe now"]
    page = ["Bridge to close", PROSE[0], byline, dateline, *badge, *PROSE[1:]]
    out = kept("\n\n".join(page))
    assert byline in out and dateline in out
    assert not set(badge) & set(out)


@pytest.mark.parametrize(
    "box",
    [
        ["The Harbour Weekly is reader-funded",
         "We have no owner to answer to. Our reporting is paid for by readers like you, and it stays free to read.",
         "Support the Harbour Weekly"],
        ["Soutenez un journalisme indépendant",
         "La Gazette du Port est financé par ses lecteurs, sans publicité et sans actionnaire.",
         "Je m'abonne"],
    ],
)
def test_a_membership_box_below_the_article_goes(box):
    page = ["Bridge to close", *PROSE, *box]
    assert kept("\n\n".join(page), language_filter=False) == ["Bridge to close", *PROSE]


def test_the_header_walk_goes_past_a_byline_printed_over_its_dateline():
    # Headline, standfirst, then the byline over its dateline in a block of
    # their own, then the article: the header walk climbs past the credits
    # to the standfirst and the headline, whatever words they share.
    menu = ["Home | News | Business | Sport | Culture", "Home > News"]
    headline = "Harbour crossing shut for the winter"
    standfirst = "Commuters face longer trips through the spring"
    credits = "Anna Kowalski\n14 May 2025, 09:42"
    text = "\n\n".join([*menu, headline, standfirst, credits, *PROSE])
    out = kept(text)
    assert out[:4] == [headline, standfirst, "Anna Kowalski", "14 May 2025, 09:42"]
    assert not set(menu) & set(out)


@pytest.mark.parametrize("byline", ["By: Anna Kowalski", "Oleh: Rian Prasetyo", "Von: Jana Novak"])
def test_the_whole_header_printed_as_one_block_stays_under_the_menu(byline):
    # Kicker, headline, standfirst, byline ("By:" with a colon) and dateline
    # in one block, under a one-item-a-line menu and over a share bar.
    menu = "Home\nNews\nBusiness\nSport\nCulture\nSign in"
    header = ["HARBOUR", "Harbour crossing shut for the winter after storm damage",
              "Commuters face longer trips through the spring, the council says.", byline, "14 May 2025, 09:42"]
    text = "\n\n".join([menu, "\n".join(header), "Share\nFacebook\nX", *PROSE])
    assert kept(text) == [*header, *PROSE]


@pytest.mark.parametrize(
    "menu",
    [
        "Home  News  Sport  Harbour & Coast  Homes  Travel  Puzzles",
        "ホーム　ニュース　地域　イベント　スポーツ",
    ],
)
def test_a_menu_row_parted_by_two_spaces_or_ideographic_spaces_goes(menu):
    out = kept("\n\n".join(["The Harbour Gazette", menu, "Bridge to close", *PROSE]))
    assert menu not in out and "Bridge to close" in out


def test_the_header_walk_goes_past_the_lead_photo_and_its_caption():
    menu = "Home  News  Sport  Harbour & Coast  Homes  Travel  Puzzles"
    header = ["Bridge to close", "By Jane Roe", "3 September 2024, 07:30"]
    photo = "[photo-harbour-bridge]\nThe old harbour bridge on Monday morning. © Tom Rees"
    out = kept("\n\n".join([menu, *header, photo, *PROSE]))
    assert out[:3] == header
    assert out[-len(PROSE):] == PROSE


@pytest.mark.parametrize("heading", ["Newsletter Harbour", "La newsletter Marchés", "Newsletter de Vivienda",
                                     "Newsletter Harbour news"])  # (a name in sentence case, as French writes one)
def test_a_newsletters_name_with_the_word_first_heads_its_box(heading):
    box = [heading, "Every Friday, the week's harbour news in your inbox.", "Subscribe"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *box]), language_filter=False)
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("subheading", ["Newsletter subscribers doubled", "Newsletter Harbour news doubled."])
def test_a_subheading_about_newsletters_stays(subheading):
    text = "\n\n".join(["Bridge to close", *PROSE[:3], subheading, *PROSE[3:]])
    assert subheading in kept(text)


def test_one_headline_under_a_related_label_inside_the_article_goes():
    teaser = "Ferry fares to rise for the third year running"
    page = ["Bridge to close", *PROSE[:3], "Read also", teaser, *PROSE[3:]]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("label", ["Advertisement", "Read more »"])
def test_a_subheading_under_an_ad_label_or_a_read_more_link_stays(label):
    subheading = "What happens to the ferries next"
    page = ["Bridge to close", *PROSE[:3], label, subheading, *PROSE[3:]]
    assert subheading in kept("\n\n".join(page))


def test_an_ad_label_under_a_related_box_does_not_end_the_article():
    box = ["READ MORE ON THE HARBOUR", "Ferry fares to rise for the third year running",
           "New playground opens in the old town square"]
    most_read = ["MOST READ IN NEWS", "Couple wake up to find neighbours have moved their shed",
                 "Tributes to teen footballer killed in crash", "TOP STORIES"]
    page = ["Bridge to close", *PROSE[:2], *box, PROSE[2], "Advertisement", *PROSE[3:], *most_read]
    assert kept("\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_dateline_block_may_end_with_a_relative_update_stamp():
    menu = "Home  News  Business  Markets  World  Technology"
    headline, byline = "Harbour ferry company profit slides by forty percent", "By Jane Roe"
    dates = "March 7, 2024 6:14 AM GMT\nUpdated 2 hours ago"
    out = kept("\n\n".join([menu, "Business\nTransport", headline, byline, dates, "3 minute read", *PROSE]))
    assert out == [headline, byline, *dates.split("\n"), *PROSE]


def test_lynx_list_of_the_pages_links_goes():
    links = ["1. https://harbourgazette.example/news/bridge#main", "2. https://harbourgazette.example/",
             "12. mailto:news@harbourgazette.example"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, "\n".join(links)]))
    assert out[-len(PROSE):] == PROSE and not set(links) & set(out)


def test_a_numbered_line_that_names_an_address_in_prose_stays():
    line = "1. Visit https://harbourgazette.example for the new timetable."
    text = "\n\n".join(["Bridge to close", *PROSE[:3], line, *PROSE[3:]])
    assert line in kept(text)


def test_the_header_walk_passes_a_share_bar_and_text_size_buttons_under_the_byline():
    menu = "Home  News  Business  Markets  World  Technology"
    header = ["Bridge to close for two years", "By Jane Roe", "Updated: Mar 12, 2025, 11:04"]
    widgets = ["Share", "A+", "A-"]
    caption = "Cars queue on the old harbour bridge on Tuesday morning"
    out = kept("\n".join([menu, *header, *widgets, caption, *PROSE]))
    assert out[: len(header)] == header
    assert "Share" not in out
    # The buttons go too, in any script, above the share bar or below it.
    for widgets in (["A+", "A-", "Share", "Comments (3)"], ["가", "가", "Share", "Copy link", "Comments (3)"]):
        out = kept("\n".join([menu, *header, *widgets, caption, *PROSE]))
        assert out[: len(header)] == header and not set(widgets) & set(out)


def test_the_sites_name_and_slogan_over_its_first_menu_go_however_on_topic():
    masthead = ["Harbour Bridge Courier", "News from the bridge and the waterfront since 1921"]
    menu = "Home | News | Sport | Business | Culture"
    page = [*masthead, menu, "Bridge to close", *PROSE]
    assert kept("\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_bare_title_line_over_the_first_menu_stays():
    # Some scrapers print the page's title first; without a site's name in
    # it, it may be the only headline the text has.
    title = "Harbour bridge to close for two years"
    menu = "Home | News | Sport | Business | Culture"
    assert kept("\n".join([title, menu, *PROSE]))[0] == title


def test_chinese_prose_weighs_by_its_width_and_goes_on_past_a_caption_and_a_list():
    # A Chinese sentence of 50 characters says what 100 letters of English
    # do: weighed by characters, the three paragraphs below the gallery
    # counter, caption, related line and list did not outweigh those lines.
    head = ["滨江地铁5号线开通进入倒计时", "2025-06-18 09:32　来源：滨江日报　作者：周晓岚"]
    top = ["记者从市轨道交通集团获悉，地铁5号线一期工程已完成全部设备调试，预计于今年9月底开通运营，届时将连接南湖新城与老城区。",
           "5号线一期全长21.6公里，共设车站17座，串联起南湖新城、火车站、人民广场和东港物流园等客流集中的区域。",
           "据介绍，5号线将在人民广场站、火车站站与既有线路实现换乘，乘客无需出站即可完成换乘，换乘距离控制在一百米以内。"]
    caption = "5号线南湖新城站站厅内景。记者 周晓岚 摄"
    stations = ["目前仍有5座车站处于装修收尾阶段，分别是：", "——文昌路站", "——樱花园站", "——东港西站", "——物流园站", "——海关路站"]
    rest = ["陈志远表示，上述车站预计在7月底前全部完成验收，8月起全线开展不载客试运行。",
            "值得一提的是，5号线首次在本市地铁列车上设置无障碍专用车厢，车厢内配有轮椅固定装置和低位扶手。",
            "家住南湖新城的市民李女士每天要换乘两趟公交去老城区上班。“等了三年，终于等到了。”她说。"]
    page = ["首页", "新闻", "本地", "财经", *head, *top, "1/6", caption, "相关阅读：滨江地铁票价调整听证会下月召开",
            *stations, *rest, "相关新闻", "滨江今年将新开3条地铁接驳公交线", "东港物流园二期项目开工"]
    out = kept("\n\n".join(page))
    assert all(line in out for line in [*head, *top, caption, *stations, *rest])
    assert "相关新闻" not in out and "东港物流园二期项目开工" not in out


def test_a_line_opening_with_a_related_phrase_and_a_colon_is_a_teaser_whatever_the_phrases_letters():
    from newsclean.topic import _leads_the_line

    # The lexicon keeps its phrases as written ("ayrıca"); the line is folded ("ayrica").
    assert _leads_the_line("Ayrıca okuyun: 1. Lig'de haftanın toplu sonuçları", "ayrıca okuyun:")
    # A phrase listed without its colon, followed by one in the line.
    assert _leads_the_line("Читайте также: Дольщики вышли на пикет", "читайте также")
    assert _leads_the_line("**Lesen Sie auch:** Neue Fähre", "lesen sie auch:")
    # Not a phrase inside the sentence, nor one without a colon after it.
    assert not _leads_the_line("Он сказал: читайте также: новости", "читайте также")
    assert not _leads_the_line("Читайте также новости о суде в нашем канале", "читайте также")


@pytest.mark.parametrize(
    "table",
    [
        # Key figures in aligned columns, under their heading and a header row.
        ["Key figures, first quarter (SEK m)", "                  2024      2023", "Net sales        4 104     4 412",
         "Operating profit   312       488", "Operating margin, %  7,6   11,1", "Earnings per share  1,62  2,71"],
        # A Markdown table of results.
        ["## Full results", "| Event | Winner | Score |", "| --- | --- | --- |", "| Men's singles | Arif Maulana | 21-15, 21-17 |",
         "| Women's singles | Song Ji-woo | 19-21, 21-16, 21-12 |", "| Mixed doubles | Reza Firmansyah | 21-14, 22-20 |"],
    ],
)
def test_a_table_right_under_the_article_is_its_own_and_the_tail_starts_below_it(table):
    tail = ["Most read", "Heat wave breaks records", "Ferry fares rise again", "Council tax: what the new bands mean"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, "\n".join(table), *tail]))
    assert out[: len(PROSE) + 1] == ["Bridge to close", *PROSE]
    assert all(any(line.strip() in block for block in out) for line in table)
    assert not set(tail) & set(out)


def test_a_read_also_line_under_the_article_does_not_take_its_fact_box_with_the_footer():
    # At the end of the text one known line takes what follows it, but a
    # "Read also: <headline>" line is an insert: the article's box under it stays.
    box = ["Match facts", "Harbour Town 3, Riverside 4 (after penalties)", "Scorers: Kopecky 6, 48, Vlach 14; Dusek 25, 31, Zeman 29",
           "Referee: Jan Pátek", "Attendance: 1,120 (sold out)"]
    footer = ["Comments (14)", "Join the discussion", "© 2024 Sport Region | Contact | Advertising | Privacy"]
    page = ["Bridge to close", *PROSE, "Read also: Riverside sack their coach after six defeats in a row", *box, *footer]
    out = kept("\n\n".join(page))
    assert out[: len(PROSE) + 1] == ["Bridge to close", *PROSE]
    assert [line for line in box if line in out] == box
    assert not set(footer) & set(out)


def test_a_video_players_controls_between_the_articles_paragraphs_open_no_section():
    # "Play Video" is known as navigation, but a player sits inside the
    # article: the paragraphs under it, however different their words, stay.
    player = ["Play Video", "00:00 / 01:48", "Mute"]
    below = ["Their goalkeeper made three fine saves before the late winner, and the visitors finished with ten men.",
             "Reaction",
             "The home manager said her players had found something after a poor first half in front of a full stand.",
             "The visiting coach was unhappy with the red card and the six minutes of added time at the end of the game."]
    tail = ["Most read", "Sowerby United appoint former captain as interim boss", "© Northfold Sport Ltd 2024"]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:4], *player, *below, *tail]))
    assert out == ["Bridge to close", *PROSE[:4], *below]


def test_a_two_column_list_of_author_and_headline_under_the_article_is_no_table():
    more = ["From our columnists", "Yuval Shimoni | Why nobody reads the terms", "Dr Rachel Amir | The school year is too long",
            "Avi Nahmias | Buses that never come", "12 comments", "Add a comment"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *more]))
    assert out == ["Bridge to close", *PROSE]


def test_the_standings_right_under_the_results_under_the_match_report_are_its_own_too():
    results = ["## Results", "| Home | Score | Away |", "| --- | --- | --- |", "| Harbour Town | 4-1 | Riverside |",
               "| Millbeck | 1-1 | Sowerby |", "| Aldbury | 0-2 | Penhallow |"]
    standings = ["## Standings", "| Pos | Team | P | Pts |", "| --- | --- | --- | --- |", "| 1 | Harbour Town | 12 | 27 |",
                 "| 2 | Penhallow | 12 | 26 |", "| 3 | Millbeck | 12 | 24 |"]
    tail = ["Most read", "Ferry fares rise again", "© 2024 Sport Region"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *results, *standings, *tail]))
    assert out == ["Bridge to close", *PROSE, *results, *standings]


def test_a_days_results_right_under_the_match_report_are_its_own():
    results = ["Saturday's results", "Harbour Town 3 - 2 Riverside (Quay Park)", "Millbeck 6 - 4 Sowerby (The Dome)",
               "Aldbury 1 - 8 Penhallow (Civic Ground)", "Kestrel 5 - 5 Northfold (after extra time)"]
    tail = ["Most read", "Ferry fares rise again", "© 2024 Sport Region"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *results, *tail]))
    assert out == ["Bridge to close", *PROSE, *results]


@pytest.mark.parametrize("line", ["নিজস্ব প্রতিবেদক, বকুলগঞ্জ", "প্রতিবেদক: তানিয়া রহমান", "संवाददाता, रामगढ़ी",
                                  "Texto: Álvaro Ledesma | Fotos: Marta Sobrado", "Testo: Giulia Neri",
                                  "Teksti: Aino Mäkelä",  # (forty-fourth session: Finnish "text:")
                                  "เรื่อง: พิมพ์ชนก ศรีสุข",  # (forty-third session: Thai "story:")
                                  "de Andrei Munteanu"])  # (forty-fourth: Romanian "by", a whole line)
def test_bengali_and_hindi_reporter_lines_are_bylines(line):
    from newsclean.credits import _credit_line

    assert _credit_line(line)


@pytest.mark.parametrize("ticker, quotes", [
    ("Dólar R$ 5,03 ▲ 0,42% | Euro R$ 5,46 ▲ 0,18% | Índice Atlântico 50", True),
    ("USD 41,25 ▲  EUR 44,80 ▼", True),
    ("DAX +0,4 % | Dow -0,2 % | Gold +1,1 %", True),
    ("Shares rose +2.1% and the index fell -0.8% on Tuesday.", False),
    ("Sales +12% | Profit -3%", False),
])
def test_a_market_tickers_line_goes_wherever_it_is(ticker, quotes):
    from newsclean.widgets import market_quotes

    assert market_quotes(ticker) is quotes
    if quotes:
        assert kept("\n\n".join(["Bridge to close", ticker, *PROSE])) == ["Bridge to close", *PROSE]


def test_a_market_ticker_written_a_quote_a_line_goes_a_fact_box_of_figures_stays():
    ticker = ["EUR 4,3172 +0,12%", "USD 3,9845 -0,08%", "CHF 4,4520 +0,05%", "WIG20 2 391,44 +0,61%"]
    # One paragraph a line, no blank lines: the quotes run into the header,
    # under a note of the site that reads as prose.
    notice = ("Dear reader, we have changed the way this site looks this autumn, and we would be glad to hear "
              "what you think of it once you have had a look around.")
    header = ["Bridge to close", "By Tom Rybak", "14.10.2024, 11:20"]
    out = kept("\n".join(["Home", "Taxes", "Pensions", notice, *ticker, "Property", *header, *PROSE]))
    assert not set(ticker) & set(out) and out[-len(PROSE) - 3:] == [*header, *PROSE]
    facts = ["Sales 4,120 +12%", "Profit 310 -3%", "Employees 2,400 +2%"]
    text = ["Bridge to close", *PROSE[:3], "\n".join(facts), *PROSE[3:]]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE[:3], *facts, *PROSE[3:]]


def test_a_ticker_of_two_word_indexes_and_a_currency_pair_goes():
    ticker = ["IBEX 35 10.842,30 +0,62%", "EURO STOXX 50 4.871,15 -0,11%", "EUR/USD 1,0853"]
    out = kept("\n\n".join(["Home", "Economy", "Markets", *ticker, "Bridge to close", *PROSE]))
    assert not set(ticker) & set(out) and out[-len(PROSE):] == PROSE
    # A pair's rate alone, with no quotes beside it, is the article's line.
    text = ["Bridge to close", *PROSE[:3], "EUR/USD 1,0853", *PROSE[3:]]
    assert "EUR/USD 1,0853" in kept("\n\n".join(text))


def test_a_rule_line_outside_the_article_goes_and_one_inside_it_stays():
    page = ["Bridge to close", *PROSE[:3], "* * *", *PROSE[3:], "* * *", "-" * 40]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:3], "* * *", *PROSE[3:]]


def test_a_dateline_with_a_reading_time_stays_with_the_header():
    header = ["Bridge to close", "Von Katrin Oberländer", "05.02.2025 | Lesedauer: 4 Minuten"]
    page = "\n\n".join(["Home\nNews\nSport\nCulture", "\n".join(header), "Teilen\nDrucken", *PROSE])
    assert kept(page) == [*header, *PROSE]
    # A category line with its date is the blog's furniture, as before.
    assert "Posted in music | pictures on November 6, 2012" not in kept(
        "\n\n".join(["Bridge to close", *PROSE, "Posted in music | pictures on November 6, 2012", "Older posts"]))


def test_a_paragraph_quoting_a_prompt_holds_the_article_together_a_banner_appended_under_it_goes():
    quoting = ('A fake e-mail is going round too, dressed as a newsletter under the heading "Sign up for our '
               'newsletter", and it asks readers for their bank details.')
    tips = ["What can you do?", "*   Do not click links in mails you did not expect.",
            "*   Log in through the official app only.", "*   Change your password if you use it elsewhere."]
    page = ["Bridge to close", *PROSE[:2], "What the engineers found", *PROSE[2:4], quoting, *tips,
            "The regulator confirmed the report but would not say whether it would open an investigation."]
    related = ["Related", "*   Council fines parking app\n*   Review: the bike that locks itself"]
    assert kept("\n\n".join(page + related)) == page
    banner = ("By clicking \u201cAccept all cookies\u201d, you agree Example Media can store cookies on your device "
              "and disclose information in accordance with our Cookie Policy.")
    assert banner not in kept("\n\n".join(["Bridge to close", *PROSE, banner]))


def test_a_related_box_inside_the_article_does_not_end_it_when_a_section_that_speaks_of_itself_follows():
    box = ["You may also like", "Five mountain villages to visit this winter", "The best viewpoints of the north coast",
           "A walk among the old mills"]
    section = ["Second day: the chestnut festival",
               "If you can, go on the second weekend of November, when the village holds its chestnut festival and "
               "the square fills with fires.",
               "The festival ends with a lunch for everyone in the square: stew, chestnuts with milk and wine from the "
               "valley."]
    article = ["Bridge to close", PROSE[0], "What the engineers found", *PROSE[1:3]]
    footer = ["Subscribe to our newsletter", "Your email", "About us\nContact\nPrivacy"]
    page = [*article, "Advertisement", "\n".join(box), *section, *footer]
    assert kept("\n\n".join(page)) == [*article, *section]
    # A sidebar's next box: a heading that the blurbs under it do not speak of.
    sidebar = ["Guest Posts",
               "Why the new phone launch is not as big as you have been told, by a columnist who was there, on a rainy day",
               "How three founders turned a garage into a company that now employs more than two hundred people"]
    out = kept("\n\n".join([*article, "Advertisement", "\n".join(box), *sidebar, *footer]))
    assert not set(sidebar) & set(out)


def test_a_headline_and_its_subtitle_stay_over_a_byline_in_a_block_of_their_own():
    header = ["Ferries stop as the harbour bridge closes for two years",
              "Thousands of commuters face longer trips – 46 crossings cancelled"]
    page = "\n\n".join(["Home\nNews", "Transport", "\n".join(header), "Σύνταξη: Ελένη Παπαδοπούλου\n21/05/2024 08:15",
                        "Share", *PROSE])
    assert kept(page)[:2] == header


def test_a_two_column_markdown_table_under_its_heading_below_the_article_stays():
    table = ["## Useful information", "| | |", "|---|---|", "| Residents | about 180 |", "| Cash machine | one, at the port |",
             "| Pharmacy | no, a doctor's surgery only |"]
    footer = ["Related articles", "Ten quiet islands for the summer", "How to travel the islands on a budget",
              "Terms of use", "© 2025 Island Guide"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *table, *footer]))
    assert out == ["Bridge to close", *PROSE, *table]


@pytest.mark.parametrize("box", [
    ["В цифрах", "11,9% — средний рост тарифов с 1 июля", "14,7% — рост платы за отопление",
     "64% — доля теплотрасс старше 30 лет"],
    ["Key figures", "Turnover: £4.1m", "Employees: 212", "Branches: 9"],
])
def test_a_fact_box_under_the_article_stays_and_the_links_under_it_go(box):
    links = ["[12]Buy at the shop  [13]Compare prices", "Popular reviews",
             "* [14]We took three headphones apart and found one circuit board",
             "* [15]Should you buy a robot vacuum? An editor's verdict after a year"]
    out = kept("\n".join(["Bridge to close", *PROSE, *box, *links, "Comments (36)", "Great review, thanks."]))
    assert out == ["Bridge to close", *PROSE, *box]



@pytest.mark.parametrize("box", [
    ["Nutrition per serving", "Energy 410 kcal", "Protein 24 g", "Carbohydrates 42 g", "Fat 15 g"],
    ["1人分の目安", "エネルギー 約310kcal", "塩分 約2.1g", "調理時間 15分"],
])
def test_a_box_of_measures_under_the_article_stays(box):
    # (forty-second session: a recipe's nutrition box, "Energija 410 kcal",
    # "塩分 約2.1g", its rows a name and a measure with its unit)
    tail = ["Rate this recipe:", "Most popular recipes", "Pea soup with smoked ham\nNettle gnocchi in 20 minutes\n"
            "Walnut roll that does not crack", "About us | Advertising | Terms of use", "© 2026 Daily Pulse"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *box, *tail]), language_filter=False)
    assert out == ["Bridge to close", *PROSE, *box]


def test_measures_are_a_name_a_figure_and_a_unit():
    from newsclean.tail import _measure
    assert all(map(_measure, ["Beljakovine 24 g", "Protein 24g", "塩分 約2.1g", "Ogljikovi hidrati 42 g"]))
    assert not any(map(_measure, ["The best phones of 2025", "Election 2024", "iPhone 15",
                                  "Energy 410 kcal per serving"]))


def test_over_a_markdown_title_is_the_pages_header():
    header = ["# Ferries stop as the harbour bridge closes for two years", "Thousands of commuters face longer trips from Monday",
              "By Jane Roe · 28 January 2025"]
    page = ["[![Harbour Herald](https://x.example/logo.svg)](https://x.example/)",
            "[Cities](https://x.example/cities) · [Transport](https://x.example/transport) · "
            "[Bridges](https://x.example/bridges)",
            *header, "[Print](#print) · [Save](#save) · [Share](#share)", *PROSE]
    assert kept("\n\n".join(page)) == [*header, *PROSE]



@pytest.mark.parametrize("box", [
    ["Timeline of the dispute", "April 3: Contract for the bridge repairs signed", "April 29: Engineers report corrosion",
     "May 14: Council votes to close the bridge"],
    ["How the council voted", "For: 31", "Against: 12", "Abstained: 4"],
    ["## What the plan holds", "* A ferry every twenty minutes", "* A bus lane on the ring road", "* A footpath on the old deck"],
])
def test_a_short_heading_over_entries_right_under_the_article_is_its_box(box):
    footer = ["Terms of use", "© 2025 Harbour Herald"]
    assert kept("\n".join(["Bridge to close", *PROSE, *box, *footer])) == ["Bridge to close", *PROSE, *box]


@pytest.mark.parametrize("teasers", [
    ["More opinion", "Yuval Shimoni | Why nobody wants to lead the council",
     "Rachel Amir | The health service will not survive another winter",
     "Avi Nachmias | Public transport is no luxury"],
    ["Similar lists on this site", "10 More Truly Bizarre Relationships", "10 Very Strange British Traditions",
     "10 More Recent Cases of Strange Behavior"],
    ["Ingredients for 4 portions:", "2 tsp vegetable oil", "1 large onion", "salt and pepper to taste"],
])
def test_other_stories_under_a_heading_are_no_box_and_a_list_the_article_introduces_stays_whole(teasers):
    out = kept("\n".join(["Bridge to close", *PROSE, *teasers, "© 2025 Harbour Herald"]))
    introduced = teasers[0].endswith(":")
    assert [line for line in out if line in teasers] == (teasers if introduced else [])


def test_a_named_list_over_the_article_stays_past_an_advertisement_label():
    ingredients = ["Zutaten", "400 g Hörnli", "300 g Kartoffeln", "2,5 dl Rahm", "2 grosse Zwiebeln"]
    steps = ["Zubereitung",
             "1. Kartoffeln schälen und in Würfel schneiden, dann mit den Hörnli in reichlich Salzwasser weich kochen.",
             "2. Zwiebeln in feine Ringe schneiden und in der Butter goldbraun braten, bis sie knusprig sind.",
             "3. Rahm und Milch aufkochen, mit Salz und Pfeffer würzen und über die Hörnli und Kartoffeln giessen.",
             "4. Alles lagenweise mit dem Käse in eine Form geben und bei 200 Grad zehn Minuten überbacken."]
    page = ["Rezept drucken", "Merken", *ingredients, "Werbung", *steps]
    assert kept("\n".join(page)) == [*ingredients, *steps]




def test_the_articles_box_right_under_it_does_not_go_with_the_boilerplate_under_the_box():
    box = ["Where to get information", "Bushfire information line: 1800 442 615", "Local radio: Coast FM 98.1",
           "App: FireWatch"]
    page = ["Bridge to close", *PROSE, *box, "Get the latest local news delivered to your inbox every morning.",
            "Share this article", "Jane Roe is our regional affairs reporter."]
    assert kept("\n".join(page)) == ["Bridge to close", *PROSE, *box]


def test_a_reader_views_host_reading_time_and_link_back_go():
    page = ["harbourherald.com.au", "Bridge to close", "Jane Roe", "5–6 minutes", *PROSE, "View original"]
    assert kept("\n\n".join(page)) == ["Bridge to close", "Jane Roe", *PROSE]
    # Under the article a range of minutes is a recipe's time, and a date is no host.
    times = ["Baking time", "15 – 30 Min", "11.12.12"]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *times]))[-3:] == times


def test_one_sentence_under_the_articles_box_is_its_last_word():
    box = ["In numbers", "11.9% average rise in bills from July", "14.7% rise in heating charges",
           "64% of the pipes are older than 30 years"]
    last = "Households near the bridge can check their rebate at the town hall."
    page = ["Bridge to close", *PROSE, *box, last, "© 2025 Harbour Herald. All rights reserved."]
    assert kept("\n".join(page)) == ["Bridge to close", *PROSE, *box, last]
    # A call under the box is the page's.
    call = "Follow the Harbour Herald on Facebook too!"
    assert call not in kept("\n".join(["Bridge to close", *PROSE, *box, call, "© 2025 Harbour Herald. All rights reserved."]))


@pytest.mark.parametrize("line", ["2024年8月16日 21時05分", "2025年3月3日 星期一 14:20", "2024년 8월 16일 오전 9시",
                                  "입력 2024. 8. 16. 09:00", "Σύνταξη: Ελένη Παπαδοπούλου"])
def test_cjk_and_korean_dates_and_a_greek_byline_are_credits(line):
    from newsclean.credits import _credit_line

    assert _credit_line(line)


@pytest.mark.parametrize("stamp", ["06:12, 14 NOV 2025", "3 hours ago", "Updated 14:52 BST, Monday 9 June"])
def test_an_authors_role_between_the_byline_and_the_stamp_is_part_of_the_byline(stamp):
    from newsclean.header import _role_in_byline
    from newsclean.lineclass import SHORT

    paras = clean("\n\n".join(["By Harriet Colley", "Local Democracy Reporter", stamp])).paragraphs
    assert _role_in_byline(paras, [SHORT] * 3, 1)


def test_a_player_and_its_length_and_an_authors_role_do_not_cut_the_header_off():
    header = ["Families told to leave homes as the river bursts its banks", "By Harriet Colley",
              "Local Democracy Reporter", "06:12, 14 NOV 2025", "Updated 11:48, 14 NOV 2025"]
    bar = ["Share", "Facebook", "X", "WhatsApp", "Email", "Listen to this article", "4 min"]
    page = ["Skip to main content", "News\nSport\nWhat's On\nProperty", "Subscribe", "Sign in", *header, *bar, *PROSE]
    assert kept("\n".join(page)) == [*header, *PROSE]


def test_a_content_services_fields_over_the_text_go_and_its_byline_and_date_stay():
    fields = ["Bridge to close", "Published: 2025-08-27T08:15:00+02:00", "Source: Harbour Ledger", "Author: Jane Roe",
              "Section: Transport"]
    assert kept("\n".join([*fields, *PROSE])) == ["Bridge to close", fields[1], fields[3], *PROSE]
    # Under the article a source line is the article's credit.
    assert "Source: Reuters" in kept("\n\n".join(["Bridge to close", *PROSE, "Source: Reuters"]))


def test_an_advertisement_under_its_label_on_one_line_goes_and_a_sentence_that_opens_with_the_word_stays():
    article = [
        "Ferry fares to rise by 6% in April",
        "Fares on the island ferries will rise by 6% from April, the operator said on Monday, blaming "
        "the cost of fuel and of two new crew members on every crossing.",
        "Promotion: the operator will run a second summer ferry if bookings pass last year's",
        "Season tickets for islanders are frozen at last year's price, and children under five travel free.",
    ]
    ads = ["**Sponsored** · Homeowners are discovering a simple way to cut their energy bill",
           "> SPONSORED: Cut your dwell time at the border with customs automation. [Book a demo](https://x.example/d)",
           "WERBUNG | Jetzt vier Wochen für 1 Euro testen",
           # The label in brackets.
           "[Advertisement] Cheap flights to Lisbon from the island airport"]
    page = "\n\n".join([*article[:2], ads[0], article[2], ads[1], article[3], ads[2], ads[3]])
    got = {p.text: p.decision.code for p in clean(page).paragraphs}
    assert [got[ad] for ad in ads] == ["B109"] * 4
    assert all(got[p].startswith("K") for p in article)
    # A bracketed word that labels no advertisement opens a line like any other.
    update = "[Update] The operator has since said that the rise applies to cars only."
    assert update in kept("\n\n".join([*article, update]))


PHOTO = "![](https://img.example/roast-chicken.jpg)\nThe roast straight from the oven. Photo: Sam Lee"
RECIPE_HEAD = [
    "# Lemon and thyme roast chicken with potatoes",
    "A weeknight roast that cooks in one tin, with the potatoes soaking up the lemony juices.",
    "By **Ana Ruiz** · 3 March 2025",
    PHOTO,
    "**Prep:** 15 minutes\n**Cook:** 1 hour 10 minutes\n**Serves:** 4\n**Difficulty:** easy",
    "## Ingredients",
    "* 1 whole chicken, about 1.6 kg\n* 800 g waxy potatoes, halved\n* 2 lemons\n* 6 sprigs of thyme\n"
    "* 4 garlic cloves, unpeeled\n* 3 tbsp olive oil\n* 1 onion, in wedges\n* 150 ml white wine\n"
    "* 1 tsp smoked paprika\n* salt and pepper",
]
RECIPE_STEPS = [
    "## Method",
    "**1.** Heat the oven to 200 °C. Put the potatoes in a large roasting tin with the garlic, half the "
    "thyme and two tablespoons of the oil, and season well.",
    "**2.** Halve one lemon and push it into the chicken with the rest of the thyme. Sit the chicken on "
    "the potatoes, rub it with the remaining oil and season.",
    "**3.** Roast for an hour and ten minutes, turning the potatoes halfway, until the juices run clear "
    "when you pierce the thickest part of the thigh.",
    "**4.** Rest the chicken for ten minutes under foil, squeeze over the second lemon and carve at the table.",
]


def test_a_markdown_recipe_starts_at_its_headline_over_its_fields_and_ingredients():
    # The most prose is the method; the headline, standfirst, fields and
    # ingredients over it are the article too: the page marks its headline.
    menu = "[Skip to content](#main)\n- [Recipes](/recipes)\n- [Baking](/baking)\n- [Drinks](/drinks)"
    tail = ["## Sign up to our newsletter\nEvery Friday, the week's best recipes. [Sign up](/newsletter)",
            "© 2025 Kitchen Notes"]
    page = "\n\n".join([menu, *RECIPE_HEAD, "**Advertisement**", *RECIPE_STEPS, *tail])
    kept = {p.text for p in clean(page).paragraphs if p.kept}
    article = [line for block in RECIPE_HEAD + RECIPE_STEPS if block != PHOTO for line in block.split("\n")]
    assert [line for line in article if line not in kept] == []
    assert not kept & {"[Skip to content](#main)", "- [Recipes](/recipes)", "© 2025 Kitchen Notes", "**Advertisement**"}


def test_a_chinese_recipes_ingredients_under_their_bracketed_heading_stay():
    # One paragraph a line; "【用料】" names the ingredients list over the method.
    head = ["首页 / 菜谱 / 家常菜", "番茄炒蛋：嫩滑入味的家常做法", "作者：小林的厨房", "发布时间：2025年3月2日"]
    ingredients = ["【用料】", "番茄 2个", "鸡蛋 3个", "小葱 1根", "白糖 半茶匙", "盐 适量", "食用油 2汤匙"]
    method = ["【做法步骤】", "1. 番茄洗净，切成小块，鸡蛋打散后加少许盐。", "2. 锅中放油烧热，倒入蛋液炒至凝固后盛出。",
              "3. 锅中再放少许油，下番茄块翻炒出汁，加入白糖。", "4. 倒回鸡蛋翻炒均匀，撒上葱花即可出锅。"]
    tail = ["猜你喜欢", "鱼香肉丝", "地三鲜", "©2025 小林厨房 版权所有"]
    kept = {p.text for p in clean("\n".join([*head, *ingredients, *method, *tail])).paragraphs if p.kept}
    assert all(line in kept for line in ingredients + method)
    assert not kept & {"首页 / 菜谱 / 家常菜", "猜你喜欢", "©2025 小林厨房 版权所有"}


def test_a_readers_links_into_the_page_by_its_address_go_with_their_heading():
    # A reader service writes "#verdict" as the page's address and the
    # fragment; the table of contents' heading goes with its entries.
    page = "https://gadgets.example/aster-buds-3-review"
    toc = ["**Contents**", f"* [Design]({page}#design)", f"* [Sound]({page}#sound)",
           f"* [Should you buy?]({page}#verdict)"]
    article = [
        "# Aster Buds 3 review: small, light and surprisingly loud",
        "The third version of the Aster Buds fixes the fit that made the last pair fall out during runs, "
        "and the battery now lasts a full working day.",
        "## Sound",
        "Sound is clear and punchy, with more bass than the size suggests, and the [maker's own test]"
        "(https://aster.example/lab#bass) says the same.",
        "* [Battery figures](https://aster.example/specs#battery)",
        "## Should you buy?",
        "If you want small earbuds for the gym and the commute, yes: at 89 pounds they are hard to beat.",
    ]
    got = kept("\n\n".join([article[0], "\n".join(toc), *article[1:]]))
    assert got == article


def test_lines_made_only_of_links_into_the_page_go():
    # A review's table of contents, a gallery's pager, a live blog's button.
    widgets = ["[Jump to:](#)", "* [Price and availability](#price)", "* [Design](#design)",
               "* [Should you buy?](#verdict)", "[‹ Previous](#) [Next ›](#)", "[Refresh](#)"]
    article = [
        "# Aster Buds 3 review: small, light and surprisingly loud",
        "The third version of the Aster Buds fixes the fit that made the last pair fall out during runs, "
        "and the battery now lasts a full working day.",
        "Sound is clear and punchy, with more bass than the size suggests. See [the verdict](#verdict) "
        "for how they compare with the pair we liked most last year.",
        "## Should you buy?",
        "If you want small earbuds for the gym and the commute, yes: at 89 pounds they are hard to beat.",
    ]
    page = "\n\n".join([article[0], "\n".join(widgets[:4]), *article[1:3], widgets[4], *article[3:], widgets[5]])
    got = {p.text: p.decision.code for p in clean(page).paragraphs}
    assert all(got[w] == "B112" for w in widgets)
    assert all(got[line].startswith("K") for line in article)


def test_a_recipes_ingredients_stay_over_a_share_button_under_them():
    head = ["Accueil > Recettes > Desserts", "Clafoutis aux cerises", "Par Léa Morin", "Publié le 02/06/2025"]
    ingredients = ["Ingrédients", "Pour 6 personnes", "500 g de cerises", "3 œufs", "80 g de sucre",
                   "60 g de farine", "25 cl de lait entier", "1 pincée de sel"]
    button = "Ajouter les ingrédients à ma liste de courses"
    steps = [
        "Préparation",
        "Étape 1",
        "Préchauffez le four à 180 °C. Lavez et équeutez les cerises, puis disposez-les dans un plat beurré.",
        "Étape 2",
        "Fouettez les œufs avec le sucre et le sel, ajoutez la farine, puis versez le lait petit à petit.",
        "Étape 3",
        "Versez la pâte sur les cerises et enfournez pour 40 minutes, jusqu'à ce que le dessus soit doré.",
    ]
    got = {p.text: p.decision.code for p in clean("\n".join([*head, *ingredients, button, *steps])).paragraphs}
    assert got[button] == "B102"
    assert all(got[line].startswith("K") for line in ingredients + steps)


def test_a_long_sentence_in_a_language_of_long_words_is_prose_whatever_its_word_count():
    from newsclean.config import DEFAULT
    from newsclean.lineclass import NEAR, SHORT
    from newsclean.linefeatures import _features, classify

    # Finnish glues its function words onto long words: 14 words, 150 characters.
    finnish = ("Rautatiealan ammattiliitto ilmoitti lakosta keskiviikkona iltapäivällä. Liiton mukaan syynä "
               "ovat junanlähettäjien työvuorolistoihin tehdyt muutokset.")
    assert classify(_features(finnish, "fi"), DEFAULT, False, DEFAULT.prose_min_stopword_density) == NEAR
    # A short sentence of long words is no paragraph of prose for that alone.
    assert classify(_features("Junaliikenne pysähtyy.", "fi"), DEFAULT, False, 0.5) == SHORT


ENTRIES = [
    ("Harbour Arms", "The oldest pub on the quay serves its fish straight from the morning boats, and the chips are fried in beef dripping."),
    ("The Net Loft", "A former sail store where the menu changes with the catch; book ahead for the window tables at the weekend."),
    ("Quayside Kitchen", "Small, loud and always full, it is the place for a crab sandwich eaten standing up at the counter."),
    ("Ferry Café", "Breakfast from six for the crews of the night boats, with the best bacon roll on the harbour front."),
]


def test_a_read_also_box_between_a_roundups_entries_is_no_end_of_the_article():
    intro = PROSE[:2]
    entries = [line for entry in ENTRIES for line in entry]
    box = ["Read also:", "Ten beaches you can reach by bus", "How the harbour got its name"]
    close = PROSE[2:4]
    page = ["Where to eat on the harbour", *intro, *entries[:4], *box, *entries[4:], *close]
    out = kept("\n\n".join(page))
    assert out == ["Where to eat on the harbour", *intro, *entries, *close]
    # A sidebar's section heading without a colon ("Recent posts") after
    # such entries opens no run of the article's entries.
    sidebar = ["Recent posts", "Ten beaches you can reach by bus", "How the harbour got its name"]
    page = ["Where to eat on the harbour", *intro, *entries[:4], *sidebar, *entries[4:]]
    assert entries[4] not in kept("\n\n".join(page))


def test_the_dateline_stays_over_a_share_bar_with_a_button_no_list_knows():
    # "Threadline" between known buttons is one more of the bar's buttons;
    # the walk up to the byline and the dateline goes past it.
    header = ["Interview", "Bridge to close: the harbour master speaks",
              "Ten questions for the woman who has kept the old bridge open for twenty years.",
              "Jane Roe", "Harbour reporter", "Follow", "212 articles",
              "Interview by Jane Roe", "Published on 17 March 2024 at 07:30", "Updated on 17 March 2024 at 10:12",
              "6 min read", "Share", "Facebook", "Threadline", "Copy link", "Gift this article"]
    out = kept("\n".join([*header, *PROSE]))
    assert "Published on 17 March 2024 at 07:30" in out and "Interview by Jane Roe" in out


def test_the_sites_name_over_its_menu_goes_when_its_copyright_line_names_it():
    # On the article's topic, as a local paper's name is: the copyright line
    # tells it for the site's.
    menu = ["Skip to main content", "Harbour Bridge News", "Menu", "Search", "Subscribe", "Sign in",
            "News", "Politics", "Society", "Business", "Culture", "Sport", "Regions", "Subscribers", "Harbourtown"]
    article = ["Bridge to close", "By Jane Roe", "Published on 17 March 2024 at 07:30", *PROSE]
    footer = ["Legal notice", "Privacy policy", "Contact us", "© Harbour Bridge News 2024 - All rights reserved"]
    paras = clean("\n".join([*menu, *article, *footer])).paragraphs
    assert not paras[1].kept and paras[1].decision.evidence == {"masthead": True}
    assert [p.text for p in paras if p.kept] == article


def test_a_video_teaser_with_its_length_goes_in_and_under_the_article_an_embeds_title_stays():
    teasers = ["Video: The bridge closes to traffic (02:31)", "Vídeo | 01:12", "شاهد: لحظة إغلاق الجسر (1:34)"]
    embed = "Video: The harbour master on the last day of traffic"  # no length: the article's own embed
    page = ["Bridge to close", PROSE[0], teasers[0], *PROSE[1:3], embed, teasers[1], *PROSE[3:], teasers[2]]
    got = {p.text: p.decision.code for p in clean("\n\n".join(page)).paragraphs}
    assert [got[t] for t in teasers] == ["B108"] * 3
    assert all(got[line].startswith("K") for line in page if line not in teasers)
    # A post about a video has it in its headline.
    headline = "Video: The last car crosses the old bridge (00:48)"
    assert clean("\n\n".join([headline, *PROSE])).paragraphs[0].kept


@pytest.mark.parametrize("placeholder", [
    ["Inhalte von X: Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung durch X zustimmen.", "Inhalt laden"],
    ["This content is not available due to your privacy preferences. Update your settings to see it.",
     "Load external content"],
])
def test_an_embeds_consent_placeholder_between_the_paragraphs_goes(placeholder):
    text = "\n\n".join(["Bridge to close", *PROSE[:3], *placeholder, *PROSE[3:]])
    assert kept(text) == ["Bridge to close", *PROSE]


def test_a_count_of_readers_in_the_credits_block_goes_and_the_date_stays():
    credits = "14 April 2024, 16:48\n(updated 14 April 2024, 18:02)\n1,245 views\nTelegram Facebook WhatsApp"
    out = kept("\n\n".join(["Ice breaks up on the river, two villages flooded", credits, *PROSE]))
    assert out == ["Ice breaks up on the river, two villages flooded", "14 April 2024, 16:48",
                   "(updated 14 April 2024, 18:02)", *PROSE]




@pytest.mark.parametrize("count", ["3,2 тыс. просмотров", "3.2 ألف مشاهدة", "👁 2.341 προβολές", "12 mil visualizaciones",
                                   "1 846 megtekintés · 12 hozzászólás", "1.245 görüntülenme", "阅读量：12.3万  评论：86",
                                   "阅读 12.6万 | 收藏 3,287", "Pročitano: 3.128 puta", "Read 3,128 times"])
def test_a_count_of_readers_in_thousands_or_after_an_icon_goes(count):
    credits = f"14 April 2024, 16:48\n{count}"
    out = kept("\n\n".join(["Ice breaks up on the river, two villages flooded", credits, *PROSE]))
    assert out == ["Ice breaks up on the river, two villages flooded", "14 April 2024, 16:48", *PROSE]


@pytest.mark.parametrize("count", ["Bu haber 1.254 kez okundu", "This post was viewed 1,307 times",
                                   "Diese Seite wurde bisher 2.385 mal abgerufen.", "Cet article a été lu 1 254 fois",
                                   "This story has been shared 52,174 times. 52,174", "Прочитано 1254 раза"])
def test_a_sentence_that_counts_the_readers_goes_under_the_article(count):
    out = kept("\n\n".join(["Ice breaks up on the river, two villages flooded", *PROSE, count]))
    assert out == ["Ice breaks up on the river, two villages flooded", *PROSE]


@pytest.mark.parametrize("sentence", ["The video was viewed 300,000 times.", "He was arrested 3 times."])
def test_a_sentence_of_the_article_with_a_count_of_times_stays(sentence):
    text = "\n\n".join(["Ice breaks up on the river, two villages flooded", *PROSE[:2], sentence, *PROSE[2:]])
    assert sentence in kept(text)


@pytest.mark.parametrize("countdown", [
    ["Reclama se va încheia în 5 secunde"], ["Skip Ad in 5"], ["يمكنك تخطي الإعلان بعد 5 ثوانٍ", "تخطي الإعلان"],
    ["Werbung überspringen"], ["Próximo vídeo em 8 s"],
])
def test_a_players_advert_countdown_goes_and_the_walk_to_the_headline_passes_it(countdown):
    # Over the lede: the byline, the lead video's player with its advert's
    # countdown. The countdown goes; the byline over it stays the header's.
    head = ["Night trains to the coast return in June", "By Ana Mocanu", "12 May 2025, 09:40"]
    player = ["Play", *countdown, "00:00 / 02:36"]
    out = kept("\n\n".join(["Home | News | Travel", *head, *player, *PROSE]))
    assert out == [*head, *PROSE]

def test_teasers_a_line_each_under_a_related_heading_go_and_the_match_facts_stay():
    report = [
        "Late double turns the derby",
        "It looked like a third home defeat in a row until two goals in the last seven minutes gave the hosts a 2-1 "
        "win over their neighbours in front of more than four thousand fans on Saturday afternoon.",
        "The visitors had led since the eighth minute, when their striker headed in a corner at the near post, and "
        "they defended deep for most of the second half.",
        "The equaliser came from a long throw, and the winner from a penalty in added time that the visiting coach "
        "called a dive. The referee said he had a clear view of the foul.",
    ]
    facts = ["Lindenbrück: Pfeiffer – Krause, Aydın, Brandl, Osei – Hummel, Lenz",
             "Goals: 0:1 Pfaff (8.), 1:1 Okonkwo (84.), 2:1 Aydın (90.+2)",
             "Referee: Lars Engelhorn – Attendance: 4,380"]
    # (On the article's topic, the same clubs: no test of shared words tells them from it.)
    teasers = ["Hallstadt extend the coach's contract to 2026 – After the derby defeat the visitors are betting on "
               "continuity, and the coach keeps his job for two more seasons at least.",
               "Lindenbrück lose a friendly against a second-division side – The 0-5 in the autumn showed the limits "
               "of the hosts' squad, and the coach asked for two new defenders.",
               "Derby fans to get more trains after Saturday's crush – The operator will add two late trains from "
               "Lindenbrück after hundreds of fans waited an hour on the platform."]
    text = "\n".join([*report, *facts, "Share", "Facebook", "WhatsApp", "More on this topic", *teasers])
    out = kept(text)
    assert out == [*report, *facts]
    assert {p.decision.code for p in clean(text).paragraphs if p.text in teasers} == {"B108"}


@pytest.mark.parametrize(("line", "fact"), [
    ("Goals: 0:1 Pfaff (8.), 1:1 Okonkwo (84.)", True),
    ("Lindenbrück: Pfeiffer – Krause, Aydın, Brandl", True),
    ("How To: The Sock Bun", False),  # another story's headline with its kicker
    ("Requirements: WordPress", False),  # a page's field
])
def test_a_fact_under_the_article_has_a_figure_or_a_list_in_its_value(line, fact):
    from newsclean.tail import _fact

    assert _fact(line) is fact


def test_a_standings_widget_under_its_arabic_link_goes():
    widget = ["ترتيب الدوري", "الفريق | لعب | نقاط", "1. الواحة | 9 | 20", "2. نجم الشمال | 8 | 20",
              "3. الميناء | 9 | 17", "الترتيب الكامل"]
    prose = ["فاز فريق الواحة على ضيفه نجم الشمال بهدفين مقابل هدف واحد مساء الجمعة في المباراة التي أقيمت على ملعب "
             "المدينة أمام أكثر من عشرة آلاف متفرج، ليعتلي صدارة الدوري بفارق الأهداف.",
             "وسجل المهاجم سامي العلي الهدفين في الشوط الثاني، بعد أن تقدم الضيوف في الدقيقة العشرين من ركلة جزاء "
             "احتسبها الحكم بعد العودة إلى تقنية الفيديو.",
             "وقال مدرب الواحة بعد المباراة إن فريقه لعب بروح عالية، وإن الفوز يمنح اللاعبين ثقة كبيرة قبل المباراة "
             "المقبلة خارج أرضهم الأسبوع القادم."]
    out = kept("\n\n".join(["الواحة يهزم نجم الشمال ويتصدر الدوري", *prose, "\n".join(widget)]))
    assert out == ["الواحة يهزم نجم الشمال ويتصدر الدوري", *prose]


JA_PROSE = [
    "強い台風12号は18日夕方、南の海上を北へ時速20キロで進んでいる。港町地方には19日未明に最も接近する見込みで、"
    "気象台は暴風や高潮に厳重な警戒を呼びかけている。",
    "中心気圧は950ヘクトパスカル、最大瞬間風速は60メートルに達している。港町市は18日午後4時、市内全域に避難指示を出した。",
    "気象台は、19日夕方までの24時間雨量が山沿いで多いところ450ミリに達すると予想しており、土砂災害にも注意が必要だという。",
]


def test_a_japanese_header_block_signed_under_its_dateline_stays():
    # Headline, subtitle, dateline, then the desk and the writer's name; a
    # "listen to this article" button and a share bar under them, in one block.
    header = ["台風12号、あす未明に港町へ接近　大雨特別警報の可能性も", "気象台「命を守る行動を早めに」",
              "2024年9月18日 17時32分", "防災担当・小松原 遥"]
    page = ["メインコンテンツへスキップ\n港町新報デジタル\nニュース\n地域\n経済\nスポーツ\nログイン",
            "\n".join([*header, "この記事を音声で聞く", "シェア", "X", "LINE", "Facebook", "URLをコピー"]), *JA_PROSE]
    assert kept("\n\n".join(page)) == [*header, *JA_PROSE]


def test_a_japanese_tips_box_over_a_paywall_prompt_stays_whole():
    # "・" marks the box's items; the prompt under them does not take the last two as its pitch.
    box = ["備えのポイント", "・飲料水は1人1日3リットルを目安に3日分", "・懐中電灯と充電器を用意しておく",
           "・ベランダの植木鉢は室内へ", "・川や用水路の様子を見に行かない"]
    page = ["台風12号、あす未明に港町へ接近", *JA_PROSE, "広告", "\n".join(box),
            "この記事は会員限定です。続きを読むには無料会員登録が必要です。", "ログインして続きを読む"]
    assert kept("\n\n".join(page)) == ["台風12号、あす未明に港町へ接近", *JA_PROSE, *box]


@pytest.mark.parametrize("box", [
    ["ZAMAN ÇİZELGESİ", "2018: Temel atıldı", "2020: Kazı çalışmaları 8 ay durdu", "2023: Tüneller tamamlandı",
     "Mayıs 2025: Test sürüşleri"],
    ["店舗情報", "住所\t霧島台市北町2-14-7", "アクセス\t霧島台駅北口から徒歩5分", "定休日\t月曜・火曜"],
])
def test_a_timeline_or_a_shops_facts_under_its_named_heading_stays(box):
    # (A timeline's entries open with a year; a shop's facts are a key and a value parted by a tab.)
    out = kept("\n\n".join(["Bridge to close", *PROSE, "\n".join(box), "About us | Contact | Privacy | Terms"]))
    assert out == ["Bridge to close", *PROSE, *box]


LYNX_MENU = "   [1]Meridian Wire\n     * [2]World\n     * [3]Business\n     * [4]Markets\n   [5]Sign In [6]Register"


def test_lynxs_caption_wrapped_over_three_lines_does_not_part_the_byline_from_the_article():
    # The caption's lines read as no wrapped prose (they open with capitals):
    # three short lines of the photo's block between the credits and the lede.
    header = ["Workers at Ombala copper mine extend strike as wage talks stall",
              "   By [7]Priya Calloway and [8]Tomasz Brenner\n   March 14, 2025 5:42 PM UTC\n   Updated 2 hours ago"]
    caption = ("   [IMG] Miners gather outside the main gate of the Ombala copper mine in\n"
               "   Kessa province, March 12, 2025. MERIDIAN/Jonah Ekwueme [13]Purchase\n   Licensing Rights")
    bar = "   [9]Share [10]X [11]Facebook [12]Email\n   [15]Purchase Licensing Rights"
    page = [LYNX_MENU, "[14]Commodities", *header, bar, caption, *PROSE]
    out = kept("\n\n".join(page))
    assert out[:4] == [header[0], "By [7]Priya Calloway and [8]Tomasz Brenner", "March 14, 2025 5:42 PM UTC",
                       "Updated 2 hours ago"]
    assert out[-len(PROSE):] == PROSE


def test_a_summary_box_over_the_lede_does_not_part_the_byline_from_it():
    # Between them a player's and a share bar's buttons and a photo; the box
    # is the article's ("Summary" over its points), and so are the credits.
    box = ["Summary", "* Second day of strike halts all sailings", "* Union objects to the new rota",
           "* Patients flown out by air ambulance"]
    credits = ["By [10]Hannah Okafor and [11]Dmitri Lasko", "April 15, 2025 6:42 AM GMT+1", "Updated 3 hours ago"]
    photo = ("   [IMG]\n   A passenger ferry sits idle at the pier in Kelmouth, Marrow Isles,\n"
             "   April 14, 2025. CASTELLAN/Ines Varga\n   [15]Purchase Licensing Rights, opens new tab")
    page = [LYNX_MENU, "[7]Business > [8]Transport", "Ferry crews strike for second day, outer islands cut off",
            "\n".join(["   " + line for line in credits] + ["   4 min read"]),
            "   [12]Listen to article [13]Share [14]Save", photo, "\n".join(box), *PROSE]
    out = kept("\n\n".join(page))
    assert out[:4] == ["Ferry crews strike for second day, outer islands cut off", *credits]
    assert out[-len(PROSE) - len(box):] == [*box, *PROSE]


ZH_PROSE = [
    "今年5月，东湾市第四批废旧电池综合利用企业名单公布，本地入选企业由7家增至11家，年处理能力合计超过18万吨。然而记者近日走访多家企业发现，名单的扩容并没有带来预期中的订单。",
    "“我们的设计产能是每年3万吨，去年实际只处理了不到1万吨。”一家回收企业的副总经理告诉记者，公司的生产线今年以来只开了两个多月。",
    "据东湾市新能源汽车产业协会测算，去年全市退役电池约为6万吨，而进入名单企业的仅有约2万吨，不足四成。",
    "多位业内人士认为，正规企业吃不饱的首要原因是回收价格缺乏竞争力，小作坊的报价往往高出一成以上。",
]


# A summary a machine wrote (generated.py), under the share bar.
AI_BOX = ["AI摘要", "东湾市回收企业名单扩容，但大量退役电池流向非正规渠道，正规企业产能利用率不足四成。", "以上内容由AI生成，仅供参考"]


def test_a_chinese_question_headline_under_a_kicker_keeps_its_credits_past_a_counter():
    header = ["退役电池名单扩容之后：回收企业为何仍吃不饱？", "记者 林知远 东湾报道", "2025-06-18 08:30", "来源：东湾日报"]
    page = ["储能观察网\n首页\n资讯\n政策\n数据\n登录 | 注册\n当前位置：首页 > 回收利用 > 正文",
            "\n".join(["深度", *header, "阅读量：3826", "字号：大 中 小", "分享到：微信 微博 QQ空间", *AI_BOX]), *ZH_PROSE]
    out = kept("\n\n".join(page))
    assert out[-len(ZH_PROSE):] == ZH_PROSE
    assert all(line in out for line in header) and "阅读量：3826" not in out
    assert not any(line in out for line in AI_BOX)


def test_the_articles_subheading_under_a_read_more_list_goes_on_with_its_paragraphs():
    box = ["[16]Read more:", "[17]Storm shuts North Sea ferry terminals for 36 hours",
           "[18]Island airline adds three summer routes"]
    text = ["Bridge to close", *PROSE[:3], "\n".join(box), "SHOPS WORRIED", *PROSE[3:]]
    out = kept("\n\n".join(text))
    assert out == ["Bridge to close", *PROSE[:3], "SHOPS WORRIED", *PROSE[3:]]


def test_a_short_last_sentence_stays_when_an_off_topic_box_follows_the_article():
    bio = ("Hannah Okafor covers the North Atlantic islands, fisheries and shipping from Kelmouth. She joined "
           "the agency in 2016 after eight years at regional papers in the north of the country.")
    text = ["Bridge to close", *PROSE, "Both sides will meet again next week.", "Our Standards: The Trust Principles.",
            "Suggested Topics: Transport", bio, "About us | Careers | Contact Us",
            "© 2025 Castellan. All rights reserved"]
    out = kept("\n\n".join(text))
    assert "Both sides will meet again next week." in out and bio not in out


@pytest.mark.parametrize("line", ["この記事を音声で聞く\u300000:00 / 03:48", "Listen to this article 00:00 / 04:12"])
def test_a_listen_button_with_its_time_display_is_a_control(line):
    f = _features(line, None)
    assert f.category == "nav" and f.label


@pytest.mark.parametrize("line", ["Mer från Friluftsliv Norr", "Więcej z Gazety Lubuskiej", "Meer van De Stentor",
                                  "ĐỌC THÊM TRÊN HẢI TRIỀU", "Læs også på fynskmad.dk",
                                  "Weitere Themen aus der Rundschau",
                                  "Fler krönikor av Lena Ahlström", "Flere artikler af Jens Holm",  # the writer's columns
                                  "Más recetas de Cuaresma", "More recipes from Jamie"])  # a food site's
def test_more_from_a_named_site_is_a_related_heading_in_more_languages(line):
    f = _features(line, None)
    assert f.category == "related" and f.label


@pytest.mark.parametrize(("line", "related"), [
    ("Meer over bodemdaling", True),
    ("Meer over de Tweede Kamer", True),  # a topic of two words after an article
    ("Meer over de gevolgen voor boeren in Friesland", False),  # a subheading
    ("Meer over dit later.", False),
])
def test_more_about_a_topic_is_a_dutch_related_heading(line, related):
    f = _features(line, "nl")
    assert (f.category == "related" and f.label) is related


@pytest.mark.parametrize(("line", "lang", "related"), [
    # (thirty-third session: Swedish, Norwegian and Danish, a topic of three words)
    ("Mer om klimatet i norr", "sv", True),
    ("Mer om elsparkesykler", "no", True),
    ("Mere om fjernvarme", "da", True),
    ("Mer om det senare i artikeln.", "sv", False),
])
def test_more_about_a_topic_is_a_scandinavian_related_heading(line, lang, related):
    f = _features(line, lang)
    assert (f.category == "related" and f.label) is related


@pytest.mark.parametrize(("line", "lang", "category"), [
    ("Fútbol Baloncesto Motor Tenis Ciclismo Más deportes Resultados", "es", "nav"),  # a section menu
    ("📲 Participe do canal da TVSA Notícias no WhatsApp", "pt", "follow"),
])
def test_a_menu_and_a_follow_prompt_in_more_words(line, lang, category):
    assert _features(line, lang).category == category


def test_an_images_file_name_in_brackets_is_no_text():
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], "   [pompa-ciepla-ogrod.jpg]", *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


def test_a_quoted_subheading_under_two_headlines_is_the_articles():
    # Each line a block of its own: the quotation is read as one more headline
    # unless it is seen as the subheading it is.
    box = ["İLGİLİ HABERLER", "Karaburun Çarşısı'nda otopark ücretlerine yüzde 60 zam geldi",
           "Körfez Yolu'ndaki bisiklet şeridi için ihale tarihi belli oldu"]
    prose = ["Kıyıkent Belediyesi, 31 yıldır Değirmenaltı ile Karaburun Çarşısı arasında işleyen gece vapuru "
             "seferlerini 1 Eylül itibarıyla kaldırma kararı aldı. Karar meclisten oy çokluğuyla geçti.",
             "Belediyenin hazırladığı rapora göre gece seferleri geçen yıl toplam 14,2 milyon liraya mal oldu ve "
             "sefer başına ortalama yalnızca 42 yolcu taşındı.",
             "Belediye Başkan Yardımcısı Gülay Erdinç, kararın zor olduğunu ancak bütçenin başka bir çözüme "
             "izin vermediğini söyledi. Erdinç, gece otobüsünün daha sık kalkacağını da vurguladı.",
             "Muhalefet grubundan Cem Yazıcıoğlu ise otobüs yolculuğunun gece saatlerinde bile elli dakikayı "
             "bulacağını, vapurun ise yirmi dakikada karşıya geçtiğini hatırlattı."]
    page = ["Kıyıkent'te gece vapuru seferleri 1 Eylül'de kaldırılıyor", *prose[:2], *box, '"Zarar sürdürülemez"',
            *prose[2:]]
    out = kept("\n\n".join(page))
    assert out == ["Kıyıkent'te gece vapuru seferleri 1 Eylül'de kaldırılıyor", *prose[:2], '"Zarar sürdürülemez"',
                   *prose[2:]]


@pytest.mark.parametrize("line", ["Haber: Derya Kaptanoğlu (Muhabir) · Selim Aktaş (Veri Editörü)",
                                  "Muhabir: Derya Kaptanoğlu"])
def test_turkish_bylines_under_their_head_word(line):
    assert _credit_line(line)


@pytest.mark.parametrize(("line", "credit"), [
    ("文・三好かおり\u3000写真・石井大地", True),  # text by, photos by
    ("文｜林晓筠 摄影｜贺川", True),
    ("文化・芸術", False),  # a section's name
    ("文学賞を受賞した", False),
])
def test_japanese_and_chinese_credits_name_what_they_are_for(line, credit):
    assert _credit_line(line) is credit


def test_a_domain_after_read_the_full_story_names_no_list_of_other_stories():
    assert _features("Read the full story on harbourtimes.example", "en").category is None


def test_a_japanese_match_reports_line_ups_under_it_stay():
    # Two teams, each under its name in brackets; a position, a shirt number
    # and the players a row; then the scorers and the crowd. Related stories
    # follow (and go).
    prose = JA_PROSE
    line_ups = ["【北嶺ユナイテッド】", "GK 1 大迫拓真", "DF 3 坂巻亮、5 ペドロ・アルメイダ、22 小見山隼",
                "MF 6 高田優斗、8 宇佐美慎之介（後半0分 17 東條陽太）", "FW 9 レアンドロ、10 岩永翔、11 川畑柊",
                "【湊川FC】", "GK 31 吉岡誠", "DF 2 杉山玲央、4 矢部涼介、15 キム・ミンジェ",
                "MF 7 関口智也、16 根本大雅、20 谷村健人", "FW 9 長浜颯、11 マルコス、18 須藤瑛太",
                "▽得点\u3000【湊】長浜（前18分）【北】東條（後27分）", "▽入場者数\u300021,384人"]
    related = ["関連記事", "湊川FC、若手FW長浜が日本代表候補に初選出", "北嶺ユナイテッド、5試合勝ちなし",
               "J1順位表・日程・結果", "三ツ峰SC、GK高峰が右膝負傷で全治4週間", "なでしこリーグ第12節 結果一覧"]
    out = kept("\n".join(["北嶺、終了間際の逆転で4試合ぶり勝利", *prose, *line_ups, *related]))
    assert out == ["北嶺、終了間際の逆転で4試合ぶり勝利", *prose, *line_ups]


def test_a_read_also_line_wrapped_on_to_the_next_line_does_not_end_the_article():
    # lynx wraps the teaser's headline on to a second line of its block; the
    # article's next subheading and paragraphs follow it.
    teaser = ("   [11]LEGGI ANCHE Siccità, in Val Serrana i rifugi chiudono in anticipo:\n"
              "   manca l'acqua")
    prose = [
        "Trentuno metri in dodici mesi. È l'arretramento della fronte del ghiacciaio del Pizzo Ardena misurato "
        "quest'estate dai volontari del Comitato glaciologico, il dato peggiore da quando sono iniziate le misure.",
        "«Siamo saliti convinti che dopo un inverno con molta neve la perdita sarebbe stata contenuta», racconta il "
        "coordinatore delle misurazioni, «e invece il caldo di luglio ha cancellato tutto in poche settimane».",
        "Il dato più preoccupante, secondo i glaciologi, non è però la lunghezza ma lo spessore: in media il "
        "ghiaccio ha perso quasi tre metri, e in alcuni punti la roccia affiora dove un anno fa non si vedeva.",
    ]
    after = [
        "Tra le novità di quest'anno c'è anche la scomparsa del piccolo lago proglaciale che si era formato nel 2019 "
        "ai piedi della fronte e che negli ultimi anni era diventato una meta per gli escursionisti.",
        "«Non è un pericolo in sé», precisa il coordinatore, «ma è il segno che il sistema sta cambiando molto in "
        "fretta. Per questo chiediamo che il monitoraggio non resti affidato solo ai volontari».",
        "La Regione ha annunciato che dal prossimo anno finanzierà l'installazione di due stazioni meteorologiche "
        "automatiche sul ghiacciaio, con una spesa prevista di novanta mila euro.",
    ]
    page = ["Il ghiacciaio del Pizzo Ardena arretra di 31 metri in un anno", *prose, teaser, "Sparito il lago",
            *after, "© RIPRODUZIONE RISERVATA", "I più letti",
            "1. Incidente sulla provinciale 12, due feriti gravi 2. Mercato immobiliare, prezzi in calo"]
    out = kept("\n\n".join(page))
    assert out[-len(after) - 1:] == ["Sparito il lago", *after]


def test_a_caption_credited_to_a_picture_desk_does_not_part_the_byline_from_the_article():
    credits = ["By Megan Trelawney", "06:00, 14 MARCH 2024"]
    page = ["Skip to main content\nThe Harbour Courier\nSubscribe\nSign in\nNews\nSport\nWhat's On\nProperty\n"
            "Jobs\nAnnouncements\nPuzzles\nSearch", "Local News\nBridge to close for two years",
            "Drivers face a two-year detour while engineers replace the corroded frame of the old harbour bridge.",
            "\n".join(credits + ["Share", "Facebook", "X", "WhatsApp", "Email", "Comments"]),
            "The old bridge seen from the harbour wall. Picture: Harbour Council", *PROSE]
    out = kept("\n\n".join(page))
    assert all(line in out for line in credits)


def test_a_turkish_players_buttons_do_not_part_the_credits_from_the_article():
    credits = ["Kanal 9 Haber - Elif Durukan", "05.01.2024 11:48"]
    prose = ["Kış aylarında güneş ışığından yeterince yararlanamamak, D vitamini düzeyinin hızla düşmesine yol "
             "açıyor. Uzmanlar, özellikle kapalı alanlarda çalışanların risk altında olduğunu söylüyor.",
             "Endokrinoloji uzmanı Dr. Selin Tanrıverdi, D vitamininin yalnızca kemik sağlığı için değil, "
             "bağışıklık sistemi için de önemli olduğunu hatırlatıyor ve düzenli ölçüm yapılmasını öneriyor.",
             "Tanrıverdi, takviye kullanmadan önce mutlaka kan değerlerinin ölçülmesi gerektiğini vurguladı. "
             "Yüksek dozların da zararlı olabileceğini, bu yüzden doktor kontrolünün şart olduğunu söyledi."]
    page = ["Ana içeriğe geç\nKANAL 9 HABER\nCANLI YAYIN\nGündem\nEkonomi\nDünya\nSpor\nSağlık\nMagazin",
            "Uzmanlar uyardı: Kış aylarında D vitamini eksikliği her iki kişiden birinde görülüyor",
            "\n".join(credits + ["Paylaş", "Facebook", "X", "WhatsApp", "Video Oynat", "00:00 / 02:14",
                                 "Reklam 5 sn sonra geçilebilir"]), *prose]
    out = kept("\n\n".join(page))
    assert all(line in out for line in credits) and "Reklam 5 sn sonra geçilebilir" not in out


@pytest.mark.parametrize("teaser", [
    # Another story's teaser that ends in its "Read more" link.
    "Holiday shoppers will soon get a hands-on look at the new console in stores. Read more...",
    "We have mentioned before how the hatchback offers a lot of technology for little money... Read More",
    "Welche Bedeutung hat die eigene Lebensgeschichte für die Rolle als Führungskraft? Weiterlesen",
    "Rada miasta zdecydowała o zamknięciu mostu na dwa lata. Czytaj więcej »",
    # A teaser's head and its headline on one line, without a colon.
    "Lees ook Nieuwe fietsbrug bij Zwolle pas in 2027 klaar",
    "Læs også Skoleleder: Mobilforbud har givet mere ro i frikvartererne",
    "İLGİLİ HABER Ege'de otellerin doluluk oranı yüzde 90'ı aştı",
    "İLGİLİ HABER 2025 araç muayene ücretleri belli oldu",  # a headline that opens with a figure
    "Lue myös Järvien jäät lähtevät nyt viikkoja aiemmin kuin ennen",
    "Prečítajte si aj Recenzia: Nový film Tomáša Krajča je návratom do 90. rokov",
    # (forty-third session) Croatian, Serbian in Cyrillic with a colon, Slovene
    "Pročitajte i Kako se pripremiti za olujni vjetar: deset savjeta vatrogasaca",
    "Погледајте и: Колико заиста кошта годишње одржавање тротинета",
    "Preberite tudi Kavcija za plastenke in pločevinke: trgovci pripravljajo avtomate",
    # (forty-seventh session) Croatian "see also:" with its colon
    "Pogledajte i: Zagorska juha od krumpira i vrganja za hladne dane",
    # On the article's topic, with a quotation in it: still another story's headline.
    "Noticias relacionadas Bridge works: «The harbour bridge will close for two years» says the council",
])
def test_a_teaser_on_one_line_between_paragraphs_goes(teaser):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], teaser, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line", [
    "＜関連記事＞ 伊勢崎市で40.1度 今年全国初の40度超え",  # a bracketed head; words counted as Japanese writes them
    "İLGİLİ HABER Ege'de otellerin doluluk oranı yüzde 90'ı aştı",
    # (fortieth session: heads in a script without capitals, and an Estonian one)
    "ये भी पढ़ें मार्च में ही 38 डिग्री पहुंचा पारा, मौसम विभाग ने जारी की चेतावनी",
    "Loe ka Kes maksab puugivaktsiini eest ja kus seda teha saab?",
])
def test_a_teasers_head_in_brackets_or_over_an_unspaced_headline_is_a_teaser(line):
    f = _features(line, None)
    assert f.category == "related" and not f.label


@pytest.mark.parametrize("line", [
    "Lees ook het rapport van de commissie over de brug",  # goes on in lower case: prose
    "Mehr zum Thema Hafenbrücke und Verkehr",  # opens a teaser only with its colon: a box's heading
])
def test_a_line_that_only_opens_like_a_teaser_is_no_teaser(line):
    assert _features(line, None).category is None or _features(line, None).label


@pytest.mark.parametrize("head, bio", [
    ("Om skribenten", "Lina Forsgren är journalist och tvåbarnsmamma i Linköping. Hon skriver om vardag, skola och "
                      "föräldraskap varannan vecka."),
    ("この記事を書いた人", "管理栄養士。共働き家庭で2児の母。平日30分で作れる作り置きレシピを中心に、年間200品以上を紹介しています。"),
])
def test_an_authors_box_under_the_article_goes_in_more_languages(head, bio):
    out = kept("\n\n".join(["Bridge to close", *PROSE, head, bio]), language_filter=False)
    assert out == ["Bridge to close", *PROSE]


def test_a_galleries_counter_over_the_lead_photos_caption_goes_and_the_byline_stays():
    header = ["Bridge to close", "By Jane Roe | 12 March 2024", "Share Facebook X"]
    photo = "1 / 12\nThe old harbour bridge at dusk (Photo: Jane Roe)"
    result = clean("\n\n".join([*header, photo, *PROSE]))
    out = [p.text for p in result.paragraphs if p.kept]
    assert out == ["Bridge to close", "By Jane Roe | 12 March 2024", "The old harbour bridge at dusk (Photo: Jane Roe)",
                   *PROSE]


def test_the_article_goes_on_under_a_follow_box_between_its_sections():
    box = ["Follow us on Telegram: the harbour's news before anyone else", "Subscribe"]
    page = ["Bridge to close", *PROSE[:3], *box, "What happens next", *PROSE[3:]]
    out = kept("\n\n".join(page))
    assert out == ["Bridge to close", *PROSE[:3], "What happens next", *PROSE[3:]]


@pytest.mark.parametrize("line", [
    "Vídeo Así rompen las olas en el puerto de Baiona 01:24",  # the label and the title, no separator
    "▶ Trailer Harbour Lights (2024) 2:14",
    "Ouça este artigo 00:00 / 06:12 Áudio gerado automaticamente",  # a player's button, time and note
])
def test_a_players_line_between_the_articles_paragraphs_goes(line):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], line, *PROSE[3:]]), language_filter=False)
    assert out == ["Bridge to close", *PROSE]


def test_a_line_of_hashtags_under_the_article_goes_a_heading_mark_does_not():
    out = kept("\n\n".join(["Bridge to close", *PROSE, "#harbour #bridge #council"]))
    assert out == ["Bridge to close", *PROSE]
    assert _features("#harbour #bridge #council", "en").category == "nav"
    assert _features("#Budget2024", "en").category is None


def test_the_authors_bio_under_the_article_goes_when_the_byline_names_the_author():
    header = ["Bridge to close", "By Tom Whitcombe, Court Reporter"]
    bio = ["Tom Whitcombe", "Tom has covered the courts for the Gazette since 2015. He previously worked in Bristol."]
    out = kept("\n\n".join([*header, *PROSE, *bio]))
    assert out == [*header, *PROSE]
    # The bio alone, opening with the writer's full name.
    bio = "Priya Raman is the Gazette's security reporter. She previously covered telecoms in Toronto."
    out = kept("\n\n".join([*header[:1], "By Priya Raman · March 7, 2024", *PROSE, bio]))
    assert bio not in out and out[-1] == PROSE[-1]


@pytest.mark.parametrize("byline", [
    # What the credit is for, then "de": "Entrevista de …" (thirty-sixth session).
    "Entrevista de Tom Whitcombe · Fotografia de Inês Calado",
    # A role of three words ("Text and photos"), and a row of credits, the writer's first.
    "Text and photos: Tom Whitcombe",
    "Text: Tom Whitcombe | Photos: Inês Calado",
])
def test_more_bylines_name_the_author_of_the_bio_under_the_article(byline):
    bio = ["Tom Whitcombe",
           "Tom Whitcombe has covered the courts for the Gazette since 2015. He worked in Bristol before."]
    out = kept("\n\n".join(["Bridge to close", byline, *PROSE, *bio]))
    assert out == ["Bridge to close", byline, *PROSE]


def test_a_one_sentence_bio_over_the_boxs_follow_button_goes_with_its_name_line():
    bio = ["Tom Whitcombe", "Court reporter at the Gazette since 2015, he covers the county's courts and councils.",
           "Follow"]
    out = kept("\n\n".join(["Bridge to close", "Reporting by Tom Whitcombe", *PROSE, *bio]))
    assert out == ["Bridge to close", "Reporting by Tom Whitcombe", *PROSE]


def test_a_paragraph_naming_the_author_in_one_sentence_stays():
    # A credit ("… contributed reporting") is one sentence, and the article's.
    credit = "Priya Raman contributed reporting from Toronto."
    out = kept("\n\n".join(["Bridge to close", "By Priya Raman", *PROSE, credit]))
    assert out[-1] == credit


@pytest.mark.parametrize("source", ["Source: Harbour Authority press office", "Джерело: Національний антарктичний центр",
                                    "সূত্র: ইপিবি", "Avots: Centrālā statistikas pārvalde"])  # (forty-first session)
def test_the_articles_source_stays_over_the_authors_bio_and_the_pages_tail(source):
    bio = ["Tom Whitcombe", "Tom has covered the courts for the Gazette since 2015. He previously worked in Bristol."]
    tail = [source, "#harbour #bridge", "Share Facebook X", *bio, "Follow us on Telegram for the latest news",
            "Related stories", "Ferry fares to rise", "Fares go up by 4% in April, the operator said.",
            "New playground opens", "The old town square has a new playground for under-tens."]
    out = kept("\n\n".join(["Bridge to close", "By Tom Whitcombe", *PROSE, *tail]), language_filter=False)
    assert out == ["Bridge to close", "By Tom Whitcombe", *PROSE, source]


def test_a_films_card_under_a_japanese_review_stays_over_its_hashtags_and_share_bar():
    review = [
        "『灯台守の娘』は、瀬戸内の小さな島を舞台に、父を亡くした娘が灯台を守る日々を描く。派手な場面はないが、静かな演出が胸に残る。",
        "主演の瀬川あかりは、泣く場面をほとんど見せない。感情を抑え込んだ表情が続くからこそ、最後の一言が重く響く。",
        "一方で、回想シーンはやや長く、中盤のテンポを落としている。それでも、観終わった後に誰かに電話をかけたくなる映画だ。",
    ]
    card = ["作品情報", "『灯台守の娘』", "監督・脚本：森下航平", "出演：瀬川あかり、岡部隆之", "2024年／日本／118分"]
    tail = ["#邦画 #ヒューマンドラマ", "この記事をシェアする", "X Facebook LINE リンクをコピー"]
    out = kept("\n\n".join(["灯台守の娘 レビュー", *review, *card, *tail]), language_filter=False)
    assert out == ["灯台守の娘 レビュー", *review, *card]


def test_the_article_goes_on_under_a_paywall_box_with_a_teaser_and_an_ad_label_over_it():
    box = ["Read more: Harbour ferries to run every ten minutes from May", "Advertisement",
           "Subscribe to continue reading", "Get unlimited access for £1 a month. Cancel anytime.",
           "Already a subscriber? Log in"]
    page = ["Bridge to close", *PROSE[:3], *box, "What happens next", *PROSE[3:]]
    out = kept("\n\n".join(page))
    assert out == ["Bridge to close", *PROSE[:3], "What happens next", *PROSE[3:]]


@pytest.mark.parametrize(("line", "credit"), [
    ("Editor: Bambang Sutrisno", True),
    ("(إعداد: سارة القحطاني - تحرير: خالد المالكي)", True),  # prepared by ... edited by ...
    ("Editor's picks", False),
    ("Af Mette Lund", True),  # Danish "by"
    ('ד"ר מיכל אברבנאל | יום שלישי, 12 בנובמבר 2024, 06:00 זמן קריאה: 4 דקות', True),  # the name, the date
    ("Publié le 4 octobre 2024 par Jeanne Gall · Mis à jour le 18 octobre 2024", True),  # two dates
    # As long, but no date: a blog's category list, not a byline.
    ("Posts by Category: Council (12), Harbour (40), Roads (31), Schools (18), Sport (77)", False),
])
def test_editor_heads_and_a_byline_with_two_dates_are_credits(line, credit):
    assert _credit_line(line) is credit



def test_a_programs_line_in_a_german_tech_post_is_no_foreign_paragraph():
    prose = [
        "Die Bestellübersicht im Händlerportal brauchte zuletzt fast zwei Sekunden, bei großen Händlern sogar vier. "
        "Schuld war eine Abfrage, die jedes Mal Hunderttausende Zeilen sortieren musste.",
        "Die Lösung war ein zusammengesetzter Index, der Filter und Sortierung zugleich abdeckt. Wir haben ihn im "
        "laufenden Betrieb angelegt, um Sperren auf der Tabelle zu vermeiden.",
        "Seitdem antwortet die Übersicht im Mittel in 45 Millisekunden, und die Last auf der Datenbank ist um "
        "ein Drittel gesunken.",
    ]
    sql = ("SELECT id, status, total_price, created_at FROM orders WHERE seller_id = $1 AND created_at >= now() "
           "ORDER BY created_at DESC LIMIT 50;")
    english = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after "
               "engineers warned that the steel frame had corroded.")
    result = clean("\n\n".join(["Ein Index statt vier Sekunden", prose[0], sql, prose[1], english, prose[2]]))
    dropped = {p.text: p.decision.code for p in result.paragraphs if not p.kept}
    assert dropped == {english: "L101"}


def test_prices_and_web_addresses_make_no_programs_line():
    from newsclean.language import _code_line

    assert not _code_line("El ecosistema está valorado en $17,000 millones, frente al promedio de $10,500 millones.")
    assert _code_line("CREATE INDEX idx_orders_seller ON orders (seller_id, created_at DESC);")
    assert not _code_line("Abb.: https://www.example.de/news/detail/?tx_ttnews%5Btt_news%5D=198&cHash=8903")


def test_a_single_gallery_counter_with_arrow_buttons_goes_with_them():
    header = ["Bridge to close", "By Jane Roe | 12 March 2024",
              "The old harbour bridge at dusk, photographed from the ferry pier (photo: Jane Roe)"]
    page = [*header, "Photo 1 of 8", "‹ ›", *PROSE]
    out = kept("\n\n".join(page))
    assert out == [*header, *PROSE]


def test_the_article_goes_on_under_a_newsletter_box_with_its_small_print():
    # The box stands under a short paragraph and over a paragraph and the
    # article's next section; its small print under the button is its own.
    box = ["Get the biggest stories from the harbour straight to your inbox",
           "Sign up to our free daily newsletter for breaking news, court reports and more.",
           "Email address Sign up",
           "We use your sign-up to provide content in ways you've consented to. Read our Privacy Notice"]
    short = "The council found 312 suspicious withdrawals."
    page = ["Bridge to close", *PROSE[:2], short, *box, PROSE[2], "What happens next", *PROSE[3:],
            "The works start in May and should end two years later, the council said."]
    out = kept("\n\n".join(page))
    assert out == ["Bridge to close", *PROSE[:2], short, PROSE[2], "What happens next", *PROSE[3:],
                   "The works start in May and should end two years later, the council said."]


@pytest.mark.parametrize(("line", "credit"), [
    ("*Com informações da Agência Goiana de Notícias", True),
    ("Con información de EFE", True),
    ("Com informações dos leitores, a prefeitura mudou o plano.", False),  # a sentence, no credit
    ("Mit Material von dpa", True),
    ("Mit Material der Deutschen Presse-Agentur", True),
])
def test_a_with_information_from_line_is_the_articles_source(line, credit):
    from newsclean.tail import _closing_credit

    assert _closing_credit(line) is credit


def test_a_with_material_from_credit_stays_over_the_share_bar():
    page = ["Bridge to close", *PROSE, "Mit Material von dpa", "Artikel teilen: Facebook X E-Mail Drucken",
            "Das könnte Sie auch interessieren", "Ferry fares to rise in spring"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE, "Mit Material von dpa"]



def test_a_short_line_between_known_junk_under_the_article_goes():
    # A tags line between a live blog's "Load earlier posts" and "Most read": its words
    # are on topic, and nothing marks it but the known lines around it.
    page = ["Bridge to close", *PROSE, "Load earlier posts", "Harbour bridge Ring road City council",
            "Most read", "Storm closes the coast road", "Mayor quits over the bridge"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]



def test_a_study_cited_by_its_english_title_is_no_foreign_paragraph():
    prose = [
        "Die Forscher haben die Laichzeiten des Küstendorsches an zwölf Orten entlang der Küste über dreißig Jahre "
        "verglichen und dabei eine deutliche Verschiebung festgestellt.",
        "Im Mittel laicht der Dorsch heute zwei Wochen früher als in den neunziger Jahren, vor allem in den "
        "südlichen Fjorden, wo sich das Wasser am stärksten erwärmt hat.",
    ]
    reference = ("Referenz: H. A. Johnsen, M. Lindqvist und T. Rønning: Three decades of earlier spawning in "
                 "coastal cod. Journal of Fish Biology, 2025.")
    english = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after "
               "engineers warned that the steel frame had corroded.")
    result = clean("\n\n".join(["Der Dorsch laicht früher", *prose, english, reference]))
    dropped = {p.text: p.decision.code for p in result.paragraphs if not p.kept}
    assert dropped == {english: "L101"}


def test_a_short_subheading_under_an_inline_box_is_the_articles_when_its_section_names_its_words():
    # "Нерпа и туристы" (seals and tourists): the first paragraph under it
    # names the seal in another case, the second the tourists.
    prose = ["Средняя толщина льда на Южном Байкале в конце зимы уменьшилась с 89 до 69 сантиметров за полвека, "
             "сообщили учёные Лимнологического института.",
             "Учёные проанализировали данные четырёх гидрометеостанций за период с 1974 по 2024 год и сравнили "
             "сроки ледостава и вскрытия озера.",
             "Если в 1970-е годы Южный Байкал в среднем замерзал 11 января, то в последнее десятилетие — только "
             "к концу месяца, а лёд сходит на две недели раньше."]
    box = ["Читайте также", "Врачи назвали привычный продукт, который ускоряет старение после 40 лет",
           "Пенсионеров ждёт приятный сюрприз в мае: что изменится"]
    section = ["Нерпа и туристы",
               "По словам исследователей, сокращение ледового периода может затронуть и байкальскую нерпу: самки "
               "выкармливают детёнышей в снежных логовах на льду.",
               "Изменения уже ощущают и туроператоры. В 2024 году ледовые переправы на Ольхон закрыли на две "
               "недели раньше обычного, и туристов пришлось возить на судах на воздушной подушке."]
    out = kept("\n\n".join(["Лёд на Байкале стал тоньше на 20 сантиметров", *prose, *box, *section]))
    assert out[-len(section):] == section
    assert not set(box) & set(out)



@pytest.mark.parametrize("line, signature", [
    # (thirty-sixth session) A family's or a group's signature under an obituary or a letter.
    ("Kari Håland Vik og Nils Tangerås, på vegne av familien og Strandebarm Sangkor", True),
    ("Mary and Tom Whitlock, on behalf of the family", True),
    ("Jean et Marie Dupont, au nom de toute la famille", True),
    ("The council acted on behalf of the residents.", False),  # a sentence: no name, then a comma
])
def test_a_signature_on_someones_behalf(line, signature):
    from newsclean.tail import _ON_BEHALF

    assert (_ON_BEHALF.match(line) is not None) is signature


def test_one_sentence_that_says_who_the_writer_is_is_a_bio():
    # (thirty-sixth session) The byline names the writer; "is" and a role follow the name.
    bio = ("Tom Whitcombe is a court reporter for the Gazette and has covered the county's courts since 2015 "
           "for the paper")
    out = kept("\n\n".join(["Bridge to close", "By Tom Whitcombe", *PROSE, bio]))
    assert out == ["Bridge to close", "By Tom Whitcombe", *PROSE]
    # A credit says what the writer did for this story: the article's.
    credit = "Tom Whitcombe contributed reporting from the harbour office and the council chamber on Tuesday"
    assert kept("\n\n".join(["Bridge to close", "By Tom Whitcombe", *PROSE, credit]))[-1] == credit


@pytest.mark.parametrize("bar", [
    "Offrir l'article Lire plus tard Partager sur Facebook Partager sur X Partager sur LinkedIn Envoyer par e-mail",
    "Del på Facebook Del på LinkedIn Send til en ven",
    "Deli na Facebooku Pripni na Pinterest Pošlji po e-pošti",
    "Поделиться в Telegram Поделиться в VK",
    "Kongsi resipi ini: Facebook WhatsApp Telegram Pinterest",  # three networks or more: the line is theirs
    "शेयर करें: फेसबुक एक्स व्हाट्सएप टेलीग्राम लिंक कॉपी करें",  # the networks in their own script
])
def test_a_share_bar_in_words_goes_in_any_language(bar):
    # The same verb or preposition before two networks: buttons, in words no phrase list knows.
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], bar, *PROSE[2:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line", [
    "The EU fined Facebook on Monday and on Tuesday fined X",
    "Posted on Facebook on Monday, on X on Tuesday",
    "Facebook and X fined over data rules",
    "Facebook, WhatsApp and Instagram down for hours",
    "Facebook WhatsApp and Instagram outage hits millions across Europe",
])
def test_lines_naming_networks_in_a_sentence_are_no_share_bar(line):
    assert not share_row(line)


def test_a_consent_banners_heading_in_its_words_is_the_banners():
    lines = ["The Harbour Gazette and our partners use cookies",
             "We use cookies and similar technologies to show you relevant advertising and to understand how our "
             "site is used. You can change your choices at any time.",
             "I Accept Show Purposes",
             "Readers can still use the cookie shop by the footpath.",
             "By clicking Accept Cookies, you agree to our use of cookies and other tracking technologies."]
    paras = [Paragraph(i, t, 0, 0, i + 1, i) for i, t in enumerate(lines)]
    feats = [_features(t, "en") for t in lines]
    classes = [SHORT, BAD, BAD, NEAR, BAD]
    # The first is the banner's heading; the fourth ends a sentence (the article's last line).
    assert _banner_headings(paras, feats, classes, "en", set()) == [0]
    # Not the headline the title line names.
    assert _banner_headings(paras, feats, classes, "en", {0}) == []


def test_the_articles_last_line_over_an_appended_banner_stays():
    # It ends a sentence: no banner's heading, whatever words it shares.
    last = "Readers can still use the footpath, for now."
    banner = ["By clicking Accept Cookies, you agree to our use of cookies and other tracking technologies.",
              "Accept Cookies"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, last, *banner]))
    assert out == ["Bridge to close", *PROSE, last]


def test_a_breadcrumb_over_the_headline_goes_however_on_topic():
    dateline = "Thursday, 20 November 2025 | 6:45 pm"
    page = ["Home", "News", "Business", "Sport", "Search", "LATEST:",
            "Harbour bridge closure: buses to take the ring road", "Harbour ferry timetable changes from Monday",
            "ADVERTISEMENT", "Home › News › Harbour", "LATEST", "Harbour bridge to close", "By Jane Roe", dateline,
            *PROSE]
    out = kept("\n\n".join(page))
    assert "Home › News › Harbour bridge" not in out
    assert out[-len(PROSE) - 3:] == ["Harbour bridge to close", "By Jane Roe", dateline, *PROSE]


def test_a_breadcrumb_among_the_headers_lines_goes():
    # A Malay page's header (written for the project): a ticker, an ad's
    # label, then "Utama › Nasional › Selangor" over the headline. On
    # topic by its last item, it is still no part of the article's header.
    text = (Path(__file__).parent / "data" / "header-breadcrumb-ms.txt").read_text("utf-8")
    paras = {p.text: p for p in clean(text).paragraphs}
    assert paras["Utama › Nasional › Selangor"].decision.code == "B112"
    assert paras["Oleh Nurul Ain Kamaruddin"].kept


@pytest.mark.parametrize("badges", ["Disponible en Google Play Descárgalo en App Store",
                                    "Download on the App Store Get it on Google Play"])
def test_the_app_stores_badges_go_in_any_language(badges):
    out = kept("\n\n".join(["Bridge to close", *PROSE, badges]))
    assert out == ["Bridge to close", *PROSE]


def test_a_sentence_naming_both_stores_stays():
    line = "The council's new parking app is free on Google Play and the App Store from Monday."
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], line, *PROSE[3:]]))
    assert line in out


@pytest.mark.parametrize("meter", ["Anda telah membaca 3 dari 5 artikel gratis bulan ini.",
                                   "Sie haben noch 2 von 3 kostenlosen NZ+ Artikeln in diesem Monat.",
                                   "Přečetli jste 2 z 5 článků zdarma.",
                                   # (forty-third session) Croatian, Danish
                                   "Pročitali ste 3 od 5 besplatnih članaka ovog mjeseca.",
                                   "Du har læst 3 af 5 gratis artikler denne måned."])
def test_a_paywalls_meter_goes_in_any_language(meter):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:2], meter, *PROSE[2:]]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line", ["The council approved 3 of 5 articles of the new statute on Tuesday.",
                                  "Last month 3 of 10 articles in the journal were retracted."])
def test_a_storys_count_of_articles_is_no_meter(line):
    assert not paywall_meter(line)


MALAY = [
    "Majlis bandaraya memutuskan pada hari Selasa untuk menutup jambatan lama kepada kenderaan mulai musim "
    "bunga depan, selepas jurutera mendapati strukturnya telah berkarat.",
    "Pemandu akan dilencongkan ke jalan lingkaran, kata pegawai, dan bas akan mendapat lorong sendiri "
    "sepanjang dua tahun kerja pembaikan itu.",
    "Pemilik kedai berhampiran jambatan itu berkata mereka bimbang kehilangan pelanggan semasa jambatan "
    "ditutup, dan meminta bantuan majlis untuk membayar sewa.",
    "Datuk Bandar berjanji memberi pampasan kepada peniaga yang dapat menunjukkan kejatuhan jualan akibat "
    "penutupan itu, tetapi tidak menyebut jumlahnya.",
]


def test_a_malay_sign_up_box_goes():
    # A question that names the mail (e-mel), a pitch that opens with "join" (sertai), the button.
    box = ["Nak resipi Raya terus ke e-mel anda?",
           "Sertai lebih 80,000 pembaca yang menerima resipi pilihan kami setiap minggu.", "Daftar"]
    out = kept("\n\n".join(["Jambatan lama akan ditutup", *MALAY[:2], *box, *MALAY[2:]]))
    assert out == ["Jambatan lama akan ditutup", *MALAY]


@pytest.mark.parametrize("line", [
    "It was a long report, but all we had to do was continue reading.",
    "The minutes ran to forty pages. Few councillors wanted to read more.",
    "Asked what residents should do, she said: read more, and complain less.",
])
def test_prose_that_ends_in_the_words_of_a_read_more_link_stays(line):
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], line, *PROSE[3:]]))
    assert line in out


def test_an_about_box_whose_blurb_ends_in_read_more_goes_whole():
    # The blog's box: its heading, and a blurb that links to the about page.
    about = ["About the Blog",
             "Bridgewatch helps readers of the Harbour Gazette make sense of the city's traffic, budgets and "
             "building works, through maps, data and plain explanations. Read more »"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *about]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("line, lang, category", [
    ("Подели: Фејсбук Икс Вајбер", "sr", "share"),
    ("공유하기 카카오톡 페이스북 URL복사 글씨크기 인쇄하기", "ko", "share"),
    ("Líbil se vám článek? Sdílejte ho:", "cs", "share"),
    ("Az Ön adatainak védelme fontos számunkra", "hu", "consent"),
    ("Se alle klummer af Mette Gjerløv", "da", "related"),
    ("Onko sinulla jo tilaus? Kirjaudu sisään", "fi", "signin"),
    ("声明：本文为江南在线原创稿件，未经授权，禁止转载。", "zh", "footer"),
    ("Bu haber abonelere özel olarak hazırlanmıştır. Kaynak gösterilmeden kullanılamaz.", "tr", "footer"),
    ("« Föregående inlägg: Jag testade fem framlampor Nästa inlägg: Julklappstips till cyklisten »", "sv", "nav"),
    ("« โพสต์ก่อนหน้า: รีวิวชุดกันฝนราคาไม่เกินพันบาท โพสต์ถัดไป: เลนจักรยานในกรุงเทพฯ »", "th", "nav"),
    ("دسته‌بندی: زندگی روزمره", "fa", "nav"),
    ("Lebo: Pwani Stars Kilimanjaro United Ligi Kuu", "sw", "nav"),
    ("Mais sobre: Cortiça Resultados PSI Exportações", "pt", "nav"),
    ("ป้ายกำกับ: bike to work, กรุงเทพฯ, จักรยาน", "th", "nav"),
    ("۲ دیدگاه", "fa", "comments"),
    ("Súvisiaci článok:", "sk", "related"),
    ("Ispiši recept Spremi Podijeli", "hr", "share"),
    ("Langgan Sekarang", "ms", "subscribe"),
    ("Condividi Facebook Pinterest WhatsApp Stampa la ricetta Salva nel ricettario", "it", "share"),
])
def test_widgets_of_probe_pages_in_their_languages(line, lang, category):
    assert _features(line, lang).category == category


def test_a_sign_up_box_under_the_articles_end_goes_with_its_heading_and_pitch():
    # Nothing but page furniture under it: the box is the page's all the same.
    box = ["Share Facebook X Email", "Get the Harbour Gazette briefing",
           "Every weekday, the news of the city before breakfast.", "Sign up", "Related stories",
           "Tram fares rise again", "A new park for the east side"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *box]))
    assert out == ["Bridge to close", *PROSE]


def test_a_contacts_phone_line_is_no_pitch_of_a_form_under_it():
    lines = [PROSE[0], "Stellvertretender Geschäftsführer",
             "Telefon: 089 628179 36 Mobil: 0151 15662000 Schreiben Sie eine E-Mail", "Newsletter-Abo"]
    paras = [Paragraph(i, t, 0, 0, i + 1, i) for i, t in enumerate(lines)]
    classes = [GOOD, SHORT, NEAR, BAD]
    assert _heading_and_pitch_over(paras, classes, 3) == []
    assert _mail_pitch_over(paras, classes, 3) == []
    # The same box with a pitch is a form's.
    paras[2] = Paragraph(2, "Jeden Freitag die wichtigsten Nachrichten per E-Mail.", 0, 0, 3, 2)
    assert _mail_pitch_over(paras, classes, 3) == [2]


@pytest.mark.parametrize("bio, link", [
    ("Jane Roe is the Gazette's transport reporter. She has covered the city's roads and rails since 2019.",
     "All articles by Jane Roe"),
    ("About Jane Roe: she covers transport and the city's budget for the Gazette.", "All posts by Jane Roe"),
    ("Jane Roe is the Gazette's transport reporter. She has covered the city's roads and rails since 2019.",
     "More from this author"),
])
def test_a_bio_over_the_link_to_all_the_writers_articles_goes(bio, link):
    out = kept("\n\n".join(["Bridge to close", *PROSE, bio, link]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize("bio, link", [
    ("Ο Νίκος Σταυρίδης είναι δημοσιογράφος και αρθρογραφεί για θέματα περιβάλλοντος.", "Όλα τα άρθρα του συντάκτη"),
    ("Deniz Aksoy — Gezgin, fotoğrafçı. On yılı aşkın süredir Anadolu'yu dolaşıyor.", "Yazarın tüm yazıları"),
    ("Lukas Hartmann ist Redakteur im Ressort Stadt. Er schreibt über Wohnungspolitik.",
     "Alle Artikel von Lukas Hartmann"),
])
def test_bios_over_archive_links_in_more_languages(bio, link):
    lines = [PROSE[0], PROSE[1], bio, link]
    paras = [Paragraph(i, t, 0, 0, i + 1, i) for i, t in enumerate(lines)]
    assert bios_over_archive_link(paras, [GOOD, GOOD, GOOD, BAD], 0) == [(2, 3), (3, 3)]


def test_a_bio_under_the_writers_name_over_the_link_naming_them_goes_in_a_script_without_case():
    # (forty-second session: "יעל שחר" / "an urban planner and research fellow …" /
    # "to all the columns of יעל שחר"): the bio opens with a role, the name on its line above.
    lines = [PROSE[0], PROSE[1], "יעל שחר",
             "מתכננת ערים ועמיתת מחקר בתחום תחבורה בת־קיימא. כותבת על תכנון, דיור ומרחב ציבורי.",
             "לכל הטורים של יעל שחר"]
    paras = [Paragraph(i, t, 0, 0, i + 1, i) for i, t in enumerate(lines)]
    assert sorted(bios_over_archive_link(paras, [GOOD, GOOD, SHORT, GOOD, BAD], 0)) == [(2, 4), (3, 4), (4, 4)]
    # A name on the line above that is not the link's: the paragraph stays.
    paras[2] = Paragraph(2, "דני כהן", 0, 0, 3, 2)
    assert bios_over_archive_link(paras, [GOOD, GOOD, SHORT, GOOD, BAD], 0) == []


def test_the_last_paragraph_over_a_link_naming_another_stays():
    # A shop's wine page: the link names the winery, which the paragraph
    # names only further on.
    wine = ["Der Stone Cellars Zinfandel Rosé von Beringer ist ein ausgewogener Sommerwein aus Kalifornien, "
            "der ausschließlich aus Trauben der Sorte Zinfandel gekeltert wird.",
            "Im Glas zeigt er ein zartes Rosa, in der Nase Erdbeeren und Melone, am Gaumen eine frische Säure "
            "und einen angenehm trockenen Abgang.",
            "Der Stone Cellars Zinfandel Rosé von Beringer ist ein vielseitiger Speisebegleiter, besonders zu "
            "leichten Vorspeisen und sommerlichen Picknicks."]
    out = kept("\n\n".join(["Zinfandel Rosé", *wine, "Weitere Artikel von Beringer"]))
    assert out == ["Zinfandel Rosé", *wine]


@pytest.mark.parametrize("credit", ["Розмовляла Марта Коваль", "Rozmawiała: Anna Nowak", "Interviewed by Jane Doe"])
def test_the_interviewers_credit_and_a_terse_last_sentence_over_it_stay(credit):
    # "Especially now." ends the last answer, a line of its own; the credit
    # names who held the interview. The page's tags and share bar go.
    tail = ["Especially now.", credit, "#bridge #council #harbour", "Share Facebook X WhatsApp"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *tail]), language_filter=False)
    assert out == ["Bridge to close", *PROSE, "Especially now.", credit]


def test_a_disclaimer_under_the_article_goes():
    notice = "Disclaimer: This article is general information and no substitute for a doctor's advice."
    out = kept("\n\n".join(["Bridge to close", *PROSE, notice]))
    assert out == ["Bridge to close", *PROSE]


@pytest.mark.parametrize(("line", "credit"), [
    ("Розмовляла Марта Коваль", True),
    ("Interview: Jane Doe", True),
    ("Interview Highlights", False),  # a heading: "interview" credits only with its colon
    ("Розмовляла з мером про міст", False),  # a sentence, no name
])
def test_interviewer_credits(line, credit):
    from newsclean.tail import _closing_credit
    assert _closing_credit(line) is credit


@pytest.mark.parametrize(("line", "credit"), [
    # (forty-seventh session) "interview" and its colon in more languages
    ("گفت‌وگو: آرش کاظمی", True), ("حوار: سارة أحمد", True), ("Entretien: Marie Dupont", True),
    ("Wywiad: Anna Nowak", True),
    ("گفت‌وگو با مهتاب رحیمی، کارگردان «باد در نخلستان»", False),  # "an interview with …": a kicker
    ("Entrevista: la alcaldesa responde a los vecinos", False),  # no name after the colon
])
def test_interview_heads_credit_a_name(line, credit):
    assert _credit_line(line) is credit


def test_a_menu_block_over_the_article_goes_whole_with_its_items_on_the_articles_topic():
    # (fortieth session: "เที่ยวไทย", Thai travel, in a travel site's menu over a travel piece)
    menu = "Home\nNews\nHarbour bridge\nSport\nCulture\nWeather"
    out = kept("\n\n".join(["The Harbour Courier", menu, "Bridge to close", *PROSE]))
    assert out == ["Bridge to close", *PROSE]


def test_a_vietnamese_menu_block_of_items_of_two_words_goes():
    # (fortieth session: "Kinh doanh", "Bất động sản", "Nông nghiệp" over a story on coffee exports)
    menu = "Thời sự\nKinh doanh\nTài chính\nBất động sản\nNông nghiệp\nThế giới"
    article = [
        "Xuất khẩu cà phê hai tháng đầu năm đạt hơn 2 tỷ USD",
        "Giá bình quân neo ở mức cao giúp kim ngạch xuất khẩu cà phê của Việt Nam tăng gần 18% so với cùng kỳ năm"
        " trước, dù sản lượng giảm mạnh trong tháng Tết.",
        "Theo số liệu sơ bộ của cơ quan hải quan, trong tháng 2 Việt Nam xuất khẩu khoảng 150.000 tấn cà phê, giảm"
        " gần một phần tư so với tháng trước, do nhiều doanh nghiệp nông nghiệp và kinh doanh cà phê nghỉ Tết dài.",
        "Giá xuất khẩu bình quân trong hai tháng đạt khoảng 5.160 USD mỗi tấn, tăng gần 20% so với cùng kỳ, nhờ giá"
        " cà phê trên sàn London vẫn neo ở mức cao.",
    ]
    out = kept("\n\n".join(["Nhịp Sống Thị Trường", menu, *article]))
    assert not set(menu.split("\n")) & set(out)
    assert out[-len(article):] == article



@pytest.mark.parametrize(("last", "closes"), [
    ("Çalışmalar sürüyor.", True),  # (forty-first session: two long words, a sentence)
    ("Ermittlungen laufen.", True),
    ("Drucken etc.", False),  # two short words with a full stop: a label
])
def test_a_last_sentence_of_two_long_words_is_among_the_closing_lines(last, closes):
    from newsclean.boilerplate import _features
    from newsclean.document import Paragraph
    from newsclean.lineclass import BAD, GOOD, SHORT
    from newsclean.tail import _closing_lines

    texts = [*PROSE[:2], last, "Tags: bridge council harbour"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    assert _closing_lines(paras, feats, [GOOD, GOOD, SHORT, BAD], 1) == ({2} if closes else set())


@pytest.mark.parametrize("closing", [["Kind regards,", "Jane"], ["Salam hangat,", "Dinda"],
                                     ["See you on the trail!", "– Kadri"], ["Alla prossima,", "Giulia"]])
def test_a_posts_closing_and_its_writers_name_close_it(closing):
    # (forty-first session: an Indonesian blog's "Salam hangat," / "Dinda", an
    # Estonian one's "Kohtumiseni rajal!" / "– Kadri", over its tags and share bar)
    from newsclean.boilerplate import _features
    from newsclean.document import Paragraph
    from newsclean.lineclass import BAD, GOOD, SHORT
    from newsclean.tail import _closing_lines

    texts = [*PROSE[:2], *closing, "Categories: Walks, Winter", "Share:"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    assert _closing_lines(paras, feats, [GOOD, GOOD, SHORT, SHORT, SHORT, BAD], 1) == {2, 3}


@pytest.mark.parametrize(("line", "goes"), [
    ("Harbour Bridges Transport Council", True),  # (forty-first session: "Zonnepanelen Energie Duurzaam wonen")
    ("Bridges Ferries Ringroad Engineering Budgets", True),
    ("Harbour Bridge", False),  # two words: as often a name or a subheading
    ("Bridges and the council", False),  # stopwords: a phrase, not a list of topics
    ("Lighthouses Sailing Regattas Yachting", False),  # nothing of the article's: another box's
])
def test_a_tag_line_with_no_head_under_the_article_goes(line, goes):
    tail = [line, "Share on Facebook Share on X Share on WhatsApp", "Related stories", "Ferry fares to rise in spring",
            "Council elects new leader"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *tail]), language_filter=False)
    assert out == ["Bridge to close", *PROSE, *([] if goes else [line])]


def test_the_entries_of_a_box_the_article_ends_in_close_it():
    # (forty-first session: a Greek travel piece's "Πρακτικές πληροφορίες",
    # whose first entry the core held and whose next two read as off-topic prose)
    from newsclean.boilerplate import _features
    from newsclean.document import Paragraph
    from newsclean.lineclass import BAD, GOOD, SHORT
    from newsclean.tail import _closing_lines

    texts = [PROSE[0], "Practical information", "Getting there: by ferry from the harbour, about an hour.",
             "Where to stay: many guesthouses close at the end of October, so book ahead.",
             "When to go: September and October, or in spring, when the hills are green.",
             "Tags: islands, autumn, walking"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    classes = [GOOD, SHORT, GOOD, GOOD, GOOD, BAD]
    assert _closing_lines(paras, feats, classes, 2) == {3, 4}
    # Under a last paragraph that is no entry, prose is no box's.
    assert _closing_lines(paras, feats, classes, 0) == set()


def test_a_list_of_works_with_their_years_in_another_calendar_is_no_archive_widget():
    # (forty-second session: a Persian obituary's translations, "«صد شب بی‌خوابی» (۱۳۶۸)",
    # years of the Solar Hijri calendar; a Thai page's Buddhist Era years)
    from newsclean.widgets import _is_counted
    assert not any(map(_is_counted, ["«صد شب بی‌خوابی» (۱۳۶۸)", "«آینه‌های بوئنوس آیرس» (۱۳۹۱)", "บ้านริมคลอง (2568)"]))
    assert all(map(_is_counted, ["June (55)", "Travel (1432)", "Sport (12)"]))



@pytest.mark.parametrize("closing", ["Com Lusa", "Con EFE", "Com agências",
                                     "For Nordfjord Trekkspelklubb og naboer, Ingrid Solheim Nes",
                                     "הכותבת היא מורה לספרות ותושבת השכונה",
                                     "The writer is a professor of history at Riverside University"])
def test_a_news_agencys_credit_and_a_signature_for_a_group_sign_the_article_off(closing):
    # (forty-second session: a Portuguese report's "Com Lusa" over its tags; a
    # Norwegian obituary signed for a club and the neighbours)
    from newsclean.document import Paragraph
    from newsclean.tail import _credit_under
    assert _credit_under([Paragraph(0, closing, 0, len(closing), 1, 0, plain=closing)], 0)


def test_a_live_blogs_entry_over_a_sign_up_box_with_a_pitch_of_its_own_stays():
    # (forty-third session: the entry's heading and paragraph were taken
    # for the box's heading and pitch, over its first known line, which
    # was the pitch itself)
    entry = ["14:25", "Harbour bridge speed limit cut",
             "The council has cut the speed limit on the harbour bridge to 20mph and asks drivers of high vans to "
             "use the ring road instead."]
    box = ["Get the latest weather alerts sent straight to your inbox", "Sign up",
           "We use your sign-up to provide content in ways you've consented to. Privacy notice"]
    page = ["Bridge to close", *PROSE[:3], *entry, *box, "13:40", *MORE_ON_THE_BRIDGE]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE[:3], *entry, "13:40", *MORE_ON_THE_BRIDGE]


def test_a_table_of_names_and_figures_stays_whole_when_half_its_rows_do():
    # (forty-third session: a Slovene ski jumping report's final standings,
    # two of its six rows taken for the page's tail)
    from newsclean.widgets import _keep_whole_blocks

    lines = ["Final standings", "Henrik Sandvold (NOR) 1.712 točk", "Felix Hammerl (GER) 1.498",
             "Lukas Brandstätter (AUT) 1.405", "Kenta Morishita (JPN) 1.251", "Kacper Wróblewski (POL) 1.187",
             "Žan Kovačič (SLO) 1.140"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, min(i, 1), plain=t) for i, t in enumerate(lines)]
    for p in paras:
        p.keep_as("K005")
    for k in (4, 5):
        paras[k].drop("B120", tail=True)
    _keep_whole_blocks(paras, ["short"] * len(lines))
    assert all(p.kept for p in paras)
    # Lone figures and a rating's buttons are no table.
    lines = ["Votes", "98", "81", "78", "1 2 3 4 5"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, min(i, 1), plain=t) for i, t in enumerate(lines)]
    for p in paras:
        p.keep_as("K005")
    paras[4].drop("B120", tail=True)
    _keep_whole_blocks(paras, ["short"] * len(lines))
    assert not paras[4].kept


def test_a_signature_for_a_group_on_two_lines_closes_the_article():
    # (forty-third session: a Norwegian obituary signed "For venner i Dønna
    # blandakor" over "Liv Marit Sandvik og Oddvar Hals", over a call for
    # more obituaries)
    from newsclean.tail import _closing_lines

    texts = [PROSE[0], "We light peace over her memory.", "For friends in the Harbour Choir",
             "Liv Marit Sandvik og Oddvar Hals", "Send us an obituary: obits@example.com", "More obituaries"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, min(i, 2) if i < 4 else i - 1, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    classes = [GOOD, SHORT, SHORT, SHORT, BAD, BAD]
    assert _closing_lines(paras, feats, classes, 0) == {1, 2, 3}
    # Written apart, the group's line heads no signature.
    paras[3].block = 9
    assert 3 not in _closing_lines(paras, feats, classes, 0)


def test_a_signature_for_a_group_over_a_name_a_line_closes_the_article_whole():
    # (forty-fifth session: a Swedish obituary signed "För vännerna i Järvsö
    # spelmanslag" over "Anders Hed" and "Margit Olsson", a name a line)
    from newsclean.tail import _closing_lines

    texts = [PROSE[0], "For friends in the Harbour Choir", "Anders Hed", "Margit Olsson", "Share: Facebook Email"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, 1 if 1 <= i <= 3 else i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    assert _closing_lines(paras, feats, [GOOD, SHORT, SHORT, SHORT, BAD], 0) == {1, 2, 3}


@pytest.mark.parametrize(("last", "closing"), [
    ("Selamat mencoba!", True),  # (forty-fifth session: a recipe's "enjoy trying it!")
    ("Selamat menikmati!", True),
    ("You have updates!", False),  # a site's notice
    # (A long sentence with its figures: a telephone number's.)
    ("Free advice is available at the legal aid centres on 0 800 213 103.", True),
    ("Harbour United 2, Quay Rovers 1.", False),  # a result's row
    ("Don't miss our weekly recipe newsletter!", False),  # a prompt's length, no sign-off
])
def test_an_exclamation_of_two_words_or_a_long_sentence_with_figures_closes_the_article(last, closing):
    from newsclean.tail import _closing_lines

    texts = [*PROSE[:2], last, "Video picks"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    assert (2 in _closing_lines(paras, feats, [GOOD, GOOD, SHORT, SHORT], 1)) is closing


def test_a_thai_word_for_a_story_is_no_byline_without_its_colon():
    from newsclean.credits import _credit_line

    assert not _credit_line("เรื่องนี้ทำให้หลายคนแปลกใจ")


def test_a_link_to_the_whole_table_that_names_the_league_goes():
    # (forty-third session: "Zobacz pełną tabelę II ligi" over a match
    # report's tags; the league's name after the link's words)
    from newsclean.lexicon import label_set, normalize_label
    from newsclean.widgets import _standings_link

    links = label_set("standings_links.txt")
    assert _standings_link(normalize_label("Zobacz pełną tabelę II ligi"), links)
    assert not _standings_link(normalize_label("Zobacz pełną tabelę ligi i wszystkie wyniki sezonu"), links)
    page = ["Bridge to close", *PROSE, "Zobacz pełną tabelę II ligi", "Tagi: Warta Sieradz II liga"]
    assert kept("\n\n".join(page)) == ["Bridge to close", *PROSE]


def test_a_sign_up_box_at_the_texts_end_whose_pitch_names_the_mail_takes_its_heading():
    # (forty-third session: an Estonian health piece; under its share bar
    # "Tellige tervise- ja teadusuudiskiri" / a pitch that names the inbox /
    # "Telli", and nothing of the article under them)
    from newsclean.fields import names_mail
    from newsclean.forms import form_widget_lines
    from newsclean.lineclass import BAD, GOOD, NEAR, SHORT

    assert names_mail("Tellige tervise- ja teadusuudiskiri")  # a compound of "uudiskiri"
    texts = [PROSE[0], "Share Facebook X Copy link", "Tellige tervise- ja teadusuudiskiri",
             "Iga neljapäev parimad lood tervisest ja teadusest otse teie postkasti.", "Telli"]
    paras = [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(texts)]
    feats = [_features(t, None) for t in texts]
    classes = [GOOD, BAD, SHORT, NEAR, BAD]
    assert {i for i, _, _ in form_widget_lines(paras, feats, classes)} == {2, 3}


@pytest.mark.parametrize("line", ["de Gaulle", "de Andrei Munteanu a declarat că drumul rămâne închis"])
def test_de_before_a_name_is_no_byline_unless_the_name_is_the_whole_line(line):
    assert not _credit_line(line)


def test_a_rating_widgets_empty_stars_and_their_prompt_go_and_a_reviews_score_stays():
    # (forty-sixth session: "Você fez esta receita? Avalie:" over "☆ ☆ ☆ ☆ ☆"
    # under a recipe; a review's own score fills some of its stars)
    widget = ["Did you cook this? Rate it:", "☆ ☆ ☆ ☆ ☆"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *widget]))
    assert out == ["Bridge to close", *PROSE]
    review = ["Our verdict:", "★★★★☆"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *review]))
    assert out == ["Bridge to close", *PROSE, *review]
