"""Session 23 (actors' country): a report that names no place the gazetteer knows still tells its country through a
body that exists in one country only, and the actors are named for it ('Protesters (Kenya)'): Kenya's county
assemblies (devolved in 2013; no other country ACLED covers has a 'County Assembly' with members, MCAs), its
chiefs' camps, Administration Police (also written in lower case), Teachers Service Commission and National Hospital
Insurance Fund, the OSCE's Special Monitoring Mission, which worked in Ukraine only (2014-2022), and Compaore's
name as English reports also spell it ('Campaore'). Cues in data/place_country_cues.json (names). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, country, actor1", [
    # note style
    ("Angry voters tore up ballot papers after the names of three Member of the County Assembly aspirants went missing.",
     "Kenya", "Rioters (Kenya)"),
    ("Traders marched to the offices of the County Assembly to protest a new levy on market stalls.",
     "Kenya", "Protesters (Kenya)"),
    ("Students marched against the plan of President Campaore to amend the constitution.",
     "Burkina Faso", "Protesters (Burkina Faso)"),
    ("Parents protested outside the chief's camp over the closure of the village school.",
     "Kenya", "Protesters (Kenya)"),
    ("Two administration police officers were shot dead by unknown gunmen at a roadblock.",
     "Kenya", "Unidentified Armed Group (Kenya)"),
    # news style
    ("Hundreds of teachers marched to the Teachers Service Commission offices on Wednesday to demand promotions.",
     "Kenya", "Protesters (Kenya)"),
    ("Youths on Monday stormed a meeting called by Members of the County Assembly and stoned their vehicles, "
     "injuring two aides.", "Kenya", "Rioters (Kenya)"),
])
def test_a_body_of_one_country_names_the_crowd(pipe, text, country, actor1):
    records = pipe.extract(text, published=date(2019, 6, 1))
    assert records
    assert records[0].country == country
    assert records[0].actor1 == actor1


@pytest.mark.parametrize("text", [
    "The OSCE Special Monitoring Mission said its patrol heard 20 artillery explosions on Tuesday night near a "
    "checkpoint.",
    "On 3 February 2021, the OSCE SMM said its patrol heard 20 explosions of undetermined weapons near a checkpoint.",
])
def test_the_monitoring_mission_tells_ukraine(pipe, text):
    records = pipe.extract(text, published=date(2021, 3, 1))
    assert records
    assert records[0].country == "Ukraine"
