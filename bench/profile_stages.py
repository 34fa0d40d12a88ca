#!/usr/bin/env python
"""Where the time goes: start-up by component, per-stage CPU time, spaCy alone, worker processes.

    .venv/bin/python bench/profile_stages.py --limit 100 [--profile 25] [--n-process 2]

CPU time (`time.process_time`) is printed next to wall time: on a shared machine wall time says
more about the neighbours than about the code, CPU time much less so. The ratio newsevents /
spaCy alone is given for both (goal >= 0.8). `--profile K` runs cProfile over the pipeline and
lists the K functions of newsevents with the most own time, by module; `--n-process N` also runs
`Pipeline.process(n_process=N)` and checks that it gives the records of one process, in order.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from common import load_corpus, peak_rss_mb, rss_mb

RATIO_GOAL = 0.8


class Clock:
    """Accumulates (cpu, wall) seconds by name."""

    def __init__(self):
        self.times: dict[str, list[float]] = {}

    def add(self, name: str, cpu: float, wall: float) -> None:
        t = self.times.setdefault(name, [0.0, 0.0])
        t[0] += cpu
        t[1] += wall

    def timed(self, name: str, fn):
        def call(*a, **k):
            c, w = time.process_time(), time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                self.add(name, time.process_time() - c, time.perf_counter() - w)
        return call


def startup() -> None:
    """Each component of Pipeline() on its own, in the order Pipeline() builds them."""
    steps = []
    c, w = time.process_time(), time.perf_counter()

    def step(name):
        nonlocal c, w
        steps.append((name, time.process_time() - c, time.perf_counter() - w))
        c, w = time.process_time(), time.perf_counter()

    import spacy  # noqa: F401
    step("import spacy")
    from newsevents import nlp
    from newsevents.pipeline import Pipeline  # noqa: F401 - the stage modules
    step("import newsevents.pipeline")
    nlp.load()
    step("spacy.load + paragraph component")
    from newsevents.detect import EventDetector
    EventDetector()
    step("EventDetector()")
    from newsevents.actors import ActorResolver
    ActorResolver()
    step("ActorResolver()")
    from newsevents.places import PlaceResolver
    PlaceResolver()
    step("PlaceResolver()")
    total_c = sum(s[1] for s in steps)
    total_w = sum(s[2] for s in steps)
    print(f"start-up by component (cpu / wall s), total {total_c:.2f} / {total_w:.2f}, RSS {rss_mb():.0f} MB:")
    for name, cpu, wall in steps:
        print(f"  {name:<34} {cpu:6.2f} {wall:6.2f}")


def run(pipeline, raws, clock: Clock) -> int:
    """The pipeline over the inputs with cleanup and every stage timed; the rest is spaCy (and glue)."""
    import newsevents.pipeline as pmod

    real_clean = pmod.clean
    pmod.clean = clock.timed("cleanup", real_clean)
    detector, stages = pipeline.detector, pipeline.stages
    pipeline.detector = clock.timed(type(detector).__name__, detector)
    pipeline.stages = [clock.timed(type(s).__name__, s) for s in stages]
    try:
        return sum(len(records) for _, records in pipeline.process(raws))
    finally:
        pmod.clean, pipeline.detector, pipeline.stages = real_clean, detector, stages


def profile(pipeline, raws, k: int) -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    for _ in pipeline.process(raws):
        pass
    prof.disable()
    stats = pstats.Stats(prof).stats
    rows = [(tt, ct, nc, f"{Path(fn).name}:{line} {name}") for (fn, line, name), (_, nc, tt, ct, _) in stats.items()
            if "/newsevents/" in fn]
    print(f"cProfile, newsevents functions by own time (top {k}; profiled times are inflated):")
    print(f"  {'own s':>7} {'cum s':>7} {'calls':>8}  function")
    for tt, ct, nc, where in sorted(rows, reverse=True)[:k]:
        print(f"  {tt:7.2f} {ct:7.2f} {nc:8d}  {where}")


def compare_processes(pipeline, raws, n_process: int) -> None:
    def dump(pairs):
        return [(a.article_id, [r.model_dump_json() for r in recs]) for a, recs in pairs]

    w = time.perf_counter()
    one = dump(pipeline.process(raws))
    one_s = time.perf_counter() - w
    w = time.perf_counter()
    many = dump(pipeline.process(raws, n_process=n_process))
    many_s = time.perf_counter() - w
    print(f"Pipeline.process: 1 process {len(raws) / one_s:.1f} articles/s, n_process={n_process} "
          f"{len(raws) / many_s:.1f} articles/s (x{one_s / many_s:.2f}); same records in the same order: {one == many}; "
          f"peak RSS {peak_rss_mb():.0f} MB, largest worker {peak_rss_mb(children=True):.0f} MB")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="per-stage CPU/wall time, start-up by component, worker processes")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--profile", type=int, default=0, metavar="K", help="list the K hottest newsevents functions")
    ap.add_argument("--n-process", type=int, default=1, help="also compare Pipeline.process(n_process=N)")
    args = ap.parse_args(argv)

    startup()
    from newsevents.ingest import read_path
    from newsevents.pipeline import Pipeline

    rows = load_corpus(limit=args.limit)
    raws = [read_path(Path(r["path"]), published=r["published"]) for r in rows]
    words = sum(len(r["text"].split()) for r in rows)
    pipeline = Pipeline()
    list(pipeline.process(raws[:2]))  # warm-up: lazy loads, first-call caches

    clock = Clock()
    c, w = time.process_time(), time.perf_counter()
    events = run(pipeline, raws, clock)
    ne_c, ne_w = time.process_time() - c, time.perf_counter() - w
    c, w = time.process_time(), time.perf_counter()
    for _ in pipeline.nlp.pipe([r["text"] for r in rows], batch_size=32):
        pass
    sp_c, sp_w = time.process_time() - c, time.perf_counter() - w

    times = dict(clock.times)
    times["spacy (+ingest, glue)"] = [ne_c - sum(t[0] for t in times.values()), ne_w - sum(t[1] for t in times.values())]
    n = len(rows)
    print(f"\n{n} articles, {words:,} words, {events} events ({events / n:.1f} per article)")
    print(f"newsevents:  cpu {ne_c:6.1f} s ({n / ne_c:5.1f} articles/s)  wall {ne_w:6.1f} s ({n / ne_w:5.1f} articles/s, "
          f"{words / ne_w:,.0f} words/s)")
    print(f"spaCy alone: cpu {sp_c:6.1f} s ({n / sp_c:5.1f} articles/s)  wall {sp_w:6.1f} s ({n / sp_w:5.1f} articles/s)")
    print(f"ratio newsevents / spaCy alone: cpu {sp_c / ne_c:.2f}  wall {sp_w / ne_w:.2f}  goal >= {RATIO_GOAL}")
    print("stage                  cpu ms/article  wall ms/article  share of cpu")
    for name, (cpu, wall) in sorted(times.items(), key=lambda kv: -kv[1][0]):
        print(f"  {name:<22} {1000 * cpu / n:8.1f} {1000 * wall / n:15.1f} {100 * cpu / ne_c:11.1f} %")
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    if args.profile:
        print()
        profile(pipeline, raws, args.profile)
    if args.n_process > 1:
        print()
        compare_processes(pipeline, raws, args.n_process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
