"""Where the readers' comment section starts: count headers in several languages."""

from types import SimpleNamespace

import pytest

from newsclean import clean
from newsclean.comments import is_comment_count_header
from test_boilerplate import COMMENTS, PROSE, kept, signed


def line(text: str):
    words = text.split()
    return SimpleNamespace(n_words=len(words), sentence_end=text.rstrip().endswith((".", "!", "?")), category=None, label=False)


@pytest.mark.parametrize(
    "text",
    [
        "38 comments to Bridge to close: what do you think?",
        "48 Responses to “Bridge to close”",
        "2 thoughts on “Bridge to close”",
        "One thought on “Bridge to close”",
        "{ 14 comments… read them below or add one }",
        "41 comments Join the discussion",
        "7 Responses",
        "One comment",
        "3 Kommentare zu „Brücke wird gesperrt“",
        "12 réflexions sur « Le pont fermé »",
        "5 comentarios en «El puente cerrado»",
        "4 комментария к «Мост закрыт»",
        "8 appreciated comments on “Bridge to close”",
        "3 new comments",
        "{ 1 trackback }",
        "2 Pingbacks",
        "۲ دیدگاه",  # Persian digits
        "3 komentáře",
        "12 коментарів",
        "5 تعليقات",
        "4 hozzászólás",
        "💬 47 komentarzy",  # after an icon
        "Diskusia (54 príspevkov)",  # a comments label and its count in brackets
        "Comments (12 comments)",
        "12 Komen",  # Malay
        "7 коментара към „Домати на балкона“",  # Bulgarian (forty-first session)
    ],
)
def test_comment_count_headers(text):
    assert is_comment_count_header(text, line(text))


@pytest.mark.parametrize(
    "text",
    [
        "108 comments posted",  # a profile statistic
        "No reply.",  # a sentence of a story
        "One response to the crisis was to raise taxes.",
        "Two responses were filed by the deadline.",
        "The 12 comments to the draft were published on Monday.",
        "15 angry comments were posted overnight",
        "9. Do comment on what others say",  # items of a numbered list
        "31. Further Thoughts on Preventing Floods (Sept. 9, 2005)",
        "Budget (12 comments)",  # a count in brackets after no comments label
    ],
)
def test_counts_in_sentences_and_statistics_are_not_headers(text):
    assert not is_comment_count_header(text, line(text))


def test_thread_below_a_count_header_goes():
    thread = ["3 thoughts on “Bridge to close”", *signed("Jane Roe", "Sam Poe")]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE]
    dropped = [p for p in clean("\n\n".join(["Bridge to close", *PROSE, *thread])).paragraphs if not p.kept]
    assert {p.decision.code for p in dropped} == {"B110"}


# Other stories' teasers: prose above the article on many pages.
TEASERS = [
    "The city zoo welcomed two snow leopard cubs this week, and keepers say the pair will meet visitors in June.",
    "A local bakery won the national bread prize for the third year running with a rye loaf baked in a wood oven.",
    "Volunteers planted four hundred trees along the river path on Saturday, the first of three planting days.",
]


def test_a_count_header_high_on_the_page_does_not_end_the_article():
    text = "\n\n".join(["Bridge to close", "12 comments", *PROSE])
    assert kept(text)[-len(PROSE) :] == PROSE


def test_an_add_a_comment_link_right_above_the_article_does_not_swallow_it():
    thread = ["3 thoughts on “Bridge to close”", *signed("Jane Roe", "Sam Poe")]
    # A teaser box and the site's section menu, then the story under its byline.
    sections = [f"Section {name}" for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + ["Opinion", "Sport", "Weather", "Video"]
    text = "\n\n".join([*TEASERS, *sections, "Bridge to close", "By Ann Smith", "Add a Comment", *PROSE, *thread])
    out = kept(text)
    assert out[-len(PROSE) :] == PROSE


def test_thread_of_dated_comments_without_a_header_goes():
    thread = [
        "Jane Roe",
        "August 2nd, 2012 at 12:36 pm",
        "This is the worst decision the council has made in years.",
        "Sam Poe",
        "August 2nd, 2012 at 1:08 pm",
        "I cross that bridge every day and I am glad somebody looked.",
        "Ann Lee",
        "August 3rd, 2012 at 9:15 am",
        "About time too.",
    ]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE, "Jane Roe"]


