"""News articles that place an event in a village the gazetteer does not know, by a town, district
or distance it does know: the event keeps the village's name, and the town (moved by the distance
given) its coordinates and province. Articles written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.gazetteer import haversine_km
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def places_of(resolver, text: str, events: list[list[int]]) -> list[EventRecord]:
    """The place of each event, each reported by the given sentences of `text` (the first is its own)."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    drafts = [EventDraft(record=EventRecord(event_type="Violence against civilians"), sentences=[sents[i] for i in ids])
              for ids in events]
    resolver(Article(text=text, doc=doc), drafts)
    return [d.record for d in drafts]


def place_by_trigger(resolver, text: str, trigger_word: str) -> EventRecord:
    """The place of the event of the article's first sentence whose trigger is `trigger_word`."""
    doc = nlp.load()(text)
    sent = list(doc.sents)[0]
    trigger = next(t for t in sent if t.text == trigger_word)
    draft = EventDraft(record=EventRecord(event_type="Battles"), sentences=[sent], trigger=trigger)
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record


def test_a_village_named_with_its_distance_from_a_town_lies_that_far_from_it(resolver):
    text = ("Gunmen killed nine villagers in Kanyo village, 20 km west of Gulu, on Sunday night, police said. "
            "The district security committee met in Gulu on Monday.")
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location, r.geo_precision) == ("Uganda", "Kanyo", 2)
    gulu = resolver.gaz.lookup("Gulu")[0]
    assert haversine_km(r.latitude, r.longitude, gulu.latitude, gulu.longitude) == pytest.approx(20, abs=1)
    assert r.longitude < gulu.longitude  # west of the town


def test_a_distance_in_miles_to_the_north_east_of_a_town(resolver):
    text = "Militants ambushed a supply convoy about 12 miles to the north-east of Djibo on Thursday, the army said."
    [r] = places_of(resolver, text, [[0]])
    djibo = resolver.gaz.lookup("Djibo")[0]
    assert r.location == "Djibo" and r.geo_precision == 2
    assert haversine_km(r.latitude, r.longitude, djibo.latitude, djibo.longitude) == pytest.approx(19.3, abs=1)
    assert r.latitude > djibo.latitude and r.longitude > djibo.longitude


def test_the_village_of_a_district_is_the_place_not_the_district(resolver):
    text = ("Insurgents raided the fishing village of Wuroyel in Macomia district on Thursday, beheading two men, "
            "residents said.")
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.admin1, r.location) == ("Mozambique", "Cabo Delgado", "Wuroyel")


def test_a_village_described_after_its_name(resolver):
    text = ("Separatist fighters abducted six pupils in Tangbara, a farming town on the outskirts of Bamenda, "
            "on Wednesday, officials said.")
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location) == ("Cameroon", "Tangbara")


def test_the_second_event_near_the_same_village_keeps_its_name_not_the_town(resolver):
    text = ("Rebels killed 11 civilians in a night raid on the village of Lokwaru, north of Beni in North Kivu "
            "province, on Sunday, local officials said. "
            "On Monday, soldiers pursuing the attackers clashed with the rebels in the forest near Lokwaru, "
            "an army spokesman said.")
    first, second = places_of(resolver, text, [[0], [1]])
    assert (first.location, second.location) == ("Lokwaru", "Lokwaru")
    assert second.country == "Democratic Republic of Congo"


def test_a_village_people_fled_from_is_not_where_the_event_was(resolver):
    text = ("Hundreds of families who fled from the village of Ndabakoro staged a protest in Kaya on Tuesday, "
            "demanding food aid.")
    [r] = places_of(resolver, text, [[0]])
    assert r.location == "Kaya"


def test_a_village_in_another_clause_of_the_sentence_is_another_event_s(resolver):
    text = ("A bomb exploded at a market in Kunduz on Monday, killing four, while gunmen killed two farmers in "
            "the village of Gatumbi.")
    record = place_by_trigger(resolver, text, "exploded")
    assert record.location == "Kunduz"


def test_acled_s_coded_as_keeps_the_town_it_names(resolver):
    text = "Soldiers arrested three men in the hamlet of Tagalla (coded as Kaya at geoprecision 2), Burkina Faso."
    [r] = places_of(resolver, text, [[0]])
    assert r.location == "Kaya"


def test_a_village_acled_codes_under_a_town_the_gazetteer_lacks_is_not_named(resolver):
    text = "Militants attacked the village of Wuroyel (coded as Tougouri at geoprecision 2), Burkina Faso."
    [r] = places_of(resolver, text, [[0]])
    assert r.country == "Burkina Faso" and r.location != "Wuroyel"


def test_a_lone_near_name_the_tagger_calls_a_person_is_a_village(resolver):
    text = ("Gang members kidnapped 14 passengers from a bus on the road near Tangbara on Sunday, and a day later "
            "attacked a police station in Croix-des-Bouquets, killing an officer, police said.")
    record = place_by_trigger(resolver, text, "kidnapped")
    assert (record.country, record.location) == ("Haiti", "Tangbara")


def test_a_village_outside_the_trigger_s_clause_when_that_clause_names_no_place(resolver):
    text = ("At least 20 people were killed on Tuesday when armed youths attacked Lokwaru, a town in Jonglei "
            "state, and fought with local youths for several hours, an official said.")
    record = place_by_trigger(resolver, text, "fought")
    assert (record.country, record.admin1, record.location) == ("South Sudan", "Jonglei", "Lokwaru")


