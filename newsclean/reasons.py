"""Stable reason codes for every cleaning decision.

Codes follow ruff's discipline: a letter for the family, three digits, a short
name and a one-line message.  Codes are part of the public contract (they
appear in ``--explain``, JSON output, ``check`` findings and ``--select``), so
they are never renumbered; retired codes are not reused.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    name: str
    message: str
    keep: bool = False  # codes that explain a kept paragraph

    @property
    def family(self) -> str:
        return self.code[0]


_REASONS = [
    # K: kept paragraphs (never reported by `check`).
    Reason("K001", "article", "article text", keep=True),
    Reason("K002", "heading", "short line kept as title or heading", keep=True),
    Reason("K003", "fallback", "every paragraph would be dropped; text kept as it was", keep=True),
    Reason("K004", "over-limit", "cleaning would drop more than the allowed share; text kept", keep=True),
    Reason("K005", "outside-core", "outside the article's core, but nothing marks it as boilerplate", keep=True),
    # D: duplicates inside one document.
    Reason("D101", "exact-duplicate", "repeats an earlier paragraph"),
    Reason("D102", "near-duplicate", "nearly repeats another paragraph"),
    Reason("D103", "summary", "restates the paragraphs that follow it"),
    Reason("D104", "title-copy", "the page's title line: the headline again, further down"),
    Reason("D105", "generated-summary", "a summary the site says a machine wrote (AI, automatic), with its notice"),
    Reason("D106", "pull-quote", "a sentence of a paragraph nearby, printed again as a display quote"),
    # L: language.
    Reason("L101", "foreign-language", "written in another language than the article"),
    # B: boilerplate, by family of leftover.
    Reason("B101", "consent", "cookie, consent or privacy banner"),
    Reason("B102", "share", "share button label"),
    Reason("B103", "follow", "follow-us prompt"),
    Reason("B104", "newsletter", "newsletter prompt"),
    Reason("B105", "subscribe", "subscription or paywall prompt"),
    Reason("B106", "signin", "sign-in or account prompt"),
    Reason("B107", "app", "app download prompt"),
    Reason("B108", "related", "read-more or related-content link"),
    Reason("B109", "advert", "advertisement label"),
    Reason("B110", "comments", "comment section text"),
    Reason("B111", "footer", "copyright or footer line"),
    Reason("B112", "nav", "navigation, menu or pagination"),
    Reason("B120", "link-block", "run of short link-like lines outside the article"),
    Reason("B121", "off-topic", "prose outside the article that shares little of its vocabulary"),
    Reason("B122", "boilerplate-block", "sits inside a block of boilerplate"),
    Reason("B123", "no-text", "no words: an encoded blob (base64, hex), HTML markup taken for text, a Markdown image, a rule line outside the article"),
    Reason("B124", "server-error", "a server's error or warning printed into the page"),
    Reason("B125", "site-slogan", "the site's description of itself (its tagline), over the article"),
    Reason("B126", "mail-header", "an e-mail's header fields (From:, Subject:) over the text it carries"),
    Reason("B127", "page-title", "the page's title line: a headline and the site's name, which the page prints alone"),
    # S: learned from a batch of documents (site-level boilerplate).
    Reason("S101", "site-boilerplate", "recurs in many documents of the same site"),
]

REASONS: dict[str, Reason] = {r.code: r for r in _REASONS}

# Line categories map onto boilerplate codes one to one: the lexicon's, and
# two shapes found by pattern ("blob", "error"; see linefeatures.py).
CATEGORY_CODES: dict[str, str] = {
    "consent": "B101",
    "share": "B102",
    "follow": "B103",
    "newsletter": "B104",
    "subscribe": "B105",
    "signin": "B106",
    "app": "B107",
    "related": "B108",
    "advert": "B109",
    "comments": "B110",
    "footer": "B111",
    "nav": "B112",
    "blob": "B123",
    "error": "B124",
}


def reason(code: str) -> Reason:
    return REASONS[code]


def matches_selector(code: str, selectors: tuple[str, ...]) -> bool:
    """True when `code` is named by any selector (a full code, a prefix or
    ALL, as in ruff)."""
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def known_selector(selector: str) -> bool:
    return any(code.startswith(selector) for code in REASONS) or selector == "ALL"
