"""Actors stage, session 18 (Asia): in Myanmar 'a local PDF' or 'a local People's Defense Force' that the report
does not name is ACLED's Unidentified Anti-Coup Armed Group, like 'a PDF group'; 'the local People's Defence Force
(PDF)' that a report names as the force of its area stays the PDF. Example sentences written for these tests."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text", [
    "On 4 March 2023, in Myinmu township (Sagaing district, Sagaing region), a local PDF fired on a military "
    "column passing near the village. Casualties unknown.",
    "On 4 March 2023, in Kawlin town (Katha district, Sagaing region), fighting broke out between the Myanmar "
    "military and a local People's Defense Force in the evening. Casualties unknown.",
])
def test_an_unnamed_local_pdf_is_an_unidentified_anti_coup_group(pipeline, text):
    found = events(pipeline, text, date(2023, 3, 5))
    assert found
    assert "Unidentified Anti-Coup Armed Group" in (found[0].actor1, found[0].actor2)
    assert "PDF: People's Defense Force" not in (found[0].actor1, found[0].actor2)


def test_the_local_pdf_named_with_its_abbreviation_stays_the_pdf(pipeline):
    text = ("On 6 March 2023, fighters of the local People's Defence Force (PDF) ambushed a military convoy on the "
            "road to Kawlin town, Sagaing region, Myanmar. Casualties unknown.")
    found = events(pipeline, text, date(2023, 3, 7))
    assert found and "PDF: People's Defense Force" in (found[0].actor1, found[0].actor2)