def test_a_digest_of_dated_posts_stays():
    # Posts of similar length, each with its own stamp: the page is all text.
    posts = []
    days = ["8 August 2012 - 8:22am", "9 August 2012 - 9:10am", "10 August 2012 - 7:45am", "11 August 2012 - 6:30am"]
    entries = [PROSE[:3], PROSE[3:4], PROSE[4:5], PROSE[5:6]]
    for day, paras in zip(days, entries):
        posts += [f"Submitted by Robert Doe on {day}", *paras]
    text = "\n\n".join(["Harbour news this week", *posts])
    assert kept(text) == ["Harbour news this week", *posts]


def test_signed_stamps_name_the_author():
    from newsclean.comments import is_comment_stamp

    for text in ("Posted by: Andrew | Mar 26, 2007 2:00:18 PM", "August 2nd, 2012 at 12:36 pm"):
        assert is_comment_stamp(text, line(text))
    for text in ("Updated March 26, 2007 2:00 PM", "Posted by Jane Doe at 1:02 PM"):  # no author / no date
        assert not is_comment_stamp(text, line(text))


# Movable Type and similar: each comment is followed by its signed stamp,
# and comments run as long as the article's own paragraphs.
LONG_COMMENTS = [
    "I drive across that bridge twice a day and the detour along the ring road will add half an hour to every trip I make.",
    "The engineers warned about the frame years ago, and the council only acts now that the repair has become far more expensive.",
    "Good decision, and the footpath staying open matters a great deal to the people who walk their children to the school.",
    "Four years for a new crossing sounds optimistic to me, given how long the last project on the river took to finish.",
]


def signed_after(names):
    lines = []
    for minute, (name, comment) in enumerate(zip(names, LONG_COMMENTS)):
        lines += [comment, f"Posted by: {name} at November 8, 2012 7:{10 + minute} AM"]
    return lines


@pytest.mark.parametrize("header", ["Comments", "Komen", "Komentari", "Σχόλια", "תגובות"])
def test_a_bare_comments_header_over_a_signed_thread_ends_a_short_article(header):
    # Three paragraphs are not the six a bare word needs on its own; the
    # stamps below tell that it heads a thread, not a link in a menu.
    # (Malay, Croatian, Greek, Hebrew: forty-fourth session.)
    thread = signed_after(["Snarki", "kingsnake", "Andy", "Paul Crowley"])
    text = "\n\n".join(["Bridge to close", *PROSE[:3], header, *thread])
    assert kept(text) == ["Bridge to close", *PROSE[:3]]


def test_a_bare_comments_link_without_a_thread_does_not_end_the_article():
    text = "\n\n".join(["Bridge to close", *PROSE[:3], "Comments", *PROSE[3:]])
    assert kept(text) == ["Bridge to close", *PROSE[:3], *PROSE[3:]]


def test_a_count_header_in_the_byline_repeated_under_the_article_ends_it_there():
    # Teasers above give the page prose before the byline's "4 Comments".
    thread = ["4 Comments", *signed("Jane Roe says:", "Sam Poe says:")]
    text = "\n\n".join([*TEASERS, "Bridge to close", "4 Comments", "Written on August 9, 2012 by Ann Lee", *PROSE, *thread])
    out = kept(text)
    assert out[-len(PROSE):] == PROSE
    assert not set(COMMENTS) & set(out)


def test_a_comments_header_right_over_a_signed_thread_ends_a_one_paragraph_post():
    # A workout of the day: one paragraph, then the thread, each comment
    # under its "Comment #n - Posted by: ..." stamp.
    thread = []
    for n, (name, comment) in enumerate(zip(["Matt", "Kurt", "Andrew"], LONG_COMMENTS), start=1):
        thread += [f"Comment #{n} - Posted by: {name} at November 10, 2012 5:{30 + n} PM", comment]
    text = "\n\n".join(["Bridge to close", PROSE[0], "Comments", *thread])
    assert kept(text) == ["Bridge to close", PROSE[0]]


def test_a_comments_link_far_above_a_thread_does_not_end_a_short_article():
    # The header is a link high on the page: the thread's first stamp is
    # far below it, so one paragraph above does not make it the header.
    thread = signed_after(["Snarki", "kingsnake", "Andy", "Paul Crowley"])
    text = "\n\n".join([PROSE[5], "Comments", "Bridge to close", *PROSE[:4], *thread])
    assert PROSE[3] in kept(text)


