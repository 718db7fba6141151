"""Where the readers' comment section starts.

Comments are prose on the article's topic, so neither prose tests nor
vocabulary tell them apart from the article; their header does ("52
Comments", "Leave a Reply", "2 thoughts on “A title”"), or a series of
commenters' signatures ("Jane Roe says:"). After the first such line that
follows enough of the article's prose, everything is the comment section
(and the footer under it).

The phrase lists are data files in ``lexicon/``: ``comment_headers.txt``,
``comment_signatures.txt`` and ``comment_counts.txt``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, Sequence

import regex

from .config import Config
from .lexicon import Lexicon, alternation, data_lines, data_sections, label_set, normalize_label

SIGNATURE_MAX_WORDS = 14
# "Jane Roe said,": a name of a few words, and only in a series this long.
COMMA_SIGNATURE_MAX_WORDS = 5
COMMA_SIGNATURES_MIN = 3
COUNT_HEADER_MAX_WORDS = 30
STAMP_MAX_WORDS = 16
# A thread's stamps: the first one and at least this many more below it.
STAMPS_AFTER_FIRST = 2
# A bare "Comments" with this many signatures or stamps below it heads a
# thread, not a link in a menu.
THREAD_MARKS = 3
# ... and right over the thread when its first signature or stamp is at most
# this many lines below.
THREAD_MARK_GAP = 4
# The article above a thread is this many times longer than a typical comment.
THREAD_ARTICLE_RATIO = 3
# A thread starts below at most this many stamped entries of the text (a
# post's own footer); below more, the text is a list of posts.
MAX_STAMPS_ABOVE_THREAD = 1
# A comments label this close above the article's first prose is a link in
# its byline or share bar, not the header of a thread.
HEADER_ABOVE_ARTICLE = 2


class LineFeatures(Protocol):
    """What this module reads of boilerplate's per-line features."""

    n_words: int
    sentence_end: bool
    category: str | None
    label: bool


@dataclass(frozen=True)
class CommentSection:
    header: int  # the line that opens it (a header or the first signature)
    first: int  # the first line of the section to drop (after a header that is dropped on its own)


