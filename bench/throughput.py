#!/usr/bin/env python
"""End-to-end throughput: benchmark articles through newsevents, then through spaCy alone.

    .venv/bin/python scripts/make_bench_corpus.py          # once
    .venv/bin/python bench/throughput.py --limit 300 [--batch-size 32] [--n-process 1] [--stages]

Prints pipeline start-up time (goal < 3 s), articles/s and words/s from ingest (reading the .txt
files) to records through `Pipeline.process`, peak RSS, the same texts through `nlp.pipe` with the
same loaded spaCy components (the reference limit), and the ratio newsevents / spaCy alone (goal
>= 0.8). `--stages` also times every stage (cleanup, spaCy, detector, resolvers) to find hot spots.
"""

from __future__ import annotations

import argparse
import sys
import time

T_SCRIPT = time.perf_counter()

from common import load_corpus, peak_rss_mb, rss_mb  # noqa: E402

STARTUP_GOAL_S = 3.0
RATIO_GOAL = 0.8

def raw_inputs(rows):
    """Ingest: read each article's .txt file (decoding, checks) as the CLI would."""
    from newsevents.ingest import read_path
    from pathlib import Path

    for row in rows:
        yield read_path(Path(row["path"]), published=row["published"])


class StageTimer:
    """Wraps callables and accumulates their wall time by name (no source changes needed)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    def wrap(self, name, fn):
        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t
        return timed

    def wrap_iter(self, name, it):
        it = iter(it)
        while True:
            t = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t
                return
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t
            yield item


def run_newsevents(pipeline, rows, batch_size, n_process):
    """(wall seconds, CPU seconds of this process, events) for the rows through the whole pipeline
    (`Pipeline.process`, its own workers when n_process > 1)."""
    t0, c0 = time.perf_counter(), time.process_time()
    events = 0
    for _article, records in pipeline.process(raw_inputs(rows), batch_size=batch_size, n_process=n_process):
        events += len(records)
    return time.perf_counter() - t0, time.process_time() - c0, events


def run_spacy(nlp, texts, batch_size, n_process):
    """(wall seconds, CPU seconds of this process) for the texts through `nlp.pipe` alone."""
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    assert n == len(texts)
    return time.perf_counter() - t0, time.process_time() - c0


def instrument(pipeline, timer: StageTimer):
    """Time each stage of this Pipeline instance by wrapping its callables in place."""
    import newsevents.pipeline as pmod

    pmod.clean = timer.wrap("cleanup", pmod.clean)
    pipeline.detector = _Named(pipeline.detector, timer)
    pipeline.stages = [_Named(s, timer) for s in pipeline.stages]
    real_pipe = pipeline.nlp.pipe

    class _NlpProxy:
        def __getattr__(self, name):
            return getattr(pipeline.nlp_real, name)

        def pipe(self, *a, **k):
            # the spaCy time includes pulling cleaned articles; cleanup is subtracted when printed
            return timer.wrap_iter("spacy (+cleanup)", real_pipe(*a, **k))

    pipeline.nlp_real = pipeline.nlp
    pipeline.nlp = _NlpProxy()


class _Named:
    def __init__(self, stage, timer):
        self.stage, self.name = stage, type(stage).__name__
        self.call = timer.wrap(self.name, stage)

    def __call__(self, *a, **k):
        return self.call(*a, **k)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="newsevents end-to-end throughput vs spaCy alone")
    ap.add_argument("--limit", type=int, default=300, help="articles to run (default 300; the machine is shared)")
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size (default 32)")
    ap.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--stages", action="store_true", help="also time every stage (single process only)")
    args = ap.parse_args(argv)
    if args.limit < 1 or args.batch_size < 1 or args.n_process < 1:
        ap.error("--limit, --batch-size and --n-process must be at least 1")

    rows = load_corpus(limit=args.limit)
    words = sum(len(r["text"].split()) for r in rows)

    t0 = time.perf_counter()
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    startup = time.perf_counter() - t0
    rss_loaded = rss_mb()
    print(f"corpus: {len(rows)} articles, {words:,} words (mean {words / len(rows):.0f})")
    print(f"start-up (import + Pipeline()): {startup:.2f} s  goal < {STARTUP_GOAL_S:.0f} s  "
          f"{'ok' if startup < STARTUP_GOAL_S else 'MISSED'}   RSS after load {rss_loaded:.0f} MB")
    # the process's CPU time so far is the start-up cost without the waits for a shared core
    print(f"start-up CPU time (whole process so far): {time.process_time():.2f} s")

    t1 = time.perf_counter()
    first = list(pipeline.process(raw_inputs(rows[:1]), batch_size=1))
    first_s = time.perf_counter() - t1
    print(f"first article (lazy loading): {first_s:.2f} s; start-up + first article {startup + first_s:.2f} s")

    timer = None
    if args.stages:
        if args.n_process > 1:
            ap.error("--stages needs --n-process 1")
        timer = StageTimer()
        instrument(pipeline, timer)
    nlp = getattr(pipeline, "nlp_real", pipeline.nlp)
    texts = [r["text"] for r in rows]
    events = 0
    ne_s = sp_s = ne_cpu = sp_cpu = 0.0
    if args.n_process <= 1:
        # interleave the two runs chunk by chunk so both see the same load on a shared machine
        chunk = max(args.batch_size * 2, 50)
        for i in range(0, len(rows), chunk):
            s, c, e = run_newsevents(pipeline, rows[i:i + chunk], args.batch_size, 1)
            ne_s, ne_cpu, events = ne_s + s, ne_cpu + c, events + e
            s, c = run_spacy(nlp, texts[i:i + chunk], args.batch_size, 1)
            sp_s, sp_cpu = sp_s + s, sp_cpu + c
    else:
        ne_s, _, events = run_newsevents(pipeline, rows, args.batch_size, args.n_process)
        sp_s, _ = run_spacy(nlp, texts, args.batch_size, args.n_process)
    peak = max(peak_rss_mb(), peak_rss_mb(children=True))
    print(f"newsevents:  {len(rows) / ne_s:7.1f} articles/s {words / ne_s:9.0f} words/s  "
          f"({ne_s:.1f} s, {events} events, {events / len(rows):.1f} per article, peak RSS {peak:.0f} MB)")
    print(f"spaCy alone: {len(rows) / sp_s:7.1f} articles/s {words / sp_s:9.0f} words/s  ({sp_s:.1f} s, "
          f"components {', '.join(nlp.pipe_names)})")
    ratio = sp_s / ne_s
    print(f"ratio newsevents / spaCy alone: {ratio:.2f}  goal >= {RATIO_GOAL}  {'ok' if ratio >= RATIO_GOAL else 'MISSED'}")
    if ne_cpu and sp_cpu:
        # CPU time of this process does not count the time other jobs held the core: on a shared
        # machine it is the steadier basis (only meaningful with one process)
        print(f"CPU time: newsevents {len(rows) / ne_cpu:.1f} articles/s {words / ne_cpu:.0f} words/s, "
              f"spaCy alone {len(rows) / sp_cpu:.1f} articles/s {words / sp_cpu:.0f} words/s, "
              f"ratio {sp_cpu / ne_cpu:.2f}")

    if timer:
        secs = dict(timer.seconds)
        if "spacy (+cleanup)" in secs and "cleanup" in secs:
            secs["spacy"] = secs.pop("spacy (+cleanup)") - secs["cleanup"]
        total = sum(secs.values())
        print(f"stage times over {len(rows)} articles (wall {ne_s:.1f} s; ingest and glue = the rest):")
        for name, s in sorted(secs.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<20} {s:7.2f} s  {1000 * s / len(rows):7.1f} ms/article  {100 * s / ne_s:5.1f} %")
        print(f"  {'(other)':<20} {ne_s - total:7.2f} s")
    print(f"total wall time {time.perf_counter() - T_SCRIPT:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
