"""`clean --in-place`: rewrite files with their cleaned text (the fix for `check`).

Kept apart from the CLI so that batch mode can call the same functions for
folders.  The contract, tested as a property: after ``fix_path(p)``,
``check p`` reports nothing.  Cleaning the cleaned text can in rare cases drop
one more paragraph (removing lines from a block can make the rest of it look
like hard-wrapped prose), so, like ruff's fix loop, `fix_text` cleans until
nothing more would be dropped.

A file with nothing to drop is not rewritten at all (its bytes, line endings
and timestamps stay); a rewritten file keeps its permissions and its line
ending style (CRLF stays CRLF, a lone CR stays CR).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from .config import Config
from .document import Document
from .io import InputError, atomic_write, decode, encode_like, is_gzip_name, is_jsonl, restore_line_ends
from .io import read_bytes as io_read_bytes
from .jsonline import encode_string, json_error, set_member

# Fixed-point passes; in practice the second pass finds nothing.
MAX_FIX_PASSES = 8
TEXT_FIELD = "text"
ID_FIELD = "id"


def _changed(doc: Document) -> bool:
    return any(not p.kept for p in doc.paragraphs)


def fix_text(text: str, config: Config, *, trailing_newline: bool = True) -> tuple[str | None, Document]:
    """The text `clean --in-place` writes, or None when nothing would be dropped.

    Returns the first pass's document too (its dropped paragraphs are what
    `check` reports).
    """
    from .pipeline import clean_document, render_text

    first = doc = clean_document(text, config)
    if not _changed(doc):
        return None, first
    out = text
    for _ in range(MAX_FIX_PASSES):
        cleaned = render_text(doc)
        out = cleaned + "\n" if cleaned and trailing_newline else cleaned
        doc = clean_document(out, config)
        if not _changed(doc):
            break
    return restore_line_ends(out, text), first


@dataclass
class FixResult:
    path: str
    fixed: int  # paragraphs dropped (findings fixed)
    written: bool
    warnings: list[str]


def read_bytes(path: str) -> bytes:
    data = io_read_bytes(path)
    return gunzip(data, path) if is_gzip_name(path) else data


def gunzip(data: bytes, path: str) -> bytes:
    import gzip

    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as e:
        raise InputError(f"{path}: not a valid gzip file ({e})") from None


def fix_jsonl_lines(data: str, path: str, config: Config,
                    text_field: str = TEXT_FIELD) -> tuple[str | None, int, list[str]]:
    """Rewrite the text field of the records that change; other lines stay
    byte for byte, and so does the rest of a changed line (only the text
    field's value is replaced in it: numbers, escapes and spacing stay)."""
    out: list[str] = []
    fixed = 0
    warnings: list[str] = []
    for lineno, line in enumerate(jsonl_lines(data), 1):
        body = line.rstrip("\r\n")
        if not body.strip():
            out.append(line)
            continue
        record = parse_record(body, path, lineno, text_field)
        new, doc = fix_text(record[text_field], config, trailing_newline=False)
        warnings += [f"line {lineno}: {w}" for w in doc.warnings]
        if new is None:
            out.append(line)
            continue
        fixed += sum(1 for p in doc.paragraphs if not p.kept)
        out.append(_replace_field(body, text_field, new) + line[len(body):])
    return ("".join(out) if fixed else None), fixed, warnings


def _replace_field(body: str, name: str, value: str) -> str:
    """`body` (one JSON object) with the string value of its member `name`
    replaced by `value`; every other byte of it as it was."""
    return set_member(body, name, encode_string(value, body))


def jsonl_lines(data: str) -> list[str]:
    """The lines of JSONL text with their ends, split at "\n" only.

    Not str.splitlines(): JSON strings may hold U+2028, U+2029 and U+0085
    unescaped (json.dumps(ensure_ascii=False) writes them so), and splitting
    there cuts a record in two.
    """
    lines = [line + "\n" for line in data.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def parse_record(body: str, path: str, lineno: int, text_field: str = TEXT_FIELD) -> dict:
    try:
        record = json.loads(body)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{lineno}: invalid JSON ({json_error(e)})") from None
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        raise InputError(f"{path}:{lineno}: record has no string field '{text_field}'")
    return record


def fix_path(path: str, config: Config, encoding: str | None = None, errors: str = "strict", *,
             jsonl: bool = False, text_field: str = TEXT_FIELD) -> FixResult:
    """Clean one text or JSONL file in place (atomically); untouched when already clean.

    `jsonl`: read it as JSONL whatever its name (--jsonl); `text_field`: the
    records' field with the text (--text-field)."""
    data = read_bytes(path)
    text = decode(data, path, encoding, errors)
    if jsonl or is_jsonl(path):
        new, fixed, warnings = fix_jsonl_lines(text, path, config, text_field)
    else:
        new, doc = fix_text(text, config)
        fixed = sum(1 for p in doc.paragraphs if not p.kept)
        warnings = list(doc.warnings)
    if new is None:
        return FixResult(path, 0, False, warnings)
    payload = encode_like(new, data, encoding, errors)
    if is_gzip_name(path):
        import gzip

        payload = gzip.compress(payload, mtime=0)
    # A symlink stays a symlink: the file it points to is replaced.
    target = os.path.realpath(path)
    atomic_write(target, payload, keep_mode_of=target)
    return FixResult(path, fixed, True, warnings)


def fix_command(paths: list[str], encoding: str | None, errors: str, config_file: str | None, isolated: bool,
                decision: dict, conflicts: dict, *, jsonl: bool = False, text_field: str = TEXT_FIELD,
                quiet: bool = False) -> int:
    """`clean --in-place PATH...`: fix each file, report on stderr, return the exit code.

    Exit 0 when every file could be processed (fixed or already clean), 2 on
    usage errors or when a file could not be read or written. `quiet`: no
    line per fixed file and no summary (errors and warnings still show).
    """
    import sys

    def err(message: str) -> None:
        sys.stderr.write(f"newsclean: error: {message}\n")

    used = [name for name, value in conflicts.items() if value]
    if used:
        err(f"--in-place cannot be combined with {', '.join(used)}")
        return 2
    if errors == "replace":
        err("--in-place cannot be combined with --errors replace (undecodable bytes would be "
            "replaced in the file); name the encoding with --encoding NAME")
        return 2
    if not paths or "-" in paths:
        err("--in-place needs FILE arguments (standard input cannot be rewritten)")
        return 2
    from .batch import _Stop

    cli_values = {k.replace("_", "-"): v for k, v in decision.items()}
    status, total, files, done = 0, 0, 0, 0
    read_as = {"jsonl": jsonl, "text_field": text_field}
    with _Stop() as stop:
        status, total, files, done = _fix_all(paths, cli_values, encoding, errors, config_file, isolated, err, stop,
                                              read_as, quiet)
    if stop.signum:
        sys.stderr.write(f"newsclean: interrupted after {done} of {len(paths)} file{'s' if len(paths) != 1 else ''}; "
                         "every file is either fixed or as it was\n")
    if not quiet and files:
        sys.stderr.write(f"Fixed {total} finding{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}.\n")
    elif not quiet:
        sys.stderr.write(f"{done} file{'s' if done != 1 else ''} left unchanged.\n")
    return 128 + stop.signum if stop.signum else status


def _fix_all(paths, cli_values, encoding, errors, config_file, isolated, err, stop, read_as, quiet):
    """Fix each path until done or `stop()`: (status, findings fixed, files fixed, files done)."""
    import sys

    from .config import ConfigError
    from .settings import resolve

    status, total, files, done = 0, 0, 0, 0
    for path in paths:
        if stop():
            break
        done += 1
        try:
            config = resolve(cli_values, path=path, config_file=config_file, isolated=isolated).config
            result = fix_path(path, config, encoding, errors, **read_as)
        except ConfigError as e:
            err(str(e))
            return 2, total, files, done
        except InputError as e:
            err(str(e))
            status = 2
            continue
        except OSError as e:
            err(f"{path}: cannot write ({e.strerror})")
            status = 2
            continue
        except Exception as e:  # noqa: BLE001 - an internal error exits 2, the file is left as it was
            err(f"{path}: internal error: {type(e).__name__}: {e}")
            status = 2
            continue
        for w in result.warnings:
            sys.stderr.write(f"newsclean: warning: {path}: {w}\n")
        if result.written:
            total += result.fixed
            files += 1
            if not quiet:
                sys.stderr.write(f"fixed {path} ({result.fixed} paragraph{'s' if result.fixed != 1 else ''} dropped)\n")
    return status, total, files, done
