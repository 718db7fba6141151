"""An author's card on one line: counts, a follow button, a handle."""

import pytest

from newsclean import clean
from newsclean.authorcards import author_card


@pytest.mark.parametrize("line", [
    "Follow · 412 articles · @tomwernerrides",
    "@luciaferran · 218 artículos",
    "573 článků · [20]Sledovat autora · [21]@hkolarova",
    "文章 386 ｜ 粉丝 2.1万 [14]+ 关注",
    "Folgen | 1.2k Follower",
])
def test_an_authors_counts_with_a_button_or_a_handle_are_a_card(line):
    assert author_card(line)


@pytest.mark.parametrize("line", [
    "@OasisMarathon · 14 فبراير",  # a quoted post's handle and date
    "12 min · 3 comments",  # reading time and comments: no button, no handle
    "Yes 76 38% 52%",  # a table's row
    "Home | News | Sport",  # a menu
    "Follow · Share",  # a bar of buttons, which the phrase lists know
    "Anna Novak · 12 March 2025",  # a byline with its date
])
def test_other_lines_with_dots_or_bars_are_not(line):
    assert not author_card(line)


LEDE = ("The harbour authority confirmed on Monday that the old ferry pier will be demolished in the spring, "
        "after engineers found that two of its concrete piles had cracked beyond repair.")
BODY = ("A temporary pontoon will carry passengers to the island boats from April. The authority expects the "
        "new pier, paid for by the regional transport fund, to open in the summer of next year.")


def test_the_card_goes_and_the_byline_and_the_article_stay():
    page = "\n\n".join([
        "Old ferry pier to be demolished after cracks found", "By Marta Lindqvist",
        "Follow · 318 articles · @mlindqvist", LEDE, BODY,
    ])
    result = clean(page)
    kept = [p.text for p in result.paragraphs if p.kept]
    dropped = {p.text: p.decision.code for p in result.paragraphs if not p.kept}
    assert dropped == {"Follow · 318 articles · @mlindqvist": "B103"}
    assert kept[:2] == ["Old ferry pier to be demolished after cracks found", "By Marta Lindqvist"]
