"""Actors stage, ninth session: clans listed before the noun they share ('the Jibril and Matan clans'), clan
names of several words, a group named in brackets after unknown armed men ('armed men (assumed Darfur
communal militia)'), Nigeria's cult militiamen and Iraq's tribal militants, the Philippines' anti-drug
vigilantes, two of one kind fighting each other, security measures no one is said to take, a party's people
whose goods are destroyed, victims of another nationality, and whose defused device it was."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)
from test_actors_news_causes import CLASH, VAC


@pytest.mark.parametrize("text, country, actor1, actor2", [
    ("Four people died on Sunday in fighting between the Abdalla and Hirsi clans near Wajir.",
     "Kenya", "Abdalla Clan Militia (Kenya)", "Hirsi Clan Militia (Kenya)"),
    ("Two Lomuk and Nakapel Koro clans clashed over grazing land near the border on Friday.",
     "Kenya", "Lomuk Clan Militia (Kenya)", "Nakapel Koro Clan Militia (Kenya)"),
    ("Fighting between Abgaal and Habar Gidir clan militias killed three people near Adale.",
     "Somalia", "Abgaal Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)"),
    # peoples ACLED names as ethnic militias keep their name when listed before 'clans'
    ("Fighting between the Degodia and Garre clans left five dead near Mandera.",
     "Kenya", "Degodia Ethnic Militia (Kenya)", "Garre Ethnic Militia (Kenya)"),
])
def test_clans_listed_before_their_shared_noun_are_each_a_clan_militia(resolver, text, country, actor1, actor2):
    rec = resolve(resolver, text, *CLASH, country, date(2016, 5, 3))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, country, when, actor1", [
    # a group named in brackets after unknown armed men is the one meant
    ("Three armed men (assumed South Kordofan communal militia) on camels shot a trader near Kadugli.",
     "Sudan", date(2022, 3, 29), "South Kordofan Communal Militia (Sudan)"),
    ("Unknown gunmen (suspected to be JNIM militants) shot dead two traders near Toeni on Friday.",
     "Burkina Faso", date(2019, 5, 3), "JNIM: Group for Support of Islam and Muslims"),
    # men described in brackets only as men stay unidentified
    ("Unknown gunmen (two men on a motorbike) shot dead a trader near Toeni on Friday.",
     "Burkina Faso", date(2019, 5, 3), "Unidentified Armed Group (Burkina Faso)"),
    # cult and tribal militants are the country's unidentified cult or tribal militia
    ("Suspected cult militiamen shot dead a trader at a bus stop in Uyo on Monday.",
     "Nigeria", date(2022, 4, 11), "Unidentified Cult Militia (Nigeria)"),
    ("Unknown tribal militants shot and killed a shop owner in Amarah on Monday.",
     "Iraq", date(2022, 4, 11), "Unidentified Tribal Militia (Iraq)"),
])
def test_unknown_armed_men_told_more_closely(resolver, text, country, when, actor1):
    rec = resolve(resolver, text, *VAC, country, when)
    assert rec.actor1 == actor1


@pytest.mark.parametrize("text, actor1", [
    ("A drug suspect was shot dead by unidentified gunmen on a motorcycle in Barangay Lahug, Cebu City.",
     "Anti-Drug Vigilantes (Philippines)"),
    ("Police shot dead a drug suspect who fought back during a buy-bust operation in Cebu City.",
     "Police Forces of the Philippines (2016-2022)"),
])
def test_unknown_killers_of_a_drug_suspect_in_the_philippines_are_anti_drug_vigilantes(resolver, text, actor1):
    rec = resolve(resolver, text, *VAC, "Philippines", date(2022, 5, 29))
    assert (rec.actor1, rec.actor2) == (actor1, "Civilians (Philippines)")


def test_a_cleric_killed_by_a_roadside_bomb_is_a_civilian(resolver):
    rec = resolve(resolver, "A cleric died on Saturday after his car hit a roadside bomb near Kiunga in Lamu county.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Kenya", date(2019, 1, 12))
    assert rec.actor2 == "Civilians (Kenya)"


@pytest.mark.parametrize("text, country, side", [
    ("Two Samburu clans clashed over a water point near Baragoi; police intervened to separate them.",
     "Kenya", "Samburu Ethnic Militia (Kenya)"),
    ("Two unidentified tribal groups clashed with light weapons in Suq al-Shuyukh district. Police arrested three men.",
     "Iraq", "Unidentified Tribal Militia (Iraq)"),
])
def test_two_of_one_kind_fighting_each_other_are_both_sides(resolver, text, country, side):
    rec = resolve(resolver, text, *CLASH, country, date(2022, 4, 30))
    assert (rec.actor1, rec.actor2) == (side, side)


def test_two_men_fighting_forces_are_one_side(resolver):
    rec = resolve(resolver, "Two gunmen clashed with gendarmes in Toeni on Friday.", *CLASH, "Burkina Faso",
                  date(2019, 5, 3))
    assert (rec.actor1, rec.actor2) == ("Unidentified Armed Group (Burkina Faso)",
                                        "Police Forces of Burkina Faso (2015-) Gendarmerie")


@pytest.mark.parametrize("text, country, actor1", [
    ("A nightly curfew was imposed from 8 pm to 6 am in Soum province on Wednesday because of insecurity.",
     "Burkina Faso", "Government of Burkina Faso (2022-)"),
    ("The primary school of Kerou was closed on Monday because of security threats.",
     "Benin", "Government of Benin (2016-)"),
    ("Armed men on motorbikes were seen near the park on Sunday; the village school closed the next day.",
     "Benin", "Unidentified Armed Group (Benin)"),
])
def test_a_security_measure_no_one_is_said_to_take_is_the_governments(resolver, text, country, actor1):
    rec = resolve(resolver, text, "Strategic developments", "Other", country, date(2022, 11, 30))
    assert rec.actor1 == actor1


def test_militants_coded_in_brackets_as_a_template_group(resolver):
    rec = resolve(resolver, "Security forces exchanged fire with unidentified militants (coded as Kashmir Rebels) "
                  "during a search operation in Bandipora.", *CLASH, "India", date(2022, 5, 27))
    assert (rec.actor1, rec.actor2) == ("Military Forces of India (2014-)", "Kashmir Rebels (India)")


def test_a_partys_people_whose_goods_forces_destroy_are_civilians_with_the_party_associated(resolver):
    rec = resolve(resolver, "Soldiers burned down two houses of NLD supporters in a village of Tabayin township on "
                  "Sunday.", "Strategic developments", "Looting/property destruction", "Myanmar", date(2022, 1, 9))
    assert (rec.actor1, rec.actor2, rec.assoc_actor_2) == (
        "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", "NLD: National League for Democracy")


def test_an_armed_groups_member_arrested_stays_the_group(resolver):
    rec = resolve(resolver, "Gendarmes arrested a JNIM member near Djibo on Sunday.", "Strategic developments",
                  "Arrests", "Burkina Faso", date(2019, 5, 5))
    assert rec.actor2 == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text, event_type, country, actor2", [
    ("Unknown gunmen entered a gold mining site near Markoye and opened fire on a Nigerien miner.",
     VAC, "Burkina Faso", "Civilians (Niger)"),
    ("Sea pirates boarded a fishing vessel off Cotonou and abducted four South Korean crew members.",
     ("Violence against civilians", "Abduction/forced disappearance"), "Benin", "Civilians (South Korea)"),
    ("A number of farmers attacked Nigerien pastoralists near the village of Bababa. The pastoralists fled.",
     ("Riots", "Mob violence"), "Benin", "Civilians (Niger)"),
])
def test_victims_of_another_nationality_are_that_countrys_civilians(resolver, text, event_type, country, actor2):
    rec = resolve(resolver, text, *event_type, country, date(2021, 5, 31))
    assert rec.actor2 == actor2


@pytest.mark.parametrize("text, actor2", [
    ("Soldiers found and defused two IEDs likely planted by JNIM militants near Namoungou on Monday.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("The army and volunteer fighters dismantled a roadside bomb near Kieka. The device was likely planted by ISGS "
     "militants.", "Islamic State (Greater Sahara)"),
    ("Soldiers defused a roadside bomb near Bartiebougou on Monday.", "Unidentified Armed Group (Burkina Faso)"),
])
def test_whose_defused_device_it_was_is_the_other_side(resolver, text, actor2):
    rec = resolve(resolver, text, "Strategic developments", "Disrupted weapons use", "Burkina Faso", date(2020, 4, 17))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Burkina Faso (2015-)", actor2)


@pytest.mark.parametrize("text, actor1", [
    ("Two chiefs were ambushed and killed by suspected raiders from West Pokot near Nakwamoru on Tuesday.",
     "Pokot Ethnic Militia (Kenya)"),
    ("Gunmen from Somalia killed two teachers in Mandera on Tuesday.", "Unidentified Armed Group (Somalia)"),
])
def test_raiders_from_a_peoples_land_are_that_peoples_militia(resolver, text, actor1):
    rec = resolve(resolver, text, *VAC, "Kenya", date(2016, 12, 6))
    assert rec.actor1 == actor1


@pytest.mark.parametrize("text, actor2", [
    ("Firing by mutinying police was reported in Dedougou and Manga on Thursday night.", None),
    ("Mutinous soldiers fired into the air in Po; police fired tear gas at the rioters.",
     "Police Forces of Burkina Faso (1987-2014)"),
])
def test_mutinying_forces_are_the_rioters_not_whom_they_face(resolver, text, actor2):
    rec = resolve(resolver, text, "Riots", "Violent demonstration", "Burkina Faso", date(2011, 4, 20))
    assert (rec.actor1, rec.actor2) == ("Rioters (Burkina Faso)", actor2)


def test_a_peoples_two_clans_fighting_are_that_peoples_militia(resolver):
    rec = resolve(resolver, "Two people were killed in a clash between Samburu's two clans over grazing land near "
                  "Baragoi.", *CLASH, "Kenya", date(2018, 9, 26))
    assert rec.actor1 == "Samburu Ethnic Militia (Kenya)"


def test_a_checkpoint_of_another_nation_gives_its_victims_no_nationality(resolver):
    rec = resolve(resolver, "Russian soldiers abducted a 16-year-old boy at a Russian checkpoint near Vasylivka.",
                  "Violence against civilians", "Abduction/forced disappearance", "Ukraine", date(2022, 4, 8))
    assert rec.actor2 == "Civilians (Ukraine)"


@pytest.mark.parametrize("when, actor2", [
    (date(2019, 5, 29), "Police Forces of Burkina Faso (2015-) Forest Guards"),
    (date(2020, 3, 16), "Forest Guards (Burkina Faso)"),
])
def test_burkina_fasos_forest_guards_are_named_apart_since_march_2020(resolver, when, actor2):
    rec = resolve(resolver, "Presumed JNIM militants attacked forest guards near Kondio.", *CLASH, "Burkina Faso", when)
    assert rec.actor2 == actor2
