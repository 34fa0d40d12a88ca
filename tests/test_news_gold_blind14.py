"""What the fourteenth news gold set (tests/news_gold_blind14/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind14")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 75
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 17, "Strategic developments": 16, "Riots": 15, "Battles": 12,
        "Explosions/Remote violence": 9, "Violence against civilians": 6}
    assert len({e["sub_event_type"] for e in events}) == 24
    assert len({e["country"] for e in events}) == 26
    assert [a.file for a in GOLD if not a.events] == ["papua_new_guinea_bougainville_referendum_result_panguna_mine_feature_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # seven events in a second country: the Gambia (Senegal story), DR Congo (Rwanda), Central African
    # Republic (Cameroon), Jordan (Syria), Israel (Gaza), Lithuania (Belarus), United States (Cuba)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Central African Republic", "Democratic Republic of Congo", "Gambia", "Israel", "Jordan",
                      "Lithuania", "United States"]


def test_events_told_twice_dated_before_publication_and_background_events_coded():
    # many events are told in a lead, key point or headline and again in a detail paragraph, entry or answer
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 34
    # one live-blog event falls on its publication day
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Masaka"]
    # four background events, told with a day and a place weeks or months before publication, are coded
    background = sorted(e["location"] for a, e in EVENTS if (a.published - date.fromisoformat(e["event_date"])).days > 14)
    assert background == ["Bwiam", "Kalmunai", "Kalmunai", "Kampala"]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("rwanda", "Kinigi", "Attack")] == "2019-10-04"  # "In the night of Friday to Saturday"
    assert dates[("senegal", "Ziguinchor", "Change to group/activity")] == "2022-03-19"  # "A week ago, on Saturday"
    assert dates[("ukraine", "Staromarivka", "Non-violent transfer of territory")] == "2021-10-20"  # "Last week, on Wednesday"
    assert dates[("hong", "Hong Kong - Sha Tin", "Violent demonstration")] == "2019-07-14"  # "Last Sunday"
    assert dates[("burundi", "Kirundo", "Attack")] == "2021-05-23"  # "last Sunday"
    assert dates[("burundi", "Bujumbura", "Grenade")] == "2021-05-26"  # "The next evening, Wednesday"
    assert dates[("jamaica", "Mount Salem", "Violent demonstration")] == "2019-09-17"  # "yesterday"
    assert dates[("greece", "Moria", "Looting/property destruction")] == "2020-03-04"  # "Overnight on Wednesday"
    assert dates[("belarus", "Minsk", "Protest with intervention")] == "2020-08-09"  # Sunday, "after midnight"
    assert dates[("iran", "Shadegan", "Excessive force against protesters")] == "2021-07-15"  # Thursday, "During the night"
    # events known only from a statement are dated on the statement's day
    assert dates[("rwanda", "Rutshuru", "Armed clash")] == "2019-10-06"  # "said on Sunday"
    assert dates[("syria", "Ruwaished", "Armed clash")] == "2022-10-20"  # "said on Thursday"
    assert dates[("iran", "Bandar-e Mahshahr", "Arrests")] == "2021-07-18"  # "On Sunday, the intelligence ministry said"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("uganda", "Kampala", "2020-11-18", "Violent demonstration")] == 3  # police, not the NUP's ten
    assert fatalities[("zambia", "Kanyama", "2021-08-01", "Mob violence")] == 2  # police, not the PF's three
    assert fatalities[("guinea", "Nzerekore", "2020-03-22", "Mob violence")] == 30  # government, not the rights group's 66
    assert fatalities[("rwanda", "Kinigi", "2019-10-04", "Attack")] == 14  # official, not some residents' fifteen
    assert fatalities[("cameroon", "Ngaoundal", "2021-06-10", "Armed clash")] == 3  # gendarmerie, not local sources' five
    assert fatalities[("syria", "Jasim", "2022-10-15", "Armed clash")] == 9  # "at least nine", "among them six" does not add; not the SOHR's twelve
    assert fatalities[("palestine", "Sderot", "2019-06-14", "Shelling/artillery/missile attack")] == 0
    assert fatalities[("jamaica", "Granville", "2019-09-14", "Attack")] == 3  # police, not the first reports' four
    assert fatalities[("burundi", "Gitega", "2021-05-25", "Grenade")] == 2  # police, not the hospital's three
    assert fatalities[("burundi", "Mpanda", "2021-05-24", "Non-state actor overtakes territory")] == 3  # police, not RED-Tabara's seven
    assert fatalities[("sri", "Kuliyapitiya", "2019-05-13", "Mob violence")] == 1  # police, not the politicians' two
    assert fatalities[("sri", "Kalmunai", "2019-04-26", "Armed clash")] == 3
    assert fatalities[("sri", "Kalmunai", "2019-04-26", "Suicide bomb")] == 12  # three bombers and nine relatives
    assert fatalities[("iran", "Susangerd", "2021-07-17", "Violent demonstration")] == 1  # the police officer
    assert fatalities[("mongolia", "Ulaanbaatar", "2022-12-05", "Violent demonstration")] == 0  # eight officers slightly injured
