"""Session 24 (actors' country when the note resolves no place): evidence of the country that was lost.

- A town's possessive written without the apostrophe ('in Nairobis Gikomba area') opened what the tagger took for a
  longer unknown name, and the town was dropped as the first word of that name: it is the town's possessive, so the
  town stays (places._possessive_without_apostrophe).
  Where no spelling of the gazetteer matches the word ('the Mombasas Kongowea market'), a big town or a province
  named like the word without its 's', before another capitalised word, is that place (places._possessive_before_name),
  even where the tagger takes the two words for a person's name.
- A leader's or party's name from data/place_country_cues.json written with two neighbouring letters swapped
  ('Odigna supporters') is still that name (places._transposed_names); short names and spellings that are cues
  themselves or that two countries' names share are left out.
- Kenya's constitutional commissions, the Council of Governors and the Constituencies Development Fund, and the
  English name of Burkina Faso's Balai Citoyen ('Citizens Broom'), are cues of their country (data only).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _first(pipe, text):
    records = pipe.extract(text)
    assert records, text
    return records[0]


@pytest.mark.parametrize("text, country, location, actor1", [
    # note style: the possessive without apostrophe
    ("Hundreds of hawkers in Nairobis Gikomba area protested against the demolition of their stalls.",
     "Kenya", "Nairobi", "Protesters (Kenya)"),
    ("Boda boda riders in Kisumus Kondele area protested against police harassment.",
     "Kenya", "Kisumu", "Protesters (Kenya)"),
    ("Dozens of traders at the Mombasas Kongowea market demonstrated against new levies.",
     "Kenya", "Mombasa", "Protesters (Kenya)"),
])
def test_possessive_without_apostrophe_keeps_the_town(pipe, text, country, location, actor1):
    r = _first(pipe, text)
    assert (r.country, r.location, r.actor1) == (country, location, actor1)


def test_possessive_with_apostrophe_unchanged(pipe):
    r = _first(pipe, "Hundreds of hawkers in Nairobi's Gikomba area protested against the demolition of their stalls.")
    assert (r.country, r.location) == ("Kenya", "Nairobi")


@pytest.mark.parametrize("text, country, actor1", [
    ("Three Odigna supporters were shot dead by police during riots over the election results.",
     "Kenya", "Rioters (Kenya)"),
    ("Youths marched against the proposal to let loyalists of former President Compoare stand in the elections.",
     "Burkina Faso", "Protesters (Burkina Faso)"),
])
def test_transposed_cue_name_tells_the_country(pipe, text, country, actor1):
    r = _first(pipe, text)
    assert (r.country, r.actor1) == (country, actor1)


def test_transposed_names_leave_short_and_shared_spellings_out():
    from newsevents.places import _transposed_names

    table = _transposed_names({"KE": ["Odinga", "Luo", "Kisii", "boda boda"], "BF": ["Compaore"]})
    assert table["odigna"] == "KE" and table["compoare"] == "BF"
    assert "oul" not in table and "ksiii" not in table  # too short to be sure
    # a swap that two countries' names share says nothing
    shared = _transposed_names({"KE": ["Abcdef"], "BF": ["Bacdef"]})
    assert "bacdef" not in shared and "abcdef" not in shared


@pytest.mark.parametrize("text, country, actor1", [
    ("Nurses waved placards outside the offices of the Council of Governors in protest at low salaries.",
     "Kenya", "Protesters (Kenya)"),
    ("Civil servants marched to the Salaries and Remuneration Commission to demand a pay review.",
     "Kenya", "Protesters (Kenya)"),
    ("Citizens Broom activists burned tyres on the main roads to protest against the proposed amnesty.",
     "Burkina Faso", "Rioters (Burkina Faso)"),
])
def test_national_bodies_tell_the_country(pipe, text, country, actor1):
    r = _first(pipe, text)
    assert (r.country, r.actor1) == (country, actor1)
