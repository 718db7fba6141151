"""Batch cleaning: folder trees of text files and JSONL corpora.

Public pieces, usable without the CLI:

* Input enumeration — :func:`iter_inputs` (files and folders; glob, sorted,
  symlink-loop safe; problems are yielded, never raised), :func:`is_jsonl`,
  :func:`open_jsonl` and :func:`iter_records` (streaming JSONL or JSONL.gz
  records with their line numbers; malformed lines are yielded as problems).
* :func:`ordered_map` — a process pool that returns results in input order
  with a bounded number of chunks in flight, so memory does not grow with the
  number of inputs.
* :class:`AtomicStreamWriter` — a temp-file-then-rename writer for one big
  output (JSONL, optionally gzip with a fixed header so output is
  reproducible).
* :class:`BatchOptions`, :func:`run_batch` and :class:`Summary` — the whole
  two-pass batch (count site boilerplate, then clean) with counts for the
  summary table and ``--report``.

Determinism: inputs are walked in sorted order, records keep their order,
chunking does not depend on ``jobs`` and every document is cleaned by a pure
function of (text, config, site profile), so output is byte-identical for any
``--jobs`` and any PYTHONHASHSEED.

Interruption: SIGINT and SIGTERM only set a flag.  The batch then stops
submitting work, lets the chunks in flight finish (every file is written by
temp file + rename, so none is left half-written), removes the unfinished
JSONL temp file, and returns with ``Summary.interrupted`` set.  Workers ignore
both signals and are shut down by the parent.  A second SIGINT stops at once:
the parent sends its workers SIGUSR1, they drop the chunk in hand (outputs
are whole or absent) and KeyboardInterrupt ends the run.
"""

from __future__ import annotations

import functools
import gzip
import io
import itertools
import os
import signal
import stat
import tempfile
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Iterator

from .config import Config, ConfigError
from .corpus import SiteCounts, SiteView, fingerprint_document
from .io import (
    InputError,
    _fsync_dir,
    atomic_write,
    decode,
    encode_like,
    glob_match,
    is_gzip_name,
    is_jsonl,
    is_symlink_loop,
    keep_owner,
    make_dirs,
    restore_line_ends,
    skipped_folder,
    temp_prefix,
)
from .jsonline import (
    SUMMARY_FIELD,
    dumps_record,
    dumps_value,
    is_summary,
    json_error,
    json_type,
    loads_record,
    record_summary,
)
from .pipeline import clean_document, render_text

# Chunking is fixed (not derived from --jobs) so that output never depends on it.
CHUNK_ITEMS = 32
CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: enough to keep every core busy, few enough
# that memory stays flat and an interrupt drains quickly.
WINDOW_PER_JOB = 3
# Errors kept for the summary and the report (the count is always exact).
MAX_ERRORS = 10_000
GZIP_LEVEL = 6


# --- input enumeration ---------------------------------------------------------


@dataclass(frozen=True)
class FileInput:
    """A text file to clean. `rel` is its path below the input root, `site` its group."""

    path: str
    rel: str
    site: str
    size: int


@dataclass(frozen=True)
class InputProblem:
    """An input that cannot be processed (reported, not fatal)."""

    path: str
    message: str
    line: int | None = None
    id: Any = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        ident = f" (id {self.id})" if self.id is not None else ""
        return f"{where}{ident}: {self.message}"


def iter_folder(root: str, glob: str | tuple[str, ...] = "*.txt", *, site_prefix: str = "", site_depth: int = 1,
                exclude: Iterable[str] = ()) -> Iterator[FileInput | InputProblem]:
    """Files below `root` whose name matches `glob`, in sorted order.

    Links to files are followed; links to folders are not entered (as in
    `check`, os.walk, ruff and black: `--in-place` never rewrites files
    outside the tree named); a folder reached a second time (a bind mount)
    is reported and skipped.  Hidden folders and
    package trees (``skipped_folder``) are not entered.  `exclude` are
    real paths never entered (the output folder when it sits inside).
    `site` is the file's first `site_depth` folders below `root` (scrapes are
    laid out as root/<site>/...; "." for files in the root itself, and for
    every file with depth 0), after `site_prefix`.
    """
    skip: set[tuple[int, int]] = set()
    for p in exclude:
        try:
            st = os.stat(p)
            skip.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    seen: set[tuple[int, int]] = set()

    def site_of(rel_dir: str) -> str:
        base = "/".join(rel_dir.split("/")[:site_depth]) if site_depth and rel_dir else "."
        return site_label(f"{site_prefix}/{base}" if site_prefix else base)

    def enter(folder: str, rel_dir: str, ancestors: frozenset) -> tuple | InputProblem:
        try:
            st = os.stat(folder)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            return InputProblem(folder, f"cannot read folder ({e.strerror})")
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            return InputProblem(folder, "symlink loop; skipped")
        if key in seen:
            return InputProblem(folder, "folder reached again through a symlink; skipped")
        seen.add(key)
        return iter(entries), rel_dir, ancestors | {key}

    # An explicit stack, not recursion: folder depth is bounded by PATH_MAX,
    # not by Python's recursion limit.  Entries are sorted by name and a
    # folder is walked where its name sorts, as a recursive walk would.
    first = enter(root, "", frozenset())
    if isinstance(first, InputProblem):
        yield first
        return
    stack = [first]
    while stack:
        entries, rel_dir, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
        try:
            if entry.is_dir():
                if entry.is_symlink() or skipped_folder(entry.name):
                    continue  # a link to a folder, .git, .venv, node_modules: `check` enters none of them
                if skip:
                    st = entry.stat()
                    if (st.st_dev, st.st_ino) in skip:
                        continue
                frame = enter(entry.path, rel, ancestors)
                if isinstance(frame, InputProblem):
                    yield frame
                else:
                    stack.append(frame)
            elif entry.is_file():
                if glob_match(glob, entry.name, rel):
                    yield FileInput(entry.path, rel, site_of(rel_dir), entry.stat().st_size)
            elif entry.is_symlink() and glob_match(glob, entry.name, rel):
                yield InputProblem(entry.path, "broken symlink")
        except OSError as e:
            loop = is_symlink_loop(e)
            if loop and not glob_match(glob, entry.name, rel):
                continue  # links pointing at each other, named as no file to clean: nothing missed
            yield InputProblem(entry.path, "symlink loop; skipped" if loop else f"cannot read ({e.strerror})")


