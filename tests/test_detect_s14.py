"""Session 14: who the victims of violence were, told in the words around them, and clash words that name an attack on
unarmed people; news-style sentences written for these tests."""

import pytest


@pytest.fixture(scope="module")
def cues(pipeline):
    return lambda text: pipeline.detector.cue_features(pipeline.nlp(text))


@pytest.fixture(scope="module")
def roles(pipeline):
    return lambda text: [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


@pytest.fixture(scope="module")
def votes(pipeline):
    """The sub-type votes of each violence word of a text."""
    det = pipeline.detector
    return lambda text: [det._violence_votes(m) for m in det.mentions(pipeline.nlp(text)) if m.role == "violence"]


def test_people_described_as_militiamen_are_armed(cues, votes):
    text = "On 3 March 2021, gunmen raided the village and killed two people described as militiamen of the local defence group."
    assert "victim:armed" in cues(text)
    assert {"Armed clash": 1.0} in votes(text)


def test_a_relative_clause_says_who_the_victim_was(cues):
    found = cues("On 3 March 2021, gunmen shot and killed a shopkeeper, who was a member of the local militia, in Ye.")
    assert "victim:armed" in found
    assert "victim:unknown" not in found


def test_a_victim_set_beside_his_description(cues):
    assert "victim:armed" in cues("On 3 March 2021, unknown men stabbed Ali Musa, a soldier on leave, in the market.")


def test_a_civilian_description_of_someone_of_no_known_kind(cues):
    assert "victim:civilian" in cues("On 3 March 2021, gunmen shot dead Ali Musa, a farmer, near his field.")


def test_a_soldier_stays_armed_whatever_else_he_is(cues):
    found = cues("On 3 March 2021, gunmen shot dead a soldier, a father of three, near the barracks.")
    assert "victim:armed" in found
    assert "victim:civilian" not in found


def test_the_body_found_killed_is_the_victim(cues):
    found = cues("On 3 March 2021, the body of a militia member was found killed in his car near the river.")
    assert "victim:armed" in found
    found = cues("On 3 March 2021, a trader was found murdered in his shop.")
    assert "victim:civilian" in found


def test_a_vigilante_hit_by_fighters_is_no_mob(cues, roles):
    text = "On 3 March 2021, insurgents wounded a local vigilante during a raid on the village."
    assert "mob_cue" not in roles(text)
    assert "victim:armed" in cues(text)


def test_vigilantes_who_lynch_are_still_a_mob(roles):
    assert "mob_cue" in roles("On 3 March 2021, vigilantes lynched a suspected thief in the market.")


def test_barricades_the_police_put_up_are_no_riot(roles):
    assert "riot_cue" not in roles("On 3 March 2021, police erected barricades to stop the march on the palace.")
    assert "riot_cue" in roles("On 3 March 2021, youths erected barricades on the main road into town.")


def test_an_ambush_on_unarmed_people_is_an_attack(roles, votes):
    text = "On 3 March 2021, gunmen ambushed a passenger bus near the town."
    assert "Armed clash" not in roles(text)
    assert votes(text) == [{"Attack": 1.0}]


def test_an_ambush_on_troops_stays_a_clash(roles):
    assert "Armed clash" in roles("On 3 March 2021, militants ambushed a military convoy near Djibo.")
    # victims of no known kind: the clash word keeps its role
    assert "Armed clash" in roles("On 3 March 2021, militants ambushed the convoy near Djibo.")


def test_terrorists_and_a_groups_suspect_are_armed(cues):
    assert "victim:armed" in cues("On 3 March 2021, soldiers killed four terrorists near the border post.")
    assert "victim:armed" in cues("On 3 March 2021, police in Lamu gunned down an Al-Shabab suspect.")



def test_a_member_of_an_unarmed_guard_is_no_armed_victim(cues):
    # the description reaches him through his name, and the guard he belongs to carries no arms
    found = cues("On 3 March 2021, our comrade Juan Perez, member of the Indigenous Guard, was shot dead by armed men.")
    assert "victim:armed" not in found
    assert "victim:armed" in cues("On 3 March 2021, Juan Perez, member of the village guard, was shot dead by armed men.")
