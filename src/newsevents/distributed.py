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


# ---- distributed ingest into the event store or a Parquet dataset --------------------------------

_ARTICLE_FIELDS = ("text", "headline", "standfirst", "byline", "publisher", "published", "url", "path")


def process_raw_partition(raws: Sequence) -> list[dict]:
    """Run the worker's Pipeline over one partition of `RawInput`s (runs on a worker): per input, the
    cleaned article's fields and its records as plain dicts."""
    out = []
    for article, records in _pipeline().process(raws, batch_size=4):
        out.append({"article": {f: getattr(article, f) for f in _ARTICLE_FIELDS},
                    "records": [r.model_dump(mode="json") for r in records]})
    return out


def _in_order(client, fn, items: Sequence, partition_size: int, *args) -> Iterator:
    """`fn` over partitions of `items` on the cluster; results one by one in input order, with a
    bounded number of partitions in flight."""
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    window: deque = deque()
    for part in partitions(items, partition_size):
        window.append(client.submit(fn, part, *args, pure=False))
        if len(window) >= 3 * n_workers:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


def extract_inputs_distributed(raws: Sequence, client, partition_size: int = 8):
    """(Article, records) for every `RawInput`, in input order, computed by the cluster."""
    from .document import Article

    for res in _in_order(client, process_raw_partition, list(raws), partition_size):
        yield Article(**res["article"]), [EventRecord.model_validate(r) for r in res["records"]]


def ingest_distributed(store, specs: Iterable[str], *, client, published: Optional[date] = None,
                       follow_links: bool = False, partition_size: int = 8):
    """`newsevents ingest --workers/--scheduler`: articles are extracted on the cluster, stored by this
    process in input order (one transaction each, so reruns skip what is stored), their dedup
    queued; then the batch dedup pass maps the (country, week) block groups over the cluster and
    applies the placements here. The database ends exactly as after a single-process ingest."""
    from . import feeds
    from .store.core import IngestReport, raw_hash

    report = IngestReport()
    store.resolve_pending(client)  # finish a run that was killed during its dedup pass
    todo, digests = [], []
    for item in feeds.iter_inputs(list(specs), published=published, follow_links=follow_links):
        if isinstance(item, feeds.IngestError):
            report.failures.append(str(item))
            continue
        digest = raw_hash(item)
        if store.has_raw(digest) or digest in digests:
            report.unchanged += 1
            continue
        todo.append(item)
        digests.append(digest)
    for digest, (article, records) in zip(digests, extract_inputs_distributed(todo, client, partition_size)):
        if not article.text.strip():
            report.failures.append(f"{article.url or article.path}: no article text left after cleanup")
            continue
        r = store.add(article, records, raw_digest=digest, defer_dedup=True)
        report.count(r)
    placed = store.resolve_pending(client)
    # Deferred records were counted as new events when stored; those the pass merged are not.
    report.new_events -= placed.merged
    report.merged += placed.merged
    report.joined += placed.joined
    return report


def dedup_records(records: Sequence[EventRecord], client=None) -> list[EventRecord]:
    """Deduplicated events from records in ingestion order, as the store would merge them: block
    groups replayed on the cluster (or here), then one merged record per event."""
    from . import dedup

    # As the store does: articles in order of first appearance (seq), each article's records in
    # (anchor sentence, record id) order, a record id once.
    by_article: dict = {}
    for r in records:
        rid = r.event_id or r.model_copy().assign_id()
        by_article.setdefault(r.source.article_id, {}).setdefault(rid, r)
    items = []
    for seq, recs in enumerate(by_article.values(), 1):
        for rid in sorted(recs, key=lambda k: (dedup.anchor_offset(recs[k]), k)):
            items.append((rid, seq, recs[rid]))
    tasks, alone = dedup.block_groups(items)
    results = (client.gather(client.map(dedup.replay, tasks, pure=False)) if client is not None and tasks
               else [dedup.replay(t) for t in tasks])
    members: dict[str, list] = {}
    event_of: dict[str, str] = {}
    for task, placements in zip(tasks, results):
        new_ids = {p[0]: p[3] for p in task["pending"]}
        for rid, p in placements:
            if p.target is None:
                event_of[rid] = new_ids[rid]
            else:
                event_of[rid] = p.target
                for eid, _, _ in p.absorbed:
                    for k, v in list(event_of.items()):
                        if v == eid:
                            event_of[k] = p.target
    for rid, _, _ in alone:
        event_of[rid] = dedup.new_event_id(rid)
    for rid, _, r in sorted(items, key=lambda x: (x[1], x[0])):  # members in the store's order
        members.setdefault(event_of[rid], []).append(r)
    return [dedup.merge(recs, event_id=eid) for eid, recs in sorted(members.items())]


def write_parquet_dataset(records: Sequence[EventRecord], out_dir) -> int:
    """Write `records` as a Parquet dataset under `out_dir`, partitioned by event month
    (`event_month=YYYY-MM`, `unknown` when undated). Returns how many rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .export import parquet_rows, parquet_schema

    rows = parquet_rows(records)
    for row in rows:
        row["event_month"] = row["event_date"].strftime("%Y-%m") if row["event_date"] else "unknown"
    schema = parquet_schema().append(pa.field("event_month", pa.string()))
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_to_dataset(table, root_path=str(out_dir), partition_cols=["event_month"],
                        existing_data_behavior="delete_matching",
                        basename_template="events-{i}.parquet")
    return len(rows)
