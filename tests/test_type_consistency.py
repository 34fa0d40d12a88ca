"""The type revised once the actors are known, on my own example sentences.

Each event starts with the type a detector might have given it (before knowing the actors); the
actors stage and then the type-consistency stage run on it as in the pipeline.
"""

import pytest

from newsevents import nlp
from newsevents.actors import ActorResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord
from newsevents.type_consistency import TypeConsistency


@pytest.fixture(scope="module")
def stages():
    actors = ActorResolver()
    return actors, TypeConsistency(actors)


def run(stages, text, event_type, sub_event_type, trigger_word, country):
    actors, consistency = stages
    doc = nlp.load()(text)
    rec = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country)
    trigger = next(t for t in doc if t.text == trigger_word)
    draft = EventDraft(record=rec, sentences=list(doc.sents), trigger=trigger)
    article = Article(text=text, doc=doc)
    for stage in (actors, consistency):
        stage(article, [draft])
    return rec


def assert_revised_when_expected(rec, expected_sub_type, revised, rule_name):
    """The record has the expected sub-type; where that is the rule's revision, the rule is cited for it."""
    assert rec.sub_event_type == expected_sub_type
    if expected_sub_type == revised[1]:
        assert rec.event_type == revised[0]
        assert rec.evidence_for("event_type").rule == f"type consistency: {rule_name}"


def test_protest_that_police_break_up_is_protest_with_intervention(stages):
    rec = run(stages, "Hundreds of nurses marched to the health ministry in Harare to demand better pay. "
                      "Police arrested six of the marchers.", "Protests", "Peaceful protest", "marched", "Zimbabwe")
    assert (rec.event_type, rec.sub_event_type) == ("Protests", "Protest with intervention")
    assert rec.actor2.startswith("Police Forces of Zimbabwe")
    evidence = rec.evidence_for("sub_event_type")
    assert evidence.rule == "type consistency: protest met by forces" and evidence.match == "Police"


def test_attack_on_soldiers_is_an_armed_clash(stages):
    rec = run(stages, "On 4 June 2023, Al Shabaab militants ambushed soldiers near Beledweyne.",
              "Violence against civilians", "Attack", "ambushed", "Somalia")
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
    assert rec.actor1 == "Al Shabaab" and rec.actor2.startswith("Military Forces of Somalia")
    assert rec.evidence_for("event_type").rule == "type consistency: attack on armed actor"


def test_attack_on_villagers_stays_violence_against_civilians(stages):
    rec = run(stages, "On 4 June 2023, Al Shabaab militants attacked villagers near Beledweyne, where soldiers "
                      "were later deployed.", "Violence against civilians", "Attack", "attacked", "Somalia")
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")
    assert rec.actor2 == "Civilians (Somalia)"


UNCHANGED = [
    # forces who protest themselves do not intervene
    ("Police officers protested in Accra over months of unpaid allowances.",
     "Protests", "Peaceful protest", "protested", "Ghana"),
    # forces who are themselves the protesters
    ("Prison guards in three towns prevented the prison directors from entering their offices to demand better pay.",
     "Protests", "Peaceful protest", "prevented", "Ghana"),
    # a government that speaks does not intervene
    ("Traders demonstrated in Lusaka against new market fees. The government made promises to review them.",
     "Protests", "Peaceful protest", "demonstrated", "Zambia"),
    # what the protesters demand of the forces or say they do
    ("Traders demonstrated in Lusaka, calling for the police to arrest the men who robbed their stalls.",
     "Protests", "Peaceful protest", "demonstrated", "Zambia"),
    ("Miners protested in Kitwe, stating that soldiers beat miners at the checkpoints.",
     "Protests", "Peaceful protest", "protested", "Zambia"),
    # an arrest the protest is about is no intervention
    ("Students rallied in Kampala to demand the release of a lecturer who was arrested by police last week.",
     "Protests", "Peaceful protest", "rallied", "Uganda"),
    # the one person whose arrest the protest is about
    ("Hundreds of traders marched through Kisumu to demand the release of their chairman. He was arrested in May.",
     "Protests", "Peaceful protest", "marched", "Kenya"),
    # captives are civilians: their killing is violence against civilians
    ("The militants executed four prisoners they had held for a month in Kunar.",
     "Violence against civilians", "Attack", "executed", "Afghanistan"),
]


