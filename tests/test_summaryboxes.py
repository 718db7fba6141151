"""A summary's box over the article, restated by it, goes (D103, summary_box)."""

import pytest

from newsclean import clean

HEADLINE = "Stadtrat stimmt für Sanierung des Hallenbads"
BOX = [
    "Das Wichtigste in Kürze",
    "",
    "Der Stadtrat stimmt für die Sanierung des Hallenbads am Schillerpark.",
    "Die Kosten liegen bei 18,4 Millionen Euro, das Land übernimmt einen Teil.",
    "Das Bad schließt ab Juni für mindestens zwei Jahre.",
]
ARTICLE = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit die Sanierung des Hallenbads am Schillerpark "
    "beschlossen. Nach fast drei Stunden Debatte stimmten 31 von 38 Mitgliedern für den Plan der Verwaltung.",
    "Die Kosten schätzt das Bauamt auf 18,4 Millionen Euro. Das Land hat zugesagt, einen Teil davon aus dem "
    "Programm für kommunale Sportstätten zu übernehmen; über die Höhe wird im Herbst entschieden.",
    "Für Schulen und Vereine bedeutet der Beschluss eine lange Pause: Das Bad schließt ab Juni für mindestens "
    "zwei Jahre. Der Schwimmunterricht soll solange im Nachbarort stattfinden, mit Bussen der Stadt.",
    "Die Opposition hatte einen Neubau am Stadtrand gefordert, der nach ihrer Rechnung kaum teurer gewesen wäre.",
]


def kept(text: str) -> list[str]:
    return [p.text for p in clean(text).paragraphs if p.kept]


def page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_summary_box_over_the_article_goes():
    result = clean(page([HEADLINE], BOX, ARTICLE))
    out = [p.text for p in result.paragraphs if p.kept]
    assert out == [HEADLINE, *ARTICLE]
    dropped = [p for p in result.paragraphs if not p.kept]
    assert {p.decision.code for p in dropped} == {"D103"}
    assert all(p.decision.evidence["summary_box"] == dropped[0].index for p in dropped)


ROMNEY = [
    "(Wire) -- Mitt Romney conceded the election early on Wednesday, telling supporters in Boston that "
    "he had given all he had to the campaign and that he would pray for the president.",
    "A friend of the nominee said the man he knew was far from the caricature drawn by his opponents, "
    "and that the campaign had failed to show voters who he really was.",
    "Aides said Romney would spend the coming weeks with his family before deciding on his next steps.",
]


def test_story_highlights_in_english():
    box = ["STORY HIGHLIGHTS", "Romney concedes the election to Obama",
           "He says he gave all to his campaign", "A friend says he was far from the caricature"]
    assert kept(page(["Romney: I gave all to this campaign"], box, ROMNEY)) == [
        "Romney: I gave all to this campaign", *ROMNEY]


def test_a_summary_section_further_down_stays():
    # "Summary" over a recap, after the article's paragraphs: the chapter's, not a box over the article.
    recap = ["Summary", "", "The council voted for the repair; the pool closes in June for two years."]
    text = page([HEADLINE], ARTICLE[:3], recap, ARTICLE[3:])
    assert kept(text) == [HEADLINE, *ARTICLE[:3], recap[0], recap[2], *ARTICLE[3:]]


def test_a_box_the_article_does_not_restate_stays():
    facts = ["Das Wichtigste in Kürze", "", "Öffnungszeiten: Montag bis Freitag 6 bis 22 Uhr",
             "Eintritt: Erwachsene 4,50 Euro, Kinder 2,50 Euro", "Parkplätze an der Turnhalle"]
    assert kept(page([HEADLINE], facts, ARTICLE)) == [HEADLINE, facts[0], *facts[2:], *ARTICLE]


def test_a_writers_abstract_on_one_line_with_its_heading_stays():
    abstract = "Summary: Romney conceded on Wednesday, saying he gave all he had; a friend defends the man."
    assert kept(page(["Romney concedes"], [abstract], ROMNEY)) == ["Romney concedes", abstract, *ROMNEY]


def test_an_at_a_glance_box_is_the_articles_own():
    glance = ["At a Glance", "Ease of use", "Security", "Fees"]
    article = [
        "Both exchanges are easy to use, but the second one asks for more steps before the first trade.",
        "Security is strong on both: two-factor sign-in, cold storage for most coins and insurance for cash.",
        "Fees are where they differ most, from 0.5% a trade on the first to 0.1% on the second.",
    ]
    assert kept(page(["Two exchanges compared"], glance, article)) == ["Two exchanges compared", *glance, *article]


def test_more_languages_name_their_summary_boxes():
    from newsclean.generated import summary_heading

    for head in ("Najważniejsze informacje", "Tärkeimmät tiedot", "संक्षेप में", "Lühidalt", "Ringkasan Berita",
                 "En síntesis", "ملخص الخبر", "أهم النقاط", "সংক্ষেপে",
                 # (forty-fourth session)
                 "Tóm tắt bài viết", "खबर का सार", "Resumo da notícia", "Укратко", "สรุปข่าว", "Intipati"):
        assert summary_heading(head), head


