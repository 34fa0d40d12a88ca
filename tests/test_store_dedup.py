"""Cross-article clustering in the store: a report linking two events merges them (explained, and
undone by split), one article's records stay apart, and the batch pass of a distributed ingest
(queued records placed later, block groups replayed) ends in exactly the database incremental
ingest gives, also after a run killed between storing and deduplicating."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import dedup
from newsevents.store import EventStore, IngestReport
from test_store_support import (BACKENDS, KABUL, article, assert_merges_explain_events, make_store_url, market_bombing,
                                record)

BLAST = "A car bomb exploded beside the vegetable market in Dasht-e-Barchi."
RESCUE = "Rescuers pulled wounded shoppers from burning stalls."
BOTH = "After the car bomb at the vegetable market, rescuers pulled wounded shoppers from burning stalls."


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    u, drop = make_store_url(request.param, tmp_path)
    yield u
    drop()


def three_reports():
    return [market_bombing(1, 12, date(2022, 3, 13), BLAST), market_bombing(2, 12, date(2022, 3, 13), RESCUE),
            market_bombing(3, 12, date(2022, 3, 14), BOTH)]


def test_a_report_linking_two_events_merges_them_and_split_undoes_it(url):
    (a1, r1), (a2, r2), (a3, r3) = three_reports()
    m12 = dedup.compare(r1[0], r2[0])
    assert not m12.same and m12.veto is None and m12.score >= dedup.BRIDGE_FLOOR  # alike, not enough alone
    assert dedup.compare(r3[0], r1[0]).same and dedup.compare(r3[0], r2[0]).same
    with EventStore(url) as store:
        store.add(a1, r1)
        store.add(a2, r2)
        assert store.stats()["events"] == 2
        res = store.add(a3, r3)
        # The linking report and the founder of the event it brought along are both merged now; the
        # article added no event and took one away.
        assert (res.records, res.new_events, res.merged, res.joined) == (1, -1, 2, 1)
        assert store.stats()["events"] == 1
        assert_merges_explain_events(store)
        ev = store.query_events()[0]
        shown = store.get_event(ev["event_id"])
        assert len(shown["sources"]) == 3
        bridge = [m for m in shown["merges"] if m.get("linked_by")]
        assert len(bridge) == 1 and bridge[0]["linked_by"] == r3[0].event_id
        ids = store.split(ev["event_id"])
        assert len(ids) == 3 and store.stats()["events"] == 3
        store.add(a3, r3)  # unchanged article: nothing merges again
        assert store.stats()["events"] == 3
        assert_merges_explain_events(store)


def test_ingest_summary_counts_the_events_a_linking_report_joins(url):
    report = IngestReport()
    with EventStore(url) as store:
        for art, recs in three_reports():
            report.count(store.add(art, recs))
        st = store.stats()
    assert (report.records, report.new_events, report.merged, report.joined) == (3, 1, 2, 1)
    assert report.new_events == st["events"] and report.merged == st["duplicates_merged"]
    assert "3 record(s): 1 new event(s), 2 merged into existing events (1 of them" in report.summary()


def test_splitting_off_the_linking_report_separates_the_events_it_joined(url):
    (a1, r1), (a2, r2), (a3, r3) = three_reports()
    with EventStore(url) as store:
        for art, recs in ((a1, r1), (a2, r2), (a3, r3)):
            store.add(art, recs)
        (ev,) = store.query_events()
        ids = store.split(ev["event_id"], record_id=r3[0].event_id)
        # Reports 1 and 2 were one event only through report 3: without it they stand apart again.
        assert ids[0] == ev["event_id"] and len(ids) == 3
        assert store.stats()["events"] == 3 and store.stats()["duplicates_merged"] == 0
        assert sorted(store.get_event(i)["sources"][0]["record_id"] for i in ids) == sorted(
            r[0].event_id for r in (r1, r2, r3))
        assert_merges_explain_events(store)


def test_split_of_one_report_keeps_the_others_together_and_explained(url):
    reports = [market_bombing(1, 12, date(2022, 3, 13), BOTH), market_bombing(2, 15, date(2022, 3, 14), BOTH),
               market_bombing(3, 19, date(2022, 3, 15), BOTH)]
    with EventStore(url) as store:
        for art, recs in reports:
            store.add(art, recs)
        (ev,) = store.query_events()
        merges = store.get_event(ev["event_id"])["merges"]
        middle = reports[1][1][0].event_id
        assert any(m["matched_record_id"] == middle for m in merges) or len(merges) == 2
        assert store.split(ev["event_id"], record_id=middle)[0] == ev["event_id"]
        assert store.stats()["events"] == 2
        assert store.get_event(ev["event_id"])["n_sources"] == 2
        assert_merges_explain_events(store)


def test_updated_linking_article_lets_the_events_it_joined_apart(url):
    (a1, r1), (a2, r2), _ = three_reports()
    a3, r3 = market_bombing(3, 12, date(2022, 3, 14), BOTH, url="https://outlet3.example/live")
    herat, r_herat = market_bombing(3, 2, date(2022, 3, 14), "Protesters marched in Herat.",
                                    url="https://outlet3.example/live", admin1="Herat", location="Herat",
                                    latitude=34.34, longitude=62.2, event_type="Protests",
                                    sub_event_type="Peaceful protest")
    with EventStore(url) as store:
        for art, recs in ((a1, r1), (a2, r2), (a3, r3)):
            store.add(art, recs)
        assert store.stats()["events"] == 1
        before = store.stats()
        res = store.add(herat, r_herat)  # the live page now tells another story
        after = store.stats()
        assert res.status == "updated"
        assert (res.records, res.new_events, res.removed_records, res.removed_events, res.separated) == (1, 1, 1, 0, 1)
        assert after["events"] - before["events"] == res.new_events + res.separated - res.removed_events == 2
        assert after["records"] - before["records"] == res.records - res.removed_records == 0
        assert_merges_explain_events(store)
        assert "1 event(s) split off" in _summary_of(res)


def test_updated_founding_article_leaves_its_event_explained(url):
    first, rest = (market_bombing(1, 12, date(2022, 3, 13), BLAST, url="https://outlet1.example/live"),
                   [market_bombing(2, 15, date(2022, 3, 14), BLAST), market_bombing(3, 19, date(2022, 3, 15), BLAST)])
    herat, r_herat = market_bombing(1, 2, date(2022, 3, 14), "Protesters marched in Herat.",
                                    url="https://outlet1.example/live", admin1="Herat", location="Herat",
                                    latitude=34.34, longitude=62.2, event_type="Protests",
                                    sub_event_type="Peaceful protest")
    with EventStore(url) as store:
        for art, recs in [first] + rest:
            store.add(art, recs)
        (ev,) = store.query_events()
        res = store.add(herat, r_herat)
        assert (res.removed_records, res.removed_events, res.separated) == (1, 0, 0)
        kept = store.get_event(ev["event_id"])
        assert {s["record_id"] for s in kept["sources"]} == {recs[0].event_id for _, recs in rest}
        assert store.stats()["events"] == 2
        assert_merges_explain_events(store)


def _summary_of(result) -> str:
    report = IngestReport()
    report.count(result)
    return report.summary()


def test_a_weak_pair_is_not_chained_by_a_report_that_mentions_both(url):
    """A report of a shooting that mentions yesterday's bombing must not join the two events."""
    (a1, r1), _, _ = three_reports()
    shot = article("Report 4\n\nGunmen shot dead a district commissioner outside a mosque.",
                   url="https://x.example/shot", published=date(2022, 3, 14))
    r_shot = record(shot, "Gunmen shot dead a district commissioner outside a mosque.", 10, **dict(
        KABUL, event_date=date(2022, 3, 14), time_precision=1, event_type="Violence against civilians",
        sub_event_type="Attack", fatalities=1))
    both = article("Report 5\n\n" + "Gunmen shot dead a district commissioner outside a mosque, a day after a car "
                   "bomb exploded beside the vegetable market in Dasht-e-Barchi.", url="https://y.example/b",
                   published=date(2022, 3, 15))
    r_both = record(both, both.text.split("\n\n")[1], 10, **dict(
        KABUL, event_date=date(2022, 3, 14), time_precision=1, event_type="Violence against civilians",
        sub_event_type="Attack", fatalities=1))
    assert dedup.compare(r1[0], r_shot).score < dedup.BRIDGE_FLOOR
    with EventStore(url) as store:
        for art, recs in ((a1, r1), (shot, [r_shot]), (both, [r_both])):
            store.add(art, recs)
        assert store.stats()["events"] == 2


