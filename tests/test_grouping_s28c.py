"""Grouping and places in news prose, session 28 (helper C): an event noun with 'the' that carries a day of its own,
one no event told so far happened on ('the raid was linked to the killing on Wednesday of a police major'), names an
event for the first time, not the one told before; and an event whose own sentences name no place the gazetteer
knows is placed at the village a later sentence of it names, not at the article's town; a sentence that sets a new day
and place for the paragraph ('The trouble started on Monday evening in Nairobi') starts a scene whose first event is
new even when that event names districts of its own. My own example articles."""

from datetime import date

from newsevents.ingest import read_bytes

PUBLISHED = date(2024, 3, 12)  # a Tuesday

RAID_AND_EARLIER_RIOT = """Two police officers killed in raid on wanted men near Jordanian town

AMMAN, March 12 (Wire) - Two Jordanian police officers and a gunman were killed on Monday during a raid on a farmhouse near the southern town of Al-Rawdiya, the Public Security Directorate said.

The officers came under heavy fire from a group of wanted men as they moved to arrest them, and the shooting lasted about an hour. Five other men were arrested.

The raid was linked to the killing on Wednesday of Major Khaled Awad, a senior police commander of the south. He was shot dead while officers were trying to open roads that youths had blocked with burning tyres in Al-Rawdiya. Rioters threw stones at police cars and set fire to a government office, witnesses said.

On Sunday, about 200 truck drivers held a peaceful sit-in outside the governorate building in Maan over fuel prices.
"""


def _records(pipeline, text):
    return pipeline.process_one(read_bytes(text.encode(), "probe", published=PUBLISHED))[1]


def test_a_killing_on_a_day_of_its_own_linked_to_the_raid_is_not_the_raid(pipeline):
    records = _records(pipeline, RAID_AND_EARLIER_RIOT)
    raids = [r for r in records if r.event_type == "Battles"]
    riots = [r for r in records if r.event_type == "Riots"]
    assert len(raids) == 1 and raids[0].event_date == date(2024, 3, 11)
    assert len(riots) == 1 and riots[0].event_date == date(2024, 3, 6)


def test_the_riot_is_placed_at_the_village_its_later_sentence_names_not_the_articles_town(pipeline):
    riots = [r for r in _records(pipeline, RAID_AND_EARLIER_RIOT) if r.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].location == "Al-Rawdiya"


def test_the_killing_of_the_raids_own_day_still_retells_the_raid(pipeline):
    text = RAID_AND_EARLIER_RIOT.replace("killing on Wednesday", "killing on Monday").replace(
        "He was shot dead while officers were trying to open roads that youths had blocked with burning tyres in "
        "Al-Rawdiya. Rioters threw stones at police cars and set fire to a government office, witnesses said.", "")
    records = _records(pipeline, text)
    assert [r.event_type for r in records if r.event_type != "Protests"] == ["Battles"]


SCENE_WITH_DISTRICTS = """Police officer shot dead as protests over taxes spread in Kenya

NAIROBI, June 28 (Wire) - A police officer was shot dead at a roadblock in Kitengela on Wednesday, the first member of the security forces killed since the protests over the finance bill began, police said.

The officer was hit in the chest as his unit tried to clear burning tyres from the main road. Another officer was wounded.

The trouble started on Monday evening in Nairobi, as lawmakers debated the bill. Groups of young men set up barricades in Kibera and Mathare, set fire to cars and a pharmacy, and threw stones at riot police, who fired tear gas. Police said a dozen officers were hurt overnight.

The government said more police reinforcements would be deployed at the weekend.
"""


def test_a_riot_in_districts_after_a_sentence_setting_its_day_and_city_is_an_event_of_that_day(pipeline):
    records = pipeline.process_one(read_bytes(SCENE_WITH_DISTRICTS.encode(), "probe", published=date(2024, 6, 28)))[1]
    assert {r.event_date for r in records} == {date(2024, 6, 26), date(2024, 6, 24)}
    assert all(r.event_type == "Riots" for r in records if r.event_date == date(2024, 6, 24))
