"""Fatality counts on my own example sentences from several countries."""

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord

from conftest import fatality_record


def run(counter, text, sub="Attack", etype="Violence against civilians", location=None):
    return fatality_record(counter, text, etype, sub, location)


@pytest.mark.parametrize("text, expected", [
    # sums across victim groups
    ("On 4 March 2023, gunmen stormed a market in Zamfara, killing three vigilantes and eleven traders.", 14),
    ("Police said the gang dragged Omar Haji and four other herders out of their homes before shooting them dead.", 5),
    # number words, digits, hyphenated words
    ("Twenty-one soldiers died when their convoy hit a mine near Gao.", 21),
    ("A car bomb killed 12 people at a checkpoint in Mogadishu on Tuesday.", 12),
    # wounded, arrested and abducted people are not deaths
    ("Two protesters were killed and 30 others were wounded when police fired on a march in Khartoum.", 2),
    ("Soldiers arrested 15 suspects and injured four during a raid in Maiduguri.", 0),
    # subsets do not add
    ("The airstrike killed nine fighters, including two commanders, in Idlib province.", 9),
    # a list whose first group the parser hangs on the place before it
    ("On 11 March 2021, ISWAP and JNIM militants fought in Inates (Tessit, Gao), 6 ISWAP and 2 JNIM militants reportedly killed.", 8),
    ("Nine military officers injured and one police officer killed in twin explosions in Mandera.", 1),
    ("On 1 May 2021, presumed JNIM militants ambushed a gendarmerie patrol in the area of Seytenga, four assailants and two gendarmes were killed and one gendarme wounded.", 6),
    # the hedge on the perpetrators, parsed as the main verb, does not make the killing a suspicion
    ("On 9 May 2021, suspected jihadists raided a militia post in the hamlet of Sira (Kaya, Sanmatenga), killing three militiamen and wounding another.", 3),
    # victims written right before 'were killed' though the parser found a subject elsewhere
    ("On 26 May, a depot containing fuel detonated at the Mobile Customs Brigade in Bobo-Dioulasso, one customs officer and a cleaning woman were killed in the blast.", 2),
    ("One militant and one soldier were killed, one VDP wounded.", 2),
    ("Seven Kenyan fishermen operating in Lake Victoria have been killed by Ugandan soldiers.", 7),
    # alternative figures are not groups to add: the lowest
    ("Rival accounts said that zero, one or two guards were killed.", 0),
    # a death the event causes counts even when its victim is not read
    ("Police fired tear gas to disperse the crowd, causing the death by suffocation of a man in Abeche.", 1),
    # a day heading the note is no count
    ("03 Nov. 5 people killed in a raid on Garbatulla by bandits.", 5),
    # the death an event ends in
    ("A dispute over a borehole between two clans near Moyale led to the death of one.", 1),
    # a participle listed with a verb that takes the object: its noun did the killing
    ("On 3 May 2021, gunmen believed to be Fulani herdsmen killed and beheaded a village chief near Kalale.", 1),
    # ranges and several figures: the lowest
    ("Militants executed between 15 and 25 men in a village in Tillaberi.", 15),
    ("At least 7 miners were killed by bandits in Kaduna state.", 7),
    # executions, beheadings, bodies found
    ("Insurgents beheaded a village chief in Cabo Delgado.", 1),
    ("Residents found the bodies of three fishermen on the shore of Lake Chad.", 3),
    # explicit zero
    ("A roadside bomb struck an army truck in Kunar; no casualties were reported.", 0),
    # nothing said: 0
    ("Rebels attacked an army post in North Kivu and looted weapons.", 0),
    # animals are not people
    ("Raiders killed forty goats and a camel in Turkana.", 0),
])
def test_counts(counter, text, expected):
    assert run(counter, text).fatalities == expected


def test_vague_numbers_follow_convention(counter):
    rec = run(counter, "Security forces opened fire and killed dozens of civilians in Bamako.")
    assert (rec.fatalities, rec.fatalities_low, rec.fatalities_high) == (12, 12, 99)
    rec = run(counter, "Hundreds of villagers were killed in the massacre in Tigray.")
    assert rec.fatalities == 100


