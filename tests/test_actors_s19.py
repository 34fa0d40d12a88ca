"""Actors stage, nineteenth session: a country's forces named with the country after 'of' ('military forces of Russia',
'troops of the United States'); a PDF branch named with its town after a dash or in brackets ('PDF - Kalay',
'PDF-Tamu', 'the People's Defense Force (Kalay)') or before the group's full name ('the Monywa People's Defense
Force'); in Brazil, whose coverage lists the state's forces first in battles, the other side first where the text
tells it opening the fight."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    ("On 7 March 2022, military forces of Russia fired several rockets at Zaporizhzhia, Zaporizhzhia region. "
     "Casualties unknown.", date(2022, 3, 8), "Military Forces of Russia (2000-)"),
    ("On 12 June 2022, armed forces of Turkey shelled the outskirts of Batifa, Zakho district, Duhok, Iraq. "
     "No casualties were reported.", date(2022, 6, 13), "Military Forces of Turkey (2016-)"),
])
def test_forces_of_a_country_named_after_of(pipeline, text, when, actor1):
    found = events(pipeline, text, when)
    assert found and found[0].actor1 == actor1

