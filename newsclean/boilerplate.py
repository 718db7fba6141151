"""Boilerplate: phrases, line shape and context decide together.

The article core's search is in core.py, the form rule in forms.py; this
module gives every line its class (its features and the tests on one line:
linefeatures.py) and runs the context rules, whose parts are in header.py
and menus.py (above the core), inserts.py (inside it), tail.py (below it),
widgets.py (page widgets), credits.py (bylines, datelines), mailheads.py
(an e-mail's header over the text) and topic.py.

Every paragraph first gets a class from its own features, as in jusText:

* ``BAD``    — a known label or phrase from the lexicon (share bar, consent
               banner, menu word, footer line or row), a copyright line or
               a post's tag line ("Tags: …", taglines.py);
* ``GOOD``   — running prose: enough words and enough stopwords (the
               stopword bar adapts to the document's language);
* ``NEAR``   — a short sentence, or a long one with few stopwords;
* ``SHORT``  — everything else: titles, subheadings, bylines, but also menu
               entries, related headlines and pagination.

Then context decides, in this order:

1. a comments header ("52 Comments", "2 thoughts on “…”") or a series of
   commenters' signatures or dated stamps below the article starts the
   comment section, which goes whole (see comments.py);
2. the article core is the stretch with the most prose (a maximum-sum run
   over the classes, after archive widgets and rivers of "tag, clock time,
   headline" lines are marked; a long line in headline case is not prose),
   extended up to the page's headline (or a short first line) when that
   stretch starts far below it and the prose right under
   the headline is worth a fifth of it (a short article above a long teaser
   list), and what is above a headline named by the title line then goes;
   when that headline is inside the stretch, with prose right under it and
   no copy of it higher up, the stretch starts at the headline (a menu
   written out with a blurb per item is not the article); it ends at a
   section break ("Related posts", a tag line, three lines or more) below
   which the prose is off-topic (teasers with a sentence each, an author's
   box: their words are not the article's);
   a phrase hit inside the core, in prose about what the core is about, is
   the article quoting the phrase and stays;
3. below the core, a known heading of page furniture ("Related articles",
   "Mehr zum Thema", "Newsletter", "Impressum", "Follow us") opens the rest
   of the page, which goes whole;
4. outside the core, off-topic prose goes; short lines go only with
   evidence from their run (known boilerplate in it, below the article the
   lines after the first known one; three or more lines opening with a time
   or a date; above it, a menu-sized run; at the end of the text, a long run
   that is not the article's own list);
5. the title, dateline and byline right above the core stay, even across a
   share bar between them and the lede.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .adcopy import ad_copy_under_labels
from .authorbios import author_bios, bios_over_archive_link
from .authorcards import author_card
from .comments import find_comment_section
from .config import Config
from .contacts import contact_lines, imprint_line
from .controls import is_player_control, player_length
from .core import (
    SIGN_UP_CATEGORIES, anchor_at_headline, core_span, cut_off_topic_tail, inline_teaser, paragraph_then_table,
    teaser_with_headline, title_named_headline,
)
from .credits import (
    _bare_name, _credit_line, _credited_caption, _credits_or_dates, _dated, _photo_credit, name_over_dateline,
    opens_as_byline,
)
from .document import Document, Paragraph
from .exchanges import interview_exchanges
from .fields import names_mail
from .forms import article_box_under_form, form_widget_lines
from .header import (
    _BAR_CATEGORIES, MAX_HEADER_LINES, _bare_title, _block_up_to, _credits_block, _credits_over, _deck_over_credits,
    _facts_block, _figure_block, _from_markdown_headline, _header_block, _lists_over, _opens_with_deck,
    _reading_time_or_comments, _summary_box_head, _unknown_button, _view_count, band_leftovers, deck_under_headline,
    markdown_title_over, pager_link, rating_buttons, rating_prompt, rating_widget, summary_box_heads,
)
from .heads import LineHeads, colon_head
from .innerboxes import boxes_inside_prose
from .inserts import (
    _about_boxes, _headline_under_label, _headlines_under_bar, _inline_forms, _inline_teasers, _inserts_inside_prose,
    _introduces, _lone_teasers, _one_line_teasers, _paragraphs_follow, _section_follows, _section_resumes,
    _site_slogans, article_goes_on, entries_resume, forms_between_prose, listed_section_follows,
    subheading_over_paragraphs,
)
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import (
    STOPWORD_SAMPLE_MIN, _SEGMENT_SEP, Features, _features, _long_sentences, banner_button, classify,
    _question, heads_a_table, stopword_threshold, video_teaser,
)
from .lexicon import Lexicon, data_lines
from .liveblog import box_lines_between_entries, live_control, live_entry_lines
from .mailheads import mail_edition, mail_header_lines
from .mastheads import site_name_lines
from .menus import (
    _BREADCRUMB_SEP, _first_menu, _is_breadcrumb, _long_runs_above, _menu_blocks, _menu_over, _menu_runs,
    _repeated_lines,
)
from .offers import shop_offer
from .posts import post_frame_lines
from .players import player_titles
from .reasons import CATEGORY_CODES
from .readmore import read_on_only
from .segment import RULE_LINE
from .stamps import headed_dateline, starts_with_date
from .steps import next_numbered_heading, numbered_sections, numbered_steps
from .tail import (
    TABLE_RULE, _closing_block, _closing_lines, _furniture_section, _page_tail, article_box_end, boxes_over_article,
    boxes_under_end, lines_to_sign_off,
)
from .taglines import hashtag_list_item, headless_tag_line, unmarked_tag_line
from .text import columns, content_stems, ends_full_stop, is_cjk_token, tokens, words
from .text import ends_sentence as _ends_sentence
from .titlecards import title_card_follows
from .titles import names_site, title_line_shaped
from .topic import _core_overlap, _quotes_every_phrase, _quotes_phrase, _short_on_topic
from .topteasers import cut_teasers_over_article
from .underbox import section_under_box, sections_in_contents
from .widgets import (
    _count_lists, _feedback_buttons, _keep_result_tables, _keep_whole_blocks, _pagers, _polls, _stamped_runs,
    _tickers, galleries, anchor_link_lines, contents_lists, image_lines, key_event_headings, labelled_stamp_lists,
    lone_link_lines, own_site_link_lists, premium_badges, standings_widgets,
)

# Other modules import these from here (language.py, titles.py).
from .linefeatures import is_known_boilerplate as is_known_boilerplate
from .topic import quotations as quotations


# A widget's glyph between the header's lines ("A+", "A-", "가").
WIDGET_MAX_CHARS = 2


def _text_size_button(text: str) -> bool:
    """A text-size button: "A+", "A-", or one letter of a script without
    capitals ("가", "大")."""
    t = text.strip()
    if len(t) > WIDGET_MAX_CHARS:
        return False
    return t[-1:] in ("+", "-", "−") or (len(t) == 1 and t.isalpha() and t.lower() == t.upper())


# A line that is only a host's name: "stormcoastnews.com.au", "www.example.org"
# (not a date, "11.12.12").
_BARE_HOST = re.compile(r"\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*")
# A reader view's reading time over the headline, a range of minutes on a
# line of its own: "5–6 minutes", "7–9 minut", "4–5 min".
_READING_TIME_RANGE = re.compile(
    r"\s*\d{1,3}\s?[–-]\s?\d{1,3}\s?(?:min|mins|minutes|minuten|minut|minuty|minutos|minuti|minuter|minutter"
    r"|perc|dakika|мин|минут|минуты|хвилин|นาที|분|分钟|分)\.?\s*",
    re.IGNORECASE,
)
# A content service's field over the text: "Source: …", "Rubrik: …", "Canonical URL: …".
_META_FIELD = re.compile(
    r"\s*(?:source|fuente|fonte|quelle|źródło|bron|section|rubrik|rubrique|sección|secção|sezione|category|kategorie"
    r"|categoría|categoria|canonical url|url)\s?:\s*\S",
    re.IGNORECASE,
)
# A standfirst that quotes a banner is this many lines over the article at most.
QUOTING_DECK_REACH = 6


# Prose this many lines above and below a paragraph quoting a banner.
QUOTING_NEIGHBOURS = 3


def _quoting_paragraph(
    paras: list[Paragraph], feats: list[Features], classes: list[str], i: int, config: Config
) -> bool:
    """A paragraph between the article's lines that quotes a banner or a
    prompt ('with the heading "Sign up for our newsletter"'): prose, where
    the core is. (A banner appended under the article quotes its own button,
    'By clicking "Accept all cookies", you agree ...', with no prose under it.)"""
    f = feats[i]
    if f.label or f.n_words < config.prose_min_words or not _quotes_every_phrase(paras[i].plain, config):
        return False
    above = classes[max(0, i - QUOTING_NEIGHBOURS) : i]
    below = classes[i + 1 : i + 1 + QUOTING_NEIGHBOURS]
    return any(c in (GOOD, NEAR) for c in above) and any(c in (GOOD, NEAR) for c in below)


# The article's own box or table between its prose and a closing sentence.
CLOSED_BOX_MIN_LINES = 2


# A form's heading and pitch over its first known line: this many lines at most.
FORM_HEAD_LINES_MAX = 2


def _heads_form(paras: list[Paragraph], feats: list[Features], classes: list[str], i: int) -> bool:
    """Line `i` and those under it up to a form's known line name the mail
    the form signs up for: "Get all the latest Town news straight to your
    inbox" over "Sign up to our free Town newsletter — …" over "Email
    address Sign up". A heading of the form, not the article quoting a
    newsletter's words."""
    for k in range(i + 1, min(len(paras), i + 1 + FORM_HEAD_LINES_MAX)):
        if classes[k] == BAD:
            return feats[k].category in SIGN_UP_CATEGORIES and all(names_mail(paras[m].plain) for m in range(i, k))
    return False


