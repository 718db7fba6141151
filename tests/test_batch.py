"""Batch mode: folder trees, in place, JSONL, --jobs, interruption, reports."""

import gzip
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.batch import (
    WINDOW_PER_JOB,
    FileInput,
    InputProblem,
    iter_inputs,
    iter_records,
    ordered_map,
)
from newsclean.cli import main
from sitegen import article

REPO = Path(__file__).resolve().parents[1]


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def make_tree(root: Path, sites=2, per_site=14, seed=3) -> list[Path]:
    rng = random.Random(seed)
    files = []
    for s in range(sites):
        for i in range(per_site):
            sub = root / f"site{s}" / ("2024" if i % 2 else "")
            sub.mkdir(parents=True, exist_ok=True)
            f = sub / f"story{i:02d}.txt"
            f.write_text(article(rng, s, f"Story {i} from site {s}"), "utf-8")
            files.append(f)
    return files


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_tree_is_mirrored_and_inputs_untouched(tmp_path):
    src = tmp_path / "scrape"
    files = make_tree(src)
    (src / "site0" / "notes.md").write_text("not a text file to clean")
    before = tree_digest(src)
    out = tmp_path / "out"
    r = run("clean", src, "-o", out, "--report", tmp_path / "report.json")
    assert r.exit_code == 0, r.stderr
    assert tree_digest(src) == before
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.txt")) == sorted(str(f.relative_to(src)) for f in files)
    assert not (out / "site0" / "notes.md").exists()
    cleaned = (out / "site0" / "2024" / "story03.txt").read_text("utf-8")
    assert cleaned.startswith("Story 3 from site 0\n\n") and "Copyright" not in cleaned and "Download" not in cleaned
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["files"] == 28 and report["failed"] == 0
    assert report["paragraphs"]["dropped"]["S101"] == 28 * 7
    assert report["site_boilerplate"]["sites"] == 2 and report["languages"] == {"en": 28}
    # without site boilerplate, every file is exactly what single-file cleaning gives
    out2 = tmp_path / "out2"
    assert run("clean", src, "-o", out2, "--no-site-boilerplate", "-q").exit_code == 0
    f = files[5]
    assert (out2 / f.relative_to(src)).read_text("utf-8") == run("clean", f).stdout


def test_glob_and_explicit_files(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=1, per_site=3)
    (src / "site0" / "page.html.txt").write_text("Some words in a file that is also text.")
    out = tmp_path / "out"
    assert run("clean", src, "-o", out, "--glob", "story0[01].txt", "-q").exit_code == 0
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["story00.txt", "story01.txt"]
    out2 = tmp_path / "out2"
    a, b = src / "site0" / "story00.txt", src / "site0" / "2024" / "story01.txt"
    assert run("clean", a, b, "-o", out2, "-q").exit_code == 0
    assert sorted(p.name for p in out2.iterdir()) == ["story00.txt", "story01.txt"]


def test_glob_repeats_in_clean_as_in_check(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Share\n\nThe council approved the new bridge over the river on Tuesday.\n")
    (src / "b.md").write_text("Tweet\n\nThe council approved the new ferry across the river on Monday.\n")
    out = tmp_path / "out"
    assert run("clean", src, "-o", out, "--glob", "*.txt", "--glob", "*.md", "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.md"]
    assert run("clean", src, "--in-place", "--glob", "*.txt", "--glob", "*.md", "-q").exit_code == 0
    assert run("check", src, "--glob", "*.txt", "--glob", "*.md").exit_code == 0


def test_batch_usage_errors_come_before_any_work(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=1, per_site=2)
    out = tmp_path / "out"
    out.mkdir()
    # A report where a cleaned file would be written.
    r = run("clean", src, "-o", out, "--report", out / "story00.txt", "-q")
    assert r.exit_code == 2 and "matches --glob" in r.output
    assert not list(out.iterdir())
    assert run("clean", src, "-o", out, "--report", out / "report.json", "-q").exit_code == 0
    # An encoding Python does not know: one usage error, no output folder.
    for args in (("clean", src, "-o", tmp_path / "o2"), ("check", src)):
        r = run(*args, "--encoding", "nope")
        assert r.exit_code == 2 and "unknown encoding 'nope'" in r.output
    assert not (tmp_path / "o2").exists()
    # An output folder that cannot be made: one line, no traceback.
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(blocker / "out"), "-q"])
    assert r.exit_code == 2 and "cannot create the output folder" in r.output
    # --skip-existing has no meaning for one file: refused, the file left alone.
    target = tmp_path / "keep.txt"
    target.write_text("keep")
    r = run("clean", next(src.rglob("*.txt")), "-o", target, "--skip-existing")
    assert r.exit_code == 2 and target.read_text() == "keep"


