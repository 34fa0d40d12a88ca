"""Detection of notes, session 28 (helper A): a place whose control was taken ('took control of', 'seized control of',
'regained control over') in a report that tells no fighting, attack or casualties changed hands without violence,
ACLED's Non-violent transfer of territory (the codebook: a group acquiring control of a location without a violent
interaction with another group); told with fighting anywhere in the report, it stays overtaken or regained.
Sentences written for these tests."""


def _roles(pipeline, text):
    return [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


def test_control_taken_with_no_fighting_told_is_a_non_violent_transfer(pipeline):
    for text in ("On 3 May, rebels took control of the town of Kanyama after government troops fled.",
                 "On 3 May, militants seized control of a gold mining site near Kanyama.",
                 "Around 3 May (as reported), rebels took control of part of Kanyama.",
                 "On 3 May, government forces regained control over Kanyama village.",
                 "Soldiers have taken control of two militant camps near Kanyama, the army said on Friday."):
        roles = _roles(pipeline, text)
        assert roles == ["Non-violent transfer of territory"], (text, roles)


def test_control_taken_in_a_report_that_tells_fighting_stays_a_battle(pipeline):
    assert _roles(pipeline, "Rebels took control of Kanyama after heavy fighting with the army.") == [
        "Non-state actor overtakes territory", "Armed clash"]
    # the fighting told in another sentence of the report
    roles = _roles(pipeline, "Rebels attacked army positions around Kanyama on Monday, killing four soldiers. "
                             "By Tuesday evening, the rebels had taken control of the town.")
    assert "Non-state actor overtakes territory" in roles and "Non-violent transfer of territory" not in roles
    roles = _roles(pipeline, "Government forces clashed with the rebels and regained control over Kanyama.")
    assert "Government regains territory" in roles and "Non-violent transfer of territory" not in roles


def test_a_place_taken_by_force_keeps_its_battle_reading(pipeline):
    # verbs that name force ('captured', 'wrested control') tell a battle even with no fighting told
    assert _roles(pipeline, "Rebels captured the town of Kanyama on Sunday.") == ["Non-state actor overtakes territory"]
    assert _roles(pipeline, "Government forces wrested control of Kanyama from the rebels on Sunday.") == [
        "Government regains territory"]


def test_what_the_coder_marks_as_coded_separately_is_a_setting(pipeline):
    # the trigger's own words end right before the coder's mark: that act is another event's, not this note's
    roles = _roles(pipeline, "On 3 May, residents of Kanyama marched to the police station after a man was shot dead "
                             "by police officers (coded separately).")
    assert roles == ["protest"], roles
    roles = _roles(pipeline, "On 3 May, after being attacked with a roadside bomb (coded separately), soldiers "
                             "arrested two men in Kanyama.")
    assert roles == ["Arrests"], roles
    text = "On 3 May, during a larger demonstration (coded separately), protesters beat a driver in Kanyama."
    words = [m.span.text for m in pipeline.detector.mentions(pipeline.nlp(text))]
    assert "demonstration" not in words and "beat" in words, words


def test_a_mark_on_the_other_places_of_the_same_act_keeps_it(pipeline):
    # '(coded separately)' after a list of places marks the same act's other places, which ACLED codes one by one
    roles = _roles(pipeline, "On 3 May, militants attacked civilians in Kanyama village, as well as Mbeya and "
                             "Rutoro (coded separately).")
    assert roles == ["violence"], roles


def test_an_event_recalled_by_a_commemoration_is_no_event_of_the_report(pipeline):
    text = ("On 6 December, students in Kanyama abandoned classes to commemorate the 18th anniversary of the "
            "assassination of a student leader.")
    assert _roles(pipeline, text) == [], _roles(pipeline, text)
    roles = _roles(pipeline, "Hundreds marched in Kanyama on the third anniversary of the massacre of protesters.")
    assert roles == ["protest"], roles
    # gathering to commemorate is a gathering with a purpose, as to mourn
    assert _roles(pipeline, "Activists gathered in Kanyama to commemorate the murder of a girl.") == ["protest"]
    # an event at a memorial or on an anniversary is still told
    assert _roles(pipeline, "Gunmen killed two people at a memorial service in Kanyama.") == ["violence"]


def test_a_gathering_that_descended_into_violence_is_a_riot(pipeline):
    for text in ("Rival parties staged rowdy rallies in Kanyama which descended into violence.",
                 "On 3 May, a march by opposition supporters in Kanyama degenerated into violence."):
        roles = _roles(pipeline, text)
        assert "riot_cue" in roles, (text, roles)