UNSPACED_HEADLINE_MAX_CHARS = 80


def _unspaced_headline(text: str, c: str) -> bool:
    """A headline in a script without spaces (Chinese, Japanese, Thai …),
    classed as prose by its characters ("一文读懂个人养老金：每年存多少、能省多少税、
    什么时候能取？"), with no full stop at its end."""
    if c not in (NEAR, GOOD) or len(text) > UNSPACED_HEADLINE_MAX_CHARS or ends_full_stop(text):
        return False
    return _mostly_unspaced(text)


def _mostly_unspaced(text: str) -> bool:
    """Most of the line's words are characters of a script written without
    spaces (ideographs, kana, Thai …), which the line classes count one by
    one: such a line reads as prose by its length alone."""
    ws = words(text)
    return bool(ws) and 2 * sum(map(is_cjk_token, ws)) > len(ws)


def _closes_a_box(paras: list[Paragraph], end: int, boxes_end: int, i: int) -> bool:
    """Is line `i` one sentence right under the article's own boxes and
    tables below its last paragraph at `end` (they end at `boxes_end`):
    "Расчёт субсидии можно проверить в МФЦ." under "В цифрах" and its
    figures? It is the article's last word; a few of the article's words
    in it are enough. (One sentence, no call: "Follow us on Facebook!" is
    the page's.)"""
    return (i == boxes_end and i - end - 1 >= CLOSED_BOX_MIN_LINES and all(paras[k].kept for k in range(end + 1, i))
            and "\n" not in paras[i].plain and _ends_sentence(paras[i].plain)
            and not paras[i].plain.rstrip().endswith("!"))


def _reader_view_head(paras: list[Paragraph], classes: list[str]) -> list[tuple[int, str, str]]:
    """Over the first paragraph of prose, a reader view's host line and its
    reading time, and the fields a content service prints over the text
    (its source, section, address): (line, code, evidence). Under the
    article a range of minutes is a recipe's time ("15 – 30 Min"), and
    "Source: Reuters" a credit."""
    found: list[tuple[int, str, str]] = []
    for i, (p, c) in enumerate(zip(paras, classes)):
        if c == GOOD:
            break
        if c == SHORT and _BARE_HOST.fullmatch(p.plain):
            found.append((i, "B120", "host"))  # "stormcoastnews.com.au": the site's name
        elif c == SHORT and _READING_TIME_RANGE.fullmatch(p.plain):
            found.append((i, "B112", "reading_time"))  # "5–6 minutes"
        elif c == SHORT and _META_FIELD.match(p.plain):
            found.append((i, "B112", "metadata"))  # "Source: Business Ledger SA", "Rubrik: Region"
    return found


# A consent banner's heading: a line of a few words right over its text, in
# its words ("The Northern Courier and our partners use cookies", "Souhlas s
# používáním cookies", "Vi bryr oss om personvernet ditt" over "… personvern …").
BANNER_HEADING_MAX_WORDS = 12
BANNER_TEXT_MIN_WORDS = 8


def _banner_headings(
    paras: list[Paragraph], feats: list[Features], classes: list[str], lang: str | None, headlines: set[int]
) -> list[int]:
    """Lines right over a consent banner's text (a phrase of the lexicon in
    a paragraph, not a button's label) that share a word with it and end no
    sentence: its heading, in any language. Not the page's headline, which
    the title line names (an article on cookie rules may open with a
    consent phrase)."""
    found = []
    for i in range(len(paras) - 1):
        below = feats[i + 1]
        if not (classes[i + 1] == BAD and below.category == "consent" and not below.label
                and below.sentence_end and below.n_words >= BANNER_TEXT_MIN_WORDS):
            continue  # (the banner's sentences, not a skip link's "[Skip X post by …]")
        if classes[i] not in (SHORT, NEAR) or feats[i].n_words > BANNER_HEADING_MAX_WORDS:
            continue
        if paras[i].index in headlines or feats[i].sentence_end or title_line_shaped(paras[i].plain):
            continue  # (the article's last line over a banner the page appends ends a sentence)
        if content_stems(paras[i].plain, lang) & content_stems(paras[i + 1].plain, lang):
            found.append(i)
    return found


