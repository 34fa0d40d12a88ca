"""One-paragraph coded notes with no trigger word: the type model alone reports their event when it is sure,
even past a remark on what is not known or a modal outside the report's own verb; plans, denials, forecasts
and analysis stay out. Sentences written for these tests."""

import pytest

from test_detect import detect  # noqa: F401  (the fixture: cleanup, spaCy and the detector on a text)


def event_types(drafts):
    return [d.record.event_type for d in drafts]


def test_details_not_known_is_no_denial(detect):
    # no trigger word; 'not specified' says what the coder did not learn, not that nothing happened
    drafts = detect("Continuing post-election unrest in Nakuru county - details not specified")
    assert event_types(drafts) == ["Riots"]
    assert "no trigger" in drafts[0].record.evidence_for("event_type").rule


def test_no_casualties_reported_is_no_denial(detect):
    drafts = detect("On 6 May 2023, air raids by the national air force in the area of Kalamba targeting "
                    "suspected rebel positions, no casualties reported.")
    assert event_types(drafts) == ["Explosions/Remote violence"]


def test_tagged_note_with_a_modal_in_what_was_announced(detect):
    # the announcement is the coded event; the 'will' belongs to what was announced
    drafts = detect("Non-violent activity: The electoral commission announces that voting in two districts of "
                    "Kisumu will be moved to next week.")
    assert event_types(drafts) == ["Strategic developments"]


def test_movement_of_forces_note_is_an_event(detect):
    drafts = detect("Movement of forces: On 4 May 2023, troops of the national army redeployed from Kalamba to "
                    "the district capital.")
    assert event_types(drafts) == ["Strategic developments"]


@pytest.mark.parametrize("text", [
    "Heavy rain is expected across the north of the country on Friday, forecasters said.",
    "Temperatures will reach 40 degrees in the capital this weekend.",
    "Analysts say the long conflict has weakened the economy and left millions without work.",
    "The army will carry out air raids on rebel positions near Kalamba next week.",
    # a denial told as what someone said
    "On 3 May 2023, the army did not carry out air raids on Kalamba, a spokesman said.",
])
def test_non_event_paragraph_gives_nothing(detect, text):
    assert detect(text) == []


def test_news_article_without_an_event_gives_nothing(detect):
    article = ("Rains and a slow economy weigh on the north\n\n"
               "Heavy rain is expected across the north of the country on Friday, forecasters said.\n\n"
               "Analysts say the long conflict has weakened the economy and left millions without work.")
    assert detect(article) == []
