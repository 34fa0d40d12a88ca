"""Actors stage, eleventh session: a nation's weapon or assault names its forces ('a Russian glide bomb hit',
'troops repelled Russian assaults'), the air force branch only where aircraft are told, fighters of a named
force, a battle told only by its dead on both sides, a group announcing the deaths of its fighters, tribes
that ACLED codes as communities, and named groups and branches the dictionary lacked."""

from datetime import date

import pytest

from test_actors import resolve, resolve_first, resolver  # noqa: F401 (the module's resolver fixture)

AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")
WHEN = date(2025, 3, 4)


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    ("A Russian guided aerial bomb hit a residential street in Okhtyrka on Tuesday, killing a 70-year-old woman, "
     "the regional governor said.", AIR, "Ukraine", "Military Forces of Russia (2000-)", "Civilians (Ukraine)"),
    ("A Russian glide bomb struck an apartment block in Kramatorsk on Monday, wounding five people.",
     AIR, "Ukraine", "Military Forces of Russia (2000-)", "Civilians (Ukraine)"),
    ("Ukrainian troops repelled four Russian assaults near the village of Andriivka on Thursday, the General Staff "
     "said.", CLASH, "Ukraine", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"),
])
def test_a_nations_weapon_or_assault_names_its_forces(resolver, text, event, country, actor1, actor2):
    rec = resolve(resolver, text, *event, country, WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_the_air_force_branch_where_aircraft_are_told(resolver):
    rec = resolve(resolver, "Russian jets dropped two guided bombs on Kupiansk overnight, officials said.",
                  *AIR, "Ukraine", WHEN)
    assert rec.actor1 == "Military Forces of Russia (2000-) Air Force"


@pytest.mark.parametrize("text, country, actor1", [
    ("On Tuesday, fighters of the Popular Mobilisation Forces (PMF) clashed with a group of Islamic State militants "
     "near Tuz in Salahuddin province, the PMF said.", "Iraq", "Military Forces of Iraq (2022-) Popular Mobilization Forces"),
])
def test_fighters_of_a_named_force_are_that_force(resolver, text, country, actor1):
    rec = resolve(resolver, text, *CLASH, country, WHEN)
    assert rec.actor1 == actor1
    assert rec.actor2 == "Islamic State (Iraq)"


def test_a_battle_told_only_by_the_dead_of_both_sides(resolver):
    rec = resolve(resolver, "Two soldiers and four members of the Dawlah Islamiyah-Maute group were killed in a clash "
                  "in the hinterlands of Butig on Friday, the military said.", *CLASH, "Philippines", WHEN)
    assert rec.actor1 == "Military Forces of the Philippines (2022-)"
    assert rec.actor2 == "DI-Maute: Dawlah Islamiyah-Maute Group"


def test_one_side_dead_is_still_no_second_side(resolver):
    rec = resolve(resolver, "Two soldiers were killed in a clash near Butig on Friday, the military said.",
                  *CLASH, "Philippines", WHEN)
    assert rec.actor1 == "Unidentified Armed Group (Philippines)"


@pytest.mark.parametrize("text, actor2", [
    ("An Israeli drone struck a car on the road near Nabatieh on Thursday, killing two men. Hezbollah later "
     "announced the deaths of two of its fighters.", "Hezbollah"),
    ("An Israeli drone struck a car on the road near Nabatieh on Thursday, killing two men. Hezbollah later "
     "condemned the strike.", "Civilians (Lebanon)"),
])
def test_the_dead_a_group_announces_as_its_fighters(resolver, text, actor2):
    rec = resolve(resolver, text, *AIR, "Lebanon", WHEN)
    assert rec.actor1 == "Military Forces of Israel (2022-)"
    assert rec.actor2 == actor2


@pytest.mark.parametrize("country, suffix", [("Papua New Guinea", "Communal"), ("Yemen", "Tribal")])
def test_tribes_are_communities_where_acled_codes_them_so(resolver, country, suffix):
    rec = resolve(resolver, "Five men were killed on Saturday when fighting broke out between the Yakale and Kombi "
                  "tribes near the provincial capital, police said.", *CLASH, country, WHEN)
    assert rec.actor1 == f"Yakale {suffix} Militia ({country})"
    assert rec.actor2 == f"Kombi {suffix} Militia ({country})"


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    ("Heavy clashes broke out late on Monday between the 444 Brigade and the Radaa force in the Abu Salim district "
     "of Tripoli.", CLASH, "Libya", "444 Brigade", "Special Deterrence Force"),
    ("A suicide bomber rammed an explosives-laden car into a vehicle of the paramilitary Frontier Corps near Quetta "
     "on Tuesday, killing three soldiers.", ("Explosions/Remote violence", "Suicide bomb"), "Pakistan",
     "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan (2024-) Frontier Corps"),
])
def test_groups_and_branches_by_their_names(resolver, text, event, country, actor1, actor2):
    rec = resolve(resolver, text, *event, country, WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    ("In the afternoon, Thai F-16 fighter jets struck Cambodian military positions near Choam Ksant, the Thai army "
     "said.", AIR, "Cambodia", "Military Forces of Thailand (2023-)", "Military Forces of Cambodia (1993-)"),
    ("Iraqi F-16 jets on Wednesday struck caves used by Islamic State militants in the hills east of Tuz Khurmatu, "
     "killing five militants.", AIR, "Iraq", "Military Forces of Iraq (2022-)", "Islamic State (Iraq)"),
])
def test_a_nations_aircraft_named_by_model_and_the_holders_of_the_place_hit(resolver, text, event, country, actor1,
                                                                            actor2):
    rec = resolve(resolver, text, *event, country, WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_people_who_use_a_road_patrolled_are_not_hit(resolver):
    rec = resolve(resolver, "Three police officers were killed when their vehicle hit a landmine near Elwak. The "
                  "officers were patrolling a road used by traders when the blast struck.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Kenya", WHEN)
    assert rec.actor2 == "Police Forces of Kenya (2022-)"


def test_victims_of_a_nation_the_dictionary_lacked(resolver):
    rec = resolve(resolver, "Gunmen kidnapped four Cuban migrants from a bus near Reynosa on Sunday.",
                  "Violence against civilians", "Abduction/forced disappearance", "Mexico", WHEN)
    assert rec.actor2 == "Civilians (Cuba)"


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    ("Gunmen shot dead a village leader in Toribio on Saturday, the council said. The community identified the "
     "attackers as members of the Dagoberto Ramos Mobile Column.", ("Violence against civilians", "Attack"), "Colombia",
     "FARC Dissident - Dagoberto Ramos: Revolutionary Armed Forces of Colombia Dissident Faction (Dagoberto Ramos)",
     "Civilians (Colombia)"),
    ("Six farmers were abducted in their fields near Eringeti on Tuesday. The local administrator said the ADF had "
     "taken them into the bush.", ("Violence against civilians", "Abduction/forced disappearance"),
     "Democratic Republic of Congo", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"),
    ("Two suspected gang members were killed in a shootout with police in San Pedro Sula on Tuesday. Police said the "
     "dead belonged to the Mara Salvatrucha (MS-13).", CLASH, "Honduras", "Police Forces of Honduras (2022-)",
     "MS-13: Mara Salvatrucha"),
])
def test_a_side_named_right_after_the_deed(resolver, text, event, country, actor1, actor2):
    rec = resolve_first(resolver, text, *event, country, WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_a_group_said_to_do_something_else_is_no_doer(resolver):
    rec = resolve_first(resolver, "Six farmers were abducted in their fields near Eringeti on Tuesday. The local "
                        "administrator said the ADF had recently moved into the area.",
                        "Violence against civilians", "Abduction/forced disappearance", "Democratic Republic of Congo",
                        WHEN)
    assert rec.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    ("On Saturday, Saudi air defences intercepted and destroyed a drone heading towards Khamis Mushait, the "
     "coalition said.", ("Strategic developments", "Disrupted weapons use"), "Saudi Arabia",
     "Military Forces of Saudi Arabia (2015-)", None),
    ("Jihadists attacked the post of the volunteers at the entrance to Kantchari on Sunday, a teacher said.",
     CLASH, "Burkina Faso", None, "VDP: Volunteer for Defense of Homeland"),
])
def test_a_nations_air_defences_and_burkina_fasos_volunteers(resolver, text, event, country, actor1, actor2):
    rec = resolve_first(resolver, text, *event, country, date(2023, 3, 8))
    assert actor1 is None or rec.actor1 == actor1
    assert actor2 is None or rec.actor2 == actor2
