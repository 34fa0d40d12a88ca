"""Scale-out on Dask distributed: the same Pipeline, one per worker process, over partitions of inputs.

Work is split into partitions of input specs (file paths or JSONL-like dicts); each worker loads
its Pipeline once and keeps it for every partition it receives. Results come back in input order,
so a distributed run gives exactly the records a single process gives.
"""

from __future__ import annotations

import contextlib
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator, Optional, Sequence

from .schema import EventRecord

_WORKER_PIPELINE = None  # one Pipeline per worker process, built on first use


def _pipeline():
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        from .pipeline import Pipeline

        _WORKER_PIPELINE = Pipeline()
    return _WORKER_PIPELINE


@dataclass
class ArticleResult:
    """What one input became: its records (as plain dicts, cheap to ship between processes) or an error."""

    spec: str
    article_id: Optional[str] = None
    records: list[dict] = field(default_factory=list)
    error: Optional[str] = None

    def events(self) -> list[EventRecord]:
        return [EventRecord.model_validate(r) for r in self.records]


def process_partition(specs: Sequence[str], published: Optional[date] = None) -> list[ArticleResult]:
    """Run the worker's Pipeline over one partition of input specs (runs on a worker)."""
    from .ingest import IngestError, read_any

    results: list[ArticleResult] = []
    raws = []
    for spec in specs:
        try:
            raws.append((spec, read_any(spec, published=published)))
        except IngestError as exc:
            results.append(ArticleResult(spec=spec, error=str(exc)))
    pipeline = _pipeline()
    for (spec, _), (article, records) in zip(raws, pipeline.process(raw for _, raw in raws)):
        results.append(ArticleResult(spec=spec, article_id=article.article_id,
                                     records=[r.model_dump(mode="json") for r in records]))
    order = {s: i for i, s in enumerate(specs)}
    return sorted(results, key=lambda r: order[r.spec])


def partitions(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@contextlib.contextmanager
def dask_client(workers: int = 2, scheduler: Optional[str] = None):
    """A client on an existing scheduler (tcp://host:8786) or on a local cluster of worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield client


def extract_distributed(specs: Iterable[str], *, workers: int = 2, scheduler: Optional[str] = None,
                        published: Optional[date] = None, partition_size: int = 16,
                        client=None) -> Iterator[ArticleResult]:
    """Results for every input spec, in input order, computed by a Dask cluster."""
    specs = list(specs)
    if client is None:
        with dask_client(workers, scheduler) as own_client:
            yield from extract_distributed(specs, published=published, partition_size=partition_size,
                                           client=own_client)
        return
    # A bounded window of partitions in flight keeps memory flat however long the input is; taking
    # results in submission order keeps the output order equal to the input order.
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    window: deque = deque()
    for part in partitions(specs, partition_size):
        window.append(client.submit(process_partition, part, published, pure=False))
        if len(window) >= 3 * n_workers:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()
