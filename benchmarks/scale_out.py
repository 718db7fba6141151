"""Records per second: plain newsclean vs datatrove and Dask with 1 and 2 local workers.

    PYTHONPATH=. python benchmarks/scale_out.py [--docs 4000] [--shards 4] [--repeats 2] [--json out.json]

Generates a corpus with ``newsclean.integrations.synthetic`` (no shared data
needed), writes it as `--shards` JSONL files, and times, on the same data:

* ``serial``   — newsclean in one process, no engine: read, clean, write JSONL
                 (the work the CLI does, without its start-up);
* ``cli``      — ``python -m newsclean clean --jsonl`` as a subprocess, when the
                 CLI has a JSONL batch mode;
* ``datatrove``— LocalPipelineExecutor, one task per shard, 1 and 2 workers;
* ``dask``     — dask.bag on the process scheduler, 1 and 2 workers.

Every run's output is checked against the serial output, byte for byte.  The
best of `--repeats` runs is reported (the machine is shared and noisy).
Overhead is the engine's time with one worker over the serial time, minus one.
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

from newsclean.integrations import _core  # noqa: E402
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


def run_serial(src: Path, out: Path) -> bytes:
    config = _core.make_config()
    out.mkdir()
    with open(out / "out.jsonl", "w", encoding="utf-8", newline="\n") as w:
        for path in sorted(src.glob("*.jsonl")):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    w.write(_core.dumps_record(_core.clean_record(json.loads(line), config)) + "\n")
    return (out / "out.jsonl").read_bytes()


def cli_has_jsonl() -> bool:
    r = subprocess.run([sys.executable, "-m", "newsclean", "clean", "--help"], capture_output=True, text=True)
    return "--jsonl" in r.stdout


def run_cli(src: Path, out: Path) -> bytes:
    out.mkdir()
    joined = out / "in.jsonl"
    joined.write_bytes(concat(src.glob("*.jsonl")))
    subprocess.run([sys.executable, "-m", "newsclean", "clean", "--jsonl", str(joined), "-o",
                    str(out / "out.jsonl")], check=True)
    return (out / "out.jsonl").read_bytes()


def run_datatrove(src: Path, out: Path, workers: int) -> bytes:
    from datatrove.utils.logging import logger

    from newsclean.integrations.datatrove import run_local

    logger.remove()  # keep the benchmark's output readable
    tasks = len(list(src.glob("*.jsonl")))
    run_local(str(src), str(out), tasks=tasks, workers=workers, logging_dir=str(out) + "-logs")
    return concat(out.glob("*.jsonl"))


def run_dask(src: Path, out: Path, workers: int) -> bytes:
    import dask

    from newsclean.integrations.dask import clean_bag, read_jsonl, to_jsonl

    with dask.config.set(scheduler="processes", num_workers=workers):
        files = to_jsonl(clean_bag(read_jsonl(str(src / "*.jsonl"))), str(out))
    return concat(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--sites", type=int, default=16)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = ap.parse_args()

    runs = {"serial": run_serial}
    if cli_has_jsonl():
        runs["cli"] = run_cli
    for name, fn in (("datatrove", run_datatrove), ("dask", run_dask)):
        for w in (1, 2):
            runs[f"{name} {w}w"] = (lambda fn, w: lambda s, o: fn(s, o, w))(fn, w)

    tmp = Path(tempfile.mkdtemp(prefix="newsclean-scale-"))
    try:
        recs = list(records(args.docs, args.sites, seed=1))
        src = tmp / "in"
        write_shards(recs, src, args.shards)
        size = sum(p.stat().st_size for p in src.glob("*.jsonl"))
        print(f"{len(recs)} records, {size / 1e6:.1f} MB in {args.shards} shards; "
              f"{os.cpu_count()} CPUs; best of {args.repeats}", flush=True)
        # Warm this process (lexicon, language profiles) so `serial` times only
        # the cleaning; engine workers pay their own warm-up, which is overhead.
        _core.clean_text(recs[0]["text"], _core.make_config())
        reference = None
        results = {}
        for name, fn in runs.items():
            best = float("inf")
            for rep in range(args.repeats):
                out = tmp / f"out-{name.replace(' ', '-')}-{rep}"
                t0 = time.perf_counter()
                data = fn(src, out)
                best = min(best, time.perf_counter() - t0)
                if reference is None:
                    reference = data
                assert data == reference, f"{name}: output differs from the serial output"
            results[name] = {"seconds": round(best, 3), "records_per_s": round(len(recs) / best, 1)}
            print(f"  {name:<14} {best:7.2f} s  {len(recs) / best:8.1f} records/s", flush=True)
        base = results["serial"]["seconds"]
        for name, r in results.items():
            r["vs_serial"] = round(r["seconds"] / base, 3)
        print("\n| run | seconds | records/s | time vs serial |\n|---|---:|---:|---:|")
        for name, r in results.items():
            print(f"| {name} | {r['seconds']:.2f} | {r['records_per_s']:.0f} | {r['vs_serial']:.2f}x |")
        if args.json:
            Path(args.json).write_text(json.dumps({"docs": len(recs), "bytes": size, "shards": args.shards,
                                                   "results": results}, indent=2) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
