"""Actors stage: who an event is done to, as ACLED codes it — a crowd's grievance is not the target of
its riot."""

from datetime import date

import pytest

from newsevents.actors import ActorResolver

from test_actors import resolve


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


@pytest.mark.parametrize("text", [
    "Traders blocked the Kisumu road and burned tyres to protest the killing of a boy by a motorist.",
    "Youths rioted in Eldoret over the death of a motorcyclist, burning a truck.",
    "Residents set fire to a lorry near Molo after a woman was found murdered at her home.",
    "Students burned tyres on the campus road following the arrest of a trader.",
])
def test_the_victims_a_crowd_protests_about_are_not_its_targets(resolver, text):
    rec = resolve(resolver, text, "Riots", "Violent demonstration", "Kenya", when=date(2021, 6, 3))
    assert rec.actor1 == "Rioters (Kenya)"
    assert rec.actor2 is None


def test_people_the_crowd_attacks_are_its_targets(resolver):
    rec = resolve(resolver, "Demonstrators barricaded the highway near Embu and beat a motorcyclist who tried to pass.",
                  "Riots", "Violent demonstration", "Kenya", when=date(2021, 6, 3))
    assert rec.actor2 == "Civilians (Kenya)"


IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text, country, when, bombers, victims", [
    ("An army truck struck an IED near Djibo on Monday. The device was probably planted by JNIM militants.",
     "Burkina Faso", date(2021, 9, 6), "JNIM: Group for Support of Islam and Muslims",
     "Military Forces of Burkina Faso (2015-)"),
    ("A police patrol vehicle ran over a landmine outside Mandera; police blamed Al Shabaab for laying it.",
     "Kenya", date(2020, 2, 11), "Al Shabaab", "Police Forces of Kenya (2013-)"),
])
def test_forces_that_hit_a_mine_are_its_victims(resolver, text, country, when, bombers, victims):
    rec = resolve(resolver, text, *IED, country, when=when)
    assert (rec.actor1, rec.actor2) == (bombers, victims)


def test_a_group_said_to_be_behind_the_attack_is_the_perpetrator(resolver):
    rec = resolve(resolver, "A bomb went off beside a bus stop in Quetta, wounding six people. Police suspect that "
                            "Baloch separatists are behind the blast.", *IED, "Pakistan", when=date(2022, 5, 1))
    assert rec.actor1 == "Baloch Separatists (Pakistan)"


def test_a_note_naming_the_suspect_names_the_perpetrator(resolver):
    rec = resolve(resolver, "A bus ran over an IED near Elwak, injuring four passengers. Al Shabaab suspected.",
                  *IED, "Kenya", when=date(2019, 7, 2))
    assert (rec.actor1, rec.actor2) == ("Al Shabaab", "Civilians (Kenya)")


@pytest.mark.parametrize("text, actor1", [
    # two groups joined as the subject of "clashed" fight each other
    ("JNIM and ISGS militants clashed near Gorom-Gorom on Sunday, leaving about ten fighters dead.",
     "JNIM: Group for Support of Islam and Muslims"),
    # ... but those who clash *with* a group are allies against it
    ("VDP volunteers and Burkinabe soldiers clashed with presumed ISGS militants near Markoye.",
     "VDP: Volunteer for Defense of Homeland"),
])
def test_groups_that_clash_with_each_other_are_the_two_sides(resolver, text, actor1):
    rec = resolve(resolver, text, "Battles", "Armed clash", "Burkina Faso", when=date(2020, 10, 13))
    assert (rec.actor1, rec.actor2) == (actor1, "Islamic State (Greater Sahara)")


@pytest.mark.parametrize("text, actor1", [
    ("Gunmen, believed to be bandits, kidnapped four farmers near Birnin Gwari.", "Unidentified Armed Group (Nigeria)"),
    ("Police in Kaduna shot dead two suspects in an incident that left one officer injured.",
     "Police Forces of Nigeria (2015-2023)"),
])
def test_a_hedge_or_a_noun_is_no_report_of_the_event(resolver, text, actor1):
    rec = resolve(resolver, text, "Violence against civilians", "Attack", "Nigeria", when=date(2021, 5, 2))
    assert rec.actor1 == actor1


