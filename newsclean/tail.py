"""Below the article's core: where the page's tail starts.

The run of short lines that ends the text (related headlines, section
links, the footer), the block of its own that closes it, the article's
closing lines (a terse last sentence, a sign-off), the first known heading
of page furniture; and the tests other rules share with them: headline-sized
lines, a teaser's headline cut short, lines that read as the article's own
list.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from .config import Config
from .comments import holds_date, month_prefixes
from .contacts import _EMAIL
from .controls import is_player_control
from .core import SECTION_OPENERS
from .credits import _CREDIT, _bare_name, _cased_names, _credits, _credits_or_dates, named_with_role
from .document import Paragraph
from .lexicon import label_set, normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _DIGIT_RUNS, DIALOGUE_DASHES, Features
from .segment import blocks_written_apart
from .text import ends_full_stop, words
from .text import ends_sentence as _ends_sentence
from .widgets import _SCORE, score_row


# A sign-off under the article: "（完）", "(PAP)", "— Reuters", "– AA".
_SIGN_OFF = regex.compile(
    r"^(?:[(（]\s*[^()（）\d]{1,24}\s*[)）]|[—–]\s*\p{L}[^.!?\d]{0,30}"
    # ... or the reporter's name and the desk's or agency's code: "Minh Châu (NSM)".
    r"|\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}\s[(（]\p{Lu}{2,8}[)）])$"
)
# ... or a signature on someone's behalf, as an obituary's or a letter's ends:
# "Kari Håland Vik og Nils Tangerås, på vegne av familien og Strandebarm Sangkor".
_BEHALF = r"(?i:på vegne av|på vegne af|on behalf of|im namen)"
_FOR = r"(?:For|Fra|För|Für)"
_ON_BEHALF = regex.compile(
    rf"^[^.!?\d]{{3,80}},\s*(?:{_BEHALF}|(?i:au nom de|en nombre de|a nome di|em nome de|namens|w imieniu))\s"
    # ... or "for" them, the signer's name last: "For Nordfjord Trekkspelklubb og naboer, Ingrid Solheim Nes".
    rf"|^{_FOR}\s[^.!?\d,]{{3,60}},\s*\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{1,3}}$"
)
# ... or the same on two lines, the group over the names: "For venner i Dønna
# blandakor" / "Liv Marit Sandvik og Oddvar Hals".
_FOR_GROUP = regex.compile(rf"^(?:{_FOR}|{_BEHALF})\s[^.!?\d,]{{3,60}}$")
CLOSING_LINES_MAX = 3
# A box's entries the core left out under its last one: this many at most.
KEYED_ENTRIES_MAX = 12
CLOSING_LIST_MIN_ITEMS = 2
# A terse last sentence has a few words ("Wyrok jest nieprawomocny."); two
# are as often a label with a full stop ("Drucken etc.", "U.S."), but for
# two long words, a sentence in a language that makes long words
# ("Çalışmalar sürüyor.", "Ermittlungen laufen.").
CLOSING_SENTENCE_MIN_WORDS = 3
CLOSING_TWO_WORDS_MIN_LETTERS = 14
CLOSING_EXCLAMATION_MAX_WORDS = 2
CLOSING_LONG_SENTENCE_MIN_WORDS = 8


def _closing_credit(text: str) -> bool:
    """The reporters' credit under the article: "Reporting by …", "Posted by
    Jane Roe, Product Manager", "취재: 박지훈 기자", or its source ("Source:
    Reuters", "المصدر: أ ف ب"); not a blog's post footer with its date
    ("Posted by Jane Roe on 8/09/2012 | Permalink")."""
    if holds_date(text) or _DIGIT_RUNS.search(text):
        return False
    return _credits(text) or (len(text.split()) <= SOURCE_CREDIT_MAX_WORDS and (
        _SOURCE_CREDIT.match(text) is not None or _WRITER_IS.match(text) is not None))


# An opinion piece's note on its writer, under it: "The writer is a
# literature teacher in the neighbourhood", "הכותבת היא מורה לספרות".
_WRITER_IS = regex.compile(
    r"^(?i:the (?:writer|author) is|der autor ist|die autorin ist|l'auteur est|l'autrice est|el autor es"
    r"|la autora es|o autor é|a autora é|de auteur is)\s"
    r"|^(?:הכותב הוא|הכותבת היא|הכותב/ת)\s"
)


# The article's source, named under it: "Source: Reuters", "Quelle: dpa",
# "Джерело: Національний антарктичний науковий центр", "المصدر: أ ف ب",
# "*Com informações da Agência Goiana de Notícias".
SOURCE_CREDIT_MAX_WORDS = 12
_SOURCE_CREDIT = regex.compile(
    r"^\W{0,2}(?i:sources?|quellen?|fuentes?|fontes?|źródł[oa]|bron(?:nen)?|kaynak|источник|джерело|zdroj|forrás"
    r"|sursa|sursă|πηγή|lähde|källa|kilde)\s*:\s*\S"
    r"|^\W{0,2}(?:מקור|المصدر|منبع|स्रोत|সূত্র|ที่มา|出典|来源|來源|출처|nguồn|sumber)\s*[:：]\s*\S"
    r"|^\W{0,2}(?i:avots|šaltinis|allikas|izvor|извор|vir|chanzo)\s*:\s*\S"
    # "With" a news agency, the whole line: "Com Lusa", "Con EFE", "Com agências".
    r"|^(?i:com|con)\s+(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|(?i:agências|agencias))$"
    # "With information from …", no colon: "*Com informações da Agência Goiana", "Con información de EFE",
    # "Mit Material von dpa".
    r"|^\W{0,2}(?i:com informações d[aoe]s?|con información de|avec des informations d[eu]|with reporting from"
    r"|mit material (?:von|der|des|aus)|with material from|met materiaal van)"
    r"\s+[^,]+$"
    # A news agency's name in capitals, a slash and the reporter's name: "LETA/Anna Kalniņa, redaktors …".
    r"|^\p{Lu}{2,6}\s?/\s?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*(?:,|$)"
)


def _closing_lines(paras: list[Paragraph], feats: list[Features], classes: list[str], end: int) -> set[int]:
    """The article's last words right under its last paragraph, however
    short: a terse sentence ("Wyrok jest nieprawomocny.", "He is expected
    to appeal."), a sign-off, the reporters' credit. Known boilerplate
    under them does not make them part of its block. So is a list the last
    paragraph's next line introduces ("We call on the council to:" over
    "1. …", "2. …")."""
    found: set[int] = set()
    k = end + 1
    if 0 <= end and _key_value(paras[end].plain):
        # The article ends inside its box of "Key: value" entries, whose
        # other entries the core left out ("Πώς θα πάτε: …" in it,
        # "Διαμονή: Πολλά καταλύματα κλείνουν …" under it): the box goes on.
        j = k
        while j < len(classes) and j - k < KEYED_ENTRIES_MAX and classes[j] != BAD and _key_value(paras[j].plain):
            j += 1
        if j > k:
            return set(range(k, j))
    if signers := _signers(paras, classes, k):
        return signers
    if k < len(classes) and classes[k] != BAD and paras[k].plain.rstrip().endswith(":"):
        j = k + 1
        while j < len(classes) and classes[j] != BAD and _LIST_MARKER.match(paras[j].plain):
            j += 1
        if j - k > CLOSING_LIST_MIN_ITEMS:
            return set(range(k, j))
    # (An interview written with dialogue dashes goes on in them, question
    # and answer, however short: "—¿Volverá a la presa?", "—Sí. De visita.")
    dialogue = end >= 0 and paras[end].plain.lstrip().startswith(DIALOGUE_DASHES)
    # (Past a teaser put between the last paragraph and its credits, the
    # credits only: "Simak Video …" over "(dpr/rwl)", "Editor: …".)
    past_teaser = k + 1 < len(classes) and classes[k] == BAD and feats[k].category == "related" and not feats[k].label
    if past_teaser:
        k += 1
    while k < len(classes) and len(found) < CLOSING_LINES_MAX and classes[k] in (SHORT, NEAR):
        f = feats[k]
        spoken = dialogue and paras[k].plain.lstrip().startswith(DIALOGUE_DASHES)
        text = paras[k].plain
        credit = _credit_under(paras, k)
        # (A sentence of a word or two, "Особливо зараз.", "Kohtumiseni
        # rajal!", over the credit; a letter's closing, "Salam hangat,", over
        # the writer's name.)
        over_credit = ((f.full_stop or text.rstrip().endswith(("!", "！"))) and k + 1 < len(classes)
                       and classes[k + 1] == SHORT and _credit_under(paras, k + 1))
        valediction = normalize_label(text) in label_set("valedictions.txt") and _name_under(paras, classes, k)
        for_group = (_FOR_GROUP.match(text) is not None and k + 1 < len(paras)
                     and paras[k + 1].block == paras[k].block and classes[k + 1] == SHORT
                     and (_bare_name(paras[k + 1].plain) or _cased_names(paras[k + 1].plain)))
        if classes[k] == SHORT and for_group:
            # (Every name under the group in its block: "För vännerna i Järvsö
            # spelmanslag" / "Anders Hed" / "Margit Olsson".)
            j = max(k + 2, _names_from(paras, classes, k + 1))
            found.update(range(k, j))
            k = j
            continue
        if classes[k] == SHORT and valediction and len(found) + 2 <= CLOSING_LINES_MAX:
            found.update((k, k + 1))
            k += 2
            continue
        # (Or a statement in the last paragraph's own block, its figures
        # and all: a box's last line, "Saanan reitti: noin 4 km suuntaansa,
        # edestakaisin 2–3 tuntia.")
        same_block = paras[k].block == paras[end].block and ends_full_stop(text)
        # (An exclamation of two words ends it as a full stop does: a
        # recipe's "Selamat mencoba!"; not a site's notice of three, "You
        # have updates!".)
        exclaims = text.rstrip().endswith(("!", "！")) and f.n_words <= CLOSING_EXCLAMATION_MAX_WORDS
        # (And a sentence of many words with its figures, which the features
        # leave out of "full stop" as they do a results row: "… за номером
        # 0 800 213 103.")
        long_sentence = f.n_words >= CLOSING_LONG_SENTENCE_MIN_WORDS and ends_full_stop(text)
        terse = classes[k] == SHORT and (credit or over_credit or same_block or (
            (f.full_stop or exclaims or long_sentence) and _terse_sentence(text, f) and not past_teaser))
        if not (spoken or terse):
            break
        found.add(k)
        k += 1
    return found


# An obituary's or a letter's signers, a name a line, in a block of their
# own: "Anders Nyberg" / "Birgitta Holm" / "Lars-Erik Olsson" /
# "Spelkamrater i Järvsö spelmanslag" (what they were to the dead, the
# block's last line, of a few words and no sentence).
SIGNERS_MIN = 2
SIGNERS_MAX = 8
SIGNERS_RELATION_MIN_WORDS = 2
SIGNERS_RELATION_MAX_WORDS = 8


def _signers(paras: list[Paragraph], classes: list[str], k: int) -> set[int]:
    """The signers' block that opens at line `k`, or nothing."""
    j = _names_from(paras, classes, k)
    if j - k < SIGNERS_MIN:
        return set()
    # (What they were to the dead ends the block: without it, a list of names,
    # "Mike Loukides" / "Jim Stogdill" / …, may be the site's writers.)
    # (A relation in words, some in lower case: "Spelkamrater i Järvsö
    # spelmanslag"; not a staff list's "Editors".)
    relation = paras[j].plain.split() if j < len(paras) else []
    if not (relation and paras[j].block == paras[k].block and classes[j] == SHORT
            and SIGNERS_RELATION_MIN_WORDS <= len(relation) <= SIGNERS_RELATION_MAX_WORDS
            and any(w[:1].islower() for w in relation) and not _ends_sentence(paras[j].plain)):
        return set()
    if j + 1 < len(paras) and paras[j + 1].block == paras[k].block:
        return set()  # (the block goes on: a list of names, no signature)
    return set(range(k, j + 1))


