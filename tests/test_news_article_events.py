"""Which sentences of a whole news article become which events: round-ups with sub-headings, a second event
told in a clause of the lead, an earlier incident told in full in a time clause, how the unrest began, the toll
a hospital gives, a rally in another city, looting after a takeover. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return sorted(d.record.sub_event_type for d in drafts)


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


ROUND_UP = """Somalia security digest: bomb in Baidoa, clash near Jowhar

MOGADISHU, 12 May 2023 - Several incidents were reported across southern Somalia this week, officials said. Here is an overview.

Bomb near Baidoa market
Four civilians were killed on Monday when an improvised explosive device went off near the livestock market in Baidoa, a police officer said. Al-Shabaab did not comment on the blast.

Fighting near Jowhar
Government troops and al-Shabaab fighters fought for several hours on Wednesday near the village of Kalagoye, north of Jowhar, killing six militants and two soldiers, the regional administration said. The army said it had pushed the militants back into the forest.

Background
Al-Shabaab has fought the federal government for more than fifteen years. In 2017, a truck bomb in Mogadishu killed more than 500 people, the deadliest attack in the country's history.
"""


def test_each_section_of_a_round_up_tells_its_own_event(detect):
    drafts = detect(ROUND_UP)
    assert subs(drafts) == ["Armed clash", "Remote explosive/landmine/IED"]
    bomb = next(d for d in drafts if d.record.sub_event_type.startswith("Remote"))
    clash = next(d for d in drafts if d.record.sub_event_type == "Armed clash")
    assert "Jowhar" not in text_of(bomb) and "Baidoa" not in text_of(clash)
    # the background section's truck bomb is no event, nor part of one
    assert not any("truck bomb" in text_of(d) for d in drafts)


ONE_HEADING = """Gunmen attack village in Zamfara

GUSAU, Nigeria - Gunmen on motorcycles attacked the village of Kanoma in Zamfara state on Sunday, killing nine residents, police said.

What residents saw
Residents said the attackers arrived at dawn and fired on people leaving the mosque before setting houses on fire.
"""


def test_a_single_sub_heading_does_not_split_an_article(detect):
    drafts = detect(ONE_HEADING)
    assert len(drafts) == 1


ARREST_THEN_AMBUSH = """Police arrest gang leader in Michoacan; officers ambushed a day later

MORELIA, Mexico - Federal police arrested the leader of a local gang in the town of Apatzingan on Tuesday, and a day later gunmen ambushed a police convoy on the road to Buenavista, killing three officers, the state prosecutor said.

The arrested man was flown to Mexico City, the prosecutor's office said in a statement.
"""


def test_an_arrest_and_an_ambush_by_other_doers_in_one_sentence_are_two_events(detect):
    drafts = detect(ARREST_THEN_AMBUSH)
    assert subs(drafts) == ["Armed clash", "Arrests"]


BOMB_A_DAY_BEFORE = """Soldiers clash with militants in Lanao del Sur

MARAWI, Philippines - Two soldiers were wounded in a gunfight with Dawlah Islamiyah militants in the town of Butig on Tuesday, the army said.

The army said the militants fled into the forest after the exchange of fire, which lasted about half an hour.

The clash came a day after a grenade exploded outside a bakery in Marawi city, wounding three customers, police said.
"""


def test_an_incident_told_in_full_in_a_time_clause_on_another_day_is_another_event(detect):
    drafts = detect(BOMB_A_DAY_BEFORE)
    assert subs(drafts) == ["Armed clash", "Grenade"]
    clash = next(d for d in drafts if d.record.sub_event_type == "Armed clash")
    grenade = next(d for d in drafts if d.record.sub_event_type == "Grenade")
    assert "Butig" in clash.sentences[0].text and "bakery" in grenade.sentences[0].text


def test_an_incident_named_only_to_place_another_in_time_is_no_event(detect):
    drafts = detect("Soldiers clash with militants in Butig\n\nMARAWI, Philippines - Two soldiers were wounded in a "
                    "gunfight with militants in the town of Butig on Tuesday, the army said.\n\n"
                    "The clash came two days after a grenade attack in Marawi.\n")
    assert subs(drafts) == ["Armed clash"]


UNREST_ORIGIN = """Two killed as police fire on protesters in Nigerien town

