"""Type revisions once the actors are known, session 28 (helper A): armed groups, militias and gunmen who detain or
arrest people abduct them (ACLED: arrests are the state's). Sentences written for these tests."""

from datetime import date


def _events(pipeline, text):
    return [(r.event_type, r.sub_event_type) for r in pipeline.extract(text, published=date(2024, 6, 14))]


def test_people_detained_by_an_armed_group_are_abducted(pipeline):
    for text in ("On 3 May, M23 rebels arrested three civilians in Kanyama.",
                 "On 3 May, unknown gunmen detained a trader along the road near Kanyama."):
        assert _events(pipeline, text) == [("Violence against civilians", "Abduction/forced disappearance")], text


def test_arrests_by_the_state_or_of_armed_men_stay_arrests(pipeline):
    assert _events(pipeline, "On 3 May, police arrested two suspected M23 rebels in Kanyama.") == [
        ("Strategic developments", "Arrests")]
    assert _events(pipeline, "On 3 May, security forces arrested an M23 commander in Kanyama.") == [
        ("Strategic developments", "Arrests")]
