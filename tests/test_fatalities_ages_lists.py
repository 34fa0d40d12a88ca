"""Numbers that are no death counts (a victim's age) and dead named as some of the toll ('were among
the dead'). My own example sentences."""

import pytest

from test_fatalities import run


def deaths(counter, text, **kwargs):
    return run(counter, text, **kwargs).fatalities


@pytest.mark.parametrize("text, expected", [
    # an age written on the victim is one person, however the parser reads 'shot dead'
    ("Two men on a scooter shot dead a 52-year-old pharmacist outside his shop in Mosul on Sunday evening.", 1),
    ("Soldiers shot dead an 18-year-old at a checkpoint near Nablus.", 1),
    ("A 61-year-old farmer was hacked to death by herders near Makurdi on Monday.", 1),
    ("An air strike on a flat in Khan Younis killed a 3-month-old baby, medics said.", 1),
    ("Gunmen killed a 63-year-old village chief and burned his house near Tshikapa.", 1),
    ("Police in Kisumu shot dead two 19-year-olds during a night raid.", 2),
    # 'aged N': one age per victim, each age of a list is one victim; a range is the ages of one group
    ("The sisters, aged 9 and 13, died when the roof of their house collapsed after the shelling.", 2),
    ("Three brothers, aged 17, 20 and 24, were shot dead by militiamen near Bunia.", 3),
    ("The four boys, aged between 10 and 14, were killed by the blast.", 4),
    ("Gunmen shot and killed a man aged 70 and three of his relatives near Mingora.", 4),
    # 'in his 40s', 'in their 20s'
    ("A man in his 50s was beaten to death by a crowd in Eldoret on Saturday.", 1),
    ("Police shot dead three men in their 20s in Mathare on Sunday.", 3),
])
def test_an_age_is_no_count(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'X were among the dead': the named dead died, their sum is a lowest figure
    ("Fighters stormed a police station in the town of Sanamayn on Monday, sparking a gunfight. Three policemen, "
     "four fighters and a shepherd were among the dead.", 8),
    ("Among the dead were six soldiers and a nurse, the hospital said.", 7),
    ("A two-year-old girl was among those killed in the strike on Jabalia.", 1),
    # ... never lower than a toll stated for the event, whichever sentence comes first
    ("An air strike killed 14 people in Deir al-Balah on Friday. A three-month-old baby was among the dead.", 14),
    ("Two nurses were among the dead. The strike on the clinic killed 11 people, medics said.", 11),
    ("Seven people died in the attack; four soldiers were among the dead.", 7),
    ("Soldiers killed 16 insurgents near Tillia. Among the dead was the group's local commander.", 16),
    # the wounded are no dead
    ("Five soldiers were among those wounded in the ambush near Gao.", 0),
])
def test_dead_named_among_the_dead(counter, text, expected):
    assert deaths(counter, text, sub="Armed clash", etype="Battles") == expected
