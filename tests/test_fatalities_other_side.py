"""The other side's dead told after the toll of one side, and a party's claim the report cannot verify.
My own example sentences."""

import pytest

from test_fatalities import run


def deaths(counter, text, **kwargs):
    return run(counter, text, sub="Armed clash", etype="Battles", **kwargs).fatalities


@pytest.mark.parametrize("text, expected", [
    # the attackers' dead told after the defenders' toll: ACLED counts the dead of all sides
    ("Insurgents raided a police station in Bannu late on Monday, killing five constables, officials said. "
     "The constables fought back. Three of the raiders were killed in the exchange, a police spokesman said.", 8),
    ("Armed men attacked a customs post near Mirjaveh on Friday, killing two guards, state television reported. "
     "Four of the assailants were killed by border troops, the report added.", 6),
    # ... but the enemy's dead claimed by the side whose own figure came first stays a claim
    ("Soldiers killed four rebels near Menaka, the army said. The rebels said they had killed twelve soldiers.", 4),
    ("Gunmen ambushed a gendarmerie patrol near Titao, killing three gendarmes, officials said. Two of the gunmen "
     "were shot dead as they fled, the spokesman said.", 5),
    # ... not fighters a party names as the dead of its own raid: the event's victims told anew
    ("Soldiers raided a herders' camp near Gayeri. At least eight civilians were killed, according to local sources. "
     "An army statement described it as an operation that killed 12 militants.", 8),
    ("Troops killed six militants near Ansongo, the army said. The militants claimed to have killed 15 soldiers.", 6),
])
def test_the_other_sides_dead_told_later(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's figure for its enemy's dead that the report says it cannot check: none coded
    ("The army said on Friday that an aircraft had hit a rebel camp near Kidal and that dozens of terrorists "
     "were neutralised. The claim could not be verified.", 0),
    ("The militants claimed to have killed nine soldiers in an ambush near Diapaga. The information could not be "
     "independently verified.", 0),
    ("The rebels said they had killed 30 government troops near Leer. Reporters were unable to confirm the figure.", 0),
    ("The defence staff said 40 insurgents were killed in the operation. The figures could not be independently "
     "verified.", 0),
    # bodies no one saw are no deaths
    ("Villagers said they heard explosions in the forest on Monday. They did not see bodies.", 0),
    ("Troops searched the area after the blast. No bodies were found.", 0),
    # ... beside the event's own dead it is left out
    ("Gunmen killed three herders near Menaka. The army said it killed 25 of the attackers, a figure that could "
     "not be independently verified.", 3),
    ("Militants ambushed a patrol near Djibo, killing six soldiers. Military authorities later stated that 25 "
     "militants were neutralised, a figure that could not be independently verified.", 6),
    ("Gunmen ambushed a gendarmerie patrol near Titao, killing three gendarmes. The defence staff said in a statement "
     "that 30 attackers were killed. The figure could not be independently verified.", 3),
    # the same claim with nothing saying it is unverified stands (ACLED codes a party's figure)
    ("The army said on Friday that an aircraft had hit a rebel camp near Kidal and that dozens of terrorists "
     "were neutralised.", 12),
    ("The militants claimed to have killed nine soldiers in an ambush near Diapaga.", 9),
    ("Five people were killed in the blast, a hospital source said. This could not be independently confirmed.", 5),
    # the side's own losses, or what else is unconfirmed, are not a claim of the enemy's dead
    ("Two soldiers were killed in the ambush, the army said. The toll could not be independently verified.", 2),
    ("Gunmen shot dead four traders near Kaya, the army said. Police could not confirm the identity of the victims.", 4),
    ("Gunmen killed six villagers near Kaya. JNIM claimed responsibility, a claim that could not be verified.", 6),
])
def test_a_claim_the_report_cannot_verify(counter, text, expected):
    assert deaths(counter, text) == expected
