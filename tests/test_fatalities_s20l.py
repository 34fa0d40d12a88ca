"""Victim lists the parser splits oddly: a proper-noun group last in a list told before 'were killed',
and victims joined by 'or', who are one victim under two descriptions. My own example sentences."""

import pytest

from test_fatalities import run


def deaths(counter, text, **kwargs):
    return run(counter, text, **kwargs).fatalities


@pytest.mark.parametrize("text, expected", [
    # the list after the place ends in a named group ('one Dozo', 'two VDP'): the whole list died
    ("On 3 May, Dozos clashed with suspected JNIM militants near the village of Kain, three militants and one "
     "Dozo were killed and two Dozo wounded in the fighting.", 4),
    ("On 12 March, soldiers repelled an attack in the area of Tongomayel, six assailants and two VDP were "
     "killed.", 8),
    # a common-noun group last keeps working
    ("On 12 March, soldiers repelled an attack in the area of Tongomayel, six assailants and two soldiers were "
     "killed.", 8),
])
def test_a_list_ending_in_a_named_group(counter, text, expected):
    assert deaths(counter, text, sub="Armed clash", etype="Battles") == expected


@pytest.mark.parametrize("text, expected", [
    # 'A or B' is who the one victim may have been
    ("On 22 February, police shot dead a suspected JNIM or ISGS fighter carrying explosives near Djibo.", 1),
    ("A soldier or a policeman was killed when the checkpoint outside Mopti was attacked.", 1),
    ("Gunmen killed a trader or a herder on the road to Koro on Sunday.", 1),
    # 'and' still adds the groups up
    ("Gunmen killed a trader and a herder on the road to Koro on Sunday.", 2),
    ("Police shot dead two JNIM fighters and an ISGS fighter near Djibo.", 3),
])
def test_victims_joined_by_or_are_one_victim(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'unknown', 'unidentified' before one person say who, not how many
    ("On 9 May, an unknown individual killed a herdsman with a machete near Kalale.", 1),
    ("On 9 May, an unknown gunman was killed by vigilantes in Kalale.", 1),
    # before a plural they stand for ACLED's unknown number
    ("On 9 May, unknown gunmen were killed by vigilantes in Kalale.", 3),
])
def test_an_unknown_person_is_one(counter, text, expected):
    assert deaths(counter, text) == expected
