from newsclean.segment import is_hard_wrapped, normalize, segment


def texts(raw: str) -> list[str]:
    return [p.text for p in segment(normalize(raw))]


def test_blank_line_blocks_and_one_paragraph_per_line():
    raw = "Title\n\nFirst paragraph.\nSecond paragraph.\n\n\nThird."
    assert texts(raw) == ["Title", "First paragraph.", "Second paragraph.", "Third."]


def test_hard_wrapped_block_is_one_paragraph():
    block = (
        "The committee met on Tuesday to discuss the budget for the coming\n"
        "year, and members said they expected a long debate over the cuts\n"
        "that the mayor proposed last month."
    )
    assert texts(block + "\n\nNext paragraph.") == [block, "Next paragraph."]


def test_short_lines_are_not_hard_wrapped():
    assert not is_hard_wrapped(["Home", "World", "Business", "Sport"])


def test_one_sentence_per_line_is_not_hard_wrapped():
    lines = [
        "The minister resigned on Monday after weeks of pressure from allies.",
        "Her deputy will run the department until a successor is appointed.",
        "Opposition leaders welcomed the decision but demanded an inquiry.",
    ]
    assert not is_hard_wrapped(lines)


def test_normalize_line_endings_bom_nbsp_zero_width_trailing_spaces():
    raw = "\ufeffTitle  \r\n\r\nBody\u00a0text\u200b here.\rMore.\t"
    assert normalize(raw) == "Title\n\nBody text here.\nMore."


def test_offsets_and_lines_point_at_the_paragraph():
    norm = normalize("A title\n\nFirst.\nSecond line here.\n\nLast one.")
    paras = segment(norm)
    for p in paras:
        assert norm[p.start : p.end].strip() == p.text
    assert [p.line for p in paras] == [1, 3, 4, 6]


def test_whitespace_only_input_has_no_paragraphs():
    assert texts(" \n\t\n  \r\n") == []


def test_numbered_or_headline_lists_are_not_hard_wrapped():
    numbered = [
        "1. Why the bridge must close to cars next spring",
        "2. Where drivers and buses will go instead of it",
        "3. What the shop owners near the bridge are asking",
    ]
    headlines = [
        "Council budget row deepens as mayor faces vote",
        "Harbour festival returns after two years away",
        "Rail strike called off after late-night talks",
    ]
    assert not is_hard_wrapped(numbered)
    assert not is_hard_wrapped(headlines)


def test_headlines_that_open_with_a_quoted_title_are_not_hard_wrapped():
    # (fortieth session: a Bulgarian review site's "Още ревюта" list)
    reviews = [
        "„Пясъчни часовници“: амбициозен, но объркан дебют",
        "Новият сезон на „Квартал“ е по-мрачен и по-добър",
        "„Северно сияние“: красиви пейзажи, празна история",
    ]
    assert not is_hard_wrapped(reviews)
    assert not is_hard_wrapped([line.replace("„", "«").replace("“", "»") for line in reviews])


def test_a_ticker_of_time_stamped_headlines_is_not_hard_wrapped():
    ticker = [
        "1 hr ago the council votes to close the harbour bridge to all cars",
        "3 hrs ago new ferry terminal opens to the public after two years",
        "4 hrs ago football club sells its ground to a housing developer",
    ]
    assert not is_hard_wrapped(ticker)
    assert texts("\n".join(ticker)) == ticker


def test_lines_that_all_open_with_the_same_word_are_a_list_not_wrapped_prose():
    # A comment list's signatures, each under the width, lower case: as
    # wrapped prose they would be one paragraph, and the article's last.
    signatures = [
        "by harbourwatcher March 3, 2024 9:20 AM EST",
        "by old_salt_77 March 3, 2024 9:08 AM EST",
        "by harbourwatcher March 3, 2024 8:51 AM EST",
    ]
    assert not is_hard_wrapped(signatures)
    assert texts("\n".join(signatures)) == signatures
    # Wrapped prose whose lines happen to open alike in two places stays one.
    prose = [
        "the ferry will run every hour from the old harbour, and the council",
        "said on Tuesday that the timetable would be printed next week, as",
        "the operator had asked for more time to hire crews for the summer.",
    ]
    assert is_hard_wrapped(prose)


