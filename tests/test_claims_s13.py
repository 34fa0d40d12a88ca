"""Claims, session 13: a claim told through the statement that makes it ('said in a statement it was behind the
attack'). My own example sentences."""

import pytest

from newsevents import nlp
from newsevents.claims import ClaimResolver


def first_sentence(text):
    return list(nlp.load()(text).sents)[0]


@pytest.mark.parametrize("text", [
    "The Islamic State group said in a statement on Tuesday it was behind the attack on the base.",
    "The group said in a statement that it was behind the attack.",
    "JNIM said in an audio message it had carried out the ambush.",
    "The rebels said in a statement late on Sunday that they had launched the assault on the garrison.",
])
def test_a_claim_told_through_its_statement(text):
    assert ClaimResolver().claims_responsibility(first_sentence(text))


def test_an_army_statement_of_its_own_strikes_is_no_claim():
    text = "The army said in a statement that it had carried out air strikes on rebel positions."
    assert not ClaimResolver().claims_responsibility(first_sentence(text))