def find_comment_section(
    texts: Sequence[str],
    feats: Sequence[LineFeatures],
    prose: Sequence[bool],
    known: Sequence[bool],
    config: Config,
    article_start: int = 0,
) -> CommentSection | None:
    """The comment section below the article, if one is marked.

    `prose[i]`: the line is running prose; `known[i]`: it is known
    boilerplate (and dropped as such, so the section starts after it);
    `article_start`: where the article's prose begins. Dated stamps count
    only below it: above it they are a list of teasers, not a thread.
    """
    seen_prose = 0
    signatures = {i for i, (t, f) in enumerate(zip(texts, feats)) if _is_comment_signature(t, f)}
    # "Jane Roe said..." counts only in a series: one such line is prose
    # trailing off ("That said..."). "Jane Roe said," in a longer one: a
    # line or two may lead into a quotation ("In a statement, he said,").
    trailing_off = {i for i in signatures if texts[i].rstrip().endswith(_ELLIPSES)}
    if len(trailing_off) < 2:
        signatures -= trailing_off
    leading_in = {i for i in signatures if texts[i].rstrip().endswith(",")}
    if len(leading_in) < COMMA_SIGNATURES_MIN:
        signatures -= leading_in
    signatures |= (_linked_names(texts) | _handles(texts, prose, config.comments_after_paragraphs)
                   | _dated_names(texts, prose, config.comments_after_paragraphs))
    last_signature = max(signatures, default=-1)
    stamps = [
        i
        for i, (t, f) in enumerate(zip(texts, feats))
        if i > article_start and not prose[i] and _stamp(t, f.n_words)
    ]
    # A numbered signature signs the comment under it; numbered dated lines
    # one after the other are the article's timeline ("1. Bridge opens - May 3, 1911").
    listed = set(stamps)
    stamps = [i for i in stamps if i + 1 not in listed or not _numbered_signature().match(texts[i])]
    thread_start = _thread_start(texts, prose, stamps, article_start)
    # Commenters' signatures and stamps, in order (asked only at candidate headers).
    marks = sorted(signatures.union(stamps))
    # labels_from[i]: comments labels at i or below (a thread has several).
    labels_from = [0] * (len(feats) + 1)
    for i in range(len(feats) - 1, -1, -1):
        labels_from[i] = labels_from[i + 1] + (feats[i].label and feats[i].category == "comments")
    headers: list[int] = []  # the section headers' lines, found once, when a "Reply" link asks

    def header_below(i: int) -> int:
        if not headers:
            headers.extend(_section_headers(texts, feats))
        return headers[bisect.bisect_right(headers, i)]
    for i, f in enumerate(feats):
        if prose[i]:
            seen_prose += 1
            continue
        # A comments header, or the first of several commenters' signatures
        # ("Jane Roe says:") or dated stamps ("Posted by: Jane at May 3, 2012 7:00 AM").
        repeated_signature = (i in signatures and i < last_signature) or i == thread_start
        count_header = is_comment_count_header(texts[i], f)
        if not (f.label and f.category == "comments") and not repeated_signature and not count_header:
            continue
        # A bare word is a section header ("Comments") or a form field
        # ("Name", "Reply"); a header can also be a link high on the page,
        # so it needs more article above it to mark the end, unless a
        # thread's signatures or stamps follow it.
        needed = config.comments_after_paragraphs
        first_mark = bisect.bisect_right(marks, i)  # the first signature or stamp below
        marks_below = len(marks) - first_mark
        bare_word = f.n_words <= 1 and not any(ch.isdigit() for ch in texts[i])
        if bare_word and not repeated_signature and not count_header:
            if normalize_label(texts[i]) not in label_set("comment_headers.txt"):
                # A form field or a "Reply" link: a thread has several, and
                # they come under its header: one above the header is an
                # embedded post's button, with the article going on.
                if labels_from[i] < 3 or _article_goes_on(feats, prose, known, i, header_below(i)):
                    continue
            if marks_below < THREAD_MARKS:
                needed *= 2
        # A count header tells how many comments to expect ("2 comments…
        # read them below"): that many marks are a thread too.
        thread_marks = min(THREAD_MARKS, _stated_count(texts[i]) or THREAD_MARKS) if count_header else THREAD_MARKS
        if marks_below >= thread_marks and marks[first_mark] - i <= THREAD_MARK_GAP:
            # Right over a signed thread (its header or its first signature):
            # one paragraph of article above is enough (a short post, a
            # workout of the day).
            needed = 1
        if (count_header or (f.label and _DIGIT.search(texts[i]))) and _copied_below_prose(texts, prose, i):
            continue  # "4 Comments", "Comentarios (41)" in the byline: the same line heads the thread below the prose
        if marks_below == 0 and post_counter(texts, feats, i):
            continue  # "312 yorum" by "540 paylaşım": an embedded post's counters and buttons, no thread under them
        if not repeated_signature and _prose_run_below(prose, i) > max(PROSE_RUN_UNDER_LINK - 1, seen_prose):
            continue  # "Add a Comment" in the byline: the article's paragraphs follow it
        if 0 < article_start - i <= HEADER_ABOVE_ARTICLE and not repeated_signature:
            continue  # "Add a comment" in the byline, right above the article's prose
        if seen_prose >= needed:
            if repeated_signature:
                i = _prompts_over(feats, i)
            return CommentSection(header=i, first=i + 1 if known[i] else i)
    return None


# Over the first signature, the section's header and its log-in prompt
# ("Réagir" / "Vous devez être connecté pour commenter.") within this many lines.
PROMPTS_OVER_MAX = 2


def _prompts_over(feats: Sequence[LineFeatures], i: int) -> int:
    """The section's first line: the first signature, or the comments
    lines right over it."""
    k = i
    while k > 0 and i - k < PROMPTS_OVER_MAX and feats[k - 1].category == "comments":
        k -= 1
    return k