def _names_from(paras: list[Paragraph], classes: list[str], k: int) -> int:
    """Where the bare names, a line each, that open at line `k` in its block
    end (SIGNERS_MAX names at most)."""
    j = k
    while (j < len(paras) and j - k < SIGNERS_MAX and classes[j] == SHORT and paras[j].block == paras[k].block
           and _bare_name(paras[j].plain)):
        j += 1
    return j


# A writer's name under a letter's closing: a few words, no figure, no sentence.
SIGNED_NAME_MAX_WORDS = 4


def _name_under(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    if k + 1 >= len(paras) or classes[k + 1] != SHORT:
        return False
    name = paras[k + 1].plain.strip()
    return (0 < len(name.split()) <= SIGNED_NAME_MAX_WORDS and not any(ch.isdigit() for ch in name)
            and not _ends_sentence(name))


def _terse_sentence(text: str, f: Features) -> bool:
    if f.n_words >= CLOSING_SENTENCE_MIN_WORDS:
        return True
    two = text.split()
    return (f.n_words == len(two) == 2 and "." not in text.rstrip()[:-1]
            and sum(ch.isalpha() for ch in text) >= CLOSING_TWO_WORDS_MIN_LETTERS)


# Signers named with who they are after a comma: this many words of that at most.
SIGNED_ROLE_MAX_WORDS = 6


def _credit_under(paras: list[Paragraph], k: int) -> bool:
    """Line `k` signs the article off or credits its reporters."""
    text = paras[k].plain
    # (Writers named, and after a comma who they are, as an obituary or a
    # letter is signed: "Ingrid Haugland og Sverre Tveit, venner og tidligere
    # lærlinger"; two names or three.)
    return bool(_SIGN_OFF.match(text) or _closing_credit(text) or _ON_BEHALF.match(text)
                or named_with_role(text, several=True, role_max_words=SIGNED_ROLE_MAX_WORDS))


# An article's own list: items with list markers ("1. ", "• ", "・"), or lines
# that end in a comma or semicolon (verse, a letter's sign-off, an address).
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]\s|(?:[•·▪►✓*–+-]\s?|[・●]))")
_CONTINUED = regex.compile(r"[,;]\s*$")
# A fact box or a memo's header: "Age: 46", "Role: Meskada", "DATE: May 1",
# "Step 2 (Delete h): heart".
_KEY_VALUE = regex.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,2}(?:\s\([^()]{1,40}\))?\s?:\s+\S")
# The same in Chinese and Japanese, no space after the mark: "作者︱春春",
# "原标题：…", "[责任编辑:肖春芳]".
_CJK_KEY_VALUE = regex.compile(r"^\s*\[?[\p{Han}\p{Hiragana}\p{Katakana}]{1,6}\s?[:：︱|]\s?\S"
                                # (Japanese sports pages: a marked key, a wide space: "▽得点　【湊】長浜（前18分）")
                                r"|^\s*[▽▼■◇◆]\p{Han}{1,6}\u3000\S")
