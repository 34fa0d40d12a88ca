"""Whole-article cases of event detection: fire a unit came under however the fire is qualified, the other side's
version of an incident already told, vague reports, demands in negotiations. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return [d.record.sub_event_type for d in drafts]


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


QUALIFIED_FIRE = """Border post attacked in the north

TBILISI - A border post near the village of Kirovka was hit by rockets on Thursday morning, the interior ministry said.

The ministry also said a patrol had come under heavy machine-gun fire near the village of Dorna on Wednesday evening and had returned fire. No one was hurt in that incident.
"""


def test_fire_a_patrol_came_under_is_an_event_whatever_qualifies_it(detect):
    drafts = detect(QUALIFIED_FIRE)
    assert len(drafts) == 2
    dorna = [d for d in drafts if "Dorna" in text_of(d)]
    assert len(dorna) == 1 and dorna[0].record.sub_event_type == "Armed clash"


COUNTER_ACCOUNT = """Soldier killed in border shelling

BAKU - A soldier was killed on Friday when enemy forces shelled army positions near the town of Lachin, the defence ministry said.

The other side's defence ministry rejected the report and said its forces had not opened fire. It said instead that soldiers had fired on its own positions near the border on Friday and that it had responded.
"""


def test_the_other_sides_version_of_the_incident_is_not_a_second_event(detect):
    drafts = detect(COUNTER_ACCOUNT)
    assert subs(drafts) == ["Shelling/artillery/missile attack"]


LIVE_PAGE_HEARSAY = """LIVE: Unrest in the north after the election - latest

Tuesday 14 March 2023

09:15 - Our reporter in Kanel confirms that two people were killed there on Monday evening when young men who had set up burning barricades on the main road clashed with gendarmes.

Monday 13 March 2023

17:20 - Reports of heavy clashes in Kanel this evening. We are trying to reach our reporter.
"""


def test_word_of_clashes_at_a_place_the_page_tells_of_is_that_event(detect):
    drafts = detect(LIVE_PAGE_HEARSAY)
    assert len(drafts) == 1
    assert "two people were killed" in text_of(drafts[0])


ARSON_NAMED_AN_ATTACK = """Lorries set on fire in the south

TEMUCO, Chile - Nine lorries were set on fire by a group of masked men at a sawmill near Collipulli before dawn on Monday, police said, in an attack later claimed by a radical indigenous group.

No one was hurt. The owner said the fire had destroyed most of his fleet.
"""


def test_an_attack_that_names_the_burning_is_not_a_second_event(detect):
    drafts = detect(ARSON_NAMED_AN_ATTACK)
    assert subs(drafts) == ["Looting/property destruction"]


DEMANDS_IN_TALKS = """Peace talks end without a deal

KUALA LUMPUR - Two days of talks between the government and the rebels ended on Tuesday with a brief joint statement and no agreement.

The government wants a permanent reduction in violence. The rebels have asked for political guarantees: recognition of their language, a role for foreign observers, and an amnesty for fighters who lay down their arms.

Analysts attribute the recent calm to a heavy army presence, with thousands of troops deployed across the province.
"""


def test_a_demand_and_a_remark_in_an_analysis_of_talks_are_no_events(detect):
    assert detect(DEMANDS_IN_TALKS) == []


SECOND_CITY_GATHERING = """Nurses march for pay

LIMA - Thousands of nurses marched through central Lima on Monday to demand higher wages. The march passed off peacefully.

In Arequipa, in the southern region of the same name, several hundred nurses and cleaners gathered outside the regional hospital on the same day with the same demand.
"""


def test_a_crowd_with_the_same_demand_in_another_city_is_a_second_protest(detect):
    drafts = detect(SECOND_CITY_GATHERING)
    assert subs(drafts) == ["Peaceful protest", "Peaceful protest"]
    assert "Arequipa" in text_of(drafts[1]) and "Arequipa" not in text_of(drafts[0])


ANSWERING_BARRAGE = """Drone strike kills two near the border

BEIRUT - A drone strike hit a motorcycle near the village of Aitaroun on Monday, killing two men, state media said.

The armed group said it had fired a barrage of rockets at an army post near Shlomi in response. The army said no one was hurt.
"""


def test_a_barrage_fired_in_response_is_an_event_of_its_own(detect):
    drafts = detect(ANSWERING_BARRAGE)
    assert subs(drafts) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    assert "Shlomi" in text_of(drafts[1])


TOWN_AFTER_TOWN = """Rebels take two towns

