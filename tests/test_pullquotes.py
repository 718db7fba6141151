"""D106: a sentence of the article printed again as a display quote."""

import pytest

from newsclean import clean

TITLE = "Storm ends the Harrowfield festival a day early"
OPENING = [
    "Organisers of the Harrowfield Sound festival called off its last day on Sunday morning after gusts of more "
    "than 60 mph tore through the campsite overnight and brought down two of the smaller stages.",
    "About 18,000 people had tickets for the final day. Stewards began moving campers to the car parks shortly "
    "after 3am, and buses to the railway station ran from first light.",
]
QUOTING = (
    "Jodie Marlow, 24, who had travelled from Leicester with four friends, said the mood changed within minutes. "
    "\"It went from fun to frightening really fast. Our tent just folded in on itself.\""
)
CLOSING = [
    "The organisers said ticket holders would be offered a full refund for Sunday or a place at next year's "
    "festival, and that the site would be cleared by the end of the week.",
    "The Met Office said the strongest gusts were recorded on the ridge above the campsite shortly after midnight.",
]


def decisions(text: str) -> dict[str, str]:
    return {p.text: p.decision.code for p in clean(text).paragraphs}


@pytest.mark.parametrize("pull", [
    '"It went from fun to frightening really fast."',
    '> "It went from fun to frightening really fast."',
    "“It went from fun to frightening really fast.”",
    "”It went from fun to frightening really fast.”",  # as Swedish and Finnish write it
])
def test_a_pull_quote_under_its_paragraph_goes(pull):
    got = decisions("\n\n".join([TITLE, *OPENING, QUOTING, pull, *CLOSING]))
    assert got[pull] == "D106"
    assert [got[p] for p in (TITLE, *OPENING, QUOTING, *CLOSING)] == ["K002", "K001", "K001", "K001", "K001", "K001"]


def test_its_attribution_goes_with_it():
    pull, credit = '"It went from fun to frightening really fast."', "— Jodie Marlow, festivalgoer"
    got = decisions("\n\n".join([TITLE, *OPENING, QUOTING, pull, credit, *CLOSING]))
    assert got[pull] == got[credit] == "D106"


def test_an_interviews_next_question_under_a_pull_quote_is_no_attribution():
    # (fortieth session: "– Ką gali padaryti paprastas žmogus?", led by a dash as the answers are)
    pull, question = '"It went from fun to frightening really fast."', "– What should campers do next time?"
    got = decisions("\n\n".join([TITLE, *OPENING, QUOTING, pull, question, *CLOSING]))
    assert got[pull] == "D106"
    assert got[question] == "K001"


def test_an_editor_may_cut_words_out_of_the_sentence():
    source = (
        "«Il problema non è la mancanza di controlli, è che arrivano troppo tardi», spiega l'amministratrice "
        "delegata Chiara Bessone. «Quando un operatore sente l'odore di muffa o vede la condensa sul tetto del "
        "silo, il danno è già fatto. Noi vogliamo che se ne accorga dieci giorni prima.»"
    )
    pull = "«Quando un operatore sente l'odore di muffa, il danno è già fatto»"
    text = "\n\n".join([
        "Silos intelligenti contro la muffa",
        "Una startup piemontese ha raccolto due milioni di euro per installare sensori nei silos di cereali e "
        "avvisare gli agricoltori prima che il raccolto si rovini.",
        source, pull,
        "I sensori misurano temperatura, umidità e anidride carbonica ogni quindici minuti e mandano un avviso "
        "sul telefono quando i valori cambiano.",
    ])
    assert decisions(text)[pull] == "D106"


def test_a_chinese_pull_quote_goes():
    source = ("老石匠郑根水蹲在桥下，用手掌一块块摸过新换的几块楔石。“机器量得准，但石头吃不吃劲，要靠手去摸。”"
              "他说，这座桥他修了三次，每一次都先摸再量。")
    pull = "“机器量得准，但石头吃不吃劲，要靠手去摸。”"
    text = "\n\n".join([
        "百年石拱桥完成修缮 今起恢复通行",
        "经过八个月的修缮，清溪镇的百年石拱桥今天上午重新开放，村民和游客又可以从桥上步行往返两岸。",
        source, pull, "——石匠 郑根水",
        "镇政府表示，修缮期间共更换了十四块风化严重的石料，全部取自附近的老采石场，以保持桥体原有的颜色和质地。",
    ])
    got = decisions(text)
    assert got[pull] == got["——石匠 郑根水"] == "D106"
    assert got[source] == "K001"


def test_a_quoted_heading_with_no_sentences_end_stays():
    # A subheading that quotes a few words of the paragraph above it.
    heading = "'It went from fun to frightening'"
    got = decisions("\n\n".join([TITLE, *OPENING, QUOTING, heading, *CLOSING]))
    assert got[heading] == "K002"


def test_an_epigraph_the_paragraphs_then_take_up_stays():
    # Printed above the paragraph that quotes it again: the article's own quotation.
    # (Right above it, the near-copy rule takes the shorter line as the longer one's teaser.)
    epigraph = "“Are you the one who is to come, or shall we look for another?”"
    text = "\n\n".join([
        "John the Baptist's Doubt",
        "Are you struggling with doubts in the middle of painful circumstances? So did John the Baptist, as he "
        "sat in prison waiting for his likely execution.",
        epigraph,
        "This was a surprising question coming from John the Baptist, who had baptised Jesus in the Jordan and "
        "had told the crowds that someone greater than himself was coming after him.",
        "It is unclear exactly when John first knew who Jesus was. The Gospel of John quotes him as saying that "
        "he did not know him at first, around the time of the baptism.",
        "Either way, his doubts came late, in a cell, after months of waiting for a sign that did not come.",
        "When he asked “Are you the one who is to come, or shall we look for another?” he had already seen more "
        "than most of the people around him.",
    ])
    assert decisions(text)[epigraph] == "K001"


def test_a_quoted_headline_over_its_story_stays():
    headline = "“It went from fun to frightening really fast.”"
    got = decisions("\n\n".join([headline, *OPENING, QUOTING, *CLOSING]))
    assert got[headline].startswith("K")


def test_a_blockquote_copy_of_a_quoted_paragraph_goes_and_the_paragraph_stays():
    # The paragraph is the quotation itself; the display quote repeats it word for word.
    paragraph = ("“If a book goes missing, that is that. It still ends up in somebody's home, which is where a "
                 "book should be anyway.”")
    text = "\n\n".join([TITLE, *OPENING, QUOTING, "Asked about theft, the owner shrugged.", paragraph,
                        "> " + paragraph, *CLOSING])
    got = decisions(text)
    assert got[paragraph] == "K001"
    assert got["> " + paragraph] in {"D101", "D102", "D106"}


def test_a_pull_quote_of_a_whole_paragraph_goes_and_the_paragraph_stays():
    # The quote repeats the paragraph right over it, word for word, below
    # the article's top: the duplicate stage keeps the paragraph, not its
    # display copy.
    para = "It is a vicious circle we have made ourselves, and only we ourselves can break it."
    for pull in (f"”{para}”", f"“{para}”"):
        text = "\n\n".join([TITLE, *OPENING, QUOTING, CLOSING[0], para, pull, CLOSING[1]])
        out = [p.text for p in clean(text).paragraphs if p.kept]
        assert para in out and pull not in out
