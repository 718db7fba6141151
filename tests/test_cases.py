"""Hand-written behaviour cases: tests/data/cases/<name>.input.txt -> .expected.txt."""

from pathlib import Path

import pytest

from newsclean import clean

CASES = Path(__file__).parent / "data" / "cases"
NAMES = sorted(p.name[: -len(".input.txt")] for p in CASES.glob("*.input.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    raw = (CASES / f"{name}.input.txt").read_text("utf-8")
    expected = (CASES / f"{name}.expected.txt").read_text("utf-8")
    result = clean(raw)
    got = [p.text for p in result.paragraphs if p.kept]
    want = [p for p in expected.split("\n\n") if p]
    assert got == want, "\n".join(
        f"{p.index:3} {'keep' if p.kept else 'DROP'} {p.decision.code} {p.text[:70]!r}" for p in result.paragraphs
    )
