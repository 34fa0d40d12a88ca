"""PostgreSQL stopped in the middle of `newsevents ingest`, then started again.

The test holds a table lock so that the ingest is caught inside an article's transaction, stops the
server with `pg_ctl stop -m fast`, and checks that the command ends with one clear `error:` line (no
traceback, exit 1), that the interrupted article left nothing behind, and that a rerun after the
restart reaches exactly the database of an uninterrupted ingest: nothing lost, nothing doubled.

It needs the server `.ci/run` starts (NEWSEVENTS_TEST_PG_URL, _DATA, _BIN, _PORT). Without them the
test is not collected, except under CI, where it fails. It works in databases of its own, created
and dropped on that server, and always starts the server again before it ends.
"""

from __future__ import annotations

import os
import pwd
import shlex
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest

PG_URL = os.environ.get("NEWSEVENTS_TEST_PG_URL")
PG_DATA = os.environ.get("NEWSEVENTS_TEST_PG_DATA")
PG_BIN = os.environ.get("NEWSEVENTS_TEST_PG_BIN")
PG_PORT = os.environ.get("NEWSEVENTS_TEST_PG_PORT")
CONFIGURED = all((PG_URL, PG_DATA, PG_BIN, PG_PORT))
NEWSEVENTS = Path(sys.executable).with_name("newsevents")
PUBLISHED = "2023-03-30"

TOWNS = ["Kabul", "Herat", "Kandahar", "Jalalabad", "Kunduz", "Ghazni", "Khost", "Mazar-i-Sharif",
         "Maiduguri", "Mogadishu"]
STORIES = [
    "A car bomb exploded near a checkpoint in {town} on Sunday, killing {n} police officers, officials said.",
    "Gunmen opened fire on a minibus outside {town} on Monday, killing {n} passengers, a local official said.",
    "Hundreds of traders marched through {town} on Tuesday to protest against new taxes; the rally was peaceful.",
    "Soldiers clashed with militants on the edge of {town} on Wednesday, and {n} fighters were killed.",
]


def write_corpus(folder: Path, n: int = 20) -> Path:
    """n short articles, all different (town, story and toll vary)."""
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        body = STORIES[i % len(STORIES)].format(town=town, n=3 + i)
        (folder / f"{i:02d}.txt").write_text(f"Report {i} from {town}\n\n{body}\n")
    return folder


