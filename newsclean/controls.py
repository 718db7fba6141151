"""Controls of a media player or of the page, printed as lines of text.

A scraper prints a video player's buttons and the page's own controls
where they sit: inside the article as often as around it ("Play Video",
"Mute", "00:00 / 01:48", "Listen to this article", "Text size"). The
phrase lists know them as navigation (B112); unlike a menu, they open no
section of the page. The labels are data: ``lexicon/player_labels.txt``.
"""

from __future__ import annotations

import re

import regex

from .lexicon import Lexicon, label_set, normalize_label

# A recording's length: "01:48", "1:02:31".
_LENGTH = r"\d{1,2}:\d\d(?::\d\d)?"
# A player's time display as a page loads it: "00:00 / 01:48", "0:00 / 1:02:31",
# with the labels a screen reader gets ("Current Time 0:00 / Duration 1:24").
_PLAYER_TIME = re.compile(rf"0?0:00(?::00)?\s*/\s*(?:[^\W\d_]+\s+)?{_LENGTH}")
# A video's length closing its teaser: "(02:31)", "| 01:12", "（0:45）".
# (The minutes may be named: "(2:14 Min.)", "(4:05 min)".)
_LENGTH_AT_END = re.compile(rf"(?:^|[\s(（\[|]){_LENGTH}(?:\s?(?i:min|mins|мин)\.?)?\s*[)）\]]?\s*$")


# A button and the time display beside it fit in this many characters.
TIMED_CONTROL_MAX_CHARS = 80
# The time display or the recording's length, and at most a short note
# after it ("Ouça este artigo 00:00 / 06:12 Áudio gerado automaticamente",
# "Lytt til saken 4 min", "Artikel anhören 05:12 Vorgelesen von einer
# künstlichen Stimme").
_TIME_AT_END = re.compile(
    rf"\s(?:{_PLAYER_TIME.pattern}|{_LENGTH}|\d{{1,3}}\s?(?i:min|mins|minutes|minuten|minutos|minuti|minut)\.?)"
    r"(?P<note>(?:\s+\S+){0,6})\s*$"
)


def is_player_control(text: str) -> bool:
    """The whole line is a player's or the page's control, or a player's
    button with its time display ("この記事を音声で聞く　00:00 / 03:48"), or
    a player's label behind its play or speaker sign ("▶ Watch the trailer
    (2:08)", "🎧 Listen to the podcast: …")."""
    return (normalize_label(text) in label_set("player_labels.txt") or player_time(text) or timed_player_control(text)
            or media_label(text) or player_bar(text))


# A player's bar printed whole: its buttons' labels in any language round its
# time display ("Cheza 00:00 / 03:45 Sauti Manukuu Skrini nzima"). The display
# as a page loads it, at zero, is the player's mark; no sentence holds it.
PLAYER_BAR_MAX_WORDS = 10


def player_bar(text: str) -> bool:
    """A short line round a player's time display, no sentence."""
    if len(text) > TIMED_CONTROL_MAX_CHARS or "0:00" not in text:
        return False  # (most lines, told in C)
    return (_PLAYER_TIME.search(text) is not None and len(text.split()) <= PLAYER_BAR_MAX_WORDS
            and not text.rstrip().endswith((".", "!", "?")))


# A player's label drawn behind a play, speaker, headphones or camera sign:
# "▶ Гледайте трейлъра на „Сол“ (2:08)", "🎧 Posłuchaj podcastu „…”",
# "🔊 ख़बर सुनें". Not "►" nor "▷": lists use those as bullets.
_MEDIA_SIGNS = frozenset("\u25b6\u23f5\u23ef\U0001f3a7\U0001f50a\U0001f509\U0001f399\U0001f4fb\U0001f3ac\U0001f4fa"
                         "\U0001f3a5\U0001f4f9\U0001f39e")
MEDIA_LABEL_MAX_WORDS = 20


def media_label(text: str) -> bool:
    """A line that opens with a media player's sign, and a label's length."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    return first in _MEDIA_SIGNS and len(text.split()) <= MEDIA_LABEL_MAX_WORDS


_DIGIT = re.compile(r"\d")


def timed_player_control(text: str) -> bool:
    """A player's button with its time display or length after it ("この記事を
    音声で聞く 00:00 / 03:48", "Lytt til saken 4 min"), the button's label
    given once or twice ("Ouvir Ouça esta reportagem 5 min")."""
    if len(text) > TIMED_CONTROL_MAX_CHARS or not (":" in text or "min" in text or "Min" in text or "MIN" in text):
        return False  # (most lines, told in C)
    if _DIGIT.search(text) is None:
        return False
    timed = _TIME_AT_END.search(text)
    if timed is None:
        return False
    label = normalize_label(text[: timed.start()])
    if timed["note"] and " " not in label and Lexicon.load().label(timed["note"]) is None:
        # "Play 2:45 left in the game": a one-word button has no note after
        # its time, but for known buttons ("Reproduzir 32 min Spotify Apple Podcasts").
        return False
    labels = label_set("player_labels.txt")
    if label in labels:
        return True
    ws = label.split()
    return any(" ".join(ws[:k]) in labels and " ".join(ws[k:]) in labels for k in range(1, len(ws)))


# A player's length on a line of its own, under its button: "4 min", "3 Min.", "02:15", "(1:42)".
_PLAYER_LENGTH = re.compile(
    r"\s*\(?(?:\d{1,3}\s?(?:min|mins|minutes|Min\.?|minuten|minutos|minuti|minut)|\d{1,2}:\d{2})\)?\s*"
)


# Or a length with a word or two: a pre-roll's label and countdown ("Ad · 0:15",
# "광고 · 0:15 후 건너뛰기"), a length with its word ("Durata 03:12",
# "Materiał dystrybutora · 2:07"). (Words only after it: a table's row,
# "Tefal | 2:45 | 58 dB", is no player's.)
COUNTDOWN = regex.compile(
    r"^\W{0,2}(?P<label>[\p{L}\p{M}]{1,15}(?:\s[\p{L}\p{M}]{1,15})?)\s*[·•|]?\s*\d{1,2}:\d\d(?:\s+[\p{L}\p{M}\s]{1,30})?$"
)


def player_length(text: str, above: str) -> bool:
    """Is the line a player's length ("4 min") under the player's button
    (`above`: "Listen to this article")? Not a bare time under a button
    that shows its length itself ("▶ Phát 01:48"): a live blog's next entry
    opens with its time ("09:30")."""
    # (The line's shape first: most lines are no length, and the button's test costs more.)
    if ":" in text and COUNTDOWN.match(text.strip()) is not None:
        return is_player_control(above)
    return _PLAYER_LENGTH.fullmatch(text) is not None and is_player_control(above) and not ends_with_length(above)


def player_time(text: str) -> bool:
    """The whole line is a player's time display."""
    return len(text) <= 24 and _PLAYER_TIME.fullmatch(text.strip()) is not None


def ends_with_length(text: str) -> bool:
    """A video's length closes the line ("Die Tore im Überblick (02:31)")."""
    return _LENGTH_AT_END.search(text) is not None
