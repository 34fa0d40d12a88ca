"""A database that another process keeps locked for writing is a 503 with a clear message from the server, never a
500 or a traceback; the server answers again once the lock is gone."""

import sqlite3

import httpx

from test_api import running_server


def test_database_locked_under_the_server_is_a_503_then_recovers(tmp_path):
    db = tmp_path / "events.db"
    with running_server("--db", str(db), "--allow-anonymous-writes", env={"NEWSEVENTS_SQLITE_BUSY_MS": "300"}) as base:
        with httpx.Client(base_url=base, timeout=60) as client:
            article = {"text": "Gunmen attacked a police post in Kaduna on Monday, killing three officers, police said.",
                       "published": "2024-03-05"}
            holder = sqlite3.connect(db, isolation_level=None)
            holder.execute("BEGIN EXCLUSIVE")
            try:
                r = client.post("/extract?store=true", json=article)
                assert r.status_code == 503, r.text
                assert "locked" in r.json()["detail"]
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            assert client.post("/extract?store=true", json=article).status_code == 200
            assert client.get("/events").json()["total"] >= 1
