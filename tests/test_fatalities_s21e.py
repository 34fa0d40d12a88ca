"""Attackers who kill themselves: 'themselves' after a death word stands for the clause's own doers and
counts as many as they are told to be, with whoever is listed beside it. My own example sentences."""

import pytest

from test_fatalities import run


def deaths(counter, text, **kwargs):
    return run(counter, text, **kwargs).fatalities


@pytest.mark.parametrize("text, expected", [
    # numbered doers: as many die as were counted, plus the others listed
    ("Three men blew themselves up inside a house on the edge of Batticaloa, killing themselves and nine "
     "members of their families.", 12),
    ("Two suicide bombers blew themselves up at a checkpoint outside Maiduguri on Monday, killing themselves "
     "and four soldiers.", 6),
    # the doers of the verb the killing hangs on, or of the death verb itself
    ("The two gunmen later killed themselves when troops surrounded the farmhouse near Kidal.", 2),
    # one doer: 'himself' was one already, and stays so
    ("A suicide bomber blew himself up at a checkpoint outside Maiduguri on Monday, killing himself and four "
     "soldiers.", 5),
])
def test_themselves_counts_the_doers(counter, text, expected):
    assert deaths(counter, text, sub="Suicide bomb", etype="Explosions/Remote violence") == expected
