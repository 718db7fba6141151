"""Process-wide settings that only a program may choose, never a library.

Cleaning allocates many small, short-lived objects (tokens, sets, tuples)
and almost no reference cycles, so the garbage collector's frequent young
collections cost about 7% of the CPU time of a big batch while finding
almost nothing. The `newsclean` command and its batch workers are whole
programs, so they collect less often; `from newsclean import clean`
leaves the host program's collector alone.
"""

from __future__ import annotations

import gc

# Young-generation threshold: collections every 50,000 net allocations
# instead of Python's default 700.
GC_THRESHOLD = (50_000, 50, 100)


def tune_for_batch_work() -> None:
    gc.freeze()  # what start-up created lives as long as the process
    gc.set_threshold(*GC_THRESHOLD)
