"""Places, session 20 (Ukraine): a report of the OSCE Special Monitoring Mission, or one about the line of
contact, that names a village without its oblast means the namesake in Donetsk or Luhansk oblast, not a
bigger one elsewhere in Ukraine; a numbered part of a town ('Zolote-5') lies in the town; villages of the
2014-2022 line of contact that cities500 lacks are known. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- the SMM and the line of contact: the namesake in Donetsk or Luhansk oblast ---------------------
@pytest.mark.parametrize("text, admin1, lat, lon", [
    # note style: Pervomaisk of Luhansk oblast, not the bigger Pervomaisk of Mykolaiv oblast
    ("On 4 March 2021, the OSCE SMM recorded 12 explosions of undetermined origin near Pervomaisk.",
     "Luhansk", 48.63, 38.52),
    # news style, the mission written out
    ("Monitors of the Special Monitoring Mission heard about 30 bursts of small-arms fire near Pervomaisk "
     "overnight, the mission said.", "Luhansk", 48.63, 38.52),
    # the line of contact named, no mission
    ("Separatist forces fired mortars at Ukrainian positions along the line of contact near Kamianka on "
     "Saturday, the Joint Forces Operation said.", "Donetsk", 48.17, 37.78),
    # the contact line named, no mission
    ("Separatists fired grenade launchers at Ukrainian positions on the contact line near Pervomaisk on "
     "Saturday, the Joint Forces Operation said.", "Luhansk", 48.63, 38.52),
])
def test_a_monitoring_report_means_the_namesake_on_the_line_of_contact(resolver, text, admin1, lat, lon):
    r = place(resolver, text)
    assert r.country == "Ukraine"
    assert r.admin1 == admin1
    assert near(r, lat, lon, km=10)


@pytest.mark.parametrize("text, admin1", [
    # no word of the mission or the line of contact: the biggest namesake stays
    ("Gunmen attacked a checkpoint near Pervomaisk on Monday, the police said.", "Mykolaiv"),
    # the oblast named outweighs the mission's words
    ("On 2 March 2022, the OSCE SMM reported that shells hit a school in Vasylivka, Zaporizhia region.",
     "Zaporizhia"),
])
def test_without_the_cue_or_with_another_oblast_named_the_namesake_stays(resolver, text, admin1):
    assert place(resolver, text).admin1 == admin1


# ---- a numbered part of a town lies in the town -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On 14 May 2021, Ukrainian forces fired 82mm mortars at the positions of the Luhansk People's Militia "
    "near Zolote-5, Luhansk. There were no casualties.",
    "Shells hit two houses in Zolote-4 on Thursday, the regional administration said.",
])
def test_a_numbered_part_of_a_town_is_placed_at_the_town(resolver, text):
    r = place(resolver, text)
    assert r.admin1 == "Luhansk"
    assert near(r, 48.70, 38.52, km=10)  # Zolote, not Luhansk city 60 km east


def test_a_number_after_an_unknown_name_makes_no_place(resolver):
    # 'Checkpoint-3' is no town: nothing is found for it (the oblast named stays the place)
    r = place(resolver, "On 9 June 2021, separatists fired at Checkpoint-3, Donetsk. No casualties.")
    assert r.location != "Checkpoint"


# ---- villages of the line of contact the gazetteer lacked ----------------------------------------------
@pytest.mark.parametrize("text, lat, lon", [
    ("On 7 April 2021, NAF forces fired 120mm mortars at Ukrainian positions near Logvinovo, Donetsk. No "
     "casualties.", 48.38, 38.34),
    ("Two soldiers were wounded when their positions near the village of Novoselivka Druha came under fire "
     "on Sunday, the military said.", 48.21, 37.76),
    ("On 19 June 2021, the OSCE SMM recorded 40 explosions near Sakhanka.", 47.12, 37.96),
])
def test_villages_of_the_line_of_contact_are_known(resolver, text, lat, lon):
    r = place(resolver, text)
    assert r.admin1 == "Donetsk"
    assert near(r, lat, lon, km=10)
