#!/usr/bin/env python3
"""Regenerate ``newsclean/data/lexicon.bin`` from ``newsclean/lexicon/phrases/*.txt``.

    python tools/build_lexicon.py          # write the file
    python tools/build_lexicon.py --check  # exit 1 if the committed file is stale

The file is a :mod:`marshal` dump of plain dicts, lists, tuples and strings
(see ``build_blob`` in ``newsclean/lexicon/__init__.py``): the parsed entries
of every phrase file, the source of the full phrase regex and, for the
interpreter that ran this script, the compiled regex code.  It carries a
digest of the phrase files and of the lexicon module; the loader ignores it
(and parses the files) when the digest does not match, and ignores the
compiled code on any other interpreter build.  Rerun this script after
editing a phrase file or newsclean/lexicon/__init__.py (the test suite
fails until you do).
"""

from __future__ import annotations

import argparse
import marshal
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsclean.lexicon import BLOB_PATH, build_blob  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    args = ap.parse_args()
    blob = build_blob()
    if args.check:
        try:
            old = marshal.loads(BLOB_PATH.read_bytes())
        except (OSError, ValueError, EOFError):
            old = None
        if old != blob:
            print(f"{BLOB_PATH} is stale: run python tools/build_lexicon.py", file=sys.stderr)
            return 1
        print(f"{BLOB_PATH} is up to date")
        return 0
    BLOB_PATH.write_bytes(marshal.dumps(blob, 4))
    print(f"wrote {BLOB_PATH} ({BLOB_PATH.stat().st_size} bytes, {sum(map(len, marshal.loads(zlib.decompress(blob['entries'])).values()))} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
