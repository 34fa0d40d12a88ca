"""Detection, session 20 (news): a 'where' clause on a place that recalls an earlier event there (dated 'last week',
'last month') neither tells nor types the sentence's news; police who 'charged a crowd' of protesters rushed at
them (force used on a protest), not a charge sheet that hedges the protesters and the beating. My own example
sentences (news and note style)."""

from datetime import date

RAID_NEAR_RIOT_TOWN = """Two soldiers and a gunman killed in raid near Dambar

Two soldiers and a suspected gunman were killed on Tuesday during a raid on a farmhouse near the village of Dambar, where a district official was shot dead last month during riots over land, the army said.

The soldiers came under fire as they moved in to arrest a group of armed men wanted for the official's killing, a spokesman said. Four men were arrested.
"""


def test_a_where_clause_dated_last_month_gives_the_raid_no_riot_type(pipeline):
    records = pipeline.extract(RAID_NEAR_RIOT_TOWN, published=date(2023, 3, 9))
    assert records
    assert not [r for r in records if r.event_type == "Riots"]
    raid = [r for r in records if r.event_date == date(2023, 3, 7)]
    assert raid and raid[0].event_type != "Riots"


def test_a_note_with_an_earlier_riot_at_the_place_keeps_its_own_type(pipeline):
    records = pipeline.extract("On 14 May 2022, unidentified gunmen shot dead a police officer at a checkpoint near "
                               "Bulo Burde, where protesters rioted last month over a new tax.",
                               published=date(2022, 5, 20))
    assert records and all(r.event_type != "Riots" for r in records)


CHARGED_A_CROWD = """Police break up traders' protest in Mbeya

MBEYA, June 12 - Traders in the southern city of Mbeya marched to the municipal offices on Saturday morning to protest against new market fees.

In the afternoon, riot police and men in plain clothes charged a crowd of several hundred traders near the central market, beating people with batons and loading dozens onto lorries, witnesses said.
"""


def test_police_charging_a_crowd_is_force_used_on_the_protest(pipeline):
    records = pipeline.extract(CHARGED_A_CROWD, published=date(2022, 6, 12))
    subs = [r.sub_event_type for r in records]
    assert "Protest with intervention" in subs or "Excessive force against protesters" in subs


def test_a_crowd_charged_in_a_note_is_an_intervention(pipeline):
    records = pipeline.extract("On 3 April 2021, police charged a crowd of protesters demanding the release of a "
                               "detained activist in Kisii town (Kisii). No injuries were reported.",
                               published=date(2021, 4, 10))
    assert [r.event_type for r in records] == ["Protests"]
    assert records[0].sub_event_type != "Peaceful protest"