NIAMEY, Niger - Police fired on protesters in the town of Tahoua on Saturday, killing two people, a local rights group said.

The demonstrators had blocked the main road and burned tyres to demand the release of a jailed opposition leader.

The protests erupted after the arrest on Tuesday of the opposition leader, who was detained by gendarmes in Niamey over a speech criticising the government.

Roadblocks by protesters have been reported since Wednesday in at least four other towns.
"""


def test_how_the_unrest_began_is_no_event(detect):
    drafts = detect(UNREST_ORIGIN, published=date(2023, 5, 8))
    assert len(drafts) == 1
    assert "erupted" not in text_of(drafts[0]) and "since Wednesday" not in text_of(drafts[0])


CONTEXT_RECAP = """Drone strike kills two on Lebanese border road

BEIRUT - An Israeli drone struck a motorcycle near the village of Aitaroun on Tuesday afternoon, killing two men, Lebanon's state news agency said.

Hezbollah said the two were its members.

Exchanges of fire along the border began on 8 October, a day after the Hamas attack on southern Israel.
"""


def test_when_the_war_began_weeks_ago_is_no_event(detect):
    drafts = detect(CONTEXT_RECAP, published=date(2023, 11, 21))
    assert subs(drafts) == ["Air/drone strike"]


def test_clashes_that_erupted_after_a_march_in_the_lead_are_the_news(detect):
    drafts = detect("Clashes in Conakry\n\nCONAKRY - Clashes erupted after police tried to stop an opposition march "
                    "in the Ratoma district on Thursday, witnesses said.\n", published=date(2023, 5, 12))
    assert len(drafts) == 1


HOSPITAL_TOLL = """Fighting in Ethiopian town

ADDIS ABABA - Heavy fighting broke out on Saturday in the town of Dembi Dolo between government troops and rebel fighters, residents said.

Residents said the rebels entered the outskirts of the town before withdrawing in the evening.

A nurse at Dembi Dolo General Hospital said the hospital had received six bodies by Sunday morning and was treating at least 15 wounded people.
"""


def test_the_wounded_a_hospital_treats_are_the_toll_of_the_fighting(detect):
    drafts = detect(HOSPITAL_TOLL)
    assert subs(drafts) == ["Armed clash"]
    assert "wounded people" in text_of(drafts[0])


RALLY_IN_THE_CAPITAL = """Opposition activist killed in clash with police

DHAKA - An opposition activist was killed on Thursday when supporters of the party clashed with police in Gazipur, north of the capital.

Jamal Uddin, 24, was taken to Dhaka Medical College Hospital with a head wound and died on the way, his family said.

"The police attacked our peaceful programme," a party leader told reporters in Dhaka.

In Dhaka, thousands of party supporters held a rally outside the party's headquarters on Thursday afternoon to mark its anniversary.
"""


def test_a_rally_in_another_city_is_another_event_though_the_city_was_named_before(detect):
    drafts = detect(RALLY_IN_THE_CAPITAL)
    assert len(drafts) == 2
    rally = next(d for d in drafts if "thousands of party supporters" in d.sentences[0].text)
    assert rally.record.event_type == "Protests"
    clash = next(d for d in drafts if d is not rally)
    assert "Jamal Uddin" in text_of(clash)  # an age is no date of its own


TAKEOVER_AND_LOOTING = """Rebels take control of Congolese town; shops looted

GOMA - M23 rebels took control of the town of Rubaya in North Kivu on Tuesday after government soldiers withdrew, residents said.

A rebel spokesman said on Tuesday evening that their fighters had 'liberated' the town.

Residents said the rebels entered the town centre in the afternoon, meeting little resistance.

The army did not comment.

On Wednesday morning, rebel fighters looted shops in the central market and seized motorcycles from residents, according to two traders who fled the town.
"""


def test_looting_told_afresh_on_its_own_day_after_a_takeover_is_another_event(detect):
    drafts = detect(TAKEOVER_AND_LOOTING, published=date(2023, 5, 11))
    assert subs(drafts) == ["Looting/property destruction", "Non-state actor overtakes territory"]
    takeover = next(d for d in drafts if d.record.sub_event_type.startswith("Non-state"))
    assert "liberated" in text_of(takeover)  # the rebels' own word for the takeover retells it


LIVE_ENTRIES = """Sudan war live: strike on El Fasher market; RSF shells Omdurman

