"""D104: the page's title line (headline + site name, or the headline word for word) above the article's own headline."""

import pytest

from newsclean import clean
from newsclean.titles import _headline_part, _longer_copy_below
from test_boilerplate import PROSE, TEASERS, kept


def test_title_tag_line_goes_and_the_headline_stays():
    text = "\n\n".join(["Harbour bridge to close to cars - The Harbour Gazette", "Harbour bridge to close to cars", *PROSE])
    result = clean(text)
    assert [p.text for p in result.paragraphs if p.kept] == ["Harbour bridge to close to cars", *PROSE]
    (dropped,) = [p for p in result.paragraphs if not p.kept]
    assert dropped.decision.code == "D104" and dropped.decision.evidence == {"headline": 1}


def test_a_title_line_right_under_its_headline_goes():
    # Some scrapers write the page's <h1> before its <title>.
    result = clean("\n\n".join(["Harbour bridge to close to cars", "Harbour bridge to close to cars | The Gazette", *PROSE]))
    assert [p.text for p in result.paragraphs if p.kept] == ["Harbour bridge to close to cars", *PROSE]
    assert result.paragraphs[1].decision.code == "D104"
    # A second line that only shares some words is a deck, and stays.
    deck = "Harbour bridge to close to cars for two years | repairs"
    assert kept("\n\n".join(["Harbour bridge to close to cars", deck, *PROSE]))[1] == deck


def test_site_name_first_and_other_separators():
    for title in ("The Harbour Gazette | Harbour bridge to close to cars", "Harbour bridge to close to cars « Gazette",
                  "Harbour bridge to close to cars // The Gazette", "The Gazette › Harbour bridge to close to cars"):
        out = kept("\n\n".join([title, "Home", "Harbour bridge to close to cars", *PROSE]))
        assert title not in out and "Harbour bridge to close to cars" in out
    # Chinese and Japanese sites: a full-width bar, or underscores before section and site.
    lede = "市議会は火曜日の夜、老朽化した港の橋を補修工事のため2年間通行止めにすることを決めました。調査で鉄骨に広い範囲のさびが見つかったためです。"
    for title, headline in (("港の橋、2年間通行止めに｜港湾新聞", "港の橋、2年間通行止めに"),
                            ("港口大桥将封闭两年 _本地新闻 _港口日报", "港口大桥将封闭两年")):
        out = kept("\n\n".join([title, "ホーム", headline, lede]))
        assert title not in out and headline in out


def test_numbers_count_towards_the_headlines_size_not_its_choice():
    text = kept("\n\n".join(["80-20 software II — The Endeavour", "Home", "80-20 software II", *PROSE]))
    assert text == ["80-20 software II", *PROSE]
    # Two words and an issue's number: the words choose the headline part.
    title = "Ein Albtraum - DER SPIEGEL 52/2018"
    assert kept("\n\n".join([title, "Ein Albtraum", *PROSE, "DER SPIEGEL 52/2018"]))[0] == title


def test_a_headline_with_a_dash_and_no_copy_below_stays():
    title = "Negative target fixation – do you have it?"
    assert kept("\n\n".join([title, "Negative target fixation", *PROSE]))[0] == title


def test_a_headline_with_dashes_of_its_own_is_found_before_its_first_part():
    # The title tag's headline has a dash and a colon of its own; its first
    # part alone comes again in the page's footer. The whole headline, over
    # the article, is the one the title line names.
    title = "Harbour bridge to close for three months: – This hits the whole village – Portside Chronicle"
    headline = "Harbour bridge to close for three months: – This hits the whole village"
    text = [title, "News", "Sport", "Culture", headline, *PROSE, "Most read",
            "Harbour bridge to close for three months", "Portside Chronicle"]
    out = kept("\n\n".join(text))
    assert out[: len(PROSE) + 1] == [headline, *PROSE]


def test_a_kicker_with_a_colon_is_not_a_site_name():
    title = "Harbour Gazette: Harbour bridge to close to cars"
    assert kept("\n\n".join([title, "Harbour bridge to close to cars", *PROSE]))[0] == title
    # Nor with a dateline and a byline between.
    text = [title, "March 3, 2024", "By Jane Doe", "Harbour bridge to close to cars", *PROSE]
    assert kept("\n\n".join(text)) == text


