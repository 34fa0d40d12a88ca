"""What the fifteenth news gold set (tests/news_gold_blind15/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind15")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 88
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Strategic developments": 23, "Protests": 19, "Battles": 15, "Riots": 13,
        "Explosions/Remote violence": 10, "Violence against civilians": 8}
    assert len({e["sub_event_type"] for e in events}) == 24
    assert len({e["country"] for e in events}) == 24
    assert [a.file for a in GOLD if not a.events] == ["madagascar_grand_sud_kere_hunger_ambovombe_androy_cactus_feature_nonevent.txt"]
    assert sum(len(a.events) >= 4 for a in GOLD) == 19
    # six events in a second country: Bolivia (Peru story), Nigeria (Niger), Armenia (Azerbaijan, two),
    # Kenya (Somalia), Ecuador (Colombia)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Armenia", "Armenia", "Bolivia", "Ecuador", "Kenya", "Nigeria"]


def test_events_told_twice_dated_before_publication_and_no_old_background_coded():
    # many events are told in a lead, key point, summary or headline and again in a detail paragraph, entry or answer
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 29
    # two live-blog events fall on their publication day
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Bishkek", "Delmas"]
    # remembered events weeks or months old are told with a month or a year only, or without a place: none is coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 8


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("chad", "Kouri Bougoudi", "Armed clash")] == "2022-05-23"  # "on Monday of last week" (Tuesday paper)
    assert dates[("tanzania", "Mtambile", "Excessive force against protesters")] == "2020-10-26"  # "on Monday of last week"
    assert dates[("tanzania", "Wete", "Looting/property destruction")] == "2020-10-28"  # "Two days later, on Wednesday"
    assert dates[("azerbaijan", "Charektar", "Looting/property destruction")] == "2020-11-15"  # "Last Sunday" (Saturday paper)
    assert dates[("ethiopia", "Bulen", "Attack")] == "2022-10-11"  # "The day before the ceremony ... On Tuesday"
    # the White House "Shortly before midnight on Monday", the GKNB gates "early on Tuesday" (the publication day)
    assert sorted(e["event_date"] for a, e in EVENTS
                  if a.file.startswith("kyrgyzstan") and e["sub_event_type"] == "Violent demonstration") == ["2020-10-05", "2020-10-06"]
    assert dates[("yemen", "Murays", "Armed clash")] == "2022-06-18"  # "late on Saturday", fighting until dawn
    assert dates[("iraq", "Erbil", "Shelling/artillery/missile attack")] == "2021-06-02"  # "Late on Wednesday"
    assert dates[("somalia", "Afmadow", "Shelling/artillery/missile attack")] == "2020-03-03"  # "Late on Tuesday"
    assert dates[("philippines", "Mapanas", "Disrupted weapons use")] == "2021-03-12"  # "The next day" after Thursday
    assert dates[("venezuela", "Tumeremo", "Armed clash")] == "2021-08-16"  # "Two days later, on Monday"
    assert dates[("bangladesh", "Dhaka", "Violent demonstration")] == "2023-10-28"  # "on October 28"
    # events known only from a statement are dated on the statement's day
    assert dates[("azerbaijan", "Lachin", "Headquarters or base established")] == "2020-11-17"  # "said on Tuesday"
    assert dates[("colombia", "San Lorenzo", "Disrupted weapons use")] == "2022-02-13"  # "said on Sunday"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("mozambique", "Ocua", "2022-06-08", "Attack")] == 3  # administrator, not the priest's five
    assert fatalities[("ethiopia", "Bulen", "2022-10-11", "Attack")] == 11  # zone administration, not survivors' twenty
    assert fatalities[("haiti", "Port-au-Prince", "2023-04-24", "Mob violence")] == 13  # police, not the rights group's fourteen
    assert fatalities[("mexico", "Fresnillo", "2022-11-12", "Armed clash")] == 4  # prosecutor, not residents' six
    assert fatalities[("peru", "Juliaca", "2023-01-09", "Excessive force against protesters")] == 12  # ombudsman, not seventeen
    assert fatalities[("bangladesh", "Bogra", "2023-10-31", "Mob violence")] == 1  # hospital and police, not the BNP's two
    assert fatalities[("chad", "Kouri Bougoudi", "2022-05-23", "Armed clash")] == 12  # government, not "more than thirty"
    assert fatalities[("chad", "Wour", "2022-05-27", "Armed clash")] == 3  # army, not the CCMSR's twenty
    assert fatalities[("tanzania", "Mtambile", "2020-10-26", "Excessive force against protesters")] == 3  # hospital, not nine
    assert fatalities[("south", "Tambura", "2021-09-06", "Armed clash")] == 7  # commissioner, not the priest's ten
    assert fatalities[("somalia", "Beled Hawo", "2020-03-02", "Armed clash")] == 11  # elder, not "more than twenty"
    assert fatalities[("somalia", "Kismayo", "2020-03-04", "Suicide bomb")] == 3  # the bomber and two soldiers
    assert fatalities[("colombia", "Llorente", "2022-02-14", "Armed clash")] == 5  # prosecutor, not seven
    assert fatalities[("philippines", "Las Navas", "2021-03-09", "Armed clash")] == 3  # two soldiers and a rebel
    assert fatalities[("niger", "Dan Issa", "2022-09-19", "Armed clash")] == 7  # six bandits and one soldier
    assert fatalities[("yemen", "Murays", "2022-06-18", "Armed clash")] == 3  # "dozens" of Houthis claimed: no number
    assert fatalities[("niger", "Jibia", "2022-09-20", "Air/drone strike")] == 0  # "several" fighters: no number
