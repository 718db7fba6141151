"""Signals, concurrent runs, and byte-identical output across --jobs, hash seeds and locales."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


from nasty import article

REPO = Path(__file__).resolve().parents[2]


def env(**extra):
    e = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    e.update(extra)
    return e


def cli(*args, **extra):
    return subprocess.run([sys.executable, "-m", "newsclean", *map(str, args)], env=env(**extra),
                          capture_output=True, timeout=600)


def digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def make_tree(root: Path, n: int) -> None:
    for i in range(n):
        d = root / f"site{i % 2}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"a{i:03d}.txt").write_text(article(i, f"Story {i} — 市 ünï") + "Share\n", "utf-8")


def test_two_runs_writing_the_same_output_folder_do_not_corrupt_files(tmp_path):
    src = tmp_path / "src"
    make_tree(src, 80)
    expected_dir = tmp_path / "expected"
    assert cli("clean", src, "-o", expected_dir, "-q", "--jobs", "1").returncode == 0
    expected = digest(expected_dir)
    out = tmp_path / "out"
    procs = [subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(src), "-o", str(out), "-q",
                               "--jobs", "1"], env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    assert digest(out) == expected  # every file complete, no temp files left


def test_sigterm_during_single_file_output_leaves_no_temp_file(tmp_path):
    # Found: SIGTERM killed the process with the default action and the temp
    # file of -o stayed behind; now it raises SystemExit and is cleaned up.
    src = tmp_path / "in.txt"
    src.write_text(article(1) * 1, "utf-8")
    big = tmp_path / "big.txt"
    with open(big, "w") as f:
        for i in range(3000):
            f.write(article(i, f"Story {i}"))
    out = tmp_path / "out.txt"
    p = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(big), "-o", str(out)], env=env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    p.send_signal(signal.SIGTERM)
    p.communicate(timeout=120)
    assert p.returncode in (143, 0)  # 0 only if it finished first
    assert not [x for x in tmp_path.iterdir() if x.name.endswith(".tmp")]
    assert not out.exists() or out.read_bytes().endswith(b"\n")


def test_ctrl_c_during_in_place_files_stops_after_a_whole_file_with_a_summary(tmp_path):
    files = []
    for i in range(40):
        f = tmp_path / f"a{i:02d}.txt"
        f.write_text(article(i) * 30, "utf-8")
        files.append(f)
    before = {f: f.read_bytes() for f in files}
    p = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", "--in-place", *map(str, files)], env=env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and all(f.read_bytes() == before[f] for f in files[:2]):
        time.sleep(0.02)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    err = err.decode()
    assert p.returncode == 130, err
    assert "interrupted after" in err and "Traceback" not in err
    changed = [f.read_bytes() != before[f] for f in files]
    assert any(changed) and not all(changed)
    assert changed == sorted(changed, reverse=True)  # a prefix of the files, each whole
    assert not [x for x in tmp_path.iterdir() if x.name.endswith(".tmp")]


def test_output_is_byte_identical_across_jobs_hash_seeds_and_locales(tmp_path):
    src = tmp_path / "src"
    make_tree(src, 16)
    jsrc = tmp_path / "c.jsonl"
    jsrc.write_text("".join(json.dumps({"id": i, "text": article(i) + "Teilen\n\n市议会\n"}, ensure_ascii=False) + "\n"
                            for i in range(16)), "utf-8")
    runs = [("1", "0", {"LC_ALL": "C"}), ("3", "random", {"LANG": "tr_TR.UTF-8", "LC_ALL": ""}),
            ("2", "7", {"PYTHONIOENCODING": "latin-1", "LC_ALL": "C.UTF-8"})]
    trees, stdouts = set(), set()
    for jobs, seed, loc in runs:
        out = tmp_path / f"out-{jobs}-{seed}"
        p = cli("clean", src, jsrc, "-o", out, "-q", "--jobs", jobs, PYTHONHASHSEED=seed, **loc)
        assert p.returncode == 0, p.stderr.decode()
        trees.add(json.dumps(digest(out)))
        p = cli("clean", src / "site0" / "a000.txt", PYTHONHASHSEED=seed, **loc)
        assert p.returncode == 0, p.stderr.decode()  # found: a non-UTF-8 stdout was a traceback
        stdouts.add(p.stdout)
    assert len(trees) == 1 and len(stdouts) == 1
