"""Actors stage on news-style sentences: who started a fight (also told in a later sentence), sources that
are no party (police who say, blame or hunt), the names news reports use for groups (a province of the
Islamic State, Malagasy cattle thieves, FARC dissident fronts, a name that contains another group's, an
abbreviation given in brackets, plain 'rebels' after the group was named), the party whose members are
arrested, a people's warriors, forces named by their kind after their nation was given, and the country
of crowds and forces in the West Bank."""

from datetime import date

import pytest

from newsevents.document import EventDraft
from newsevents.schema import EventRecord

from test_actors import parsed, resolve, resolver  # noqa: F401 (the module's resolver fixture)


CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ARREST = ("Strategic developments", "Arrests")

CASES = {
    # the side the text says opened fire or attacked comes first, though the other side's verb tells the clash
    "rustlers opened fire, the officers fought back": (
        "Cattle rustlers opened fire on a police patrol in Baringo county on Monday, and the officers fought back, "
        "killing three of the attackers, police said.", CLASH, "Kenya", date(2023, 5, 8),
        "Unidentified Communal Militia (Kenya)", "Police Forces of Kenya (2022-)"),
    "soldiers clashed with rustlers after the rustlers attacked": (
        "Soldiers clashed with cattle rustlers in Kotido district on Sunday after the rustlers attacked a military "
        "detachment, the army said.", CLASH, "Uganda", date(2023, 5, 7),
        "Unidentified Ethnic Militia (Uganda)", "Military Forces of Uganda (1986-)"),
    "police clashed with cartel gunmen after the gunmen ambushed a patrol": (
        "Police clashed with cartel gunmen in Culiacan on Thursday after the gunmen ambushed a patrol, killing three "
        "officers.", CLASH, "Mexico", date(2023, 5, 4),
        "Unidentified Gang (Mexico)", "Police Forces of Mexico (2018-)"),
    # the victim of fire is the subject; the group it came from is the attacker
    "soldiers came under fire from militants": (
        "Soldiers came under fire from al-Shabaab militants near the town of Afgoye on Tuesday, a military officer "
        "said.", CLASH, "Somalia", date(2023, 5, 9), "Al Shabaab", "Military Forces of Somalia (2022-)"),
    "a patrol was fired on by rebels": (
        "A military patrol was fired on by suspected ADF rebels near Beni on Friday, killing one soldier, the army "
        "said.", CLASH, "Democratic Republic of Congo", date(2023, 5, 5),
        "ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo (2019-)"),
    # the police who blame or tell are no party
    "police blamed a group for the attack": (
        "Gunmen attacked a bus near Mandera on Saturday, killing six passengers. Police blamed al-Shabaab for the "
        "attack.", VAC, "Kenya", date(2023, 5, 6), "Al Shabaab", "Civilians (Kenya)"),
    "police said a group attacked": (
        "Police said ADF rebels killed 12 villagers in an overnight raid on the village of Mamove.", VAC,
        "Democratic Republic of Congo", date(2023, 5, 6),
        "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"),
    # names in the news for groups ACLED names otherwise
    "a province of the Islamic State": (
        "Islamic State's Sinai Province claimed responsibility on Monday for an attack on an army checkpoint near "
        "Sheikh Zuweid that killed four soldiers.", CLASH, "Egypt", date(2023, 5, 8),
        "Islamic State (Egypt)", "Military Forces of Egypt (2014-)"),
    "Wilayat Sinai": (
        "Militants from Wilayat Sinai attacked a checkpoint in Sheikh Zuweid on Thursday, killing three soldiers.",
        CLASH, "Egypt", date(2023, 5, 4), "Islamic State (Egypt)", "Military Forces of Egypt (2014-)"),
    "Malagasy cattle thieves": (
        "Dahalo raided a village in the Ihorombe region on Sunday, stealing 200 zebu and killing two villagers, local "
        "officials said.", VAC, "Madagascar", date(2023, 5, 7), "Dahalo Militia", "Civilians (Madagascar)"),
    "a FARC dissident front by its number": (
        "Rebels of the FARC dissident Tenth Front attacked a military base in Arauca on Tuesday, killing two "
        "soldiers, the army said.", CLASH, "Colombia", date(2023, 5, 9),
        "FARC Dissident - 10th Front: Revolutionary Armed Forces of Colombia Dissident Faction (10th Front)",
        "Military Forces of Colombia (2022-)"),
    "a FARC dissident faction by its name": (
        "Fighters of the Segunda Marquetalia clashed with the army in Narino department on Wednesday, the Defence "
        "Ministry said.", CLASH, "Colombia", date(2023, 5, 10),
        "FARC Dissident - Segunda Marquetalia: Revolutionary Armed Forces of Colombia Dissident Faction "
        "(Segunda Marquetalia)", "Military Forces of Colombia (2022-)"),
    # 'National Liberation Army' inside a longer name is not Colombia's ELN
    "a name that contains another group's": (
        "The West Papua National Liberation Army shot dead two construction workers in Nduga regency on Monday, "
        "police said.", VAC, "Indonesia", date(2023, 5, 8),
        "TPNPB: West Papua National Liberation Army", "Civilians (Indonesia)"),
    # members of a party arrested: the party is the arrested side
    "party members arrested": (
        "Police arrested ten members of the Ennahda party in Tunis on Monday, the party said.", ARREST, "Tunisia",
        date(2023, 5, 8), "Police Forces of Tunisia (2021-)", "Ennahda Movement"),
    # a people's warriors are its ethnic militia, under any of the spellings news uses
    "a people's warriors": (
        "Karimojong warriors raided a village in Katakwi district on Friday and killed two herdsmen, police said.",
        VAC, "Uganda", date(2023, 5, 5), "Karamajong Ethnic Militia (Uganda)", "Civilians (Uganda)"),
}


