"""Edit one member of a JSON object line and leave every other byte as it was.

A corpus's other fields must come out as they went in: json.loads and
json.dumps would rewrite numbers ("1E5" -> "100000.0", "1e400" ->
"Infinity", which is not JSON), reorder nothing but re-escape strings.
"""

from __future__ import annotations

import json

_DECODER = json.JSONDecoder()


def set_member(body: str, name: str, encoded: str) -> str:
    """`body` (one JSON object, as text) with its top-level member `name`
    set to `encoded` (JSON text); appended at the end when it has none.
    The last member of that name is the one json.loads reads, so it is the
    one replaced."""
    i = _skip_space(body, 0) + 1  # past "{"
    span = None
    close = None
    while True:
        i = _skip_space(body, i)
        if body[i] == "}":
            close = i
            break
        key, i = json.decoder.scanstring(body, i + 1)
        i = _skip_space(body, _skip_space(body, i) + 1)  # past ":"
        _, end = _DECODER.raw_decode(body, i)
        if key == name:
            span = (i, end)
        i = _skip_space(body, end)
        if body[i] == ",":
            i += 1
    if span is not None:
        return body[: span[0]] + encoded + body[span[1] :]
    before = body[:close].rstrip()
    sep = "" if before.endswith("{") else ","
    return f"{before}{sep}{json.dumps(name, ensure_ascii=body.isascii())}:{encoded}{body[close:]}"


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