def test_a_summary_box_goes_whole_when_its_heading_is_a_known_label():
    # "L'essentiel" is a label of the phrase lists too: the box's points go with it.
    box = ["L'essentiel", "", "Der Stadtrat stimmt für die Sanierung des Hallenbads am Schillerpark.",
           "Die Kosten liegen bei 18,4 Millionen Euro, das Land übernimmt einen Teil.",
           "Das Bad schließt ab Juni für mindestens zwei Jahre."]
    assert kept(page([HEADLINE], box, ARTICLE)) == [HEADLINE, *ARTICLE]


def test_a_summary_boxs_heading_goes_with_its_one_point_the_lede_restated():
    # The pairwise test takes the one point as a summary of the lede first:
    # the heading, alone over the article, goes with it.
    point = ("Der Stadtrat hat am Dienstag die Sanierung des Hallenbads am Schillerpark beschlossen: 31 von 38 "
             "Mitgliedern stimmten für den Plan der Verwaltung nach fast drei Stunden Debatte.")
    result = clean(page([HEADLINE], ["Kort fortalt"], [point], ARTICLE))
    assert [p.text for p in result.paragraphs if p.kept] == [HEADLINE, *ARTICLE]


def test_the_notice_under_the_box_that_a_machine_wrote_it_goes_with_it():
    notice = ["Zusammenfassung automatisch erstellt und von der Redaktion geprüft"]
    assert kept(page([HEADLINE], BOX, notice, ARTICLE)) == [HEADLINE, *ARTICLE]


def test_a_box_of_keys_over_their_values_is_the_articles_facts():
    # A definition list under the heading: the article's key facts, which
    # its text says again by nature; not a summary of it.
    facts = ["Das Wichtigste in Kürze", "", "Kosten:", "18,4 Millionen Euro", "Schließung:",
             "ab Juni für mindestens zwei Jahre", "Abstimmung:", "31 von 38 Mitgliedern"]
    assert kept(page([HEADLINE], facts, ARTICLE)) == [HEADLINE, *[line for line in facts if line], *ARTICLE]


def test_a_czech_box_headed_stručně_goes():
    head = "Velomont zvýšil tržby o 18 procent"
    box = ["Stručně", "", "Velomont loni zvýšil tržby o 18 procent.", "Prodal přes 61 tisíc kol, polovinu v Německu.",
           "Letos otevře linku v Sasku."]
    article = ["Výrobce jízdních kol Velomont loni zvýšil tržby o 18 procent na 2,4 miliardy korun. Prodal přes 61 "
               "tisíc kol, z toho polovinu v Německu, kde roste poptávka po elektrokolech.",
               "Letos firma otevře novou montážní linku v Sasku, kde vytvoří asi 120 pracovních míst, uvedl "
               "ve čtvrtek generální ředitel společnosti.",
               "Analytici upozorňují, že trh s koly se po dvou slabších letech teprve zotavuje a marže "
               "zůstávají nízké."]
    assert kept(page([head], box, article)) == [head, *article]


def test_the_standfirst_a_summary_box_says_again_under_it_stays_when_the_box_goes():
    # (fortieth session: "Haberin Özeti" over the standfirst's near copy, under the
    # standfirst: the copy took the standfirst's place, then went with its box)
    standfirst = ("Der Stadtrat stimmt für die Sanierung des Hallenbads am Schillerpark, die Kosten liegen bei"
                  " 18,4 Millionen Euro.")
    copy = standfirst.replace("Schillerpark, die", "Schillerpark; die")
    byline = "Von Jana Roth, 12.03.2026"
    out = kept(page([HEADLINE], [standfirst], ["Das Wichtigste in Kürze"], [copy], [byline], ARTICLE))
    assert out == [HEADLINE, standfirst, byline, *ARTICLE]


ZH_ARTICLE = [
    "夜里的交通噪声，正在悄悄偷走你的深睡眠",
    "2025-11-06 09:12 来源：新视界网",
    "住在马路边的人，常常说自己早就听不见夜里的车声了。但研究发现，即使人没有被吵醒，夜间交通噪声也会让深睡眠明显变少，第二天的注意力也会下降。",
    "研究团队在城市中招募了212名志愿者，为每位志愿者佩戴了可记录脑电的便携式睡眠监测设备，并在卧室内放置噪声计，连续记录两周。",
    "结果显示，卧室夜间平均噪声每升高10分贝，志愿者的深睡眠时间平均减少约11分钟。",
]


@pytest.mark.parametrize("head", ["【导读】 ", "导读：", "摘要："])
def test_a_chinese_summary_under_its_heading_on_one_line_goes(head):
    # (fortieth session: "【导读】 …", "导读： …", "摘要： …" over the article they sum up)
    summary = head + "你以为自己已经习惯了窗外的车声？一项最新研究发现，夜间交通噪声会让深睡眠变少。"
    assert kept(page([ZH_ARTICLE[0]], [ZH_ARTICLE[1]], [summary], *([p] for p in ZH_ARTICLE[2:]))) == ZH_ARTICLE


def test_only_a_cjk_summary_heading_on_the_line_reads_as_a_box():
    from newsclean.summaryboxes import _headed_summary
    assert _headed_summary("【摘要】 墨阅 InkPad 7 Pro 是今年最值得关注的阅读器之一。")
    assert not _headed_summary("Summary: the council voted to close the bridge.")  # a document's own, kept
    assert not _headed_summary("来源：新视界网 作者：林晓彤")  # a key that names no summary
