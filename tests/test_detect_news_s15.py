"""News prose of session 15: trigger phrases told with modifiers ('agreed a five-day truce') and two acts in one
sentence with the crowd's first (own example sentences)."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(*paragraphs):
        return pipeline.extract("\n\n".join(paragraphs), published=date(2024, 5, 10))
    return run


def kinds(records):
    return [(r.event_type, r.sub_event_type) for r in records]


@pytest.mark.parametrize("sentence", [
    "Clan elders agreed a five-day ceasefire in Baidoa on Tuesday after talks with the regional governor.",
    "The two militias declared a two-week truce in Baidoa on Tuesday, local officials said.",
    "Rival clans signed a landmark accord in Baidoa on Tuesday.",
])
def test_an_agreement_told_with_modifiers_is_an_agreement(extract, sentence):
    records = extract("Talks in Baidoa", sentence, "Residents welcomed the news.")
    assert kinds(records) == [("Strategic developments", "Agreement")]


def test_modifiers_match_only_the_verbs_own_object(pipeline):
    detector = pipeline.detector
    doc = detector.nlp("The council agreed a new budget while a ceasefire was still being discussed.")
    assert detector._modified_object_matches(doc) == []
    doc = detector.nlp("Clan elders agreed a fragile five-day ceasefire on Tuesday.")
    assert [(doc[s:e].text, label) for (s, e), label in detector._modified_object_matches(doc)] == [
        ("agreed a fragile five-day ceasefire", "Agreement")]


def test_an_arrest_on_a_later_day_after_a_march_is_an_event_of_its_own(extract):
    records = extract("Teachers march in Mombasa",
                      "On Monday, hundreds of teachers marched to the county offices in Mombasa to demand unpaid "
                      "salaries, and on Wednesday police arrested six union leaders in the city.",
                      "The union said it would appeal.")
    assert sorted(kinds(records)) == [("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]


def test_an_arrest_at_a_march_on_the_same_day_is_one_protest(extract):
    records = extract("Teachers march in Mombasa",
                      "On Monday, hundreds of teachers marched to the county offices in Mombasa, and police "
                      "arrested six union leaders.", "The union said it would appeal.")
    assert kinds(records) == [("Protests", "Protest with intervention")]


def test_a_gathering_with_placards_after_an_arrest_story_is_a_protest_of_its_own(extract):
    records = extract("Arrests after Kunduz blast",
                      "Police have arrested four men in Kunduz over last week's market bombing, officials said, as "
                      "relatives of the victims tried to protest.",
                      "On Monday, police officers arrested four men in a raid on a house in Kunduz, the governor's "
                      "spokesman said.",
                      "On Wednesday, about fifty relatives of the victims gathered outside the governor's office in "
                      "Kunduz, holding placards demanding justice. Police dispersed them after an hour.")
    assert ("Protests", "Protest with intervention") in kinds(records)


def test_armed_men_setting_fire_to_dozens_of_shops_destroy_property(extract):
    records = extract("Market burned in Kulbi",
                      "On Friday, armed men from a neighbouring village descended on the market of Kulbi and set "
                      "fire to dozens of shops and houses, residents said.",
                      "Nobody was hurt, police said.")
    assert kinds(records) == [("Strategic developments", "Looting/property destruction")]


def test_setting_fire_to_dozens_of_villagers_is_violence_against_them(pipeline):
    detector = pipeline.detector
    doc = detector.nlp("The attackers set fire to dozens of villagers in the square.")
    assert [role for _, role in detector._trigger_spans(doc)] == ["violence"]


def test_the_air_force_as_the_doer_of_a_strike_verb_is_an_air_strike(extract):
    records = extract("Strikes near Jilib",
                      "The army said on Monday that the air force had destroyed a militant training camp near Jilib, "
                      "killing several fighters.", "There was no independent confirmation.")
    assert kinds(records) == [("Explosions/Remote violence", "Air/drone strike")]
