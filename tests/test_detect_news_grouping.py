"""Which sentences of a news article are events of their own, which retell one already told, and which are
background: articles written for these tests, one per cause of a missed or extra event."""

from datetime import date

import pytest

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text

PUBLISHED = date(2024, 3, 12)  # a Tuesday


def subs(drafts):
    return [d.record.sub_event_type for d in drafts]


def sentences_of(draft):
    return " ".join(s.text for s in draft.sentences)


def holding(drafts, fragment):
    return [d for d in drafts if fragment in sentences_of(d)]


# ---- background taken for an event ---------------------------------------------------------------
ANALYSIS_OF_EARLIER_SHOOTING = """Police kill protester in Nairobi

NAIROBI — Police shot dead a protester during demonstrations over police brutality in the Kibera slum of Nairobi on Monday, witnesses said.

Analysts say anger has been building since officers shot and killed three men in Mathare last month.
"""


EARLIER_UNLOCATED_SHOOTING = """Police fire tear gas at opposition supporters in Dakar

DAKAR — Police fired tear gas at hundreds of opposition supporters who burned tyres in the Medina district of Dakar on Friday, witnesses said.

Security forces shot dead two protesters during similar protests last month, rights groups say.
"""


NATIONWIDE_ARRESTS = """Protesters clash with police in Tehran

DUBAI — Protesters clashed with security forces in the Iranian capital Tehran on Monday night, setting fire to a police vehicle, witnesses said.

Security forces arrested hundreds of protesters nationwide on Tuesday, state media reported.
"""

# (article, words of the news event's anchor, words of the background sentence)
BACKGROUND = [
    (ANALYSIS_OF_EARLIER_SHOOTING, "Kibera", "Mathare"),  # recalled in analysis, inside a 'since' clause
    (EARLIER_UNLOCATED_SHOOTING, "Medina", "last month"),  # an earlier incident without a place of its own
    (NATIONWIDE_ARRESTS, "Tehran", "nationwide"),  # a count over the whole country
]


@pytest.mark.parametrize("text,news,background", BACKGROUND)
def test_background_told_after_the_lead_is_no_event(detect, text, news, background):
    drafts = detect(text, PUBLISHED)
    assert len(drafts) == 1 and news in drafts[0].anchor.text
    assert not holding(drafts, background)


ARRESTS_TOLD_NEXT_DAY = """Police fire tear gas at opposition supporters in Dakar

DAKAR — Police fired tear gas at hundreds of opposition supporters who burned tyres in the Medina district of Dakar on Friday, witnesses said.

Police said on Saturday they had arrested 45 people during the unrest.
"""


def test_arrests_made_during_the_unrest_and_told_the_next_day_belong_to_it(detect):
    # the statement's day ('said on Saturday') is not the day of another incident
    drafts = detect(ARRESTS_TOLD_NEXT_DAY, PUBLISHED)
    assert len(drafts) == 1
    assert "arrested 45 people" in sentences_of(drafts[0])


# ---- a follow-up statement made into a second event ---------------------------------------------------
CLAIM_OF_RESPONSIBILITY = """Islamic State claims Mozambique attack

MAPUTO — Insurgents attacked the town of Macomia in Cabo Delgado province on Friday, killing at least 10 soldiers, local sources said.

On Saturday, the Islamic State group claimed responsibility, saying its fighters had killed 20 Mozambican soldiers.
"""


def test_a_claim_of_responsibility_dated_the_next_day_retells_the_attack(detect):
    drafts = detect(CLAIM_OF_RESPONSIBILITY, PUBLISHED)
    assert len(drafts) == 1
    assert "claimed responsibility" in sentences_of(drafts[0])


# ---- a second event of the article missed --------------------------------------------------------
ARREST_THEN_RIOT = """Youths riot after arrest of activist in Senegal

DAKAR, Senegal — Police detained opposition activist Ousmane Diallo in Dakar on Friday, and a day after, youths rioted in the Ziguinchor neighbourhood, burning tyres and throwing stones at police.
"""


