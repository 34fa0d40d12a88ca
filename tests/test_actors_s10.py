"""Actors stage, tenth session: people a clause says were the victims ('one of the victims was a police officer'),
forces told only following up an attack by unnamed people (arresting suspects, finding the body), a verb that
shares a passive's auxiliary ('were killed and seven gendarmes wounded'), the head noun's role for two groups
joined by 'and /or', unknown militias and a people's militia said to come from another country."""

from datetime import date

import pytest

from newsevents.document import EventDraft
from newsevents.schema import EventRecord

from test_actors import parsed, resolve, resolver  # noqa: F401 (the module's resolver fixture)

CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")


def resolve_at(resolver, text, trigger_word, event_type, sub_event_type, country, when):
    """Like `resolve`, with the draft's trigger set to the first token spelled `trigger_word` (as the detector
    sets it)."""
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    trigger = next(t for t in doc if t.text == trigger_word)
    draft = EventDraft(record=record, sentences=list(doc.sents), trigger=doc[trigger.i:trigger.i + 1])
    resolver(article, [draft])
    return record


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    # note style
    ("On 3 March 2022, two men were shot dead in Tlaquepaque, Jalisco. One of the victims was a police officer.",
     CLASH, "Mexico", "Unidentified Armed Group (Mexico)", "Police Forces of Mexico (2018-)"),
    # news style
    ("Gunmen on a motorbike shot and wounded a man outside a bar in Culiacan on Friday. The victim is a former "
     "army sergeant, police said.", VAC, "Mexico", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
])
def test_people_said_to_be_the_victims_are_no_attackers(resolver, text, event, country, actor1, actor2):
    rec = resolve(resolver, text, *event, country, date(2022, 3, 4))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, trigger, country, actor1", [
    # unnamed people did the deed; the police only arrested suspects afterwards
    ("On 4 May 2022, in Ecatepec, two individuals shot at a street vendor and his son at their stall. The son died "
     "at the hospital. The police arrested four men on Friday.", "shot", "Mexico", "Unidentified Armed Group (Mexico)"),
    # finding a body is not killing
    ("Police found the body of a trader with gunshot wounds near a market in Basra on Tuesday.", "found",
     "Iraq", "Unidentified Armed Group (Iraq)"),
    # forces whose own verb tells harm keep the deed
    ("Police arrested and beat a street vendor in Mombasa on Monday, witnesses said.", "arrested",
     "Kenya", "Police Forces of Kenya (2013-)"),
    # soldiers who took a man away whose body was found later did it (the finding is not their verb)
    ("On 9 March, soldiers arrested four herders near Djibo, two were found executed the next day.", "executed",
     "Burkina Faso", "Military Forces of Burkina Faso (2022-)"),
])
def test_forces_following_up_an_attack_are_not_its_perpetrators(resolver, text, trigger, country, actor1):
    rec = resolve_at(resolver, text, trigger, *VAC, country, date(2022, 5, 6))
    assert rec.actor1 == actor1


def test_a_verb_sharing_a_passive_auxiliary_tells_what_befell_its_subject(resolver):
    text = ("On 3 April, suspected militants attacked the gendarmerie in Djibo, the attack was repelled, 12 militants and "
            "one gendarme were killed and four gendarmes wounded.")
    rec = resolve_at(resolver, text, "attacked", *CLASH, "Burkina Faso", date(2019, 4, 3))
    assert (rec.actor1, rec.actor2) == ("Unidentified Armed Group (Burkina Faso)",
                                       "Police Forces of Burkina Faso (2015-) Gendarmerie")


def test_two_groups_either_of_which_acted_take_the_role_of_their_shared_noun(resolver):
    # the parser hangs 'JNIM' on the date and 'ISGS militants' on the verb
    article, doc = parsed("On 2 May 2020, suspected JNIM and /or ISGS militants attacked a patrol near Arbinda.",
                          date(2020, 5, 2))
    either = [m for m in resolver.find_mentions(doc) if m.kind == "named"]
    assert [m.role for m in either] == ["agent"]