def test_only_the_first_lines_can_be_the_title_tag():
    middle = "Harbour bridge to close to cars - a reader's view"
    text = "\n\n".join(["Bridge news", *PROSE[:3], middle, "Harbour bridge to close to cars", *PROSE[3:]])
    assert middle in kept(text)


# A page whose <title> is the headline word for word: the scraper writes it
# first, then the site's header and a sidebar of teasers (more prose than
# the short article), an advertisement label, then the headline again above
# a byline, a date and a share bar, and the article.
HEADLINE = "Harbour bridge to close to cars"
HEADER = ["Home", "News", "Sport", "Weather"]
UNDER_HEADLINE = ["By Jane Doe", "March 3, 2024", "Share", "Facebook", "Twitter", "Email", "Print", "Reddit"]


def test_a_title_line_repeated_word_for_word_above_the_article_anchors_it():
    page = [HEADLINE, *HEADER, "Latest news", *TEASERS, "Advertisement", HEADLINE, *UNDER_HEADLINE, *PROSE[:2]]
    result = clean("\n\n".join(page))
    out = [p.text for p in result.paragraphs if p.kept]
    assert out[0] == HEADLINE and out.count(HEADLINE) == 1
    assert out == [HEADLINE, "By Jane Doe", "March 3, 2024", *PROSE[:2]]
    title = result.paragraphs[0]
    assert title.decision.code == "D104"
    assert title.decision.evidence == {"headline": page.index(HEADLINE, 1), "word_for_word": True}
    assert clean(result.text).text == result.text


def test_a_subheading_that_repeats_the_title_inside_the_article_leaves_the_title():
    # Under a paragraph of prose the copy is the article's own line, quoted by the title.
    text = "\n\n".join([HEADLINE, PROSE[0], PROSE[1], HEADLINE, PROSE[2]])
    assert kept(text) == [HEADLINE, PROSE[0], PROSE[1], HEADLINE, PROSE[2]]


def test_a_copy_of_the_title_in_a_list_of_stories_leaves_the_title():
    # No prose below the copy: a "most read" list, not the article's start.
    text = "\n\n".join([HEADLINE, *PROSE, "Most read", "Ferry fares to rise", HEADLINE, "Zoo welcomes twin lions"])
    assert kept(text)[0] == HEADLINE


def test_a_chinese_headline_counts_its_characters_two_to_a_word():
    # Nineteen characters, a token each: about ten words, so headline-sized
    # (under a paragraph of prose's fifteen), as boilerplate counts them.
    headline = "习近平出席二十国集团峰会并发表重要讲话"
    lede = ("新华社巴厘岛11月15日电国家主席习近平15日在印度尼西亚巴厘岛出席二十国集团领导人第十七次峰会"
            "第一阶段会议，并发表题为《共迎时代挑战共建美好未来》的重要讲话。")
    second = "习近平指出，当前，百年变局加速演进，世界之变、时代之变、历史之变正以前所未有的方式展开，给人类提出了必须严肃对待的挑战。"
    page = [headline, "首页", "新闻", "国际", "分享", "微信", "微博", headline, "2022年11月15日", lede, second]
    result = clean("\n\n".join(page))
    assert [p.text for p in result.paragraphs if p.kept] == [headline, "2022年11月15日", lede, second]
    assert result.paragraphs[0].decision.code == "D104"


def test_a_headline_that_is_itself_a_title_line_hands_the_anchor_on():
    # "Headline - Site", then the headline (the site's header shows it), then
    # the sidebar, and the headline again above the article: the second line
    # is the title line of the third, which anchors the article.
    page = [f"{HEADLINE} - The Gazette", HEADLINE, *HEADER, "Latest news", *TEASERS, "Advertisement", HEADLINE,
            *UNDER_HEADLINE, *PROSE[:2]]
    result = clean("\n\n".join(page))
    assert [p.text for p in result.paragraphs if p.kept] == [HEADLINE, "By Jane Doe", "March 3, 2024", *PROSE[:2]]
    assert clean(result.text).text == result.text