def test_a_blogger_thread_of_name_said_signatures_goes():
    # Blogger: "N comments:", then each comment under "Name said..." and
    # over its date; the post above is a single paragraph.
    thread = ["3 comments:"]
    for name, comment, stamp in zip(["Chibby", "Ylu", "Roger Chan"], LONG_COMMENTS,
                                    ["November 10, 2012 7:18 PM", "November 11, 2012 10:16 AM", "November 11, 2012 11:00 AM"]):
        thread += [f"{name} said...", comment, stamp]
    text = "\n\n".join(["Bridge to close", PROSE[0], "Posted by Ann Lee at 2:28 PM", *thread])
    assert kept(text)[:2] == ["Bridge to close", PROSE[0]]
    assert not set(LONG_COMMENTS) & set(kept(text))


def test_a_thread_of_name_said_comma_signatures_goes_but_lines_leading_into_quotes_stay():
    # Some Wordpress themes: "Name said," over each comment, no header.
    thread = []
    for name, comment in zip(["Progress Trap", "Jacob", "Nikos"], LONG_COMMENTS):
        thread += [f"{name} said,", comment]
    text = ["Bridge to close", *PROSE, *thread]
    assert kept("\n\n".join(text)) == ["Bridge to close", *PROSE]
    # Two lines leading into a quotation are the article's.
    quoted = ["Bridge to close", PROSE[0], "In a statement, the council said,", PROSE[1], PROSE[2],
              "The engineer who inspected the frame said,", *PROSE[3:], "Makali wrote:", LONG_COMMENTS[0]]
    assert kept("\n\n".join(quoted))[: len(quoted) - 2] == quoted[:-2]


def test_a_line_trailing_off_with_said_is_no_signature():
    text = "\n\n".join(["Bridge to close", *PROSE[:3], "That said...", *PROSE[3:], "Makali wrote:", LONG_COMMENTS[0]])
    assert kept(text)[: 2 + len(PROSE)] == ["Bridge to close", *PROSE[:3], "That said...", *PROSE[3:]]


def test_a_thread_signed_by_name_on_date_and_time_goes():
    # SB Nation: "by Name on Aug 9, 2012 10:19 AM EDT reply actions" under each comment.
    thread = ["Comments"]
    for minute, (name, comment) in enumerate(zip(["Busy", "BW Smith", "Rob"], LONG_COMMENTS)):
        thread += [comment, f"by {name} on Aug 9, 2012 10:{19 + minute} AM EDT reply actions"]
    text = "\n\n".join(["Bridge to close", "by Ann Lee on Aug 9, 2012 10:15 AM EDT", PROSE[0], *thread])
    assert kept(text) == ["Bridge to close", "by Ann Lee on Aug 9, 2012 10:15 AM EDT", PROSE[0]]


def test_an_add_a_comment_link_over_the_article_under_a_recent_stories_box_does_not_swallow_it():
    # The box's teasers are prose enough to start the core above the link;
    # the article's six paragraphs in a row under it tell the link from a
    # thread's header.
    recent = ["Recent Stories:", *TEASERS]
    thread = ["3 thoughts on “Bridge to close”", *signed("Jane Roe says:", "Sam Poe says:")]
    text = "\n\n".join([*recent, "Add a Comment", *PROSE, *thread])
    out = kept(text)
    assert out[-len(PROSE):] == PROSE


def test_comments_stamped_with_date_and_permalink_go_but_a_posts_footer_does_not_start_a_thread():
    # No header: the stamps mark the thread, its comments short beside the article.
    comments = [LONG_COMMENTS[0], "Love this!", "Beautiful!", LONG_COMMENTS[1]]
    thread = []
    for name, comment in zip(["Petra Lo", "Sie Vie Vo", "Cathy", "Jessie"], comments):
        thread += [name, "September 27, 2012, | Permalink", comment]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *thread]))
    assert out[:4] == ["Bridge to close", *PROSE[:3]]
    assert not set(comments) & set(out)
    # A page of posts, each closed by its own footer with a link to its comments.
    posts = []
    for day, paras in zip(["Tuesday December 26, 2006", "Monday December 25, 2006", "Sunday December 24, 2006"],
                          [PROSE[:3], PROSE[3:4], PROSE[4:5]]):
        posts += [*paras, f"{day} | permalink | comments (0)"]
    assert [t for t in kept("\n\n".join(["Harbour notes", *posts])) if t in PROSE] == PROSE[:5]


