"""Session 20 (places outside Burkina Faso, Kenya and Ukraine): ACLED's names of first-level units where GeoNames
spells them otherwise or still has the old units. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- ACLED's spellings of whole lists of first-level units --------------------------------------------
@pytest.mark.parametrize("text, country, admin1", [
    ("On 3 March 2023, unidentified gunmen killed a shepherd in Tikrit (Tikrit, Salah al Din).", "Iraq", "Salah al Din"),
    ("On 3 March 2023, pilgrims protested in Karbala over the price of fuel.", "Iraq", "Karbala"),
    ("Hundreds of graduates gathered in Diwaniyah on Sunday to demand public sector jobs.", "Iraq", "Al Qadissiya"),
    ("Security forces arrested two young men in Latakia city on Friday, a monitor said.", "Syria", "Lattakia"),
    ("On 5 May 2023, a roadside bomb exploded near a bakery in Tartus city.", "Syria", "Tartous"),
    ("On 5 May 2023, fishermen protested in Al Ghaydah (Al Maharah) over fuel prices.", "Yemen", "Al Maharah"),
    ("On 2 June 2023, workers protested in Hefei, Anhui province, over unpaid wages.", "China", "Anhui"),
    ("On 2 June 2023, retired workers rallied in Bingol city over pensions.", "Turkey", "Bingol"),
    ("Taliban fighters detained a former soldier in Bamyan city on Monday.", "Afghanistan", "Bamyan"),
    ("On 2 June 2023, Taliban forces detained a former police officer in Zaranj, Nimroz province.", "Afghanistan", "Nimroz"),
    ("On 2 June 2023, Fano militiamen clashed with the army in Assosa town.", "Ethiopia", "Benshangul/Gumuz"),
    ("RSF fighters looted the main market of Ed Daein town on Saturday, residents said.", "Sudan", "East Darfur"),
    ("Around 18 March 2022, in San Andres (San Andres y Providencia), residents protested against power cuts.",
     "Colombia", "San Andres y Providencia"),
])
def test_acled_spelling_of_first_level_units(resolver, text, country, admin1):
    r = place(resolver, text)
    assert r.country == country and r.admin1 == admin1


# ---- Ivory Coast: ACLED files its fourteen districts, GeoNames has the older regions ---------------------
@pytest.mark.parametrize("text, admin1", [
    ("On 4 April 2023, students protested in Seguela (Seguela, Worodougou) against fee increases.", "Woroba"),
    ("Traders shut their shops in Gagnoa on Tuesday to protest against new municipal taxes.", "Goh-Djiboua"),
    ("On 4 April 2023, taxi drivers went on strike in Daloa over police harassment.", "Sassandra-Marahoue"),
    ("Youths clashed with police in Abobo, Abidjan, after a football match.", "Abidjan"),
    ("On 4 April 2023, teachers protested in Man, in western Ivory Coast.", "Montagnes"),
])
def test_ivory_coast_districts(resolver, text, admin1):
    r = place(resolver, text, "Protests")
    assert r.country == "Ivory Coast" and r.admin1 == admin1


# ---- a country's name in the brackets after a kind of unit only some countries have ------------------------
@pytest.mark.parametrize("text", [
    "On 17 January 2022, bandits attacked a police post in Kwanan Dutse, Mariga LGA (Niger), killing two policemen.",
    "Around 14 March 2022, soldiers clashed with cattle rustlers in Rafi LGA (Niger), killing several of them.",
])
def test_country_name_after_a_unit_of_another_country_is_its_province(resolver, text):
    r = place(resolver, text)
    assert r.country == "Nigeria" and r.admin1 == "Niger"


def test_the_country_itself_stays_a_country(resolver):
    r = place(resolver, "On 5 March 2022, protesters marched in Niamey (Niger) against the presence of foreign troops.",
              "Protests")
    assert r.country == "Niger" and r.location == "Niamey"


# ---- 'corregimiento': a unit of Colombia and Panama only ----------------------------------------------------
def test_a_corregimiento_is_no_namesake_abroad(resolver):
    r = place(resolver, "Around 5 May 2022, near Carraipia corregimiento (La Guajira), truck drivers protested "
                        "against robberies on the road.", "Protests")
    assert r.country != "Italy"
