"""Duplicate paragraphs inside one document: exact, near-exact and summaries.

Near-duplicates are found with word-trigram shingles and an inverted index,
so the work grows with the number of shared shingles, not with the number of
paragraph pairs (a 20,000-line page must not cost 200 million comparisons).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .config import Config
from .document import Document, Paragraph
from .lexicon import Lexicon
from .linefeatures import section_names
from .pullquotes import display_quote
from .text import CACHE_SIZE, SENTENCE_ENDERS, content_stems, style_key, tokens

SHINGLE_SIZE = 3
# A shingle seen in more paragraphs than this is a layout pattern, not
# evidence of copying; skipping it bounds the work on hostile input.
MAX_POSTINGS = 32
# Short repeated lines count as a stutter only this close together.
ADJACENT = 2
# Titles, descriptions and standfirsts live in the first few paragraphs.
TOP = 4
# How far below its teaser the full paragraph may start (past a byline,
# a date, a share bar).
TEASER_REACH = 8
# A page description may run a little past the lede it copies.
TEASER_MAX_GROWTH = 1.5
# Of two near copies, one with this many times the other's shingles is the
# fuller one and stays.
NEAR_FULLER = 1.1


@lru_cache(maxsize=CACHE_SIZE)
def _shingles(text: str) -> frozenset[int]:
    """Hashes of the word trigrams of `text` (of all its tokens when fewer).

    Remembered: every pass asks again about the same paragraphs.
    """
    toks = tokens(text)
    if len(toks) < SHINGLE_SIZE:
        return frozenset((hash(toks),))
    # zip yields the same tuples as slicing toks[i : i + SHINGLE_SIZE], in C.
    return frozenset(map(hash, zip(*(toks[i:] for i in range(SHINGLE_SIZE)))))


def _repeated(sets: list[frozenset[int]]) -> set[int]:
    """Shingles found in two or more of `sets`.

    Only those can make two paragraphs share anything, so only they need
    posting lists: a paragraph's other shingles would sit alone in their
    lists.  Set operations in C, instead of a Python loop per shingle.
    """
    seen: set[int] = set()
    repeated: set[int] = set()
    for s in sets:
        repeated |= seen & s
        seen |= s
    return repeated


# A page's head printed over its menu (the title line, the meta
# description), then the article's own headline and standfirst under the
# menu: the copy under the menu is the article's. At least this many of
# the lines between are the menu's, and none is prose (a headline may be).
MENU_BETWEEN_MIN = 3
BETWEEN_MAX_CHARS = 120
# (A menu printed one item a line is this many lines at most: a copy
# further down is no standfirst under the page's menu, and the test stays
# cheap on a page of thousands of copies.)
BETWEEN_MAX_LINES = 100


def _menu_between(kept: list[Paragraph], lo: int, hi: int) -> bool:
    if not MENU_BETWEEN_MIN <= hi - lo - 1 <= BETWEEN_MAX_LINES:
        return False
    between = [p.plain.strip() for p in kept[lo + 1 : hi]]
    if any(len(t) > BETWEEN_MAX_CHARS for t in between):
        return False
    lexicon = Lexicon.load()
    menu = sum(1 for t in between if lexicon.label(t) is not None or t.casefold() in section_names())
    return menu >= MENU_BETWEEN_MIN


def drop_duplicates(doc: Document, config: Config) -> None:
    """Exact and near copies among the kept paragraphs; the first (or fuller) copy stays,
    but a description printed over the page's menu gives way to its copy under it.

    Everything is keyed by position among the kept paragraphs, never by the
    original index, so a second run over the output decides the same way.
    """
    kept = doc.kept()
    first_by_key: dict[str, Paragraph] = {}
    first_pos: dict[str, int] = {}
    postings: dict[int, list[int]] = {}
    shingles: dict[int, frozenset[int]] = {}
    last_short: dict[str, int] = {}
    # Long enough to compare: characters first, as most lines of a page are
    # too short to need tokens (inline: a call a paragraph on every pass).
    min_chars, min_words = config.duplicate_min_chars, config.duplicate_min_words
    long_enough = [len(p.plain) >= min_chars and len(tokens(p.plain)) >= min_words for p in kept]
    # Every paragraph indexed below is one of these, so a shingle outside
    # `repeated` never has an earlier paragraph in its posting list.
    repeated = _repeated([_shingles(p.plain) for p, ok in zip(kept, long_enough) if ok])
    for pos, p in enumerate(kept):
        if not long_enough[pos]:
            # A short line straight after itself at the top (a title
            # repeated as the page's description) is a stutter; elsewhere a
            # repeated line is legitimate (a question, a caption, a name).
            if pos <= TOP and len(tokens(p.plain)) >= 3:
                key = style_key(p.plain)
                seen = last_short.get(key)
                if seen is not None and pos - seen <= ADJACENT and kept[seen].kept:
                    p.drop("D101", duplicate_of=kept[seen].index)
                    continue
                last_short[key] = pos
            continue
        key = style_key(p.plain)
        first = first_by_key.get(key)
        if first is not None and first.kept:
            if not (first_pos[key] <= TOP and len(tokens(p.plain)) >= config.near_duplicate_min_words
                    and _not_a_headline(p.plain) and _menu_between(kept, first_pos[key], pos)):
                p.drop("D101", duplicate_of=first.index)
                continue
            first.drop("D101", duplicate_of=p.index)  # the page's head over its menu; this copy is the article's
        first_by_key[key] = p
        first_pos[key] = pos
        mine = _shingles(p.plain)
        indexed = mine & repeated
        match = None
        n_words = len(tokens(p.plain))
        if n_words >= config.near_duplicate_min_words:
            match = _near_match(mine, indexed, postings, shingles, config, lambda q: kept[q].kept)
            if match is None:
                match = _teaser_above(pos, mine, shingles, kept, config)
        if match is None and pos <= TOP + TEASER_REACH and pos + 1 < len(kept):
            # A description cut from the page's text often runs past the lede
            # into the next paragraph ("… this little guy. Be sure to check
            # out w..."). It starts as the lede does, and ends as a sentence
            # or a cut (a title may name both paragraphs).
            following = kept[pos + 1].plain
            above = range(max(0, pos - TEASER_REACH), min(pos, TOP))
            cut_above = any(o in shingles and _cut_from(kept[o].plain, mine) for o in above)
            if cut_above and n_words + len(tokens(following)) >= config.near_duplicate_min_words:
                both = mine | _shingles(following)
                match = _teaser_above(pos, both, shingles, kept, config, lambda t: _cut_from(t, mine))
        if match is None and pos <= TOP and n_words >= config.near_duplicate_min_words and _not_a_headline(p.plain):
            start = _cut_across(pos, kept, config)
            if start is not None:
                p.drop("D102", duplicate_of=kept[start].index, similarity=1.0)
                continue
        if match is not None:
            other, similarity = match
            earlier = kept[other]
            # An earlier copy close above is a teaser or meta description of
            # this paragraph (so is a shorter one anywhere): keep this one.
            close_above = pos - other <= config.summary_window + 1 or _is_teaser_of(other, pos, kept, config)
            # (Not when this one is a whole quoted line, no longer, below the
            # page's top: a pull quote printed under the paragraph it quotes.
            # A cut teaser over the lede is no quotation.)
            pull_quote = other > TOP and display_quote(p.plain) is not None and len(mine) <= len(shingles[other])
            if (close_above and not pull_quote) or len(mine) > len(shingles[other]) * NEAR_FULLER:
                # Not a short line far above, whole inside this longer one:
                # that is a headline a trackback or a share line quotes
                # further down ("... links to weblogs that reference
                # <headline>"), not a copy of anything.
                if close_above or len(tokens(earlier.plain)) >= config.near_duplicate_min_words:
                    earlier.drop("D102", duplicate_of=p.index, similarity=round(similarity, 3))
            else:
                p.drop("D102", duplicate_of=earlier.index, similarity=round(similarity, 3))
                continue
        shingles[pos] = mine
        for s in indexed:
            bucket = postings.setdefault(s, [])
            if len(bucket) < MAX_POSTINGS:
                bucket.append(pos)


def _sentence_or_cut(text: str) -> bool:
    return _is_sentence(text) or text.rstrip().endswith(("...", "…"))


# Headlines run to about this many words; a page description cut off at its
# length limit (mid-sentence, no mark at the end) is longer.
HEADLINE_MAX_WORDS = 20


def _not_a_headline(text: str) -> bool:
    return _sentence_or_cut(text) or len(tokens(text)) > HEADLINE_MAX_WORDS


def _cut_from(text: str, lede: frozenset[int]) -> bool:
    """Does `text` open with the lede's words and end as a sentence or a cut?"""
    if not _sentence_or_cut(text):
        return False
    toks = tokens(text)
    return len(toks) >= SHINGLE_SIZE and hash(tuple(toks[:SHINGLE_SIZE])) in lede


