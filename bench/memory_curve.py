#!/usr/bin/env python
"""Memory over a long stream: N articles through one `Pipeline.process` stream, sampling RSS every
`--every` articles. A flat curve after warm-up means no per-article leak.

By default the articles are generated on the fly from the benchmark templates with a seed of their
own (`--seed`, default 1013), so all N texts differ and nothing is held in memory or on disk;
`--source corpus` cycles the written benchmark corpus instead. The samples go to a CSV as they are
taken (a cut-short run still leaves its curve), and at the end a text plot with the summary figures
is written next to it.

    .venv/bin/python bench/memory_curve.py [--n 20000] [--every 500] [--source generate|corpus]
        [--csv bench/memory_curve.csv] [--plot bench/memory_curve.md]
    .venv/bin/python bench/memory_curve.py --replot bench/memory_curve.csv   # plot an existing CSV
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
from pathlib import Path

from common import ROOT, load_corpus, peak_rss_mb, rss_mb

FIELDS = ["articles", "rss_mb", "peak_mb", "events", "elapsed_s", "articles_per_s"]
# Samples in the first 1,000 articles or the first tenth of the run, whichever is longer, are
# warm-up (string store and allocator pools grow while the first batches are parsed) and stay out
# of the slope.
WARM_UP_ARTICLES = 1_000
WARM_UP_SHARE = 0.1


def article_stream(source: str, n: int, seed: int, corpus_limit: int | None):
    """(text, published) pairs, `n` of them."""
    from datetime import date

    if source == "corpus":
        rows = load_corpus(limit=corpus_limit)
        for row in itertools.islice(itertools.cycle(rows), n):
            yield row["text"], row["published"]
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_bench_corpus import generate_articles

    for art in generate_articles(n, seed=seed):
        yield art["text"], date.fromisoformat(art["published"])


def slope_mb_per_1000(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of RSS against articles, in MB per 1,000 articles."""
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    var = sum((x - mean_x) ** 2 for x, _ in points)
    cov = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return 1000 * cov / var if var else 0.0


def summary(rows: list[dict]) -> dict:
    """First/last/max RSS and the slope after warm-up."""
    points = [(int(r["articles"]), float(r["rss_mb"])) for r in rows]
    last_n = points[-1][0]
    warm_up = max(WARM_UP_ARTICLES, WARM_UP_SHARE * last_n)
    steady = [p for p in points if p[0] > warm_up] or points
    return {
        "articles": last_n,
        "first_rss": points[0][1], "first_at": points[0][0],
        "last_rss": points[-1][1],
        "max_rss": max(y for _, y in points),
        "steady_min": min(y for _, y in steady), "steady_max": max(y for _, y in steady),
        "slope_all": slope_mb_per_1000(points),
        "slope_steady": slope_mb_per_1000(steady), "steady_from": steady[0][0],
        "peak_mb": max(float(r["peak_mb"]) for r in rows),
        "elapsed_s": float(rows[-1]["elapsed_s"]),
        "events": int(rows[-1]["events"]),
    }


def text_plot(rows: list[dict], width: int = 50) -> str:
    """One bar per sample, scaled between the smallest and largest RSS (the axis does not start at 0,
    so even a few MB of growth would show)."""
    values = [float(r["rss_mb"]) for r in rows]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    lines = [f"{'articles':>9}  {'RSS MB':>7}  {lo:.0f} MB {'-' * (width - 16)} {hi:.0f} MB"]
    for r, v in zip(rows, values):
        bar = "#" * (1 + round((v - lo) / span * (width - 1)))
        lines.append(f"{int(r['articles']):>9,}  {v:>7.0f}  {bar}")
    return "\n".join(lines)


