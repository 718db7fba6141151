"""A summary the site had a machine write over (or into) the article: a
box of a heading and a few points, with a notice that says how it was
made ("Summary generated with the help of AI and checked by our editors",
"Diese Zusammenfassung wurde mit KI erstellt"). It restates the article,
as a scraper's summary of the lede does (D103), but in words that share
too little with it to be found by their overlap: the notice names it
(D105). Its words are data (``lexicon/generated_summaries.txt``)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from .config import Config
from .document import Document, Paragraph
from .lexicon import data_lines, normalize_label
from .text import CACHE_SIZE, content_stems, ends_sentence, word_count, words

# A notice is a line, not a paragraph of prose about summaries.
NOTICE_MAX_WORDS = 25
NOTICE_MAX_CHARS = 300  # (the quick test: 25 words fit in it)
# The box: a heading and its points, in the notice's block of lines.
BOX_MAX_LINES = 10
# A box's heading: a few words, no sentence.
BOX_HEAD_MAX_WORDS = 8
# A point of the box: a sentence at most, not a paragraph.
BOX_LINE_MAX_WORDS = 40
# A point without a list's mark and without a notice under it: a short sentence.
UNMARKED_POINT_MAX_WORDS = 20

_QUOTE_MARKS = regex.compile(r"^(?:>\s?)+")
_LIST_ITEM = regex.compile(r"^\s*(?:\d{1,3}[.)]\s|[•·▪►✓*–+-]\s)")
# Matched as a substring: scripts written without spaces.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


class _Group(NamedTuple):
    summary: regex.Pattern[str]  # a word that names a summary
    made: regex.Pattern[str]  # a word that names its making by a machine


class _Lexicon(NamedTuple):
    entries: tuple[tuple[list[str], list[str]], ...]  # (summary words, made words), one pair a language
    # A first word of a summary word of any language, by its first letters,
    # and those written without spaces: a quick test (most lines have none).
    summary_starts: frozenset[str]
    unspaced_summaries: regex.Pattern[str]
    heads: frozenset[str]  # the boxes' headings, normalised


# A letter of a word written with spaces: what may not touch a spaced entry.
# (A letter of a script without spaces may: "AI摘要", "由AI生成".)
_SPACED_LETTER = r"(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\w)"


def _alternatives(entries: list[str], word_start_only: bool) -> regex.Pattern[str]:
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        word = regex.escape(entry)
        if _UNSPACED.search(entry):
            parts.append(word)
        else:
            parts.append(rf"(?<!{_SPACED_LETTER}){word}" + ("" if word_start_only else rf"(?!{_SPACED_LETTER})"))
    return regex.compile("|".join(parts))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    groups: list[tuple[list[str], list[str]]] = []
    summaries: list[str] = []
    heads: set[str] = set()
    entries: dict[str, list[str]] = {}

    def close_group() -> None:
        if entries:
            groups.append((entries["summary"], entries["made"]))
            summaries.extend(entries["summary"])
            heads.update(normalize_label(h) for h in entries.get("head", []))
            entries.clear()

    for line in data_lines("generated_summaries.txt"):
        kind, sep, values = line.partition(":")
        if not sep:  # a language's name: a new group
            close_group()
            continue
        entries[kind.strip()] = [v.strip().casefold() for v in values.split(",") if v.strip()]
    close_group()
    starts = frozenset(entry.split()[0][:_START] for entry in summaries if not _UNSPACED.search(entry))
    unspaced = regex.compile("|".join(map(regex.escape, sorted({e for e in summaries if _UNSPACED.search(e)}))))
    return _Lexicon(tuple(groups), starts, unspaced, frozenset(heads))


_START = 4  # letters of a word the quick test looks at


@lru_cache(maxsize=1)
def _groups() -> tuple[_Group, ...]:
    """Each language's patterns, compiled when a line first passes the quick
    test (a cold run on one article seldom gets that far)."""
    return tuple(_Group(_alternatives(summary, True), _alternatives(made, False)) for summary, made in _lexicon().entries)


def _may_name_a_summary(text: str) -> bool:
    """A word of the line starts as a summary word does (or a summary word
    of a script without spaces is in it): the quick test before the
    languages' patterns."""
    lexicon = _lexicon()
    return (not lexicon.summary_starts.isdisjoint(w[:_START] for w in words(text))
            or lexicon.unspaced_summaries.search(text) is not None)


