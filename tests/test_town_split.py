"""town_split.py: a crowd event held in several towns listed together is one event per town, as ACLED
codes it; other events told 'in X and Y', and towns that bound one place, are not split."""

from datetime import date

PUBLISHED = date(2024, 5, 10)


def _events(pipeline, text):
    return pipeline.extract(text, published=PUBLISHED)


def test_protest_in_listed_towns_is_one_event_per_town(pipeline):
    events = _events(pipeline, "Teachers staged sit-ins in Bobo-Dioulasso and Koudougou on Tuesday to demand unpaid allowances.")
    assert sorted(e.location for e in events) == ["Bobo-Dioulasso", "Koudougou"]
    assert {e.event_type for e in events} == {"Protests"}
    assert {e.event_date for e in events} == {date(2024, 5, 7)}
    assert len({e.event_id for e in events}) == 2
    assert {e.admin1 for e in events} == {"Hauts-Bassins", "Centre-Ouest"}
    assert all(e.evidence_for("location").rule.startswith("listed town") for e in events)


def test_riot_toll_stays_with_the_first_town(pipeline):
    events = _events(pipeline, "Rioters burned tyres and blocked roads in Kisumu and Siaya on Monday; police shot dead two rioters.")
    by_town = {e.location: e for e in events}
    assert set(by_town) == {"Kisumu", "Siaya"}
    assert by_town["Kisumu"].fatalities == 2
    assert by_town["Siaya"].fatalities == 0


def test_towns_bounding_one_place_are_not_split(pipeline):
    events = _events(pipeline, "Soldiers clashed with militants between Djibo and Tongomayel on Monday, killing five soldiers.")
    assert len(events) == 1


def test_attack_told_in_two_towns_is_not_split(pipeline):
    events = _events(pipeline, "Gunmen attacked homes in Kisumu and Siaya on Monday, killing four people.")
    assert len(events) == 1
    assert events[0].fatalities == 4
