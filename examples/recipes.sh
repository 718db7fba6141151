#!/usr/bin/env bash
# Shell recipes for newsclean, runnable from the repository root:
#   bash examples/recipes.sh
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# 1. One article to stdout, and why each paragraph was kept or dropped (table on stderr).
newsclean en-wire-story.txt
newsclean clean tr-city-news.txt --explain > /dev/null

# 2. In a pipeline: whatever produces text, newsclean reads it on stdin.
cat fr-fishing-hard-wrapped.txt | newsclean > "$out/fr.txt"

# 3. Machine-readable decisions: the reason code of every dropped paragraph.
newsclean clean es-education-crlf.txt --format json \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["language"], [p["code"] for p in d["paragraphs"] if not p["kept"]])'

# 4. A whole folder, mirrored under an output folder, with a JSON report.
mkdir -p "$out/scrape/site-a"
for f in ./*.txt; do case "$f" in *.expected.txt) ;; *) cp "$f" "$out/scrape/site-a/" ;; esac; done
newsclean clean "$out/scrape" -o "$out/clean" --report "$out/report.json" --quiet
find "$out/clean" -name "*.txt" | head -3

# 5. A JSONL corpus, streamed: other fields pass through, a "newsclean" field is added.
python3 - "$out/corpus.jsonl" <<'PY'
import json, pathlib, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, p in enumerate(sorted(p for p in pathlib.Path(".").glob("*.txt") if not p.name.endswith(".expected.txt"))):
        f.write(json.dumps({"id": p.stem, "url": f"https://example.org/{i}", "text": p.read_text("utf-8")}, ensure_ascii=False) + "\n")
PY
newsclean clean "$out/corpus.jsonl" -o "$out/clean.jsonl" --quiet
head -c 300 "$out/clean.jsonl"; echo

# 6. The pre-commit style check: exit 1 while junk remains, 0 after the fix.
cp de-regional-news-one-per-line.txt "$out/article.txt"
newsclean check "$out/article.txt" --statistics || echo "check failed as expected (exit $?)"
newsclean clean --in-place "$out/article.txt"
newsclean check "$out/article.txt"
