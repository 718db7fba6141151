"""Accuracy benchmark: newsclean (and optional peers) on ../shared/bench.

Exports the benchmark inputs with the benchmark's own score.py, cleans every
file in-process (a process pool, not a process per file), and scores the
output folder with score.py, so the figures are the benchmark's own.

    python benchmarks/quality.py                     # all families, newsclean only
    python benchmarks/quality.py --limit 100 --peers # a sample, with jusText and C4 rules
    python benchmarks/quality.py --peers --markdown  # the README table

--peers also runs, on the same inputs and scored the same way:

  justext  jusText 3.x on the text: each input line becomes a <p> of a minimal
           HTML document; the stoplist is that of the language that
           newsclean.langid.detect_langs finds for the whole text (English when
           jusText has none for it); the non-boilerplate paragraphs are kept.
  c4       datatrove's C4QualityFilter with its default (C4 paper) options: its
           line rules filter the text; a document it drops comes out empty.

Peers need `pip install -e '.[peers]'`; without them --peers exits 2.
Cleaning time is CPU seconds (time.process_time) in the workers, start-up
excluded; "page MB/s" is page-family input (UTF-8) per CPU second, i.e. per core.
"""

from __future__ import annotations

import argparse
import datetime
import html
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"

# Python module -> distribution to install, for the peers. jusText 3 imports
# lxml.html.clean, which now lives in lxml_html_clean (lxml[html_clean]);
# datatrove splits sentences for the C4 rules with spaCy (a blank pipeline and
# its rule-based sentencizer: no model download).
PEER_MODULES = {
    "justext": "justext",
    "lxml_html_clean": "lxml_html_clean",
    "datatrove": "datatrove",
    "orjson": "orjson",
    "spacy": "spacy",
}

# langdetect code -> jusText stoplist name. Only names that
# justext.get_stoplists() really has are used; the rest (ja, th, zh-cn,
# zh-tw, so, pa: no jusText stoplist for that language or script) and an
# undetectable text fall back to English.
LANGDETECT_TO_JUSTEXT = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "kn": "Kannada", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi",
    "ne": "Nepali", "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}

SYSTEM_LABELS = {
    "newsclean": "newsclean",
    "justext": "jusText on the text",
    "c4": "C4 line rules (datatrove)",
}


# ----------------------------------------------------------------------------- cleaners
def _clean_newsclean(text: str) -> str:
    from newsclean import clean

    return clean(text).text


_JUSTEXT_STOPLISTS: dict[str, frozenset] = {}


def justext_stoplist_name(text: str) -> str:
    """jusText stoplist for the language detected on the whole text."""
    import justext
    from newsclean.langid import detect_langs

    if not _JUSTEXT_STOPLISTS:
        _JUSTEXT_STOPLISTS.update(dict.fromkeys(justext.get_stoplists()))  # names; lists loaded lazily
    langs = detect_langs(text)
    name = LANGDETECT_TO_JUSTEXT.get(langs[0][0]) if langs else None
    return name if name in _JUSTEXT_STOPLISTS else "English"


