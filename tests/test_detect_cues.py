"""The detector's cue indicators (who did what to whom, what is negated) and how the type model's second
stage weighs them."""

import numpy as np
import pytest


@pytest.fixture(scope="module")
def cues(pipeline):
    return lambda text: pipeline.detector.cue_features(pipeline.nlp(text))


def test_violence_on_armed_victims_by_armed_doers(cues):
    found = cues("On 3 May 2021, militants attacked an army patrol near Dori.")
    assert found["trigger:violence"] == 1.0
    assert found["victim:armed"] == 1.0 and found["agent:armed"] == 1.0
    assert "victim:civilian" not in found


def test_violence_by_civilians_on_civilians(cues):
    found = cues("On 4 May 2021, villagers beat two farmers in Kaya.")
    assert found["agent:civilian"] == 1.0 and found["victim:civilian"] == 1.0


def test_who_looted_is_a_cue(cues):
    assert cues("Gunmen looted the health centre in Djibo on 2 May.")["looter:armed"] == 1.0
    assert cues("Angry residents looted shops in the market of Kaya.")["looter:civilian"] == 1.0


def test_model_knows_how_many_notes_each_sub_type_had():
    from newsevents.type_model import type_model

    model = type_model()
    assert model.class_rows["Peaceful protest"] > 1000
    assert model.rarely_seen("Government regains territory") and not model.rarely_seen("Armed clash")


def test_negated_trigger_is_a_cue_of_its_own(cues):
    found = cues("Police dispersed the protesters in Lagos; no clashes were reported.")
    assert found["trigger:protest"] == 1.0 and found["trigger:intervention_cue"] == 1.0
    assert found["hedged:Armed clash"] == 1.0
    assert "trigger:Armed clash" not in found


def test_cue_weights_move_the_combination(tmp_path):
    from newsevents.type_model import TypeModel

    classes = ["Armed clash", "Attack"]
    path = tmp_path / "model.npz"
    np.savez(path, words=np.array(["attacked"]), chars=np.array([" a"]), idf_words=np.ones(1, np.float32),
             idf_chars=np.ones(1, np.float32), coef=np.zeros((2, 2), np.int8), scale=np.ones(2, np.float32),
             intercept=np.zeros(2, np.float32), classes=np.array(classes), temperature=np.float32(1.0),
             char_ngrams=np.array([2, 5]),
             stack_coef=np.hstack([np.eye(2), np.zeros((2, 4))]).astype(np.float32),
             stack_intercept=np.zeros(2, np.float32), cue_names=np.array(["victim:armed"]),
             cue_coef=np.array([[2.0], [0.0]], np.float32))
    model = TypeModel(str(path))
    probs = {"Armed clash": 0.5, "Attack": 0.5}
    plain = model.combine({"Attack": 1.0}, probs)
    armed = model.combine({"Attack": 1.0}, probs, {"victim:armed": 1.0})
    assert plain["Armed clash"] == pytest.approx(0.5)
    assert armed["Armed clash"] > 0.85


def test_one_paragraph_report_tells_one_protest_and_its_dispersal(pipeline):
    from datetime import date

    records = pipeline.extract("On 2 May 2021, teachers protested in Tamale over late salaries. The protesters marched "
                               "to the education office. Police dispersed the crowd with tear gas.",
                               published=date(2021, 5, 10))
    assert [r.sub_event_type for r in records] == ["Protest with intervention"]


def test_protest_is_voted_once_per_report(votes_of):
    seen, _ = votes_of("Nurses protested in Accra on Monday. The protesters marched to parliament. The protesters "
                       "held a sit-in. Police arrested three protesters.", published=None)
    # the arrest makes it an intervention; four sentences naming the protesters do not outvote it
    assert len(seen) == 1 and seen[0]["Protest with intervention"] > seen[0]["Peaceful protest"]


def test_group_of_people_is_judged_by_who_they_are(cues):
    youths = cues("On 9 May 2021, a group of youths assaulted two traders in Parakou.")
    assert youths["agent:civilian"] == 1.0 and "agent:armed" not in youths
    gang = cues("On 9 May 2021, a gang of armed men attacked a police patrol near Kandi.")
    assert gang["agent:armed"] == 1.0 and gang["victim:armed"] == 1.0
    community = cues("On 9 May 2021, militants killed three members of the Fulani community in Kandi.")
    assert community["victim:civilian"] == 1.0 and "victim:armed" not in community


def test_report_of_a_dispersal_alone_is_a_protest(pipeline):
    records = pipeline.extract("Opponents of the new chief gathered in front of the palace in Savalou. Police "
                               "intervened to disperse the crowd.")
    assert [r.event_type for r in records] == ["Protests"]
    assert pipeline.extract("Police said they were ready to disperse any crowd in Savalou.") == []


def test_who_did_it_to_whom_is_one_cue(cues):
    # villagers beating a policeman and gunmen shooting one are told apart only by the pair
    mob = cues("On 5 June 2021, a group of villagers attacked two police officers in the market of Kaya.")
    assert mob["harm:civilian>armed"] == 1.0
    assert "harm:armed>armed" not in mob
    clash = cues("On 5 June 2021, gunmen attacked two police officers near Kaya.")
    assert clash["harm:armed>armed"] == 1.0


def test_sides_of_a_clash(cues):
    assert cues("Clashes between students of two schools left five people wounded in Koudougou.")[
        "clash_sides:civilian"] == 1.0
    assert cues("On 2 July 2021, soldiers clashed with militants near Djibo.")["clash_sides:armed"] == 1.0
    assert cues("On 2 July 2021, residents clashed with a police officer in Kaya.")["clash_sides:mixed"] == 1.0


def test_what_else_a_protest_report_tells(cues):
    found = cues("On 3 May 2021, protesters burned down the town hall of Sabou during a demonstration.")
    assert found["protest+Looting/property destruction"] == 1.0
    assert not any(name.startswith("protest+") for name in cues("Gunmen burned down the town hall of Sabou."))


def test_a_village_attacked_is_its_people(cues):
    found = cues("On 9 May 2021, militants attacked the village of Bouroum.")
    assert found["victim:settlement"] == 1.0 and found["harm:armed>settlement"] == 1.0
    # a place named after 'at' is where the killing happened, not whom it hit
    assert "victim:settlement" not in cues("Gunmen shot dead a trader at his home in Bouroum.")


def test_a_retired_policeman_is_a_civilian(cues):
    found = cues("On 9 May 2021, gunmen shot dead a retired policeman in Bouroum.")
    assert found["victim:civilian"] == 1.0 and "victim:armed" not in found