@pytest.mark.parametrize("name", CASES)
def test_news_actor_causes(resolver, name):
    text, (etype, sub), country, when, actor1, actor2 = CASES[name]
    rec = resolve(resolver, text, etype, sub, country, when)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


RIOT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")

# names of groups the dictionary does not hold, which contain the words of one it does or of a state force
NAME_CASES = {
    "a longer name ending in another group's": (
        "Fighters of the Papua National Liberation Army killed a motorcycle taxi driver in Puncak on Monday.", VAC,
        "Indonesia", "TPNPB: West Papua National Liberation Army"),
    "a rebel army's name is not the state's army": (
        "The People's Liberation Army of Manipur claimed an ambush that killed three soldiers in Chandel district.",
        CLASH, "India", "Unidentified Armed Group (India)"),
    "an unknown name ending in a known group's abroad": (
        "The Kamtapur National Liberation Army shot dead a trader in Kokrajhar on Monday.", VAC, "India",
        "Unidentified Armed Group (India)"),
    # a country's own forces keep their name
    "the National Police": (
        "The National Police clashed with gunmen in Cali on Monday.", CLASH, "Colombia",
        "Police Forces of Colombia (2022-)"),
    # crowds of another nation are named after it, where the event is told in a reported clause too
    "settlers in a reported clause": (
        "Israeli settlers attacked the village of Huwara near Nablus on Sunday night, torching cars and homes, "
        "Palestinian officials said.", MOB, "Palestine", "Rioters (Israel)"),
}


@pytest.mark.parametrize("name", NAME_CASES)
def test_names_inside_longer_names_and_crowds(resolver, name):
    text, (etype, sub), country, actor1 = NAME_CASES[name]
    assert resolve(resolver, text, etype, sub, country, date(2023, 5, 8)).actor1 == actor1


def test_forces_in_vehicles_a_crowd_stones_face_it(resolver):
    rec = resolve(resolver, "Dozens of youths threw stones at Israeli army vehicles in Jenin on Tuesday, the army said.",
                  *RIOT, "Palestine", date(2023, 5, 9))
    assert (rec.actor1, rec.actor2) == ("Rioters (Palestine)", "Military Forces of Israel (2022-)")


