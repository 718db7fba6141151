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


def _clean_partition(records: Iterable[dict], config: Config, text_field: str) -> list[dict]:
    return [_core.clean_record(r, config, text_field) for r in records]


def clean_bag(bag: db.Bag, config: Config | None = None, *, text_field: str = "text", **options: Any) -> db.Bag:
    """Clean every record's `text_field`; the decisions go under ``"newsclean"``."""
    config = _core.make_config(config, **options)
    return bag.map_partitions(_clean_partition, config, text_field)


def to_jsonl(bag: db.Bag, folder: str, **compute_kwargs: Any) -> list[str]:
    """Write output records as JSON lines, one file per partition
    (``part-00000.jsonl``, ...), and return the file names in order."""
    names = bag.map(_core.dumps_record).to_textfiles(
        f"{folder.rstrip('/')}/part-*.jsonl", name_function=lambda i: f"{i:05d}", encoding="utf-8",
        last_endline=True, compute=True, **compute_kwargs)
    return sorted(names)


__all__ = ["read_jsonl", "clean_bag", "to_jsonl"]
