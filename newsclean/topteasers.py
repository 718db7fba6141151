"""Other stories' teasers over the article, which the core takes in.

A page may print a band of teasers over the article: a headline over a
blurb of a sentence or two, twice or more, then the article's kicker and
headline. Their blurbs are prose, so the maximum-sum core (core.py) starts
at the first of them.
"""

from __future__ import annotations

from .core import TAIL_MIN_OVERLAP
from .credits import _credit_line
from .document import Paragraph
from .lineclass import GOOD, NEAR, SHORT
from .text import content_stems, ends_sentence, words


# Other stories' teasers over the article: a headline over a short blurb
# each, at least this many, then a break of this many short lines (a kicker,
# the article's headline) over prose that outweighs them this many times.
# Each teaser shares less than TAIL_MIN_OVERLAP of its words with the
# article's headline and its first paragraphs (a local paper's teasers name
# the town and its council, as the whole article does).
TEASERS_OVER_MIN = 2
TEASER_BLURB_MAX_CHARS = 300
TEASERS_BREAK_MIN_LINES = 2
TEASERS_OUTWEIGHED = 3
TEASERS_COMPARED_PARAGRAPHS = 2
TEASER_HEADLINE_MIN_WORDS = 3
# The break is a kicker, a headline, a byline: none leads into a list
# ("The main reasons:") or is an item of one ("partial indexes;").
LIST_LINE_ENDS = (":", "：", ";", "；")


def cut_teasers_over_article(
    paras: list[Paragraph], classes: list[str], sizes: list[int], span: tuple[int, int], lang: str | None
) -> tuple[tuple[int, int], list[int]]:
    """The core without other stories' teasers at its start, and the
    teasers' lines (headlines and blurbs; none when there are none).

    ("Dal Valdora, la fabbrica di bottoni chiude" over its one-sentence
    blurb, twice, over the article's kicker and headline.) They differ from
    an article's standfirst over its credits: each blurb is short and has a
    headline of its own over it, there are two or more, and they speak of
    other things than the article's headline and lede. (An interview's
    questions over short answers end as sentences do, a headline does not;
    a live blog's time stamps over its entries have no words.)
    """
    lo, hi = span
    blurbs: list[int] = []
    k = lo
    while k <= hi and classes[k] in (GOOD, NEAR):
        if k == 0 or classes[k - 1] != SHORT or sizes[k] > TEASER_BLURB_MAX_CHARS or not _teaser_headline(paras[k - 1]):
            return span, []
        blurbs.append(k)
        k += 1
        if k <= hi and classes[k] == SHORT and k + 1 <= hi and classes[k + 1] in (GOOD, NEAR):
            k += 1  # the next teaser's headline
    breaks = k
    while k <= hi and classes[k] not in (GOOD, NEAR):
        if paras[k].plain.rstrip().endswith(LIST_LINE_ENDS):
            return span, []  # a list and the line that leads into it: the article's, not a kicker and headline
        k += 1
    if len(blurbs) < TEASERS_OVER_MIN or k - breaks < TEASERS_BREAK_MIN_LINES or k > hi or classes[k] != GOOD:
        return span, []
    below = [m for m in range(k, hi + 1) if classes[m] in (GOOD, NEAR)]
    if sum(sizes[m] for m in below) < TEASERS_OUTWEIGHED * sum(sizes[m] for m in blurbs):
        return span, []
    compared = list(range(breaks, k)) + below[:TEASERS_COMPARED_PARAGRAPHS]
    article: set[str] = set().union(*(content_stems(paras[m].plain, lang) for m in compared))
    for m in blurbs:
        teaser = content_stems(paras[m - 1].plain + " " + paras[m].plain, lang)
        if not teaser or len(teaser & article) >= TAIL_MIN_OVERLAP * len(teaser):
            return span, []
    return (k, hi), [line for m in blurbs for line in (m - 1, m)]


def _teaser_headline(line: Paragraph) -> bool:
    """A headline's shape: a few words, no sentence's end, no colon that
    introduces what follows, no byline or date."""
    text = line.plain.rstrip()
    return (len(words(text)) >= TEASER_HEADLINE_MIN_WORDS and not ends_sentence(text)
            and not text.endswith((":", "：")) and not _credit_line(text))
