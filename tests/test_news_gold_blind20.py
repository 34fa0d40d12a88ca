"""What the twentieth news gold set (tests/news_gold_blind20/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind20")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 74
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Strategic developments": 17, "Protests": 16, "Battles": 15, "Riots": 10,
        "Violence against civilians": 8, "Explosions/Remote violence": 8}
    assert len({e["sub_event_type"] for e in events}) == 19
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == ["georgia_pankisi_gorge_duisi_kists_feature_youth_unemployment_memories_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_events_told_twice_dated_before_publication_and_background_events_coded():
    # many events are told in a lead or headline and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 24
    # two events fall on their publication day ("Early on Monday")
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Halba", "Hawija"]
    # one background event, told with a day and a place more than two weeks before publication, is coded
    background = sorted(e["location"] for a, e in EVENTS if (a.published - date.fromisoformat(e["event_date"])).days > 14)
    assert background == ["Ghazieh"]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("south", "Tonj", "Armed clash")] == "2021-05-06"  # "last Thursday" in a Tuesday report
    assert dates[("myanmar", "Monywa", "Excessive force against protesters")] == "2021-03-27"  # "last Saturday" in a Saturday report
    assert dates[("ecuador", "Saquisili", "Arrests")] == "2022-06-14"  # "on Tuesday of last week" in a Wednesday report
    assert dates[("cameroon", "Mutengene", "Abduction/forced disappearance")] == "2020-10-07"  # "The next day, Wednesday"
    assert dates[("niger", "Say", "Remote explosive/landmine/IED")] == "2023-03-18"  # "The day after the ambush, on Saturday"
    assert dates[("honduras", "Danli", "Disrupted weapons use")] == "2023-07-14"  # "Two days before the killings, on Friday"
    assert dates[("haiti", "Les Cayes", "Looting/property destruction")] == "2022-09-15"  # "The next day, Thursday"
    assert dates[("libya", "Bani Walid", "Air/drone strike")] == "2020-06-06"  # "The following day, Saturday"
    assert dates[("philippines", "Jolo", "Grenade")] == "2019-11-10"  # "two days ... on Sunday night"
    assert dates[("iraq", "Hawija", "Air/drone strike")] == "2023-09-04"  # "Early on Monday", the publication day
    assert dates[("lebanon", "Ghazieh", "Armed clash")] == "2021-08-01"  # "On 1 August"
    assert dates[("mozambique", "Mueda", "Attack")] == "2022-06-06"  # "on Monday night"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("cameroon", "Muyuka", "2020-10-06", "Armed clash")] == 3  # the army's three, not the separatists' five soldiers
    assert fatalities[("chad", "Mangalme", "2022-09-18", "Armed clash")] == 11  # ministry, not the association's nineteen
    assert fatalities[("niger", "Torodi", "2023-03-17", "Armed clash")] == 25  # five soldiers and twenty assailants; not JNIM's seventeen
    assert fatalities[("south", "Tonj", "2021-05-06", "Armed clash")] == 16  # commissioner, not "more than twenty"
    assert fatalities[("png", "Port Moresby", "2024-01-10", "Mob violence")] == 8  # police, not "probably higher"
    assert fatalities[("myanmar", "Monywa", "2021-03-27", "Excessive force against protesters")] == 7  # not "more than ten"
    assert fatalities[("india", "Kangpokpi", "2023-08-13", "Armed clash")] == 3  # police, not the Kuki group's five
    assert fatalities[("haiti", "Gonaives", "2022-09-13", "Excessive force against protesters")] == 1  # a second death unconfirmed
    assert fatalities[("ecuador", "Puyo", "2022-06-21", "Violent demonstration")] == 1  # health authorities, not local media's two
    assert fatalities[("peru", "Ayacucho", "2022-12-15", "Violent demonstration")] == 8  # health ministry, not the Ombudsman's nine
    assert fatalities[("lebanon", "Ghazieh", "2021-08-01", "Armed clash")] == 3  # army, not Hezbollah media's four
    assert fatalities[("philippines", "Jolo", "2019-11-10", "Grenade")] == 0  # three wounded
    assert fatalities[("thailand", "Rueso", "2022-02-12", "Remote explosive/landmine/IED")] == 0  # two wounded
    assert fatalities[("libya", "Tarhuna", "2020-06-05", "Government regains territory")] == 0  # "little fighting", no toll