def test_people_killed_in_a_battle_are_no_side_of_it(resolver):
    rec = resolve(resolver, "Members of rival drug trafficking groups exchanged fire in a Manaus neighbourhood. "
                            "Two people were killed.", "Battles", "Armed clash", "Brazil", when=date(2022, 5, 3))
    assert (rec.actor1, rec.actor2) == ("Unidentified Gang (Brazil)", "Unidentified Gang (Brazil)")


@pytest.mark.parametrize("text", [
    "A man was killed in Uruapan and his body was found tied and gagged beside a road.",
    "The bodies of two women were found inside bags in an empty lot in Celaya, along with a message.",
])
def test_a_killing_with_a_gangs_marks_is_a_gang_killing(resolver, text):
    rec = resolve(resolver, text, "Violence against civilians", "Attack", "Mexico", when=date(2022, 4, 2))
    assert rec.actor1 == "Unidentified Gang (Mexico)"


def test_a_vehicle_struck_by_a_mine_in_a_headline_is_the_target(resolver):
    rec = resolve(resolver, "Army truck struck by landmine near Arbinda. JNIM claimed the attack.",
                  *IED, "Burkina Faso", when=date(2019, 2, 4))
    assert (rec.actor1, rec.actor2) == ("JNIM: Group for Support of Islam and Muslims",
                                        "Military Forces of Burkina Faso (2015-)")


def test_government_positions_are_the_states_forces(resolver):
    rec = resolve(resolver, "Rebels shelled government positions near Horlivka with mortars overnight.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine", when=date(2021, 11, 3))
    assert rec.actor2 == "Military Forces of Ukraine (2019-)"


def test_imbonerakure_by_their_own_name(resolver):
    rec = resolve(resolver, "Imbonerakure beat a CNL member near Gitega on Saturday.",
                  "Violence against civilians", "Attack", "Burundi", when=date(2022, 3, 7))
    assert rec.actor1 == "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)"


@pytest.mark.parametrize("text, event", [
    ("Security forces fired tear gas to disperse traders who marched in Koudougou against new market fees.",
     ("Protests", "Protest with intervention")),
    ("Students marched in Bobo-Dioulasso against the military coup; police arrested a dozen of them.",
     ("Protests", "Protest with intervention")),
    ("Youths burned tyres on the main road in Fada; security forces dispersed them with tear gas.",
     ("Riots", "Violent demonstration")),
])
def test_the_forces_that_face_a_crowd_are_the_police(resolver, text, event):
    rec = resolve(resolver, text, *event, "Burkina Faso", when=date(2021, 2, 10))
    assert rec.actor2 == "Police Forces of Burkina Faso (2015-)"


@pytest.mark.parametrize("country, owners", [("Mexico", "Unidentified Gang (Mexico)"), ("Kenya", "Civilians (Kenya)")])
def test_drugs_seized_by_forces_belong_to_a_gang_where_acled_codes_gangs(resolver, country, owners):
    rec = resolve(resolver, "Soldiers seized 300 kg of cocaine hidden in a lorry at a checkpoint.",
                  "Strategic developments", "Looting/property destruction", country, when=date(2022, 4, 18))
    assert rec.actor2 == owners


@pytest.mark.parametrize("text, actor1", [
    ("The Kanbalu PDF ambushed a junta column near Hnaw Kone village with mines.", "People's Defense Force - Kanbalu"),
    ("Fighters of the Ye-U PDF ambushed a junta column near the village with mines.", "People's Defense Force - Ye-U"),
    ("Local PDF fighters ambushed a junta column near Hnaw Kone village with mines.", "PDF: People's Defense Force"),
    ("The NUG PDF ambushed a junta column near Hnaw Kone village with mines.", "PDF: People's Defense Force"),
])
def test_a_local_pdf_is_named_after_its_town(resolver, text, actor1):
    rec = resolve(resolver, text, *IED, "Myanmar", when=date(2022, 6, 9))
    assert rec.actor1 == actor1


@pytest.mark.parametrize("text, actor2", [
    ("Residents burned tyres on the Nairobi road over the death of a driver in a shoot-out with police.", None),
    ("Mutinying soldiers fired into the air and looted shops in Dedougou overnight.", None),
    ("Students blocked the Migori road with stones as police lobbed teargas to disperse them.",
     "Police Forces of Kenya (2013-)"),
])
def test_forces_a_riot_is_about_or_by_are_not_its_targets(resolver, text, actor2):
    rec = resolve(resolver, text, "Riots", "Violent demonstration", "Kenya", when=date(2021, 6, 3))
    assert rec.actor2 == actor2
