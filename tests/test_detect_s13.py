"""Session 13 cue indicators of the type model's second stage, on news-style sentences written for these tests."""

import pytest

from newsevents.type_model import type_model


@pytest.fixture(scope="module")
def cues(pipeline):
    return lambda text: pipeline.detector.cue_features(pipeline.nlp(text))


def test_roles_told_together_are_one_cue(cues):
    # a protest told together with violence says riot, which neither role says alone
    found = cues("On 5 May 2021, hundreds of students protested in Lome against fee rises and pelted police officers "
                 "with stones; two officers were injured.")
    assert found["told:protest&violence"] == 1.0


def test_pairs_name_each_two_roles_once_in_a_fixed_order(cues):
    found = cues("On 5 May 2021, soldiers clashed with militants near Djibo and arrested four suspects.")
    assert found["told:Armed clash&Arrests"] == 1.0
    assert "told:Arrests&Armed clash" not in found


def test_a_lone_role_makes_no_pair(cues):
    found = cues("On 5 May 2021, teachers marched peacefully through Kaya to demand unpaid wages.")
    assert not any(name.startswith("told:") for name in found)


def test_a_negated_role_is_not_paired(cues):
    # 'no clashes took place': the clash is not told, so it is no partner of the march
    found = cues("On 5 May 2021, residents said no clashes took place when teachers marched through Kaya.")
    assert "hedged:Armed clash" in found
    assert not any(name.startswith("told:") for name in found)


def test_shipped_model_weighs_roles_told_together():
    assert "told:protest&violence" in type_model().cue_names
