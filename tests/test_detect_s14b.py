"""Session 14 (second detector pass): trigger words for strikes by an air force, towns re-entered, signs held up by
a crowd, peace covenants, and rallies held by armed men; news-style sentences written
for these tests."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def roles(pipeline):
    return lambda text: [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        return [(r.event_type, r.sub_event_type) for r in pipeline.extract(text, published=date(2024, 6, 14))]
    return run


def test_the_air_force_striking_is_an_air_strike(roles):
    assert "Air/drone strike" in roles("On Monday, the air force struck a column of insurgents near the border.")
    assert "Air/drone strike" in roles("The air force hit a rebel depot outside the town overnight.")


def test_troops_reentering_a_town_regain_it(roles, events):
    assert "Government regains territory" in roles("Government troops re-entered Kobo on Friday, residents said.")
    assert ("Battles", "Government regains territory") in events(
        "Government troops re-entered Kobo on Friday after the rebels pulled back, residents said.")


def test_residents_reentering_their_town_regain_nothing(roles):
    assert "Government regains territory" not in roles("Displaced residents re-entered Kobo on Friday.")


def test_a_crowd_holding_signs_protests(roles):
    assert "protest" in roles("On Sunday, about forty women gathered outside the governor's office, holding signs "
                              "that called for schools to reopen.")


def test_a_peace_covenant_is_an_agreement(roles):
    assert "Agreement" in roles("Two feuding clans signed a peace covenant at the town hall on Monday.")
    assert "Agreement" in roles("Elders of the two villages agreed a peace pact after weeks of talks.")


def test_armed_men_holding_a_rally_stage_no_protest(roles):
    assert "protest" not in roles("The rebels freed the detainees and held a rally in the main square.")
    assert "protest" not in roles("Militia fighters held a rally at the stadium on Sunday.")


def test_a_rally_of_unarmed_people_still_protests(roles):
    assert "protest" in roles("Students held a rally at the university on Sunday against the fee rise.")
    assert "protest" in roles("About 200 members of a collective of mothers marched through the capital.")


def test_armed_men_rallying_with_a_demand_still_protest(roles):
    assert "protest" in roles("Militiamen held a rally in the town square to demand their unpaid allowances.")


def test_a_rally_broken_up_by_soldiers_is_still_a_protest(roles):
    assert "protest" in roles("Soldiers dispersed a rally of opposition supporters in the capital on Sunday.")
