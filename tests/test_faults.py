"""Faults while storing, and hostile filters: no partial article, no lost data, reruns complete.

- another connection holds the SQLite write lock while `newsevents ingest` (or `split`) runs, or holds
  an exclusive lock that also keeps readers out;
- the disk fills up (RLIMIT_FSIZE in the child: writes past the limit fail with EFBIG);
- a PostgreSQL URL with no server behind it;
- SQL and script injection through every `events` filter and through article text, and control
  characters (NUL) in filters.

A database fault always ends the command with one `error:` line naming the database and the problem,
never a traceback. (PostgreSQL stopped mid-run: `test_faults_postgres.py`.)
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
CONTROL = ["\x00", "Kabul\x00", "\x00%", "Taliban\x1b[2J", "\x7f", "a\nb"]
runner = CliRunner()


def write_articles(folder: Path, n: int, padding: int = 0, first: int = 0) -> Path:
    """n different articles (the death toll differs even where the place repeats)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        text = REPORT.format(place=PLACES[i % len(PLACES)], n=i + 2) + "Witnesses described the scene. " * padding
        (folder / f"a{i}.txt").write_text(f"Blast in {PLACES[i % len(PLACES)]}\n\n{text}")
    return folder


def one_error_line(output: str) -> str:
    """The single `error:` line of a failed command; fails if there is a traceback or more errors."""
    assert "Traceback" not in output, output[-2000:]
    lines = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, output[-2000:]
    return lines[0]


def short_lock_wait(monkeypatch) -> None:
    """The store waits 30 s for a lock; the tests need less."""
    monkeypatch.setattr(core, "BUSY_TIMEOUT_MS", 300)


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
    short_lock_wait(monkeypatch)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # hold the write lock
    try:
        result = ingest(db, new)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # ended by the command, not by an exception
    line = one_error_line(result.output)
    assert f"database {db} is locked by another process" in line
    assert f"nothing from {new / 'a10.txt'} or any later article was stored" in line
    assert "the 0 article(s) stored before it are kept; rerun to continue" in line
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
    assert proc.returncode == 1, proc.stderr[-2000:]
    line = one_error_line(proc.stderr)
    assert f"database {db} cannot be written: disk full or I/O error" in line
    assert "rerun to continue" in line
    mid = snapshot(db)
    assert mid["integrity"] == "ok" and mid["orphan_articles"] == 0 and mid["orphan_records"] == 0
    assert before["articles"] <= mid["articles"] < before["articles"] + 8
    kept = mid["articles"] - before["articles"]
    assert f"the {kept} article(s) stored before it are kept" in line  # the message tells the truth
    assert f"{kept} article(s) added" in proc.stderr  # and the summary of what was done is printed
    rerun = ingest(db, new)
    assert rerun.exit_code == 0, rerun.output
    after = snapshot(db)
    assert after["articles"] == before["articles"] + 8
    assert after["orphan_articles"] == 0 and after["integrity"] == "ok"