def test_soft_hyphens_are_the_texts_own_and_stay():
    # "Kept paragraphs are written as they came": a soft hyphen is a hyphenation point of the text.
    para = "Der Klima\u00adwandel trifft die Küsten zuerst, sagen die Forscher."
    assert texts(para) == [para]


def test_a_wrapped_sentence_stays_one_paragraph_whatever_its_next_line_starts_with():
    # Its second line starts with a name, a number or (German) a noun, as
    # list items do; the full stop on the shorter last line says otherwise.
    for block in ("El funeral se celebrará el sábado a las doce en la iglesia de San\nPedro.",
                  "The memorial service will be held at the village hall on\n21 September.",
                  "Die Stadt braucht jetzt vor allem eine Verwaltung mit mehr\nVerlässlichkeit."):
        assert texts(block + "\n\nNext paragraph.") == [block, "Next paragraph."]
    # A teaser's headline over its longer blurb, or cut-short headlines, stay lines.
    teaser = ["Harbour ferry timetable changes from Monday",
              "Ferries to the mainland will leave every forty minutes from Monday, the port authority said."]
    assert not is_hard_wrapped(teaser)
    assert not is_hard_wrapped(["Audi Cam Lets you Watch your Mechanic at Work while", "Classic Porsche Models..."])


# Wire copy and e-mail put one wrapped paragraph under the other with no
# blank line between: each ends with a line shorter than the wrap width.
WIRE = (
    "NAIROBI, March 3 (Reuters) - Prices at the weekly tea auction in\n"
    "Mombasa fell for a third week as buyers from Pakistan and Egypt held\n"
    "back, brokers said on Tuesday.\n"
    "The average price for a kilo of black tea slipped to 2.31 dollars from\n"
    "2.40 dollars a week earlier, the lowest level since the start of the\n"
    "year.\n"
    "MARKET OUTLOOK\n"
    "Brokers expect demand to pick up after the end of Ramadan, when the\n"
    "big importers usually return to the market with larger orders."
)


def test_wrapped_paragraphs_one_under_the_other_are_each_one_paragraph():
    lines = WIRE.split("\n")
    assert texts(WIRE) == ["\n".join(lines[0:3]), "\n".join(lines[3:6]), lines[6], "\n".join(lines[7:9])]


def test_a_wrapped_list_keeps_its_items_apart():
    raw = (
        "The plan sets out three options for the ferry service next year:\n"
        "- keep the ferry at its present timetable and pay for the new engines\n"
        "- cut the service to peak hours only, which officials say would save\n"
        "  about a fifth of the running costs\n"
        "- sell the route to a private operator."
    )
    assert len(texts(raw)) >= 4  # the intro and one paragraph (or more) per item
    assert not any(t.count("\n- ") for t in texts(raw))


def test_wrapped_paragraphs_of_one_block_read_the_same_when_cleaned_again():
    from newsclean import clean

    once = clean(WIRE + "\n\nShare this story: Facebook | X | WhatsApp | Email").text
    assert once == WIRE
    # Without the heading the two paragraphs around it would run together
    # ("… year." over "Brokers …" is no paragraph end): written apart.
    lines = WIRE.split("\n")
    no_heading = "\n".join(lines[:6] + lines[7:]) + "\n\nLesen Sie auch"
    cleaned = clean(no_heading)
    again = clean(cleaned.text)
    assert [p.text for p in again.paragraphs] == [p.text for p in cleaned.paragraphs if p.kept]
    assert again.text == cleaned.text


def test_lines_of_links_wrapped_to_one_width_stay_lines():
    # A tag line over a post link, and headlines cut short: no sentence, or
    # no lower-case continuation, so no wrapped paragraph.
    raw = (
        "The studio confirmed the release date in a short statement on its website on Monday.\n"
        "Tags: check, leaked, look, multiplayer, November, Spartan Laser, trailer, UNSC\n"
        "« OUYA Console Now Available For...\n"
        "Pennsylvania front pages honor former senator who died on Sunday evening\n"
        "Front pages feature verdict: former coach found guilty on all counts\n"
        "Historic front pages from the city's oldest paper go on display."
    )
    assert texts(raw) == raw.split("\n")