# A row of a team's line-up: a position, a shirt number, the players
# ("GK 1 大迫拓真", "DF 3 坂巻亮、5 ペドロ・アルメイダ", "MF 8 Kim, 14 Park").
_LINEUP_ROW = regex.compile(r"^\s*(?:GK|DF|MF|FW|TW|AB|MIT|ST|POR|DEF|MED|DEL|CEN|ATT)\s+\d{1,2}\s+\S")
# A list of sources: nothing but an address on the line.
_BARE_URL = regex.compile(r"^\s*(?:https?://|www\.)\S+\s*$")

# A table's row: "Yes 76 38% 52% -14%" (numbers are most of its words).
_NUMBER = regex.compile(r"^[-+±−$€£]?\d[\d.,:/]*%?$")


def _page_tail(
    paras: list[Paragraph], classes: list[str], end: int, closing: int | None, config: Config
) -> tuple[int, bool]:
    """Where the page's tail starts: a long run of short lines that ends the
    text below the article (related headlines, section links, the footer).

    Fewer lines are a tail when they are all headline-sized, or when they
    are the block of its own that closes the text (``closing``, see
    ``_closing_block``; a teaser's blurb in it is judged as prose).
    Returns where it starts (len(paras) when there is none) and whether
    its lines are all headline-sized. A run the article introduces
    ("Ingredients:") or that reads as its own list or verse is not a tail;
    a run that opens with the article's own box starts its tail, if any,
    under the box (see ``article_box_end``).
    """
    n = len(paras)
    i = n
    while i > end + 1 and classes[i - 1] in (SHORT, BAD):
        i -= 1
    if closing is not None:
        i = min(i, closing)
    # Known boilerplate in the run already takes the lines after it (B122);
    # the lines above it are the article's own unless they are many.
    known_at = classes.index(BAD, i) if BAD in classes[i:] else n
    none = (n, False)
    if i == end + 1:
        # A table right under the article's last paragraph is its own (key
        # figures, a results table), and so is the next one right under it
        # (the standings under the results): the tail, if any, starts below.
        # (Not a ranking's rows: under them, the article may go on with its
        # next section in short lines, "Miehissä Peltola omaan luokkaansa".)
        while (below := _table_below(paras, i, known_at, rankings=False)) > i:
            i = below
        if i >= known_at:
            return none
    box_end = article_box_end(paras, classes, i, known_at, under_article=i == end + 1)
    if box_end > i:
        # The article's own box ("Key facts", "规格参数", "Timeline" over
        # "April 3: Contract signed") opens the run: the tail, if any,
        # starts under its entries.
        i = box_end
        # More boxes under it, each under a heading a box list names ("Pros",
        # "Cons", "Specifications" under "Verdict").
        while i < known_at and (box_end := article_box_end(paras, classes, i, known_at, under_article=False)) > i:
            i = box_end
        if i >= known_at:
            return none
        if _LINK_MARK.search(paras[i].text):
            return i, False  # the box ends at a link: the shop's, other stories'
    headlines = _headline_sized(paras[i:known_at])
    run = known_at - i
    if not headlines and i != closing:
        if run < config.tail_run_min - 1:
            return none
        if run == config.tail_run_min - 1 and not all(_link_like(p.plain) for p in paras[i:known_at]):
            return none
    if paras[i - 1].plain.rstrip().endswith(":") or paras[i].plain.rstrip().endswith(":"):
        return none
    if _heading_over_lead_in(paras, i, known_at):
        return none  # a box's heading over its lead-in ("… advises residents to:") and list
    if normalize_label(paras[i].plain) in label_set("valedictions.txt"):
        return none  # "Yours sincerely", a name, a title: the letter's signature
    if any(_box_head(p.plain) for p in paras[i:known_at]):
        return none  # "Pros", "Verdict", "Key facts": the article's own box
    # Other stories' headlines with a kicker ("Reports: Workers told to ...")
    # are not a fact box's entries. They differ from each other: one caption
    # repeated under each photo of a gallery ("Philip Karlberg: Figurines") does not.
    lines = [p.plain for p in paras[i:known_at]]
    kickers = headlines and len(set(lines)) == len(lines)
    if _reads_as_own_list(lines, entries=not kickers):  # what follows the known line goes anyway
        return none
    return i, headlines


