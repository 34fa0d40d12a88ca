"""Articles per second of `newsevents ingest --workers N` (distributed extraction, store writes by the
driver, distributed dedup pass) for N = 1 and 2 on the same corpus, into fresh SQLite databases.

    .venv/bin/python bench/scale_out.py [--limit 120] [--workers 1 2]

Uses the benchmark corpus (`scripts/make_bench_corpus.py` writes bench/out/corpus/), else the dedup
corpus. Each cluster is warmed up (every worker loads its Pipeline) before the clock starts, so the
figure is the steady-state rate; the warm-up time is printed too. Also checks that every run built
the same database.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=120, help="articles from the corpus (default 120)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus",
                    help="directory of .txt articles (default bench/out/corpus)")
    args = ap.parse_args()

    from newsevents.distributed import dask_client, ingest_distributed, process_raw_partition
    from newsevents.feeds import iter_inputs
    from newsevents.store import EventStore

    bench_dir = args.corpus
    if bench_dir.is_dir() and any(bench_dir.glob("*.txt")):
        specs = [str(p) for p in sorted(bench_dir.glob("*.txt"))[: args.limit]]
        name = f"{bench_dir} ({len(specs)} articles)"
    else:
        specs = [str(ROOT / "tests" / "dedup_corpus" / "corpus.jsonl")]
        name = "tests/dedup_corpus (36 articles)"
    n_articles = sum(1 for _ in iter_inputs(specs))
    print(f"corpus: {name}")
    snapshots = []
    for n in args.workers:
        with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "bench.db") as store:
            t0 = time.perf_counter()
            with dask_client(workers=n) as client:
                warm = [client.submit(process_raw_partition, [], pure=False, workers=[w])
                        for w in client.scheduler_info()["workers"]]
                client.gather(warm)
                t1 = time.perf_counter()
                report = ingest_distributed(store, specs, client=client)
                t2 = time.perf_counter()
            snapshots.append(store.snapshot())
            rate = n_articles / (t2 - t1)
            print(f"workers={n}: {n_articles} articles in {t2 - t1:.1f} s = {rate:.2f} articles/s "
                  f"(cluster start + pipeline load {t1 - t0:.1f} s); {report.records} records, "
                  f"{report.merged} merged")
    print("same database for every worker count:", all(s == snapshots[0] for s in snapshots))


if __name__ == "__main__":
    main()