def drop_boilerplate(doc: Document, config: Config) -> None:
    paras = doc.kept()
    if not paras:
        return
    cjk_doc = doc.language in ("zh-cn", "zh-tw", "ja", "ko", "th")
    lang = doc.language
    feats = [_features(p.plain, lang) for p in paras]
    min_density = stopword_threshold(feats, config)
    # A short wire story: a long lead, then sentences too short to show
    # their stopwords. (Without any long sentence, a page of lyrics or
    # links: its one full stop would become the article.)
    terse = 1 <= len(_long_sentences(feats, config)) < STOPWORD_SAMPLE_MIN
    classes = [classify(f, config, cjk_doc, min_density, terse) for f in feats]
    # A consent banner's "Learn more" opens no section of other stories.
    feats = [replace(f, category="consent") if banner_button(p.plain, feats, classes, i) else f
             for i, (p, f) in enumerate(zip(paras, feats))]
    headlines = {p.decision.evidence.get("headline") for p in doc.paragraphs if p.decision.code == "D104"}
    for i in _banner_headings(paras, feats, classes, lang, headlines):
        classes[i] = BAD
        feats[i] = replace(feats[i], category="consent", label=True)
    for i in range(len(paras)):
        if classes[i] != BAD:
            continue
        if i + 1 < len(paras) and TABLE_RULE.fullmatch(paras[i + 1].plain):
            classes[i] = SHORT  # "| Home | Score | Away |" over "| --- | --- | --- |": a table's head, no menu
        elif feats[i].category == "nav" and i + 1 < len(paras) and heads_a_table(paras[i].plain, paras[i + 1].plain):
            classes[i] = SHORT  # "Crop | Min | Max | Average" over "Onions | 2,900 | 4,350 | 3,800"
        elif feats[i].category == "nav" and _dated(paras[i].plain) and (
                starts_with_date(paras[i].plain) or _dated_before_phrase(paras[i].plain, Lexicon.load())):
            classes[i] = SHORT  # "05.02.2025 | Lesedauer: 4 Minuten": a dateline with a reading time
        elif _quoting_paragraph(paras, feats, classes, i, config):
            classes[i] = GOOD
    # The site's name alone on its line, which the page's title line names
    # (B127): the masthead, evidence of the page's header around it.
    named_sites = {p.decision.evidence["site"] for p in doc.paragraphs if p.decision.code == "B127"}
    for i, p in enumerate(paras):
        if p.index in named_sites and classes[i] == SHORT:
            p.drop("B120", masthead=True)
            classes[i] = BAD
            feats[i] = replace(feats[i], category="nav", label=True)
    for i in numbered_steps(paras, feats, classes, cjk_doc):
        if classes[i] in (SHORT, NEAR):
            classes[i] = GOOD  # "2. Melt the butter.": a step of the article's method, prose by its length
    # Prose weighs by its width: a wide character (an ideograph, kana, Hangul)
    # carries about what two letters do, and takes two columns.
    sizes = [columns(p.plain) for p in paras]

    _drop_comment_section(paras, feats, classes, config)
    for i in _count_lists(paras, classes):
        paras[i].drop("B112", count_list=True)
        classes[i] = BAD
    counters, gallery = galleries(paras, feats)
    for i in (*_pagers(paras), *counters):
        # Dropped, but no evidence of a page break: a gallery's pager (its
        # counters, its title) sits inside articles too.
        paras[i].drop("B112", pager=True)
    for i in anchor_link_lines(paras):
        paras[i].drop("B112", anchor_links=True)
        classes[i] = BAD
    # (Dropped, their class left: a picture or a button between two
    # paragraphs does not part them.)
    for i in image_lines(paras):
        paras[i].drop("B123", image=True)
    for p in paras:
        if _rule(p.plain):
            p.drop("B123", rule=True)  # "---", "— — —": a line of decoration, no words to keep
    lone_links = lone_link_lines(paras)
    for i in lone_links:
        paras[i].drop("B108", lone_link=True)
    edition = mail_edition(paras)
    if edition:
        # Each item of an e-mail edition ends in its "Read more →": a link to
        # that item's story, which opens no section of other stories.
        item_links = [i for i in range(1, len(paras)) if classes[i] == BAD and feats[i].label
                      and classes[i - 1] in (GOOD, NEAR) and read_on_only(paras[i].plain)]
        for i in item_links:
            paras[i].drop("B108", lone_link=True)
            classes[i] = SHORT
        lone_links += item_links
    for i in mail_header_lines(paras):
        paras[i].drop("B126", mail_header=True)
        classes[i] = BAD
    for i, code, evidence in _reader_view_head(paras, classes):
        paras[i].drop(code, **{evidence: True})
        classes[i] = BAD
    for i in range(1, len(paras)):
        # A player's length under its button ("Listen to this article" / "4 min").
        if classes[i - 1] == BAD and player_length(paras[i].plain, paras[i - 1].plain):
            paras[i].drop("B112", player=True)
            classes[i] = BAD
    for i in _tickers(paras, classes):
        paras[i].drop("B120", ticker=True)
        classes[i] = BAD
    for i in premium_badges(paras, classes):
        paras[i].drop("B105", premium_badge=True)
        classes[i] = BAD
    key_events: set[int] = set()
    for i, label in labelled_stamp_lists(paras, feats, classes):
        paras[i].drop(CATEGORY_CODES[feats[label].category], listed_under=paras[label].index)
        # (Under a related label the list may go on with undated headlines,
        # which the related list's rules take: the class is left to them.)
        if feats[label].category == "nav":
            classes[i] = BAD  # a live blog's key events: no header lines over its entries
            key_events |= {i, label}
    for i, label in key_event_headings(paras, feats, classes):
        # (As the short lines they are: the walk up to the headline passes them.)
        paras[i].drop(CATEGORY_CODES[feats[label].category], listed_under=paras[label].index)
    contents = contents_lists(paras, classes)
    for i in contents:
        # (As the short lines they are: the walk up to the headline passes
        # them. An entry that reads as a sentence, "3. Voiko laskuun
        # vaikuttaa itse?", opens no article.)
        paras[i].drop("B112", contents=True)
        classes[i] = SHORT if classes[i] in (GOOD, NEAR) else classes[i]
    polls = _polls(paras, feats, classes)
    for i in polls:
        paras[i].drop("B112", poll=True)
    for i, question in _feedback_buttons(paras, feats, classes):
        paras[i].drop(CATEGORY_CODES["comments"], answers=paras[question].index)
        classes[i] = BAD
    # A poll, like an advertisement, sits between the article's paragraphs.
    # So are the short lines of a live blog's entries, between their prose.
    # A gallery's counter and buttons too, with its photos inside the article.
    live_lines = live_entry_lines(paras, classes)
    inserts = _inserts_inside_prose(paras, classes, feats) | polls | live_lines | gallery
    # The article's own boxes between its paragraphs weigh nothing in the
    # contest too, nor an interview's short questions and answers, nor a
    # listicle's numbered sections.
    overlays = inserts | boxes_inside_prose(paras, classes, feats, inserts) | interview_exchanges(paras, classes)
    overlays |= numbered_sections(paras, classes) | forms_between_prose(paras, feats, classes)
    span = core_span(classes, sizes, overlays)
    forms: set[int] = set()
    teasers_over: list[int] = []
    headline = None
    if span is not None:
        span, headline = anchor_at_headline(doc, paras, classes, sizes, span)
    if span is not None:
        span = _from_markdown_headline(paras, feats, classes, span)
        for k in summary_box_heads(paras, classes, *span):
            classes[k] = SHORT
    if span is not None:
        # A "Related coverage" list inside the article, with paragraphs of
        # the article under it, is not where the article ends. (One teaser
        # sentence under each list is a list of teasers.)
        teasers = _inline_teasers(paras, feats, classes, span[0], span[1], doc.language)
        inline_headings = {
            h for _, h, resume in teasers
            if _paragraphs_follow(classes, resume, inserts)
            or _section_follows(classes, resume, inserts)
            # (A sentence over them: "Tomēr pētnieki aicina rezultātus nepārspīlēt.")
            or (classes[resume] == NEAR and ends_full_stop(paras[resume].plain)
                and _section_follows(classes, resume + 1, inserts))
            # (A label that introduces its list, "Leia também:", is an inline box's;
            # a paragraph or the article's next subheading may follow its list:
            # "Read more:" and two headlines over "HOSPITAL FLIGHTS" and its paragraphs.)
            or (_introduces(paras[h].plain)
                and (classes[resume] == GOOD or subheading_over_paragraphs(classes, resume, inserts)))
            or _section_resumes(paras, classes, span, h, resume, doc.language)
            or next_numbered_heading(paras, classes, span[0], h, resume)  # its next numbered section: "③ 芯で…"
            or paragraph_then_table(paras, classes, resume, span[1])  # a subheading, its paragraph and table
            or entries_resume(paras, classes, h, resume)
            or listed_section_follows(paras, classes, resume, inserts)
            # (A recipe's card under "You might also like", headed by the post's title again.)
            or title_card_follows(paras, feats, classes, span[0], resume, doc.language)
        }
        # So is a sign-up form between the article's paragraphs, a "Read
        # more: <headline>" line with sentences right above and below, and
        # one known line alone between the article's sentences ("Sign up
        # for the Money newsletter") with its paragraphs going on below.
        forms = _inline_forms(feats, classes, span)
        inline_headings |= forms | inserts
        inline_headings |= {
            h for h in range(span[0] + 1, span[1])
            if classes[h] == BAD and _under_prose(paras, classes, h) and article_goes_on(paras, classes, h, inserts)
        }
        inline_headings |= {h for _, h in _lone_teasers(paras, feats, classes, span[0], span[1])}
        if not edition:
            # (A newsletter's edition is a run of stories, each on its own topic.)
            span = cut_off_topic_tail(paras, feats, classes, sizes, span, doc.language, inline_headings)
        span, teasers_over = cut_teasers_over_article(paras, classes, sizes, span, doc.language)
    box_end = article_box_under_form(paras, feats, classes, span[1], doc.language) if span is not None else None
    if span is not None and box_end is not None:
        span = span[0], box_end  # the article's facts under a sign-up form put between them and its prose
    elif span is not None and (section_end := section_under_box(paras, feats, classes, span, doc.language)) is not None:
        span = span[0], section_end  # its last section, under a sign-up box between its sections
    elif span is not None and (section_end := sections_in_contents(
            paras, classes, span, {paras[k].plain.strip() for k in contents})) is not None:
        span = span[0], section_end  # its last sections, which its table of contents lists, under a box
    closing = _closing_block(paras, classes, span) if span is not None else None
    if span is not None and closing is not None and span[1] >= closing:
        span = span[0], max(k for k in range(span[0], closing) if classes[k] in (GOOD, NEAR))
    core_vocab: set[str] = set()
    if span is not None:
        for p, c in zip(paras[span[0] : span[1] + 1], classes[span[0] : span[1] + 1]):
            if c == GOOD:
                core_vocab |= content_stems(p.plain, doc.language)

    for i, (p, f, c) in enumerate(zip(paras, feats, classes)):
        if c != BAD or not p.kept:
            continue
        # (or right over it, past a byline, a date and a share bar at most,
        # a paragraph that puts the phrase in quotation marks: the lede or
        # standfirst of a story about cookie banners or newsletters)
        at_core = span is not None and (
            span[0] <= i <= span[1]
            or (span[0] - QUOTING_DECK_REACH <= i < span[0] and GOOD not in classes[i + 1 : span[0]]
                and not f.label and _quotes_every_phrase(p.plain, config))
        )
        # (Not a sign-up form's pitch: on topic by design, "weather warnings
        # for your area, straight to your inbox" in a storm's live blog.)
        if (at_core and i not in forms and not _heads_form(paras, feats, classes, i)
                and _quotes_phrase(p, f, core_vocab, doc.language, config)):
            p.keep_as("K001", quoted=f.category)
            classes[i] = GOOD if f.n_words >= config.prose_min_words else NEAR
            if i < span[0]:
                span = i, span[1]
            continue
        if at_core and _link_as_subheading(paras, feats, classes, i):
            p.keep_as("K002", link_as_heading=True)
            classes[i] = NEAR
            continue
        p.drop(CATEGORY_CODES[f.category], label=f.label, **({"phrase": f.phrase} if f.phrase else {}))

    for i, category, form in form_widget_lines(paras, feats, classes):
        if i < form and (_credit_line(paras[i].plain) or _credited_caption(paras[i].plain)
                         or name_over_dateline(paras, i)):
            # A byline (a name over its dateline too) or dateline over a
            # paywall's badge, a photo's caption over a form, are the article's.
            continue
        paras[i].drop(CATEGORY_CODES[category], widget=paras[form].index)
        classes[i] = BAD
    if span is None:
        return  # no prose at all: a list, a poem, a caption; leave it
    start, end = span
    for i in ad_copy_under_labels(paras, feats, classes, span, core_vocab, doc.language):
        paras[i].drop("B109", ad_copy=True)
        classes[i] = BAD
    for i, label in box_lines_between_entries(paras, feats, classes):
        if paras[i].kept:
            paras[i].drop(CATEGORY_CODES[feats[label].category], box_between_entries=paras[label].index)
            classes[i] = BAD
    for i in range(start + 1, len(paras)):
        # In the article and under it, a video's teaser; over it, it may be the headline.
        if paras[i].kept and classes[i] == SHORT and video_teaser(paras[i].plain):
            paras[i].drop("B108", video=True)
            classes[i] = BAD
    for i in player_titles(paras, classes, start + 1):
        paras[i].drop("B108", video=True, player=True)
        classes[i] = BAD
    for i, heading, _ in _inline_teasers(paras, feats, classes, start, end, doc.language):
        paras[i].drop("B108", teaser_under=paras[heading].index)
        classes[i] = BAD
    for i, heading in _lone_teasers(paras, feats, classes, start, end):
        paras[i].drop("B108", teaser_under=paras[heading].index)
        classes[i] = BAD
    for i in teasers_over:
        paras[i].drop("B108", teaser_over=paras[start].index)
        classes[i] = BAD
    for i, p in enumerate(paras):
        # An author's card goes wherever it is; as a short line it weighed
        # in the decisions above (a standfirst over it is the article's).
        if p.kept and classes[i] == SHORT and author_card(p.plain):
            p.drop("B103", author_card=True)
            classes[i] = BAD
    for i, heading in _about_boxes(paras, classes, start):
        paras[i].drop("B111", about=paras[heading].index)
        classes[i] = BAD
    for i, link in bios_over_archive_link(paras, classes, start):
        if paras[i].kept:
            paras[i].drop("B111", author_bio=paras[link].index)
            classes[i] = BAD
    for i, byline in author_bios(paras, classes, start):
        if paras[i].kept:
            paras[i].drop("B111", author_bio=paras[byline].index)
            classes[i] = BAD
    for i, counters in post_frame_lines(paras, feats, classes):
        paras[i].drop("B102", post_counters=paras[counters].index)
        classes[i] = BAD
    for i, heading in contact_lines(paras, classes, start):
        if paras[i].kept:
            paras[i].drop("B111", contact=paras[heading].index)
        classes[i] = BAD
    for i, bar in _headlines_under_bar(paras, feats, classes, start, end):
        paras[i].drop("B108", teaser_under=paras[bar].index)
        classes[i] = BAD
    for i, label in _headline_under_label(paras, feats, classes, start, end, doc.language):
        paras[i].drop("B108", teaser_under=paras[label].index)
        classes[i] = BAD
    for i, overlap in _site_slogans(paras, classes, start, end, doc.language, config):
        paras[i].drop("B125", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))
        classes[i] = BAD
    # Title, kicker, dateline, byline: the short lines right above the core.
    # A line of a multi-line block above (a menu written one item a line)
    # is not a title, unless the article itself starts in that block.
    block_sizes: dict[int, int] = {}
    for p in paras:
        block_sizes[p.block] = block_sizes.get(p.block, 0) + 1
    # A list the article introduces right over its prose ("Ingredients:")
    # is the article's; the title is over it.
    lists_over = _lists_over(paras, feats, classes, start)
    for i in lists_over:
        classes[i] = NEAR  # the article's lines: no part of a run of links above it
    # Walk up past known boilerplate between title and lede (a share bar).
    header_lines: set[int] = set()
    credit_lines: set[int] = set()  # credits or the lead photo, in a block of their own
    stamped = _stamped_runs(paras, classes, start, end)
    k = min(lists_over, default=start) - 1
    while k >= 0 and len(header_lines - credit_lines) < MAX_HEADER_LINES and classes[k] in (SHORT, BAD):
        if (k in gallery or _unknown_button(paras, feats, classes, k) or is_player_control(paras[k].plain)
                or _reading_time_or_comments(paras[k], feats[k], classes[k]) or live_control(paras[k].plain)
                or k in key_events):
            # The lead photo's gallery (its counter and buttons), a bar's
            # unknown button, the lead video's player, the reading time or
            # count of comments, a live blog's "Refresh" and its key events.
            k -= 1
            continue
        if k in live_lines:
            # The first entry's time and heading, over its prose: the
            # article's, and no header line that the header's count limits.
            header_lines.add(k)
            credit_lines.add(k)
            k -= 1
            continue
        if k in stamped:
            break  # a list of other stories, each under its time ("2h ago Ferries suspended")
        if classes[k] == BAD and header_lines and feats[k].category not in _BAR_CATEGORIES:
            break  # boilerplate above the title: a menu, a breadcrumb (a share bar sits inside the header)
        if classes[k] == SHORT:
            if not (paras[k].block == paras[start].block or block_sizes[paras[k].block] == 1):
                bar = _bar_block(paras, feats, classes, k)
                if bar:
                    k = min(bar) - 1  # a share bar's other buttons ("Print version" beside "Telegram")
                    continue
                box = _summary_box_head(paras, classes, k)
                if box is not None:
                    # A live blog's summary between its byline and its first
                    # entry ("Summary" over its points; the summary rules judge
                    # it): the header goes on above.
                    k = box - 1
                    continue
                facts = _facts_block(paras, classes, k)
                if facts:
                    # A review's facts over its first paragraph, keys over
                    # values ("Жанр" / "драма, България, 2025", …): the
                    # article's, and the header goes on above them.
                    header_lines |= facts
                    credit_lines |= facts
                    k = min(facts) - 1
                    continue
                credits = _credits_block(paras, classes, k) or _figure_block(paras, classes, k)
                if credits:
                    # The header goes on above them (or above the lead
                    # photo with its caption): standfirst, headline.
                    header_lines |= credits
                    credit_lines |= credits
                    k = min(credits) - 1
                    continue
                header_lines |= _header_block(paras, classes, k)
                break
            if len(_SEGMENT_SEP.split(paras[k].plain)) >= 3:
                break  # "News | Politics | Business": a menu bar, not a title
            if _BREADCRUMB_SEP.search(paras[k].plain):
                break  # "Business > Energy": a breadcrumb, not a kicker
            if pager_link(paras[k].plain):
                break  # "« Previous post": the blog's pager over the post, not a kicker
            if _text_size_button(paras[k].plain):
                k -= 1
                continue  # passed, and no header line to keep
            header_lines.add(k)
            if len(paras[k].plain.strip()) <= WIDGET_MAX_CHARS or _view_count(paras[k].plain) or _photo_credit(
                    paras[k].plain):
                # A line of a character or two ("By" over the name, a count),
                # a count of readers ("2 834 прочитания") or the lead photo's
                # credit: no header line of its own.
                credit_lines.add(k)
        k -= 1
    header_lines |= lists_over
    markdown_title = markdown_title_over(paras, start) if headline is None else None
    if markdown_title is not None:
        # A page written in Markdown marks its headline ("# Tarte aux poires
        # …"): what is over it is the page's header, as over a headline the
        # title line names.
        headline = markdown_title
        header_lines.add(headline)
    if headline is not None:
        # Over the headline the title line names is the page's header (the
        # last item of a menu written one a line reads like a kicker), but
        # for a date ("Tuesday, November 6, 2012": a blog's day heading).
        header_lines = {k for k in header_lines if k >= headline or _dated(paras[k].plain)}
    # A gallery's buttons open nothing when the article goes on under them.
    gallery_inside = {k for k in gallery if _paragraphs_follow(classes, k + 1, gallery)}
    # (Nor does a lone link, "[Read more](…)" under a newsletter's item: it
    # leads to that item's story, not to a section of other stories.)
    furniture_from = _furniture_section(paras, feats, classes, end, polls | gallery_inside | set(lone_links))
    masthead_end = _first_menu(paras, feats, classes, min(start, headline if headline is not None else start))
    runs = _run_lengths(paras, feats, classes, start, end)
    menu_runs = _menu_runs(feats, classes, start, config)
    menu_blocks = _menu_blocks(paras, classes, start, doc.language)
    long_runs = _long_runs_above(paras, classes, start)
    tail_from, tail_of_headlines = _page_tail(paras, classes, end, closing, config)
    # The article's own box right under it ("Timeline" over "April 3: …")
    # is its: no ticker for its dates, no part of a run of boilerplate.
    # (An advertisement's label, or its label and copy, or a "Read more:
    # <headline>" line may sit between them; not a consent banner, printed
    # at the page's foot.)
    box_from = end + 1
    while box_from < len(paras) and classes[box_from] == BAD and (
            paras[box_from].decision.code == "B109" or teaser_with_headline(feats[box_from])):
        box_from += 1
    box_under = set(range(box_from, article_box_end(paras, classes, box_from, len(paras), True)))
    boxes_end = boxes_under_end(paras, classes, box_from - 1)
    stamped -= box_under
    repeated_above = _repeated_lines(paras[:start], classes[:start])
    credits_over_core = _credits_over(paras, feats, classes, min(lists_over, default=start))
    if markdown_title is not None:
        header_lines |= {k for k in credits_over_core if k > markdown_title}  # its standfirst, byline, dateline
    closing_lines = (_closing_lines(paras, feats, classes, end) | box_under
                     | lines_to_sign_off(paras, feats, classes, start, end))
    other_stories = set(own_site_link_lists(paras, classes, end))
    deck = _deck_over_credits(paras, classes, min(lists_over, default=start))
    if deck is None and (named := title_named_headline(doc, paras)) is not None and named < start:
        deck = deck_under_headline(paras, classes, named, start)  # however far over the article
    if deck is None and _opens_with_deck(paras, classes, start):
        deck = start
    elif deck is not None:
        # The deck's byline and dateline right under it are the article's,
        # however long the list of boilerplate between them and its prose (a
        # live blog's key events): "Ruth Amadi and Ollie Kerrigan" / "Updated 16:47 GMT, …".
        k = deck + 1
        while k < start and classes[k] == SHORT and (_credit_line(paras[k].plain) or name_over_dateline(paras, k)):
            header_lines.add(k)
            k += 1
    menu_over_deck: set[int] = set()
    if deck is not None and (headline is None or deck - 1 >= headline):
        # The deck's headline stays, whatever menu is above it: the short
        # lines over it up to known boilerplate (a menu's "Home") are that
        # menu, but for a date and a kicker in a block of its own.
        menu_over_deck = _menu_over(paras, classes, deck - 1)
        header_lines = (header_lines - menu_over_deck) | {deck - 1}
    # The site's name, which its copyright line names, is no kicker nor headline.
    site_names = site_name_lines(paras, feats, classes, start) - {headline, deck}
    header_lines -= site_names
    # Nor is a breadcrumb, on topic as it is by its last item: "Utama › Nasional › Selangor".
    # (It stays among the header's lines, which the loop below passes.)
    for k in header_lines:
        if k < start and _is_breadcrumb(paras[k].plain):
            paras[k].drop("B112", breadcrumb=True)
    boxes_above = boxes_over_article(paras, classes, start)  # a review's "Pros" and "Cons" over its first paragraph
    title_above: int | None = None  # the last on-topic short line over the article
    kept_credits: set[int] = set()
    bylines_above = sum(1 for k in range(start) if classes[k] == SHORT and opens_as_byline(paras[k].plain))
    last_said = {paras[k].plain.strip(): k for k in range(start)}  # where each line over the article comes last
    plains = [q.plain for q in paras]
    # The lines under the article's last one are all kept up to here: read
    # once, as this loop drops no line but the one it is at.
    kept_to = end + 1
    for i, (p, c) in enumerate(zip(paras, classes)):
        if c == BAD or i in header_lines or start <= i <= end:
            continue
        if i in site_names:
            p.drop("B120", masthead=True)
            continue
        if headline is not None:
            # A byline or a dateline next to the headline (just above it, or
            # between it and the article, however long a share bar) stays;
            # the rest of what is above the headline is the page's header.
            if (i == headline and (c == SHORT or _unspaced_headline(p.plain, c)) and _named_by_title(doc, paras[i])
                    and not _listed_under_label(paras, feats, classes, i)):
                # The headline the title line names, whatever stands between it
                # and the article (not an item of a "Recent Posts" list). A
                # short line only: on the output, with no title line, the first
                # short line anchors the article as the title line did, and a
                # second run keeps what the first kept.
                continue
            if headline < i < start and i in repeated_above and _said_again(paras, i, start):
                # The byline printed twice between the headline and the
                # article, over and under the lead photo: its first copy
                # goes, as it would on a second cleaning, with no title
                # line to name the headline.
                p.drop("B112", repeated=True)
                continue
            if headline < i and i in credits_over_core:
                continue  # under it, what the walk up from the article found: standfirst, byline, dateline
            beside = headline - MAX_HEADER_LINES <= i < max(headline, start)
            # (Under the headline a dated line is the byline's: "김도현 · 2024년 3월 21일 · 7분 읽기".)
            # (Over it, a run of lines each opening with its time is a ticker:
            # "08:52 | Lightning hit a house", no dateline.)
            # (Or a dateline with its head: "تاریخ انتشار: ۲۹ بهمن ۱۴۰۴ - ۱۰:۲۰" over a kicker.)
            credit = _credit_line(p.plain) if i > headline else (
                (_credits_or_dates(p.plain) or headed_dateline(p.plain)) and i not in stamped)
            if beside and c == SHORT and (credit or (i > headline and name_over_dateline(paras, i))):
                continue
            if beside and i > headline and credit and _mostly_unspaced(p.plain):
                # (A byline in a script without spaces reads as prose by its
                # length: "โดย กองบรรณาธิการ ล้านนาทูเดย์ | 7 พ.ย. 2568 เวลา 10:15 น.")
                continue
            if i < headline:
                if _is_breadcrumb(p.plain):
                    p.drop("B112", breadcrumb=True)
                elif not (beside and c == SHORT and _named_in_title_kicker(doc, paras[headline], p)):
                    p.drop("B120", above_headline=paras[headline].index)
                continue  # (or the column's writer, whom the title line's kicker names: kept)
        elif i in credits_over_core:
            continue  # the same without a headline named by the title: over the article, past a share bar
        elif i in menu_over_deck:
            p.drop("B120", above_headline=paras[deck - 1].index)
            continue
        if i in other_stories:
            p.drop("B120", own_site_links=True, core=[paras[start].index, paras[end].index])
            continue
        if i in closing_lines:
            continue
        if i > furniture_from:
            p.drop("B122", after=paras[furniture_from].index)
            continue
        if c == SHORT:
            if i == deck:
                continue  # a standfirst of many words and few stopwords, or without its full stop
            # A short line outside the core may be a caption, a date, a
            # credit or a list item of the article as easily as a link: it
            # goes only with evidence from its run of non-prose neighbours
            # (a known boilerplate line among them, or a menu-sized run).
            if i in boxes_above:
                continue
            run_len, run_bad = runs[i]
            if RULE_LINE.fullmatch(p.plain):
                p.drop("B123", rule=True)  # "* * *", "=====" outside the article: no words to keep
                continue
            if i > end and unmarked_tag_line(p.plain):
                p.drop("B112", tag_line=True)  # "Topics Unite Shipping Trade unions", under the article
                continue
            if i > end and imprint_line(p.plain):
                p.drop("B111", imprint=True)  # "Fjordbyens Avis · Havnegade 12 · … · redaktion@…"
                continue
            if i > end and hashtag_list_item(plains, i):
                p.drop("B112", tag_line=True, hashtag=True)  # "#キャベツ" / "#豚肉", under the article
                continue
            while kept_to < i and paras[kept_to].kept:
                kept_to += 1
            if (end < i and _under_the_article(paras, end, i, kept_to >= i)
                    and headless_tag_line(p.plain, doc.language, core_vocab,
                                          _over_boilerplate(doc, paras, classes, i), _over_a_name(doc, p))):
                p.drop("B112", tag_line=True, headless=True)  # "Zonnepanelen Energie Duurzaam wonen"
                continue
            if i < start and _is_breadcrumb(p.plain):
                # On topic by its nature ("Business > Energy"), so before that test.
                p.drop("B112", breadcrumb=True)
                continue
            if i < masthead_end and not (i == 0 and _bare_title(p.plain)):
                # Over the page's first menu, nothing but short lines: the
                # site's name and slogan, on topic or not ("Portal Zona Norte"),
                # and the page's title line with the site's name in it ("China
                # Manufacturing Falls at Slower Pace - WSJ.com"). A bare title
                # line printed first may be the only headline there is.
                p.drop("B120", masthead=True, menu=paras[masthead_end].index)
                continue
            if i < start and i in repeated_above and (headline is None or i != headline):
                # A menu printed twice (a desktop and a mobile one): its
                # items name the site's sections, on topic or not.
                p.drop("B112", repeated=True)
                continue
            if i in stamped:
                p.drop("B120", run=run_len, stamped=True, core=[paras[start].index, paras[end].index])
                continue
            on_topic = _short_on_topic(p, core_vocab, doc.language, config)
            # (Or right under a headline long enough to read as prose, which the
            # header kept: "Incendiu puternic la un depozit … RO-ALERT" / "de Andrei Munteanu".)
            if i < start and (_under_long_headline(paras, classes, i)
                              or _credit_under_title(paras, classes, i, title_above, kept_credits, bylines_above)):
                # The byline and the date right under the article's headline,
                # kept above as on topic, though no title line names it ("文：長谷川
                # 美咲"), however many menus over the headline; not a list's
                # posts, each with its "by" line.
                kept_credits.add(i)
                continue
            if run_bad and (i > end or not on_topic):
                # Below the article, related headlines after "Read more" are on
                # topic by nature; above it, an on-topic line is the title.
                p.drop("B122", run=run_len, core=[paras[start].index, paras[end].index])
            elif i >= tail_from and (tail_of_headlines or not on_topic):
                # The page's tail; other stories' headlines in it go however on topic.
                p.drop("B120", run=run_len, tail=True, core=[paras[start].index, paras[end].index])
            elif i < start and i in menu_blocks and i != headline:
                # A menu written one item a line, in a block of its own: its
                # items name the site's sections, on topic or not ("เที่ยวไทย",
                # "Thai travel", over a travel piece).
                p.drop("B120", run=run_len, menu_block=True, core=[paras[start].index, paras[end].index])
            elif on_topic:
                if i < start:
                    # (Not a line said again further down, still over the article:
                    # a list's teaser of it, over its own headline.)
                    title_above = None if last_said[p.plain.strip()] > i else i
                continue
            elif i < start and (run_len >= config.link_run_min and menu_runs[i] or i in long_runs or i in menu_blocks):
                p.drop("B120", run=run_len, core=[paras[start].index, paras[end].index])
            continue
        if i == deck:
            continue
        overlap = _core_overlap(p, core_vocab, doc.language)
        if overlap >= config.on_topic_overlap:
            continue
        if overlap > 0 and _closes_a_box(paras, box_from - 1, boxes_end, i):
            continue
        if i > end and paras[i - 1].kept and _release_line(p.plain):
            continue  # a review's box of facts ends with when the film opens: "V kinematografih od 3. oktobra."
        p.drop("B121", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))
    if closing is not None and any(paras[k].decision.code == "B121" for k in range(closing, len(paras))):
        # A teaser's headline goes with its blurb, however on topic.
        for k in range(closing, len(paras)):
            if paras[k].kept and classes[k] == SHORT:
                paras[k].drop("B120", tail=True, teaser=True)
    for i in band_leftovers(paras, classes, min(header_lines | {start})):
        paras[i].drop("B120", band=True, core=[paras[start].index, paras[end].index])
    _keep_result_tables(paras, classes)
    _keep_whole_blocks(paras, classes)
    for p in paras:
        # A price widget's line (a price and the shop's button) goes last: as
        # the short line it is, it took part in the decisions above. So does
        # a count of the article's readers among its credits, as a reading
        # time does (both are the page's widgets), and its readers' rating
        # with their count of votes, and a live blog's "Refresh" among its
        # dateline's lines.
        if p.kept and shop_offer(p.plain):
            p.drop("B109", shop_offer=True)
        elif p.kept and _view_count(p.plain):
            p.drop("B112", view_count=True)
        elif p.kept and rating_widget(p.plain):
            p.drop("B112", rating=True)
        elif p.kept and live_control(p.plain):
            p.drop("B112", live_control=True)
    for i in range(len(paras)):
        if rating_buttons(paras[i].plain) and paras[i].kept:
            paras[i].drop("B112", rating=True)
            if i > 0 and paras[i - 1].kept and classes[i - 1] == SHORT and rating_prompt(paras[i - 1].plain):
                paras[i - 1].drop("B112", rating=True, prompt=True)
    for i, link in standings_widgets(paras, classes):
        if paras[i].kept:  # (as the article's box or its closing lines, they took part in the decisions above)
            paras[i].drop("B112", standings=paras[link].index)
    for i, heading in _one_line_teasers(paras, feats, classes):
        if paras[i].kept:  # (as prose of the core, they took part in the decisions above too)
            paras[i].drop("B108", teaser_under=paras[heading].index)
    # (Once the other rules have settled, on a pass that drops nothing else:
    # a line dropped here would shorten the runs that the tail's rules read
    # on the next pass, and take their evidence away.)
    if all(p.kept for p in paras):
        for i in _between_dropped_below(doc.paragraphs, paras, classes, end, closing_lines):
            paras[i].drop("B122", between_dropped=True, core=[paras[start].index, paras[end].index])
    _explain_kept(paras, classes, span, header_lines | ({deck} if deck is not None else set()))


