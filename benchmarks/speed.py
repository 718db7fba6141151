#!/usr/bin/env python3
"""Throughput of newsclean on the benchmark's page and residue families, one core.

Runs in one process, record by record and interleaved (the order of the
implementations rotates from record to record), so a noisy, shared machine
slows every implementation alike and the ratios stay trustworthy:

* ``newsclean``  -- this working tree's package;
* ``baseline``   -- the same pipeline with the straightforward language
  identification: ``langdetect.detect_langs`` (seed 0) on every paragraph,
  no cache.  It is slow (~5 ms a paragraph), so it runs on every
  ``--baseline-every``-th record only, and its ratio is taken on exactly
  those records;
* ``ref``        -- optional (``--ref REV``): the package as of a git
  revision, e.g. the commit before an optimisation, for a before/after
  comparison on every record.

For each family and implementation it prints MB/s and articles/s (by process
CPU time and by wall time), the per-stage shares of CPU time (stages timed by
wrapping the pipeline's stage functions, in this benchmark only), and the
peak RSS of a child process that cleans the families alone.

``--check-decisions`` (needs ``--ref``) compares every paragraph's decision
(code, kept, language), the article language and the output text of ``ref``
and this tree on every page, residue, clean and seed record, and exits 1 on
any difference: run it before committing an optimisation.

    python benchmarks/speed.py                                   # all records
    python benchmarks/speed.py --limit 300                       # quicker sample
    python benchmarks/speed.py --ref HEAD~1                      # before/after
    python benchmarks/speed.py --ref HEAD~1 --check-decisions    # decisions equal?

The benchmark folder (default ``../shared/bench`` beside the repository) is
read in place; nothing from it is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
FAMILIES = ("page", "residue")
CHECK_FAMILIES = ("page", "residue", "clean", "seed")

# Pipeline functions timed as stages (looked up in newsclean.pipeline's
# namespace at call time, so wrapping the module attribute times them).
# The language detector is timed apart wherever it runs: a paragraph is
# detected when a stage first asks for its language.
DETECTOR = ("language", "detect", "langid")
STAGES = {
    "normalize": "segment",
    "segment": "segment",
    "detect_paragraphs": "langid",
    "article_language": "article_lang",
    "drop_foreign": "foreign",
    "drop_duplicates": "duplicates",
    "drop_boilerplate": "boilerplate",
    "drop_summaries": "summaries",
    "drop_summary_boxes": "summaries",
    "render_text": "render",
}
STAGE_ORDER = ("segment", "langid", "article_lang", "foreign", "duplicates", "boilerplate", "summaries", "render", "other")


# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------


def load_records(bench: Path, families: tuple[str, ...], limit: int | None) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {f: [] for f in families}
    with gzip.open(bench / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["family"] in out:
                out[r["family"]].append({"id": r["id"], "input": r["input"]})
    if limit:
        for f, recs in out.items():
            if len(recs) > limit:  # evenly spaced: every source is in the sample
                step = len(recs) / limit
                out[f] = [recs[int(i * step)] for i in range(limit)]
    return out


# ---------------------------------------------------------------------------
# implementations: separate copies of the package, so their caches and
# patches never meet
# ---------------------------------------------------------------------------

_TMP = tempfile.mkdtemp(prefix="newsclean-speed-")


def import_copy(name: str, package_dir: Path):
    """Import ``package_dir`` (a newsclean package folder) as package ``name``."""
    dest = Path(_TMP) / name
    shutil.copytree(package_dir, dest, ignore=shutil.ignore_patterns("__pycache__"))
    if _TMP not in sys.path:
        sys.path.insert(0, _TMP)
    return importlib.import_module(name)


def export_revision(rev: str) -> Path:
    dest = Path(_TMP) / "ref-tree"
    dest.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "newsclean"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest / "newsclean"


def use_langdetect(pkg) -> float:
    """Make ``pkg`` identify languages with langdetect.detect_langs, per paragraph.

    Returns the time langdetect takes to load its profiles (done here, once).
    """
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    t0 = time.process_time()
    try:
        detect_langs("warm up: load the profiles")
    except LangDetectException:
        pass
    load = time.process_time() - t0

    def detect(text: str):
        try:
            ranked = detect_langs(text)
        except LangDetectException:
            return None, 0.0
        return (ranked[0].lang, ranked[0].prob) if ranked else (None, 0.0)

    importlib.import_module(pkg.__name__ + ".language").detect = detect
    # Every paragraph long enough is detected, as a plain pipeline would
    # (newsclean detects a paragraph only when its language is asked for).
    pipeline = importlib.import_module(pkg.__name__ + ".pipeline")
    mark = pipeline.detect_paragraphs

    def detect_paragraphs(doc, config):
        mark(doc, config)
        for p in doc.paragraphs:
            p.lang  # noqa: B018 - detects it

    pipeline.detect_paragraphs = detect_paragraphs
    return load


WARM_UP = (
    "A title for the warm-up\n\nShare\n\nThis paragraph is long enough to be prose, with the "
    "words that an article uses, so every stage of the pipeline runs on it once.\n\n"
    "Dieser Absatz ist auf Deutsch geschrieben und lang genug, damit die Sprache erkannt wird."
)


class Impl:
    def __init__(self, name: str, pkg) -> None:
        self.name = name
        self.pkg = pkg
        self.pipeline = importlib.import_module(pkg.__name__ + ".pipeline")
        self.stage_cpu: dict[str, dict[str, float]] = {}  # family -> stage -> seconds
        self._acc: dict[str, float] = {}
        self._inner: list[float] = []  # time of timed calls nested in the running ones
        for fn, stage in STAGES.items():
            self._wrap(self.pipeline, fn, stage)
        module, fn, stage = DETECTOR
        self._wrap(importlib.import_module(f"{pkg.__name__}.{module}"), fn, stage)

    def _wrap(self, module, fn: str, stage: str) -> None:
        """Time calls of ``module.fn`` as ``stage``, less the timed calls inside them.
        (A stage an older revision has not got is left out: `--ref` runs it too.)"""
        original = getattr(module, fn, None)
        if original is None:
            return
        clock = time.process_time
        inner = self._inner

        def timed(*args, **kwargs):
            t0 = clock()
            inner.append(0.0)
            try:
                return original(*args, **kwargs)
            finally:
                spent = clock() - t0
                nested = inner.pop()
                self._acc[stage] = self._acc.get(stage, 0.0) + spent - nested
                if inner:
                    inner[-1] += spent

        for name in ("cache_clear", "cache_info"):  # the detector is lru_cached
            if hasattr(original, name):
                setattr(timed, name, getattr(original, name))
        setattr(module, fn, timed)

    def warm_up(self) -> float:
        """First call: loads the lexicon, stopwords and the Latin-script
        language profiles.  Kept out of the throughput figures (see the
        cold-start figures for it); returns its CPU seconds."""
        t0 = time.process_time()
        self.pkg.clean(WARM_UP)
        self.stage_cpu.clear()
        return time.process_time() - t0

    def run(self, family: str, text: str) -> tuple[float, float]:
        """Clean ``text``; (CPU seconds, wall seconds)."""
        self._acc = self.stage_cpu.setdefault(family, {})
        w0, c0 = time.perf_counter(), time.process_time()
        self.pkg.clean(text)
        c1, w1 = time.process_time(), time.perf_counter()
        self._acc["total"] = self._acc.get("total", 0.0) + c1 - c0
        return c1 - c0, w1 - w0

    def decisions(self, text: str):
        r = self.pkg.clean(text)
        return r.language, r.text, [(p.decision.code, p.kept, p.lang) for p in r.paragraphs]


# ---------------------------------------------------------------------------
# measuring
# ---------------------------------------------------------------------------


def measure(impls: list[Impl], baseline: Impl | None, records: dict[str, list[dict]], every: int):
    """Per family and implementation: lists of (bytes, cpu, wall) per record."""
    results: dict[str, dict[str, list[tuple[int, float, float]]]] = {}
    sample_ids: dict[str, set[int]] = {}
    for family, recs in records.items():
        res = results[family] = {i.name: [] for i in impls}
        if baseline is not None:
            res[baseline.name] = []
            sample_ids[family] = set(range(0, len(recs), every))
        for k, r in enumerate(recs):
            text = r["input"]
            size = len(text.encode("utf-8"))
            todo = list(impls)
            if baseline is not None and k in sample_ids[family]:
                todo.append(baseline)
            shift = k % len(todo)
            for impl in todo[shift:] + todo[:shift]:
                cpu, wall = impl.run(family, text)
                res[impl.name].append((k, size, cpu, wall))
            if (k + 1) % 250 == 0:
                print(f"  {family}: {k + 1}/{len(recs)}", file=sys.stderr, flush=True)
    return results


def summarise(rows) -> dict[str, float]:
    size = sum(r[1] for r in rows)
    cpu = sum(r[2] for r in rows)
    wall = sum(r[3] for r in rows)
    n = len(rows)
    return {
        "records": n,
        "MB": size / 1e6,
        "cpu_s": cpu,
        "wall_s": wall,
        "MB/s_cpu": size / 1e6 / cpu if cpu else 0.0,
        "MB/s_wall": size / 1e6 / wall if wall else 0.0,
        "art/s_cpu": n / cpu if cpu else 0.0,
        "art/s_wall": n / wall if wall else 0.0,
    }


def peak_rss_kb() -> int:
    """Peak resident set size of this process (VmHWM; ru_maxrss would carry
    the parent's peak over fork and exec)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux


def rss_child(impl: str, families: list[str], bench: Path, limit: int | None, every: int, ref_dir: str | None) -> None:
    """Child process: clean the families with one implementation, print peak RSS."""
    before = peak_rss_kb()
    if impl == "newsclean":
        pkg = import_copy("newsclean_rss", ROOT / "newsclean")
    elif impl == "ref":
        pkg = import_copy("newsclean_rss", Path(ref_dir))
    else:
        pkg = import_copy("newsclean_rss", ROOT / "newsclean")
        use_langdetect(pkg)
    imported = peak_rss_kb()
    # Stream the corpus: only one record is held at a time.
    counts = {f: 0 for f in families}
    chosen = None
    if limit or impl == "baseline":
        recs = load_records(bench, tuple(families), limit)
        chosen = {f: {r["id"] for k, r in enumerate(v) if impl != "baseline" or k % every == 0} for f, v in recs.items()}
        del recs
    with gzip.open(bench / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            f = r["family"]
            if f in counts and (chosen is None or r["id"] in chosen[f]):
                pkg.clean(r["input"])
                counts[f] += 1
    peak = peak_rss_kb()
    print(json.dumps({"start_kb": before, "imported_kb": imported, "peak_kb": peak, "records": counts}))


def measure_rss(impl: str, args, ref_dir: Path | None) -> dict:
    cmd = [sys.executable, __file__, "--rss-child", impl, "--bench", str(args.bench), "--baseline-every", str(args.baseline_every)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    if ref_dir is not None:
        cmd += ["--ref-dir", str(ref_dir)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------


def print_throughput(results, names) -> None:
    print("\n## Throughput (one process, one core; CPU = process CPU time)\n")
    print("| family | implementation | records | MB | CPU s | wall s | MB/s (CPU) | MB/s (wall) | articles/s (CPU) | articles/s (wall) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for family, res in results.items():
        for name in names:
            if name not in res or not res[name]:
                continue
            s = summarise(res[name])
            print(
                f"| {family} | {name} | {s['records']} | {s['MB']:.2f} | {s['cpu_s']:.2f} | {s['wall_s']:.2f} | "
                f"{s['MB/s_cpu']:.2f} | {s['MB/s_wall']:.2f} | {s['art/s_cpu']:.0f} | {s['art/s_wall']:.0f} |"
            )


def print_ratios(results, base: str, others: list[str]) -> None:
    print(f"\n## Speed-up over `{base}`, on the records both ran\n")
    print("| family | implementation | records | MB/s (CPU) | vs | ratio (CPU, summed) | ratio (wall, summed) | median per-record ratio (CPU) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for family, res in results.items():
        if not res.get(base):
            continue
        base_rows = {r[0]: r for r in res[base]}
        for name in others:
            if name == base or not res.get(name):
                continue
            mine = [r for r in res[name] if r[0] in base_rows]
            theirs = [base_rows[r[0]] for r in mine]
            a, b = summarise(mine), summarise(theirs)
            per = [t[2] / m[2] for m, t in zip(mine, theirs) if m[2] > 0]
            print(
                f"| {family} | {name} | {len(mine)} | {a['MB/s_cpu']:.2f} | {b['MB/s_cpu']:.2f} | "
                f"{b['cpu_s'] / a['cpu_s']:.2f}x | {b['wall_s'] / a['wall_s']:.2f}x | {statistics.median(per):.2f}x |"
            )


def print_stages(impls: list[Impl]) -> None:
    print("\n## Per-stage share of CPU time\n")
    print("| family | implementation | " + " | ".join(STAGE_ORDER) + " |")
    print("|---|---|" + "---:|" * len(STAGE_ORDER))
    for impl in impls:
        for family, acc in impl.stage_cpu.items():
            total = acc.get("total", 0.0)
            if not total:
                continue
            other = total - sum(v for k, v in acc.items() if k != "total")
            shares = [acc.get(s, 0.0) / total for s in STAGE_ORDER[:-1]] + [other / total]
            print(f"| {family} | {impl.name} | " + " | ".join(f"{100 * x:.1f}%" for x in shares) + " |")


def check_decisions(new: Impl, ref: Impl, bench: Path, limit: int | None) -> int:
    records = load_records(bench, CHECK_FAMILIES, limit)
    differ = 0
    paragraphs = 0
    for family, recs in records.items():
        for r in recs:
            a, b = ref.decisions(r["input"]), new.decisions(r["input"])
            paragraphs += len(a[2])
            if a != b:
                differ += 1
                if differ <= 10:
                    print(f"DIFF {family} {r['id']}: lang {a[0]} -> {b[0]}, text equal: {a[1] == b[1]}")
                    for i, (x, y) in enumerate(zip(a[2], b[2])):
                        if x != y:
                            print(f"    paragraph {i}: {x} -> {y}")
    n = sum(len(v) for v in records.values())
    print(f"\ndecision check: {n} records ({', '.join(f'{f} {len(v)}' for f, v in records.items())}), "
          f"{paragraphs} paragraphs, {differ} records differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=BENCH, help="benchmark folder (default: %(default)s)")
    ap.add_argument("--limit", type=int, help="records per family (evenly spaced); default: all")
    ap.add_argument("--baseline-every", type=int, default=10, help="run the langdetect baseline on every N-th record (default 10; 0 = never)")
    ap.add_argument("--ref", metavar="REV", help="also time the package as of git revision REV")
    ap.add_argument("--check-decisions", action="store_true", help="with --ref: compare every decision, no timing")
    ap.add_argument("--no-rss", action="store_true", help="skip the peak-RSS child processes")
    ap.add_argument("--json", metavar="FILE", help="also write the raw figures as JSON")
    ap.add_argument("--rss-child", help=argparse.SUPPRESS)
    ap.add_argument("--ref-dir", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.rss_child:
        rss_child(args.rss_child, list(FAMILIES), args.bench, args.limit, args.baseline_every, args.ref_dir)
        return 0
    if not (args.bench / "corpus.jsonl.gz").exists():
        ap.error(f"no corpus.jsonl.gz in {args.bench} (use --bench)")

    ref_dir = export_revision(args.ref) if args.ref else None
    new = Impl("newsclean", import_copy("newsclean_new", ROOT / "newsclean"))
    ref = Impl(f"ref {args.ref}", import_copy("newsclean_ref", ref_dir)) if ref_dir else None
    if args.check_decisions:
        if ref is None:
            ap.error("--check-decisions needs --ref REV")
        return check_decisions(new, ref, args.bench, args.limit)

    print(f"# newsclean speed benchmark\n\npython {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f} at start, "
          f"{os.cpu_count()} CPUs; corpus {args.bench}")
    baseline = None
    if args.baseline_every > 0:
        base_pkg = import_copy("newsclean_base", ROOT / "newsclean")
        load = use_langdetect(base_pkg)
        baseline = Impl("baseline (langdetect per paragraph)", base_pkg)
        print(f"langdetect profile load (CPU): {load:.2f} s (not in the figures below)")
    impls = [new] + ([ref] if ref else [])
    for impl in impls + ([baseline] if baseline else []):
        print(f"first call of {impl.name} (CPU, not in the figures below): {impl.warm_up():.2f} s")
    records = load_records(args.bench, FAMILIES, args.limit)
    results = measure(impls, baseline, records, args.baseline_every)
    names = [i.name for i in impls] + ([baseline.name] if baseline else [])
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print_throughput(results, names)
    if baseline is not None:
        print_ratios(results, baseline.name, [i.name for i in impls])
    if ref is not None:
        print_ratios(results, ref.name, [new.name])
    print_stages(impls + ([baseline] if baseline else []))
    rss = {}
    if not args.no_rss:
        print("\n## Peak RSS (a child process cleaning page + residue with one implementation)\n")
        print("| implementation | after import | peak | records |")
        print("|---|---:|---:|---|")
        kinds = ["newsclean"] + (["ref"] if ref_dir else []) + (["baseline"] if baseline else [])
        for kind in kinds:
            rss[kind] = m = measure_rss(kind, args, ref_dir)
            print(f"| {kind} | {m['imported_kb'] / 1024:.0f} MiB | {m['peak_kb'] / 1024:.0f} MiB | {m['records']} |")
    if args.json:
        out = {
            "throughput": {f: {n: summarise(rows) for n, rows in res.items() if rows} for f, res in results.items()},
            "stages": {i.name: i.stage_cpu for i in impls + ([baseline] if baseline else [])},
            "rss": rss,
        }
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(_TMP, ignore_errors=True)
