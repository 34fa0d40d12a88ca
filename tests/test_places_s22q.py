"""Session 22 (places): a town the tagger reads as a person's name ('Bobo-Dioulasso', 'Kaya') after the plural of a
place noun and 'of' ('several schools of Bobo-Dioulasso', 'the markets of Kaya')
is a place, as after the singular ('the streets of Kaya', 'the hospital of Metz'): place_nouns_before_of in
data/place_country_cues.json. Example sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, location, country", [
    # note style
    ("On 12 March 2019, students in several schools of Bobo-Dioulasso held sit-ins in support of striking teachers.",
     "Bobo-Dioulasso", "Burkina Faso"),
    ("Students from several schools of Bobo-Dioulasso marched on Thursday in support of striking teachers.",
     "Bobo-Dioulasso", "Burkina Faso"),
    ("Pupils from several schools of Kaya marched on Monday against the closure of classes.", "Kaya", "Burkina Faso"),
    # news style
    ("Traders closed the markets of Bobo-Dioulasso on Tuesday to protest a new tax, and police fired tear gas.",
     "Bobo-Dioulasso", "Burkina Faso"),
])
def test_a_town_after_a_plural_place_noun_and_of(pipe, text, location, country):
    records = pipe.extract(text, published=date(2020, 6, 1))
    assert records
    assert records[0].location == location and records[0].country == country
