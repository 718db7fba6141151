"""Boilerplate: phrases, line shape and context decide together.

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
from dataclasses import dataclass
from functools import lru_cache

import regex

from .comments import find_comment_section
from .config import Config
from .document import Document, Paragraph
from .lexicon import Lexicon, fold_text
from .reasons import CATEGORY_CODES
from .stamps import opens_with_stamp, tagged_with_clock
from .taglines import is_tag_line
from .titles import copied_above
from .text import CACHE_SIZE, content_stems, stopwords, words

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# "© 2012 Example Media", "Copyright (c) 2024 ...": a copyright line in any
# language is a sign, a year and a name; short, it is the page's footer.
_COPYRIGHT = regex.compile(r"(?:©|^\W*(?:\(c\)|copyright\b))\s*(?:©\s*)?(?:\d{4}|[-–]\s*\d{4})", regex.IGNORECASE)
COPYRIGHT_MAX_WORDS = 20
_SEGMENT_SEP = regex.compile(r"\s[|·•]\s")
_BREADCRUMB_SEP = regex.compile(r"\s[>›»]\s")

# Kadane scores: prose counts by its length, an uncertain short line costs a
# little, a known boilerplate line costs more.
SHORT_COST = 12
BAD_COST = 40
# Short lines kept above the core: title, kicker, dateline, byline.
MAX_HEADER_LINES = 3
# A sentence this long with stopwords reads as prose even when short.
NEAR_MIN_WORDS = 4
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'»”’)]*$")


@dataclass(slots=True)
class Features:
    n_words: int
    stop_density: float
    sentence_end: bool
    category: str | None  # lexicon category, if any
    label: bool  # the whole line is a known label
    phrase: str = ""  # the lexicon phrase found, when not a label
    headline_case: bool = False  # most words capitalised: headlines run together
    distinct_phrases: int = 0  # how many different lexicon phrases the line holds


@lru_cache(maxsize=CACHE_SIZE)
def _features(text: str, lang: str | None) -> Features:
    """Remembered: every cleaning pass asks again about the same paragraphs
    (the result is shared, so it must not be changed)."""
    ws = words(text)
    stop = stopwords(lang)
    n_stop = sum(map(stop.__contains__, ws)) if stop else 0
    cjk = 0 if text.isascii() else sum(1 for w in ws if len(w) == 1 and not w.isascii())
    # Ideographs: about two per word.
    n_words = len(ws) - cjk + (cjk + 1) // 2
    category, label, phrase, n_phrases = _lexicon_hit(text)
    if not label and n_words <= COPYRIGHT_MAX_WORDS and _may_be_copyright(text) and _COPYRIGHT.search(text):
        category, label, phrase = "footer", True, ""
    elif category is None and is_tag_line(text):
        category, label, phrase = "nav", True, ""  # "Tags: Ford, hybrid cars"
    density = n_stop / len(ws) if ws else 0.0
    headline_case = _headline_case(text, n_words)
    return Features(n_words, density, _ends_sentence(text), category, label, phrase, headline_case, n_phrases)


# Prose capitalises a word in ten (German, every noun: a word in three);
# headlines run together into one line ("10 Fall Cocktails to Toast to This
# Thanksgiving How to Seed a Pomegranate …") capitalise most of them, from
# the first characters on, so those tell.
HEADLINE_CASE_SHARE = 0.6
HEADLINE_CASE_MIN_WORDS = 25
HEADLINE_CASE_SAMPLE = 400


def _headline_case(text: str, n_words: int) -> bool:
    if n_words < HEADLINE_CASE_MIN_WORDS:
        return False
    initials = [word[0] for word in text[:HEADLINE_CASE_SAMPLE].split()]
    upper = sum(map(str.isupper, initials))
    cased = upper + sum(map(str.islower, initials))
    return cased >= HEADLINE_CASE_MIN_WORDS and upper >= HEADLINE_CASE_SHARE * cased


def _may_be_copyright(text: str) -> bool:
    """False only where _COPYRIGHT cannot match: ASCII text (no "©") holding
    neither "(c)" nor "copyright" in any case.  Saves its search, which
    tries every position, on most short lines."""
    if not text.isascii():
        return True
    low = text.lower()
    return "(c)" in low or "copyright" in low


_CLOSERS = "\"'»”’)"
_ENDERS = tuple(".!?…。！？")


def _ends_sentence(text: str) -> bool:
    """``_SENTENCE_END.search(text)``: a sentence end, then only closing
    quotes or brackets, at the end (or, as with ``$``, before a final
    newline).  String methods instead of a search from every position."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(_CLOSERS).endswith(_ENDERS)


