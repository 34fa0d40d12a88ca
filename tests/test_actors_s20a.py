"""Actors stage, session 20 (news articles): a group's part named after it, the sides of a peace deal
between peoples, a politician arrested as his party, a claim of a town's capture. Example sentences
written for these tests (names of people and tribes invented)."""

from datetime import date


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


def of_sub(found, sub):
    return [e for e in found if e.sub_event_type == sub]


def test_the_faction_of_a_named_group_is_that_group(pipeline):
    # "the faction of the X" names the group; the word 'faction' is no unnamed armed group of its own
    text = ("The army said on Friday that its troops had taken control of two guerrilla camps in the mountains near "
            "Tame, after an offensive against the faction of the National Liberation Army (ELN) led by its eastern "
            "commander.")
    found = events(pipeline, text, date(2022, 5, 14))
    assert found and found[0].event_type == "Battles"
    assert found[0].actor1.startswith("Military Forces of Colombia")
    assert found[0].actor2 == "ELN: National Liberation Army"


def test_leaders_of_the_two_tribes_agree_between_the_tribes_told_before(pipeline):
    # the deal names its sides only as 'the two tribes'; the article told them fighting before; the police
    # station is the venue, no side
    text = ("Four men were killed on Sunday when fighting broke out between the Kola and Yambu tribes near Laiagam "
            "in Enga Province, police said.\n\nTwo days later, armed Yambu men burned twelve houses at a Kola hamlet "
            "near Wabag.\n\nOn Thursday, leaders of the two tribes signed a peace agreement at the Laiagam police "
            "station in the presence of the district administrator and church leaders.")
    deals = of_sub(events(pipeline, text, date(2023, 10, 20)), "Agreement")
    assert deals
    assert deals[0].actor1 == "Kola Communal Militia (Papua New Guinea)"
    assert deals[0].actor2 == "Yambu Communal Militia (Papua New Guinea)"


def test_a_deal_told_first_in_the_lead_takes_the_tribes_named_after(pipeline):
    # the deal comes first, the tribes are named further down; one tribe told twice ('the Sunni Kheli tribe',
    # 'the Kheli ... tribes') is one side
    text = ("Elders broker truce in Orakzai\n\nA jirga of tribal elders agreed a ten-day ceasefire in Hangu, in "
            "Pakistan's Khyber Pakhtunkhwa province, on Tuesday between the warring tribes of Orakzai district, after "
            "a week of fighting.\n\nMost of the people killed last week belonged to the Sunni Kheli tribe, officials "
            "said.\n\nOn Saturday, lashkars of the Kheli and Zai tribes exchanged fire with mortars near Kalaya.")
    deals = of_sub(events(pipeline, text, date(2024, 8, 1)), "Agreement")
    assert deals
    assert deals[0].actor1 == "Kheli Tribal Militia (Pakistan)"
    assert deals[0].actor2 == "Zai Tribal Militia (Pakistan)"


def test_each_people_named_on_its_leaders_is_a_side_of_the_deal(pipeline):
    text = ("At least five people were killed on Monday in clashes between Nuer gunmen and Murle fighters near the "
            "town of Pibor.\n\nOn Wednesday, Nuer church leaders and Murle elders agreed to a ceasefire at a meeting "
            "in Bor, under which both sides will return abducted children.")
    deals = of_sub(events(pipeline, text, date(2023, 3, 9)), "Agreement")
    assert deals
    assert {deals[0].actor1, deals[0].actor2} == {"Nuer Ethnic Militia (South Sudan)", "Murle Ethnic Militia (South Sudan)"}


def test_a_mayor_arrested_by_name_is_the_party_named_on_his_candidacy(pipeline):
    # the sentence right after the arrest tells of him as 'he' and names the party on his candidacy
    text = ("Protests over detention of Ankara mayor\n\nPolice detained Ankara mayor Mehmet Korkmaz at his home on "
            "Wednesday morning as part of a corruption investigation. He is the government's main rival and was due "
            "to be named the CHP's presidential candidate on Sunday.")
    arrests = of_sub(events(pipeline, text, date(2025, 3, 21)), "Arrests")
    assert arrests and arrests[0].actor1.startswith("Police Forces of Turkey")
    assert arrests[0].actor2 == "CHP: Republican Peoples Party"


def test_an_opposition_candidate_arrested_is_the_one_party_the_article_names(pipeline):
    text = ("Zimbabwe police detain opposition candidate\n\nPolice arrested Tendai Moyo on Tuesday in Gweru, shortly "
            "after he arrived for a campaign meeting, a police spokesman said. Moyo is an opposition candidate in the "
            "by-election.\n\nThe Citizen Coalition for Change (CCC) said on Wednesday that the arrest was an attempt "
            "to stop its campaign. We could not reach the party's spokesman.")
    arrests = of_sub(events(pipeline, text, date(2022, 6, 16)), "Arrests")
    assert arrests and arrests[0].actor2 == "CCC: Citizen Coalition for Change"


def test_a_person_arrested_with_no_tie_to_the_party_named_stays_a_civilian(pipeline):
    text = ("Police arrested businessman John Mwangi at his office in Nakuru on Tuesday over the sale of stolen fuel, "
            "a police statement said.\n\nSeparately, the Orange Democratic Movement (ODM) said the party would hold "
            "its national delegates conference in Mombasa next month.")
    arrests = of_sub(events(pipeline, text, date(2021, 6, 2)), "Arrests")
    assert arrests and arrests[0].actor2 == "Civilians (Kenya)"


def test_a_claim_of_the_capture_names_the_fighters_who_overran_the_town(pipeline):
    text = ("Around 50 fighters stormed the town of Palma early on Monday and overran the small police post after a "
            "brief exchange of fire, residents said.\n\nOn Tuesday, two fishermen were shot dead on the shore near "
            "Macomia, about 60 kilometres away.\n\nThe Islamic State's local branch claimed the capture of Palma on its "
            "Amaq channel on Wednesday.")
    taken = of_sub(events(pipeline, text, date(2021, 3, 25)), "Non-state actor overtakes territory")
    assert taken and taken[0].actor1 == "Islamic State (Mozambique)"


def test_a_claim_of_another_attack_does_not_name_who_took_the_town(pipeline):
    text = ("Around 50 fighters stormed the town of Palma early on Monday and overran the small police post after a "
            "brief exchange of fire, residents said.\n\nThe Islamic State claimed an attack on a military convoy near "
            "Mueda on Wednesday, killing four soldiers.")
    taken = of_sub(events(pipeline, text, date(2021, 3, 25)), "Non-state actor overtakes territory")
    assert taken and taken[0].actor1 == "Unidentified Armed Group (Mozambique)"