def test_german_wrapped_prose_is_one_paragraph_though_its_lines_start_with_nouns():
    # Each break was forced: the next line's first word would not have fitted.
    lines = [
        "Als Grund nennt der Versorger vor allem gestiegene Kosten für",
        "Netzentgelte und den CO2-Preis, der seit Jahresbeginn höher liegt. Das",
        "Heizkraftwerk am Hafen wird noch überwiegend mit Erdgas betrieben.",
    ]
    assert is_hard_wrapped(lines)
    assert texts("\n".join(lines)) == ["\n".join(lines)]
    # Lines that the next line's first word would have fitted on are a list.
    listed = [
        "Stadtwerke planen ein neues Wärmenetz am Hafen",
        "Heizkraftwerk läuft weiter mit Erdgas statt mit Holz und Kohle",
        "Netzentgelte steigen im kommenden Jahr um acht Prozent.",
    ]
    assert not is_hard_wrapped(listed)


def test_a_line_shortened_by_a_long_address_pushed_to_the_next_line_is_still_wrapped():
    lines = [
        "A spokesperson for the ferry company said no ship was available at short",
        "notice but that the company was exploring every option. Timetable updates",
        "will be posted on the [service status",
        "page](https://ferries.example/service-status/kellan-isle/this-week).",
    ]
    assert texts("\n".join(lines)) == ["\n".join(lines)]
    # Short lines the next line's first word would have fitted on end paragraphs.
    poem = ["The ferry leaves the harbour at the break of day and turns", "into the wind.",
            "The gulls go with it over the grey water of the estuary", "and come back."]
    assert len(texts("\n".join(poem))) > 1


def test_chinese_lines_do_not_wrap_by_a_first_word():
    lines = ["市政府周二宣布，老港口大桥将于明年春天对汽车关闭，因为工程师发现桥梁的钢架已经严重腐蚀，必须进行全面维修。",
             "短行。",
             "司机将被引导绕行环城公路，公交车在两年的施工期间将保留专用车道，市民可以继续步行通过。"]
    assert texts("\n".join(lines)) == lines


def test_japanese_wrapped_at_a_terminals_width_is_one_paragraph():
    # lynx wraps at 78 columns: 33-37 wide characters a line, each two columns.
    paragraph = [
        "市の図書館は来年四月から、駅前の旧郵便局の建物に移る。建物は",
        "築六十年を超えるが、耐震工事を終えており、閲覧席は今の二倍に",
        "なる。",
    ]
    assert texts("\n".join(paragraph)) == ["\n".join(paragraph)]
    # Two paragraphs under each other: the shorter line ends the first.
    two = paragraph + ["新しい図書館では、夜九時まで本を借りられるようになる予定だ。市は", "来月、説明会を開く。"]
    assert texts("\n".join(two)) == ["\n".join(paragraph), "\n".join(two[3:])]


def test_a_list_of_cjk_headlines_is_not_wrapped_by_its_longest_line():
    # Lines open with full-width brackets: each starts a new headline, and a
    # short one is not pushed down by the width.
    headlines = [
        "[新竹一日遊]新竹觀光旅遊景點，柿餅加工廠與觀光果園一次玩...",
        "『台灣』新竹六福村主題樂園一日遊",
        "＜新竹新埔＞悠閒半日遊，鴛鴦池農場",
        "[竹苗。玩。吃]竹苗遊第二天行程滿滿，豆漿大王與花步道...",
    ]
    assert texts("\n".join(headlines)) == headlines


def test_a_markdown_headlines_underline_is_part_of_it_and_not_read():
    raw = (
        "Harbour bridge to close for two years\n"
        "=====================================\n"
        "The council voted on Tuesday to close the bridge.\n\n"
        "What happens next\n-----------------\n\n"
        "Some paragraph of text.\n"
        "---\n"
        "---"
    )
    paragraphs = segment(normalize(raw))
    assert [p.text for p in paragraphs] == [
        "Harbour bridge to close for two years\n=====================================",
        "The council voted on Tuesday to close the bridge.",
        "What happens next\n-----------------",
        "Some paragraph of text.",
        "---",
        "---",
    ]
    assert [p.plain for p in paragraphs][:3] == [
        "Harbour bridge to close for two years",
        "The council voted on Tuesday to close the bridge.",
        "What happens next",
    ]


