"""Encodings and odd characters: everything either works or fails with a clear message."""

import json
import unicodedata

import pytest
from click.testing import CliRunner

from newsclean import clean
from newsclean.cli import main
from nasty import BAD_BYTES, article, encoded_variants


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def no_traceback(r):
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


ODD = (
    "Überschrift: Café, naïve — 市议会批准了新预算 👩‍👩‍👧‍👦\n\n"
    "Cafe\u0301 NFD next to Café NFC; שלום עולם مرحبا بالعالم \u202eRTL override\u202c.\n\n"
    "Control\x07 chars\x1b[0m and \x0b vertical tab, \x0c form feed, \x1c\x1d\x1e separators.\n\n"
    "Share\n\n" + article(3)
)


@pytest.mark.parametrize("layout", sorted(encoded_variants(ODD)))
def test_every_encoding_layout_gives_the_same_output(tmp_path, layout):
    expected = clean(ODD).text
    f = tmp_path / "in.txt"
    f.write_bytes(encoded_variants(ODD)[layout])
    r = invoke("clean", f)
    no_traceback(r)
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes.decode("utf-8") == expected + "\n"


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_undecodable_input_is_a_one_line_error_naming_the_file(tmp_path, name):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(BAD_BYTES[name])
    r = invoke("clean", f)
    no_traceback(r)
    assert r.exit_code == 2 and r.stdout == ""
    (line,) = r.stderr.strip().splitlines()
    assert str(f) in line and line.startswith("newsclean: error:")
    # and --errors replace always goes on (except for binary input)
    r = invoke("clean", f, "--errors", "replace")
    no_traceback(r)
    assert r.exit_code in (0, 2)


def test_lone_surrogates_become_replacement_characters():
    # Found: a JSON "\ud800" escape gave text that could not be encoded: batch
    # mode crashed with a traceback, `clean --in-place` called it an internal error.
    text = "Title\n\nThe council approved \ud800 the new budget after a long debate.\n\nShare\n"
    result = clean(text)
    assert "\ud800" not in result.text and "\ufffd" in result.text
    result.text.encode("utf-8")


def test_jsonl_with_escaped_lone_surrogates_is_cleaned(tmp_path):
    rec = {"id": 1, "text": "Title\n\nThe council approved \ud800 the new budget after a long debate.\n\nShare"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec) + "\n", "ascii")  # ensure_ascii: the surrogate is an escape
    out = tmp_path / "out.jsonl"
    r = invoke("clean", src, "-o", out, "-q", "--jobs", "1")
    no_traceback(r)
    assert r.exit_code == 0, r.stderr
    (got,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert "\ufffd" in got["text"] and "Share" not in got["text"]
    r = invoke("clean", "--in-place", src)
    no_traceback(r)
    assert r.exit_code == 0, r.stderr
    assert "Share" not in json.loads(src.read_text("utf-8"))["text"]


def test_mixed_nfc_nfd_are_kept_as_they_came():
    nfc = "Café au lait is served at the council canteen every single morning of the week."
    nfd = unicodedata.normalize("NFD", nfc)
    text = f"Title\n\n{nfc}\n\n{nfd}\n"
    out = clean(text).text
    assert all(p in text for p in out.split("\n\n"))  # never re-normalised