def is_known_boilerplate(text: str) -> bool:
    """A lexicon label or phrase is in the line (a banner, a share bar, a prompt)."""
    return _lexicon_hit(text)[0] is not None


@lru_cache(maxsize=4096)
def _lexicon_hit(text: str) -> tuple[str | None, bool, str, int]:
    """(category, is a whole-line label, first phrase, distinct phrases) from
    the lexicon; remembered because every cleaning pass asks again about the
    same paragraphs."""
    lexicon = Lexicon.load()
    category = lexicon.label(text)
    if category is not None:
        return category, True, "", 0
    hits = lexicon.phrases(text, words(text))  # words: remembered (_features asks for them too)
    if hits:
        return hits[0][0], False, hits[0][1], len({phrase for _, phrase in hits})
    category = lexicon.footer_row(text)
    if category is not None:
        return category, True, "", 0
    return None, False, "", 0


def classify(f: Features, config: Config, cjk: bool, min_density: float) -> str:
    if f.category is not None:
        return BAD
    dense = cjk or f.stop_density >= min_density
    if f.n_words >= config.prose_min_words and dense and not f.headline_case:
        return GOOD
    if f.sentence_end and f.n_words >= NEAR_MIN_WORDS and dense:
        return NEAR
    # A long sentence is prose whatever its stopwords (some languages glue
    # their function words onto other words).
    if f.sentence_end and f.n_words >= config.prose_min_words:
        return NEAR
    return SHORT


