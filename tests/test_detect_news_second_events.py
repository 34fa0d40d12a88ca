"""Second events of a news article and retellings of its first: a clash of the lead told again in detail, a crowd's
next gathering on another day, an arrest for an earlier attack, events told through a statement, two rallies of
one city and day, a defused bomb beside one that went off. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return [d.record.sub_event_type for d in drafts]


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


LEAD_RETOLD = """Clashes near Adigrat leave 12 dead

MEKELLE, Ethiopia - Government forces and rebels clashed near Adigrat on Monday, leaving at least 12 dead, local officials said.

The fighting began at dawn on Monday when rebel fighters attacked an army position on the hills east of Adigrat, and troops fought back with heavy weapons, a local official said. Twelve fighters were killed.
"""


def test_a_lead_clash_told_again_in_detail_is_one_event(detect):
    drafts = detect(LEAD_RETOLD)
    assert subs(drafts) == ["Armed clash"]
    assert "rebel fighters attacked an army position" in text_of(drafts[0])


NEXT_DAY_BLOCKADE = """Road blocked in Nakuru

NAKURU, Kenya - Residents blocked the Nakuru-Eldoret highway with rocks and burning tyres on Monday to protest against the killing of a motorcycle taxi rider.

The next day, police fired tear gas to disperse residents who had blocked the road again at Salgaa.
"""


def test_a_blockade_dispersed_the_next_day_is_an_event_of_its_own(detect):
    drafts = detect(NEXT_DAY_BLOCKADE)
    assert len(drafts) == 2
    assert subs(drafts)[1] == "Protest with intervention"
    assert "Salgaa" in text_of(drafts[1]) and "Salgaa" not in text_of(drafts[0])


ARREST_OVER_ATTACK = """Protesters torch police station in Kano

KANO, Nigeria - Angry youths set fire to a police station in Kano on Monday after a man died in custody, witnesses said.

Police said they had detained 12 people in Zaria on Tuesday over a separate attack on a mosque.
"""


def test_an_arrest_over_an_attack_is_an_arrest(detect):
    drafts = detect(ARREST_OVER_ATTACK)
    assert subs(drafts) == ["Violent demonstration", "Arrests"]


def test_an_arrest_in_connection_with_a_killing_is_an_arrest(detect):
    text = "Police arrested three men in Eldoret on Friday in connection with the killing of a local chief."
    assert subs(detect(text)) == ["Arrests"]


STATEMENTS = """Militants attack army camp in Borno

MAIDUGURI, Nigeria - Islamic State militants attacked an army camp in Marte on Tuesday, killing five soldiers, residents said.

In a statement on Wednesday, the army said its jets had bombed militant hideouts near Dikwa, killing dozens of fighters.

Separately, the army said its troops had recaptured the town of Dansadau from bandits after a two-day operation.
"""


def test_events_told_only_through_a_statement_are_events(detect):
    assert subs(detect(STATEMENTS)) == ["Armed clash", "Air/drone strike", "Government regains territory"]


TWO_RALLIES = """Two rallies in Harare

HARARE - Hundreds of opposition supporters held a peaceful rally in central Harare on Saturday to demand electoral reforms.

In a separate gathering in Harare the same day, dozens of vendors marched to the city council offices to protest against evictions.
"""


def test_a_second_rally_told_as_distinct_in_the_same_city_and_day_is_a_second_event(detect):
    assert subs(detect(TWO_RALLIES)) == ["Peaceful protest", "Peaceful protest"]


DEFUSED = """Bomb defused in Mogadishu

MOGADISHU - Police defused an improvised explosive device planted near a checkpoint in Mogadishu's Hodan district on Tuesday, officials said.

On the same day, a roadside bomb killed three soldiers near Afgoye.
"""


def test_a_defused_bomb_is_disrupted_weapons_use_beside_one_that_went_off(detect):
    assert subs(detect(DEFUSED)) == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


CAPTURE = """Troops clash with militants in Mali

BAMAKO - Malian troops clashed with jihadists near Boni on Monday, killing eight militants, the army said.

In a separate operation near Douentza on Tuesday, soldiers captured a senior commander of the group, the army added.
"""


def test_soldiers_capturing_a_commander_is_an_arrest_of_its_own(detect):
    drafts = detect(CAPTURE)
    assert subs(drafts) == ["Armed clash", "Arrests"]
    assert "Douentza" in text_of(drafts[1])


FLED_ELSEWHERE = """Clashes in Khartoum

KHARTOUM - The army and the Rapid Support Forces fought heavy battles in the Kafouri district of Khartoum on Tuesday, residents said.

Thousands of people have fled fighting elsewhere in the capital. A new front opened on May 10 in Omdurman, according to a local committee.
"""


def test_fighting_people_fled_elsewhere_is_no_event(detect):
    assert subs(detect(FLED_ELSEWHERE)) == ["Armed clash"]


LIVE_BLOG = """Ghana fuel protests live: students tear-gassed in Accra

Last updated: Thursday 11 May 2023, 16:30 GMT

16:30 - Police have fired tear gas at hundreds of students who marched towards the parliament building in Accra this afternoon. The students said the march was peaceful.

