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
    text = text.translate(dict.fromkeys(map(ord, "\ufeff\u200b\u2060"), None))
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


def test_word_sums_across_cache_generations(monkeypatch):
    # A tiny bound: the young generation turns over every few texts, so
    # words come from the young one, the old one and fresh sums alike.
    monkeypatch.setattr(langid, "WORD_CACHE_SIZE", 8)
    rng = random.Random(11)
    vocabulary = "the of and der die und le la les el los de en het van ein eine Das THE USA NATO iPhone".split()
    m = langid._get_model()
    monkeypatch.setattr(m, "word_sums", {"": 0})
    monkeypatch.setattr(m, "old_word_sums", {})
    for _ in range(300):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12)))
        fields = langid._scores(m, text)
        total = langid._positions_total(m, "  " + text.translate(m.norm))
        assert fields == (m.unpack(total.to_bytes(m.n_bytes, "little")) if total else None), text
    assert m.old_word_sums  # the generations did turn over


def test_stopwords_equal_the_package_with_our_additions():
    import stopwordsiso

    from newsclean.text import _STOPWORD_CODES, _stopwords_extra, stopwords

    for lang in [*sorted(stopwordsiso.langs()), "zh-cn", "zh-tw", "nb", "nn", "xx", None]:
        code = _STOPWORD_CODES.get(lang, lang) if lang else None
        expected = (
            frozenset(w.casefold() for w in stopwordsiso.stopwords(code))
            if code and stopwordsiso.has_lang(code)
            else frozenset()
        )
        added = frozenset(_stopwords_extra().get(code, ())) if code else frozenset()
        assert stopwords(lang) == expected | added, lang


def _detect_langs_plain(text: str) -> list[tuple[str, float]]:
    """detect_langs as it was written before the C-level softmax."""
    from math import exp, fsum

    m = langid._get_model()
    fields = langid._scores(m, text)
    if fields is None:
        return []
    top = max(fields)
    inv = 1.0 / m.scale
    weights = [exp((f - top) * inv) if f > top - 800 * m.scale else 0.0 for f in fields]
    norm = 1.0 / fsum(weights)
    out = [(lang, w * norm) for lang, w, f in zip(m.langs, weights, fields) if f == top or w * norm > 0.1]
    out.sort(key=lambda lp: (-lp[1], lp[0]))
    return out


@settings(max_examples=300, deadline=None)
@given(texts)
def test_detect_best_is_the_first_of_detect_langs(text):
    ranked = langid.detect_langs(text)
    assert ranked == _detect_langs_plain(text)
    assert langid.detect_best(text) == (ranked[0] if ranked else None)


def test_detect_best_on_samples():
    for text in SAMPLES + ["", "Kurzer Satz auf Deutsch, ganz ohne Ende", "A", "NATO USA UNO"]:
        ranked = langid.detect_langs(text)
        assert ranked == _detect_langs_plain(text)
        assert langid.detect_best(text) == (ranked[0] if ranked else None)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_word_total_equals_position_sum(text):
    m = langid._get_model()
    langid.detect_langs(text)  # loads the groups the text needs
    for w in text.translate(m.norm).split(" "):
        if w:
            assert langid._word_total(m, w) == langid._positions_total(m, "  " + w + " ")


def test_dense_chars_start_at_hangul_jamo():
    from newsclean.language import _DENSE, _DENSE_FROM

    assert not _DENSE.search("".join(map(chr, range(ord(_DENSE_FROM)))))
    assert _DENSE.match(_DENSE_FROM)


def test_no_character_casefolds_into_an_ideograph_or_kana():
    """content_stems() takes its fast path when the text has no CJK char:
    then its casefolded words have none either."""
    import sys

    from newsclean.text import _CJK_CHAR

    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        folded = c.casefold()
        if folded != c and _CJK_CHAR.search(folded):
            assert _CJK_CHAR.search(c), hex(cp)


