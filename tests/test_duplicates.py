"""Duplicate rules on small hand-written articles."""

from newsclean import clean

LEDE = (
    "Pioneering young adults who have lived with the virus since birth are giving scientists the first "
    "chance to understand what growing up with the infection really means for the body and the mind."
)
BODY = [
    "The study followed 400 people in three countries for ten years, measuring their growth, schooling and health.",
    "Most of them finished school and found work, the researchers said, although many had missed months of lessons.",
    "Doctors say the results will change how clinics care for teenagers who were born with the infection.",
]


def kept(text):
    return [p.text for p in clean(text).paragraphs if p.kept]


def test_edited_meta_description_above_the_lede_goes_and_the_lede_stays():
    description = (
        "Pioneering young adults who have lived with the virus since birth offer a first chance to "
        "understand what growing up with the infection really means."
    )
    out = kept("\n\n".join(["Growing up with the virus", description, LEDE, *BODY]))
    assert out == ["Growing up with the virus", LEDE, *BODY]


def test_a_headline_worded_as_the_lede_stays():
    # Wire headlines often take the lede's words; a teaser or a description
    # ends as a sentence or is cut off longer than a headline runs.
    headline = "Pioneering young adults who have lived with the virus since birth give scientists a first chance"
    out = kept("\n\n".join(["Health", headline, LEDE, *BODY]))
    assert headline in out and LEDE in out
    cut = ("Pioneering young adults who have lived with the virus since birth are giving scientists the first "
           "chance to understand what growing up with the infection")  # a description cut at its length limit
    assert cut not in kept("\n\n".join(["Growing up with the virus", cut, LEDE, *BODY]))


def test_title_repeated_straight_after_itself_goes_once():
    out = kept("\n\n".join(["Growing up with the virus", "Growing up with the virus", LEDE, *BODY]))
    assert out == ["Growing up with the virus", LEDE, *BODY]


def test_a_short_line_repeated_further_down_stays():
    question = "What happened next?"
    text = "\n\n".join(["Interview", LEDE, question, BODY[0], BODY[1], question, BODY[2]])
    assert kept(text).count(question) == 2


def test_exact_and_restyled_copies_of_a_paragraph_go():
    restyled = BODY[0].replace(" ", "  ", 3).replace(",", " ,", 0)
    out = kept("\n\n".join(["Title here", LEDE, *BODY, BODY[1], restyled]))
    assert out == ["Title here", LEDE, *BODY]


def test_meta_description_is_found_past_a_byline_and_a_date():
    description = (
        "Pioneering young adults who have lived with the virus since birth offer a first chance to "
        "understand what growing up with the infection really means."
    )
    head = ["Growing up with the virus", description, "By Jane Doe", "March 3, 2024"]
    out = kept("\n\n".join([*head, LEDE, *BODY]))
    assert description not in out and LEDE in out


def test_a_fuller_description_above_a_byline_and_share_bar_goes_and_the_lede_stays():
    # The page's description runs on past the lede's first sentence, so it is
    # not shorter than the lede: its place at the top makes it the teaser.
    description = LEDE + " The study followed 400 people…"
    head = ["Growing up with the virus", description, "By Jane Doe", "Share", "Tweet", "Email"]
    out = kept("\n\n".join([*head, LEDE, *BODY]))
    assert description not in out and LEDE in out


def test_a_description_over_a_long_share_bar_and_the_credits_goes_and_the_lede_stays():
    # Seven lines between: a share bar of four buttons, a byline, the
    # writer's address and a date. The lede under them is the article's.
    description = LEDE + " The study followed 400 people…"
    bar = ["Tweet", "Share", "Email", "Print"]
    head = ["Growing up with the virus", description, *bar, "By Jane Doe", "jane.doe@example.com", "March 3, 2024"]
    out = kept("\n\n".join([*head, LEDE, *BODY]))
    assert description not in out and LEDE in out


def test_a_description_a_little_longer_than_the_lede_it_edits_goes():
    # Longer than the lede and too different for a near copy (containment
    # 0.84 of the lede), but most of its word trigrams are the lede's.
    description = (
        "Pioneering young adults who have lived with the virus since birth are giving scientists the first "
        "chance to understand what growing up with the infection really means for them, say researchers who "
        "followed them for a decade."
    )
    head = ["Growing up with the virus", description, "By Jane Doe", "March 3, 2024", "Share"]
    out = kept("\n\n".join([*head, LEDE, *BODY]))
    assert description not in out and LEDE in out


def test_a_description_cut_from_the_lede_and_the_next_paragraph_goes():
    lede = "Doctors in three cities will test a new flu vaccine on volunteers this winter."
    second = ("The trial will enrol two thousand adults over sixty-five, who get the least protection from the "
              "vaccines in use today, the researchers said on Monday.")
    description = lede + " The trial will enrol two thousand adults over sixty-five, who get the least prot..."
    out = kept("\n\n".join(["Flu vaccine trial", description, "By Jane Doe", lede, second, *BODY]))
    assert out == ["Flu vaccine trial", "By Jane Doe", lede, second, *BODY]


def test_a_description_cut_from_the_first_characters_of_short_paragraphs_goes():
    # The page's first sentences, one to a line, and its meta description:
    # the same words run together and cut off mid-word at a length limit.
    lines = [
        "Nobody reads the terms.",
        "Everybody clicks the button anyway.",
        "A new study counted how long people spend on a consent form before they agree to it.",
        "The answer was eleven seconds, on average, for a contract of four thousand words.",
    ]
    description = ("Nobody reads the terms. Everybody clicks the button anyway. A new study counted how long "
                   "people spend on a consent form before they ag")
    out = kept("\n\n".join(["Eleven seconds to agree", description, "By Ana Ruiz", *lines]))
    assert out == ["Eleven seconds to agree", "By Ana Ruiz", *lines]
    # Words of its own after the copied run: a lede of its own, kept.
    own = "Nobody reads the terms. Everybody clicks the button anyway. That is what a new study found this week"
    assert own in kept("\n\n".join(["Eleven seconds to agree", own, *lines]))


