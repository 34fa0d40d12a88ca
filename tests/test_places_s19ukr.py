"""Places, session 19 (Ukraine): a town named only as the reference of a direction ('south of Bakhmut')
gives way to a village the same sentence names as the place; an event only near a town is not moved to
the province that town lies in by a later sentence that names the province. Example sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- a direction's reference town gives way to the village the sentence names -----------------------
@pytest.mark.parametrize("text, location, lat, lon", [
    # news style: the town a bearing is taken from comes first, the village where the fighting was after it
    ("Ukrainian troops pushed Russian units out of several trenches south of Bakhmut on Friday and now hold the "
     "ground around the village of Klishchiivka, the army said.", "Klishchiivka", 48.53, 37.96),
    ("Russian artillery shelled Ukrainian positions north-east of Kupiansk and near the village of Dvorichna, "
     "the general staff said on Monday.", "Dvorichna", 49.85, 37.68),
    # a distance before the bearing ('12 km west of X') makes X no less a reference
    ("Fighting went on 12 km west of the city of Horlivka, around the village of Mayorsk, the regional "
     "governor said.", "Mayorsk", 48.40, 38.07),
])
def test_the_village_named_with_a_bearing_from_a_town_is_the_place(resolver, text, location, lat, lon):
    r = place(resolver, text)
    assert r.country == "Ukraine"
    assert r.location == location
    assert near(r, lat, lon, km=10)


@pytest.mark.parametrize("text, location", [
    # the village named first, the bearing's town only describes it: unchanged
    ("Russian troops shelled Toretsk, north of Horlivka, on Tuesday, killing two civilians, the governor said.",
     "Toretsk"),
    # a town not taken as a reference keeps its place ('in Ghazni city, south of Kabul')
    ("Gunmen killed three people in Ghazni city, south of Kabul, on Sunday, police said.", "Ghazni"),
    # the other town is itself only a distance's reference ('some 10 km from Y'): the first reference stays
    ("Troops fought for positions west of Sievierodonetsk, some 10 km from Lysychansk, the governor said.",
     "Sievierodonetsk"),
    # the other town is only where a road leads, not a place of the event
    ("Presumed militants attacked a police checkpoint 2km east of Djibo on the road toward Tongomayel, police said.",
     "Djibo"),
    # no other town named: the reference stays, shifted by its offset elsewhere
    ("Separatists fired mortars at positions south of Bakhmut overnight, the military said.", "Bakhmut"),
])
def test_a_town_without_a_village_named_with_it_stays(resolver, text, location):
    assert place(resolver, text).location == location


def test_a_village_far_from_the_reference_town_does_not_take_its_place(resolver):
    # 'north of Kharkiv ... in Mariupol': two places of one sentence hundreds of km apart are not one scene
    r = place(resolver, "Russian forces advanced north of Kharkiv as other units pressed on in Mariupol, "
                        "officials said.")
    assert r.location == "Kharkiv"


# ---- an event near a town stays at the town when a later sentence names its province -----------------
def test_the_province_of_a_town_named_near_does_not_replace_it(resolver):
    # the event's own sentence names the village it was near; an earlier sentence of the same event names the
    # village again with its province: the province says less than the village
    text = ("The drone hit a gun of the separatist forces after it had fired at Ukrainian positions near Hranitne, "
            "in the south of the Donetsk region. Earlier on Tuesday, the same gun had shelled Ukrainian positions "
            "near Hranitne, killing a soldier, the military said.")
    doc = nlp.load()(text)
    sents = list(doc.sents)
    draft = EventDraft(record=EventRecord(event_type="Explosions/Remote violence"), sentences=[sents[1], sents[0]])
    resolver(Article(text=text, doc=doc), [draft])
    r = draft.record
    assert r.location == "Hranitne"
    assert r.admin1 == "Donetsk"
    assert near(r, 47.59, 37.81, km=10)


# ---- villages of the 2022-2023 front lines that GeoNames' cities500 lacks (data/place_supplement.json) --------
@pytest.mark.parametrize("text, location, admin1, lat, lon", [
    # note style: the village, a comma, its oblast
    ("On 14 January 2023, Russian forces shelled Berkhivka, Donetsk, damaging houses. Casualties unknown.",
     "Berkhivka", "Donetsk", 48.63, 37.97),
    ("On 3 October 2023, Russian forces clashed with Ukrainian forces near Keramik, Donetsk. Casualties unknown.",
     "Keramik", "Donetsk", 48.25, 37.63),
    ("On 2 March 2022, Russian forces shelled Kozarovychi, Kyiv, hitting residential buildings. Casualties unknown.",
     "Kozarovychi", "Kyiv", 50.71, 30.37),
    # news style: the village with its oblast in words, or in the sentence with a bearing from a town
    ("Russian troops attacked Ukrainian positions near the village of Synkivka in the Kharkiv region overnight, "
     "the general staff said.", "Synkivka", "Kharkiv", 49.76, 37.64),
    ("Fighting continued north of Bakhmut, around the village of Berkhivka, the regional governor said on Monday.",
     "Berkhivka", "Donetsk", 48.63, 37.97),
])
def test_a_front_line_village_of_2022_is_placed_at_itself(resolver, text, location, admin1, lat, lon):
    r = place(resolver, text, "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert r.admin1 == admin1
    assert r.location == location
    assert near(r, lat, lon, km=10)