BENI, Congo - Rebels took control of the town of Kalunguta on Saturday after a day of fighting with the army, residents said.

On Sunday, the rebels also took over Mabalako, a few kilometres west of Kalunguta, without meeting resistance.
"""


def test_a_second_town_taken_on_another_day_is_a_second_event(detect):
    drafts = detect(TOWN_AFTER_TOWN)
    assert subs(drafts) == ["Non-state actor overtakes territory", "Non-state actor overtakes territory"]
    assert "Mabalako" in text_of(drafts[1])


WELCOME_ENTRY = """Unrest in Guinea: live updates

Thursday 11 May 2023

14:00 - In Labe, hundreds of opposition supporters marched peacefully through the town centre, chanting slogans against the transitional government.

09:00 - Welcome to our live coverage. At least four people were killed on Wednesday as security forces clashed with protesters in several towns, according to rights groups.
"""


def test_deaths_counted_over_several_towns_in_a_welcome_entry_are_no_event(detect):
    drafts = detect(WELCOME_ENTRY)
    assert subs(drafts) == ["Peaceful protest"]
    assert "four people" not in text_of(drafts[0])


TALLY_SINCE = """Thousands march in Dhaka, police detain dozens

DHAKA - Thousands of opposition supporters marched in Dhaka on Saturday to demand early elections, and police detained dozens of them near the party's headquarters.

The party said more than 2,000 of its activists had been arrested since the arrest of its leader on Monday. The government denies any crackdown.
"""


def test_a_tally_of_arrests_since_a_day_is_no_event_of_its_own(detect):
    drafts = detect(TALLY_SINCE)
    assert len(drafts) == 1 and "2,000" not in text_of(drafts[0])


DENIAL_WITH_ACCUSATION = """Soldiers killed in attack on army post

BAMAKO - Suspected jihadists killed at least nine soldiers in an attack on an army post near Douentza on Saturday, security sources said.

The group denied involvement in the attack in a statement on Monday and accused the army of killing civilians in the area last week.
"""


def test_an_accusation_about_last_week_dated_by_a_statement_is_no_event(detect):
    drafts = detect(DENIAL_WITH_ACCUSATION, published=date(2023, 5, 10))
    assert len(drafts) == 1


CLASH_AFTER_RAID = """Troops and raiders clash in the north

MOROTO, Uganda - Three people were killed on Tuesday when soldiers clashed with armed cattle raiders near Kaabong, the army said.

The clash came after a raid on Sunday near Loyoro, in the same district, where armed men thought to be from across the border killed three herders who tried to stop them taking cattle from a watering point.
"""


def test_the_raid_a_clash_came_after_is_an_attack_of_its_own(detect):
    drafts = detect(CLASH_AFTER_RAID)
    assert subs(drafts) == ["Armed clash", "Attack"]
    assert "Loyoro" in text_of(drafts[1])


THROUGH_POLICE_LINES = """Students tear-gassed in the capital

DHAKA - Police fired tear gas and water cannon at hundreds of students who tried to march towards the parliament building on Tuesday afternoon. The marchers broke through a first line of barricades near the university before they were pushed back. Police said three students were detained.
"""


def test_barricades_the_marchers_broke_through_are_the_polices(detect):
    assert subs(detect(THROUGH_POLICE_LINES)) == ["Protest with intervention"]



CROWD_TURNS_VIOLENT = """Bus depot set on fire in the south; students march in the capital

TEMUCO, Chile - Nine buses were set on fire by masked men at a depot near Victoria before dawn on Thursday, police said. No one was hurt.

Meanwhile in Santiago, police used water cannon and tear gas on Thursday afternoon against secondary school students who were marching along a central avenue to demand more funding for state schools. Masked youths at the back of the march threw stones and set up a burning barricade outside a ministry building, and police said nine people were arrested. The students' federation, which organised the march, said most participants had been peaceful and that police had charged the crowd without reason.
"""


def test_a_march_that_turned_violent_is_a_riot_whatever_the_police_did(detect):
    drafts = detect(CROWD_TURNS_VIOLENT)
    march = [d for d in drafts if "Santiago" in text_of(d)]
    assert len(march) == 1 and march[0].record.sub_event_type == "Violent demonstration"
