"""Actors, session 21 (news articles): words that tie unknown killers to gangs or drug-trafficking factions
('the police believe the killings are linked to a feud between two gangs', 'a dispute between drug
trafficking factions') make them ACLED's unidentified gang wherever it codes gangs (Brazil included, where
the marks of a gang killing alone name 'Unidentified Gang and/or Police Militia'); elsewhere, and without
such words, unknown killers stay an unidentified armed group."""

from datetime import date

import pytest


def events(pipeline, text, when=date(2021, 6, 8)):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, actor1", [
    ("MONTEGO BAY, Jamaica - Gunmen shot dead two men outside a bar in Salt Spring, St James, on Friday "
     "night. The police believe the killings are linked to a feud between rival gangs.",
     "Unidentified Gang (Jamaica)"),
    ("KINGSTON, Jamaica - Two men were shot dead by gunmen in Denham Town on Sunday. Police said the "
     "shooting was gang-related.", "Unidentified Gang (Jamaica)"),
    ("SAN PEDRO SULA, Honduras - Armed men shot dead a bus driver in San Pedro Sula on Monday. Police said "
     "the killing was part of a turf war between gangs.", "Unidentified Gang (Honduras)"),
    # in Brazil a tie to trafficking factions rules out the police militias the marks alone allow for
    ("SAO PAULO, Brazil - Three men were shot dead by two gunmen in a bar in Campinas on Saturday. "
     "Investigators suspect a dispute between drug trafficking factions.", "Unidentified Gang (Brazil)"),
    ("On 5 June 2021, in Campinas (Sao Paulo), a man was shot and killed by two drug traffickers in the "
     "Jardim Flamboyant neighborhood. 1 fatality.", "Unidentified Gang (Brazil)"),
])
def test_killers_tied_to_gangs_are_an_unidentified_gang(pipeline, text, actor1):
    found = events(pipeline, text)
    assert found and found[0].event_type == "Violence against civilians" and found[0].actor1 == actor1


@pytest.mark.parametrize("text, actor1", [
    # no word ties the killers to a gang
    ("KINGSTON, Jamaica - Two men were shot dead by gunmen in Denham Town on Sunday. The motive is unknown.",
     "Unidentified Armed Group (Jamaica)"),
    # where ACLED codes no gangs, the link changes nothing
    ("NAIROBI, Kenya - Two men were shot dead by gunmen in Eastleigh on Sunday. Police said the shooting was "
     "gang-related.", "Unidentified Armed Group (Kenya)"),
])
def test_unknown_killers_without_a_gang_tie_stay_unidentified(pipeline, text, actor1):
    found = events(pipeline, text)
    assert found and found[0].actor1 == actor1
