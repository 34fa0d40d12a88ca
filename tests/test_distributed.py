"""A real dask.distributed LocalCluster with two worker processes gives exactly the single-process result."""

from pathlib import Path

import pytest

from newsevents.distributed import extract_distributed, process_partition

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "mali.txt": "Suspected jihadists attacked a military camp near Boni in central Mali on Sunday, killing "
                "seven soldiers, the army said in a statement.\n",
    "kenya.txt": "Hundreds of traders protested in Kisumu on Tuesday against new market fees, blocking roads "
                 "before police dispersed them with tear gas.\n",
    "ukraine.txt": "Russian forces shelled residential areas of Kharkiv overnight, killing three civilians and "
                   "wounding eleven others, the regional governor said on Friday.\n",
    "empty.txt": "",
    "nigeria.txt": "Gunmen abducted 14 students from a boarding school in Kaduna state on Monday night, police said.\n",
}


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    for example in sorted((ROOT / "examples").glob("*.txt")):
        (tmp_path / example.name).write_text(example.read_text())
    return sorted(str(p) for p in tmp_path.iterdir())


def test_local_cluster_with_two_workers_equals_single_process(corpus):
    single = process_partition(corpus)
    distributed = list(extract_distributed(corpus, workers=2, partition_size=2))
    assert [r.spec for r in distributed] == corpus
    assert [(r.spec, r.article_id, r.records, r.error) for r in distributed] == \
           [(r.spec, r.article_id, r.records, r.error) for r in single]
    assert sum(len(r.records) for r in single) >= 3
    failed = [r for r in distributed if r.error]
    assert len(failed) == 1 and failed[0].spec.endswith("empty.txt") and "empty" in failed[0].error


def test_extract_command_with_workers_prints_the_same_records(corpus):
    from typer.testing import CliRunner

    from newsevents.cli import app

    runner = CliRunner()
    plain = runner.invoke(app, ["extract", *corpus, "--format", "jsonl"])
    spread = runner.invoke(app, ["extract", *corpus, "--format", "jsonl", "--workers", "2"])
    assert plain.exit_code == spread.exit_code == 1  # the empty file is reported as a failure by both
    lines = lambda out: [ln for ln in out.splitlines() if ln.startswith("{")]  # noqa: E731
    assert lines(plain.stdout) and lines(plain.stdout) == lines(spread.stdout)


def test_distributed_ingest_and_parquet_dataset_equal_the_single_process_result(tmp_path, pipeline):
    """`ingest --workers 2`: extraction on a real two-process LocalCluster, records stored by the
    driver, dedup as a batch pass over (country, week) block groups on the cluster; the database is
    exactly the one a single-process ingest builds, and so is the Parquet dataset."""
    import pyarrow.dataset as ds

    from newsevents.distributed import (dask_client, dedup_records, extract_inputs_distributed,
                                        ingest_distributed, write_parquet_dataset)
    from newsevents.feeds import iter_inputs
    from newsevents.store import EventStore

    corpus = str(ROOT / "tests" / "dedup_corpus" / "corpus.jsonl")
    with EventStore(tmp_path / "single.db") as single:
        single.ingest([corpus], pipeline=pipeline, progress=False)
        expected = single.snapshot()
    raws = list(iter_inputs([corpus]))

    def flat(pairs):
        out = []
        for article, recs in pairs:
            for r in recs:
                r.event_id = r.event_id or r.assign_id()
            out.extend(recs)
        return out

    local_events = dedup_records(flat(pipeline.process(raws)))
    with dask_client(workers=2) as client, EventStore(tmp_path / "spread.db") as spread:
        assert len(client.scheduler_info()["workers"]) == 2
        report = ingest_distributed(spread, [corpus], client=client)
        assert report.added == 36 and report.merged > 0 and spread.pending_count() == 0
        assert spread.snapshot() == expected
        again = ingest_distributed(spread, [corpus], client=client)  # idempotent
        assert again.unchanged == 36 and spread.snapshot() == expected
        cluster_events = dedup_records(flat(extract_inputs_distributed(raws, client)), client)
    assert [e.model_dump() for e in cluster_events] == [e.model_dump() for e in local_events]
    assert {e.event_id for e in local_events} == {e[0] for e in expected["events"]}
    write_parquet_dataset(cluster_events, tmp_path / "ds")
    table = ds.dataset(tmp_path / "ds", partitioning="hive").to_table()
    assert sorted(table.column("event_id").to_pylist()) == sorted(e.event_id for e in local_events)
    months = {p.name for p in (tmp_path / "ds").iterdir()}
    assert "event_month=2022-03" in months and len(months) >= 5


def test_extract_command_with_local_processes_prints_the_same_records(corpus):
    from typer.testing import CliRunner

    from newsevents.cli import app

    runner = CliRunner()
    plain = runner.invoke(app, ["extract", *corpus, "--format", "jsonl"])
    forked = runner.invoke(app, ["extract", *corpus, "--format", "jsonl", "--processes", "2"])
    assert plain.exit_code == forked.exit_code == 1
    lines = lambda out: [ln for ln in out.splitlines() if ln.startswith("{")]  # noqa: E731
    assert lines(plain.stdout) and lines(plain.stdout) == lines(forked.stdout)