def _plain_content_stems(text, lang, prefix=5):
    """The stems content_stems() gives, by the plainest loop: words cut to
    `prefix`; ideograph bigrams and letter trigrams in Thai and the other
    scripts written without spaces; in text without ideographs, Korean words
    by their first two syllables."""
    from newsclean.text import _CJK_CHAR, _HANGUL_WORD, HANGUL_STEM, UNSPACED_GRAM, is_cjk_token, stopwords
    from newsclean.text import unspaced_script

    stop = stopwords(lang)
    korean = not _CJK_CHAR.search(text)
    out = set()
    run = ""
    for w in words(text):
        if len(w) == 1 and is_cjk_token(w):
            n = UNSPACED_GRAM if unspaced_script(w) else 2
            run += w
            if len(run) >= n:
                out.add(run[-n:])
            run = run[-(UNSPACED_GRAM - 1):]
            continue
        run = ""
        if w in stop:
            continue
        if korean and _HANGUL_WORD.match(w):
            out.add(w[:HANGUL_STEM])
        elif len(w) >= 3:
            out.add(w[:prefix])
    return frozenset(out)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["en", "de", "ja", "zh-cn", None]))
def test_content_stems_equal_plain_loop(text, lang):
    from newsclean.text import content_stems

    assert content_stems(text, lang) == _plain_content_stems(text, lang)
    for sample in SAMPLES:
        assert content_stems(sample, lang) == _plain_content_stems(sample, lang)


# Latin-script text with accents, curly quotes, dashes, digits, super- and
# subscripts (some of which the fast paths must refuse).
latin_texts = st.text(
    alphabet=st.sampled_from(
        [*string.printable, *map(chr, range(0x80, 0x250)), *map(chr, range(0x2000, 0x20D0)), "\u0301", "\u0130", "日"]
    ),
    max_size=60,
)


@settings(max_examples=500, deadline=None)
@given(latin_texts)
def test_latin_fast_paths_equal_plain_regex_module(text):
    folded = text.casefold()
    assert list(tokens(text)) == _TOKEN.findall(folded)
    assert list(words(text)) == _WORD.findall(folded)
    assert style_key(text) == " ".join(text.translate(_STYLE).casefold().split())


def test_latin_safe_characters_agree_in_both_engines():
    import re

    from newsclean.text import _LATIN_CANDIDATES, _latin

    for lo, hi in _LATIN_CANDIDATES:
        for c in map(chr, range(lo, hi + 1)):
            if _latin(c):
                assert bool(re.match(r"\w", c)) == bool(regex.match(r"\w", c)), hex(ord(c))
                assert not regex.match(r"\d", c), hex(ord(c))
    assert _latin("café – “naïve” ß € ½"[:-1]) and not _latin("½") and not _latin("e\u0301")


# Lines built from the pieces the sentence-end and copyright patterns look at.
line_texts = st.lists(
    st.sampled_from([*"ab C.!?…。！？\"'»”’)(\n ©-–:1", "2024", "copyright", "(c)", "(C)", "COPYRIGHT", "Copy"]),
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(line_texts | texts)
def test_sentence_end_and_copyright_prefilter_equal_the_regexes(text):
    from newsclean.linefeatures import _COPYRIGHT, _ends_sentence, _may_be_copyright
    from newsclean.text import SENTENCE_ENDERS

    sentence_end = regex.compile(rf"[{regex.escape(SENTENCE_ENDERS)}][\"'»”’)]*$")
    assert _ends_sentence(text) == bool(sentence_end.search(text))
    if _COPYRIGHT.search(text):
        assert _may_be_copyright(text)


def _plain_segment(text):
    """segment() as first written: offsets per line, then slicing and stripping."""
    from newsclean.segment import (
        _BLOCK, _ITEM, _LIST_START, _PARAGRAPH_END, WRAP_MAX_WIDTH, WRAP_MIN_WIDTH, WRAP_SLACK, is_hard_wrapped,
    )

    out = []
    pos = 0
    block_index = 0
    for block_match in _BLOCK.finditer(text):
        block = block_match.group()
        if not block.strip():
            continue
        base = block_match.start()
        lines = block.split("\n")
        offsets = []
        off = base
        for line in lines:
            offsets.append(off)
            off += len(line) + 1
        stripped = [line.strip() for line in lines]
        if is_hard_wrapped(stripped):
            pieces = [(base, base + len(block))]
        else:
            # Runs of wrapped lines, each ended by a line shorter than the
            # block's width allows (or before a list item's marker).
            width = max(map(len, stripped))
            runs, run = [], []
            for i, line in enumerate(stripped):
                run.append(i)
                last = i == len(lines) - 1 or not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH
                if last or len(line) < width - WRAP_SLACK or _ITEM.match(stripped[i + 1]):
                    runs.append(run)
                    run = []
            pieces = []
            for run in runs:
                lines_of_run = [stripped[i] for i in run]
                ends = _PARAGRAPH_END.search(lines_of_run[-1]) and not lines_of_run[-1].endswith(("...", "…"))
                two_upper = len(run) == 2 and not lines_of_run[1][:1].islower()
                capitals = sum(1 for line in lines_of_run[1:] if _LIST_START.match(line))
                listed = capitals * 3 >= (len(run) - 1) * 2
                if len(run) > 1 and ends and not two_upper and not listed and is_hard_wrapped(lines_of_run):
                    pieces.append((offsets[run[0]], offsets[run[-1]] + len(lines[run[-1]])))
                else:
                    pieces += [(offsets[i], offsets[i] + len(lines[i])) for i in run if stripped[i]]
        for start, end in pieces:
            raw = text[start:end]
            start += len(raw) - len(raw.lstrip())
            line = text.count("\n", pos, start) + (out[-1][4] if out else 1)
            out.append((len(out), text[start:end].strip(), start, end, line, block_index))
            pos = start
        block_index += 1
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["word", "Word.", " ", "\t", "\u3000", "\n", "\n\n", "x" * 45, "y" * 60 + ".", "- item"]), max_size=30).map("".join))
def test_segment_equals_plain_slicing(text):
    from newsclean.segment import segment

    text = normalize(text)
    assert [(p.index, p.text, p.start, p.end, p.line, p.block) for p in segment(text)] == _plain_segment(text)


