"""Session 24 (helper C, actors): two member groups of an alliance given as alternatives with the alliance in
brackets ('Katiba Macina or Ansaroul Islam (JNIM) militants') are one mention of the alliance, which ACLED names
as the actor (train data: all 3 such notes coded 'JNIM: Group for Support of Islam and Muslims'); before, the two
names stayed apart, the parse left both without the subject's role and the event fell to an unidentified armed
group. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    # note style
    "On March 3, presumed Katiba Macina or Ansaroul Islam (JNIM) militants attacked the village of Tamba in Soum "
    "province, killing two civilians.",
    "On 9 May, suspected Ansaroul Islam or Katiba Macina (JNIM) militants shot dead a herder near Djibo.",
    # news style
    "Gunmen from Katiba Macina or Ansaroul Islam (JNIM) killed four villagers near Arbinda in northern Burkina Faso "
    "on Sunday, a local official said.",
])
def test_alternative_members_of_an_alliance_are_the_alliance(pipe, text):
    events = pipe.extract(text, published=date(2019, 6, 1))
    assert events and events[0].actor1 == JNIM


def test_single_member_with_alliance_unchanged(pipe):
    events = pipe.extract("On 9 May, suspected Katiba Macina (JNIM) militants shot dead a herder near Djibo.",
                          published=date(2019, 6, 1))
    assert events and events[0].actor1 == JNIM
