"""Printing `check` results: concise, full, json, github, statistics and diffs.

The formats follow ruff's so that editors, CI problem matchers and people
read them without learning anything new:

* concise: ``path:line:col: CODE message``, one line per finding;
* full:    the same line, then the paragraph with line numbers and a caret;
* json:    a list of objects with ``code``, ``message``, ``filename``,
           ``location``/``end_location`` (``row``/``column``), ``fix``;
* github:  ``::error title=...,file=...,line=...,col=...::message`` workflow
           commands, which GitHub Actions shows as annotations on the diff.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from .check import Article, Finding, Report

SNIPPET_CHARS = 48
FULL_MAX_LINES = 4
FIX_HINT = "newsclean clean --in-place"


# Control characters a scraped text or a file name may hold: printed as they
# are, an escape sequence would drive the reader's terminal (clear it, set
# its title) and a newline would break the path:line:col format.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with its control characters written as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return json.dumps(flat, ensure_ascii=False)


def note(f: "Finding") -> str:
    """Evidence worth a few words in the one-line message."""
    ev = f.evidence
    if "duplicate_of_line" in ev:
        return f" (line {ev['duplicate_of_line']})"
    if "restates_lines" in ev:
        lines = ev["restates_lines"]
        return f" (line{'s' if len(lines) != 1 else ''} " + ", ".join(map(str, lines)) + ")"
    if "lang" in ev and "confidence" in ev:
        return f" ({ev['lang']}, {ev['confidence']})"
    return ""


def message(f: "Finding") -> str:
    where = ""
    if f.text_line is not None:
        rid = f"id {f.record_id}, " if f.record_id is not None else ""
        where = f" [{rid}text {f.text_line}:{f.text_column}]"
    return f"{f.message}{note(f)}: {snippet(f.text)}{where}"


def concise_line(f: "Finding") -> str:
    return f"{visible(f.path)}:{f.line}:{f.column}: {f.code} {message(f)}"


def write_concise(findings: list["Finding"], out: TextIO) -> None:
    for f in findings:
        out.write(concise_line(f) + "\n")


def write_full(findings: list["Finding"], out: TextIO) -> None:
    for f in findings:
        out.write(concise_line(f) + "\n")
        first = f.text_line if f.text_line is not None else f.line
        lines = f.text.split("\n")
        shown = lines[:FULL_MAX_LINES]
        width = len(str(first + len(shown) - 1))
        pad = " " * width
        out.write(f"{pad} |\n")
        for i, text in enumerate(shown):
            out.write(f"{first + i:>{width}} | {visible(text)}\n")
            if i == 0:
                col = (f.text_column if f.text_column is not None else f.column) - 1
                out.write(f"{pad} | {' ' * col}{'^' * max(1, min(len(text), 60))} {f.code} {f.name}\n")
        if len(lines) > len(shown):
            out.write(f"{pad} | … ({len(lines) - len(shown)} more lines)\n")
        out.write(f"{pad} |\n")
        evidence = {k: v for k, v in f.evidence.items() if not k.endswith(("_line", "_lines"))}
        if evidence:
            out.write(f"{pad} = evidence: {json.dumps(evidence, ensure_ascii=False, sort_keys=True)}\n")
        if f.fixable:
            out.write(f"{pad} = fix: drop the paragraph ({FIX_HINT} {visible(f.path)})\n\n")
        else:
            out.write(f"{pad} = no fix: cleaning keeps such a text as it was; remove it, or --ignore {f.code}\n\n")


def finding_record(f: "Finding") -> dict[str, Any]:
    record: dict[str, Any] = {
        "code": f.code,
        "name": f.name,
        "message": f.message,
        "filename": f.path,
        "location": {"row": f.line, "column": f.column},
        "end_location": {"row": f.end_line, "column": f.end_column},
        "paragraph": f.index,
        "text": f.text,
        "evidence": f.evidence,
        "fix": ({"applicability": "safe", "message": "Drop the paragraph", "command": f"{FIX_HINT} {f.path}"}
                if f.fixable else None),
    }
    if f.text_line is not None:
        record["record_id"] = f.record_id
        record["text_location"] = {"row": f.text_line, "column": f.text_column}
    return record


def write_json(findings: list["Finding"], out: TextIO) -> None:
    records = [finding_record(f) for f in findings]
    text = json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A file name that is not UTF-8 holds lone surrogates, which would
        # reach stdout as raw bytes (invalid JSON): escape them all instead.
        text = json.dumps(records, indent=2, sort_keys=True)
    out.write(text + "\n")


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def write_github(findings: list["Finding"], out: TextIO) -> None:
    for f in findings:
        props = ",".join([
            f"title={_escape_property(f'newsclean ({f.code})')}",
            f"file={_escape_property(f.path)}",
            f"line={f.line}",
            f"col={f.column}",
            f"endLine={f.end_line}",
            f"endColumn={f.end_column}",
        ])
        out.write(f"::error {props}::{_escape_data(concise_line(f))}\n")


WRITERS = {"concise": write_concise, "full": write_full, "json": write_json, "github": write_github}


def statistics(findings: list["Finding"]) -> list[tuple[str, str, int, bool]]:
    """(code, name, count, fixable), most frequent first, ties by code."""
    counts = Counter((f.code, f.name, f.fixable) for f in findings)
    return sorted(((c, n, k, fx) for (c, n, fx), k in counts.items()), key=lambda t: (-t[2], t[0]))


def write_statistics(findings: list["Finding"], out: TextIO, fmt: str) -> None:
    rows = statistics(findings)
    if fmt == "json":
        json.dump([{"code": c, "name": n, "count": k, "fixable": fx} for c, n, k, fx in rows], out, indent=2)
        out.write("\n")
        return
    width = max((len(str(k)) for _, _, k, _ in rows), default=1)
    for code, name, count, fixable in rows:
        out.write(f"{count:>{width}}\t{code}\t{'[*]' if fixable else '[ ]'} {name}\n")


def write_summary(report: "Report", out: TextIO) -> None:
    n = len(report.findings)
    if not n and not report.errors:
        out.write("All checks passed!\n")
        return
    if n:
        files = report.changed_files
        out.write(f"Found {n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}.\n")
        fixable = sum(f.fixable for f in report.findings)
        if fixable:
            out.write(f"[*] {fixable} fixable with `{FIX_HINT}`.\n")
        if fixable < n:
            out.write(f"{n - fixable} kept whole by the safety limits (K003/K004): no fix changes them.\n")
    if report.errors:
        out.write(unchecked(report) + "\n")


def unchecked(report: "Report") -> str:
    """The summary's line for inputs that could not be read: a clean
    result for the rest is no "All checks passed!"."""
    e = len(report.errors)
    return f"{e} input{'s' if e != 1 else ''} could not be checked (errors above)."


def terminal_diff(diff: str) -> str:
    """`diff` to show on a terminal: the control characters inside its lines
    written as \\xNN (an ESC from a scraped page would drive the terminal), its
    line ends kept.  Only for a terminal: piped or redirected, a diff is a patch,
    and `patch` needs the file's own bytes."""
    return "".join(visible(line) + "\n" for line in diff.split("\n")[:-1])


def unified_diff(article: "Article", fixed: str) -> str:
    import difflib

    name = article.path
    if article.record_line is not None:
        rid = f", id {article.record_id}" if article.record_id is not None else ""
        name = f"{article.path}:{article.record_line} (text{rid})"
    a = _patch_lines(article.text)
    b = _patch_lines(fixed)
    out = []
    for line in difflib.unified_diff(a, b, fromfile=name, tofile=name):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def _patch_lines(text: str) -> list[str]:
    """Lines as `patch` and `git apply` read them: ended by "\n" only (not
    str.splitlines(), which also splits at a lone CR, form feeds, U+0085
    and U+2028, and made patches those tools reject)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]
