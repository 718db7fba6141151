"""Hostile sizes and shapes: time and memory linear in the input.

Default run: shapes at a size that takes a second or two.  NEWSCLEAN_SLOW=1
adds the big ones (100 MB file, 10 MB single line), each in a subprocess
whose peak RSS is measured; the bounds asserted there are the ones stated in
docs/reliability.md (memory only: no wall-clock asserts).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean import clean
from newsclean.check import _Positions
from newsclean.cli import main
from nasty import bounded, PROSE, article

REPO = Path(__file__).resolve().parents[2]
SLOW = os.environ.get("NEWSCLEAN_SLOW") == "1"
HANG = 300




def test_200000_one_character_lines(tmp_path):
    text = "x\n" * 200_000
    result = bounded(clean, text, seconds=HANG)
    assert result.text == text.rstrip("\n")  # all would go: kept whole, with a warning
    assert result.warnings
    f = tmp_path / "lines.txt"
    f.write_text(text)
    r = bounded(CliRunner().invoke, main, ["check", str(f)], seconds=HANG)
    assert r.exit_code == 1 and "K003" in r.stdout  # junk kept whole: one finding, no fix


def test_10000_identical_paragraphs(tmp_path):
    text = (PROSE[0] + "\n\n") * 10_000
    result = bounded(clean, text, seconds=HANG)
    assert result.text == PROSE[0]
    f = tmp_path / "same.txt"
    f.write_text(text)
    r = bounded(CliRunner().invoke, main, ["check", str(f), "--statistics"], seconds=HANG)
    assert r.exit_code == 1 and "9999" in r.stdout.replace(",", "")


def test_position_lookups_are_not_quadratic():
    # Found: each lookup counted newlines from the start of the text.
    n = 1_000_000
    text = "ab\n" * n
    pos = _Positions(text, text)
    got = bounded(lambda: [pos.at(i * 3)[0] for i in range(0, n, 7)], seconds=HANG)
    assert got[:3] == [1, 8, 15] and got[-1] == (n - 1) // 7 * 7 + 1


def measure(args, tmp_path):
    """Run newsclean in a child; its peak RSS in bytes (Linux ru_maxrss is KiB)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    code = ("import resource, subprocess, sys, time; t = time.monotonic(); "
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.monotonic() - t); "
            "sys.stderr.write(p.stderr.decode()[-2000:])")
    p = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "newsclean", *map(str, args)],
                       capture_output=True, env=env, timeout=3600)
    rc, rss_kib, seconds = p.stdout.decode().split()
    print(f"{args[:2]}: rc={rc} peak RSS {int(rss_kib) / 1024:.0f} MiB, {float(seconds):.1f} s")
    return int(rc), int(rss_kib) * 1024


def write_articles(path: Path, nbytes: int) -> int:
    size = i = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < nbytes:
            a = article(i, f"Story {i} of the corpus") + f"\nParagraph {i} about item {i * 7} and {i * 13}.\n\n"
            f.write(a)
            size += len(a)
            i += 1
    return path.stat().st_size


def write_one_line(path: Path, nbytes: int) -> int:
    words = " ".join(PROSE).split()
    with open(path, "w", encoding="utf-8") as f:
        size = i = 0
        while size < nbytes:
            w = words[i % len(words)] + " "
            f.write(w)
            size += len(w)
            i += 1
        f.write("\n")
    return path.stat().st_size


# Stated bounds (docs/reliability.md): peak RSS <= BASE + PER_BYTE * input size for one document.
BASE = 150 << 20
PER_BYTE = 40


@pytest.mark.skipif(not SLOW, reason="big inputs: set NEWSCLEAN_SLOW=1")
@pytest.mark.parametrize("shape,mb", [("articles", 100), ("articles", 10), ("one_line", 10), ("one_line", 1)])
def test_big_single_documents_stay_within_the_memory_bound(tmp_path, shape, mb):
    f = tmp_path / f"{shape}.txt"
    size = (write_articles if shape == "articles" else write_one_line)(f, mb * 1_000_000)
    rc, rss = measure(["clean", f, "-o", tmp_path / "out.txt"], tmp_path)
    assert rc == 0
    assert rss <= BASE + PER_BYTE * size, f"{rss / size:.1f} bytes of RSS per input byte"


@pytest.mark.skipif(not SLOW, reason="big inputs: set NEWSCLEAN_SLOW=1")
def test_big_jsonl_streams_in_bounded_memory(tmp_path):
    # 100 MB of records: memory depends on the chunks in flight, not the file.
    import json

    src = tmp_path / "big.jsonl"
    size = i = 0
    with open(src, "w", encoding="utf-8") as f:
        while size < 100_000_000:
            line = json.dumps({"id": i, "text": article(i, f"Story {i}")}) + "\n"
            f.write(line)
            size += len(line)
            i += 1
    rc, rss = measure(["clean", src, "-o", tmp_path / "out.jsonl", "--jobs", "2", "-q",
                       "--no-site-boilerplate"], tmp_path)
    assert rc == 0 and rss <= 400 << 20
