"""Actors stage, causes seen in journalists' articles (session 15): armed groups the dictionary lacked (DR Congo's
Mobondo militia, Indonesia's MIT, Libya's LNA and its Tebu militias, also spelt Toubou); unnamed armed men said to
come from a people's tribe or clan are that people's militia; a group the authorities blame for an attack that it
denies is no perpetrator (ACLED keeps the attackers unidentified), while an undisputed blame still names it."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)


@pytest.mark.parametrize("text,event_type,sub_event_type,country,actor1", [
    ("Mobondo militiamen raided two villages near Bandundu on Thursday and killed five farmers, local officials said.",
     "Violence against civilians", "Attack", "Democratic Republic of Congo", "Mobondo Militia"),
    ("Three villagers were hacked to death near Napu on Friday by suspected MIT militants, police said.",
     "Violence against civilians", "Attack", "Indonesia", "MIT: Mujahideen of Eastern Indonesia"),
    ("Members of the Mujahidin Indonesia Timur shot dead a rubber tapper in the hills above Poso on Friday.",
     "Violence against civilians", "Attack", "Indonesia", "MIT: Mujahideen of Eastern Indonesia"),
    ("A drone operated by the Libyan National Army struck a farm outside Gharyan on Sunday, killing four workers.",
     "Explosions/Remote violence", "Air/drone strike", "Libya", "LNA: Libyan National Army"),
    ("LNA warplanes bombed a farm outside Gharyan on Sunday, killing four workers.",
     "Explosions/Remote violence", "Air/drone strike", "Libya", "LNA: Libyan National Army"),
])
def test_armed_groups_named_in_news(resolver, text, event_type, sub_event_type, country, actor1):
    rec = resolve(resolver, text, event_type, sub_event_type, country, date(2021, 6, 12))
    assert rec.actor1 == actor1


@pytest.mark.parametrize("people", ["Tebu", "Toubou"])
def test_armed_men_of_a_tribe_are_its_militia(resolver, people):
    rec = resolve(resolver, f"Fighting erupted in Ubari on Monday between {people} gunmen and armed men of the Awlad "
                  "Suleiman tribe, leaving six dead.", "Battles", "Armed clash", "Libya", date(2019, 8, 10))
    assert (rec.actor1, rec.actor2) == ("Tebu Ethnic Militia (Libya)", "Awlad Suleiman Tribal Militia (Libya)")


ATTACK = "Gunmen stormed a police station in Nsukka on Tuesday and killed three officers. "


@pytest.mark.parametrize("blame", [
    "Police blamed IPOB for the attack. The group's spokesman denied any involvement.",
    "Police blamed IPOB, which denied it.",
])
def test_blame_the_accused_denies_leaves_attackers_unidentified(resolver, blame):
    rec = resolve(resolver, ATTACK + blame, "Battles", "Armed clash", "Nigeria", date(2022, 3, 10))
    assert rec.actor1 == "Unidentified Armed Group (Nigeria)"


def test_blame_not_denied_names_the_attackers(resolver):
    rec = resolve(resolver, ATTACK + "Police blamed IPOB for the attack.", "Battles", "Armed clash", "Nigeria",
                  date(2022, 3, 10))
    assert rec.actor1 == "IPOB: Indigenous Peoples of Biafra"


def test_denial_by_another_party_keeps_the_blamed_group(resolver):
    rec = resolve(resolver, ATTACK + "Police blamed IPOB for the attack. The governor denied that the station "
                  "had been left unguarded.", "Battles", "Armed clash", "Nigeria", date(2022, 3, 10))
    assert rec.actor1 == "IPOB: Indigenous Peoples of Biafra"


@pytest.mark.parametrize("text,event_type,sub_event_type,country,when,actor1", [
    # the dev data name Spain's forces from 2020 on; the hand file dates the regime before
    ("Police arrested four men in Girona on Tuesday over the burning of a bank branch.",
     "Strategic developments", "Arrests", "Spain", date(2019, 10, 1), "Police Forces of Spain (2018-2020)"),
    # the dev data name Chile's army only from 2022, its police from 2018: the army takes the police's regimes
    ("Soldiers shot dead a man who was looting a supermarket in La Serena on Sunday night.",
     "Violence against civilians", "Attack", "Chile", date(2019, 10, 20), "Military Forces of Chile (2018-2022)"),
])
def test_state_forces_of_regimes_before_the_first_the_dev_data_name(resolver, text, event_type, sub_event_type,
                                                                      country, when, actor1):
    assert resolve(resolver, text, event_type, sub_event_type, country, when).actor1 == actor1
