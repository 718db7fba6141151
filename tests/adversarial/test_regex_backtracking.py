"""Catastrophic backtracking and quadratic scans: adversarial strings of ~200k chars.

No wall-clock asserts: each call runs under a generous alarm (a linear
implementation needs well under a second; a quadratic one needs hours), so
the alarm only fires on a real complexity bug, never on a slow machine.
"""


import pytest

from newsclean import clean
from newsclean.segment import normalize, segment
from nasty import bounded, adversarial_strings

N = 200_000
HANG = 120  # seconds: two orders of magnitude above the linear cost on a loaded machine





CASES = adversarial_strings(N)


@pytest.mark.parametrize("name", sorted(CASES))
def test_segmentation_is_linear_on_adversarial_strings(name):
    text = CASES[name]
    paras = bounded(lambda t: segment(normalize(t)), text, seconds=HANG)
    assert all(p.text == p.text.strip() and p.text for p in paras)


@pytest.mark.parametrize("name", sorted(CASES))
def test_cleaning_finishes_on_adversarial_strings(name):
    text = CASES[name][: N // 4]  # the whole pipeline, at a quarter of the size
    result = bounded(clean, text, seconds=HANG)
    assert isinstance(result.text, str)


def test_markup_test_is_linear_on_a_line_of_unclosed_comments():
    # Found: "<!--.*?--" tried the rest of the line from every "<!--": a
    # 100 kB line of them took 7 s, 1 MB would take a quarter of an hour.
    from newsclean.linefeatures import is_markup

    assert bounded(is_markup, "<!-- " * 200_000 + ">", seconds=HANG) is False
    assert bounded(is_markup, "<a href=" * 125_000 + ">", seconds=HANG) is False


def test_trailing_space_strip_does_not_backtrack():
    # Found: r"[ \t\f\v]+$" with MULTILINE retried the whole run of spaces at
    # every start position: 40,000 spaces before a letter took 7 s, 1 MB hours.
    text = "a" + " " * 1_000_000 + "x\n" + "b \t \n"
    assert bounded(normalize, text, seconds=HANG) == "a" + " " * 1_000_000 + "x\nb\n"


def test_cut_short_headline_test_is_linear_on_a_long_run_of_dots():
    # Found: r"[\w,]\s?(?:\.{3,}|…)\.*$" backtracked over every split of the
    # dots between its two repeats: 100,000 dots before "x." took 22 s.
    from newsclean.tail import _cut_short

    assert bounded(_cut_short, "a" + "." * 1_000_000 + "x.", seconds=HANG) is False
    assert bounded(_cut_short, "a" + "." * 1_000_000, seconds=HANG) is True
