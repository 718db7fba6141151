"""Forms inside the text: a newsletter sign-up, a paywall, a log-in box, a
consent banner. Their buttons and fields are known lines; the unknown lines
that belong to them (a heading, a pitch, a banner's text) sit right by them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .core import SECTION_OPENERS, SIGN_UP_CATEGORIES
from .document import Paragraph
from .fields import field_and_button, names_mail, opens_with_sign_up
from .lexicon import normalize_label
from .lineclass import BAD, GOOD, NEAR, SHORT
from .linefeatures import _question, opens_as_speech
from .tail import _LIST_MARKER, BOX_MIN_ENTRIES, TABLE_MIN_CELLS, _cells, _closing_credit, _key_value, article_box_end
from .text import content_stems, ends_sentence

if TYPE_CHECKING:
    from .boilerplate import Features

# The categories of a form's known lines; two or more of them together are
# its buttons and fields. Sign-up forms (core.SIGN_UP_CATEGORIES) carry a
# heading and a pitch of their own; a consent banner's text is known by its
# phrases, and the lines above a banner appended to the text are the
# article's last ones.
_FORM_CATEGORIES = SIGN_UP_CATEGORIES | {"consent"}
FORM_MIN_KNOWN = 2
FORM_MAX_PITCH_LINES = 2
FORM_MAX_SPAN = 4


def _listed_from_above(paras: list[Paragraph], top: int, k: int) -> bool:
    """Line `k` is an item of a list whose items run on from over line `top`
    ("・飲料水は…", "・懐中電灯…" over a paywall's prompt): the article's list,
    cut short by the form, not the form's list of what it offers."""
    marker = _marker(paras[k].plain)
    return marker is not None and top > 0 and all(_marker(paras[i].plain) == marker for i in range(top - 1, k + 1))


def _in_block_from_above(paras: list[Paragraph], classes: list[str], top: int, k: int) -> bool:
    """Line `k` ends the block of unknown lines that starts over `top`: the
    last item of the article's list, over the form's own block ("2 œufs" /
    "Sel, poivre" over "Recevez une recette …"). (A share bar's block goes
    on into the form's known lines, "Stumble it" over "Subscribe by RSS",
    or holds known lines itself, "TEILEN TWITTERN" over "Deal abgelaufen?".)"""
    return (top > 0 and paras[k].block == paras[top - 1].block and k + 1 < len(paras)
            and paras[k + 1].block != paras[k].block and all(classes[m] != BAD for m in range(top - 1, k)))


def _marker(text: str) -> str | None:
    m = _LIST_MARKER.match(text)
    return m.group(0).strip() if m else None


# The boxes that may open with a question to the reader: a subscription's
# or a newsletter's ("Ihnen gefällt dieser Artikel?").
_ASKING_BOXES = frozenset({"subscribe", "newsletter"})


def form_widget_lines(paras: list[Paragraph], feats: list[Features], classes: list[str]) -> list[tuple[int, str, int]]:
    """Unknown lines that are part of a form: (index, category, first known line).

    * The heading and pitch right above a sign-up form's known lines, and
      the lines among them, in a run of non-prose lines between prose ("Sign
      up for our Science Matters newsletter", "Get the week's discoveries in
      your inbox every Friday." above "Enter your email address", "Sign
      up"). Lines below the known lines are left alone: they may head the
      article's next section.
    * Prose between a form's known lines ("We and our 143 partners use
      cookies ..." between "We value your privacy" and "Accept all"): the
      banner's text, whatever its words.
    """
    found: list[tuple[int, str, int]] = []
    n = len(classes)
    i = 0
    while i < n:
        if classes[i] == GOOD:
            # Prose with known form lines of one category right above and below it.
            if 0 < i < n - 1 and classes[i - 1] == BAD and classes[i + 1] == BAD:
                above, below = feats[i - 1].category, feats[i + 1].category
                if above == below and above in _FORM_CATEGORIES:
                    found.append((i, above, i - 1))
            i += 1
            continue
        j = i
        while j < n and classes[j] != GOOD:
            j += 1
        # (A field and its button are a form's, read as share buttons too:
        # "E-mail Subscrever".)
        known = [k for k in range(i, j) if classes[k] == BAD and _form_line(paras[k].plain, feats[k])]
        # (One known line is a form too when it is a button under a box's
        # heading and pitch, or under a pitch that names the mail it signs up
        # for: "Newsletter Agro – co czwartek najważniejsze informacje …" over
        # "Zapisz się".)
        button = bool(known) and feats[known[0]].label
        headed = button and bool(_heading_and_pitch_over(paras, classes, known[0]))
        # (Or a known pitch over its button, under a heading that names the
        # mail: "Tilaa Terveysmaailman uutiskirje" / "Tutkittua tietoa …
        # joka torstai sähköpostiisi." / "Tilaa".)
        pitch_over_button = len(known) >= 2 and known[1] == known[0] + 1 and feats[known[1]].label
        boxed = headed or ((button or pitch_over_button) and bool(_mail_pitch_over(paras, classes, known[0])))
        # A form inside the text, not a banner before or after it; or one
        # with its address field under the text ("E-mailadres Aanmelden"),
        # its heading and pitch over it; or a box with its heading under the
        # article's last paragraph, nothing but page furniture under it (a
        # sentence alone over a button there may be the article's last).
        # (A pitch that names the mail over the button, under a heading that
        # names it too, is a box at the text's end as well: "Tellige tervise-
        # ja teadusuudiskiri" / "… otse teie postkasti." / "Telli". A sentence
        # alone there may be the article's last: "… in an email to the newsletter.")
        mail_headed = boxed and known[0] >= 2 and classes[known[0] - 2] == SHORT and names_mail(
            paras[known[0] - 2].plain)
        inside_prose = 0 < i and (j < n or headed or (pitch_over_button and boxed) or mail_headed
                                  or any(field_and_button(paras[k].plain) for k in known))
        if inside_prose and (len(known) >= FORM_MIN_KNOWN or any(field_and_button(paras[k].plain) for k in known)
                             or boxed):
            first = known[0]
            category = feats[first].category if feats[first].category in SIGN_UP_CATEGORIES else "newsletter"
            # A form is compact: its own lines among its fields, not a list
            # that happens to have a "Subscribe" above and a "Sign in" below.
            last = known[-1] if known[-1] - first <= FORM_MAX_SPAN else first
            top = max(i, first - FORM_MAX_PITCH_LINES)
            heads = [k for k in range(top + 1, first) if not ends_sentence(paras[k].plain.rstrip())]
            if heads and _statement(paras[top].plain):
                top = heads[-1]  # the form opens with its heading: the sentence over it is the article's
            # ... or with its question, "Ihnen gefällt dieser Artikel?": over it, a box of the article's.
            # (Not a sign-in form's "Passwort vergessen?", a link under its fields.)
            asks = feats[first].label and feats[first].category in _ASKING_BOXES and _question(paras[first].plain)
            if asks:
                top = first
            if top == first:
                # The form's heading and its pitch, a sentence long enough to
                # count as prose, over a form that opens the run; or a pitch
                # alone that names what the form asks for ("… get my Sunday email").
                # (Not when the form's first known line is a pitch of its own,
                # longer than a heading: "Get the latest weather alerts sent
                # straight to your inbox" under a live blog's entry.)
                pitched = len(paras[first].plain.split()) > BOX_HEADING_MAX_WORDS
                own = ([] if pitched else _heading_and_pitch_over(paras, classes, first)) or _mail_pitch_over(
                    paras, classes, first)
                found += [(k, category, first) for k in own if not asks]
            prose_goes_on = _prose_above(paras, classes, top)
            for k in range(top, last):
                in_block = paras[k].block == paras[k - 1].block
                # (The sentence right over a form's button that names the mail it
                # signs up for is the form's pitch, however it reads.)
                pitch = k == first - 1 and bool(_mail_pitch_over(paras, classes, first))
                prose_goes_on = prose_goes_on and not pitch and _statement(paras[k].plain, listed=in_block) and (
                    k == top or in_block or k < first)
                if prose_goes_on:
                    # A statement right under the prose is its last sentence ("He
                    # was acquitted."), and so are those under it in its block
                    # (a list of tips), and the statements over the form's first
                    # known line, its heading ("Sign up for our newsletter"): a
                    # form opens with its heading.
                    continue
                if opens_as_speech(paras[k].plain):
                    continue  # an interview's or a quote's line ("—¿Volverá a la presa?"), not a pitch
                if _BRACKETED_CREDIT.fullmatch(paras[k].plain.strip()) or _closing_credit(paras[k].plain):
                    # The article's closing credit ("(dpa)", "（嶺北総局・中村健太）") or its
                    # source ("Fonte: Coopervale" under a table), not a heading.
                    continue
                if _listed_from_above(paras, top, k) or _in_block_from_above(paras, classes, top, k):
                    # The last items of the article's list, which starts over the
                    # pitch's lines: marked alike, or in the list's own block
                    # ("2 œufs" / "Sel, poivre" over the form's heading).
                    continue
                if _row_of_table_above(paras, k):
                    continue  # the last rows of the article's table ("Nights only\t5 h 24 min\t78%")
                if _figure_entry(paras[k].plain) and top > 0 and _figure_entry(paras[top - 1].plain):
                    continue  # the last figures of the article's box ("Livello attuale: 18%") run on from above
                if classes[k] != BAD:
                    found.append((k, category, first))
        i = j
    return found


# A closing credit alone in brackets: the agency, or the bureau and the
# reporter ("(Hina)", "(Délvidéki Napló/MTI)", "（嶺北総局・中村健太）").
_BRACKETED_CREDIT = regex.compile(r"[(（][^()（）.!?。]{2,40}[)）]")


# A sign-up box's pitch is a sentence or two ("Get the day's top business
# stories in your inbox before 7am. Free for subscribers."), its heading a
# name ("The Morning Brief").
PITCH_MAX_WORDS = 30
BOX_HEADING_MAX_WORDS = 8
# ... and the box stands under the article's prose, this many lines up at
# most (a tag line between): a headline and its lede over a stray button
# at the top of the page are no box.
HEADING_PROSE_REACH = 2


def _heading_and_pitch_over(paras: list[Paragraph], classes: list[str], first: int) -> list[int]:
    """The heading and the pitch right over a form's first line `first`,
    when the pitch is one short paragraph under a heading that stands
    under the article's prose: the box's own lines. [] for anything else (a
    paragraph over the form with no heading over it is the article's)."""
    pitch, heading = first - 1, first - 2
    if heading < 1 or classes[pitch] not in (GOOD, NEAR):
        return []
    head_text = paras[heading].plain.rstrip()
    # (Or a question that asks the reader, however it reads, over a pitch
    # that asks to sign up or names the mail: "¿Quieres más recetas como
    # esta?" / "Suscríbete y te regalo …"; not an interview's question.)
    asks = (head_text.endswith(("?", "？")) and classes[heading] != BAD
            and (opens_with_sign_up(paras[pitch].plain) or names_mail(paras[pitch].plain)))
    if not (classes[heading] == SHORT or asks):
        return []
    if (len(paras[pitch].plain.split()) > PITCH_MAX_WORDS or (ends_sentence(head_text) and not asks)
            or head_text.endswith((":", "：")) or len(head_text.split()) > BOX_HEADING_MAX_WORDS
            or _LIST_MARKER.match(head_text) or _key_value(paras[pitch].plain)
            or not any(c in (GOOD, NEAR) for c in classes[max(0, heading - HEADING_PROSE_REACH) : heading])):
        return []  # (nor a contact's field under a name: "Telefon: 089 …")
    return [heading, pitch]


def _mail_pitch_over(paras: list[Paragraph], classes: list[str], first: int) -> list[int]:
    """The paragraph right over a form's first line when it is a pitch
    that names the mail the form signs up for ("Never miss a recipe! Join
    18,000 home cooks and get my Sunday email."), or that opens with the
    button's own words ("Sign up for Ledger Morning — the news Ottawa is
    talking about, delivered before 7 a.m." over "Sign up")."""
    pitch = first - 1
    # (However short: "Tiedeviikon uutiskirje – viikon kiinnostavimmat tiedeuutiset joka perjantai.")
    if pitch < 1 or classes[pitch] not in (GOOD, NEAR, SHORT) or len(paras[pitch].plain.split()) > PITCH_MAX_WORDS:
        return []
    if _key_value(paras[pitch].plain):
        return []  # a contact's field: "Telefon: 089 … Schreiben Sie eine E-Mail"
    return [pitch] if names_mail(paras[pitch].plain) or _opens_with(paras[pitch].plain, paras[first].plain) else []


def _opens_with(pitch: str, button: str) -> bool:
    """`pitch` opens with the words of `button`, a label of one or more words."""
    label = normalize_label(button).split()
    return bool(label) and normalize_label(pitch).split()[: len(label)] == label


def _row_of_table_above(paras: list[Paragraph], k: int) -> bool:
    """Line `k` has as many cells as the line over it, three or more: a
    row of the table above, not a form's pitch."""
    cells = _cells(paras[k].plain)
    return cells >= TABLE_MIN_CELLS and k > 0 and _cells(paras[k - 1].plain) == cells


# A facts box's entry: a label, a colon, a value with a figure ("Abitanti
# coinvolti dal razionamento: circa 38.000"), on one short line. A form's
# pitch names no figure. (tail._figured_fact takes keys of three words at
# most, as a headline's kicker may be longer: here the line above must be
# an entry too.)
_FIGURE_ENTRY = regex.compile(r"^[^:\d]{2,60}:\s+\S.*\d")
FIGURE_ENTRY_MAX_CHARS = 120


def _figure_entry(text: str) -> bool:
    return len(text) <= FIGURE_ENTRY_MAX_CHARS and _FIGURE_ENTRY.match(text) is not None


def _prose_above(paras: list[Paragraph], classes: list[str], k: int) -> bool:
    """Prose right above line `k`, or above the lines of its block over it
    (a paragraph that leads into a list: "Here is what else helps:")."""
    m = k - 1
    while m > 0 and paras[m].block == paras[k].block and classes[m] == SHORT:
        m -= 1
    return m >= 0 and classes[m] in (GOOD, NEAR)


def _statement(text: str, listed: bool = False) -> bool:
    """A sentence that states (no question, no call); `listed`: or an item
    of a list that ends as such items do ("piquez la pâte ;")."""
    text = text.rstrip()
    return (ends_sentence(text) and not text.endswith(("?", "!"))) or (listed and text.endswith((";", "；", ",")))


# A sign-up form under the article has at most this many short lines of its
# own (a heading, a pitch) among its known lines.
FORM_OWN_LINES_MAX = 2


def under_own_block(paras: list[Paragraph], classes: list[str], end: int) -> int:
    """The first line under paragraph `end` and its block's own lines (the
    list it leads into), up to known boilerplate."""
    k = end + 1
    while k < len(paras) and paras[k].block == paras[end].block and classes[k] != BAD:
        k += 1
    return k


def _form_line(text: str, f: Features) -> bool:
    """A sign-up form's known line; a field and its button read as share
    buttons too ("Email Εγγραφή")."""
    return f.category in SIGN_UP_CATEGORIES or (f.category == "share" and field_and_button(text))


def article_box_under_form(
    paras: list[Paragraph], feats: list[Features], classes: list[str], end: int, lang: str | None = None
) -> int | None:
    """The last line of the article's box (a match's line-ups and scorers,
    key facts) right under a sign-up form that stands right under the
    article's last paragraph at `end`: the form was put between the article
    and its box. None when there is no such form and box."""
    k, own = under_own_block(paras, classes, end), 0
    known: list[int] = []
    while k < len(paras) and (classes[k] == BAD and _form_line(paras[k].plain, feats[k])
                              or classes[k] in (SHORT, NEAR) and own < FORM_OWN_LINES_MAX):
        if classes[k] == BAD:
            known.append(k)
        else:
            own += 1
        k += 1
    if len(known) < FORM_MIN_KNOWN and not any(field_and_button(paras[m].plain) for m in known):
        return None  # (an address field and its button on one line are a whole form: "Correu electrònic M'hi apunto")
    k = known[-1] + 1  # the box starts right under the form's last known line
    if (card_end := _card_end(paras, feats, classes, k, end, lang)) is not None:
        return card_end
    box = article_box_end(paras, classes, k, len(paras), under_article=True)
    return box - 1 if box - k >= BOX_MIN_ENTRIES else None


# A recipe's card under the form opens with the article's headline again,
# then its times, ingredients and method: prose of this many paragraphs at
# least, up to the next known section, this far at most.
CARD_MIN_PROSE = 3
CARD_REACH = 40


def _card_end(
    paras: list[Paragraph], feats: list[Features], classes: list[str], k: int, end: int, lang: str | None
) -> int | None:
    """The last line of the article's card that opens at `k` with the
    headline said again (a kept short line over `end`), or the dish's name
    in the headline's words ("Gratin dauphinois traditionnel" under "Le vrai
    gratin dauphinois (sans fromage !)"); None without one."""
    if k >= len(paras) or classes[k] != SHORT:
        return None
    line = paras[k].plain.strip().casefold()
    if not any(classes[m] == SHORT and paras[m].kept and paras[m].plain.strip().casefold() == line for m in range(end)):
        if not _named_as_headline(paras, classes, k, end, lang):
            return None
    prose: list[int] = []
    for m in range(k + 1, min(len(paras), k + 1 + CARD_REACH)):
        if classes[m] == BAD and feats[m].label and feats[m].category in SECTION_OPENERS:
            break
        if classes[m] in (GOOD, NEAR):
            prose.append(m)
    return prose[-1] if len(prose) >= CARD_MIN_PROSE else None


# ... or with the dish's name, most of whose words (two at least) a line
# over the article that may be its headline has.
CARD_TITLE_MIN_SHARED = 2
HEADLINE_MAX_WORDS = 15


def _named_as_headline(paras: list[Paragraph], classes: list[str], k: int, end: int, lang: str | None) -> bool:
    """A line over the article's end that may be its headline (short, not
    known boilerplate) has most of the words of line `k`, two at least."""
    title = content_stems(paras[k].plain, lang)
    for m in range(end):
        if classes[m] != BAD and len(paras[m].plain.split()) <= HEADLINE_MAX_WORDS:
            shared = len(title & content_stems(paras[m].plain, lang))
            if shared >= CARD_TITLE_MIN_SHARED and 2 * shared >= len(title):
                return True
    return False