def stopword_threshold(feats: list[Features], config: Config) -> float:
    """The stopword density that marks prose in this document.

    Languages differ: English prose is 40-50% stopwords, Turkish or Finnish
    prose 10-15% (case endings and particles are glued onto words). The
    configured density is lowered to half of what the document's own long
    sentences show, so an agglutinative article is not read as a list.
    """
    densities = sorted(f.stop_density for f in feats if f.n_words >= config.prose_min_words and f.sentence_end)
    if len(densities) < 3:
        return config.prose_min_stopword_density
    return min(config.prose_min_stopword_density, densities[len(densities) // 2] / 2)


def _gain(c: str, size: int) -> float:
    """A paragraph's weight in the core: prose by its length, a short line
    and a known boilerplate line at a fixed cost."""
    if c == GOOD:
        return size
    if c == NEAR:
        return size / 2
    return -(BAD_COST if c == BAD else SHORT_COST)


def core_span(classes: list[str], sizes: list[int]) -> tuple[int, int] | None:
    """The run of paragraphs with the highest prose score (maximum subarray)."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, (c, size) in enumerate(zip(classes, sizes)):
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


def _anchor_at_headline(
    doc: Document, paras: list[Paragraph], classes: list[str], sizes: list[int], span: tuple[int, int]
) -> tuple[tuple[int, int], int | None]:
    """The core under the page's headline, when the most prose is far below it.

    A short article beside a long list of teasers with a sentence each
    loses the maximum-sum contest to the list. The page's title line names
    the headline (D104), and an article starts right under its headline.
    Returns the core and, when the title line moved it, the headline's
    position: what is above the headline is then the page's header.
    """
    headline_index = next((p.decision.evidence.get("headline") for p in doc.paragraphs if p.decision.code == "D104"), None)
    if headline_index is not None:
        h = next((i for i, p in enumerate(paras) if p.index == headline_index), None)
    else:
        # A cleaned page starts with its headline (the title line went, and
        # the header above the headline with it, see below): a short first
        # line anchors the core as the title line did, so that cleaning the
        # output again changes nothing.
        h = 0 if classes[0] == SHORT else None
    if h is not None and headline_index is not None and span[0] < h <= span[1] and _opens_article(doc, paras, classes, h):
        # The headline inside the most prose: what is above it is the
        # page's header (a menu with blurbs, a teaser), not the article.
        return (h, span[1]), h
    if h is None or span[0] <= h + HEADLINE_GAP:
        return span, None
    alt = core_span(classes[h + 1 : span[0]], sizes[h + 1 : span[0]])
    if alt is None or alt[0] > HEADLINE_GAP:
        return span, None
    start, end = alt[0] + h + 1, alt[1] + h + 1
    if _span_score(classes, sizes, (start, end)) < HEADLINE_CORE_SHARE * _span_score(classes, sizes, span):
        return span, None
    # From under the headline to the end of the most prose: when the article
    # is the one below, with something else between, it still is in the core.
    return (start, span[1]), (h if headline_index is not None else None)


# Below a break in the core, prose that shares less than this share of its
# words with the prose above, and less than the prose above shares within
# itself, is another text (teasers, an author's box, a promotion), not the
# article going on.
TAIL_MIN_OVERLAP = 0.3
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


def _cut_off_topic_tail(
    paras: list[Paragraph], feats: list[Features], classes: list[str], sizes: list[int], span: tuple[int, int], lang: str | None
) -> tuple[int, int]:
    """The core without an off-topic stretch of prose at its end.

    The maximum-sum core runs on past the article's end when the page has
    more prose below a "Related" heading or a tag line (teasers with a
    sentence each, an author's box). At each break in the core, the prose
    below is compared with the prose above; at the first where it is
    off-topic, no longer in all than the prose above and not much longer
    paragraph by paragraph, the core ends, and the rules for what is below
    the article take the rest.
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
    while i <= hi:
        if classes[i] == GOOD:
            head.append(content_stems(paras[i].text, lang))
            head_vocab |= head[-1]
            head_size += sizes[i]
            i += 1
            continue
        j = i
        while j <= hi and classes[j] != GOOD:
            j += 1
        if head and j <= hi and tail_size[j - lo] <= head_size and _is_page_break(feats[i:j], classes[i:j]):
            examined += 1
            if examined > MAX_BREAKS_EXAMINED:
                break
            tail = [k for k in range(j, hi + 1) if classes[k] in (GOOD, NEAR)]
            tail_stems: set[str] = set().union(*(content_stems(paras[k].text, lang) for k in tail))
            # Teasers and blurbs are not much longer than the paragraphs
            # above them; an article under a sidebar of one-line items is.
            mean_tail, mean_head = tail_size[j - lo] / len(tail), head_size / len(head)
            if tail_stems and mean_tail <= TAIL_MAX_LENGTH_RATIO * mean_head:
                overlap = len(tail_stems & head_vocab) / len(tail_stems)
                if overlap < TAIL_MIN_OVERLAP and overlap < _cohesion(head):
                    return lo, max(k for k in range(lo, i) if classes[k] == GOOD)
        i = j
    return span


def _is_page_break(feats: list[Features], classes: list[str]) -> bool:
    if len(classes) < TAIL_BREAK_MIN_LINES:
        return False
    return any(c == BAD and f.category in _BREAK_HEADINGS for f, c in zip(feats, classes))


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


# Known lines of forms: a newsletter sign-up, a paywall, a log-in box, a
# consent banner. Two or more of them together are the form's buttons and
# fields; the unknown lines that belong to the form sit right by them.
_FORM_CATEGORIES = frozenset({"newsletter", "subscribe", "signin", "consent"})
# Sign-up forms carry a heading and a pitch of their own; a consent banner's
# text is known by its phrases, and the lines above a banner appended to the
# text are the article's last ones.
_SIGN_UP_CATEGORIES = _FORM_CATEGORIES - {"consent"}
FORM_MIN_KNOWN = 2
FORM_MAX_PITCH_LINES = 2
FORM_MAX_SPAN = 4


def _form_widget_lines(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, str, int]]:
    """Unknown lines that are part of a form: (index, category, first known line).

    * The heading and pitch right above a sign-up form's known lines, and
      the lines among them, in a run of non-prose lines between prose ("Sign
      up for our Science Matters newsletter", "Get the week's discoveries in
      your inbox every Friday." above "Enter your email address", "Sign
      up"). Lines below the known lines are left alone: they may head the
      article's next section.
    * Prose between a form's known lines ("We and our 143 partners use
      cookies ..." between "We value your privacy" and "Accept all"): the
      banner's text, whatever its words.
    """
    found: list[tuple[int, str, int]] = []
    n = len(classes)
    i = 0
    while i < n:
        if classes[i] == GOOD:
            # Prose with known form lines of one category right above and below it.
            if 0 < i < n - 1 and classes[i - 1] == BAD and classes[i + 1] == BAD:
                above, below = feats[i - 1].category, feats[i + 1].category
                if above == below and above in _FORM_CATEGORIES:
                    found.append((i, above, i - 1))
            i += 1
            continue
        j = i
        while j < n and classes[j] != GOOD:
            j += 1
        known = [k for k in range(i, j) if classes[k] == BAD and feats[k].category in _SIGN_UP_CATEGORIES]
        inside_prose = 0 < i and j < n  # a form inside the text, not a banner before or after it
        if inside_prose and len(known) >= FORM_MIN_KNOWN:
            first = known[0]
            # A form is compact: its own lines among its fields, not a list
            # that happens to have a "Subscribe" above and a "Sign in" below.
            last = known[-1] if known[-1] - first <= FORM_MAX_SPAN else first
            for k in range(max(i, first - FORM_MAX_PITCH_LINES), last):
                if classes[k] != BAD:
                    found.append((k, feats[first].category, first))
        i = j
    return found


def _opens_article(doc: Document, paras: list[Paragraph], classes: list[str], h: int) -> bool:
    """Whether the headline line at ``h`` opens the article: prose follows
    within a few lines, and it is the headline's first copy on the page (a
    site name in the title line may match an address line; a headline may
    come again in a list of recent stories)."""
    prose_below = any(c == GOOD for c in classes[h + 1 : h + 1 + HEADLINE_GAP])
    return prose_below and not copied_above(doc, paras[h].index)


def drop_boilerplate(doc: Document, config: Config) -> None:
    paras = doc.kept()
    if not paras:
        return
    cjk_doc = doc.language in ("zh-cn", "zh-tw", "ja", "ko")
    lang = doc.language
    feats = [_features(p.text, lang) for p in paras]
    min_density = stopword_threshold(feats, config)
    classes = [classify(f, config, cjk_doc, min_density) for f in feats]
    sizes = [len(p.text) for p in paras]

    _drop_comment_section(paras, feats, classes, config)
    for i in _count_lists(paras, classes):
        paras[i].drop("B112", count_list=True)
        classes[i] = BAD
    for i in _tickers(paras, classes):
        paras[i].drop("B120", ticker=True)
        classes[i] = BAD
    span = core_span(classes, sizes)
    headline = None
    if span is not None:
        span, headline = _anchor_at_headline(doc, paras, classes, sizes, span)
    if span is not None:
        span = _cut_off_topic_tail(paras, feats, classes, sizes, span, doc.language)
    core_vocab: set[str] = set()
    if span is not None:
        for p, c in zip(paras[span[0] : span[1] + 1], classes[span[0] : span[1] + 1]):
            if c == GOOD:
                core_vocab |= content_stems(p.text, doc.language)

    for i, (p, f, c) in enumerate(zip(paras, feats, classes)):
        if c != BAD or not p.kept:
            continue
        inside_core = span is not None and span[0] <= i <= span[1]
        if inside_core and _quotes_phrase(p, f, core_vocab, doc.language, config):
            p.keep_as("K001", quoted=f.category)
            classes[i] = GOOD if f.n_words >= config.prose_min_words else NEAR
            continue
        p.drop(CATEGORY_CODES[f.category], label=f.label, **({"phrase": f.phrase} if f.phrase else {}))

    for i, category, form in _form_widget_lines(paras, feats, classes):
        paras[i].drop(CATEGORY_CODES[category], widget=paras[form].index)
        classes[i] = BAD
    if span is None:
        return  # no prose at all: a list, a poem, a caption; leave it
    start, end = span
    # Title, kicker, dateline, byline: the short lines right above the core.
    # A line of a multi-line block above (a menu written one item a line)
    # is not a title, unless the article itself starts in that block.
    block_sizes: dict[int, int] = {}
    for p in paras:
        block_sizes[p.block] = block_sizes.get(p.block, 0) + 1
    # Walk up past known boilerplate between title and lede (a share bar).
    header_lines: set[int] = set()
    k = start - 1
    while k >= 0 and len(header_lines) < MAX_HEADER_LINES and classes[k] in (SHORT, BAD):
        if classes[k] == BAD and header_lines:
            break  # boilerplate above the title: a menu, a breadcrumb
        if classes[k] == SHORT:
            if not (paras[k].block == paras[start].block or block_sizes[paras[k].block] == 1):
                break
            if len(_SEGMENT_SEP.split(paras[k].text)) >= 3:
                break  # "News | Politics | Business": a menu bar, not a title
            if _BREADCRUMB_SEP.search(paras[k].text):
                break  # "Business > Energy": a breadcrumb, not a kicker
            header_lines.add(k)
        k -= 1
    furniture_from = _furniture_section(paras, feats, classes, end)
    runs = _run_lengths(classes, start, end)
    menu_runs = _menu_runs(feats, classes, start, config)
    tail_from = _page_tail(paras, classes, end, config)
    stamped = _stamped_runs(paras, classes, start, end)
    for i, (p, c) in enumerate(zip(paras, classes)):
        if c == BAD or i in header_lines or start <= i <= end:
            continue
        if headline is not None and i < headline:
            p.drop("B120", above_headline=paras[headline].index)
            continue
        if i > furniture_from:
            p.drop("B122", after=paras[furniture_from].index)
            continue
        if c == SHORT:
            # A short line outside the core may be a caption, a date, a
            # credit or a list item of the article as easily as a link: it
            # goes only with evidence from its run of non-prose neighbours
            # (a known boilerplate line among them, or a menu-sized run).
            run_len, run_bad = runs[i]
            if i < start and _is_breadcrumb(p.text):
                # On topic by its nature ("Business > Energy"), so before that test.
                p.drop("B112", breadcrumb=True)
                continue
            if i in stamped:
                p.drop("B120", run=run_len, stamped=True, core=[paras[start].index, paras[end].index])
                continue
            on_topic = _short_on_topic(p, core_vocab, doc.language, config)
            if run_bad and (i > end or not on_topic):
                # Below the article, related headlines after "Read more" are on
                # topic by nature; above it, an on-topic line is the title.
                p.drop("B122", run=run_len, core=[paras[start].index, paras[end].index])
            elif on_topic:
                continue
            elif run_len >= config.link_run_min and i < start and menu_runs[i]:
                p.drop("B120", run=run_len, core=[paras[start].index, paras[end].index])
            elif i >= tail_from:
                p.drop("B120", run=run_len, tail=True, core=[paras[start].index, paras[end].index])
            continue
        overlap = _core_overlap(p, core_vocab, doc.language)
        if overlap >= config.on_topic_overlap:
            continue
        p.drop("B121", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))


BREADCRUMB_MAX_WORDS = 3

# "June (55)", "► 2011 (200)", "Travel (12)": a blog's archive or category
# widget, a name and how many posts it holds. A year in brackets is a
# citation or a release date ("Breathless (1960)"), not a count.
_COUNTED = regex.compile(r"^\W{0,3}(?:[^\W\d_]|(?:19|20)\d\d\b)[^()]{0,60}?\s\((\d{1,6})\)$")
COUNT_LIST_MIN = 3


def _is_counted(text: str) -> bool:
    text = text.strip()
    if not text.endswith(")"):
        return False  # most lines: no regex run on every pass
    m = _COUNTED.match(text)
    if m is None:
        return False
    n = m.group(1)
    return not (len(n) == 4 and 1800 <= int(n) <= 2099)


def _runs_of(flags: list[bool], minimum: int) -> list[int]:
    """Indexes in runs of at least `minimum` consecutive True flags."""
    found: list[int] = []
    if flags.count(True) < minimum:
        return found  # most pages: no run at all (counted in C)
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag:
            if start is None:
                start = i
        elif start is not None:
            if i - start >= minimum:
                found.extend(range(start, i))
            start = None
    return found


def _count_lists(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Lines in runs of at least COUNT_LIST_MIN counted names: archive and
    category widgets. One or two such lines may be the article's own."""
    return _runs_of([c == SHORT and _is_counted(p.text) for p, c in zip(paras, classes)], COUNT_LIST_MIN)


STAMPED_RUN_MIN = 3


def _stamped_runs(paras: list[Paragraph], classes: list[str], start: int, end: int) -> set[int]:
    """Outside the core, short lines in runs of at least STAMPED_RUN_MIN that
    each open with a time or a date: a ticker or a list of other stories."""
    flags = [c == SHORT and not start <= i <= end and opens_with_stamp(p.text)
             for i, (p, c) in enumerate(zip(paras, classes))]
    return set(_runs_of(flags, STAMPED_RUN_MIN))


def _tickers(paras: list[Paragraph], classes: list[str]) -> list[int]:
    """Runs of STAMPED_RUN_MIN or more lines of a section tag, a clock time
    and a headline ("call of duty 12:00 PM 0 How Not To Get Banned …"):
    a river of other stories, wherever it is. Such lines are long enough to
    read as prose, so they would otherwise win the article core."""
    return _runs_of([c != BAD and tagged_with_clock(p.text) for p, c in zip(paras, classes)], STAMPED_RUN_MIN)


def _is_breadcrumb(text: str) -> bool:
    """'Business > Energy', 'News › World › Europe': short names joined by arrows."""
    parts = _BREADCRUMB_SEP.split(text)
    return len(parts) >= 2 and all(0 < len(part.split()) <= BREADCRUMB_MAX_WORDS for part in parts)


def _menu_runs(feats: list[Features], classes: list[str], start: int, config: Config) -> list[bool]:
    """Above the core: is the paragraph in a run made mostly of menu-sized lines?

    Menus and section lists are one to a few words a line; an article's own
    list above its first paragraph (a table of contents, dated entries) has
    longer lines.
    """
    menu = [False] * len(classes)
    i = 0
    while i < start:
        if classes[i] in (GOOD, NEAR):
            i += 1
            continue
        j = i
        while j < start and classes[j] not in (GOOD, NEAR):
            j += 1
        tiny = sum(1 for f in feats[i:j] if f.n_words <= config.menu_max_words)
        for k in range(i, j):
            menu[k] = tiny * 3 >= (j - i) * 2
        i = j
    return menu


# An article's own list: items with list markers ("1. ", "• "), or lines
# that end in a comma or semicolon (verse, a letter's sign-off, an address).
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]\s|[•·▪►✓*–-]\s?)")
_CONTINUED = regex.compile(r"[,;]\s*$")
# A fact box or a memo's header: "Age: 46", "Role: Meskada", "DATE: May 1".
_KEY_VALUE = regex.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,2}\s?:\s+\S")