def test_range_keeps_low_and_high(counter):
    rec = run(counter, "Clashes in Jonglei left 4-9 cattle raiders dead.")
    assert (rec.fatalities, rec.fatalities_low, rec.fatalities_high) == (4, 4, 9)


def test_protest_type_has_no_deaths(counter):
    rec = run(counter, "Students marched in Nairobi to condemn the killing of two classmates by police.",
              sub="Peaceful protest", etype="Protests")
    assert rec.fatalities == 0


def test_evidence_points_at_the_number(counter):
    rec = run(counter, "On 2 May 2023, a drone strike killed five fighters near Marib.")
    ev = rec.evidence_for("fatalities")
    assert ev is not None and ev.match == "five"


def test_two_events_in_one_sentence_keep_their_own_deaths(counter):
    doc = nlp.load()("A roadside bomb struck an army convoy near Kidal on Monday, and hours later soldiers "
                     "shot dead five villagers in a nearby market.")
    sent = next(iter(doc.sents))
    bomb = EventDraft(record=EventRecord(event_type="Explosions/Remote violence",
                                         sub_event_type="Remote explosive/landmine/IED"),
                      sentences=[sent], trigger=doc[1:3])
    shooting = EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack"),
                          sentences=[sent], trigger=doc[[t.i for t in doc if t.lower_ == "shot"][0]:][:2])
    counter(Article(text=doc.text, doc=doc), [bomb, shooting])
    assert shooting.record.fatalities == 5
    assert bomb.record.fatalities == 0


def test_absurd_numbers_are_not_death_counts(counter):
    rec = run(counter, "Militants killed " + "9" * 40 + " soldiers near Goma on Monday.", "Armed clash", "Battles")
    assert rec.fatalities is not None and rec.fatalities < 10**6


