"""Actors stage, session 20 (news articles): a group's part named after it, the sides of a peace deal
between peoples, a politician arrested as his party, a claim of a town's capture. Example sentences
written for these tests (names of people and tribes invented)."""

from datetime import date


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


def of_sub(found, sub):
    return [e for e in found if e.sub_event_type == sub]


def test_the_faction_of_a_named_group_is_that_group(pipeline):
    # "the faction of the X" names the group; the word 'faction' is no unnamed armed group of its own
    text = ("The army said on Friday that its troops had taken control of two guerrilla camps in the mountains near "
            "Tame, after an offensive against the faction of the National Liberation Army (ELN) led by its eastern "
            "commander.")
    found = events(pipeline, text, date(2022, 5, 14))
    assert found and found[0].event_type == "Battles"
    assert found[0].actor1.startswith("Military Forces of Colombia")
    assert found[0].actor2 == "ELN: National Liberation Army"



