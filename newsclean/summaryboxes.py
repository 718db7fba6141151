"""A box that sums the article up over its first paragraphs: a known
heading and a few points ("Das Wichtigste in Kürze" / three bullet
points, "STORY HIGHLIGHTS"). Like a scraper's summary of the lede (D103)
it says again what the article says; unlike one, its points are lines,
not a paragraph, so the pairwise test of D103 does not see them. The heading names the box; the overlap with the article under
it confirms it, so a section of the same name further down ("Summary" at
the end of a chapter, over what the chapter said) and a box of facts the
article does not repeat both stay. So does a summary written on one line
with its heading ("Summary: How your church can …"): that is the writer's
own abstract. A heading that also heads the article's own box of facts
("At a glance", lexicon/box_heads.txt) is left to that box, and so are
points that are keys over their values.
"""

from __future__ import annotations

import regex

from .config import Config
from .document import Document, Paragraph
from .generated import _LIST_ITEM, is_notice, restated_share, summary_heading
from .lexicon import label_set, normalize_label
from .tail import key_over_value
from .text import ends_sentence, word_count, words

# A box sits over the article: at most this many paragraphs of prose above
# it (a standfirst, a photo's caption), a sentence of this many words or more.
BOX_MAX_PROSE_ABOVE = 2
PROSE_MIN_WORDS = 8
# Its heading is a few words ("Das Wichtigste in Kürze", "What you need to know").
HEAD_MAX_CHARS = 40
# Its points: lines, not paragraphs, and a few of them.
BOX_MAX_POINTS = 8
POINT_MAX_WORDS = 40
# Many of the points' content words recur in the article under the box
# (the heading names the box; the overlap only confirms it).
BOX_MIN_RESTATED = 0.4
# The article under it is read this far (its first paragraphs).
ARTICLE_REACH = 30
# Points the duplicate stages dropped already: copies (exact, near) and summaries.
_SAID_AGAIN = frozenset({"D101", "D102", "D103"})
# What a run of short lines over or under the article drops.
_BY_PLACE = frozenset({"B120", "B122"})


def _prose(p: Paragraph) -> bool:
    return ends_sentence(p.plain.rstrip()) and word_count(words(p.plain)) >= PROSE_MIN_WORDS


def _points_under(paras: list[Paragraph], h: int) -> list[int]:
    """The points under the heading at `h`: the rest of its block of lines,
    or, with the heading alone in its block, the next block; list items
    go on past blank lines."""
    points: list[int] = []
    k = h + 1
    if k >= len(paras):
        return []
    block = paras[k].block
    while k < len(paras) and len(points) <= BOX_MAX_POINTS:
        p = paras[k]
        listed = _LIST_ITEM.match(p.plain) is not None
        if p.block != block and not (listed and points and _LIST_ITEM.match(paras[points[-1]].plain)):
            break
        if word_count(words(p.plain)) > POINT_MAX_WORDS:
            return []  # a paragraph of prose: the article's, under a heading of its own
        points.append(k)
        block = p.block
        k += 1
    if len(points) == 1 and not ends_sentence(paras[points[0]].plain.rstrip()):
        return []  # a subheading under a document's "Summary" heading, not a point
    return points if 0 < len(points) <= BOX_MAX_POINTS else []


def _box_at(paras: list[Paragraph], i: int) -> list[int]:
    """The lines of a summary box headed at `i`, or []."""
    text = paras[i].plain.strip()
    if len(text) > HEAD_MAX_CHARS or ends_sentence(text):
        return []  # (the quick test: a heading is a few words, no sentence)
    if not summary_heading(text) or normalize_label(text) in label_set("box_heads.txt"):
        return []
    points = _points_under(paras, i)
    if _keys_over_values([paras[k].plain for k in points]):
        return []  # "Gatavošanas laiks:" over "apmēram 2,5 stundas": the article's facts, not its summary
    return [i, *points] if points else []


# A box of facts printed as a definition list: each key on a line of its
# own, ended by a colon, its value on the next line (tail.key_over_value).
FACT_MIN_KEYS = 2


# A summary under its heading on one line, as Chinese sites print it: the
# heading in lenticular brackets or before a full-width colon ("【导读】 …",
# "摘要：…"). (A Latin "Summary: …" line stays: a document's own summary,
# which its readers keep.)
_CJK_HEADED = regex.compile(r"^\s*(?:【(?P<bracketed>[^【】]{1,8})】|(?P<colon>[^\s：:]{1,8})：)\s*\S")


# Its heading says what it is: a fourth of its words said again below will do.
HEADED_MIN_RESTATED = 0.25


def _headed_summary(text: str) -> bool:
    """The line opens with a summary's known heading, CJK-style, then its text."""
    m = _CJK_HEADED.match(text)
    return m is not None and summary_heading(m["bracketed"] or m["colon"])


def _keys_over_values(lines: list[str]) -> bool:
    keys = [k for k in range(len(lines) - 1) if key_over_value(lines[k], lines[k + 1])]
    return len(keys) >= FACT_MIN_KEYS and 2 * len(keys) >= len(lines) - 1


def drop_summary_boxes(doc: Document, config: Config) -> None:
    """Drop a summary's box over the article whose points the article says again (D103)."""
    # The box as the page printed it: with its heading, which the phrase
    # lists may have taken as a label already ("L'essentiel"), and with the
    # points that the pairwise test took as a summary of the lede already,
    # or as a copy of one of its paragraphs (under "Kort fortalt", whose
    # heading would stay alone).
    # (Or by its place: "주요 내용" over a live blog's points went with the
    # tools' line over it as a run of short lines.)
    paras = [p for p in doc.paragraphs if p.kept or p.decision.code in _SAID_AGAIN or (
        (p.decision.evidence.get("label") or p.decision.code in _BY_PLACE)
        and len(text := p.plain.strip()) <= HEAD_MAX_CHARS and summary_heading(text))]
    prose_above = 0
    i = 0
    while i < len(paras) and prose_above <= BOX_MAX_PROSE_ABOVE:
        if (paras[i].kept and _headed_summary(paras[i].plain)
                and restated_share([paras[i]], paras[i + 1 : i + 1 + ARTICLE_REACH], doc.language)
                >= HEADED_MIN_RESTATED):
            paras[i].drop("D103", summary_box=paras[i].index, headed=True)
            i += 1
            continue
        box = _box_at(paras, i)
        if not box:
            prose_above += _prose(paras[i])
            i += 1
            continue
        under = box[-1] + 1
        points, article = [paras[k] for k in box[1:]], paras[under : under + ARTICLE_REACH]
        if restated_share(points, article, doc.language) >= BOX_MIN_RESTATED:
            # (With the notice under it that a machine wrote it: "Resumen
            # generado automáticamente y revisado por la redacción".)
            if under < len(paras) and is_notice(paras[under].plain):
                box.append(under)
                under += 1
            for k in box:
                if paras[k].kept:
                    paras[k].drop("D103", summary_box=paras[i].index)
            _restore_copies_of(doc, {paras[k].index for k in box})
        i = under


def _restore_copies_of(doc: Document, box: set[int]) -> None:
    """Keep again the paragraphs dropped as copies of the box's lines: the
    box's copy took the place of the article's ("Haberin Özeti" over the
    standfirst said again, under the standfirst itself), and one copy stays."""
    for p in doc.paragraphs:
        if p.decision.code in ("D101", "D102") and p.decision.evidence.get("duplicate_of") in box:
            p.keep_as("K001", copy_in_summary_box=p.decision.evidence["duplicate_of"])
