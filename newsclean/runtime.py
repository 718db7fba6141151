"""Process-wide settings that only a program may choose, never a library.

Cleaning allocates many small, short-lived objects (tokens, sets, tuples)
and almost no reference cycles, so the garbage collector's frequent young
collections cost about 7% of the CPU time of a big batch while finding
almost nothing. The `newsclean` command and its batch workers are whole
programs, so they collect less often; `from newsclean import clean`
leaves the host program's collector alone.

How many worker processes a batch or a check starts is decided here too:
`worker_count` caps what `--jobs` asks for.
"""

from __future__ import annotations

import gc
import os

# Young-generation threshold: collections every 50,000 net allocations
# instead of Python's default 700.
GC_THRESHOLD = (50_000, 50, 100)


def tune_for_batch_work() -> None:
    gc.freeze()  # what start-up created lives as long as the process
    gc.set_threshold(*GC_THRESHOLD)


# Cleaning is CPU-bound: a worker beyond the CPUs only adds its memory and its
# start-up (`--jobs 1000` started 1000 processes). Two per CPU leave room for
# workers waiting on a slow disk.
MAX_WORKERS_PER_CPU = 2


def usable_cpus() -> int:
    """The CPUs this process may run on (taskset, cpusets), else all of them."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # pragma: no cover - no sched_getaffinity (macOS, Windows)
        return os.cpu_count() or 1


def worker_count(requested: int, work_items: int | None = None) -> int:
    """The worker processes to start for `--jobs requested` (0: one per usable
    CPU): at most MAX_WORKERS_PER_CPU per CPU, and no more than `work_items`
    when the number of items to share out is known."""
    cpus = usable_cpus()
    workers = min(requested or cpus, MAX_WORKERS_PER_CPU * cpus)
    if work_items is not None:
        workers = min(workers, work_items)
    return max(1, workers)
