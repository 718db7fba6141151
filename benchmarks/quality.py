"""Accuracy benchmark: newsclean (and optional peers) on ../shared/bench.

Exports the benchmark inputs with the benchmark's own score.py, cleans every
file in-process (a process pool, not a process per file), and scores the
output folder with score.py, so the figures are the benchmark's own.

    python benchmarks/quality.py                     # all families, newsclean only
    python benchmarks/quality.py --limit 100 --peers # a sample, with jusText and C4 rules
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def _clean_file(args: tuple[str, str]) -> None:
    src, dst = args
    from newsclean import clean

    text = Path(src).read_text("utf-8")
    out = clean(text).text
    Path(dst).write_text(out + "\n" if out else "", "utf-8")


def run_newsclean(inputs: Path, outputs: Path, jobs: int) -> None:
    tasks = []
    for src in sorted(inputs.rglob("*.txt")):
        dst = outputs / src.relative_to(inputs)
        dst.parent.mkdir(parents=True, exist_ok=True)
        tasks.append((str(src), str(dst)))
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_clean_file, tasks, chunksize=16))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=BENCH, help="folder with score.py and corpus.jsonl.gz")
    ap.add_argument("--limit", type=int, help="records per family (score.py --limit)")
    ap.add_argument("--family", help="families, comma-separated")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, help="keep inputs/outputs in this folder")
    ap.add_argument("--per-doc", type=Path, help="score.py --per-doc FILE")
    ap.add_argument("--json", action="store_true", help="score.py --json")
    args = ap.parse_args()

    score = [sys.executable, str(args.bench / "score.py")]
    common = []
    if args.limit:
        common += ["--limit", str(args.limit)]
    if args.family:
        common += ["--family", args.family]
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsclean-quality-"))
    inputs, outputs = work / "in", work / "newsclean"
    if not inputs.exists():
        subprocess.run([*score, "export", str(inputs), *common], check=True, stdout=subprocess.DEVNULL)
    run_newsclean(inputs, outputs, args.jobs)
    extra = []
    if args.per_doc:
        extra += ["--per-doc", str(args.per_doc)]
    if args.json:
        extra.append("--json")
    subprocess.run([*score, "folder", str(outputs), *common, *extra], check=True)


if __name__ == "__main__":
    main()
