"""Tolls as news articles write them: both sides' dead in one toll ('as were five of the attackers', 'left
three soldiers and five militants dead'), a later 'third' victim, and two sources' figures in two
sentences (the most conservative, as ACLED codes). My own example sentences."""

from functools import partial

import pytest

from test_fatalities_news import deaths as deaths_of

deaths = partial(deaths_of, etype="Battles", sub="Armed clash")


@pytest.mark.parametrize("text, expected", [
    ("Jihadists attacked an army post in Boni on Sunday. Three soldiers were killed, as were five of the "
     "attackers, the army said.", 8),
    ("Two policemen died in the shootout, as did three of the robbers.", 5),
    ("Jihadists attacked an army post in Boni on Sunday, killing three soldiers, the army said. Troops killed "
     "five of the attackers, it added.", 8),
    ("The attack left three soldiers and five militants dead.", 8),
    ("The attack on the checkpoint left five people dead.", 5),
    # the side whose dead were counted tells its enemy's dead: both sides' dead
    ("Militants attacked a military base near Diffa on Sunday, killing 12 soldiers. The army said 30 militants "
     "were killed in the fighting.", 42),
    # a number taken from the same side is the same victims told again
    ("Militants killed three soldiers at the checkpoint. Two of the soldiers were killed by a sniper.", 3),
])
def test_both_sides_dead(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two people at a bar in Port Harcourt on Saturday. They later shot dead a third person at a "
     "nearby fuel station, police said.", 3),
    ("A gunman killed two customers at a bar. A third victim died in hospital on Sunday.", 3),
    # 'the third' names one of those counted
    ("Gunmen killed three people at a bar. The third victim was a waiter.", 3),
])
def test_a_later_third_victim_adds_one(counter, text, expected):
    assert deaths_of(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group claimed to have killed 30 soldiers. The army said four soldiers were killed.", 4),
    ("Rebels claimed they had killed 20 soldiers. Officials said 12 soldiers were killed.", 12),
    # after a figure merely said, a later 'said' sentence may tell some of the victims only
    ("Officials said 14 villagers were killed in the raid. \"We bury our dead,\" said a farmer who lost two "
     "brothers.", 14),
    ("Police said 12 people were killed. Residents put the toll at 20.", 12),
    # another side's dead are no lower figure for these victims (and a side's figure for its enemies'
    # dead is a claim: it adds nothing)
    ("The army said it killed 12 militants. The militants said three soldiers died.", 12),
])
def test_two_sources_in_two_sentences_give_the_lower_figure(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the toll rising later is the event's figure
    ("A bomb exploded on a bus in Nairobi, killing four and injuring 30. In the following days the death toll "
     "from the blast rose to six.", 6),
    # the killer killed in turn is one more death; the victim dying later, or the killer fleeing, is none
    ("A militia member killed two young men in the village. He was later lynched by residents.", 3),
    ("A gunman shot dead two traders at the market. The gunman was later shot dead by police.", 3),
    ("A gunman shot a trader at the market. He later died in hospital.", 1),
    ("A gunman shot dead two traders at the market. He fled on a motorbike.", 2),
    # bodies seen or taken away are deaths; 'their bodies' are those of the people counted before
    ("Police clashed with rioters in Kibera. Witnesses said they saw four bodies taken away from the scene.", 4),
    ("Sixteen charred bodies were taken to the mortuary on Sunday.", 16),
    # a 'body' that is no corpse, in a sentence with a common verb
    ("The general set up a transitional government body, and elections will take place within 90 days.", 0),
    # an unconfirmed report of one more dead adds nothing
    ("Militants attacked an army post in Porga. Two soldiers and one militant were killed. An unconfirmed report "
     "stated that a second assailant was found dead.", 3),
    ("Gunmen abducted five farmers on Monday. Their bodies were found dumped on a road on Wednesday.", 5),
    # a participle before its noun describes the victims ('two displaced people'), and a killing the
    # coder marks as another event's is none of this one's
    ("Villagers killed five herders and two displaced people in a revenge attack. Herders had killed a farmer "
     "the same day (coded as a separate event).", 7),
    # one of the dead told again after a stated toll is no lower toll
    *((f"Two protesters were shot dead in Conakry on Tuesday. {follow_up}", 2) for follow_up in (
        "One died on the spot and the other in hospital.",
        "A student, 19, was shot in the head and died on the spot.",
        "Abdou Diallo, 23, was killed by a bullet to the chest, his brother said.",
        "One of them, a 17-year-old student, died on the way to hospital.")),
])
def test_later_sentences_of_one_attack(counter, text, expected):
    assert deaths_of(counter, text) == expected



@pytest.mark.parametrize("text, expected", [
    ("The attack claimed the lives of 12 people.", 12),
    ("The attack took the lives of 12 people.", 12),
    ("The shooting claimed the life of a teacher.", 1),
    ("The clashes cost 12 lives.", 12),
    # the last verb of a list shares the subject of the first
    ("Four members of the patrol were shot, hacked and decapitated by gunmen.", 4),
])
def test_lives_claimed_and_verbs_listed(counter, text, expected):
    assert deaths_of(counter, text) == expected