# A tag line with no head stands this many lines under the article's end at
# most, or under any number of lines the text keeps there, the last of them
# a sentence or a row of figures (the article's results table, its recipe's
# facts: "4. Brno 44 137:112 74"; not a list of related headlines, which a
# run of tags does not end, "Waldstrategie 2050 ist Basis für Dialog").
HEADLESS_TAGS_REACH = 3
ROW_MIN_FIGURES = 2


def _under_the_article(paras: list[Paragraph], end: int, i: int, all_kept_between: bool) -> bool:
    if i <= end + HEADLESS_TAGS_REACH:
        return True
    above = paras[i - 1].plain
    figures = sum(any(ch.isdigit() for ch in token) for token in above.split())
    return all_kept_between and (ends_full_stop(above) or figures >= ROW_MIN_FIGURES)


# Kept decisions that carry evidence of their own (a quoted phrase, a
# results table's row, an unselected code): not re-explained.
_KEPT_WITH_EVIDENCE = frozenset({"quoted", "table_row", "ignored"})

# Below the article, a run of at most this many short lines with known
# junk lines right above and right below it.
BETWEEN_DROPPED_MAX_LINES = 3


# (Not a rule line, B123: a writer's separator between an article's sections.)
_KNOWN_KINDS = frozenset(CATEGORY_CODES[kind] for kind in (
    "consent", "share", "follow", "newsletter", "subscribe", "signin", "app", "related", "advert", "comments",
    "footer", "nav"))