def test_the_header_above_a_named_headline_goes_but_its_byline_and_date_stay():
    # The article starts right under the headline the title line names: the
    # menu above the headline goes, its on-topic items too ("Harbour
    # bridges"); a byline and a date between menu and headline stay.
    page = [f"{HEADLINE} - The Gazette", "Home", "Harbour bridges", "City council", "Posts by Category: Council (12), "
            "Harbour (40), Roads (31), Schools (18), Sport (77), Weather (9), Letters (52)", "By Jane Doe",
            "March 3, 2024", HEADLINE, *PROSE]
    assert kept("\n\n".join(page)) == ["By Jane Doe", "March 3, 2024", HEADLINE, *PROSE]


def test_a_blog_name_before_a_colon_is_the_sites_when_its_header_comes_between():
    # "Blog: Headline", the blog's header and sidebar, then the headline alone over the post.
    title = "Harbour Notes: Harbour bridge to close to cars"
    page = [title, "Harbour Notes", "Home", "About", "Archive", "Contact", "March 3, 2024", HEADLINE, *PROSE]
    result = clean("\n\n".join(page))
    assert [p.text for p in result.paragraphs if p.kept] == ["March 3, 2024", HEADLINE, *PROSE]
    assert result.paragraphs[0].decision.code == "D104"
    assert result.paragraphs[0].decision.evidence == {"headline": page.index(HEADLINE), "kicker": True}
    assert clean(result.text).text == result.text


def test_a_columnists_name_before_a_colon_and_the_sites_after_the_headline():
    # "Name: Headline – with a dash of its own | Site": a column's title line
    # (thirty-third session).
    headline = "The harbour is no backyard – give us the bridge back"
    title = f"Lena Holm: {headline} | The Gazette"
    page = [title, "Menu The Gazette Search", "Log in Subscribe", "News Sport Business Opinion", "Column", headline,
            *PROSE]
    result = clean("\n\n".join(page))
    assert result.paragraphs[0].decision.code == "D104"
    assert result.paragraphs[0].decision.evidence == {"headline": page.index(headline), "kicker": True}
    assert [p.text for p in result.paragraphs if p.kept][-len(PROSE) - 1:] == [headline, *PROSE]


def test_a_byline_and_a_date_written_in_one_block_under_the_headline_stay():
    # Over a share bar, in one block (one line each, no blank line between):
    # not a menu of the page's header, as lines of a block above the article may be.
    text = "\n\n".join([f"{HEADLINE} - The Gazette", *HEADER, HEADLINE, "By Jane Doe\nMarch 3, 2024",
                        "Share\nFacebook\nTwitter\nEmail", *PROSE])
    assert kept(text) == [HEADLINE, "By Jane Doe", "March 3, 2024", *PROSE]


def test_a_title_line_in_its_own_words_goes_when_the_page_prints_the_site_name_it_ends_with():
    title = "KRÖNIKA: Harbour bridge closure – what it means for you | The Harbour Gazette"
    page = [title, "The Harbour Gazette", "News Sport Opinion Culture E-paper", "Bridge to close", *PROSE]
    result = clean("\n\n".join(page))
    codes = {p.text: p.decision.code for p in result.paragraphs}
    assert codes[title] == "B127" and result.paragraphs[0].decision.evidence == {"site": 1}
    assert codes["The Harbour Gazette"] == "B120"  # the masthead the title line names
    assert [p.text for p in result.paragraphs if p.kept][-len(PROSE) - 1:] == ["Bridge to close", *PROSE]


def test_a_title_lines_last_part_over_prose_is_the_headline_not_the_site():
    # "… - Blue Lily Blog - tiny apple": the post's title comes last, and
    # heads the post below.
    title = "Family and Wedding Photography, Temecula - Blue Lily Blog - tiny apple"
    out = kept("\n\n".join([title, "Blog", "About", "tiny apple", "Oct 22 2012", *PROSE]))
    assert "tiny apple" in out


