"""Actors stage, eighth session: names for forces and groups the dictionary missed (commandos, a short
country name before 'forces', tanks and snipers of a nation, Myanmar's unnamed anti-coup groups, Nigeria's
cult militias), whose forces unnamed soldiers are where ACLED knows them as another state's (the West
Bank), a coalition a foreign state's forces act under (Syria), a noun a named gang goes by told again later
('the dahalo ... a gang attacked'), unnamed raiders who are the men of the one people named as armed, allies
backing a side, strikes, the men a unit came under fire from, crowds named after Northern Ireland, and a
group named only as whose a candidate or a meeting is."""

from datetime import date

import pytest

from newsevents.document import EventDraft
from newsevents.schema import EventRecord

from test_actors_news_causes import CLASH, VAC
from test_actors import parsed, resolve, resolver  # noqa: F401 (the module's resolver fixture)


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
MOVEMENT = ("Strategic developments", "Change to group/activity")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


def article_event(resolver, text, event_type, sub_event_type, country, when, sentences):
    """The actors of an event told in the article's sentences picked by index; the others are its context."""
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    sents = list(doc.sents)
    resolver(article, [EventDraft(record=record, sentences=[sents[i] for i in sentences])])
    return record


CASES = {
    "commandos are the state's forces": (
        "A commando unit came under fire from gunmen near Cukurca on Tuesday, the defence ministry said.",
        CLASH, "Turkey", date(2022, 6, 7), "Unidentified Armed Group (Turkey)", "Military Forces of Turkey (2016-)"),
    "a short country name before 'forces'": (
        "Burkina forces shot dead four men at a market near Djibo on Friday, residents said.",
        VAC, "Burkina Faso", date(2019, 5, 3), "Military Forces of Burkina Faso (2015-)", "Civilians (Burkina Faso)"),
    "a nation's tanks fire": (
        "Russian tanks fired on a convoy of cars leaving the town of Izium on Sunday.",
        SHELLING, "Ukraine", date(2022, 3, 6), "Military Forces of Russia (2000-)", None),
    "Myanmar's local defence groups": (
        "Local defence groups attacked a police outpost in Kani township with homemade mines on Saturday.",
        SHELLING, "Myanmar", date(2022, 5, 14), "Unidentified Anti-Coup Armed Group", "Police Forces of Myanmar (2021-)"),
    "Nigeria's cultists": (
        "Suspected cultists shot dead a student near the university gate in Ekpoma on Wednesday.",
        VAC, "Nigeria", date(2022, 4, 6), "Unidentified Cult Militia (Nigeria)", "Civilians (Nigeria)"),
    "unnamed soldiers in the West Bank are Israel's": (
        "Soldiers demolished two homes and a sheep pen in a hamlet south of Hebron on Monday, residents said.",
        DESTRUCTION, "Palestine", date(2022, 6, 6), "Military Forces of Israel (2021-)", "Civilians (Palestine)"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_names_of_forces_and_groups(resolver, name):
    text, (event_type, sub_event_type), country, when, actor1, actor2 = CASES[name]
    rec = resolve(resolver, text, event_type, sub_event_type, country, when)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_palestinian_forces_named_as_such_stay_palestinian(resolver):
    rec = resolve(resolver, "Palestinian security forces arrested two students at a checkpoint near Nablus on Monday.",
                  "Strategic developments", "Arrests", "Palestine", date(2022, 6, 6))
    assert rec.actor1 == "Police Forces of Palestine (1994-)" or rec.actor1.startswith("Military Forces of Palestine")


def test_us_forces_in_syria_act_under_the_coalition(resolver):
    rec = resolve(resolver, "A US military convoy of eight armoured vehicles drove from Rmelan to Qamishli on Sunday.",
                  *MOVEMENT, "Syria", date(2022, 3, 13))
    assert rec.actor1 == "Global Coalition Against Daesh"
    assert rec.assoc_actor_1 == "Military Forces of the United States (2021-)"


def test_us_forces_elsewhere_keep_their_own_name(resolver):
    rec = resolve(resolver, "A US military convoy drove through the border crossing at Rabia on Sunday.",
                  *MOVEMENT, "Iraq", date(2022, 3, 13))
    assert rec.actor1 == "Military Forces of the United States (2021-)"


def test_a_noun_the_named_gang_goes_by_refers_back_to_it(resolver):
    rec = article_event(resolver, "Dahalo bandits stole 300 zebu in the south, officials said. "
                        "On Sunday a gang of about forty armed men attacked a hamlet near Betroka, killing two herders.",
                        *VAC, "Madagascar", date(2022, 10, 3), [1])
    assert rec.actor1 == "Dahalo Militia"


def test_the_noun_of_one_of_two_named_groups_stays_unknown(resolver):
    rec = article_event(resolver, "Dahalo bandits and Al Shabaab militants were blamed for raids, officials said. "
                        "On Sunday a gang attacked a hamlet near Betroka, killing two herders.",
                        *VAC, "Madagascar", date(2022, 10, 3), [1])
    assert rec.actor1 != "Dahalo Militia"


def test_unnamed_rustlers_are_the_men_of_the_people_named_armed(resolver):
    rec = article_event(resolver, "Soldiers clashed with armed cattle rustlers near Kaabong on Monday, the army said. "
                        "A patrol had followed about thirty Turkana warriors to a watering point. "
                        "The warriors opened fire on the soldiers, who returned fire.",
                        *CLASH, "Uganda", date(2022, 8, 1), [0, 2])
    assert rec.actor1 == "Turkana Ethnic Militia (Uganda)"
    assert rec.actor2 == "Military Forces of Uganda (1986-)"


def test_rustlers_facing_the_named_people_are_another_side(resolver):
    rec = article_event(resolver, "Pokot warriors clashed with rival raiders near Tot on Monday, leaving four dead.",
                        *CLASH, "Kenya", date(2022, 8, 1), [0])
    assert rec.actor1 == "Pokot Ethnic Militia (Kenya)"
    assert rec.actor2 != "Pokot Ethnic Militia (Kenya)"


def test_raiders_with_two_peoples_named_armed_stay_unknown(resolver):
    rec = article_event(resolver, "Pokot and Turkana warriors have fought over pasture for months. "
                        "On Monday raiders attacked a village near Lokori, killing three herders.",
                        *VAC, "Kenya", date(2022, 8, 1), [1])
    assert rec.actor1 == "Unidentified Communal Militia (Kenya)"  # Kenya's unnamed raiders from 2015 (s22)


@pytest.mark.parametrize("text, event_type, country, actor1, assoc1, actor2, assoc2", [
    ("Burkinabe soldiers backed by French forces attacked JNIM militants near Djibo on Monday.", CLASH,
     "Burkina Faso", "Military Forces of Burkina Faso (2022-)", "Military Forces of France (2017-)",
     "JNIM: Group for Support of Islam and Muslims", None),
    ("Fighting broke out between the Levant Front, supported by the 3rd Corps, and Ahrar al-Sham near Afrin.", CLASH,
     "Syria", "JaS: Levant Front", "3rd Corps", "AAS: Ahrar al Sham", None),
    ("JNIM militants ambushed Burkinabe soldiers backed by French forces near Djibo on Monday.", CLASH,
     "Burkina Faso", "JNIM: Group for Support of Islam and Muslims", None,
     "Military Forces of Burkina Faso (2022-)", "Military Forces of France (2017-)"),
])
def test_an_ally_backing_a_side_is_its_associate(resolver, text, event_type, country, actor1, assoc1, actor2, assoc2):
    rec = resolve(resolver, text, *event_type, country, date(2022, 10, 3))
    assert (rec.actor1, rec.assoc_actor_1, rec.actor2, rec.assoc_actor_2) == (actor1, assoc1, actor2, assoc2)


@pytest.mark.parametrize("text, assoc1", [
    ("Nurses at the regional hospital went on a 48-hour strike over unpaid allowances.", "Health Workers (Burkina Faso)"),
    ("Prison guards began a strike on Monday to demand better pay.", "Police Forces of Burkina Faso (2015-) Prison Guards"),
])
def test_a_strike_is_protesters_with_the_strikers_associated(resolver, text, assoc1):
    rec = resolve(resolver, text, "Strategic developments", "Other", "Burkina Faso", date(2018, 10, 3))
    assert (rec.actor1, rec.assoc_actor_1, rec.actor2) == ("Protesters (Burkina Faso)", assoc1, None)


def test_an_air_strike_is_no_labour_action(resolver):
    rec = resolve(resolver, "Russian forces carried out an air strike on a fuel depot near Kherson.",
                  "Strategic developments", "Other", "Ukraine", date(2022, 10, 3))
    assert rec.actor1 == "Military Forces of Russia (2000-)"


def test_the_men_a_unit_came_under_fire_from_opened_the_fight(resolver):
    rec = article_event(resolver, "Two soldiers and four Kurdistan Workers' Party (PKK) militants died in a firefight "
                        "near Cukurca on Sunday, the ministry said. The fighting began when a commando unit on patrol "
                        "came under fire from a group of militants hiding in a cave.",
                        *CLASH, "Turkey", date(2022, 6, 5), [0, 1])
    assert (rec.actor1, rec.actor2) == ("PKK: Kurdistan Workers Party", "Military Forces of Turkey (2016-)")


@pytest.mark.parametrize("admin1, actor1, assoc1", [
    ("Northern Ireland", "Protesters (Northern Ireland)", "Students (Northern Ireland)"),
    ("England", "Protesters (United Kingdom)", "Students (United Kingdom)"),
])
def test_crowds_of_northern_ireland_are_named_after_it(resolver, admin1, actor1, assoc1):
    article, doc = parsed("About 300 students marched through the city centre against tuition fees on Saturday.",
                          date(2022, 3, 12))
    record = EventRecord(event_type="Protests", sub_event_type="Peaceful protest", country="United Kingdom",
                         admin1=admin1, event_date=date(2022, 3, 12))
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents))])
    assert (record.actor1, record.assoc_actor_1) == (actor1, assoc1)


@pytest.mark.parametrize("text, event_type, country, actor1", [
    ("An aide to a KANU parliamentary candidate was hacked to death by a gang of youths in Kisii on Sunday.", VAC,
     "Kenya", "Unidentified Armed Group (Kenya)"),
    ("An unidentified individual set fire to the entrance of a Reconquest party office in Lyon on Tuesday night.",
     DESTRUCTION, "France", "Unidentified Armed Group (France)"),
])
def test_a_group_named_only_as_whose_a_person_or_meeting_is_takes_no_part(resolver, text, event_type, country, actor1):
    rec = resolve(resolver, text, *event_type, country, date(2022, 3, 2))
    assert rec.actor1 == actor1


def test_allies_fighting_under_a_named_operation_leave_the_operation_first(resolver):
    rec = resolve(resolver, "Fighting broke out near Tal Tamr between Turkish forces supported by JWS, which operates "
                  "under OPS, and QSD on Friday.", *CLASH, "Syria", date(2022, 6, 10))
    assert rec.actor1 == "Operation Peace Spring"
