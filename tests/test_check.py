"""`newsclean check` and `clean --in-place`: findings, formats, exit codes, determinism."""

import gzip
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.check import CheckOptions, run_check
from newsclean.cli import main
from newsclean.config import Config
from newsclean.fix import fix_path, fix_text

SEED = Path(__file__).parent / "data" / "seed_article.txt"

TITLE = "City council approves new budget"
P1 = ("The city council approved the new budget after a long debate on Tuesday evening, "
      "ending months of uncertainty for local schools and their teachers.")
P2 = ("Council members said the plan raises spending on road repairs and libraries while "
      "keeping property taxes at the current level for another year.")
P3 = "The mayor is expected to sign the budget next week, officials said on Wednesday."
CLEAN = f"{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n"
# The second paragraph again at the end: an exact duplicate (D101) on line 9.
DIRTY = f"{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P2}\n"
DIRTY_LINE = 9


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def check(*args, input=None):
    return run("check", "--isolated", *args, input=input)


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "dirty.txt").write_text(DIRTY, "utf-8")
    return tmp_path


# --- findings and exit codes -------------------------------------------------------


def test_clean_file_passes(articles):
    r = check(articles / "clean.txt")
    assert r.exit_code == 0, r.output
    assert r.stdout == "All checks passed!\n"


def test_dirty_file_reports_path_line_col_code(articles):
    r = check(articles / "dirty.txt")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{articles / 'dirty.txt'}:{DIRTY_LINE}:1: D101 repeats an earlier paragraph (line 5): ")
    assert lines[-2:] == ["Found 1 finding in 1 file.", "[*] 1 fixable with `newsclean clean --in-place`."]


def test_check_writes_nothing(articles):
    before = {p: p.read_bytes() for p in articles.iterdir()}
    check(articles)
    assert {p: p.read_bytes() for p in articles.iterdir()} == before


def test_every_dropped_paragraph_is_one_finding():
    r = check(SEED, "--output-format", "json")
    records = json.loads(r.stdout)
    dropped = [p for p in json.loads(run("clean", "--isolated", SEED, "--format", "json").stdout)["paragraphs"]
               if not p["kept"]]
    assert [(f["code"], f["text"]) for f in records] == [(p["code"], p["text"]) for p in dropped]
    assert [f["location"]["row"] for f in records] == [p["line"] for p in dropped]


def test_exit_zero(articles):
    r = check(articles / "dirty.txt", "--exit-zero")
    assert r.exit_code == 0 and "D101" in r.stdout


def test_symlink_loops_are_reported_as_clean_reports_them(articles):
    # Links that point at each other (or at themselves) are a file that
    # cannot be read: an error, as batch `clean` lists them, not a file
    # silently left out of a passing check.
    os.symlink("loop-b.txt", articles / "loop-a.txt")
    os.symlink("loop-a.txt", articles / "loop-b.txt")
    os.symlink("notes.md", articles / "notes.md")  # not a *.txt: nothing to check, nothing missed
    r = check(articles, "--exit-zero")
    assert r.exit_code == 2
    assert f"{articles / 'loop-a.txt'}: symlink loop" in r.stderr
    assert f"{articles / 'loop-b.txt'}: symlink loop" in r.stderr and "notes.md" not in r.stderr
    assert "D101" in r.stdout and "2 inputs could not be checked" in r.stdout  # the rest is still checked
    r = check(articles / "loop-a.txt")
    assert r.exit_code == 2 and f"{articles / 'loop-a.txt'}: symlink loop" in r.stderr  # not "no such file"
    batch = run("clean", articles, "-o", articles.parent / "out", "-q")
    assert batch.exit_code == 1 and f"{articles / 'loop-a.txt'}: symlink loop" in batch.stderr


def test_missing_path_is_exit_2_even_with_exit_zero(articles):
    r = check(articles / "nope.txt", articles / "dirty.txt", "--exit-zero")
    assert r.exit_code == 2
    assert "nope.txt: no such file or directory" in r.stderr
    assert "D101" in r.stdout  # the other files are still checked


