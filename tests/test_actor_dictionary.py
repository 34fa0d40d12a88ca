"""The actor dictionary (data/actors.json, built by scripts/build_actor_dictionary.py from ACLED's actor
names and the hand-kept data/actor_aliases.json): named groups by the names news gives them, and short
names that mean the group only in its own country.

The sentences are written for these tests; the drafts are built by hand (one event per text) so the tests
do not depend on the detector.
"""

import importlib.util
import json
from datetime import date

import pytest

from newsevents import nlp
from newsevents.actors import ActorResolver, load_dictionary
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord

from conftest import DEV_DATA, ROOT


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def resolve(resolver, text, event_type, sub_event_type, country, when=date(2022, 3, 10)):
    doc = nlp.load()(text)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    resolver(Article(text=text, published=when, doc=doc), [EventDraft(record=record, sentences=list(doc.sents))])
    return record


def actors_of(record) -> set:
    return {record.actor1, record.actor2} - {None, ""}


# ---- named groups by the names news uses -------------------------------------------------------------
@pytest.mark.parametrize("text, country, when, expected", [
    ("Fighters of the Rapid Support Forces stormed a camp for displaced people outside El Geneina on Monday "
     "and killed five men.", "Sudan", date(2023, 11, 6), "Rapid Support Forces"),
    ("Gunmen from the Comando Vermelho shot dead two men in a favela in the north of Rio de Janeiro on Friday.",
     "Brazil", date(2022, 5, 6), "CV: Red Command"),
    ("Members of the Primeiro Comando da Capital killed a prison guard in Presidente Venceslau on Tuesday.",
     "Brazil", date(2022, 5, 3), "PCC: First Capital Command"),
    ("Suspected Jalisco cartel gunmen ambushed a convoy of municipal police near Zitacuaro on Sunday, killing two.",
     "Mexico", date(2022, 5, 8), "CJNG: Jalisco New Generation Cartel"),
    ("Gunmen of the Sinaloa cartel killed three men at a ranch outside Culiacan on Saturday.",
     "Mexico", date(2022, 5, 7), "Sinaloa Cartel"),
    ("Maoists shot dead a villager they accused of being a police informer in Bijapur district on Monday.",
     "India", date(2022, 5, 9), "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Naxalites set fire to three trucks used for road construction near Dantewada on Tuesday.",
     "India", date(2022, 5, 10), "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Fano militiamen attacked a police station in the town of Debre Tabor on Wednesday.",
     "Ethiopia", date(2023, 8, 2), "Fano Youth Militia"),
    ("Ambazonian separatists abducted a teacher in Bamenda on Thursday.",
     "Cameroon", date(2022, 5, 12), "Ambazonian Separatists (Cameroon)"),
    ("Mai-Mai militiamen attacked a village in Lubero territory overnight, killing four civilians.",
     "Democratic Republic of Congo", date(2022, 5, 12), "Mayi Mayi Militia"),
    ("Members of Barrio 18 shot dead a bus driver in Mixco on Monday.",
     "Guatemala", date(2022, 5, 9), "B-18: Barrio-18"),
    ("Al-Shebab fighters attacked an army base near Beledweyne at dawn on Sunday.",
     "Somalia", date(2022, 5, 8), "Al Shabaab"),
    ("Suspected ISWAP (Greater Sahara) militants abducted two traders near Menaka on Friday.",
     "Mali", date(2022, 2, 11), "Islamic State (West Africa) - Greater Sahara Faction"),
    ("Hayat Tahrir al-Sham fighters shelled a village held by government forces near Saraqib on Monday.",
     "Syria", date(2022, 5, 9), "HTS: Hayat Tahrir al Sham"),
    ("Members of the Jaime Martinez front shot dead a community leader in rural Buenaventura on Saturday.",
     "Colombia", date(2022, 6, 25),
     "FARC Dissident - Jaime Martinez: Revolutionary Armed Forces of Colombia Dissident Faction (Jaime Martinez)"),
    ("Israeli settlers set fire to two cars in the village of Huwara on Sunday.",
     "Palestine", date(2023, 2, 26), "Settlers (Israel)"),
    ("Civil police officers shot dead a suspect during a raid in Belem on Tuesday.",
     "Brazil", date(2022, 5, 10), "Police Forces of Brazil (2019-) Civil Police"),
    ("Taliban intelligence officers detained two journalists in Kandahar on Saturday.",
     "Afghanistan", date(2022, 4, 2), "Police Forces of Afghanistan (2021-) General Directorate of Intelligence"),
    ("Oromia special police shot dead a student in Jeldu on Tuesday.",
     "Ethiopia", date(2022, 1, 11), "Police Forces of Ethiopia (2018-) Oromo Regional Special Forces"),
    ("Islamist insurgents attacked the village of Mucojo in Macomia district on Thursday, beheading three men.",
     "Mozambique", date(2022, 5, 5), "Islamist Militia (Mozambique)"),
    ("Mai-Mai Yakutumba fighters looted a health centre near Fizi on Sunday.",
     "Democratic Republic of Congo", date(2022, 5, 8), "Mayi Mayi Militia (Yakutumba)"),
])
def test_named_group_by_its_news_name(resolver, text, country, when, expected):
    rec = resolve(resolver, text, "Violence against civilians", "Attack", country, when)
    assert expected in actors_of(rec)