def _page_tail(paras: list[Paragraph], classes: list[str], end: int, config: Config) -> int:
    """Where the page's tail starts: a long run of short lines that ends the
    text below the article (related headlines, section links, the footer).

    Returns len(paras) when there is none. A run the article introduces
    ("Ingredients:") or that reads as its own list or verse is not a tail.
    """
    n = len(paras)
    i = n
    while i > end + 1 and classes[i - 1] in (SHORT, BAD):
        i -= 1
    # Known boilerplate in the run already takes the lines after it (B122);
    # the lines above it are the article's own unless they are many.
    known_at = classes.index(BAD, i) if BAD in classes[i:] else n
    if known_at - i < config.tail_run_min:
        return n
    if paras[i - 1].text.rstrip().endswith(":") or paras[i].text.rstrip().endswith(":"):
        return n
    lines = [p.text for p in paras[i:]]
    listed = sum(1 for t in lines if _LIST_MARKER.match(t))
    continued = sum(1 for t in lines if _CONTINUED.search(t))
    keyed = sum(1 for t in lines if _KEY_VALUE.match(t))
    if listed * 2 >= len(lines) or continued * 3 >= len(lines) or keyed * 2 >= len(lines):
        return n
    return i


# Label categories whose heading, below the article, opens the rest of the
# page. Share bars and advertisement labels are not among them: they also
# sit between the article's last paragraphs.
_SECTION_OPENERS = frozenset({"related", "footer", "nav", "newsletter", "subscribe", "follow", "signin", "app"})
_BREAK_HEADINGS = _SECTION_OPENERS | {"comments"}


