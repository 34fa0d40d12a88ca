"""The statistical event-type model (`newsevents.type_model`): its features, its decision by event type, and the
coding tags of ACLED-style notes that rule sub-types out."""

import numpy as np
import pytest

from newsevents.schema import SUB_TO_TYPE
from newsevents.type_model import TypeModel, best_by_type, char_ngrams, rule_out_by_tags


@pytest.fixture(scope="module")
def model() -> TypeModel:
    return TypeModel()


def _type_share(probs: dict[str, float], kind: str) -> float:
    return sum(p for sub, p in probs.items() if SUB_TO_TYPE[sub] == kind)


def test_short_words_count_once_whole_and_long_words_give_their_ngrams():
    grams = char_ngrams("a riot")
    assert grams.count(" a ") == 1
    assert " r" in grams and "riot " in grams and " riot" in grams


def test_event_type_is_chosen_before_its_sub_type():
    probs = {"Mob violence": 0.3, "Violent demonstration": 0.3, "Peaceful protest": 0.4}
    assert best_by_type(probs) in ("Mob violence", "Violent demonstration")


def test_a_crowd_size_tag_leaves_protests_and_riots_only(model):
    note = ("On 4 May 2023, villagers blocked the road to the mine in Kaliro and fought with the guards of the "
            "company, wounding two guards with machetes; gunmen later shot at the crowd. [size=around 300]")
    probs = model.predict_proba(note)
    assert _type_share(probs, "Protests") + _type_share(probs, "Riots") > 0.999
    assert SUB_TO_TYPE[best_by_type(probs)] in ("Protests", "Riots")


def test_the_same_words_without_the_tag_keep_every_type_open(model):
    note = ("On 4 May 2023, gunmen attacked the guards of the mine in Kaliro with machetes and rifles, "
            "wounding two guards; the soldiers returned fire.")
    probs = model.predict_proba(note)
    assert _type_share(probs, "Protests") + _type_share(probs, "Riots") < 0.5
    assert model.scores(note).tolist() == model.linear_scores(note).tolist()


def test_news_prose_has_no_tags_and_keeps_its_scores():
    classes = ["Armed clash", "Peaceful protest", "Mob violence", "Attack"]
    scores = np.array([1.0, 0.5, 0.2, -0.3])
    sentence = "Hundreds of teachers marched through the capital on Monday to demand the back pay they are owed."
    assert rule_out_by_tags(sentence, scores, classes) is scores
    tagged = rule_out_by_tags(sentence + " [size=hundreds]", scores, classes)
    assert tagged[1] == scores[1] and tagged[2] == scores[2]
    assert tagged[0] < -50 and tagged[3] < -50
