"""Actors, session 22 (news articles): a country's police and its branches are dated by the same regimes as
its military. Burkina Faso's police were still written '(2015-)' for a few weeks after the coup of January
2022, so the dev data's last use of that name falls after the change; the military's '(2022-)', which the dev
data use only after that, shows ACLED switched the country's forces to the new regime, and a gendarme or a
police officer in a 2023 news story is '(2022-)' too. A name still used after another body's new one
appears ('Government of Myanmar (2016-)') stays as the dev data show it."""

import json
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "actors.json"


def _name_on(country, kind, when):
    periods = json.loads(DATA.read_text())["state_forces"][country][kind]
    for p in periods:
        if p["from"] <= when.isoformat() and (p["until"] is None or when.isoformat() <= p["until"]):
            return p["name"]
    return None


def test_police_follow_the_militarys_regime():
    assert _name_on("Burkina Faso", "Police Forces", date(2023, 5, 2)) == "Police Forces of Burkina Faso (2022-)"
    assert _name_on("Burkina Faso", "Police Forces|Gendarmerie", date(2023, 5, 2)) == \
        "Police Forces of Burkina Faso (2022-) Gendarmerie"
    # before the coup the old regime stands
    assert _name_on("Burkina Faso", "Police Forces", date(2021, 11, 14)) == "Police Forces of Burkina Faso (2015-)"


def test_a_name_kept_after_the_change_stays():
    assert _name_on("Myanmar", "Government", date(2022, 3, 1)) == "Government of Myanmar (2016-)"


def test_gendarmes_in_a_news_story_after_the_coup(pipeline):
    text = ("Gendarmes killed in ambush in eastern Burkina Faso\n\nOUAGADOUGOU, Feb 8 (AFP) - Six gendarmes were "
            "killed when their patrol was ambushed by suspected jihadists near Fada N'Gourma in eastern Burkina "
            "Faso on Wednesday, the security ministry said.")
    found = pipeline.extract(text, published=date(2023, 2, 9))
    assert found and "Police Forces of Burkina Faso (2022-) Gendarmerie" in (found[0].actor1, found[0].actor2)
    text = ("Police officers were attacked by gunmen at a checkpoint in Koupela, in eastern Burkina Faso, on "
            "Monday, and two of them were killed, the security ministry said.")
    found = pipeline.extract(text, published=date(2024, 3, 12))
    assert found and "Police Forces of Burkina Faso (2022-)" in (found[0].actor1, found[0].actor2)