def test_rsf_is_a_branch_of_sudans_forces_before_the_war(resolver):
    """ACLED coded the RSF as a branch of Sudan's military until the war with the army began in April 2023."""
    text = "Rapid Support Forces shot dead three traders at a market in Nyala on Tuesday."
    before = resolve(resolver, text, "Violence against civilians", "Attack", "Sudan", date(2022, 4, 26))
    after = resolve(resolver, text, "Violence against civilians", "Attack", "Sudan", date(2023, 6, 6))
    assert "Military Forces of Sudan (2019-) Rapid Support Forces" in actors_of(before)
    assert "Rapid Support Forces" in actors_of(after)


def test_a_political_party_is_no_rebel_group(resolver):
    """A party whose supporters fight is a political militia ('Movement' in its name makes it no rebel group)."""
    rec = resolve(resolver, "ODM youths stoned the car of a rival candidate in Kisumu on Sunday.",
                  "Violence against civilians", "Attack", "Kenya", date(2017, 8, 6))
    assert rec.actor1 == "ODM: Orange Democratic Movement"
    assert rec.inter1 == "Political militia"


def test_branch_takes_the_regime_of_its_forces(resolver):
    """A branch is named after the regime of the forces it belongs to at the event date."""
    text = "GSU officers shot dead two protesters in Kibera on Tuesday."
    old = resolve(resolver, text, "Violence against civilians", "Attack", "Kenya", date(2012, 5, 8))
    new = resolve(resolver, text, "Violence against civilians", "Attack", "Kenya", date(2017, 10, 10))
    assert old.actor1 == "Police Forces of Kenya (2002-2013) General Service Unit"
    assert new.actor1 == "Police Forces of Kenya (2013-) General Service Unit"


# ---- short names only in their own country ----------------------------------------------------------
IN_ITS_COUNTRY, ELSEWHERE = True, False


@pytest.mark.parametrize("text, country, group, named", [
    ("The RSF shelled residential districts of Omdurman on Sunday, killing six civilians.", "Sudan",
     "Rapid Support Forces", IN_ITS_COUNTRY),
    ("Two CV members exchanged fire with police in Nova Iguacu on Friday.", "Brazil", "CV: Red Command", IN_ITS_COUNTRY),
    ("The AA attacked a junta outpost in Maungdaw township on Monday.", "Myanmar",
     "ULA/AA: United League of Arakan/Arakan Army", IN_ITS_COUNTRY),
    ("ADF rebels killed nine villagers near Oicha on Saturday.", "Democratic Republic of Congo",
     "ADF: Allied Democratic Forces", IN_ITS_COUNTRY),
    ("JaS fighters clashed with a rival faction near Afrin on Monday.", "Syria", "JaS: Levant Front", IN_ITS_COUNTRY),
    # the same letters mean something else elsewhere, or are an ordinary word
    ("RSF condemned the arrest of two journalists in Paris on Monday.", "France", "Rapid Support Forces", ELSEWHERE),
    ("The ADF deployed troops to help flood victims in New South Wales on Tuesday.", "Australia",
     "ADF: Allied Democratic Forces", ELSEWHERE),
    ("Police arrested a man who had forged his CV to join the force, in Leeds on Monday.", "United Kingdom",
     "CV: Red Command", ELSEWHERE),
    ("ANC supporters clashed with police outside the city hall in Durban on Monday.", "South Africa",
     "ANC: Amani National Congress", ELSEWHERE),
    ("SNA troops repulsed an attack on their base near Jowhar on Monday.", "Somalia",
     "SNA: Shanni Nationalities Army", ELSEWHERE),
    ("Maoists marched through Kathmandu on Friday demanding a new constitution.", "Nepal",
     "CPI (Maoist): Communist Party of India (Maoist)", ELSEWHERE),
    ("Fano residents protested against the closure of a hospital on Saturday.", "Italy", "Fano Youth Militia", ELSEWHERE),
])
def test_short_name_names_the_group_only_in_its_country(resolver, text, country, group, named):
    rec = resolve(resolver, text, "Battles", "Armed clash", country, date(2023, 6, 5))
    assert (group in actors_of(rec)) is named


def test_pm_is_not_brazils_military_police(resolver):
    """'PM' is a prime minister or a time of day far more often than Brazil's Polícia Militar."""
    rec = resolve(resolver, "Protesters gathered in Sao Paulo at 5 PM on Sunday to demand the PM's resignation.",
                  "Protests", "Peaceful protest", "Brazil")
    assert "Military Forces of Brazil (2019-) Military Police" not in actors_of(rec)