def input_key(path: str) -> str:
    """What one input (or one file found in a folder input) is, whatever it is
    called: the real path of its folder ("./", "..", links to folders
    resolved) and its own name.  The name is kept, not resolved: a link next
    to its target is a file of its own in a mirrored tree."""
    folder, name = os.path.split(os.path.normpath(os.path.abspath(path)))
    return os.path.normcase(os.path.join(_real_folder(folder), name))


@functools.lru_cache(maxsize=1024)
def _real_folder(folder: str) -> str:
    # (Cached: the files of a folder share it, and realpath stats every part of the path.)
    return os.path.realpath(folder)


def unique_inputs(paths: Iterable[str]) -> list[str]:
    """`paths` without the ones named before under another spelling
    ("a.txt ./a.txt", "dir dir/"), in the order first given."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = path if path == "-" else input_key(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def iter_inputs(paths: Iterable[str], glob: str | tuple[str, ...] = "*.txt", *, site_depth: int = 1,
                exclude: Iterable[str] = ()) -> Iterator[FileInput | InputProblem]:
    """Every text file named by `paths` (files as given, folders walked with `glob`).

    With several folders, each file's `rel` and `site` start with its
    folder's name, so that their trees do not mix.  Overlapping inputs ("dir
    dir/a.txt", "dir dir/sub", a file named twice) give each file once, where
    it is first reached, as black and ruff do: it is cleaned, counted for
    site boilerplate and written once.
    """
    paths = unique_inputs(paths)
    folders = [p for p in paths if os.path.isdir(p)]
    # (Only inputs that overlap can reach a file twice: one folder's walk
    # enters each folder once.)
    yield from _first_reached(_iter_each_input(paths, folders, glob, site_depth, exclude), len(paths) > 1)


def _first_reached(items: Iterator[FileInput | InputProblem], overlap_possible: bool
                   ) -> Iterator[FileInput | InputProblem]:
    if not overlap_possible:
        yield from items
        return
    seen: set[str] = set()
    for item in items:
        key = input_key(item.path)
        if key not in seen:
            seen.add(key)
            yield item


def _iter_each_input(paths: list[str], folders: list[str], glob: str | tuple[str, ...], site_depth: int,
                     exclude: Iterable[str]) -> Iterator[FileInput | InputProblem]:
    for path in paths:
        if os.path.isdir(path):
            prefix = _root_label(path) if len(folders) > 1 else ""
            for item in iter_folder(path, glob, site_prefix=prefix, site_depth=site_depth, exclude=exclude):
                if prefix and isinstance(item, FileInput):
                    item = FileInput(item.path, f"{prefix}/{item.rel}", item.site, item.size)
                yield item
        else:
            try:
                size = os.stat(path).st_size
            except OSError as e:
                yield InputProblem(path, "no such file" if isinstance(e, FileNotFoundError) else f"cannot read ({e.strerror})")
                continue
            parent = os.path.basename(os.path.dirname(os.path.abspath(path)))
            yield FileInput(path, os.path.basename(path), site_label(parent or "."), size)


def site_label(name: str) -> str:
    """A site name that can be written as UTF-8 (profile files, reports).

    Folder names that are not UTF-8 come from the OS as lone surrogates
    (surrogateescape); their bytes are shown as \\xNN instead.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _root_label(path: str) -> str:
    return os.path.basename(os.path.normpath(os.path.abspath(path))) or "root"


# --- JSONL ------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from the underlying file (compressed bytes for .gz) for progress."""

    def __init__(self, raw: IO[bytes]):
        self.raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self.raw.readinto(b)
        self.bytes_read += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_jsonl(path: str) -> tuple[IO[bytes], _CountingReader]:
    """A binary line stream over `path` ('-' = stdin), gunzipped when it starts like gzip."""
    import sys

    raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    counter = _CountingReader(raw)
    buffered = io.BufferedReader(counter, 1 << 20)
    if buffered.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=buffered, mode="rb"), counter  # type: ignore[return-value]
    return buffered, counter


@dataclass(frozen=True)
class RecordFields:
    text: str = "text"
    id: str = "id"
    site: str | None = None  # dotted path, e.g. metadata.url; URLs group by host


@dataclass
class Record:
    line: int
    obj: dict[str, Any]
    text: str
    id: Any
    site: str


