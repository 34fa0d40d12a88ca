"""Which sentences of a whole news article become which events: articles written for these tests."""

from datetime import date

import pytest

from newsevents.schema import TAXONOMY

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return [d.record.sub_event_type for d in drafts]


def sentences_of(draft):
    return " ".join(s.text for s in draft.sentences)


LIVE_BLOG = """Israel-Lebanon live: strike on Nabatieh; rockets over Kiryat Shmona
Key points
Israeli strike kills two in Nabatieh, Lebanese state media says
Rockets fired from Lebanon hit Kiryat Shmona
Updated 1 hour ago
16:40 GMT
Hezbollah fighters fired a salvo of rockets at the Israeli town of Kiryat Shmona on Monday evening, damaging two houses, the Israeli army said.
12:15 GMT
An Israeli drone strike hit a car in the town of Nabatieh in south Lebanon on Monday, killing two men, Lebanon's state news agency reported.
"""


def test_live_blog_bullets_and_timestamps_add_no_events(detect):
    drafts = detect(LIVE_BLOG)
    assert sorted(subs(drafts)) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    for d in drafts:  # no event drags in the summary bullets or the other entry
        assert "Key points" not in sentences_of(d) and "state media says" not in sentences_of(d)
    rockets = next(d for d in drafts if d.record.sub_event_type.startswith("Shelling"))
    assert "hit a car" not in sentences_of(rockets)


LIVE_ENTRIES = """Ukraine war live: Zaporizhzhia shelled; assault repelled near Kupiansk

Ukrainian troops repelled a Russian assault on their positions near the village of Synkivka outside Kupiansk on Monday, the general staff said.

Russian artillery shelled residential districts of Zaporizhzhia overnight, killing two people and wounding four, the regional governor said.
"""


def test_another_kind_of_fighting_told_afresh_is_another_event(detect):
    drafts = detect(LIVE_ENTRIES)
    assert sorted(subs(drafts)) == ["Armed clash", "Shelling/artillery/missile attack"]
    shelling = next(d for d in drafts if d.record.sub_event_type.startswith("Shelling"))
    clash = next(d for d in drafts if d.record.sub_event_type == "Armed clash")
    assert "Kupiansk" not in sentences_of(shelling) and "Zaporizhzhia" not in sentences_of(clash)


MASSACRE_THEN_CLASH = """Gunmen kill 11 herders in Niger; troops fight the attackers

NIAMEY, Niger — Gunmen on motorcycles killed 11 herders at a watering point near the village of Tiloa in the Tillaberi region on Saturday, the local mayor said.

Nigerien soldiers later tracked the attackers and clashed with them near the border, killing four gunmen, the defence ministry said.
"""


def test_a_massacre_and_the_troops_later_fighting_the_killers_are_two_events(detect):
    drafts = detect(MASSACRE_THEN_CLASH)
    assert sorted(subs(drafts)) == ["Armed clash", "Attack"]
    attack = next(d for d in drafts if d.record.sub_event_type == "Attack")
    assert "clashed" not in sentences_of(attack)


ATTACK_AND_ANSWER = """Israeli strikes hit Hezbollah post; group answers with rockets

BEIRUT — Israeli warplanes struck a Hezbollah position near the village of Aitaroun in south Lebanon on Tuesday, killing two members of the group, Hezbollah said.

Hezbollah fired a barrage of rockets at an Israeli army base in the Upper Galilee in response, the group said in a statement.
"""


def test_the_rocket_fire_that_answered_an_air_strike_is_another_event(detect):
    drafts = detect(ATTACK_AND_ANSWER)
    assert sorted(subs(drafts)) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_soldiers_responding_to_an_assault_are_the_same_clash(detect):
    drafts = detect("Militants storm police post in Khyber\n\nPESHAWAR — Militants stormed a police post in Bara on "
                    "Sunday night, killing two policemen, officials said.\n\nThe policemen responded by firing back, "
                    "killing one attacker, and the militants fled, the officials said.")
    assert subs(drafts) == ["Armed clash"]


