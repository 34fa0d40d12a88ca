"""Places, session 8: towns listed with a crowd event's place that the tagger takes for people, and towns of
'similar protests' told in the event's own sentences, each get an event of their own (sentences written for
these tests)."""

from datetime import date

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


def _place(pipeline, text):
    events = pipeline.extract(text, published=PUBLISHED)
    assert events
    return events[0]


def test_province_written_as_acled_spells_it_is_that_province(pipeline):
    # GeoNames spells it 'Ninawa'; the words of the village's name ('Shaykh', 'Yunus') are towns abroad
    event = _place(pipeline, "Iraqi jets bombed a hideout near Shaykh Yunus Village in Ninewa province on Monday, killing four militants.")
    assert (event.country, event.admin1) == ("Iraq", "Ninewa")


def test_a_region_named_alike_in_two_countries_stays_the_one_named_so(pipeline):
    # Burkina Faso's 'Est'; Cameroon's 'East', which ACLED also writes 'Est', is only spelled so by ACLED
    event = _place(pipeline, "The governor of the Est region extended the curfew by three months on Monday.")
    assert (event.country, event.admin1) == ("Burkina Faso", "Est")


def test_molotov_cocktails_are_no_town(pipeline):
    event = _place(pipeline, "Youths threw Molotov cocktails at a police post in Gedzhukh, Republic of Dagestan, on Monday.")
    assert event.location == "Gedzhukh"