09:40 Drone strike hits El Fasher market
A drone struck the main market of El Fasher in North Darfur on Sunday morning, killing at least nine traders and wounding dozens, a local medical group said.

08:15 Shelling in Omdurman
The Rapid Support Forces shelled homes in the Karari district of Omdurman overnight, killing three people, residents said on Sunday.
"""


def test_each_timed_entry_of_a_live_page_tells_its_own_event(detect):
    drafts = detect(LIVE_ENTRIES)
    assert subs(drafts) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    drone = next(d for d in drafts if d.record.sub_event_type == "Air/drone strike")
    assert "Omdurman" not in text_of(drone)


RAID_WITH_ARSON = """Insurgents raid coastal village in Cabo Delgado

PEMBA, Mozambique - Islamist insurgents attacked the fishing village of Pangane in Macomia district on Thursday, beheading two men and setting fire to dozens of houses, residents said.

Most residents fled into the bush or by boat to nearby islands, a local official said.
"""


def test_houses_burned_by_raiders_in_the_course_of_their_attack_are_no_riot(detect):
    drafts = detect(RAID_WITH_ARSON)
    assert [d.record.event_type for d in drafts] == ["Violence against civilians"]


EXPLAINER_SECTIONS = """Rebels seize Congolese mining town

GOMA - M23 rebels seized the mining town of Rubaya in North Kivu province on Tuesday after two days of fighting with the army and allied militias, residents and local officials said.

Who are the rebels
The M23 is a mostly Tutsi-led group that has fought the government intermittently since 2012, and United Nations experts say it is backed by Rwanda, which denies it. Its attacks on army positions have displaced hundreds of thousands of people in North Kivu.

What comes next
Regional leaders are due to meet in Luanda next week to discuss a ceasefire, and the army has vowed to retake all territory lost to the rebels in the province.
"""


def test_the_sections_of_an_explainer_add_no_events(detect):
    drafts = detect(EXPLAINER_SECTIONS)
    assert len(drafts) == 1


RAID_THEN_RESCUE = """Nigeria: bandits abduct 30 in Zamfara, troops kill 10 bandits in Katsina

GUSAU, Nigeria - Armed bandits abducted at least 30 people, most of them women and children, in a night raid on the village of Dansadau in Zamfara state on Tuesday, residents said.

"They came at around midnight and went from house to house," said a resident, Sani Musa.

On Wednesday, soldiers killed 10 bandits and rescued 15 kidnapped travellers in an operation in the Faskari area of neighbouring Katsina state, the army said in a statement.
"""


def test_a_date_told_before_the_closing_attribution_dates_the_report_and_kidnapped_only_describes(detect):
    # '..., residents said', '..., the army said in a statement': the days are the incidents', so the rescue a
    # day later is another event, and the 'kidnapped travellers' it freed make it no abduction
    drafts = detect(RAID_THEN_RESCUE)
    assert subs(drafts) == ["Abduction/forced disappearance", "Armed clash"]


SHELLING_AND_STRIKES = """Sudan: RSF shelling kills 12 in El Fasher, army air strikes hit Nyala

KHARTOUM - Shelling by the Rapid Support Forces on residential districts of El Fasher killed 12 civilians on Sunday, a local resistance committee said.

The army carried out air strikes on RSF positions in Nyala, the capital of South Darfur, on the same day, residents said. There was no immediate word on casualties.
"""


def test_the_army_striking_elsewhere_is_told_afresh(detect):
    # 'the army', 'the Rapid Support Forces' name a force, not the doers of an event told before
    drafts = detect(SHELLING_AND_STRIKES)
    assert subs(drafts) == ["Air/drone strike", "Shelling/artillery/missile attack"]


RALLY_AND_RIOT = """Thousands rally in Dakar after opposition leader's arrest

DAKAR, Senegal - Thousands of opposition supporters rallied in central Dakar on Friday to demand the release of opposition leader Ousmane Sonko, witnesses said.

Police fired tear gas to disperse the crowd when some protesters tried to march towards the presidential palace, witnesses said.

