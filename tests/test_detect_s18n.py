"""Detection, session 18 (news): strategic developments told with words the lexicon lacked: a base inaugurated,
fighters handing in their weapons, a ceasefire accepted. My own example sentences (news and note style)."""

from datetime import date

BASE_INAUGURATED = """Army opens base on border road

Bandits seized six traders on Tuesday near Garoua-Boulai, in the East region, local officials said.

On Monday, the army inaugurated a base of the Rapid Intervention Battalion in Bertoua, in the presence of the governor. The unit will patrol the roads towards the border.
"""


def test_a_base_inaugurated_is_a_base_established_of_one_actor(pipeline):
    records = pipeline.extract(BASE_INAUGURATED, published=date(2021, 6, 10))
    base = [r for r in records if r.sub_event_type == "Headquarters or base established"]
    assert len(base) == 1
    assert base[0].location == "Bertoua" and base[0].event_date == date(2021, 6, 7)
    assert base[0].actor1.startswith("Military Forces of Cameroon")
    assert not base[0].actor2  # the unit named again is no second side


def test_fighters_handing_in_their_weapons_change_their_activity(pipeline):
    records = pipeline.extract("On 5 March 2022, about forty fighters of a rebel faction handed in their weapons at a "
                               "ceremony at the governor's office in Ziguinchor (Ziguinchor).",
                               published=date(2022, 3, 10))
    assert [r.sub_event_type for r in records] == ["Change to group/activity"]


def test_a_ceasefire_accepted_is_an_agreement(pipeline):
    records = pipeline.extract("On 20 September 2023, the authorities of the breakaway region accepted a ceasefire "
                               "proposal brought by Russian peacekeepers in Stepanakert.",
                               published=date(2023, 9, 21))
    assert [r.sub_event_type for r in records] == ["Agreement"]