def test_a_headline_written_as_a_question_is_decided_alike_with_its_title_line_and_without():
    # The title line names the headline; the output has no title line. The
    # headline, a question of two sentences, must fare the same both times.
    headline = "Yes, I am single at Christmas. Any problem with that?"
    page = [headline, "Skip navigation!", "Discover", "Watch", "Germany", "France", "You are reading", headline,
            "Story from Christmas", "I am tired of being asked at Christmas why I am single", "Jane Roe, John Doe",
            *PROSE]
    once = clean("\n\n".join(page)).text
    assert clean(once).text == once


def test_the_sites_part_of_a_title_line_is_compared_by_its_words():
    from newsclean.titles import names_site

    # A blog's tagline after its name, over the page, printed with a dash the title line has as a separator.
    title = "The biggest blogging mistake I ever made … Early Retirement Extreme: — a combination of simple living"
    assert names_site(title, "— a combination of simple living")
    assert not names_site(title, "The biggest blogging mistake I ever made")
    assert not names_site("A headline with no site", "A headline with no site")


def test_a_headline_with_a_dash_of_its_own_is_named_by_the_title_line():
    # Its longest part ("the old bridge …") comes nowhere alone: the title
    # line less its site's name does.
    headline = "Harbour – the old bridge closes to cars for two years"
    result = clean("\n\n".join([f"{headline} | The Gazette", "The Gazette", "News Sport Culture Business",
                                 "Home » City » Transport", headline, *PROSE]))
    title = result.paragraphs[0]
    assert title.decision.code == "D104" and title.decision.evidence["headline"] == 4
    assert [p.text for p in result.paragraphs if p.kept][0] == headline


def test_a_subheading_that_the_title_line_repeats_is_no_headline():
    # The post's introduction comes first; its title is one of its subheadings.
    title = "Shaping a ferry timetable - how does it work? // by Ana Ruiz"
    out = kept("\n\n".join([title, PROSE[0], PROSE[1], "Shaping a ferry timetable - how does it work?", *PROSE[2:]]))
    assert PROSE[0] in out and PROSE[1] in out


def test_the_sites_tagline_under_its_name_is_no_dateline():
    # "di Cremona" inside the tagline names a place, not the writer: the
    # site's name stands over a tagline and a menu, and the title line goes.
    title = "Bridge to close to cars for two years - The Harbour Gazette"
    lines = [title, "Subscribe Sign in", "The Harbour Gazette", "Quotidiano di Cremona e provincia dal 1947",
             "News Sport Culture Business Opinion", "Harbour bridge closes to cars", *PROSE]
    result = clean("\n\n".join(lines))
    assert result.paragraphs[0].decision.code == "B127"


def test_a_recipe_posts_headline_over_two_intro_paragraphs_and_its_card_stays():
    # The card under the post repeats the headline; two intro paragraphs in
    # a row, then more prose under its subheadings, are the article between.
    headline = "One-Tray Lemon Chicken with Olives and Potatoes"
    page = [
        f"{headline} - Salt & Saltbush", "Recipes", "Weeknight Dinners", headline, "By Jess Tran Published: 22/04/2024",
        "Some nights I want dinner to cook itself. This is the one I reach for: chicken thighs, waxy potatoes and lemons.",
        "The trick is the lemon. You slice half into thin rounds that turn jammy in the oven, and squeeze the rest over.",
        "Why bone-in thighs?",
        "Breast meat dries out long before the potatoes are done, while thighs stay juicy for the whole hour in the oven.",
        "Can I make it ahead?",
        "Yes. Toss everything in the marinade the night before and keep the tray covered in the fridge until you bake it.",
        "Get my free 7-Day Dinner Plan!", "Send it to me", headline, "Prep time: 15 mins", "Cook time: 60 mins",
        "Heat the oven to 200C. Toss the potatoes, olives and lemon slices with the oil and spread them on a tray.",
        "Nestle the thighs in, skin up, season well and roast for an hour, until the skin is crisp and golden.",
    ]
    out = [p.text for p in clean("\n\n".join(page)).paragraphs if p.kept]
    assert out[0] == headline


