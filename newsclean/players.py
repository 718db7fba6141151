"""A video player printed between the article's paragraphs: its titles.

A scraper prints an embedded player as a run of short lines: its label and
title ("Watch: Festivalgoers leave the site", "[영상] 9회말 끝내기 장면"), its
button and length ("▶ Play · 1:04", "0:48"), the pre-roll's countdown
("Ad · 0:15") and the next video's title ("Up next: …", "Siguiente vídeo:
…", "다음 영상: …"). The buttons are known lines (controls.py); the titles
are not, and read like subheadings. A title goes when the player's own
lines stand right by it: a labelled title next to a control, a next
video's line under one, a bare title between them. An article's
subheading right under a player has neither a label nor a player's line
under it, and stays.
"""

from __future__ import annotations

import regex

from .controls import COUNTDOWN, is_player_control
from .document import Paragraph
from .lexicon import label_set, normalize_label
from .lineclass import SHORT
from .linefeatures import _BRACKETED_LABEL, _label_then_text
from .text import ends_sentence, words

# The player's lines stand this close to its titles.
PLAYER_REACH = 2
TITLE_MAX_WORDS = 20
PLAYER_LINE_MAX_CHARS = 80  # a button with its time, a countdown
BUTTON_MAX_CHARS = 24  # a bare length or a button under a title ("02:47", "▶ Play · 1:04")

# A player's countdown or length with its word (controls.COUNTDOWN), or a
# length on a line of its own ("0:48", "01:12").
_LENGTH_LINE = regex.compile(r"^\W{0,2}\(?\d{1,2}:\d\d(?::\d\d)?\)?\s*$")


def player_titles(paras: list[Paragraph], classes: list[str], start: int) -> list[int]:
    """Lines from `start` on that are a player's title or its next video's."""
    found: list[int] = []
    player: dict[int, bool] = {}  # line -> is a player's line (asked only next to a candidate)

    def by(k: int) -> bool:
        if k not in player:
            player[k] = _player_line(paras, k)
        return player[k]

    for i in range(start, len(paras)):
        p = paras[i]
        if not p.kept or classes[i] != SHORT or len(words(p.plain)) > TITLE_MAX_WORDS or ends_sentence(p.plain):
            continue
        label = _label(p.plain)
        if label == "next":
            if any(by(k) for k in range(i - PLAYER_REACH, i)):
                found.append(i)  # "Up next: …" under the player
        elif label == "video":
            beside = [k for k in range(i - PLAYER_REACH, i + PLAYER_REACH + 1) if k != i and by(k)]
            if beside:
                found.append(i)  # "Watch: …" over or under its button, or "Video" alone
                # and its length with a word ("Durata 03:12"), which no phrase
                # list knows; a bare one only right under it (_length_under).
                # (Under it: over it, "Ore 12:20" is a live blog's entry's time.)
                found += [k for k in beside if k > i and paras[k].kept and COUNTDOWN.match(paras[k].plain) is not None]
                found += _length_under(paras, i)
        elif by(i - 1) and (by(i + 1) or (i + 1 < len(paras) and _label(paras[i + 1].plain) == "next")):
            found.append(i)  # a bare title between the player's lines
        elif (i + 1 < len(paras) and _button_or_control(paras[i + 1].plain)
              and (_opens_with_label(p.plain) or _video_label_line(paras, i - 1)) and by(i + 1)):
            # A title under the player's label ("VIDEO" / "Sestřih utkání" /
            # "02:47"), or led by its verb ("تماشای تیزر فیلم"), over its button
            # or its control with the recording's length ("Reproduzir 32 min …").
            found += [i, *_length_under(paras, i)]
    return sorted(set(found))


def _button_or_control(text: str) -> bool:
    """A button or a bare length, or a player's control with its time."""
    return len(text) <= BUTTON_MAX_CHARS or is_player_control(text)


def _length_under(paras: list[Paragraph], i: int) -> list[int]:
    """The bare length right under the video's title ("03:12"), when the
    page prints no other time alone on a line (a live blog opens each entry
    with one)."""
    if i + 1 < len(paras) and _LENGTH_LINE.match(paras[i + 1].plain) and _bare_times(paras) == 1:
        return [i + 1]
    return []


def _video_label_line(paras: list[Paragraph], k: int) -> bool:
    return 0 <= k and normalize_label(paras[k].plain) in label_set("video_labels.txt")


def _opens_with_label(text: str) -> bool:
    first = text.split(maxsplit=1)
    return len(first) == 2 and normalize_label(first[0]) in label_set("video_labels.txt")


def _bare_times(paras: list[Paragraph]) -> int:
    return sum(1 for p in paras if len(p.plain) <= PLAYER_LINE_MAX_CHARS and _LENGTH_LINE.match(p.plain))


def _player_line(paras: list[Paragraph], k: int) -> bool:
    if not 0 <= k < len(paras):
        return False
    text = paras[k].plain
    if len(text) > PLAYER_LINE_MAX_CHARS:
        return False
    if is_player_control(text) or _LENGTH_LINE.match(text) is not None:
        return True
    # (Not another video's teaser with its length, "Vídeo | 01:12".)
    countdown = COUNTDOWN.match(text)
    return countdown is not None and normalize_label(countdown.group("label")) not in label_set("video_labels.txt")


def _label(text: str) -> str | None:
    """"video" for a video's label before its title ("Watch: …", "VÍDEO | …",
    "[영상] …"), "next" for the next video's ("Up next: …"), else None."""
    if normalize_label(text) in label_set("video_labels.txt"):
        return "video"
    m = _label_then_text(text, ":|：") or _BRACKETED_LABEL.match(text)
    if m is None:
        return None
    label = normalize_label(m.group("label"))
    if label in label_set("next_video_labels.txt"):
        return "next"
    if label in label_set("video_labels.txt"):
        return "video"
    return None