def _phrases_plain(lx, text):
    """Lexicon.phrases without the word prefilter: the regex on every text."""
    from newsclean.lexicon import _SPACES, _fold_text, _lookup_key

    found = lx.regex.findall(" " + _fold_text(text))
    hits = (lx._phrases.get(_lookup_key(_SPACES.sub(" ", m[1:]).strip())) for m in found)
    return [h for h in hits if h is not None]


def _phrase_pieces():
    from newsclean.lexicon import Lexicon

    lx = Lexicon.load()
    written = sorted({text for _, text in lx.phrase_list})
    return lx, written


_LEX, _PHRASES = _phrase_pieces()
_GLUE = [" ", "\n", ", ", "-", "", "'", "’", "_", "1", " 12 ", "x", "É", "日本", "«", ". "]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(_PHRASES) | texts | st.sampled_from(_GLUE), max_size=6),
    st.sampled_from([str, str.upper, str.title]),
)
def test_phrase_prefilter_equals_the_regex(parts, case):
    text = case("".join(parts))
    expected = _phrases_plain(_LEX, text)
    assert _LEX.phrases(text) == expected
    assert _LEX.phrases(text, words(text)) == expected


def test_phrase_prefilter_on_every_phrase():
    from newsclean.lexicon import PHRASE_DIR, Lexicon, _anchor_index

    for text in _PHRASES:
        for variant in (text, f"({text.upper()})", f"x{text}", f"{text}s", f"1 {text} 2"):
            assert _LEX.phrases(variant) == _phrases_plain(_LEX, variant), variant
    # The index from data/lexicon.bin is the one the phrases give, and every
    # phrase has words to check (else the prefilter would be off).
    computed = _anchor_index(e.folded for e in Lexicon.from_directory(PHRASE_DIR)._phrase_entry.values())
    assert "" not in computed
    _LEX.phrases("warm up")
    assert _LEX._anchors == computed


def _normalize_label_plain(text):
    """normalize_label before its ASCII fast path: the three substitutions."""
    import unicodedata

    from newsclean.lexicon import _COUNT, _EDGE_COUNTS, _LABEL_TABLE, _NON_WORD

    s = unicodedata.normalize("NFKC", text).casefold()
    s = s.replace("'", "").replace("`", "") if s.isascii() else s.translate(_LABEL_TABLE)
    return _EDGE_COUNTS.sub("", _NON_WORD.sub(" ", _COUNT.sub("#", s)))


@settings(max_examples=1000, deadline=None)
@given(texts | st.text(alphabet="aZ #_'`-|.1\t\x1c\x1f ﬁ", max_size=20))
def test_normalize_label_equals_the_substitutions(text):
    from newsclean.lexicon import normalize_label

    assert normalize_label.__wrapped__(text) == _normalize_label_plain(text)


def test_normalize_label_on_every_ascii_char():
    from newsclean.lexicon import normalize_label

    for c in map(chr, range(128)):
        for text in (c, f"ab{c}cd", f"{c}x{c}", f"# {c} #"):
            assert normalize_label.__wrapped__(text) == _normalize_label_plain(text), repr(text)