# Under a "Reply" link above the comments' header (an embedded post's
# button, or a link in the byline), the article goes on: a paragraph of at
# least this many words (not a form's short questions) right under it, past
# a few of the post's other buttons, and more prose before the header.
RESUMING_PARAGRAPH_MIN_WORDS = 20
POST_BUTTONS_MAX = 3
RESUMING_PROSE_MIN = 2


def _section_headers(texts: Sequence[str], feats: Sequence[LineFeatures]) -> list[int]:
    """The lines of section headers ("Comments", "Réactions"), and the end."""
    heads = label_set("comment_headers.txt")
    found = [j for j, f in enumerate(feats)
             if f.label and f.category == "comments" and normalize_label(texts[j]) in heads]
    return [*found, len(texts)]


def _article_goes_on(
    feats: Sequence[LineFeatures], prose: Sequence[bool], known: Sequence[bool], i: int, header: int
) -> bool:
    if header >= len(feats):
        return False  # no header below: the link is in the thread
    k = i + 1
    while k < header and known[k] and k - i <= POST_BUTTONS_MAX:
        k += 1
    if not (k < header and prose[k] and feats[k].n_words >= RESUMING_PARAGRAPH_MIN_WORDS):
        return False
    return sum(prose[k:header]) >= RESUMING_PROSE_MIN


def post_counter(texts: Sequence[str], feats: Sequence[LineFeatures], i: int) -> bool:
    """Line ``i`` is a comments label in the bar under an embedded post: a
    count beside a count of shares ("312 comments" by "540 shares"), or a
    button between share buttons ("Like", "Add a comment", "Share")."""
    f = feats[i]
    if not (f.label and f.category == "comments"):
        return False

    def share(k: int) -> bool:
        return 0 <= k < len(feats) and feats[k].label and feats[k].category == "share"

    if _DIGIT.search(texts[i]):
        return any(share(k) and _DIGIT.search(texts[k]) is not None for k in (i - 1, i + 1))
    # (Not "Comments", a section's header: "Facebook", "Comments", "Flipboard" may head a thread.)
    # The bar's first button may be this one: "Reply" over "Share" and "Read 12 replies".
    in_bar = (share(i - 1) and share(i + 1)) or (share(i + 1) and share(i + 2))
    return in_bar and normalize_label(texts[i]) not in label_set("comment_headers.txt")


# Paragraphs of prose in a row, with nothing between them, right under a
# comments label (one line, a byline, may come first), more than the page
# has above the label: the article, not a thread (whose comments are parted
# by their signatures or stamps).
PROSE_RUN_UNDER_LINK = 3


def _copied_below_prose(texts: Sequence[str], prose: Sequence[bool], i: int) -> bool:
    """Line ``i`` comes again further down, with prose between (its last copy)."""
    key = texts[i].strip()
    for j in range(len(texts) - 1, i, -1):
        if texts[j].strip() == key:
            return any(prose[i + 1 : j])
    return False


def _prose_run_below(prose: Sequence[bool], i: int) -> int:
    """Paragraphs of prose in a row under line ``i`` (after one line that is not)."""
    k = i + 1 if i + 1 < len(prose) and prose[i + 1] else i + 2
    start = k
    while k < len(prose) and prose[k]:
        k += 1
    return k - start


_FIRST_NUMBER = re.compile(r"\d{1,6}")
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(r"\s*\d{1,4}[.)]\s")


def _stated_count(text: str) -> int:
    """The number a count header states ("2 comments…" -> 2), 0 if none."""
    m = _FIRST_NUMBER.search(text)
    return int(m.group()) if m else 0