def _furniture_section(paras: list[Paragraph], feats: list[Features], classes: list[str], end: int) -> int:
    """Below the article, the first known heading of page furniture: related
    stories, newsletter and follow prompts, the footer. From there to the
    end of the text, teasers, dates and section names follow, including
    teaser sentences on the article's own topic.
    Returns its index, or len(paras) when there is none."""
    for i in range(end + 1, len(paras)):
        if classes[i] == BAD and feats[i].label and feats[i].category in _SECTION_OPENERS:
            return i
    return len(paras)


def _run_lengths(classes: list[str], start: int, end: int) -> list[tuple[int, bool]]:
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
            tail_from = letters.index("b", i, j) if tail and n_bad else j
            # Paragraphs i..j-1: whole_run, or (at the tail) after tail_from.
            first_true = i if whole_run else min(tail_from + 1, j)
            runs[i:j] = [(j - i, False)] * (first_true - i) + [(j - i, True)] * (j - first_true)
    return runs


_CLASS_LETTER = {GOOD: "g", NEAR: "n", SHORT: "s", BAD: "b"}
_NON_PROSE_RUN = re.compile("[sb]+")


def _drop_comment_section(paras: list[Paragraph], feats: list[Features], classes: list[str], config: Config) -> None:
    texts = [p.text for p in paras]
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