def test_an_arrest_and_a_riot_told_in_coordinated_clauses_are_two_events(detect):
    drafts = detect(ARREST_THEN_RIOT, PUBLISHED)
    assert sorted(subs(drafts)) == ["Arrests", "Violent demonstration"]


MARCH_IN_ANOTHER_TOWN = """Thousands march in Kampala against fuel prices

KAMPALA, Uganda — Thousands of people marched through central Kampala on Monday to protest against a sharp rise in fuel prices, chanting slogans against the government.

Hundreds also marched in the northern town of Gulu, carrying placards demanding lower prices.
"""

SIMILAR_PROTESTS_ELSEWHERE = """Doctors strike across Kenya

NAIROBI — Striking doctors marched to the health ministry in Nairobi on Wednesday to demand the payment of salary arrears.

Similar protests were held in Kisumu and Mombasa, where doctors blocked roads outside county offices.
"""


ATTACK_CAME_AFTER_ANOTHER = """Gunmen kill nine in attack on Plateau village

JOS, Nigeria — Gunmen killed nine people and burned dozens of homes in an overnight attack on the village of Mangu Halle in Plateau state, police said on Tuesday.

The attackers arrived on motorcycles at about 11 pm on Monday and opened fire on residents, a community leader said.

The attack came two days after suspected herders killed five farmers in the neighbouring Bokkos area, local officials said.
"""


def test_an_attack_told_in_the_after_clause_of_the_attack_told_before_is_another_event(detect):
    drafts = detect(ATTACK_CAME_AFTER_ANOTHER, PUBLISHED)
    assert subs(drafts) == ["Attack", "Attack"]
    assert "Bokkos" in drafts[1].anchor.text and "Mangu" not in drafts[1].anchor.text


@pytest.mark.parametrize("text,elsewhere", [(MARCH_IN_ANOTHER_TOWN, "Gulu"), (SIMILAR_PROTESTS_ELSEWHERE, "Kisumu")])
def test_one_more_protest_of_the_kind_at_another_place_is_another_event(detect, text, elsewhere):
    drafts = detect(text, PUBLISHED)
    assert subs(drafts) == ["Peaceful protest", "Peaceful protest"]
    assert elsewhere in drafts[1].anchor.text and elsewhere not in sentences_of(drafts[0])


MORE_OF_THE_SAME_PROTEST = """Thousands march in Kampala against fuel prices

KAMPALA, Uganda — Thousands of people marched through central Kampala on Monday to protest against a sharp rise in fuel prices.

Some protesters also marched past parliament in Kampala, chanting slogans against the government.
"""


def test_one_more_act_of_the_protest_at_its_own_place_retells_it(detect):
    drafts = detect(MORE_OF_THE_SAME_PROTEST, PUBLISHED)
    assert len(drafts) == 1 and "past parliament" in sentences_of(drafts[0])


WITNESS_TELLS_ANOTHER_RAID = """Villagers flee after attack in Burkina Faso

OUAGADOUGOU — Hundreds of villagers have fled to the town of Kaya after gunmen attacked the village of Dablo on Saturday, killing at least 10 people, local officials said.

"On Sunday they came back to Foube and shot my brother and two of his sons," said Adama Sawadogo, a farmer who fled to Kaya.
"""

WITNESS_RETELLS_THE_RAID = """Villagers flee after attack in Burkina Faso

OUAGADOUGOU — Hundreds of villagers have fled to the town of Kaya after gunmen attacked the village of Dablo on Saturday, killing at least 10 people, local officials said.

"They came on motorbikes on Saturday and shot my brother and two of his sons," said Adama Sawadogo, a farmer who fled to Kaya.
"""