def parse_record(raw: bytes, line: int, fields: RecordFields, path: str = "<jsonl>") -> Record | InputProblem:
    """One JSONL line -> Record, or the problem with it (named by line number)."""
    try:
        # (Numbers kept as written: "1E5" comes out as "1E5". Without the line
        # end, a string cut short reads as cut short, not as a control character.)
        obj = loads_record(raw.rstrip(b"\r\n" if isinstance(raw, bytes) else "\r\n"))
    except UnicodeDecodeError as e:
        return InputProblem(path, f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start} of the line)", line)
    except ValueError as e:
        return InputProblem(path, f"malformed JSON ({json_error(e)})", line)
    except RecursionError:
        return InputProblem(path, "malformed JSON (nested too deeply)", line)
    if not isinstance(obj, dict):
        return InputProblem(path, f"not a JSON object ({json_type(obj)})", line)
    ident = obj.get(fields.id)
    if ident is not None and not isinstance(ident, (str, int)):
        ident = dumps_value(ident)  # shown as JSON in messages, not as a Python repr
    text = obj.get(fields.text)
    if not isinstance(text, str):
        what = "missing" if fields.text not in obj else f"not a string ({json_type(text)})"
        return InputProblem(path, f'text field "{fields.text}" {what}', line, ident)
    return Record(line, obj, text, ident, site_key(obj, fields.site))


def site_key(obj: dict[str, Any], site_field: str | None) -> str:
    """The group of a record: the --site-field value (a URL gives its host), or ''."""
    if not site_field:
        return ""
    value: Any = obj
    for part in site_field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    value = str(value)
    if "://" in value:
        from urllib.parse import urlsplit

        host = (urlsplit(value).hostname or "").lower()
        return host[4:] if host.startswith("www.") else host
    return value


