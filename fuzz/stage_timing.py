"""Worst-case timing per stage: time every stage at size n and 4n and print the ratio.

    python fuzz/stage_timing.py              # n = 2,000 units (about 10-40k characters per input)
    python fuzz/stage_timing.py --n 500 --only parentheses

A linear stage takes about 4x as long at 4n; a quadratic one about 16x. Ratios of 10 or more are
flagged (times under 20 ms at 4n are too small to judge and shown as "-"). Each stage is timed on
the drafts the earlier stages produced for the same input, as in `Pipeline.run_stages`.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

CLASH = "Fighters attacked an army position near Beni on Tuesday, killing four soldiers, a spokesman said."


def long_line(n: int) -> str:
    return "Gunmen attacked " + " ".join(["the village and the market"] * n) + " killing 3 in Kabul"


def many_numbers(n: int) -> str:
    return "Officials said " + ", ".join(f"{i * 7} killed" for i in range(n)) + " in Gao on Monday."


def many_capitalised(n: int) -> str:
    names = ["Abdul Rahman", "Kabul", "Allied Democratic Forces", "Goma", "North Kivu", "Taliban", "Police"]
    return " ".join(names[i % len(names)] for i in range(n)) + " attacked Beni killing 4."


def nested_parentheses(n: int) -> str:
    return "Rebels attacked " + "(" * n + "Goma" + ")" * n + " on Monday, killing 3."


def many_events(n: int) -> str:
    return "\n\n".join(CLASH.replace("four", str(i % 50 + 1)) for i in range(n // 10))


def many_dates(n: int) -> str:
    days = ["on Monday", "on 3 March", "last week", "on 32 Febtember", "in 2021", "on Tuesday night"]
    return "Militants attacked Kabul " + ", then ".join(days[i % len(days)] for i in range(n)) + "."


INPUTS = {f.__name__.replace("_", " "): f for f in
          (long_line, many_numbers, many_capitalised, nested_parentheses, many_events, many_dates)}


def time_stages(pipeline, text: str) -> dict[str, float]:
    from newsevents.cleanup import clean
    from newsevents.document import RawInput

    out: dict[str, float] = {}
    t = time.perf_counter()
    article = clean(RawInput(text=text, published=date(2021, 9, 26)))
    out["cleanup"] = time.perf_counter() - t
    t = time.perf_counter()
    article.doc = pipeline.nlp(article.text)
    out["nlp"] = time.perf_counter() - t
    t = time.perf_counter()
    drafts = pipeline.detector(article, [])
    out["detect"] = time.perf_counter() - t
    for stage in pipeline.stages:
        t = time.perf_counter()
        drafts = stage(article, drafts)
        out[type(stage).__name__] = time.perf_counter() - t
    out["drafts"] = len(drafts)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="base size in units of the input's repeated element")
    ap.add_argument("--only", help="run only the input whose name contains this")
    ap.add_argument("--flag", type=float, default=10.0, help="ratio at or above which a stage is flagged")
    args = ap.parse_args(argv)

    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    time_stages(pipeline, CLASH)  # warm-up: lazy loads are not the stage's cost
    flagged = []
    for name, make in INPUTS.items():
        if args.only and args.only not in name:
            continue
        small, large = make(args.n), make(4 * args.n)
        a, b = time_stages(pipeline, small), time_stages(pipeline, large)
        print(f"\n{name}: {len(small):,} -> {len(large):,} characters, drafts {a.pop('drafts')} -> {b.pop('drafts')}")
        print(f"  {'stage':<18}{'t(n) s':>10}{'t(4n) s':>10}{'ratio':>8}")
        for stage in a:
            ratio = b[stage] / a[stage] if a[stage] > 0 and b[stage] >= 0.02 else None
            mark = ""
            if ratio is not None and ratio >= args.flag:
                mark = "  <-- superlinear"
                flagged.append(f"{name} / {stage}: {a[stage]:.3f} s -> {b[stage]:.3f} s (x{ratio:.1f})")
            shown = f"{ratio:8.1f}" if ratio is not None else f"{'-':>8}"
            print(f"  {stage:<18}{a[stage]:10.3f}{b[stage]:10.3f}{shown}{mark}")
        sys.stdout.flush()
    print(f"\nflagged (ratio >= {args.flag:g} for 4x the input): {len(flagged)}")
    for f in flagged:
        print(f"  - {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