def test_in_place_is_atomic_and_keeps_modes(tmp_path):
    src = tmp_path / "in"
    files = make_tree(src, sites=1, per_site=12)
    os.chmod(files[0], 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(files[1])
    expected = tmp_path / "expected"
    assert run("clean", src, "-o", expected, "-q").exit_code == 0
    r = run("clean", src, "--in-place", "-q")
    assert r.exit_code == 0
    assert tree_digest(src) == tree_digest(expected)
    assert (files[0].stat().st_mode & 0o777) == 0o640
    assert link.is_symlink()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_problems_are_reported_not_fatal(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=1, per_site=3)
    (src / "site0" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "site0" / "latin1.txt").write_bytes("Caf\xe9 au lait is served here every morning.".encode("latin-1"))
    (src / "site0" / "loop").symlink_to(src / "site0")
    (src / "site0" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--report", str(tmp_path / "r.json")])
    assert r.exit_code == 1
    assert "binary" in r.stderr and "latin1.txt" in r.stderr and "dangling" in r.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["files"] == 3 and report["failed"] == 3
    assert len(list(out.rglob("story*.txt"))) == 3
    items = list(iter_inputs([str(src)]))
    assert sum(isinstance(i, FileInput) for i in items) == 5
    assert sum(isinstance(i, InputProblem) for i in items) == 1  # the dangling link; the loop is not entered


STORY = "Bridge to close\n\nThe city council voted on Tuesday to close the old harbour bridge to cars.\n\nShare\n"


def test_links_to_folders_are_not_entered_as_check_does_not(tmp_path):
    # `clean --in-place tree` rewrote files outside the tree through a link
    # to a folder, which `check tree` never reported.
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "e.txt").write_text(STORY, "utf-8")
    tree = tmp_path / "tree"
    (tree / "site").mkdir(parents=True)
    (tree / "site" / "a.txt").write_text(STORY, "utf-8")
    (tree / "linked").symlink_to(outside)
    r = CliRunner().invoke(main, ["check", str(tree)])
    assert "e.txt" not in r.output and "a.txt" in r.output
    r = run("clean", "--in-place", tree, "-q")
    assert r.exit_code == 0, r.stderr
    assert (outside / "e.txt").read_text("utf-8") == STORY
    assert "Share" not in (tree / "site" / "a.txt").read_text("utf-8")


def test_a_glob_with_a_slash_matches_the_same_files_in_check_and_clean(tmp_path):
    tree = tmp_path / "tree"
    for site in ("s1", "s2"):
        (tree / site).mkdir(parents=True)
        (tree / site / "a.txt").write_text(STORY, "utf-8")
    r = CliRunner().invoke(main, ["check", str(tree), "--glob", "s1/*.txt"])
    assert r.exit_code == 1 and "s1" in r.output and "s2" not in r.output
    r = run("clean", tree, "--glob", "s1/*.txt", "-o", tmp_path / "out", "-q")
    assert r.exit_code == 0 and [p.parent.name for p in (tmp_path / "out").rglob("*.txt")] == ["s1"]


def test_usage_errors_exit_2(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=1, per_site=2)
    for args in ([src], [src, "--in-place", "-o", tmp_path / "o"], [src, "-o", tmp_path / "o", "--format", "json"],
                 [tmp_path / "missing", "-o", tmp_path / "o"], [src, "--in-place", "--skip-existing"]):
        r = CliRunner().invoke(main, ["clean", *map(str, args)])
        assert r.exit_code == 2, args
    assert not (tmp_path / "o").exists()


def write_jsonl(path: Path, records, gz=False):
    data = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(data)
    else:
        path.write_text(data, "utf-8")


def corpus(n=30, seed=4):
    rng = random.Random(seed)
    return [{"id": f"doc-{i}", "text": article(rng, i % 2, f"Headline {i}"),
             "metadata": {"url": f"https://www.site{i % 2}.example/{i}", "score": 0.5, "tags": ["a", None]},
             "ünïcode": "ß"} for i in range(n)]


def read_jsonl(path: Path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_round_trip_keeps_other_fields(tmp_path, gz):
    recs = corpus()
    src = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    write_jsonl(src, recs, gz)
    out = tmp_path / ("out.jsonl.gz" if gz else "out.jsonl")
    r = run("clean", src, "-o", out, "--site-field", "metadata.url", "-q")
    assert r.exit_code == 0
    got = read_jsonl(out)
    assert [g["id"] for g in got] == [r["id"] for r in recs]
    for g, r in zip(got, recs):
        assert {k: v for k, v in g.items() if k not in ("text", "newsclean")} == {k: v for k, v in r.items() if k != "text"}
        assert list(g)[:4] == list(r)  # field order kept
        assert g["text"] == run("clean", "-", "--no-site-boilerplate", input=r["text"]).stdout.rstrip("\n") or "S101" in g["newsclean"]["dropped"]
        assert g["newsclean"]["language"] == "en"
        assert g["newsclean"]["dropped"]["S101"] == 7
        assert "Copyright" not in g["text"]
    if gz:
        assert out.read_bytes()[:2] == b"\x1f\x8b"


def test_jsonl_output_writes_other_fields_numbers_as_they_were_written(tmp_path):
    # json.loads/json.dumps would write "1E5" as 100000.0, round a long
    # decimal, and write "1e400" as "Infinity", which is no JSON.
    line = ('{"id":"a","score":1e400,"e":1E5,"p":0.1000000000000000055511151231257827,"n":[1,-2.50],'
            '"text":"Share\\n\\nThe council approved the new bridge over the river on Tuesday evening."}')
    src = tmp_path / "in.jsonl"
    src.write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run("clean", src, "-o", out, "-q").exit_code == 0
    assert out.read_text(encoding="utf-8") == (
        '{"id":"a","score":1e400,"e":1E5,"p":0.1000000000000000055511151231257827,"n":[1,-2.50],'
        '"text":"The council approved the new bridge over the river on Tuesday evening.",'
        '"newsclean":{"language":"en","kept":1,"dropped":{"B102":1}}}\n'
    )


def test_bad_records_are_named_in_json_terms(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id":{"x":1},"text":null}\n{"id":"b","text":"cut\n[1,2]\n', encoding="utf-8")
    r = run("clean", src, "-o", tmp_path / "out.jsonl", "-q")
    assert r.exit_code == 1
    assert 'in.jsonl:1 (id {"x":1}): text field "text" not a string (null)' in r.stderr
    assert "in.jsonl:2: malformed JSON (Unterminated string starting at column 18)" in r.stderr
    assert "in.jsonl:3: not a JSON object (array)" in r.stderr
    r = run("check", src)
    assert "in.jsonl:2: invalid JSON (Unterminated string starting at column 18)" in r.stderr


def test_jsonl_text_and_id_fields_and_stdout(tmp_path):
    src = tmp_path / "in.data"
    write_jsonl(src, [{"key": 7, "body": "Title\n\nShare\n\nThe council approved the new budget after a long debate on Tuesday evening, officials said."}])
    r = run("clean", src, "--jsonl", "--text-field", "body", "--id-field", "key", "-q")
    assert r.exit_code == 0
    (rec,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert rec["key"] == 7 and "Share" not in rec["body"] and rec["body"].endswith("officials said.")


def test_malformed_lines_are_reported_and_counted(tmp_path):
    recs = corpus(12)
    lines = [json.dumps(r) for r in recs]
    lines[2] = '{"id": "broken", "text": "unterminated'
    lines[5] = json.dumps({"id": "no-text", "body": "x"})
    lines[8] = "[1, 2]"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, lines + [""])
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--report", str(tmp_path / "r.json")])
    assert r.exit_code == 1
    assert f"{src}:3" in r.stderr and f"{src}:6 (id no-text)" in r.stderr and f"{src}:9" in r.stderr
    assert len(read_jsonl(out)) == 9
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["records"] == 9 and report["failed"] == 3
    assert [e["line"] for e in report["errors"]] == [3, 6, 9]
    # --strict: stop at the first one, write nothing
    out2 = tmp_path / "strict.jsonl"
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(out2), "--strict"])
    assert r.exit_code == 1 and f"{src}:3" in r.stderr and f"{src}:6" not in r.stderr
    assert not out2.exists() and not list(tmp_path.glob(".strict*"))
    assert [type(x).__name__ for x in iter_records(str(src))].count("InputProblem") == 3


def cli(*args, env=None, **kw):
    env = {**os.environ, **(env or {})}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "newsclean", *map(str, args)], env=env, capture_output=True, **kw)