def iter_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(line number, line) for the non-blank lines of `stream`."""
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


def iter_records(path: str, fields: RecordFields = RecordFields()) -> Iterator[Record | InputProblem]:
    """Stream the records of a JSONL or JSONL.gz file (malformed lines as problems)."""
    stream, _ = open_jsonl(path)
    with stream:
        try:
            for n, line in iter_lines(stream):
                yield parse_record(line, n, fields, path)
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            yield InputProblem(path, f"cannot read ({e})")


class AtomicStreamWriter:
    """Write one output as a stream into a temp file, renamed over `path` on commit.

    Used as a context manager: committed when the block ends normally,
    removed when it raises.  ``gz=True`` compresses with a fixed header
    (no name, mtime 0) so identical data gives identical bytes.
    """

    def __init__(self, path: str, gz: bool = False):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(prefix=temp_prefix(os.path.basename(path)), suffix=".tmp", dir=folder)
        self._file = os.fdopen(fd, "wb")
        self._out: IO[bytes] = (
            gzip.GzipFile(filename="", mode="wb", fileobj=self._file, mtime=0, compresslevel=GZIP_LEVEL)
            if gz else self._file
        )
        self.folder = folder

    def write(self, data: bytes) -> None:
        self._out.write(data)

    def commit(self) -> None:
        try:
            if self._out is not self._file:
                self._out.close()
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            if os.path.exists(self.path):
                keep_owner(self.tmp, self.path)
                os.chmod(self.tmp, stat.S_IMODE(os.stat(self.path).st_mode))
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        from pathlib import Path

        _fsync_dir(Path(self.folder))

    def abort(self) -> None:
        for f in (self._out, self._file):
            try:
                f.close()
            except Exception:
                pass
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass

    def __enter__(self) -> "AtomicStreamWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


# --- the process pool -------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(state: dict[str, Any], halt: Any = None) -> None:
    global _HALT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if _ABANDON_SIGNAL is not None:
        signal.signal(_ABANDON_SIGNAL, _abandon_chunk)
    _STATE.clear()
    _STATE.update(state)
    _HALT = halt
    from .runtime import tune_for_batch_work

    tune_for_batch_work()


def _noop() -> None:
    return None


# Set by the parent when the batch stops: chunks that reach a worker after
# it are not run. (The pool hands chunks to its workers' queue ahead of
# time, where they can no longer be cancelled.)
_HALT: Any = None
_SKIPPED = "newsclean: chunk not run, the batch stopped"
STOP_POLL_SECONDS = 0.1


def _skipped(result: Any) -> bool:
    return isinstance(result, str) and result == _SKIPPED


# A second Ctrl-C stops the batch at once: the parent sends this signal to
# its workers, which drop the chunk in their hands (every output is written
# by temp file + rename, so it is written whole or not at all) and skip the
# rest. (The workers ignore SIGINT itself: the terminal sends it to them too,
# and the first Ctrl-C must let them finish.)
_ABANDON_SIGNAL = getattr(signal, "SIGUSR1", None)
_ABANDONED = False  # this worker was told to drop its work
_IN_CHUNK = False  # this worker is running a chunk, which the signal interrupts


def _abandon_chunk(signum, frame) -> None:
    global _ABANDONED
    if _ABANDONED:
        return  # told again (the parent repeats itself until all have heard): the first time counts
    _ABANDONED = True
    if _IN_CHUNK:
        raise KeyboardInterrupt  # returned to the parent as the chunk's exception
    # Between chunks the flag alone is enough (raising there would kill the worker mid-protocol).


def _unless_halted(fn: Callable[[Any], Any], chunk: Any) -> Any:
    global _IN_CHUNK
    if _HALT is not None and _HALT.is_set():
        return _SKIPPED
    try:
        _IN_CHUNK = True
        if _ABANDONED:  # (told between the check above and here)
            return _SKIPPED
        return fn(chunk)
    finally:
        _IN_CHUNK = False


# While a pool runs, how to make its workers drop what they hold (_Stop calls
# these on a second Ctrl-C).
_ABANDON_HOOKS: list[Callable[[], None]] = []


def abandon_work_in_hand() -> None:
    for hook in list(_ABANDON_HOOKS):
        hook()


def ordered_map(fn: Callable[[Any], Any], chunks: Iterable[Any], jobs: int, state: dict[str, Any],
                stop: Callable[[], bool] = lambda: False,
                on_error: Callable[[Any, BaseException], Any] | None = None) -> Iterator[Any]:
    """``fn(chunk)`` for every chunk, in order, in `jobs` processes (fewer
    when there are fewer chunks).

    At most ``WINDOW_PER_JOB * jobs`` chunks are in flight, so memory is
    bounded whatever the number of chunks.  When `stop()` turns true, no new
    chunk is started, the ones a worker has started are still returned, and
    the rest of the window is dropped (in order: none after the first
    dropped one is returned).  `state` is
    handed to each worker once (module global ``_STATE``).

    With `on_error`, a chunk whose call raises or whose worker process dies
    (killed, out of memory, a crash in C code) does not end the map: the pool
    is restarted, the chunk's items are run again one at a time, and an item
    that fails alone gets ``on_error(item, exception)`` as its result.  Chunks
    are lists and ``fn`` returns one result per item for this to apply.
    """
    if jobs <= 1:
        _STATE.clear()
        _STATE.update(state)
        for chunk in chunks:
            if stop():
                break
            if on_error is None:
                yield fn(chunk)
                continue
            try:
                yield fn(chunk)
            except Exception:
                yield [_one(fn, item, on_error) for item in chunk]
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # No more workers than chunks: a few files with --jobs 64 start a few
    # processes, not 64 idle ones.
    chunks = iter(chunks)
    first = list(itertools.islice(chunks, jobs))
    if not first:
        return
    jobs = len(first)
    chunks = itertools.chain(first, chunks)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    halt = context.Event()

    def new_pool() -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(state, halt))
        pool.submit(_noop).result()  # start the workers now, before any progress thread exists
        return pool

    pool = new_pool()
    pending: deque = deque()  # (chunk, future)
    finished = threading.Event()
    abandoned = threading.Event()

    def tell_workers_to_drop_their_work() -> None:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                os.kill(process.pid, _ABANDON_SIGNAL)
            except OSError:  # the worker has ended already
                pass

    def watch() -> None:
        # Tell the workers as soon as the batch stops, not when the chunk the
        # parent waits on comes back: the chunks queued behind are then skipped.
        # Once they must drop their work, tell them again and again until the
        # pool is shut down: a signal that comes just before a worker blocks in
        # a read is noted but not acted on until the read returns, perhaps never.
        while not finished.wait(STOP_POLL_SECONDS):
            if stop():
                halt.set()
            if abandoned.is_set():
                tell_workers_to_drop_their_work()

    threading.Thread(target=watch, name="newsclean-stop-watch", daemon=True).start()

    def abandon() -> None:
        abandoned.set()
        tell_workers_to_drop_their_work()

    if _ABANDON_SIGNAL is not None:
        _ABANDON_HOOKS.append(abandon)

    def restart() -> None:
        nonlocal pool
        pool.shutdown(wait=True, cancel_futures=True)
        pool = new_pool()
        # Chunks that finished before the crash keep their results; the others run again.
        for i, (chunk, future) in enumerate(pending):
            if not future.done() or future.exception() is not None:
                pending[i] = (chunk, pool.submit(_unless_halted, fn, chunk))

    def result(chunk: Any, future: Any) -> Any:
        try:
            return future.result()
        except Exception as exc:
            if on_error is None:
                raise
            if isinstance(exc, BrokenProcessPool):
                restart()
        out = []
        for item in chunk:
            try:
                out.extend(pool.submit(fn, [item]).result())
            except BrokenProcessPool as exc:
                restart()
                out.append(on_error(item, exc))
            except Exception as exc:
                out.append(on_error(item, exc))
        return out

    try:
        for chunk in chunks:
            if stop():
                break
            pending.append((chunk, pool.submit(_unless_halted, fn, chunk)))
            if len(pending) >= WINDOW_PER_JOB * jobs:
                done = result(*pending.popleft())
                if _skipped(done):
                    # Stopped before a worker took it: so were all behind it
                    # (workers take chunks in order).
                    pending.clear()
                    break
                yield done
        while pending:
            if stop():
                # Stopped: the chunks no worker has started yet are dropped
                # (the window holds several per worker); the others finish.
                halt.set()
                for _, future in pending:
                    future.cancel()
            chunk, future = pending.popleft()
            if future.cancelled():
                break
            done = result(chunk, future)
            if _skipped(done):
                break
            yield done
    finally:
        if abandon in _ABANDON_HOOKS:
            _ABANDON_HOOKS.remove(abandon)
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        finally:
            finished.set()  # (only now: the watch may still have to repeat itself to the workers)


def _one(fn: Callable[[Any], Any], item: Any, on_error: Callable[[Any, BaseException], Any]) -> Any:
    try:
        (res,) = fn([item])
        return res
    except Exception as exc:
        return on_error(item, exc)


def describe_failure(exc: BaseException) -> str:
    """What a failed input is reported with when its worker raised or died."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, BrokenProcessPool):
        return "worker process died on this input (killed, out of memory or crashed); the batch went on"
    return f"internal error: {type(exc).__name__}: {exc}"


def chunked(items: Iterable[Any], size_of: Callable[[Any], int]) -> Iterator[list[Any]]:
    """Lists of up to CHUNK_ITEMS items or CHUNK_BYTES bytes (never depends on --jobs)."""
    chunk: list[Any] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size_of(item)
        if len(chunk) >= CHUNK_ITEMS or total >= CHUNK_BYTES:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


# --- options, summary ------------------------------------------------------------------


