"""Session 11 detection and typing cues, on news-style sentences written for these tests."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text: str, published: date = date(2024, 3, 14)):
        return [(r.event_type, r.sub_event_type, r.actor2) for r in pipeline.extract(text, published=published)]

    return run


@pytest.fixture(scope="module")
def cues(pipeline):
    def run(text: str) -> set[str]:
        return {k for k in pipeline.detector.cue_features(pipeline.nlp(text)) if not k.startswith("trigger:")}

    return run


def test_repulsing_armed_men_is_a_clash(events):
    # targets that fight raiders off are the second armed side of ACLED's Armed clash
    out = events("Police reservists repulsed cattle rustlers at Kolowa village on Tuesday, a police commander said.\n\n"
                 "The raiders fled towards the hills, he said.")
    assert [(t, s) for t, s, _ in out] == [("Battles", "Armed clash")]


def test_seized_grenade_is_no_explosion(events):
    out = events("Police arrested a suspected bomb-maker in Davao during a raid on a house on Thursday.\n\n"
                 "A hand grenade and a pistol were seized, a police spokesman said.")
    assert [(t, s) for t, s, _ in out] == [("Strategic developments", "Arrests")]


def test_member_of_a_civil_body_is_a_civilian_victim(events):
    out = events("A member of the teachers' association was shot dead by gunmen in Choluteca on Monday.\n\n"
                 "Relatives said he had received threats.")
    assert [(t, s) for t, s, _ in out] == [("Violence against civilians", "Attack")]


def test_member_of_an_armed_body_stays_armed(pipeline):
    det = pipeline.detector
    # an 'organisation', 'union' or 'movement' may be an armed group's name: no civil body
    for text in ("A member of the militia was shot dead by soldiers.",
                 "Two members of the Chin National Organisation were killed when rival gunmen attacked them."):
        victim = next(t for t in pipeline.nlp(text) if t.lower_ in ("member", "members"))
        assert det._is_armed(victim) is True, text


def test_taken_then_killed_is_an_attack(events):
    out = events("Rebels hacked to death a village headman in Kasese district on Saturday, police said.\n\n"
                 "His family said he had been abducted from his home by a dozen armed men the night before.")
    assert [(t, s) for t, s, _ in out] == [("Violence against civilians", "Attack")]


def test_former_and_off_duty_members_are_civilians(pipeline):
    det = pipeline.detector
    for text, noun in (("A former member of the national police was killed by gunmen.", "member"),
                       ("Gunmen shot dead an off-duty police officer.", "officer")):
        tok = next(t for t in pipeline.nlp(text) if t.lower_ == noun)
        assert det._is_armed(tok) is False, text


def test_fight_cues(cues):
    assert "fight:repelled" in cues("Militants attacked the village but were pushed back by soldiers.")
    assert "fight:repelled" not in cues("Militants attacked the village and did not push back.")
    assert "fight:resisted" in cues("Gunmen raided the post and the guards retaliated.")


def test_crowd_violence_cues(cues):
    assert "protest+thrown" in cues("Hundreds of traders protested in the market. Some threw bottles at police.")
    assert "protest+thrown" not in cues("Hundreds of traders protested in the market. Police threw tear gas canisters.")
    assert "protest+fire" in cues("Residents protested the water cuts and blocked the road by setting tyres on fire.")
    assert "protest+fire" not in cues("Residents protested the killing. Police opened fire on them.")


def test_jailed_for_a_wrong_is_a_court_sentence(events):
    # a court's sentence for what someone did ('jailed for lying', 'jailed for insulting the king') is no arrest
    out = events("Ten years after the war, survivors in Lofa County say they still wait for justice.\n\n"
                 "In Belgium a former militia commander was jailed for lying about his past, and victims' groups "
                 "welcomed the ruling.")
    assert out == []


def test_teenagers_taken_by_armed_men_are_abducted(events):
    out = events("Gunmen shot dead a community leader in Toribio on Monday, the regional council said.\n\n"
                 "On Wednesday, three teenagers were taken from a school in Caloto by members of the same armed "
                 "group, who forced them into a truck.")
    assert [(t, s) for t, s, _ in out] == [("Violence against civilians", "Attack"),
                                           ("Violence against civilians", "Abduction/forced disappearance")]


def test_repelling_an_attack_leaves_the_attack_word_the_trigger(pipeline):
    # 'army repels assault on post': the assault is the event and its attackers its first side; only armed men
    # repelled ('repulsed raiders') make the repelling word the trigger
    det = pipeline.detector
    for text, roles in (("Army repels assault on Kolofata post, two soldiers wounded", {"violence"}),
                        ("Soldiers repulsed the attack on the camp.", {"violence"}),
                        ("Police reservists repulsed raiders at Kolowa.", {"Armed clash"})):
        spans = det._trigger_spans(pipeline.nlp(text))
        assert {role for span, role in spans if span.root.lemma_.lower() in ("repel", "repulse", "assault", "attack",
                                                                             "raider")} == roles, text