def _quotes_phrase(p: Paragraph, f: Features, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A phrase hit in prose, inside the article core, about what the article is
    about is the article quoting it.

    A story about cookie banners may print "We use cookies"; the banner
    itself shares nothing with the story beyond the phrase, so the phrase's
    own words do not count towards the overlap.
    """
    if f.label or f.n_words < config.short_words or not core_vocab:
        return False
    if _leads_the_line(p.text, f.phrase):
        return False  # "Read more: <headline>": a teaser on the topic by nature
    if f.distinct_phrases >= 2:
        return False  # a banner strings its phrases together; a quote has one
    return _core_overlap(p, core_vocab, lang, exclude=content_stems(f.phrase, lang)) >= config.on_topic_overlap


def _leads_the_line(text: str, phrase: str) -> bool:
    """The line opens with a phrase that ends in a colon ("Read more:",
    "LEA MÁS:", "Le puede interesar:"): what follows is another story's
    headline, whatever the words it shares with the article."""
    if not phrase.endswith(":"):
        return False
    return fold_text(text).lstrip(_LEADING_MARKS).startswith(phrase)


_LEADING_MARKS = " \t•·▪►»>*-–—"


def _short_on_topic(p: Paragraph, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A short line that speaks of the article (two or more of its words) is its own."""
    stems = content_stems(p.text, lang)
    return len(stems) >= 2 and len(stems & core_vocab) / len(stems) >= config.on_topic_overlap


def _core_overlap(p: Paragraph, core_vocab: set[str], lang: str | None, exclude: set[str] = frozenset()) -> float:
    """Share of the paragraph's content words that the article core also uses."""
    stems = content_stems(p.text, lang) - exclude
    if not stems:
        return 0.0
    return len(stems & core_vocab) / len(stems)
