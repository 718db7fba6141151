"""newsclean as datatrove pipeline steps (``pip install newsclean[datatrove]``).

datatrove (Hugging Face) runs a pipeline of small steps over sharded input
with a local, Slurm or Ray executor.  This module gives it:

``NewscleanStep``
    cleans each document's text and stores the per-paragraph decisions in
    ``document.metadata["newsclean"]`` (language, changed, warnings and one
    record per paragraph, as ``newsclean clean --format json`` gives them).
    With ``counts=`` it is stage 2 of the site-level boilerplate pipeline.

``NewscleanJsonlReader`` / ``NewscleanJsonlWriter``
    read and write JSONL records the way ``newsclean clean --jsonl`` does:
    every input field is kept in its place, the text is replaced by the
    cleaned text and the decisions are added under ``"newsclean"``.  With
    these the pipeline's output is the CLI's output, byte for byte.  Any
    other datatrove reader or writer works with ``NewscleanStep`` too.

The engine is imported only here, so ``import newsclean`` never needs it.
"""

from __future__ import annotations

from typing import IO, Any

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.readers.jsonl import JsonlReader
    from datatrove.pipeline.writers.jsonl import JsonlWriter
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.datatrove needs datatrove: pip install 'newsclean[datatrove]'"
    ) from e

from ..config import Config
from . import _core

# Private metadata key: the input record's field order, so the writer can put
# every field back where it was.
FIELDS_KEY = "_newsclean_fields"


class NewscleanStep(PipelineStep):
    """Clean each document with newsclean and record why in its metadata.

    Args:
        config: a newsclean ``Config`` (default settings when omitted).
        metadata_key: where the decisions go in ``document.metadata``.
        **options: ``Config`` fields, e.g. ``lang="en"``, ``select=("B",)``.
    """

    name = "📰 newsclean"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, metadata_key: str = _core.METADATA_KEY, **options: Any):
        super().__init__()
        self.config = _core.make_config(config, **options)
        self.metadata_key = metadata_key

    def clean(self, document: Document) -> None:
        text, meta = _core.clean_text(document.text, self.config)
        document.text = text
        document.metadata[self.metadata_key] = meta
        self._count(meta)

    def _count(self, meta: dict[str, Any]) -> None:
        dropped = [p["code"] for p in meta["paragraphs"] if not p["kept"]]
        self.stat_update("paragraphs", value=len(meta["paragraphs"]))
        self.stat_update("paragraphs_dropped", value=len(dropped))
        self.stat_update("changed" if meta["changed"] else "unchanged")
        for code in dropped:
            self.stat_update(f"dropped_{code}")

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for document in data:
            self.stat_update("documents")
            with self.track_time():
                self.clean(document)
            yield document


class NewscleanJsonlReader(JsonlReader):
    """JSONL reader that keeps every input field, in order, for the writer.

    Unlike the stock reader it also keeps records whose text is empty or
    missing (the CLI writes those too, unchanged).  Fields other than the text
    and the id go to ``document.metadata`` at the top level, so a site field
    is ``document.metadata["site"]``.
    """

    def __init__(self, data_folder, text_key: str = "text", id_key: str = "id", **kwargs: Any):
        kwargs.setdefault("add_file_path", False)
        super().__init__(data_folder, text_key=text_key, id_key=id_key, **kwargs)

    def get_document_from_dict(self, data: dict, source_file: str, id_in_file: int | str):
        text = data.get(self.text_key) or ""
        metadata = {k: v for k, v in data.items() if k != self.text_key}
        metadata[FIELDS_KEY] = list(data)
        doc_id = data.get(self.id_key)
        doc_id = f"{source_file}/{id_in_file}" if doc_id is None else str(doc_id)
        return Document(text=text, id=doc_id, metadata=metadata)


def record_from_document(document: Document, text_key: str = "text",
                         metadata_key: str = _core.METADATA_KEY) -> dict[str, Any]:
    """Rebuild the CLI's output record from a document read by ``NewscleanJsonlReader``."""
    meta = document.metadata
    fields = meta.get(FIELDS_KEY) or [text_key, *(k for k in meta if k not in (FIELDS_KEY, metadata_key))]
    out: dict[str, Any] = {}
    for key in fields:
        out[key] = document.text if key == text_key else meta.get(key)
    if text_key not in out:
        out[text_key] = document.text
    if metadata_key in meta:
        out[metadata_key] = meta[metadata_key]
    return out


class NewscleanJsonlWriter(JsonlWriter):
    """Writes the CLI's JSONL output: input fields in place, cleaned text, decisions.

    Uncompressed and one file per task (``${rank}.jsonl``) by default;
    concatenating the files in rank order gives the input order back when the
    input had one file per task.
    """

    def __init__(self, output_folder, output_filename: str | None = None, compression: str | None = None,
                 text_key: str = "text", metadata_key: str = _core.METADATA_KEY, **kwargs: Any):
        self.text_key = text_key
        self.metadata_key = metadata_key
        super().__init__(output_folder, output_filename=output_filename, compression=compression,
                         adapter=_writer_adapter, **kwargs)

    def _write(self, document: dict, file_handler: IO, _filename: str) -> None:
        file_handler.write((_core.dumps_record(document) + "\n").encode("utf-8"))


def _writer_adapter(self: NewscleanJsonlWriter, document: Document) -> dict:
    return record_from_document(document, self.text_key, self.metadata_key)


def run_local(input_folder: str, output_folder: str, *, tasks: int = 1, workers: int = -1,
              logging_dir: str | None = None, config: Config | None = None,
              text_key: str = "text", id_key: str = "id", **options: Any):
    """Clean every JSONL file under `input_folder` into `output_folder` on this machine.

    One-call convenience over ``LocalPipelineExecutor``; returns its stats.
    """
    from datatrove.executor import LocalPipelineExecutor

    executor = LocalPipelineExecutor(
        pipeline=[
            NewscleanJsonlReader(input_folder, text_key=text_key, id_key=id_key),
            NewscleanStep(config, **options),
            NewscleanJsonlWriter(output_folder, text_key=text_key),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=logging_dir,
        skip_completed=False,
    )
    return executor.run()


__all__ = [
    "NewscleanStep",
    "NewscleanJsonlReader",
    "NewscleanJsonlWriter",
    "record_from_document",
    "run_local",
]