@dataclass
class BatchOptions:
    config: Config = field(default_factory=Config)
    output: str | None = None  # OUTDIR, or the output file for one JSONL input
    in_place: bool = False
    glob: str | tuple[str, ...] = ("*.txt",)
    site_depth: int = 1  # folders: group files by their first N folders below the input root
    jsonl: bool = False  # treat every input as JSONL, whatever its name
    fields: RecordFields = field(default_factory=RecordFields)
    jobs: int = 1
    skip_existing: bool = False
    strict: bool = False
    site_boilerplate: bool = True
    profile: str | None = None  # load counts instead of counting
    save_profile: str | None = None
    encoding: str | None = None
    errors: str = "strict"
    # Command-line decision values: each file's settings are then resolved
    # from its own folder (its nearest newsclean.toml / pyproject.toml), as
    # `check` does; None: `config` for every file.
    settings_per_folder: dict[str, Any] | None = None


@dataclass
class DocStats:
    """What one cleaned document contributes to the summary (picklable)."""

    language: str | None
    kept: int
    dropped: dict[str, int]
    nbytes: int
    # Why the document was kept as it was although cleaning would drop (nearly)
    # all of it (K003 / K004), else None; with the record's line and id.
    flag: str | None = None
    line: int | None = None
    id: Any = None


def doc_stats(doc, nbytes: int, line: int | None = None, ident: Any = None) -> DocStats:
    dropped = Counter(p.decision.code for p in doc.paragraphs if not p.kept)
    flag = "; ".join(doc.warnings) if any(p.decision.code in ("K003", "K004") for p in doc.paragraphs) else None
    return DocStats(doc.language, sum(1 for p in doc.paragraphs if p.kept), dict(sorted(dropped.items())), nbytes,
                    flag, line, ident)


@dataclass
class Summary:
    files: int = 0
    records: int = 0
    skipped: int = 0
    failed: int = 0
    bytes_in: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    errors: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: int = 0  # the signal number, 0 when not interrupted
    in_place: bool = False  # the inputs were rewritten (a rerun redoes them, to the same result)
    sites: int = 0
    site_paragraphs: int = 0  # distinct (site, paragraph) counted
    site_boilerplate: int = 0  # of those, judged site boilerplate
    # Documents kept as they were because cleaning would drop all of them or
    # more than max_drop_share (cleaned, with a warning; counted in files/records).
    flagged: int = 0
    flags: list[InputProblem] = field(default_factory=list)

    def add(self, stats: DocStats, path: str = "") -> None:
        if stats.flag:
            self.flagged += 1
            if len(self.flags) < MAX_ERRORS:
                self.flags.append(InputProblem(path, stats.flag, stats.line, stats.id))
        self.kept += stats.kept
        self.dropped.update(stats.dropped)
        self.languages[stats.language or "unknown"] += 1
        self.bytes_in += stats.nbytes

    def fail(self, problem: InputProblem) -> None:
        self.failed += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(problem)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 128 + self.interrupted
        return 1 if self.failed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": 1,
            "files": self.files,
            "records": self.records,
            "skipped": self.skipped,
            "failed": self.failed,
            "bytes": self.bytes_in,
            "paragraphs": {"kept": self.kept, "dropped": dict(sorted(self.dropped.items())),
                           "dropped_total": sum(self.dropped.values())},
            "languages": dict(sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))),
            "site_boilerplate": {"sites": self.sites, "distinct_paragraphs": self.site_paragraphs,
                                 "boilerplate_paragraphs": self.site_boilerplate},
            "errors": [{"input": e.path, "line": e.line, "id": e.id, "message": e.message} for e in self.errors],
            "errors_listed": len(self.errors),
            "flagged": self.flagged,
            "flags": [{"input": e.path, "line": e.line, "id": e.id, "message": e.message} for e in self.flags],
            "seconds": round(self.seconds, 3),
            "interrupted": bool(self.interrupted),
        }


# --- workers --------------------------------------------------------------------------


def _read_bytes(path: str) -> tuple[bytes, str]:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    return data, decode(data, path, _STATE["encoding"], _STATE["errors"])


def _read(path: str) -> str:
    return _read_bytes(path)[1]


def _count_files(chunk: list[FileInput]) -> list[tuple[str, list[tuple[int, int]]] | None]:
    out: list[tuple[str, list[tuple[int, int]]] | None] = []
    for item in chunk:
        try:
            out.append((item.site, fingerprint_document(_read(item.path))))
        except Exception:  # noqa: BLE001 - InputError or an internal error: reported by the cleaning pass
            out.append(None)
    return out


def _clean_files(chunk: list[tuple[FileInput, str]]) -> list[DocStats | InputProblem]:
    out: list[DocStats | InputProblem] = []
    for item, target in chunk:
        try:
            out.append(_clean_file(item, target))
        except InputError as e:
            out.append(InputProblem(item.path, str(e).removeprefix(f"{item.path}: ")))
        except ConfigError as e:
            out.append(InputProblem(item.path, f"settings: {e}"))
        except OSError as e:
            out.append(InputProblem(item.path, f"cannot write {target} ({e.strerror})"))
        except Exception as e:  # noqa: BLE001 - one bad input must not end the batch
            out.append(InputProblem(item.path, describe_failure(e)))
    return out


def config_for(path: str) -> Config:
    """The settings for the file at `path`: the batch's, or those found from
    its folder (remembered per folder, in each worker)."""
    cli = _STATE.get("per_folder")
    if cli is None:
        return _STATE["config"]
    folder = os.path.dirname(os.path.abspath(path))
    configs = _STATE.setdefault("configs", {})
    if folder not in configs:
        from .settings import resolve

        configs[folder] = resolve(cli, path=folder).config
    return configs[folder]


