"""Actors stage, causes seen in news articles coded blind (set 7): long-lived armed groups and main parties
the dictionary lacked (Paraguay's EPP, the Rohingya groups ARSA and RSO, Argentina's RAM, Guinea's UFDG,
Sierra Leone's APC, Ivory Coast's PDCI-RDA); an abbreviation two countries' parties share ('APC') named
after the event's country; the body arrested people are said to belong to as the side arrested (an
unidentified armed group where they are suspected of an attack by unnamed men); ACLED's regime periods of
more countries (Sierra Leone, Kosovo, Guinea-Bissau, ...); the forces of France's overseas territories,
which ACLED names as France's."""

import json
from datetime import date
from pathlib import Path

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)


# own sentences, each with the type and country the earlier stages give its event and the actors expected
CASES = {c["case"]: c for c in json.loads((Path(__file__).parent / "data" / "actors_news_b7_cases.json").read_text())}


@pytest.mark.parametrize("name", list(CASES))
def test_groups_parties_and_territorial_forces(resolver, name):
    case = CASES[name]
    rec = resolve(resolver, case["text"], case["event_type"], case["sub_event_type"], case["country"],
                  date.fromisoformat(case["event_date"]))
    assert (rec.actor1, rec.actor2) == (case["actor1"], case["actor2"])
