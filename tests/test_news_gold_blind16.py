"""What the sixteenth news gold set (tests/news_gold_blind16/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind16")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 94
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 26, "Riots": 18, "Strategic developments": 15, "Battles": 14,
        "Violence against civilians": 11, "Explosions/Remote violence": 10}
    assert len({e["sub_event_type"] for e in events}) == 23
    assert len({e["country"] for e in events}) == 28
    assert [a.file for a in GOLD if not a.events] == ["fiji_feature_election_hung_parliament_suva_coup_memories_military_commander_statement_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    # ten events in a second country: France (New Caledonia story), Haiti (Dominican Republic), Kyrgyzstan
    # (Kazakhstan; Tajikistan), Uzbekistan (Tajikistan), Serbia (Kosovo), Ireland (United Kingdom),
    # Afghanistan (Pakistan), Chad (Sudan), Cameroon (Nigeria)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Afghanistan", "Cameroon", "Chad", "France", "Haiti", "Ireland", "Kyrgyzstan", "Kyrgyzstan",
                      "Serbia", "Uzbekistan"]


def test_events_told_twice_dated_before_publication_and_no_old_background_coded():
    # many events are told in a lead, key point or headline and again in a detail paragraph or entry
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 19
    # one event falls on its publication day (the Monday-morning shelling of El Fasher)
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["El Fasher"]
    # remembered events weeks, months or years old are told with a month or a year only: none is coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 10


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("argentina", "Purmamarca", "Excessive force against protesters")] == "2023-06-17"  # "last Saturday" (Saturday paper)
    assert dates[("guatemala", "Totonicapan", "Peaceful protest")] == "2023-10-02"  # "on Monday of last week" (Thursday paper)
    assert dates[("kazakhstan", "Zhanaozen", "Peaceful protest")] == "2022-01-02"  # "last Sunday" (Saturday live blog)
    assert dates[("united", "Southport", "Violent demonstration")] == "2024-07-30"  # "last Tuesday" (Monday paper)
    assert dates[("paraguay", "Yby Yau", "Armed clash")] == "2021-03-02"  # "Last week, on Tuesday" (Monday paper)
    assert dates[("pakistan", "Makeen", "Armed clash")] == "2024-12-21"  # "Last Saturday" (Friday paper)
    assert dates[("new", "Noumea", "Arrests")] == "2024-05-14"  # "overnight", said on Wednesday
    assert dates[("ecuador", "Machala", "Remote explosive/landmine/IED")] == "2024-01-08"  # "The night before the studio attack, on Monday"
    assert dates[("vietnam", "Ea Tieu", "Armed clash")] == "2023-06-11"  # "Shortly after midnight on Sunday"
    assert dates[("drc", "Djugu", "Attack")] == "2023-06-12"  # "overnight from Monday to Tuesday"
    assert dates[("nigeria", "Mafa", "Government regains territory")] == "2024-06-28"  # "the next day" after Thursday
    assert dates[("india", "Imphal", "Mob violence")] == "2023-05-04"  # "The next day, Thursday"
    assert dates[("georgia", "Tbilisi", "Attack")] == "2024-11-30"  # "The night before, on Saturday"
    assert dates[("dominican", "Loma de Cabrera", "Attack")] == "2023-09-10"  # "The day before, late on Sunday"
    # events known only from a statement are dated on the statement's day
    assert dates[("vietnam", "Cu Kuin", "Arrests")] == "2023-06-13"  # "On Tuesday, the ministry said police had detained"
    assert dates[("kosovo", "North Mitrovica", "Arrests")] == "2023-05-30"  # "said on Tuesday they had arrested"
    assert dates[("drc", "Djugu", "Change to group/activity")] == "2023-06-13"  # "On Tuesday, ... said in a statement"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("ecuador", "Esmeraldas", "2024-01-10", "Armed clash")] == 5  # the army, not local media's eight
    assert fatalities[("morocco", "Lqliaa", "2025-10-01", "Violent demonstration")] == 2  # ministry, not the AMDH's three
    assert fatalities[("sudan", "Kabkabiya", "2024-06-07", "Air/drone strike")] == 12  # medics, not the RSF's 30
    assert fatalities[("sudan", "El Fasher", "2024-06-08", "Shelling/artillery/missile attack")] == 5  # committee, not activists' eight
    assert fatalities[("sudan", "El Fasher", "2024-06-09", "Armed clash")] == 0  # "dozens" claimed: no number
    assert fatalities[("drc", "Djugu", "2023-06-12", "Attack")] == 46  # administrator, not civil society's 51
    assert fatalities[("nigeria", "Gwoza", "2024-06-29", "Suicide bomb")] == 18  # SEMA, not community leaders' 32
    assert fatalities[("pakistan", "Makeen", "2024-12-21", "Armed clash")] == 16  # ISPR, not the TTP's "more than 30"
    assert fatalities[("pakistan", "Barmal", "2024-12-24", "Air/drone strike")] == 46  # the only figure given
    assert fatalities[("russia", "Makhachkala", "2024-06-23", "Armed clash")] == 7  # four officers and three attackers
    assert fatalities[("vietnam", "Ea Ktur", "2023-06-11", "Attack")] == 5  # two officials and three residents
    assert fatalities[("india", "Imphal", "2023-05-04", "Mob violence")] == 5  # police; the hospital's 15 are from across the valley
    assert fatalities[("tajikistan", "Isfara", "2022-09-16", "Air/drone strike")] == 3  # "at least three"
    assert fatalities[("kazakhstan", "Almaty", "2022-01-06", "Armed clash")] == 26
    assert fatalities[("kosovo", "Zvecan", "2023-05-29", "Violent demonstration")] == 0  # 30 peacekeepers injured