def _run_lengths_plain(classes, start, end, teasers=frozenset()):
    """boilerplate._run_lengths as a walk over the paragraphs, before the regex.
    `teasers`: the known lines that are "Read also: <headline>" inserts."""
    from newsclean.boilerplate import BAD, GOOD, NEAR

    runs = [(0, False)] * len(classes)
    i = 0
    while i < len(classes):
        if start <= i <= end or classes[i] in (GOOD, NEAR):
            i += 1
            continue
        j = i
        while j < len(classes) and not (start <= j <= end) and classes[j] not in (GOOD, NEAR):
            j += 1
        n_bad = classes[i:j].count(BAD)
        tail = i > end and j == len(classes)
        whole_run = not tail and n_bad >= 2 and n_bad * 3 >= j - i
        known = [k for k in range(i, j) if classes[k] == BAD and k not in teasers]
        tail_from = known[0] if tail and n_bad and known else j
        for k in range(i, j):
            runs[k] = (j - i, whole_run or k > tail_from)
        i = j
    return runs


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["good", "near", "short", "bad"]), min_size=1, max_size=40), st.data())
def test_run_lengths_equal_the_walk(classes, data):
    from types import SimpleNamespace

    from newsclean.boilerplate import BAD, _run_lengths

    start = data.draw(st.integers(0, len(classes) - 1))
    end = data.draw(st.integers(start, len(classes) - 1))
    # Some known lines are "Read also: <headline>" lines (a related phrase,
    # no label), the others a share label.
    teasers = {k for k, c in enumerate(classes) if c == BAD and data.draw(st.booleans())}
    feats = [SimpleNamespace(category="related" if k in teasers else "share", label=k not in teasers)
             for k in range(len(classes))]
    paras = [SimpleNamespace(plain="Read also: Ferry fares rise again" if k in teasers else "Share")
             for k in range(len(classes))]
    assert _run_lengths(paras, feats, classes, start, end) == _run_lengths_plain(classes, start, end, teasers)


_date_texts = st.lists(
    st.sampled_from(["12", "2025", "1999", "3.", " ", ", ", " de ", "March", "mar", "März", "Μαρτίου", "marca",
                     "2025.", "június", "6.", "09/21/2012", "2012-09-21", "x", "Maybe", "-", "a" * 30,
                     " m. ", "kovo", " d.", " gada ", "3. "]),
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_date_texts | texts)
def test_holds_date_equals_the_plain_search(text):
    from newsclean.comments import _DIGIT, _date_pattern, holds_date

    assert holds_date(text) == (_DIGIT.search(text) is not None and _date_pattern().search(text) is not None)


def test_the_month_trie_matches_exactly_the_month_prefixes():
    from newsclean.comments import _trie_pattern, month_prefixes

    words = month_prefixes()
    trie = regex.compile(_trie_pattern(words))
    assert all(trie.fullmatch(w) for w in words)
    # Each prefix cut short or run on by a letter no prefix has there is not a prefix.
    others = {w[:-1] for w in words} | {w + "q" for w in words}
    assert not any(trie.fullmatch(o) for o in others - words)


def test_holds_date_at_the_edges_of_a_year():
    from newsclean.comments import _DIGIT, _date_pattern, holds_date

    for text in ["2025 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1212Μαρτίουjúnius20253.09/21/201212",  # a date cut short is none
                 "March 12, 20251234", "2025. márc" + "a" * 80 + " 6.", "March" + "x" * 80 + " 12, 2025",
                 "Seit 2019 gilt: 12. März 2025 ist der Stichtag"]:
        assert holds_date(text) == (_DIGIT.search(text) is not None and _date_pattern().search(text) is not None), text


# The article-language vote detects the heaviest voters first and stops once
# the rest cannot change the winner; it must name the language the plain
# vote over every paragraph names.
VOTE_LINES = [
    "The council approved the new budget for the city's schools on Tuesday evening.",
    "Der Stadtrat hat am Dienstagabend den neuen Haushalt für die Schulen beschlossen.",
    "Le conseil municipal a approuvé mardi soir le nouveau budget des écoles de la ville.",
    "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto para las escuelas.",
    "A câmara municipal aprovou na terça-feira o novo orçamento para as escolas da cidade.",
    "L'ajuntament va aprovar dimarts al vespre el nou pressupost per a les escoles.",
    "Byrådet godkjente tirsdag kveld det nye budsjettet for byens skoler.",
    "Byrådet godkendte tirsdag aften det nye budget for byens skoler.",
    "Mestská rada v utorok večer schválila nový rozpočet pre školy.",
    "Městská rada v úterý večer schválila nový rozpočet pro školy.",
    "El nou pressupost de les escoles de la ciutat", "El nuevo presupuesto para las escuelas",
    "Las escuelas tendrán más profesores este año", "Budsjettet for byens skoler",
    "Byens skoler får nye lærere i år", "Nový rozpočet pre školy", "Das neue Budget der Schulen",
    "Read more about the budget",
    "Lesen Sie mehr dazu",
    "Accept all cookies",
    "Photos by the city",
    "Ver más noticias de la ciudad",
    "市议会周二晚上批准了该市学校的新预算。",
    "ok",
]