FEATURE = """In a border camp, families who fled the violence count the days

MINAWAO, Cameroon — Hadiza Umar, 41, left her village in northeast Nigeria with her five children four years ago, after insurgents burned her home.

She now shares a tent with her sister's family in a camp of more than 70,000 refugees, where food rations have been cut twice this year.

"They shot my brother in front of us. I still hear the gunfire at night," she said. "I will not go back."

Aid agencies say the camp needs more water points and teachers.
"""


def test_a_feature_about_refugees_reports_no_event(detect):
    # what the refugees fled names no incident; a memory in a quote is not an event of the article
    assert detect(FEATURE, published=date(2024, 2, 2)) == []


RETAKEN = """Army retakes Mozambique town; 40 insurgents surrender

PEMBA, Mozambique — Mozambican troops recaptured the town of Macomia in Cabo Delgado province on Thursday after a three-day offensive against Islamic State fighters, the defence ministry said.

On Friday, 40 insurgents surrendered to soldiers in Mucojo with their weapons, a local official said.
"""


def test_a_recapture_after_an_offensive_and_a_surrender_of_fighters(detect):
    drafts = detect(RETAKEN)
    # the fighting is how the town changed hands; fighters who give themselves up are an agreement (ACLED)
    assert subs(drafts) == ["Government regains territory", "Agreement"]


def test_explosives_dropped_from_drones_are_a_drone_strike(detect):
    drafts = detect("Drone attack wounds three in Michoacan\n\nMORELIA, Mexico — Drones flown by a criminal group "
                    "dropped explosives on houses in the village of Las Bateas on Tuesday, wounding three residents, "
                    "state prosecutors said.")
    assert subs(drafts) == ["Air/drone strike"]


PLOT = """Police arrest three over plot to bomb Mombasa church

MOMBASA, Kenya — Three men suspected of plotting to bomb a church in Mombasa were arrested on Tuesday, police said.

The men had threatened to strike during Sunday mass and vowed to avenge fighters killed in Somalia, the regional police commander said.
"""


def test_a_plot_and_threats_are_no_events_but_the_arrest_is(detect):
    assert subs(detect(PLOT)) == ["Arrests"]


LEAD_AND_DETAILS = """Russian shelling kills woman in Nikopol

KYIV — Russian forces shelled the town of Marhanets in Dnipropetrovsk region on Saturday, killing a 60-year-old woman, regional governor Serhiy Lysak said.

Shells from heavy artillery hit a residential street on Saturday afternoon, damaging ten houses and a gas pipeline, Lysak said on Telegram. Two more people were wounded.

Marhanets, which lies across the river from the Russian-occupied nuclear plant, is shelled almost daily.
"""


def test_the_lead_anchors_its_event_and_a_habit_adds_nothing(detect):
    drafts = detect(LEAD_AND_DETAILS)
    assert subs(drafts) == ["Shelling/artillery/missile attack"]
    assert drafts[0].anchor.text.startswith("Russian forces shelled the town of Marhanets")
    assert "almost daily" not in sentences_of(drafts[0])


TWO_TOWNS = """Police fire teargas at tax protesters in Kisii

KISII, Kenya — Police fired teargas to disperse hundreds of opposition supporters who marched through Kisii town on Wednesday to protest against new taxes, witnesses said.

In Migori, about 100 km away, demonstrators burned tyres and blocked the main highway for several hours on Wednesday afternoon.
"""


def test_a_sentence_opened_by_another_town_tells_another_event(detect):
    # the tagger may not know the town's name; opening the sentence, it still sets the scene for all of it
    drafts = detect(TWO_TOWNS, published=date(2023, 7, 13))
    assert len(drafts) == 2
    assert "Migori" not in sentences_of(drafts[0]) and "Kisii" not in sentences_of(drafts[1])


