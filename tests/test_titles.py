"""D104: the page's title line (headline + site name) above the article's own headline."""

from newsclean import clean
from test_boilerplate import PROSE, kept


def test_title_tag_line_goes_and_the_headline_stays():
    text = "\n\n".join(["Harbour bridge to close to cars - The Harbour Gazette", "Harbour bridge to close to cars", *PROSE])
    result = clean(text)
    assert [p.text for p in result.paragraphs if p.kept] == ["Harbour bridge to close to cars", *PROSE]
    (dropped,) = [p for p in result.paragraphs if not p.kept]
    assert dropped.decision.code == "D104" and dropped.decision.evidence == {"headline": 1}


def test_site_name_first_and_other_separators():
    for title in ("The Harbour Gazette | Harbour bridge to close to cars", "Harbour bridge to close to cars « Gazette"):
        out = kept("\n\n".join([title, "Home", "Harbour bridge to close to cars", *PROSE]))
        assert title not in out and "Harbour bridge to close to cars" in out


def test_a_headline_with_a_dash_and_no_copy_below_stays():
    title = "Negative target fixation – do you have it?"
    assert kept("\n\n".join([title, "Negative target fixation", *PROSE]))[0] == title


def test_a_kicker_with_a_colon_is_not_a_site_name():
    title = "Harbour Gazette: Harbour bridge to close to cars"
    assert kept("\n\n".join([title, "Harbour bridge to close to cars", *PROSE]))[0] == title


def test_only_the_first_lines_can_be_the_title_tag():
    middle = "Harbour bridge to close to cars - a reader's view"
    text = "\n\n".join(["Bridge news", *PROSE[:3], middle, "Harbour bridge to close to cars", *PROSE[3:]])
    assert middle in kept(text)
