"""Paragraph language, article language and the foreign-language filter."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import regex

from .boilerplate import is_known_boilerplate, quotations
from .config import Config
from .document import Document, Paragraph
from .text import stopwords, style_key, words

_LETTER = regex.compile(r"\p{L}")
# Ideographs and kana carry a word's worth of meaning each; count them as
# several letters so length thresholds mean the same in every script.
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
DENSE_SCRIPT_WEIGHT = 3
_NON_LETTERS = regex.compile(r"\P{L}+")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# No character below U+1100 (the first Hangul jamo) is in _DENSE.
_DENSE_FROM = "\u1100"
# Paragraphs the detector is less sure of than this do not vote on the
# article language (mixed-language lines, lists of names).
ARTICLE_LANG_MIN_CONFIDENCE = 0.5


# bytes.translate deletion table: what is left of ASCII text is its letters.
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


@lru_cache(maxsize=1 << 12)
def letter_count(text: str) -> int:
    if text.isascii():  # \p{L} is [A-Za-z] there; counted in C
        return len(text.encode("ascii").translate(None, _NOT_ASCII_LETTER))
    # The ASCII letters are counted in C as above; the regex module looks
    # only at the rest (often a few quotes and accented letters), and
    # deletes runs of non-letters rather than listing letters one by one.
    rest = _ASCII_RUNS.sub("", text)
    letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    letters += len(_NON_LETTERS.sub("", rest))
    if letters and max(rest) >= _DENSE_FROM:
        letters += (DENSE_SCRIPT_WEIGHT - 1) * len(_DENSE.findall(rest))
    return letters


@lru_cache(maxsize=1)
def _close_pairs() -> frozenset[tuple[str, str]]:
    pairs = set()
    data = (Path(__file__).parent / "lexicon" / "close_languages.txt").read_text("utf-8")
    for line in data.splitlines():
        line = line.split("#", 1)[0].split()
        for a in line:
            for b in line:
                pairs.add((a, b))
    return frozenset(pairs)


def same_language(a: str, b: str) -> bool:
    """True when `a` and `b` are the same language or ones langdetect confuses."""
    return a == b or (a, b) in _close_pairs()


_HANGUL = regex.compile(r"\p{Hangul}")
_HAN = regex.compile(r"\p{Han}")
# Chinese written with spaces between phrases (common on Taiwanese blogs)
# reads as Korean to langdetect's n-grams: Korean spaces its words and its
# profile holds Hanja. Korean text is written in Hangul.
CHINESE = ("zh-cn", "zh-tw")


@lru_cache(maxsize=65536)
def detect(text: str) -> tuple[str | None, float]:
    """Best language and its probability; (None, 0.0) when there is nothing to go on."""
    from .langid import detect_among, detect_best

    best = detect_best(text)
    if best is not None and best[0] == "ko" and not _HANGUL.search(text) and _HAN.search(text):
        best = detect_among(text, CHINESE)
    return best or (None, 0.0)


def detect_paragraphs(doc: Document, config: Config) -> None:
    """Mark the paragraphs long enough to have a language of their own
    (short ones inherit the article's). Each is detected when first asked."""
    min_letters = min(config.article_lang_min_letters, config.foreign_min_letters)
    for p in doc.paragraphs:
        p.detectable = letter_count(p.plain) >= min_letters


def article_language(paragraphs: list[Paragraph], config: Config) -> str | None:
    """The dominant language by weight of confidently detected text.

    Known boilerplate does not vote: a consent banner is in the site's
    language, which is often not the article's. A paragraph weighs its
    letters up to ``article_lang_max_letters``: a short article of several
    paragraphs outvotes one long paragraph in another language.

    The detector runs on the heaviest voters first and stops once the
    paragraphs not yet detected could not change the result: most of a
    page's short lines are never detected.
    """
    if config.lang:
        return config.lang
    voters = _voters(paragraphs, config)
    weight: dict[str, float] = {}
    for v in voters:
        if v.lang is not None:
            weight[v.lang] = weight.get(v.lang, 0.0) + v.weight
    pending = sorted((v for v in voters if not v.resolved), key=lambda v: -v.bound)
    undecided = sum(v.bound for v in pending)
    for v in pending:
        if _decided(weight, undecided):
            break
        undecided -= v.bound
        v.resolve()
        if v.lang is not None:
            weight[v.lang] = weight.get(v.lang, 0.0) + v.weight
    return _vote(voters)


class _Voter:
    """The paragraphs of one style key: the first of them the detector is
    sure enough of votes (a line repeated, a caption under each photo or a
    banner printed twice, is one piece of evidence)."""

    __slots__ = ("members", "lang", "weight", "bound", "order")

    def __init__(self) -> None:
        self.order = 0  # the voting paragraph's place in the document
        self.members: list[tuple[Paragraph, float]] = []  # (paragraph, its weight if sure)
        self.lang: str | None = None
        self.weight = 0.0
        self.bound = 0.0  # the most its undetected members could weigh

    @property
    def resolved(self) -> bool:
        return not self.members

    def add(self, p: Paragraph, letters: float) -> None:
        self.members.append((p, letters))
        if self.lang is None:
            self._settle()

    def _settle(self) -> None:
        """Take the members already detected, in order, until one votes."""
        while self.members and self.members[0][0].detected:
            p, letters = self.members.pop(0)
            if p.lang is not None and p.lang_confidence >= ARTICLE_LANG_MIN_CONFIDENCE:
                self.lang, self.weight, self.order = p.lang, letters * p.lang_confidence, p.index
                self.members.clear()
                break
        self.bound = max((letters for _, letters in self.members), default=0.0)

    def resolve(self) -> None:
        while self.members:
            self.members[0][0].lang  # noqa: B018 - runs the detector
            self._settle()


def _voters(paragraphs: list[Paragraph], config: Config) -> list[_Voter]:
    by_key: dict[str, _Voter] = {}
    for p in paragraphs:
        if not p.detectable or is_known_boilerplate(p.plain):
            continue
        key = style_key(p.plain)
        voter = by_key.get(key)
        if voter is None:
            voter = by_key[key] = _Voter()
        elif voter.lang is not None:
            continue  # the key has voted
        letters = letter_count(p.plain)
        weight = min(letters, config.article_lang_max_letters) if letters >= config.article_lang_min_letters else 0
        voter.add(p, weight)
    return list(by_key.values())


@lru_cache(maxsize=None)
def _close_to(lang: str) -> frozenset[str]:
    """`lang` and the languages close to it (its vote group)."""
    return frozenset({lang} | {b for a, b in _close_pairs() if a == lang})


# The vote is taken early only by a margin that rounding cannot undo.
_MARGIN = 1e-6


def _decided(weight: dict[str, float], undecided: float) -> bool:
    """No way to share out `undecided` more weight among the languages
    changes the winner of the vote over `weight`."""
    if not weight:
        return False
    leader = _winner(weight)
    group = _close_to(leader)
    ahead = _group_weight(weight, leader)
    margin = _MARGIN * (1.0 + ahead)
    if ahead - undecided <= margin:
        return False  # a language with no weight yet could take it all
    rivals = set(weight).union(*map(_close_to, weight)) - {leader}
    for rival in rivals:
        only_rival = _close_to(rival) - group
        # Its group's lead over the rival's, whatever weight comes
        # (more for the leader's side only widens it).
        lead = sum(weight.get(lang, 0.0) for lang in group - _close_to(rival))
        lead -= sum(weight.get(lang, 0.0) for lang in only_rival) + (undecided if only_rival else 0.0)
        if lead > margin:
            continue
        if not only_rival and weight[leader] > weight.get(rival, 0.0) + undecided + margin:
            continue  # the groups can at most tie, and the leader's own weight decides
        return False
    return True


def _vote(voters: list[_Voter]) -> str | None:
    """The winner by the weights known, summed in document order."""
    weight: dict[str, float] = {}
    for v in sorted(voters, key=lambda v: v.order):
        if v.lang is not None and v.weight:
            weight[v.lang] = weight.get(v.lang, 0.0) + v.weight
    return _winner(weight) if weight else None


def _group_weight(weight: dict[str, float], lang: str) -> float:
    return sum(w for other, w in weight.items() if same_language(lang, other))


def _winner(weight: dict[str, float]) -> str:
    """The language whose group weighs most; then its own weight; then its code."""
    return max(weight, key=lambda lang: (_group_weight(weight, lang), weight[lang], lang))


_WORD = regex.compile(r"\p{L}+")
NAME_HEAVY_MAX_WORDS = 25
# A name-heavy line with this share of stopwords of its detected language is
# prose in that language after all.
NAME_HEAVY_MAX_STOPWORDS = 0.25


def _name_heavy(text: str) -> bool:
    """Headline-case or name lists: capitalised words are mostly names, not language.

    Only short lines: in long prose the detector is reliable, and German
    capitalises every noun.
    """
    words = _WORD.findall(text)
    if len(words) > NAME_HEAVY_MAX_WORDS:
        return False
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    return len(cased) >= 3 and sum(w[0].isupper() for w in cased) * 2 >= len(cased)


def _stopword_share(text: str, lang: str) -> float:
    ws = words(text)
    stop = stopwords(lang)
    return sum(w in stop for w in ws) / len(ws) if ws and stop else 0.0


# Words of the article's language around a quotation that make it a report
# of what someone said ("sagte Jurymitglied Karen Liu").
ATTRIBUTION_MIN_WORDS = 3


def _attributed_quote(text: str, article: str, lang: str) -> bool:
    """A quotation in another language with its attribution in the
    article's: the words outside the quotation marks read as the article's
    language."""
    quotes, outside = quotations(text)
    if not quotes or len(words(outside)) < ATTRIBUTION_MIN_WORDS:
        return False
    return _stopword_share(outside, article) > _stopword_share(outside, lang)


def drop_foreign(doc: Document, config: Config) -> None:
    article = doc.language
    if article is None:
        return
    keep = (article, *config.keep_lang)
    for p in doc.paragraphs:
        # Letters first: a shorter line needs no detection.
        if not p.kept or letter_count(p.plain) < config.foreign_min_letters or p.lang is None:
            continue
        if p.lang_confidence < config.foreign_min_confidence:
            continue
        if any(same_language(p.lang, k) for k in keep):
            continue
        if _name_heavy(p.plain) and _stopword_share(p.plain, p.lang) < NAME_HEAVY_MAX_STOPWORDS:
            continue  # names, not language; German prose capitalises its nouns but has stopwords
        if _stopword_share(p.plain, article) >= _stopword_share(p.plain, p.lang):
            continue  # reads as the article's language after all (detector slip)
        if _attributed_quote(p.plain, article, p.lang):
            continue  # „This is the kind of solution ...“, sagte Jurymitglied Karen Liu.
        if _code_line(p.plain):
            continue  # a program's line in a tech post: no language of its readers
        if _citation().search(p.plain):
            continue  # a study cited by its English title: the article's source
        if article == "ja" and p.lang.startswith("zh"):
            # Ideographs with kana are Japanese, and without any (a list of
            # closed roads and times) they are Japanese as well as Chinese.
            continue
        p.drop("L101", lang=p.lang, confidence=round(p.lang_confidence, 3), article_lang=article)


# A study the article cites, in the study's language: under a head word
# ("Referanse: H. A. Johnsen …: Three decades of …"), or with its DOI. (Not
# by an "et al.": prose in another language names its studies that way too.)
_CITATION = (
    r"^\W{0,2}(?i:referanse|reference|references|referenz|référence|referencia|referência|riferimento|kilde|källa"
    r"|lähde|źródło|zdroj|forrás|studie|study|studio|estudio|étude|badanie|paper|artikel|kaynak|источник|джерело"
    r"|quelle|source|fonte|fuente|izvor|(?:a\s)?tanulmány)\s?:"
    r"|\bdoi:\s?10\.|\bdoi\.org/"
)


@lru_cache(maxsize=1)
def _citation() -> regex.Pattern[str]:
    return regex.compile(_CITATION)


# A line of a program: identifiers joined by underscores ("created_at"),
# calls ("now()"), comparisons, a statement's end. (Not "$1": prices.)
_CODE_MARK = regex.compile(r"\w+_\w+|\w\(\)|[=<>!]=|[;{}]\s*$")
CODE_LINE_MIN_MARKS = 2
_URL = regex.compile(r"\S+://\S+|www\.\S+")


def _code_line(text: str) -> bool:
    """SQL or a shell command in an article of another language (in English
    words, which the detector reads as English prose). Web addresses do not
    count: their underscores and "=" are a link's, not a program's."""
    return len(_CODE_MARK.findall(_URL.sub(" ", text))) >= CODE_LINE_MIN_MARKS