def test_output_is_byte_identical_across_jobs_and_hash_seeds(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=2, per_site=40)
    jsrc = tmp_path / "in.jsonl.gz"
    write_jsonl(jsrc, corpus(70), gz=True)
    digests = set()
    for jobs, seed in (("1", "0"), ("2", "1"), ("3", "random")):
        out = tmp_path / f"out{jobs}"
        p = cli("clean", src, jsrc, "-o", out, "--jobs", jobs, "-q", env={"PYTHONHASHSEED": seed})
        assert p.returncode == 0, p.stderr.decode()
        digests.add(json.dumps(tree_digest(out)))
    assert len(digests) == 1


def test_ordered_map_keeps_order_and_bounds_memory():
    consumed = []

    def chunks():
        for i in range(200):
            consumed.append(i)
            yield [i]

    seen = []
    for i, result in enumerate(ordered_map(_square, chunks(), 2, {})):
        if i == 0:
            assert len(consumed) <= WINDOW_PER_JOB * 2 + 1  # not the whole input
        seen.append(result)
    assert seen == [[i * i] for i in range(200)]
    assert list(ordered_map(_square, iter([[3], [4]]), 1, {})) == [[9], [16]]


def _square(chunk):
    return [x * x for x in chunk]


def _slow_square(chunk):
    time.sleep(0.02)
    return [x * x for x in chunk]


