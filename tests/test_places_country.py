"""The country of an event: which names and nationalities vouch for it, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def country(resolver, text: str) -> str | None:
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Battles"), sentences=[next(iter(doc.sents))])
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record.country


@pytest.mark.parametrize("text, expected", [
    # a country's own army, police or village is at home ...
    ("Ethiopian gunmen attacked a Kenyan village and stole forty goats.", "Kenya"),
    ("Malian rebels clashed with the Burkinabe army overnight.", "Burkina Faso"),
    # ... its refugees, embassy or invasion are away from home
    ("Unknown gunmen shot dead two Sudanese refugees in Kenya.", "Kenya"),
    ("Students demonstrated outside the Chadian embassy in Ouagadougou.", "Burkina Faso"),
])
def test_what_a_nationality_qualifies(resolver, text, expected):
    assert country(resolver, text) == expected


def test_people_of_a_country_away_from_home_name_no_country(resolver):
    assert country(resolver, "Armed men shot dead a Sudanese refugee on Sunday.") is None


@pytest.mark.parametrize("text, expected", [
    # an origin or a destination is weaker than the place of the event
    ("Gunmen from Mali attacked a police station in Djibo.", "Burkina Faso"),
    ("Hundreds of volunteers marched in Warsaw in solidarity with Ukraine.", "Poland"),
    # the end of a crossing is where the event is
    ("Customs officers from Nigeria crossed the border into Benin and burned several shops.", "Benin"),
])
def test_origin_destination_and_crossing(resolver, text, expected):
    assert country(resolver, text) == expected


def test_a_province_in_brackets_rules_out_a_namesake_abroad(resolver):
    # a village the gazetteer only knows abroad, framed by a province of another country
    assert country(resolver, "Soldiers killed two militants in Solhan (Solhan, Yagha).") == "Burkina Faso"


def test_province_after_a_village_and_a_comma(resolver):
    # the tagger may take the province for a person; after "village," it is the unit the village lies in
    assert country(resolver, "Russian forces kidnapped the head of Zmiivka village, Kherson.") == "Ukraine"


@pytest.mark.parametrize("text, expected", [
    # notes often drop the possessive's apostrophe
    ("Thousands of teachers marched through Burkina Fasos capital on Sunday.", "Burkina Faso"),
    ("Opposition supporters protested in front of Benins electoral commission.", "Benin"),
    ("Hundreds of protesters gathered to denounce President Talon's regime.", "Benin"),
])
def test_possessives_of_countries_and_leaders(resolver, text, expected):
    assert country(resolver, text) == expected


def test_a_countrys_capital_is_placed_there(resolver):
    doc = nlp.load()("Thousands of teachers marched through Kenyas capital on Sunday.")
    draft = EventDraft(record=EventRecord(event_type="Protests"), sentences=[next(iter(doc.sents))])
    PlaceResolver()(Article(text=doc.text, doc=doc), [draft])
    assert (draft.record.country, draft.record.location) == ("Kenya", "Nairobi")


@pytest.mark.parametrize("text, expected", [
    # national figures and groups of one country, when no place is named
    ("Students marched to demand justice for the journalist Norbert Zongo.", "Burkina Faso"),
    ("Officers of the GSU dispersed the crowd with teargas.", "Kenya"),
    # a people whose militias are known in one country
    ("Orma herders attacked Pokomo farmers over grazing land.", "Kenya"),
])
def test_national_cues_without_a_place(resolver, text, expected):
    assert country(resolver, text) == expected


def test_nothing_national_names_no_country(resolver):
    assert country(resolver, "Police shot a man while dispersing protesters.") is None


@pytest.mark.parametrize("text, expected", [
    # a people of one country is no namesake town abroad
    ("Two Maasai clans clashed over grazing land, injuring four.", "Kenya"),
    # a border town of a country is in that country, unlike 'near the Somali border'
    ("Al Shabaab attacked a Kenyan border town, wounding seven residents.", "Kenya"),
    # a month is no place
    ("On Jun 15th, a police vehicle was hit by an IED in Wajir.", "Kenya"),
])
def test_names_that_are_no_places_abroad(resolver, text, expected):
    assert country(resolver, text) == expected


def test_a_kind_of_unit_only_some_countries_have(resolver):
    # Brazil has an Embu but no counties; Kenya has Embu County
    assert country(resolver, "Coffee farmers in Embu County held demonstrations over late payments.") == "Kenya"


@pytest.mark.parametrize("text, expected", [
    ("Students took to the streets of Kaya to protest against the strikes.", "Burkina Faso"),
    ("Workers blocked the busy Kericho-Kisumu highway over unpaid wages.", "Kenya"),
])
def test_words_that_make_a_name_a_place(resolver, text, expected):
    assert country(resolver, text) == expected


def test_a_countrys_own_forces_outweigh_a_destination(resolver):
    # the convoy's destination is no place of the event; the forces are Kenya's
    text = "A KDF convoy transporting supplies to Somalia was hit by a roadside bomb."
    assert country(resolver, text) == "Kenya"
    # a town named in the destination country still places it there
    assert country(resolver, "Kenyan traders were killed in Kismayo.") == "Somalia"


def test_a_small_town_abroad_gives_way_to_the_actors_country(resolver):
    # the only Ariel the gazetteer knows is in the West Bank; the army is Burkina Faso's
    assert country(resolver, "The Burkinabe army executed seven men in the village of Ariel.") == "Burkina Faso"
    # a country named only as the topic does not move a small town's rally abroad
    assert country(resolver, "Citizens gathered in Cetinje against the war in Ukraine.") == "Montenegro"


def test_units_in_brackets_after_a_longer_name_and_an_unknown_commune(resolver):
    # 'Kangara Peulh' is unknown, 'Karimama' too; Alibori is a province of Benin
    text = "Soldiers defused a bomb near Kangara Peulh (Karimama, Alibori)."
    assert country(resolver, text) == "Benin"


def test_a_country_opening_the_sentence_is_read_whatever_the_tagger_calls_it(resolver):
    # the tagger often takes a sentence-opening country for an organisation
    assert country(resolver, "Burkina Faso teachers marched against the new pay scale.") == "Burkina Faso"
    assert country(resolver, "Kenyan traders blocked a highway over new market fees.") == "Kenya"


def test_a_town_before_a_local_facility_is_a_place_not_a_person(resolver):
    # 'Garissa' alone reads as a surname; 'Garissa police station' is in Garissa
    assert country(resolver, "Unknown men set fire to Garissa police station overnight.") == "Kenya"
    # 'Burkina' on its own is the country's short name
    assert country(resolver, "Strikers gathered outside the offices of Radio Burkina.") == "Burkina Faso"


def test_french_joiners_and_inner_capitals_keep_a_name_whole(resolver):
    # 'au' joins 'Port-au-Prince' as 'sur' joins 'Boulogne-sur-Mer'
    assert country(resolver, "Gang members shot a driver in Port-au-Prince on Monday.") == "Haiti"
    # a capital inside the word ('KwaZulu') still starts a name
    assert country(resolver, "Students blocked a college gate in KwaZulu-Natal over fees.") == "South Africa"


def test_a_party_that_is_no_place_still_names_its_country(resolver):
    # 'Jubilee' is kept out of place names, yet Kenya's party still points to Kenya
    assert country(resolver, "Jubilee supporters stoned the tallying centre after the primaries.") == "Kenya"


def test_local_names_of_one_country_vote_for_it(resolver):
    assert country(resolver, "Uhuru supporters blocked the road after the results were read.") == "Kenya"
    assert country(resolver, "Three men were shot near a checkpoint in Ouaga 2000.") == "Burkina Faso"


def test_a_tag_glued_to_the_last_word_leaves_the_town(resolver):
    # the tokenizer keeps '.[size' on the town's token
    assert country(resolver, "Nurses held a sit-in at the hospital of Ouahigouya.[size=dozens]") == "Burkina Faso"


def test_through_a_town_and_an_abbreviated_saint(resolver):
    # a town the tagger calls a person is still a place after 'through'
    assert country(resolver, "Hundreds of teachers marched through Cotonou over unpaid bonuses.") == "Benin"
    assert country(resolver, "About fifty people rallied in St. Gallen against a gas plant.") == "Switzerland"


def test_a_town_named_before_its_courthouse(resolver):
    assert country(resolver, "Lawyers rallied outside the Banfora courthouse over a land ruling.") == "Burkina Faso"


def test_common_words_that_name_a_town_somewhere_need_a_place_cue(resolver):
    # 'English' and 'Home' are towns abroad; here a subject and a ministry
    assert country(resolver, "Pupils locked the office of the head teacher who moved their English teacher.") is None
    assert country(resolver, "Rioters burnt the house of the Home Affairs minister.") is None
