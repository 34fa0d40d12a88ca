"""ACLED's units in brackets after a village the gazetteer lacks, roads named by the towns they join, and
facilities named after people or places elsewhere: which name is the event's place. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def place_of(resolver, text: str) -> EventRecord:
    """The place of one event told by the first sentence of `text`."""
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Battles"), sentences=[next(iter(doc.sents))])
    resolver(Article(text=text, doc=doc), [draft])
    return draft.record


def test_a_district_named_in_brackets_narrows_the_region_down(resolver):
    # the gazetteer's only Ywar Thit Gyi lies in Yangon; the township named with the district and region
    # is a town it knows: the event is at the township's town (geo_precision 2), not at the region's seat
    r = place_of(resolver, "On 2 March 2023, soldiers burned houses near Ywar Thit Gyi village (Khin-U township, "
                           "Shwebo district, Sagaing region).")
    assert (r.country, r.admin1, r.location, r.geo_precision) == ("Myanmar", "Sagaing", "Khin-U", 2)
    # a village it lacks altogether keeps its own name, at the township's town
    r = place_of(resolver, "On 2 March 2023, soldiers burned houses near Zee Pin Gyi village (Khin-U township, "
                           "Shwebo district, Sagaing region).")
    assert (r.admin1, r.location, r.geo_precision) == ("Sagaing", "Zee Pin Gyi", 2)
    assert abs(r.latitude - 22.78) < 0.2 and abs(r.longitude - 95.66) < 0.2


# (sentence, fields, expected): one event per sentence, written for these tests
CASES = [
    # the gazetteer's Durg lies in Chhattisgarh: the commune named first in the brackets is the place
    ("On 4 May 2023, farmers blocked the road near Durg village (Mawana, Meerut district, Uttar Pradesh).",
     ("admin1", "location", "geo_precision"), ("Uttar Pradesh", "Mawana", 2)),
    # a town in the province named after it stays the place, however far its commune's seat
    ("On 9 May 2023, gunmen attacked the gendarmerie in Tanwalbougou (Fada Ngourma, Gourma).",
     ("country", "location"), ("Burkina Faso", "Tanwalbougou")),
    # the towns after the word 'axis' are the ends of a road, not halves of one name
    ("On 5 June 2023, an IED struck an army vehicle on the axis Djibo-Mentao.",
     ("country", "admin1", "location"), ("Burkina Faso", "Sahel", "Djibo")),
    # a road named by towns, its hyphen spaced, leaves the place to the brackets
    ("On 6 June 2023, gunmen closed the Aden - Taizz road at a junction (Tur Al Bahah, Lahij).",
     ("country", "admin1", "geo_precision"), ("Yemen", "Lahij", 2)),
    # a road through several towns ('Cuenca - Zhud - Cochancay') names none of them as the event's place
    ("On 3 July 2023, in Pucaloma (Canar), farmers blocked the Cuenca - Zhud - Cochancay highway with rocks.",
     ("country", "admin1"), ("Ecuador", "Canar")),
    # schools named after people are no towns
    ("On 7 June 2023, parents and pupils of Raymond Poincare middle school demonstrated in Grasse.",
     ("country", "location"), ("France", "Grasse")),
    ("On 8 June 2023, students at Pleasant Lea Middle School gathered outside the school in Lee's Summit (Missouri).",
     ("admin1", "location"), ("Missouri", "Lee's Summit")),
    # the tagger runs 'Collingswood High School in Collingswood' into one organisation: the town after 'in' is
    # where it is, not part of its name
    ("On 9 June 2023, hundreds of students held a protest at Collingswood High School in Collingswood (New Jersey).",
     ("admin1", "location", "geo_precision"), ("New Jersey", "Collingswood", 1)),
    # names with an elided article or a possessive are one name
    ("On 10 June 2023, a man was shot dead in Olho d'Agua das Flores (Alagoas).",
     ("country", "location"), ("Brazil", "Olho d'Agua das Flores")),
    ("On 11 June 2023, traders demonstrated in Moi's Bridge town against theft.",
     ("country", "admin1", "geo_precision"), ("Kenya", "Uasin Gishu", 1)),
]


@pytest.mark.parametrize("sentence, fields, expected", CASES)
def test_the_place_of_one_sentence(resolver, sentence, fields, expected):
    r = place_of(resolver, sentence)
    assert tuple(getattr(r, f) for f in fields) == expected
