"""Actors and places, session 20 (Kenya study): a regime ACLED names between two the dev data name gets
its own years ('Military Forces of Somalia (2012-2017)' for events from 10 September 2012 to 7 February
2017, 'Military Forces of Mali (2020-2021)' between the coups of August 2020 and May 2021), chosen by
the date of the event."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    ("On 14 March 2015, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region. "
     "Two soldiers died.", date(2015, 3, 15), "Military Forces of Somalia (2012-2017)"),
    ("On 3 May 2013, Somali police shot dead two al Shabaab fighters in Kismayo, Lower Juba, Somalia.",
     date(2013, 5, 4), "Police Forces of Somalia (2012-2017)"),
    # the regime's first and last days follow the dates of the elections that changed it
    ("On 1 September 2012, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region.",
     date(2012, 9, 2), "Military Forces of Somalia (2004-2012)"),
    ("On 20 February 2017, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region.",
     date(2017, 2, 21), "Military Forces of Somalia (2017-2022)"),
    ("On 25 October 2020, Malian soldiers clashed with JNIM fighters near Boni, Mopti region. Three "
     "soldiers were killed.", date(2020, 10, 26), "Military Forces of Mali (2020-2021)"),
])
def test_a_regime_between_two_named_ones_has_its_own_years(pipeline, text, when, actor1):
    found = events(pipeline, text, when)
    assert found and found[0].actor1 == actor1
