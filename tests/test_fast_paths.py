"""The speed-ups must not change an answer: each fast path against the plain one."""

from __future__ import annotations

import random
import string

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import langid
from newsclean.language import _DENSE, _LETTER, DENSE_SCRIPT_WEIGHT, letter_count
from newsclean.segment import normalize
from newsclean.text import _STYLE, _TOKEN, _WORD, style_key, tokens, words

ASCII = "".join(map(chr, range(128)))
SAMPLES = [
    "",
    ASCII,
    "The U.N. said on Tuesday: 42 people (in 3_000 cases) were there.",
    "Straße, İstanbul, naïve café, ﬁne, KELVIN \u212a, x\u0301y, \u00a0nbsp",
    "日本語のテキストと한국어 text, 中文标点。",
    "Привет, мир! Ελληνικά κείμενα. مرحبا بالعالم",
    "`back` ‘quotes’ “double” – dash — em",
]
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80) | st.text(
    alphabet=string.printable, max_size=80
)


def _plain_letter_count(text: str) -> int:
    letters = len(_LETTER.findall(text))
    if letters and not text.isascii():
        letters += (DENSE_SCRIPT_WEIGHT - 1) * len(_DENSE.findall(text))
    return letters


@settings(max_examples=300, deadline=None)
@given(texts)
def test_helpers_equal_plain_regex_module(text):
    folded = text.casefold()
    assert list(tokens(text)) == _TOKEN.findall(folded)
    assert list(words(text)) == _WORD.findall(folded)
    assert style_key(text) == " ".join(text.translate(_STYLE).casefold().split())
    assert letter_count(text) == _plain_letter_count(text)


def test_helpers_on_samples():
    for text in SAMPLES:
        folded = text.casefold()
        assert list(tokens(text)) == _TOKEN.findall(folded)
        assert list(words(text)) == _WORD.findall(folded)
        assert style_key(text) == " ".join(text.translate(_STYLE).casefold().split())
        assert letter_count(text) == _plain_letter_count(text)


def _plain_normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"), None))
    text = text.translate(dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " "))
    return regex.sub(r"[ \t\f\v]+$", "", text, flags=regex.MULTILINE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\r\n\f\v\ufeff\u200b\u2060\u00ad\u00a0\u2007\u202fab", max_size=40))
def test_normalize_equals_translate_tables(text):
    assert normalize(text) == _plain_normalize(text)


def test_word_sums_equal_position_sums():
    rng = random.Random(7)
    vocabulary = "the of and der die und le la les el los de en het van ein eine Das THE USA NATO iPhone".split()
    m = langid._get_model()
    for _ in range(200):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.5:
            text += rng.choice([" ", ".", "  ", ""])
        fields = langid._scores(m, text)  # per word, through the cache
        # Direct sum over every position of the whole text (no word split).
        s = "  " + text.translate(m.norm)
        total = langid._positions_total(m, s)
        expected = m.unpack(total.to_bytes(m.n_bytes, "little")) if total else None
        assert fields == expected, text
    for text in SAMPLES:
        langid.detect_langs(text)  # loads the groups these texts need
        s = "  " + text.translate(m.norm)
        if not s.isascii():
            continue  # the cleaning_text step may drop Latin letters first
        total = langid._positions_total(m, s)
        expected = m.unpack(total.to_bytes(m.n_bytes, "little")) if total else None
        assert langid._scores(m, text) == expected


def test_stopwords_equal_the_package():
    import stopwordsiso

    from newsclean.text import _STOPWORD_CODES, stopwords

    for lang in [*sorted(stopwordsiso.langs()), "zh-cn", "zh-tw", "nb", "nn", "xx", None]:
        code = _STOPWORD_CODES.get(lang, lang) if lang else None
        expected = (
            frozenset(w.casefold() for w in stopwordsiso.stopwords(code))
            if code and stopwordsiso.has_lang(code)
            else frozenset()
        )
        assert stopwords(lang) == expected, lang