# A lead-in of a few words at least, over this many items of its list.
LEAD_IN_MIN_WORDS = 4
LEAD_IN_MIN_ITEMS = 2


def _heading_over_lead_in(paras: list[Paragraph], i: int, stop: int) -> bool:
    """Line `i` heads a box whose lead-in under it ends in a colon and
    leads into items that go on in lower case or with a list's marker
    ("What to do" / "Trading Standards advises residents to:" / "never pay
    in cash"). Menus and forms' fields end lines in colons too ("Title:",
    "Search for:"), but lead into no such items."""
    if i + 1 + LEAD_IN_MIN_ITEMS >= stop or _ends_sentence(paras[i].plain):
        return False
    lead_in = paras[i + 1].plain.rstrip()
    if not lead_in.endswith(":") or len(lead_in.split()) < LEAD_IN_MIN_WORDS:
        return False
    items = [paras[k].plain.lstrip() for k in range(i + 2, i + 2 + LEAD_IN_MIN_ITEMS)]
    return all(item[:1].islower() or _LIST_MARKER.match(item) for item in items)


# A box's heading may name its subject after a colon: "Fakta: Lidåsens såg".
BOX_SUBJECT_MAX_WORDS = 6


def _box_head(text: str) -> bool:
    heads = label_set("box_heads.txt")
    if normalize_label(text) in heads:
        return True
    head, colon, subject = text.partition(":")
    return (bool(colon) and 0 < len(subject.split()) <= BOX_SUBJECT_MAX_WORDS and not _ends_sentence(subject)
            and normalize_label(head) in heads)


# A link on the line: lynx's "[12]", Markdown's "[text](address)".
_LINK_MARK = regex.compile(r"\[\d+\]|\]\(")
_FIGURE_FIRST = regex.compile(r"^\s*\d")
_FIGURE_APART = regex.compile(r"^\s*\d[\d.,:/%]*(?!\p{L})")


def article_box_end(paras: list[Paragraph], classes: list[str], i: int, stop: int, under_article: bool) -> int:
    """Where the article's own box that opens at line `i` ends (before
    `stop`): under a heading a box list names ("Key facts"), or, right
    under the article's last paragraph, under any short heading over two
    entries. `i` when no box opens there. Known boilerplate ends a box."""
    if i < stop and (_box_head(paras[i].plain) or (under_article and _heads_entries(paras, classes, i, stop))):
        return _box_end(paras, classes, i, stop)
    if under_article:
        # Facts with no heading over them: a match's line-ups, scorers and
        # referee ("Tore: 0:1 Pfaff (8.), …", "SV Lindenbrück: Pfeiffer –
        # Krause, Aydın, …"): a figure or a list in every value. (Other
        # stories' headlines with a kicker, "How To: The Sock Bun", and a
        # page's fields, "Requirements: WordPress", have neither.)
        k = _facts_end(paras, classes, i, stop)
        if k - i >= BOX_MIN_ENTRIES:
            return k
        # The same under a line of its own that heads them, however long
        # ("HC Podhradí – Orli Kamenec 3:2 (0:1, 0:1, 2:0)"), when more facts follow.
        if i + 1 < stop and classes[i] == SHORT and not _ends_sentence(paras[i].plain) \
                and not _LINK_MARK.search(paras[i].text):
            k = _facts_end(paras, classes, i + 1, stop)
            if k - (i + 1) > BOX_MIN_ENTRIES:
                return k
    return i


def _facts_end(paras: list[Paragraph], classes: list[str], i: int, stop: int) -> int:
    """Where a run of facts ("Tore: 0:1 Pfaff (8.)") from line `i` ends; a
    heading of its own may part them ("Line-ups" over the teams' lines)."""
    k = i
    while k < stop and classes[k] != BAD and not _LINK_MARK.search(paras[k].text):
        goes_on = k > i and (_wrapped_on(paras[k - 1].text) or (
            k + 1 < stop and _facts_heading(paras[k], classes[k]) and _figured_fact(paras[k + 1].plain)))
        if not (_fact(paras[k].plain) or goes_on):
            break
        k += 1
    return k


# A hard-wrapped line runs to about this width and no further (lynx wraps
# at 74 columns, after its indent): the next line goes on with the same
# fact when the wrapped one holds a list.
WRAP_MIN_CHARS = 60
WRAP_MAX_CHARS = 80
WRAPPED_LIST_MIN_COMMAS = 2


def _wrapped_on(text: str) -> bool:
    """A line wrapped in the middle of a fact's list ("Tiszavár: Molnár D. -
    Szalai P. 8, Tóth E. 6, Nagy R. 5, Balogh"); not a headline that runs
    long ("BUILD 2012: Follow UX guidelines for your Windows 8 apps")."""
    text = text.rstrip()
    return (WRAP_MIN_CHARS <= len(text) <= WRAP_MAX_CHARS and not _ends_sentence(text)
            and text.count(",") >= WRAPPED_LIST_MIN_COMMAS)


# The periods' scores of a match: "18-20, 33-41, 52-60, 72-72, 84-79 (OT)".
PERIOD_SCORES_MIN = 2


