"""Batch speed, memory and site-boilerplate recall on a synthetic scrape.

Builds, in a temporary folder:

* a tree of ``--files`` text files from ``--sites`` sites; each site has its
  own menu, banner and footer on every page (the planted site boilerplate),
  and a few wire stories are republished in full on several pages of each
  site (which must survive);
* a JSONL corpus of ``--records`` records (``id``, ``url``, ``text``, extra
  fields) from the same sites.

Then runs ``newsclean clean`` on both with ``--jobs 1`` and ``--jobs 2`` and
prints files (records) per second, MB/s, the speed-up, the peak RSS of the
largest process (parent or worker), and site boilerplate removed versus
planted, plus any article paragraph wrongly removed as S101.

    python benchmarks/batch_speed.py                   # 20,000 files, 200,000 records
    python benchmarks/batch_speed.py --files 2000 --records 20000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the of and to in a is that for on with as was by at from it this be are have has had not but "
    "government minister said police city council market company report people year new week court "
    "election budget health school water energy prices workers union bank trade river bridge station "
    "hospital museum festival season players coach match village farmers harvest storm flood train "
    "airport plan vote party mayor judge study scientists data results families children teachers "
    "officials spokesman announced agreement talks summit border region province capital residents"
).split()
WIRE_STORIES = 5  # per site, each republished on WIRE_COPIES pages
WIRE_COPIES = 12

RUNNER = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True)
dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "seconds": dt, "rss_kb": ru.ru_maxrss, "cpu": ru.ru_utime + ru.ru_stime,
                  "stderr": p.stderr.decode()[-2000:]}))
"""


def paragraph(rng: random.Random, n: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def boilerplate(site: int) -> list[str]:
    return [
        "Home", "News", "Politics", "Business", "Sport", f"Site{site} Life",  # menu
        f"Subscribe to Site{site} Daily from 1 euro a week and read without limits on every device.",  # banner
        f"Site{site} Media Group, {site} Harbour Street, registered in the commercial court under number {10000 + site}.",  # footer
    ]


def make_docs(n: int, sites: int, seed: int = 7):
    """(site, id, text, planted boilerplate paragraphs, wire paragraphs) for n documents."""
    rng = random.Random(seed)
    wire = {s: [[paragraph(rng, rng.randint(30, 60)) for _ in range(5)] for _ in range(WIRE_STORIES)] for s in range(sites)}
    for i in range(n):
        site = i % sites
        k = i // sites
        bp = boilerplate(site)
        if k < WIRE_STORIES * WIRE_COPIES:
            body = wire[site][k % WIRE_STORIES]
            wired = len(body)
        else:
            body = [paragraph(rng, rng.randint(25, 70)) for _ in range(rng.randint(3, 8))]
            wired = 0
        title = f"{paragraph(rng, 7)[:-1]} ({i})"
        text = "\n\n".join(bp[:6] + [title, bp[6]] + body + [bp[7]]) + "\n"
        yield site, i, text, len(bp), wired


def build(tmp: Path, files: int, records: int, sites: int) -> dict:
    tree = tmp / "scrape"
    planted_files = wire_files = size = 0
    for site, i, text, planted, wired in make_docs(files, sites):
        folder = tree / f"site{site:02d}" / f"{i % 7:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:06d}.txt").write_text(text, "utf-8")
        planted_files += planted
        wire_files += wired
        size += len(text.encode())
    jsonl = tmp / "corpus.jsonl"
    planted_records = wire_records = jsize = 0
    with open(jsonl, "w", encoding="utf-8") as f:
        for site, i, text, planted, wired in make_docs(records, sites, seed=8):
            line = json.dumps({"id": f"r{i}", "url": f"https://www.site{site:02d}.example/{i}", "text": text,
                               "source": "synthetic", "meta": {"n": i}}, ensure_ascii=False) + "\n"
            f.write(line)
            planted_records += planted
            wire_records += wired
            jsize += len(line.encode())
    return {"tree": tree, "jsonl": jsonl, "tree_mb": size / 1e6, "jsonl_mb": jsize / 1e6,
            "planted_files": planted_files, "wire_files": wire_files,
            "planted_records": planted_records, "wire_records": wire_records}


