"""What the twenty-fifth news gold set (tests/news_gold_blind25/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind25")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 86
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 26, "Strategic developments": 17, "Battles": 13, "Violence against civilians": 13,
        "Explosions/Remote violence": 11, "Riots": 6}
    assert len({e["sub_event_type"] for e in events}) == 16
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "greenland_nuuk_feature_independence_debate_young_greenlanders_fishing_town_no_event_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    assert sum(len(a.events) == 5 for a in GOLD) == 10
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Grenade", "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack",
                 "Disrupted weapons use", "Non-state actor overtakes territory", "Government regains territory",
                 "Abduction/forced disappearance", "Mob violence", "Looting/property destruction"):
        assert sub_types[name] >= 1, name
    # Rijau (Nigerian air force), Demoso (junta jet), Tado (ELN drone), Sennar (RSF drone), Singa (army drones)
    assert sub_types["Air/drone strike"] == 5
    assert sub_types["Armed clash"] == 11


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead or headline and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 47
    # no event falls on its publication day
    assert not [e for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    # every coded event lies within four days of its article (the oldest, four days: the Nassau drive-by, the Zungeru base,
    # the Demoso strike, the Istmina clash and the Ciudad Juarez rehab centre); month- or
    # year-dated background, "last year", "last month" and planned events are not coded
    gaps = [((a.file.split("_")[0], e["location"]), (a.published - date.fromisoformat(e["event_date"])).days) for a, e in EVENTS]
    assert max(gap for _k, gap in gaps) == 4
    assert sorted(k for k, gap in gaps if gap == 4) == [
        ("bahamas", "Nassau"), ("colombia", "Istmina"), ("mexico", "Ciudad Juarez"), ("myanmar", "Demoso"), ("nigeria", "Zungeru")]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"], e["event_date"]) for a, e in EVENTS}
    assert ("estonia", "Tallinn", "Looting/property destruction", "2022-08-17") in dates  # "on Wednesday night" in a Thursday report
    assert ("finland", "Vantaa", "Arrests", "2023-12-05") in dates  # "On Tuesday, the day before the marches" in a Friday paper
    assert ("finland", "Tampere", "Protest with intervention", "2023-12-07") in dates  # "on Thursday morning"
    assert ("norway", "Oslo", "Peaceful protest", "2023-02-26") in dates  # the sit-in begun "on Sunday afternoon" (Wednesday report)
    assert ("norway", "Oslo", "Protest with intervention", "2023-02-28") in dates  # "At about 2 a.m. on Tuesday"
    assert ("switzerland", "Lausanne", "Violent demonstration", "2024-09-15") in dates  # "On Sunday night" in a Tuesday report
    assert ("switzerland", "Lausanne", "Violent demonstration", "2024-09-16") in dates  # "on Monday night"
    assert ("slovenia", "Novo Mesto", "Attack", "2024-05-17") in dates  # "late on Friday night" in a Monday report
    assert ("malta", "Qormi", "Disrupted weapons use", "2021-10-14") in dates  # "On Thursday afternoon" in a Saturday report
    assert ("laos", "Phon-Hong", "Grenade", "2023-02-18") in dates  # "on Saturday night" in a Monday report
    assert ("qatar", "Al Wakrah", "Peaceful protest", "2022-08-20") in dates  # "On Saturday" in a Tuesday paper
    assert ("vanuatu", "Port Vila", "Violent demonstration", "2024-04-15") in dates  # "On Monday night" (tear gas "early on Tuesday")
    assert ("bahamas", "Freeport", "Attack", "2023-06-07") in dates  # "On Wednesday evening" in a Saturday report
    assert ("samoa", "Leulumoega", "Looting/property destruction", "2022-11-06") in dates  # "on Sunday morning" in a Wednesday report
    assert ("nigeria", "Zungeru", "Armed clash", "2024-07-11") in dates  # "at about 11 p.m. on Thursday" in a Monday report
    assert ("drc", "Kongolo", "Armed clash", "2021-09-20") in dates  # "on Monday night" in a Wednesday report
    assert ("myanmar", "Pekon", "Non-state actor overtakes territory", "2023-11-17") in dates  # "On Friday" in a Saturday paper
    assert ("somalia", "Cadale", "Government regains territory", "2022-10-08") in dates  # "On Saturday" in a Sunday report
    assert ("colombia", "Istmina", "Armed clash", "2024-03-03") in dates  # "on Sunday" in a Thursday report
    assert ("philippines", "Aroroy", "Disrupted weapons use", "2022-06-13") in dates  # "On Monday" in a Tuesday report
    assert ("sudan", "Singa", "Air/drone strike", "2024-10-15") in dates  # "Later on Tuesday night" in a Thursday report
    assert ("mexico", "Ciudad Juarez", "Attack", "2023-05-10") in dates  # "shortly before 11 p.m. on Wednesday" in a Sunday report


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("nigeria", "Zungeru", "2024-07-11", "Armed clash")] == 13  # the officer's four soldiers and nine attackers
    assert fatalities[("nigeria", "Rijau", "2024-07-13", "Air/drone strike")] == 0  # "scores of terrorists": no number
    assert fatalities[("drc", "Nyunzu", "2021-09-20", "Armed clash")] == 3  # civil society's three, not the Twa's seven
    assert fatalities[("myanmar", "Loikaw", "2023-11-15", "Armed clash")] == 3  # residents' three KNDF dead, not the KNDF's 20 soldiers
    assert fatalities[("somalia", "Cadale", "2022-10-07", "Armed clash")] == 13  # 11 militants and two soldiers; al-Shabaab's "dozens"
    assert fatalities[("sudan", "Singa", "2024-10-15", "Armed clash")] == 9  # the hospital's nine bodies, not the army's "more than 40"
    assert fatalities[("sudan", "Sennar", "2024-10-14", "Air/drone strike")] == 7
    assert fatalities[("laos", "Phonsavan", "2023-02-17", "Attack")] == 2  # a third worker wounded
    assert fatalities[("bahamas", "Nassau", "2023-06-08", "Armed clash")] == 1
    assert fatalities[("vanuatu", "Luganville", "2024-04-16", "Mob violence")] == 1
    assert fatalities[("malta", "Hamrun", "2021-10-13", "Remote explosive/landmine/IED")] == 0  # the businessman wounded
    assert fatalities[("colombia", "Tado", "2024-03-04", "Air/drone strike")] == 0  # an officer wounded
    assert fatalities[("mexico", "Guachochi", "2023-05-11", "Armed clash")] == 2  # two gunmen; three arrested