def test_undecodable_file_is_exit_2(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 " * 20)
    r = check(tmp_path / "bad.txt")
    assert r.exit_code == 2 and "byte offset 3" in r.stderr and "Traceback" not in r.stderr


def test_usage_error_is_exit_2(articles):
    r = CliRunner().invoke(main, ["check", "--output-format", "xml", str(articles)])
    assert r.exit_code == 2


def test_real_process_exit_codes(articles):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}

    def code(*args):
        return subprocess.run([sys.executable, "-m", "newsclean", "check", "--isolated", *map(str, args)],
                              capture_output=True, env=env).returncode

    assert code(articles / "clean.txt") == 0
    assert code(articles / "dirty.txt") == 1
    assert code(articles / "missing.txt") == 2


# --- positions -------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_follow_the_original_line_ends(tmp_path, newline):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.replace("\n", newline).encode())
    r = check(f)
    assert f"{f}:{DIRTY_LINE}:1: D101" in r.stdout


def test_column_counts_leading_spaces_and_invisible_characters(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n  \u200b{P2}\n", "utf-8")  # duplicate on line 9
    r = check(f, "--output-format", "json")
    (finding,) = json.loads(r.stdout)
    assert finding["location"] == {"row": DIRTY_LINE, "column": 4}
    assert finding["end_location"] == {"row": DIRTY_LINE, "column": 4 + len(P2)}


# --- output formats ---------------------------------------------------------------------


def test_json_format(articles):
    r = check(articles, "--output-format", "json")
    assert r.exit_code == 1
    (f,) = json.loads(r.stdout)
    assert f["code"] == "D101" and f["name"] == "exact-duplicate"
    assert f["filename"] == str(articles / "dirty.txt")
    assert f["location"] == {"row": DIRTY_LINE, "column": 1}
    assert f["text"] == P2 and f["evidence"]["duplicate_of_line"] == 5
    assert f["fix"]["applicability"] == "safe"


def test_json_format_without_findings_is_an_empty_list(articles):
    r = check(articles / "clean.txt", "--output-format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []


def test_github_format(articles):
    r = check(articles, "--output-format", "github")
    (line,) = r.stdout.splitlines()
    m = re.fullmatch(r"::error title=newsclean \(D101\),file=(.*?),line=(\d+),col=1,endLine=\d+,endColumn=\d+::(.*)", line)
    assert m, line
    assert m.group(1) == str(articles / "dirty.txt").replace(":", "%3A").replace(",", "%2C")
    assert m.group(2) == str(DIRTY_LINE)
    assert m.group(3).startswith(f"{articles / 'dirty.txt'}:{DIRTY_LINE}:1: D101")


def test_github_format_escapes_properties(tmp_path):
    f = tmp_path / "a,b:c.txt"
    f.write_text(DIRTY, "utf-8")
    r = check(f, "--output-format", "github")
    assert "file=" + str(f).replace(":", "%3A").replace(",", "%2C") + "," in r.stdout


def test_full_format_shows_the_paragraph(articles):
    r = check(articles / "dirty.txt", "--output-format", "full")
    assert f"\n{DIRTY_LINE} | {P2}\n" in r.stdout
    assert "^^^^ D101 exact-duplicate" in r.stdout
    assert "= fix:" in r.stdout


def test_statistics(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DIRTY + f"\n{P1}\n", "utf-8")
    r = check(f, "--statistics")
    assert r.exit_code == 1
    assert r.stdout == "2\tD101\t[*] exact-duplicate\n"
    r = check(f, "--statistics", "--output-format", "json")
    assert json.loads(r.stdout) == [{"code": "D101", "name": "exact-duplicate", "count": 2, "fixable": True}]


def test_statistics_match_the_findings():
    listed = json.loads(check(SEED, "--output-format", "json").stdout)
    counted = json.loads(check(SEED, "--statistics", "--output-format", "json").stdout)
    assert sum(c["count"] for c in counted) == len(listed)
    assert {c["code"] for c in counted} == {f["code"] for f in listed}


def test_diff_is_what_clean_in_place_does(articles, tmp_path):
    r = check(articles / "dirty.txt", "--diff")
    assert r.exit_code == 1
    assert r.stdout.startswith(f"--- {articles / 'dirty.txt'}\n+++ {articles / 'dirty.txt'}\n")
    removed = [line[1:] for line in r.stdout.splitlines()[2:] if line.startswith("-")]
    added = [line for line in r.stdout.splitlines()[2:] if line.startswith("+")]
    assert removed == ["", P2] and added == []
    assert "Would drop 1 paragraph in 1 file." in r.stderr
    # Applying the diff gives the file clean --in-place writes.
    run("clean", "--isolated", "--in-place", articles / "dirty.txt")
    assert (articles / "dirty.txt").read_text("utf-8") == CLEAN


def test_diff_of_clean_file_is_empty(articles):
    r = check(articles / "clean.txt", "--diff")
    assert r.exit_code == 0 and r.stdout == ""


# --- selection ------------------------------------------------------------------------------


def test_select_ignore_and_extend_ignore(articles):
    assert check(articles, "--select", "B,L").exit_code == 0
    assert check(articles, "--select", "D1").exit_code == 1
    assert check(articles, "--ignore", "D101").exit_code == 0
    assert check(articles, "--extend-ignore", "D").exit_code == 0
    assert check(articles, "--select", "d101").exit_code == 1  # codes are case-insensitive


def test_unknown_code_is_an_error_with_a_suggestion(articles):
    r = check(articles, "--select", "D1O1")
    assert r.exit_code == 2
    assert "unknown reason code or prefix 'D1O1'" in r.stderr and "D101" in r.stderr


def test_selection_changes_the_seed_findings():
    all_codes = {f["code"] for f in json.loads(check(SEED, "--output-format", "json").stdout)}
    only_l = {f["code"] for f in json.loads(check(SEED, "--output-format", "json", "--select", "L").stdout)}
    assert only_l == {"L101"} and all_codes > only_l


# --- stdin --------------------------------------------------------------------------------------


def test_stdin_filename_names_the_input(articles):
    r = check("--stdin-filename", "news/today.txt", input=DIRTY)
    assert r.exit_code == 1
    assert r.stdout.startswith(f"news/today.txt:{DIRTY_LINE}:1: D101")
    r = check("-", input=DIRTY)
    assert r.stdout.startswith(f"-:{DIRTY_LINE}:1: D101")


def test_stdin_filename_finds_the_configuration_of_that_path(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.newsclean]\nignore = ['D']\n")
    (tmp_path / "news").mkdir()
    r = run("check", "--stdin-filename", str(tmp_path / "news" / "a.txt"), input=DIRTY)
    assert r.exit_code == 0, r.output


def test_stdin_filename_with_a_jsonl_name_reads_records():
    r = check("--stdin-filename", "x.jsonl", input=json.dumps({"id": "a1", "text": DIRTY}) + "\n")
    assert r.stdout.startswith("x.jsonl:1:1: D101")


# --- folders and JSONL ------------------------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden(tmp_path):
    for name in ["b/z.txt", "a.txt", "b/a.txt", ".git/x.txt", "notes.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(DIRTY, "utf-8")
    r = check(tmp_path, "--output-format", "json")
    names = [os.path.relpath(f["filename"], tmp_path) for f in json.loads(r.stdout)]
    assert names == ["a.txt", os.path.join("b", "a.txt"), os.path.join("b", "z.txt")]
    r = check(tmp_path, "--glob", "*.md", "--output-format", "json")
    assert [os.path.basename(f["filename"]) for f in json.loads(r.stdout)] == ["notes.md"]


def jsonl_records(n=3):
    return [{"id": f"doc-{i}", "url": "https://example.com", "text": DIRTY if i % 2 else CLEAN} for i in range(n)]


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_jsonl_reports_record_line_and_id(tmp_path, name):
    data = "".join(json.dumps(r) + "\n" for r in jsonl_records()).encode()
    f = tmp_path / name
    f.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    r = check(f)
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0] == (
        f"{f}:2:1: D101 repeats an earlier paragraph (line 5): "
        f"{json.dumps(P2[:47].rstrip() + '…', ensure_ascii=False)} [id doc-1, text {DIRTY_LINE}:1]"
    )
    (finding,) = json.loads(check(f, "--output-format", "json").stdout)
    assert finding["record_id"] == "doc-1" and finding["text_location"] == {"row": DIRTY_LINE, "column": 1}


def test_jsonl_diff_is_per_record(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in jsonl_records()))
    r = check(f, "--diff")
    assert r.exit_code == 1
    assert r.stdout.startswith(f"--- {f}:2 (text, id doc-1)\n+++ {f}:2 (text, id doc-1)\n")
    assert f"-{P2}" in r.stdout.splitlines()


def test_gzipped_jsonl_on_stdin():
    data = gzip.compress((json.dumps({"id": "a", "text": DIRTY}) + "\n").encode())
    r = check("--stdin-filename", "x.jsonl.gz", input=data)
    assert r.exit_code == 1 and r.stdout.startswith("x.jsonl.gz:1:1: D101")


def test_empty_folder_warns_and_passes(tmp_path):
    r = check(tmp_path)
    assert r.exit_code == 0 and "no files to check" in r.stderr


def test_invalid_jsonl_is_exit_2(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": 1, "text": "x"}\n{oops\n')
    r = check(f)
    assert r.exit_code == 2 and f"{f}:2: invalid JSON" in r.stderr
    f.write_text('{"id": 1, "body": "x"}\n')
    assert "no string field 'text'" in check(f).stderr


# --- determinism -------------------------------------------------------------------------------------


def test_same_findings_for_any_order_and_process_count(tmp_path):
    records = jsonl_records(80)  # enough to use the process pool
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "dirty.txt").write_text(DIRTY)
    paths = [tmp_path / "seed.txt", tmp_path / "c.jsonl", tmp_path / "dirty.txt"]
    one = check(*paths, "--output-format", "json", "--jobs", "1").stdout
    assert len(json.loads(one)) > 40
    assert check(*reversed(paths), "--output-format", "json", "--jobs", "2").stdout == one
    assert check(*paths, "--output-format", "json", "--jobs", "0").stdout == one
    assert check(*paths, "--output-format", "json").stdout == one


# --- clean --in-place (the fix) --------------------------------------------------------------------------


def test_in_place_fixes_and_check_then_passes(articles):
    r = run("clean", "--isolated", "--in-place", articles / "dirty.txt", articles / "clean.txt")
    assert r.exit_code == 0 and r.stdout == ""
    assert f"fixed {articles / 'dirty.txt'} (1 paragraph dropped)" in r.stderr
    assert (articles / "dirty.txt").read_text("utf-8") == CLEAN
    assert check(articles).exit_code == 0


def test_in_place_leaves_clean_files_untouched(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(CLEAN.replace("\n", "\r\n").encode() + b"   ")  # CRLF, trailing spaces: still no finding
    os.utime(f, (1_000_000, 1_000_000))
    r = run("clean", "--isolated", "--in-place", f)
    assert r.exit_code == 0 and "1 file left unchanged" in r.stderr
    assert f.stat().st_mtime == 1_000_000
    assert f.read_bytes().endswith(b"   ")


def test_in_place_keeps_permissions_and_crlf(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    f.chmod(0o640)
    run("clean", "--isolated", "--in-place", f)
    assert stat.S_IMODE(f.stat().st_mode) == 0o640
    assert f.read_bytes() == CLEAN.replace("\n", "\r\n").encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_in_place_jsonl_rewrites_only_changed_records(tmp_path, name):
    records = jsonl_records(4)
    lines = [json.dumps(r) + "\n" for r in records]
    data = "".join(lines).encode()
    f = tmp_path / name
    f.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert run("clean", "--isolated", "--in-place", f).exit_code == 0
    raw = f.read_bytes()
    out = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode().splitlines(keepends=True)
    assert out[0] == lines[0] and out[2] == lines[2]  # clean records byte for byte
    assert json.loads(out[1]) == {**records[1], "text": CLEAN.rstrip("\n")}
    assert check(f).exit_code == 0


def test_in_place_refuses_stdin_and_output_options(articles):
    assert run("clean", "--in-place").exit_code == 2
    assert run("clean", "--in-place", "-").exit_code == 2
    r = run("clean", "--in-place", articles / "dirty.txt", "-o", articles / "x.txt")
    assert r.exit_code == 2 and "-o" in r.stderr
    assert (articles / "dirty.txt").read_text("utf-8") == DIRTY


def test_in_place_internal_error_is_exit_2_and_leaves_the_file(articles, monkeypatch):
    import newsclean.pipeline

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(newsclean.pipeline, "clean_document", boom)
    r = CliRunner().invoke(main, ["clean", "--isolated", "--in-place", str(articles / "dirty.txt")])
    assert r.exit_code == 2 and "internal error: RuntimeError: boom" in r.stderr
    assert (articles / "dirty.txt").read_text("utf-8") == DIRTY
    r = CliRunner().invoke(main, ["check", "--isolated", str(articles / "dirty.txt")])
    assert r.exit_code == 2 and "internal error: RuntimeError: boom" in r.stderr


def test_in_place_missing_file_is_exit_2_and_others_are_fixed(articles):
    r = run("clean", "--isolated", "--in-place", articles / "missing.txt", articles / "dirty.txt")
    assert r.exit_code == 2
    assert (articles / "dirty.txt").read_text("utf-8") == CLEAN


SENTENCES = [
    P1, P2, P3, TITLE,
    "Der Stadtrat hat den Haushalt nach einer langen Debatte am Dienstag beschlossen, sagte der Sprecher.",
    "Share", "Facebook", "X", "Read more", "Accept all cookies",
    "We use cookies to personalise content and ads and to analyse our traffic.",
    "© 2024 Example Media. All rights reserved.",
    "Subscribe to our newsletter for the latest news.",
    "市议会周二晚上经过长时间辩论后批准了新预算，市长表示将于下周签署。",
    "Q: And then?",
]
paragraph = st.one_of(
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(SENTENCES[:3]), min_size=2, max_size=4).map(" ".join),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60),
)


@st.composite
def documents(draw):
    out = []
    for p in draw(st.lists(paragraph, max_size=12)):
        out += [p, draw(st.sampled_from(["\n", "\n\n", "\r\n\r\n", "\n  "]))]
    return "".join(out)


@settings(deadline=None, max_examples=120, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_property_check_passes_after_clean_in_place(tmp_path, text):
    f = tmp_path / "article.txt"
    f.write_bytes(text.encode("utf-8"))
    config = Config()
    fix_path(str(f), config)
    report = run_check([str(f)], CheckOptions(cli={}, cli_names={}, isolated=True))
    assert report.errors == []
    # Only what no fix changes is left: a text kept whole as junk (K003).
    assert all(not x.fixable and x.code in ("K003", "K004") for x in report.findings), \
        [(x.code, x.text) for x in report.findings]
    # Fixing again changes nothing (idempotent).
    before = f.read_bytes()
    assert not fix_path(str(f), config).written and f.read_bytes() == before


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents())
def test_property_fix_text_reaches_a_fixed_point(text):
    fixed, _ = fix_text(text, Config())
    if fixed is not None:
        assert fix_text(fixed, Config())[0] is None


def test_in_place_keeps_lone_cr_line_ends(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.replace("\n", "\r").encode())  # classic Mac OS line ends
    run("clean", "--isolated", "--in-place", f)
    assert f.read_bytes() == CLEAN.replace("\n", "\r").encode()
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "b.txt").write_bytes(DIRTY.replace("\n", "\r").encode())
    run("clean", "--isolated", "--in-place", folder, "-q")
    assert (folder / "b.txt").read_bytes() == CLEAN.replace("\n", "\r").encode()


