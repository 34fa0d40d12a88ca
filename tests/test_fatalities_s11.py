"""Fatality counts, session 11: victims a statement tells, parsed as hanging on the statement noun. My own example
sentences."""

import pytest

from conftest import fatality_record


def run(counter, text, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence"):
    return fatality_record(counter, text, etype, sub)


@pytest.mark.parametrize("text, expected", [
    # the victims a communiqué tells are not the communiqué
    ("A patrol hit a mine near Gossi on Monday. The defence ministry said in a statement three soldiers killed and "
     "five injured.", 3),
    ("A bus struck a landmine outside Kidal. The governor's office said in a statement three passengers killed "
     "and nine injured.", 3),
])
def test_victims_told_in_a_statement(counter, text, expected):
    assert run(counter, text).fatalities == expected


@pytest.mark.parametrize("text, expected", [
    # a group's figure for the same victims that the report says the government rejected adds nothing, even when the
    # group's name reads like a side of the dead (an 'Army' claiming to have killed 'personnel')
    ("Gunmen shot dead five men from Sindh at a road block near Turbat on Friday, police said. The Baloch Liberation "
     "Army said it had killed 11 personnel of the security forces in plain clothes, a claim the provincial government "
     "rejected.", 5),
    # other victims, with no rejection, still add
    ("Rebels ambushed an army convoy near Beni, killing four soldiers, the army said. Two rebels were also killed "
     "in the fighting.", 6),
])
def test_a_rejected_claim_is_no_figure(counter, text, expected):
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == expected