@pytest.mark.parametrize(("site", "masthead"), [
    ("The Harbour Gazette", "The Harbour Gazette The daily of the coast since 1911"),  # the name and its slogan
    ("The Harbour Gazette Sport", "The Harbour Gazette"),  # the title adds the section
])
def test_a_title_line_in_its_own_words_goes_when_the_masthead_starts_with_the_sites_name(site, masthead):
    title = f"Harbour bridge closure: the ferry runs again from Monday - {site}"
    page = [title, masthead, "News Sport Opinion Culture E-paper", "Ferry back on Monday as bridge stays shut", *PROSE]
    result = clean("\n\n".join(page))
    assert result.paragraphs[0].decision.code == "B127"
    assert [p.text for p in result.paragraphs if p.kept] == ["Ferry back on Monday as bridge stays shut", *PROSE]


def test_a_place_in_the_title_lines_last_part_that_the_article_names_again_is_no_masthead():
    # "… / Babylon (part 2)": the article, already under way, names Babylon
    # on a line of its own (a caption); that is no masthead over the page.
    title = "photos: storm damage in Lindenhurst / Babylon (part 2)"
    page = [title, "photos by Kurt Christensen", *PROSE[:2], "Babylon", "Food drive at the American Legion",
            *PROSE[2:]]
    result = clean("\n\n".join(page))
    assert result.paragraphs[0].kept


def test_a_columnists_name_that_the_title_line_opens_with_stays_over_the_headline():
    # "Writer: Headline | Site": the column's writer, named again over the headline.
    page = ["Jane Roe: Ferry back on Monday as bridge stays shut | The Harbour Gazette", "Sign in Subscribe",
            "The Harbour Gazette", "News Sport Opinion Culture E-paper", "Opinion · Harbour notes", "Jane Roe",
            "Ferry back on Monday as bridge stays shut", *PROSE]
    assert kept("\n\n".join(page)) == ["Jane Roe", "Ferry back on Monday as bridge stays shut", *PROSE]


def test_a_blogs_name_that_the_title_line_opens_with_goes_over_the_headline():
    page = ["Life as a Harbour Pilot: Ferry back on Monday as bridge stays shut", "Sign in Subscribe",
            "Home About Archive Contact", "Posts · Ferries", "Life as a Harbour Pilot",
            "Ferry back on Monday as bridge stays shut", *PROSE]
    assert kept("\n\n".join(page)) == ["Ferry back on Monday as bridge stays shut", *PROSE]


@pytest.mark.parametrize(("line", "credit"), [
    ("@vkorneev 21 мая 2024 в 10:05", True),  # the writer's handle and the date
    ("@jane March 3, 2024", True),
    ("@jane is great", False),
])
def test_a_writers_handle_before_the_date_is_a_byline(line, credit):
    from newsclean.credits import _credits_or_dates
    assert _credits_or_dates(line) is credit



@pytest.mark.parametrize("title, headline", [
    # A pair of guillemets quotes the book's title: no part of its own (thirty-sixth session).
    ("Review of «The Orange Lane House» by Leila Sadri | Barg Monthly",
     "Review of «The Orange Lane House» by Leila Sadri"),
    ("Le «Grand Paris» avance vite | Le Monde", "Le «Grand Paris» avance vite"),
    # An unspaced guillemet alone still parts the headline from the site's name.
    ("Harbour bridge to close to cars»Gazette", "Harbour bridge to close to cars"),
    ("Gazette«Harbour bridge to close to cars", "Harbour bridge to close to cars"),
])
def test_guillemets_that_quote_a_name_in_the_title_line_part_nothing(title, headline):
    assert _headline_part(title) == headline