def test_a_stopped_map_returns_an_in_order_prefix_of_real_results():
    # Once stopped, the workers skip what their pool had queued; the map
    # returns only chunks that ran, in order, and never the skip marker.
    chunks = [[i] for i in range(60)]
    stopped = []
    got = []
    for result in ordered_map(_slow_square, iter(chunks), 2, {}, stop=lambda: bool(stopped)):
        got.append(result)
        stopped.append(True)
    assert got == [[i * i] for i in range(len(got))]
    assert 1 <= len(got) <= WINDOW_PER_JOB * 2 + 1


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_leaves_no_partial_output_and_resume_completes(tmp_path, signum):
    src = tmp_path / "in"
    make_tree(src, sites=2, per_site=400, seed=9)
    full = tmp_path / "full"
    assert cli("clean", src, "-o", full, "-q", "--jobs", "2").returncode == 0
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(src), "-o", str(out), "--jobs", "2"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(out.rglob("*.txt")):
        time.sleep(0.005)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err.decode()
    assert "--skip-existing" in err.decode()
    written = list(out.rglob("*"))
    assert not [p for p in written if p.name.endswith(".tmp")]
    done = {p for p in written if p.is_file()}
    assert 0 < len(done) < 800
    expected = tree_digest(full)
    for p in done:  # every file written is complete
        assert hashlib.sha256(p.read_bytes()).hexdigest() == expected[str(p.relative_to(out))]
    p = cli("clean", src, "-o", out, "--skip-existing", "--jobs", "2", "--report", tmp_path / "r.json")
    assert p.returncode == 0, p.stderr.decode()
    assert tree_digest(out) == expected
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["skipped"] == len(done) and report["files"] == 800 - len(done)


