"""Renderers: plain text, JSON and the --explain table, all from one Document."""

from __future__ import annotations

import json
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

    console = Console(file=stream, highlight=False, soft_wrap=False)
    table = Table(title=title, title_justify="left", show_lines=False, pad_edge=False)
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
        snippet = p.text.replace("\n", " ")
        table.add_row(str(p.index), str(p.line), decision, reason.code, why, lang, snippet)
    console.print(table)
    console.print(f"article language: {doc.language or 'unknown'}; "
                  f"kept {sum(p.kept for p in doc.paragraphs)} of {len(doc.paragraphs)} paragraphs")
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


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
