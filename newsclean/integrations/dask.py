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

import json
from collections.abc import Iterable
from typing import Any

try:
    import dask.bag as db
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("newsclean.integrations.dask needs dask: pip install 'newsclean[dask]'") from e

from ..config import Config
from . import _core


def read_jsonl(paths: str | list[str], blocksize: int | str | None = None) -> db.Bag:
    """A bag of records from JSONL file(s) (globs allowed); one partition per
    file, or per `blocksize` bytes of a file."""
    return db.read_text(paths, blocksize=blocksize, encoding="utf-8").map(json.loads)


def _clean_partition(records: Iterable[dict], config: Config, text_field: str,
                     views: dict | None, site_field: str) -> list[dict]:
    return [_core.clean_record(r, config, text_field, views, site_field) for r in records]


def clean_bag(bag: db.Bag, config: Config | None = None, *, text_field: str = "text",
              views: Any = None, site_field: str = "site", **options: Any) -> db.Bag:
    """Clean every record's `text_field`; the decisions go under ``"newsclean"``.

    `views` (stage 2): ``site_views(...)`` — a dict or a Delayed of one — so
    that paragraphs recurring across a site's documents are dropped (S101).
    """
    config = _core.make_config(config, **options)
    return bag.map_partitions(_clean_partition, config, text_field, views, site_field)


def _count_partition(records: Iterable[dict], text_field: str, site_field: str):
    return _core.count_records(records, text_field, site_field)


def _merge_parts(parts):
    return _core.merge_counts(list(parts))


def count_sites(bag: db.Bag, *, text_field: str = "text", site_field: str = "site", split_every: int = 8):
    """Stage 1: a Delayed ``newsclean.corpus.SiteCounts`` over the whole bag.

    Each partition is counted where it lies; partial counts are merged in a
    tree, `split_every` at a time, so no task holds more than `split_every`
    partial tables (24 bytes per distinct site paragraph each).
    """
    from functools import partial

    count = partial(_count_partition, text_field=text_field, site_field=site_field)
    return bag.reduction(count, _merge_parts, split_every=split_every, name="newsclean-count-sites")


def site_views(counts: Any, config: Config | None = None, **options: Any):
    """Stage 2's input from stage 1's counts (a Delayed when `counts` is one)."""
    config = _core.make_config(config, **options)
    if hasattr(counts, "dask"):
        from dask import delayed

        return delayed(_core.site_views, pure=True)(counts, config)
    return _core.site_views(counts, config)


def clean_corpus(bag: db.Bag, config: Config | None = None, *, text_field: str = "text",
                 site_field: str = "site", **options: Any) -> db.Bag:
    """Both stages: count the bag's paragraphs per site, then clean with those counts.

    The bag is read twice (once per stage); the counts reach the cleaning
    tasks as one small dict of site views.
    """
    config = _core.make_config(config, **options)
    views = site_views(count_sites(bag, text_field=text_field, site_field=site_field), config)
    return clean_bag(bag, config, text_field=text_field, views=views, site_field=site_field)


def to_jsonl(bag: db.Bag, folder: str, **compute_kwargs: Any) -> list[str]:
    """Write output records as JSON lines, one file per partition
    (``part-00000.jsonl``, ...), and return the file names in order."""
    names = bag.map(_core.dumps_record).to_textfiles(
        f"{folder.rstrip('/')}/part-*.jsonl", name_function=lambda i: f"{i:05d}", encoding="utf-8",
        last_endline=True, compute=True, **compute_kwargs)
    return sorted(names)


__all__ = ["read_jsonl", "clean_bag", "to_jsonl", "count_sites", "site_views", "clean_corpus"]