def test_interrupted_jsonl_leaves_no_output(tmp_path):
    # Records arrive on a pipe, so the signal surely lands mid-stream.
    lines = [json.dumps(r).encode() + b"\n" for r in corpus(200, seed=2)]
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", "--jsonl", "-", "-o", str(out), "--jobs", "2"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(b"".join(lines[:150]))
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.tmp")):
        time.sleep(0.01)
    assert list(tmp_path.glob(".out.jsonl.*.tmp"))
    proc.send_signal(signal.SIGINT)
    proc.stdin.write(b"".join(lines[150:]))
    proc.stdin.close()
    proc.wait(timeout=60)
    assert proc.returncode == 130
    assert list(tmp_path.iterdir()) == []  # neither the output nor its temp file


def test_saved_profile_checks_one_new_file(tmp_path):
    src = tmp_path / "in"
    make_tree(src, sites=2, per_site=14)
    prof = tmp_path / "sites.prof"
    assert run("clean", src, "-o", tmp_path / "out", "--save-profile", prof, "-q").exit_code == 0
    new = tmp_path / "new.txt"
    new.write_text(article(random.Random(1), 1, "A brand new story"), "utf-8")
    plain = run("clean", new).stdout
    assert "Copyright Site1" in plain
    checked = run("clean", new, "--profile", prof, "--site", "site1")
    assert checked.exit_code == 0 and "Copyright" not in checked.stdout and "A brand new story" in checked.stdout
    as_json = json.loads(run("clean", new, "--profile", prof, "--site", "site1", "--format", "json").stdout)
    s101 = [p for p in as_json["paragraphs"] if p["code"] == "S101"]
    assert len(s101) == 7 and s101[0]["evidence"]["doc_freq"] == 14 and s101[0]["evidence"]["site"] == "site1"
    assert CliRunner().invoke(main, ["clean", str(new), "--profile", str(prof)]).exit_code == 2  # which site?
    # a later batch run uses the saved counts instead of counting
    out3 = tmp_path / "out3"
    assert run("clean", src, "-o", out3, "--profile", prof, "-q").exit_code == 0
    assert tree_digest(out3) == tree_digest(tmp_path / "out")


