"""The site-slogan patterns (lexicon/site_slogans.txt) and their anchors."""

import pytest

from newsclean.slogans import _data, is_site_slogan


def test_every_pattern_names_an_anchor():
    # A line without an anchor is never searched: a pattern without one
    # could never match.
    anchors, patterns = _data()
    for pattern in patterns:
        assert any(a.lower() in pattern.lower() for a in anchors), pattern


@pytest.mark.parametrize(
    "line",
    [
        "Your best source for harbour news, rumors and analysis from the dockside.",
        "Harbour Watch is a small nonprofit devoted to local journalism on the coast.",
        "The Harbour Gazette's official blog for news and updates from the port.",
        "Toda la actualidad de la costa, cada día.",
        "Najnowsze wiadomości z regionu i ze świata.",
    ],
)
def test_slogans_in_several_languages(line):
    assert is_site_slogan(line)


@pytest.mark.parametrize(
    "line",
    [
        "It is a source of worry for the council, the mayor said on Tuesday.",
        "The conclusion is interesting and is a source of good guidance.",
        "Drivers will be sent along the ring road instead, officials said.",
    ],
)
def test_prose_that_shares_words_with_slogans_is_none(line):
    assert not is_site_slogan(line)