def pg_ctl(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """pg_ctl on the test server's data directory, as the directory's owner."""
    cmd = [str(Path(PG_BIN) / "pg_ctl"), "-D", PG_DATA, *args]
    owner = pwd.getpwuid(os.stat(PG_DATA).st_uid).pw_name
    if os.geteuid() == 0 and owner != "root":
        cmd = ["su", owner, "-c", shlex.join(cmd)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=check)


def start_options() -> str:
    """The server's command-line options (port, listen address, socket directory) for a restart."""
    try:
        argv = shlex.split((Path(PG_DATA) / "postmaster.opts").read_text())[1:]
    except OSError:
        argv = []
    if "-D" in argv:
        i = argv.index("-D")
        del argv[i:i + 2]
    return shlex.join(argv) if argv else f"-c listen_addresses=127.0.0.1 -p {PG_PORT} -k /tmp"


def server_running() -> bool:
    return pg_ctl("status", check=False).returncode == 0


def connect(dbname: str, autocommit: bool = True):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(PG_URL)
    return psycopg.connect(host=u.host or "127.0.0.1", port=u.port or int(PG_PORT), user=u.username,
                           password=u.password, dbname=dbname, autocommit=autocommit, connect_timeout=10)


def url_of(dbname: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=dbname).render_as_string(hide_password=False)


def stored_articles(dbname: str) -> int:
    import psycopg

    with connect(dbname) as con:
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except psycopg.errors.UndefinedTable:  # not migrated yet
            return 0


def ingest_cmd(url: str, corpus: Path) -> list[str]:
    return [str(NEWSEVENTS), "ingest", str(corpus), "--db", url, "--published", PUBLISHED]


if CONFIGURED or os.environ.get("CI"):
    def test_postgres_stopped_mid_ingest_then_rerun_loses_and_doubles_nothing(tmp_path, pipeline):
        if not CONFIGURED:
            pytest.fail("CI is set but NEWSEVENTS_TEST_PG_URL/_DATA/_BIN/_PORT are not all set: "
                        "the PostgreSQL fault test cannot run")
        from newsevents.store import EventStore

        corpus = write_corpus(tmp_path / "corpus")
        tag = uuid.uuid4().hex[:10]
        faulted, clean = f"ne_fault_{tag}", f"ne_clean_{tag}"
        options = start_options()  # read while the server runs: it rewrites the file on start
        with connect("postgres") as admin:
            admin.execute(f'CREATE DATABASE "{faulted}"')
            admin.execute(f'CREATE DATABASE "{clean}"')
        try:
            # The reference: the same corpus ingested without a fault, into a fresh database.
            with EventStore(url_of(clean)) as store:
                report = store.ingest([str(corpus)], pipeline=pipeline, progress=False,
                                      published=date.fromisoformat(PUBLISHED))
                assert report.added == 20 and not report.failures
                expected = store.snapshot()

            proc = subprocess.Popen(ingest_cmd(url_of(faulted), corpus), cwd=tmp_path, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            locker = None
            try:
                deadline = time.monotonic() + 300
                while stored_articles(faulted) < 2:  # some articles are in
                    assert proc.poll() is None, f"ingest ended early: {proc.communicate()}"
                    assert time.monotonic() < deadline, "ingest stored nothing in 300 s"
                    time.sleep(0.02)
                # Block the next article's INSERT, so the server stops inside its transaction.
                locker = connect(faulted, autocommit=False)
                locker.execute("LOCK TABLE articles IN EXCLUSIVE MODE")
                stored = locker.execute("SELECT count(*) FROM articles").fetchone()[0]
                assert 2 <= stored < 20, f"{stored} articles stored before the lock: corpus too small"
                while not locker.execute(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                        (faulted,)).fetchone()[0]:
                    assert proc.poll() is None, f"ingest ended while locked out: {proc.communicate()}"
                    assert time.monotonic() < deadline, "ingest never reached the locked table"
                    time.sleep(0.02)
                pg_ctl("stop", "-m", "fast", "-w")
                out, errors = proc.communicate(timeout=120)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                if locker is not None:
                    try:
                        locker.close()
                    except Exception:  # the server terminated it
                        pass
                if not server_running():
                    pg_ctl("start", "-w", "-o", options, "-l", str(Path(PG_DATA) / "log"))

            assert proc.returncode == 1, errors[-3000:]
            assert "Traceback" not in errors, errors[-3000:]
            lines = [line for line in errors.splitlines() if line.startswith("error:")]
            assert len(lines) == 1, errors[-3000:]
            first_missing = corpus / f"{stored:02d}.txt"
            from sqlalchemy.engine import make_url

            shown = make_url(url_of(faulted)).render_as_string(hide_password=True)
            assert lines[0].startswith(f"error: database {shown} is not reachable"), lines[0]
            assert "is not reachable: its server is down or refuses connections" in lines[0], lines[0]
            assert (f"nothing from {first_missing} or any later article was stored, "
                    f"the {stored} article(s) stored before it are kept; rerun to continue") in lines[0], lines[0]

            # The interrupted article left nothing: exactly what was committed before the stop.
            assert stored_articles(faulted) == stored
            with EventStore(url_of(faulted)) as store:
                partial = store.snapshot()
            assert len(partial["articles"]) == stored
            assert {r[1] for r in partial["records"]} <= {a[0] for a in partial["articles"]}

            rerun = subprocess.run(ingest_cmd(url_of(faulted), corpus), cwd=tmp_path, text=True,
                                   capture_output=True, timeout=600)
            assert rerun.returncode == 0, rerun.stderr[-3000:]
            assert f"{20 - stored} article(s) added, 0 updated, {stored} unchanged, 0 failed" in rerun.stderr
            with EventStore(url_of(faulted)) as store:
                assert store.snapshot() == expected
        finally:
            if not server_running():
                pg_ctl("start", "-w", "-o", options, "-l", str(Path(PG_DATA) / "log"))
            with connect("postgres") as admin:
                for name in (faulted, clean):
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