def _key_value(text: str) -> regex.Match[str] | None:
    """A fact's key and its mark: "Tore:", "Age: 46", "作者︱春春", or a
    date as a programme's or a timeline's key ("17 फरवरी: …", "3. März: …")."""
    m = _KEY_VALUE.match(text) or _CJK_KEY_VALUE.match(text)
    if m is None and text.lstrip()[:1].isdigit() and (m := _YEAR_KEY.match(text)) is not None:
        return m
    if m is None and text.lstrip()[:1].isdigit() and (m := _DAY_MONTH_KEY.match(text)) is not None:
        month = m["month"].casefold()
        if not any(month.startswith(prefix) for prefix in month_prefixes()):
            return None
    return m


# A year, then the colon, as a timeline's key: "2019: raad kiest voor een fietsbrug …".
_YEAR_KEY = regex.compile(r"^\s*(?:1[89]|20)\d{2}\s?:\s+\S")
# A day and its month, then the colon: "17 फरवरी: …", "3. März 2025: …".
_DAY_MONTH_KEY = regex.compile(r"^\s*\d{1,2}\.?\s(?P<month>[^\W\d_][\w.]*)(?:\s\d{4})?\s?:\s+\S")


def _fact(text: str) -> bool:
    """A "key: value" line whose value holds a figure or a list, or a line
    of the periods' scores."""
    m = _key_value(text)
    if m is None:
        if _LINEUP_ROW.match(text):
            return True  # a line-up's row: "GK 1 大迫拓真"
        # (scores, and few words besides them: "(OT)", "n.V.")
        scores = len(_SCORE.findall(text))
        return scores >= PERIOD_SCORES_MIN and len(words(text)) <= 2 * scores
    return _FACT_MARK.search(text, m.end() - 1) is not None


def _figured_fact(text: str) -> bool:
    """A fact with a figure in its value ("Team (Coach): Smith 27, Jones 12"),
    not a headline with a kicker ("Election Results 2023: Mayor heads for a runoff")."""
    m = _key_value(text)
    if m is None:
        return _LINEUP_ROW.match(text) is not None  # (its shirt number)
    return _DIGIT_RUNS.search(text, m.end() - 1) is not None


def _facts_heading(p: Paragraph, c: str) -> bool:
    """A heading between facts: a few words, no sentence."""
    return c == SHORT and len(p.plain.split()) <= BOX_HEAD_MAX_WORDS and not _ends_sentence(p.plain)


def boxes_under_end(paras: list[Paragraph], classes: list[str], end: int) -> int:
    """Where the article's own boxes and tables right under its last
    paragraph at `end` end (`end + 1` when there are none)."""
    k = end + 1
    while True:
        below = max(article_box_end(paras, classes, k, len(paras), True), _table_below(paras, k, len(paras)))
        if below <= k:
            return k
        k = below


# Under a box's heading, short lines with no mark of an entry are its
# points up to this many lines down ("Pros" over "Long battery life").
BOX_FREE_ENTRIES_MAX = 5


def boxes_over_article(paras: list[Paragraph], classes: list[str], start: int) -> set[int]:
    """The lines of a review's pros and cons over its first paragraph at
    `start` (under its byline and score): a box that opens with a heading
    of lexicon/pros_cons_heads.txt and holds another, each over an entry."""
    heads = label_set("pros_cons_heads.txt")
    found: set[int] = set()
    i = 0
    while i < start:
        if classes[i] == SHORT and normalize_label(paras[i].plain) in heads:
            end = _box_end(paras, classes, i, start)
            headed = [k for k in range(i, end) if normalize_label(paras[k].plain) in heads]
            if len(headed) >= 2 and all(k + 1 < end and k + 1 not in headed for k in headed):
                found.update(range(i, end))
                i = end
                continue
        i += 1
    return found


def _box_end(paras: list[Paragraph], classes: list[str], head: int, stop: int) -> int:
    """Where the box under the heading at `head` ends: its entries are
    "Key: value" lines, table rows, list items, aligned columns, figures
    ("11,9% — average rise"), and more box headings ("Summary") and tables
    under theirs, no links (the shop's "[12]Buy now" under a review's box,
    a list of other reviews)."""
    k = head + 1
    last_head = head
    while k < stop and classes[k] != BAD:
        if _box_head(paras[k].plain):
            last_head = k
            k += 1
        elif _box_entry(paras[k]) or _heads_entries(paras, classes, k, stop):
            k += 1
        elif _split_entry(paras, classes, k, stop):
            k += 2  # "Regie:" over "Lena Hofstetter"
        elif (below := keyed_block_end(paras, classes, k, stop)) > k:
            k = below  # "Režija" over "Lana Perić", a block of such pairs
        elif (below := _table_below(paras, k, stop)) > k:
            k = below  # a table, under its own heading ("## Result of the vote")
        elif classes[k] == SHORT and not _LINK_MARK.search(paras[k].text) and (
                _free_point(paras, classes, last_head, k) or (k + 1 < stop and _box_head(paras[k + 1].plain))):
            # A few points of a line each right under a heading ("Pros" over
            # "Long battery life"), or a line of its own before the next
            # heading ("In cinemas from 28 November" over "What we liked").
            k += 1
        else:
            break
    return k


def _free_point(paras: list[Paragraph], classes: list[str], head: int, k: int) -> bool:
    """Line `k` is one of a few short points, with only such points between
    it and the heading at `head` (not a line after a box's "Key: value" entries)."""
    return k - head <= BOX_FREE_ENTRIES_MAX and all(
        classes[j] == SHORT and not _box_entry(paras[j]) for j in range(head + 1, k))


def _box_entry(line: Paragraph, named: bool = True) -> bool:
    """An entry of a box: under a heading a box list names, two cells a row
    and a figure first ("11,9% — average rise") too."""
    text = line.plain
    if _LINK_MARK.search(line.text):
        return False
    if _key_value(text) or _is_table_row(text) or _LIST_MARKER.match(text) or _measure(text):
        return True
    if named:
        return _cells(text) >= 2 or _FIGURE_FIRST.match(text) is not None
    return _cells(text) >= TABLE_MIN_CELLS


