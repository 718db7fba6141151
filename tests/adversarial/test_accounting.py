"""No silent loss: every input ends cleaned, skipped or failed with a reason; counts add up."""

import json
import os
import signal

import pytest
from click.testing import CliRunner

import newsclean.batch as nb
from newsclean.cli import main
from nasty import article


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def tree(root, n=10):
    for i in range(n):
        (root / "site").mkdir(parents=True, exist_ok=True)
        (root / "site" / f"a{i:02d}.txt").write_text(article(i, f"Story {i}") + ("POISON\n" if i in (3, 7) else ""),
                                                     "utf-8")


def poison(kind):
    real = nb.clean_document

    def clean_document(text, *a, **k):
        if "POISON" in text:
            if kind == "raise":
                raise ValueError("boom")
            if kind == "exit":
                os._exit(3)
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, *a, **k)

    return clean_document


@pytest.mark.parametrize("kind,jobs", [("raise", 1), ("raise", 2), ("exit", 2), ("kill", 2)])
def test_a_crashing_input_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch, kind, jobs):
    # Found: an exception in a worker ended the whole batch with a traceback,
    # and a worker that died (OOM killer, crash in C) broke the process pool.
    src = tmp_path / "src"
    tree(src)
    monkeypatch.setattr(nb, "clean_document", poison(kind))  # workers are forked: they inherit it
    out = tmp_path / "out"
    rep = tmp_path / "r.json"
    r = invoke("clean", src, "-o", out, "--jobs", jobs, "--report", rep, "--no-site-boilerplate")
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.stderr
    report = json.loads(rep.read_text())
    assert report["files"] == 8 and report["failed"] == 2
    assert sorted(os.path.basename(e["input"]) for e in report["errors"]) == ["a03.txt", "a07.txt"]
    msg = report["errors"][0]["message"]
    assert ("ValueError: boom" in msg) if kind == "raise" else ("worker process died" in msg)
    assert sorted(p.name for p in (out / "site").iterdir()) == [f"a{i:02d}.txt" for i in range(10) if i not in (3, 7)]


def test_a_crashing_record_is_reported_by_line_and_the_rest_is_written(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    recs = [{"id": f"r{i}", "text": article(i) + ("POISON" if i == 4 else "")} for i in range(12)]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    monkeypatch.setattr(nb, "clean_document", poison("kill"))
    out = tmp_path / "out.jsonl"
    r = invoke("clean", src, "-o", out, "--jobs", "2", "--no-site-boilerplate")
    assert r.exit_code == 1 and f"{src}:5" in r.stderr and "worker process died" in r.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [f"r{i}" for i in range(12) if i != 4]


BAD_LINES = {
    2: '{"id": "trunc", "text": "unterminated',
    3: '{"id": "no-text"}',
    4: '{"id": "num", "text": 42}',
    5: '{"id": "null", "text": null}',
    6: '["not", "an", "object"]',
    7: '"just a string"',
    8: "[" * 50_000,
    9: b'{"id": "latin1", "text": "caf\xe9"}',
    10: '{"id": "nan", "text": NaN}',
}


def test_every_bad_jsonl_record_is_reported_with_its_line_and_counts_add_up(tmp_path):
    lines = [json.dumps({"id": f"ok{i}", "text": article(i)}).encode() for i in range(12)]
    for n, bad in BAD_LINES.items():
        lines[n - 1] = bad if isinstance(bad, bytes) else bad.encode()
    lines.insert(11, b"   ")  # blank lines are not records
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    rep = tmp_path / "r.json"
    r = invoke("clean", src, "-o", tmp_path / "out.jsonl", "--report", rep, "--jobs", "1")
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    report = json.loads(rep.read_text())
    assert [e["line"] for e in report["errors"]] == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    messages = {e["line"]: e["message"] for e in report["errors"]}
    assert "nested too deeply" in messages[8]  # found: RecursionError crashed the batch
    assert "not valid UTF-8" in messages[9] and "0xe9" in messages[9]
    assert "missing" in messages[3] and "not a string (number)" in messages[4]
    assert report["records"] + report["failed"] == 12  # 12 records, the blank line is none
    # and `check` / `clean --in-place` name the first bad line instead of crashing
    r = invoke("check", src)
    assert r.exit_code == 2 and "line 9," in r.stderr and "Traceback" not in r.stderr


def test_jsonl_line_numbers_count_newlines_only(tmp_path):
    # Found: check and clean --in-place split JSONL with str.splitlines(), which
    # also splits at U+2028 / U+0085 that JSON strings may hold raw: the record
    # was cut in two and reported as invalid JSON.
    rec = {"id": 1, "text": "Title\u2028line\x85two\n\nShare\n\n" + article(2)}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps({"id": 2, "text": "Share"}) + "\n",
                   "utf-8")
    r = invoke("check", src)
    assert r.exit_code == 1 and "invalid JSON" not in r.stderr
    assert f"{src}:1:" in r.stdout
    r = invoke("clean", "--in-place", src)
    assert r.exit_code == 0, r.stderr
    lines = src.read_text("utf-8").split("\n")
    assert len(lines) == 3 and [json.loads(x)["id"] for x in lines[:2]] == [1, 2]
    assert "Share" not in json.loads(lines[0])["text"]


