"""Above the article's core: the lines over it that are the article's.

Headline, deck (standfirst), byline and dateline, the credits or the lead
photo printed as a block of their own, a list the article introduces right
over its prose, and the Markdown headline the core starts under.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

import regex

from .comments import comment_count
from .controls import is_player_control
from .credits import (
    _bare_name, _cased_name, _cased_names, _credit_line, _credited_caption, _credits, _dated, _photo_credit,
    agency_byline, name_over_dateline,
)
from .document import Paragraph, block_end
from .generated import summary_heading
from .lexicon import Lexicon, data_sections, label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _DIGIT_RUNS, _LETTER, _SEGMENT_SEP, Features, _insert, _question
from .liveblog import live_control
from .markup import LYNX_IMAGE
from .menus import _BREADCRUMB_SEP, _is_breadcrumb
from .stamps import clock_line
from .tail import _CJK_KEY_VALUE, _KEY_VALUE, TAIL_HEADLINE_MIN_WORDS, _table_below, keyed_block_end
from .text import unspaced_script, word_count, words
from .text import ends_sentence as _ends_sentence
from .widgets import RESULT_TABLE_MIN, result_line, slide_counter


# Short lines kept above the core: title, kicker, dateline, byline.
MAX_HEADER_LINES = 3
# A byline and a dateline (and a credit) printed as a block of their own.
CREDITS_BLOCK_MAX_LINES = 3


# The article's header written as a block of its own: kicker, headline,
# standfirst, byline, dateline.
HEADER_BLOCK_MAX_LINES = 5


# What parts a page's title from the site's name: "Headline - Site", "Headline | Site".
_TITLE_SITE_SEP = regex.compile(r"\s[-|–—«»:]{1,2}\s")


def _bare_title(text: str) -> bool:
    """A headline's size and shape (four words or more, not a sentence) and
    no site's name parted from it."""
    return (
        len(words(text)) >= TAIL_HEADLINE_MIN_WORDS
        and not _ends_sentence(text)
        and _TITLE_SITE_SEP.search(text) is None
    )


def _block_up_to(paras: list[Paragraph], k: int) -> list[int]:
    """The lines of line `k`'s block from `k` upwards (`k` first)."""
    block = paras[k].block
    i = k
    while i > 0 and paras[i - 1].block == block:
        i -= 1
    return list(range(k, i - 1, -1))


# A summary box holds this many points at most.
SUMMARY_BOX_MAX_POINTS = 6


def _summary_box_head(paras: list[Paragraph], classes: list[str], k: int) -> int | None:
    """The heading of the summary box whose block of points ends at line
    `k` ("Summary" / "Red warning for wind extended to 6pm" / …), or None."""
    block = _block_up_to(paras, k)
    head = min(block) - 1
    if len(block) > SUMMARY_BOX_MAX_POINTS or head < 0 or any(classes[i] not in (SHORT, NEAR) for i in block):
        return None
    return head if summary_heading(paras[head].plain) else None


