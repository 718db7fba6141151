"""A site's prompt to install its app, written as a sentence and naming
the app by the site's name: "Download the Lakeshore Ledger app for severe
weather notifications", "Last ned Kyst24-appen – gratis for abonnenter",
"Sigue toda la información del temporal en la app de Diario del Sur".

The lexicon's phrases know "download our app"; a prompt that names the
app instead needs its shape: an order to download right before an app's
name, or an order to read or follow opening a sentence that names an app.
A sentence that only mentions an app ("WhatsApp, the messaging app, has
hit 100 million downloads on Google Play", "the app for Android and iOS
crashed twice") gives no such order. The words are data
(``lexicon/app_prompts.txt``)."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import alternation, data_sections

APP_PROMPT_MAX_WORDS = 40
# Words between the order to download and the app's noun: "Download the
# Lakeshore Ledger app", "Pobierz bezpłatną aplikację".
_BETWEEN_MAX = 4
_KEY_LETTERS = 5


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    sections = data_sections("app_prompts.txt")
    nouns, downloads, readings = ([w.replace("_", " ") for w in sections[name]]
                                  for name in ("app nouns", "download verbs", "reading verbs"))
    # The app's noun: a word, or a compound's last part ("Kyst24-appen").
    # (Not the store the article's app is in: "from the app store".)
    noun = rf"\b(?:{alternation(nouns)})\b(?!\s?store)"
    download = rf"\b(?:{alternation(downloads)})\b(?:\W+[\w'’-]+){{0,{_BETWEEN_MAX}}}?\W+{noun}"
    # (A sentence opens at the line's start, or after its full stop or a colon.)
    reading = rf"(?:^|[.!?:]\s+)\W*(?:{alternation(readings)})\b[^.!?]*?{noun}"
    # (The quick test: a noun's first letters at a word's start, one pattern searched in C.)
    keys = re.compile(rf"\b(?:{alternation({n[:_KEY_LETTERS] for n in nouns})})")
    return keys, regex.compile(download, regex.IGNORECASE), regex.compile(reading, regex.IGNORECASE)


def app_prompt(text: str) -> str:
    """The order of a prompt to install the site's app, or ""."""
    keys, download, reading = _patterns()
    low = text.casefold()
    if keys.search(low) is None:
        return ""  # (most lines: no app's noun at all)
    m = download.search(low) or reading.search(low)
    return m.group().strip(" .!?") if m else ""
