"""newsclean as datatrove pipeline steps (``pip install newsclean[datatrove]``).

datatrove (Hugging Face) runs a pipeline of small steps over sharded input
with a local, Slurm or Ray executor.  This module gives it:

``NewscleanStep``
    cleans each document's text and stores the decisions in
    ``document.metadata["newsclean"]``: the CLI's summary (language, kept,
    dropped by reason code) and one record per paragraph (as ``newsclean
    clean --format json`` gives them).  With ``counts_folder=`` it is stage 2
    of the site-level boilerplate pipeline.

``NewscleanJsonlReader`` / ``NewscleanJsonlWriter``
    read and write JSONL records the way ``newsclean clean corpus.jsonl``
    does: every input field is kept in its place, the text is replaced by the
    cleaned text and the CLI's summary is added under ``"newsclean"``.  With
    these the pipeline's output is the CLI's output, byte for byte.  Any
    other datatrove reader or writer works with ``NewscleanStep`` too.

Site-level boilerplate (reason S101) is a two-stage pipeline over the same
input, built on ``newsclean.corpus``:

``NewscleanSiteCounter`` (stage 1, N tasks)
    counts each task's paragraph fingerprints per site and writes one partial
    counts file per task and site shard: ``counts/SSSS/RRRRR.counts``.
``NewscleanSiteCountsMerger`` (stage 1b, one task per site shard)
    merges shard S of every task into ``merged/SSSS.counts``.  Sites are
    hashed to shards, so no merge task ever holds more than its shard.
``NewscleanStep(counts_folder=merged)`` (stage 2, N tasks)
    loads the merged counts once per task, keeps only each site's
    boilerplate candidates, and cleans with them.

``site_boilerplate_executors`` wires the three up as LocalPipelineExecutors
(``depends=`` chains them); on Slurm use the same steps with
SlurmPipelineExecutor.

The engine is imported only here, so ``import newsclean`` never needs it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from typing import IO, Any

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.io import DataFolderLike, get_datafolder
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
        counts_folder: stage 2 of the site-level pipeline: the folder of
            merged counts (``NewscleanSiteCountsMerger``'s output).
        site_field: the metadata field that names a document's site, as the
            CLI's ``--site-field`` (dotted path; a URL groups by host;
            None: all documents are one site).
        metadata_key: where the decisions go in ``document.metadata``.
        paragraphs: also store every paragraph's decision record.
        **options: ``Config`` fields, e.g. ``lang="en"``, ``select=("B",)``.
    """

    name = "📰 newsclean"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, counts_folder: DataFolderLike | None = None,
                 site_field: str | None = None, metadata_key: str = _core.METADATA_KEY,
                 paragraphs: bool = True, **options: Any):
        super().__init__()
        self.config = _core.make_config(config, **options)
        self.counts_folder = get_datafolder(counts_folder) if counts_folder is not None else None
        self.fields = _core.fields(site_field=site_field)
        self.metadata_key = metadata_key
        self.paragraphs = paragraphs
        self._views: dict[str, Any] | None = None

    def views(self) -> dict[str, Any] | None:
        """{site: SiteView} from the merged counts, loaded once per task."""
        if self.counts_folder is None:
            return None
        if self._views is None:
            views: dict[str, Any] = {}
            for name in self.counts_folder.list_files(glob_pattern="*.counts"):
                # One shard at a time: only its candidates stay in memory.
                views.update(_core.site_views(_load_counts(self.counts_folder, name), self.config))
            self._views = views
            self.stat_update("sites_with_boilerplate", value=sum(1 for v in views.values() if v.candidates),
                             unit="task")
        return self._views

    def clean(self, document: Document) -> None:
        views = self.views()
        view = views.get(_core.record_site(document.metadata, self.fields)) if views else None
        text, meta = _core.clean_text(document.text, self.config, view, self.paragraphs)
        document.text = text
        document.metadata[self.metadata_key] = meta
        self._count(meta)

    def _count(self, meta: dict[str, Any]) -> None:
        dropped = sum(meta["dropped"].values())
        self.stat_update("paragraphs_kept", value=meta["kept"])
        self.stat_update("paragraphs_dropped", value=dropped)
        self.stat_update("changed" if dropped else "unchanged")
        for code, n in meta["dropped"].items():
            self.stat_update(f"dropped_{code}", value=n)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for document in data:
            self.stat_update("documents")
            with self.track_time():
                self.clean(document)
            yield document


