"""What the nineteenth news gold set (tests/news_gold_blind19/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind19")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 84
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 26, "Strategic developments": 22, "Riots": 14, "Battles": 9,
        "Violence against civilians": 7, "Explosions/Remote violence": 6}
    # every sub-event type but Chemical weapon
    subs = {e["sub_event_type"] for e in events}
    assert len(subs) == 24
    assert {s for t in TAXONOMY for s in TAXONOMY[t]} - subs == {"Chemical weapon"}
    assert len({e["country"] for e in events}) == 23
    assert [a.file for a in GOLD if not a.events] == ["turkmenistan_feature_ashgabat_bread_queues_migrants_turkey_silence_nonevent.txt"]
    assert Counter(len(a.events) for a in GOLD) == {4: 13, 5: 5, 7: 1, 0: 1}
    # four events in a second country: Costa Rica (Nicaragua), Serbia (Montenegro),
    # Indonesia (East Timor), South Africa (Lesotho)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Costa Rica", "Indonesia", "Serbia", "South Africa"]


def test_events_told_twice_dated_before_publication_and_no_old_background_coded():
    # events told in a lead, headline or key point and again in a detail paragraph carry a list of phrases
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 40
    # one event falls on its publication day (the arrests in the Guinea-Bissau live blog)
    on_the_day = sorted((e["location"], e["sub_event_type"]) for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == [("Bissau", "Arrests")]
    # remembered events weeks, months or years old are told with a month or a year only: none is coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 6


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("nicaragua", "Leon", "Arrests")] == "2019-03-15"  # "The day before, on Friday" (Monday paper)
    assert dates[("nicaragua", "Masaya", "Attack")] == "2019-03-17"  # "late on Sunday"
    assert dates[("belize", "Belize City", "Attack")] == "2022-09-10"  # "last Saturday night" (Thursday paper)
    assert dates[("belize", "Belize City", "Grenade")] == "2022-09-11"  # "Less than twenty-four hours later, on Sunday evening"
    assert dates[("chile", "Ercilla", "Looting/property destruction")] == "2022-05-14"  # "in the early hours of Saturday"
    assert dates[("bosnia", "Banja Luka", "Protest with intervention")] == "2023-04-07"  # "The next day, on Friday"
    assert dates[("montenegro", "Cetinje", "Peaceful protest")] == "2021-09-04"  # "On Saturday afternoon and through the night"
    assert dates[("albania", "Durres", "Remote explosive/landmine/IED")] == "2019-05-15"  # "late on Wednesday" (Saturday paper)
    assert dates[("moldova", "Balti", "Disrupted weapons use")] == "2023-03-09"  # "On Thursday" (Monday paper)
    assert dates[("russia", "Buynaksk", "Armed clash")] == "2024-11-18"  # "Hours after that claim, on Monday"
    assert dates[("tajikistan", "Rushan", "Government regains territory")] == "2022-05-19"  # "The next day, Thursday"
    assert dates[("east", "Baucau", "Mob violence")] == "2023-11-13"  # "On Monday night"
    assert dates[("fiji", "Suva", "Peaceful protest")] == "2024-04-20"  # "Last Saturday" (Thursday paper)
    assert dates[("lesotho", "Mohale's Hoek", "Abduction/forced disappearance")] == "2023-07-17"  # "Two days later, on Monday"
    assert dates[("lesotho", "Welkom", "Arrests")] == "2023-07-16"  # arrests "on Sunday", told by Monday's statement
    assert dates[("malawi", "Lilongwe", "Sexual violence")] == "2019-10-16"  # "The next night, Wednesday"
    assert dates[("maldives", "Male", "Peaceful protest")] == "2022-06-17"  # "Last Friday" (Thursday paper)
    assert dates[("guinea", "Bissau", "Looting/property destruction")] == "2022-02-01"  # "overnight", "at about 11 p.m. on Tuesday"
    assert dates[("armenia", "Jermuk", "Non-violent transfer of territory")] == "2022-09-14"  # "On Wednesday"
    assert dates[("armenia", "Yerevan", "Agreement")] == "2022-09-14"  # "Late on Wednesday evening"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("tajikistan", "Khorog", "2022-05-16", "Excessive force against protesters")] == 1  # the ministry's one, not the residents' three
    assert fatalities[("tajikistan", "Rushan", "2022-05-18", "Armed clash")] == 8  # the prosecutor's eight, not the activists' 21
    assert fatalities[("east", "Dili", "2023-11-12", "Mob violence")] == 2  # police, not the KORK member's third
    assert fatalities[("lesotho", "Mafeteng", "2023-07-15", "Attack")] == 5  # police, not the villagers' seven
    assert fatalities[("gambia", "Sinchu Alagi", "2020-01-26", "Violent demonstration")] == 0  # the movement's three denied, no family came forward
    assert fatalities[("guinea", "Bissau", "2022-02-01", "Armed clash")] == 11  # the toll, not "several dead"
    assert fatalities[("russia", "Buynaksk", "2024-11-18", "Armed clash")] == 4  # three militants and a National Guard member
    assert fatalities[("russia", "Khasavyurt", "2024-11-17", "Suicide bomb")] == 2  # the bomber and a sergeant; two wounded do not count
    assert fatalities[("armenia", "Sotk", "2022-09-13", "Armed clash")] == 15  # Armenia's own dead; Azerbaijan's 71 are not placed
    assert fatalities[("belize", "Belize City", "2022-09-11", "Grenade")] == 0  # three wounded
    assert fatalities[("malawi", "Lilongwe", "2019-10-15", "Violent demonstration")] == 1
