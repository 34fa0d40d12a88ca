"""What the seventeenth news gold set (tests/news_gold_blind17/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind17")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 87
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 28, "Riots": 23, "Strategic developments": 16, "Battles": 8,
        "Explosions/Remote violence": 6, "Violence against civilians": 6}
    assert len({e["sub_event_type"] for e in events}) == 20
    assert len({e["country"] for e in events}) == 24
    assert [a.file for a in GOLD if not a.events] == ["botswana_feature_gaborone_boko_inauguration_bdp_defeat_peaceful_handover_nonevent.txt"]
    assert Counter(len(a.events) for a in GOLD) == {5: 9, 4: 6, 3: 2, 6: 2, 0: 1}
    # eight events in a second country: Cambodia twice and Malaysia (the Thai border report), France (Togo),
    # South Africa (Eswatini), Germany (Turkey), Azerbaijan (Armenia), Kenya (Tanzania)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Azerbaijan", "Cambodia", "Cambodia", "France", "Germany", "Kenya", "Malaysia", "South Africa"]


def test_events_told_twice_dated_before_publication_and_no_old_background_coded():
    # events told in a lead or headline and again in a detail paragraph carry a list of phrases
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 12
    # one event falls on its publication day (the Thursday mourning march in Panama)
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Panama City"]
    # remembered events weeks, months or years old are told with a month or a year only: none is coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 6


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("france", "Nanterre", "Attack")] == "2023-06-27"  # "last Tuesday" (Monday paper)
    assert dates[("france", "L'Hay-les-Roses", "Mob violence")] == "2023-07-02"  # "overnight into Sunday", "1.30 a.m. on Sunday"
    assert dates[("benin", "Karimama", "Armed clash")] == "2025-04-17"  # "last Thursday" (Tuesday paper)
    assert dates[("benin", "Koudou", "Government regains territory")] == "2025-04-19"  # "On Saturday"
    assert dates[("benin", "Kerou", "Remote explosive/landmine/IED")] == "2025-04-20"  # "The next day, Sunday"
    assert dates[("thailand", "Nong Chik", "Attack")] == "2024-02-15"  # "Last Thursday" (Monday paper)
    assert dates[("thailand", "Sungai Kolok", "Grenade")] == "2024-02-16"  # "Late on Friday"
    assert dates[("thailand", "Putrajaya", "Agreement")] == "2025-07-28"  # "on Monday" (Tuesday paper)
    assert dates[("thailand", "Samraong", "Shelling/artillery/missile attack")] == "2025-07-25"  # "On Friday"
    assert dates[("bolivia", "Parotani", "Protest with intervention")] == "2025-06-09"  # "Earlier in the week, on Monday"
    assert dates[("bolivia", "Cochabamba", "Looting/property destruction")] == "2025-06-12"  # "Late on Thursday"
    assert dates[("ghana", "Pusiga", "Looting/property destruction")] == "2025-06-23"  # "Earlier in the week, on Monday"
    assert dates[("ghana", "Garu", "Abduction/forced disappearance")] == "2025-06-25"  # "Late on Wednesday"
    assert dates[("panama", "Santiago de Veraguas", "Protest with intervention")] == "2023-11-05"  # "A day earlier, on Sunday"
    assert dates[("armenia", "Ijevan", "Excessive force against protesters")] == "2024-05-25"  # "Late on Saturday"
    assert dates[("north", "Stip", "Peaceful protest")] == "2025-03-17"  # "The previous evening, on Monday"
    assert dates[("tanzania", "Dar es Salaam", "Violent demonstration")] == "2025-10-29"  # "on election day, Wednesday"
    # "overnight" in a Friday statement: the Thursday night
    assert dates[("serbia", "Belgrade", "Arrests")] == "2025-08-14"
    # events known only from a statement are dated on the statement's day
    assert dates[("angola", "Luanda", "Arrests")] == "2025-07-30"  # "On Wednesday, ... said officers had arrested"
    assert dates[("tanzania", "Mwanza", "Arrests")] == "2025-11-01"  # "said on Saturday that officers had detained"
    assert dates[("indonesia", "Surabaya", "Arrests")] == "2025-08-31"  # "On Sunday, ... said they had arrested"
    assert dates[("mauritania", "Nouakchott", "Arrests")] == "2024-07-03"  # "On Wednesday, the interior minister said"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("benin", "Karimama", "2025-04-17", "Armed clash")] == 54  # government, not JNIM's 70
    assert fatalities[("tanzania", "Dar es Salaam", "2025-10-29", "Violent demonstration")] == 11  # the doctor, not Chadema's "hundreds"
    assert fatalities[("mauritania", "Kaedi", "2024-07-01", "Violent demonstration")] == 3  # ministry; a family's fourth name unconfirmed
    assert fatalities[("indonesia", "Makassar", "2025-08-29", "Violent demonstration")] == 3  # the fourth death unconfirmed
    assert fatalities[("sierra", "Freetown", "2023-11-26", "Armed clash")] == 16  # thirteen soldiers and three attackers
    assert fatalities[("bolivia", "Llallagua", "2025-06-11", "Violent demonstration")] == 4  # three officers and a young man
    assert fatalities[("thailand", "Kantharalak", "2025-07-24", "Shelling/artillery/missile attack")] == 8
    assert fatalities[("thailand", "Choam Ksant", "2025-07-24", "Air/drone strike")] == 0  # no casualty figure
    assert fatalities[("thailand", "Bannang Sata", "2024-02-17", "Remote explosive/landmine/IED")] == 2  # three wounded do not count
    assert fatalities[("thailand", "Sungai Kolok", "2024-02-16", "Grenade")] == 0
    assert fatalities[("ivory", "Bonoua", "2025-10-16", "Violent demonstration")] == 1
    assert fatalities[("france", "L'Hay-les-Roses", "2023-07-02", "Mob violence")] == 0
    assert fatalities[("angola", "Cacuaco", "2025-07-28", "Violent demonstration")] == 4  # the 22 are city-wide