def _cut_across(pos: int, kept: list[Paragraph], config: Config) -> int | None:
    """Where the text below starts that the paragraph at `pos` copies word
    for word across several paragraphs: a page description cut from the
    article's first characters, which were printed as short paragraphs
    ("People don't care how much you offer them." / "They care about ...").
    Its last word may be cut ("... XP Ta"). Only bylines, dates and labels
    may stand between it and the copied text."""
    mine = tokens(kept[pos].plain)
    *whole, last = mine
    for start in range(pos + 1, min(len(kept), pos + 1 + TEASER_REACH)):
        if not _is_teaser_of(pos, start, kept, config):
            break
        stream: list[str] = []
        end = start
        while end < len(kept) and len(stream) < len(mine):
            stream.extend(tokens(kept[end].plain))
            end += 1
        # More than one paragraph (one alone is the near-copy test's case).
        if end - start > 1 and len(stream) >= len(mine) and stream[: len(whole)] == whole:
            if stream[len(whole)].startswith(last):
                return start
    return None


def _is_teaser_of(other: int, pos: int, kept: list[Paragraph], config: Config) -> bool:
    """Is the paragraph at `other`, among the first few, the teaser of the one
    at `pos` just below it, with only bylines, dates and labels between?"""
    if other > TOP or pos - other > TEASER_REACH:
        return False
    return not any(len(tokens(q.plain)) >= config.near_duplicate_min_words for q in kept[other + 1 : pos])


