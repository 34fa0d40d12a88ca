"""Actors stage, sixteenth session: rebel groups news names that the dev data never code (RED-Tabara in Burundi,
RUD-Urunana in the Kivus) and Donbas separatists told as 'Russian-backed forces'; the regime each country's forces
are named after on a date before the dev data's first (Zambia before August 2021, Guinea before the coup of
September 2021); 'tourist' qualifying a place ('a tourist village') names no foreign victims; Bahrain's
'security forces' are its police; an unnamed shooter whose rockets were fired from another land is that land's
unidentified armed group; Russia's FSB is a branch of its police; bodies named by their own language's or local
names (Algeria's RAJ, Sri Lanka's NTJ, Barrio 18's Revolucionarios)."""

from datetime import date

import pytest

from newsevents.actor_dictionary import load_dictionary


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    ("On Monday, rebels of the RED-Tabara movement attacked an army position near Musigati in Bubanza province, "
     "killing two soldiers.", date(2021, 6, 9), "RED-Tabara: Resistance for the Rule of Law in Burundi"),
    ("RUD-Urunana fighters attacked a FARDC position near Rutshuru in North Kivu on Sunday, killing one soldier.",
     date(2019, 10, 8), "RUD-Urunana: Rally for Unity and Democracy-Urunana"),
])
def test_rebels_the_dev_data_never_code_are_named(pipeline, text, when, actor1):
    assert events(pipeline, text, when)[0].actor1 == actor1


def test_russian_backed_forces_in_the_donbas_are_the_separatists(pipeline):
    text = ("Ukrainian troops destroyed a howitzer of the Russian-backed forces near Hranitne in Donetsk region "
            "on Tuesday, the general staff said.")
    found = events(pipeline, text, date(2021, 10, 27))[0]
    assert found.actor2 == "NAF: United Armed Forces of Novorossiya"


@pytest.mark.parametrize("country, kind, when, name", [
    ("Zambia", "military", date(2021, 8, 1), "Military Forces of Zambia (2015-2021)"),
    ("Zambia", "police", date(2021, 9, 1), "Police Forces of Zambia (2021-)"),
    ("Guinea", "military", date(2020, 3, 22), "Military Forces of Guinea (2010-2021)"),
    ("Guinea", "military", date(2021, 9, 6), "Military Forces of Guinea (2021-)"),
    ("Israel", "military", date(2019, 6, 15), "Military Forces of Israel (2009-2021)"),
])
def test_forces_are_named_after_the_regime_in_office_on_the_event_date(country, kind, when, name):
    assert load_dictionary().state_name(country, kind, when) == name


def test_a_tourist_village_names_no_foreign_victims(pipeline):
    # 'tourist' qualifying a place: the people killed there are the country's civilians, not foreigners
    text = ("Armed men attacked Kinigi, a tourist village in Musanze District, Rwanda, on Friday night, killing "
            "14 people with machetes.")
    assert events(pipeline, text, date(2019, 10, 7))[0].actor2 == "Civilians (Rwanda)"


def test_security_forces_raiding_homes_in_bahrain_are_its_police(pipeline):
    text = "Security forces raided several houses in Sitra, Bahrain, on Wednesday night and arrested six young men."
    assert events(pipeline, text, date(2019, 2, 16))[0].actor1 == "Police Forces of Bahrain (1999-)"


@pytest.mark.parametrize("text, actor1", [
    ("Late on Friday, a rocket fired from the Gaza Strip hit the yard of a house in Sderot, causing damage but no "
     "injuries.", "Unidentified Armed Group (Palestine)"),
    ("On Friday, two mortar shells fired from Syria landed in the Turkish border town of Akcakale, wounding three "
     "people.", "Unidentified Armed Group (Syria)"),
    # fired from a place in the event's own country: its own unidentified group
    ("On Friday, rockets fired from the area hit a house in Sderot, Israel, wounding three people.",
     "Unidentified Armed Group (Israel)"),
])
def test_an_unnamed_shooter_is_of_the_land_the_weapon_was_fired_from(pipeline, text, actor1):
    assert events(pipeline, text, date(2019, 6, 17))[0].actor1 == actor1


def test_officers_of_russias_federal_security_service_are_its_branch(pipeline):
    text = ("Officers of the Federal Security Service shot dead two suspected militants during a raid on a house in "
            "Khasavyurt, Dagestan, Russia, on Tuesday.")
    assert events(pipeline, text, date(2021, 3, 18))[0].actor1 == "Police Forces of Russia (2000-) Federal Security Service"


@pytest.mark.parametrize("text, when, actor", [
    # people arrested as activists of a named association are that association
    ("On Tuesday, in Tizi Ouzou, Algeria, the police arrested four activists of the association Rassemblement "
     "Actions Jeunesse (RAJ) as they left a meeting.", date(2019, 11, 16), "RAJ: Youth Action Rally"),
    ("Police arrested three suspected members of National Thowheeth Jama'ath in a raid on a house in Ampara, "
     "Sri Lanka, on Tuesday.", date(2019, 5, 16), "NTJ: National Thowheeth Jama'ath"),
])
def test_arrested_members_of_a_body_news_names_are_that_body(pipeline, text, when, actor):
    assert events(pipeline, text, when)[0].actor2 == actor


@pytest.mark.parametrize("text, when, actor1", [
    ("A bus driver was shot dead on Thursday at a terminal in Ciudad Delgado, El Salvador. The police blamed "
     "members of the Revolucionarios faction of Barrio 18.", date(2022, 4, 9), "B-18 (R): Barrio-18 (Revolucionarios)"),
])
def test_groups_news_names_by_their_local_names(pipeline, text, when, actor1):
    assert events(pipeline, text, when)[0].actor1 == actor1