# ---- the dictionary file -----------------------------------------------------------------------------
def test_country_aliases_name_known_actors():
    d = load_dictionary()
    dated = {r["name"] for r in d.dated_aliases}
    for country, table in d.country_aliases.items():
        for alias, name in table.items():
            if country != "*":
                assert name in d.actors or name in dated, (country, alias, name)


def test_country_aliases_keep_generic_nouns_elsewhere():
    """A country alias that ends in a generic noun ('separatist fighters') would leave nothing of that noun in
    countries without an entry: only those with an entry for every country ('*') may."""
    d = load_dictionary()
    data = json.loads((ROOT / "src" / "newsevents" / "data" / "actors.json").read_text(encoding="utf-8"))
    generic = {w for words in data["generic"].values() for w in words}
    fallback = d.country_aliases.get("*", {})
    for country, table in d.country_aliases.items():
        for alias in table:
            if alias.split()[-1] in generic:
                assert alias in fallback, (country, alias)


def test_local_abbreviations_are_no_global_abbreviations():
    """An abbreviation kept for one country's group is not matched for any group everywhere."""
    d = load_dictionary()
    local = {alias for table in d.country_aliases.values() for alias in table if alias != alias.lower()}
    for name, entry in d.actors.items():
        assert not local & set(entry.get("abbreviations", [])), name


def test_actor_countries_are_places():
    """A bracket in an ACLED name is a country only when it names one ('CPI (Maoist)' is an Indian party)."""
    d = load_dictionary()
    assert d.actors["CPI (Maoist): Communist Party of India (Maoist)"]["country"] == "India"
    assert d.actors["Mayi Mayi Militia (Yakutumba)"]["country"] == "Democratic Republic of Congo"
    assert d.actors["Civilians (Kenya)"]["country"] == "Kenya"


@pytest.mark.skipif(not DEV_DATA.exists(), reason="ACLED dev data not available")
def test_dictionary_file_is_what_the_script_builds():
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", ROOT / "scripts" / "build_actor_dictionary.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    built = json.loads(json.dumps(builder.build(DEV_DATA), ensure_ascii=False))
    on_disk = json.loads((ROOT / "src" / "newsevents" / "data" / "actors.json").read_text(encoding="utf-8"))
    assert built == on_disk


# ---- regimes: the state's forces are named after the regime in office on the event date ----------------
@pytest.mark.parametrize("when, expected", [
    (date(2020, 6, 2), "Military Forces of Nigeria (2015-2023)"),
    (date(2023, 5, 28), "Military Forces of Nigeria (2015-2023)"),
    # the dev data ends before the 2023 handover: the successor's name comes from the regime's end year
    (date(2024, 2, 14), "Military Forces of Nigeria (2023-)"),
])
def test_state_forces_follow_the_regime_of_the_event_date(resolver, when, expected):
    record = resolve(resolver, "Soldiers killed six bandits in a gun battle near Tsafe in Zamfara state.",
                     "Battles", "Armed clash", "Nigeria", when=when)
    assert expected in actors_of(record)


def test_each_regime_ends_after_it_starts_and_before_the_next():
    for country, kinds in load_dictionary().state_forces.items():
        for kind, periods in kinds.items():
            assert periods[-1]["until"] is None, (country, kind)
            for earlier, later in zip(periods, periods[1:]):
                assert earlier["from"] <= earlier["until"] < later["from"], (country, kind)


@pytest.mark.parametrize("text, country, when, expected", [
    # a regime that began after the dev data's last use of its predecessor's open name
    ("Israeli soldiers shot dead a Palestinian gunman near Jenin on Tuesday.", "Palestine", date(2022, 6, 14),
     "Military Forces of Israel (2021-)"),
    ("Israeli soldiers shot dead a Palestinian gunman near Jenin on Tuesday.", "Palestine", date(2023, 6, 13),
     "Military Forces of Israel (2022-)"),
    # a country the dev data never name, from the regime facts of the hand file
    ("Togolese soldiers repelled an attack by jihadists on a post near Mandouri on Sunday.", "Togo",
     date(2022, 7, 17), "Military Forces of Togo (2005-)"),
    # a body the dev data never name takes the regimes of another of its country's ("Police Forces of Indonesia")
    ("Indonesian soldiers exchanged fire with separatist rebels near Sugapa on Friday.", "Indonesia",
     date(2022, 3, 4), "Military Forces of Indonesia (2014-)"),
])
def test_state_forces_named_after_regimes_the_dev_data_do_not_reach(resolver, text, country, when, expected):
    record = resolve(resolver, text, "Battles", "Armed clash", country, when=when)
    assert expected in actors_of(record)