def _teaser_above(
    pos: int,
    mine: frozenset[int],
    shingles: dict[int, frozenset[int]],
    kept: list[Paragraph],
    config: Config,
    shaped: Callable[[str], bool] | None = None,
) -> tuple[int, float] | None:
    """A shorter paragraph just above that is mostly made of this one's word
    trigrams: a meta description or standfirst cut and edited from the lede.
    `shaped`: what the teaser's text must also be; by default no headline: a
    headline worded as the lede is ("Nakheel Energy switches on the first
    solar plant in Al-Ahsa") is short and has no full stop, and stays."""
    shaped = shaped or _not_a_headline
    for other in range(max(0, pos - TEASER_REACH), min(pos, TOP)):
        theirs = shingles.get(other)
        if not theirs or not kept[other].kept or len(theirs) > TEASER_MAX_GROWTH * len(mine) or len(theirs) < 8:
            continue
        if not shaped(kept[other].plain):
            continue
        if not _is_teaser_of(other, pos, kept, config):
            continue
        containment = len(theirs & mine) / len(theirs)
        if containment >= config.teaser_containment:
            return other, containment
    return None


def _near_match(
    mine: frozenset[int],
    indexed: frozenset[int],
    postings: dict[int, list[int]],
    shingles: dict[int, frozenset[int]],
    config: Config,
    still_kept,
) -> tuple[int, float] | None:
    """Best earlier near-copy of `mine`; `indexed`: its shingles that can have postings."""
    if not indexed:
        return None  # shares no shingle with any paragraph (the common case)
    shared: dict[int, int] = {}
    for s in indexed:
        for other in postings.get(s, ()):
            shared[other] = shared.get(other, 0) + 1
    # A copy of a paragraph that is itself gone is no longer a copy of anything.
    shared = {other: n for other, n in shared.items() if still_kept(other)}
    best: tuple[int, float] | None = None
    for other, inter in shared.items():
        theirs = shingles[other]
        jaccard = inter / (len(mine) + len(theirs) - inter)
        containment = inter / min(len(mine), len(theirs))
        if jaccard >= config.near_duplicate_jaccard or (
            containment >= config.near_duplicate_containment and min(len(mine), len(theirs)) >= 6
        ):
            score = max(jaccard, containment)
            # Ties go to the earliest paragraph, whatever the set order.
            if best is None or (score, -other) > (best[1], -best[0]):
                best = (other, score)
    return best


