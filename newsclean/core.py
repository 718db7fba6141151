"""The article core: the stretch of paragraphs with the most prose.

A maximum-sum run over the line classes (prose counts by its length, an
uncertain short line costs a little, a known boilerplate line more), then
two corrections from the page's structure: the core is anchored at the
page's headline (named by the title line, D104), and it ends at a section
break below which the prose is off-topic.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .appprompts import app_prompt
from .controls import is_player_control
from .document import Document, Paragraph
from .heads import connective_heads
from .lineclass import BAD, GOOD, NEAR, SHORT
from .markup import article_subheading
from .pagerwords import pager_words
from .readmore import read_more_teaser, read_on_only
from .steps import next_numbered_heading, outline_opens
from .text import content_stems, name_stems, starts_caseless, subject_names
from .titles import copied_above

if TYPE_CHECKING:
    from .boilerplate import Features

# Label categories whose heading, below the article, opens the rest of the
# page. Share bars and advertisement labels are not among them: they also
# sit between the article's last paragraphs.
SECTION_OPENERS = frozenset({"related", "footer", "nav", "newsletter", "subscribe", "follow", "signin", "app"})
_BREAK_HEADINGS = SECTION_OPENERS | {"comments"}
# The categories of a sign-up box's lines (forms.py reads its forms by them),
# and with an app's prompt, of the boxes a site puts inside its articles.
SIGN_UP_CATEGORIES = frozenset({"newsletter", "subscribe", "signin"})
_SIGN_UPS = SIGN_UP_CATEGORIES | {"app"}
# ... and the inserts a prompt may stand among (an ad's label, a share bar).
_PROMPTS = _SIGN_UPS | {"advert", "share", "follow"}

# Kadane scores: prose counts by its length, an uncertain short line costs a
# little, a known boilerplate line costs more.
SHORT_COST = 12
BAD_COST = 40


def _gain(c: str, size: int) -> float:
    """A paragraph's weight in the core: prose by its length, a short line
    and a known boilerplate line at a fixed cost."""
    if c == GOOD:
        return size
    if c == NEAR:
        return size / 2
    return -(BAD_COST if c == BAD else SHORT_COST)


def core_span(classes: list[str], sizes: list[int], overlays: Collection[int] = ()) -> tuple[int, int] | None:
    """The run of paragraphs with the highest prose score (maximum subarray).

    `overlays`: lines that weigh nothing either way (inserted between two of
    the article's paragraphs: a consent banner, an advertisement label).
    """
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, (c, size) in enumerate(zip(classes, sizes)):
        if i in overlays:
            continue
        gain = _gain(c, size)
        if run <= 0:
            run, run_start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def _span_score(classes: list[str], sizes: list[int], span: tuple[int, int]) -> float:
    lo, hi = span
    return sum(map(_gain, classes[lo : hi + 1], sizes[lo : hi + 1]))


# A core that starts this many lines below the page's headline may be a
# sidebar: the stretch right under the headline is the article if it holds
# at least this share of the best stretch's prose.
HEADLINE_GAP = 8
HEADLINE_CORE_SHARE = 0.2


def anchor_at_headline(
    doc: Document, paras: list[Paragraph], classes: list[str], sizes: list[int], span: tuple[int, int]
) -> tuple[tuple[int, int], int | None]:
    """The core under the page's headline, when the most prose is far below it.

    A short article beside a long list of teasers with a sentence each
    loses the maximum-sum contest to the list. The page's title line names
    the headline (D104), and an article starts right under its headline.
    Returns the core and, when the title line moved it, the headline's
    position: what is above the headline is then the page's header.
    """
    h = title_named_headline(doc, paras)
    headline_index = paras[h].index if h is not None else None
    if h is None:
        # A cleaned page starts with its headline (the title line went, and
        # the header above the headline with it, see below): a short first
        # line anchors the core as the title line did, so that cleaning the
        # output again changes nothing.
        h = 0 if classes[0] == SHORT else None
    if h is not None and headline_index is not None and span[0] < h <= span[1] and _opens_article(doc, paras, classes, h):
        # The headline inside the most prose: what is above it is the
        # page's header (a menu with blurbs, a teaser), not the article.
        return (h, span[1]), h
    if h is None:
        return span, None
    if headline_index is not None and h > span[1]:
        # The most prose above the headline: a sidebar of teasers that the
        # page's markup puts before the article.
        under = _core_under(classes, sizes, h, len(classes), span)
        return (under, h) if under else (span, None)
    if span[0] <= h + HEADLINE_GAP:
        # The core right under the headline: what is above a headline the
        # title line names is the page's header.
        return span, (h if headline_index is not None and h < span[0] else None)
    under = _core_under(classes, sizes, h, span[0], span)
    if under is None:
        # (No prose of weight between: known lines between a headline the
        # title line names and the article, a reading time and a share bar,
        # move them no further apart.)
        near = headline_index is not None and _distance(classes, h, span[0]) <= HEADLINE_GAP
        return span, (h if near else None)
    start, end = under
    under_headline = _span_score(classes, sizes, under)
    headline = h if headline_index is not None else None
    # From under the headline to the end of the most prose: when the article
    # is the one below, with something else between, it still is in the core.
    # Unless what is between costs more than the prose below adds: a long
    # sidebar of links and then an "About us" box are not the article going
    # on. Only under a headline the title line names: a first short line is
    # a weaker anchor (it may be the site's name above its description).
    if headline is not None and _span_score(classes, sizes, (start, span[1])) < under_headline:
        return (start, end), headline
    return (start, span[1]), headline


def title_named_headline(doc: Document, paras: list[Paragraph]) -> int | None:
    """The position of the headline the page's title line names (D104) and
    that is still kept: a word-for-word headline may itself have gone as
    the title line of a copy further down."""
    position = {p.index: i for i, p in enumerate(paras)}
    named = (p.decision.evidence["headline"] for p in doc.paragraphs if p.decision.code == "D104")
    return next((position[index] for index in named if index in position), None)


def _core_under(
    classes: list[str], sizes: list[int], h: int, stop: int, span: tuple[int, int]
) -> tuple[int, int] | None:
    """The most prose between the headline ``h`` and ``stop``, if it starts
    right under the headline and weighs enough beside the best ``span``."""
    alt = core_span(classes[h + 1 : stop], sizes[h + 1 : stop])
    if alt is None or _distance(classes, h, alt[0] + h + 1) > HEADLINE_GAP:
        return None
    under = (alt[0] + h + 1, alt[1] + h + 1)
    if _span_score(classes, sizes, under) < HEADLINE_CORE_SHARE * _span_score(classes, sizes, span):
        return None
    return under


# Below a break in the core, prose that shares less than this share of its
# words with the prose above, and less than the prose above shares within
# itself, is another text (teasers, an author's box, a promotion), not the
# article going on.
TAIL_MIN_OVERLAP = 0.3
# A long article's vocabulary is wide: a short stretch below it (under half
# its prose) shares a third of its words by chance. There the bar is half
# of what the article's own paragraphs share (an institute's "About us"
# under a 20,000-character report shares 30%, its paragraphs 75%).
TAIL_COHESION_SHARE = 0.5
TAIL_SMALL_SHARE = 0.5
# Under a related list's heading ("More from Business"), teasers no longer
# than the article's paragraphs (a headline and a sentence each) share up to
# this much by chance: a stories list from the same section shares its
# words ("port", "WA", "Tuesday").
TAIL_UNDER_LIST_OVERLAP = 0.4
# A break of the page is a run of this many non-prose lines or more, with the
# heading of a page section in it ("Related posts", "Tags", "Newsletter",
# "Comments"): one or two lines between paragraphs are an inline "Read
# also" link, and an ad or a share bar may sit inside an article.
TAIL_BREAK_MIN_LINES = 3
# A core with more section breaks than this (where the prose below is no
# longer than the prose above) is no article with teasers under it: stop
# looking there, which also keeps the work linear on hostile input.
MAX_BREAKS_EXAMINED = 16
# Prose below a break whose paragraphs are on average this many times longer
# than those above is an article under a sidebar, not teasers under one.
TAIL_MAX_LENGTH_RATIO = 2.0


# The article's last paragraphs may be sentences too short for prose, under
# its last paragraph of prose: one or two ("He declined to comment."), not a
# run of them (a box's list of short lines, a promotion).
LAST_SENTENCES_MAX = 2


def cut_off_topic_tail(
    paras: list[Paragraph],
    feats: list[Features],
    classes: list[str],
    sizes: list[int],
    span: tuple[int, int],
    lang: str | None,
    inline_headings: Collection[int] = (),
) -> tuple[int, int]:
    """The core without an off-topic stretch of prose at its end.

    The maximum-sum core runs on past the article's end when the page has
    more prose below a "Related" heading or a tag line (teasers with a
    sentence each, an author's box). At each break in the core, the prose
    below is compared with the prose above; at the first where it is
    off-topic, no longer in all than the prose above and not much longer
    paragraph by paragraph, the core ends, and the rules for what is below
    the article take the rest. `inline_headings`: related-stories headings
    over a short list inside the article (prose goes on under the list);
    they are no break.
    """
    lo, hi = span
    # tail_size[k]: characters of prose from k to the core's end.
    tail_size = [0] * (hi - lo + 2)
    for k in range(hi, lo - 1, -1):
        tail_size[k - lo] = tail_size[k - lo + 1] + (sizes[k] if classes[k] in (GOOD, NEAR) else 0)
    head: list[set[str]] = []  # content words of each prose paragraph above
    head_vocab: set[str] = set()
    head_size = 0
    examined = 0
    i = lo
    # (A teaser that ends in its "Read more" link is known, and breaks the
    # page no more than the prose it stands for: its words count below.)
    read_mores = {k for k in range(lo, hi + 1) if classes[k] == BAD and _linked_teaser(paras[k], feats[k])}
    while i <= hi:
        if classes[i] == GOOD:
            head.append(content_stems(paras[i].plain, lang))
            head_vocab |= head[-1]
            head_size += sizes[i]
            i += 1
            continue
        if i in read_mores:
            i += 1
            continue
        j = i
        while j <= hi and classes[j] != GOOD and j not in read_mores:
            j += 1
        between = [k for k in range(i, j) if k not in inline_headings]
        is_break = _is_page_break([paras[k].plain for k in between], [feats[k] for k in between],
                                  [classes[k] for k in between])
        if is_break and _box_inside(paras, feats, classes, between, j, hi, lo, lang):
            is_break = False  # a sign-up or donation box inside the article, clean prose under it to the end
        if is_break and _read_also_inside(paras, feats, classes, between, j, hi, lo):
            is_break = False  # "Read also" and a headline or two, then the article's next section
        if head and j <= hi and tail_size[j - lo] <= head_size and is_break:
            examined += 1
            if examined > MAX_BREAKS_EXAMINED:
                break
            tail = [k for k in range(j, hi + 1) if classes[k] in (GOOD, NEAR) or k in read_mores]
            tail_stems: set[str] = set().union(*(content_stems(paras[k].plain, lang) for k in tail))
            # Teasers and blurbs are not much longer than the paragraphs
            # above them; an article under a sidebar of one-line items is.
            mean_tail, mean_head = tail_size[j - lo] / len(tail), head_size / len(head)
            if tail_stems and mean_tail <= TAIL_MAX_LENGTH_RATIO * mean_head:
                overlap = len(tail_stems & head_vocab) / len(tail_stems)
                cohesion = _cohesion(head)
                threshold = TAIL_MIN_OVERLAP
                if tail_size[j - lo] <= TAIL_SMALL_SHARE * head_size:
                    threshold = max(threshold, TAIL_COHESION_SHARE * cohesion)
                if _under_list_heading(feats, classes, between) and mean_tail <= mean_head:
                    threshold = max(threshold, TAIL_UNDER_LIST_OVERLAP)
                # (Teasers as headline and blurb pairs are no longer than the article's paragraphs.)
                teasers = mean_tail <= mean_head and _teaser_pairs(paras, feats, classes, between, hi)
                if (((overlap < threshold and overlap < cohesion) or teasers)
                        and not _continues(paras[j].plain)
                        and not article_subheading(paras, lo, i, j - 1)
                        and not next_numbered_heading(paras, classes, lo, i, j - 1)
                        and not outline_opens(paras, classes, j - 1, hi)
                        and not _question_goes_on(paras, feats, classes, lo, i, between)):
                    end = max(k for k in range(lo, i) if classes[k] == GOOD)
                    last = end + LAST_SENTENCES_MAX
                    while end < last and end + 1 < j and classes[end + 1] == NEAR:
                        end += 1  # its short last paragraphs, right under it ("He declined to comment.")
                    return lo, end
        i = j
    return span


def _linked_teaser(para: Paragraph, f: Features) -> bool:
    return f.category == "related" and not f.label and bool(read_more_teaser(para.plain))


# A sign-up or donation box is no page break when the article's prose goes
# on under it, this many paragraphs at least, to the core's end, with no
# other known section's heading (related stories, comments, a footer)
# among them. (One or two paragraphs under a newsletter box at the end are
# a site's note or an author's bio.)
BOX_INSIDE_MIN_PROSE = 3


def _box_inside(
    paras: list[Paragraph], feats: list[Features], classes: list[str], between: list[int], j: int, hi: int,
    lo: int, lang: str | None,
) -> bool:
    """The break's known lines are a sign-up box's (an advertisement's label
    among them, maybe), and the article's prose goes on under it from `j`
    to the core's end `hi`: paragraphs enough, or fewer that each name the
    article's subject. The latter also under a "Follow us" box (an
    obituary's honours and funeral under "Follow us on Telegram")."""
    # (An advertisement's label sits anywhere between the article's
    # paragraphs; a form's data-protection note reads as a consent banner's.)
    box = {feats[k].category for k in between if classes[k] == BAD} - {"advert", "consent"}
    # (A "Related" heading over one headline, with a prompt: a box of links
    # set between the article's sections, "Notícia relacionada" / a
    # headline / "Segueix el canal de WhatsApp…".)
    linked = _one_link_box(feats, classes, between) and bool(box & _PROMPTS)
    if not box <= _SIGN_UPS | {"follow"} | ({"related"} if linked else set()):
        return False
    # Down to the core's end, or to the next section's heading: the loop
    # over the breaks weighs that one in its turn.
    stop = next((k for k in range(j, hi + 1) if classes[k] == BAD and feats[k].category in _BREAK_HEADINGS), hi + 1)
    prose = [k for k in range(j, stop) if classes[k] in (GOOD, NEAR)]
    above = [paras[k].plain for k in range(lo, between[0]) if classes[k] == GOOD]
    # (In a script without capitals, Thai or Chinese, no name can be told:
    # the paragraphs' count decides under a follow box too.)
    if len(prose) >= BOX_INSIDE_MIN_PROSE and (box <= _SIGN_UPS or linked or (above and starts_caseless(above[0]))):
        return True
    if box <= _SIGN_UPS and above and _sections_go_on(paras, classes, prose, above):
        return True
    subject = subject_names(above, lang)
    return bool(subject) and all(name_stems(paras[k].plain, lang) & subject for k in prose)


# A "Read also" box inside the article links this many stories at most;
# with the article's next subheading, this many lines of its own (a facts
# box's "Key: value" entries between do not count).
READ_ALSO_MAX_LINKS = 3
READ_ALSO_MAX_LINES_ABOVE = 8
# Under the subheading, this many paragraphs of prose among its next five
# lines, the first two too: a section of the article (its list of steps may
# have a short line), not teasers (a headline over each blurb) nor a bio
# (section_opens).
SECTION_MIN_PARAGRAPHS = 3
SECTION_WINDOW = 5
SECTION_FIRST_MIN_WORDS = 6


def _read_also_inside(
    paras: list[Paragraph], feats: list[Features], classes: list[str], between: list[int], j: int, hi: int,
    lo: int | None = None,
) -> bool:
    """The break holds one known "Read also" label over a few headlines, then
    a subheading of the article's with its section under it (section_opens,
    or long_section_opens against the article's paragraphs from `lo` on):
    the article's next section goes on under the box. (Its vocabulary is
    its own: a review's section on what fails, a report's on the parents'
    worries.) Over the label, the article's own short lines may end its
    section: a table's rows. Under a read-on link alone ("Continuar a ler")
    no headline need come first."""
    from .tail import _key_value  # tail.py imports this module

    # (An advertisement's label may stand over the box, the ad gone.)
    known = [k for k in between if classes[k] == BAD and not (feats[k].label and feats[k].category == "advert")]
    if len(known) != 1 or feats[known[0]].category != "related":
        return False
    label = known[0]
    if label - between[0] > READ_ALSO_MAX_LINES_ABOVE:
        return False
    # The line under the label is its headline; but under "Continuar a ler",
    # a link alone that leads on to the rest of the text, the article's next
    # subheading comes first. (A facts box's "Key: value" entries between
    # count for nothing.)
    first = label + 1 if read_on_only(paras[label].plain) else label + 2
    own = [k for k in range(first, j) if _key_value(paras[k].plain) is None][:READ_ALSO_MAX_LINKS]
    return any(next_section_opens(paras, classes, heading, hi, lo) for heading in own)


def next_section_opens(paras: list[Paragraph], classes: list[str], heading: int, hi: int, lo: int | None) -> bool:
    """Line `heading`, under a box inside the article, opens its next
    section: of the usual shape (section_opens), or of paragraphs as long as
    the article's from `lo` on with a caption between (long_section_opens),
    or of two such paragraphs only (short_section), or a table that prose
    follows (table_then_prose)."""
    return (section_opens(paras, classes, heading, hi) or long_section_opens(paras, classes, heading, hi, lo)
            or table_then_prose(paras, classes, heading, hi) or short_section(paras, classes, heading, hi, lo))


def _subheading_line(paras: list[Paragraph], classes: list[str], heading: int) -> bool:
    """A short line that ends no sentence and leads into nothing: not "… via
    e-mail:"."""
    return classes[heading] == SHORT and not paras[heading].plain.rstrip().endswith((*_STOPS, ":", "："))


def _as_long_as_above(paras: list[Paragraph], classes: list[str], lo: int, heading: int, prose: list[int]) -> bool:
    """The paragraphs `prose` are as long on the mean as the article's from
    line `lo` to `heading`."""
    above = [len(paras[k].plain) for k in range(lo, heading) if classes[k] == GOOD]
    lengths = [len(paras[k].plain) for k in prose]
    return bool(above) and bool(lengths) and sum(lengths) / len(lengths) >= sum(above) / len(above)


# A short section of the article's: this many paragraphs at least, one
# after the other under its subheading.
SHORT_SECTION_MIN_PARAGRAPHS = 2


def short_section(paras: list[Paragraph], classes: list[str], heading: int, hi: int, lo: int | None) -> bool:
    """Line `heading` opens a section of the article's that is too short for
    section_opens ("残ったら？ 保存と翌日のアレンジ", two paragraphs, then the
    recipe's figures): two paragraphs or more right under it, one after the
    other, as long on the mean as the article's from `lo` on (teasers put a
    headline between short blurbs)."""
    if lo is None or not _subheading_line(paras, classes, heading):
        return False
    k = heading + 1
    while k <= hi and classes[k] == GOOD:
        k += 1
    return k - heading - 1 >= SHORT_SECTION_MIN_PARAGRAPHS and _as_long_as_above(
        paras, classes, lo, heading, list(range(heading + 1, k)))


# Under the table the article's prose goes on within this many lines (its
# next subheading first, or a source line).
TABLE_PROSE_REACH = 3


def table_then_prose(paras: list[Paragraph], classes: list[str], heading: int, hi: int) -> bool:
    """Line `heading` opens a table of the article's ("Resultater, 15 km
    klassisk menn" / "Plass Navn Klubb Tid Etter" / rows), and its prose
    goes on right under the table."""
    from .tail import _table_below  # tail.py imports this module

    end = _table_below(paras, heading, hi + 1)
    return end > heading and any(classes[k] == GOOD for k in range(end, min(hi, end + TABLE_PROSE_REACH) + 1))


def paragraph_then_table(paras: list[Paragraph], classes: list[str], heading: int, hi: int) -> bool:
    """Line `heading` is a subheading over a paragraph that leads into a
    table of the article's, with its prose under the table ("Скільки це
    коштує" / "Ціна залежить від площі …" / "Орієнтовна вартість …" /
    rows / "У розрахунку на одну квартиру …")."""
    return (heading + 2 <= hi and classes[heading + 1] == GOOD and _subheading_line(paras, classes, heading)
            and table_then_prose(paras, classes, heading + 2, hi))


def long_section_opens(paras: list[Paragraph], classes: list[str], heading: int, hi: int, lo: int | None) -> bool:
    """Line `heading` is a subheading over a paragraph, and its section has
    SECTION_MIN_PARAGRAPHS paragraphs among its next five lines, as long on
    the mean as the article's from line `lo` to it: a photo's caption may
    stand between them. Teasers alternate headline and blurb too, but a
    blurb is short."""
    if lo is None or heading + 1 > hi or classes[heading + 1] != GOOD or not _subheading_line(paras, classes, heading):
        return False
    prose = [k for k in range(heading + 1, min(hi, heading + SECTION_WINDOW) + 1) if classes[k] == GOOD]
    return len(prose) >= SECTION_MIN_PARAGRAPHS and _as_long_as_above(paras, classes, lo, heading, prose)


def section_opens(paras: list[Paragraph], classes: list[str], heading: int, hi: int) -> bool:
    """Line `heading` is a subheading with a section of the article under it
    (up to line `hi`): of its next five lines, the first two and three in
    all are prose. A short line counts when it ends with a full stop, or as
    a list's lead-in and items do, with a colon or a semicolon: a list of
    steps or of findings does, other stories' headlines put as questions do
    not, and teasers alternate headline and blurb."""
    if not _subheading_line(paras, classes, heading):
        return False  # (a sentence, or a line that leads into what follows: "… via e-mail:")
    section = [classes[k] == GOOD or (classes[k] in (NEAR, SHORT) and paras[k].plain.rstrip().endswith(_GOES_ON))
               for k in range(heading + 1, min(hi, heading + SECTION_WINDOW) + 1)]
    if not (section[:2] == [True, True] and sum(section) >= SECTION_MIN_PARAGRAPHS):
        return False
    # (Its first line a paragraph, a list's lead-in or a step of some words:
    # under a box's second headline, "Az elemzők óvatosak." is the subheading.)
    first = paras[heading + 1].plain.rstrip()
    return classes[heading + 1] == GOOD or first.endswith((":", "：")) or len(first.split()) >= SECTION_FIRST_MIN_WORDS


_STOPS = (".", "!", "?", "。", "！", "？")
_GOES_ON = (".", "。", ":", "：", ";", "；")


def _sections_go_on(paras: list[Paragraph], classes: list[str], prose: list[int], above: list[str]) -> bool:
    """Under a sign-up box, fewer paragraphs than BOX_INSIDE_MIN_PROSE, but
    each under a subheading of its own and no shorter than the article's
    paragraphs above: the article's last sections ("सेहत पर असर" / a
    paragraph / "समाधान क्या है" / a paragraph under an app's prompt), not a
    site's note or a writer's bio, and not teasers, whose blurbs are short."""
    headed = [k for k in prose if classes[k - 1] == SHORT]
    if len(prose) < 2 or len(headed) != len(prose):
        return False
    mean_above = sum(map(len, above)) / len(above)
    return sum(len(paras[k].plain) for k in prose) / len(prose) >= mean_above


def _one_link_box(feats: list[Features], classes: list[str], between: list[int]) -> bool:
    """The break's known lines hold one related heading with its one
    headline right under it, and no other line of their own (a subheading
    may follow them). A related heading over a prompt, with no headline
    under it, opens a section of the page."""
    known = [k for k in between if classes[k] == BAD]
    related = [k for k in known if feats[k].category == "related"]
    own = [k for k in between if classes[k] != BAD and k < known[-1]]
    return len(related) == 1 and feats[related[0]].label and own == [related[0] + 1]


# Teasers under a related heading: a headline and its one-sentence blurb,
# this many pairs at least, and nothing else down to the core's end.
TEASER_PAIRS_MIN = 2
TEASER_BLURB_MAX_WORDS = 40
TEASER_HEADLINE_MIN_WORDS = 3


def _teaser_pairs(paras: list[Paragraph], feats: list[Features], classes: list[str], between: list[int],
                  hi: int) -> bool:
    """The break ends with a related list's heading over a headline, and
    from there to the core's end stand only headlines, each over its blurb
    ("Mehr zum Thema" / "Energiepreise: Warum der Mittelstand …" / "Eine
    Umfrage der IHK zeigt: …" / …): other stories' teasers, however much
    their words are the article's (a regional paper's stories on the same
    industry)."""
    if len(between) < 2 or not _under_list_heading(feats, classes, between[:-1]):
        return False
    k, pairs = between[-1], 0
    while k < hi:
        headline, blurb = feats[k], feats[k + 1]
        if not (classes[k] == SHORT and not headline.sentence_end and headline.n_words >= TEASER_HEADLINE_MIN_WORDS
                and classes[k + 1] in (GOOD, NEAR) and blurb.n_words <= TEASER_BLURB_MAX_WORDS):
            return False
        pairs += 1
        k += 2
    return k == hi + 1 and pairs >= TEASER_PAIRS_MIN


def _under_list_heading(feats: list[Features], classes: list[str], between: list[int]) -> bool:
    """The break's last known line is a related list's heading ("More from
    Business"): what stands under it is that list, unless it shares more
    with the article above than such a list does."""
    known = [k for k in between if classes[k] == BAD]
    return bool(known) and feats[known[-1]].category == "related" and feats[known[-1]].label


# An explainer asks its questions as subheadings; a prompt between its
# sections (an app's, a newsletter's) is no end of it when a question of
# the same shape stands under the prompt, with this many above.
QUESTIONS_ABOVE_MIN = 2
QUESTION_MAX_WORDS = 15


def _question_goes_on(
    paras: list[Paragraph], feats: list[Features], classes: list[str], lo: int, above: int, between: list[int]
) -> bool:
    """The break holds prompts, and right under them a question subheading
    like the article's above."""
    prompts = [k for k in between if classes[k] == BAD]
    if not prompts or any(feats[k].category not in _PROMPTS for k in prompts):
        return False
    k = prompts[-1] + 1  # (right under the prompt: a question under its pitch is the pitch's)
    if k > between[-1] or classes[k] not in (SHORT, NEAR) or not _question(paras[k].plain):
        return False
    return sum(1 for k in range(lo, above) if classes[k] in (SHORT, NEAR) and _question(paras[k].plain)) >= QUESTIONS_ABOVE_MIN


def _question(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(("?", "？")) and len(text.split()) <= QUESTION_MAX_WORDS


def _continues(text: str) -> bool:
    """The paragraph opens with a connective ("Meanwhile, ..."): the
    article's own, going on below a list (another story's teaser stands
    alone)."""
    return connective_heads().rest_after(text) is not None


def _is_page_break(texts: list[str], feats: list[Features], classes: list[str]) -> bool:
    # (A paywall's pitch, "… jetzt 3 Monate für 0,99 € testen.", is a
    # sentence the site puts inside the article, not a section's heading;
    # so is a prompt to install its app, "Last ned Kyst24-appen".)
    if len(classes) < TAIL_BREAK_MIN_LINES:
        return False
    return any(
        c == BAD and f.category in _BREAK_HEADINGS and not inline_teaser(t, f) and not is_player_control(t)
        and not (f.category == "subscribe" and not f.label) and not _app_prompt_only(t, f)
        and not _ads_button(texts, feats, k)
        for k, (t, f, c) in enumerate(zip(texts, feats, classes))
    )


# An advertisement's button that reads as a pager's ("Anzeige" / "Jetzt
# Angebot vergleichen – bis zu 30 % sparen" / "Weiter"): a pager's words
# alone at most this many lines under the advertisement's label are the
# ad's (a section's heading there, "Mehr Themen", is no button).
AD_BUTTON_REACH = 2


def _ads_button(texts: list[str], feats: list[Features], k: int) -> bool:
    return (feats[k].category == "nav" and pager_words(texts[k]) == 0
            and any(f.category == "advert" for f in feats[max(0, k - AD_BUTTON_REACH):k]))


def _app_prompt_only(text: str, f: Features) -> bool:
    """Known as a prompt to install the site's app by its shape only (one
    the phrase lists know, "Download our app", may head a section)."""
    return f.category == "app" and not f.label and f.phrase == app_prompt(text)


def teaser_with_headline(f: Features) -> bool:
    """A related story's link with its head on the same line ("Read also:
    ...", "Auch interessant: Warum Tauben ..."), not a bare "Related
    stories" heading, which opens a list."""
    return f.category == "related" and not f.label


def inline_teaser(text: str, f: Features) -> bool:
    """A teaser with its headline is an insert in the article, not the
    heading of a related section ("Das könnte dich auch interessieren:",
    a head that ends in a colon, is one)."""
    return teaser_with_headline(f) and not text.endswith((":", "："))


def _cohesion(paragraphs: list[set[str]]) -> float:
    """How much the paragraphs of a text share: the median share of a
    paragraph's content words that another paragraph also uses (linear:
    words are counted once per paragraph, not compared pairwise)."""
    seen_in: dict[str, int] = {}
    for stems in paragraphs:
        for s in stems:
            seen_in[s] = seen_in.get(s, 0) + 1
    shares = sorted(sum(seen_in[s] > 1 for s in stems) / len(stems) for stems in paragraphs if stems)
    return shares[len(shares) // 2] if shares else 0.0


def _distance(classes: list[str], a: int, b: int) -> int:
    """Lines from ``a`` down to ``b``, known boilerplate not counted: a share
    bar or a comment form between headline and lede moves neither apart."""
    return b - a - classes[a + 1 : b].count(BAD)


def _opens_article(doc: Document, paras: list[Paragraph], classes: list[str], h: int) -> bool:
    """Whether the headline line at ``h`` opens the article: prose follows
    within a few lines, and it is the headline's first copy on the page (a
    site name in the title line may match an address line; a headline may
    come again in a list of recent stories)."""
    prose_below = any(c == GOOD for c in classes[h + 1 : h + 1 + HEADLINE_GAP])
    return prose_below and not copied_above(doc, paras[h].index)
