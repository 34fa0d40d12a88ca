"""Background, session 26 (helper C): violence told only in a relative clause in the perfect that describes a noun
of another clause ('the district, where a month of fighting that began with an ambush has killed dozens') is what
the place has seen up to now, not the occasion of the sentence; the incident is told where the article tells it
afresh. My own example article."""

from datetime import date

ELDERS_TRUCE = """Elders agree truce in Marwat after week of feuding

By Staff Reporter

A council of elders agreed a ten-day truce in Bannu on Tuesday between two feuding clans of Marwat district, where a week of violence that began with an ambush on a wedding party has killed at least twenty people.

The violence began last Wednesday, when gunmen hiding in a sugarcane field near Naurang opened fire on a wedding party travelling to the village of Ghazni Khel. Police said nine guests were killed.

The truce was agreed after two days of talks. The district administration said schools would reopen next week.
"""


def test_violence_told_in_a_perfect_relative_clause_is_no_event_of_the_lead(pipeline):
    _doc, records = pipeline.process_one(__import__("newsevents.ingest", fromlist=["read_bytes"]).read_bytes(
        ELDERS_TRUCE.encode(), "truce", published=date(2024, 7, 26)))
    attacks = [r for r in records if r.event_type in ("Violence against civilians", "Battles")]
    assert len(attacks) == 1
    # the ambush is the one told afresh: near Naurang, last Wednesday, not the truce's town and day
    assert attacks[0].location != "Bannu"
    assert str(attacks[0].event_date) == "2024-07-24"
    assert any(r.sub_event_type == "Agreement" for r in records)


def _places(text: str) -> list[set]:
    from newsevents import nlp
    from newsevents.background import SentenceFactReader

    doc = nlp.load()(text)
    return [f.places for f in SentenceFactReader(["say"]).read(list(doc.sents), date(2024, 8, 2))]


def test_a_place_named_only_in_what_dates_the_event_by_another_is_not_its_place():
    # the rioting in Rotherham is another event, two days before; the sentence's event is in Sunderland
    places = _places("Youths attacked police officers and burned a car in Sunderland on Thursday night, two days after "
                     "rioting outside a hotel in Rotherham left twenty officers injured.")
    assert "sunderland" in places[0] and "rotherham" not in places[0]
    places = _places("Youths attacked police officers in Sunderland on Thursday, a day after rioting in Rotherham.")
    assert "sunderland" in places[0] and "rotherham" not in places[0]
