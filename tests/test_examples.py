"""Examples that come with their expected output are cleaned exactly so."""

from pathlib import Path

import pytest

from newsclean import clean

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXPECTED = sorted(EXAMPLES.glob("*.expected.txt"))


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.name for p in EXPECTED])
def test_example_cleans_to_its_expected_output(expected):
    source = expected.with_name(expected.name.replace(".expected.txt", ".txt"))
    assert clean(source.read_text("utf-8")).text + "\n" == expected.read_text("utf-8")


def test_there_are_examples_with_expected_output():
    assert EXPECTED
