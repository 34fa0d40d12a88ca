"""Trigger words as journalists use them: 'riot police' are police, not a riot; a captured outpost changes
hands; a ceasefire agreed in the passive is an agreement; a time after 'on' or 'at' is not a victim.
Sentences written for these tests."""

import pytest


@pytest.fixture(scope="module")
def told(pipeline):
    """The (sub-type, role) of each trigger the detector finds in a text."""
    return lambda text: [(m.span.text, m.role) for m in pipeline.detector.mentions(pipeline.nlp(text))]


@pytest.fixture(scope="module")
def coded(pipeline):
    """The (event type, sub-event type) of each record the whole pipeline makes of a text."""
    return lambda text: [(r.event_type, r.sub_event_type) for r in pipeline.extract(text)]


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


def test_a_captured_outpost_is_territory_taken_by_whoever_captured_it(coded):
    taken = coded("On 2 February 2024, Ansaru fighters captured a military outpost near Kaura in Kaduna state.")
    assert taken == [("Battles", "Non-state actor overtakes territory")]
    regained = coded("On 2 February 2024, soldiers seized an insurgent camp near Mafa in Borno state.")
    assert regained == [("Battles", "Government regains territory")]


def test_capturing_people_is_no_territory(told):
    assert all("territory" not in role for _, role in told("Militants captured two traders on the road to Bunia."))


def test_a_ceasefire_agreed_in_the_passive_is_an_agreement(coded):
    agreed = coded("A ceasefire was agreed between the two militias in Tripoli on 4 September 2023.")
    assert agreed == [("Strategic developments", "Agreement")]


def test_the_time_an_attack_happened_is_not_its_victim(victims):
    assert victims("Gunmen attacked on 5 April near Gwoza.") == []
    assert victims("Three police officers were shot at dawn near Garissa.") == ["officers"]
    hit = victims("Bandits opened fire on farmers on Sunday in Zamfara.")
    assert "farmers" in hit and "Sunday" not in hit


def test_vigilantes_in_a_gunfight_with_an_armed_group_fight_a_battle(coded):
    assert coded("On 7 August 2022, vigilantes exchanged fire with bandits near Gusau for two hours.") == [
        ("Battles", "Armed clash")]
    lynching = coded("On 7 August 2022, vigilantes beat a suspected thief to death in a market of Kano.")
    assert [event_type for event_type, _ in lynching] == ["Riots"]


def test_fighting_that_went_on_for_weeks_before_the_news_is_not_the_news(told):
    found = told("A truce was agreed in Kismayo on Sunday after weeks of fighting between the two clans.")
    assert found == [("truce was agreed", "Agreement")]
    assert ("fighting", "Armed clash") in told("Weeks of fighting between the two clans left 20 dead near Kismayo.")


FIRED_ON_MARCHERS = """Three killed as police fire on marchers in Bamako

BAMAKO, 9 June 2023 - Police opened fire on demonstrators who were marching against power cuts in Bamako on Thursday, killing three of them, a hospital official said.

The march had been called by a coalition of trade unions. More details were not immediately available.
"""

ROAD_BLOCKERS_ARRESTED = """Protesters arrested in Harare

HARARE, 9 June 2023 - Riot police arrested 20 protesters who had blocked a road in Harare on Thursday, a police spokesman said.

The protesters were demanding the reopening of a closed market. More details were not immediately available.
"""


@pytest.mark.parametrize("article, sub_type", [
    (FIRED_ON_MARCHERS, "Excessive force against protesters"),
    (ROAD_BLOCKERS_ARRESTED, "Protest with intervention"),
])
def test_a_protest_trigger_split_between_sub_types_still_outweighs_the_note_model(pipeline, article, sub_type):
    assert [r.sub_event_type for r in pipeline.extract(article)] == [sub_type]


def test_votes_of_one_event_type_do_not_thin_each_other_out_in_news(pipeline):
    scores = pipeline.detector._trigger_scores({"Peaceful protest": 2.0, "Excessive force against protesters": 3.2},
                                               by_type=True)
    across_types = pipeline.detector._trigger_scores({"Peaceful protest": 2.0, "Violent demonstration": 3.2},
                                                     by_type=True)
    assert scores["Excessive force against protesters"] > across_types["Violent demonstration"]


def test_protesters_storming_a_building_are_rioters(pipeline):
    events = pipeline.detector.sentence_events(
        pipeline.detector.mentions(pipeline.nlp("Protesters stormed the town hall of Mopti on Monday, and two were shot dead.")))
    assert max(events[0][1], key=events[0][1].get) == "Violent demonstration"


def test_a_unit_that_came_under_fire_is_the_victim(told, victims):
    assert ("came under fire", "violence") in told("A police patrol came under fire near Wajir on Friday.")
    assert victims("A police patrol came under fire near Wajir on Friday.") == ["patrol"]
    assert ("fired upon", "violence") in told("Soldiers were fired upon by gunmen near Ansongo.")


def test_people_gathering_peacefully_and_chanting_slogans_protest(told):
    found = told("Traders gathered peacefully outside the town hall of Bouake, chanting slogans against new fees.")
    assert {role for _, role in found} == {"protest"}