def test_clean_in_place_skips_hidden_folders_as_check_does(tmp_path):
    for name in ["a.txt", ".venv/lib/LICENSE.txt", "node_modules/x/notes.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(DIRTY, "utf-8")
    assert run("clean", "--isolated", "--in-place", tmp_path, "-q").exit_code == 0
    assert (tmp_path / "a.txt").read_text("utf-8") == CLEAN
    assert (tmp_path / ".venv/lib/LICENSE.txt").read_text("utf-8") == DIRTY
    assert (tmp_path / "node_modules/x/notes.txt").read_text("utf-8") == DIRTY


def test_a_failed_input_is_no_pass(tmp_path):
    r = check(tmp_path / "missing.txt")
    assert r.exit_code == 2 and "All checks passed" not in r.stdout
    assert "1 input could not be checked" in r.stdout


def test_check_goes_on_past_a_malformed_jsonl_record(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": CLEAN}), "{not json", json.dumps({"id": "b"}),
             json.dumps({"id": "c", "text": DIRTY})]
    f.write_text("\n".join(lines) + "\n", "utf-8")
    r = check(f)
    assert r.exit_code == 2
    assert "c.jsonl:2: invalid JSON" in r.stderr and "c.jsonl:4:" not in r.stderr
    assert "c.jsonl:3:" in r.stderr  # no text field
    assert "D101" in r.stdout  # the record after them is still checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_in_a_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, "utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    r = check(tmp_path)
    assert r.exit_code == 1 and "a.txt" in r.stdout and "pipe.txt" not in r.output


def test_ignore_all_keeps_everything(articles):
    r = check(articles / "dirty.txt", "--ignore", "ALL")
    assert r.exit_code == 0 and r.stdout == "All checks passed!\n"
    r = run("clean", "--isolated", articles / "dirty.txt", "--extend-ignore", "ALL")
    assert r.stdout == DIRTY


@pytest.mark.parametrize("name", ["C.JSONL", "c.ndjson.gz"])
def test_check_and_clean_read_the_same_names_as_jsonl(tmp_path, name):
    data = "\n".join(json.dumps(r) for r in jsonl_records()).encode() + b"\n"
    f = tmp_path / name
    f.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    r = check(f)
    assert r.exit_code == 1 and "doc-1" in r.stdout  # records, not one text
    out = tmp_path / "out"
    assert run("clean", "--isolated", f, "-o", out, "-q").exit_code == 0


def test_in_place_jsonl_rewrites_only_the_text_fields_value(tmp_path):
    # Numbers, escapes and spacing of the other members stay as written.
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": 1, "score":1.10, "text": ' + json.dumps(DIRTY) + ', "big": 12345678901234567890.0,'
                 ' "name": "\\u00e9"}\n', "utf-8")
    r = run("clean", "--in-place", "--isolated", f)
    assert r.exit_code == 0, r.stderr
    line = f.read_text("utf-8")
    assert line.startswith('{"id": 1, "score":1.10, "text": "')
    assert line.endswith(', "big": 12345678901234567890.0, "name": "\\u00e9"}\n')
    assert json.loads(line)["text"] == CLEAN.rstrip("\n")


def test_in_place_files_honour_text_field_and_jsonl_and_refuse_batch_only_options(tmp_path):
    f = tmp_path / "corpus.data"  # JSONL by --jsonl, not by its name
    records = [{"id": i, "body": DIRTY, "text": "untouched"} for i in range(3)]
    f.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    r = run("clean", "--in-place", "--isolated", "--jsonl", "--text-field", "body", f)
    assert r.exit_code == 0, r.stderr
    fixed = [json.loads(line) for line in f.read_text("utf-8").splitlines()]
    assert [(x["id"], x["body"], x["text"]) for x in fixed] == [(i, CLEAN.rstrip("\n"), "untouched") for i in range(3)]
    before = f.read_bytes()
    r = run("clean", "--in-place", "--isolated", "--jsonl", "--report", tmp_path / "r.json", f)
    assert r.exit_code == 2 and "--report" in r.stderr
    assert f.read_bytes() == before and not (tmp_path / "r.json").exists()


@pytest.mark.parametrize("end, odd", [("\r", ""), ("\n", "\x0c"), ("\n", "\x85"), ("\n", "\u2028"), ("\r\n", "")])
def test_diff_is_a_patch_that_patch_can_read(tmp_path, end, odd):
    # Lines are ended by "\n" only, as patch reads them: a lone-CR file, a
    # form feed or U+0085 inside a line made lines without a diff marker.
    f = tmp_path / "a.txt"
    data = end.join([TITLE, "", P1, "", P2, "", P3 + odd + " More.", "", P2, ""]).encode("utf-8")
    f.write_bytes(data)
    r = check("--diff", "--isolated", f)
    assert r.exit_code == 1
    diff = r.stdout_bytes.decode("utf-8")
    assert all(line[:1] in " -+@\\" for line in diff.split("\n")[:-1]), diff
    if shutil.which("patch"):
        (tmp_path / "p.diff").write_bytes(r.stdout_bytes)  # (r.stdout turns CRLF into LF)
        subprocess.run(["patch", "-s", str(f), str(tmp_path / "p.diff")], check=True)
        fixed = f.read_bytes()
        f.write_bytes(data)
        run("clean", "--in-place", "--isolated", "-q", f)
        assert fixed == f.read_bytes()


def test_diff_on_a_terminal_shows_control_characters_escaped(tmp_path):
    # An ESC sequence from a scraped page (here one that retitles the window)
    # must not reach the reader's terminal; piped, the diff stays a patch.
    pty = pytest.importorskip("pty")
    f = tmp_path / "a.txt"
    esc = P2.replace("road repairs", "road \x1b]0;pwned\x07repairs")
    f.write_text(f"{TITLE}\n\n{P1}\n\n{esc}\n\n{P3}\n\n{esc}\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "newsclean", "check", "--diff", "--isolated", str(f)]
    master, terminal = pty.openpty()
    proc = subprocess.Popen(command, env=env, stdout=terminal, stderr=subprocess.PIPE)
    os.close(terminal)
    shown = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the program closed the terminal
            break
        if not data:
            break
        shown += data
    os.close(master)
    assert proc.wait(timeout=120) == 1, proc.stderr.read()
    proc.stderr.close()
    assert b"\x1b" not in shown and b"\x07" not in shown
    assert b"-Council members said the plan raises spending on road \\x1b]0;pwned\\x07repairs" in shown
    piped = subprocess.run(command, env=env, capture_output=True).stdout
    assert b"-Council members said the plan raises spending on road \x1b]0;pwned\x07repairs" in piped


def test_json_findings_stay_valid_json_for_file_names_that_are_not_utf8(tmp_path):
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9.txt")
    with open(name, "w", encoding="utf-8") as f:
        f.write(DIRTY)
    proc = subprocess.run([sys.executable, "-m", "newsclean", "check", "--isolated", "--output-format", "json", name],
                          capture_output=True)
    assert proc.returncode == 1
    (finding,) = json.loads(proc.stdout.decode("utf-8"))
    assert finding["code"] == "D101"


def test_jsonl_text_under_another_field_is_checked_as_clean_fixes_it(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"doc":"x1","body":"Share\\n\\nThe council approved the new bridge over the river '
                      'on Tuesday after a long debate."}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(corpus), "--isolated", "--text-field", "body", "--id-field", "doc"])
    assert r.exit_code == 1 and "B102" in r.output and "[id x1," in r.output
    fix = CliRunner().invoke(main, ["clean", "--in-place", str(corpus), "--isolated", "--text-field", "body"])
    assert fix.exit_code == 0
    assert CliRunner().invoke(main, ["check", str(corpus), "--isolated", "--text-field", "body"]).exit_code == 0


def test_a_text_kept_whole_as_junk_fails_the_check_with_no_fix(tmp_path):
    # Every line would go, so cleaning keeps the text as it was (K003): the
    # file still holds junk and the check must fail, though no fix helps.
    junk = tmp_path / "junk.txt"
    junk.write_text("Share\nTweet\nAccept all cookies\n")
    r = run("check", "--isolated", junk)
    assert r.exit_code == 1
    assert "K003 every paragraph would be dropped" in r.output and "no fix changes them" in r.output
    records = json.loads(run("check", "--isolated", "--output-format", "json", junk).stdout)
    assert [(x["code"], x["fix"], x["evidence"]["would_drop"]) for x in records] == [
        ("K003", None, {"B101": 1, "B102": 2})]
    assert run("clean", "--isolated", "--in-place", junk).exit_code == 0
    assert run("check", "--isolated", junk).exit_code == 1  # unchanged: still junk
    assert run("check", "--isolated", "--ignore", "K003", junk).exit_code == 0


def test_full_output_shows_control_characters_instead_of_sending_them(tmp_path):
    # A scraped line holding a terminal escape (set the title, clear the
    # screen) must not drive the terminal of whoever reads the report.
    f = tmp_path / "esc.txt"
    f.write_text("We use cookies to improve your experience. \x1b]0;owned\x07\x1b[2J\n\n"
                 "The council approved the new bridge over the river on Tuesday after a long debate.\n")
    r = run("check", "--isolated", "--output-format", "full", f)
    assert r.exit_code == 1
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "\\x1b]0;owned\\x07\\x1b[2J" in r.stdout


def test_check_jobs_are_capped_by_the_cpus_and_the_articles(tmp_path, monkeypatch):
    import concurrent.futures

    from newsclean import runtime

    asked = []

    class RecordingPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers=None, *args, **kwargs):
            asked.append(max_workers)
            super().__init__(min(max_workers or 1, 2), *args, **kwargs)  # never 1000 real processes

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", RecordingPool)
    monkeypatch.setattr(runtime, "usable_cpus", lambda: 1, raising=False)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": DIRTY}) + "\n" for i in range(64)), "utf-8")
    report = run_check([str(corpus)], CheckOptions(cli={}, cli_names={}, isolated=True, jobs=1000))
    assert len(report.findings) == 64
    assert asked == [2]  # two per CPU, not 1000
