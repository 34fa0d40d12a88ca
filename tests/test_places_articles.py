"""Where an event in a whole news article happened: its own sentence first, the sentences that
continue it only to narrow that place down, a village the gazetteer lacks found again with its
district elsewhere in the article. Articles written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def place_of(resolver, text: str, sentences: list[int]) -> EventRecord:
    """The place of one event reported by the given sentences of `text` (the first is its own)."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    draft = EventDraft(record=EventRecord(event_type="Explosions/Remote violence"), sentences=[sents[i] for i in sentences])
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record


def test_a_follow_up_sentence_naming_a_city_elsewhere_does_not_move_the_event(resolver):
    text = ("Three policemen were killed on Friday when their truck hit a landmine near Kotulo in Mandera county, "
            "police said. Two other officers were flown to Nairobi for surgery.")
    r = place_of(resolver, text, [0, 1])
    assert (r.country, r.admin1, r.geo_precision) == ("Kenya", "Mandera", 3)


def test_a_follow_up_sentence_may_narrow_the_province_down_to_a_town_in_it(resolver):
    text = ("Gunmen attacked a bus in Mandera county on Friday, police said. "
            "The bus had left El Wak an hour earlier.")
    r = place_of(resolver, text, [0, 1])
    assert (r.country, r.location) == ("Kenya", "El Wak")


def test_a_town_tagged_as_a_person_after_a_distance_is_a_place(resolver):
    text = "On Monday, gunmen killed six herders in the village of Kolomba, about 40 km north of Fada N'Gourma, residents said."
    r = place_of(resolver, text, [0])
    # Fada N'Gourma places the village the gazetteer lacks: its province, 40 km north of the town
    assert (r.country, r.admin1, r.location, r.geo_precision) == ("Burkina Faso", "Est", "Kolomba", 2)
    assert r.latitude == pytest.approx(12.06 + 40 / 111.2, abs=0.02)


def test_the_capital_of_a_region_is_not_the_country_capital(resolver):
    text = ("Soldiers clashed with militants on Tuesday near Kolomba, a village east of the capital of the Boucle du "
            "Mouhoun region, a local official said.")
    r = place_of(resolver, text, [0])
    assert r.location != "Ouagadougou"


def test_a_village_the_gazetteer_lacks_is_placed_by_its_district_named_elsewhere(resolver):
    text = ("Gunmen abducted eight traders on the road outside the town of Zanrokou in Burkina Faso on Friday. "
            "In March, soldiers were killed in an ambush near Djibo. "
            "Zanrokou, in the Namentenga province, has been under blockade for months.")
    r = place_of(resolver, text, [0])
    assert (r.country, r.admin1) == ("Burkina Faso", "Centre-Nord")
    assert r.location != "Djibo"


def place_of_trigger(resolver, text: str, trigger: str) -> EventRecord:
    """The place of the event whose trigger is the first `trigger` word of `text`'s first sentence."""
    doc = nlp.load()(text)
    sent = next(iter(doc.sents))
    at = next(t for t in sent if t.text == trigger)
    draft = EventDraft(record=EventRecord(event_type="Violence against civilians"), sentences=[sent], trigger=at)
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record


def test_each_clause_of_a_sentence_telling_two_events_keeps_its_own_place(resolver):
    text = ("Gunmen shot dead two policemen at a checkpoint in Herat on Monday, and a day later a bomb exploded "
            "at a market in Kabul, killing four people, officials said.")
    assert place_of_trigger(resolver, text, "shot").location == "Herat"
    assert place_of_trigger(resolver, text, "bomb").location == "Kabul"


def test_a_place_listed_with_another_in_one_clause_does_not_split_it(resolver):
    text = "Protesters marched in Herat, and in Kabul on Monday, officials said."
    assert place_of_trigger(resolver, text, "marched").location == "Herat"


def test_a_town_keeps_the_spelling_the_text_gives_it(resolver):
    text = ("Paramilitaries shelled a market in Wad Madani, the capital of Al Jazirah state, on Sunday, killing "
            "12 people, residents said.")
    r = place_of(resolver, text, [0])
    assert (r.location, r.admin1, r.country) == ("Wad Madani", "Al Jazirah", "Sudan")


def test_a_dropped_possessive_or_a_shortened_name_is_not_the_towns_spelling(resolver):
    text = "Police dispersed protesters in Nairobis central business district on Monday."
    assert place_of(resolver, text, [0]).location == "Nairobi"