@pytest.mark.parametrize("text,event_type,sub_event_type,trigger,country", UNCHANGED)
def test_types_the_actors_do_not_contradict_stand(stages, text, event_type, sub_event_type, trigger, country):
    rec = run(stages, text, event_type, sub_event_type, trigger, country)
    assert (rec.event_type, rec.sub_event_type) == (event_type, sub_event_type)
    assert not (rec.evidence_for("event_type") and rec.evidence_for("event_type").rule or "").startswith("type consistency")


def test_forces_making_arrests_intervene(stages):
    rec = run(stages, "Traders demonstrated in Lusaka against new market fees. The authorities made several arrests.",
              "Protests", "Peaceful protest", "demonstrated", "Zambia")
    assert rec.sub_event_type == "Protest with intervention"


def test_protesters_detained_with_no_one_named_is_an_intervention(stages):
    rec = run(stages, "Opposition supporters rallied in central Minsk against the election result. "
                      "Dozens of them were detained.", "Protests", "Peaceful protest", "rallied", "Belarus")
    assert rec.sub_event_type == "Protest with intervention"
    assert rec.evidence_for("sub_event_type").match == "detained"


@pytest.mark.parametrize("text,trigger", [
    ("On 2 May 2023, gunmen shot dead a retired police officer in Mogadishu.", "shot"),
    ("On 2 May 2023, Al Shabaab militants shot dead two off-duty soldiers in Mogadishu.", "shot"),
    ("On 2 May 2023, Al Shabaab militants killed an army interpreter in Mogadishu.", "killed"),
])
def test_former_off_duty_and_linked_people_are_civilians(stages, text, trigger):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Somalia")
    assert rec.sub_event_type == "Attack"


ARMED_RESPONSE = [
    ("On 3 May 2023, bandits opened fire on the village of Kaiama. Soldiers responded and killed two of them.",
     "fire", "Armed clash"),
    ("On 3 May 2023, gunmen attacked a police post in Kaiama, but the attack was repelled.", "attacked", "Armed clash"),
    ("On 3 May 2023, gunmen raided a market in Kaiama; the traders fought back with machetes.", "raided", "Armed clash"),
    ("On 3 May 2023, a shoot-out between two gangs took place in Kaiama. A passer-by was wounded.",
     "wounded", "Armed clash"),
    ("On 3 May 2023, herders and farmers clashed near Kaiama over grazing land. Two farmers were killed.",
     "killed", "Armed clash"),
    ("On 3 May 2023, gunmen attacked a bus near Kaiama, killing the driver. Police fought off the attackers.",
     "attacked", "Armed clash"),
    ("On 3 May 2023, bandits tried to rob a bus near Kaiama but were attacked and chased off by soldiers.",
     "rob", "Armed clash"),
    ("On 3 May 2023, a clash was reported between farmers and herders near Kaiama. One herder was wounded.",
     "wounded", "Armed clash"),
    # a reprisal is another attack, not a fight back

    ("On 3 May 2023, herders killed a farmer in Kaiama. The farmers responded by burning their camp.", "killed", "Attack"),
    # attackers who drive the villagers away; a victim who fends off the attackers alone
    ("On 3 May 2023, gunmen attacked Kaiama and chased away the inhabitants.", "attacked", "Attack"),
    ("On 3 May 2023, two men attacked a trader in Kaiama; he was able to fend off the attackers.", "attacked", "Attack"),
    # a clash or an exchange of fire that is a context, a doubt or something else, not the event
    ("On 3 May 2023, gunmen killed a trader in Kaiama. The attack may be related to a clash between two clans.",
     "killed", "Attack"),
    ("On 3 May 2023, gunmen killed a trader in Kaiama. It is not clear if police returned fire.", "killed", "Attack"),
    ("On 3 May 2023, gunmen killed a trader in Kaiama. The two clans had been fighting over land.", "killed", "Attack"),
    ("On 3 May 2023, shells hit a bus near Kaiama, killing four. The army and the rebels were fighting in the area.",
     "killing", "Attack"),
    ("On 3 May 2023, gunmen stole cattle in Kaiama, killing a herder, and then drove off.", "killing", "Attack"),
    # authorities that do not respond
    ("On 3 May 2023, gunmen killed four villagers in Kaiama. The police did not respond to calls.", "killed", "Attack"),
    # a crowd is no armed side: forces that clash with protesters and kill some do not fight a battle
    ("On 3 May 2023, police clashed with demonstrators in Kaiama. Officers shot and killed two men.", "killed", "Attack"),
    ("On 3 May 2023, rioters clashed with police in Kaiama. Officers shot and killed two men.", "killed", "Attack"),
]


