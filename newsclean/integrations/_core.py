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


def clean_text(text: str, config: Config) -> tuple[str, dict[str, Any]]:
    """Cleaned text and its decision metadata for one document."""
    doc = clean_document(text, config)
    return render_text(doc), document_metadata(doc)


def clean_record(record: dict[str, Any], config: Config, text_field: str = "text") -> dict[str, Any]:
    """The output record: the input record (same key order) with the text
    cleaned and the decisions under ``"newsclean"``."""
    text, meta = clean_text(record.get(text_field) or "", config)
    out = dict(record)
    out[text_field] = text
    out[METADATA_KEY] = meta
    return out


def dumps_record(record: dict[str, Any]) -> str:
    """One JSON line (without the newline), as the CLI writes it."""
    return json.dumps(record, ensure_ascii=False)