def _clean_justext(text: str) -> str:
    import justext

    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    name = justext_stoplist_name(text)
    if _JUSTEXT_STOPLISTS.get(name) is None:
        _JUSTEXT_STOPLISTS[name] = justext.get_stoplist(name)
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>\n" for line in lines)
    doc = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n{body}</body></html>'
    paragraphs = justext.justext(doc.encode("utf-8"), _JUSTEXT_STOPLISTS[name], encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


_C4_FILTER = None


def _clean_c4(text: str) -> str:
    global _C4_FILTER
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    if _C4_FILTER is None:
        _C4_FILTER = C4QualityFilter()  # C4 defaults: split on "\n", 5+ sentences, 3+ words a line, ...
    doc = Document(text=text, id="doc")
    kept = _C4_FILTER.filter(doc)  # rewrites doc.text to the kept lines; False or (False, reason) drops it
    if isinstance(kept, tuple):
        kept = kept[0]
    return doc.text if kept else ""


CLEANERS = {"newsclean": _clean_newsclean, "justext": _clean_justext, "c4": _clean_c4}

_WARMUP = "Title of the story\n\nThis is a short article. It has a few sentences. They end with stops.\nShare\n"


def _warm_up(system: str) -> None:
    """Imports and first-call set-up happen here, outside the timed calls."""
    CLEANERS[system](_WARMUP)


def _clean_file(args: tuple[str, str] | tuple[str, str, str]) -> tuple[str, int, float]:
    """Clean one file; returns (family, input bytes, CPU seconds of the cleaning)."""
    src, dst, system = (*args, "newsclean") if len(args) == 2 else args
    data = Path(src).read_bytes()
    text = data.decode("utf-8")
    t0 = time.process_time()
    out = CLEANERS[system](text)
    cpu = time.process_time() - t0
    Path(dst).write_text(out + "\n" if out else "", "utf-8")
    return Path(src).parent.name, len(data), cpu


def run_system(system: str, inputs: Path, outputs: Path, jobs: int) -> dict:
    """Clean every input with one system; timing per family plus wall seconds."""
    tasks = []
    for src in sorted(inputs.rglob("*.txt")):
        dst = outputs / src.relative_to(inputs)
        dst.parent.mkdir(parents=True, exist_ok=True)
        tasks.append((str(src), str(dst), system))
    timing: dict = {"families": {}}
    t0 = time.perf_counter()
    with ProcessPoolExecutor(jobs, initializer=_warm_up, initargs=(system,)) as pool:
        for family, nbytes, cpu in pool.map(_clean_file, tasks, chunksize=16):
            f = timing["families"].setdefault(family, {"docs": 0, "bytes": 0, "cpu_s": 0.0})
            f["docs"] += 1
            f["bytes"] += nbytes
            f["cpu_s"] += cpu
    timing["wall_s"] = time.perf_counter() - t0
    return timing


def run_newsclean(inputs: Path, outputs: Path, jobs: int) -> dict:
    return run_system("newsclean", inputs, outputs, jobs)


# ----------------------------------------------------------------------------- table
def missing_peers() -> list[str]:
    return [dist for mod, dist in PEER_MODULES.items() if importlib.util.find_spec(mod) is None]


def _get(d: dict | None, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def table_row(summary: dict, timing: dict) -> dict:
    fam = summary.get("family", {})
    inj = _get(fam, "residue", "injected", "ALL")
    page_t = timing["families"].get("page")
    mbs = page_t["bytes"] / 1e6 / page_t["cpu_s"] if page_t and page_t["cpu_s"] > 0 else None
    return {
        "page_f1": _get(fam, "page", "f1"),
        "residue_f1": _get(fam, "residue", "f1"),
        "residue_removed": inj["recall"] if inj else None,
        "residue_removed_n": f'{inj["removed"]}/{inj["total"]}' if inj else None,
        "clean_f1": _get(fam, "clean", "f1"),
        "clean_exact": _get(fam, "clean", "accuracy"),
        "clean_paralost": _get(fam, "clean", "paras_lost_rate"),
        "snippet_f1": _get(summary, "family+source", "page/trafilatura-eval", "snip_f1"),
        "page_mb_s": mbs,
        "page_cpu_s": page_t["cpu_s"] if page_t else None,
        "wall_s": timing["wall_s"],
    }


COLUMNS = [
    ("page F1", "page_f1", "f3"),
    ("residue F1", "residue_f1", "f3"),
    ("residue removed (ALL)", "residue_removed", "pct"),
    ("clean F1", "clean_f1", "f3"),
    ("clean exact", "clean_exact", "pct"),
    ("clean paraLost", "clean_paralost", "pct"),
    ("traf-eval snippet F1", "snippet_f1", "f3"),
    ("page MB/s", "page_mb_s", "f2"),
]


def _cell(row: dict, key: str, kind: str) -> str:
    v = row.get(key)
    if v is None:
        return "n/a"
    if kind == "pct":
        s = f"{100 * v:.1f}%"
        if key == "residue_removed" and row.get("residue_removed_n"):
            s += f" ({row['residue_removed_n']})"
        return s
    return f"{v:.3f}" if kind == "f3" else f"{v:.2f}"


def versions() -> dict[str, str]:
    out = {}
    for dist in ("newsclean", "justext", "datatrove", "spacy"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            pass
    return out


def print_table(rows: dict[str, dict], markdown: bool, records: int, args) -> None:
    header = ["system"] + [c[0] for c in COLUMNS]
    body = [[SYSTEM_LABELS.get(s, s)] + [_cell(r, k, kind) for _, k, kind in COLUMNS] for s, r in rows.items()]
    sample = f"--limit {args.limit} (per family)" if args.limit else "whole corpus"
    if args.family:
        sample += f", families {args.family}"
    if markdown:
        vers = ", ".join(f"{k} {v}" for k, v in versions().items())
        print(f"Measured on {datetime.date.today().isoformat()}, {sample}: {records} records; {vers}; "
              f"{args.jobs} worker processes. F1 are score.py's shingle F1 (0-1); "
              "page MB/s = page-family input per CPU second (one core).\n")
        print("| " + " | ".join(header) + " |")
        print("|---|" + "---:|" * len(COLUMNS))
        for line in body:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in body)) for i, h in enumerate(header)]
        print(f"\n== {sample}: {records} records")
        print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
        for line in body:
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
    walls = ", ".join(f"{s} {r['wall_s']:.0f} s" for s, r in rows.items())
    print(f"\n{'' if not markdown else '_'}Cleaning wall time ({args.jobs} workers): {walls}{'' if not markdown else '_'}")