@pytest.mark.parametrize("taker, sub", [
    ("M23 rebels", "Non-state actor overtakes territory"),
    ("Fighters of the group", "Non-state actor overtakes territory"),
    ("The Congolese army", "Government regains territory"),
])
def test_who_recaptured_a_town_says_whose_gain_it_is(detect, taker, sub):
    drafts = detect(f"Kitshanga changes hands\n\nGOMA — {taker} recaptured the town of Kitshanga in North Kivu on "
                    "Sunday after heavy fighting, residents said.")
    assert subs(drafts) == [sub]


# one report each, and what it is (a sub-event type, or an event type)
ONE_EVENT = [
    # drones far from their verb of striking, and a drone that kills, are drone strikes
    ("Depot ablaze in Kosti\n\nKOSTI, Sudan — Drones launched by the paramilitary forces struck a fuel depot on the "
     "edge of Kosti early on Tuesday, setting three tanks on fire, officials said.", "Air/drone strike"),
    ("Two killed near Marjayoun\n\nBEIRUT — A drone killed two men riding a motorcycle near the town of Marjayoun on "
     "Tuesday, security sources said.", "Air/drone strike"),
    # armed men torching houses destroy property; a crowd setting fire riots
    ("Village burned in Sagaing\n\nYANGON — Myanmar soldiers set fire to more than 100 houses in the village of Hnan "
     "Khar in Sagaing region on Friday, residents said.", "Looting/property destruction"),
    ("Anger in Kano\n\nKANO, Nigeria — Angry youths set fire to a police station in Kano on Friday after a man died "
     "in custody, witnesses said.", "Riots"),
]


@pytest.mark.parametrize("text, kind", ONE_EVENT)
def test_what_one_report_is(detect, text, kind):
    drafts = detect(text)
    assert [d.record.event_type if kind in TAXONOMY else d.record.sub_event_type for d in drafts] == [kind]


RIGHTS_REPORT = """Militiamen raped women in Ituri village, UN says

GOMA — Militiamen raped at least 12 women and girls in the village of Largu in Ituri province in early November, the UN human rights office said in a report on Tuesday.

The survivors told investigators they were attacked in their homes over two nights.
"""


def test_a_report_on_last_month_opening_the_article_is_its_news(detect):
    drafts = detect(RIGHTS_REPORT, published=date(2023, 12, 6))
    assert subs(drafts) == ["Sexual violence"]
    assert drafts[0].anchor.text.startswith("Militiamen raped at least 12 women")


def test_a_month_named_later_in_the_article_is_background(detect):
    text = ("Jihadists vow revenge\n\nMAIDUGURI — Boko Haram fighters vowed to avenge a slain commander, according to "
            "a video released on Monday.\n\nThe army urged residents to stay away from the forest.\n\n"
            "In March, the jihadists killed 30 soldiers in an attack on a base in the same area.")
    assert detect(text, published=date(2023, 5, 2)) == []


LIVE_RECAP = """Ukraine live: toll rises after strike on Kharkiv shop

08:15 BST
A Russian guided bomb struck a crowded DIY hypermarket in Kharkiv on Saturday afternoon, killing at least six people and wounding 40, officials said.

07:30 BST
Good morning. Here's a recap of the main events.
Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight, Russian officials said.
"""


def test_the_same_weapon_elsewhere_at_its_own_time_is_another_event(detect):
    drafts = detect(LIVE_RECAP, published=date(2024, 5, 26))
    # a guided bomb is dropped from the air
    assert subs(drafts) == ["Air/drone strike", "Air/drone strike"]
    assert "Krasnodar" not in sentences_of(drafts[0])


def test_attackers_told_by_a_pronoun_are_still_the_same_attack(detect):
    text = ("Base attacked in Borno\n\nMAIDUGURI — Insurgents attacked an army base in the town of Marte on Sunday "
            "night, killing four soldiers, military sources said.\n\nThey fired mortar shells at the town's "
            "market in Marte on Sunday before withdrawing, the sources said.")
    assert len(detect(text, published=date(2024, 3, 5))) == 1