def _line(p: Paragraph) -> str:
    """The line as read here: without a quotation's "> " marks."""
    return _QUOTE_MARKS.sub("", p.plain).strip()


@lru_cache(maxsize=CACHE_SIZE)
def is_notice(text: str) -> bool:
    """A short line that names a summary and its making by a machine, in
    one language ("Résumé généré avec l'aide d'un outil d'intelligence
    artificielle", "*Resumen elaborado automáticamente.*"). Remembered:
    every cleaning pass asks again."""
    if len(text) > NOTICE_MAX_CHARS or not _may_name_a_summary(text) or word_count(words(text)) > NOTICE_MAX_WORDS:
        return False
    folded = text.casefold()
    return any(g.summary.search(folded) and g.made.search(folded) for g in _groups())


def summary_heading(text: str) -> bool:
    """A known heading of a summary's box: "Key points", "L'essentiel", "Özet"."""
    return normalize_label(text) in _lexicon().heads


def _is_head(text: str) -> bool:
    """The box's heading: a known one ("Key points", "L'essentiel"), or a
    short line that names a summary ("**En resumen**")."""
    if summary_heading(text):
        return True
    if word_count(words(text)) > BOX_HEAD_MAX_WORDS or ends_sentence(text):
        return False
    folded = text.casefold()
    return _may_name_a_summary(text) and any(g.summary.search(folded) for g in _groups())


def _with_line_under(paras: list[Paragraph], j: int) -> bool:
    """Line `j` belongs to the box the line under it is in: in its block of
    lines, or, past a blank line, a point or the heading over a point (a
    box written in Markdown, "**Resumo**" / "* …")."""
    line = _line(paras[j])
    return (paras[j].block == paras[j + 1].block or _LIST_ITEM.match(line) is not None
            or (_is_head(line) and _LIST_ITEM.match(_line(paras[j + 1])) is not None))


def _box_over(paras: list[Paragraph], i: int) -> list[Paragraph]:
    """The box the notice at `i` closes: the lines over it up to the box's
    heading. Without a heading in reach, the list items right over it and
    the short line over them, which heads them."""
    above: list[Paragraph] = []
    j = i - 1
    while j >= 0 and _with_line_under(paras, j) and len(above) < BOX_MAX_LINES:
        if word_count(words(_line(paras[j]))) > BOX_LINE_MAX_WORDS:
            break
        above.append(paras[j])
        if _is_head(_line(paras[j])):
            # (A heading with no point under it is no box: a headline "Machine summaries".)
            return above if any(_line(p) for p in above[:-1]) else []
        j -= 1
    items: list[Paragraph] = []
    for p in above:
        line = _line(p)
        if line and not _LIST_ITEM.match(line):
            if word_count(words(line)) <= BOX_HEAD_MAX_WORDS and not ends_sentence(line) and items:
                items.append(p)  # the items' heading
            break
        items.append(p)
    return items if any(_LIST_ITEM.match(_line(p)) for p in items) else []


def _listed(p: Paragraph) -> bool:
    """A list item of a box, or an empty line inside it (a quotation's ">")."""
    line = _line(p)
    return not line or _LIST_ITEM.match(line) is not None


