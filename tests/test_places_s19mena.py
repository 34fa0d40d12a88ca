"""Session 19 (Syria, Iraq, Yemen): rules that put ACLED's notes of the Middle East at the place they name: the
first sentence that names a place leads when the trigger's sentence names none; a town's own name in another
transliteration is no alternate name; a town 'of' its province in ACLED's spelling stays the town; a corps named
after a place is no place. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.records import EventRecord
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.fixture(scope="module")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()


def place_of_sentences(resolver, text: str, order: list[int], event_type: str = "Protests") -> EventRecord:
    """The place of one event whose sentences are `order` (its first the one its trigger came from)."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    draft = EventDraft(record=EventRecord(event_type=event_type), sentences=[sents[i] for i in order])
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record


# ---- an event whose first sentence names no place -------------------------------------------------------
def test_the_first_sentence_that_names_a_place_leads_when_the_trigger_s_names_none(resolver):
    # ACLED's '[size=no report]' tag may be where a protest's trigger is found: the note's first sentence,
    # which names the place, leads; the town a later sentence names as where goods go does not
    text = ("On 3 May 2021, farmers blocked the Hodeidah - Sanaa road at Al Qutay junction (Bajil, Al Hudaydah) "
            "to demand compensation for flooded fields. The road carries most goods bound for Sanaa. [size=no report]")
    r = place_of_sentences(resolver, text, [2, 0, 1])
    assert r.country == "Yemen" and r.admin1 == "Al Hudaydah"
    assert not near(r, 15.35, 44.21, km=50)  # not Sanaa


def test_a_note_whose_first_sentence_names_the_place_still_finds_it(resolver):
    text = "On 9 June 2021, teachers protested in front of the education office in Ibb city. [size=dozens]"
    r = place_of_sentences(resolver, text, [1, 0])
    assert r.country == "Yemen" and near(r, 13.97, 44.18, km=10)


# ---- a name written as the town's own name, transliterated without its article -----------------------------
def test_amara_is_the_iraqi_city_not_the_romanian_village(resolver):
    r = place(resolver, "Gunmen on a motorcycle shot dead a lawyer in Amara city on Sunday night.",
              event_type="Violence against civilians")
    assert r.country == "Iraq" and r.admin1 == "Maysan" and near(r, 31.84, 47.14, km=10)


# ---- a town 'of' or 'in' its province spelt as ACLED spells it ----------------------------------------------
@pytest.mark.parametrize("text, location, admin1, lat, lon", [
    ("Turkish drones struck a PKK hideout in Kani Masi town of Duhok. Two militants were killed.",
     "Kani Masi", "Duhok", 37.23, 43.44),
    ("A Turkish drone struck a car near Makhmur camp in Erbil.", "Makhmur", "Erbil", 35.78, 43.58),
])
def test_a_town_named_with_its_province_in_acled_s_spelling_stays_the_town(pipeline, text, location, admin1, lat, lon):
    # GeoNames spells the provinces Dahuk and Arbil: 'Duhok' and 'Erbil' name the province the town lies in,
    # not the province's capital as a bigger town the camp or town would lie by
    records = pipeline.extract(text)
    assert records
    r = records[0]
    assert r.country == "Iraq" and r.admin1 == admin1 and r.location == location and near(r, lat, lon, km=10)


# ---- an armed group named after a country's old name ---------------------------------------------------
def test_a_corps_named_after_a_place_is_no_place(resolver):
    r = place(resolver, "Fighters of the Al Sham Corps shelled YPG positions in Aleppo countryside on Monday.")
    assert r.country == "Syria" and r.admin1 == "Aleppo"
    assert not near(r, 33.51, 36.29, km=100)  # not Damascus
