"""On topic or not: a line's content words against the article core's
vocabulary, and a lexicon phrase the article quotes (a story about cookie
banners) rather than prints as a banner.
"""

from __future__ import annotations

import re

import regex

from .appprompts import app_prompt
from .config import Config
from .document import Paragraph
from .lexicon import Lexicon, fold_text
from .linefeatures import Features, _follow_prompt, _teaser_head
from .text import content_stems, words


# A contact line that is only an address: e-mail or web.
_ADDRESS_LINE = regex.compile(
    r"^\W{0,3}(?:(?:e-?mail|mail|web)\s?:\s*)?(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)\W{0,3}$", regex.IGNORECASE
)


# A prompt to install the site's app is a line of this many words at most.
APP_PROMPT_LINE_MAX_WORDS = 16


def _quotes_phrase(p: Paragraph, f: Features, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A phrase hit in prose, inside the article core, about what the article is
    about is the article quoting it.

    A story about cookie banners may print "We use cookies"; the banner
    itself shares nothing with the story beyond the phrase, so the phrase's
    own words do not count towards the overlap.
    """
    if f.label or f.n_words < config.short_words or not core_vocab:
        return False
    if _leads_the_line(p.plain, f.phrase) or _teaser_head(p.plain):
        # "Read more: <headline>", "Noticias relacionadas <headline>": a teaser on the topic by nature
        return False
    if _follow_prompt(p.plain) or (f.category == "app" and f.n_words <= APP_PROMPT_LINE_MAX_WORDS
                                   and app_prompt(p.plain)):
        # "Receba as principais notícias do Sul de Minas… Entre no canal no
        # WhatsApp": a prompt to follow the site on a platform, on topic by its
        # region; "Tutte le notizie di Cremona sul tuo smartphone. Scarica
        # l'app del Torrazzo", a line's prompt to install its app (a longer
        # paragraph may tell of apps: "… help them easily download your app
        # with click-to-download ads")
        return False
    if _quotes_every_phrase(p.plain, config):
        return True  # 'a large green "Accept all cookies" button': the story quotes the banner
    if f.distinct_phrases >= 2:
        return False  # a banner strings its phrases together; a quote has one
    return _core_overlap(p, core_vocab, lang, exclude=content_stems(f.phrase, lang)) >= config.on_topic_overlap


_QUOTED = re.compile(r'"[^"\n]{1,300}"')


def quotations(text: str) -> tuple[list[str], str]:
    """The quotations of `text` and the words around them, folded as the
    lexicon folds text (quotation marks of every style become '"')."""
    folded = fold_text(text)
    return _QUOTED.findall(folded), _QUOTED.sub(" ", folded)


def _quotes_every_phrase(text: str, config: Config) -> bool:
    """Every lexicon phrase of the paragraph sits inside quotation marks,
    and the words around the quotes make a paragraph of their own: the
    article quotes a banner or a prompt (a banner quotes its own button,
    'By clicking "Accept All Cookies", you agree to the storing of cookies',
    with its other phrases outside the quotes)."""
    quotes, outside = quotations(text)
    if not quotes or len(outside.split()) < config.short_words:
        return False
    hits = Lexicon.load().phrases(text, words(text))
    # (Phrases folded as the quotes are: "abonează-te" is "abonează te" there.)
    return bool(hits) and all(any(fold_text(phrase) in quote for quote in quotes) for _, phrase in hits)


def _leads_the_line(text: str, phrase: str) -> bool:
    """The line opens with a phrase that ends in a colon ("Read more:",
    "LEA MÁS:", "Le puede interesar:"): what follows is another story's
    headline, whatever the words it shares with the article."""
    line = fold_text(text).lstrip(_LEADING_MARKS)
    phrase = fold_text(phrase)  # as the line is ("ayrıca okuyun:" -> "ayrica okuyun:")
    if not line.startswith(phrase):
        return False
    # (A phrase listed without its colon: "Читайте также: <headline>".)
    return phrase.endswith(":") or line[len(phrase) :].lstrip(" *").startswith((":", "："))


_LEADING_MARKS = " \t•·▪►»>*-–—"


def _short_on_topic(p: Paragraph, core_vocab: set[str], lang: str | None, config: Config) -> bool:
    """A short line that speaks of the article is its own: two or more of
    its content words, and half of them, are the article's. (One is no
    evidence: stems are cut short and collide, "contenu" and "contexte".
    Nor is an address alone, "presse@stadtwerke-lindenau.de": its words
    name the site, which the article names too.)"""
    if _ADDRESS_LINE.match(p.plain):
        return False
    stems = content_stems(p.plain, lang)
    shared = len(stems & core_vocab)
    return shared >= 2 and shared / len(stems) >= config.on_topic_overlap


def _core_overlap(p: Paragraph, core_vocab: set[str], lang: str | None, exclude: set[str] = frozenset()) -> float:
    """Share of the paragraph's content words that the article core also uses."""
    stems = content_stems(p.plain, lang) - exclude
    if not stems:
        return 0.0
    return len(stems & core_vocab) / len(stems)