def _plain_vote(paragraphs, config):
    from newsclean.boilerplate import is_known_boilerplate
    from newsclean.language import ARTICLE_LANG_MIN_CONFIDENCE, detect, same_language

    weight, voted = {}, set()
    for p in paragraphs:
        lang, confidence = detect(p.text) if p.detectable else (None, 0.0)
        if lang is None or confidence < ARTICLE_LANG_MIN_CONFIDENCE or is_known_boilerplate(p.text):
            continue
        key = style_key(p.text)
        if key in voted:
            continue
        voted.add(key)
        letters = letter_count(p.text)
        if letters >= config.article_lang_min_letters:
            weight[lang] = weight.get(lang, 0.0) + min(letters, config.article_lang_max_letters) * confidence
    if not weight:
        return None

    def group(lang):
        return sum(w for other, w in weight.items() if same_language(lang, other))

    return max(weight, key=lambda lang: (group(lang), weight[lang], lang))


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(VOTE_LINES) | st.sampled_from(VOTE_LINES).map(str.upper), max_size=16),
    st.sampled_from([10, 20, 60, 100]),
    st.sampled_from([30, 80, 400]),
    st.sets(st.integers(0, 13), max_size=4),
)
def test_lazy_article_language_equals_plain_vote(lines, min_letters, max_letters, detected_before):
    from newsclean.config import Config
    from newsclean.document import Document
    from newsclean.language import article_language, detect_paragraphs
    from newsclean.segment import segment

    config = Config().with_options(article_lang_min_letters=min_letters, article_lang_max_letters=max_letters)
    text = "\n\n".join(lines)
    doc = Document(text, segment(text))
    detect_paragraphs(doc, config)
    for i in detected_before:  # an earlier pass or the foreign filter asked already
        if i < len(doc.paragraphs):
            doc.paragraphs[i].lang  # noqa: B018
    assert article_language(doc.paragraphs, config) == _plain_vote(doc.paragraphs, config)


def test_short_lines_are_not_detected_when_the_vote_is_clear():
    from newsclean.pipeline import clean_document

    prose = (
        "The council approved the new budget for the city's schools on Tuesday evening. Teachers had asked "
        "for more staff, and the mayor said the money would pay for forty new posts from September."
    )
    more = "Parents welcomed the vote. The school board will publish the details of the plan next week."
    shorts = ["Read the council's minutes", "Photos from the meeting hall", "More stories from our city desk"]
    doc = clean_document("\n\n".join([prose, more, *shorts]))
    assert doc.language == "en"
    short = [p for p in doc.paragraphs if p.text in shorts]
    assert short and all(p.detectable and not p.detected for p in short)
    # Asked for, each has its language, as the detector gives it.
    from newsclean.language import detect

    assert [(p.lang, p.lang_confidence) for p in short] == [detect(p.text) for p in short]
    assert all(p.detected for p in short)


VOTE_LANGS = ["es", "ca", "pt", "no", "da", "cs", "sk", "en", "de"]


@settings(max_examples=2000, deadline=None)
@given(
    st.dictionaries(st.sampled_from(VOTE_LANGS), st.integers(0, 400).map(float), max_size=5),
    st.integers(0, 500).map(float),
)
def test_vote_taken_early_only_when_no_share_of_the_rest_changes_it(weight, undecided):
    from newsclean.language import _decided, same_language

    def winner(w):
        w = {lang: x for lang, x in w.items() if x}
        if not w:
            return None

        def group(lang):
            return sum(x for other, x in w.items() if same_language(lang, other))

        return max(w, key=lambda lang: (group(lang), w[lang], lang))

    if not _decided(weight, undecided):
        return
    now = winner(weight)
    for lang in [*VOTE_LANGS, "fi"]:
        for share in (undecided, undecided / 2):
            assert winner({**weight, lang: weight.get(lang, 0.0) + share}) == now