def later_event(resolver, text, event_type, sub_event_type, country, when=date(2023, 5, 8), told_in=1):
    """The actors of an event told in the article's last `told_in` sentences, the earlier ones giving the
    background."""
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents)[-told_in:])])
    return record


def test_plain_rebels_after_the_group_was_named(resolver):
    rec = later_event(resolver, "Rebels of the Lord's Resistance Army abducted 14 children in Haut-Uele province last "
                      "week. On Sunday, rebels attacked a health centre in Dungu, killing a nurse.", *VAC,
                      "Democratic Republic of Congo")
    assert rec.actor1 == "LRA: Lords Resistance Army"


def test_plain_militants_with_two_groups_named_stay_unknown(resolver):
    rec = later_event(resolver, "Al Shabaab and the Islamic State in Somalia have both attacked bases in Puntland. "
                      "On Sunday, militants attacked a checkpoint in Bosaso, killing two soldiers.", *CLASH, "Somalia")
    assert rec.actor1 == "Unidentified Armed Group (Somalia)"


def test_an_abbreviation_given_in_brackets_names_the_group_later(resolver):
    rec = later_event(resolver, "The Group for the Support of Islam and Muslims (GSIM) has stepped up attacks in the "
                      "Boucle du Mouhoun region. On Sunday, GSIM fighters ambushed a convoy near Dedougou, killing "
                      "eight soldiers.", *CLASH, "Burkina Faso")
    assert rec.actor1 == "JNIM: Group for Support of Islam and Muslims"


LATER_STARTER_CASES = {
    # the battle's sentence names no one starting it; the next one tells who attacked
    "ambushed while on patrol": (
        "Two ADF fighters were killed in a firefight with troops near Oicha on Monday, the army said. The soldiers "
        "were on patrol when they were ambushed by ADF rebels.", "Democratic Republic of Congo",
        "ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo (2019-)"),
    "the rebels surrounded a camp and opened fire": (
        "Fighting broke out between the army and fighters of the Arakan Army near Paletwa on Friday, residents said. "
        "A villager said the insurgents surrounded a camp and opened fire on it at dawn.", "Myanmar",
        "ULA/AA: United League of Arakan/Arakan Army", "Military Forces of Myanmar (2021-)"),
}


@pytest.mark.parametrize("name", LATER_STARTER_CASES)
def test_a_later_sentence_tells_who_started_the_battle(resolver, name):
    text, country, actor1, actor2 = LATER_STARTER_CASES[name]
    rec = resolve(resolver, text, *CLASH, country, date(2023, 5, 8))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


# names news reports give major groups, with the name ACLED codes them by
NEWS_NAMES = {
    "Abu Sayyaf gunmen": "ASG: Abu Sayyaf Group",
    "the Moro Islamic Liberation Front": "MILF: Moro Islamic Liberation Front",
    "Kataib Hezbollah": "Kataib Hezbollah",  # not Lebanon's Hezbollah
    "the Haqqani network": "Taliban",
    "Shene fighters": "OLF: Oromo Liberation Front (Shane Splinter Faction)",
    "ULFA rebels": "ULFA-I: United Liberation Front of Asom - Independent",
    "Lakurawa militants": "Lakurawa",
    "the Chin National Front": "CNF: Chin National Front",
    "dahalo gangs": "Dahalo Militia",
    "the Lord's Resistance Army": "LRA: Lords Resistance Army",
}


@pytest.mark.parametrize("name", NEWS_NAMES)
def test_news_names_of_major_groups(resolver, name):
    doc = parsed(f"On Monday, {name} attacked a village.", date(2023, 5, 8))[1]
    assert [m.key for m in resolver.find_mentions(doc) if m.kind == "named"] == [NEWS_NAMES[name]]


def test_a_nations_security_forces_facing_a_crowd_are_its_police(resolver):
    rec = resolve(resolver, "Iranian security forces opened fire on protesters in Sanandaj on Saturday, killing two "
                  "people, a rights group said.", "Protests", "Excessive force against protesters", "Iran",
                  date(2022, 10, 22))
    assert (rec.actor1, rec.actor2) == ("Protesters (Iran)", "Police Forces of Iran (1989-)")


