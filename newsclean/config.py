"""Every option that changes a cleaning decision, named once with its default.

`Config` is a frozen dataclass so it can be shared with worker processes and
used as a cache key.  The CLI and ``[tool.newsclean]`` both map onto these
field names (dashes allowed in place of underscores).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, fields, replace
from typing import Any


class ConfigError(ValueError):
    """A setting has an unknown name or a value of the wrong kind."""


@dataclass(frozen=True)
class Config:
    # --- language ---------------------------------------------------------
    language_filter: bool = True
    # Fix the article language instead of inferring it (langdetect code).
    lang: str | None = None
    # More languages that are never dropped as foreign.
    keep_lang: tuple[str, ...] = ()
    # A paragraph needs this many letters before its language is trusted;
    # shorter ones (titles, labels, bylines) inherit the article language.
    foreign_min_letters: int = 60
    # ...and the detector must be at least this sure of the other language.
    foreign_min_confidence: float = 0.95
    # Paragraphs of this many letters count towards the article language...
    article_lang_min_letters: int = 20
    # ...each with at most this many, so that one long paragraph in another
    # language (another article's text, a consent text) does not outvote a
    # short article of several.
    article_lang_max_letters: int = 400

    # --- duplicates -------------------------------------------------------
    dedup: bool = True
    # Shorter repeated paragraphs stay: interviews repeat questions, threads
    # repeat names, layouts repeat "***".
    duplicate_min_chars: int = 30
    duplicate_min_words: int = 10
    # Jaccard similarity of word 3-gram sets above which two paragraphs are
    # near-duplicates.
    near_duplicate_jaccard: float = 0.8
    # A shorter paragraph whose shingles are this contained in a longer one is
    # a truncated copy of it (teasers and meta descriptions end in "...").
    near_duplicate_containment: float = 0.9
    # Headings and titles recur with small edits (a page title above the
    # article's own headline): near-duplicates must be longer than that.
    near_duplicate_min_words: int = 15
    # A shorter paragraph right above another, made this much of its word
    # trigrams, is its teaser (an edited meta description or standfirst).
    teaser_containment: float = 0.6
    # Summary detection: share of a paragraph's content words found again in
    # the next `summary_window` paragraphs (short lines between, a byline or a
    # date, are passed over: duplicates.SUMMARY_MAX_SKIPPED).
    summary_window: int = 2
    summary_min_words: int = 12
    summary_overlap: float = 0.6
    # ...and share of those paragraphs' content words found in the summary.
    summary_backward_overlap: float = 0.5
    # A scraper's summary stands at the top, before the lede it restates: a
    # paragraph with more than this many paragraphs of prose kept above it
    # (sentences of five content words or more) is the body's own recap, or
    # one entry of a reference list, not a summary.
    summary_max_prose_above: int = 1

    # --- boilerplate ------------------------------------------------------
    boilerplate: bool = True
    # Lines of at most this many words are "short" (labels, headings, links).
    short_words: int = 10
    # Paragraphs of at least this many words with this stopword density are
    # running prose.
    prose_min_words: int = 15
    prose_min_stopword_density: float = 0.2
    # A sentence this long in characters is prose whatever its stopwords,
    # however few its words: Finnish, Hungarian, Turkish and Arabic glue
    # their function words onto other words, which are long.
    prose_min_chars: int = 120
    # Outside the article core a paragraph stays only when at least this share
    # of its content words also occur in the core (on-topic).
    on_topic_overlap: float = 0.5
    # Short lines outside the core go only next to known boilerplate or in
    # runs of at least this many non-prose lines (menus, teaser lists).
    link_run_min: int = 6
    # ...where two thirds of the run are menu-sized lines of at most this
    # many words (an article's own list has longer lines).
    menu_max_words: int = 4
    # Below the article, a run of at least this many short lines that ends
    # the text is the page's tail (related headlines, section links, footer),
    # unless it reads as the article's own list.
    tail_run_min: int = 4
    # A comments header ends the article once this many prose paragraphs
    # came before it (a "Comments" link in the header area does not).
    comments_after_paragraphs: int = 3

    # --- site-level boilerplate (batch mode: needs counts over many documents) ---
    site_boilerplate: bool = True
    # A paragraph must recur in at least this many documents of a site...
    # (never fewer than 2: one page is no evidence of a site pattern).
    site_min_doc_freq: int = 10
    # ...and in at least this share of the site's documents, so that a
    # background paragraph reused by a handful of follow-up stories on a big
    # site stays, while footers, banners and menus (on most pages) go.
    site_min_doc_share: float = 0.01
    # ...and next to different article text in at least this share of those
    # documents (counted up to CONTEXT_CAP): a wire story syndicated in full
    # recurs with the rest of the same story, and is not boilerplate.
    site_min_context_share: float = 0.5

    # --- safety -----------------------------------------------------------
    # Keep the text as it was when cleaning would drop more than this share of
    # its characters (1.0 = never refuse, only the all-dropped fallback).
    max_drop_share: float = 1.0

    # --- selection (like ruff's --select / --ignore) ----------------------
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()

    def with_options(self, **options: Any) -> "Config":
        """A copy with `options` applied; unknown names raise ConfigError."""
        return replace(self, **normalize_options(options))


_FIELDS = {f.name: f for f in fields(Config)}
_TUPLE_FIELDS = {name for name, f in _FIELDS.items() if str(f.type).startswith("tuple")}


def option_names() -> list[str]:
    return list(_FIELDS)


def normalize_options(options: dict[str, Any]) -> dict[str, Any]:
    """Check names and coerce values (lists to tuples, comma strings to tuples)."""
    out: dict[str, Any] = {}
    for raw_name, value in options.items():
        name = raw_name.replace("-", "_")
        if name not in _FIELDS:
            close = difflib.get_close_matches(name, list(_FIELDS), n=3)
            hint = f"; did you mean {', '.join(c.replace('_', '-') for c in close)}?" if close else ""
            raise ConfigError(f"unknown setting '{raw_name}'{hint}")
        out[name] = _coerce(name, value)
    return out


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Config(), name)
    if name in _TUPLE_FIELDS:
        if isinstance(value, str):
            value = [v for v in (p.strip() for p in value.split(",")) if v]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"setting '{name}' takes a list of strings")
        if name == "keep_lang":
            return tuple(dict.fromkeys(code for v in value for code in language_codes(v)))
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"setting '{name}' takes true or false")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"setting '{name}' takes a whole number")
        if value < 0:
            raise ConfigError(f"setting '{name}' takes a whole number of 0 or more, not {value}")
        return value
    if isinstance(default, float):
        # Every number setting is a share, a similarity or a confidence.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"setting '{name}' takes a number")
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"setting '{name}' takes a number from 0 to 1, not {value}")
        return float(value)
    if name == "lang":
        if value is not None and not isinstance(value, str):
            raise ConfigError("setting 'lang' takes a language code")
        return language_codes(value)[0] if value else None
    return value


# Codes that name a language the detector knows by another code (the
# lexicon maps its files' languages through them too).
LANGUAGE_ALIASES = {
    "zh": ("zh-cn", "zh-tw"),
    "zh-hans": ("zh-cn",),
    "zh-sg": ("zh-cn",),
    "zh-hant": ("zh-tw",),
    "zh-hk": ("zh-tw",),
    "nb": ("no",),
    "nn": ("no",),
    "iw": ("he",),
    "in": ("id",),
    "fil": ("tl",),
}


def language_codes(code: str) -> tuple[str, ...]:
    """The detector's codes for a language code as users write it: any case,
    "_" or "-" ("zh-CN", "zh_cn" -> zh-cn), a region dropped ("pt-BR" -> pt),
    common aliases ("nb" -> no, "zh" -> both Chinese scripts).  Unknown codes
    raise ConfigError: a mistyped --lang would silently drop the article."""
    from .langid import supported_languages

    known = supported_languages()
    norm = code.strip().lower().replace("_", "-")
    base = norm.split("-", 1)[0]
    for candidate in (norm, base):
        if candidate in known:
            return (candidate,)
        if candidate in LANGUAGE_ALIASES:
            return LANGUAGE_ALIASES[candidate]
    raise ConfigError(f"unknown language code '{code}'; known codes: {', '.join(known)}")


DEFAULT = Config()
