"""Heads that open a line (heads.py), shared by tag lines and post links."""

from newsclean.heads import LineHeads

HEADS = LineHeads(["posted in", "previous post", "nächster beitrag"])


def test_the_rest_after_a_head_matched_word_for_word():
    assert HEADS.rest_after("Posted in News, Politics") == "News, Politics"
    assert HEADS.rest_after("PREVIOUS POST Ferry fares rise") == "Ferry fares rise"
    assert HEADS.rest_after("Nächster  Beitrag Stadtrat streitet") == "Stadtrat streitet"


def test_no_head_part_of_a_word_or_nothing_after_it():
    assert HEADS.rest_after("Previous post-war plans were dropped") is None  # "post-war" is not "post"
    assert HEADS.rest_after("Postedin News") is None
    assert HEADS.rest_after("Previous Post") is None
    assert HEADS.rest_after("Previous Post »") is None  # a label, not a link with a title
    assert HEADS.rest_after("The council posted in the paper") is None


def test_a_head_in_capitals_that_lower_case_spells_otherwise():
    # Turkish "İ" lower-cases to "i" and a combining dot: the head still opens the line.
    heads = LineHeads(["ilgili haber"])
    rest = heads.rest_after("İLGİLİ HABER Ege'de otellerin doluluk oranı arttı")
    assert rest == "Ege'de otellerin doluluk oranı arttı"


def test_a_headline_that_opens_with_a_figure_is_no_part_of_the_head():
    # normalize_label drops a count at a line's end: "İLGİLİ HABER 2025" reads
    # as the head alone when heads of three words are looked for first.
    heads = LineHeads(["ilgili haber", "ilgili haber listesi"])
    assert heads.rest_after("İLGİLİ HABER 2025 araç muayene ücretleri belli oldu") == "2025 araç muayene ücretleri belli oldu"
