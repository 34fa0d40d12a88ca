"""What the twenty-sixth news gold set (tests/news_gold_blind26/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind26")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 92
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 24, "Strategic developments": 19, "Battles": 17, "Explosions/Remote violence": 15,
        "Violence against civilians": 12, "Riots": 5}
    assert len({e["sub_event_type"] for e in events}) == 17
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "luxembourg_feature_housing_costs_frontier_workers_wage_index_unions_plan_demonstration_no_event_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    assert sum(len(a.events) == 5 for a in GOLD) == 14
    assert [a.file.split("_")[0] for a in GOLD if len(a.events) == 6] == ["drc"]
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Grenade", "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack",
                 "Disrupted weapons use", "Non-violent transfer of territory", "Agreement",
                 "Excessive force against protesters", "Abduction/forced disappearance", "Mob violence",
                 "Looting/property destruction"):
        assert sub_types[name] >= 1, name
    # Semenivka (Russian drone), Atbara and Shendi (RSF drones), Pakokku (junta jets), Encarnacion de Diaz
    # (drone-dropped explosives) and Titao (army drone)
    assert sub_types["Air/drone strike"] == 6
    assert sub_types["Armed clash"] == 17
    assert sub_types["Remote explosive/landmine/IED"] == 6


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead or headline and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 59
    # no event falls on its publication day
    assert not [e for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    # every coded event lies within five days of its article (the oldest, five days: the Dadaab bomb, the Titao
    # post and the Ouahigouya rally, the Marchand killing at Castries); month- or year-dated background,
    # "last year", "earlier this month" and planned events are not coded
    gaps = [((a.file.split("_")[0], e["location"]), (a.published - date.fromisoformat(e["event_date"])).days) for a, e in EVENTS]
    assert max(gap for _k, gap in gaps) == 5
    assert sorted(k for k, gap in gaps if gap == 5) == [
        ("burkina", "Ouahigouya"), ("burkina", "Titao"), ("kenya", "Dadaab"), ("saint", "Castries")]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"], e["event_date"]) for a, e in EVENTS}
    assert ("ukraine", "Horodnia", "Armed clash", "2024-05-13") in dates  # "before dawn on Monday" in a Thursday report
    assert ("ukraine", "Chernihiv", "Peaceful protest", "2024-05-12") in dates  # "on Sunday"
    assert ("sudan", "Shendi", "Air/drone strike", "2024-11-19") in dates  # "On Tuesday night" in a Thursday report
    assert ("sudan", "Shendi", "Mob violence", "2024-11-20") in dates  # "in Shendi on Wednesday"
    assert ("colombia", "Calamar", "Armed clash", "2024-07-07") in dates  # "on Sunday", told by the ombudsman "on Wednesday"
    assert ("colombia", "San Jose del Guaviare", "Peaceful protest", "2024-07-10") in dates  # "Later on Wednesday"
    assert ("myanmar", "Magway", "Peaceful protest", "2023-03-17") in dates  # "at dawn on Friday" in a Saturday paper
    assert ("nigeria", "Wukari", "Agreement", "2024-02-13") in dates  # "on Tuesday" in a Wednesday report
    assert ("drc", "Tshikapa", "Attack", "2022-06-05") in dates  # "on Sunday night", the riot "on Monday"
    assert ("drc", "Demba", "Attack", "2022-06-04") in dates  # "at the weekend" / "on Saturday evening"
    assert ("mexico", "Encarnacion de Diaz", "Air/drone strike", "2023-08-23") in dates  # "Late on Wednesday"
    assert ("somalia", "Luuq", "Remote explosive/landmine/IED", "2023-05-07") in dates  # "A day later" after Saturday night
    assert ("pakistan", "Jamrud", "Armed clash", "2024-09-09") in dates  # "late on Monday", "shortly before midnight"
    assert ("india", "Amritsar", "Arrests", "2024-12-16") in dates  # "on Monday" in a Thursday report
    assert ("mali", "Koutiala", "Non-violent transfer of territory", "2024-04-23") in dates  # "Two days later" / "on Tuesday morning"
    assert ("kenya", "Garissa", "Excessive force against protesters", "2023-06-28") in dates  # "on Wednesday"
    assert ("burkina", "Gourcy", "Remote explosive/landmine/IED", "2023-10-01") in dates  # "A day earlier" than Monday
    assert ("french", "Faaa", "Violent demonstration", "2021-08-19") in dates  # "That night" (Thursday), tear gas before 1 a.m.
    assert ("curacao", "Barber", "Attack", "2019-10-08") in dates  # "The next day" after Monday evening
    assert ("barbados", "Bridgetown", "Attack", "2025-02-09") in dates  # "on Sunday night" in a Thursday report
    assert ("seychelles", "Victoria", "Protest with intervention", "2020-10-05") in dates  # "On Monday" in a Tuesday report
    assert ("saint", "Gros Islet", "Peaceful protest", "2025-03-25") in dates  # "On Tuesday night"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("colombia", "Calamar", "2024-07-07", "Armed clash")] == 5  # the ombudsman's five bodies, not the First Front's twelve
    assert fatalities[("myanmar", "Yesagyo", "2023-03-15", "Armed clash")] == 4  # three soldiers seen and one PDF fighter, not the PDF's 15
    assert fatalities[("nigeria", "Wukari", "2024-02-10", "Armed clash")] == 7  # the police's seven, not the Tiv leaders' twenty
    assert fatalities[("drc", "Demba", "2022-06-05", "Armed clash")] == 5  # civil society's five bodies, not the army's seven
    assert fatalities[("somalia", "Luuq", "2023-05-08", "Armed clash")] == 7  # two soldiers and five attackers; al-Shabaab's ten
    assert fatalities[("mali", "Kadiolo", "2024-04-20", "Armed clash")] == 4  # four soldiers; "around twenty" and "eleven" are claims
    assert fatalities[("burkina", "Titao", "2023-09-30", "Armed clash")] == 6  # JNIM's "more than thirty" is a claim
    assert fatalities[("burkina", "Titao", "2023-10-02", "Air/drone strike")] == 0  # "dozens": no number
    assert fatalities[("pakistan", "Jamrud", "2024-09-09", "Armed clash")] == 5
    assert fatalities[("sudan", "Atbara", "2024-11-18", "Air/drone strike")] == 2
    assert fatalities[("sudan", "Shendi", "2024-11-19", "Air/drone strike")] == 0  # the depot fire, no one hurt
    assert fatalities[("kenya", "Garissa", "2023-06-28", "Excessive force against protesters")] == 1
    assert fatalities[("ukraine", "Semenivka", "2024-05-15", "Air/drone strike")] == 0  # the driver wounded
    assert fatalities[("curacao", "Willemstad", "2019-10-06", "Violent demonstration")] == 0  # four guards injured
