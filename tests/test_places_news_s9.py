"""Places in news articles (session 9): a dateline naming two cities ('VIENTIANE/HANOI', 'JUBA & KHARTOUM')
is read city by city, and towns that GeoNames' cities500 lacks but news names on their own (Myanmar's,
South Sudan's and Bolivia's small towns) are in the gazetteer's supplement. Articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.document import RawInput

PUBLISHED = date(2024, 5, 10)


def records_of(pipeline, text: str):
    return pipeline.process_one(RawInput(text=text, published=PUBLISHED))[1]


@pytest.mark.parametrize("dateline, town", [("VIENTIANE/HANOI", "Vientiane"), ("HANOI/VIENTIANE", "Vientiane"),
                                            ("VIENTIANE & HANOI", "Vientiane")])
def test_a_dateline_of_two_cities_gives_the_one_in_the_article_country(pipeline, dateline, town):
    text = (f"Laos border clash\n\n{dateline}, May 7 (Reuters) - Laotian soldiers clashed with armed smugglers "
            "on Tuesday, killing two of them, Laos' defence ministry said.")
    places = [(r.country, r.location) for r in records_of(pipeline, text)]
    assert places and places[0] == ("Laos", town)


@pytest.mark.parametrize("sentence, place", [
    ("Fighting broke out between the Arakan Army and junta troops in Minbya township on Sunday, residents said.",
     ("Myanmar", "Rakhine", "Minbya")),
    ("Armed youths attacked a military barracks in Ulang on Monday, killing four soldiers, officials said.",
     ("South Sudan", "Upper Nile", "Ulang")),
    ("Police cleared a road blockade set up by farmers at Caracollo on Wednesday, arresting twelve people.",
     ("Bolivia", "Oruro", "Caracollo")),
])
def test_small_towns_the_base_gazetteer_lacks_are_placed(pipeline, sentence, place):
    records = records_of(pipeline, sentence)
    assert records and (records[0].country, records[0].admin1, records[0].location) == place


def test_acled_spelling_of_a_cambodian_province(pipeline):
    records = records_of(pipeline, "Soldiers fired on smugglers in Oddar Meanchey province on Friday, killing one.")
    assert records and (records[0].country, records[0].admin1) == ("Cambodia", "Oddar Meanchey")


def test_a_town_abroad_inside_a_unit_name_gives_way_to_the_article_country(pipeline):
    # 'Mobile' is a US city; here it is a word of an Indonesian police unit's name
    text = ("Indonesia unrest: students clash with police in Medan\n\nPolice fired tear gas near the Brimob "
            "(Mobile Brigade) post in Sei Sikambing on Friday as students threw stones and burned tyres.")
    records = records_of(pipeline, text)
    assert records and {r.country for r in records} == {"Indonesia"}
    assert "Mobile" not in {r.location for r in records}


def test_landmarks_and_institutions_are_no_towns_of_another_country(pipeline):
    # 'El Carmen' (a Mexican town) names a church, 'Congress' (a hamlet in Arizona) the parliament; the
    # dateline and 'Hondurans' say the country, 'the capital' the town
    text = ("Wage protest\n\nTEGUCIGALPA - Hundreds of Hondurans rallied in the capital on Friday to demand higher "
            "wages.\n\nThey walked from the Church of El Carmen to the area near Congress.")
    records = records_of(pipeline, text)
    assert records and [(r.country, r.location) for r in records] == [("Honduras", "Tegucigalpa")]


def test_where_the_teller_spoke_is_not_where_the_fighting_was(pipeline):
    text = ("Border clash\n\nLaotian troops fired on Thai soldiers near Ban Khok Sung in Ubon Ratchathani province on "
            "Monday. One Thai soldier was killed, an army spokesman told reporters in Bangkok.")
    records = records_of(pipeline, text)
    assert records and "Bangkok" not in {r.location for r in records}
    assert records[0].country == "Thailand"


def test_a_capital_standing_for_its_government_is_no_place(pipeline):
    text = ("Mine blast\n\nA landmine wounded two Thai soldiers on patrol on Sunday, the Thai army said. Thailand "
            "accused Cambodia of laying new mines, which Phnom Penh denied.")
    records = records_of(pipeline, text)
    assert records and "Phnom Penh" not in {r.location for r in records}


def test_where_the_beaten_side_fled_is_not_the_battle(pipeline):
    text = ("Rebels take base\n\nThe Arakan Army said it had overrun a police outpost in Minbya township on Monday. "
            "It said the policemen who survived had fled towards Sittwe.")
    records = records_of(pipeline, text)
    assert records and records[0].location == "Minbya"


def test_a_people_before_village_volunteers_is_no_village(pipeline):
    text = ("Firing in Manipur\n\nGunmen exchanged fire with Kuki village volunteers at Lamlai in Imphal East district "
            "on Monday, killing one, police said.")
    records = records_of(pipeline, text)
    assert records and records[0].location != "Kuki"
