"""The one seam between the engine integrations and newsclean itself.

Both engines (datatrove, Dask) do the same things per record, and they must do
them exactly as ``newsclean clean corpus.jsonl`` does, so that their output is
the CLI's output byte for byte:

* parse a JSONL line into a record (``newsclean.batch.parse_record``: the
  text field must be a string, the site comes from ``--site-field``, a URL
  groups by host);
* stage 1: the record's paragraph fingerprints, counted per site
  (``newsclean.corpus``; nothing here re-implements the counting);
* stage 2: clean with the site's view of the merged counts and encode the
  output record as the CLI does.

Everything here is a plain function of picklable arguments, so it runs in any
worker process.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..config import DEFAULT, Config
from ..jsonline import SUMMARY_FIELD, is_summary, record_summary
from ..jsonline import dumps_record  # noqa: F401 - one output line, as the CLI writes it
from ..pipeline import clean_document, render_text
from ..render import paragraph_record

METADATA_KEY = SUMMARY_FIELD  # the field the CLI writes


def make_config(config: Config | None = None, **options: Any) -> Config:
    config = config or DEFAULT
    return config.with_options(**options) if options else config


def fields(text_field: str = "text", id_field: str = "id", site_field: str | None = None):
    """The CLI's ``--text-field``, ``--id-field`` and ``--site-field``."""
    from ..batch import RecordFields

    return RecordFields(text_field, id_field, site_field)


# --- parsing ---------------------------------------------------------------------


def parse_line(line: str | bytes, fields, path: str = "<jsonl>", number: int = 0):
    """A Record, or None for what the CLI skips or reports: blank and malformed
    lines, non-objects, records without a string text."""
    from ..batch import Record, parse_record

    if not line.strip():
        return None
    rec = parse_record(line, number, fields, path)
    return rec if isinstance(rec, Record) else None


def record_site(obj: dict[str, Any], fields) -> str:
    from ..batch import site_key

    return site_key(obj, fields.site)


# --- stage 2 (and single-stage) cleaning -------------------------------------------


def summary(doc) -> dict[str, Any]:
    """The ``"newsclean"`` field the CLI adds to each JSONL record."""
    dropped = Counter(p.decision.code for p in doc.paragraphs if not p.kept)
    return {"language": doc.language, "kept": sum(1 for p in doc.paragraphs if p.kept),
            "dropped": dict(sorted(dropped.items()))}


def document_metadata(doc, paragraphs: bool = True) -> dict[str, Any]:
    """The CLI's summary, plus every paragraph's decision record when `paragraphs`."""
    meta = summary(doc)
    if paragraphs:
        meta["paragraphs"] = [paragraph_record(p) for p in doc.paragraphs]
    return meta


def clean_text(text: str, config: Config, view=None, paragraphs: bool = True) -> tuple[str, dict[str, Any]]:
    """Cleaned text and its decision metadata for one document; `view` is the
    site's ``corpus.SiteView`` in stage 2."""
    doc = clean_document(text, config, view)
    return render_text(doc), document_metadata(doc, paragraphs)


def clean_obj(obj: dict[str, Any], text: str, site: str, config: Config, fields,
              views: dict[str, Any] | None = None, paragraphs: bool = False) -> dict[str, Any]:
    """The output record: `obj` (same key order) with the text cleaned and the
    decisions under ``"newsclean"``, as the CLI writes it (plus per-paragraph
    records when `paragraphs`, which the CLI does not write)."""
    view = views.get(site) if views else None
    out_text, meta = clean_text(text, config, view, paragraphs)
    obj[fields.text] = out_text
    previous = obj.get(METADATA_KEY)
    # A record cleaned before keeps the count of what was dropped then, as the CLI's does.
    obj[METADATA_KEY] = record_summary(meta, previous) if is_summary(previous) else meta
    return obj


# --- stage 1: thin adapters over newsclean.corpus --------------------------------------


def new_counts():
    from ..corpus import SiteCounts

    return SiteCounts()


def add_document(counts, site: str, text: str) -> None:
    """Stage 1 for one document: its fingerprints into `counts`."""
    from ..corpus import fingerprint_document

    counts.add(site, fingerprint_document(text))


def merge_counts(parts):
    from ..corpus import merge_counts as merge

    return merge(*parts)


def site_views(counts, config: Config) -> dict[str, Any]:
    """Stage 2's input: {site: SiteView} with only the paragraphs judged site
    boilerplate — small enough to ship to every worker.  Empty when site
    boilerplate is switched off (``site_boilerplate=False``), as in the CLI."""
    if not config.site_boilerplate:
        return {}
    return counts.views(config)
