"""Type consistency, session 19, on my own example sentences: an attack in which armed people are among those killed
or wounded (the raiders themselves, gunmen shot by the police, an armed group's fighters or the state's forces killed
with civilians) is an Armed clash; people of a place (residents, villagers, locals) who clash with or attack the
state's forces, no one armed told, are Mob violence.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 5 May 2021, bandits raided a village near Tot (Marakwet East, Elgeyo-Marakwet). During the raid, two of the "
     "bandits were killed.", "raided", "Kenya"),
    ("On 9 February 2020, gunmen attacked Pissila (Sanmatenga, Centre-Nord). Two JNIM fighters and four civilians were "
     "killed.", "attacked", "Burkina Faso"),
    ("Unidentified militia attack the market town of Moyale, killing three police and wounding several traders.",
     "attack", "Kenya"),
    # news style
    ("Police shot dead three gunmen who had robbed a petrol station in Eldoret on Monday night, the county commander "
     "said.", "shot", "Kenya"),
    ("Gunmen attacked a bus on the Garissa road on Tuesday and one of the attackers was shot dead.", "attacked",
     "Kenya"),
])
def test_armed_people_among_the_hit_make_a_battle(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
    assert rec.evidence_for("event_type").rule in ("type consistency: armed people hit",
                                                     "type consistency: attack on armed actor")


@pytest.mark.parametrize("text,trigger,country", [
    # the people hit are unarmed, captives, or only linked to a force
    ("On 5 May 2021, gendarmes shot dead an unarmed suspect in Fada N'Gourma.", "shot", "Burkina Faso"),
    ("On 5 May 2021, soldiers executed two captured militants near Djibo.", "executed", "Burkina Faso"),
    ("On 4 July 2021, policemen at the police station in Kaya shot and killed a man who failed to stop.", "shot",
     "Burkina Faso"),
    ("On 13 January 2022, three military informants were killed by villagers in Madaya township.", "killed",
     "Myanmar"),
    # armed people hit by other doers in an act told beside the attack, or a force said to be off duty
    ("Gunmen killed four traders at the market in Gorom-Gorom on Sunday, and soldiers later shot dead two of the "
     "attackers near the border.", "killed", "Burkina Faso"),
    ("On 2 May 2021, gunmen ambushed a car carrying off-duty gendarmes near Kaya. Two gendarmes were killed.",
     "ambushed", "Burkina Faso"),
    # the doers' own claim, set against witnesses who tell of civilians killed
    ("At least nine men were killed on Tuesday in the village of Dioura during an operation by soldiers, residents "
     "said. The army denied it and said it had neutralised terrorists.", "killed", "Mali"),
    # civilians only
    ("Gunmen killed three traders at the market in Fada N'Gourma on Sunday, residents said.", "killed",
     "Burkina Faso"),
])
def test_attack_on_unarmed_people_stays(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 18 June 2022, a group of locals attacked police officers who tried to arrest two motorcyclists in Dassa "
     "(Dassa-Zoume, Collines).", "attacked", "Benin"),
    ("Residents of Kombissiri clashed with a police officer after a chase in which a motorcyclist was injured.",
     "clashed", "Burkina Faso"),
    # news style
    ("Angry villagers clashed with gendarmes in the town of Kpalime on Saturday after a teenager died in custody, "
     "local media reported.", "clashed", "Togo"),
])
def test_people_of_a_place_against_the_police_are_mob_violence(stages, text, trigger, country):
    rec = run(stages, text, "Battles", "Armed clash", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Mob violence")
    assert rec.evidence_for("event_type").rule == "type consistency: clash of crowds"


@pytest.mark.parametrize("text,trigger,country", [
    # against each other, people of two places may be a community's militia
    ("On 26 December 2020, residents of two villages clashed over a boundary dispute near Naivasha.", "clashed",
     "Kenya"),
    # armed, or shooting
    ("Youths armed with arrows attacked a police post in Muhoroni on Monday.", "attacked", "Kenya"),
    ("Villagers clashed with soldiers near Kibera on Monday; gunfire was heard for an hour.", "clashed", "Kenya"),
])
def test_communal_or_armed_sides_stay_a_battle(stages, text, trigger, country):
    rec = run(stages, text, "Battles", "Armed clash", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