def test_rule_lines_end_a_wrapped_run():
    box = (
        "------------------------------------------------------------------------\n"
        "Love boats? Get our Harbour Weekly newsletter in your inbox every Friday\n"
        "Ferry times, harbour news and the best walks along the waterfront.\n"
        "[ Sign me up ]\n"
        "────────────────────────────────────────────────────────────────────────"
    )
    assert texts(box) == [line for line in box.split("\n")]


def test_a_japanese_headline_underlined_by_its_width_in_columns():
    headline = "雪の結晶を撮影する新しいカメラ"
    raw = headline + "\n" + "=" * (2 * len(headline)) + "\n\n本文の段落です。"
    paragraphs = segment(normalize(raw))
    assert [p.plain for p in paragraphs] == [headline, "本文の段落です。"]


def test_lines_of_a_drawn_box_are_lines_and_read_without_its_sides():
    raw = (
        "┌──────────────────────────────────────────────┐\n"
        "│ ADVERTISEMENT                                │\n"
        "│ Recruit the best backstage talent right now  │\n"
        "└──────────────────────────────────────────────┘"
    )
    paragraphs = segment(normalize(raw))
    assert [p.text for p in paragraphs] == raw.split("\n")
    assert paragraphs[1].plain == "ADVERTISEMENT"


def test_a_markdown_tables_rows_are_never_one_wrapped_paragraph():
    # Chinese and Japanese cells make rows of similar width, as wrapped prose has.
    table = ["| | 2025年4〜9月期 | 前年同期 | 増減率 |", "|---|---|---|---|", "| 売上高 | 1,486億円 | 1,303億円 | +14% |",
             "| 営業利益 | 158億円 | 121億円 | +31% |", "| 純利益 | 112億円 | 85億円 | +32% |"]
    assert not is_hard_wrapped(table)
    assert [p.text for p in segment("\n".join(table))] == table


def test_a_wrapped_paragraph_under_a_time_stamp_in_a_script_without_capitals():
    # A live blog saved by lynx: each entry's time over its wrapped text. In
    # Hindi a danda ends the sentence; Hindi and Arabic have no small letters
    # to show that the second line goes on.
    hindi = [
        "नगर निगम ने शहर के सभी सरकारी स्कूलों में अगले सोमवार तक छुट्टी घोषित कर",
        "दी है और जिलाधिकारी ने लोगों से घरों में रहने की अपील की है।",
    ]
    arabic = [
        "قالت هيئة الأرصاد إن سرعة الرياح ستتراجع تدريجيا خلال الليل، لكنها حذرت",
        "من أمواج عالية على طول الساحل حتى صباح الغد.",
    ]
    for time, entry in (("11:55", hindi), ("10:40", arabic)):
        assert texts("\n".join([time, *entry])) == [time, "\n".join(entry)]
    # Two headlines in such a script are no wrapped paragraph: they end no sentence.
    headlines = ["عاصفة قوية تضرب الساحل وتوقف حركة الموانئ والمطارات في المنطقة الشمالية",
                 "أسعار الوقود ترتفع للمرة الثالثة هذا العام"]
    assert texts("\n".join(["09:15", *headlines])) == ["09:15", *headlines]


def test_a_wrapped_german_entry_under_its_time_and_heading_is_one_paragraph():
    # A live ticker saved by lynx: each entry's time and heading over its
    # wrapped text, in one block. German capitalises its nouns, so most of the
    # wrapped lines start with a capital, as a list's would; but each break
    # was forced by the width (the next word would not have fitted).
    entry = [
        "Nach Angaben der Feuerwehr haben alle 84 Bewohnerinnen und",
        "Bewohner rund um den Mainplatz ihre Wohnungen verlassen. Die",
        "meisten sind bei Verwandten untergekommen, 11 Personen in der",
        "Notunterkunft in der Main-Tauber-Halle.",
    ]
    assert texts("\n".join(["21:10 Uhr", "Evakuierung Mainplatz abgeschlossen", *entry])) == [
        "21:10 Uhr", "Evakuierung Mainplatz abgeschlossen", "\n".join(entry)]
    # Lines that left room for the next word were broken by the writer: a list.
    schools = ["Grundschule Altstadt und Kindergarten am See", "Gymnasium am Schlossberg",
               "Realschule am Mainufer bleibt ebenfalls geschlossen."]
    assert texts("\n".join(["20:32 Uhr", *schools])) == ["20:32 Uhr", *schools]