def test_a_title_tag_that_cuts_the_headline_short_names_it():
    # (forty-first session: "… obriga a retirar 340 pessoas - Correio Atlântico"
    # over a ticker of other headlines, then the page's "… 340 pessoas da Baixa")
    headline = "Harbour bridge to close to cars for two years of repairs"
    ticker = ["BREAKING", "Storm warning extended for the whole coast until Friday, forecasters said on Monday",
              "Ring road closed in both directions near Millbrook"]
    text = ["Harbour bridge to close to cars for two years - The Gazette", *ticker, headline, *PROSE]
    result = clean("\n\n".join(text))
    assert result.paragraphs[0].decision.code == "D104"
    assert [p.text for p in result.paragraphs if p.kept] == [headline, *PROSE]
    # A line that goes on into a sentence is no cut headline; the first line
    # that goes on for more than a few words ends the search.
    cut = "Harbour bridge to close to cars"
    lines = clean("\n\n".join(["Title", f"{cut}, council says.", f"{cut}, council says"])).paragraphs
    assert _longer_copy_below(lines, 0, cut) == 2
    lines = clean("\n\n".join(["Title", f"{cut}, the council says after a long debate",
                                f"{cut}, council says"])).paragraphs
    assert _longer_copy_below(lines, 0, cut) is None


def test_a_title_tag_cut_at_the_end_of_the_headlines_first_sentence_names_it():
    # (forty-first session: "Houslař Martin Kořínek: Dobrý nástroj se nedá
    # uspěchat | Týdeník Obzor" over "… uspěchat. Dřevo musí ležet aspoň deset let")
    headline = "Harbour bridge shuts for two years. Ferries run instead"
    text = ["Harbour bridge shuts for two years | The Gazette", "The Gazette", "News", "Local", headline, *PROSE]
    result = clean("\n\n".join(text))
    assert result.paragraphs[0].decision.code == "D104"
    assert [p.text for p in result.paragraphs if p.kept] == [headline, *PROSE]


def test_the_header_under_a_headline_the_title_names_stays_past_a_long_bar_of_widgets():
    # (forty-second session: a Russian recipe page; between its headline and
    # its first paragraph, a standfirst, "Анна Корнилова, кулинарный
    # редактор", two dates, and a reading time, a rating, save and share
    # buttons and a caption: ten lines, two of them known boilerplate)
    headline = "Sauerkraut for the winter: the classic recipe and five mistakes that spoil it"
    header = ["Crunchy, pleasantly sour and made without a drop of vinegar: how to ferment cabbage in a three-litre "
              "jar and why it sometimes turns out soft or bitter.",
              "Anna Kornilova, food editor", "15 October 2025", "Updated 2 November 2025"]
    widgets = ["Reading time: 7 minutes", "Recipe rating: 4.8 (312 votes)", "Save recipe Print",
               "Share: Facebook X WhatsApp Telegram"]
    caption = "Sauerkraut with carrots. Photo: Kitchen & Home"
    menu = ["Kitchen & Home", "Recipes\nPreserves\nBaking\nHealthy eating\nGarden\nHome\nTips",
            "Home > Preserves > Fermenting"]
    text = "\n\n".join([f"{headline} — Kitchen & Home", *menu, headline, *header, *widgets, caption, *PROSE, *TEASERS])
    out = kept(text)
    assert out[: 1 + len(header)] == [headline, *header]
    assert not set(widgets) & set(out)


def test_readers_ratings_and_a_name_with_its_role_over_a_date():
    from newsclean.credits import name_over_dateline
    from newsclean.document import Paragraph
    from newsclean.header import rating_widget

    assert all(map(rating_widget, ["Рейтинг рецепта: 4,8 (312 оценок)", "★★★★★ 4,7 (312 glasov)",
                                   "4.5/5 (1,203 ratings)"]))
    assert not any(map(rating_widget, ["Rating: 4/5", "Inflation rose to 4.8 (from 4.5)"]))

    def paras(lines):
        return [Paragraph(i, t, 0, len(t), i + 1, i, plain=t) for i, t in enumerate(lines)]
    assert name_over_dateline(paras(["Анна Корнилова, кулинарный редактор", "15 октября 2025"]), 0)
    assert name_over_dateline(paras(["Rizky Pratama - KabarBisnis", "Rabu, 29 Apr 2026 15:42 WIB"]), 0)
    assert not name_over_dateline(paras(["Harbour Bridge - closed until further notice", "29 April 2026"]), 0)
    assert not name_over_dateline(paras(["Drivers, cyclists and walkers", "15 October 2025"]), 0)
    assert not name_over_dateline(paras(["Anna Kornilova, who wrote it. Thanks", "15 October 2025"]), 0)