# A measure with its name, as a recipe's nutrition box or a product's
# specs print them: "Energija 410 kcal", "Beljakovine 24 g", "塩分 約2.1g",
# "調理時間 15分". The unit is what tells it from a headline that ends in a
# year ("The best phones of 2025"); an "about" may stand before the figure.
_MEASURE = regex.compile(r"^[\p{L}\p{M}][\p{L}\p{M}' ()/-]{0,30}?\s+(?:\p{L}{1,6}\.?\s?)?\d[\d.,]*\s?\p{L}{1,5}\.?$")
MEASURE_MAX_CHARS = 40


def _measure(text: str) -> bool:
    text = text.strip()
    return len(text) <= MEASURE_MAX_CHARS and _MEASURE.match(text) is not None


# A box's heading is a few words, over two entries at least.
BOX_HEAD_MAX_WORDS = 6
BOX_MIN_ENTRIES = 2


def _heads_entries(paras: list[Paragraph], classes: list[str], head: int, stop: int) -> bool:
    """A heading right under the article, not a sentence, over entries of
    the article's own box ("Timeline of the dispute" over "April 3:
    Contract signed", "Η ετυμηγορία" over "Βαθμολογία: 4/5")."""
    text = paras[head].plain.rstrip()
    if len(text.split()) > BOX_HEAD_MAX_WORDS or _ends_sentence(text) or _LINK_MARK.search(paras[head].text):
        return False
    if classes[head] != SHORT or _box_entry(paras[head], named=False) or _FIGURE_APART.match(text):
        # A known line ("next page ›"), or an entry itself ("Pricing: FREE",
        # "11,9% — average rise", a date); a figure that a word goes on
        # from is a heading's ("1人分の目安", per serving).
        return False
    if text.endswith(":"):
        return False  # "Ingredients for 4 portions:": the article introduces the whole run (see _page_tail)
    # (Under a heading no list names, two cells a row are as often a list
    # of other stories, "Author | Headline", and a figure first a count,
    # "4573 (articles)", or a listicle's title, "10 More Bizarre Lists".)
    if keyed_block_end(paras, classes, head + 1, stop) > head + 1:
        return True
    entries = range(head + 1, head + 1 + BOX_MIN_ENTRIES)
    if head + BOX_MIN_ENTRIES < stop and all(
            classes[k] != BAD and _box_entry(paras[k], named=False) for k in entries):
        return True
    return all(_split_entry(paras, classes, k, stop) for k in range(head + 1, head + 1 + 2 * BOX_MIN_ENTRIES, 2))


# A key printed over its value, as a definition list or a table's column of
# headers comes out of the page ("Regie:" / "Lena Hofstetter"): a key of
# a few words and its colon, then a short value that is no key itself.
SPLIT_KEY_MAX_WORDS = 3
_SPLIT_KEY = regex.compile(r"^\s*[^\W\d_][^:：\n]{0,40}[:：]\s*$")


def _split_entry(paras: list[Paragraph], classes: list[str], k: int, stop: int) -> bool:
    """Lines `k` and `k + 1` are one entry of a box: its key over its value."""
    if k + 1 >= stop or classes[k] != SHORT or classes[k + 1] != SHORT:
        return False
    return key_over_value(paras[k].plain, paras[k + 1].plain) and not _LINK_MARK.search(
        paras[k].text + paras[k + 1].text)


# A block of keys over their values with no colon to mark the keys, as a
# film's facts box comes out of a table ("Režija" / "Lana Perić" / "Trajanje"
# / "104 min"): this many pairs at least, this many values with a figure.
KEYED_BLOCK_MIN_PAIRS = 4
KEYED_BLOCK_MIN_FIGURES = 2


def keyed_block_end(paras: list[Paragraph], classes: list[str], k: int, stop: int) -> int:
    """Where the block that opens at line `k` ends, when it is keys over
    their values: an even count of short lines, each key a few words with
    no figure, each its own, and figures in some values (a length, a date).
    `k` otherwise. (A menu's items hold no figures; a list of headlines
    holds no pairs of a word or two over a longer line.)"""
    if k >= stop or (k > 0 and paras[k - 1].block == paras[k].block):
        return k
    end = k
    while end < stop and paras[end].block == paras[k].block and classes[end] == SHORT:
        end += 1
    if (end < len(paras) and paras[end].block == paras[k].block) or (end - k) % 2 or (
            end - k < 2 * KEYED_BLOCK_MIN_PAIRS):
        return k
    keys = [paras[j].plain.strip().rstrip(":：") for j in range(k, end, 2)]
    values = [paras[j].plain for j in range(k + 1, end, 2)]
    if len({key.casefold() for key in keys}) < len(keys) or any(
            len(key.split()) > SPLIT_KEY_MAX_WORDS or not key[:1].isupper() or _DIGIT_RUNS.search(key)
            or _ends_sentence(key) for key in keys):
        return k
    if sum(1 for v in values if _DIGIT_RUNS.search(v)) < KEYED_BLOCK_MIN_FIGURES:
        return k
    return end if not any(_LINK_MARK.search(paras[j].text) for j in range(k, end)) else k


def key_over_value(key: str, value: str) -> bool:
    """`key` is a key of a few words and its colon, `value` a short value under
    it that is no key itself and no sentence ("Regie:" / "Lena Hofstetter")."""
    if _SPLIT_KEY.match(key) is None or len(key.split()) > SPLIT_KEY_MAX_WORDS:
        return False
    return _SPLIT_KEY.match(value) is None and not _ends_sentence(value)


# The last block may hold this share of the prose above it: more is the
# article's last paragraphs, written one a line.
CLOSING_BLOCK_MAX_SHARE = 0.25
# Credits named by their role, whatever word joins the name: "Fotos de Rui
# Tavares", "Vídeo de ...", "Foto's van ...", "Фото автора", "Edição de ...".
_CREDIT_ROLE = regex.compile(
    r"^\W{0,2}(?i:fotos?|foto's|fotografías?|fotografias?|photos?|photographs?|pictures?|bild|bilder|zdjęcia|zdjęcie"
    r"|vídeos?|videos?|text|texto|textos|tekst|reportagem|reportaje|reporting|writing|edição|edición|editing|redacción"
    r"|redação|ilustración|ilustração|illustrations?|infografía|infografia|grafik|фото|видео|текст)\b"
)


