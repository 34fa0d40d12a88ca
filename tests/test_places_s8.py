"""Places, session 8: towns listed with a crowd event's place that the tagger takes for people, and towns of
'similar protests' told in the event's own sentences, each get an event of their own (sentences written for
these tests)."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)


def _towns(pipeline, text):
    return sorted(e.location for e in pipeline.extract(text, published=PUBLISHED))


def test_town_taken_for_a_person_in_a_list_after_in_is_a_town(pipeline):
    # 'Kaya' is also a given name: the list after 'in' says it is the town of Burkina Faso
    events = pipeline.extract("Teachers staged sit-ins in Ouahigouya, Kaya and Koudougou on Tuesday to demand unpaid allowances.",
                              published=PUBLISHED)
    by_town = {e.location: e for e in events}
    assert set(by_town) == {"Ouahigouya", "Kaya", "Koudougou"}
    assert by_town["Kaya"].admin1 == "Centre-Nord"


def test_person_named_like_a_town_outside_a_list_stays_a_person(pipeline):
    events = pipeline.extract("Supporters of Kaya marched in Koudougou on Tuesday to demand his release.", published=PUBLISHED)
    assert [e.location for e in events] == ["Koudougou"]


def test_similar_protests_in_towns_are_one_event_per_town(pipeline):
    text = ("Hundreds of opposition supporters marched in Nairobi on Monday to protest against tax increases. "
            "Similar protests were held in Kisumu and Mombasa.")
    assert _towns(pipeline, text) == ["Kisumu", "Mombasa", "Nairobi"]


def test_crowds_also_gathering_elsewhere_are_events_of_their_own(pipeline):
    text = ("Traders marched in Nairobi on Monday over new market fees. "
            "Demonstrations also took place in Kisumu and in Mombasa.")
    assert _towns(pipeline, text) == ["Kisumu", "Mombasa", "Nairobi"]


def test_police_also_arresting_protesters_elsewhere_is_no_new_crowd(pipeline):
    text = ("Hundreds of opposition supporters marched in Nairobi on Monday to protest against tax increases. "
            "Police also arrested ten protesters in Kisumu.")
    assert "Kisumu" not in [e.location for e in pipeline.extract(text, published=PUBLISHED) if e.event_type == "Protests"]


@pytest.mark.parametrize("text, country, admin1, location", [
    # GeoNames spells it 'Ninawa'; the words of the village's name ('Shaykh', 'Yunus') are towns abroad
    ("Iraqi jets bombed a hideout near Shaykh Yunus Village in Ninewa province on Monday, killing four militants.",
     "Iraq", "Ninewa", None),
    # Burkina Faso's 'Est'; Cameroon's 'East', which ACLED also writes 'Est', is only spelled so by ACLED
    ("The governor of the Est region extended the curfew by three months on Monday.", "Burkina Faso", "Est", None),
    # 'Molotov' (cocktails) is no town in Russia's Perm region
    ("Youths threw Molotov cocktails at a police post in Gedzhukh, Republic of Dagestan, on Monday.", "Russia", None, "Gedzhukh"),
    # a province of 2015 the gazetteer lacks (GeoNames still has the old Orientale): its seat, Bunia, at
    # geo_precision 3, as ACLED files an event known only by its province
    ("Militiamen clashed with soldiers in Kabasenda (Ngolo, Ituri) on Monday.", "Democratic Republic of Congo", "Ituri", None),
    # ACLED's split of Shan state, named in the brackets after a village the gazetteer lacks
    ("Soldiers torched houses in Loi Mwe village (Shan-North state) on Sunday.", "Myanmar", "Shan-North", "Loi Mwe"),
    ("Fighting broke out near Hpa Lai village (Nam Lan township, Shan-North state) on Sunday between the military and the TNLA.",
     "Myanmar", "Shan-North", None),
])
def test_acled_units_and_words_that_are_no_town(pipeline, text, country, admin1, location):
    event = pipeline.extract(text, published=PUBLISHED)[0]
    assert event.country == country
    assert admin1 is None or event.admin1 == admin1
    assert location is None or event.location == location


def test_a_village_the_article_puts_in_another_district_does_not_narrow_the_event_down(pipeline):
    text = ("Three soldiers were killed on Monday when troops clashed with cattle raiders in Kotido district, two days "
            "after raiders killed a herder near Lokwakaramoe, in Abim district. The troops tracked the raiders to a "
            "kraal, the army said. Relatives buried the herder in Lokwakaramoe on Sunday.")
    clash = next(e for e in pipeline.extract(text, published=PUBLISHED) if e.event_type == "Battles" and e.fatalities == 3)
    assert clash.location == "Kotido"


@pytest.mark.parametrize("text, admin1", [
    ("Hundreds of unemployed graduates protested outside the governorate office in Sfax, Tunisia, on Monday.", "Sfax"),
    ("Students marched in Krakow, Poland, on Tuesday against the war.", "Malopolskie"),
    ("Al Shabaab fighters attacked a base in Dhuusamarreeb, Somalia, on Friday.", "Galgaduud"),
])
def test_admin1_is_spelled_as_acled_spells_it(pipeline, text, admin1):
    assert pipeline.extract(text, published=PUBLISHED)[0].admin1 == admin1


@pytest.mark.parametrize("text, location, geo_precision", [
    # the district of the city, not the province around it ('Tashkent' is no ACLED spelling of GeoNames' 'Toshkent')
    ("Residents protested in Bektemir district of Tashkent city on Monday over power cuts.", "Bektemir", 2),
])
def test_a_district_of_a_city_named_like_its_province_stays_in_the_city(pipeline, text, location, geo_precision):
    event = pipeline.extract(text, published=PUBLISHED)[0]
    assert (event.location, event.geo_precision) == (location, geo_precision)