def write_plot(rows: list[dict], path: Path, header: str) -> dict:
    s = summary(rows)
    text = (f"# Memory curve\n\n{header}\n\n"
            f"- RSS at the first sample ({s['first_at']:,} articles): {s['first_rss']:.0f} MB; "
            f"at the end ({s['articles']:,} articles): {s['last_rss']:.0f} MB; "
            f"largest sample {s['max_rss']:.0f} MB; peak (VmHWM) {s['peak_mb']:.0f} MB\n"
            f"- from {s['steady_from']:,} articles on RSS stays between {s['steady_min']:.0f} and "
            f"{s['steady_max']:.0f} MB; slope {s['slope_steady']:+.2f} MB per 1,000 articles "
            f"({s['slope_all']:+.2f} over all samples)\n"
            f"- {s['events']:,} event records, {s['elapsed_s'] / 60:.0f} min, "
            f"{s['articles'] / s['elapsed_s']:.1f} articles/s\n\n"
            f"```\n{text_plot(rows)}\n```\n")
    path.write_text(text, encoding="utf-8")
    return s


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="RSS while streaming many articles through the pipeline")
    ap.add_argument("--n", type=int, default=20_000, help="articles to stream (default 20,000)")
    ap.add_argument("--every", type=int, default=500, help="sample RSS every this many articles (default 500)")
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size (default 32)")
    ap.add_argument("--source", choices=["generate", "corpus"], default="generate",
                    help="generate fresh articles from the templates (default) or cycle bench/out/corpus.jsonl")
    ap.add_argument("--seed", type=int, default=1013,
                    help="seed for generated articles (default 1013; the written corpus uses 13)")
    ap.add_argument("--corpus-limit", type=int, default=None, help="with --source corpus: cycle only the first K")
    ap.add_argument("--csv", type=Path, default=ROOT / "bench" / "memory_curve.csv", help="samples CSV")
    ap.add_argument("--plot", type=Path, default=ROOT / "bench" / "memory_curve.md", help="text plot + summary")
    ap.add_argument("--replot", type=Path, default=None, help="only redraw the plot from this CSV")
    args = ap.parse_args(argv)

    if args.replot:
        rows = read_csv(args.replot)
        if not rows:
            sys.exit(f"error: {args.replot} holds no samples")
        s = write_plot(rows, args.plot, f"Redrawn from `{args.replot.name}`.")
        print(f"wrote {args.plot}: {s['first_rss']:.0f} -> {s['last_rss']:.0f} MB, "
              f"slope {s['slope_steady']:+.2f} MB/1,000 articles")
        return 0
    if args.n < 1 or args.every < 1 or args.batch_size < 1:
        ap.error("--n, --every and --batch-size must be at least 1")

    from newsevents.document import RawInput
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    what = (f"{args.n:,} articles generated with seed {args.seed}" if args.source == "generate"
            else f"bench corpus cycled to {args.n:,} articles")
    print(f"{what}; RSS after load {rss_mb():.0f} MB", flush=True)
    raws = (RawInput(text=text, published=published)
            for text, published in article_stream(args.source, args.n, args.seed, args.corpus_limit))
    rows: list[dict] = []
    t0 = time.perf_counter()
    events = 0
    print(f"{'articles':>9} {'RSS MB':>8} {'peak MB':>8} {'events':>8} {'art/s':>7}", flush=True)
    with args.csv.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=FIELDS)
        out.writeheader()
        for i, (_article, records) in enumerate(pipeline.process(raws, batch_size=args.batch_size), 1):
            events += len(records)
            if i % args.every == 0 or i == args.n:
                elapsed = time.perf_counter() - t0
                row = {"articles": i, "rss_mb": f"{rss_mb():.1f}", "peak_mb": f"{peak_rss_mb():.1f}",
                       "events": events, "elapsed_s": f"{elapsed:.1f}", "articles_per_s": f"{i / elapsed:.2f}"}
                rows.append(row)
                out.writerow(row)
                fh.flush()
                print(f"{i:>9,} {float(row['rss_mb']):>8.0f} {float(row['peak_mb']):>8.0f} {events:>8,} "
                      f"{i / elapsed:>7.1f}", flush=True)
    s = write_plot(rows, args.plot, f"`bench/memory_curve.py --n {args.n} --every {args.every} "
                                    f"--source {args.source}`: {what}, batch size {args.batch_size}.")
    print(f"RSS {s['first_rss']:.0f} MB at {s['first_at']:,} articles -> {s['last_rss']:.0f} MB at "
          f"{s['articles']:,}; max {s['max_rss']:.0f} MB; slope after warm-up {s['slope_steady']:+.2f} MB "
          f"per 1,000 articles; wrote {args.csv} and {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