14:10 - In Kumasi, dozens of taxi drivers blocked the Kejetia road for about three hours this morning after a filling station ran out of petrol. The protest ended when the station manager promised a delivery.

12:45 - Latest on last night's unrest in Tamale: residents who had waited for hours for kerosene clashed with police at a filling station, and a group of men threw stones at a police car.
"""


def test_a_live_blogs_entries_tell_their_own_crowd_events(detect):
    drafts = detect(LIVE_BLOG, date(2023, 5, 11))
    assert len(drafts) == 3
    accra, kumasi, tamale = drafts
    assert accra.record.sub_event_type == "Protest with intervention" and "Accra" in text_of(accra)
    assert kumasi.record.sub_event_type == "Peaceful protest" and "Kumasi" in text_of(kumasi)
    assert tamale.record.event_type == "Riots" and "Tamale" in text_of(tamale)


def test_armed_men_or_police_closing_a_road_is_no_protest(detect):
    text = ("Soldiers blocked the main road to Beni on Sunday after an attack on a convoy, residents said. "
            "Police also blocked the highway near Butembo.")
    assert not any(d.record.event_type == "Protests" for d in detect(text))


STATEMENT_DATED = """Soldiers killed in attack on border post

LOME, July 18 - Three soldiers were killed when militants attacked a border post near Cinkasse on Saturday, the government said.

A communique read on state radio on Sunday night said that gunmen on motorcycles had opened fire on the post before dawn and that the troops repelled them. The group claimed the raid on Sunday in a message on social media, saying its fighters had seized weapons.
"""


def test_the_day_a_statement_or_a_claim_was_made_does_not_make_its_account_another_event(detect):
    drafts = detect(STATEMENT_DATED, date(2022, 7, 18))
    assert len(drafts) == 1 and drafts[0].record.event_type == "Battles"
    assert "communique" in text_of(drafts[0])


BEATEN_AND_ACCUSED = """Opposition says official beaten to death

BUJUMBURA - The main opposition party said on Wednesday that one of its local officials had been beaten to death by ruling party youths in Cibitoke province, and accused the police of arresting his colleagues instead of the killers.
"""


def test_a_side_detail_in_the_sentence_of_an_attack_does_not_outvote_it(detect):
    assert [d.record.event_type for d in detect(BEATEN_AND_ACCUSED)] == ["Violence against civilians"]


DRIVERS = """Taxi driver killed in Kampala; drivers strike

KAMPALA - A taxi driver was shot dead by robbers in the Kawempe suburb of Kampala on Sunday night, police said.

On Tuesday, about 200 taxi drivers parked their vehicles along the Gayaza road and gathered outside the Kawempe police station to demand better protection. Police later dispersed them with tear gas.
"""


def test_people_gathering_with_a_demand_protest(detect):
    drafts = detect(DRIVERS)
    assert subs(drafts) == ["Attack", "Protest with intervention"]
    assert "gathered outside" in text_of(drafts[1])


NURSES = """Nurses rally in two cities

NAIROBI - Hundreds of nurses marched through central Nairobi on Monday to demand unpaid allowances, their union said.

In Nakuru, several hundred nurses and clinical officers gathered outside the county offices on the same day with the same demand.
"""


def test_a_gathering_with_the_same_demand_in_another_town_is_its_own_protest(detect):
    drafts = detect(NURSES)
    assert subs(drafts) == ["Peaceful protest", "Peaceful protest"]
    assert "Nakuru" in text_of(drafts[1])


def test_gathering_evidence_or_to_hear_a_speech_is_no_protest(detect):
    text = ("Investigators gather evidence\n\nKAMPALA - Investigators gathered evidence at the scene of Sunday's "
            "robbery, police said. Supporters of the ruling party gathered in a stadium in Gulu to hear the president "
            "speak.\n")
    assert detect(text) == []


RIOT_DEAD = """Two shot dead as protest over power cuts turns violent

JOHANNESBURG - Two people were shot dead and a municipal building was set alight in Soweto on Monday as residents protesting against power cuts clashed with police, officials said.

Police used rubber bullets and tear gas to disperse the crowds.
"""


def test_people_killed_as_a_crowd_clashed_with_police_are_the_riots_dead(detect):
    assert [d.record.event_type for d in detect(RIOT_DEAD)] == ["Riots"]


TWO_IN_LEAD = """Opposition activists attacked in Gweru

HARARE - Suspected ruling party supporters attacked opposition activists with iron bars in Gweru on Sunday, injuring six people, the opposition said, a day after police fired tear gas to break up one of its rallies in Kadoma.

Three of the injured were admitted to Gweru Provincial Hospital, a doctor said.

A police spokesman confirmed that a case of assault had been reported.

The ruling party denied that its members were involved.

On Saturday, police in Kadoma fired tear gas at several hundred opposition supporters who had gathered at a football ground for a rally. Police said the rally had not been approved.
"""


def test_a_second_event_of_the_lead_told_again_in_detail_later_is_one_event(detect):
    drafts = detect(TWO_IN_LEAD)
    assert len(drafts) == 2
    rally = next(d for d in drafts if d.record.event_type == "Protests")
    assert "football ground" in text_of(rally)
