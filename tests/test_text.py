"""Counting words in scripts written with and without spaces."""

from newsclean.text import content_stems, ends_sentence, stopwords, tokens, word_count, words

THAI_LEDE = (
    "กรุงเทพมหานครเปิดให้บริการรถเมล์ไฟฟ้าสายใหม่ ซึ่งวิ่งจากสยามไปยังสนามบินสุวรรณภูมิ "
    "โดยจะมีรถออกทุก 20 นาที ตั้งแต่เวลาห้านาฬิกาถึงห้าทุ่มของทุกวัน"
)


def test_spaced_scripts_count_their_words():
    assert word_count(words("The council voted on Tuesday"), ascii=True) == 5
    assert word_count(words("Der Stadtrat hat am Donnerstag abgestimmt")) == 6


def test_ideographs_count_two_to_a_word():
    assert word_count(words("市议会周二投票")) == 4  # seven ideographs


def test_thai_counts_about_five_letters_to_a_word():
    # A lede of some 25 words is prose, a menu item one word: not one
    # "word" per space-separated run, nor one per letter.
    assert 20 <= word_count(words(THAI_LEDE)) <= 35
    assert word_count(words("ข่าว")) == 1


def test_thai_runs_stay_whole_as_tokens():
    # Copies are found by token trigrams: a trigram of Thai letters, a
    # syllable, would make any two sentences look alike.
    assert tokens("ข่าวที่เกี่ยวข้อง กีฬา") == ("ข่าวที่เกี่ยวข้อง", "กีฬา")
    assert len(words("ข่าวที่เกี่ยวข้อง กีฬา")) == len("ข่าวที่เกี่ยวข้องกีฬา")


def test_sentences_end_with_each_scripts_own_full_stop():
    for sentence in ("दिल्ली में नई बसें चलेंगी।", "ঢাকায় নতুন লাইন চালু হবে।", "نئی بس سروس شروع ہوگی۔",
                     "هل تنجح الخطة؟", "Он сказал: «Да».", "新线路年底开通。"):
        assert ends_sentence(sentence), sentence
    assert not ends_sentence("दिल्ली में नई इलेक्ट्रिक बसें")  # a headline


def test_korean_words_meet_whatever_particle_follows_them():
    # "두산은" (Doosan, topic) and "두산과" (with Doosan): one stem, so a
    # closing line about the team shares its vocabulary with the report.
    report = content_stems("두산은 어제 경기에서 LG에 3-4로 졌다.", "ko")
    closing = content_stems("LG는 내일 같은 장소에서 두산과 다시 맞붙는다.", "ko")
    assert "두산" in report & closing
    assert content_stems("경기 결과", "ko") == {"경기", "결과"}  # two-syllable words count


def test_thai_content_words_are_letter_trigrams():
    # Bigrams of Thai letters are in every line: a one-word menu item
    # ("การเมือง", politics) shared half of them with any article.
    assert content_stems("การเมือง", "th") == {"การ", "ารเ", "รเม", "เมื", "มือ", "ือง"}
    # Ideographs stay bigrams: a Chinese word is two of them, mostly.
    assert content_stems("市议会周二投票", "zh-cn") == {"市议", "议会", "会周", "周二", "二投", "投票"}


def test_ukrainian_stopwords_hold_its_commonest_words():
    # stopwords-iso's Ukrainian list lacks them; without them Ukrainian prose
    # reads as a list of labels.
    assert {"і", "на", "в", "у", "не"} <= stopwords("uk")
    assert "та" in stopwords("uk")  # stopwords-iso's own words stay


def test_every_language_langdetect_names_has_stopwords():
    # Without a list a language's prose has no stopwords at all and reads
    # as a list of labels (stopwords-iso has none for Macedonian, Tamil,
    # Albanian, Welsh, Nepali, Telugu, Kannada, Malayalam, Punjabi).
    import os

    import langdetect

    profiles = os.listdir(os.path.join(os.path.dirname(langdetect.__file__), "profiles"))
    assert [code for code in sorted(profiles) if len(stopwords(code)) < 20] == []


def test_serbian_in_cyrillic_read_as_macedonian_has_its_stopwords():
    # langdetect names Serbian written in Cyrillic Macedonian.
    from newsclean.linefeatures import _features

    sentence = "Влада је данас усвојила нови закон о јавном превозу, а министар је рекао да ће се цене карата смањити."
    assert _features(sentence, "mk").stop_density >= 0.3