RALLIES = """Police teargas opposition rally in Eldoret as protests spread

ELDORET, Kenya — Police fired teargas and water cannon on Monday to break up a rally of opposition supporters in Eldoret who were protesting against the high cost of living.

In Kakamega, youths looted shops and pelted police with stones after a similar rally was stopped.
"""


def test_another_town_opening_a_sentence_needs_no_date_of_its_own(detect):
    drafts = detect(RALLIES, published=date(2023, 3, 28))
    assert len(drafts) == 2 and "Kakamega" in drafts[1].anchor.text


SNIPER_AND_SHELLING = """Sniper kills boy in Taiz

ADEN, Yemen — A Houthi sniper shot dead a 10-year-old boy in the Al-Rawdah neighbourhood of Taiz on Sunday, local officials said.

Houthi-run media said government forces had shelled the Zaid al-Mosli area east of the city overnight, wounding two civilians.
"""


def test_one_side_accusing_the_other_of_an_attack_reports_another_event(detect):
    assert sorted(subs(detect(SNIPER_AND_SHELLING, published=date(2023, 9, 11)))) == [
        "Attack", "Shelling/artillery/missile attack"]


def test_a_group_saying_its_own_fighters_struck_in_response_retells_the_attack(detect):
    text = ("Camp shelled in Gao\n\nBAMAKO — Rockets hit a UN camp in Gao on Friday, wounding three peacekeepers, the "
            "mission said.\n\nThe group said in a statement that its fighters had fired rockets on the camp in response "
            "to army raids.")
    assert len(detect(text, published=date(2023, 9, 30))) == 1


def test_arrests_of_suspects_after_a_bombing_are_no_part_of_it(detect):
    text = ("Bomb at tea shop kills five\n\nMOGADISHU — A bomb exploded at a crowded tea shop in Mogadishu's Hodan "
            "district on Monday evening, killing five people, police said.\n\nPolice later arrested two suspects in "
            "connection with the blast, a spokesman said.")
    drafts = detect(text, published=date(2023, 5, 16))
    assert subs(drafts) == ["Remote explosive/landmine/IED"]
    assert "arrested" not in sentences_of(drafts[0])


MARCH_AND_FIGHT = """Chaos in Naivasha as police block opposition march

NAIVASHA, Kenya — Hundreds of opposition supporters took to the streets of Naivasha on Wednesday morning to protest against the Finance Act, blowing whistles and carrying placards.

Police lobbed teargas canisters at the marchers as they tried to reach the town centre.

Later in the day, rival groups of youths armed with clubs fought running battles near the bus terminus, leaving two people dead, the county police commander said.
"""


def test_a_fight_later_in_the_day_is_not_the_march(detect):
    drafts = detect(MARCH_AND_FIGHT, published=date(2023, 7, 20))
    assert [d.record.event_type for d in drafts] == ["Protests", "Battles"]
    assert "teargas" in sentences_of(drafts[0]) and "running battles" not in sentences_of(drafts[0])


def test_a_protest_on_another_day_elsewhere_is_another_event(detect):
    text = ("Teachers march in Nakuru\n\nNAKURU, Kenya — Hundreds of teachers marched peacefully through Nakuru on "
            "Wednesday to demand months of unpaid wages, in the third such protest this month.\n\nOn Tuesday, police "
            "in Molo fired teargas at traders protesting against new market fees, witnesses said.")
    assert subs(detect(text, published=date(2023, 7, 20))) == ["Peaceful protest", "Protest with intervention"]


def test_the_day_of_an_accusation_is_not_the_day_of_the_attack(detect):
    text = ("Camp shelled\n\nKHARTOUM — Artillery shells hit the Abu Shouk displacement camp near El Fasher on "
            "Saturday, killing 10 people, aid workers said.\n\nOn Sunday, the army accused the Rapid Support Forces "
            "of shelling the camp.")
    assert len(detect(text, published=date(2024, 6, 11))) == 1