def _dated_before_phrase(text: str, lexicon: Lexicon) -> bool:
    """A byline and its date before the navigation phrase that ends the
    line with a figure alone: "مریم سلطانی ۱۷ اردیبهشت ۱۴۰۵ - ۱۰:۲۴ کد خبر:
    ۴۸۲۱۹۳" (the story's number; not "Posted on August 9, 2012 by … Bookmark
    the permalink.", the blog's footer)."""
    folded = text.casefold()
    for _, phrase in lexicon.phrases(text):
        at = folded.find(phrase)
        if at <= 0:
            continue
        rest = folded[at + len(phrase):]
        if any(ch.isdigit() for ch in rest) and not any(ch.isalpha() for ch in rest):
            return _dated(text[:at])
    return False


def _known_junk(p: Paragraph) -> bool:
    """Dropped as a known kind of line (a share bar, a newsletter's prompt,
    a "Most read" label: B101–B112), not for where it stands (B120–B122,
    which the runs and the tail decide, and which a line dropped here would
    change on the next pass)."""
    return not p.kept and p.decision.code in _KNOWN_KINDS


def _under_long_headline(paras: list[Paragraph], classes: list[str], i: int) -> bool:
    """Line `i` is a byline or a dateline right under a kept line of prose's
    length that ends no sentence: a long headline."""
    return (0 < i and paras[i - 1].kept and classes[i - 1] == GOOD and not _ends_sentence(paras[i - 1].plain)
            and _header_credit(paras[i].plain))