def test_inputs_writing_the_same_output_never_overwrite_each_other(tmp_path):
    for folder, text in (("x", article(random.Random(1), 0, "Ferry fares rise")),
                         ("y", article(random.Random(2), 1, "Bridge to close"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, "utf-8")
    r = CliRunner().invoke(main, ["clean", str(tmp_path / "x/a.txt"), str(tmp_path / "y/a.txt"),
                                  "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and "same name" in r.output and not (tmp_path / "out").exists()
    # A file named next to a folder that holds one of the same name: the second fails, the first stays.
    r = run("clean", tmp_path / "x", tmp_path / "y/a.txt", "-o", tmp_path / "out2", "-q")
    assert r.exit_code == 1
    assert (tmp_path / "out2/a.txt").read_text("utf-8") == run("clean", tmp_path / "x/a.txt").stdout


def test_an_output_file_for_a_folder_is_a_usage_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_text(article(random.Random(1), 0, "Ferry fares rise"), "utf-8")
    (tmp_path / "out").write_text("", "utf-8")
    r = CliRunner().invoke(main, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and "is a file" in r.output  # not a FileExistsError
    for out in ("-", ""):
        r = CliRunner().invoke(main, ["clean", str(tmp_path / "in"), "-o", out])
        assert r.exit_code == 2 and not (Path.cwd() / "-").exists()


def test_a_folder_without_matching_files_is_a_warning(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.md").write_text("nothing to clean", "utf-8")
    r = CliRunner().invoke(main, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"])
    assert r.exit_code == 0 and "no files to clean (looked for *.txt)" in r.stderr


def test_jsonl_files_found_in_a_folder_are_cleaned_record_by_record(tmp_path):
    # `--glob '*.jsonl'` over a folder: each record stays a record (they were
    # once cleaned as one text, and all but one line of the file was lost).
    src = tmp_path / "corpus" / "site0"
    src.mkdir(parents=True)
    # Versions of one story, as a crawl saves them: read as one text, its
    # lines would be near-duplicates of each other.
    story = article(random.Random(5), 0, "Bridge to close")
    records = [{"id": i, "text": f"{story}\n\nUpdated {i} hours ago with the council's statement."} for i in range(4)]
    (src / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    out = tmp_path / "out"
    r = run("clean", tmp_path / "corpus", "--glob", "*.jsonl", "-o", out)
    assert r.exit_code == 0, r.stderr
    cleaned = [json.loads(line) for line in (out / "site0" / "part.jsonl").read_text("utf-8").splitlines()]
    assert [c["id"] for c in cleaned] == [0, 1, 2, 3]
    assert all(c["text"].endswith(f"Updated {c['id']} hours ago with the council's statement.") for c in cleaned)
    # In place, the same records come back, cleaned.
    r = run("clean", "--in-place", tmp_path / "corpus", "--glob", "*.jsonl")
    assert r.exit_code == 0, r.stderr
    in_place = [json.loads(line) for line in (src / "part.jsonl").read_text("utf-8").splitlines()]
    assert [(c["id"], c["text"]) for c in in_place] == [(c["id"], c["text"]) for c in cleaned]


def test_a_report_or_a_profile_never_overwrites_the_output(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": "Bridge to close.\n\nShare"}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    for option in ("--report", "--save-profile"):
        r = run("clean", corpus, "-o", out, option, out)
        assert r.exit_code == 2 and "is the output" in r.stderr
    r = run("clean", corpus, "-o", out, "--report", tmp_path / "r.json", "--save-profile", tmp_path / "r.json")
    assert r.exit_code == 2 and "same file" in r.stderr
    assert not out.exists()


def test_each_file_is_cleaned_with_the_settings_of_its_own_folder(tmp_path):
    # As `check` reads them: site a's newsclean.toml keeps cookie banners,
    # site b has none; one batch, in either order of the inputs.
    text = "Bridge to close\n\n" + "\n\n".join([
        "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.",
        "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
        "Drivers will be sent along the ring road instead, officials said, and buses will keep a lane of their own.",
    ]) + "\n"
    for site in ("a", "b"):
        (tmp_path / "tree" / site).mkdir(parents=True)
        (tmp_path / "tree" / site / "story.txt").write_text(text, "utf-8")
    (tmp_path / "tree" / "a" / "newsclean.toml").write_text('ignore = ["B101"]\n', "utf-8")
    for order in (["a", "b"], ["b", "a"]):
        out = tmp_path / f"out-{order[0]}"
        r = run("clean", *(tmp_path / "tree" / site for site in order), "-o", out, "-q")
        assert r.exit_code == 0, r.stderr
        assert "cookies" in (out / "a" / "story.txt").read_text("utf-8")
        assert "cookies" not in (out / "b" / "story.txt").read_text("utf-8")
    # A folder's own settings file counts for the folder named as input.
    r = run("clean", tmp_path / "tree" / "a", "-o", tmp_path / "out-a-only", "-q")
    assert r.exit_code == 0 and "cookies" in (tmp_path / "out-a-only" / "story.txt").read_text("utf-8")


def test_quiet_still_names_failed_inputs_and_more_usage_errors(tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "bad.txt").write_bytes(b"\x00\x01binary")
    (tree / "good.txt").write_text(STORY, "utf-8")
    r = run("clean", tree, "-o", tmp_path / "out", "-q")
    assert r.exit_code == 1 and "bad.txt" in r.stderr and "files cleaned" not in r.stderr
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", "utf-8")
    for args in (["--jsonl", "-", "--save-profile", tmp_path / "p.prof"],  # stdin: nothing would be counted
                 [corpus, "-o", tmp_path / "o.jsonl", "--text-field", "newsclean"],
                 [corpus, "-o", corpus],
                 [tree / "good.txt", "-o", f"{tmp_path / 'newout'}/"]):
        r = run("clean", *args, input=corpus.read_text("utf-8"))
        assert r.exit_code == 2, (args, r.stderr)
    assert not (tmp_path / "p.prof").exists() and not (tmp_path / "newout").exists()
    assert json.loads(corpus.read_text("utf-8"))["text"] == STORY


@pytest.fixture
def pools_started(monkeypatch):
    """The max_workers of every process pool started (each pool gets at most
    two real processes, whatever it asks for: a regression must not start 1000)."""
    import concurrent.futures

    asked = []

    class RecordingPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers=None, *args, **kwargs):
            asked.append(max_workers)
            super().__init__(min(max_workers or 1, 2), *args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", RecordingPool)
    return asked


def test_jobs_are_capped_by_the_chunks_and_the_cpus(tmp_path, monkeypatch, pools_started):
    from newsclean import runtime

    assert list(ordered_map(_square, iter([[1], [2], [3]]), 1000, {})) == [[1], [4], [9]]
    assert pools_started == [3]  # one worker per chunk, not 1000
    assert list(ordered_map(_square, iter([]), 1000, {})) == [] and pools_started == [3]  # none for no work
    monkeypatch.setattr(runtime, "usable_cpus", lambda: 1)
    assert [runtime.worker_count(n) for n in (0, 1, 2, 1000)] == [1, 1, 2, 2]
    assert runtime.worker_count(1000, work_items=1) == 1
    src = tmp_path / "in"
    make_tree(src, sites=2, per_site=40)  # 80 files: 3 chunks
    pools_started.clear()
    r = run("clean", src, "-o", tmp_path / "out", "-q", "--jobs", "1000")
    assert r.exit_code == 0, r.stderr
    assert pools_started and max(pools_started) == 2  # two per CPU


def test_overlapping_inputs_are_cleaned_once(tmp_path, monkeypatch):
    # "dir dir/a.txt", a file named twice, a folder and its subfolder: each
    # file is cleaned, counted and written once, where it is first reached.
    src = tmp_path / "in"
    make_tree(src, sites=2, per_site=4)  # in/site0/story00.txt, in/site0/2024/story01.txt, ...
    monkeypatch.chdir(tmp_path)
    cases = {
        "folder and a file in it": (["in", "in/site0/story00.txt"], 8),
        "a file twice": (["in/site0/story00.txt", "./in/site0/story00.txt", "in/../in/site0/story00.txt"], 1),
        "folder and its subfolder": (["in", "in/site1/2024"], 8),
        "a folder twice": (["in", "in/"], 8),
    }
    for name, (inputs, files) in cases.items():
        out = tmp_path / f"out-{len(inputs)}-{files}-{name.split()[-1]}"
        r = run("clean", *inputs, "-o", out, "-q", "--report", tmp_path / "r.json")
        assert r.exit_code == 0, (name, r.stderr)
        report = json.loads((tmp_path / "r.json").read_text())
        assert (report["files"], report["failed"]) == (files, 0), name
        assert len([p for p in out.rglob("*") if p.is_file()]) == files, name
    before = tree_digest(src)
    r = run("clean", "--in-place", "in", "in/site0", "-q", "--report", tmp_path / "r.json")
    assert r.exit_code == 0 and json.loads((tmp_path / "r.json").read_text())["files"] == 8
    assert tree_digest(src) != before


def test_cleaning_a_cleaned_jsonl_again_gives_the_same_records(tmp_path):
    # The "newsclean" summary counts what was dropped since the record was
    # first cleaned: a second run (a pipeline run twice, a resumed job) gives
    # the same bytes, instead of a summary that says nothing was dropped.
    src = tmp_path / "in.jsonl"
    write_jsonl(src, corpus(12))
    once, twice = tmp_path / "once.jsonl", tmp_path / "twice.jsonl"
    assert run("clean", src, "-o", once, "-q", "--no-site-boilerplate").exit_code == 0
    assert all(r["newsclean"]["dropped"] for r in read_jsonl(once))
    assert run("clean", once, "-o", twice, "-q", "--no-site-boilerplate").exit_code == 0
    assert twice.read_bytes() == once.read_bytes()
    # A field of that name newsclean did not write is not overwritten: the record fails, named.
    records = corpus(3)
    records[1]["newsclean"] = "the crawler's own note"
    write_jsonl(src, records)
    r = run("clean", src, "-o", tmp_path / "out.jsonl", "--no-site-boilerplate")
    assert r.exit_code == 1
    assert 'in.jsonl:2 (id doc-1): field "newsclean" holds a string, not newsclean\'s summary' in r.stderr
    assert [x["id"] for x in read_jsonl(tmp_path / "out.jsonl")] == ["doc-0", "doc-2"]


def test_a_ctrl_c_that_comes_while_the_first_is_announced_is_the_second(monkeypatch):
    # Python runs a signal handler again inside itself when a signal comes
    # while it runs. A user who saw "Ctrl-C again to stop at once" and pressed
    # it may hit the handler still inside its announcement: that is a second Ctrl-C.
    from newsclean import batch

    stop = batch._Stop()
    abandoned, announced = [], []
    monkeypatch.setattr(batch, "abandon_work_in_hand", lambda: abandoned.append(True))

    def write(fd, data):
        announced.append(data)
        if len(announced) == 1:
            stop._handle(signal.SIGINT, None)  # the second Ctrl-C lands here

    monkeypatch.setattr(batch.os, "write", write)
    with pytest.raises(KeyboardInterrupt):
        stop._handle(signal.SIGINT, None)
    assert abandoned == [True] and len(announced) == 1 and stop()


def _deaf_to_the_first_word(chunk):
    # In a worker: the parent's first "drop your work" is lost, as when it
    # comes just before the worker blocks in a read; then the worker blocks
    # reading a FIFO no one writes to.
    from newsclean import batch

    fifo, ready = chunk[0]
    heard = []

    def lost(signum, frame):
        heard.append(signum)
        signal.signal(signal.SIGUSR1, batch._abandon_chunk)  # from now on, a worker as any other

    signal.signal(signal.SIGUSR1, lost)
    Path(ready).touch()
    while not heard:
        time.sleep(0.01)
    with open(fifo, "rb") as f:
        return [f.read()]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(signal, "SIGUSR1"), reason="needs FIFOs and SIGUSR1")
def test_workers_that_miss_the_word_to_drop_their_work_are_told_again(tmp_path):
    import threading

    from newsclean.batch import abandon_work_in_hand, ordered_map

    fifo, ready = tmp_path / "fifo", tmp_path / "ready"
    os.mkfifo(fifo)
    stopped, outcome = threading.Event(), []

    def consume():
        try:
            outcome.append(list(ordered_map(_deaf_to_the_first_word, [[(str(fifo), str(ready))]], 2, {},
                                            stop=stopped.is_set)))
        except KeyboardInterrupt:
            outcome.append("dropped")

    consumer = threading.Thread(target=consume, daemon=True)
    consumer.start()
    try:
        while not ready.exists():
            assert consumer.is_alive(), outcome
            time.sleep(0.01)
        stopped.set()
        abandon_work_in_hand()  # (lost in the worker)
        consumer.join(60)
        assert not consumer.is_alive(), "the worker was never told again"
        assert outcome == ["dropped"]
    finally:
        if consumer.is_alive():  # let the worker go: its read ends
            os.close(os.open(fifo, os.O_WRONLY))
            consumer.join()


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(signal, "SIGUSR1"), reason="needs FIFOs and SIGUSR1")
def test_a_second_ctrl_c_stops_at_once(tmp_path):
    # The input in a worker's hands is a FIFO that no one writes to: it never
    # finishes, so only a real "stop at once" ends the run (no clock involved).
    import errno
    import select

    good = tmp_path / "good.txt"
    good.write_text(article(random.Random(1), 0, "Ferry fares rise"), "utf-8")
    stuck = tmp_path / "stuck.txt"
    os.mkfifo(stuck)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(good), str(stuck), "-o", str(out),
                             "--jobs", "2", "--no-site-boilerplate"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    writer = None
    try:
        deadline = time.monotonic() + 120
        while writer is None:  # until a worker opens the FIFO (then it waits for data forever)
            try:
                writer = os.open(stuck, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                assert e.errno == errno.ENXIO and proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        # The first Ctrl-C is acknowledged, so the second is surely a second one.
        assert select.select([proc.stderr], [], [], 60)[0], "nothing said after the first Ctrl-C"
        assert b"Ctrl-C again to stop at once" in proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 130
        assert b"Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # (the run and its workers: their own process group)
            proc.wait()
        proc.stderr.close()
        if writer is not None:
            os.close(writer)
    written = list(out.iterdir()) if out.exists() else []
    assert not [p for p in written if p.name.endswith(".tmp")]
    for p in written:  # whatever was written is whole
        assert p.name == "good.txt" and p.read_text("utf-8") == run("clean", good).stdout
