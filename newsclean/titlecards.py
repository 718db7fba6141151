"""The article's card under the page's furniture, headed by its own title.

A recipe blog prints the post, then a list of other posts ("You might also
like"), then the recipe card: the post's title again, its times, its
ingredients and its steps. The title repeated below the article, with prose
under it, says the article goes on there.
"""

from __future__ import annotations

from .core import SECTION_OPENERS
from .document import Paragraph
from .lexicon import normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import Features
from .text import content_stems

# The title is one of this many lines over the article's first paragraph.
TITLE_REACH = 12
# A title of at least this many words (a one-word "Ingredients" is no title).
TITLE_MIN_WORDS = 3
# The card holds at least this many paragraphs of prose before the page's next
# known heading (the comments, the footer).
CARD_MIN_PROSE = 3
# ... and this share of the content words of its prose are the article's.
CARD_SHARED_SHARE = 0.2


def title_card_follows(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, resume: int, lang: str | None
) -> bool:
    """Line `resume`, under a box inside the article that starts at `start`,
    is the article's title again (a short line over its first paragraph),
    with prose under it before the page's next known heading, prose that
    speaks the article's words: the card. (A list of the most read stories
    may name this one too, then others' headlines and blurbs.)"""
    if resume >= len(paras) or classes[resume] != SHORT:
        return False
    title = _title_key(paras[resume].plain)
    if not title or not any(
        classes[k] == SHORT and feats[k].n_words >= TITLE_MIN_WORDS and _title_key(paras[k].plain) == title
        for k in range(max(0, start - TITLE_REACH), start)
    ):
        return False
    card: list[int] = []
    for k in range(resume + 1, len(paras)):
        f = feats[k]
        if classes[k] == BAD and f.label and (f.category in SECTION_OPENERS or f.category == "comments"):
            break
        if classes[k] in (GOOD, NEAR):
            card.append(k)
    if len(card) < CARD_MIN_PROSE:
        return False
    article = {s for k in range(start, resume) if classes[k] == GOOD for s in content_stems(paras[k].plain, lang)}
    card_words = {s for k in card for s in content_stems(paras[k].plain, lang)}
    return len(card_words & article) >= CARD_SHARED_SHARE * len(card_words)


def _title_key(text: str) -> str:
    return normalize_label(text.lstrip("# "))
