"""Records per second: plain newsclean vs datatrove and Dask with 1 and 2 local workers.

    PYTHONPATH=. python benchmarks/scale_out.py [--docs 4000] [--shards 4] [--repeats 2] [--json out.json]

Generates a corpus with ``newsclean.integrations.synthetic`` (no shared data
needed), writes it as `--shards` JSONL files, and times, on the same data:

* ``cli -j1/-j2`` — ``python -m newsclean clean in.jsonl -o out.jsonl --site-field site``
                 (both stages: count, then clean), 1 and 2 worker processes;
* ``datatrove``— count, merge, clean as chained LocalPipelineExecutors, one
                 task per shard, 1 and 2 workers;
* ``dask``     — ``clean_corpus`` on the process scheduler, 1 and 2 workers;
* ``... per-doc`` — the same without site boilerplate (one pass), for the
                 cost of stage 1.

Every run's output is checked against the CLI's, byte for byte.  The best of
`--repeats` runs is reported (the machine is shared and noisy).  Overhead is
an engine's time over the CLI's time with the same number of workers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsclean.integrations.synthetic import records  # noqa: E402


def write_shards(recs: list[dict], folder: Path, shards: int) -> None:
    folder.mkdir(parents=True)
    size = -(-len(recs) // shards)
    for k in range(shards):
        with open(folder / f"part-{k:03d}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for rec in recs[k * size:(k + 1) * size]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def concat(paths) -> bytes:
    return b"".join(Path(p).read_bytes() for p in sorted(paths))


def run_cli(src: Path, out: Path, jobs: int, *extra: str) -> bytes:
    out.mkdir()
    joined = out / "in.jsonl"
    joined.write_bytes(concat(src.glob("*.jsonl")))
    subprocess.run([sys.executable, "-m", "newsclean", "clean", str(joined), "-o", str(out / "out.jsonl"), "-q",
                    "-j", str(jobs), *extra], check=True, cwd=ROOT)
    return (out / "out.jsonl").read_bytes()


def run_datatrove(src: Path, out: Path, workers: int, site: bool) -> bytes:
    from datatrove.utils.logging import logger

    from newsclean.integrations.datatrove import run_local, site_boilerplate_executors

    logger.remove()
    tasks = len(list(src.glob("*.jsonl")))
    if site:
        *_, clean = site_boilerplate_executors(str(src), str(out), str(out) + "-work", tasks=tasks,
                                               workers=workers, site_field="site")
        clean.run()
    else:
        run_local(str(src), str(out), tasks=tasks, workers=workers, logging_dir=str(out) + "-logs")
    return concat(out.glob("*.jsonl"))


def run_dask(src: Path, out: Path, workers: int, site: bool) -> bytes:
    import dask

    from newsclean.integrations.dask import clean_bag, clean_corpus, read_jsonl, to_jsonl

    bag = read_jsonl(str(src / "*.jsonl"), site_field="site")
    with dask.config.set(scheduler="processes", num_workers=workers):
        files = to_jsonl(clean_corpus(bag) if site else clean_bag(bag), str(out))
    return concat(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--sites", type=int, default=16)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = ap.parse_args()

    runs = {}
    for site in (True, False):
        tag = "" if site else " per-doc"
        extra = ("--site-field", "site") if site else ("--no-site-boilerplate",)
        for w in (1, 2):
            runs[f"cli -j{w}{tag}"] = (lambda w, extra: lambda s, o: run_cli(s, o, w, *extra))(w, extra)
        for name, fn in (("datatrove", run_datatrove), ("dask", run_dask)):
            for w in (1, 2):
                runs[f"{name} {w}w{tag}"] = (lambda fn, w, site: lambda s, o: fn(s, o, w, site))(fn, w, site)

    tmp = Path(tempfile.mkdtemp(prefix="newsclean-scale-"))
    try:
        recs = list(records(args.docs, args.sites, seed=1))
        src = tmp / "in"
        write_shards(recs, src, args.shards)
        size = sum(p.stat().st_size for p in src.glob("*.jsonl"))
        print(f"{len(recs)} records, {size / 1e6:.1f} MB in {args.shards} shards; "
              f"{os.cpu_count()} CPUs; best of {args.repeats}", flush=True)
        references: dict[bool, bytes] = {}
        results = {}
        for name, fn in runs.items():
            best = float("inf")
            for rep in range(args.repeats):
                out = tmp / f"out-{name.replace(' ', '-')}-{rep}"
                t0 = time.perf_counter()
                data = fn(src, out)
                best = min(best, time.perf_counter() - t0)
                ref = references.setdefault("per-doc" not in name, data)
                assert data == ref, f"{name}: output differs from the CLI's"
            results[name] = {"seconds": round(best, 3), "records_per_s": round(len(recs) / best, 1)}
            print(f"  {name:<24} {best:7.2f} s  {len(recs) / best:8.1f} records/s", flush=True)
        for name, r in results.items():
            workers = name.split()[1][-1] if name.startswith("cli") else name.split()[1][0]
            base = results[f"cli -j{workers}{' per-doc' if 'per-doc' in name else ''}"]["seconds"]
            r["vs_cli_same_workers"] = round(r["seconds"] / base, 3)
        print("\n| run | seconds | records/s | time vs CLI, same workers |\n|---|---:|---:|---:|")
        for name, r in results.items():
            print(f"| {name} | {r['seconds']:.2f} | {r['records_per_s']:.0f} | {r['vs_cli_same_workers']:.2f}x |")
        if args.json:
            Path(args.json).write_text(json.dumps({"docs": len(recs), "bytes": size, "shards": args.shards,
                                                   "results": results}, indent=2) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
