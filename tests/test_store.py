"""The event store on every configured backend: idempotent adds, updates, merges, queries, split."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.store import EventStore, StoreError
from test_store_support import BACKENDS, KABUL, article, make_store_url, market_bombing, record


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    url, drop = make_store_url(request.param, tmp_path)
    s = EventStore(url)
    yield s
    s.close()
    drop()


def test_same_article_twice_changes_nothing(store):
    art, recs = market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul.")
    first = store.add(art, recs)
    before = store.snapshot()
    again = store.add(art, recs)
    assert (first.status, again.status) == ("added", "unchanged")
    assert store.snapshot() == before
    assert store.stats()["events"] == 1


def test_duplicate_record_in_one_article_is_stored_once(store):
    art, recs = market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul.")
    result = store.add(art, recs + [recs[0].model_copy(deep=True)])
    assert result.records == 1
    assert store.stats()["records"] == 1


def test_reports_of_one_event_merge_with_range_and_latest_toll(store):
    reports = [
        market_bombing(1, 12, date(2022, 3, 13), "A car packed with explosives blew up beside a vegetable market in Dasht-e-Barchi, Kabul, killing 12."),
        market_bombing(2, 15, date(2022, 3, 14), "The toll from the car bombing at the Dasht-e-Barchi vegetable market rose to 15.", location="Dasht-e-Barchi", latitude=34.50, longitude=69.11),
        market_bombing(3, 19, date(2022, 3, 15), "Families buried 19 victims of the car bomb at the vegetable market in Dasht-e-Barchi."),
    ]
    results = [store.add(a, r) for a, r in reports]
    assert [r.merged for r in results] == [0, 1, 1]
    events = store.query_events()
    assert len(events) == 1
    ev = store.get_event(events[0]["event_id"])
    assert ev["n_sources"] == 3 and len(ev["sources"]) == 3
    rec = ev["record"]
    assert (rec["fatalities_low"], rec["fatalities"], rec["fatalities_high"]) == (12, 19, 19)
    assert {e["article_id"] for e in ev["evidence"]} == {a.article_id for a, _ in reports}
    assert len(ev["merges"]) == 2 and all(m["score"] >= 0.55 and m["scores"]["text"] > 0 for m in ev["merges"])
    assert store.stats()["duplicates_merged"] == 2


def test_lookalike_bombing_a_week_later_stays_separate(store):
    store.add(*market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul."))
    art = article("Mosque attack\n\nA suicide bomber blew himself up in a mosque in Kabul during Friday prayers.",
                  url="https://x.example/mosque", published=date(2022, 3, 18))
    rec = record(art, "A suicide bomber blew himself up in a mosque in Kabul during Friday prayers.", 15, **KABUL,
                 event_date=date(2022, 3, 18), time_precision=1, event_type="Explosions/Remote violence",
                 sub_event_type="Suicide bomb", fatalities=6)
    assert store.add(art, [rec]).new_events == 1
    assert store.count_events() == 2


def test_updated_article_replaces_its_events(store):
    art, recs = market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul.",
                               url="https://same.example/story")
    store.add(art, recs)
    art2, recs2 = market_bombing(1, 20, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul, killing 20.",
                                 url="https://same.example/story")
    assert art2.article_id == art.article_id
    assert store.add(art2, recs2).status == "updated"
    events = store.query_events()
    assert len(events) == 1 and events[0]["fatalities"] == 20
    assert store.get_article(art.article_id)["version"] == 2
    assert store.stats()["records"] == 1


def test_split_undoes_a_merge_and_keeps_it_undone(store):
    a1 = market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Dasht-e-Barchi, Kabul.")
    a2 = market_bombing(2, 15, date(2022, 3, 14), "The car bomb at the Dasht-e-Barchi vegetable market killed 15.")
    store.add(*a1)
    store.add(*a2)
    (eid,) = [e["event_id"] for e in store.query_events()]
    ids = store.split(eid)
    assert len(ids) == 2 and ids[0] == eid
    assert store.count_events() == 2
    assert [store.get_event(i)["n_sources"] for i in ids] == [1, 1]
    assert store.get_event(eid)["merges"] == []
    # A third report still merges with one of them, but the split pair is never rejoined.
    store.add(*market_bombing(3, 19, date(2022, 3, 15), "Families buried victims of the Dasht-e-Barchi vegetable market car bomb."))
    assert store.count_events() == 2
    with pytest.raises(StoreError, match="single report|no event"):
        store.split("evt_missing")


def test_query_filters_and_validation(store):
    store.add(*market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Kabul.",
                              actor1="Islamic State Khorasan Province"))
    nairobi = article("Protest\n\nProtesters marched in Nairobi.", url="https://k.example/p", published=date(2023, 7, 12))
    store.add(nairobi, [record(nairobi, "Protesters marched in Nairobi.", 10, country="Kenya", location="Nairobi",
                               event_date=date(2023, 7, 12), time_precision=1, event_type="Protests",
                               sub_event_type="Peaceful protest", actor1="Protesters (Kenya)")])
    assert [e["country"] for e in store.query_events()] == ["Kenya", "Afghanistan"]  # newest first
    assert store.count_events(country="afghanistan") == 1
    assert store.count_events(since="2023-01-01") == 1
    assert store.count_events(until=date(2022, 12, 31)) == 1
    assert store.count_events(event_type="protests") == 1
    assert store.count_events(event_type="Peaceful protest") == 1
    assert store.count_events(actor="khorasan") == 1
    assert store.count_events(actor="%") == 0  # wildcards are matched literally
    assert store.count_events(country="x' OR '1'='1") == 0
    assert len(store.query_events(limit=1, offset=1)) == 1
    with pytest.raises(StoreError, match="unknown event type 'Bombing'"):
        store.query_events(event_type="Bombing")
    with pytest.raises(StoreError, match="not a date"):
        store.count_events(since="last week")
    with pytest.raises(StoreError, match="after"):
        store.query_events(since="2023-01-01", until="2022-01-01")
    st = store.stats()
    assert st["by_type"] == {"Explosions/Remote violence": 1, "Protests": 1}
    assert st["by_month"] == {"2022-03": 1, "2023-07": 1}


def test_opening_something_that_is_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="cannot open database"):
        EventStore(bad)
    assert bad.read_text().startswith("these are my notes")
    with pytest.raises(StoreError, match="is a directory"):
        EventStore(tmp_path)
    with pytest.raises(StoreError, match="no such directory"):
        EventStore(tmp_path / "missing" / "x.db")
