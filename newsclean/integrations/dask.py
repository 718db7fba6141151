"""newsclean on Dask bags (``pip install newsclean[dask]``).

Dask runs the same code on the threads or processes of one machine, or on a
``distributed`` cluster (``dask.distributed.Client``, dask-jobqueue on Slurm,
Kubernetes, ...), chosen by the scheduler in effect when ``compute()`` runs.

``read_jsonl``   JSONL files -> a bag of records (dicts).
``clean_bag``    a bag of records -> a bag of output records, cleaned per
                 partition (``map_partitions``: one Config per partition, no
                 per-record task overhead).  With ``counts=`` it is stage 2 of
                 the site-level boilerplate pipeline.
``to_jsonl``     write output records as the CLI does (one file per partition,
                 named so that sorted names give the input order).

Site-level boilerplate (reason S101) takes two passes over the bag:

``count_sites``  stage 1: each partition counts its documents' paragraph
                 fingerprints per site (``newsclean.corpus``), and a tree
                 reduction merges the partial counts (``split_every`` at a
                 time), giving one ``SiteCounts``.
``site_views``   the counts reduced to what stage 2 needs: per site, only the
                 paragraphs judged boilerplate (small; shipped to each task).
``clean_corpus`` both stages: ``clean_bag(bag, views=site_views(count_sites(bag)))``.

The engine is imported only here, so ``import newsclean`` never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

try:
    import dask.bag as db
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("newsclean.integrations.dask needs dask: pip install 'newsclean[dask]'") from e

from ..config import Config
from . import _core


def read_jsonl(paths: str | list[str], blocksize: int | str | None = None, *, text_field: str = "text",
               id_field: str = "id", site_field: str | None = None) -> db.Bag:
    """A bag of records (``newsclean.batch.Record``: the object, its text and
    its site) from JSONL file(s), globs allowed; one partition per file, or
    per `blocksize` bytes of a file.  Lines the CLI skips or reports (blank,
    malformed, no string text) are left out.  `site_field` is the CLI's
    ``--site-field`` (dotted path; a URL groups by host; without it every
    record is one site)."""
    fields = _core.fields(text_field, id_field, site_field)
    return db.read_text(paths, blocksize=blocksize, encoding="utf-8").map_partitions(_parse_partition, fields)


def _parse_partition(lines: Iterable[str], fields) -> list:
    records = (_core.parse_line(line, fields) for line in lines)
    return [r for r in records if r is not None]


def _clean_partition(records: Iterable, config: Config, fields, views: dict | None, paragraphs: bool) -> list[dict]:
    return [_core.clean_obj(r.obj, r.text, r.site, config, fields, views, paragraphs) for r in records]


def clean_bag(bag: db.Bag, config: Config | None = None, *, text_field: str = "text", views: Any = None,
              paragraphs: bool = False, **options: Any) -> db.Bag:
    """Clean every record of a ``read_jsonl`` bag into an output record: the
    text cleaned and a ``"newsclean"`` summary (language, kept, dropped), as
    the CLI writes it; ``paragraphs=True`` adds every paragraph's decision.

    `views` (stage 2): ``site_views(...)``, a dict or a Delayed of one, so
    that paragraphs recurring across a site's documents are dropped (S101).
    Without it this is the CLI's ``--no-site-boilerplate``.
    """
    config = _core.make_config(config, **options)
    return bag.map_partitions(_clean_partition, config, _core.fields(text_field), views, paragraphs)


def to_jsonl(bag: db.Bag, folder: str, **compute_kwargs: Any) -> list[str]:
    """Write output records as the CLI does, one file per partition
    (``part-00000.jsonl``, ...); returns the file names in order."""
    names = bag.map(_encode).to_textfiles(
        f"{folder.rstrip('/')}/part-*.jsonl", name_function=lambda i: f"{i:05d}", encoding="utf-8",
        last_endline=True, compute=True, **compute_kwargs)
    return sorted(names)


def _encode(obj: dict) -> str:
    return _core.dumps_record(obj)[:-1].decode("utf-8")


def _count_partition(records: Iterable):
    counts = _core.new_counts()
    for r in records:
        _core.add_document(counts, r.site, r.text)
    return counts


def _merge_parts(parts):
    return _core.merge_counts(list(parts))


def count_sites(bag: db.Bag, *, split_every: int = 8):
    """Stage 1: a Delayed ``newsclean.corpus.SiteCounts`` over the whole bag.

    Each partition is counted where it lies; partial counts are merged in a
    tree, `split_every` at a time, so no task holds more than `split_every`
    partial tables (24 bytes per distinct site paragraph each).
    """
    return bag.reduction(_count_partition, _merge_parts, split_every=split_every, name="newsclean-count-sites")


def site_views(counts: Any, config: Config | None = None, **options: Any):
    """Stage 2's input from stage 1's counts (a Delayed when `counts` is one)."""
    config = _core.make_config(config, **options)
    if hasattr(counts, "dask"):
        from dask import delayed

        return delayed(_core.site_views, pure=True)(counts, config)
    return _core.site_views(counts, config)


def clean_corpus(bag: db.Bag, config: Config | None = None, *, text_field: str = "text",
                 paragraphs: bool = False, **options: Any) -> db.Bag:
    """Both stages, as ``newsclean clean corpus.jsonl`` runs them: count the
    bag's paragraphs per site, then clean with those counts.

    The bag is read twice (once per stage); the counts reach the cleaning
    tasks as one small dict of site views.
    """
    config = _core.make_config(config, **options)
    views = site_views(count_sites(bag), config)
    return clean_bag(bag, config, text_field=text_field, views=views, paragraphs=paragraphs)


__all__ = ["read_jsonl", "clean_bag", "to_jsonl", "count_sites", "site_views", "clean_corpus"]