def _clean_file(item: FileInput, target: str) -> DocStats:
    config = config_for(item.path)
    views: dict[str, SiteView] = _STATE["views"]
    raw, text = _read_bytes(item.path)
    doc = clean_document(text, config, views.get(item.site))
    stats = doc_stats(doc, item.size)
    data = render_text(doc)
    data = data + "\n" if data else ""
    if _STATE.get("in_place"):
        if not any(not p.kept for p in doc.paragraphs):
            return stats  # nothing to drop: the file is not rewritten (bytes and timestamps stay)
        data = restore_line_ends(data, text)
        # Same encoding and BOM as the file had (a UTF-16 file stays UTF-16).
        atomic_write(target, encode_like(data, raw, _STATE["encoding"]), keep_mode_of=target)
        return stats
    make_dirs(os.path.dirname(target) or ".")
    # Outputs of a new tree are synced once at the end (see run_batch); an
    # input rewritten in place is synced file by file above: a power cut
    # must never leave an empty file where the user's data was.
    atomic_write(target, data, keep_mode_of=item.path, durable=False)
    return stats


def _count_lines(chunk: list[tuple[int, bytes]]) -> list[tuple[str, list[tuple[int, int]]] | InputProblem]:
    fields: RecordFields = _STATE["fields"]
    out: list[tuple[str, list[tuple[int, int]]] | InputProblem] = []
    for n, line in chunk:
        try:
            rec = parse_record(line, n, fields, _STATE["path"])
            out.append(rec if isinstance(rec, InputProblem) else (rec.site, fingerprint_document(rec.text)))
        except Exception as e:  # noqa: BLE001 - one bad record must not end the batch
            out.append(InputProblem(_STATE["path"], describe_failure(e), n))
    return out


def _clean_lines(chunk: list[tuple[int, bytes]]) -> list[tuple[bytes, DocStats] | InputProblem]:
    out: list[tuple[bytes, DocStats] | InputProblem] = []
    for n, line in chunk:
        try:
            out.append(_clean_line(n, line))
        except Exception as e:  # noqa: BLE001 - one bad record must not end the batch
            out.append(InputProblem(_STATE["path"], describe_failure(e), n))
    return out


def _clean_line(n: int, line: bytes) -> tuple[bytes, DocStats] | InputProblem:
    fields: RecordFields = _STATE["fields"]
    config: Config = _STATE["config"]
    views: dict[str, SiteView] = _STATE["views"]
    rec = parse_record(line, n, fields, _STATE["path"])
    if isinstance(rec, InputProblem):
        return rec
    previous = rec.obj.get(SUMMARY_FIELD)
    if previous is not None and not is_summary(previous):
        return InputProblem(_STATE["path"], f'field "{SUMMARY_FIELD}" holds a {json_type(previous)}, not '
                            "newsclean's summary; cleaning would overwrite it", n, rec.id)
    doc = clean_document(rec.text, config, views.get(rec.site))
    stats = doc_stats(doc, len(line), n, rec.id)
    rec.obj[fields.text] = render_text(doc)
    summary = {"language": doc.language, "kept": stats.kept, "dropped": stats.dropped}
    if stats.flag:
        summary["warning"] = stats.flag
    rec.obj[SUMMARY_FIELD] = record_summary(summary, previous)
    return dumps_record(rec.obj), stats


# --- the batch ---------------------------------------------------------------------------


