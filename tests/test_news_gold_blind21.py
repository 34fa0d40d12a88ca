"""What the twenty-first news gold set (tests/news_gold_blind21/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind21")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 79
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Strategic developments": 20, "Protests": 14, "Battles": 13, "Riots": 13,
        "Violence against civilians": 10, "Explosions/Remote violence": 9}
    assert len({e["sub_event_type"] for e in events}) == 23
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "cyprus_pyla_buffer_zone_village_feature_road_dispute_peacekeepers_coffee_shops_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Suicide bomb", "Grenade", "Sexual violence", "Abduction/forced disappearance",
                 "Non-state actor overtakes territory", "Government regains territory",
                 "Non-violent transfer of territory", "Headquarters or base established", "Agreement",
                 "Change to group/activity", "Disrupted weapons use", "Excessive force against protesters"):
        assert sub_types[name] >= 1, name


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 26
    # one event falls on its publication day ("Early on Monday": the Amambai highway blockade)
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Amambai"]
    # every coded event lies within five days of its article; month- or year-dated background is not coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 5


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("colombia", "Puerto Asis", "Attack")] == "2024-03-11"  # "On Monday night" in a Thursday report
    assert dates[("mexico", "Ciudad Obregon", "Abduction/forced disappearance")] == "2023-05-28"  # "on Sunday" in a Friday report
    assert dates[("brazil", "Amambai", "Protest with intervention")] == "2024-08-05"  # "Early on Monday", the publication day
    assert dates[("guatemala", "El Estor", "Violent demonstration")] == "2021-10-23"  # "The next day, Saturday"
    assert dates[("burundi", "Mabanda", "Sexual violence")] == "2020-05-20"  # "on Wednesday night" in a Monday report
    assert dates[("burundi", "Rumonge", "Arrests")] == "2020-05-23"  # "The next day, Saturday"
    assert dates[("uganda", "Nyahuka", "Armed clash")] == "2024-02-07"  # "The next day, Wednesday"
    assert dates[("kenya", "Marsabit", "Attack")] == "2022-02-10"  # "On Thursday night" in a Monday report
    assert dates[("mali", "Kidal", "Air/drone strike")] == "2023-11-11"  # "On Saturday" in a Wednesday report
    assert dates[("syria", "Qardaha", "Non-state actor overtakes territory")] == "2025-03-06"  # "Later on Thursday"
    assert dates[("israel", "Lod", "Shelling/artillery/missile attack")] == "2021-05-11"  # "Later the same night" (Tuesday night)
    assert dates[("palestine", "Ramallah", "Arrests")] == "2024-04-14"  # "On Sunday night" in a Monday report
    assert dates[("south", "Mooi River", "Violent demonstration")] == "2021-07-09"  # "On Friday night" in a Tuesday report
    assert dates[("uk", "Larne", "Violent demonstration")] == "2025-06-11"  # "On Wednesday" in a Friday report


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("colombia", "Puerto Guzman", "2024-03-12", "Armed clash")] == 6  # army's six bodies, not the communities' ten
    assert fatalities[("mali", "Kidal", "2023-11-13", "Armed clash")] == 2  # army's two soldiers; "dozens of losses" and "several terrorists" unnumbered
    assert fatalities[("mali", "Kidal", "2023-11-11", "Air/drone strike")] == 6  # the CSP's six, the only figure
    assert fatalities[("syria", "Baniyas", "2025-03-07", "Attack")] == 30  # the monitor's thirty, not activists' sixty
    assert fatalities[("india", "Leh", "2025-09-24", "Violent demonstration")] == 4  # administration's four, not the Apex Body's five
    assert fatalities[("kenya", "Sololo", "2022-02-12", "Armed clash")] == 4  # police; elders' "might be higher" unnumbered
    assert fatalities[("uganda", "Nyahuka", "2024-02-07", "Armed clash")] == 5  # four rebels and one soldier
    assert fatalities[("uganda", "Mpondwe", "2024-02-06", "Suicide bomb")] == 2  # the bomber and a police officer
    assert fatalities[("brazil", "Douradina", "2024-08-03", "Attack")] == 0  # ten wounded
    assert fatalities[("colombia", "Orito", "2024-03-13", "Remote explosive/landmine/IED")] == 0  # a soldier lost a leg
    assert fatalities[("israel", "Bat Yam", "2021-05-12", "Mob violence")] == 0  # serious condition
