"""Renderers: plain text, JSON and the --explain table, all from one Document."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from .document import Document, Paragraph
from .pipeline import render_text
from .reasons import REASONS

JSON_SCHEMA_VERSION = 1


def paragraph_record(p: Paragraph) -> dict[str, Any]:
    reason = REASONS[p.decision.code]
    return {
        "index": p.index,
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "line": p.line,
        "lang": p.lang,
        "confidence": round(p.lang_confidence, 4),
        "kept": p.kept,
        "code": reason.code,
        "reason": reason.name,
        "message": reason.message,
        "evidence": p.decision.evidence,
    }


def to_json_obj(doc: Document) -> dict[str, Any]:
    return {
        "schema": JSON_SCHEMA_VERSION,
        "text": render_text(doc),
        "language": doc.language,
        "changed": any(not p.kept for p in doc.paragraphs),
        "warnings": list(doc.warnings),
        "paragraphs": [paragraph_record(p) for p in doc.paragraphs],
    }


def to_json(doc: Document) -> str:
    return json.dumps(to_json_obj(doc), ensure_ascii=False, indent=2)


def explain(doc: Document, stream: TextIO, title: str | None = None, preview: int = 60) -> None:
    """A table on `stream`, one row per paragraph."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Off a terminal (pipes, logs, tests) rich would fold the table to 80
    # columns and hide the codes; give it room instead.
    width = None if stream.isatty() else 160
    console = Console(file=stream, highlight=False, soft_wrap=False, width=width)
    table = Table(title=Text(_visible(title)) if title else None, title_justify="left", show_lines=False,
                  pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("line", justify="right")
    table.add_column("decision")
    table.add_column("code")
    table.add_column("why")
    table.add_column("lang")
    table.add_column("text", overflow="ellipsis", no_wrap=True, max_width=preview)
    for p in doc.paragraphs:
        reason = REASONS[p.decision.code]
        decision = Text("kept", style="green") if p.kept else Text("dropped", style="red")
        why = reason.message + _evidence_note(p)
        lang = f"{p.lang} {p.lang_confidence:.2f}" if p.lang else f"({doc.language or '-'})"
        # Text(), not a str: rich would read "[/b]" in a paragraph as markup.
        snippet = Text(_visible(p.text.replace("\n", " ")))
        table.add_row(str(p.index), str(p.line), decision, reason.code, Text(why), lang, snippet)
    console.print(table)
    console.print(f"article language: {doc.language or 'unknown'}; "
                  f"kept {sum(p.kept for p in doc.paragraphs)} of {len(doc.paragraphs)} paragraphs")
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """Control characters shown as escapes: an ESC sequence in a scraped
    page must not reach the terminal (colours, cursor moves, a title)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _evidence_note(p: Paragraph) -> str:
    ev = p.decision.evidence
    if "duplicate_of" in ev:
        return f" (#{ev['duplicate_of']})"
    if "restates" in ev:
        return " (#" + ", #".join(map(str, ev["restates"])) + ")"
    if "lang" in ev:
        return f" ({ev['lang']} {ev.get('confidence', '')})"
    if "doc_freq" in ev:
        return f" (in {ev['doc_freq']} documents)"
    return ""


# --- batch mode: progress bar and summary table -------------------------------------


class RichProgress:
    """A rich progress bar on stderr: items done, MB/s and ETA (by bytes)."""

    wants_totals = True

    def __init__(self, stream: TextIO):
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn, TransferSpeedColumn)

        self._progress = Progress(
            TextColumn("{task.description}", markup=False),  # it names input files: "[1].jsonl" is no markup
            BarColumn(),
            TextColumn("{task.fields[items]:,} {task.fields[unit]}"),
            TransferSpeedColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self._task = None
        self._started = False

    def start(self, description: str, total_bytes: int | None, unit: str) -> None:
        if not self._started:
            self._progress.start()
            self._started = True
        if self._task is not None:
            self._progress.update(self._task, visible=True)
        self._task = self._progress.add_task(description, total=total_bytes, items=0, unit=unit)

    def advance(self, items: int, nbytes: int) -> None:
        task = self._progress.tasks[-1]
        self._progress.update(self._task, advance=nbytes, items=task.fields["items"] + items)

    def stop(self) -> None:
        if self._started:
            self._progress.stop()
            self._started = False


def batch_summary(summary: Any, stream: TextIO, max_errors: int = 20) -> None:
    """The end-of-batch table: inputs, paragraphs by reason, languages, errors, time."""
    from rich.console import Console
    from rich.table import Table

    d = summary.to_dict()
    # Off a terminal (pipes, logs, tests) rich would fold the table to 80
    # columns and hide the codes; give it room instead.
    width = None if stream.isatty() else 160
    console = Console(file=stream, highlight=False, soft_wrap=False, width=width)
    table = Table(title="newsclean batch", title_justify="left", show_header=False, pad_edge=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_column("detail")
    if d["files"] or not d["records"]:
        table.add_row("files cleaned", f"{d['files']:,}", "")
    if d["records"]:
        table.add_row("records cleaned", f"{d['records']:,}", "")
    if d["skipped"]:
        table.add_row("skipped (exist)", f"{d['skipped']:,}", "")
    table.add_row("failed", f"{d['failed']:,}", "")
    if d["flagged"]:
        table.add_row("kept as they were", f"{d['flagged']:,}", "cleaning would drop all or too much (K003/K004)")
    table.add_row("paragraphs kept", f"{d['paragraphs']['kept']:,}", "")
    table.add_row("paragraphs dropped", f"{d['paragraphs']['dropped_total']:,}", "")
    for code, n in d["paragraphs"]["dropped"].items():
        table.add_row("", f"{n:,}", f"{code} {REASONS[code].name}")
    langs = list(d["languages"].items())
    if langs:
        shown = ", ".join(f"{lang} {n:,}" for lang, n in langs[:8])
        more = f", … {len(langs) - 8} more" if len(langs) > 8 else ""
        table.add_row("languages", f"{len(langs)}", shown + more)
    sb = d["site_boilerplate"]
    if sb["sites"]:
        table.add_row("site boilerplate", f"{sb['boilerplate_paragraphs']:,}",
                      f"distinct paragraphs in {sb['sites']:,} sites: {sb['distinct_paragraphs']:,}")
    mb = d["bytes"] / 1e6
    rate = f", {mb / d['seconds']:.1f} MB/s" if d["seconds"] > 0 else ""
    table.add_row("time", f"{d['seconds']:.1f} s", f"{mb:.1f} MB{rate}")
    console.print(table)
    _write_listing(stream, "failed", summary.errors, summary.failed, max_errors)
    _write_listing(stream, "kept as they were", summary.flags, summary.flagged, max_errors)
    if summary.interrupted and summary.in_place:
        console.print("[yellow]interrupted:[/yellow] finished files are complete; run the same command again "
                      "to do the rest (cleaned files come out as they are)")
    elif summary.interrupted:
        console.print("[yellow]interrupted:[/yellow] finished outputs are complete; "
                      "run again with --skip-existing to do the rest")


def batch_failures(summary: Any, stream: TextIO, max_errors: int = 20) -> None:
    """Only the failed inputs (what --quiet still shows: an exit status of 1
    must name what failed)."""
    _write_listing(stream, "failed", summary.errors, summary.failed, max_errors)


def _write_listing(stream: TextIO, what: str, items: list, total: int, limit: int) -> None:
    """Plain lines, never wrapped: paths and line numbers must stay greppable."""
    if not items:
        return
    stream.write(f"{total:,} input(s) {what}:\n")
    for e in items[:limit]:
        stream.write(f"  {e}\n")
    if total > limit:
        stream.write(f"  … and {total - limit:,} more (see --report)\n")