class _Stop:
    """SIGINT/SIGTERM set a flag instead of raising: no new input is started
    (ordered_map tells the workers at once), the ones in a worker's hands
    are finished. A second SIGINT stops at once: the workers drop the inputs
    in their hands (written whole or not at all) and KeyboardInterrupt skips
    the summary (exit 130)."""

    def __init__(self) -> None:
        self.signum = 0
        self._old: dict[int, Any] = {}

    def __call__(self) -> bool:
        return bool(self.signum)

    def _handle(self, signum, frame) -> None:
        if self.signum and signum == signal.SIGINT:
            abandon_work_in_hand()
            raise KeyboardInterrupt
        first = not self.signum
        # Recorded before the message goes out: Python runs a handler again
        # inside itself when a signal comes while it runs, and a Ctrl-C sent
        # after the message was read must be taken as the second one.
        self.signum = self.signum or signum
        if first:
            # os.write, not sys.stderr: the handler may run in the middle of a write to it.
            os.write(2, b"newsclean: stopping after the inputs in hand (Ctrl-C again to stop at once)\n")

    def __enter__(self) -> "_Stop":
        import threading

        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                self._old[s] = signal.signal(s, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for s, old in self._old.items():
            signal.signal(s, old)


class Progress:
    """Progress callbacks; the default does nothing (pipes, CI, --quiet)."""

    # Whether totals are worth an extra walk over the input folders.
    wants_totals = False

    def start(self, description: str, total_bytes: int | None, unit: str) -> None: ...

    def advance(self, items: int, nbytes: int) -> None: ...

    def stop(self) -> None: ...


def run_batch(inputs: list[str], options: BatchOptions, progress: Progress | None = None) -> Summary:
    """Clean every input (folders, files, JSONL) as `options` say; never raises for bad inputs."""
    progress = progress or Progress()
    summary = Summary(in_place=options.in_place)
    started = time.monotonic()
    unique = unique_inputs(inputs)
    jsonl_inputs = [p for p in unique if options.jsonl or is_jsonl(p)]
    file_inputs = [p for p in unique if p not in jsonl_inputs]
    out_dir = options.output if not (len(inputs) == 1 and jsonl_inputs) else None
    exclude = [out_dir] if out_dir else []
    state = {"config": options.config, "per_folder": options.settings_per_folder,
             "encoding": options.encoding, "errors": options.errors,
             "fields": options.fields, "views": {}, "path": None, "in_place": options.in_place}
    claimed: dict[str, str] = {}  # output path -> the input written there
    with _Stop() as stop:
        try:
            if file_inputs:
                _run_files(file_inputs, out_dir, exclude, options, state, summary, progress, stop, claimed)
            for path in jsonl_inputs:
                if stop():
                    break
                target = _jsonl_target(path, options, len(inputs))
                if target is None or _claim(claimed, target, path, summary, options.in_place):
                    _run_jsonl(path, target, options, state, summary, progress, stop)
        finally:
            progress.stop()
            if file_inputs and not options.in_place:
                os.sync()  # the outputs written without a per-file fsync
        summary.interrupted = stop.signum
    summary.seconds = time.monotonic() - started
    return summary


def _site_views(counts: SiteCounts, options: BatchOptions, summary: Summary) -> dict[str, SiteView]:
    views = counts.views(options.config)
    summary.sites = len(counts.site_names)
    summary.site_paragraphs = counts.rows
    summary.site_boilerplate = sum(len(v.candidates) for v in views.values())
    return views


def _load_or_count(count: Callable[[], SiteCounts | None], options: BatchOptions,
                   summary: Summary) -> dict[str, SiteView]:
    if not (options.site_boilerplate and options.config.site_boilerplate):
        return {}
    counts = SiteCounts.load(options.profile) if options.profile else count()
    if counts is None:  # interrupted or stopped while counting
        return {}
    if options.save_profile:
        try:
            counts.save(options.save_profile)
        except OSError as e:
            from .corpus import ProfileError

            raise ProfileError(f"{options.save_profile}: cannot write ({e.strerror})") from None
    return _site_views(counts, options, summary)


def _claim(claimed: dict[str, str], target: str, path: str, summary: Summary, in_place: bool = False) -> bool:
    """Reserve `target` for `path`; False when an earlier input writes there
    already: then the input fails ("a.txt" given next to a folder that holds
    an "a.txt" of its own), or in place it is the same file named twice, and
    cleaned once."""
    first = claimed.setdefault(os.path.normcase(os.path.abspath(target)), path)
    if first == path:
        return True
    if not in_place:
        summary.fail(InputProblem(path, f"its output {target} is that of {first} already; clean them separately"))
    return False


def _run_files(paths: list[str], out_dir: str | None, exclude: list[str], options: BatchOptions,
               state: dict[str, Any], summary: Summary, progress: Progress, stop: _Stop,
               claimed: dict[str, str]) -> None:
    def is_jsonl_file(item: FileInput) -> bool:
        # JSONL found in a folder (--glob '*.jsonl') is cleaned record by
        # record, as `check` reads it, never as one text.
        return options.jsonl or is_jsonl(item.path)

    def enumerate_files() -> Iterator[FileInput]:
        for item in iter_inputs(paths, options.glob, site_depth=options.site_depth, exclude=exclude):
            if isinstance(item, FileInput) and not is_jsonl_file(item):
                yield item

    def count() -> SiteCounts | None:
        counts = SiteCounts()
        total = sum(f.size for f in enumerate_files()) if progress.wants_totals else None
        progress.start("counting paragraphs", total, "files")
        for chunk, results in _zip_chunks(chunked(enumerate_files(), lambda f: f.size), _count_files,
                                          options.jobs, state, stop, lambda item, exc: None):
            for item, res in zip(chunk, results):
                if res is not None:
                    counts.add(*res)
            progress.advance(len(chunk), sum(f.size for f in chunk))
        return None if stop() else counts

    state["views"] = _load_or_count(count, options, summary)
    if stop():
        return

    jsonl_files: list[tuple[FileInput, str]] = []

    def tasks() -> Iterator[tuple[FileInput, str]]:
        for item in iter_inputs(paths, options.glob, site_depth=options.site_depth, exclude=exclude):
            if isinstance(item, InputProblem):
                summary.fail(item)
                continue
            target = os.path.realpath(item.path) if options.in_place else os.path.join(out_dir or ".", item.rel)
            if not _claim(claimed, target, item.path, summary, options.in_place):
                continue
            if is_jsonl_file(item):
                jsonl_files.append((item, target))
                continue
            if not options.in_place and os.path.exists(target) and os.path.samefile(target, item.path):
                summary.fail(InputProblem(item.path, "output would overwrite the input; use --in-place"))
                continue
            if options.skip_existing and not options.in_place and os.path.exists(target):
                summary.skipped += 1
                continue
            yield item, target

    total = sum(f.size for f in enumerate_files()) if progress.wants_totals else None
    progress.start("cleaning", total, "files")
    def failed(task: tuple[FileInput, str], exc: BaseException) -> InputProblem:
        return InputProblem(task[0].path, describe_failure(exc))

    for chunk, results in _zip_chunks(chunked(tasks(), lambda t: t[0].size), _clean_files, options.jobs, state, stop,
                                      failed):
        for (item, _), res in zip(chunk, results):
            if isinstance(res, InputProblem):
                summary.fail(res)
            else:
                summary.files += 1
                summary.add(res, item.path)
        progress.advance(len(chunk), sum(t[0].size for t in chunk))
    for item, target in jsonl_files:
        if stop():
            break
        if not options.in_place:
            make_dirs(os.path.dirname(target) or ".")
        _run_jsonl(item.path, target, options, state, summary, progress, stop)


def _zip_chunks(chunks: Iterator[list[Any]], fn: Callable, jobs: int, state: dict[str, Any],
                stop: Callable[[], bool], on_error: Callable[[Any, BaseException], Any] | None = None,
                ) -> Iterator[tuple[list[Any], list[Any]]]:
    """(chunk, fn(chunk)) in order; chunks are remembered only while in flight."""
    in_flight: deque = deque()

    def remember() -> Iterator[list[Any]]:
        for chunk in chunks:
            in_flight.append(chunk)
            yield chunk

    for result in ordered_map(fn, remember(), jobs, state, stop, on_error):
        yield in_flight.popleft(), result


def _jsonl_target(path: str, options: BatchOptions, n_inputs: int) -> str | None:
    if options.in_place:
        return os.path.realpath(path)
    if options.output is None or options.output == "-":
        return None  # standard output
    if n_inputs == 1 and not os.path.isdir(options.output):
        return options.output
    return os.path.join(options.output, os.path.basename(path))


def _run_jsonl(path: str, target: str | None, options: BatchOptions, state: dict[str, Any],
               summary: Summary, progress: Progress, stop: _Stop) -> None:
    if options.settings_per_folder is not None and path != "-":
        from .settings import resolve

        try:  # the file's own settings, found from its folder
            config = resolve(options.settings_per_folder, path=path).config
        except ConfigError as e:
            summary.fail(InputProblem(path, f"settings: {e}"))
            return
        state = {**state, "config": config, "per_folder": None}
    state["path"] = path
    if target is not None and options.skip_existing and not options.in_place and os.path.exists(target):
        summary.skipped += 1
        return
    if target is not None and not options.in_place and path != "-" and os.path.exists(target) \
            and os.path.samefile(path, target):
        summary.fail(InputProblem(path, "output would overwrite the input; use --in-place"))
        return
    try:
        size = os.stat(path).st_size if path != "-" else None
    except OSError as e:
        summary.fail(InputProblem(path, f"cannot read ({e.strerror})"))
        return
    strict_error: list[InputProblem] = []

    def failed(item: tuple[int, bytes], exc: BaseException) -> InputProblem:
        return InputProblem(path, describe_failure(exc), item[0])

    def count() -> SiteCounts | None:
        if path == "-":
            return None  # standard input can be read once: site boilerplate needs --profile
        counts = SiteCounts()
        stream, raw = open_jsonl(path)
        progress.start(f"counting {os.path.basename(path)}", size, "records")
        done = 0
        with stream:
            halt = lambda: stop() or bool(strict_error)  # noqa: E731
            for chunk, results in _zip_chunks(chunked(iter_lines(stream), lambda t: len(t[1])), _count_lines,
                                              options.jobs, state, halt, failed):
                for res in results:
                    if isinstance(res, InputProblem):
                        if options.strict and not strict_error:
                            strict_error.append(res)
                    else:
                        counts.add(*res)
                progress.advance(len(chunk), raw.bytes_read - done)
                done = raw.bytes_read
        return None if stop() or strict_error else counts

    try:
        state["views"] = _load_or_count(count, options, summary)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        summary.fail(InputProblem(path, f"cannot read ({e})"))
        return
    if strict_error:
        summary.fail(strict_error[0])
        return
    if stop():
        return
    import sys

    writer: Any
    if target is None:
        writer = _StdoutWriter(sys.stdout.buffer)
    else:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
            writer = AtomicStreamWriter(target, gz=is_gzip_name(target))
        except OSError as e:
            summary.fail(InputProblem(path, f"cannot write {target} ({e.strerror})"))
            return
    halt = lambda: stop() or bool(strict_error)  # noqa: E731
    partial = Summary()
    try:
        stream, raw = open_jsonl(path)
        progress.start(f"cleaning {os.path.basename(path)}", size, "records")
        done = 0
        with stream:
            for chunk, results in _zip_chunks(chunked(iter_lines(stream), lambda t: len(t[1])), _clean_lines,
                                              options.jobs, state, halt, failed):
                for res in results:
                    if isinstance(res, InputProblem):
                        partial.fail(res)
                        if options.strict:
                            strict_error.append(res)
                            break
                    else:
                        data, stats = res
                        writer.write(data)
                        partial.records += 1
                        partial.add(stats, path)
                progress.advance(len(chunk), raw.bytes_read - done)
                done = raw.bytes_read
    except BrokenPipeError:
        raise  # standard output closed (`| head`): the run ends there, no input failed
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        writer.abort()
        summary.fail(InputProblem(path, f"cannot read or write ({e})"))
        return
    except BaseException:
        writer.abort()
        raise
    if stop() or strict_error:
        writer.abort()  # no partial output: the file is written whole or not at all
        for e in partial.errors[-1:] if strict_error else []:
            summary.fail(e)
        return
    if options.in_place and partial.failed:
        # Rewriting would delete the records that failed from the input: leave it as it was.
        writer.abort()
        for e in partial.errors:
            summary.fail(InputProblem(e.path, f"{e.message}; {path} left unchanged", e.line, e.id))
        summary.failed += partial.failed - len(partial.errors)
        return
    try:
        writer.commit()
    except OSError as e:
        summary.fail(InputProblem(path, f"cannot write {target} ({e.strerror})"))
        return
    summary.records += partial.records
    summary.kept += partial.kept
    summary.dropped.update(partial.dropped)
    summary.languages.update(partial.languages)
    summary.bytes_in += partial.bytes_in
    summary.flagged += partial.flagged
    summary.flags.extend(partial.flags[: max(0, MAX_ERRORS - len(summary.flags))])
    for e in partial.errors:
        summary.fail(e)
    summary.failed += partial.failed - len(partial.errors)  # errors beyond the kept list


class _StdoutWriter:
    def __init__(self, out: IO[bytes]):
        self.out = out

    def write(self, data: bytes) -> None:
        self.out.write(data)

    def commit(self) -> None:
        self.out.flush()

    def abort(self) -> None:
        self.out.flush()
