"""JSON object lines whose other fields come out as they went in.

json.loads and json.dumps rewrite numbers: "1E5" -> "100000.0", a long
decimal is rounded, and "1e400" -> "Infinity", which is not JSON. Two ways
around it:

* :func:`set_member` edits one member in the line's own text (in-place
  fixes, where every other byte must stay);
* :func:`loads_record` / :func:`dumps_record` read numbers as
  :class:`RawNumber` (a float that remembers how it was written) and write
  them back so (batch output, the same from the CLI and the integrations).

The summary newsclean adds to each cleaned record (``SUMMARY_FIELD``) is
kept here too, for the same two writers.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

_DECODER = json.JSONDecoder()


class RawNumber(float):
    """A JSON number (or NaN/Infinity) as a float, with the text it was written as."""

    def __new__(cls, text: str) -> "RawNumber":
        number = super().__new__(cls, text)
        number.text = text
        return number

    def __reduce__(self):
        return RawNumber, (self.text,)


def loads_record(raw: str | bytes) -> Any:
    """json.loads, with every non-integer number a RawNumber."""
    return json.loads(raw, parse_float=RawNumber, parse_constant=RawNumber)


def dumps_record(obj: dict[str, Any]) -> bytes:
    """One compact JSONL line (with its newline): UTF-8 as it is, but \\u
    escapes throughout when lone surrogates (from "\\ud800"-style escapes)
    cannot be UTF-8; RawNumbers as they were written."""
    try:
        return (_dumps(obj, False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (_dumps(obj, True) + "\n").encode("ascii")


def dumps_value(value: Any) -> str:
    """One value as compact JSON text (RawNumbers as they were written)."""
    return _dumps(value, False)


def json_error(e: ValueError) -> str:
    """What is wrong with a JSON text, for a message: "Expecting ',' delimiter
    at column 21", "Unterminated string starting at column 9"."""
    msg = getattr(e, "msg", None)
    if msg is None:
        return str(e)
    return f"{msg} column {e.colno}" if msg.endswith(" at") else f"{msg} at column {e.colno}"


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type (null, not NoneType)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def _dumps(value: Any, ascii_only: bool) -> str:
    if isinstance(value, RawNumber):
        return value.text
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k), ensure_ascii=ascii_only) + ":" + _dumps(v, ascii_only)
                              for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dumps(v, ascii_only) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only, separators=(",", ":"))


def set_member(body: str, name: str, encoded: str) -> str:
    """`body` (one JSON object, as text) with the value of its top-level
    member `name` replaced by `encoded` (JSON text). The last member of
    that name is the one json.loads reads, so it is the one replaced."""
    i = _skip_space(body, 0) + 1  # past "{"
    span = None
    while True:
        i = _skip_space(body, i)
        if body[i] == "}":
            break
        key, i = json.decoder.scanstring(body, i + 1)
        i = _skip_space(body, _skip_space(body, i) + 1)  # past ":"
        _, end = _DECODER.raw_decode(body, i)
        if key == name:
            span = (i, end)
        i = _skip_space(body, end)
        if body[i] == ",":
            i += 1
    assert span is not None  # the caller parsed the record and found the member
    return body[: span[0]] + encoded + body[span[1] :]


def encode_string(value: str, like: str) -> str:
    """`value` as a JSON string, escaped as the line `like` was written: ASCII
    only when the line is (and when `value` holds lone surrogates, which
    UTF-8 cannot carry)."""
    if like.isascii():
        return json.dumps(value)
    try:
        encoded = json.dumps(value, ensure_ascii=False)
        encoded.encode("utf-8")
        return encoded
    except UnicodeEncodeError:
        return json.dumps(value)


def _skip_space(text: str, i: int) -> int:
    while text[i] in " \t\r\n":
        i += 1
    return i


# The field each cleaned JSONL record gets: language, kept, dropped by code.
SUMMARY_FIELD = "newsclean"


def is_summary(value: Any) -> bool:
    """Whether `value` is a summary newsclean wrote: the record was cleaned before."""
    return (isinstance(value, dict) and isinstance(value.get("kept"), int)
            and isinstance(value.get("dropped"), dict)
            and all(isinstance(count, int) for count in value["dropped"].values()))


def record_summary(summary: dict[str, Any], previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record's summary after this cleaning: its language and kept
    paragraphs as they are now, its dropped ones counted since it was first
    cleaned.  So cleaning a cleaned record again gives the same record, and
    what the first run dropped is not forgotten."""
    if previous is None:
        return summary
    dropped = Counter(previous["dropped"])
    dropped.update(summary["dropped"])
    return {**summary, "dropped": dict(sorted(dropped.items()))}
