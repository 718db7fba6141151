"""Cold wall time of `newsclean check ONE_ARTICLE` (what a pre-commit hook pays per call).

Every run is a new process: Python start-up, imports, language profiles,
configuration search and the check itself.  Prints the median and the spread
of N runs next to `python -c pass` and, for reference, a batch of articles in
one call (which should cost start-up once, then the batch rate).

    python benchmarks/check_startup.py [FILE] [-n 20] [--batch 1000] [--corpus PATH]

The batch uses real articles (the `input` of the `residue` and `clean`
records of ../shared/bench/corpus.jsonl.gz) when that file exists, else
varied copies of FILE.

Not a test: wall-clock figures depend on the machine; the target is a median
of at most 0.25 s for one article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "tests" / "data" / "seed_article.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "corpus.jsonl.gz"


def batch_texts(n: int, corpus: Path, fallback: Path) -> tuple[list[str], str]:
    if corpus.is_file():
        import gzip
        import json

        texts = []
        with gzip.open(corpus, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("family") in ("residue", "clean"):
                    texts.append(record["input"])
                    if len(texts) == n:
                        break
        return texts, f"articles from {corpus.name}"
    text = fallback.read_text("utf-8")
    # Vary each copy so the language cache cannot make the batch artificially cheap.
    return [f"Story {i}\n\n{text}\n\nUpdated {i} minutes ago.\n" for i in range(n)], f"copies of {fallback.name}"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def series(cmd: list[str], n: int, env: dict[str, str]) -> list[float]:
    timed(cmd, env)  # warm the OS file cache once; every measured run is still a new process
    return [timed(cmd, env) for _ in range(n)]


def show(label: str, times: list[float]) -> None:
    q = statistics.quantiles(times, n=10) if len(times) >= 2 else times
    print(f"{label:<44} median {statistics.median(times):.3f} s   "
          f"p10 {q[0]:.3f}  p90 {q[-1]:.3f}  (n={len(times)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    ap.add_argument("-n", type=int, default=20, help="runs per command")
    ap.add_argument("--batch", type=int, default=1000, help="articles for the one-call batch run (0: skip)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL(.gz) with an `input` field")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    py = sys.executable

    show("python -c pass", series([py, "-c", "pass"], args.n, env))
    show("python -m newsclean --version", series([py, "-m", "newsclean", "--version"], args.n, env))
    check_one = series([py, "-m", "newsclean", "check", args.file], args.n, env)
    show("python -m newsclean check FILE", check_one)
    script = Path(sys.executable).with_name("newsclean")
    if script.exists():
        show("newsclean check FILE (console script)", series([str(script), "check", args.file], args.n, env))

    if args.batch:
        texts, what = batch_texts(args.batch, args.corpus, Path(args.file))
        with tempfile.TemporaryDirectory() as tmp:
            for i, text in enumerate(texts):
                Path(tmp, f"a{i:05d}.txt").write_text(text, "utf-8")
            print(f"batch: {len(texts)} {what}")
            for jobs in ("1", "0"):
                t = timed([py, "-m", "newsclean", "check", "--exit-zero", "-q", "--jobs", jobs, tmp], env)
                print(f"check {len(texts)} files in one call, --jobs {jobs:<9} {t:.2f} s total, "
                      f"{t / len(texts) * 1000:.1f} ms per article")
    median = statistics.median(check_one)
    print(f"\ncold `check` of one article: median {median:.3f} s "
          f"({'within' if median <= 0.25 else 'OVER'} the 0.25 s budget)")


if __name__ == "__main__":
    main()