@pytest.mark.parametrize("text,trigger,expected", ARMED_RESPONSE)
def test_attack_met_by_an_armed_response_is_an_armed_clash(stages, text, trigger, expected):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Nigeria")
    assert_revised_when_expected(rec, expected, ("Battles", "Armed clash"), "attack met by armed response")


@pytest.mark.parametrize("second_sentence,expected", [
    # forces that interrupt, break up or push a protest intervene
    ("Police interrupted the march after an hour.", "Protest with intervention"),
    ("Police broke up the march with teargas.", "Protest with intervention"),
    ("Riot police pushed the crowd out of the square.", "Protest with intervention"),
    # the demonstrators themselves turn violent
    ("Some of the marchers pelted stones at passing cars.", "Violent demonstration"),
    ("They staged a sit-in and vandalised the council offices.", "Violent demonstration"),
    # the sentence states that the crowd rioted
    ("Riots broke out in the afternoon.", "Violent demonstration"),
    ("Some of them went on the rampage in the market.", "Violent demonstration"),
    ("No riots broke out.", "Peaceful protest"),
    # burning effigies is a peaceful protest; property destroyed by others is what the protest is about
    ("They burned an effigy of the governor.", "Peaceful protest"),
    ("They said their stalls had been destroyed by council officers.", "Peaceful protest"),
    # lethal force or serious injuries
    ("Police fired live rounds at the crowd.", "Excessive force against protesters"),
    ("Police dispersed them; two demonstrators were killed.", "Excessive force against protesters"),
    ("Police dispersed them, leaving several people seriously injured.", "Excessive force against protesters"),
    ("Police dispersed them with teargas. There were no reports of serious injuries.", "Protest with intervention"),
])
def test_what_forces_and_demonstrators_do_decides_the_protest_sub_type(stages, second_sentence, expected):
    rec = run(stages, "Hundreds of traders marched in Kisumu against new market fees. " + second_sentence,
              "Protests", "Peaceful protest", "marched", "Kenya")
    assert rec.sub_event_type == expected


@pytest.mark.parametrize("text,trigger,expected", [
    # a crowd, or several villagers taking the law into their own hands, is a mob
    ("On 9 May 2023, an angry mob beat a man to death in Mbale.", "beat", "Mob violence"),
    ("On 9 May 2023, residents of Mbale lynched two men accused of stealing a goat.", "lynched", "Mob violence"),
    ("On 9 May 2023, a suspected thief was beaten and burned by villagers in Mbale.", "beaten", "Mob violence"),
    # armed men of a community, attackers nobody knows, and one man are not a mob
    ("On 9 May 2023, farmers with guns attacked a herders' camp near Mbale and killed a suspected cattle thief.",
     "attacked", "Attack"),
    ("On 9 May 2023, unknown youths attacked a trader in Mbale.", "attacked", "Attack"),
    ("On 9 May 2023, a man stabbed a neighbour accused of theft in Mbale.", "stabbed", "Attack"),
    # the doubt is about the attackers, not a wrong their victim was blamed for
    ("On 9 May 2023, suspected herders killed a farmer near Mbale.", "killed", "Attack"),
])
def test_a_crowd_that_attacks_people_is_mob_violence(stages, text, trigger, expected):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Uganda")
    assert rec.sub_event_type == expected
    if expected == "Mob violence":
        assert rec.event_type == "Riots" and rec.actor1 == "Rioters (Uganda)"
        assert rec.evidence_for("event_type").rule == "type consistency: crowd attacks people"


