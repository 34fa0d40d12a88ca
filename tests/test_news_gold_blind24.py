"""What the twenty-fourth news gold set (tests/news_gold_blind24/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind24")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 85
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 32, "Strategic developments": 24, "Riots": 10, "Violence against civilians": 8,
        "Battles": 7, "Explosions/Remote violence": 4}
    assert len({e["sub_event_type"] for e in events}) == 15
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "iceland_grindavik_feature_evacuated_town_residents_return_to_houses_fishing_companies_lava_barriers_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Grenade", "Remote explosive/landmine/IED", "Disrupted weapons use", "Agreement",
                 "Headquarters or base established", "Excessive force against protesters",
                 "Abduction/forced disappearance", "Mob violence", "Looting/property destruction"):
        assert sub_types[name] >= 1, name
    assert sub_types["Grenade"] == 3  # Copenhagen (Norrebro), the Las Piedras police station, the Digboi army camp


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead or headline and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 26
    # two events fall on their publication day (the Ostrava arrests "early on Monday", the Peristyle rally "On Monday")
    on_the_day = sorted((e["location"], e["sub_event_type"]) for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == [("Ostrava", "Arrests"), ("Split", "Peaceful protest")]
    # every coded event lies within five days of its article (the oldest: the Annobon protest "on Sunday morning" in a
    # Friday report and the Praia shootout "on Saturday night" in a Thursday report); month- or year-dated background is not coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 5


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("czech", "Ostrava", "Attack")] == "2023-03-12"  # "on Sunday night" in a Monday report
    assert dates[("slovakia", "Handlova", "Attack")] == "2024-05-15"  # "on Wednesday afternoon" in a Friday paper
    assert dates[("denmark", "Copenhagen", "Grenade")] == "2024-06-06"  # "shortly after 1 a.m. on Thursday" in a Saturday report
    assert dates[("denmark", "Ishoj", "Attack")] == "2024-06-05"  # "A day earlier, on Wednesday night"
    assert dates[("austria", "Villach", "Peaceful protest")] == "2025-02-16"  # "On Sunday" in a Tuesday report
    assert dates[("bulgaria", "Harmanli", "Peaceful protest")] == "2023-08-18"  # "The next day, on Friday afternoon"
    assert dates[("croatia", "Split", "Mob violence")] == "2024-10-05"  # "late on Saturday night" in a Monday report
    assert dates[("latvia", "Riga", "Protest with intervention")] == "2022-08-24"  # "on Wednesday evening" in a Saturday paper
    assert dates[("hungary", "Debrecen", "Looting/property destruction")] == "2019-01-04"  # "on Friday night" in a Monday report
    assert dates[("french", "Grand-Santi", "Headquarters or base established")] == "2023-11-14"  # "on Tuesday", said on Wednesday
    assert dates[("guadeloupe", "Les Abymes", "Armed clash")] == "2021-11-23"  # "on Tuesday night" in a Friday report
    assert dates[("reunion", "Le Port", "Mob violence")] == "2024-03-10"  # "on Sunday night" in a Tuesday report
    assert dates[("tonga", "Haveluloto", "Looting/property destruction")] == "2022-09-06"  # "Later that night" (Tuesday)
    assert dates[("uruguay", "Las Piedras", "Grenade")] == "2021-05-15"  # "at about 11 p.m. on Saturday" in a Wednesday paper
    assert dates[("kuwait", "Al Jahra", "Peaceful protest")] == "2024-01-19"  # "on Friday" in a Monday report
    assert dates[("equatorial", "Malabo", "Abduction/forced disappearance")] == "2024-08-20"  # "on Tuesday" in a Friday report
    assert dates[("cape", "Mindelo", "Peaceful protest")] == "2023-05-31"  # "on Wednesday morning" in a Thursday report
    assert dates[("mauritius", "Beau Bassin-Rose Hill", "Violent demonstration")] == "2024-02-11"  # "The next day, on Sunday night"
    assert dates[("india", "Sivasagar", "Remote explosive/landmine/IED")] == "2025-04-23"  # "In the early hours of Wednesday"
    assert dates[("pakistan", "Gilgit", "Agreement")] == "2023-06-02"  # "On Friday" in a Saturday report


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("india", "Margherita", "2025-04-24", "Armed clash")] == 1  # the army's one militant, not ULFA-I's three soldiers
    assert fatalities[("french", "Maripasoula", "2023-11-13", "Armed clash")] == 2  # two gunmen; a soldier wounded
    assert fatalities[("bulgaria", "Sredets", "2023-08-16", "Armed clash")] == 1  # one gunman; an officer wounded
    assert fatalities[("uruguay", "Montevideo", "2021-05-16", "Attack")] == 2
    assert fatalities[("uruguay", "Montevideo", "2021-05-17", "Armed clash")] == 1  # one suspect; an officer wounded
    assert fatalities[("pakistan", "Jaglot", "2023-05-31", "Attack")] == 2  # five wounded
    assert fatalities[("pakistan", "Jaglot", "2023-06-01", "Armed clash")] == 1
    assert fatalities[("cape", "Praia", "2023-05-27", "Armed clash")] == 1  # the woman caught in the crossfire
    assert fatalities[("austria", "Villach", "2025-02-15", "Attack")] == 1  # four wounded
    assert fatalities[("tonga", "Kolonga", "2022-09-07", "Mob violence")] == 1
    assert fatalities[("mauritius", "Triolet", "2024-02-12", "Mob violence")] == 1
    assert fatalities[("slovakia", "Handlova", "2024-05-15", "Attack")] == 0  # the governor and a woman wounded
    assert fatalities[("denmark", "Copenhagen", "2024-06-06", "Grenade")] == 0  # "Nobody was injured"
    assert fatalities[("guadeloupe", "Les Abymes", "2021-11-23", "Armed clash")] == 0  # "nobody was killed"
