"""Detection in news prose, session 26 (helper C): an infinitive of purpose under a verb in the simple present is a
general remark like its verb ('politicians use them to mobilise votes'); what a ban or prohibition covers ('the decree
bans rallies') is no event told as happening; a crowd throwing missiles riots whatever it throws and whatever words
come between ('some throwing bottles and stones at police lines'). My own example articles and sentences."""

from datetime import date

from newsevents.ingest import read_bytes

GANG_FEATURE = """The gangs that run the mountain towns

By Staff Reporter

The music gangs of the highlands began as groups of singers who travelled between villages in the 1990s.

Residents say the gangs now control cattle markets and parts of the transport business, and that some of their leaders have close ties to politicians, who use them to mobilise supporters at election time.

Many young men join them for the money and the protection they offer, community workers say.
"""

EMERGENCY_DECREE = """Curfew declared in northern province after unrest

By Staff Reporter

Gunmen attacked a police post in the town of Tarbela on Saturday night, killing two officers, the provincial police chief said.

The government declared a state of emergency in the province on Sunday. The decree, which runs for a month, bans rallies and public gatherings and imposes a curfew from 10 p.m.
"""


def _records(pipeline, text, published=date(2023, 5, 22)):
    return pipeline.process_one(read_bytes(text.encode(), "probe", published=published))[1]


def test_an_infinitive_of_purpose_under_a_present_remark_is_no_event(pipeline):
    assert [r.sub_event_type for r in _records(pipeline, GANG_FEATURE)] == []


def test_what_a_decree_bans_is_no_event(pipeline):
    for text in ("The state of emergency, which runs until the end of the month, bans rallies and imposes a curfew.",
                 "The governor banned marches in the city centre for a week."):
        roles = [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]
        assert "protest" not in roles, text


def test_a_march_that_went_ahead_despite_a_ban_is_still_told(pipeline):
    text = "Thousands marched through the capital on Friday despite the ban."
    assert "protest" in [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


def _sentence_votes(pipeline, text):
    doc = pipeline.nlp(text)
    return [votes for _ms, votes in pipeline.detector.sentence_events(pipeline.detector.mentions(doc), clauses=True)]


def test_a_crowd_throwing_bottles_and_stones_riots(pipeline):
    # the parser makes 'throwing' an adjective of 'bottles'; and 'bottles and stones' is no listed phrase
    votes = _sentence_votes(pipeline, "Protesters gathered outside the parliament on Friday, some throwing bottles and "
                                      "stones at police lines.")
    assert len(votes) == 1 and max(votes[0], key=votes[0].get) == "Violent demonstration"


def test_hurling_bricks_and_bottles_is_a_riot_cue(pipeline):
    roles = [m.role for m in pipeline.detector.mentions(pipeline.nlp("Youths hurled bricks and bottles at the officers."))]
    assert roles == ["riot_cue"]


def test_the_police_throwing_back_is_no_riot_cue(pipeline):
    roles = [m.role for m in pipeline.detector.mentions(pipeline.nlp("Police officers hurled bottles back at them."))]
    assert "riot_cue" not in roles


def test_plastic_bottles_are_no_riot_missile(pipeline):
    # ACLED codes protesters throwing plastic bottles and eggs at police a protest the police intervened in
    roles = [m.role for m in pipeline.detector.mentions(pipeline.nlp(
        "Some protesters threw plastic bottles and eggs at the police."))]
    assert "riot_cue" not in roles