def run(args: list[str], cwd: Path) -> dict:
    cmd = [sys.executable, "-c", RUNNER, sys.executable, "-m", "newsclean", "clean", *args, "--quiet"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=cwd)
    res = json.loads(out.stdout)
    if res["rc"] != 0:
        raise SystemExit(f"newsclean failed ({res['rc']}): {res['stderr']}")
    return res


def check_tree(out: Path, sites: int) -> tuple[int, int]:
    """(planted paragraphs still present, wire paragraphs missing) in the cleaned tree."""
    left = 0
    bps = {s: set(boilerplate(s)) for s in range(sites)}
    for path in out.rglob("*.txt"):
        site = int(path.parts[-3][4:])
        paras = path.read_text("utf-8").split("\n\n")
        left += sum(1 for p in paras if p.strip() in bps[site])
    return left, 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        data = build(tmp, args.files, args.records, args.sites)
        print(f"corpus: {args.files:,} files ({data['tree_mb']:.1f} MB) and {args.records:,} records "
              f"({data['jsonl_mb']:.1f} MB) from {args.sites} sites, built in {time.perf_counter() - t:.0f} s")
        print(f"cpu cores: {os.cpu_count()}")
        results = {}
        for kind, n, mb in (("files", args.files, data["tree_mb"]), ("records", args.records, data["jsonl_mb"])):
            if n == 0:
                continue
            base = None
            for j in jobs:
                out = tmp / f"out-{kind}-{j}" / ("" if kind == "files" else "out.jsonl")
                report = tmp / f"report-{kind}-{j}.json"
                src = data["tree"] if kind == "files" else data["jsonl"]
                extra = [] if kind == "files" else ["--site-field", "url"]
                load = os.getloadavg()[0]
                res = run([str(src), "-o", str(out), "--jobs", str(j), "--report", str(report), *extra], tmp)
                rep = json.loads(report.read_text())
                base = base or res["seconds"]
                results[(kind, j)] = (res, rep)
                print(f"{kind:>7} --jobs {j}: {n / res['seconds']:8,.0f} {kind}/s  {mb / res['seconds']:6.2f} MB/s  "
                      f"{res['seconds']:7.1f} s  speed-up {base / res['seconds']:.2f}x  "
                      f"peak RSS {res['rss_kb'] / 1024:6.0f} MB  cpu {res['cpu']:6.1f} s  "
                      f"(load before {load:.1f}: other processes share the cores)")
            res, rep = results[(kind, jobs[0])]
            planted = data[f"planted_{kind}"]
            removed = rep["paragraphs"]["dropped"].get("S101", 0)
            print(f"{kind:>7} site boilerplate: planted {planted:,}, removed as S101 {removed:,} "
                  f"({removed / planted:.1%}); distinct paragraphs counted {rep['site_boilerplate']['distinct_paragraphs']:,}, "
                  f"judged boilerplate {rep['site_boilerplate']['boilerplate_paragraphs']:,}")
            if kind == "files":
                left, _ = check_tree(tmp / f"out-{kind}-{jobs[0]}", args.sites)
                print(f"          planted paragraphs left in the output: {left:,}; "
                      f"wire-story paragraphs in the input: {data['wire_files']:,} "
                      f"(S101 beyond the planted ones: {removed - (planted - left):,})")
            else:
                print(f"          wire-story paragraphs in the input: {data['wire_records']:,} "
                      f"(S101 beyond the planted ones: {removed - planted if removed > planted else 0:,})")
        if len(jobs) > 1:
            for kind in ("files", "records"):
                if (kind, jobs[0]) in results and (kind, jobs[-1]) in results:
                    a = tmp / f"out-{kind}-{jobs[0]}"
                    b = tmp / f"out-{kind}-{jobs[-1]}"
                    same = all((b / p.relative_to(a)).read_bytes() == p.read_bytes()
                               for p in a.rglob("*") if p.is_file())
                    print(f"{kind:>7}: output of --jobs {jobs[0]} and --jobs {jobs[-1]} byte-identical: {same}")


if __name__ == "__main__":
    main()
