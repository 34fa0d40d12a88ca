"""Actors stage: names news gives groups and forces that ACLED names otherwise — a group's full name with the
article ACLED's name leaves out, a branch of the forces named after the soldiers who belong to it, and the
force behind a drone strike, which is not its air force branch, and clans and tribes that fight as militias."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)

CLASH = ("Battles", "Armed clash")
STRIKE = ("Explosions/Remote violence", "Air/drone strike")

CASES = {
    "a full name with 'the' after 'for'": (
        "The Group for the Support of Islam and Muslims attacked an army post near Djibo on Sunday, killing "
        "eight soldiers.", CLASH, "Burkina Faso", date(2022, 5, 8), "JNIM: Group for Support of Islam and Muslims", None),
    "a full name and its abbreviation in brackets are one group": (
        "Militants of the Group for the Support of Islam and Muslims (JNIM) ambushed a convoy near Dori on Monday.",
        CLASH, "Burkina Faso", date(2022, 5, 9), "JNIM: Group for Support of Islam and Muslims", None),
    "soldiers of a branch are that branch": (
        "Soldiers of the Rashtriya Rifles killed two militants in a gunfight in Kupwara district on Monday.", CLASH,
        "India", date(2022, 5, 9), "Military Forces of India (2014-) Rashtriya Rifles", None),
    "drones are no air force": (
        "Russian attack drones struck an energy facility in Odesa overnight, officials said.", STRIKE, "Ukraine",
        date(2023, 10, 12), "Military Forces of Russia (2000-)", None),
    "aircraft are the air force": (
        "Russian warplanes bombed the village of Yakovlivka on Wednesday, destroying houses.", STRIKE, "Ukraine",
        date(2022, 3, 2), "Military Forces of Russia (2000-) Air Force", None),
}


@pytest.mark.parametrize("name", CASES)
def test_news_names_of_groups_and_forces(resolver, name):
    text, (etype, sub), country, when, actor1, assoc = CASES[name]
    rec = resolve(resolver, text, etype, sub, country, when)
    assert rec.actor1 == actor1
    assert rec.assoc_actor_1 == assoc



CLAN_CASES = {
    # ACLED's unnamed clan or tribal militia of the country, where it has one
    "clan militias in Somalia": (
        "Clan militias clashed over grazing land near Galkayo on Monday, killing six.", "Somalia",
        "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)"),
    "tribal militias in Iraq": (
        "Two tribal militias clashed in the Shatra district of Thi Qar on Monday over a land dispute.", "Iraq",
        "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)"),
    # a clan the dictionary does not know, named after its noun; the tribesmen are its members
    "tribesmen of a named clan against a rival clan": (
        "Tribesmen of the Mehsud clan clashed with a rival clan over land in Kurram on Monday, leaving five dead.",
        "Pakistan", "Mehsud Clan Militia (Pakistan)", "Unidentified Ethnic Militia (Pakistan)"),
}


@pytest.mark.parametrize("name", CLAN_CASES)
def test_clans_and_tribes_are_identity_militias(resolver, name):
    text, country, actor1, actor2 = CLAN_CASES[name]
    rec = resolve(resolver, text, *CLASH, country, date(2022, 5, 9))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


TAKEOVER = ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text, country, actor1, actor2", [
    ("Soldiers withdrew from the town of Mahas on Monday and Al Shabaab fighters moved in, residents said.",
     "Somalia", "Al Shabaab", "Military Forces of Somalia (2022-)"),
    ("The army abandoned its base in Boni on Tuesday, and JNIM militants took control of the town.",
     "Burkina Faso", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)"),
])
def test_the_side_that_takes_a_town_comes_first(resolver, text, country, actor1, actor2):
    rec = resolve(resolver, text, *TAKEOVER, country, date(2022, 10, 4))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_forces_a_claimant_says_it_targeted_are_no_victims(resolver):
    """The people the blast hit where it is told are its victims, not the soldiers the claimant says it aimed at."""
    rec = resolve(resolver, "A bomb killed five civilians at a market in Gao on Monday. The Islamic State said its "
                  "fighters had targeted Malian soldiers.", "Explosions/Remote violence",
                  "Remote explosive/landmine/IED", "Mali", date(2022, 10, 3))
    assert rec.actor2 == "Civilians (Mali)"


def test_armed_men_from_a_named_group_are_that_group(resolver):
    rec = resolve(resolver, "Mexican marines clashed with gunmen from the Sinaloa cartel near Culiacan on Monday, "
                  "killing four.", *CLASH, "Mexico", date(2022, 5, 9))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Mexico (2018-)", "Sinaloa Cartel")


def test_men_killed_where_the_attacker_says_it_hit_a_cell_are_no_civilians(resolver):
    rec = resolve(resolver, "An Israeli drone struck a car near Bint Jbeil on Wednesday, killing two men. The Israeli "
                  "military said it had targeted a Hezbollah cell.", *STRIKE, "Lebanon", date(2023, 11, 15))
    assert rec.actor2 == "Hezbollah"


@pytest.mark.parametrize("text, etype, country, expected", [
    # a one-word branch inside the longer name of the country's own branch
    ("A mob burnt two vehicles of customs officers in Asara village after an accident at a checkpoint.",
     ("Riots", "Mob violence"), "Nigeria", "Police Forces of Nigeria (2015-2023) Nigeria Customs Service"),
    # 'military' sharing the noun of 'civil police'
    ("A drug trafficker exchanged fire with military and civil police forces in Santarem on Friday and was killed.",
     CLASH, "Brazil", "Military Forces of Brazil (2019-) Military Police"),
])
def test_branches_named_as_the_country_names_them(resolver, text, etype, country, expected):
    rec = resolve(resolver, text, *etype, country, date(2022, 6, 3))
    assert expected in (rec.actor1, rec.actor2)


def test_a_group_the_dictionary_lacks_is_named_by_its_name_and_abbreviation(resolver):
    """ACLED names a group 'ABBR: Full Name'; the abbreviation stands for it later in the article."""
    text = ("Fighters of the Kuki National Army (KNA) ambushed a patrol in Churachandpur on Monday, killing two "
            "soldiers. On Tuesday, KNA fighters attacked a second patrol.")
    rec = resolve(resolver, text, *CLASH, "India", date(2022, 5, 9))
    assert rec.actor1 == "KNA: Kuki National Army"


def test_a_name_with_a_countrys_word_is_no_new_group(resolver):
    rec = resolve(resolver, "Soldiers of the Kenya Defence Forces (KDF) killed three Al Shabaab militants near Lamu.",
                  *CLASH, "Kenya", date(2022, 5, 9))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Kenya (2013-)", "Al Shabaab")


def test_a_name_with_a_countrys_two_words_is_no_new_group(resolver):
    rec = resolve(resolver, "A joint Burkina Faso Defence and Security Forces (FDS) and volunteer fighters (VDP) unit "
                  "repelled an assault by ISGS militants on Raogo.", *CLASH, "Burkina Faso", date(2020, 11, 8))
    assert "Military Forces of Burkina Faso (2015-)" in (rec.actor1, rec.actor2)


def test_a_branch_of_the_state_named_in_full_is_no_new_group(resolver):
    rec = resolve(resolver, "Maoists blew up a vehicle of the Central Reserve Police Force (CRPF) in Bijapur, killing "
                  "six jawans.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "India", date(2023, 4, 26))
    assert rec.actor2 == "Police Forces of India (2014-) Central Reserve Police Force"


def test_who_blames_a_killing_on_a_gang_is_no_party(resolver):
    rec = resolve(resolver, "A bus driver was shot dead in San Pedro Sula on Monday, in a killing police blamed on the "
                  "MS-13 gang.", "Violence against civilians", "Attack", "Honduras", date(2023, 5, 8))
    assert (rec.actor1, rec.actor2) == ("MS-13: Mara Salvatrucha", "Civilians (Honduras)")


def test_a_claim_names_who_burned_property(resolver):
    """Burning is a deed: who reports it is no party, and the group that claims it did it."""
    rec = resolve(resolver, "Fourteen logging trucks were burned by armed men near Ercilla on Thursday, police said, in "
                  "an attack later claimed by the Arauco-Malleco Coordinator (CAM).", "Strategic developments",
                  "Looting/property destruction", "Chile", date(2022, 5, 19))
    assert rec.actor1 == "CAM: Coordination Arauco Malleco"



@pytest.mark.parametrize("text, country, actor1", [
    ("A gunman opened fire at a supermarket in Buffalo on Saturday, killing ten people.", "United States",
     "Sole Perpetrator (United States)"),
    # several attackers, or a country whose lone attackers ACLED does not name so
    ("Gunmen opened fire at a bar in Tulsa on Saturday, killing two people.", "United States",
     "Unidentified Armed Group (United States)"),
    ("A gunman shot dead a trader in Kisumu on Monday.", "Kenya", "Unidentified Armed Group (Kenya)"),
])
def test_a_lone_attacker(resolver, text, country, actor1):
    rec = resolve(resolver, text, "Violence against civilians", "Attack", country, date(2022, 5, 14))
    assert rec.actor1 == actor1
