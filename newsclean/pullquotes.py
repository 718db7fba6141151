"""Pull quotes: a sentence of the article printed again, large, between its paragraphs.

Magazines and news sites lift a sentence out of a paragraph and set it as
a display quote a few paragraphs further down ("> "It went from fun to
frightening really fast.""). The scraper saves it as a line of its own;
the reader has it already, in the paragraph it came from. It goes (D106)
when it is a quotation, a whole sentence, and its words stand in that
order (an editor's cut aside) in a longer kept paragraph above it. A
heading that quotes a few words of a paragraph ("## 'It went from fun to
frightening'") is no sentence, and stays.
"""

from __future__ import annotations

import regex

from .config import Config
from .document import Document, Paragraph
from .linefeatures import _question
from .text import SENTENCE_ENDERS, tokens

# How far (in kept paragraphs) under its sentence a pull quote is printed.
# (Above it, a quotation the paragraphs then take up is an epigraph.)
PULL_QUOTE_REACH = 20
# Long enough that its words in order are no chance (tokens: words, or
# single characters in Chinese and Japanese), short enough to be a display
# quote and not a quoted paragraph.
PULL_QUOTE_MIN_TOKENS = 6
PULL_QUOTE_MIN_CJK_TOKENS = 12
PULL_QUOTE_MAX_TOKENS = 60
# The paragraph it comes from says more than the quote.
SOURCE_EXTRA_TOKENS = 5
# With no sentence's mark at its end, a quoted name or title ("The C
# Primer Plus") could pass for one: such a quote needs more tokens.
UNENDED_EXTRA_TOKENS = 2
# An editor may cut words out of the sentence ("When an operator smells
# mould[, or sees condensation on the silo's roof,] the damage is done"):
# so many at most, with this many of the quote's tokens on either side.
ELIDED_MAX_TOKENS = 12
ELIDED_PART_MIN_TOKENS = 3
# The quote's attribution on the line under it ("— Jodie Marlow, festivalgoer").
ATTRIBUTION_MAX_TOKENS = 12

# A Markdown blockquote's marker, then an opening quotation mark (Swedish and
# Finnish open with the closing mark: ”Det är en ond cirkel …”).
_BLOCKQUOTE = regex.compile(r"^(?:>\s*)+")
_OPENING = "\"“”„«»‘’‚'「『‹›"
_CLOSING = "\"”“«»’‘'」』‹›"
_ATTRIBUTION = regex.compile(r"^\s*(?:>\s*)*[—–―-]+\s*\S")
_IDEOGRAPHIC = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_ENDERS = tuple(SENTENCE_ENDERS)


def display_quote(text: str) -> str | None:
    """The quotation a line holds when it is one whole quoted line
    (a Markdown blockquote's marker may come first), else None."""
    text = text.strip()
    if not text or (text[0] not in _OPENING and text[0] != ">") or text[-1] not in _CLOSING:
        return None  # (most lines: two character tests)
    inner = _BLOCKQUOTE.sub("", text)
    if len(inner) < 2 or inner[0] not in _OPENING:
        return None
    return inner[1:-1].strip()


def drop_pull_quotes(doc: Document, config: Config) -> None:
    kept = doc.kept()
    joined: dict[int, str] = {}  # a paragraph's tokens joined, made once, when a quote asks
    for pos, p in enumerate(kept):
        quote = display_quote(p.plain)
        if quote is None:
            continue
        mine = tokens(quote)
        cjk = _IDEOGRAPHIC.search(quote) is not None
        min_tokens = PULL_QUOTE_MIN_CJK_TOKENS if cjk else PULL_QUOTE_MIN_TOKENS
        if not min_tokens <= len(mine) <= PULL_QUOTE_MAX_TOKENS:
            continue
        found = _quoted_in(mine, pos, kept, joined)
        if found is None:
            continue
        source, last_part = found
        # A whole sentence: it ends as one, or where its source's quotation
        # or sentence ends («… il danno è già fatto», spiega).
        if not (quote.endswith(_ENDERS) or len(mine) >= min_tokens + UNENDED_EXTRA_TOKENS
                and _ends_there(last_part, source.plain, cjk)):
            continue
        p.drop("D106", quotes=source.index)
        below = kept[pos + 1] if pos + 1 < len(kept) else None
        # (Not an interview's next question, led by a dash as its answers
        # are: "– Ką gali padaryti paprastas žmogus?")
        if (below is not None and _ATTRIBUTION.match(below.plain) and len(tokens(below.plain)) <= ATTRIBUTION_MAX_TOKENS
                and not _question(below.plain.rstrip())):
            below.drop("D106", attributes=p.index)


def _quoted_in(
    mine: tuple[str, ...], pos: int, kept: list[Paragraph], joined: dict[int, str]
) -> tuple[Paragraph, tuple[str, ...]] | None:
    """The longer kept paragraph above `pos` that holds these tokens in a row,
    or with one cut in them (an editor's elision), and the tokens after the cut."""
    whole = _joined(mine)
    # With a cut or without, the quote opens and closes with its own words.
    opening, closing = _joined(mine[:ELIDED_PART_MIN_TOKENS]), _joined(mine[-ELIDED_PART_MIN_TOKENS:])
    cuts = [(_joined(mine[:cut]), _joined(mine[cut:]), cut)
            for cut in range(ELIDED_PART_MIN_TOKENS, len(mine) - ELIDED_PART_MIN_TOKENS + 1)]
    for other in range(pos - 1, max(-1, pos - PULL_QUOTE_REACH - 1), -1):
        q = kept[other]
        if not q.kept:
            continue
        theirs = tokens(q.plain)
        if len(theirs) < len(mine) + SOURCE_EXTRA_TOKENS:
            continue  # (not a headline or a subject line that is the quote alone)
        if other not in joined:
            joined[other] = _joined(theirs)
        hay = joined[other]
        if whole in hay:
            return q, mine
        if opening not in hay or closing not in hay:
            continue
        for head, tail, cut in cuts:
            start = hay.find(head)
            if start < 0:
                continue
            end = hay.find(tail, start + len(head) - 1)
            if end >= 0 and hay.count(" ", start + len(head) - 1, end) <= ELIDED_MAX_TOKENS:
                return q, mine[cut:]
    return None


def _joined(toks: tuple[str, ...]) -> str:
    return " " + " ".join(toks) + " "


def _ends_there(mine: tuple[str, ...], source: str, cjk: bool) -> bool:
    """Do these tokens, in `source`, end at a sentence's end or a closing
    quotation mark? (String searches for the last two tokens: a pattern
    built for each quote would be compiled for each quote.)"""
    text = source.casefold()
    last, before = mine[-1], mine[-2] if len(mine) > 1 else ""
    at = text.find(last)
    while at >= 0:
        end = at + len(last)
        # (A whole token: not the start of a longer word; in Chinese and Japanese each character is one.)
        if cjk or end == len(text) or not text[end].isalnum():
            gap = at
            while gap > 0 and text[gap - 1] in _BETWEEN:
                gap -= 1
            following = _NOT_SPACE.search(text, end)
            if text.endswith(before, 0, gap) and (
                    following is None or following.group() in _CLOSING or following.group() in SENTENCE_ENDERS):
                return True
        at = text.find(last, at + 1)
    return False


_NOT_SPACE = regex.compile(r"\S")
# What may stand between two tokens of a sentence.
_BETWEEN = " \t\n,;:—–-'\"«»“”„‘’‚「」『』‹›()"
