"""What the twenty-third news gold set (tests/news_gold_blind23/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind23")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 94
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 34, "Strategic developments": 25, "Riots": 10, "Violence against civilians": 9,
        "Battles": 8, "Explosions/Remote violence": 8}
    assert len({e["sub_event_type"] for e in events}) == 21
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "japan_yonaguni_island_feature_missile_unit_evacuation_plans_fishermen_taiwan_view_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Grenade", "Sexual violence", "Abduction/forced disappearance", "Shelling/artillery/missile attack",
                 "Suicide bomb", "Non-state actor overtakes territory", "Government regains territory",
                 "Headquarters or base established", "Change to group/activity", "Disrupted weapons use",
                 "Excessive force against protesters", "Mob violence", "Looting/property destruction"):
        assert sub_types[name] >= 1, name
    assert sub_types["Suicide bomb"] == 2  # Sbeitla (an explosive belt during a raid) and the Mokolo market


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 27
    # two events fall on their publication day (the missiles intercepted "early on Wednesday", the Ufa detentions)
    on_the_day = sorted((e["location"], e["sub_event_type"]) for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == [("Abu Dhabi", "Disrupted weapons use"), ("Ufa", "Protest with intervention")]
    # every coded event lies within five days of its article (the oldest: the Gidimt'en arrests and the Tyendinaga
    # blockade, "on Thursday" / "since Thursday" in a Tuesday report); month- or year-dated background is not coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 5


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("italy", "Rome", "Protest with intervention")] == "2023-11-10"  # "on Friday afternoon" in a Monday report
    assert dates[("italy", "Bologna", "Remote explosive/landmine/IED")] == "2023-11-12"  # "in the early hours of Sunday"
    assert dates[("belgium", "Molenbeek-Saint-Jean", "Grenade")] == "2025-02-07"  # "shortly after 2 a.m. on Friday" in a Saturday report
    assert dates[("portugal", "Loures", "Violent demonstration")] == "2024-10-22"  # "On Tuesday night" in a Friday report
    assert dates[("romania", "Iasi", "Peaceful protest")] == "2025-03-09"  # "on Sunday night" in a Tuesday report
    assert dates[("canada", "Smithers", "Peaceful protest")] == "2020-02-08"  # "on Saturday" in a Tuesday report
    assert dates[("new", "Nelson", "Peaceful protest")] == "2022-03-01"  # "on Tuesday" in a Thursday report
    assert dates[("china", "Shanghai", "Protest with intervention")] == "2022-11-27"  # "Shortly before 3 a.m. on Sunday" (gathered late on Saturday)
    assert dates[("taiwan", "Taichung", "Violent demonstration")] == "2024-05-23"  # "late on Thursday night" in a Saturday paper
    assert dates[("uae", "Abu Dhabi", "Arrests")] == "2022-01-18"  # "On Tuesday" in a Wednesday report
    assert dates[("martinique", "Sainte-Marie", "Protest with intervention")] == "2024-10-09"  # "The same day" (Wednesday)
    assert dates[("puerto", "Toa Baja", "Attack")] == "2023-07-18"  # "On Tuesday night" in a Friday paper
    assert dates[("tunisia", "Kasserine", "Remote explosive/landmine/IED")] == "2023-03-06"  # "A day earlier, on Monday morning"
    assert dates[("tanzania", "Madimba", "Government regains territory")] == "2020-10-15"  # "On Thursday" in a Saturday report
    assert dates[("angola", "Belize", "Sexual violence")] == "2021-07-28"  # "On Wednesday night" in a Friday paper
    assert dates[("cameroon", "Mokolo", "Abduction/forced disappearance")] == "2022-05-01"  # "on Sunday night" in a Friday report
    assert dates[("russia", "Baymak", "Peaceful protest")] == "2024-01-15"  # "On Monday" in a Friday paper
    assert dates[("jordan", "Amman", "Peaceful protest")] == "2024-11-22"  # "Earlier, on Friday" in a Tuesday report


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("angola", "Buco Zau", "2021-07-27", "Armed clash")] == 3  # army's two soldiers and one rebel, not FLEC's twelve
    assert fatalities[("tanzania", "Madimba", "2020-10-14", "Non-state actor overtakes territory")] == 2  # police's two, not the claim's "more than twenty"
    assert fatalities[("tanzania", "Madimba", "2020-10-15", "Government regains territory")] == 4
    assert fatalities[("uae", "Musaffah", "2022-01-17", "Air/drone strike")] == 3
    assert fatalities[("cameroon", "Mokolo", "2022-05-04", "Suicide bomb")] == 3  # two traders and the bomber
    assert fatalities[("cameroon", "Mora", "2022-05-03", "Armed clash")] == 6  # the army's figure, one soldier wounded
    assert fatalities[("tunisia", "Sbeitla", "2023-03-08", "Suicide bomb")] == 1  # the militant only
    assert fatalities[("sao", "São Tomé", "2022-11-25", "Armed clash")] == 4  # four attackers; three soldiers wounded
    assert fatalities[("jordan", "Amman", "2024-11-24", "Armed clash")] == 1  # the gunman; three officers wounded
    assert fatalities[("portugal", "Amadora", "2024-10-21", "Attack")] == 1
    assert fatalities[("australia", "Wakeley", "2024-04-15", "Attack")] == 0  # the bishop and two others wounded
    assert fatalities[("martinique", "Fort-de-France", "2024-10-10", "Violent demonstration")] == 0  # "Nobody was killed"
    assert fatalities[("belgium", "Anderlecht", "2025-02-05", "Armed clash")] == 0  # "Nobody was hit"