def _introduces_list(line: str, below: str) -> bool:
    """`line` ends with a colon and the line under it is a list item ("- ",
    "1. ", or the dash Russian and Spanish lists use, "— ")."""
    return line.rstrip().endswith((":", "：")) and (_LIST_MARKER.match(below) is not None or below.lstrip().startswith("— "))


def _opens_like_a_link(block: list[Paragraph]) -> bool:
    """Whether the block opens with a headline's shape: four words or more,
    no colon introducing what follows, no sentence end (unless cut short,
    "... that uses..."), or a question or an exclamation in a list of such
    lines ("Is This A Hate Crime?"; a question and its answer is an
    interview's last exchange)."""
    text = block[0].plain.rstrip()
    if len(words(text)) < TAIL_HEADLINE_MIN_WORDS or text.endswith((":", "：")):
        return False
    if not _ends_sentence(text) or _cut_short(text):
        return True
    return text.endswith(("?", "!")) and not any(ends_full_stop(p.plain) for p in block)


def _closing_block(paras: list[Paragraph], classes: list[str], span: tuple[int, int]) -> int | None:
    """Where the block of its own that closes the text starts, when it is
    the page's and not the article's: two lines or more, one a line, under
    an article written a paragraph a block. That is how a page renders its
    lists of links (related headlines, a teaser's headline and blurb, a
    footer). Not when a line in it is a byline or a credit ("Reporting by
    ..."), nor when it holds much prose. And only when it opens as links
    do, with a headline: an article's last lines open otherwise (a
    signature's name, an author's bio, a question and its answer, the
    last step of a recipe, a "Correction" heading)."""
    start = span[0]
    n = len(paras)
    first = n - 1
    while first > 0 and paras[first - 1].block == paras[-1].block:
        first -= 1
    if n - first < 2 or first <= start:
        return None
    # (Blocks as they will be written: a block whose lines would merge once
    # a line between them is gone is written a paragraph a block.)
    written = [p for p in paras[start:first] if p.kept]
    apart = blocks_written_apart(written)
    core_blocks = [p.block for p in written if p.block not in apart]
    if len(set(core_blocks)) != len(core_blocks) or not _opens_like_a_link(paras[first:]):
        return None
    if any(_credits(p.plain) or _CREDIT_ROLE.match(p.plain) for p in paras[first:]):
        return None
    if any(_introduces_list(paras[k].plain, paras[k + 1].plain) for k in range(first - 1, n - 1)):
        return None  # "Police advise:" over its items: the article's advice, not links
    above = sum(len(paras[k].plain) for k in range(start, first) if classes[k] == GOOD)
    block = sum(len(paras[k].plain) for k in range(first, n) if classes[k] in (GOOD, NEAR))
    if not above or block > CLOSING_BLOCK_MAX_SHARE * above:
        return None
    return first


# Fewer lines are a tail when they are all headline-sized: a byline or a
# date under the article is shorter, and a credit names someone "by" name
# ("Additional reporting by Jane Doe"). (Not titles.HEADLINE_MIN_WORDS: that
# one tells a title line's headline part from a site's name.)
TAIL_HEADLINES_MIN = 3
TAIL_HEADLINE_MIN_WORDS = 4


def _headline_sized(paras: list[Paragraph]) -> bool:
    return len(paras) >= TAIL_HEADLINES_MIN and all(
        # Words with letters: "Grade Levels 9 - 12" is a fact, not a headline.
        # (split() too: it keeps CJK lines, one "word" each, out.)
        len(p.plain.split()) >= TAIL_HEADLINE_MIN_WORDS
        and len(words(p.plain)) >= TAIL_HEADLINE_MIN_WORDS
        and (not _ends_sentence(p.plain) or _cut_short(p.plain))
        and not _CREDIT.search(p.plain)
        for p in paras
    )


# A number or a comma: a fact's value ("9 - 12", "Civil Engineering, Transport").
_FACT_MARK = regex.compile(r"[\d,，、]")


def _link_like(text: str) -> bool:
    """A line that can only be a link: no byline or date, no entry
    ("More: http://...", "Source: AP", "Grade Levels 9 - 12", "Contact
    Mary Hale, Harbour Authority"), nothing it introduces."""
    return not (
        _FACT_MARK.search(text)
        or _credits_or_dates(text)
        or text.rstrip().endswith(":")
        or _key_value(text)
        or _BARE_URL.match(text)
    )


def _cut_short(text: str) -> bool:
    """A teaser's headline cut short: "Apple files anti-theft patent that
    uses...", "A New World of …": the ellipsis follows a word (or a comma),
    not a sentence's end. String methods, not a pattern: a word character,
    then a repeat of dots and another one anchored at the end, backtracks
    quadratically on a long run of dots."""
    text = text.rstrip()
    if text.endswith("…"):
        body = text[:-1]
    elif text.endswith("..."):
        body = text.rstrip(".")
    else:
        return False
    if body[-1:].isspace():
        body = body[:-1]
    last = body[-1:]
    return last != "" and (last.isalnum() or last in ",_")


def _reads_as_own_list(lines: list[str], entries: bool = True) -> bool:
    """Lines that read as the article's own list: mostly list-marked, verse
    or a letter's lines ending in commas, or entries (a fact box, a list of
    sources, a table). `entries`: whether "Key: value" lines count as
    entries (not in other stories' headlines with a kicker)."""
    listed = sum(1 for t in lines if _LIST_MARKER.match(t))
    continued = sum(1 for t in lines if _CONTINUED.search(t))
    if listed * 2 >= len(lines) or continued * 3 >= len(lines):
        return True
    n_entries = sum(1 for t in lines if _key_value(t) or _BARE_URL.match(t) or _is_table_row(t)) if entries else 0
    return n_entries * 2 >= len(lines)


