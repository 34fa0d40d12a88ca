"""Cleanup, session 14: a round-up's 'In numbers' box and an editor's correction note. My own example articles."""

from datetime import date

from newsevents.cleanup import clean
from newsevents.document import RawInput

ROUNDUP = """NORTH RIFT THIS WEEK: The headlines

Rift Courier | Weekly round-up | Saturday, June 15, 2024

KAPEDO: TWO RAIDERS KILLED IN CLASH WITH RESERVISTS
Two cattle raiders were killed on Tuesday in a gunfight with police reservists near Kapedo, in Turkana East, the county police commander said. The reservists recovered forty head of cattle.

IN NUMBERS
- 2 raiders killed near Kapedo
- 40 cattle recovered
- 300 families displaced this year

Got a story? Write to us. Follow the Rift Courier on social media for the latest news from the region.
"""

CORRECTED = """Bomb blast at Mogadishu market kills seven

Correction: An earlier version of this article said twelve people had been killed in the blast. Police have since corrected the toll to seven.

Seven people were killed when a bomb hidden in a cart exploded at a busy market in Mogadishu on Thursday morning, police said.
"""


def test_an_in_numbers_box_is_dropped():
    article = clean(RawInput(text=ROUNDUP, published=date(2024, 6, 15)))
    assert "40 cattle recovered" not in article.text
    assert "300 families" not in article.text
    assert "recovered forty head of cattle" in article.text


def test_a_correction_note_is_dropped():
    article = clean(RawInput(text=CORRECTED, published=date(2024, 6, 14)))
    assert "twelve" not in article.text
    assert "Seven people were killed" in article.text