def _over_a_name(doc: Document, p: Paragraph) -> bool:
    """The text's next line (kept or dropped by now: an author's box goes
    whole) is a bare name."""
    return p.index + 1 < len(doc.paragraphs) and _bare_name(doc.paragraphs[p.index + 1].plain)


# A known line inside the article sits right under its prose, or under a
# box of the article's facts with prose over it: a heading and at most
# this many fields, each a head and its colon ("Як проводили дослідження"
# / "Учасники: 3 214 учнів" / …, then "Більше новин — у нашому
# Telegram-каналі").
FACTS_OVER_INSERT_MAX_LINES = 6


def _under_prose(paras: list[Paragraph], classes: list[str], h: int) -> bool:
    k = h - 1
    while k >= 0 and h - k <= FACTS_OVER_INSERT_MAX_LINES and classes[k] == SHORT and colon_head(paras[k].plain):
        k -= 1
    if k < h - 1 and k >= 1 and classes[k] == SHORT and colon_head(paras[k].plain) is None:
        k -= 1  # the box's heading, over its fields
    elif k < h - 1:
        return False
    return k >= 0 and classes[k] in (GOOD, NEAR)


# A site's link to its help pages ("FAQ", "Întrebări frecvente", "Häufige
# Fragen") names the article's own section of questions when it stands
# between the article's prose and a question answered in prose; a link
# that introduces what follows ("Tips!", "Kontakt:") between two of its
# paragraphs heads the article's next one (a link says nothing so).
LINK_HEADING_MAX_WORDS = 4


