"""Sentences, session 15: a dateline before the lead does not make the parser cut the lead's clause (a
sentence starting at ', police said' or at 'killed' after its subject). My own example texts."""

import pytest

from newsevents import nlp

TAIL = " killed at least nine traders who were gathering wood near the village of {} on Sunday, police said."


@pytest.mark.parametrize("dateline, village", [
    ("LAGOS, 5 May 2024 - --", "Ikorodu"),
    ("DAMASCUS, March 10 (Levant Wire) --", "Uqayribat"),
    ("KANO, June 3 (Sahel Wire) --", "Dansoshiya"),
])
def test_the_lead_after_a_dateline_keeps_its_clause(dateline, village):
    text = f"Nine traders killed in ambush\n\n{dateline} Gunmen{TAIL.format(village)}\n\nThe army sent troops."
    sents = [s.text.strip() for s in nlp.load()(text).sents]
    assert not any(s[:1] in ",;:" or s.startswith("killed") for s in sents)
    assert any("Gunmen killed" in s and s.endswith("police said.") for s in sents)


def test_sentences_still_end_at_full_stops():
    doc = nlp.load()("Soldiers repelled the raid. Two attackers were killed. He said: the road is open.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Soldiers repelled the raid.", "Two attackers were killed."]
