"""Events split off a longer story: a suicide bombing told after a gunfight takes the bombers as its side, not
forces told only finding the dead afterwards, and the scene its paragraph set that day, not the lead's town."""

from datetime import date

PUBLISHED = date(2023, 6, 9)

SIEGE = (
    "Pakistan police seize explosives in Quetta\n\n"
    "QUETTA, June 9 - Police in Quetta seized a large cache of explosives and detonators on Wednesday, officials said.\n\n"
    "The raid recalled a siege last month. On Tuesday, 16 May, soldiers surrounded a compound in Chaman after a "
    "tip-off. Gunmen inside opened fire, and two of the gunmen were killed in the gunfight that followed. Two other "
    "men then blew themselves up inside the compound, killing themselves and four relatives. Police later found six "
    "bodies and a cache of rifles at the site.\n"
)


def _suicide_bombing(pipeline):
    events = [e for e in pipeline.extract(SIEGE, published=PUBLISHED) if e.sub_event_type == "Suicide bomb"]
    assert len(events) == 1
    return events[0]


def test_forces_finding_the_dead_after_a_suicide_bombing_are_no_side(pipeline):
    bombing = _suicide_bombing(pipeline)
    assert "Police" not in bombing.actor1
    assert bombing.actor1 == "Unidentified Armed Group (Pakistan)"


def test_suicide_bombing_told_after_a_gunfight_takes_its_paragraphs_scene(pipeline):
    bombing = _suicide_bombing(pipeline)
    assert bombing.location == "Chaman"


def test_event_of_another_day_in_the_paragraph_keeps_its_own_place(pipeline):
    text = (
        "Kenya police arrest suspects in Garissa\n\n"
        "GARISSA, June 9 - Police in Garissa arrested three men on Thursday over a string of attacks, officials said.\n\n"
        "On Monday, soldiers clashed with militants in Mandera, killing two of them. On Wednesday, gunmen shot dead "
        "a trader, witnesses said.\n"
    )
    events = pipeline.extract(text, published=PUBLISHED)
    shooting = [e for e in events if e.event_type == "Violence against civilians"]
    assert shooting and all(e.location != "Mandera" for e in shooting)
