"""Grouping in news prose, session 26 (helper C): a headline over a body whose every act is background names no event
of its own; a sentence far below the lead that tells the lead's event again, on its day and at its place, is that
event told in full (not dropped as a remark of the article's own). My own example articles."""

from datetime import date

from newsevents.ingest import read_bytes

FEUD_FEATURE = """How the valley's clan feuds became a killing machine

By Staff Reporter

The feuds of the upper valley go back to a quarrel over grazing land in the 1970s.

In 2009, gunmen from one clan killed eleven members of a rival family at a wedding, and the cycle of revenge has never stopped since.

Elders say the young men now carry rifles as a matter of course, and that some politicians pay them to guard polling stations at election time.
"""

ROADS_BLOCKED = """Town on edge: roads blocked in Mandeville after police shooting

Western Bureau | Wednesday, March 13, 2024 | News

Residents of Mandeville blocked roads with burning debris yesterday, as the town reeled from a week of violence in the parish.

On Monday night, a police team on patrol in Mandeville came under fire from gunmen on a lane off Church Street, the police said. The police returned fire and a man was found suffering from gunshot wounds. He was pronounced dead at hospital.

Residents tell a different story. They say the man, a 27-year-old mechanic, was unarmed and was working on a car when the police arrived.

A pistol was recovered at the scene, the police said. The Independent Commission of Investigations said it had opened a probe.

Family members said he had no criminal record. A vigil is planned for Friday.

Yesterday morning, dozens of residents blocked the main road into Mandeville with old fridges and burning tyres, and threw bottles at a police vehicle, breaking its windscreen. Soldiers cleared the roads by midday.
"""


def _records(pipeline, text, published):
    return pipeline.process_one(read_bytes(text.encode(), "probe", published=published))[1]


def test_a_headline_over_a_body_of_background_is_no_event(pipeline):
    assert _records(pipeline, FEUD_FEATURE, date(2023, 5, 22)) == []


def test_the_leads_event_told_again_far_below_on_its_day_and_place_joins_it(pipeline):
    records = _records(pipeline, ROADS_BLOCKED, date(2024, 3, 13))
    crowd = [r for r in records if r.event_type in ("Protests", "Riots")]
    assert len(crowd) == 1
    assert crowd[0].sub_event_type == "Violent demonstration"
    assert str(crowd[0].event_date) == "2024-03-12"
