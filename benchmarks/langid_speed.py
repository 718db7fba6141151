#!/usr/bin/env python3
"""Speed and parity of newsclean.langid against langdetect, on the parity set.

Prints:
  * load time: the first detect_langs() call in a fresh interpreter (profile
    loading included; import time shown apart), for a Latin-script and a
    non-Latin paragraph, and the time to load every script group; the same
    first call for langdetect;
  * per-paragraph time, median over the parity set's paragraphs and over
    500-character paragraphs made from them: ours vs langdetect.detect_langs;
  * agreement of the top language with seeded langdetect (seed 0, detect),
    and accuracy of both against the language each paragraph is written in.

Usage: python benchmarks/langid_speed.py [--runs N] [--data PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "tests" / "data" / "langid_parity.jsonl"

_FIRST_CALL = r"""
import sys, time
t0 = time.perf_counter()
import {module} as m
t1 = time.perf_counter()
{call}
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def fresh_process(module: str, call: str, runs: int) -> tuple[list[float], list[float]]:
    """Import and first-call times (s) of ``call`` in ``runs`` new interpreters."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    imports, calls = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_CALL.format(module=module, call=call)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.split()
        imports.append(float(out[0]))
        calls.append(float(out[1]))
    return imports, calls


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:7.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:7.0f} us"


def paragraphs_500(records: list[dict]) -> list[tuple[str, str]]:
    """500-char paragraphs: same-language texts joined, cut at a space."""
    by_lang: dict[str, list[str]] = {}
    for r in records:
        by_lang.setdefault(r["lang"], []).append(r["text"])
    out = []
    for lang, texts in sorted(by_lang.items()):
        sep = "" if lang in ("zh-cn", "zh-tw", "ja") else " "
        for i in range(0, len(texts), 3):
            text = sep.join(texts[i:] + texts[:i])[:500]
            if sep and len(text) == 500 and " " in text:
                text = text[: text.rindex(" ")]
            out.append((lang, text))
    return out


def per_call_median(func, texts: list[str], repeat: int) -> float:
    """Median over texts of the best of ``repeat`` timings of func(text)."""
    timings = []
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            func(text)
            best = min(best, time.perf_counter() - t0)
        timings.append(best)
    return statistics.median(timings)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh interpreters per load timing")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records]
    en = next(r["text"] for r in records if r["lang"] == "en")
    zh = next(r["text"] for r in records if r["lang"] == "zh-cn")
    print(f"parity set: {len(records)} paragraphs, {len({r['lang'] for r in records})} languages")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus\n")

    print(f"load (first call in a fresh interpreter, median/min of {args.runs}):")
    rows = [
        ("newsclean.langid, English", "newsclean.langid", f"m.detect_langs({en!r})"),
        ("newsclean.langid, Chinese", "newsclean.langid", f"m.detect_langs({zh!r})"),
        (
            "newsclean.langid, all groups",
            "newsclean.langid",
            "m.detect_langs('x'); [m._load_group(m._model, g) for g in m._model.pending]",
        ),
        ("langdetect.detect_langs", "langdetect", f"m.detect_langs({en!r})"),
    ]
    for label, module, call in rows:
        imports, calls = fresh_process(module, call, args.runs)
        print(
            f"  {label:30s} first call {ms(statistics.median(calls))} "
            f"(min {ms(min(calls)).strip()}); import {ms(statistics.median(imports)).strip()}"
        )

    from langdetect import DetectorFactory, detect
    from langdetect import detect_langs as ld_detect_langs

    from newsclean.langid import detect_langs

    DetectorFactory.seed = 0
    for t in texts:  # load every script group before timing
        detect_langs(t)
    long = paragraphs_500(records)
    long_texts = [t for _, t in long]
    print("\nper paragraph (median over paragraphs of the best of 3 runs; langdetect 1 run):")
    for label, sample in (
        (f"parity set ({statistics.median(map(len, texts)):.0f} chars median)", texts),
        (f"500-char paragraphs (n={len(long_texts)})", long_texts),
    ):
        ours = per_call_median(detect_langs, sample, 3)
        theirs = per_call_median(ld_detect_langs, sample, 1)
        print(f"  {label:38s} ours {us(ours)}   langdetect {us(theirs)}   x{theirs / ours:.0f}")

    ours_top = [detect_langs(t)[0][0] for t in texts]
    theirs_top = [detect(t) for t in texts]
    truth = [r["lang"] for r in records]
    n = len(texts)
    agree = sum(a == b for a, b in zip(ours_top, theirs_top))
    no_hangul_ko = sum(
        a != b and b == "ko" and not any("\uac00" <= c <= "\ud7a3" for c in t)
        for a, b, t in zip(ours_top, theirs_top, texts)
    )
    print("\nagreement with langdetect (seed 0, detect):")
    print(f"  top language agrees on {agree}/{n} = {agree / n:.2%}")
    print(
        f"  disagreements where langdetect says 'ko' for text without hangul: {no_hangul_ko}"
        f"  -> {(agree + no_hangul_ko) / n:.2%} without those"
    )
    print(f"  accuracy vs written language: ours {sum(a == b for a, b in zip(ours_top, truth)) / n:.2%}, "
          f"langdetect {sum(a == b for a, b in zip(theirs_top, truth)) / n:.2%}")
    pairs = Counter((t, a, b) for a, b, t in zip(ours_top, theirs_top, truth) if a != b)
    for (lang, a, b), count in sorted(pairs.items()):
        print(f"    written {lang:6s} ours {a:6s} langdetect {b:6s} x{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