def test_a_thread_signed_with_name_and_age_goes_but_a_list_of_dated_posts_stays():
    # "Miles Taylor 12 days ago" above each comment, no header.
    thread = []
    for name, comment in zip(["Miles Taylor", "Waiology", "Miles Taylor"], LONG_COMMENTS):
        thread += [f"{name} {12 - len(thread) // 2} days ago", comment]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *thread]))
    assert out == ["Bridge to close", *PROSE[:3]]
    # A job board: every entry has its place and age; the entries are the text.
    board = ["Harbour jobs this week"]
    for place, entry in zip(["Newark", "Reading", "Lancaster", "York", "Lebanon", "Dover"], PROSE):
        board += ["Bridge engineer", f"{place} {len(board) // 3 + 1} Days Ago", entry]
    assert [t for t in kept("\n\n".join(board)) if t in PROSE] == PROSE
    # A bare age under a teaser is a list's stamp, not a signature.
    stamps = [t for pair in zip(PROSE, [f"{n}0 mins ago" for n in range(1, 7)]) for t in pair]
    assert [t for t in kept("\n\n".join(["Bridge to close", *stamps])) if t in PROSE] == PROSE


def test_a_numbered_thread_goes_but_a_numbered_timeline_of_the_article_stays():
    thread = []
    for n, (name, comment) in enumerate(zip(["William Kirk", "MJ", "I'm Dead Jim!"], LONG_COMMENTS), 1):
        thread += [f"{n}. {name} - August 8, 2012", comment]
    out = kept("\n\n".join(["Bridge to close", *PROSE[:3], *thread]))
    assert out == ["Bridge to close", *PROSE[:3]]
    timeline = ["1. Bridge opens - May 3, 1911", "2. Deck widened - June 1, 1954", "3. Tram lines removed - July 9, 1961",
                "4. Last repair - March 2, 1987"]
    text = ["Bridge to close", *PROSE[:3], "The bridge's history:", *timeline, PROSE[3]]
    assert kept("\n\n".join(text)) == text


def test_a_count_header_over_as_many_signed_comments_as_it_states_ends_a_short_post():
    # One paragraph of post, then "2 comments" and two signed comments: the
    # header's own count says the thread is complete.
    thread = ["{ 2 comments… read them below or add one }"]
    for name, comment in zip(["Nathan", "Mike"], LONG_COMMENTS):
        thread += [f"{name} 07.16.12 at 21:35", comment]
    out = kept("\n\n".join(["Bridge to close", PROSE[0], *thread]))
    assert out == ["Bridge to close", PROSE[0]]
    # A bare "TrackBack" link in a post's footer is no count header.
    post = ["Bridge to close", *PROSE[:4], "TrackBack", PROSE[4]]
    assert kept("\n\n".join(post)) == post


