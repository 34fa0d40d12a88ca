"""Shared bits of the store tests: backends (SQLite always; PostgreSQL when configured) and
hand-built articles/records, so store behaviour is tested independently of the extraction stages."""

from __future__ import annotations

import os
import uuid
from datetime import date

import pytest

from newsevents.document import Article
from newsevents.schema import Evidence, EventRecord

PG_URL = os.environ.get("NEWSEVENTS_TEST_PG_URL")
# Without a server the postgres variant is not generated (so never counted as passing), except on CI,
# where it is generated and fails loudly.
BACKENDS = ["sqlite"] + (["postgres"] if PG_URL or os.environ.get("CI") else [])


def make_store_url(backend: str, tmp_path) -> tuple[str, object]:
    """A fresh, empty database URL and a cleanup callable."""
    if backend == "sqlite":
        return str(tmp_path / "events.db"), lambda: None
    if not PG_URL:
        pytest.fail("CI is set but NEWSEVENTS_TEST_PG_URL is not: the PostgreSQL store tests cannot run")
    from sqlalchemy import create_engine, text

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}", drop


def article(text: str, url: str | None = None, published: date | None = None, headline: str | None = None) -> Article:
    return Article(text=text, url=url, published=published, headline=headline or text.split("\n")[0])


def record(art: Article, sentence: str, offset: int = 0, **fields) -> EventRecord:
    r = EventRecord(**fields)
    r.source = art.source()
    r.evidence = [Evidence(field="event_type", sentence=sentence, start=offset, end=offset + len(sentence),
                           article_id=art.article_id)]
    r.assign_id()
    return r


KABUL = dict(country="Afghanistan", iso3="AFG", admin1="Kabul", location="Kabul", latitude=34.53, longitude=69.17,
             geo_precision=1)


def market_bombing(n: int, toll: int, published: date, sentence: str, url: str | None = None, **extra):
    """One report of the Kabul market car bombing of 13 March 2022."""
    text = f"Report {n}\n\n{sentence}"
    art = article(text, url=url or f"https://outlet{n}.example/kabul-market", published=published)
    fields = dict(KABUL, event_date=date(2022, 3, 13), time_precision=1, event_type="Explosions/Remote violence",
                  sub_event_type="Remote explosive/landmine/IED", fatalities=toll, actor1=None)
    fields.update(extra)
    return art, [record(art, sentence, offset=len(f"Report {n}\n\n"), **fields)]


def assert_merges_explain_events(store) -> None:
    """Every report but an event's founder has exactly one merge row, naming reports of that event."""
    st = store.stats()
    assert st["records"] == st["events"] + st["duplicates_merged"]
    for ev in store.query_events(limit=None):
        shown = store.get_event(ev["event_id"])
        members = {src["record_id"] for src in shown["sources"]}
        explained = [m["record_id"] for m in shown["merges"]]
        assert len(explained) == len(set(explained)) == len(members) - 1
        assert all({m["record_id"], m["matched_record_id"]} <= members for m in shown["merges"])