@pytest.mark.parametrize("option", ["--country", "--since", "--until", "--type", "--actor"])
def test_sql_injection_in_events_filters_is_data_or_a_clear_message(seeded, tmp_path, option):
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    for attack in INJECTIONS:
        result = runner.invoke(app, ["events", option, attack, "--db", str(db), "--format", "jsonl"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (attack, result.exception)
        assert result.exit_code in (0, 2), (attack, result.output)
        if result.exit_code == 2:
            assert "error" in result.output.lower() and "Traceback" not in result.output
        else:
            assert result.stdout.strip() == "", (attack, result.stdout[:200])  # nothing matches an attack string
    assert snapshot(db) == before


@pytest.mark.parametrize("option", ["--country", "--since", "--until", "--type", "--actor"])
def test_control_characters_in_filters_are_refused(seeded, tmp_path, option):
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    for value in CONTROL:
        for command in (["events", "--format", "jsonl"], ["export", "-f", "jsonl", "-o", str(tmp_path / "o.jsonl")]):
            result = runner.invoke(app, [*command, option, value, "--db", str(db)])
            assert result.exit_code == 2, (value, result.output)
            bad = next(ch for ch in value if ord(ch) < 32 or ord(ch) == 127)
            assert f"{option}: control character U+{ord(bad):04X} is not allowed" in one_error_line(result.output)
            assert result.stdout.strip() == ""
    assert not (tmp_path / "o.jsonl").exists()
    assert snapshot(db) == before


def test_control_characters_in_ids_are_refused(seeded, tmp_path):
    db = copy_store(seeded, tmp_path)
    for command in (["show", "evt_\x00"], ["split", "\x00"], ["split", "evt_x", "--record", "r\x00"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code in (1, 2), (command, result.output)
        assert "control character U+0000 is not allowed" in one_error_line(result.output)


def test_store_commands_under_an_exclusive_lock_end_with_one_clear_line(seeded, tmp_path, monkeypatch):
    """Another process holds an exclusive lock (readers are kept out too) longer than the store waits."""
    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    con = sqlite3.connect(db)
    event_id = con.execute("SELECT event_id FROM events LIMIT 1").fetchone()[0]
    con.close()
    short_lock_wait(monkeypatch)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("PRAGMA locking_mode=EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        for command in (["events"], ["stats"], ["show", event_id], ["split", event_id],
                        ["export", "-f", "csv", "-o", str(tmp_path / "out.csv")],
                        ["ingest", str(write_articles(tmp_path / "new", 1, first=30))]):
            result = runner.invoke(app, [*command, "--db", str(db)])
            assert result.exit_code in (1, 2), (command, result.output)
            assert isinstance(result.exception, SystemExit), (command, result.exception)
            assert f"{db}: it is locked by another process" in one_error_line(result.output), command
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert snapshot(db) == before


def test_split_while_another_process_writes_is_refused_whole(tmp_path, monkeypatch):
    """The write lock is taken after the store opened: `split` fails cleanly and changes nothing."""
    from newsevents.store import EventStore, StoreUnavailable
    from test_store_support import market_bombing
    from datetime import date

    db = tmp_path / "split.db"
    with EventStore(db) as store:
        for n in (1, 2):
            art, recs = market_bombing(n, 10 + n, date(2022, 3, 14), "A car bomb killed people at a Kabul market.")
            store.add(art, recs)
        merged = [e for e in store.query_events() if e["n_sources"] == 2]
        assert len(merged) == 1
        before = store.snapshot()
    short_lock_wait(monkeypatch)
    store = EventStore(db)
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreUnavailable, match=f"^database {db} is locked by another process"):
            store.split(merged[0]["event_id"])
        result = runner.invoke(app, ["split", merged[0]["event_id"], "--db", str(db)])
        assert result.exit_code == 1
        assert f"database {db} is locked by another process" in one_error_line(result.output)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.snapshot() == before
    assert len(store.split(merged[0]["event_id"])) == 2  # once the lock is gone it works
    store.close()


def test_postgresql_server_not_running_is_one_clear_line(tmp_path):
    import socket

    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/newsevents"
    for command in (["events"], ["stats"], ["ingest", str(write_articles(tmp_path / "a", 1))]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 2, result.output
        line = one_error_line(result.output)
        assert f"cannot open database {url}: it is not reachable" in line and "Connection refused" in line


def test_sql_and_script_injection_through_the_api(seeded, tmp_path):
    from newsevents.api import Settings, create_app
    from newsevents.store import EventStore

    db = copy_store(seeded, tmp_path)
    before = snapshot(db)
    store = EventStore(str(db))
    with TestClient(create_app(Settings(db=str(db)), store=store)) as http:
        for name in ("country", "since", "until", "type", "actor"):
            for attack in INJECTIONS:
                r = http.get("/events", params={name: attack})
                assert r.status_code in (200, 422), (name, attack, r.status_code, r.text[:200])
                if r.status_code == 200:
                    assert r.json()["events"] == []
            for value in CONTROL:
                r = http.get("/events", params={name: value})
                assert r.status_code == 422, (name, value, r.status_code, r.text[:200])
                if name not in ("since", "until"):  # the API checks dates itself
                    assert "control character" in r.json()["detail"], r.json()
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