def test_a_witness_quoted_telling_a_raid_on_another_day_tells_another_event(detect):
    drafts = detect(WITNESS_TELLS_ANOTHER_RAID, PUBLISHED)
    assert subs(drafts) == ["Attack", "Attack"]
    assert "Foube" in drafts[1].anchor.text and "Foube" not in sentences_of(drafts[0])


def test_a_witness_quoted_on_the_day_of_the_raid_retells_it(detect):
    drafts = detect(WITNESS_RETELLS_THE_RAID, PUBLISHED)
    assert subs(drafts) == ["Attack"]


MARCH = """Opposition march in Conakry

CONAKRY — Opposition supporters marched in the Guinean capital Conakry on Thursday to demand the release of detained leaders.

"""


@pytest.mark.parametrize("force", [
    "Soldiers opened fire on the marchers near the Bambeto roundabout, killing a young man, witnesses said.",
    '"The soldiers opened fire on us near the Bambeto roundabout and killed a young man," one protester told AFP.',
    "Witnesses said soldiers shot dead a young man near the Bambeto roundabout.",
])
def test_deadly_force_by_the_state_told_after_a_march_makes_it_excessive_force(detect, force):
    drafts = detect(MARCH + force + "\n", PUBLISHED)
    assert subs(drafts) == ["Excessive force against protesters"]


def test_force_met_by_a_rioting_crowd_leaves_it_a_riot(detect):
    text = MARCH + ("Some marchers set fire to a police post and threw stones at officers.\n\n"
                    "Police fired tear gas and shot dead a young man, witnesses said.\n")
    assert subs(detect(text, PUBLISHED)) == ["Violent demonstration"]


# ---- a counter-claim that replaces the event -------------------------------------------------------
TWO_ACCOUNTS = """Army says it repelled attack on base in Mali

BAMAKO, Mali — Jihadist fighters attacked an army camp in Boulkessi in central Mali on Sunday, local officials said.

The army said its troops had repelled the assault and killed 15 assailants, but the al-Qaeda affiliated JNIM said in a statement that its fighters had overrun the camp and killed dozens of soldiers.
"""


def test_one_sides_claim_to_have_overrun_a_camp_against_the_others_account_leaves_the_attack_a_clash(detect):
    drafts = detect(TWO_ACCOUNTS, PUBLISHED)
    assert subs(drafts) == ["Armed clash"]
    assert "overrun the camp" in sentences_of(drafts[0])


# ---- one sentence, two events at two places ------------------------------------------------------------
# (lead sentence, the sub-event types of its events in text order)
TWO_PLACES_ONE_SENTENCE = [
    ("A bomb exploded at a mosque in Kabul on Friday, killing two worshippers, and three people died in a separate "
     "blast in Jalalabad, officials said.", ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]),
    ("Jihadists killed 15 civilians in the village of Seytenga on Saturday and attacked a gendarmerie post in the "
     "nearby town of Dori, security sources said.", ["Attack", "Armed clash"]),
    ("A coalition air strike hit a market in Saada province on Monday, killing 10 civilians, and Houthi rebels fired "
     "missiles at the Saudi city of Jizan, the coalition said.", ["Air/drone strike", "Shelling/artillery/missile attack"]),
    ("Security forces shot dead five protesters in Khartoum on Thursday as tens of thousands also rallied in Omdurman "
     "against military rule.", ["Excessive force against protesters", "Peaceful protest"]),
]


@pytest.mark.parametrize("lead,expected", TWO_PLACES_ONE_SENTENCE)
def test_a_lead_telling_acts_at_two_places_in_clauses_of_their_own_gives_two_events(detect, lead, expected):
    drafts = detect("Violence and unrest\n\n" + lead + "\n", PUBLISHED)
    assert sorted(subs(drafts)) == sorted(expected)


def test_acts_of_one_raid_at_one_place_stay_one_event(detect):
    lead = "Gunmen stormed the village of Kadisau in Zamfara state on Sunday and killed 12 villagers, police said."
    assert subs(detect("Gunmen kill 12 in Zamfara village\n\n" + lead + "\n", PUBLISHED)) == ["Attack"]