def test_armed_victim_of_a_verb_joined_to_the_trigger(stages):
    rec = run(stages, "On 2 May 2023, an Al Shabaab commander was shot and killed by gunmen in Mogadishu.",
              "Violence against civilians", "Attack", "shot", "Somalia")
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text,trigger,expected", [
    ("On 2 May 2023, gunmen ambushed a minibus carrying off-duty soldiers near Agadez. Two soldiers were killed.",
     "ambushed", "Attack"),
    ("On 2 May 2023, militants killed a retired police officer in Agadez.", "killed", "Attack"),
    # serving soldiers, or former ones who fight back, make a battle
    ("On 2 May 2023, gunmen ambushed a minibus carrying soldiers near Agadez. Two soldiers were killed.",
     "ambushed", "Armed clash"),
    ("On 2 May 2023, gunmen attacked two retired soldiers in Agadez, who returned fire.", "attacked", "Armed clash"),
])
def test_battle_whose_only_forces_hit_are_former_members_is_an_attack(stages, text, trigger, expected):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Niger")
    assert rec.sub_event_type == expected


@pytest.mark.parametrize("text,before,trigger,after,actor1", [
    ("Movement of forces: On 5 May 2023, the army sent more troops to Garissa to end clashes between two clans.",
     ("Battles", "Armed clash"), "clashes", ("Strategic developments", "Change to group/activity"), None),
    # ACLED codes strikers as protesters
    ("Strikes: On 5 May 2023, public school teachers in Garissa began an open-ended strike to demand better pay.",
     ("Protests", "Peaceful protest"), "strike", ("Strategic developments", "Other"), "Protesters (Kenya)"),
    # a rarer tag of ACLED's
    ("Mass grave: On 5 May 2023, residents found a mass grave with the bodies of twelve men killed near Garissa.",
     ("Violence against civilians", "Attack"), "killed", ("Strategic developments", "Other"), None),
    # a heading that is no tag of ACLED's
    ("Update: On 5 May 2023, public school teachers marched in Garissa to demand better pay.",
     ("Protests", "Peaceful protest"), "marched", ("Protests", "Peaceful protest"), "Protesters (Kenya)"),
])
def test_acled_note_tag_names_the_sub_type(stages, text, before, trigger, after, actor1):
    rec = run(stages, text, *before, trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == after
    assert actor1 is None or rec.actor1 == actor1
    assert (before == after) != (rec.evidence_for("sub_event_type") is not None
                                 and rec.evidence_for("sub_event_type").rule == "type consistency: note tag")


@pytest.mark.parametrize("text,expected", [
    ("On 6 May 2023, soldiers arrested a trader in Kharkiv and beat him with rifle butts.", "Attack"),
    ("On 6 May 2023, police fired at two men on a motorbike in Kharkiv and injured one. They arrested the other.",
     "Attack"),
    # the killing the arrests follow is another event
    ("On 6 May 2023, police arrested ten men in Kharkiv after a guard was killed on 2 May.", "Arrests"),
])
def test_arrest_in_which_people_are_hurt_is_an_attack(stages, text, expected):
    rec = run(stages, text, "Strategic developments", "Arrests", "arrested", "Ukraine")
    assert rec.sub_event_type == expected


@pytest.mark.parametrize("text,expected", [
    ("On 7 May 2023, soldiers beat two traders in Omdurman and stripped them naked.", "Sexual violence"),
    ("On 7 May 2023, gunmen raped a woman in Omdurman and killed her husband.", "Sexual violence"),
    # what the victim was accused of; robbed of belongings
    ("On 7 May 2023, gunmen killed a man accused of rape in Omdurman.", "Attack"),
    ("On 7 May 2023, gunmen killed a woman in Omdurman. She was likely raped.", "Attack"),
    ("On 7 May 2023, gunmen beat a trader in Omdurman and stripped him of his belongings.", "Attack"),
])
def test_attack_with_sexual_violence_is_sexual_violence(stages, text, expected):
    rec = run(stages, text, "Violence against civilians", "Attack", "beat" if " beat " in text else (
        "raped" if " raped " in text else "killed"), "Sudan")
    assert rec.sub_event_type == expected


@pytest.mark.parametrize("text,expected", [
    ("On 8 May 2023, Ukrainian forces clashed with Russian forces and regained control of Kupiansk.",
     "Government regains territory"),
    ("On 8 May 2023, Ukrainian forces recaptured Kupiansk after heavy fighting, the army said.",
     "Government regains territory"),
    # a purpose, and ground regained by a group other than the state's forces
    ("On 8 May 2023, Ukrainian forces clashed with Russian forces near Kupiansk to regain control of the road.",
     "Armed clash"),
    ("On 8 May 2023, Russian forces clashed with Ukrainian forces near Kupiansk. Wagner fighters regained the hill.",
     "Armed clash"),
])
def test_battle_in_which_state_forces_regain_ground(stages, text, expected):
    rec = run(stages, text, "Battles", "Armed clash", "clashed" if "clashed" in text else "fighting", "Ukraine")
    assert rec.sub_event_type == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("On 9 May 2023, the local PDF attacked an army column with mines near Kani, killing four soldiers.",
     "attacked", "Remote explosive/landmine/IED"),
    ("On 9 May 2023, an army truck was struck by an IED near Kani. Two soldiers were killed.",
     "killed", "Remote explosive/landmine/IED"),
    # fighting told alongside the explosive, or explosives only seized
    ("On 9 May 2023, the local PDF attacked an army column with mines near Kani and the two sides exchanged fire.",
     "attacked", "Armed clash"),
    ("On 9 May 2023, soldiers raided a PDF camp near Kani, killed two fighters and seized mines.",
     "raided", "Armed clash"),
])
def test_battle_fought_only_with_explosives_is_a_remote_explosive_attack(stages, text, trigger, expected):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Myanmar")
    assert rec.sub_event_type == expected


