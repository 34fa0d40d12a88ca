"""Fatality counts, session 10: breakdowns, lost subjects, split statements. My own example sentences."""

import pytest

from conftest import fatality_record


def run(counter, text, sub="Attack", etype="Violence against civilians", location=None):
    return fatality_record(counter, text, etype, sub, location)


@pytest.mark.parametrize("text, expected", [
    # bare numbers after a named group that add up to its figure tell how its victims died
    ("On 3 June, soldiers killed 12 herders in the village of Wuro, 9 were killed by summary execution "
     "while 3 died from wounds sustained under torture.", 12),
    ("A mob killed 4 suspected robbers in Kawangware. 2 beat to death and 2 burnt with tyres.", 4),
    # numbers that do not add up to it are other victims
    ("Gunmen killed four farmers near Jos and 3 soldiers were killed in the fighting.", 7),
    # 'one of his companions' is one more victim, not how the first died
    ("Gunmen ambushed a militia convoy near Lodar, killing the commander of the unit and one of his bodyguards.", 2),
    ("A guard taken hostage is killed while the police kill one of the robbers.", 2),
    # a singular passive killing whose subject the parser loses in the names before it
    ("In Tillaberi, 20 km from Ayorou, Moussa Ibrahim Hamani, a local teacher, was killed by two gunshots "
     "and his brother was abducted.", 1),
    # what the doers did next, after 'before': the event's own killing, not the topic of 'demanded'
    ("Unknown men forced their way into the house of a journalist in Eldoret and demanded his laptop "
     "before shooting him dead.", 1),
])
def test_counts(counter, text, expected):
    assert run(counter, text).fatalities == expected


def test_a_toll_coded_across_events_is_shared(counter):
    text = ("On 4 and 5 March, clashes between two clans were reported in three wards of Moyale, which resulted "
            "in 4 deaths (coded across 4 events) and several injuries.")
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == 1


def test_the_police_arriving_after_a_mobs_killings_names_no_death_that_set_it_off(counter):
    text = ("A crowd in the Bel Air neighbourhood of Jacmel beat two men to death after accusing them of theft. "
            "Police arrived after the killings and made no arrests.")
    assert run(counter, text, sub="Mob violence", etype="Riots").fatalities == 2


@pytest.mark.parametrize("text, expected", [
    # 'no civilians were harmed' denies the civilians' deaths only
    ('"Three militants were killed and no civilians were harmed," the command said of the strike near Bu\'aale.', 3),
    ("Two soldiers died in the blast but no civilians were killed.", 2),
    ("No civilians were harmed in the strike, the command said.", 0),
])
def test_a_denial_of_some_victims_leaves_the_others(counter, text, expected):
    assert run(counter, text, sub="Air/drone strike", etype="Explosions/Remote violence").fatalities == expected


def test_a_member_of_an_armed_group_is_of_another_side_than_the_soldiers(counter):
    # the headline's two soldiers are some of the body's three dead, not a lower figure for all of them
    text = ("Two policemen and a member of the armed group Zomi Revolutionary Army were killed on Friday when the "
            "group attacked a police post near Churachandpur. Two policemen killed in attack on post.")
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == 3


def test_the_strikers_account_of_militants_killed_is_another_figure_for_the_civilians_the_other_side_reported(counter):
    text = ("Jets struck houses in the Dand-e-Patan district on Sunday night, killing six civilians, a Taliban "
            "spokesman said. A Pakistani security official said the strikes hit hideouts of militants and killed "
            "20 fighters.")
    assert run(counter, text, sub="Air/drone strike", etype="Explosions/Remote violence").fatalities == 6


def test_a_headline_telling_two_events_gives_each_only_the_deaths_of_its_own_part(pipeline):
    from datetime import date

    text = ("Three Palestinians killed in Nablus raid; settlers torch cars in Burin\n\n"
            "On Tuesday, Israeli troops raided the old city of Nablus and exchanged fire with gunmen. Three "
            "Palestinians were killed.\n\n"
            "On Wednesday, Israeli settlers set fire to three cars in the village of Burin, the village council said.")
    records = pipeline.extract(text, published=date(2024, 9, 6))
    burin = [r for r in records if r.location and "Burin" in r.location]
    nablus = [r for r in records if r.location and "Nablus" in r.location]
    assert burin and burin[0].fatalities == 0
    assert nablus and nablus[0].fatalities == 3


def test_a_doubt_after_a_semicolon_is_about_the_figure_of_its_own_part(counter):
    text = ("The defence ministry said at least five rebels were killed in the fighting; a local official said "
            "nine bodies had been buried, but this could not be confirmed.")
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == 5