def _link_as_subheading(paras: list[Paragraph], feats: list[Features], classes: list[str], i: int) -> bool:
    text = paras[i].plain.rstrip()
    if not (feats[i].label and feats[i].category in ("footer", "nav") and feats[i].n_words <= LINK_HEADING_MAX_WORDS
            and text.rstrip(":!").replace(" ", "").isalpha()  # (no photo's credit, "© ArTo / Fotolia")
            and 0 < i and i + 1 < len(paras) and classes[i - 1] == GOOD):
        return False
    if text.endswith((":", "!")) and classes[i + 1] == GOOD:
        return True
    return i + 2 < len(paras) and classes[i + 1] != BAD and _question(paras[i + 1].plain) and classes[i + 2] == GOOD


def _over_boilerplate(doc: Document, paras: list[Paragraph], classes: list[str], i: int) -> bool:
    """The text's next line is boilerplate: known by its class in this pass,
    or dropped as a known kind of line (this pass or one before it: an
    author's box, a share bar)."""
    if i + 1 < len(paras) and classes[i + 1] == BAD:
        return True
    below = paras[i].index + 1
    return below < len(doc.paragraphs) and _known_junk(doc.paragraphs[below])


def _loose_short_line(p: Paragraph, c: str) -> bool:
    """A short line no rule kept for what it is (a quotation, a table's row, a credit)."""
    return c == SHORT and not _KEPT_WITH_EVIDENCE.intersection(p.decision.evidence) and not _credit_line(p.plain)


def _between_dropped_below(
    every: list[Paragraph], paras: list[Paragraph], classes: list[str], end: int, keep: set[int]
) -> list[int]:
    """Short lines under the article's end that sit between known junk
    lines, one to three in a row: a tags line between the share bar and
    "Most read", a channel's button under its pitch. Under the article
    nothing but the article's closing lines (`keep`: a box's end) and its
    credits ("Posted by … at 1:28 AM") has a claim on such a line, and the
    lines around it are the page's. (`every`: the document's paragraphs, the
    ones dropped on earlier passes too; the rest index the kept ones.)"""
    position = {p.index: k for k, p in enumerate(paras)}
    found: list[int] = []
    i = paras[end].index + 1
    while i < len(every):
        if not every[i].kept:
            i += 1
            continue
        j = i
        while j < len(every) and every[j].kept:
            j += 1
        run = [position[k] for k in range(i, j)]
        between = j < len(every) and _known_junk(every[i - 1]) and _known_junk(every[j])
        if between and len(run) <= BETWEEN_DROPPED_MAX_LINES and all(
                _loose_short_line(paras[k], classes[k]) and k not in keep for k in run):
            found.extend(run)
        i = j
    return found


# A rule drawn with dashes, as Markdown writers and newsletters print one
# between sections: "---", "───" (RULE_LINE's), "———", "— — —". (Inside the
# article, an asterism stays, "* * *", the writer's own section break; so
# do a line of underscores, a form's blank, and of equals signs, a
# heading's underline.)
_DASH_RULE = re.compile(r"(?:[—–] ?){2,}[—–]")


