"""Ingestion through the real pipeline: idempotent, resumable after kill -9, clear errors, CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import EventStore

CORPUS = Path(__file__).parent / "dedup_corpus" / "corpus.jsonl"
BIN = Path(sys.executable).parent / "newsevents"


def write_articles(dest: Path, prefixes=("kabul", "mogadishu")) -> list[Path]:
    """Corpus articles as plain-text files with a byline carrying the publication date."""
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for line in CORPUS.read_text().splitlines():
        it = json.loads(line)
        if it["id"].startswith(prefixes):
            head, body = it["text"].split("\n", 1)
            p = dest / f"{it['id']}.txt"
            p.write_text(f"{head}\nBy Staff Reporter - {it['published']}\n{body}\n", encoding="utf-8")
            paths.append(p)
    return paths


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    d = tmp_path_factory.mktemp("articles")
    write_articles(d)
    return d


@pytest.fixture(scope="module")
def clean_run(articles, tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    with EventStore(db) as s:
        report = s.ingest([str(articles)], pipeline=pipeline, progress=False)
        assert report.failures == []
        return db, report, s.snapshot()


def test_ingest_is_idempotent(clean_run, articles, pipeline):
    db, report, snap = clean_run
    assert report.added == 12 and report.merged > 0
    with EventStore(db) as s:
        again = s.ingest([str(articles)], pipeline=pipeline, progress=False)
        assert (again.added, again.unchanged) == (0, 12)
        assert s.snapshot() == snap


def test_killed_run_resumes_to_the_same_database(clean_run, articles, tmp_path, pipeline):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([str(BIN), "ingest", str(articles), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    try:
        while proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
                        stored = con.execute("select count(*) from articles").fetchone()[0]
                except sqlite3.OperationalError:  # tables not created yet
                    stored = 0
            if stored >= 3:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 3 <= stored < 12
    with EventStore(db) as s:
        report = s.ingest([str(articles)], pipeline=pipeline, progress=False)
        assert report.unchanged >= 3 and report.added + report.unchanged == 12
        assert s.snapshot() == clean_run[2]


def test_bad_inputs_are_reported_and_nothing_is_lost(clean_run, tmp_path):
    db = tmp_path / "copy.db"
    db.write_bytes(Path(clean_run[0]).read_bytes())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 10)
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": "x"\n')
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert res.exit_code == 1
    assert "empty.txt: empty input" in res.output and "blob.txt: binary file" in res.output
    assert "bad.jsonl:1: bad JSON line" in res.output and "Traceback" not in res.output
    with EventStore(db) as s:
        assert s.snapshot() == clean_run[2]


def test_cli_read_commands(clean_run, tmp_path):
    db = str(clean_run[0])
    run = CliRunner().invoke
    res = run(app, ["events", "--db", db, "--country", "Somalia", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    somali = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert somali and all(r["country"] == "Somalia" for r in somali)
    stats = json.loads(run(app, ["stats", "--db", db, "--json"]).output)
    assert stats["articles"] == 12 and stats["duplicates_merged"] == clean_run[1].merged
    with EventStore(db) as s:
        multi = next(e for e in s.query_events(limit=None) if e["n_sources"] > 1)
    shown = run(app, ["show", multi["event_id"], "--db", db])
    assert shown.exit_code == 0 and "why merged" in shown.output and "score" in shown.output
    for args, message in ((["events", "--since", "March"], "not a date"),
                          (["events", "--type", "Bombing"], "unknown event type"),
                          (["show", "evt_nope"], "no event with id")):
        res = run(app, args + ["--db", db])
        assert res.exit_code in (1, 2) and message in res.output and "Traceback" not in res.output
    out = tmp_path / "x.parquet"
    assert run(app, ["export", "--format", "parquet", "-o", str(out), "--db", db]).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == stats["events"]
