"""Trigger words as journalists use them: 'riot police' are police, not a riot; a captured outpost changes
hands; a ceasefire agreed in the passive is an agreement; a time after 'on' or 'at' is not a victim.
Sentences written for these tests."""

import pytest


@pytest.fixture(scope="module")
def told(pipeline):
    """The (sub-type, role) of each trigger the detector finds in a text."""
    return lambda text: [(m.span.text, m.role) for m in pipeline.detector.mentions(pipeline.nlp(text))]


@pytest.fixture(scope="module")
def victims(pipeline):
    """The victims the detector reads off the first violence word of a text."""

    def run(text: str):
        mention = next(m for m in pipeline.detector.mentions(pipeline.nlp(text)) if m.role == "violence")
        return [t.text for t in pipeline.detector._victims(mention.span.root)]

    return run


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at students marching peacefully through Abidjan on Friday.",
    "Anti-riot officers stood guard as traders marched peacefully in Conakry.",
    "Police in riot gear watched the sit-in outside parliament in Nairobi.",
])
def test_riot_naming_the_police_or_their_kit_is_no_riot(told, text):
    assert all(role != "riot_cue" for _, role in told(text))


def test_a_riot_is_still_a_riot(told):
    assert ("riot", "riot_cue") in told("A riot broke out in the market of Goma after a trader was shot.")
    assert ("Rioters", "riot_cue") in told("Rioters burned tyres on the main road of Lome.")


def test_a_captured_outpost_is_territory_taken_by_whoever_captured_it(pipeline):
    taken = pipeline.extract("On 2 February 2024, Ansaru fighters captured a military outpost near Kaura in Kaduna state.")
    assert [r.sub_event_type for r in taken] == ["Non-state actor overtakes territory"]
    regained = pipeline.extract("On 2 February 2024, soldiers seized an insurgent camp near Mafa in Borno state.")
    assert [r.sub_event_type for r in regained] == ["Government regains territory"]


def test_capturing_people_is_no_territory(told):
    assert all("territory" not in role for _, role in told("Militants captured two traders on the road to Bunia."))


def test_a_ceasefire_agreed_in_the_passive_is_an_agreement(pipeline):
    records = pipeline.extract("A ceasefire was agreed between the two militias in Tripoli on 4 September 2023.")
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Strategic developments", "Agreement")]


def test_the_time_an_attack_happened_is_not_its_victim(victims):
    assert victims("Gunmen attacked on 5 April near Gwoza.") == []
    assert victims("Three police officers were shot at dawn near Garissa.") == ["officers"]
    hit = victims("Bandits opened fire on farmers on Sunday in Zamfara.")
    assert "farmers" in hit and "Sunday" not in hit