# A table: this many rows in a row, under up to three heading lines (its
# title, a group's name, the columns' heads: "Wyniki …" / "Kobiety" / "Miejsce Zawodniczka Czas").
TABLE_MIN_ROWS = 3
TABLE_HEAD_LINES = 3
# Two cells a row are a list of links as often ("Author | Headline").
TABLE_MIN_CELLS = 3
# (A full-width bar parts cells in CJK text, with no spaces: "｜重さ｜178g｜".)
_CELL_SEP = regex.compile(r"\s\|\s|^[|｜]|[|｜]$|｜|\t|\s{2,}")


# A row between bars at both ends ("| Name | Age |", "｜重さ｜178g｜"): two
# cells are a table's too, which a list of links written "Author | Headline"
# never is.
_BARRED_ROW = regex.compile(r"^\s*[|｜].*[|｜]\s*$")


# A Markdown table's separator row: "| --- | :---: | --- |".
TABLE_RULE = regex.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def _table_below(paras: list[Paragraph], i: int, stop: int, rankings: bool = True) -> int:
    """Where the table that starts at line `i` ends (its heading lines and
    rows: "Key figures (SEK m)" over "Net sales   4 104   4 412" ..., or a
    Markdown table, a day's results), before line `stop`; `i` when there is
    none. Rows are lines of numbers or of results ("Harbour Town 3 - 2
    Riverside"), or of as many cells each, three or more, parted by bars,
    tabs or runs of spaces; a Markdown table's rows under its separator
    row, however many cells."""
    for head in range(TABLE_HEAD_LINES + 1):
        k = i + head
        if k + 1 < stop and TABLE_RULE.fullmatch(paras[k + 1].plain):
            j = k + 2
            while j < stop and paras[j].plain.startswith("|"):
                j += 1
            if j > k + 2:
                return j
        cells = _cells(paras[k].plain) if k < stop else 0
        min_cells = 2 if k < stop and _BARRED_ROW.match(paras[k].plain) else TABLE_MIN_CELLS
        j = k
        while j < stop and (_is_table_row(paras[j].plain) or score_row(paras[j].plain)
                            or (cells >= min_cells and _cells(paras[j].plain) == cells)):
            j += 1
        if rankings:
            j = max(j, _ranking_end(paras, k, stop))
        if j - k >= TABLE_MIN_ROWS:
            return j
    return i


# A ranking's row: its place, a name, and a figure last (a time, points):
# "5. Yohannes Tesfaye Erytrea 1:04:02"; a table's cells joined by spaces
# write the place bare ("1 Sindre Haugland Tromsø SK 38.41,2").
_RANKED_ROW = regex.compile(r"^\s*(\d{1,3})([.)]?)\s+\S.*\d\s*$")


def _ranking_end(paras: list[Paragraph], k: int, stop: int) -> int:
    """Where the rows of a ranking from line `k` end, their places counting
    up one by one (a list of steps has no figure at the end of every line);
    bare places count from the first."""
    j, place = k, None
    while j < stop and (m := _RANKED_ROW.match(paras[j].plain)) and (
            int(m[1]) == place + 1 if place is not None else (m[2] != "" or m[1] == "1")):
        place = int(m[1])
        j += 1
    return j


def _cells(text: str) -> int:
    """How many cells a line parted by bars, tabs or runs of spaces (aligned
    columns) holds; 0 for none."""
    parts = [p for p in _CELL_SEP.split(text.strip()) if p.strip()]
    return len(parts) if len(parts) >= 2 and _CELL_SEP.search(text.strip()) else 0


def _is_table_row(text: str) -> bool:
    """Three or more numbers, and numbers are most of the line's words."""
    if len(_DIGIT_RUNS.findall(text)) < 3:
        return False  # most lines: one regex pass in C, no test per word
    words = text.split()
    numbers = sum(1 for w in words if _NUMBER.match(w))
    return numbers >= 3 and numbers * 2 > len(words)


def _furniture_section(
    paras: list[Paragraph], feats: list[Features], classes: list[str], end: int, inserts: Collection[int] = ()
) -> int:
    """Below the article, the first known heading of page furniture: related
    stories, newsletter and follow prompts, the footer. From there to the
    end of the text, teasers, dates and section names follow, including
    teaser sentences on the article's own topic. (`inserts`: lines that
    open nothing, a poll's buttons; nor does a player's control.)
    Returns its index, or len(paras) when there is none."""
    for i in range(end + 1, len(paras)):
        if (classes[i] == BAD and feats[i].label and feats[i].category in SECTION_OPENERS and i not in inserts
                and not is_player_control(paras[i].plain)):
            return i
    return len(paras)


# The writer signs the article off under its last box with their byline's
# opening and their address: "김도윤 기자" over the article, "김도윤 기자
# doyun.kim@techdaily.example" under its box of specs and its verdict.
# What is between is the article's: its boxes cost the core more than they
# weigh, so the core ended over them.
SIGN_OFF_REACH = 16
SIGN_OFF_NAME_WORDS = 2
SIGN_OFF_MAX_WORDS = 4
BYLINE_REACH = 8


def lines_to_sign_off(
    paras: list[Paragraph], feats: list[Features], classes: list[str], start: int, end: int
) -> set[int]:
    """The lines from under the article's last paragraph `end` down to the
    writer's signature: a short line under it that opens with the first
    two words of a short line over the article's first paragraph `start`
    (the byline) and gives an e-mail address. No known line may stand
    between, but an advertisement's label."""
    bylines = {ws[:SIGN_OFF_NAME_WORDS] for k in range(max(0, start - BYLINE_REACH), start)
               if classes[k] == SHORT and len(ws := words(paras[k].plain)) >= SIGN_OFF_NAME_WORDS}
    if not bylines:
        return set()
    for k in range(end + 1, min(len(paras), end + 1 + SIGN_OFF_REACH)):
        if classes[k] == BAD:
            if feats[k].label and feats[k].category == "advert":
                continue
            return set()
        text = paras[k].plain
        if classes[k] != SHORT or "@" not in text or (address := _EMAIL.search(text)) is None:
            continue
        named = words(text[: address.start()])
        if named[:SIGN_OFF_NAME_WORDS] in bylines and len(text.split()) <= SIGN_OFF_MAX_WORDS:
            return {j for j in range(end + 1, k + 1) if classes[j] != BAD}
    return set()
