"""Places, session 24 (B): foreign namesakes chosen over what the words tell.

- A town named like the province around it ('Kwale' in Kwale County, Kenya) is known by the province's name: it weighs
  as the province against a bigger town of that name abroad (Kwale, Nigeria); only a province, not a district named
  like its town (Hastings, New Zealand, stays behind England's Hastings).
- A name the words call a village, where the groups named tell the region, is no province or district abroad either
  ('the village of Abra' after JNIM militants is not the Philippine province).
- A common word that is also a small town's name ('Research') is no place inside the brackets that spell out an
  organisation's acronym.
- 'Way' and 'Lane' end street names ('Waiyaki Way') like 'Road' and 'Street': no town on their own; 'Labor' and
  'Labour' (and 'Guardia', Spanish for a guard: 'the Guardia Civil') are common words that some small town is named
  (a place only where the words call it one).
- A name that is only another spelling of a small town abroad ('Inata', which GeoNames files for Japan's Inada) is not
  that town when the rest of the article leans to another, distant country, even by a demonym alone ('Burkinabe
  forces'); a neighbour's demonym names an army that crosses the border ('Russian forces shelled Krasnopillia'), unless it
  qualifies what stays at home ('Jordanian police').
Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- a town named like its province --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # note style
    "Boda boda riders protested new parking fees outside the county offices in Kwale.",
    # news style
    "Hundreds of traders marched through the streets of Kwale on Tuesday, demanding the release of their goods.",
])
def test_a_town_named_like_its_province_weighs_as_the_province(resolver, text):
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Kenya" and r.admin1 == "Kwale"


def test_a_district_named_like_its_town_does_not_lift_the_town(resolver):
    # guard: New Zealand's Hastings lies in Hastings District, a district, not a province
    r = place(resolver, "Cyclists gathered in a park in Hastings to oppose a new road scheme.", event_type="Protests")
    assert r.country == "United Kingdom"


# ---- a village is no unit abroad ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Suspected JNIM militants raided the village of Abra and killed three herders.",
    "On 3 May, presumed ISGS militants attacked the village of Abra, and burned several granaries.",
])
def test_a_village_is_no_province_abroad(resolver, text):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.country != "Philippines"


# ---- organisations and streets -------------------------------------------------------------------
def test_a_common_word_inside_an_acronyms_brackets_is_no_place(resolver):
    r = place(resolver, "SNESUR (National Union of Higher Education and Research) staged a sit-in in front of the "
                        "ministry over unpaid allowances.", event_type="Protests")
    assert r.country != "Australia"


@pytest.mark.parametrize("text", [
    "University of Nairobi students pelted cars with stones on Waiyaki Way and University Way after a colleague died.",
    "Hawkers blocked Moi Lane and Tom Mboya Way in Nairobi to protest the seizure of their wares.",
])
def test_way_and_lane_end_street_names(resolver, text):
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Kenya"


# ---- another spelling of a town abroad, against the article's own country ----------------------------------
@pytest.mark.parametrize("text", [
    # note style: the country's own forces named by their demonym alone, the place by a spelling that GeoNames
    # files for a Japanese town (Inada, 'Inata')
    "On 12 March, Burkinabe defense and security forces killed four suspected militants in the area of Inata.",
    # news style
    "Burkinabe soldiers clashed with jihadists near Inata on Sunday, a security source said.",
])
def test_another_spelling_of_a_small_town_abroad_gives_way_to_the_demonym(resolver, text):
    r = place(resolver, text, event_type="Battles")
    assert r.country != "Japan"


def test_a_towns_own_name_still_stands_against_a_lone_demonym(resolver):
    # guard: a town named by its own name is not refused for a demonym of another country ('Somali gunmen')
    r = place(resolver, "Somali gunmen attacked a police post in Mandera on Tuesday, residents said.")
    assert r.country == "Kenya"



@pytest.mark.parametrize("text", [
    # news style: GeoNames files the Sumy village as 'Krasnopillya', 'Krasnopillia' only among its other names
    "Russian forces shelled the outskirts of Krasnopillia overnight, regional officials said.",
    # note style
    "On 3 May 2023, Russian forces dropped explosives from drones on the Krasnopillia community, Sumy.",
])
def test_a_neighbours_demonym_does_not_refuse_the_other_spelling_of_a_town(resolver, text):
    # the demonym of an army next door names the invader, not the place: the village stays in Ukraine
    r = place(resolver, text, event_type="Explosions/Remote violence")
    assert r.country == "Ukraine" and r.location == "Krasnopillia"



def test_a_neighbours_demonym_on_what_stays_at_home_still_refuses_the_other_spelling(resolver):
    # police work in their own country: 'Jordanian police' near a name GeoNames spells for an Egyptian village
    r = place(resolver, "Two Jordanian police officers were shot dead on Monday during a raid on a hideout near "
                        "Al-Husseiniya, the Public Security Directorate said.", event_type="Battles")
    assert r.country == "Jordan"


# ---- common words ------------------------------------------------------------------------------------------
def test_labor_is_no_town_inside_an_administrations_name(resolver):
    r = place(resolver, "Staff of the Regional Directorate of Labor held a sit-in over unpaid bonuses.",
              event_type="Protests")
    assert r.country != "Mexico"


@pytest.mark.parametrize("text", [
    # news style: Spain's Civil Guard is no Guardia (a Spanish hamlet)
    "Agents of the Guardia Civil arrested six people in Ceuta on Friday after clashes at the border fence.",
    # note style, a guard that passes either way: Colombia's Indigenous Guard beside a town the gazetteer holds
    "On 9 May 2022, members of the Guardia Indigena were attacked by armed men near Toribio (Cauca).",
])
def test_guardia_is_the_guard_not_a_place(resolver, text):
    # 'guardia' is the Spanish word for a guard (Guardia Civil, Guardia Nacional, Guardia Indigena); the places
    # called Guardia are places only where the words call them one
    r = place(resolver, text)
    assert r.location != "Guardia" and r.location in ("Ceuta", "Toribio")

