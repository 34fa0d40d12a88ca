"""What the eighteenth news gold set (tests/news_gold_blind18/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind18")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 88
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Strategic developments": 18, "Protests": 18, "Battles": 15, "Violence against civilians": 13,
        "Riots": 13, "Explosions/Remote violence": 11}
    assert len({e["sub_event_type"] for e in events}) == 20
    assert len({e["country"] for e in events}) == 23
    assert [a.file for a in GOLD if not a.events] == ["solomon_islands_feature_honiara_election_chinatown_memories_nonevent.txt"]
    assert Counter(len(a.events) for a in GOLD) == {5: 12, 4: 7, 0: 1}
    # six events in a second country: the Dominican Republic (Haiti), Israel twice (Lebanon),
    # Tajikistan twice (Kyrgyzstan), Tunisia (Libya)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Dominican Republic", "Israel", "Israel", "Tajikistan", "Tajikistan", "Tunisia"]


def test_events_told_twice_dated_before_publication_and_no_old_background_coded():
    # events told in a lead, headline or key point and again in a detail paragraph carry a list of phrases
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 45
    # one event falls on its publication day (the Petion-Ville march in the Haiti live blog)
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Petion-Ville"]
    # remembered events weeks, months or years old are told with a month or a year only: none is coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 6


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("mozambique", "Chiure", "Attack")] == "2024-03-06"  # "Last Wednesday" (Tuesday paper)
    assert dates[("mozambique", "Macomia", "Government regains territory")] == "2024-03-10"  # "On Sunday", told by Monday's statement
    # "overnight" in a Monday statement: the Sunday night
    assert dates[("mozambique", "Mocimboa da Praia", "Looting/property destruction")] == "2024-03-10"
    assert dates[("haiti", "Kenscoff", "Attack")] == "2025-01-27"  # "late on Monday" (Tuesday live blog)
    assert dates[("haiti", "Dajabon", "Peaceful protest")] == "2025-01-26"  # "A reminder that on Sunday"
    assert dates[("ecuador", "Daule", "Disrupted weapons use")] == "2024-06-11"  # "Also on Tuesday night", under TUESDAY
    assert dates[("peru", "Parcoy", "Abduction/forced disappearance")] == "2025-04-18"  # "last Friday" (Thursday paper)
    assert dates[("peru", "Trujillo", "Remote explosive/landmine/IED")] == "2025-04-22"  # "a day after ... in the early hours of Tuesday"
    assert dates[("philippines", "Himamaylan", "Attack")] == "2023-08-12"  # "last Saturday evening" (Friday paper)
    assert dates[("png", "Tari", "Armed clash")] == "2024-06-01"  # "began on Saturday morning ... continued into Sunday"
    assert dates[("libya", "Tripoli", "Armed clash")] == "2024-07-22"  # "late on Monday", "11 p.m. on Monday"
    assert dates[("lebanon", "Metula", "Shelling/artillery/missile attack")] == "2024-03-19"  # "Hours earlier on Tuesday"
    assert dates[("kyrgyzstan", "Vorukh", "Shelling/artillery/missile attack")] == "2022-03-16"  # "Late on Wednesday"
    assert dates[("nepal", "Kathmandu", "Violent demonstration")] == "2025-03-28"  # "three days after", "on Friday"
    assert dates[("bangladesh", "Rangamati", "Mob violence")] == "2024-09-29"  # "The next day, Sunday"
    assert dates[("indonesia", "Ilaga", "Attack")] == "2023-10-07"  # "last Saturday" (Friday paper)
    assert dates[("madagascar", "Ihosy", "Attack")] == "2023-10-30"  # "Two days later, on Monday night"
    assert dates[("senegal", "Kaolack", "Violent demonstration")] == "2024-02-09"  # "last Friday afternoon"; the death "early hours of Saturday"
    assert dates[("zimbabwe", "Harare", "Abduction/forced disappearance")] == "2023-09-09"  # "on Saturday night"
    assert dates[("honduras", "Choloma", "Attack")] == "2024-04-06"  # "last Saturday night" (Thursday wire)
    assert dates[("guinea", "Conakry", "Arrests")] == "2023-05-09"  # "The day before the protest, on Tuesday"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("mozambique", "Macomia", "2024-03-08", "Armed clash")] == 11  # nine insurgents and two soldiers, not IS's "more than 20"
    assert fatalities[("chad", "Abeche", "2024-05-07", "Violent demonstration")] == 2  # the doctor, not the associations' four
    assert fatalities[("haiti", "Kenscoff", "2025-01-27", "Attack")] == 7  # civil protection, not the residents' ten
    assert fatalities[("ecuador", "Machala", "2024-06-11", "Armed clash")] == 5  # SNAI, not the relatives' eight
    assert fatalities[("ecuador", "Guayaquil", "2024-06-12", "Remote explosive/landmine/IED")] == 0  # three wounded do not count
    assert fatalities[("png", "Tari", "2024-06-01", "Armed clash")] == 9  # police, not the church worker's "more than twenty"
    assert fatalities[("libya", "Tripoli", "2024-07-22", "Armed clash")] == 4  # two fighters and two civilians
    assert fatalities[("kyrgyzstan", "Kyzyl-Bel", "2022-03-16", "Armed clash")] == 3  # each side's own dead: two Kyrgyz, one Tajik
    assert fatalities[("nepal", "Kathmandu", "2025-03-28", "Violent demonstration")] == 2  # not the RPP's three
    assert fatalities[("bangladesh", "Khagrachari", "2024-09-28", "Mob violence")] == 3  # not the rights groups' five
    assert fatalities[("indonesia", "Sugapa", "2023-10-10", "Armed clash")] == 1  # the military's, not the TPNPB's three
    assert fatalities[("indonesia", "Wamena", "2023-10-12", "Violent demonstration")] == 3  # police, not the church leader's five
    assert fatalities[("madagascar", "Betroka", "2023-10-28", "Armed clash")] == 7  # six bandits and a gendarme
    assert fatalities[("guinea", "Conakry", "2023-05-10", "Violent demonstration")] == 2  # families and hospital, not the FNDC's three
    assert fatalities[("honduras", "Tegucigalpa", "2024-04-10", "Grenade")] == 0
    assert fatalities[("lebanon", "Tyre", "2024-03-19", "Air/drone strike")] == 2  # the commander and a woman