def test_a_line_quoted_whole_in_a_longer_paragraph_further_down_is_no_copy():
    # A subheading (under the near-duplicate length) that a later paragraph
    # quotes: neither is a copy of the other, and both stay.
    subheading = "What ten years of follow-up visits tell doctors about growing up"
    quoting = (f"In the second part of the report, under the heading {subheading}, the researchers "
               "compare the clinics that saw the teenagers most often with those that saw them least.")
    text = "\n\n".join(["Growing up with the virus", LEDE, subheading, BODY[0], BODY[1], BODY[2], quoting])
    out = kept(text)
    assert subheading in out and quoting in out


def test_a_rewritten_summary_is_found_past_a_byline_a_date_and_a_credit():
    # The summary restates the lede in other words; a byline, a date and a
    # photo credit stand between them.
    summary = (
        "Scientists now have a first chance to understand what growing up with the infection means for "
        "body and mind, thanks to pioneering young adults living with the virus from birth."
    )
    head = ["Growing up with the virus", summary, "By Jane Doe", "March 3, 2024", "Photo: Clinic archive"]
    out = kept("\n\n".join([*head, LEDE, *BODY]))
    assert summary not in out and out[-4:] == [LEDE, *BODY]
    # Four short lines between them: too far apart to be summary and text.
    far = ["Growing up with the virus", summary, "By Jane Doe", "March 3, 2024", "Photo: Clinic archive",
           "Health desk", LEDE, *BODY]
    assert summary in kept("\n\n".join(far))


def test_a_recap_further_down_the_article_is_not_a_scrapers_summary():
    # The same rewording, but below two paragraphs of the article: there it
    # is the writer's own recap of what comes next, and both stay.  At the
    # top it goes (the test above).
    recap = (
        "Scientists now have a first chance to understand what growing up with the infection means for "
        "body and mind, thanks to pioneering young adults living with the virus from birth."
    )
    text = "\n\n".join(["Growing up with the virus", BODY[0], BODY[1], recap, LEDE, BODY[2]])
    assert kept(text) == ["Growing up with the virus", BODY[0], BODY[1], recap, LEDE, BODY[2]]
    # One paragraph above is still the top: a summary under an intro goes.
    text = "\n\n".join(["Growing up with the virus", BODY[0], recap, LEDE, BODY[2]])
    assert recap not in kept(text)


def test_a_pull_quote_under_the_paragraph_it_quotes_goes_and_the_paragraph_stays():
    quoted = (
        'Dr Priya Nandakumar, a hydrologist at the university, said the speed of the rise was what caught '
        'people out. "When the soil cannot absorb any more, almost every drop goes straight into the river. '
        'You lose the buffer you normally rely on."'
    )
    pull = '"When the soil cannot absorb any more, almost every drop goes straight into the river."'
    before = "The river rose by two metres overnight, and the town's two bridges were closed to traffic before dawn."
    text = "\n\n".join(["River breaks its banks after a week of rain", LEDE, before, *BODY[:2], quoted, pull, *BODY[2:]])
    paras = {p.text: p for p in clean(text).paragraphs}
    assert paras[quoted].kept
    assert not paras[pull].kept and paras[pull].decision.code == "D102"


def test_a_description_printed_over_the_menu_gives_way_to_the_standfirst_under_it():
    # The scraper printed the page's title line and meta description, then
    # the menu, then the article with its standfirst: the copy under the
    # menu is the article's.
    standfirst = ("A frost in April and the dry summer that followed have halved the hazelnut harvest in Karadere, "
                  "and growers are asking the state for help.")
    prose = [
        "The hazelnut harvest is under way in Karadere, but the news from the orchards is not good, growers said on "
        "Thursday as the first sacks reached the town's traders.",
        "The district farm office expects about half of last year's crop, some ten thousand tonnes, after three nights "
        "of frost in early April and two months without rain in the summer.",
        "The chamber of agriculture asked the government to speed up the damage surveys and to pay growers from the "
        "disaster fund, since few of them had taken out crop insurance.",
    ]
    page = ["Hazelnut harvest halved in Karadere - Coast Gazette", standfirst, "Home", "News", "Business", "Sport",
            "Hazelnut harvest halved in Karadere", standfirst, "By Ayse Demir | 28.08.2025", *prose]
    header = ["Hazelnut harvest halved in Karadere", standfirst, "By Ayse Demir | 28.08.2025"]
    assert kept("\n\n".join(page)) == [*header, *prose]


def test_a_standfirst_over_a_box_of_bullet_points_that_sum_it_up_stays():
    # The bullets restate the standfirst, not the other way round: lines that
    # are no sentences are no lede a summary could stand over.
    standfirst = ("The weather service keeps its red warning for the whole coast until Friday evening. Hospitals "
                  "have treated sixty-three people for heatstroke since Sunday.")
    box = ["Key points", "Red warning for the whole coast until Friday evening",
           "Sixty-three people treated for heatstroke in hospitals since Sunday",
           "City pools open for free to children and pensioners"]
    out = kept("\n\n".join(["Heatwave live", standfirst, "By Jane Doe", *box, LEDE, *BODY]))
    assert standfirst in out