def test_a_thread_of_comments_each_under_its_authors_link_and_name_goes():
    # A Disqus or WordPress export: no header, no "says:", only each
    # commenter's link and name over the comment.
    names = ["http://twitter.com/jroe Jane Roe", "http://sampoe.example.org/ Sam Poe",
             "http://twitter.com/mhale Mary Hale"]
    comments = [*COMMENTS, "Good luck with the detours, everyone, and thanks for the clear write-up."]
    thread = [line for name, comment in zip(names, comments) for line in (name, comment)]
    out = kept("\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE]


def test_a_list_of_links_with_their_sites_names_is_no_thread():
    links = ["http://harbour.example.gov Harbour Authority", "http://ferries.example.com Sound Ferries",
             "http://council.example.gov City Council"]
    out = kept("\n".join(["Bridge to close", *PROSE[:3], *links, *PROSE[3:]]))
    assert out == ["Bridge to close", *PROSE[:3], *links, *PROSE[3:]]
    # Nor is a link with a name here and there in the article.
    spread = [PROSE[0], links[0], PROSE[1], links[1], PROSE[2], links[2], *PROSE[3:]]
    assert kept("\n".join(["Bridge to close", *spread])) == ["Bridge to close", *spread]


def test_a_thread_signed_in_bold_markdown_and_a_book_of_condolences_go():
    thread = []
    for name, comment in zip(["**Josiane_56** — il y a 3 jours", "**Marc D.** — il y a 1 semaine",
                              "**Léa** — il y a 2 semaines"], LONG_COMMENTS):
        thread += [name, comment]
    assert kept("\n\n".join(["Bridge to close", *PROSE[:3], *thread])) == ["Bridge to close", *PROSE[:3]]
    condolences = ["Kondolencje", "Anna z Nadwarcia · 2 godz. temu", COMMENTS[0], "Marek_S · 1 godz. temu", COMMENTS[1]]
    assert kept("\n\n".join(["Bridge to close", *PROSE, *condolences])) == ["Bridge to close", *PROSE]


def test_a_labelled_comment_count_in_the_share_bar_is_a_link_when_it_heads_the_thread_again_below():
    # "Comentarios (41)" beside the share buttons, under a lede of three
    # paragraphs, is the link to the thread; its copy under the article heads it.
    lede = ["Bridge to close", *PROSE[:3], "By Jane Roe | 16/03/2025 - 21:47 h"]
    bar = ["Share", "Facebook", "WhatsApp", "Comentarios (41)"]
    thread = ["Comentarios (41)", *signed("Jane Roe says:", "Sam Poe says:")]
    result = clean("\n".join([*lede, *bar, "A photo caption. PHOTO: ANA RUIZ", *PROSE[3:], *thread]))
    codes = {p.text: p.decision.code for p in result.paragraphs}
    assert [codes[line] for line in PROSE[3:]].count("B110") == 0  # no comment of a thread
    assert {codes[c] for c in COMMENTS} == {"B110"}


def test_an_embedded_posts_reply_button_above_the_comments_header_does_not_end_the_article():
    # The article quotes a post; its "Reply" and "Copy link" buttons come
    # with it, and the article goes on under them. The thread's header is
    # further down.
    post = ["Harbour Watch", "@harbourwatch", "The bridge frame is rusting through. Close it now.",
            "10:42 AM · Jul 8, 2025", "Reply", "Copy link", "Read 87 replies"]
    after = [
        "The council said the old harbour bridge would still close to cars next spring, and that engineers "
        "would inspect the corroded frame again before the work on the crossing begins.",
        "Shop owners near the bridge said the council had not yet answered their request for help with their "
        "rents while the crossing is closed to drivers.",
    ]
    thread = ["Comments", *signed("Jane Roe", "Sam Poe"), "Reply", "Reply"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *post, *after, *thread]))
    assert out[-len(after) :] == after
    assert not set(COMMENTS) & set(out)


def test_a_reply_link_over_one_paragraph_and_the_header_still_opens_the_section():
    # "Reageren?" over a line telling readers how to write in: no article
    # goes on under it, the section starts there.
    how_to = ("Stuur een brief van maximaal 200 woorden naar de redactie. De redactie behoudt zich het recht voor "
              "brieven in te korten of niet te plaatsen.")
    thread = ["Reageren?", how_to, "Reacties", *signed("Jane Roe", "Sam Poe"), "Reageren?", "Reageren?"]
    out = kept("\n\n".join(["Bridge to close", *PROSE, *thread]))
    assert out == ["Bridge to close", *PROSE]


def test_the_article_goes_on_in_its_next_section_under_an_embedded_posts_bar():
    # The post's text, time and count of likes, then its bar ("Reply" first), then the
    # article's next subheading over paragraphs on another side of the story: the post
    # stands inside the article, which does not end above it.
    post = ["Harbour Watch", "@harbourwatch",
            "We have been told the bridge frame is rusting through and will close in spring. Drivers should plan now.",
            "2:18 p.m. · Oct 21, 2025", "46", "Reply", "Share", "Read 12 replies"]
    section = [
        "What the fishermen say",
        "Fishermen on the quay said the closure would add an hour to every trip to the fish market, and asked "
        "for a ferry.",
        "The fishermen's association will meet the harbour master on Friday to ask for a temporary landing stage.",
        "Several crews said they would sell their catch in Westport instead if the crossing closed before the "
        "summer season.",
    ]
    out = kept("\n".join(["Bridge to close", *PROSE[:3], "The harbour authority wrote on X:", *post, *section]))
    assert out[-len(section):] == section
