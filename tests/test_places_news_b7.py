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


def test_town_inside_the_name_a_group_gives_itself_is_no_place(pipeline):
    # 'Resistencia' is a city of Chaco; here it is the first word of the group's name
    text = _article(
        "Arson near Esquel",
        "A group calling itself Resistencia Ancestral Mapuche claimed responsibility for an arson attack that "
        "destroyed a mountain hut near Esquel on Tuesday night, police said.")
    assert [e.location for e in pipeline.extract(text, published=PUBLISHED)] == ["Esquel"]


def test_refugee_camp_town_missing_from_geonames_is_placed(pipeline):
    text = _article(
        "Three killed in Rohingya camp",
        "Gunmen shot dead three men in a refugee camp in Ukhia on Thursday night, police said.")
    events = pipeline.extract(text, published=PUBLISHED)
    assert [(e.country, e.location, e.admin1) for e in events] == [("Bangladesh", "Ukhia", "Chittagong")]


def test_self_given_name_after_the_article_word_is_read_past(pipeline):
    text = _article(
        "Arson near Esquel",
        "A group calling itself the Resistencia Mapuche Front burned a mountain hut near Esquel on Tuesday night, "
        "police said.")
    assert [e.location for e in pipeline.extract(text, published=PUBLISHED)] == ["Esquel"]