def test_lines_in_a_script_without_capitals_are_wrapped_only_when_a_sentence_ends_them():
    # A tag line over a share bar, in Arabic: two lines of their own (no
    # capital tells an item's start from prose going on, no full stop ends them).
    tags = "الوسوم: الأردن المياه تحلية العقبة والبحر الأحمر"
    share = "شارك الخبر فيسبوك واتساب تلغرام نسخ الرابط"
    assert texts(f"{tags}\n{share}") == [tags, share]
    # Wrapped prose of that script ends its sentence on the last line.
    wrapped = ("قال وزير المياه الأردني إن مشروع الناقل الوطني سيبدأ العمل به في\n"
               "العام المقبل بعد توقيع العقود مع الشركات المنفذة للمشروع.")
    assert texts(wrapped) == [wrapped]


def test_a_last_line_wider_than_a_wrap_would_leave_ends_no_wrapped_paragraph():
    # A share bar over a tag line in lower case: two lines, not one wrapped.
    assert not is_hard_wrapped(["Paylaş Facebook X WhatsApp Telegram", "su faturası İzmir Büyükşehir kademeli tarife zam"])
    # The last line is the widest when the next word would not have fitted above it,
    assert is_hard_wrapped(["the council voted on Tuesday to close the", "extraordinarily-long-named bridge to cars"])
    # or in prose wrapped by hand, whose sentence ends there.
    assert is_hard_wrapped(["the council voted on Tuesday to close the", "old harbour bridge to cars from next spring."])


def test_a_byline_and_dateline_in_devanagari_over_a_latin_share_bar_are_three_lines():
    lines = ["अमरेंद्र सिंह, छपरा", "प्रकाशित: 16 फरवरी 2025, 08:10 PM (IST)", "Facebook WhatsApp X Google News पर फॉलो करें"]
    assert not is_hard_wrapped(lines)


def test_lines_opened_by_an_arrow_or_a_symbol_are_not_hard_wrapped():
    # A blog's share line over its pager, a recipe card's buttons over its stars.
    pager = ["Share this: X Mastodon Reddit Hacker News",
             "\u2190 Previous post Why I finally moved my Pi-hole into a container",
             "Next post \u2192 Testing four cheap 2.5G switches so you don't have to"]
    card = ["Imprimer \u2665 Ajouter \u00e0 mes recettes Pinterest", "\u2605\u2605\u2605\u2605\u2606 4,6/5 (128 avis)"]
    assert not is_hard_wrapped(pager)
    assert not is_hard_wrapped(card)
    assert [p.text for p in segment("\n".join(pager))] == pager


def test_a_tag_line_of_hashtags_under_a_share_bar_is_a_line_of_its_own():
    # The two lines fill the same width, but a line that opens with a
    # hashtag goes on no sentence.
    raw = "Поделиться: ВКонтакте Одноклассники Telegram WhatsApp\n#парковки #транспорт #штрафы"
    assert texts(raw) == raw.split("\n")


def test_headlines_in_a_script_without_capitals_the_last_a_question_are_not_wrapped():
    # (forty-third session: an Arabic page's related headlines under
    # "مواضيع ذات صلة"; a line leaves room for the next one's first word)
    headlines = "خمس نصائح لحماية حسابك المصرفي من الاحتيال الإلكتروني\nالبلدية تعلن إغلاق الجسر القديم للصيانة\n" \
                "ما هي أفضل طريقة لحفظ كلمات المرور في الهاتف؟"
    assert len(segment(headlines)) == 3
    wrapped = "أعلنت البلدية مساء الأربعاء إغلاق الجسر القديم في الاتجاهين بعد\n" \
              "أن كشفت أعمال الفحص عن تآكل في الهيكل، وقالت إن الأعمال ستستمر\nعامين على الأقل."
    assert len(segment(wrapped)) == 1