def test_two_events_of_one_article_stay_apart(url):
    s = "A suicide bomber struck the market and troops then shot civilians fleeing the blast."
    art = article("Report\n\n" + s, url="https://z.example/1", published=date(2022, 3, 13))
    base = dict(KABUL, event_date=date(2022, 3, 13), time_precision=1, fatalities=5)
    bomb = record(art, s, 8, event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", **base)
    shooting = record(art, s, 8, event_type="Violence against civilians", sub_event_type="Attack", **base)
    assert "one article" in dedup.compare(bomb, shooting).veto
    with EventStore(url) as store:
        store.add(art, [bomb, shooting])
        assert store.stats()["events"] == 2


def corpus():
    out = list(three_reports())
    out.append(market_bombing(4, 19, date(2022, 3, 16), "The toll from the Dasht-e-Barchi car bomb rose to 19."))
    out.append(market_bombing(5, 3, date(2022, 3, 21), "A second car bomb exploded outside a Kabul mosque.",
                              event_date=date(2022, 3, 20)))
    out.append(market_bombing(6, 2, date(2022, 3, 13), "Protesters marched in Herat.", country="Afghanistan",
                              admin1="Herat", location="Herat", latitude=34.34, longitude=62.2,
                              event_type="Protests", sub_event_type="Peaceful protest"))
    out.append(market_bombing(7, 0, None, "An undated report of a blast.", event_date=None, time_precision=None))
    return out


def test_batch_pass_equals_incremental_ingest_even_after_a_killed_run(url, tmp_path):
    arts = corpus()
    with EventStore(tmp_path / "incremental.db") as inc:
        for art, recs in arts:
            inc.add(art, recs)
        expected = inc.snapshot()
    assert sum(n > 1 for _, n, _ in expected["events"]) >= 1
    with EventStore(url) as batch:
        counted = IngestReport()
        for art, recs in arts[:3]:
            counted.count(batch.add(art, recs, defer_dedup=True))
        placed = batch.resolve_pending()
        # The pass says what became of the events the queued reports founded when stored.
        assert counted.records == 3 and placed.merged == 2
        assert counted.new_events + placed.new_events == batch.stats()["events"] == 1
        for art, recs in arts[3:]:  # stored, then "killed" before the dedup pass
            batch.add(art, recs, defer_dedup=True)
        assert batch.pending_count() == len(arts) - 3
        tasks = batch.pending_tasks()
        assert any(t["clusters"] for t in tasks)  # the stored event takes part in the replay
    with EventStore(url) as again:  # the next run finishes the pass first
        again.resolve_pending()
        assert again.pending_count() == 0
        assert again.snapshot() == expected


def test_linking_an_event_a_queued_report_joined_late_keeps_every_merge_explained(url):
    """The batch pass can put a report into an event founded after it; when a later report links that
    event to another, the link explains the event's founder, not its earliest report."""
    (a1, r1), (a2, r2), (a3, r3) = three_reports()
    echo = market_bombing(4, 12, date(2022, 3, 13), BLAST.replace("exploded", "blew up"))
    with EventStore(url) as store:
        store.add(a2, r2)
        store.add(a1, r1, defer_dedup=True)
        store.add(*echo)
        assert store.resolve_pending().merged == 1  # report 1 joins the echo's event, founded after it
        assert_merges_explain_events(store)
        store.add(a3, r3)
        assert store.stats()["events"] == 1
        assert_merges_explain_events(store)