# Lines with fewer content words than this (bylines, datelines, credits)
# between a summary and what it restates are passed over, up to this many.
SUMMARY_SKIP_STEMS = 5
SUMMARY_MAX_SKIPPED = 3


def drop_summaries(doc: Document, config: Config) -> None:
    """Drop a paragraph that says again, in other words, what the next one or two say.

    That is a scraper's rewritten summary of the lede placed before the lede
    itself; the originals that follow are kept.  The test is two-way: most of
    the summary's content words recur in the following paragraphs *and* most
    of theirs occur in the summary.  One-way overlap is normal news writing
    (a title or a lede announces what follows; the body adds to it).  Only
    the top of the article is searched: further down, a paragraph that sums
    up the next is the writer's own recap, or one reference of a list.
    """
    kept = doc.kept()
    stems: list[frozenset[str] | None] = [None] * len(kept)

    def stems_of(k: int) -> frozenset[str]:  # computed on demand: the search stops early
        found = stems[k]
        if found is None:
            found = stems[k] = content_stems(kept[k].plain, doc.language)
        return found

    prose_above = 0
    for i, p in enumerate(kept):
        if prose_above > config.summary_max_prose_above:
            break
        if not p.kept or not _is_sentence(p.plain):
            continue
        mine = stems_of(i)
        if len(mine) < config.summary_min_words:
            if len(mine) >= SUMMARY_SKIP_STEMS:
                prose_above += 1  # a short paragraph of the article: no summary, but above the rest
            continue
        following: set[str] = set()
        restated: list[int] = []
        prose_restated = False
        skipped = 0
        for k in range(i + 1, len(kept)):  # indexes, not slices: no copy of the rest per paragraph
            if len(restated) == config.summary_window:
                break
            q, theirs = kept[k], stems_of(k)
            if style_key(q.plain) == style_key(p.plain):
                break  # a copy, not a rewording: the duplicate stage's call (maybe ignored)
            if len(theirs) < SUMMARY_SKIP_STEMS:
                # A byline, a dateline or a photo credit between the
                # standfirst and the lede hides nothing.
                skipped += 1
                if skipped > SUMMARY_MAX_SKIPPED:
                    break
                continue
            following |= theirs
            restated.append(q.index)
            prose_restated = prose_restated or _is_sentence(q.plain)
            shared = len(mine & following)
            forward = shared / len(mine)
            backward = shared / len(following) if following else 0.0
            # (Not when all it restates are lines that are no sentences: a box's
            # bullet points under the standfirst, "Aviso rojo … hasta el viernes",
            # sum the standfirst up, not the other way round.)
            if forward >= config.summary_overlap and backward >= config.summary_backward_overlap and prose_restated:
                p.drop("D103", restates=restated, overlap=round(forward, 3), covered=round(backward, 3))
                break
        if p.kept:  # a dropped summary is above nothing on the next run either
            prose_above += 1


def _is_sentence(text: str) -> bool:
    return text.rstrip().endswith((*SENTENCE_ENDERS, '"', "”", "»"))
