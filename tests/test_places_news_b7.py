"""Places in news articles (headline and paragraphs): an event sentence that names no place of its own takes
the place its paragraph opened with, before a town of the headline; a town of the headline that another
event's own sentences name is that event's (sentences written for these tests)."""

from datetime import date

PUBLISHED = date(2020, 11, 4)


def _article(*paragraphs):
    return "\n\n".join(paragraphs)


def _by_type(pipeline, text):
    return {e.sub_event_type: e.location for e in pipeline.extract(text, published=PUBLISHED)}


def test_sentence_without_a_place_takes_its_paragraphs_opening_place(pipeline):
    text = _article(
        "Four dead in Daloa; opposition leaders arrested",
        "Four people were killed in clashes in Daloa on Sunday, the prefect said.",
        "In Yamoussoukro, police on Tuesday surrounded the homes of several opposition leaders. "
        "Police arrested the party's spokesman at his home on Tuesday evening, the party said.")
    places = _by_type(pipeline, text)
    assert places["Arrests"] == "Yamoussoukro"
    assert places["Armed clash"] == "Daloa"


def test_paragraph_of_its_own_does_not_lend_its_place_to_the_next_paragraph(pipeline):
    # the arrest paragraph names no place and no earlier sentence of it does: the article's town stands
    text = _article(
        "Clashes in Daloa",
        "Four people were killed in clashes in Daloa on Sunday, the prefect said.",
        "Police arrested the party's spokesman at his home on Tuesday evening, the party said.")
    places = _by_type(pipeline, text)
    assert places["Arrests"] == "Daloa"
