import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsclean import __version__
from newsclean.cli import main

SEED = Path(__file__).parent / "data" / "seed_article.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_clean_file_to_stdout():
    r = run("clean", str(SEED))
    assert r.exit_code == 0
    assert r.stdout.startswith("Türkiye, Malaysia discuss defense cooperation\n")
    assert "çerez" not in r.stdout


def test_stdin_forms_agree():
    data = SEED.read_bytes()
    a = run("clean", str(SEED)).stdout
    assert run("clean", "-", input=data).stdout == a
    assert run("clean", input=data).stdout == a
    assert run(input=data).stdout == a  # bare `newsclean < FILE`


def test_output_file_is_written(tmp_path):
    out = tmp_path / "out.txt"
    r = run("clean", str(SEED), "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_text("utf-8") == run("clean", str(SEED)).stdout
    assert list(tmp_path.iterdir()) == [out]  # no temp file left behind


def test_json_schema():
    r = run("clean", str(SEED), "--format", "json")
    obj = json.loads(r.stdout)
    assert obj["language"] == "en" and obj["schema"] == 1
    assert obj["text"] + "\n" == run("clean", str(SEED)).stdout
    dropped = [p for p in obj["paragraphs"] if not p["kept"]]
    assert {p["code"][0] for p in dropped} >= {"D", "L", "B"}
    summary = next(p for p in dropped if p["code"] == "D103")
    assert summary["evidence"]["restates"]
    for p in obj["paragraphs"]:
        assert set(p) >= {"index", "text", "start", "end", "line", "lang", "confidence", "kept", "code", "message", "evidence"}


def test_explain_goes_to_stderr():
    r = CliRunner().invoke(main, ["clean", str(SEED), "--explain"])
    assert "D103" in r.stderr and "L101" in r.stderr
    assert "D103" not in r.stdout


def test_explain_shows_a_paragraphs_brackets_and_escapes_as_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title here\n\n[/bold] A closing tag in the text, and more words for the test.\n\n"
                 "\x1b[31mred\x1b[0m text\n", "utf-8")
    r = CliRunner().invoke(main, ["clean", str(f), "--explain"])
    assert r.exit_code == 0, r.stderr
    assert "[/bold] A closing tag" in r.stderr  # not read as rich markup (it raised MarkupError)
    assert "\x1b" not in r.stderr and "\\x1b[31mred" in r.stderr  # the ESC shown, not sent to the terminal


def test_an_unknown_language_code_is_a_usage_error():
    r = CliRunner().invoke(main, ["clean", str(SEED), "--lang", "xx"])
    assert r.exit_code == 2 and "unknown language code 'xx'" in r.stderr


def test_rules_lists_codes():
    r = run("rules")
    assert "D101" in r.stdout and "B101" in r.stdout and "L101" in r.stdout


def test_version():
    assert __version__ in run("--version").stdout


def test_missing_file_is_a_one_line_error():
    r = CliRunner().invoke(main, ["clean", "/nonexistent/file.txt"])
    assert r.exit_code == 2
    assert "/nonexistent/file.txt" in r.stderr and "Traceback" not in r.stderr


def test_invalid_utf8_names_offset_and_replace_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Title\n\nCaf".encode() + b"\xe9 au lait is served here every morning.\n")
    r = CliRunner().invoke(main, ["clean", str(bad)])
    assert r.exit_code == 2 and "byte offset 10" in r.stderr and str(bad) in r.stderr
    r = run("clean", str(bad), "--errors", "replace")
    assert r.exit_code == 0 and "\ufffd" in r.stdout
    r = run("clean", str(bad), "--encoding", "latin-1")
    assert r.exit_code == 0 and "Café" in r.stdout


def test_binary_input_is_refused(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    r = CliRunner().invoke(main, ["clean", str(binary)])
    assert r.exit_code == 2 and "binary" in r.stderr


def test_empty_input_gives_empty_output():
    r = run("clean", "-", input=b"  \n\n\t")
    assert r.exit_code == 0 and r.stdout == ""


def test_unknown_option_is_a_usage_error():
    r = CliRunner().invoke(main, ["clean", "--no-such-option"])
    assert r.exit_code == 2


def test_real_subprocess_pipeline():
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean"], input=SEED.read_bytes(), capture_output=True, check=True
    )
    assert proc.stdout.decode().startswith("Türkiye, Malaysia")
    assert proc.stderr == b""


def test_extend_ignore_reaches_clean(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Bridge to close\n\nShare\n\nThe city council voted on Tuesday to close the old harbour "
                 "bridge to cars from next spring, after engineers warned.\n", "utf-8")
    assert "\nShare\n" not in run("clean", str(f)).stdout
    assert "\nShare\n" in run("clean", str(f), "--extend-ignore", "B102").stdout


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    # `newsclean clean corpus.jsonl -o - | head -1`: no failed input, no
    # traceback, the status of a process ended by SIGPIPE (as cat's).
    import signal

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": f"Story {i} about the harbour bridge.\n\nShare"}) + "\n"
                              for i in range(20000)), "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(corpus), "-o", "-", "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["id"] == 0
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 128 + signal.SIGPIPE
    assert "failed" not in stderr and "Traceback" not in stderr and "Broken pipe" not in stderr