def test_documents_that_would_lose_too_much_are_kept_and_flagged(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "all_boiler.txt").write_text("Share\n\nAccept all cookies\n\nRead more\n", "utf-8")
    (src / "normal.txt").write_text(article(1), "utf-8")
    rep = tmp_path / "r.json"
    r = invoke("clean", src, "-o", tmp_path / "out", "--report", rep, "--max-drop-share", "0.05")
    assert r.exit_code == 0, r.stderr
    report = json.loads(rep.read_text())
    assert report["files"] == 2 and report["flagged"] == 2
    assert {os.path.basename(f["input"]) for f in report["flags"]} == {"all_boiler.txt", "normal.txt"}
    assert "kept as they were" in r.stderr
    assert (tmp_path / "out" / "all_boiler.txt").read_text() == "Share\n\nAccept all cookies\n\nRead more\n"
    assert (tmp_path / "out" / "normal.txt").read_text() == article(1)
    # JSONL: the flag is on the record
    j = tmp_path / "in.jsonl"
    j.write_text(json.dumps({"id": 1, "text": "Share\n\nRead more"}) + "\n", "utf-8")
    r = invoke("clean", j, "-o", tmp_path / "o.jsonl", "-q")
    (rec,) = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert rec["text"] == "Share\n\nRead more" and "every paragraph" in rec["newsclean"]["warning"]


def test_folder_counts_add_up_with_problems_skips_and_successes(tmp_path):
    src = tmp_path / "src"
    tree(src, 6)
    (src / "site" / "bin.txt").write_bytes(b"\x00\x01binary")
    (src / "site" / "dangling.txt").symlink_to(tmp_path / "missing")
    os.symlink(src, src / "site" / "loop")
    out = tmp_path / "out"
    assert invoke("clean", src / "site" / "a00.txt", src / "site" / "a01.txt", "-o", out, "-q").exit_code == 0
    (out / "site").mkdir()
    for name in ("a00.txt", "a01.txt"):
        os.replace(out / name, out / "site" / name)
    rep = tmp_path / "r.json"
    r = invoke("clean", src, "-o", out, "--skip-existing", "--report", rep)
    report = json.loads(rep.read_text())
    # (The link back to the tree is a link to a folder: not entered, as check does.)
    assert report["skipped"] == 2 and report["files"] == 4 and report["failed"] == 2
    assert report["files"] + report["skipped"] + report["failed"] == 6 + 2  # 6 articles, 2 problems
    assert r.exit_code == 1