def test_deciding_words_are_cited_from_the_body_not_the_headline(stages):
    actors, consistency = stages
    text = ("Ukrainian forces recapture Kupiansk\n\nOn 8 May 2023, Ukrainian forces recaptured the town of Kupiansk "
            "after heavy fighting, the army said.")
    doc = nlp.load()(text)
    rec = EventRecord(event_type="Battles", sub_event_type="Armed clash", country="Ukraine")
    trigger = next(t for t in doc if t.text == "fighting")
    draft = EventDraft(record=rec, sentences=list(doc.sents), trigger=trigger)
    article = Article(text=text, doc=doc, headline="Ukrainian forces recapture Kupiansk", body_start=text.index("On 8"))
    for stage in (actors, consistency):
        stage(article, [draft])
    assert rec.sub_event_type == "Government regains territory"
    assert "recaptured the town of Kupiansk" in rec.evidence_for("sub_event_type").sentence


THREAT = (("Strategic developments", "Other"), "threat without harm")
ARMED_MEMBER = (("Battles", "Armed clash"), "attack on armed actor")
ATTACK_REVISIONS = [
    # threats with no one harmed are a strategic development
    ("On 4 June 2023, gunmen gave the people of Tinga an ultimatum of three days to leave the village.",
     "gave", "Other", THREAT),
    ("On 4 June 2023, suspected militants threatened teachers at a school in Tinga and ordered them to close it.",
     "threatened", "Other", THREAT),
    # a threat made while harming someone is part of the attack
    ("On 4 June 2023, gunmen threatened the villagers of Tinga and killed a herder.", "killed", "Attack", THREAT),
    ("On 4 June 2023, suspected militants beat a teacher in Tinga and warned the others to stay away.",
     "beat", "Attack", THREAT),
    # victims that the note says are members of an armed group are that group's members
    ("On 5 June 2023, JNIM militants attacked Tinga and killed four men described as Koglweogo militiamen.",
     "attacked", "Armed clash", ARMED_MEMBER),
    # a militiaman among other victims leaves them civilians
    ("On 5 June 2023, JNIM militants killed a village chief, his son and a Koglweogo militiaman in Tinga.",
     "killed", "Attack", ARMED_MEMBER),
]


@pytest.mark.parametrize("text,trigger,expected,revision", ATTACK_REVISIONS)
def test_threats_and_victims_described_as_armed_members_revise_an_attack(stages, text, trigger, expected, revision):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Burkina Faso")
    assert_revised_when_expected(rec, expected, *revision)


