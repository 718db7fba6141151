"""Inside the article's core: what a page or its editor put between the
article's paragraphs.

Inserted lines (consent banners, advertisement labels, share bars) with
prose on both sides, inline lists of teasers and sign-up forms, another
story's headline under a related label or a share bar, an about box's
blurb, and the site's slogan at the top of the article (slogans.py).
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from .comments import post_counter
from .config import Config
from .core import long_section_opens, next_section_opens, paragraph_then_table, section_opens
from .credits import _credit_line
from .document import Paragraph
from .header import _BAR_CATEGORIES, MAX_HEADER_LINES, _above_credits
from .lexicon import label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import Features, _insert, _question
from .markup import article_subheading
from .readmore import opens_with_read_on, read_more_teaser
from .slogans import is_site_slogan
from .steps import next_numbered_heading, outline_opens
from .tail import TAIL_HEADLINE_MIN_WORDS, _LIST_MARKER, _headline_sized, _key_value, _reads_as_own_list
from .text import content_stems, words
from .text import ends_sentence as _ends_sentence
from .topic import _core_overlap


# Under a "Related stories" heading inside the article, a list of this
# many headlines or more, then the article goes on: other stories' teasers.
# (One line under such a heading may be the article's subheading.)
INLINE_TEASERS_MIN = 2
INLINE_TEASERS_MAX = 8


def _inline_teasers(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int, lang: str | None
) -> list[tuple[int, int, int]]:
    """(line, heading, resume) for the headlines listed under a known
    related-stories heading inside the core, up to the prose that follows
    them (at `resume`). A list written as one block ends with its block: a
    subheading may follow."""
    found: list[tuple[int, int, int]] = []
    for h in range(start, end):
        f = feats[h]
        if not (classes[h] == BAD and f.label and f.category == "related"):
            continue
        block = paras[h + 1].block
        one_block = h + 2 <= end and paras[h + 2].block == block
        j = h + 1
        # (Headlines end in no full stop, but one may be a question, long
        # enough to read as prose: "Will the new timetable work for the
        # villages on the coast road?")
        while (j <= end and (classes[j] == SHORT or _question_headline(paras, classes, start, h, j, end, lang))
               and feats[j].n_words >= 2
               and (not feats[j].sentence_end or _question(paras[j].plain))
               and not article_subheading(paras, start, h, j)
               and not next_numbered_heading(paras, classes, start, h, j)):
            if (one_block and paras[j].block != block) or j - h > INLINE_TEASERS_MAX:
                break  # (a longer list is no inline teaser block: no need to read on)
            j += 1
        listed = j - h - 1
        # (One headline is a box's too when the article's next numbered
        # section opens under it: "あわせて読みたい" / a headline / "③ 芯で…".)
        numbered = j <= end and next_numbered_heading(paras, classes, start, h, j)
        goes_on = j <= end and (classes[j] in (GOOD, NEAR) or (one_block and paras[j].block != block)
                                or (one_block and _subheading_over_prose(classes, feats, j, end))
                                or article_subheading(paras, start, h, j) or numbered)
        if not ((INLINE_TEASERS_MIN <= listed or (numbered and listed == 1)) and listed <= INLINE_TEASERS_MAX
                and goes_on):
            continue
        # (The article's next section may open under the box's one headline,
        # in a block of its own: its subheading, shorter than the headline,
        # over prose, or over a lead-in and a list, or over paragraphs as
        # long as the article's, a photo's caption between; the box ends there. A
        # headline in the box's block, over the article's next paragraph, is
        # the box's last; so is a quote box's last line, "End Quote Charles
        # Bolden Nasa administrator". In an article that heads its sections
        # with questions, a question there is its next one, whatever is
        # under it: "Koliko bo stalo?" over a table of prices.)
        # (Or over the first of its numbered sections: "I 5 errori da evitare"
        # over "1. Salare l'acqua dei ceci all'inizio"; or over a paragraph
        # and the table it leads into: "Скільки це коштує" over the prices.)
        # (The question, however long: "Як у Харкові рятували орган
        # філармонії" over "Скільки коштує відновити старе піаніно?".)
        k = h + 2
        if k < j and paras[k].block != paras[k - 1].block and (
                (feats[k - 1].n_words >= feats[k].n_words + LONE_HEADLINE_LONGER_BY
                 and (section_opens(paras, classes, k, end) or long_section_opens(paras, classes, k, end, start)
                      or paragraph_then_table(paras, classes, k, end)
                      or (k + 1 <= end and outline_opens(paras, classes, k + 1, end))))
                or (_question(paras[k].plain.strip()) and _asks_above(paras, classes, start, h))):
            j = k
        listed = j - h - 1
        resume = j  # where the article goes on
        if (classes[j] in (GOOD, NEAR) and _short_subheading_under_headlines(paras, feats, h, j, lang)
                and _paragraphs_follow(classes, j)):
            j -= 1  # the article's subheading under the box's headline or headlines
        elif (classes[j] in (GOOD, NEAR) and _speaks_of(paras[j - 1], paras[j], lang)
              and not (one_block and paras[j - 1].block == block != paras[j].block)):
            # The last line heads the prose under it (not in the list's own
            # block, the prose in another): the article's next
            # subheading under a list of two or more headlines (with
            # paragraphs under it, or under a label that introduces its
            # list, "Leia também:"); else a sidebar's list over the
            # article's headline.
            if listed - 1 < INLINE_TEASERS_MIN or not (_paragraphs_follow(classes, j) or _introduces(paras[h].plain)):
                continue
            j -= 1
        elif (classes[j] in (GOOD, NEAR) and listed - 1 >= INLINE_TEASERS_MIN
              and entries_resume(paras, classes, h, j - 1)):
            # The last line names the next entry of a roundup the list
            # interrupts ("Kasto V12" over its paragraph).
            j -= 1
            resume = j
        found.extend((k, h, resume) for k in range(h + 1, j))
    return found


# A subheading has at most this many words, and the headlines over it at
# least twice as many: "La rabbia dei ristoratori" under "Siccità, la
# Regione chiede lo stato di emergenza per il Sud Sardegna".
SHORT_SUBHEADING_MAX_WORDS = 6
# ... and under headlines this many times as long, it needs no word of the paragraph.
SUBHEADING_SHARE = 3
# ... or one of its words is in the first paragraphs of its section, this many
# ("Нерпа и туристы" over a paragraph on seals, then one on tour operators).
SECTION_REACH = 3
# A box's one headline read as prose for its length has this many words at most.
LONE_HEADLINE_MAX_WORDS = 20
# A box's one headline is this many words longer than the subheading under it
# ("Te puede interesar" / "El Sierra Norte renueva a su entrenador hasta
# 2026" / "Cambios que cambian el partido").
LONE_HEADLINE_LONGER_BY = 2


def _short_subheading_under_headlines(
    paras: list[Paragraph], feats: list[Features], h: int, j: int, lang: str | None
) -> bool:
    """The last line listed under the label at `h`, right over the prose at
    `j`, is the article's subheading: far shorter than the headlines over
    it, and one of its words is in its section's first paragraphs, or it
    is a quotation whole ('"Zarar sürdürülemez"', the paragraph then names who said it),
    or it is a third of their length ("Глубже, чем ожидали" under a
    headline of ten words)."""
    n = feats[j - 1].n_words
    if (j - 1 == h + 2 and n <= SHORT_SUBHEADING_MAX_WORDS and feats[h + 1].n_words >= n + LONE_HEADLINE_LONGER_BY
            and paras[j - 1].block != paras[h + 1].block):
        return True  # the box's one link, over a shorter line in a block of its own: the article's
    if not (j - 1 > h + 1 and n <= SHORT_SUBHEADING_MAX_WORDS
            and all(feats[k].n_words >= 2 * n for k in range(h + 1, j - 1))):
        return False
    section = frozenset().union(*(content_stems(paras[k].plain, lang)
                                  for k in range(j, min(len(paras), j + SECTION_REACH))))
    return (_QUOTED_LINE.fullmatch(paras[j - 1].plain.strip()) is not None
            or all(feats[k].n_words >= SUBHEADING_SHARE * n for k in range(h + 1, j - 1))
            or bool(content_stems(paras[j - 1].plain, lang) & section))


# A line wholly in quotation marks: "…", “…”, „…“, «…», ‚…‘, 「…」.
_QUOTED_LINE = regex.compile(r'(?:"[^"]+"|“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»|‚[^‚‘’]+[‘’]|「[^「」]+」)')


# A headline put as a question has at most this many words, in one sentence.
QUESTION_HEADLINE_MAX_WORDS = 16
_INNER_STOP = regex.compile(r"[.!?…。！？؟](?=\s)")


def _headline_like(p: Paragraph, c: str) -> bool:
    """A short line, or a question as long as a headline, which reads as prose
    ("Salario mínimo 2025: ¿cuánto aumentará?")."""
    return c == SHORT or (c == NEAR and _question(p.plain.strip()))


def _question_headline(
    paras: list[Paragraph], classes: list[str], start: int, h: int, j: int, end: int, lang: str | None
) -> bool:
    """A line of prose at `j` that reads as another story's headline in the
    list under the label at `h`, written in the label's block or over or
    under another headline in a block of their own: one question
    of headline length, which does not speak of the paragraph under it (an
    article's question over its section does), in an article that asks no
    such question above the box (an interview's next question, or a
    section's, would stand there). (In a page of a block a line, a question
    in a block of its own under the box may be the article's next section.)"""
    text = paras[j].plain.strip()
    # (Over another headline of the list, in its block, it is the list's,
    # however the article heads its sections: "Lees ook" / "Dynamisch
    # energiecontract: voor wie is het interessant?" / "Energieleveranciers
    # verhogen terugleverkosten opnieuw".)
    listed_on = j < end and paras[j + 1].block == paras[j].block and _headline_like(paras[j + 1], classes[j + 1])
    # (... or under one, the last of their block: "Kāpēc latvieši ēd arvien
    # mazāk rudzu maizes" / "Mikrobioms: kas tas ir un vai to var "salabot"
    # ar jogurtu?"; in the middle of a block the list may run on past where
    # the article seems to resume.)
    listed_under = (j - 1 > h and paras[j - 1].block == paras[j].block and _headline_like(paras[j - 1], classes[j - 1])
                    and j < end and paras[j + 1].block != paras[j].block)
    listed_on = listed_on or listed_under
    if not (classes[j] == NEAR and _question(text) and j < end and (paras[j].block == paras[h].block or listed_on)):
        return False
    n = len(words(text))
    return (TAIL_HEADLINE_MIN_WORDS <= n <= QUESTION_HEADLINE_MAX_WORDS and not _INNER_STOP.search(text)
            and not _speaks_of(paras[j], paras[j + 1], lang)
            and (listed_on or not _asks_above(paras, classes, start, h)))


def _asks_above(paras: list[Paragraph], classes: list[str], start: int, h: int) -> bool:
    """The article heads a section with a question between `start` and `h`
    ("Wie stark sind die Mieten gestiegen?" over its paragraph), or asks in
    an interview: a question under a box is its next one, not a headline."""
    return any(classes[k] in (SHORT, NEAR) and classes[k + 1] == GOOD and _question(paras[k].plain.strip())
               for k in range(start, h))


# Under one headline, the article's prose goes on: this many paragraphs
# among the next lines (an interview's short questions may stand between).
LONE_TEASER_PROSE_MIN = 2
LONE_TEASER_REACH = 4


def _lone_teasers(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """(line, heading) for one headline under a known related label that
    says "also" inside the core ("Lesen Sie auch" / "Schlaflos in der
    Großstadt: Warum Lärm uns mehr schadet"), right under the article's
    prose and with more of it right under the headline, no known line among
    it. (Two headlines or more are _inline_teasers' to tell.)"""
    found: list[tuple[int, int]] = []
    for h in range(start + 1, end - 1):
        f = feats[h]
        if not (classes[h] == BAD and f.label and f.category == "related" and classes[h - 1] in (GOOD, NEAR)):
            continue
        if label_set("also_words.txt").isdisjoint(normalize_label(paras[h].plain).split()):
            continue  # "Read more »", "Weiterlesen": the text goes on, a subheading of it may follow
        t = h + 1
        # (A headline put as a question reads as a sentence: "Susza
        # hydrologiczna. Dlaczego w Polsce brakuje wody, choć pada tyle samo?")
        asked = (classes[t] in (GOOD, NEAR) and _question(paras[t].plain.strip())
                 and feats[t].n_words <= QUESTION_HEADLINE_MAX_WORDS)
        # (Or a long headline, no sentence for its lack of a full stop: "Dans le
        # Cher, trois lignes de car supprimées à la rentrée : « On nous a oubliés »".)
        long_headline = (classes[t] in (GOOD, NEAR) and not feats[t].sentence_end
                         and feats[t].n_words <= LONE_HEADLINE_MAX_WORDS)
        if (not (classes[t] == SHORT or asked or long_headline) or feats[t].n_words < 3
                or (feats[t].sentence_end and not asked)):
            continue
        # (Past the article's own box of facts under it: "Lundebrua" / "Bygget: 1968" / …)
        u = _past_facts_box(paras, classes, t + 1, end)
        below = classes[u : min(end + 1, u + LONE_TEASER_REACH)]
        # (Or the article's next section: a subheading over a paragraph of sentences.)
        section = below[:2] == [SHORT, GOOD] and feats[u + 1].sentence_end
        # (Known lines may come under that prose: a paywall's box between two sections.)
        prose = below[: below.index(BAD)] if BAD in below else below
        if prose.count(GOOD) >= LONE_TEASER_PROSE_MIN or (BAD not in below and section):
            found.append((t, h))
    return found


# A box of facts: a heading over this many "Key: value" entries at least.
FACTS_BOX_MIN_ENTRIES = 2


def _past_facts_box(paras: list[Paragraph], classes: list[str], i: int, end: int) -> int:
    """Where the box of facts that opens at line `i` (a short heading over
    "Key: value" entries, a short line of the box under them) ends; `i`
    when none opens there."""
    if i >= end or classes[i] != SHORT or _key_value(paras[i].plain) is not None:
        return i
    k = i + 1
    while k <= end and classes[k] == SHORT and _key_value(paras[k].plain) is not None:
        k += 1
    return k if k - i - 1 >= FACTS_BOX_MIN_ENTRIES else i


def _subheading_over_prose(classes: list[str], feats: list[Features], j: int, end: int) -> bool:
    """A one-word subheading ("Teleurstelling"), too short for a headline,
    with the article's prose under it: the list above it, written in the
    same block, has ended. (A list of a block each is often the page's
    own, as a wiki's "See also" over "Footnotes".)"""
    return j + 1 <= end and classes[j] == SHORT and feats[j].n_words < 2 and classes[j + 1] in (GOOD, NEAR)


# Another story's teaser on one line: its headline, a dash, its blurb
# ("Rheinau baut Tabellenführung aus – Mit einem souveränen 3:0 …").
_TEASER_LINE = regex.compile(r"^[^.!?:–—]{12,140}?[^\s.!?:] [–—] \p{Lu}[^\n]{20,}$")
ONE_LINE_TEASERS_MIN = 2


def _one_line_teasers(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, int]]:
    """(line, heading) for two or more teasers written a line each under a
    related heading ("Mehr zum Thema", "Berita Terkait"). They go however
    much they share the article's words (the same clubs, the same town):
    that share is what kept them in the core."""
    found: list[tuple[int, int]] = []
    for h, (f, c) in enumerate(zip(feats, classes)):
        if not (c == BAD and f.category == "related" and f.label):
            continue
        j = h + 1
        while j < len(paras) and classes[j] != BAD and _TEASER_LINE.match(paras[j].plain):
            j += 1
        if j - h - 1 >= ONE_LINE_TEASERS_MIN:
            found.extend((k, h) for k in range(h + 1, j))
    return found


# An about box holds a paragraph or two under its heading.
ABOUT_BOX_MAX_PARAGRAPHS = 2


def _about_boxes(paras: list[Paragraph], classes: list[str], start: int) -> list[tuple[int, int]]:
    """(paragraph, heading) for the prose right under an about box's heading
    below the article's first paragraph ("About the author", "Über uns",
    "Quiénes somos"): the site's, the publisher's or the author's blurb,
    however much it shares the article's words (an NGO's report names the
    NGO). Over the article's first paragraph such a heading is the page's
    own subject: an about page."""
    found: list[tuple[int, int]] = []
    heads = label_set("about_heads.txt")
    for h in range(start + 1, len(paras) - 1):
        # (Prose under it first: most short lines stand over other short lines.)
        if not _box_prose(paras, classes, h + 1):
            continue
        text = paras[h].plain
        name = _ABOUT_NAME.match(text.strip()) if len(text) <= ABOUT_NAME_MAX_CHARS else None
        if classes[h] not in (SHORT, BAD) and name is None:
            continue  # prose, no heading (a greeting may end as a sentence does: "Hi, I'm Jess!")
        top = min(h, start + ABOUT_NAME_REACH)
        named = name is not None and _named_over_article(paras, top, name.group("first"))
        if not named and normalize_label(text) not in heads:
            continue
        if classes[h] != BAD:
            found.append((h, h))  # "Sobre Lucía Ferrer", "O avtorici": no phrase list knows it
        k = h + 1
        while k < len(paras) and k - h <= ABOUT_BOX_MAX_PARAGRAPHS and _box_prose(paras, classes, k):
            found.append((k, h))
            k += 1
    return found


def _box_prose(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """Prose, or the box's blurb that ends in its "Read more" link to the about page."""
    return classes[k] in (GOOD, NEAR) or (classes[k] == BAD and bool(read_more_teaser(paras[k].plain)))


# An about box's heading with the writer's name in it: "About Jess Miller",
# "Sobre Lucía Ferrer", "Über Anna Berg", "Om Elin", "À propos de Margaux".
# The name stands in the article's byline too ("Av Elin Strandberg · …"):
# a subheading "About Fort Knox" names no one there.
# Or the writer's greeting over it: "Hi, I'm Jess!", "Moi, c'est Margaux",
# "Hola, soy Lucía", "Hej! Jag heter Elin".
_ABOUT_NAME = regex.compile(
    r"^[¡¿]?(?:(?i:about|sobre|über|à propos de|a propos de|om|over|acerca de|informazioni su)"
    r"|(?i:hi|hello|hey|moi|salut|bonjour|hallo|hola|ciao|olá|hej|hoi)[,!.]?\s+"
    r"(?i:i['’]?m|i am|(?:moi\s)?c['’]est|je suis|ich bin|soy|sono|sou|jag heter|jag är|ik ben))"
    r"\s+(?P<first>\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}\s?[!.]?$"
)
# The byline stands within this many lines of the article's first paragraph.
ABOUT_NAME_REACH = 8
ABOUT_NAME_MAX_CHARS = 60


def _named_over_article(paras: list[Paragraph], end: int, first_name: str) -> bool:
    """Does the article's byline (a credit line over line `end`) hold the
    name's first word? (Not its headline: "About Python" heads a section of
    an article on Python, "About Hacker Monthly" a magazine's own box.)"""
    named = regex.compile(rf"(?<!\w){regex.escape(first_name)}(?!\w)")
    return any(named.search(paras[k].plain) and _credit_line(paras[k].plain) for k in range(end))


def _site_slogans(
    paras: list[Paragraph], classes: list[str], start: int, end: int, lang: str | None, config: Config
) -> list[tuple[int, float]]:
    """(paragraph, overlap) for the site's description of itself at the top
    of the article ("Your best source for Rays news, rumors and analysis"):
    among the lines right over the core, or the core's first paragraph with
    more of the article under it, when it shares little of the article's
    vocabulary (the rest of the core's). A standfirst that restates nothing
    stays: only the site's wording for itself marks the line."""
    found: list[tuple[int, float]] = []
    for i in range(max(0, start - MAX_HEADER_LINES), start + 1):
        if classes[i] == BAD or not paras[i].kept or not is_site_slogan(paras[i].plain):
            continue
        rest = [k for k in range(start, end + 1) if k != i and classes[k] == GOOD]
        if not rest:
            continue
        vocab = set().union(*(content_stems(paras[k].plain, lang) for k in rest))
        overlap = _core_overlap(paras[i], vocab, lang)
        if overlap < config.on_topic_overlap:
            found.append((i, overlap))
    return found


# A year in a list's lines: the article's schedule or timeline.
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _headlines_under_bar(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """(line, bar) for other stories' headlines right under a share bar
    inside the core: three or more lines in a row, each headline-sized and
    different, as a "More from the site" list renders without its heading
    (readers' comments below keep the core going). A list of the article's
    own ("Key points:") has a heading, list marks or years (a schedule)."""
    found: list[tuple[int, int]] = []
    for b in range(start, end):
        f = feats[b]
        if not (classes[b] == BAD and f.label and f.category in _BAR_CATEGORIES) or classes[b + 1] != SHORT:
            continue
        j = b + 1
        while j <= end and classes[j] == SHORT:
            j += 1
        lines = [p.plain for p in paras[b + 1 : j]]
        if (_headline_sized(paras[b + 1 : j]) and len(set(lines)) == len(lines)
                and not _reads_as_own_list(lines) and not any(map(_YEAR.search, lines))):
            found.extend((k, b) for k in range(b + 1, j))
    return found


def _headline_under_label(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int, lang: str | None
) -> list[tuple[int, int]]:
    """(line, label) for another story's headline right under a related
    label inside the core, the article going on below it ("Lesen Sie
    auch" / "Polizei warnt vor falschen Wasserwerkern" / prose): the label
    heads it. Not under an advertisement's label (the article's own
    subheading often follows an empty ad slot), nor under "Read more »",
    which ends a teaser; not a list's item, nor a sentence, nor a line that
    speaks of the prose under it (its subheading, under an empty box). The
    article's next subheading may come between it and the prose."""
    found: list[tuple[int, int]] = []
    for b in range(start, end - 1):
        f = feats[b]
        if not (classes[b] == BAD and f.label and f.category == "related") or classes[b + 1] != SHORT:
            continue
        if opens_with_read_on(paras[b].plain):
            continue
        prose_under = classes[b + 2] in (GOOD, NEAR)
        if not (prose_under or _next_section_under_headline(paras, feats, classes, start, b, end)):
            continue
        line = paras[b + 1].plain
        if _LIST_MARKER.match(line) or _ends_sentence(line) or len(words(line)) < TAIL_HEADLINE_MIN_WORDS:
            continue
        if prose_under and _speaks_of(paras[b + 1], paras[b + 2], lang):
            continue  # the prose's own subheading, under an empty related box
        found.append((b + 1, b))
    return found


def _next_section_under_headline(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, b: int, end: int
) -> bool:
    """Under the related label at `b` and its one headline, in a block of
    its own, a shorter line opens the article's next section (its long
    paragraphs under it, two at least, or a table and prose): "あわせて読みたい" /
    "【2025年版】ロボット掃除機おすすめ12選 …" / "水拭きは「毎日のリセット」向き" / prose."""
    k = b + 2
    return (paras[k].block != paras[k - 1].block
            and feats[k - 1].n_words >= feats[k].n_words + LONE_HEADLINE_LONGER_BY
            and next_section_opens(paras, classes, k, end, start))


def _inserts_inside_prose(paras: list[Paragraph], classes: list[str], feats: list[Features]) -> set[int]:
    """Inserted lines (consent banners, advertisement labels, share bars, inline teasers)
    with prose right above and right below (a paragraph on one side, at least
    a sentence on the other): a script or the editor put them inside the
    article, so they do not end the article's stretch of prose."""
    found: set[int] = set()
    texts = [p.plain for p in paras]
    counters = {i for i, c in enumerate(classes) if c == BAD and post_counter(texts, feats, i)}
    i = 0
    while i < len(classes):
        if not (_insert(classes[i], feats[i]) or i in counters):
            i += 1
            continue
        j = i
        while j < len(classes) and (_insert(classes[j], feats[j]) or j in counters):
            j += 1
        # Under an advertisement label, which stands in the article's flow,
        # one short line may come first (a photo's caption, a subheading).
        advert = any(feats[k].category == "advert" for k in range(i, j))
        k = j + 1 if advert and j + 1 < len(classes) and classes[j] == SHORT else j
        # Over a share bar a byline and a date may stand between it and the
        # prose above (the standfirst).
        a = _above_credits(paras, classes, i - 1)
        first = i
        post = False
        if counters.intersection(range(i, j)):
            # Over a post's counters, its author, date and text, and the
            # article's line that brings it in; the article's prose is above.
            above_post = _above_post(classes, i)
            if above_post is not None:
                a, first, post = above_post, above_post + 1, True
        above, below = classes[a] if a >= 0 else None, classes[k] if k < len(classes) else None
        # Prose on one side; on the other, prose or a sentence the stopword
        # test calls short ("Wojewódzki inspektor prowadzi pomiary jakości
        # powietrza.").
        prose_above, prose_below = above in (GOOD, NEAR), below in (GOOD, NEAR)
        sentence_above = above is not None and _sentence_line(above, feats[a])
        sentence_below = below is not None and _sentence_line(below, feats[k])
        goes_on = prose_below or sentence_below or _section_below(paras, classes, a, k, post)
        if (prose_above and goes_on) or (prose_below and sentence_above):
            found.update(range(first, j))
        i = j
    return found


# An embedded post over its counters: the article's line that brings it in,
# the author's name and handle, the date, the post's text.
POST_FRAME_MAX_LINES = 5


def _above_post(classes: list[str], i: int) -> int | None:
    """The article's last paragraph over the post whose counters start at
    line `i`: the first one up past a short line of the post's frame."""
    framed = False
    for m in range(i - 1, max(-1, i - 2 - POST_FRAME_MAX_LINES), -1):
        if classes[m] == GOOD and framed:
            return m
        framed = framed or classes[m] == SHORT
    return None


SENTENCE_LINE_MIN_WORDS = 6


def _section_below(paras: list[Paragraph], classes: list[str], above: int, k: int, post: bool = False) -> bool:
    """Under two paragraphs of the article (the last at `above`), its next
    section at line `k`: a subheading over paragraphs. (Under a standfirst
    alone, a share bar is the header's, over its byline or a kicker.) Under
    an embedded post (`post`: its text at `above`), the post is inside the
    article already: no second paragraph is asked for."""
    return ((post or (above >= 1 and classes[above - 1] in (GOOD, NEAR))) and k < len(classes)
            and classes[k] == SHORT and _paragraphs_follow(classes, k + 1) and not _credit_line(paras[k].plain))


def _sentence_line(c: str, f: Features) -> bool:
    return c == SHORT and f.sentence_end and f.n_words >= SENTENCE_LINE_MIN_WORDS


# Paragraphs in a row under an inline list of teasers: the article goes on.
ARTICLE_GOES_ON = 2


def _paragraphs_follow(classes: list[str], i: int, inserts: Collection[int] = ()) -> bool:
    """ARTICLE_GOES_ON paragraphs of prose in a row from line `i`: a
    paragraph, then paragraphs or sentences (an article's last one may be
    short). A subheading that is a sentence may come first ("What happens
    next?"): the article's next section. (Not any short line: a sidebar's
    next box has a heading too, "Guest Posts", over its blurbs.) `inserts`:
    lines a page's scripts put between paragraphs (an advertisement's
    label), skipped."""
    if inserts:
        kept_on = [k for k in range(i, min(len(classes), i + 2 * ARTICLE_GOES_ON + 2)) if k not in inserts]
        classes = [classes[k] for k in kept_on]
        i = 0
    if i + 1 < len(classes) and classes[i] == NEAR and classes[i + 1] == GOOD:
        i += 1
    below = classes[i : i + ARTICLE_GOES_ON]
    return len(below) == ARTICLE_GOES_ON and below[0] == GOOD and all(c in (GOOD, NEAR) for c in below)


# A known line inside the article may run on to a line or two of its
# block, wrapped ("[11]LEGGI ANCHE Siccità, in Val Serrana i rifugi chiudono
# in anticipo:" over "manca l'acqua").
WRAPPED_ON_MAX_LINES = 2


def article_goes_on(paras: list[Paragraph], classes: list[str], h: int, inserts: Collection[int] = ()) -> bool:
    """Under the known line at `h` (past what it wraps on to), the article's
    paragraphs, or its next subheading over them."""
    k = h + 1
    while (k < len(paras) and k - h <= WRAPPED_ON_MAX_LINES and paras[k].block == paras[h].block
           and classes[k] == SHORT):
        k += 1
    return _paragraphs_follow(classes, k, inserts) or subheading_over_paragraphs(classes, k, inserts)


def subheading_over_paragraphs(classes: list[str], k: int, inserts: Collection[int] = ()) -> bool:
    """A short line at `k`, the article's subheading, with ARTICLE_GOES_ON
    paragraphs under it."""
    return k < len(classes) and classes[k] == SHORT and _paragraphs_follow(classes, k + 1, inserts)


def _section_follows(classes: list[str], i: int, inserts: Collection[int] = ()) -> bool:
    """A paragraph at line `i`, then a subheading and ARTICLE_GOES_ON
    paragraphs under it: the article goes on in its next section ("Reação"
    over two paragraphs). A list of teasers goes on otherwise: a blurb, a
    headline, a blurb."""
    return i < len(classes) and classes[i] == GOOD and subheading_over_paragraphs(classes, i + 1, inserts)


# Under a subheading, a list of at most this many items may open the
# article's next section ("Os resultados da final" over the podium).
SECTION_LIST_MAX = 6


def listed_section_follows(paras: list[Paragraph], classes: list[str], i: int, inserts: Collection[int] = ()) -> bool:
    """A subheading at line `i` over a list and then ARTICLE_GOES_ON
    paragraphs: the article's next section, opening with its list. The
    list's items may be marked or not, sentences or not, under a line that
    introduces them ("Zmeny v MHD" / "Dopravca oznámil tieto zmeny:" / "Linka
    11 pôjde …"); an advertisement's label may stand among them."""
    if not (i < len(classes) and classes[i] == SHORT and not _LIST_MARKER.match(paras[i].plain)):
        return False
    k = i + 1
    items = 0
    while k < len(classes) and items <= SECTION_LIST_MAX and (classes[k] in (SHORT, NEAR) or k in inserts):
        items += k not in inserts
        k += 1
    return 0 < items <= SECTION_LIST_MAX and _paragraphs_follow(classes, k, inserts)


_SIGN_UP = frozenset({"newsletter", "subscribe", "signin", "follow"})
# A form's other known lines: its privacy note ("By signing up you agree
# to ..."), and a share bar or an advertisement's label beside it.
_SIGN_UP_FORM = _SIGN_UP | {"consent", "share", "advert"}
SIGN_UP_FORM_MIN = 2
FORM_LINE_MAX_WORDS = 25


def _form_line(f: Features) -> bool:
    """A known line of a form's box: its sign-up lines and widgets, or a
    teaser with its headline printed over it ("Mehr zum Thema: …" over a
    paywall's "Lesen Sie jetzt weiter mit LM+")."""
    return f.category in _SIGN_UP_FORM or (f.category == "related" and not f.label)


def _inline_forms(feats: list[Features], classes: list[str], span: tuple[int, int]) -> set[int]:
    """The lines of a sign-up form inside the core ("Sign up for the Morning
    Briefing", "Enter your email", "Sign up"): two or more known sign-up
    lines and nothing but short lines among them, a paragraph right above,
    and paragraphs in a row right below (the article goes on under it)."""
    found: set[int] = set()
    lo, hi = span
    i = lo + 1
    while i <= hi:
        if classes[i] in (GOOD, NEAR):
            i += 1
            continue
        # The form's lines: short and known ones, and the pitch under its
        # heading, which may read as a sentence ("Get the day's top stories
        # in your inbox."): one such line, with the fields under it.
        j, pitch = i, False
        while j <= hi and (classes[j] in (SHORT, BAD) or (
                classes[j] == NEAR and not pitch and j + 1 <= hi and classes[j + 1] == BAD)):
            pitch = pitch or classes[j] == NEAR
            j += 1
        known = [k for k in range(i, j) if classes[k] == BAD]
        sign_up = sum(feats[k].category in _SIGN_UP for k in known)
        # (A form's known lines are widgets and a sentence or two of pitch;
        # a paragraph that quotes a banner's and a sign-up box's words is
        # the article's.)
        if (sign_up >= SIGN_UP_FORM_MIN and all(_form_line(feats[k]) for k in known)
                and all(feats[k].n_words <= FORM_LINE_MAX_WORDS for k in known) and classes[i - 1] in (GOOD, NEAR)):
            # (Or a paragraph, then the article's next section: "Gambling debts" over its paragraphs.)
            if _paragraphs_follow(classes, j) or _section_follows(classes, j):
                found.update(range(i, j))
            elif _sections_follow(classes, lo, i, known[-1] + 1, hi):
                found.update(range(i, known[-1] + 1))  # the short lines under it open the next section
        i = j
    return found


# Over a sign-up form between the article's paragraphs, at most this many
# short lines (the article's own box, an advertisement's copy) stand
# between it and the paragraph above.
BOX_OVER_FORM_MAX_LINES = 8


def forms_between_prose(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> set[int]:
    """A sign-up form with a paragraph of prose right under it and one a few
    short lines above it (a facts box, an advertisement between): the form
    and the lines over it weigh nothing in the core contest, as an insert's
    do. Under the form the article's last paragraph may stand alone, which
    `_inline_forms` asks more of (paragraphs in a row)."""
    found: set[int] = set()
    n = len(classes)
    i = 0
    while i < n:
        if classes[i] != BAD:
            i += 1
            continue
        j = i
        while j < n and classes[j] == BAD:
            j += 1
        known = range(i, j)
        sign_up = sum(feats[k].category in _SIGN_UP for k in known)
        if (sign_up >= SIGN_UP_FORM_MIN and all(feats[k].category in _SIGN_UP_FORM for k in known)
                and all(feats[k].n_words <= FORM_LINE_MAX_WORDS for k in known)
                and j < n and _resumes_under_form(classes[j], feats[j])):
            above = next((m for m in range(i - 1, max(-1, i - 2 - BOX_OVER_FORM_MAX_LINES), -1)
                          if classes[m] == GOOD), None)
            if above is not None:
                found.update(range(above + 1, j))
        i = j
    return found


# A short paragraph under a form resumes the article when it has this many words.
FORM_RESUME_MIN_WORDS = 10


def _resumes_under_form(c: str, f: Features) -> bool:
    """The article's paragraph under a form: prose ending in a full stop,
    of a sentence's length (not a paywall's "Ja. Ich benötige ein Abo.")."""
    return (c == GOOD or (c == NEAR and f.n_words >= FORM_RESUME_MIN_WORDS)) and f.full_stop and f.category is None


# A subheading, or a live blog's time stamp over its entry's heading.
SECTION_HEAD_LINES = 2


def _sections_follow(classes: list[str], lo: int, above: int, i: int, hi: int) -> bool:
    """Under one or two short lines at `i`, a paragraph and more prose in
    the core (up to `hi`), in an article that has such headings between its
    paragraphs from `lo` to `above` too: its next section ("Property tax
    up" under a newsletter box, a live blog's next entry). A sidebar's next
    box has a heading over its blurbs, but the article above had none."""
    k = i
    while k <= hi and k - i < SECTION_HEAD_LINES and classes[k] == SHORT:
        k += 1
    if k < hi and classes[k] == NEAR and classes[k + 1] == GOOD:
        k += 1  # a short paragraph opens it ("Business owners were less convinced.")
    if k > hi or classes[k] != GOOD or not any(c in (GOOD, NEAR) for c in classes[k + 1 : hi + 1]):
        return False
    prose_above = False
    for m in range(lo, above):
        if classes[m] == GOOD:
            if prose_above and classes[m - 1] == SHORT:
                return True  # a short line between two paragraphs of the article
            prose_above = True
    return False


def _section_resumes(
    paras: list[Paragraph], classes: list[str], span: tuple[int, int], above: int, i: int, lang: str | None
) -> bool:
    """The article's next section at line `i`, under a box inside the core
    that starts at `above`: a subheading that shares two content words with
    the two paragraphs or more under it ("Segundo día: la fiesta del
    Magosto"), in an article with such headings above the box too. (A
    sidebar's next box has a heading of its own over its blurbs, "Guest
    Posts", and a promotion one blurb. In Markdown, a subheading of the
    level of one in the article above the box, over paragraphs, is one too.)"""
    lo, hi = span
    if (i < hi and classes[i] == SHORT and article_subheading(paras, lo, above, i)
            and _paragraphs_follow(classes, i + 1)):
        return True  # "## Segundo día": a subheading of the level of the article's others, over its prose
    if _long_section_on_topic(paras, classes, span, above, i, lang):
        return True
    if not (i < hi and classes[i] == SHORT and classes[i + 1] == GOOD and _sections_follow(classes, lo, above, i, hi)):
        return False
    section = i + 1
    while section + 1 <= hi and section - i < SECTION_SPOKEN_OF and classes[section + 1] in (GOOD, NEAR):
        section += 1
    if section == i + 1:
        return False  # one blurb under its heading: a promotion's box ("Deine Jobbörse in der Digital-Welt")
    heading = content_stems(paras[i].plain, lang)
    spoken_of = {s for p in paras[i + 1 : section + 1] for s in content_stems(p.plain, lang)}
    return len(heading & spoken_of) >= HEADLINE_SHARED_WORDS


# A roundup's entries: a name over its paragraph ("Kasto V12" / "Raport
# calitate-preț excelent. ..."). Read within this many lines on each side
# of a box, at least this many of them.
ENTRY_REACH = 6
ENTRIES_MIN = 2


def _entries(classes: list[str], lines: range) -> int:
    """Entries in `lines`: prose with a short line right over it."""
    return sum(1 for k in lines if classes[k] in (GOOD, NEAR) and k - 1 in lines and classes[k - 1] == SHORT)


def _introduces(text: str) -> bool:
    """A label that introduces what follows, as an inline box's does ("Read
    also:", "Citește și:"); a sidebar's section is headed without a colon
    ("Recent Posts")."""
    return text.rstrip().endswith((":", "："))


def entries_resume(paras: list[Paragraph], classes: list[str], above: int, i: int) -> bool:
    """A roundup goes on at line `i` under a box that starts at `above`
    (a "Read also:" list between its entries, its label introducing it):
    line `i` opens an entry, ENTRIES_MIN entries stand right over the box,
    and as many from line `i` down (or the last entry, with paragraphs under
    it). The same shape on both sides: the list is inside the article's run
    of entries."""
    n = len(classes)
    if not (i + 1 < n and classes[i] == SHORT and classes[i + 1] in (GOOD, NEAR)):
        return False
    if not _introduces(paras[above].plain):
        return False  # a sidebar's heading ("Recent Posts"), not an inline box's label
    return (_entries(classes, range(max(0, above - ENTRY_REACH), above)) >= ENTRIES_MIN
            and (_entries(classes, range(i, min(n, i + ENTRY_REACH))) >= ENTRIES_MIN
                 or _paragraphs_follow(classes, i + 1)))  # the last entry, and the article's close


# A subheading speaks of the paragraphs of its section: these many at most are read.
SECTION_SPOKEN_OF = 3
# Under a box inside the core, a subheading over this many paragraphs in a
# row that share this much of their words with the article above the box
# opens the article's next section.
LONG_SECTION_MIN = 3
LONG_SECTION_SHARED = 0.1


def _long_section_on_topic(
    paras: list[Paragraph], classes: list[str], span: tuple[int, int], above: int, i: int, lang: str | None
) -> bool:
    """A subheading at line `i` over LONG_SECTION_MIN paragraphs or more
    that go on with the article above the box at `above`: the men's race
    under "Un final de infarto", after "Te puede interesar" and its
    headline in a race report whose first section had no heading. (A
    sidebar's next box is a list: a headline over a blurb or two, on other
    stories.)"""
    lo, hi = span
    prose = range(i + 1, i + 1 + LONG_SECTION_MIN)
    if not (prose.stop - 1 <= hi and classes[i] == SHORT and all(classes[k] in (GOOD, NEAR) for k in prose)
            and classes[i + 1] == GOOD):
        return False
    article = set().union(*(content_stems(paras[k].plain, lang) for k in range(lo, above) if classes[k] == GOOD))
    section = set().union(*(content_stems(paras[k].plain, lang) for k in prose))
    return bool(section) and len(section & article) >= LONG_SECTION_SHARED * len(section)


# A line sharing this many content words with the paragraph under it is
# that paragraph's headline.
HEADLINE_SHARED_WORDS = 2


def _speaks_of(line: Paragraph, paragraph: Paragraph, lang: str | None) -> bool:
    return len(content_stems(line.plain, lang) & content_stems(paragraph.plain, lang)) >= HEADLINE_SHARED_WORDS