@pytest.mark.parametrize("text, expected", [
    # a toll the coder divides between several events: each event gets its share, to the nearest whole number
    ("On 2 May 2023, rebels raided two hamlets near Beni and killed nine farmers. Fatalities split across three events.", 3),
    ("Gunmen attacked herders in Kebbi and Sokoto [5 fatalities split among 2 events].", 3),
    ("Bandits killed eight traders on the road. The deaths were divided between events in Gusau and Tsafe.", 4),
    ("Airstrikes killed 28 militants near Djibo, fatalities split between (3) events.", 9),
    ("Clashes in Ebute-Metta left one dead [fatalities split among 4 events].", 1),
    # the share the coder states for this event
    ("Bandits killed twenty villagers in Zurmi. 20 fatalities split across 6 events coded as 3.", 3),
    ("Jets struck camps in Tabni, killing dozens. Fatalities coded to 10, and split between both locations 5 each.", 5),
    ("Militiamen killed an unknown number of herders. Unknown fatalities are split across two events and coded as 10.", 5),
    # a bare mention of a split keeps the toll unless the note says how many events, or lists the places
    ("Raiders killed six villagers in Djibo (fatalities split between events).", 6),
    ("Jets struck camps near Gorom and Tin-Akoff and killed 22 militants, coded as four events, fatalities split between events.", 6),
    ("Vigilantes raided the villages of Sona, Bani and Kelbo, killing 12 herders (fatalities split between events).", 4),
    # the coder's closing figure is the event's figure
    ("Both gunmen were killed in an exchange of fire with police in Recife. 2 fatalities.", 2),
    ("A shopkeeper died and his two brothers, shot in the same attack, died later in hospital. 3 fatalities.", 3),
    ("Clashes broke out between rival herders - FATALITIES: estimate of 4 people.", 4),
    ("Troops executed an unknown number of traders in Kaya, unknown fatalities coded at low estimate of 3.", 3),
    # a follow-up sentence about earlier violence does not raise the event's toll
    ("Gunmen shot dead four traders at a market in Katsina on Tuesday. In May, the same gang killed 30 villagers.", 4),
    ("Police killed two marchers in Nakuru. More than 25 people have died since the strikes began.", 2),
    # escaping death is not dying
    ("A district commissioner narrowly escaped death when a bomb went off beside his car in Garissa.", 0),
])
def test_coder_statements_and_near_misses(counter, text, expected):
    assert run(counter, text, "Armed clash", "Battles").fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # a later sentence with "also", "another" or "more" reports victims on top of those counted
    ("Gunmen killed two guards at a mine in Tora. Three attackers were also killed.", 5),
    ("Two soldiers and a driver were killed in an ambush near Gulu. Another soldier later died of his wounds.", 4),
    ("Rebels killed five traders in Beni. Two more traders died in hospital.", 7),
    ("Bandits ambushed a convoy near Dori: 2 dead. 2 more died in hospital.", 4),
    # "both" names two victims
    ("Gunmen shot both brothers dead in Jos.", 2),
    ("Both guards were killed when the bomb exploded at the gate in Kabul.", 2),
    # a later sentence that only restates the toll does not add
    ("Five people were killed in Beni. The victims were also robbed.", 5),
    ("Bandits killed six herders near Sokoto. Police said six herders died.", 6),
    # a later sentence saying who the dead were details the toll, it is no lower figure
    ("Seven people were killed in clashes near Garsen. The dead included a girl and three herders.", 7),
    ("Twelve villagers were killed when raiders struck Gunane. Nine of those killed were children.", 12),
])
def test_additional_deaths_add_across_sentences(counter, text, expected):
    assert run(counter, text).fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # several figures for the same deaths (a claim, another source): the lowest stated number
    ("Insurgents ambushed a patrol near Mora, killing at least 6 soldiers. The group claimed to have killed 20 troops.", 6),
    ("At least 11 villagers were killed in the raid on Kiwanja, residents said. Officials put the toll at 8.", 8),
    # a stated number beats a vague word or an unnumbered plural in another sentence
    ("Dozens of herders were killed in clashes in Plateau. Police confirmed 17 deaths.", 17),
    ("Gunmen killed villagers in an attack on Gidan Bawa. Four bodies were later recovered.", 4),
    ("Militants killed 9 civilians near Tahoua. The army said dozens of militants were killed.", 9),
    # deaths on another side in a later sentence add; a claim or another source's figure does not
    ("Rebels overran an army post near Kidal, killing two soldiers. Eight rebels died when troops counter-attacked.", 10),
    ("Rebels overran an army post near Kidal, killing two soldiers. The army claimed 30 rebels were killed.", 2),
    # a party's claim against an outright denial of any death: 0, the conservative figure
    ("Shells hit the army camp in Gao, and the rebels claimed they had killed 12 soldiers. The army said no one was hurt.", 0),
    # a denial for one group only leaves the others' deaths
    ("Gunmen claimed they killed two policemen at a checkpoint in Kidal. No civilians were hurt.", 2),
    # victims of no stated side take the sides of the subset that details them
    ("Militants raided Sollé, killing four people, including three volunteer fighters and a farmer. "
     "Five militants were killed when the defenders repulsed them.", 9),
    ("Militants raided Sollé, killing four people, including two soldiers. Three soldiers were later found dead.", 3),
    # a claim never lowers a stated figure; a killing the event answers is not one of its deaths
    ("Two soldiers and one militant were killed in Porga. An unconfirmed report said one assailant was found dead.", 3),
    ("Farmers killed two herders near Ofia. The attack came in reaction to the killing of a farmer.", 2),
    # deaths the coder puts in another event
    ("Jihadists ambushed a convoy near Dori, killing 4 soldiers. Jets later struck them, killing 12 militants (coded separately).", 4),
    ("Police said the gang had killed a shopkeeper (coded separately) before the shootout in Recife.", 0),
    # "suspected" hedges the perpetrators; the parser may hang the killing under it
    ("On 3 May 2021, suspected bandits killed a farmer and his two sons in Zurmi.", 3),
    ("Suspected Al Shabaab militants assassinated a chief in Mandera.", 1),
    # ... but a killing that is itself suspected is not a death in this event
    ("Police arrested a herder suspected of killing two traders in Kano.", 0),
])
def test_conflicting_figures_and_hedged_perpetrators(counter, text, expected):
    assert run(counter, text).fatalities == expected
