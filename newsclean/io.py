"""Reading inputs and writing outputs safely.

Reading: bytes are decoded strictly (UTF-8 by default, a BOM picks UTF-8 or
UTF-16), so that a wrong encoding is reported with its byte offset instead of
being silently mangled.  Writing: a temporary file in the target's folder,
flushed and fsynced, then renamed over the target, so a reader never sees a
half-written file and a crash leaves the old file or the new one.
"""

from __future__ import annotations

import codecs
import errno
import os
import tempfile
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read as text; the message names it."""


# JSONL corpora, one article a record, by their names (any case).
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_gzip_name(path: str) -> bool:
    return path.lower().endswith(".gz")


def glob_match(pattern: str | tuple[str, ...], name: str, rel: str) -> bool:
    """Whether a file found in a folder matches --glob (one pattern or any of
    several): by its name, or by its path below the folder when the pattern
    holds a '/' ("site1/*.txt"). The same for `check` and batch `clean`."""
    import fnmatch

    if not isinstance(pattern, str):
        return any(glob_match(p, name, rel) for p in pattern)
    return fnmatch.fnmatchcase(rel if "/" in pattern else name, pattern)


# Folders a walk never enters, in `check` and in batch `clean` alike, as
# ruff and black skip them: hidden ones (.git, .venv, .cache) and the
# package trees of a project.
SKIP_DIRS = frozenset({"__pycache__", "node_modules", "venv", "site-packages"})


def skipped_folder(name: str) -> bool:
    return name.startswith(".") or name in SKIP_DIRS


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str, encoding: str | None = None, errors: str = "strict") -> str:
    """Decode `data` (from `name`, for messages) to text."""
    if encoding is None:
        encoding = "utf-8"
        for bom, enc in _BOMS:
            if data.startswith(bom):
                encoding = enc
                break
        if encoding == "utf-8" and b"\x00" in data:
            raise InputError(f"{name}: binary input (NUL byte at offset {data.index(0)}); not a text file")
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1 if e.encoding.startswith("utf-8") else None
        where = f"line {line}, byte offset {e.start}" if line else f"byte offset {e.start}"
        raise InputError(
            f"{name}: not valid {e.encoding} at {where} "
            f"(byte 0x{data[e.start]:02x}); use --encoding NAME or --errors replace"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'") from None
    if "\x00" in text:
        raise InputError(f"{name}: binary input (NUL character); not a text file")
    return text


def encode_like(text: str, original: bytes, encoding: str | None = None, errors: str = "strict") -> bytes:
    """Encode `text` the way `original` was: same BOM and encoding (UTF-8 without one).

    So that rewriting a file in place does not turn UTF-16 into UTF-8 or drop
    a UTF-8 BOM that a Windows tool wrote and expects.
    """
    if encoding is None:
        for bom, enc in _BOMS:
            if original.startswith(bom):
                if enc == "utf-8-sig":
                    return bom + text.encode("utf-8", errors)
                little = bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE)
                codec = f"{enc}-{'le' if little else 'be'}"
                return bom + text.encode(codec, errors)
        encoding = "utf-8"
    return text.encode(encoding, errors)


def restore_line_ends(out: str, original: str) -> str:
    """`out` (written with "\n") with the line ends `original` mostly has:
    CRLF stays CRLF, and a lone CR (classic Mac OS) stays CR."""
    crlf = original.count("\r\n")
    if crlf and crlf * 2 >= original.count("\n"):
        return out.replace("\n", "\r\n")
    if original.count("\r") - crlf > original.count("\n"):
        return out.replace("\n", "\r")
    return out


def read_text(path: str, encoding: str | None = None, errors: str = "strict") -> str:
    """Read a file, or standard input for '-'."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = path
        data = read_bytes(path)
    return decode(data, name, encoding, errors)


def is_symlink_loop(e: OSError) -> bool:
    """The error of a path through links that point at each other."""
    return e.errno == errno.ELOOP


def read_bytes(path: str) -> bytes:
    """A file's bytes; every way of failing becomes one InputError line naming it."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        if is_symlink_loop(e):  # as batch `clean` words it
            raise InputError(f"{path}: symlink loop") from None
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def atomic_write(path: str | os.PathLike[str], data: str | bytes, keep_mode_of: str | None = None,
                 durable: bool = True) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync, rename.

    ``durable=False`` skips the fsyncs: the rename still makes the write
    all-or-nothing for readers and for interruptions, but not across a power
    cut until the caller syncs (batch mode writes thousands of files and
    syncs once at the end; an fsync per file costs more than cleaning it).

    A symlink is followed (the file it points to is replaced, the link
    stays).  A target that exists and is not a regular file (/dev/null, a
    FIFO, a terminal) is written to directly: renaming over it would replace
    the device node, and as root that replaces /dev/null for everyone.
    """
    import stat

    target = Path(path)
    if os.path.islink(target):
        target = Path(os.path.realpath(target))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        st = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        with open(target, "wb") as f:
            f.write(payload)
        return
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        keep_owner(tmp, target)
        mode_source = keep_mode_of or (str(target) if target.exists() else None)
        if mode_source is not None:
            os.chmod(tmp, os.stat(mode_source).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if durable:
        _fsync_dir(folder)


def keep_owner(tmp: str, target: str | os.PathLike[str]) -> None:
    """Give `tmp` the owner and group of the file it will replace (when allowed).

    Run as root over other users' files, --in-place would otherwise hand them
    to root.  Not being allowed (the usual case for a normal user replacing
    their own files) changes nothing.  Call before chmod: chown clears setuid.
    """
    try:
        st = os.stat(target)
    except OSError:
        return
    mine = os.stat(tmp)
    if (st.st_uid, st.st_gid) != (mine.st_uid, mine.st_gid):
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except OSError:
            pass


def make_dirs(path: str) -> None:
    """os.makedirs(path, exist_ok=True) without recursion (os.makedirs recurses
    once per missing folder and fails beyond Python's recursion limit).
    Safe against a concurrent run creating the same folders."""
    missing = []
    p = path
    while p and not os.path.isdir(p):
        missing.append(p)
        parent = os.path.dirname(p)
        if parent == p:
            break
        p = parent
    for d in reversed(missing):
        try:
            os.mkdir(d)
        except FileExistsError:
            if not os.path.isdir(d):
                raise


# A file name may be 255 bytes; the temp name adds a dot, 8 random characters
# and ".tmp", so long names are shortened in the temp name (never in the target).
_MAX_PREFIX_BYTES = 200


def temp_prefix(name: str) -> str:
    """The prefix of a temp file for `name`: hidden, recognisable, never too long."""
    while len(os.fsencode(name)) > _MAX_PREFIX_BYTES:
        name = name[: max(1, len(name) * 3 // 4)]
    return f".{name}."


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