# ---- duplicates -------------------------------------------------------------------------------------
EARLIER_ENTRY_RESTATES = """Ukraine war live: Russian missiles hit Kharkiv

14:20 GMT
Russian missiles struck an apartment block in Kharkiv on Tuesday morning, killing five people and wounding 20, the regional governor said.

13:05 GMT
Rescuers are searching the rubble of the building in Kharkiv, where a Russian missile strike killed at least five people.

11:40 GMT
Russian missiles hit Kharkiv this morning. Here is what we know so far: at least three people were killed, officials say.
"""


def test_an_entry_dated_this_morning_retells_the_strike_told_on_the_same_weekday(detect):
    drafts = detect(EARLIER_ENTRY_RESTATES, PUBLISHED)  # published on a Tuesday
    assert subs(drafts) == ["Shelling/artillery/missile attack"]
    assert "this morning" in sentences_of(drafts[0])


THE_MOB_GOES_ON = """Mob attacks police station in Kaduna

KADUNA — An angry mob attacked a police station in the Barnawa area of Kaduna on Monday after a suspect died in custody, police said.

The mob also burned a church and several cars in the nearby Ungwan Rimi district before soldiers restored order.
"""


def test_the_same_mob_burning_a_church_nearby_is_part_of_its_attack(detect):
    drafts = detect(THE_MOB_GOES_ON, PUBLISHED)
    assert len(drafts) == 1 and "burned a church" in sentences_of(drafts[0])


FAR_ENTRY_ELSEWHERE = """Israel-Lebanon border live

16:10
Hezbollah said its fighters fired guided missiles at an Israeli army position near Metula on Tuesday, and the Israeli army said two soldiers were lightly wounded.

14:00
Lebanon's prime minister told reporters the government was doing everything possible to keep the country out of the war.

12:30
The United Nations said its peacekeepers remained in their positions along the border.

11:15
Aid agencies said thousands of families had left their homes in the south since October.

09:30
Israeli artillery shelled the outskirts of Kfar Kila early on Tuesday, a local official said.
"""


def test_a_live_entry_far_below_the_others_telling_shelling_at_its_own_place_is_an_event(detect):
    drafts = detect(FAR_ENTRY_ELSEWHERE, PUBLISHED)
    assert len(drafts) == 2
    assert any("Kfar Kila" in d.anchor.text for d in drafts)


RAID_TOLD_IN_A_REACTION = """Suicide bomber kills 12 at Pakistan police station

PESHAWAR — A suicide bomber blew himself up inside a police station in Bannu in northwestern Pakistan on Monday, killing 12 policemen, officials said.

The interior minister condemned the bombing on Tuesday and said security forces had killed three militants linked to it in a raid in North Waziristan.
"""


def test_a_raid_elsewhere_told_in_the_reaction_to_a_bombing_is_another_event(detect):
    drafts = detect(RAID_TOLD_IN_A_REACTION, PUBLISHED)
    assert sorted(subs(drafts)) == ["Armed clash", "Suicide bomb"]
    bombing = next(d for d in drafts if d.record.sub_event_type == "Suicide bomb")
    assert "condemned the bombing" in sentences_of(bombing)


MARCH_TURNED_VIOLENT_ELSEWHERE = """Thousands protest fuel prices in Nairobi

NAIROBI — Thousands of people marched through central Nairobi on Tuesday to protest against a rise in fuel prices, witnesses said.

Police said the march in Nairobi was peaceful. A similar march in Mombasa turned violent when youths looted shops.
"""


def test_a_similar_march_elsewhere_that_turned_violent_is_a_riot_of_its_own(detect):
    drafts = detect(MARCH_TURNED_VIOLENT_ELSEWHERE, PUBLISHED)
    assert subs(drafts) == ["Peaceful protest", "Violent demonstration"]
    assert "Mombasa" in drafts[1].anchor.text