def site_shard(site: Any, shards: int) -> int:
    """The site shard of `site`: stable across processes and machines."""
    if shards <= 1:
        return 0
    digest = hashlib.blake2b(str(site).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % shards


def _save_counts(folder, name: str, counts) -> None:
    # SiteCounts saves to a local path; go through a temporary file so that
    # any datatrove folder (local, S3, HF hub, ...) can hold the counts.
    fd, tmp = tempfile.mkstemp(suffix=".counts")
    os.close(fd)
    try:
        counts.save(tmp)
        with open(tmp, "rb") as src, folder.open(name, "wb") as dst:
            while chunk := src.read(1 << 24):
                dst.write(chunk)
    finally:
        os.unlink(tmp)


def _load_counts(folder, name: str):
    from ..corpus import SiteCounts as Counts

    fd, tmp = tempfile.mkstemp(suffix=".counts")
    try:
        with os.fdopen(fd, "wb") as dst, folder.open(name, "rb") as src:
            while chunk := src.read(1 << 24):
                dst.write(chunk)
        return Counts.load(tmp)
    finally:
        os.unlink(tmp)


class NewscleanSiteCounter(PipelineStep):
    """Stage 1: count each document's paragraph fingerprints per site.

    Writes ``output_folder/SSSS/RRRRR.counts`` (site shard S, task R) and
    passes no documents on.  Args: `site_field`, as the CLI's
    ``--site-field``; `shards`, how many site shards the merge runs as (1 is
    fine until the distinct paragraphs of all sites outgrow one merge task's
    memory).
    """

    name = "📰 newsclean site counts"
    type = "🫂 - DEDUP"

    def __init__(self, output_folder: DataFolderLike, site_field: str | None = None, shards: int = 1):
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.fields = _core.fields(site_field=site_field)
        self.shards = shards

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        counts = [_core.new_counts() for _ in range(self.shards)]
        for document in data or ():
            self.stat_update("documents")
            with self.track_time():
                site = _core.record_site(document.metadata, self.fields)
                _core.add_document(counts[site_shard(site, self.shards)], site, document.text)
        for shard, part in enumerate(counts):
            self.stat_update("distinct_site_paragraphs", value=part.rows, unit="task")
            _save_counts(self.output_folder, f"{shard:04d}/{rank:05d}.counts", part)
        yield from ()


class NewscleanSiteCountsMerger(PipelineStep):
    """Stage 1b: merge every task's counts of a site shard into one file.

    Run with as many tasks as there are shards (or fewer: a task merges the
    shards ``rank, rank + world_size, ...``).  Reads ``input_folder/SSSS/*``,
    writes ``output_folder/SSSS.counts``.  Partial files are merged one at a
    time into the running total.
    """

    name = "📰 newsclean merge site counts"
    type = "🫂 - DEDUP"

    def __init__(self, input_folder: DataFolderLike, output_folder: DataFolderLike):
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        by_shard: dict[str, list[str]] = {}
        for name in self.input_folder.list_files(glob_pattern="*/*.counts"):
            by_shard.setdefault(name.split("/")[0], []).append(name)
        for shard in sorted(by_shard)[rank::world_size]:
            merged = _core.new_counts()
            with self.track_time(unit="shard"):
                for name in sorted(by_shard[shard]):
                    merged.merge(_load_counts(self.input_folder, name))
                    self.stat_update("partial_counts_files")
                _save_counts(self.output_folder, f"{shard}.counts", merged)
            self.stat_update("distinct_site_paragraphs", value=merged.rows, unit="shard")
        yield from ()


class NewscleanJsonlReader(JsonlReader):
    """JSONL reader that parses lines as the CLI does and keeps every field, in order.

    Lines the CLI skips or reports (blank, malformed, not an object, no
    string text) are left out and counted in the ``skipped_records`` stat.
    Fields other than the text go to ``document.metadata`` at the top level,
    so a ``site`` field is ``document.metadata["site"]``.
    """

    def __init__(self, data_folder, text_key: str = "text", id_key: str = "id", **kwargs: Any):
        kwargs.setdefault("add_file_path", False)
        super().__init__(data_folder, text_key=text_key, id_key=id_key, **kwargs)
        self.fields = _core.fields(text_key, id_key)

    def read_file(self, filepath: str) -> DocumentsPipeline:
        with self.data_folder.open(filepath, "r", compression=self.compression, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                with self.track_time():
                    record = _core.parse_line(line, self.fields, filepath, number)
                    if record is None:
                        if line.strip():
                            self.stat_update("skipped_records")
                        continue
                    metadata = {k: v for k, v in record.obj.items() if k != self.text_key}
                    metadata[FIELDS_KEY] = list(record.obj)
                    doc_id = f"{filepath}/{number}" if record.id is None else str(record.id)
                    document = Document(text=record.text, id=doc_id, metadata=metadata)
                yield document


def record_from_document(document: Document, text_key: str = "text", metadata_key: str = _core.METADATA_KEY,
                         paragraphs: bool = False) -> dict[str, Any]:
    """The CLI's output record for a document read by ``NewscleanJsonlReader``
    (per-paragraph decisions only when `paragraphs`)."""
    meta = document.metadata
    names = meta.get(FIELDS_KEY) or [text_key, *(k for k in meta if k not in (FIELDS_KEY, metadata_key))]
    out: dict[str, Any] = {}
    for key in names:
        out[key] = document.text if key == text_key else meta.get(key)
    if text_key not in out:
        out[text_key] = document.text
    if metadata_key in meta:
        decisions = dict(meta[metadata_key])
        if not paragraphs:
            decisions.pop("paragraphs", None)
        out[metadata_key] = decisions
    return out


class NewscleanJsonlWriter(JsonlWriter):
    """Writes the CLI's JSONL output: input fields in place, cleaned text, summary.

    Uncompressed and one file per task (``${rank}.jsonl``) by default;
    concatenating the files in rank order gives the input order back when the
    input had one file per task.  ``paragraphs=True`` also writes every
    paragraph's decision (not part of the CLI's output).
    """

    def __init__(self, output_folder, output_filename: str | None = None, compression: str | None = None,
                 text_key: str = "text", metadata_key: str = _core.METADATA_KEY, paragraphs: bool = False,
                 **kwargs: Any):
        self.text_key = text_key
        self.metadata_key = metadata_key
        self.paragraphs = paragraphs
        super().__init__(output_folder, output_filename=output_filename, compression=compression,
                         adapter=_writer_adapter, **kwargs)

    def _write(self, document: dict, file_handler: IO, _filename: str) -> None:
        file_handler.write(_core.dumps_record(document))


def _writer_adapter(self: NewscleanJsonlWriter, document: Document) -> dict:
    return record_from_document(document, self.text_key, self.metadata_key, self.paragraphs)


def run_local(input_folder: str, output_folder: str, *, tasks: int = 1, workers: int = -1,
              logging_dir: str | None = None, config: Config | None = None,
              text_key: str = "text", id_key: str = "id", **options: Any):
    """Clean every JSONL file under `input_folder` into `output_folder` on this
    machine, document by document (the CLI's ``--no-site-boilerplate``).

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


def site_boilerplate_executors(input_folder: str, output_folder: str, work_folder: str, *, tasks: int = 1,
                               workers: int = -1, shards: int = 1, config: Config | None = None,
                               text_key: str = "text", id_key: str = "id", site_field: str | None = None,
                               **options: Any):
    """The two-stage site-boilerplate pipeline on this machine.

    Returns the executors (count, merge, clean), chained with ``depends=``:
    ``executors[-1].run()`` runs all three.  Counts go to
    ``work_folder/counts`` and ``work_folder/merged``, logs to
    ``work_folder/logs/*``.
    """
    from datatrove.executor import LocalPipelineExecutor

    work = work_folder.rstrip("/")

    def reader():
        return NewscleanJsonlReader(input_folder, text_key=text_key, id_key=id_key)

    count = LocalPipelineExecutor(
        pipeline=[reader(), NewscleanSiteCounter(f"{work}/counts", site_field=site_field, shards=shards)],
        tasks=tasks, workers=workers, logging_dir=f"{work}/logs/count", skip_completed=False)
    merge = LocalPipelineExecutor(
        pipeline=[NewscleanSiteCountsMerger(f"{work}/counts", f"{work}/merged")],
        tasks=shards, workers=workers, logging_dir=f"{work}/logs/merge", depends=count, skip_completed=False)
    clean = LocalPipelineExecutor(
        pipeline=[reader(), NewscleanStep(config, counts_folder=f"{work}/merged", site_field=site_field, **options),
                  NewscleanJsonlWriter(output_folder, text_key=text_key)],
        tasks=tasks, workers=workers, logging_dir=f"{work}/logs/clean", depends=merge, skip_completed=False)
    return count, merge, clean


__all__ = [
    "NewscleanSiteCounter",
    "NewscleanSiteCountsMerger",
    "site_boilerplate_executors",
    "site_shard",
    "NewscleanStep",
    "NewscleanJsonlReader",
    "NewscleanJsonlWriter",
    "record_from_document",
    "run_local",
]
