"""Detection of notes, session 27 (helper A): explosives the state's forces made harmless ('an army EOD team
dismantled an IED', 'soldiers destroyed two explosive devices') are ACLED's Disrupted weapons use, not a bombing nor
property destroyed; the finder may be named in an 'of' phrase ('a bomb disposal team of the army') and a clause with
a subject of its own joined after the act ('the device had been planted by militants') does not hide it. A place
taken over ('overtook the village', 'taking over the area') in a report that tells no fighting changed hands without
violence. Effigies burned stay a token of a protest where the parser makes 'burning' their adjective. Sentences
written for these tests."""


def _roles(pipeline, text):
    return [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


def test_explosives_the_state_made_harmless_are_disrupted_weapons_use(pipeline):
    for text in ("On 4 May, an army EOD team dismantled an IED planted by militants on the road to the town.",
                 "On 4 May, a bomb disposal team of the army destroyed an IED buried near the bridge.",
                 "On 4 May, soldiers destroyed two explosive devices found on the road to the town.",
                 "On 4 May, police defused an explosive device left outside the market."):
        roles = _roles(pipeline, text)
        assert "Disrupted weapons use" in roles, (text, roles)
        assert "Remote explosive/landmine/IED" not in roles and "Looting/property destruction" not in roles, (text, roles)


def test_a_clause_of_its_own_after_the_find_does_not_hide_it(pipeline):
    text = "On 3 August, soldiers found an IED near the market of Kanyama, and the device was probably planted by militants."
    assert _roles(pipeline, text) == ["Disrupted weapons use"]


def test_explosives_used_or_found_by_no_one_named_stay_explosions(pipeline):
    assert "Remote explosive/landmine/IED" in _roles(pipeline, "On 4 May, militants detonated an IED near the army base.")
    # no finder named: the explosive word keeps its vote
    assert "Remote explosive/landmine/IED" in _roles(pipeline, "On 4 May, an explosive device was discovered near the market.")
    roles = _roles(pipeline, "On 4 May, militants destroyed the bridge with explosives.")
    assert "Looting/property destruction" in roles and "Disrupted weapons use" not in roles


def test_a_place_taken_over_in_a_report_that_tells_no_fighting_changed_hands_without_violence(pipeline):
    for text in ("Reports say militants overtook Kanyama village on the night of 12 May.",
                 "Militants overtook Kanyama without resistance and began preaching to the residents.",
                 'Militants set up a heavy presence in the area, effectively "taking over" the village.',
                 "On 3 May, militants took over the village of Kanyama and hoisted their flag."):
        roles = _roles(pipeline, text)
        assert roles == ["Non-violent transfer of territory"], (text, roles)


def test_a_place_taken_in_a_fight_by_capture_or_control_taking_stays_overtaken(pipeline):
    assert _roles(pipeline, "Rebels took over Kanyama after fierce clashes with the army.") == [
        "Non-state actor overtakes territory", "Armed clash"]
    assert _roles(pipeline, "Rebels captured the town of Kanyama on Sunday.") == ["Non-state actor overtakes territory"]
    # (taking control with no fighting told is a Non-violent transfer since session 28, after ACLED's codebook)
    assert _roles(pipeline, "Rebels took control of the town of Kanyama on Sunday after clashes with the army.")[0] == \
        "Non-state actor overtakes territory"
    # plain people taking over a building occupy it; they take no territory
    assert _roles(pipeline, "Workers took over the party headquarters to demand their wages.") == []


def test_effigies_burned_where_the_parser_makes_burning_an_adjective_are_a_token(pipeline):
    text = "On 5 May, YSL and NSU staged a protest by burning effigies of Prime Minister Oli in Kanyama municipality (Tomba district)."
    assert _roles(pipeline, text) == ["protest"]
    cues = pipeline.detector.cue_features(pipeline.nlp(text))
    assert "protest+fire" not in cues and "trigger:Looting/property destruction" not in cues
    # things burned that are no token stay a riot's
    assert "riot_cue" in _roles(pipeline, "On 5 May, protesters blocked the road with burning tyres.")


def test_artillery_destroyed_or_devices_destroyed_by_no_force_named_are_no_disrupted_weapons(pipeline):
    # destroyed artillery is a target of the strike or fight, not a weapon made harmless
    roles = _roles(pipeline, "On Monday, a drone strike near Izium hit the Russian positions, destroying an artillery piece.")
    assert "Shelling/artillery/missile attack" in roles and "Disrupted weapons use" not in roles
    roles = _roles(pipeline, "Soldiers destroyed a Russian mortar near Izium on Monday.")
    assert "Shelling/artillery/missile attack" in roles and "Disrupted weapons use" not in roles