In the southern city of Ziguinchor, Sonko's stronghold, young men burned tyres and blocked roads, residents said.
"""


def test_a_town_named_after_its_kind_opening_a_sentence_sets_the_scene_for_another_event(detect):
    drafts = detect(RALLY_AND_RIOT)
    assert sorted(d.record.event_type for d in drafts) == ["Protests", "Riots"]
    riot = next(d for d in drafts if d.record.event_type == "Riots")
    assert "Ziguinchor" in riot.sentences[0].text and "Dakar" not in text_of(riot)


FEATURE_OPENING = """'Nothing left': soldiers burn homes in Magway villages

Daw Aye Aye, 61, had lived in the same wooden house in the village of Kyauk Sein all her life.

Last Friday she watched from the edge of the forest as it burned.

Soldiers from a column of about 60 troops entered four villages in Gangaw township on Friday and set fire to more than 150 houses, according to residents and a local resistance group.

Nobody was killed, residents said, because most villagers had fled when they heard the troops approaching.
"""


def test_a_features_opening_scene_does_not_anchor_the_event_it_leads_into(detect):
    drafts = detect(FEATURE_OPENING, published=date(2023, 6, 5))
    assert len(drafts) == 1
    assert drafts[0].sentences[0].text.startswith("Soldiers from a column")
    assert drafts[0].record.sub_event_type == "Looting/property destruction"


REPORT_WITH_SUB_HEADINGS = """Suicide bombing kills 25 at Peshawar mosque

PESHAWAR, Pakistan - A suicide bomber blew himself up inside a crowded mosque in the police lines area of Peshawar during afternoon prayers on Monday, killing at least 25 people, most of them police officers, officials said.

What happened
The bomber was standing in the front row when he detonated his explosives, a police official said. Part of the roof collapsed, trapping dozens of worshippers under the rubble.

Reaction
Prime Minister Shehbaz Sharif condemned the attack and vowed to punish those responsible.

Background
Militant attacks have surged in Khyber Pakhtunkhwa province since the Pakistani Taliban ended a ceasefire with the government in November. In 2022, a bombing at a Shia mosque in Peshawar killed more than 60 people.
"""


def test_a_report_with_sub_headings_is_one_event_told_by_its_lead(detect):
    # the intro tells the incident on its own day: the lead, not a round-up's summary; the reaction refers back
    drafts = detect(REPORT_WITH_SUB_HEADINGS)
    assert subs(drafts) == ["Suicide bomb"]
    assert drafts[0].sentences[0].text.startswith("A suicide bomber blew himself up")
    assert "condemned the attack" in text_of(drafts[0]) and "Shia mosque" not in text_of(drafts[0])


RAID_AND_ABDUCTION = """Congo: ADF rebels kill 12 in Beni territory

BENI, Democratic Republic of Congo - Suspected Allied Democratic Forces rebels killed 12 people with machetes in a night raid on the village of Mamove in Beni territory on Sunday, local officials said.

Also on Sunday, the rebels abducted six farmers near Oicha, about 30 km north, a civil society leader said.

The army said it was pursuing the attackers.
"""


def test_the_same_doers_acting_otherwise_at_another_place_is_another_event(detect):
    drafts = detect(RAID_AND_ABDUCTION)
    assert subs(drafts) == ["Abduction/forced disappearance", "Attack"]


def test_a_lead_that_tells_the_protests_erupted_after_a_killing_is_the_news(detect):
    drafts = detect("Protests in Mathare\n\nNAIROBI - The protests erupted after police shot dead a 17-year-old boy in "
                    "the Mathare slum on Monday, witnesses said, and hundreds of residents blocked roads and burned "
                    "tyres.\n\nPolice fired tear gas to disperse the crowds.\n")
    assert len(drafts) == 1


RAID_WITH_GUN_BATTLES = """Israeli raid in Jenin kills three Palestinians

JENIN, West Bank - Israeli forces killed three Palestinians during a raid on the Jenin refugee camp in the occupied West Bank on Thursday, the Palestinian health ministry said.

The Israeli military said two suspects were arrested.

Witnesses said armoured vehicles entered the camp before dawn and that gun battles lasted several hours.
"""


def test_gun_battles_during_a_raid_told_before_are_that_raid(detect):
    drafts = detect(RAID_WITH_GUN_BATTLES)
    assert len(drafts) == 1 and "gun battles" in text_of(drafts[0])
