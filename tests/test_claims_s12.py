"""Claims, session 12: whether a sentence claims an attack (what grouping asks before joining a later claim to the
attack told before). Sentences written for these tests."""

import pytest

from newsevents import nlp
from newsevents.claims import ClaimResolver


@pytest.fixture(scope="module")
def resolver():
    return ClaimResolver()


def claims(resolver, text) -> bool:
    return resolver.claims_responsibility(next(nlp.load()(text).sents))


def test_a_group_claiming_the_attack_claims_it(resolver):
    assert claims(resolver, "On Tuesday, the group claimed the attack in a message on its channels.")
    assert claims(resolver, "Al-Shabaab later took responsibility for the blast.")


def test_no_one_claiming_and_an_army_telling_its_own_action_claim_nothing(resolver):
    assert not claims(resolver, "No group has claimed responsibility for the attack.")
    assert not claims(resolver, "The army said its troops had killed twenty militants in the forest.")
    assert not claims(resolver, "Gunmen killed four traders near the market on Saturday.")
