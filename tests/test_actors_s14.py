"""Actors stage, fourteenth session: unnamed attackers that the story of the event names further on, past the
sentence right after it ('A youth leader said the attackers were Fulani militiamen'), but not once the article
has gone on to another event; armed men told again by the words first told after one people's name ('Nuer
tribal fighters ... the tribal fighters attacked') or with a people's name the article gave ('the Kaku and Yamo
tribes ... armed Yamo men'); an attack nobody claimed ('No one has claimed responsibility') that another attack's
claim in the article does not name; and country cues (leaders, parties, companies and bodies of one country) that
give the actors of a note naming no place their country."""

from datetime import date

import pytest

WHEN = date(2024, 5, 8)

RAID = ("Gunmen killed 12 villagers in an overnight raid on Anwase in Benue state on Sunday, police said.\n\n"
        "The attackers arrived on motorcycles and set fire to dozens of houses, residents said. Many families fled "
        "into the bush.\n\n")
REPRISAL = "On Tuesday, angry youths in Makurdi beat two Fulani traders to death in reprisal, police said."


def events(pipeline, text, when=WHEN):
    return pipeline.extract(text, published=when)


def raid(records):
    return next(r for r in records if r.event_type == "Violence against civilians")


@pytest.mark.parametrize("naming", [
    "A local youth leader said the attackers were Fulani militiamen who had grazed cattle nearby for months.",
    "Survivors described the gunmen as Fulani herdsmen who had grazed cattle nearby for months.",
])
def test_the_story_of_the_event_names_its_attackers_further_on(pipeline, naming):
    records = events(pipeline, RAID + naming + "\n\n" + REPRISAL)
    assert (raid(records).actor1, raid(records).actor2) == ("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


def test_attackers_named_after_another_event_are_that_events(pipeline):
    text = (RAID + "On Wednesday, soldiers clashed with armed men near Daudu, killing three of them, the army said.\n\n"
            "The army said the attackers were Fulani militiamen.")
    assert raid(events(pipeline, text)).actor1 == "Unidentified Armed Group (Nigeria)"


def test_armed_men_told_again_by_the_words_after_one_peoples_name(pipeline):
    text = ("Heavy fighting broke out on Sunday between Dinka youths and Nuer tribal fighters near Bor in Jonglei "
            "state. The tribal fighters attacked a Dinka cattle camp at dawn, killing five people.")
    (rec,) = events(pipeline, text, date(2023, 3, 6))
    assert (rec.actor1, rec.actor2) == ("Nuer Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)")


@pytest.mark.parametrize("text, when, actor1", [
    ("Hundreds of supporters of former minister Djibril Bassole marched on Tuesday to demand his release.",
     date(2017, 3, 7), "Protesters (Burkina Faso)"),
    ("Striking Faso Coton workers staged a sit-in on Monday to demand the payment of their bonuses.",
     date(2016, 5, 9), "Protesters (Burkina Faso)"),
    ("Supporters of Sebastien Ajavon gathered outside the court on Monday to demand his acquittal.",
     date(2018, 10, 15), "Protesters (Benin)"),
    ("Hundreds of villagers marched to the KWS offices on Friday to demand compensation for crops destroyed by "
     "elephants.", date(2015, 7, 10), "Protesters (Kenya)"),
])
def test_a_country_cue_names_the_crowd_of_a_note_without_a_place(pipeline, text, when, actor1):
    assert events(pipeline, text, when)[0].actor1 == actor1


BOMB = ("A roadside bomb hit a minibus on the road between Beledweyne and Jalalaqsi in Somalia on Tuesday, killing "
        "three passengers, police said.{disowned}\n\nOn Sunday, al Shabaab fighters stormed an army base near Bulo "
        "Burde, and the army said four soldiers were killed. The militants later claimed responsibility for the "
        "assault.")


@pytest.mark.parametrize("disowned", [" No one has claimed responsibility for the blast.",
                                      " Nobody claimed the bombing."])
def test_an_attack_nobody_claimed_is_not_claimed_by_another_attacks_group(pipeline, disowned):
    records = events(pipeline, BOMB.format(disowned=disowned), date(2023, 5, 10))
    bomb = next(r for r in records if r.event_type == "Explosions/Remote violence")
    assert bomb.actor1 == "Unidentified Armed Group (Somalia)"


def test_without_a_word_on_the_claim_the_articles_one_claimant_stands(pipeline):
    records = events(pipeline, BOMB.format(disowned=""), date(2023, 5, 10))
    bomb = next(r for r in records if r.event_type == "Explosions/Remote violence")
    assert bomb.actor1 == "Al Shabaab"


def test_armed_men_told_with_a_peoples_name_the_article_gave_are_its_fighters(pipeline):
    text = ("Five men were killed on Sunday when fighting broke out between the Kaku and Yamo tribes near Mendi in "
            "Southern Highlands Province, police said.\n\nOn Tuesday, armed Yamo men set fire to 30 houses in a Kaku "
            "village near Mendi in revenge, police said.")
    burning = next(r for r in events(pipeline, text, date(2023, 11, 24)) if r.event_type != "Battles")
    assert burning.actor1 == "Yamo Communal Militia (Papua New Guinea)"