def _facts_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k` when it is a box of facts,
    keys over their values (tail.keyed_block_end), with its heading when a
    short line in a block of its own is right over it (the film's title);
    else none."""
    first = min(_block_up_to(paras, k))
    if keyed_block_end(paras, classes, first, k + 1) != k + 1:
        return set()
    if first > 0 and classes[first - 1] == SHORT and _block_up_to(paras, first - 1) == [first - 1]:
        first -= 1
    return set(range(first, k + 1))


# Under a header block's byline, at most this many of the page's counters.
HEADER_WIDGETS_MAX = 2
_WIDGET_WORD = regex.compile(r"\p{L}{2,}")


def _header_widget(text: str) -> bool:
    """A count on a line of its own, a word at most beside it: "12 345",
    "4 мин.", "5 min"; not a date ("Nov 03 2012")."""
    text = text.strip()
    return (len(text) <= 16 and any(ch.isdigit() for ch in text) and len(_WIDGET_WORD.findall(text)) <= 1
            and not _credit_line(text))


def _header_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k`, right over the article,
    when it is the article's header printed as a block of its own (or as
    the block's lines under its last known boilerplate line, a menu's): a
    few short lines, the last a dateline or a byline,
    one headline-sized ("Bibliothek der Dinge: Ab sofort auch ..." over
    "26.01.2024"), and under it may be one sentence of prose, the
    standfirst. A menu written as a block has neither; a block going on
    below its dateline holds more than the header (a video's player, an
    advertisement)."""
    # (In a block that holds the page's menu too, from its last known line
    # down: "Поиск", "Войти" over the kicker and the headline.)
    whole = list(takewhile(lambda i: classes[i] != BAD, _block_up_to(paras, k)))
    # The page's counters may close it, under the byline ("4 мин.", "12
    # 345": a reading time, a count of readers), and the lead photo's
    # credit and caption ("Фото: Дмитрий Рябцев" over "Артём Гладышев
    # (справа) …"): the counters are no header line, the photo is.
    widgets = 0
    while widgets < min(HEADER_WIDGETS_MAX, len(whole)) and _header_widget(paras[whole[widgets]].plain):
        widgets += 1
    figure = next((n + 1 for n in range(min(2, len(whole))) if _photo_credit(paras[whole[n]].plain)), 0)
    block = whole[max(widgets, figure):]
    if not block or len(block) > HEADER_BLOCK_MAX_LINES:
        return set()
    texts = [paras[i].plain for i in block]
    dated = [_credit_line(t) for t in texts]
    # A headline: no sentence, however long (a Japanese one weighs as prose).
    headlines = [
        i for i, t, is_dated in zip(block, texts, dated)
        if (classes[i] == SHORT or not _ends_sentence(t)) and not is_dated and len(words(t)) >= TAIL_HEADLINE_MIN_WORDS
        and not _SEGMENT_SEP.search(t) and not _BREADCRUMB_SEP.search(t)  # not "« Older | Main | Newer »"
    ]
    standfirsts = [i for i in block if classes[i] in (GOOD, NEAR) and i not in headlines]
    # (The last line a byline or a dateline; or a name under a dateline:
    # "2024年9月18日 17時32分" over "防災担当・小松原 遥"; or under the
    # headline whose dateline is over it.)
    signed = dated[0] or (_bare_name(texts[0]) and any(dated[1:]))
    if not signed or not headlines or len(standfirsts) > 1 or (standfirsts and min(headlines) > standfirsts[0]):
        return set()
    return set(whole[widgets:])


# A band of other stories' headlines over the article: a block of this many
# headlines at least, most of which the rules took for the page's.
BAND_MIN_LINES = 3
# A menu bar's separators: "Reviews ▪ Books ▪ Videos" is no headline.
_BAR_MARKS = regex.compile(r"\s[|·•▪►»]\s")


def band_leftovers(paras: list[Paragraph], classes: list[str], top: int) -> list[int]:
    """Kept lines of a band of headlines written as one block above line
    `top` (the article's header): every line of the block a headline
    (TAIL_HEADLINE_MIN_WORDS words or more, no byline, no date, no menu
    bar) and more than half of them dropped already. The one that names the
    article's town stayed as on topic ("Zawisza Zawierzyce wygrywa w Ostrowie")."""
    found: list[int] = []
    k = top - 1
    while k >= 0:
        block = _block_up_to(paras, k)
        k = block[-1] - 1
        if len(block) < BAND_MIN_LINES or any(classes[i] in (BAD, GOOD) for i in block):
            continue  # (a paragraph in the block: the article's headline and standfirst)
        texts = [paras[i].plain for i in block]
        if not all(len(words(t)) >= TAIL_HEADLINE_MIN_WORDS and not _credit_line(t) and not _BAR_MARKS.search(t)
                   for t in texts):
            continue  # (a menu bar among them, "Reviews ▪ Books ▪ Videos": the site's header)
        if 2 * sum(not paras[i].kept for i in block) > len(block):
            found.extend(i for i in block if paras[i].kept)
    return found


# An image as text scrapers print it: Markdown's "![alt](address)", or the
# alternative text in brackets ("[photo-vendangeurs]", "[IMG]").
_IMAGE_LINE = regex.compile(r"!\[[^\]]*\]\([^)]*\)|\[[^\[\]]{1,60}\]")


def _small_short_block(paras: list[Paragraph], classes: list[str], k: int) -> list[int]:
    """The lines of line `k`'s block from `k` upwards when they are a few
    short lines (CREDITS_BLOCK_MAX_LINES at most); else none."""
    block = _block_up_to(paras, k)
    if len(block) > CREDITS_BLOCK_MAX_LINES or any(classes[i] != SHORT for i in block):
        return []
    return block


def _figure_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k` when it is the lead photo:
    an image line, or its gallery's slide counter ("1 / 12"), and its
    caption and credit under it."""
    block = _small_short_block(paras, classes, k)
    if not block:
        return set()
    first = paras[block[-1]]  # (the list runs upwards)
    if (_IMAGE_LINE.fullmatch(first.text.strip()) is None and LYNX_IMAGE.match(first.plain.strip()) is None
            and not (len(block) > 1 and slide_counter(first.plain))):
        return set()  # neither a Markdown image, lynx's "[IMG]" nor a counter with its caption after it
    return set(block)


# "Read 3,128 times": the word after the count.
_TIMES = (r"(?:times|puta|krát|razy|раза|раз|разів|kez|fois|veces|volte|vezes|keer|mal|gånger|ganger|kertaa|пъти|пута"
          r"|gange|ori|φορές)")
# How often the article was read, printed with its date: "1245 просмотров",
# "3.2K views", "Aufrufe: 812", "阅读 1.2万".
_VIEW_COUNT = regex.compile(
    r"^\W{0,2}(?:\d[\d\s.,]*[KkMm万]?\s*(?:_MULT\.?\s)?\p{L}+"
    r"|\p{L}+[:：]?\s*\d[\d\s.,]*[KkMm万]?(?:\s+_TIMES)?)\W{0,2}$"
    # A count in thousands or millions written as a word: "3,2 тыс. просмотров", "3.2 ألف مشاهدة".
    .replace("_MULT", r"(?:тыс|млн|ألف|آلاف|مليون|tys|mln|mil|Tsd|Mio|bin|ribu|rb|hezar)")
    # "Pročitano: 3.128 puta", "Read 3,128 times".
    .replace("_TIMES", "(?i:" + _TIMES + ")")
)
_TIMES_WORD = regex.compile(rf"(?i)^{_TIMES}$")
# "Bu haber 1.254 kez okundu", "This post was viewed 1,307 times. 1,307":
# a few words, the count before its "times", a few words, maybe the count again.
_TIMES_SENTENCE = regex.compile(
    rf"(?i)^(?P<words>(?:\p{{L}}+\s+){{0,5}})\d[\d.,\s]*\s*{_TIMES}(?P<after>(?:\s+\p{{L}}+){{0,2}})[\s.!]*(?:\d[\d.,]*)?$"
)
TIMES_SENTENCE_MAX_CHARS = 80
_VIEW_WORDS = regex.compile(
    r"(?i)^(?:views?|reads?|aufrufe|gelesen|vues|lectures|visualizaciones|lecturas|visualizzazioni|letture"
    r"|visualizações|leituras|weergaven|keer gelezen|wyświetle\p{L}*|odsłon\p{L}*|zobrazení|přečteno|pročitano"
    r"|megtekintés|прегледи|прегледа|pregleda"
    r"|görüntülenme|okunma|vizualizări|просмотр\p{L}*|прочитан\p{L}*|перегляд\p{L}*|προβολές|visninger|visningar"
    r"|katselukerrat|مشاهدة|مشاهدات|بازدید|צפיות|阅读量?|浏览量?|点击量|閱讀|瀏覽|閲覧数?|조회수?)$"
)
# A count of comments, likes or bookmarks beside it, in a script without
# spaces: "评论：86", "收藏 3,287", "좋아요 41".
_COMMENT_WORDS = regex.compile(r"^(?:评论|評論|留言|コメント|댓글|收藏|点赞|點讚|赞|讚|转发|轉發|いいね|좋아요|공감)$")
VIEW_COUNT_MAX_CHARS = 40  # (told first: most lines are longer)
_COUNT_PART = regex.compile(r"\d[\d\s.,]*(?:[KkMm万](?!\p{L}))?|[:：()\[\]]")
# The counts' parts: "1 846 megtekintés · 12 hozzászólás", lynx's "阅读量：12.3万  评论：86".
_COUNT_SEP = regex.compile(r"\s[|·•]\s|\s{2,}")


# A reader rating's widget: a score, its stars maybe, and the count of
# votes in brackets ("Рейтинг рецепта: 4,8 (312 оценок)", "★★★★★ 4,7 (312
# glasov)", "4.5/5 (1,203 ratings)", "(1.248 lượt đánh giá)"), maybe after
# its buttons ("1 2 3 4 5 Средна оценка от читателите: 4,2 (37 гласа)").
_RATING = regex.compile(
    r"^(?:1 2 3 4 5(?: 6 7 8 9 10)?\s)?[^\d()]{0,40}?\d[.,]\d(?:\s*/\s*(?:5|10))?\s*"
    r"\(\d[\d\s.,]*\s*\p{L}+(?:\s\p{L}+){0,2}\)$")


# An eye sign for the word: "👁 2 341".
_EYE_COUNT = regex.compile(r"\U0001f441\ufe0f?\s*\d[\d\s.,]*[KkMm万]?")


def rating_widget(text: str) -> bool:
    return len(text) <= VIEW_COUNT_MAX_CHARS + 20 and _RATING.match(text.strip()) is not None


# A rating widget's buttons before a vote: empty stars alone on their line
# ("☆ ☆ ☆ ☆ ☆"); a review's own score fills some ("★★★★☆").
_EMPTY_STARS = regex.compile(r"[☆✩](?:\s*[☆✩]){2,9}")


def rating_buttons(text: str) -> bool:
    # (Most lines hold no star: told in C, before any strip.)
    return (("☆" in text or "✩" in text) and len(text) <= 2 * VIEW_COUNT_MAX_CHARS
            and _EMPTY_STARS.fullmatch(text.strip()) is not None)


def rating_prompt(text: str) -> bool:
    """A short line that leads into what is under it ("Você fez esta
    receita? Avalie:"): over a rating widget's buttons, its prompt."""
    text = text.strip()
    return len(text) <= VIEW_COUNT_MAX_CHARS + 20 and text.endswith((":", "："))


def _view_count(text: str) -> bool:
    """A count of the article's readers on a line of its own, or with a
    count of its comments ("1 846 megtekintés · 12 hozzászólás", "阅读 12.6万 |
    收藏 3,287")."""
    text = text.strip()
    if _times_read(text) or _times_read_and_comments(text):
        return True
    if len(text) > VIEW_COUNT_MAX_CHARS:
        return False
    parts = _COUNT_SEP.split(text)
    views = [_counted(t, _VIEW_WORDS) or _EYE_COUNT.fullmatch(t) is not None for t in parts]
    return any(views) and all(v or comment_count(t) or _counted(t, _COMMENT_WORDS) for t, v in zip(parts, views))


def _times_read_and_comments(text: str) -> bool:
    """The same sentence and a count of comments after it, no separator
    between: "Прочетена 18 437 пъти Коментари (64)"."""
    if not text.endswith(")") or len(text) > TIMES_SENTENCE_MAX_CHARS:
        return False  # (most lines, told at once)
    words = text.split()
    return any(_comments_counted(" ".join(words[k:])) and _times_read(" ".join(words[:k]))
               for k in range(2, len(words)))


def _comments_counted(text: str) -> bool:
    """ "12 hozzászólás", "Коментари (64)": a count of comments, all the line."""
    return comment_count(text) or (_DIGIT_RUNS.search(text) is not None and Lexicon.load().label(text) == "comments")


@lru_cache(maxsize=1)
def _read_count_words() -> dict[str, frozenset[str]]:
    return data_sections("read_counts.txt")


def _times_read(text: str) -> bool:
    """A sentence that counts the article's readers: "This post was viewed
    1,307 times", "Diese Seite wurde bisher 2.385 mal abgerufen."."""
    if len(text) > TIMES_SENTENCE_MAX_CHARS or _DIGIT_RUNS.search(text) is None:
        return False  # (most lines, told in C)
    if (m := _TIMES_SENTENCE.match(text)) is None:
        return False
    before, after = m.group("words").casefold().split(), m.group("after").casefold().split()
    vocab = _read_count_words()
    # It opens with the page, a demonstrative, its verb or the count: "The
    # video was viewed 300,000 times." is the article's sentence.
    if before and before[0] not in vocab["openers"] and before[0] not in vocab["verbs"]:
        return False
    return any(w in vocab["verbs"] for w in before + after)


def _counted(text: str, nouns: regex.Pattern[str]) -> bool:
    """A count of what `nouns` names: "1245 просмотров", "Aufrufe: 812"."""
    m = _VIEW_COUNT.match(text.strip())
    if m is None:
        return False
    # (The count's "K" or "万" goes, not a "k" inside the word: "megtekintés".)
    word = _COUNT_PART.sub(" ", m.group(0)).split()
    if len(word) > 1 and _TIMES_WORD.match(word[-1]):
        word.pop()  # "Pročitano: 3.128 puta": the noun is before the count
    return bool(word) and nouns.match(word[-1]) is not None  # (past a multiplier: "тыс. просмотров")


def _credits_block(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The lines of the block ending at line `k` when every one is a byline
    or a dateline ("Anna Ershova" over "14 May 2025, 09:42"), or how often
    the article was read ("1245 просмотров"): the article's credits printed
    as a block of their own."""
    block = _small_short_block(paras, classes, k)
    texts = [paras[i].plain for i in block]
    if not texts or not all(_credit_line(t) or _cased_name(t) or _view_count(t) for t in texts) or not any(
            _credit_line(t) for t in texts):
        return set()
    return set(block)


def _from_markdown_headline(
    paras: list[Paragraph], feats: list[Features], classes: list[str], span: tuple[int, int]
) -> tuple[int, int]:
    """The core from the article's Markdown headline ("# Headline") on. A
    page written in Markdown marks its headline: prose over it that fell
    into the core is the page's (a consent banner, a membership pitch), not
    the article's; and when the most prose starts below it (a recipe's
    steps under its fields and ingredients), the core starts at the first
    prose under it (the header rules read the headline and what is over
    it), unless the lines between open the rest of the page (a related
    list, a newsletter box) or are mostly links."""
    start, end = span
    # (The text as written: the rules' plain text has no heading marks. One
    # such line in the text, a headline's: "#" also marks a list's steps
    # and a code sample's comments.)
    h1s = [k for k in _markdown_titles(paras) if _MARKDOWN_H1.match(paras[k].text)]
    if len(h1s) != 1:
        return span
    h = h1s[0]
    if start < h < (start + end) / 2:
        first = next((k for k in range(h + 1, end + 1) if classes[k] in (GOOD, NEAR)), None)
        return (first, end) if first is not None else span
    if h < start <= h + MARKDOWN_HEADLINE_REACH:
        between = range(h + 1, start)
        opens_page = any(classes[k] == BAD and feats[k].category in _PAGE_SECTIONS for k in between)
        links = sum(1 for k in between if "](" in paras[k].text)
        # (No prose between: a standfirst and a fact box in short lines,
        # "Sečteno 100 % okrsků." over a results table; the core starts
        # right under the headline.)
        first = next((k for k in between if classes[k] in (GOOD, NEAR)), h + 1)
        if not opens_page and links * 2 <= len(between):
            return first, end  # (from its prose on: the header rules read what is over it)
    return span


# How far over the most prose the article's Markdown headline may be.
MARKDOWN_HEADLINE_REACH = 40
# Known lines that, under a headline, open the rest of the page rather than
# sit in the article's header (a share bar, an advertisement's label, a
# gallery's pager do).
_PAGE_SECTIONS = frozenset({"related", "footer", "newsletter", "subscribe", "signin", "app", "follow", "comments"})


_MARKDOWN_H1 = regex.compile(r"#\s+\p{L}[^.!?]*$")


# How far up from the article a list it introduces may reach.
LIST_OVER_MAX_LINES = 40


_ADVERT = "B109"  # an advertisement's label, or its copy under it


def _results_over_header(paras: list[Paragraph], first: int, bottom: int) -> bool:
    """Under a label that ends in a colon, other matches' results and then
    other lines (a kicker, the headline): a results widget over the
    article's header ("Včera:" / "Zvolen 2:1 Poprad" / …), not a list of the
    article's over its prose. (A round-up's own results may open it, under
    "Results:", with nothing else between them and its prose.)"""
    scores = sum(1 for p in paras[first:bottom] if result_line(p.plain))
    return scores >= RESULT_TABLE_MIN and scores < bottom - first


def _lists_over(paras: list[Paragraph], feats: list[Features], classes: list[str], start: int) -> set[int]:
    """Lists right over the article's prose that a line ending in a colon
    introduces ("Ingredients:", "For the drizzle:"), a list's name
    ("Zutaten") or a summary's ("Özet", over statements: _points): from
    that line down to the prose, two or more items with
    words, short lines only, nothing known as boilerplate between but lines
    inserted in articles (an advertisement, a share button: "Add the
    ingredients to my shopping list"); and the recipe's facts right over
    them ("Vorbereitung: 20 Minuten", "Für 4 Personen")."""
    found: set[int] = set()
    k = start - 1
    bottom = start
    # (A summary's heading known as a related label, "Öne çıkanlar", is a
    # short line by now: summary_box_heads.)
    while k >= max(0, start - LIST_OVER_MAX_LINES) and (
            classes[k] == SHORT or _insert(classes[k], feats[k]) or paras[k].decision.code == _ADVERT):
        if classes[k] == BAD and feats[k].category == "consent":
            break  # a page's consent banner, over the article: no list of the article's goes on over it
        if classes[k] == BAD:
            k -= 1
            continue
        if ((_list_heading(paras[k].plain) and sum(1 for p in paras[k + 1 : bottom] if _LETTER.search(p.plain)) >= 2
             and not _results_over_header(paras, k + 1, bottom))
                or (summary_heading(paras[k].plain) and _points(paras, k + 1, bottom))):
            found.update(range(k, bottom))
            bottom = k
        k -= 1
    if found:
        # A recipe's facts right over its lists: "Préparation : 15 min",
        # "Pour 4 personnes", "Difficulté : facile".
        k = min(found) - 1
        while k >= 0 and _fact_over(paras, classes, found, k):
            found.add(k)
            k -= 1
        # ... or written as a table ("| Zubereitung | Backzeit |" over "| 25 Min. | 45 Min. |").
        table = next((t for t in range(max(0, k - FACTS_TABLE_MAX_LINES), k + 1)
                      if _table_below(paras, t, k + 1) == k + 1 and all(c == SHORT for c in classes[t : k + 1])), None)
        if table is not None:
            found.update(range(table, k + 1))
    return found


# A recipe's facts written as a table, over its lists: its head, rule and rows.
FACTS_TABLE_MAX_LINES = 6
FACT_LABEL_MAX_CHARS = 20
_LABEL_NOT = regex.compile(r"[\d:：]")  # a figure, or a key with its value ("作者：…")
_FIGURE_WITH_UNIT = regex.compile(r"\d\s?\p{L}")  # "20分", "25 Min.", "318kcal" (not a post's "# 1")


def _fact_over(paras: list[Paragraph], classes: list[str], found: set[int], k: int) -> bool:
    """Line `k`, a short line over the lines `found` (the lists and the
    facts under it), is a recipe's fact: a fact, a fact's label over its
    figure ("調理時間" over "20分"), or one line between two facts (the
    finished dish's photo: its caption over its credit, "撮影：…")."""
    if classes[k] != SHORT:
        return False
    text = paras[k].plain
    if _over_fact(text):
        return True
    if k + 1 not in found:
        return False
    return _fact_label(text, paras[k + 1].plain) or (
        k >= 1 and not _ends_sentence(text) and classes[k - 1] == SHORT and _over_fact(paras[k - 1].plain))


def _over_fact(text: str) -> bool:
    """A recipe's fact over its lists; in Chinese and Japanese also a key with
    its value after a wide colon ("撮影：川端ゆう"), but not a byline ("作者：…")."""
    return _recipe_fact(text) or (
        len(text) <= FACT_LABEL_MAX_CHARS and _CJK_KEY_VALUE.match(text) is not None and not _credit_line(text))


def _fact_label(text: str, below: str) -> bool:
    """A fact's name on the line over its figure and unit: "Cooking time" over "20 min"."""
    return (len(text.split()) <= 2 and len(text) <= FACT_LABEL_MAX_CHARS and not _LABEL_NOT.search(text)
            and not _ends_sentence(text) and _FIGURE_WITH_UNIT.search(below) is not None and _recipe_fact(below))


def _past_summary_box(paras: list[Paragraph], classes: list[str], k: int) -> int:
    """From line `k` up, past a summary's box ("Summary" over its points)
    right over the article: the line over the box, or `k`."""
    j = k
    while j >= max(0, k - LIST_OVER_MAX_LINES) and classes[j] in (SHORT, NEAR) and not summary_heading(paras[j].plain):
        j -= 1
    if 0 <= j < k and classes[j] != GOOD and summary_heading(paras[j].plain) and _points(paras, j + 1, k + 1):
        return j - 1
    if (j == k and classes[k] != GOOD and summary_heading(paras[k].plain)
            and _points(paras, k + 1, block_end(paras, k + 1))):
        return k - 1  # the article was found to open with the box's points ("ملخص الخبر" / three points)
    return k


# A summary's box opens the article: under its headline or its standfirst.
SUMMARY_BOX_MAX_PROSE_OVER = 1


def summary_box_heads(paras: list[Paragraph], classes: list[str], start: int, end: int) -> list[int]:
    """Known headings of a summary's box ("Главное", "Öne çıkanlar") over
    two or more points, right over the article's prose or at the top of
    it, under one paragraph at most (the standfirst): the article's,
    however known as a list of other stories' heading."""
    found: list[int] = []
    k = start - 1
    while k >= max(0, start - LIST_OVER_MAX_LINES) and classes[k] == SHORT:
        k -= 1
    if k >= 0 and classes[k] == BAD and summary_heading(paras[k].plain) and _points(paras, k + 1, start):
        found.append(k)  # over the points, and the points over the prose
    prose_over = 0
    for k in range(start, end):
        if classes[k] in (GOOD, NEAR):
            prose_over += 1
            if prose_over > SUMMARY_BOX_MAX_PROSE_OVER:
                break
        elif classes[k] == BAD and summary_heading(paras[k].plain):
            stop = k + 1
            while stop <= end and classes[stop] == SHORT:
                stop += 1
            if _points(paras, k + 1, stop):
                found.append(k)
    return found


# A summary's point is a statement: most of them have a few words (a
# caption or a picture may stand among them). A menu's items have one or two.
SUMMARY_POINT_MIN_WORDS = 3
SUMMARY_POINTS_WORDED_SHARE = 2 / 3


def _points(paras: list[Paragraph], first: int, stop: int) -> bool:
    """Two or more points, most of them statements, none of them a heading
    printed again below (a live blog's key events: links to its entries)."""
    if stop - first < 2:
        return False
    worded = sum(1 for p in paras[first:stop] if word_count(words(p.plain)) >= SUMMARY_POINT_MIN_WORDS)
    if worded < 2 or worded < SUMMARY_POINTS_WORDED_SHARE * (stop - first):
        return False
    points = {normalize_label(p.plain) for p in paras[first:stop]}
    return all(normalize_label(p.plain) not in points for p in paras[stop:])


RECIPE_FACT_MAX_WORDS = 5
# A rating widget's count of votes: "★★★★☆ 4,6 (318 Bewertungen)", "Valutazione 4,6 (212 voti)".
_VOTES = regex.compile(r"[★☆]|\(\s*\d[\d.,]*\s+\p{L}+\s*\)\s*$")


def _recipe_fact(text: str) -> bool:
    """A fact of a few words: a key and its value, or a figure ("Pour 4
    personnes"); not the page's rating of the recipe."""
    return (len(text.split()) <= RECIPE_FACT_MAX_WORDS and _VOTES.search(text) is None
            and (_KEY_VALUE.match(text) is not None or any(ch.isdigit() for ch in text)))


LIST_HEADING_MAX_WORDS = 4
# What a list's name may say after it in brackets: how many it serves.
_SERVINGS = regex.compile(r"\s*[(（【\[][^()（）【】\[\]]{1,30}[)）】\]]\s*$")


def _list_heading(text: str) -> bool:
    """"Ingredients:", "For the drizzle:", "Zutaten:": a few words and a
    colon, not a section's heading in title case ("Latest Pics Photos:");
    or a list's name without it ("Zutaten", lexicon/list_heads.txt)."""
    text = text.rstrip()
    if not text.endswith(":"):
        # "Zutaten", "Malzemeler", and with the servings: "材料（2人分）", "Ingredients (serves 4)"
        heads = label_set("list_heads.txt")
        return normalize_label(text) in heads or normalize_label(_SERVINGS.sub("", text)) in heads
    ws = text[:-1].split()
    capitalised = sum(w[:1].isupper() for w in ws)
    return 0 < len(ws) <= LIST_HEADING_MAX_WORDS and (len(ws) == 1 or capitalised * 2 <= len(ws))


def _credits_over(paras: list[Paragraph], feats: list[Features], classes: list[str], start: int) -> set[int]:
    """The byline and dateline lines right over the line `start`, past known
    boilerplate between them (a share bar): "di Marco Bianchi", "12 marzo
    2025", "Madrid - 12 mar 2025 - 13:45 CET"."""
    found: set[int] = set()
    k = _past_summary_box(paras, classes, start - 1)
    # Twice: a live blog's first time stamp may stand between the share bar
    # and the prose, with the byline and the date over the share bar.
    for _ in range(2):
        below = k
        k = _past_inserts(paras, feats, classes, k)
        if (k == start - 1 and k >= 1 and classes[k] == SHORT and not _credit_line(paras[k].plain)
                and (_insert(classes[k - 1], feats[k - 1])
                     or (classes[k - 1] == BAD and is_player_control(paras[k - 1].plain)))):
            # A caption without a credit, a kicker, or a player's length ("Listen
            # to this article" / "4 min") between the share bar and the article.
            k = _past_inserts(paras, feats, classes, k - 1)
        elif (k == start - 1 and k >= 2 and classes[k] == SHORT and classes[k - 1] == SHORT
              and clock_line(paras[k - 1].plain)):
            # A live blog's first entry, its time and its heading, between the
            # key events and the prose: "16:58" / "Bewdley residents told to leave …".
            k = _past_inserts(paras, feats, classes, k - 2)
        # A bare name is a byline over a share bar or a photo; right over
        # the article it is as likely the headline ("Chef Rant").
        top = _above_credits(paras, classes, k, names=k < below)
        if top == k:
            break
        found.update(range(top + 1, k + 1))
        k = top
    # ... and the headline right over the byline and dateline: the page's
    # first line, or the first under known boilerplate (a menu, a banner).
    h = min(found, default=0) - 1
    if h < 0:
        return found
    # A Markdown title ("# Headline") is the headline, whatever its shape,
    # and the lines under it the standfirst and a byline.
    for k in range(h, max(-1, h - 1 - MARKDOWN_TITLE_REACH), -1):
        if classes[k] == BAD:
            break
        if _MARKDOWN_TITLE.match(paras[k].text):
            found.update(range(k, h + 1))
            return found
    if not _headline_line(paras, classes, h):
        return found
    # (A headline may have its subtitle under it, in its block; both open
    # as a headline does, not in lower case as a widget's labels do.)
    subtitled = (h >= 1 and paras[h - 1].block == paras[h].block and _headline_line(paras, classes, h - 1)
                 and not any(paras[k].plain[:1].islower() for k in (h - 1, h)))
    top = h - 1 if subtitled else h
    # The page's first line, the first under known boilerplate (a menu, a
    # banner) or a breadcrumb, or a block of its own over the credits.
    own_block = top > 0 and paras[top - 1].block != paras[top].block and paras[h + 1].block != paras[h].block
    if top == 0 or _header_boundary(paras, classes, top - 1) or own_block:
        found.update(range(top, h + 1))
    elif _kicker(paras, classes, top - 1) and (top == 1 or _header_boundary(paras, classes, top - 2)):
        found.update(range(top, h + 1))  # (the kicker over it, "深度", "Analysis", is neither's)
    return found


def _header_boundary(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """Known boilerplate or a breadcrumb: what a headline may stand under."""
    return classes[k] == BAD or _is_breadcrumb(paras[k].plain)


# A kicker over a headline: a section's name or a label, a word or two.
KICKER_MAX_WORDS = 2


def _kicker(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    text = paras[k].plain
    return classes[k] == SHORT and len(words(text)) <= KICKER_MAX_WORDS and not _DIGIT_RUNS.search(text)


# Any level-one Markdown heading, as the text writes it ("# …"; _MARKDOWN_H1
# above asks for no sentence mark in it, "1.300 famílias" has one).
_MARKDOWN_TITLE = regex.compile(r"#\s")
# Lines between a Markdown title and the credits under it: standfirst, byline.
MARKDOWN_TITLE_REACH = 3


def _markdown_titles(paras: list[Paragraph]) -> list[int]:
    """The lines the text writes as a level-one Markdown heading ("# …")."""
    return [k for k, p in enumerate(paras) if p.text.startswith("#") and _MARKDOWN_TITLE.match(p.text)]


def markdown_title_over(paras: list[Paragraph], start: int) -> int | None:
    """The text's one Markdown title ("# Headline", four words or more: not a
    site's name), when it is over the article's prose at `start`."""
    titles = _markdown_titles(paras)
    if len(titles) != 1 or titles[0] >= start or len(words(paras[titles[0]].plain)) < TAIL_HEADLINE_MIN_WORDS:
        return None
    return titles[0]


def _headline_line(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """A headline's line: short, or a question ("…为何仍吃不饱？")."""
    return ((classes[k] == SHORT or (classes[k] == NEAR and _question(paras[k].plain)))
            and _headline_over_deck(paras[k].plain, classes[k]) and not _SEGMENT_SEP.search(paras[k].plain))


# Between a deck and the article: its byline and dateline (a few short
# lines: share labels the lexicon does not know, a caption) and known
# boilerplate (a share bar, however long).
DECK_SHORT_MAX = 4
DECK_BAD_MAX = 12
DECK_HEADLINE_MIN_WORDS = 4
DECK_HEADLINE_MAX_WORDS = 24
DECK_MIN_WORDS = 8
DECK_UNPUNCTUATED_MIN_WORDS = 16
DECK_FIRST_SENTENCE_MIN_WORDS = 6
_FIRST_SENTENCE = regex.compile(r"[^.!?]+[.!?](?=\s+\p{Lu})")
_PAGER_MARKS = regex.compile(r"[«»‹›]")


def pager_link(text: str) -> bool:
    """A pager's link back to the previous post ("« Predicting river flows
    …"): an arrow at its start and none facing it (not a quote in
    guillemets, "« On ne saura qu'en mai »"). (An arrow at a line's end
    may close a dateline's link: "Published on November 7th, 2012 Read
    the 8 comments »".)"""
    t = text.strip()
    return t[:1] in ("«", "‹") and not any(c in t for c in "»›")


def _deck_over_credits(paras: list[Paragraph], classes: list[str], start: int) -> int | None:
    """The standfirst (deck) between the headline and the byline over the
    article: a paragraph (or a long line with few stopwords: _credits_gap)
    with a short line (the headline) right above it and only short lines
    and known boilerplate below it, a byline or a dateline among them. It
    words the story in its own way, so it need not share the article's
    vocabulary."""
    gap = _credits_gap(paras, classes, start - 1, -1)
    if gap is None:
        return None
    k, credited = gap
    if not credited or k < 1 or classes[k] == BAD or not _headline_over_deck(paras[k - 1].plain, classes[k - 1]):
        return None
    return k if _deck_like(paras[k]) else None


def deck_under_headline(paras: list[Paragraph], classes: list[str], h: int, start: int) -> int | None:
    """The standfirst right under the headline `h`, its byline or dateline
    under it and known boilerplate (a share bar) under those: the article's
    head, however much stands between it and the article's prose (a live
    blog's key events and buttons). Its index, or None."""
    k = h + 1
    if k >= start or classes[k] == BAD or not _deck_like(paras[k]):
        return None
    j = k + 1
    while j < start and classes[j] == SHORT and (_credit_line(paras[j].plain) or name_over_dateline(paras, j)):
        j += 1
    return k if k + 1 < j < start and classes[j] == BAD else None


def _credits_gap(paras: list[Paragraph], classes: list[str], k: int, step: int) -> tuple[int, bool] | None:
    """From line `k` on, by `step` (-1 up, 1 down), past short lines and known
    boilerplate: the first other line (-1 or len(paras) at an end) and whether
    a byline or a dateline was among them. None when the gap is more than a
    deck's byline, dateline and share bar."""
    credited = False
    n_short = n_bad = 0
    while 0 <= k < len(classes):
        past = _past_photo(paras, classes, k, step)
        if past != k:
            k = past
            continue
        if classes[k] != BAD and not paras[k].kept:
            k += step  # dropped already, its class left: a table of contents' entry, a picture
            continue
        if step < 0 and classes[k] in (SHORT, NEAR) and (box := _summary_box_head(paras, classes, k)) is not None:
            k = box - 1  # a live blog's summary under its byline: the summary rules judge it
            continue
        if step < 0 and classes[k] == SHORT and (facts := _facts_block(paras, classes, k)):
            k = min(facts) - 1  # a review's facts between its byline and its first paragraph
            continue
        if classes[k] not in (SHORT, BAD):
            break
        if (step < 0 and classes[k] == SHORT and not _credit_line(paras[k].plain) and _deck_like(paras[k])
                and k >= 1 and _headline_over_deck(paras[k - 1].plain, classes[k - 1])):
            # Over the credits, under the headline, a standfirst of many words
            # but few stopwords, or without its full stop. (Not a photo's
            # caption under the share bar: a sentence, but under no headline.)
            break
        if (classes[k] == SHORT and not _view_count(paras[k].plain) and not rating_widget(paras[k].plain)
                and not live_control(paras[k].plain)):
            n_short += 1
            credited = credited or _credit_line(paras[k].plain)
        else:
            # Known boilerplate, a count of readers ("2,340 مشاهدة"), a
            # live blog's button: the bar's widgets.
            n_bad += 1
        if n_short > DECK_SHORT_MAX or n_bad > DECK_BAD_MAX:
            return None
        k += step
    return k, credited


def _past_photo(paras: list[Paragraph], classes: list[str], k: int, step: int) -> int:
    """From line `k`, by `step`, past a photo's credit and the caption next
    to it (a sentence or a short line): the line after them, or `k` when
    no photo is there."""
    n = len(classes)
    if 0 <= k < n and classes[k] in (SHORT, NEAR) and _credited_caption(paras[k].plain):
        return k + step  # the caption and its credit on one line
    if step < 0:
        if not (0 <= k < n and classes[k] != GOOD and _photo_credit(paras[k].plain)):
            return k
        k -= 1
        if k >= 0 and classes[k] in (SHORT, NEAR) and not _credit_line(paras[k].plain):
            k -= 1  # its caption
        return k
    if 0 <= k < n and classes[k] != GOOD and _photo_credit(paras[k].plain):
        return k + 1
    if k + 1 < n and classes[k] in (SHORT, NEAR) and classes[k + 1] != GOOD and _photo_credit(paras[k + 1].plain):
        return k + 2
    return k


# A bar's buttons: share and follow. (What a page puts right under an
# article's share bar: other stories; inserts.py.)
_BAR_CATEGORIES = frozenset({"share", "follow"})
# A button of a bar no list knows ("Messagerie", "Share on Threadline").
BUTTON_MAX_WORDS = 3


def _known_button(line: Paragraph, f: Features, c: str) -> bool:
    return (c == BAD and f.category in _BAR_CATEGORIES) or is_player_control(line.plain)


def _unknown_button(paras: list[Paragraph], feats: list[Features], classes: list[str], k: int) -> bool:
    """A short line between two known share or follow buttons or a media
    player's controls, no credit and no name: one more button of their bar
    ("Urmărește video" between "WhatsApp" and "00:00 / 02:36")."""
    text = paras[k].plain
    return (classes[k] == SHORT and 0 < k < len(classes) - 1
            and all(_known_button(paras[j], feats[j], classes[j]) for j in (k - 1, k + 1))
            and word_count(words(text)) <= BUTTON_MAX_WORDS and not _credit_line(text) and not _bare_name(text))


# A reading time: a known navigation line of a few words with a number
# ("Temps de lecture : 2 min", "Lesezeit: 5 Min.").
READING_TIME_MAX_WORDS = 6


def _reading_time_or_comments(p: Paragraph, f: Features, c: str) -> bool:
    """A reading time, or a count of comments beside it ("Comentarios (37)",
    "Diskuse (57)"): the header's widgets, between byline and share bar."""
    return (c == BAD and f.category in ("nav", "comments") and f.label and any(ch.isdigit() for ch in p.plain)
            and len(p.plain.split()) <= READING_TIME_MAX_WORDS)


def _past_inserts(paras: list[Paragraph], feats: list[Features], classes: list[str], k: int) -> int:
    """From line `k` up, past known boilerplate (a share bar) and photos."""
    while k >= 0:
        past = _past_photo(paras, classes, k, -1)
        if past != k:
            k = past
        elif classes[k] == BAD or _IMAGE_LINE.fullmatch(paras[k].text.strip()) or LYNX_IMAGE.match(paras[k].plain):
            k -= 1  # (an image's line over its caption: "![Boats in the street](…)")
        elif (top := _wrapped_caption_top(paras, classes, k)) is not None:
            k = top - 1
        elif classes[k] == SHORT and _view_count(paras[k].plain):
            k -= 1  # "阅读量：3826", "2 834 прочитания": a counter beside the share bar
        elif (not paras[k].kept and "listed_under" in paras[k].decision.evidence) or (
                classes[k] == SHORT and live_control(paras[k].plain)):
            k -= 1  # a live blog's key events, dropped under their label already, and its buttons
        elif _unknown_button(paras, feats, classes, k):
            k -= 1
        else:
            break
    return k


# lynx wraps an image's caption over lines of its block, which need not
# read as wrapped prose: "[IMG] Miners gather outside the main gate of the
# mine in" / "Kessa province, March 12, 2025. MERIDIAN/Jonah Ekwueme".
CAPTION_MAX_LINES = 4


def _wrapped_caption_top(paras: list[Paragraph], classes: list[str], k: int) -> int | None:
    """The caption's first line ("[IMG] …") when line `k` is one of the
    lines it is wrapped over; else None."""
    j = k
    while j > 0 and k - j < CAPTION_MAX_LINES and paras[j - 1].block == paras[k].block and classes[j - 1] != GOOD:
        j -= 1
        if LYNX_IMAGE.match(paras[j].plain):
            return j
    return None


def _opens_with_deck(paras: list[Paragraph], classes: list[str], start: int) -> bool:
    """Does the article open with a deck: a headline over its first
    paragraph, and the byline or dateline under that paragraph before the
    rest of the prose?"""
    if start < 1 or not _headline_over_deck(paras[start - 1].plain, classes[start - 1]) or not _deck_like(paras[start]):
        return False
    gap = _credits_gap(paras, classes, start + 1, 1)
    if gap is None:
        return False
    k, credited = gap
    return credited and k < len(classes) and classes[k] in (GOOD, NEAR)


def _deck_like(line: Paragraph) -> bool:
    """Written as sentences, eight words or more, not cut short (a site's
    tagline, a teaser are not), not a Markdown title (the headline). Thai
    and its neighbours end a sentence with no mark at all."""
    if _MARKDOWN_TITLE.match(line.text):
        return False
    text = line.plain.rstrip()
    n = word_count(words(text))
    if n < DECK_MIN_WORDS or text.endswith(("...", "…")):
        return False
    if _ends_sentence(text) or unspaced_script(text[-1:]):
        return True
    if _SEGMENT_SEP.search(text) or _PAGER_MARKS.search(text):
        return False  # (a pager's links: "« Older post | Main | Newer post »")
    # Many sites print the standfirst without its full stop: a long one is
    # no tagline, nor one whose first sentence, of a headline's length,
    # ends inside it ("Od července dostanou lékaři i lékárny nové
    # povinnosti. Vysvětlujeme, co to znamená pro pacienty").
    if n >= DECK_UNPUNCTUATED_MIN_WORDS:
        return True
    first = _FIRST_SENTENCE.match(text)
    return first is not None and len(first[0].split()) >= DECK_FIRST_SENTENCE_MIN_WORDS


def _headline_over_deck(text: str, c: str) -> bool:
    """A headline: a short line, or a question ("Can it work?"), not a
    sentence; not a name of a few words (a site's or a sidebar box's, over
    its tagline: "The Tip Jar", "Send us a tip or suggestion."). A long
    headline reads as prose, but ends with no full stop ("Nurses on night
    shifts sleep an hour and a half less a day – and the gap does not
    close on days off")."""
    n = len(words(text))
    if n < DECK_HEADLINE_MIN_WORDS:
        return False
    if c == SHORT or (c == NEAR and _question(text)):
        return True
    return c in (GOOD, NEAR) and n <= DECK_HEADLINE_MAX_WORDS and not _ends_sentence(text) and "\n" not in text


def _above_credits(paras: list[Paragraph], classes: list[str], k: int, names: bool = False) -> int:
    """The first line from `k` up that is no byline or dateline; at most
    MAX_HEADER_LINES of those are passed. `names`: a bare name next to a
    dateline counts as a byline (over the article only: over a share bar,
    passing it would take the headline above it for the article's prose)."""
    top = k - MAX_HEADER_LINES
    while k > top and k >= 0 and classes[k] == SHORT and (
        _credit_line(paras[k].plain) or _role_in_byline(paras, classes, k)
        or (names and _name_by_date(paras, classes, k))
    ):
        k -= 1
    return k


def _name_by_date(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """A bare name right over or under a dateline: the author's byline; or
    the name and, under it, the author's role over the dateline
    ("Geneviève Tremblay-Lacasse" / "Chroniqueuse" / "Publié le …")."""
    def dated(j: int) -> bool:
        return 0 <= j < len(classes) and classes[j] == SHORT and _dated(paras[j].plain)

    def role(j: int) -> bool:
        return 0 <= j < len(classes) and classes[j] == SHORT and _ROLE_WORDS.fullmatch(paras[j].plain) is not None

    # (Or several names: "Tom Ashworth, Ellie Kaur and Marcus Webb"; or a
    # wire agency's: "ANP".)
    if _bare_name(paras[k].plain) or _cased_names(paras[k].plain) or agency_byline(paras[k].plain):
        return dated(k - 1) or dated(k + 1) or (role(k + 1) and dated(k + 2))
    return role(k) and k >= 1 and _bare_name(paras[k - 1].plain) and dated(k + 1)


def _role_in_byline(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """The author's role between a byline and a dateline ("By Harriet
    Colley" / "Local Democracy Reporter" / "06:12, 14 NOV 2025", or "3
    hours ago")."""
    return (1 <= k < len(classes) - 1 and classes[k] == SHORT and _ROLE_WORDS.fullmatch(paras[k].plain) is not None
            and classes[k - 1] == SHORT and _credits(paras[k - 1].plain)
            and classes[k + 1] == SHORT and _credit_line(paras[k + 1].plain))


# An author's role under the name: one to three words, no digits
# ("Chroniqueuse", "Local Democracy Reporter").
_ROLE_WORDS = regex.compile(r"\s*\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}\s*")
