"""The one seam between the engine integrations and newsclean itself.

Both engines (datatrove, Dask) do the same three things per record, and they
must do them exactly as the CLI does so that their output is the CLI's output
byte for byte:

* clean one record's text (optionally with site-level counts, stage 2) and
  build the output record;
* serialise an output record to one JSON line;
* in stage 1, turn one record into its paragraph fingerprints and fold those
  into per-site document-frequency counts (the counting logic itself lives in
  ``newsclean.corpus``; nothing here re-implements it).

Everything here is a plain function of picklable arguments, so it runs in any
worker process.
"""

from __future__ import annotations

import json
from typing import Any

from ..config import DEFAULT, Config
from ..pipeline import clean_document, render_text
from ..render import paragraph_record

METADATA_KEY = "newsclean"


def make_config(config: Config | None = None, **options: Any) -> Config:
    config = config or DEFAULT
    return config.with_options(**options) if options else config


def document_metadata(doc) -> dict[str, Any]:
    """The per-document decision record stored under ``"newsclean"``."""
    return {
        "language": doc.language,
        "changed": any(not p.kept for p in doc.paragraphs),
        "warnings": list(doc.warnings),
        "paragraphs": [paragraph_record(p) for p in doc.paragraphs],
    }


def clean_text(text: str, config: Config, site_profile=None) -> tuple[str, dict[str, Any]]:
    """Cleaned text and its decision metadata for one document.

    `site_profile` is the document's site's ``corpus.SiteView`` in stage 2.
    """
    doc = clean_document(text, config, site_profile) if site_profile is not None else clean_document(text, config)
    return render_text(doc), document_metadata(doc)


def clean_record(record: dict[str, Any], config: Config, text_field: str = "text",
                 views: dict[str, Any] | None = None, site_field: str = "site") -> dict[str, Any]:
    """The output record: the input record (same key order) with the text
    cleaned and the decisions under ``"newsclean"``.  With `views` (stage 2)
    the record's site's view applies."""
    profile = site_view(views, record.get(site_field)) if views is not None else None
    text, meta = clean_text(record.get(text_field) or "", config, profile)
    out = dict(record)
    out[text_field] = text
    out[METADATA_KEY] = meta
    return out


def dumps_record(record: dict[str, Any]) -> str:
    """One JSON line (without the newline), as the CLI writes it."""
    return json.dumps(record, ensure_ascii=False)


# --- site-level boilerplate: thin adapters over newsclean.corpus -------------


def site_key(site: Any) -> str:
    """The site name a record is counted under (records without one share "")."""
    return "" if site is None else str(site)


def new_counts():
    from ..corpus import SiteCounts

    return SiteCounts()


def add_document(counts, site: Any, text: str) -> None:
    """Stage 1 for one document: its fingerprints into `counts`."""
    from ..corpus import fingerprint_document

    counts.add(site_key(site), fingerprint_document(text or ""))


def count_records(records, text_field: str = "text", site_field: str = "site"):
    """Stage 1 over records: per-site paragraph document frequencies."""
    from ..corpus import count_documents

    return count_documents((site_key(r.get(site_field)), r.get(text_field) or "") for r in records)


def merge_counts(parts):
    from ..corpus import merge_counts as merge

    return merge(*parts)


def site_views(counts, config: Config) -> dict[str, Any]:
    """Stage 2's input: {site: SiteView} — only the paragraphs judged site
    boilerplate, so it is small enough to ship to every worker."""
    return counts.views(config)


def site_view(views: dict[str, Any], site: Any):
    from ..corpus import SiteView

    key = site_key(site)
    return views.get(key) or SiteView(key, 0, {})
