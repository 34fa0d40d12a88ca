"""Actors stage, session 19 (news articles): how journalists tell the sides of a fight and who faces a riot.
Example sentences written for these tests."""

from datetime import date


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


def test_unnamed_men_who_opened_the_fight_are_the_group_the_battle_names(pipeline):
    # the battle's sentence names the group as the other side of the troops; a later sentence tells
    # unnamed armed men firing first: they are that group, not an unidentified armed group
    text = ("Two suspected members of the Abu Sayyaf Group (ASG) were killed in a clash with government troops near "
            "Sumisip, Basilan on Thursday, the military said. The brigade commander said soldiers on patrol were "
            "fired upon by five armed men and returned fire.")
    found = events(pipeline, text, date(2024, 4, 26))
    assert found and found[0].event_type == "Battles"
    assert found[0].actor1 == "ASG: Abu Sayyaf Group"
    assert found[0].actor2.startswith("Military Forces of the Philippines")


def test_unnamed_attackers_of_a_patrol_become_the_named_side(pipeline):
    text = ("Two fighters of Al Shabaab were killed in fighting with Somali troops near Jowhar on Monday, the army "
            "said. Officers said the troops were ambushed by gunmen at dawn and fought back for an hour.")
    found = events(pipeline, text, date(2023, 5, 10))
    assert found and found[0].event_type == "Battles"
    assert found[0].actor1 == "Al Shabaab"
    assert found[0].actor2.startswith("Military Forces of Somalia")


def test_soldiers_who_fire_on_the_crowd_face_the_riot_not_police_it_stoned_later(pipeline):
    # the event's sentence tells soldiers clearing the crowd with live bullets; the next tells the youths
    # stoning a police patrol earlier: the soldiers are the riot's actor2
    text = ("One man was killed in Masaka, Uganda, on Thursday morning when soldiers fired live bullets to clear "
            "young people who had blocked the highway with burning tyres and stones. The youths had pelted a police "
            "patrol with stones before the army arrived.")
    found = events(pipeline, text, date(2020, 11, 19))
    riots = [e for e in found if e.event_type == "Riots"]
    assert riots and riots[0].actor1 == "Rioters (Uganda)"
    assert riots[0].actor2.startswith("Military Forces of Uganda")


def test_a_side_told_only_threatening_revenge_leaves_the_civilians_hit(pipeline):
    # civilians killed where the strike is told; a later sentence has a government vow revenge (neither hit nor
    # acting in the strike) and an official claim the strike aimed at a group: the strike hit civilians
    text = ("Pakistani aircraft struck two villages in the Barmal district of Afghanistan's Paktika province on "
            "Monday night, killing six civilians, a spokesman for the Taliban government said. The spokesman warned "
            "that the Islamic Emirate would not leave the attack unanswered. A Pakistani security official said the "
            "strikes had targeted hideouts of the Tehreek-e-Taliban Pakistan (TTP).")
    found = events(pipeline, text, date(2024, 8, 16))
    strikes = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1.startswith("Military Forces of Pakistan")
    assert strikes[0].actor2 == "Civilians (Afghanistan)"


def test_people_arrested_as_members_of_an_extortion_ring_are_a_gang(pipeline):
    text = ("Police and soldiers detained 14 suspected members of an extortion ring during raids on houses across "
            "Esmeraldas, Ecuador, on Thursday, the interior ministry said.")
    found = events(pipeline, text, date(2024, 1, 20))
    arrests = [e for e in found if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor2 == "Unidentified Gang (Ecuador)"


def test_a_state_of_emergency_names_no_aid_group():
    # 'EMERGENCY' is an aid group's name as ACLED writes it, in capitals; the common noun is no mention of it
    from newsevents import nlp
    from newsevents.actors import ActorResolver

    doc = nlp.load()("Police detained 14 people in Esmeraldas on Thursday under the state of emergency declared "
                     "by the government.")
    keys = {m.key for m in ActorResolver().find_mentions(doc)}
    assert "EMERGENCY" not in keys
