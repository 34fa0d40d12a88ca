"""What the eleventh news gold set (tests/news_gold_blind11/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind11")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(events) == 65
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) == 19
    assert len({e["country"] for e in events}) == 22
    assert [a.file for a in GOLD if not a.events] == ["armenia_goris_karabakh_refugees_feature_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # three events in a second country: Benin (Karimama, Burkina Faso story), Iraq (Koya, Iran story),
    # Thailand (Mae Sot, Myanmar story)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Benin", "Iraq", "Thailand"]


def test_events_told_twice_and_dated_before_publication():
    # every event is told in a lead, key point or summary and again in a detail paragraph or entry
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 65
    # dated by weekday or relative phrases before publication; only the Venezuela live blog has events
    # on its publication day (the Barquisimeto statue, the Caracas arrest)
    on_the_day = [e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    assert sorted(on_the_day) == ["Barquisimeto", "Caracas"]


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["fatalities"] for a, e in EVENTS}
    assert fatalities[("sudan", "Dilling", "Shelling/artillery/missile attack")] == 7  # hospital, not twelve
    assert fatalities[("sudan", "Habila", "Armed clash")] == 2  # two soldiers; the army's "dozens" not counted
    assert fatalities[("ethiopia", "Kachisi", "Armed clash")] == 3  # not the OLA's "more than 30 soldiers"
    assert fatalities[("burkina", "Pama", "Armed clash")] == 10  # not JNIM's "twenty-five"
    assert fatalities[("somalia", "Afgooye", "Remote explosive/landmine/IED")] == 4  # not al-Shabaab's eleven
    assert fatalities[("somalia", "Marka", "Suicide bomb")] == 3  # two police officers and the bomber
    assert fatalities[("car", "Zemio", "Attack")] == 5  # MINUSCA, not local leaders' eleven
    assert fatalities[("nigeria", "Tangaza", "Attack")] == 6  # police, not the assembly member's ten
    assert fatalities[("nigeria", "Augie", "Air/drone strike")] == 0  # "several terrorists"
    assert fatalities[("afghanistan", "Rukha", "Armed clash")] == 3  # local source, not the NRF's eight
    assert fatalities[("afghanistan", "Kabul", "Grenade")] == 2  # police, not ISKP's "twelve"
    assert fatalities[("syria", "Manbij", "Armed clash")] == 9  # SOHR, not the SDF's twelve
    assert fatalities[("iran", "Mahabad", "Excessive force against protesters")] == 3  # not Hengaw's five
    assert fatalities[("myanmar", "Hpapun", "Air/drone strike")] == 4  # rights group, not local media's six
    assert fatalities[("mexico", "Chicomuselo", "Armed clash")] == 5  # prosecutor, not "more than ten"
    assert fatalities[("haiti", "Kenscoff", "Attack")] == 7  # the mayor, not rights groups' fifteen