def _thread_start(texts: Sequence[str], prose: Sequence[bool], stamps: list[int], article_start: int) -> int | None:
    """The first of a series of dated stamps that reads as a comment thread.

    Comments are short beside the article they follow; a page of several
    posts or a forum thread has stamps between entries of similar length,
    and all of it is the text.
    """
    if len(stamps) < 1 + STAMPS_AFTER_FIRST:
        return None
    # prose_before[k]: characters of prose above line k.
    prose_before = [0]
    for text, is_prose in zip(texts, prose):
        prose_before.append(prose_before[-1] + (len(text) if is_prose else 0))
    # The prose under each stamp, up to the next one (the comment it signs).
    bounds = [*stamps[1:], len(texts)]
    entries = [prose_before[b] - prose_before[a] for a, b in zip(stamps, bounds)]
    # The typical comment from each stamp on: medians of the suffixes,
    # built from the last stamp up (linear in the stamps, not quadratic).
    suffix: list[int] = []
    medians = [0] * len(stamps)
    for n in range(len(stamps) - 1, -1, -1):
        bisect.insort(suffix, entries[n])
        medians[n] = suffix[len(suffix) // 2]
    # With two stamped entries or more above it, the "article" is itself a
    # list of posts (a job board, a blog's front page): no thread starts
    # below them. One stamp above may be the post's own footer.
    for n, first in enumerate(stamps[: min(MAX_STAMPS_ABOVE_THREAD + 1, len(stamps) - STAMPS_AFTER_FIRST)]):
        article = prose_before[first] - prose_before[article_start]
        if article >= THREAD_ARTICLE_RATIO * medians[n]:
            return first
    return None


def is_comment_count_header(text: str, f: LineFeatures) -> bool:
    """'38 comments to A Title', '2 thoughts on “A Title”', '7 Responses',
    '{ 14 comments… read them below or add one }'.

    Not a counted statistic ("108 comments posted") or a sentence ("Two
    responses were filed.").
    """
    if f.n_words > COUNT_HEADER_MAX_WORDS:
        return False
    m = _count_header_pattern().match(text)
    if m is None:
        # "Diskusia (54 príspevkov)": a comments label with its count in brackets.
        labelled = _LABEL_AND_COUNT.fullmatch(text.strip())
        return labelled is not None and comment_count(labelled.group(2)) and (
            Lexicon.load().label(labelled.group(1)) == "comments")
    rest = text[m.end() :].strip()
    counted = m.group("count")[0].isdigit()
    if not rest or regex.fullmatch(r"[\p{P}\p{S}\s]*", rest):
        # "7 Responses", "(12 comments)", "One comment"; but "No reply." is a sentence.
        return counted or not f.sentence_end
    if rest[0] in "…|" or rest.startswith("..."):
        return True  # "{ 53 comments… read them below }", "20 comments | Add comment"
    first_word, _, title = rest.partition(" ")
    if first_word.casefold() in _count_vocabulary()["prepositions"] and title.strip():
        # "38 comments to A Title"; after a number word only a quoted title
        # ("One thought on “A Title”"): "One response to the crisis was ..."
        # is a sentence.
        return counted or title.lstrip()[0] in _OPENING_QUOTES
    # "41 comments Join the discussion": the rest is itself a comments label.
    return Lexicon.load().label(rest) == "comments"


_OPENING_QUOTES = "\"'“”„«»‘’‚‹›「『"
_LABEL_AND_COUNT = regex.compile(r"([^()]+?)\s*\(([^()]+)\)")


@lru_cache(maxsize=1)
def _count_vocabulary() -> dict[str, frozenset[str]]:
    return data_sections("comment_counts.txt")


@lru_cache(maxsize=1)
def _count_header_pattern() -> regex.Pattern[str]:
    vocab = _count_vocabulary()
    count = rf"(?P<count>\d[\d.,]*|{alternation(vocab['count words'])})"
    return regex.compile(
        # One lower-case word may come between ("8 appreciated comments on
        # “A Title”"); "9. Do comment on ..." and "31. Further Thoughts on
        # ..." are items of a numbered list.
        rf"[\s\p{{Ps}}\p{{Pi}}\p{{Po}}\p{{So}}]*{count}\s+(?:(?-i:\p{{Ll}}+)\s+)?(?:{alternation(vocab['nouns'])})(?!\w)", regex.IGNORECASE
    )


def comment_count(text: str) -> bool:
    """The whole line is a count of comments: "12 hozzászólás", "(38) Comments"."""
    return _count_header_pattern().fullmatch(text.strip()) is not None


@lru_cache(maxsize=1)
def _signature_pattern() -> regex.Pattern[str]:
    verbs = set(data_lines("comment_signatures.txt"))
    verbs_pattern = alternation(verbs)
    # The colon ends the line, or a date follows ("writes: on Tuesday ...");
    # Blogger ends the line with an ellipsis instead ("Jane Roe said..."),
    # some Wordpress themes with a comma ("Jane Roe said,").
    return regex.compile(
        rf"(?<!\w)(?:{verbs_pattern})(?:\s?:(?:\s*$|\s+(?:on|am|le|el|em|il|op)\s|\s+\d)|\s?(?:\.\.\.|…|,)\s*$)",
        regex.IGNORECASE,
    )


def is_comment_stamp(text: str, f: LineFeatures) -> bool:
    """A short line with a date and a time of day: 'August 2nd, 2012 at 12:36 pm',
    'Posted by: Jane | 09/21/2012 at 09:38 PM'; or a date and a permalink:
    'September 27, 2012, | Permalink'; or a name and an age, 'Miles Taylor 12
    days ago'; or a number, a name and a date, '3. Jane Roe - August 8, 2012'."""
    return _stamp(text, f.n_words)


@lru_cache(maxsize=4096)
def _stamp(text: str, n_words: int) -> bool:
    # Remembered: every cleaning pass asks again about the same lines.
    if n_words > STAMP_MAX_WORDS:
        return False
    # Both need a digit; most lines have none (searched in C). The numbered
    # one's pattern (every month name) is compiled only for a numbered line.
    if _DIGIT.search(text) and (
        _NAME_AND_AGE.match(text) or (_NUMBERED.match(text) and _numbered_signature().match(text))
    ):
        return True
    # A comment's date and its permalink ('September 27, 2012, | Permalink');
    # a post's own footer links to its comments as well ('Tuesday December
    # 26, 2006 | permalink | comments (0)').
    low = text.lower()
    permalink = "permalink" in low and "comment" not in low
    if ":" not in text and not permalink:
        return False
    if not holds_date(text) or _UPDATED.search(text):
        return False  # (an article's date line names its update: "· Mis à jour le …")
    if permalink or _TIME_OF_DAY.search(text):
        return True
    return bool(_POSTED_BY.search(text) or _BY_ON.match(text)) and bool(_ANY_TIME.search(text))


# An update of the article, named on its date line: "Le 14/03/2024 à 18:42 ·
# Mis à jour le 14/03/2024 à 20:05" is the article's stamp, not a comment's.
_UPDATED = regex.compile(
    r"(?<!\w)(?:updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano"
    r"|aktualizacja|güncellendi|güncelleme|обновлено|оновлено|uppdaterad|oppdatert|opdateret|päivitetty"
    r"|aktualizováno|aktualizované|frissítve|actualizat|ενημερώθηκε|actualitzat)(?!\w)",
    regex.IGNORECASE,
)
# "… at 12:36 pm", "… um 14:20", "… à 10:55": comment systems write the time
# after a preposition; a post's own stamp, a forum's or a trackback's often
# does not ("8 August 2012 - 8:22am", "Tracked on Mar 23, 2007 1:19:14 PM").
_TIME_OF_DAY = regex.compile(
    r"(?<!\w)(?:at|um|à|a las|às|alle|om|o|в)\s+\d{1,2}[:.h]\d{2}(?::\d{2})?(?![\d:])", regex.IGNORECASE
)
# ... or a comment's signature names its author after a colon ('Posted by:
# Andrew | Mar 26, 2007 2:00:18 PM'); a post's own byline has no colon
# ('Submitted by Jane Doe on 8 August 2012 - 8:22am').
_POSTED_BY = regex.compile(
    r"(?<!\w)(?:posted|written|geschrieben|publié|publicado|pubblicato) (?:by|von|par|por|da)\s?:", regex.IGNORECASE
)
# ... or names the author before the date ('by Jane on Aug 9, 2012 10:19 AM EDT').
_BY_ON = regex.compile(r"\s*by\s+\S.{0,60}?\s+on\s", regex.IGNORECASE)
# ... or is the commenter's name and how long ago they wrote ("Miles Taylor
# 12 days ago", "Jane vor 3 Tagen", "**Marie** — il y a 2 heures"). A bare "20 mins
# ago" under a teaser is a list's stamp, not a signature: a name must come first.
_NAME_AND_AGE = regex.compile(
    r"^\s*[*_]{0,2}[^\W\d][^\s:]*(?:\s[^\s:]+){0,3}\s+"  # a name of one to four words (in bold, too)
    r"(?:\d{1,3}\s?\p{L}{1,10}\.?\s+(?:ago|temu|önce|назад|fa|geleden|siden|sedan)"
    r"|(?:vor|il y a|hace|há)\s+\d{1,3}\s?\p{L}{1,10}\.?)\s*$",
    regex.IGNORECASE,
)
_ANY_TIME = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


@lru_cache(maxsize=1)
def _numbered_signature() -> regex.Pattern[str]:
    """A numbered comment's signature: '3. Jane Roe - August 8, 2012' (the
    number and the dash tell it from a dated line of the article)."""
    return regex.compile(
        rf"^\s*\d{{1,4}}[.)]\s+\S.{{0,60}}?\s[-–—|]\s+(?:{_date_source()})\s*$", regex.IGNORECASE
    )


@lru_cache(maxsize=1)
def month_prefixes() -> frozenset[str]:
    """The first letters of month names and abbreviations (``months.txt``),
    in each form a text may write them: Indic letters with a nukta come as
    one code point or as a letter and the nukta ("য়", "फ़"), and
    normalisation cannot make the single form."""
    words = {w.casefold() for line in data_lines("months.txt") for w in line.split()}
    forms = set(words)
    for w in words:
        if _INDIC.search(w):
            split = unicodedata.normalize("NFD", w)
            forms |= {split, _join_nuktas(split)}
    return frozenset(forms)


_INDIC = re.compile("[\u0900-\u0dff]")


# Letters with a nukta that have a code point of their own (composition
# exclusions: NFC leaves them split), as Devanagari and Bengali sites write them.
_NUKTA_LETTERS = {unicodedata.normalize("NFD", c): c for c in "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df"}


def _join_nuktas(text: str) -> str:
    for split, single in _NUKTA_LETTERS.items():
        text = text.replace(split, single)
    return text


@lru_cache(maxsize=1)
def month_word() -> str:
    """A pattern for a month's name or abbreviation in any common web language.

    The prefixes as a trie ("j(?:an|u(?:n|l))|..."), not a flat alternation:
    with a few hundred of them in many scripts, a flat list is tried one by
    one at every position of every line searched for a date."""
    # (Two Levantine months of the same name are told apart by an ordinal
    # after it: "14 كانون الثاني 2026", "تشرين الأول"; and a Levantine
    # month may have its other name after a slash, "15 شباط/فبراير 2026".)
    return "(?:" + _trie_pattern(month_prefixes()) + r")\p{L}*\.?(?:\s+ال(?:أول|اول|ثاني))?(?:/\p{Arabic}+)?"


def _trie_pattern(words: frozenset[str]) -> str:
    """A pattern matching any of `words` (none empty), branching on one
    character at a time."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word ends here too: the rest is optional (\p{L}* after the
        # pattern takes the letters of a longer name either way).
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# A numeric date: "09/21/2012", "11.3.12", "2012-09-21", and with spaces
# as Czech, Slovak, Slovene and Croatian sites write it, "12. 3. 2025".
NUMERIC_DATE = (
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s\d{1,2}\.\s\d{4}"
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}"  # year first: "2024.03.14", "2024/3/14"
    # Chinese and Japanese, Korean: "2024年8月16日", "2024년 8월 16일", "2024. 8. 16."
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}년\s?\d{1,2}월\s?\d{1,2}일|\d{4}\.\s\d{1,2}\.\s\d{1,2}\."
)


def year_first_date(month: str) -> str:
    """A named date that starts with its year: "2025. március 6." (Hungarian),
    "2025 m. kovo 6 d." (Lithuanian), "2025. gada 6. martā" (Latvian)."""
    return (
        rf"\d{{4}}(?:\.|\s?m\.)\s+{month}\s+\d{{1,2}}(?:\.|\s?d\.)"
        rf"|\d{{4}}\.\s+gada\s+\d{{1,2}}\.\s+{month}"
    )


@lru_cache(maxsize=1)
def _named_dates() -> tuple[str, str, str]:
    """The dates with a month's name: two that end with the year, one that
    starts with it."""
    month = month_word()
    return (
        rf"(?<!\w){month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?!\d)",  # August 2nd, 2012
        # 9. Aug. 2012; 04.jun.2024, as Brazilian sites write it
        rf"(?<!\d)\d{{1,2}}(?:(?:st|nd|rd|th)?\s+|\.\s*)(?:de\s+)?{month}(?:,?\s+|\.)(?:de\s+)?\d{{4}}(?!\d)",
        rf"(?<!\d)(?:{year_first_date(month)})(?!\d)",  # 2025. március 6.
    )


def _date_source() -> str:
    """Any date: a named one or a numeric one (09/21/2012, 2012-09-21)."""
    return "|".join(_named_dates()) + rf"|(?<!\d)(?:{NUMERIC_DATE})(?!\d)"


@lru_cache(maxsize=1)
def _date_pattern() -> regex.Pattern[str]:
    return regex.compile(_date_source(), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _dates_at_year() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The named dates that end with a given year (matched backwards from
    it) and the one that starts with it."""
    ending, ending_too, starting = _named_dates()
    return (
        regex.compile(rf"(?r)(?:{ending}|{ending_too})", regex.IGNORECASE),
        regex.compile(starting, regex.IGNORECASE),
    )


def holds_date(text: str) -> bool:
    """Does the line hold a full date anywhere ("Madrid - 12 mar 2025 - 13:45")?

    Every date the pattern knows is numeric or has a four-digit year at its
    end or its start; so rather than try the month names at each position
    of the line, the named dates are matched only at the years a quick
    search finds, backwards from each year's end and forwards from its
    start."""
    if _DIGIT.search(text) is None:
        return False
    if _NUMERIC_DATE.search(text):
        return True
    ending, starting = _dates_at_year()
    # The year has no digit after it, so a match that ends at its end (where
    # the backward search stops) ends the same way in the whole line.
    return any(ending.match(text, 0, year.end()) or starting.match(text, year.start()) for year in _YEAR.finditer(text))


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMERIC_DATE = re.compile(rf"(?<!\d)(?:{NUMERIC_DATE})(?!\d)")


_ELLIPSES = ("...", "…")


# "http://twitter.com/jdoe Jane Doe": a commenter's link and name, as
# Disqus and WordPress exports print them over each comment. Only a series
# of them, each over its comment, is a thread (a list of links with their
# sites' names is one line after another).
_LINKED_NAME = re.compile(r"https?://\S+\s+[^\s:/\[\]()]+(?:\s+[^\s:/\[\]()]+){0,3}")
LINKED_NAMES_MIN = 3


def _linked_names(texts: Sequence[str]) -> set[int]:
    found = [i for i, t in enumerate(texts) if t.startswith("http") and _LINKED_NAME.fullmatch(t.strip())]
    over_comments = {i for i in found if i + 1 < len(texts) and i + 1 not in found}
    return over_comments if len(over_comments) >= LINKED_NAMES_MIN else set()


# A commenter's handle alone on the line over the comment: "Mireille12",
# "Dr_P", "Gipfelstürmer_77"; or a name with a review's stars ("Sophie59 ·
# ★★★★★", "Jean-Luc R. · ★★★★☆"). Only a series of them, each over prose,
# is a thread; and one under the article: a forum's page opens with its
# first post's handle, and its posts are the page's text.
_HANDLE = regex.compile(r"\p{L}{2,}\d{1,4}|[\p{L}\d]+(?:_[\p{L}\d]+)+")
_STARS_AFTER = regex.compile(r"\s+[·|•–-]\s+[★☆]{5}$")
HANDLE_MAX_CHARS = 30
STARRED_NAME_MAX_WORDS = 3
HANDLE_GAP = 5


def _handles(texts: Sequence[str], prose: Sequence[bool], prose_above: int) -> set[int]:
    """Handles over prose, each within HANDLE_GAP lines of the next or the
    last (a comment or two and its buttons between), when the first stands
    under `prose_above` paragraphs of prose at least. (A forum's other
    posters have names, "Bailey", that no pattern tells from a
    subheading: its handles stand far apart.)"""
    found = [i for i, t in enumerate(texts[:-1]) if prose[i + 1] and len(t) <= HANDLE_MAX_CHARS and _handle(t.strip())]
    return _series_under_prose(found, prose, prose_above)


def _series_under_prose(found: list[int], prose: Sequence[bool], prose_above: int, least: int = 2) -> set[int]:
    """The lines of `found` within HANDLE_GAP lines of the next or the last,
    `least` of them at least, the first under `prose_above` paragraphs of
    prose: a thread's signatures."""
    close = {k for a, b in zip(found, found[1:]) if b - a <= HANDLE_GAP for k in (a, b)}
    if len(close) < least or sum(prose[: min(close)]) < prose_above:
        return set()
    return close


def _handle(text: str) -> bool:
    if stars := _STARS_AFTER.search(text):
        return 0 < len(text[: stars.start()].split()) <= STARRED_NAME_MAX_WORDS
    return _HANDLE.fullmatch(text) is not None


# A commenter's name and when they wrote, figures only: "peter_ke 30. 1. 2026
# 19:05", "Zuzana M. 2026-01-30 19:31". An article's byline has the same
# shape, so only a series is a thread: this many, each over prose, each
# within HANDLE_GAP lines of the next.
_DATED_NAME = regex.compile(
    r"^[^\W\d][^\d\s:]*(?:\s[^\d\s:]+){0,3}[\s,·|–-]+"  # a name of one to four words
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"  # the date in figures
    r"[\s,·|–-]*(?:\p{L}{1,3}\s)?\d{1,2}:\d{2}$"  # the time, maybe after "o", "at", "klo"
)
DATED_NAMES_MIN = 3


def _dated_names(texts: Sequence[str], prose: Sequence[bool], prose_above: int) -> set[int]:
    found = [i for i, t in enumerate(texts[:-1]) if prose[i + 1] and len(t) <= HANDLE_MAX_CHARS + 20
             and _ANY_TIME.search(t) and _DATED_NAME.match(t.strip())]
    return _series_under_prose(found, prose, prose_above, DATED_NAMES_MIN)


def _is_comment_signature(text: str, f: LineFeatures) -> bool:
    """'Jane Roe says:' / 'by mcgrew (92797) writes: on Tuesday ...' / 'Jane Roe said...'"""
    if f.n_words > SIGNATURE_MAX_WORDS:
        return False
    # An ellipsis ends a sentence; a colon does not.
    if f.sentence_end:
        return text.rstrip().endswith(_ELLIPSES) and _signature(text)
    if text.rstrip().endswith(","):
        return f.n_words <= COMMA_SIGNATURE_MAX_WORDS and _signature(text)
    return ":" in text and _signature(text)


@lru_cache(maxsize=4096)
def _signature(text: str) -> bool:
    return bool(_signature_pattern().search(text))
