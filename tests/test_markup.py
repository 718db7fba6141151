"""Scrapers' link and emphasis markup: the rules read the words, the output keeps the markup."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.markup import plain_text

PROSE = [
    "The harbour ferry will stop running at night from next month, the operator said on Thursday, after two years of falling passenger numbers.",
    "Night workers at the hospital and the fish market said they had no other way to cross the estuary before the first bus at six.",
    "The operator said it would keep the evening boats until ten and review the timetable again in the spring if demand picked up.",
    "Councillors have asked for a meeting with the operator and the port authority to look at a subsidy for the two last crossings.",
]


def kept(text):
    return [p.text for p in clean(text).paragraphs if p.kept]


def test_plain_text_takes_out_links_images_emphasis_and_lynx_numbers():
    assert plain_text("[Ferry timetable](https://a.example/ferry?from=x)") == "Ferry timetable"
    assert plain_text("![Ferry at dawn](/img/ferry_(1).jpg)") == "Ferry at dawn"
    assert plain_text("See [the timetable][3] for details") == "See the timetable for details"
    assert plain_text("By [14]Martha Quayle, transport reporter") == "By Martha Quayle, transport reporter"
    # A link whose text opens with a figure: a time, a year.
    assert plain_text("     * [8]17:40 Rail line closed") == "     * 17:40 Rail line closed"
    # A line of links parts its items as a menu does.
    assert plain_text("[14]Accessibility [15]Cookies [16]Contact") == "Accessibility · Cookies · Contact"
    assert plain_text("**By Tomás Reyes** | Climate correspondent") == "By Tomás Reyes | Climate correspondent"
    assert plain_text("_Von Friederike Haas | 14.01.2025_") == "Von Friederike Haas | 14.01.2025"
    assert plain_text("## Why demand jumped") == "Why demand jumped"
    assert plain_text("[Anmelden](/login/)[Abonnieren](/abo/)") == "Anmelden Abonnieren"
    assert plain_text("[![Courier logo](https://a.example/logo.svg)](https://a.example/)") == "Courier logo"


def test_links_to_a_networks_share_endpoint_read_as_share_in_any_language():
    assert plain_text("[Share on X](https://x.com/intent/post?url=https%3A%2F%2Fa.example%2Fb)") == "share"
    assert plain_text("[مشاركة على واتساب](https://wa.me/?text=https://a.example/b)") == "share"
    assert plain_text("[ফেসবুকে শেয়ার করুন](https://www.facebook.com/sharer/sharer.php?u=x) "
                      "[LINE で送る](https://social-plugins.line.me/lineit/share?url=x)") == "share share"
    # Hatena Bookmark, Japan's own share button beside X and LINE.
    assert plain_text("[はてな](https://b.hatena.ne.jp/entry/https://a.example/b)") == "share"
    # Not a link that merely has "share" in its address.
    assert plain_text("Read the [report](https://a.example/share-prices)") == "Read the report"
    out = kept("\n\n".join(["Ferry to stop at night", "[Поделиться в Telegram](https://t.me/share/url?url=x)", *PROSE]))
    assert out == ["Ferry to stop at night", *PROSE]


def test_lynx_buttons_read_as_their_labels():
    assert plain_text("(BUTTON) Accept all (BUTTON) Settings") == "Accept all · Settings"
    out = kept("\n\n".join(["Ferry to stop at night", PROSE[0], "   (BUTTON) Play video", *PROSE[1:]]))
    assert out == ["Ferry to stop at night", *PROSE]


def test_links_without_text_read_as_their_sites_names():
    icons = ("[](https://www.facebook.com/sharer/sharer.php?u=x)[](https://twitter.com/intent/tweet?url=x)"
             "[](https://api.whatsapp.com/send?text=x)[](/print)")
    assert plain_text(icons) == "facebook twitter whatsapp"


def test_plain_text_leaves_code_prompts_indexes_and_rules_alone():
    for text in ("In [63]: from decimal import Decimal", "it is referenced as foo[1], or *(foo+1).", "x[2]3",
                 "snake_case_names stay", "____________", "* * *", "# 73 too true", "**"):
        assert plain_text(text) == text


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.characters(blacklist_characters="[*_#"), max_size=80).filter(lambda t: t[:1] != ">"))
def test_text_without_markup_is_its_own_plain_text(text):
    # (">" opening a line is a quote's mark.)
    assert plain_text(text) == text


def test_a_markdown_share_bar_with_long_addresses_goes_and_the_output_keeps_the_markup():
    share = ("[Share on Facebook](https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example%2F2024%2F11%2Fferry-night)\n"
             "[Share on X](https://x.com/intent/post?url=https%3A%2F%2Fnews.example%2F2024%2F11%2Fferry-night)")
    body = [*PROSE[:2], "Read the [operator's statement](https://ferries.example/news/night-service) in full.", *PROSE[2:]]
    text = "\n\n".join(["# Night ferry to stop", share, *body])
    assert kept(text) == ["# Night ferry to stop", *body]


def test_a_lynx_byline_and_share_bar_are_read_without_link_numbers():
    text = "\n\n".join([
        "Night ferry to stop", "By [14]Martha Quayle, transport reporter",
        "[15]Facebook [16]X [17]WhatsApp [18]Copy link", *PROSE,
    ])
    assert kept(text) == ["Night ferry to stop", "By [14]Martha Quayle, transport reporter", *PROSE]


def test_a_link_or_caption_wrapped_over_lines_is_one_paragraph():
    share = ("[Share on\nFacebook](https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example%2Fferry-night)\n"
             "[Email this\nstory](mailto:?subject=Night%20ferry%20to%20stop)")
    caption = "_The last night crossing leaves the north pier at ten. Photo: Ana\nLopes_"
    result = clean("\n\n".join(["Night ferry to stop", share, *PROSE[:2], caption, *PROSE[2:]]))
    texts = [p.text for p in result.paragraphs]
    assert caption in texts and "[Share on\nFacebook](https://www.facebook.com/sharer.php" in texts[1]
    assert [p.text for p in result.paragraphs if p.kept] == ["Night ferry to stop", *PROSE[:2], caption, *PROSE[2:]]


def test_a_row_of_icon_links_is_a_share_bar_and_a_markdown_table_stays():
    icons = "[](https://www.facebook.com/sharer/sharer.php?u=x)[](https://twitter.com/intent/tweet?url=x)"
    table = ["| Crossing | Opened | Closes |", "|---|---|---|", "| Old ferry | 1911 | 2025 |"]
    text = ["# Night ferry to stop", icons, *PROSE[:2], *table, *PROSE[2:]]
    assert kept("\n\n".join(text)) == ["# Night ferry to stop", *PROSE[:2], *table, *PROSE[2:]]


def test_prose_over_the_markdown_headline_is_the_pages():
    pitch = ("Support independent local journalism on the estuary. [Become a member](https://news.example/join) "
             "from four pounds a month and read without limits.")
    text = "\n\n".join([pitch, "# Night ferry to stop", *PROSE])
    assert kept(text) == ["# Night ferry to stop", *PROSE]


def test_a_lynx_footer_row_of_links_goes_with_the_references_under_it():
    footer = "   [14]Accessibility [15]Cookies [16]Privacy [17]Contact\n    © Crown copyright"
    references = "References\n\n" + "\n".join(f"   {n}. https://www.ferries.example/page-{n}" for n in range(1, 8))
    text = "\n\n".join(["Night ferry to stop", *PROSE, footer, references])
    assert kept(text) == ["Night ferry to stop", *PROSE]


def test_a_reader_services_header_goes_and_its_title_line_is_the_pages_title():
    header = ["Title: Night ferry to stop | Estuary Courier", "URL Source: https://courier.example/ferry-night",
              "Published Time: 2025-03-12T07:00:00Z", "Markdown Content:"]
    text = "\n\n".join([*header, "# Night ferry to stop", *PROSE])
    assert kept(text) == ["# Night ferry to stop", *PROSE]


def test_markdown_image_lines_go_and_their_caption_line_stays():
    images = ["![The north pier at dusk](https://news.example/img/pier.jpg)",
              "[![](https://news.example/img/ferry-thumb.jpg)](https://news.example/gallery/ferry)",
              "![](/img/a.jpg) ![](/img/b.jpg)"]
    caption = "The last night crossing leaves the north pier at ten. Photo: Ana Lopes"
    text = "\n\n".join(["# Night ferry to stop", images[0], caption, *PROSE[:2], images[1], PROSE[2], images[2], PROSE[3]])
    got = {p.text: p.decision.code for p in clean(text).paragraphs}
    assert [got[line] for line in images] == ["B123"] * 3
    assert kept(text) == ["# Night ferry to stop", caption, *PROSE]


def test_a_line_that_is_one_link_out_of_the_page_goes_but_a_linked_byline_stays():
    buttons = ["[Check price at Harbour Outdoor £349](https://shop.example/go/ferry-coat?aff=7)",
               "**[Book a crossing from £4 →](https://partners.example/ferries)**",
               "[Timetables for every route](?page=2)"]
    bylines = ["[Martha Quayle](https://news.example/people/martha-quayle)",
               "[김민수 기자](https://news.example.kr/reporter/kim-minsu)"]
    text = "\n\n".join(["# Night ferry to stop", bylines[0], PROSE[0], buttons[0], *PROSE[1:3], buttons[1],
                        PROSE[3], buttons[2], bylines[1]])
    got = {p.text: p.decision.code for p in clean(text).paragraphs}
    assert [got[line] for line in buttons] == ["B108"] * 3
    assert kept(text) == ["# Night ferry to stop", bylines[0], *PROSE, bylines[1]]


SOURCES = ["**Sources:**", "* [Port authority: night service review](https://ports.example.org/reviews/2024-night)",
           "* [Estuary Ferries: timetable from 1 March](https://estuaryferries.example/timetable)"]


def test_a_list_of_links_to_the_sites_own_stories_under_the_article_goes_its_sources_stay():
    own = ["## Ferries and bridges", "* [Bus lane on the bridge opens in May](https://www.news.example/transport/bus-lane)",
           "* [Why the last train leaves so early](/transport/last-train)",
           "* [Cyclists win a path over the dam](https://news.example/transport/dam-path)"]
    footer = "© 2025 News Example · [Privacy](https://www.news.example/privacy) · [Contact](https://www.news.example/contact)"
    text = "\n\n".join(["# Night ferry to stop", *PROSE, "\n".join(SOURCES), "\n".join(own), footer])
    assert kept(text) == ["# Night ferry to stop", *PROSE, *SOURCES]
    assert {p.decision.code for p in clean(text).paragraphs if p.text in own} == {"B120"}
    assert {p.decision.code for p in clean(text).paragraphs if p.text in SOURCES} == {"K005"}


def test_lynx_link_numbers_are_read_from_its_references_to_tell_the_sites_own_stories():
    related = "   On the estuary\n     * [14]Bus lane on the bridge opens in May\n     * [15]Why the last train leaves so early"
    references = "References\n\n" + "\n".join(
        [*(f"  {n}. https://www.news.example/section/{n}" for n in range(1, 14)),
         "  14. https://www.news.example/transport/bus-lane", "  15. https://www.news.example/transport/last-train",
         "  16. https://www.news.example/privacy", "  17. https://www.news.example/contact"])
    footer = "   [16]Privacy [17]Contact\n    © 2025 News Example"
    text = "\n\n".join(["Night ferry to stop", *PROSE, related, footer, references])
    assert kept(text) == ["Night ferry to stop", *PROSE]


def test_a_quotes_mark_is_read_as_markup():
    assert plain_text("> **Het project in het kort**") == "Het project in het kort"
    assert plain_text("> * Investering: 2,3 miljoen euro") == "* Investering: 2,3 miljoen euro"
    assert plain_text("> > a quote in a quote") == "a quote in a quote"
    assert plain_text(">") == ">"


def test_a_fact_box_set_as_a_quote_under_the_article_stays():
    box = ["> **The project in brief**", "> * Investment: 2.3 million euro", "> * Regional grant: 640,000 euro",
           "> * Heat pump: 1.8 MW", "> * Buffer tank: 900 m³"]
    related = ["## Related articles", "* [Pepper growers switch to LED lighting](https://www.trade.example/a/48177)",
               "* [Gas prices: what the new contract year means](https://www.trade.example/a/48102)"]
    text = "\n\n".join(["# Night ferry to stop", *PROSE, "\n".join(box), "\n".join(related)])
    assert kept(text) == ["# Night ferry to stop", *PROSE, *box]


def test_a_related_box_inside_a_markdown_article_ends_at_its_next_subheading():
    # The article goes on under "## …" of the level of its other subheadings,
    # though the first sentence under it is short.
    first = [
        "# Old batteries, new business",
        "Recycling plants for electric-car batteries are opening across the province, and they are already "
        "short of batteries to recycle, their owners say.",
        "## The wave arrives",
        "Most car batteries last eight to ten years. The first large generation of electric cars went on the "
        "road a decade ago, and their batteries are now being retired in large numbers.",
        "Analysts expect more than half a million tonnes of retired batteries this year, and four times as many "
        "by the end of the decade, most of it from cars bought in the first boom.",
    ]
    related = ["**Related reading**",
               "* [Lithium prices fall for a third week](https://news.example/article/1174)",
               "* [Storage tenders up sixty per cent](https://news.example/article/1175)"]
    second = [
        "## Big plants and backyards",
        "Not every recycler is doing well.",
        "\"Lithium carbonate lost eighty per cent from its peak last year, and what we sell fell with it, but "
        "what we pay for old batteries hardly moved,\" said the manager of one plant near the port.",
        "Only about a hundred firms meet the ministry's standards, though many more are in the business, often "
        "in workshops that break batteries open by hand and sell the metals on without a licence.",
    ]
    out = kept("\n\n".join([*first, *related, *second, "[About us](https://news.example/about) | "
                            "[Contact](https://news.example/contact)"]))
    assert out == [*first, *second]


def test_a_markdown_headline_over_short_lines_and_a_table_keeps_them_all():
    # No prose between the headline and the most prose: a short standfirst,
    # a byline, a results table. The core starts right under the headline.
    page = [
        "[Přeskočit na obsah](#obsah)", "* [Zprávy](/zpravy)\n* [Sport](/sport)\n* [Předplatné](/predplatne)",
        "[Zprávy](/zpravy) » [Komunální volby](/volby)",
        "# Volby v Brodci: vyhráli Starostové, ANO skončilo druhé",
        "Hnutí starosty Petra Kuby získalo 11 z 25 mandátů. Sestavit koalici nebude snadné.",
        "**Eva Malá** | 24. září 2022 17:55",
        "Sečteno 100 % okrsků. Volební účast: 48,7 % (v roce 2018: 45,2 %).",
        "## Výsledky",
        "| Strana | Hlasy (%) | Mandáty |\n|:--|--:|--:|\n| Starostové pro Brodec | 41,2 | 11 |"
        "\n| ANO Brodec | 22,8 | 6 |\n| Zelený Brodec | 13,5 | 3 |\n| Piráti | 7,9 | 2 |\n| Ostatní | 2,5 | 0 |",
        "Starostové pro Brodec tak oproti minulým volbám posílili o dva mandáty, ale na většinu v zastupitelstvu "
        "to nestačí a budou potřebovat alespoň jednoho partnera, řekl starosta v sobotu večer na radnici.",
        "„Budeme mluvit se všemi kromě těch, kteří čtyři roky jen kritizovali,“ řekl svým příznivcům a dodal, "
        "že koaliční smlouvu čeká do konce října.",
    ]
    out = "\n".join(kept("\n\n".join(page)))
    assert out.startswith("# Volby v Brodci") and "| Piráti | 7,9 | 2 |" in out
    assert "Sestavit koalici nebude snadné." in out and "Přeskočit na obsah" not in out


def test_lynxs_image_alone_on_its_line_goes():
    page = ["Harbour ferry to stop at night", "   [11][IMG]", *PROSE[:2], "   [IMG]", *PROSE[2:]]
    assert kept("\n\n".join(page)) == ["Harbour ferry to stop at night", *PROSE]


def test_a_markdown_article_goes_on_under_a_related_link_at_its_next_subheading():
    # The sections under the related link speak of other things than the
    # ones above (schools, the forecast), but "## …" of the level of the
    # article's own subheadings says it is the article's next section.
    top = [
        "# Snow closes 46 village roads in the Kirk Pass",
        "Two days of heavy snow and drifting have closed 46 village roads around Dunmore, and rescue crews "
        "freed the passengers of some thirty vehicles stuck in the Kirk Pass overnight.",
        "## Stranded drivers rescued",
        "About thirty cars and lorries were stuck on the pass road on Tuesday evening. Highway crews and the "
        "mountain rescue service brought 84 passengers down to a guest house in the town by midnight.",
        "\"We waited five hours in the cab and the fuel was running low,\" said one lorry driver, Hasan Kelly.",
    ]
    box = ["**Related**",
           "**Read more:** [Orange weather warning for twelve counties](https://news.example/weather/warning)"]
    rest = [
        "## Schools shut for two days",
        "The district office said that all schools will stay closed on Wednesday and Thursday, and that "
        "pregnant and disabled public staff may stay at home on both days.",
        "The office also asked people not to travel unless they must, and to carry blankets and spare fuel.",
        "## More to come until Friday",
        "The regional weather office expects further falls on high ground until Friday, with night "
        "temperatures dropping to minus twenty at the weekend.",
        "Officials warned of a high avalanche risk on the northern slopes.",
    ]
    tail = ["## Comments", "[Sign in](https://news.example/login) to comment."]
    assert kept("\n\n".join([*top, *box, *rest, *tail])) == [*top, *rest]
