"""Fatality counts, session 12: a result told after a comma under a verb of marching, the place a figure was
given, and the same figure told for other victims of another event. My own example sentences."""

from datetime import date

import pytest

from conftest import fatality_record


def run(counter, text, sub="Excessive force against protesters", etype="Protests"):
    return fatality_record(counter, text, etype, sub)


@pytest.mark.parametrize("text, expected", [
    # the parser hangs ', killing ...' on the marchers' verb: still what the police did, not what a march was about
    ("In Kenema, police opened fire on a group of students who were marching along the main road beating drums "
     "and chanting, killing one of them and wounding four.", 1),
    ("In Bo, soldiers fired on a column of traders who were marching to the district office waving placards and "
     "singing, killing one of them and wounding three.", 1),
    ("Officers shot at a crowd of youths who were marching past the stadium singing, killing two of them.", 2),
])
def test_a_result_after_a_comma_is_no_topic_of_the_march(counter, text, expected):
    assert run(counter, text).fatalities == expected


@pytest.mark.parametrize("text", [
    # a death that is what a march was about stays none of its deaths
    "Hundreds of residents marched through the town on Monday, demanding justice for a trader killed by police.",
    "Protesters marched to the police station, condemning the killing of a student last week.",
])
def test_a_death_a_march_is_about_is_still_none(counter, text):
    assert run(counter, text, sub="Violent demonstration", etype="Riots").fatalities == 0


def events(pipeline, text, published):
    return pipeline.extract(text, published=published)


def test_the_place_a_figure_was_given_is_not_where_the_dead_were(pipeline):
    text = ("Troops clashed with rebels in the hills near Beni on Monday, the army said.\n\n"
            "Three soldiers were killed in the fighting, an army spokesman told reporters in Kinshasa.")
    [clash] = events(pipeline, text, date(2024, 3, 8))
    assert clash.location == "Beni"
    assert clash.fatalities == 3


def test_the_same_figure_for_other_sides_victims_is_no_retelling(pipeline):
    text = ("A roadside bomb struck a police truck in Mogadishu on Thursday, killing two officers and a bystander, "
            "police said.\n\n"
            "The army said it carried out an air strike on Wednesday in the forest near Jilib. Three al-Shabaab "
            "operatives were killed in the strike, the army said in a statement.")
    by_place = {e.location: e.fatalities for e in events(pipeline, text, date(2024, 5, 17))}
    assert by_place == {"Mogadishu": 3, "Jilib": 3}


@pytest.mark.parametrize("text, expected", [
    # two words for one person under a singular verb
    ("A teacher and activist was shot dead by gunmen on Monday.", 1),
    ("A local journalist and human rights defender was killed in an attack on his home.", 1),
    # two people
    ("A man and woman were killed when gunmen opened fire on their car.", 2),
    ("A teacher and a pupil were shot dead in the attack.", 2),
])
def test_one_person_with_two_titles(counter, text, expected):
    assert run(counter, text, sub="Attack", etype="Violence against civilians").fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # what air defences shoot down are no people
    ("Air defences shot down several aerial targets over the city on Sunday night.", 0),
    ("Soldiers fired a missile at a drone near the town, shooting it down.", 0),
    ("Troops fired at a helicopter and shot it down, killing both pilots.", 2),
    ("Police shot down two robbers who tried to flee.", 2),
])
def test_things_shot_down(counter, text, expected):
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # 'they' opening the sentence after one that numbers them
    ("Two gunmen opened fire on a police checkpoint near the market. They were killed when officers fired back.", 2),
    ("Soldiers arrested three suspects in the raid. They were later shot dead while trying to escape, the army "
     "said.", 3),
    # no numbered people before: nothing to count
    ("Protesters blocked the road for hours. They were dispersed by police.", 0),
])
def test_they_stands_for_the_people_numbered_before(counter, text, expected):
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # the number after 'among' is all the dead
    ("Two policemen were among 10 people killed in the attack.", 10),
    ("A child was among the 10 people killed in the attack.", 10),
    ("Two policemen were among at least 10 people who died in the attack.", 10),
    # without one, the subject names some of the dead
    ("Two soldiers were among those killed.", 2),
])
def test_a_number_among_the_dead_is_the_toll(counter, text, expected):
    assert run(counter, text, sub="Attack", etype="Violence against civilians").fatalities == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops killed 15 militants and lost three of their own men.", 18),
    ("The army lost three of its soldiers in the clash.", 3),
    ("The rebels lost four of their commanders in the air strike.", 4),
    ("The company lost three of its trucks in the ambush.", 0),
])
def test_a_side_losing_some_of_its_people(counter, text, expected):
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == expected
