#!/usr/bin/env python
"""Memory over a long stream: N articles (cycling the benchmark corpus) through `Pipeline.process`,
printing RSS every `--every` articles. A flat curve after warm-up means no per-article leak.

    .venv/bin/python bench/memory_curve.py [--n 20000] [--every 1000] [--batch-size 32] [--corpus-limit 500]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time

from common import load_corpus, peak_rss_mb, rss_mb


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="RSS while streaming many articles through the pipeline")
    ap.add_argument("--n", type=int, default=20_000, help="articles to stream (default 20,000)")
    ap.add_argument("--every", type=int, default=1_000, help="print RSS every this many articles (default 1,000)")
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size (default 32)")
    ap.add_argument("--corpus-limit", type=int, default=None, help="cycle only the first K corpus articles")
    args = ap.parse_args(argv)
    if args.n < 1 or args.every < 1 or args.batch_size < 1:
        ap.error("--n, --every and --batch-size must be at least 1")

    from newsevents.document import RawInput
    from newsevents.pipeline import Pipeline

    rows = load_corpus(limit=args.corpus_limit)
    pipeline = Pipeline()
    print(f"corpus {len(rows)} articles cycled to {args.n:,}; RSS after load {rss_mb():.0f} MB", flush=True)
    raws = (RawInput(text=r["text"], published=r["published"]) for r in itertools.islice(itertools.cycle(rows), args.n))
    t0 = time.perf_counter()
    first = None
    events = 0
    print(f"{'articles':>9} {'RSS MB':>8} {'peak MB':>8} {'events':>8} {'art/s':>7}")
    for i, (_article, records) in enumerate(pipeline.process(raws, batch_size=args.batch_size), 1):
        events += len(records)
        if i % args.every == 0 or i == args.n:
            now = rss_mb()
            first = first or now
            print(f"{i:>9,} {now:>8.0f} {peak_rss_mb():>8.0f} {events:>8,} {i / (time.perf_counter() - t0):>7.1f}",
                  flush=True)
    last = rss_mb()
    print(f"growth after the first checkpoint: {last - (first or last):+.0f} MB over {args.n:,} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