# ---- a later event whose own sentence names no place ----------------------------------------------
def test_a_later_event_takes_the_place_named_after_it_not_the_earlier_event_s_town(resolver):
    text = ("Gunmen killed four traders at a market in Dori on Monday, residents said. "
            "On Wednesday, soldiers clashed with militants, killing seven of them, the army said. "
            "The fighting took place near Gorom-Gorom, a local official said.")
    first, second = places_of(resolver, text, [[0], [1]])
    assert (first.location, second.location) == ("Dori", "Gorom-Gorom")


def test_a_later_event_in_the_city_named_before_stays_there(resolver):
    text = ("Rebels took control of Dori on Monday after the army withdrew, residents said. "
            "On Monday evening, the rebels looted shops and seized cars, according to people who fled the city. "
            "\"They took everything,\" said a trader who reached the town of Kaya on Tuesday.")
    first, second = places_of(resolver, text, [[0], [1]])
    assert (first.location, second.location) == ("Dori", "Dori")


def test_a_capital_named_like_its_province_is_the_city_when_its_sentence_names_nothing_in_it(resolver):
    # Narayanganj lies in Dhaka division, but in another sentence: 'In Dhaka' is the city
    text = ("A BNP activist was killed on Thursday when party supporters clashed with police in Narayanganj. "
            "In Dhaka, thousands of BNP supporters held a rally in front of the party's central office "
            "on Thursday afternoon.")
    first, second = places_of(resolver, text, [[0], [1]])
    assert (first.location, second.location) == ("Narayanganj", "Dhaka")
    assert second.geo_precision == 1


def test_the_village_of_a_later_event_is_the_one_named_before(resolver):
    text = ("Militiamen killed nine displaced people in the village of Lokwaru, in Djugu territory, on Saturday, "
            "a local official said. "
            "Soldiers exchanged fire with the assailants on the outskirts of the village, killing two of them, "
            "the army said.")
    first, second = places_of(resolver, text, [[0], [1]])
    assert (first.location, second.location) == ("Lokwaru", "Lokwaru")
    assert second.country == "Democratic Republic of Congo"


def test_a_village_described_as_a_reserve(resolver):
    text = ("Dissidents shot dead an Indigenous guard in Wuroyel, a reserve in the same municipality, in Cauca, "
            "Colombia, on Sunday.")
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location) == ("Colombia", "Wuroyel")


def test_a_longer_name_ending_in_another_town_s_name_before_town(resolver):
    text = "Three rebels were killed in a firefight with troops in Datu Saudi Ampatuan town, Maguindanao, on Monday."
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location) == ("Philippines", "Datu Saudi Ampatuan")


def test_a_country_before_a_town_is_no_part_of_its_name(resolver):
    text = "Gunmen attacked a police post in Kenyan Mandera town on Monday, killing two officers."
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location) == ("Kenya", "Mandera")


def test_a_district_named_after_an_event_only_near_a_town_says_where_it_was(resolver):
    text = ("Rebels launched a drone at an army position west of the city of Marib on Sunday, killing five "
            "soldiers. The drone struck troops at an outpost in Sirwah district, the official said. "
            "Marib has been the focus of an offensive since 2021.")
    [r] = places_of(resolver, text, [[0, 1]])
    assert (r.country, r.location, r.geo_precision) == ("Yemen", "Sirwah", 2)


def test_a_place_farther_on_does_not_replace_the_town_the_event_was_in(resolver):
    text = ("Gunmen killed three farmers in Marib on Sunday, officials said. "
            "The wounded were taken to a hospital in Sirwah district.")
    [r] = places_of(resolver, text, [[0, 1]])
    assert r.location in ("Marib", "Ma'rib")


@pytest.mark.parametrize("text, location", [
    # a street or an institution is no village
    ("Police arrested protesters outside Downing Street in London on Saturday.", "London"),
    ("Students marched near Makerere University in Kampala on Monday.", "Kampala"),
    # a person described by the town he lives in
    ("Gunmen shot dead Musa Ibrahim, a resident of the town, in Kaduna on Monday.", "Kaduna"),
])
def test_names_that_are_no_village(resolver, text, location):
    [r] = places_of(resolver, text, [[0]])
    assert r.location == location


def test_a_village_a_later_sentence_of_the_event_names_narrows_its_province(resolver):
    text = ("Heavy fighting broke out in Sagaing region on Monday between junta troops and resistance fighters, "
            "residents said. The clashes centred on the village of Tangbara, they said.")
    [r] = places_of(resolver, text, [[0, 1]])
    assert (r.country, r.admin1, r.location) == ("Myanmar", "Sagaing", "Tangbara")


def test_a_village_a_later_sentence_names_does_not_replace_the_town_of_the_event(resolver):
    text = ("Soldiers clashed with militants in Djibo on Monday, the army said. "
            "Residents later fled to the village of Tangbara.")
    [r] = places_of(resolver, text, [[0, 1]])
    assert r.location == "Djibo"


def test_a_people_s_village_is_named_by_its_own_name(resolver):
    text = "Herders attacked the Fulani village of Wuroyel, near Kaya, on Sunday, wounding two men."
    [r] = places_of(resolver, text, [[0]])
    assert (r.country, r.location) == ("Burkina Faso", "Wuroyel")
