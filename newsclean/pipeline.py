"""The cleaning pipeline: segment, decide, render — pure functions of (text, config)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .boilerplate import drop_boilerplate
from .config import DEFAULT, Config
from .document import Decision, Document, Paragraph
from .duplicates import drop_duplicates, drop_summaries
from .generated import drop_generated_summaries
from .language import article_language, detect_paragraphs, drop_foreign
from .pullquotes import drop_pull_quotes
from .segment import blocks_written_apart, normalize, segment
from .summaryboxes import drop_summary_boxes
from .titles import drop_title_copies

if TYPE_CHECKING:
    from .corpus import SiteView  # batch mode only: imported when used

# Each pass can only drop paragraphs, so repeating until nothing changes ends
# after a few passes; the fixed point makes cleaning idempotent.
MAX_PASSES = 10


@dataclass
class Result:
    text: str
    language: str | None
    paragraphs: list[Paragraph]
    warnings: list[str]

    @property
    def changed(self) -> bool:
        return any(not p.kept for p in self.paragraphs)

    @property
    def dropped(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if not p.kept]


def _decide(doc: Document, config: Config) -> None:
    """One pass of every stage over the paragraphs still kept."""
    doc.language = article_language(doc.kept(), config)
    stages = [
        (config.language_filter, drop_foreign),
        (config.dedup, drop_title_copies),
        (config.dedup, drop_generated_summaries),
        (config.dedup, drop_duplicates),
        (config.dedup, drop_pull_quotes),
        (config.boilerplate, drop_boilerplate),
        (config.dedup, drop_summaries),
        (config.dedup, drop_summary_boxes),
    ]
    for enabled, stage in stages:
        if enabled:
            stage(doc, config)
            # Unselected codes are undone at once, so later stages (and a
            # second run over the output) see the same paragraphs.
            _apply_selection(doc, config)


def clean_document(text: str, config: Config = DEFAULT, site_profile: SiteView | None = None) -> Document:
    """Decide every paragraph of `text`.

    `site_profile` (batch mode) names the paragraphs that recur across the
    site's documents; they are dropped first (S101), so the other stages
    judge the article without them.
    """
    norm = normalize(text)
    doc = Document(norm, segment(norm))
    detect_paragraphs(doc, config)
    if site_profile is not None and config.site_boilerplate:
        from .corpus import drop_site_boilerplate

        drop_site_boilerplate(doc, site_profile)
        _apply_selection(doc, config)
    for _ in range(MAX_PASSES):
        before = len(doc.kept())
        _decide(doc, config)
        if len(doc.kept()) == before:
            break
    _never_empty(doc, config)
    return doc


def _apply_selection(doc: Document, config: Config) -> None:
    """--select / --ignore: drops by codes not selected are undone."""
    if not config.ignore and "ALL" in config.select:
        return  # the default: every code selected, none ignored
    from .reasons import matches_selector

    for p in doc.paragraphs:
        code = p.decision.code
        if p.kept:
            continue
        selected = matches_selector(code, config.select)
        if not selected or matches_selector(code, config.ignore):
            p.decision = Decision(True, "K001", {"ignored": code})


def _never_empty(doc: Document, config: Config) -> None:
    dropped = [p for p in doc.paragraphs if not p.kept]
    if not dropped:
        return
    if len(dropped) == len(doc.paragraphs):
        for p in doc.paragraphs:
            p.decision = Decision(True, "K003", {"would_drop": p.decision.code})
        doc.warnings.append("every paragraph would be dropped; the text is kept as it was")
        return
    total = sum(len(p.text) for p in doc.paragraphs)
    share = sum(len(p.text) for p in dropped) / total
    if share > config.max_drop_share:
        for p in dropped:
            p.decision = Decision(True, "K004", {"would_drop": p.decision.code})
        doc.warnings.append(
            f"cleaning would drop {share:.0%} of the text (limit {config.max_drop_share:.0%}); kept as it was"
        )


def render_text(doc: Document) -> str:
    """Kept paragraphs in order, separated as in the input.

    Two kept paragraphs from the same block are joined by a newline, from
    different blocks by a blank line; but a block whose paragraphs would
    read as other paragraphs, joined so, is written a paragraph per block
    (as its own block, a wrapped paragraph is one again).
    """
    kept = doc.kept()
    merged_blocks = blocks_written_apart(kept)
    out: list[str] = []
    prev: Paragraph | None = None
    for p in kept:
        if prev is not None:
            same_block = p.block == prev.block and p.block not in merged_blocks
            out.append("\n" if same_block else "\n\n")
        out.append(p.text)
        prev = p
    return "".join(out)


def clean(text: str, config: Config | None = None, site_profile: SiteView | None = None, **options) -> Result:
    """Clean one article.  `options` are Config fields (e.g. ``lang="en"``).

    `site_profile`: a :class:`newsclean.corpus.SiteView` from batch counts.
    """
    config = (config or DEFAULT).with_options(**options) if options else (config or DEFAULT)
    doc = clean_document(text, config, site_profile)
    return Result(render_text(doc), doc.language, doc.paragraphs, doc.warnings)
