"""Places in news prose, session 28 (helper C): a place named as the namesake of a street or square whose name opens
with its kind, as Catalan, Spanish, French or Italian streets do ('the Passeig de Gracia', 'Avenida de Mayo'), is
not where the event was; the city the sentence names is. My own example articles."""

from datetime import date

from newsevents.ingest import read_bytes

MARCH_ON_A_STREET = """Hundreds of thousands march in Barcelona against sentences

BARCELONA, Oct 20 (Wire) - Columns of marchers who had walked for two days from towns across Catalonia converged on Barcelona on Saturday, and the city police said 400,000 people took part in a peaceful march that filled the Passeig de Gracia in the afternoon.

Organisers gave a higher figure. The march ended without incident.
"""


def _records(pipeline, text, published):
    return pipeline.process_one(read_bytes(text.encode(), "probe", published=published))[1]


def test_a_march_filling_a_street_named_after_a_district_is_in_the_city(pipeline):
    records = _records(pipeline, MARCH_ON_A_STREET, date(2019, 10, 20))
    assert [r.location for r in records] == ["Barcelona"]


def test_a_district_named_without_a_street_word_is_still_the_place(pipeline):
    text = MARCH_ON_A_STREET.replace("filled the Passeig de Gracia", "filled the streets of Gracia")
    assert [r.location for r in _records(pipeline, text, date(2019, 10, 20))] != ["Barcelona"]


def test_a_village_told_later_for_an_event_with_no_place_is_framed_by_no_other_unit():
    # an event whose sentences name no place the gazetteer knows has no chosen unit; a village named in a later
    # sentence of it then has no unit to be framed apart from (this path raised AttributeError on a missing span)
    from newsevents.places import PlaceResolver

    assert PlaceResolver()._framed_by_other_unit("Kamaus", None, None) is False