def test_a_byline_printed_twice_under_the_headline_keeps_one_copy_and_cleaning_again_changes_nothing():
    # (forty-second session, found by the idempotence check: a TV station's
    # page prints the byline over and under the lead photo's caption; the
    # first cleaning kept both copies, the second, with no title line left
    # to name the headline, dropped the first as a line said twice)
    headline = "Voters back a pay rise for retired teachers, but shortfalls loom"
    byline = ["by: Cora Neas", "Posted: Nov 8, 2023 / 04:43 PM CST", "Updated: Nov 8, 2023 / 04:43 PM CST"]
    text = "\n\n".join([f"{headline} | KXRT", "Home\nNews\nWeather\nSports", "Texas", headline, *byline,
                       "Texas State Capitol", *byline, "SHARE", *PROSE, *TEASERS])
    once = clean(text).text
    assert clean(once).text == once
    assert once.count(byline[0]) == 1


def test_a_kicker_the_headline_opens_with_goes_and_cleaning_again_changes_nothing():
    # "Bergisch Gladbach" over "Bergisch Gladbach: die Stadt verklagt …": the
    # title line's kicker is the headline's own first words, not the line over it.
    headline = "Bergisch Gladbach: die Stadt verklagt die Baufirma"
    text = "\n\n".join([f"{headline} | Stadt-Anzeiger", "Region\nRhein-Berg", "Bergisch Gladbach", headline,
                       "Von Claus Boelen", *PROSE])
    once = clean(text, language_filter=False).text
    assert clean(once, language_filter=False).text == once
    assert once.startswith(headline)

FLOOD = [
    "The security directorate closed the Dead Sea road in both directions on Wednesday evening after flash floods "
    "washed away parts of it near Ghor Haditha, and civil defence teams moved about forty families out of their "
    "homes in low-lying areas.",
    "A spokesman said the rain that fell in two hours was more than the monthly average in some areas, and urged "
    "drivers to keep away from the valleys however low the water looked.",
    "No injuries have been recorded so far.",
    "Witnesses said the water rose very fast in the valley next to Ghor al-Mazraa and trapped several cars on their "
    "way back from the hotels; one bus driver waited three hours before a farm track was opened for him.",
    "The ministry opened three shelters in public schools, but most of the families chose to stay with relatives "
    "in villages higher up.",
]


def test_the_standfirst_and_byline_under_a_headline_the_title_names_stay_over_a_summary_box():
    # (forty-third session: an Arabic page whose core was found to open with
    # the summary box's points; the walk up from it stopped at the box's
    # heading, and under a headline the title names, only credits stayed)
    headline = "Flash floods cut the Dead Sea road and dozens of families leave their homes"
    header = ["Civil defence raises its alert to the highest level with rain expected until Thursday",
              "By Rana Khatib in Amman", "Published: Wednesday 14 January 2026 - 18:42", "Updated: 19:55"]
    menu = ["Home\nLocal\nWorld\nEconomy\nSport\nCulture\nVideo\nOpinion", "Breaking",
            "Schools in the south close on Thursday\nForecast: rain until Thursday evening", "Home > Local > Weather"]
    box = ["Summary", "The Dead Sea road is closed in both directions after floods washed parts of it away.\n"
           "About forty families moved out of their homes in low-lying areas.\nNo injuries so far."]
    text = "\n\n".join([f"{headline} | Oasis News", *menu, headline, *header,
                        "Share: Facebook X WhatsApp Telegram Copy link", *box, *FLOOD, *TEASERS])
    out = kept(text)
    assert out[: 1 + len(header)] == [headline, *header]
    assert out[1 + len(header)] == FLOOD[0]


def test_a_wire_agencys_name_is_a_byline():
    # (forty-third session: a Dutch wire story, "ANP" between its headline
    # and its date; the case nl-wire-story-agency-byline-over-the-date)
    from newsclean.credits import agency_byline

    assert all(map(agency_byline, ["ANP", "dpa/AFP", "Reuters", "(EFE)"]))
    assert not any(map(agency_byline, ["Anpassung", "AP Photo of the day", "Tap"]))
