"""Detection, session 22 (event types of notes): a protest the police intervened in casts no vote for a peaceful
protest; a verb of interception with people or a vehicle for object is how an attack or clash began, not a weapon
stopped (ACLED's Disrupted weapons use). My own example sentences (note and news style)."""

from datetime import date

import pytest


def test_a_protest_with_tear_gas_in_a_later_sentence_is_not_voted_peaceful(votes_of):
    seen, _ = votes_of("On 3 May 2022, about 300 people marched in Lyon against the pension reform. They called for the "
                       "withdrawal of the bill. Police intervened using tear gas. [size=about 300]")
    assert len(seen) == 1
    assert seen[0].get("Protest with intervention", 0) > 0 and "Peaceful protest" not in seen[0]


def test_a_gathering_dispersed_by_gendarmes_is_not_voted_peaceful(votes_of):
    seen, _ = votes_of("On 9 March 2022, gendarmes dispersed around 50 teachers who demonstrated in front of the "
                       "education ministry in Niamey, demanding the payment of arrears. [size=around 50]")
    assert len(seen) == 1
    assert seen[0].get("Protest with intervention", 0) > 0 and "Peaceful protest" not in seen[0]


def test_a_protest_without_intervention_is_still_voted_peaceful(votes_of):
    seen, _ = votes_of("On 3 May 2022, about 300 people marched in Lyon against the pension reform. [size=about 300]")
    assert len(seen) == 1 and seen[0].get("Peaceful protest", 0) > 0


@pytest.mark.parametrize("text", [
    "On 8 May 2021, volunteer fighters intercepted and wounded a number of armed bandits near Kaya.",
    "On 2 June 2021, suspected militants intercepted a vehicle carrying three traders near Djibo and shot them.",
    "On 5 April 2022, two gunmen were intercepted by detectives in Eldoret after a robbery and shot dead.",
])
def test_intercepting_people_or_vehicles_is_no_disrupted_weapon(votes_of, text):
    seen, _ = votes_of(text)
    assert seen and all("Disrupted weapons use" not in v for v in seen)


def test_intercepting_missiles_is_still_a_disrupted_weapon(votes_of):
    seen, _ = votes_of("On 7 April 2022, air defence units intercepted three missiles over Odesa.")
    assert seen and any(v.get("Disrupted weapons use", 0) > 0 for v in seen)


def test_a_note_tells_the_toll_of_its_missiles_in_another_sentence(votes_of):
    seen, _ = votes_of("On 4 March 2022, rebel forces fired three rockets at the airport of Marib city. Two airport workers "
                       "were injured and a hangar was damaged.")
    assert len(seen) == 1
    assert seen[0].get("Shelling/artillery/missile attack", 0) > 0
    assert "Attack" not in seen[0] and "Armed clash" not in seen[0]


def test_a_note_with_a_bomb_and_gunmen_shooting_keeps_both_votes(votes_of):
    seen, _ = votes_of("On 4 March 2022, a roadside bomb exploded near a market in Kismayo. Later, gunmen shot two traders "
                       "in the same market.")
    assert len(seen) == 1
    assert seen[0].get("Remote explosive/landmine/IED", 0) > 0 and seen[0].get("Attack", 0) > 0


@pytest.mark.parametrize("text", [
    "On 2 May 2022, about 200 farmers marched to the governor's office in Bouake to demand better cocoa prices. The "
    "crowd dispersed later in the afternoon. [size=about 200]",
    "On 2 May 2022, about 200 farmers gathered at the town hall of Bouake to demand better cocoa prices and dispersed "
    "peacefully after two hours. [size=about 200]",
])
def test_a_crowd_dispersing_of_itself_is_no_intervention(votes_of, text):
    seen, _ = votes_of(text)
    assert len(seen) == 1
    assert "Protest with intervention" not in seen[0] and seen[0].get("Peaceful protest", 0) > 0


def test_police_dispersing_the_crowd_is_still_an_intervention(votes_of):
    seen, _ = votes_of("On 2 May 2022, about 200 farmers marched to the governor's office in Bouake to demand better cocoa "
                       "prices. Police dispersed the crowd. [size=about 200]")
    assert len(seen) == 1 and seen[0].get("Protest with intervention", 0) > 0


def test_news_prose_keeps_its_protest_votes_beside_an_intervention(votes_of):
    # the note rule is for one-paragraph reports; in news prose a sentence's protest words keep their vote (taking
    # them away there cost sub-types on six news sets)
    text = ("Police fire tear gas at teachers in Kisumu\n\nKISUMU, May 4 - Police fired tear gas to disperse hundreds of "
            "teachers who marched through Kisumu on Wednesday to demand unpaid wages, witnesses said.\n")
    seen, _ = votes_of(text, published=date(2022, 5, 5))
    assert any(v.get("Protest with intervention", 0) > 0 and v.get("Peaceful protest", 0) > 0 for v in seen)
