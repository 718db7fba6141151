"""Shared by the engine integration tests: a small corpus and the CLI's output for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.integrations.synthetic import records

ROOT = Path(__file__).resolve().parents[1]


def corpus(n_docs: int = 60) -> list[dict]:
    """Generated articles plus the awkward records: non-ASCII text, nested
    fields, a different field order, an empty text, a URL as the only site
    hint, a record the CLI skips (no text)."""
    recs: list = list(records(n_docs, n_sites=4, seed=7))
    recs.insert(5, {"text": "Zürich café — «Grüße» 東京\n\nShare\n\nZürich café — «Grüße» 東京",
                    "id": "odd-1", "site": "riverside.example", "extra": {"tags": ["a", "ü"], "n": 1.5}})
    recs.insert(9, {"id": "odd-2", "site": "northbay.example", "text": ""})
    recs.insert(11, {"id": "odd-3", "site": "northbay.example", "body": "no text field"})
    return recs


def write_jsonl(recs: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def write_shards(recs: list[dict], folder: Path, shards: int = 2) -> list[Path]:
    """Split `recs` in order over `shards` JSONL files (part-0.jsonl, ...)."""
    size = -(-len(recs) // shards)
    return [write_jsonl(recs[k * size:(k + 1) * size], folder / f"part-{k}.jsonl") for k in range(shards)]


def cli_output(recs: list[dict], tmp: Path, *args: str) -> bytes:
    """What ``python -m newsclean clean in.jsonl -o out.jsonl ARGS`` writes for `recs`."""
    help_text = subprocess.run([sys.executable, "-m", "newsclean", "clean", "--help"], capture_output=True,
                               text=True, cwd=ROOT).stdout
    if "--site-field" not in help_text:
        pytest.skip("the CLI has no JSONL batch mode yet (branch batch)")
    src = write_jsonl(recs, tmp / "cli" / "in.jsonl")
    dst = tmp / "cli" / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(src), "-o", str(dst), "-q", *args],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr  # 1: some record failed (the one without text)
    return dst.read_bytes()
