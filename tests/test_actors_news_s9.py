"""Actors stage: names that news gives armed groups — a country's forces whose long name ends in another
country's group name, groups told by another name ('known as'), groups introduced by their name and
abbreviation with a group noun after them, and groups the dictionary now names (3R, Jaish al Adl, Kuki and
Meitei militias, the White Army, CODECO under ACLED's one name)."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
WHEN = date(2024, 3, 5)

CASES = {
    "a country's forces whose name ends in another country's group name": (
        "Armed youths attacked a base of the South Sudan People's Defence Forces (SSPDF) near Pibor on Tuesday, "
        "killing four soldiers.", CLASH, "South Sudan", None, "Military Forces of South Sudan (2011-)"),
    "a country's forces named in full without their abbreviation": (
        "The Uganda People's Defence Forces clashed with ADF rebels near Beni on Tuesday.", CLASH,
        "Democratic Republic of Congo", "Military Forces of Uganda (1986-)", "ADF: Allied Democratic Forces"),
    "men known by a group's name are that group": (
        "Armed youths known as the White Army overran an army garrison in the town of Pochalla on Monday.",
        CLASH, "South Sudan", "Nuer Ethnic Militia (South Sudan)", "Military Forces of South Sudan (2011-)"),
    "a group blamed by its full name and abbreviation": (
        "Gunmen raided the village of Bozoum on Monday, killing three herders; officials blamed the Return, "
        "Reclamation and Rehabilitation (3R) rebel group.", ATTACK, "Central African Republic",
        "3R: Return, Reclamation, Rehabilitation", "Civilians (Central African Republic)"),
    "a group by its abbreviation": (
        "3R fighters clashed with soldiers near Bocaranga on Monday.", CLASH, "Central African Republic",
        "3R: Return, Reclamation, Rehabilitation", "Military Forces of the Central African Republic (2016-)"),
    "an unknown group with its abbreviation and a group noun after it is coined": (
        "Gunmen raided a village near Kaga-Bandoro on Monday, killing two; officials blamed the Patriotic Movement "
        "for Central Africa (MPC) rebel group.", ATTACK, "Central African Republic",
        "MPC: Patriotic Movement for Central Africa", "Civilians (Central African Republic)"),
    "a group that claims the attack": (
        "Militants attacked a police station in Saravan on Tuesday, killing three officers. Jaish al-Adl claimed "
        "the attack.", CLASH, "Iran", "Jaish al Adl", "Police Forces of Iran (1989-)"),
    "two peoples' militias": (
        "Suspected Kuki militants opened fire on Meitei village volunteers in Churachandpur district on Sunday.",
        CLASH, "India", "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"),
    "a group's full name with 'the' is ACLED's one name": (
        "Fighters of the Cooperative for the Development of Congo (CODECO) attacked a camp near Djugu on Monday, "
        "killing nine.", ATTACK, "Democratic Republic of Congo", "CODECO: Cooperative for Development of Congo",
        "Civilians (Democratic Republic of Congo)"),
}


@pytest.mark.parametrize("name", CASES)
def test_news_names_of_groups(resolver, name):
    text, (etype, sub), country, actor1, actor2 = CASES[name]
    rec = resolve(resolver, text, etype, sub, country, WHEN)
    if actor1 is not None:
        assert rec.actor1 == actor1
    assert rec.actor2 == actor2
    assert rec.assoc_actor_1 is None


def test_a_myanmar_group_is_still_itself(resolver):
    rec = resolve(resolver, "Fighters of the People's Defence Force attacked a junta outpost in Sagaing region on "
                  "Monday.", *CLASH, "Myanmar", WHEN)
    assert rec.actor1 == "PDF: People's Defense Force"


ARRESTS = ("Strategic developments", "Arrests")

ARRESTED = {
    # the body the arrested are said to serve, by their role in it, their ties or what they did for it
    "a role in a unit of a group": (
        "Police arrested a man they described as a finance officer of an NPA unit in Barangay Tinongan, Isabela, "
        "on Monday.", "Philippines", "NPA: New People's Army"),
    "suspected of recruiting for a group": (
        "Police arrested five people suspected of recruiting for the Allied Democratic Forces (ADF) in Bundibugyo "
        "district.", "Uganda", "ADF: Allied Democratic Forces"),
    # activists arrested where no protest is told are civilians; protesting ones stay protesters
    "activists arrested with no protest": (
        "Agents of the IRGC arrested four civil activists in the city of Iranshahr on Monday.", "Iran",
        "Civilians (Iran)"),
    "activists arrested while protesting": (
        "Police arrested twelve activists who were protesting outside the governor's office in Lahore on Monday.",
        "Pakistan", "Protesters (Pakistan)"),
    # the project codes arrested party members as the party
    "party activists": (
        "Police arrested 45 activists of the PTI party in Lahore on Monday.", "Pakistan",
        "PTI: Pakistan Tehreek-i-Insaf"),
    "relatives of a group's leader are not the group": (
        "Police arrested the family members of a PDF leader in Mandalay on Monday.", "Myanmar", "Civilians (Myanmar)"),
}


@pytest.mark.parametrize("name", ARRESTED)
def test_who_the_arrested_are(resolver, name):
    text, country, actor2 = ARRESTED[name]
    rec = resolve(resolver, text, *ARRESTS, country, WHEN)
    assert rec.actor2 == actor2


STRIKE = ("Explosions/Remote violence", "Air/drone strike")

SIDES = {
    # where only the state flies, a plane no one names is its military's
    "an unnamed aircraft": (
        "On Wednesday, an aircraft bombed the outskirts of Pibor, killing three civilians. Residents said the plane "
        "dropped barrel bombs.", STRIKE, "South Sudan", "Military Forces of South Sudan (2011-)",
        "Civilians (South Sudan)"),
    # an army that tells of a drone strike on its enemy made it; one hit by a drone is its target
    "the army tells of its strike": (
        "The army said on Tuesday that a drone struck a group of JNIM fighters near Kaya on Monday.", STRIKE,
        "Burkina Faso", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims"),
    "the army tells of a strike on itself": (
        "A drone struck an army base near Kaya on Monday, killing four soldiers, the army said.", STRIKE,
        "Burkina Faso", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"),
    # the parties that agree together are both sides
    "an agreement of two parties": (
        "The army and Mayi Mayi fighters signed a ceasefire in Fizi on Monday.", ("Strategic developments", "Agreement"),
        "Democratic Republic of Congo", "Military Forces of the Democratic Republic of Congo (2019-)",
        "Mayi Mayi Militia"),
    "talks of two parties": (
        "Representatives of the BRN and the Thai government held a third round of peace talks in Kuala Lumpur on "
        "Monday.", ("Strategic developments", "Agreement"), "Thailand",
        "BRN: Barisan Revolusi Nasional Melayu Patani", "Government of Thailand (2023-)"),
    "villagers who only welcome those who give up are no party": (
        "Twelve NPA rebels surrendered to the army in Kabankalan on Monday, handing over their rifles, and villagers "
        "welcomed them.", ("Strategic developments", "Agreement"), "Philippines", "NPA: New People's Army",
        "Military Forces of the Philippines (2022-)"),
    # the branch the victims are told to belong to
    "officers attached to a branch": (
        "Two police officers were killed when their vehicle hit a roadside bomb near Garsen on Monday. The officers, "
        "attached to the General Service Unit, were on patrol.", ("Explosions/Remote violence",
                                                                  "Remote explosive/landmine/IED"),
        "Kenya", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2022-) General Service Unit"),
}


@pytest.mark.parametrize("name", SIDES)
def test_sides_news_leaves_implicit(resolver, name):
    text, (etype, sub), country, actor1, actor2 = SIDES[name]
    rec = resolve(resolver, text, etype, sub, country, WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)
