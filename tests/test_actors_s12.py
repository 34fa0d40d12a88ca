"""Actors stage, twelfth session: the forces a mob faces when they step in ('police intervened and restored
order'), and the villages that communities who take up arms come from ('Sedje villagers', 'youths from
Kpakpa', two villages that fight each other)."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)

MOB = ("Riots", "Mob violence")
CLASH = ("Battles", "Armed clash")
WHEN = date(2024, 7, 2)


@pytest.mark.parametrize("text", [
    "A crowd of young men stormed the tallying centre in Bondo on Monday and set ballot boxes on fire. Riot "
    "police broke up the crowd with batons.",
    "Hundreds of traders ransacked the market office in Bondo on Monday after a rise in stall fees. Officers later "
    "moved in and restored order.",
    "Dozens of youths smashed the windows of the county offices in Bondo on Monday. The police broke up the crowd "
    "an hour later.",
])
def test_forces_stepping_in_face_a_mob_that_attacks_no_one(resolver, text):
    rec = resolve(resolver, text, *MOB, "Kenya", WHEN)
    assert (rec.actor1, rec.actor2) == ("Rioters (Kenya)", "Police Forces of Kenya (2022-)")


def test_a_mob_that_attacks_someone_still_faces_its_victim(resolver):
    rec = resolve(resolver, "A mob beat a man accused of stealing a goat in Bondo on Monday. Police broke up the mob and "
                  "took him to hospital.", *MOB, "Kenya", WHEN)
    assert rec.actor2 == "Civilians (Kenya)"


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Sedje and Houeto villagers clashed with machetes and clubs over a farm boundary on Sunday, leaving five "
     "people wounded.", "Sedje Communal Militia (Benin)", "Houeto Communal Militia (Benin)"),
    ("Villagers from Sedje and Houeto villages fought over a disputed field on Sunday; two men were wounded.",
     "Sedje Communal Militia (Benin)", "Houeto Communal Militia (Benin)"),
    ("Youths from Kpakpa clashed with villagers from Houeto over a fishing pond on Sunday.",
     "Kpakpa Communal Militia (Benin)", "Houeto Communal Militia (Benin)"),
])
def test_each_village_that_fights_is_a_side(resolver, text, actor1, actor2):
    rec = resolve(resolver, text, *CLASH, "Benin", WHEN)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_a_village_named_before_its_people_names_their_militia(resolver):
    rec = resolve(resolver, "On Sunday, Kpakpa villagers armed with machetes attacked a herders' camp and killed two "
                  "herders.",
                  "Violence against civilians", "Attack", "Benin", WHEN)
    assert rec.actor1 == "Kpakpa Communal Militia (Benin)"


def test_a_people_named_before_villagers_is_no_village(resolver):
    rec = resolve(resolver, "Fulani and Bariba villagers clashed over grazing land on Sunday, leaving three dead.",
                  *CLASH, "Benin", WHEN)
    assert "Communal Militia (Benin)" not in (rec.actor1 or "").replace("Unidentified Communal Militia (Benin)", "")


@pytest.mark.parametrize("text, country, event, actor1", [
    ("A Kassala communal militia raided a farm east of the town on Friday and killed two labourers.", "Sudan",
     ("Violence against civilians", "Attack"), "Kassala Communal Militia (Sudan)"),
    ("Members of the Lubilanji communal group attacked a police post near Mwene-Ditu on Friday over a land dispute.",
     "Democratic Republic of Congo", CLASH, "Lubilanji Communal Militia (Democratic Republic of Congo)"),
    ("On Friday, members of the Bena Kanioka communal group attacked a police post near Mwene-Ditu.",
     "Democratic Republic of Congo", CLASH, "Bena Kanioka Communal Militia (Democratic Republic of Congo)"),
])
def test_a_communal_militia_told_by_its_place(resolver, text, country, event, actor1):
    rec = resolve(resolver, text, *event, country, WHEN)
    assert rec.actor1 == actor1


def test_a_local_defence_group_is_a_communal_militia(resolver):
    rec = resolve(resolver, "Gunmen attacked the Amaigbo local defence group on patrol on Friday, wounding its leader.",
                  *CLASH, "Nigeria", WHEN)
    assert rec.actor2 == "Amaigbo Communal Militia (Nigeria)"
    rec = resolve(resolver, "Gunmen attacked the Obollo-Afor local defence group on patrol on Friday.", *CLASH, "Nigeria", WHEN)
    assert rec.actor2 == "Obollo-Afor Communal Militia (Nigeria)"
