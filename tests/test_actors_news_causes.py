"""Actors stage on news-style sentences: who started a fight, the names news reports use for groups
(a province of the Islamic State, Malagasy cattle thieves, FARC dissident fronts, a name that contains
another group's), the party whose members are arrested, a people's warriors, and armed men named once by
their kind and later as 'the attackers'."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)


CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ARREST = ("Strategic developments", "Arrests")

CASES = {
    # the side the text says opened fire or attacked comes first, though the other side's verb tells the clash
    "rustlers opened fire, the officers fought back": (
        "Cattle rustlers opened fire on a police patrol in Baringo county on Monday, and the officers fought back, "
        "killing three of the attackers, police said.", CLASH, "Kenya", date(2023, 5, 8),
        "Unidentified Ethnic Militia (Kenya)", "Police Forces of Kenya (2013-)"),
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
        date(2023, 5, 8), "Police Forces of Tunisia", "Ennahda Movement"),
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
