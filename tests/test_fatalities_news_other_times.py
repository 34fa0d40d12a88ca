"""Deaths a news article tells in follow-up sentences about other times: another incident said to be
separate, or dated before the event ('Last week, soldiers killed 20 bandits'), is no part of the event's toll;
more deaths found or dying later are. Whole articles of my own through the pipeline."""

from datetime import date

import pytest

LEAD = ("Gunmen kill eight in Kaduna\n\nKADUNA, Nigeria - Gunmen killed eight villagers in an attack on Kauru on "
        "Tuesday, police said. ")


def kauru_toll(pipeline, follow_up):
    records = pipeline.extract(LEAD + follow_up, published=date(2024, 3, 14))
    return next(r.fatalities for r in records if r.location == "Kauru")


@pytest.mark.parametrize("follow_up", [
    "Earlier this month, soldiers killed 20 bandits in the same area.",
    "Last week, soldiers killed 20 bandits in a raid on their camp.",
    "Two weeks ago, three more villagers were killed in a similar attack.",
    "On Sunday, troops also killed 20 bandits in the area.",
    "In a separate operation, troops killed 20 bandits in the area.",
])
def test_deaths_of_another_time_are_not_added(pipeline, follow_up):
    assert kauru_toll(pipeline, follow_up) == 8


@pytest.mark.parametrize("follow_up", [
    "Two more bodies were found in the bush on Wednesday.",
    "On Wednesday, two more villagers died of their wounds.",
])
def test_deaths_found_or_dying_later_are_added(pipeline, follow_up):
    assert kauru_toll(pipeline, follow_up) == 10