@pytest.mark.parametrize("text, country, actor1", [
    ("Four herders were killed on Monday in an attack carried out by suspected militias from Somalia near Mandera.",
     "Kenya", "Unidentified Armed Group (Somalia)"),
    ("Six fishermen were killed by Nyangatom warriors from Ethiopia on the shores of Lake Turkana.",
     "Kenya", "Nyangatom Ethnic Militia (Ethiopia)"),
    ("About ten heavily armed unidentified assailants, believed to have crossed the border from Niger, attacked a "
     "village near Gorom-Gorom.", "Burkina Faso", "Unidentified Armed Group (Niger)"),
    # raiders from a people of the event's own country keep it
    ("Pokot raiders killed two herders near Kapedo on Monday.", "Kenya", "Pokot Ethnic Militia (Kenya)"),
])
def test_armed_men_said_to_come_from_another_country_are_named_after_it(resolver, text, country, actor1):
    rec = resolve(resolver, text, *VAC, country, date(2019, 8, 26))
    assert rec.actor1 == actor1


@pytest.mark.parametrize("text, event, country, actor1, actor2", [
    # named groups news reports give by their own names
    ("Two soldiers were wounded on Monday when Kuki-Chin National Front (KNF) fighters ambushed an army patrol near "
     "Thanchi, the army said.", CLASH, "Bangladesh", "KNF: Kuki-Chin National Front", "Military Forces of Bangladesh (2009-)"),
    ("Gunmen of the Gran Grif gang killed three motorcycle taxi drivers near Saint-Marc on Sunday.", VAC, "Haiti",
     "Gran Grif Gang", "Civilians (Haiti)"),
    # a country's command named after it is its military
    ("US Africa Command said its aircraft struck an al-Shabaab camp near Buulo Mareer on Tuesday.",
     ("Explosions/Remote violence", "Air/drone strike"), "Somalia", "Military Forces of the United States (2021-)", "Al Shabaab"),
    ("US Central Command (CENTCOM) said it struck an Islamic State hideout in the desert near Rawa on Sunday.",
     ("Explosions/Remote violence", "Air/drone strike"), "Iraq", "Military Forces of the United States (2021-)", "Islamic State (Iraq)"),
    # a branch ACLED names apart
    ("Soldiers of the Rapid Intervention Battalion (BIR) raided a separatist camp near Kumba on Monday.", CLASH, "Cameroon",
     "Military Forces of Cameroon (1982-) Rapid Intervention Battalion", "Ambazonian Separatists (Cameroon)"),
    # internal security forces are the police; two nations' border forces are their militaries
    ("Gunmen ambushed a patrol of the internal security forces near Homs on Sunday, killing two officers.", CLASH, "Syria",
     "Unidentified Armed Group (Syria)", "Police Forces of Syria (2000-)"),
    ("Iranian and Afghan border forces exchanged fire near Islam Qala on Saturday.", CLASH, "Afghanistan",
     "Military Forces of Iran (1989-)", "Military Forces of Afghanistan (2021-)"),
])
def test_names_news_reports_give(resolver, text, event, country, actor1, actor2):
    rec = resolve(resolver, text, *event, country, date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_armed_men_of_a_people_the_dev_names_miss_are_its_militia(resolver):
    rec = resolve(resolver, "Bedouin gunmen and Druze fighters clashed on the road to Shahba on Saturday, killing two "
                  "people.", *CLASH, "Syria", date(2024, 6, 3))
    assert {rec.actor1, rec.actor2} == {"Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)"}


def test_victims_hung_on_dead_still_make_the_shooters_the_doers(resolver):
    # the parser hangs 'four traders' on 'dead', not on 'shot'
    rec = resolve(resolver, "Members of the 400 Mawozo gang shot dead four traders in Croix-des-Bouquets on Friday, police said.",
                  *VAC, "Haiti", date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == ("400 Mawozo Gang", "Civilians (Haiti)")


def test_police_told_only_arriving_after_a_riot_face_no_one(resolver):
    text = ("A mob beat two men to death and burned their bodies in a market in Les Cayes on Tuesday. "
            "Police arrived after the killings and made no arrests.")
    rec = resolve_at(resolver, text, "beat", "Riots", "Violent demonstration", "Haiti", date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == ("Rioters (Haiti)", "Civilians (Haiti)")


@pytest.mark.parametrize("text, country, actor1, actor2", [
    # the forces whose post hosts the signing are no party
    ("Elders of the Habar Gidir and Abgaal clans signed a ceasefire at a police station in Adado on Monday.", "Somalia",
     "Habar Gidir Clan Militia (Somalia)", "Abgaal Clan Militia (Somalia)"),
    # one phrase for both sides: both are of its kind
    ("On Thursday, leaders of the two clans signed a peace agreement at the Galkayo police station.", "Somalia",
     "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)"),
])
def test_an_agreement_is_between_the_parties_not_its_venue(resolver, text, country, actor1, actor2):
    rec = resolve(resolver, text, "Strategic developments", "Agreement", country, date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, event, actor1, actor2", [
    # men the authorities say belong to a named cartel are that cartel
    ("Marines detained four men in Zitacuaro on Tuesday who they said belonged to La Familia Michoacana.",
     ("Strategic developments", "Arrests"), "Military Forces of Mexico (2018-)", "La Familia Michoacana Cartel"),
    # gunmen said to belong to a gang, though the parser hangs the hedge on the main verb
    ("On Sunday, police officers guarding a school in Tlaquepaque came under fire from gunmen believed to belong to a "
     "local gang and returned fire, wounding two of them.", CLASH, "Unidentified Gang (Mexico)", "Police Forces of Mexico (2018-)"),
])
def test_men_said_to_belong_to_a_gang_are_that_gang(resolver, text, event, actor1, actor2):
    rec = resolve(resolver, text, *event, "Mexico", date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_a_killing_told_as_what_an_official_says_is_no_target_of_the_strike(resolver):
    # the parser joins 'killed' to 'said': the militants are the official's claim, the villagers the strike's victims
    text = ("Turkish jets struck villages near Sinjar on Monday night, killing six civilians, local officials said. "
            "A Turkish security official said the strikes targeted hideouts of the PKK and killed 20 militants.")
    rec = resolve(resolver, text, "Explosions/Remote violence", "Air/drone strike", "Iraq", date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Turkey (2016-)", "Civilians (Iraq)")


@pytest.mark.parametrize("text, event, actor2", [
    ("An Israeli drone strike on a motorbike near Tubas killed two Palestinian militants on Sunday. Hamas said the two "
     "men were members of its armed wing.", ("Explosions/Remote violence", "Air/drone strike"), "Hamas Movement"),
    ("Israeli troops killed three gunmen in an exchange of fire near Nablus on Monday. Islamic Jihad said the three were "
     "its fighters.", CLASH, "PIJ: Palestinian Islamic Jihad"),
])
def test_the_dead_a_group_claims_as_its_members_are_that_group(resolver, text, event, actor2):
    rec = resolve(resolver, text, *event, "Palestine", date(2024, 6, 3))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Israel (2022-)", actor2)


def test_a_detained_figure_of_a_party_is_that_party(resolver):
    rec = resolve(resolver, "Police detained the mayor of Mersin, a senior figure of the opposition Republican People's "
                  "Party (CHP), at his home on Thursday.", "Strategic developments", "Arrests", "Turkey", date(2025, 3, 20))
    assert (rec.actor1, rec.actor2) == ("Police Forces of Turkey (2016-)", "CHP: Republican Peoples Party")