# ----------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=BENCH, help="folder with score.py and corpus.jsonl.gz")
    ap.add_argument("--limit", type=int, help="records per family (score.py --limit)")
    ap.add_argument("--family", help="families, comma-separated")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, help="keep inputs/outputs in this folder")
    ap.add_argument("--per-doc", type=Path, help="score.py --per-doc FILE (with --peers: FILE.<system>)")
    ap.add_argument("--json", action="store_true", help="score.py --json (with --peers: the combined numbers)")
    ap.add_argument("--peers", action="store_true", help="also run jusText and datatrove's C4 line rules")
    ap.add_argument("--markdown", action="store_true", help="print the combined table as Markdown, with date and versions")
    args = ap.parse_args()

    if args.peers:
        missing = missing_peers()
        if missing:
            print(f"quality.py: --peers needs {', '.join(missing)}, not installed "
                  "(pip install -e '.[peers]')", file=sys.stderr)
            sys.exit(2)

    score = [sys.executable, str(args.bench / "score.py")]
    common = []
    if args.limit:
        common += ["--limit", str(args.limit)]
    if args.family:
        common += ["--family", args.family]
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsclean-quality-"))
    inputs = work / "in"
    if not inputs.exists():
        subprocess.run([*score, "export", str(inputs), *common], check=True, stdout=subprocess.DEVNULL)

    if not (args.peers or args.markdown):  # unchanged: newsclean only, score.py's own report
        run_newsclean(inputs, work / "newsclean", args.jobs)
        extra = []
        if args.per_doc:
            extra += ["--per-doc", str(args.per_doc)]
        if args.json:
            extra.append("--json")
        subprocess.run([*score, "folder", str(work / "newsclean"), *common, *extra], check=True)
        return

    systems = ["newsclean", "justext", "c4"] if args.peers else ["newsclean"]
    rows: dict[str, dict] = {}
    combined: dict = {}
    records = 0
    for system in systems:
        print(f"[quality] cleaning with {system} ...", file=sys.stderr, flush=True)
        outputs = work / system
        timing = run_system(system, inputs, outputs, args.jobs)
        extra = ["--json"]
        if args.per_doc:
            extra += ["--per-doc", f"{args.per_doc}.{system}" if args.peers else str(args.per_doc)]
        res = subprocess.run([*score, "folder", str(outputs), *common, *extra],
                             check=True, stdout=subprocess.PIPE, text=True)
        scored = json.loads(res.stdout[res.stdout.index("{"):])
        records = scored["records"]
        rows[system] = table_row(scored["summary"], timing)
        combined[system] = {"row": rows[system], "timing": timing, "summary": scored["summary"]}
    if args.json:
        json.dump({"records": records, "limit": args.limit, "versions": versions(), "systems": combined},
                  sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print_table(rows, args.markdown, records, args)


if __name__ == "__main__":
    main()