@pytest.mark.parametrize("text,expected", [
    # raiders who drive off the herd take it; nobody fights them
    ("On 5 October 2024, gunmen on motorcycles killed nine herders near Tiloa and drove off hundreds of cattle.",
     "Attack"),
    ("On 5 October 2024, gunmen killed nine herders near Tiloa and drove off their livestock.", "Attack"),
    # attackers fought off met an armed response
    ("On 5 October 2024, gunmen killed nine herders near Tiloa. Soldiers fought off the attackers.", "Armed clash"),
])
def test_raiders_driving_off_livestock_met_no_armed_response(stages, text, expected):
    rec = run(stages, text, "Violence against civilians", "Attack", "killed", "Niger")
    assert_revised_when_expected(rec, expected, ("Battles", "Armed clash"), "attack met by armed response")


# each report opens with a march in Omdurman; what follows decides whether forces used lethal force on it
PROTEST_THEN = [
    ("security forces shot dead four protesters near the bridge.", "Excessive force against protesters"),
    ("two demonstrators were shot by soldiers near the bridge.", "Excessive force against protesters"),
    # a slogan, and protesters shot by people who are not the state's forces
    ("students carried banners reading 'Kill the Bill'.", "Peaceful protest"),
    ("unknown gunmen shot two protesters.", "Peaceful protest"),
]


@pytest.mark.parametrize("sequel,expected", PROTEST_THEN)
def test_protesters_shot_by_forces_is_excessive_force(stages, sequel, expected):
    text = f"On 3 May 2023, hundreds marched in Omdurman against military rule. Later, {sequel}"
    rec = run(stages, text, "Protests", "Peaceful protest", "marched", "Sudan")
    # forces that shoot may first be taken for an intervention, which lethal force then revises again
    assert (rec.event_type, rec.sub_event_type) == ("Protests", expected)


@pytest.mark.parametrize("where,victims,expected", [
    # 'the victim' names the robbed officer again, not a civilian beside him
    (("Niger", "near Tillaberi"), "robbed a police officer {where} and killed the victim", "Armed clash"),
    # police reservists are serving members of the force
    (("Kenya", "near Baragoi"), "killed four police reservists {where}", "Armed clash"),
    # guards of a private security company and members of a gang are armed sides too
    (("Democratic Republic of Congo", "near Kamituga"), "killed a security guard at a gold mine {where}",
     "Armed clash"),
    (("Brazil", "in Santos"), "killed a drug trafficker {where}", "Armed clash"),
    # a civilian victim of the same attack still keeps it an attack on civilians
    (("Niger", "near Tillaberi"), "robbed a police officer {where} and killed a farmer", "Attack"),
])
def test_victims_who_are_armed_make_the_attack_a_battle(stages, where, victims, expected):
    country, place = where
    text = "On 3 March 2023, gunmen " + victims.format(where=place) + "."
    rec = run(stages, text, "Violence against civilians", "Attack", "killed", country)
    assert_revised_when_expected(rec, expected, ("Battles", "Armed clash"), "attack on armed actor")


@pytest.mark.parametrize("text,before,trigger,expected", [
    ("A warplane bombed a village near Kauda on Tuesday, killing five civilians.",
     ("Violence against civilians", "Attack"), "bombed", "Air/drone strike"),
    ("Bombs fell on the market of Kabkabiya after army jets dropped them at noon, killing 12 people.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "dropped", "Air/drone strike"),
    ("A convoy was hit by a drone near Jilib on Tuesday.", ("Battles", "Armed clash"), "hit", "Air/drone strike"),
    # a bomb planted by the road is no strike from the air, nor is it one when jets strike elsewhere beside it
    ("Four soldiers were killed by a roadside bomb in Kirkuk, and jets struck hideouts in the Hamrin mountains.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "killed", "Remote explosive/landmine/IED"),
    ("A roadside bomb hit a bus near Jilib on Tuesday, killing four passengers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "hit", "Remote explosive/landmine/IED"),
])
def test_bombs_from_aircraft_are_an_air_strike(stages, text, before, trigger, expected):
    country = "Somalia" if "Jilib" in text else "Iraq" if "Kirkuk" in text else "Sudan"
    rec = run(stages, text, *before, trigger, country)
    air_strike = ("Explosions/Remote violence", "Air/drone strike")
    assert_revised_when_expected(rec, expected, air_strike, "strike from the air")
