"""Detection, session 25 (event types): a clash named only as what an arrest followed, with neither side told, is
the setting of the arrest and no battle (the police who arrest are no side of a battle against themselves); a
trigger noun the parser hangs on a hedge verb as an adverbial noun ('Students riot - demanding ...') is told, not
demanded; the sides of a clash that are communities (farmers and herders, rival families, villages, 'tribal
clashes') are a cue of their own for the type model, apart from a crowd of students or supporters; demonstrators
burning a token of their cause (effigies, flags, copies of a bill) are no violence. My own example sentences (note and
news style)."""

from datetime import date

import pytest


NEWS_ARREST_AFTER_CLASHES = (
    "Eight people held after night of unrest in harbour district\n\n"
    "Officers of the national police arrested eight people after clashes in the harbour district of Marseille on "
    "Saturday night, the prefecture said.\n\n"
    "Three of those detained are minors, it added. They are due to appear before a judge on Monday.")


def test_an_arrest_after_clashes_is_no_battle(votes_of):
    seen, records = votes_of(NEWS_ARREST_AFTER_CLASHES, published=date(2023, 7, 3))
    assert seen and all("Armed clash" not in v for v in seen)
    assert records and all(r.event_type != "Battles" for r in records)


@pytest.mark.parametrize("text", [
    "Gendarmes detained twelve youths following clashes in the market of Kaya on Friday.",
    "Agents of the border police arrested five men after clashes at the fence on Tuesday.",
])
def test_a_clash_an_arrest_followed_casts_no_clash_vote(votes_of, text):
    seen, _ = votes_of(text)
    assert seen and all("Armed clash" not in v for v in seen)
    assert any(v.get("Arrests", 0) > 0 for v in seen)


def test_a_clash_told_with_its_sides_before_an_arrest_stays_a_clash(votes_of):
    seen, _ = votes_of("Police arrested four men after clashes between soldiers and rebels near Djibo on Tuesday.")
    assert seen and any(v.get("Armed clash", 0) > 0 for v in seen)


def test_a_clash_told_on_its_own_stays_a_clash(votes_of):
    seen, _ = votes_of("On 4 May 2022, soldiers clashed with militants near Djibo and police later arrested two men.")
    assert seen and any(v.get("Armed clash", 0) > 0 for v in seen)


@pytest.mark.parametrize("text", [
    "Traders riot - demanding the reopening of the central market in Nakuru.",
    "Students riot - demanding the dismissal of their principal. Police dispersed the crowd.",
])
def test_a_riot_the_parser_hangs_on_a_demand_is_told(votes_of, text):
    seen, _ = votes_of(text)
    assert seen and any(v.get("Violent demonstration", 0) > 0 for v in seen)


def test_a_riot_that_is_demanded_is_still_not_told(votes_of):
    seen, _ = votes_of("On 2 May 2022, traders marched in Nakuru, demanding an end to riots in the market. "
                       "[size=no report]")
    assert seen and all("Violent demonstration" not in v for v in seen)


@pytest.fixture(scope="module")
def cues_of(pipeline):
    detector = pipeline.detector
    return lambda text: detector.cue_features(detector.nlp(text))


@pytest.mark.parametrize("text", [
    "On 3 May 2021, farmers and herders clashed over grazing land near Kalale.",
    "On 3 May 2021, two rival farmer families clashed in the fields near Djougou.",
    "On 3 May 2021, youths from the village of Kpane clashed with villagers from Toko over a boundary.",
    "On 3 May 2021, two people were killed in tribal clashes near Moyale.",
])
def test_a_clash_of_communities_is_told_apart(cues_of, text):
    cues = cues_of(text)
    assert cues.get("clash_sides:communal") == 1.0 and "clash_sides:civilian" not in cues


@pytest.mark.parametrize("text,sides", [
    ("On 3 May 2021, rival students clashed at the university campus in Eldoret.", "civilian"),
    ("On 3 May 2021, soldiers clashed with militants near Djibo.", "armed"),
    ("On 3 May 2021, villagers clashed with soldiers near Djibo.", "mixed"),
])
def test_other_clashes_keep_their_sides(cues_of, text, sides):
    assert cues_of(text).get(f"clash_sides:{sides}") == 1.0


@pytest.mark.parametrize("text", [
    "On 2 May 2022, students staged a protest and burned effigies of the chief minister in Bhopal. [size=no report]",
    "On 2 May 2022, party workers protested and set fire to copies of the new farm bill in Patna. [size=no report]",
])
def test_burning_a_token_of_the_cause_is_no_violence(votes_of, cues_of, text):
    seen, records = votes_of(text)
    assert seen and all("Violent demonstration" not in v for v in seen)
    assert "protest+fire" not in cues_of(text)
    assert records and records[0].sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On 2 May 2022, protesters burned tyres and blocked the highway in Patna. [size=no report]",
    "On 2 May 2022, protesters burned effigies and tyres in Patna. [size=no report]",
])
def test_burning_other_things_at_a_protest_is_still_violence(cues_of, text):
    assert cues_of(text).get("protest+fire") == 1.0
