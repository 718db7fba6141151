"""Boilerplate: phrases, line shape and context decide together.

Every paragraph first gets a class from its own features, as in jusText:

* ``BAD``    — a known label or phrase from the lexicon (share bar, consent
               banner, menu word, footer line);
* ``GOOD``   — running prose: enough words and enough stopwords;
* ``NEAR``   — a short sentence: ends like one and has stopwords;
* ``SHORT``  — everything else: titles, subheadings, bylines, but also menu
               entries, related headlines and pagination.

Then context decides the SHORT ones.  The article core is the stretch of the
document with the most prose (a maximum-sum run over the classes), so that
short lines between article paragraphs are headings and stay, while runs of
short lines before or after the core are menus, teasers and footers and go.
The short lines right before the core are the title, dateline and byline and
stay too.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .config import Config
from .document import Document, Paragraph
from .lexicon import Lexicon
from .reasons import CATEGORY_CODES
from .text import content_stems, stopwords, words

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# A phrase hit condemns a paragraph only while the paragraph is mostly that
# phrase; a long paragraph that quotes "privacy policy" is not a banner.
PHRASE_MAX_WORDS = 40
# Kadane scores: prose counts by its length, an uncertain short line costs a
# little, a known boilerplate line costs more.
SHORT_COST = 12
BAD_COST = 40
# Short lines kept above the core: title, kicker, dateline, byline.
MAX_HEADER_LINES = 3
# A sentence this long with stopwords reads as prose even when short.
NEAR_MIN_WORDS = 4
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'»”’)]*$")


@dataclass
class Features:
    n_words: int
    stop_density: float
    sentence_end: bool
    category: str | None  # lexicon category, if any
    label: bool  # the whole line is a known label


def features(p: Paragraph, lang: str | None, lexicon: Lexicon) -> Features:
    ws = words(p.text)
    stop = stopwords(lang)
    n_stop = sum(1 for w in ws if w in stop) if stop else 0
    cjk = sum(1 for w in ws if len(w) == 1 and not w.isascii())
    # Ideographs: about two per word.
    n_words = len(ws) - cjk + (cjk + 1) // 2
    category = lexicon.label(p.text)
    label = category is not None
    if category is None and n_words <= PHRASE_MAX_WORDS:
        hits = lexicon.phrases(p.text)
        if hits:
            category = hits[0][0]
    density = n_stop / len(ws) if ws else 0.0
    return Features(n_words, density, bool(_SENTENCE_END.search(p.text)), category, label)


def classify(f: Features, config: Config, cjk: bool) -> str:
    if f.category is not None:
        return BAD
    if f.n_words >= config.prose_min_words and (cjk or f.stop_density >= config.prose_min_stopword_density):
        return GOOD
    if f.sentence_end and f.n_words >= NEAR_MIN_WORDS and (cjk or f.stop_density >= config.prose_min_stopword_density):
        return NEAR
    return SHORT


def core_span(classes: list[str], sizes: list[int]) -> tuple[int, int] | None:
    """The run of paragraphs with the highest prose score (maximum subarray)."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, (c, size) in enumerate(zip(classes, sizes)):
        if c == GOOD:
            gain = size
        elif c == NEAR:
            gain = size / 2
        else:
            gain = -(BAD_COST if c == BAD else SHORT_COST)
        if run <= 0:
            run, run_start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def drop_boilerplate(doc: Document, config: Config) -> None:
    lexicon = Lexicon.load()
    paras = doc.kept()
    if not paras:
        return
    cjk_doc = doc.language in ("zh-cn", "zh-tw", "ja", "ko")
    feats = [features(p, doc.language, lexicon) for p in paras]
    classes = [classify(f, config, cjk_doc) for f in feats]
    sizes = [len(p.text) for p in paras]

    for p, f, c in zip(paras, feats, classes):
        if c == BAD:
            p.drop(CATEGORY_CODES[f.category], label=f.label)

    span = core_span(classes, sizes)
    if span is None:
        return  # no prose at all: a list, a poem, a caption; leave it
    start, end = span
    # Title, kicker, dateline, byline: the short lines right above the core.
    header = start
    while header > 0 and start - header < MAX_HEADER_LINES and classes[header - 1] == SHORT:
        header -= 1
    core_vocab: set[str] = set()
    for p, c in zip(paras[start : end + 1], classes[start : end + 1]):
        if c == GOOD:
            core_vocab |= content_stems(p.text, doc.language)
    # A phrase (not a whole-line label) inside the core, in a paragraph that
    # talks about what the article talks about, is the article quoting it:
    # a story about cookie banners is not a cookie banner.
    for i in range(start, end + 1):
        p, f = paras[i], feats[i]
        if classes[i] == BAD and not f.label and f.n_words >= config.short_words:
            if _core_overlap(p, core_vocab, doc.language) >= config.on_topic_overlap:
                p.keep_as("K001", quoted=f.category)
    runs = _run_lengths(classes, start, end)
    for i, (p, c) in enumerate(zip(paras, classes)):
        if c == BAD or header <= i <= end:
            continue
        if c == SHORT:
            # A short line outside the core may be a caption, a date, a
            # credit or a list item of the article as easily as a link: it
            # goes only with evidence from its run of non-prose neighbours
            # (a known boilerplate line among them, or a menu-sized run).
            run_len, run_bad = runs[i]
            if _core_overlap(p, core_vocab, doc.language) >= config.on_topic_overlap:
                continue
            if run_bad:
                p.drop("B122", run=run_len, core=[paras[start].index, paras[end].index])
            elif run_len >= config.link_run_min and i < start:
                # Only above the article: below it, long runs of short lines
                # are as often its own lists (dates, ingredients, changes).
                p.drop("B120", run=run_len, core=[paras[start].index, paras[end].index])
            continue
        overlap = _core_overlap(p, core_vocab, doc.language)
        if overlap >= config.on_topic_overlap:
            continue
        p.drop("B121", core=[paras[start].index, paras[end].index], overlap=round(overlap, 3))


def _run_lengths(classes: list[str], start: int, end: int) -> list[tuple[int, bool]]:
    """For each paragraph outside the core: the length of its run of non-prose
    paragraphs, and whether a known boilerplate line is in that run."""
    runs = [(0, False)] * len(classes)
    i = 0
    while i < len(classes):
        if start <= i <= end or classes[i] in (GOOD, NEAR):
            i += 1
            continue
        j = i
        while j < len(classes) and not (start <= j <= end) and classes[j] not in (GOOD, NEAR):
            j += 1
        # Boilerplate evidence for the whole run: known lines make up a
        # good part of it (one share label beside a byline is not enough).
        n_bad = classes[i:j].count(BAD)
        has_bad = n_bad >= 2 and n_bad * 3 >= j - i
        for k in range(i, j):
            runs[k] = (j - i, has_bad)
        i = j
    return runs


def _core_overlap(p: Paragraph, core_vocab: set[str], lang: str | None) -> float:
    """Share of the paragraph's content words that the article core also uses."""
    stems = content_stems(p.text, lang)
    if not stems:
        return 0.0
    return len(stems & core_vocab) / len(stems)
