"""Shared by the engine integration tests: a small corpus and the CLI's output for it.

The reference output is what ``python -m newsclean clean in.jsonl -o out.jsonl``
writes.  While the CLI has no JSONL batch mode yet, the reference is built from
``newsclean.clean()`` per record in the same record format instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsclean import clean
from newsclean.integrations.synthetic import records
from newsclean.render import paragraph_record

ROOT = Path(__file__).resolve().parents[1]


def corpus(n_docs: int = 60) -> list[dict]:
    """Generated articles plus the awkward records: non-ASCII text, nested
    fields, a different field order, an empty text."""
    recs = list(records(n_docs, n_sites=4, seed=7))
    recs.insert(5, {"text": "Zürich café — «Grüße» 東京\n\nShare\n\nZürich café — «Grüße» 東京",
                    "id": "odd-1", "site": "riverside.example", "extra": {"tags": ["a", "ü"], "n": 1.5}})
    recs.insert(9, {"id": "odd-2", "site": "northbay.example", "text": ""})
    return recs


def write_shards(recs: list[dict], folder: Path, shards: int = 2) -> list[Path]:
    """Split `recs` in order over `shards` JSONL files (part-0.jsonl, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    size = -(-len(recs) // shards)
    paths = []
    for k in range(shards):
        path = folder / f"part-{k}.jsonl"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for rec in recs[k * size:(k + 1) * size]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def cli_has_jsonl() -> bool:
    out = subprocess.run([sys.executable, "-m", "newsclean", "clean", "--help"], capture_output=True,
                         text=True, cwd=ROOT)
    return "--jsonl" in out.stdout


def cli_output(recs: list[dict], tmp: Path, extra_args: tuple[str, ...] = (), site_level: bool = False) -> bytes:
    """The CLI's JSONL output for `recs` (or, before batch mode exists, the
    same records built from ``newsclean.clean()``, with site-level counts from
    ``newsclean.corpus`` when `site_level`)."""
    src = tmp / "cli-in.jsonl"
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if cli_has_jsonl():
        dst = tmp / "cli-out.jsonl"
        subprocess.run([sys.executable, "-m", "newsclean", "clean", "--jsonl", str(src), "-o", str(dst),
                        *extra_args], check=True, cwd=ROOT)
        return dst.read_bytes()
    assert not extra_args, "CLI options need the CLI's batch mode"
    views = {}
    if site_level:
        from newsclean.config import Config
        from newsclean.corpus import count_documents

        counts = count_documents((str(r.get("site") or ""), r.get("text") or "") for r in recs)
        views = counts.views(Config())
    lines = []
    for rec in recs:
        result = clean(rec.get("text") or "", site_profile=views.get(str(rec.get("site") or "")))
        out = dict(rec)
        out["text"] = result.text
        out["newsclean"] = {
            "language": result.language,
            "changed": result.changed,
            "warnings": result.warnings,
            "paragraphs": [paragraph_record(p) for p in result.paragraphs],
        }
        lines.append(json.dumps(out, ensure_ascii=False) + "\n")
    return "".join(lines).encode("utf-8")