def _box_under(paras: list[Paragraph], i: int) -> list[Paragraph]:
    """The points under a notice that heads its box ("AI summary:", "AI摘要"),
    or that stands right under the box's heading ("Shrnutí článku" over
    "Tento souhrn byl vytvořen pomocí umělé inteligence"), and that heading.
    The points are list items, past blank lines too; or short lines the
    box's block ends with. A second notice may close them ("以上内容由AI生成，
    仅供参考")."""
    head = [paras[i - 1]] if i >= 1 and paras[i - 1].block == paras[i].block and _is_head(_line(paras[i - 1])) else []
    below: list[Paragraph] = []
    for k in range(i + 1, min(len(paras), i + 1 + BOX_MAX_LINES)):
        line = _line(paras[k])
        if line and word_count(words(line)) > BOX_LINE_MAX_WORDS:
            break
        if below and is_notice(line):
            return head + below + [paras[k]]
        if not _listed(paras[k]):
            after_items = any(_line(p) for p in below) and all(map(_listed, below))
            # (A notice alone in its block is the box's heading, "AI 요약",
            # over the next block's points.)
            heading_alone = k == i + 1 and _alone_as_heading(paras, i)
            if (paras[k].block != paras[k - 1].block and not heading_alone) or after_items:
                break  # (unmarked points go on only inside the block, and not after list items)
        below.append(paras[k])
    if not any(_line(p) for p in below):
        return []
    unmarked = [_line(p) for p in below if not _listed(p)]
    last = i + len(below)
    if unmarked and (any(word_count(words(line)) > UNMARKED_POINT_MAX_WORDS for line in unmarked)
                     or (last + 1 < len(paras) and paras[last + 1].block == paras[last].block)):
        return []  # the article's paragraphs, a line each, in the block that goes on
    return head + below


def _alone_as_heading(paras: list[Paragraph], i: int) -> bool:
    """Line `i` is a heading's few words, alone in its block."""
    line = _line(paras[i])
    return ((i == 0 or paras[i - 1].block != paras[i].block)
            and (i + 1 == len(paras) or paras[i + 1].block != paras[i].block)
            and word_count(words(line)) <= BOX_HEAD_MAX_WORDS and not ends_sentence(line))


# A notice alone as the heading of a summary written as one paragraph
# ("Resumo gerado por IA" over "A Bem Viver anunciou …"): the paragraph is
# short, and the article under it says most of its words again.
SUMMARY_PARAGRAPH_MAX_WORDS = 80
SUMMARY_MIN_RESTATED = 0.5
SUMMARY_ARTICLE_REACH = 12


def _paragraph_under(paras: list[Paragraph], i: int, lang: str | None) -> list[Paragraph]:
    """The one paragraph a notice heads, when the article under it restates it."""
    k = i + 1
    if not _alone_as_heading(paras, i) or k >= len(paras) or (k + 1 < len(paras) and paras[k + 1].block == paras[k].block):
        return []
    if word_count(words(paras[k].plain)) > SUMMARY_PARAGRAPH_MAX_WORDS:
        return []
    restated = restated_share([paras[k]], paras[k + 1 : k + 1 + SUMMARY_ARTICLE_REACH], lang)
    return [paras[k]] if restated >= SUMMARY_MIN_RESTATED else []


def restated_share(said: list[Paragraph], article: list[Paragraph], lang: str | None) -> float:
    """The share of the content words of `said` (a summary) that `article`
    says again; 0 when `said` has none."""
    summary = frozenset().union(*(content_stems(p.plain, lang) for p in said))
    if not summary:
        return 0.0
    words_after = frozenset().union(*(content_stems(p.plain, lang) for p in article))
    return len(summary & words_after) / len(summary)


def drop_generated_summaries(doc: Document, config: Config) -> None:
    """Drop each box of points that a notice names as a machine's summary,
    and its notice (D105). A notice alone, with no points by it, is left to
    the other rules: it may be a sentence of an article about such boxes."""
    paras = doc.kept()
    for i, p in enumerate(paras):
        if not p.kept or not is_notice(p.plain):  # (a quotation's "> " is no word)
            continue
        box = _box_over(paras, i) or _box_under(paras, i) or _paragraph_under(paras, i, doc.language)
        if not box:
            continue
        for q in box:
            q.drop("D105", notice=p.index)
        p.drop("D105", notice=p.index)
