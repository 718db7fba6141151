"""Fuzzing with hypothesis: random Unicode, random paragraph structures, random bytes and records.

CI runs a bounded number of examples per property (NEWSCLEAN_FUZZ_EXAMPLES,
default 60); a long local session: NEWSCLEAN_FUZZ_EXAMPLES=20000.
"""

import json
import os

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.cli import main
from nasty import BOILER, PROSE

EXAMPLES = int(os.environ.get("NEWSCLEAN_FUZZ_EXAMPLES", "60"))
FUZZ = settings(deadline=None, max_examples=EXAMPLES, derandomize=EXAMPLES <= 60,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

NASTY_CHARS = ("\x00\x07\x0b\x0c\x1b\x1c\x1d\x1e\x85\u2028\u2029\u200b\u200d\u200e\u200f\u202e\u2066\ufeff"
               "\u00ad\u0301\u0308\u064b\ud800\udfff\uffff\U0001f469\u200d\U0001f467市é\u00a0\t\r")
nasty_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(NASTY_CHARS)), max_size=120)
paragraph = st.one_of(
    st.sampled_from(PROSE + BOILER),
    st.lists(st.sampled_from(PROSE), min_size=2, max_size=4).map(" ".join),
    nasty_text,
    st.builds(lambda p, c: p[: len(p) // 2] + c + p[len(p) // 2:], st.sampled_from(PROSE),
              st.sampled_from(NASTY_CHARS)),
)
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n", "\u2028", "\f"])


@st.composite
def documents(draw):
    parts = []
    for p in draw(st.lists(paragraph, max_size=16)):
        parts += [p, draw(separator)]
    return "".join(parts)


def kept_subsequence(result) -> bool:
    it = iter(p.text for p in result.paragraphs)
    return all(any(k == a for a in it) for k in (p.text for p in result.paragraphs if p.kept))


@FUZZ
@given(documents())
def test_fuzz_no_crash_output_is_an_ordered_subset_and_deterministic(text):
    result = clean(text)
    assert kept_subsequence(result)
    out = result.text
    out.encode("utf-8")  # always encodable, even from lone surrogates
    assert "\r" not in out  # line ends are normalised
    for line in filter(None, out.split("\n")):
        assert any(line in p.text for p in result.paragraphs if p.kept)  # nothing invented
    assert clean(text).text == out


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_cli_on_random_bytes_never_tracebacks(data):
    r = CliRunner().invoke(main, ["clean", "-"], input=data)
    assert r.exit_code in (0, 2), r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    if r.exit_code == 2:
        assert r.stderr.startswith("newsclean: error: <stdin>")


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | nasty_text,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(nasty_text, inner, max_size=3),
                          max_leaves=8)


@FUZZ
@given(st.lists(st.one_of(
    st.builds(lambda t, extra: json.dumps({"id": 1, "text": t, "x": extra}), documents(), json_value),
    st.builds(lambda t: json.dumps({"id": 2, "text": t}, ensure_ascii=False), documents()),
    json_value.map(json.dumps),
    nasty_text,
), max_size=6))
def test_fuzz_jsonl_every_line_is_cleaned_or_reported(tmp_path_factory, lines):
    d = tmp_path_factory.mktemp("j")
    src = d / "in.jsonl"
    src.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    report = d / "r.json"
    r = CliRunner().invoke(main, ["clean", str(src), "-o", str(d / "out.jsonl"), "--jobs", "1", "-q",
                                  "--report", str(report)])
    assert r.exit_code in (0, 1) and r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    rep = json.loads(report.read_text("utf-8"))
    records = sum(1 for line in src.read_bytes().split(b"\n") if line.strip())
    assert rep["records"] + rep["failed"] == records  # nothing silently lost
    out = (d / "out.jsonl").read_bytes().splitlines()
    assert len(out) == rep["records"]
    for line in out:
        json.loads(line)


@FUZZ
@given(documents())
def test_fuzz_cleaning_the_output_again_changes_nothing(text):
    once = clean(text).text
    assert clean(once).text == once
