"""Places, session 16: names written with an accented elided syllable or an abbreviated first word, names after
'Mount', a local paper's dateline naming its town's province, and the village 'the village' refers back to.
Sentences and articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.document import RawInput
from newsevents.gazetteer import written_out
from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def events(pipeline, text: str):
    return pipeline.process_one(RawInput(text=text, published=date(2021, 6, 7)))[1]


def test_an_elided_name_with_accents_is_a_name(resolver):
    r = place(resolver, "Youths of two communities fought with machetes in N'Zérékoré on Sunday, leaving several dead.")
    assert (r.country, r.location) == ("Guinea", "Nzerekore")


def test_an_abbreviated_saint_finds_the_unit_geonames_writes_out(resolver):
    assert written_out("st james") == "saint james"
    assert written_out("stanley") is None
    assert any(p.cc == "JM" and p.kind == "admin1" for p in resolver.gaz.lookup("St Catherine"))
    r = place(resolver, "Gunmen shot dead two men at a bar in St Catherine, Jamaica, on Sunday night.",
              "Violence against civilians")
    assert (r.country, r.admin1) == ("Jamaica", "Saint Catherine")


def test_a_name_after_mount_is_not_the_town_abroad_named_like_its_last_word(resolver):
    r = place(resolver, "Police shot dead a man during a raid in Mount Salem on Monday night, residents said.")
    assert r.country != "United States" and r.location != "Salem"


def test_a_mountain_named_after_a_country_still_tells_the_country(resolver):
    r = place(resolver, "Rangers clashed with poachers on the slopes of Mount Kenya on Monday, wounding two.")
    assert r.country == "Kenya"


def test_a_news_bureau_is_no_place(resolver):
    r = place(resolver, "Three men were shot dead in Kingston on Saturday, our Western Bureau reported.",
              "Violence against civilians")
    assert (r.country, r.location) == ("Jamaica", "Kingston")


def test_the_province_after_the_dateline_town_chooses_among_its_namesakes(pipeline):
    records = events(pipeline, "Checkpoint attacked\n\nSAN FERNANDO, La Union - Gunmen killed two soldiers at a "
                               "checkpoint on Tuesday, police said. The attackers fled on motorcycles.")
    assert records
    assert (records[0].country, records[0].admin1, records[0].location) == ("Philippines", "Ilocos", "San Fernando")


def test_a_local_dateline_outweighs_a_namesake_abroad(pipeline):
    # Granville is also a county in the United States; the paper files from Montego Bay in St James parish
    records = events(pipeline, "Three killed at domino game\n\nMONTEGO BAY, St James - Gunmen opened fire on men "
                               "playing dominoes in Granville on Saturday night, killing three, the police said.")
    assert records
    assert records[0].country == "Jamaica"


def test_the_village_referred_back_to_is_the_one_called_a_village(pipeline):
    text = ("Troops move into grey zone\n\nKYIV - Separatist guns shelled army positions near the village of "
            "Novozarichne on Tuesday, the army said. Tension has also grown around Zhovte Pole, a hamlet of a few "
            "houses near Novozarichne. On Wednesday, soldiers moved into the hamlet and beat a farmer who refused to "
            "leave his home, local officials said.")
    records = events(pipeline, text)
    assert [r.location for r in records if r.event_type == "Violence against civilians"] == ["Zhovte Pole"]