def test_the_same_cartel_said_to_have_done_the_attack(resolver):
    rec = later_event(resolver, "Police arrested a local leader of the Jalisco New Generation Cartel in Caborca on "
                      "Monday. On Tuesday, a police convoy came under fire from gunmen near Caborca, killing three "
                      "officers. Investigators said the ambush was carried out by the same cartel.", *CLASH, "Mexico",
                      told_in=2)
    assert (rec.actor1, rec.actor2) == ("CJNG: Jalisco New Generation Cartel", "Police Forces of Mexico (2018-)")


def test_the_police_hunting_the_bombers_are_no_side(resolver):
    rec = resolve(resolver, "Police said they were hunting al-Shabaab militants who planted a roadside bomb that killed "
                  "three officers in Lamu on Monday.", "Explosions/Remote violence", "Remote explosive/landmine/IED",
                  "Kenya", date(2023, 5, 8))
    assert (rec.actor1, rec.actor2) == ("Al Shabaab", "Police Forces of Kenya (2022-)")


def test_warriors_of_a_people_the_dictionary_does_not_know(resolver):
    rec = resolve(resolver, "Nyangatom warriors raided a cattle camp in Kapoeta East county on Sunday, killing four "
                  "herders, officials said.", *VAC, "South Sudan", date(2023, 5, 7))
    assert (rec.actor1, rec.actor2) == ("Nyangatom Ethnic Militia (South Sudan)", "Civilians (South Sudan)")


def test_soldiers_after_a_foreign_force_was_named_are_that_force(resolver):
    rec = resolve(resolver, "Israeli troops raided a refugee camp in Jenin overnight, and youths threw stones and "
                  "burning tyres at the soldiers.", *RIOT, "Palestine", date(2023, 5, 8))
    assert (rec.actor1, rec.actor2) == ("Rioters (Palestine)", "Military Forces of Israel (2022-)")


def test_without_a_place_the_territory_not_the_raiders_nation_gives_the_country(resolver):
    # no country from the places stage: the West Bank, not the adjective of the forces, tells where it happened
    rec = resolve(resolver, "Israeli troops raided a refugee camp in the West Bank overnight, and youths threw stones "
                  "at the soldiers.", *RIOT, None, date(2023, 5, 8))
    assert rec.actor1 == "Rioters (Palestine)"


def test_a_blast_that_hit_civilians_before_a_denial_naming_the_army(resolver):
    # the closing 'local officials and the UN mission said' ends a paragraph; the rebels' counter-accusation
    # in a later sentence names no side of the shelling
    rec = resolve(resolver, "Shells fired from M23 positions landed on a market in Kitshanga on Tuesday, killing four "
                  "civilians, among them a child, local officials and the United Nations mission said.\n\n"
                  "The rebels denied the shelling and accused the army of firing on the town.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Democratic Republic of Congo",
                  date(2024, 2, 20))
    assert (rec.actor1, rec.actor2) == ("M23: March 23 Movement", "Civilians (Democratic Republic of Congo)")


def test_forces_that_went_after_the_group_started_the_battle(resolver):
    rec = resolve(resolver, "Soldiers and ELN guerrillas clashed in Arauca on Tuesday after troops launched an "
                  "operation against a rebel camp. The guerrillas opened fire as the soldiers approached.", *CLASH,
                  "Colombia", date(2023, 5, 9))
    assert (rec.actor1, rec.actor2) == ("Military Forces of Colombia (2022-)", "ELN: National Liberation Army")


def test_a_bomb_at_a_church_with_no_one_hurt_targets_civilians(resolver):
    rec = resolve(resolver, "An improvised bomb went off outside a church in Marawi on Sunday evening, injuring no one, "
                  "the army said.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Philippines",
                  date(2022, 3, 6))
    assert (rec.actor1, rec.actor2) == ("Unidentified Armed Group (Philippines)", "Civilians (Philippines)")