def _rule(text: str) -> bool:
    # (Read on every line: its first character tells most lines apart
    # before any copy of it is made.)
    first = text[:1]
    if first.isspace():
        text = text.strip()
        first = text[:1]
    if not first or first not in "-─━—–":
        return False
    text = text.rstrip()
    if first in "-─━":
        return RULE_LINE.fullmatch(text) is not None
    return _DASH_RULE.fullmatch(text) is not None


def _explain_kept(paras: list[Paragraph], classes: list[str], span: tuple[int, int], header: set[int]) -> None:
    """Say why each kept paragraph stayed: prose of the article's core
    (K001), a title, byline or subheading (K002), or a line outside the
    core that nothing marked as boilerplate (K005). Run on every pass, so
    the last one (the output's) has the final word."""
    start, end = span
    for i, p in enumerate(paras):
        if not p.kept or p.decision.code not in ("K001", "K002", "K005"):
            continue
        if _KEPT_WITH_EVIDENCE.intersection(p.decision.evidence):
            continue
        if start <= i <= end and classes[i] == SHORT:
            p.keep_as("K002", in_article=True)
        elif start <= i <= end:
            p.keep_as("K001")
        elif i in header:
            p.keep_as("K002", above_article=True)
        else:
            p.keep_as("K005", where="above" if i < start else "below")


def _bar_block(paras: list[Paragraph], feats: list[Features], classes: list[str], k: int) -> list[int]:
    """The lines of line `k`'s block when it is a share or follow bar: half
    its lines or more are known share or follow buttons, the others short."""
    block = _block_up_to(paras, k)
    bar = sum(classes[i] == BAD and feats[i].category in _BAR_CATEGORIES for i in block)
    if bar < 2 or 2 * bar < len(block) or any(classes[i] not in (SHORT, BAD) for i in block):
        return []
    return block


def _run_lengths(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int
) -> list[tuple[int, bool]]:
    """For each paragraph outside the core: the length of its run of non-prose
    paragraphs, and whether a known boilerplate line is in that run."""
    n = len(classes)
    runs = [(0, False)] * n
    # The runs, found by a regex over one letter per class (a Python step
    # per paragraph was most of this function's time); the core splits them.
    letters = "".join(map(_CLASS_LETTER.__getitem__, classes))
    for lo, hi in ((0, start), (end + 1, n)):
        for m in _NON_PROSE_RUN.finditer(letters, lo, max(lo, hi)):
            i, j = m.span()
            # Boilerplate evidence for the whole run: known lines make up a
            # good part of it (one share label beside a byline is not enough).
            # At the very end of the text (below the article), one known line is
            # enough for what follows it: banners and footers are appended there,
            # while the lines between the article and a share bar are often its
            # own credits.
            n_bad = letters.count("b", i, j)
            tail = i > end and j == n
            whole_run = not tail and n_bad >= 2 and n_bad * 3 >= j - i
            # (Not a "Read also: <headline>" line: an insert, the article's
            # own table or box may follow it.)
            tail_from = next(
                (k for k in range(i, j) if letters[k] == "b" and not inline_teaser(paras[k].plain, feats[k])), j
            ) if tail and n_bad else j
            # Paragraphs i..j-1: whole_run, or (at the tail) after tail_from.
            first_true = i if whole_run else min(tail_from + 1, j)
            runs[i:j] = [(j - i, False)] * (first_true - i) + [(j - i, True)] * (j - first_true)
    return runs


_CLASS_LETTER = {GOOD: "g", NEAR: "n", SHORT: "s", BAD: "b"}
_NON_PROSE_RUN = re.compile("[sb]+")


def _drop_comment_section(paras: list[Paragraph], feats: list[Features], classes: list[str], config: Config) -> None:
    texts = [p.plain for p in paras]
    span = core_span(classes, [len(t) for t in texts])
    article_start = span[0] if span is not None else 0
    section = find_comment_section(
        texts, feats, [c == GOOD for c in classes], [c == BAD for c in classes], config, article_start
    )
    if section is None:
        return
    # A header known as boilerplate is dropped as what it is (its own code).
    for j in range(section.first, len(paras)):
        if classes[j] != BAD:
            paras[j].drop("B110", after_comments_header=paras[section.header].index)
            classes[j] = BAD


# Over the article, a list of posts has a "by" line each; a header has one or two.
MAX_BYLINES_OVER = 2
# A date line has a word or two besides the date ("입력 2025.11.06 06:00 · 수정 …");
# "Swords at Sunset Oct 30, 2012" is another post's title and its date.
STAMP_MAX_WORDS = 3


@lru_cache(maxsize=1)
def _release_heads() -> LineHeads:
    return LineHeads(data_lines("release_heads.txt"))


RELEASE_LINE_MAX_WORDS = 12


def _release_line(text: str) -> bool:
    """When the film opens, on a short line of its own (lexicon/release_heads.txt)."""
    return len(text.split()) <= RELEASE_LINE_MAX_WORDS and _release_heads().rest_after(text) is not None


def _credit_under_title(paras: list[Paragraph], classes: list[str], i: int, title_above: int | None,
                        kept_credits: set[int], bylines_above: int) -> bool:
    """Line `i` is a byline or a dateline right under the on-topic short
    line `title_above`, past known boilerplate and other such credits only."""
    return (title_above is not None and i - title_above <= MAX_HEADER_LINES and bylines_above <= MAX_BYLINES_OVER
            and _header_credit(paras[i].plain)
            and all(k in kept_credits or classes[k] == BAD for k in range(title_above + 1, i)))


def _header_credit(text: str) -> bool:
    """A byline, or a line of dates."""
    if _credits_or_dates(text):
        return True
    return _dated(text) and sum(1 for w in text.split() if not any(map(str.isdigit, w))) <= STAMP_MAX_WORDS


def _title_line_naming(doc: Document, headline: Paragraph) -> Paragraph | None:
    """The page's title line that named the line as its headline (D104), if any."""
    return next((p for p in doc.paragraphs
                 if p.decision.code == "D104" and p.decision.evidence.get("headline") == headline.index), None)


def _said_again(paras: list[Paragraph], i: int, stop: int) -> bool:
    """Line `i` comes again, word for word, before line `stop`."""
    text = paras[i].plain.strip()
    return any(paras[k].plain.strip() == text for k in range(i + 1, stop))


def _named_in_title_kicker(doc: Document, headline: Paragraph, line: Paragraph) -> bool:
    """The title line named the headline after a kicker that is this line:
    a column's writer ("Nina Kralj: Soba za 480 evrov … | Ljubljanski
    kurir" over the name line "Nina Kralj" over the headline)."""
    title = _title_line_naming(doc, headline)
    if title is None:
        return False
    # (A person's name: a blog's name or a topic as the kicker is the page's.
    # Not one the headline opens with itself: "Bergisch Gladbach: die Stadt
    # verklagt …" over its own words is the headline's, the line over it the
    # page's, as a second cleaning, with no title line, would find.)
    kicker, colon, _ = title.plain.partition(": ")
    own = headline.plain.partition(": ")[0]
    return (bool(colon) and tokens(kicker) == tokens(line.plain) and tokens(own) != tokens(kicker)
            and _bare_name(line.plain.strip()))


def _named_by_title(doc: Document, headline: Paragraph) -> bool:
    """A title line named the line as its headline (D104), and not as the
    site's name at its end ("Aleph: comentários — Paulo Coelho's Blog")."""
    title = _title_line_naming(doc, headline)
    # (Nor the part after a kicker's colon, which may be the blog's
    # name: "Preview of my keynote: Church of the Customer Blog".)
    return (title is not None and not title.decision.evidence.get("kicker")
            and not names_site(title.plain, headline.plain))


def _listed_under_label(paras: list[Paragraph], feats: list[Features], classes: list[str], i: int) -> bool:
    """The line is the first of a list under a known heading of other stories
    or links (a breadcrumb heads no list: the headline stands under it)."""
    return (i > 0 and classes[i - 1] == BAD and feats[i - 1].category in ("related", "nav")
            and not _is_breadcrumb(paras[i - 1].plain))
