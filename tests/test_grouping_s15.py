"""Session 15: grouping the events of an article. My own example articles."""

from datetime import date

from newsevents.pipeline import Pipeline


def test_a_claim_whose_claimant_is_named_like_a_province_joins_the_attack_told(pipeline: Pipeline):
    # 'Sahel Province' names the group that claims the bombing, not a place of another attack
    text = ("Four soldiers were killed on Monday when a roadside bomb hit their truck near Menaka, the army said.\n\n"
            "The group's regional branch, which calls itself Sahel Province, claimed the attack on its news channel, "
            "saying nine soldiers had been killed.")
    records = pipeline.extract(text, published=date(2024, 5, 8))
    assert len(records) == 1
    assert records[0].fatalities == 4


def test_a_round_up_section_under_a_capitals_heading_ending_on_a_quote_tells_its_own_event(pipeline: Pipeline):
    # the heading ends on a closing quote, and the section's first sentence tells the strike in the past perfect of
    # a spokesman's statement: a section and an event of their own, not more of the bombing above
    text = ("MALI SECURITY WEEK\n\n"
            "Sahel Desk | Weekly round-up | Saturday, May 11, 2024\n\n"
            "MENAKA: FOUR SOLDIERS KILLED BY ROADSIDE BOMB\n\n"
            "Four soldiers were killed on Monday when a roadside bomb hit their truck near Menaka, the army said. "
            "Two more soldiers were wounded and taken to hospital in Gao.\n\n"
            'TESSIT: DRONE STRIKES ON "TERRORIST" CAMPS\n\n'
            "The army spokesman said on Wednesday that the air force had destroyed a camp used by \"terrorists\" "
            "north of Tessit, killing several fighters and destroying motorbikes.\n\n"
            "GAO: MARKET ATTACKED\n\n"
            "Gunmen on motorbikes stormed the cattle market of a village near Gao on Thursday, killing three traders "
            "and stealing dozens of cows, residents said.")
    records = pipeline.extract(text, published=date(2024, 5, 11))
    assert sorted(r.location for r in records) == ["Gao", "Menaka", "Tessit"]


def test_the_attack_named_by_its_town_joins_the_attack_told_in_another_events_clause(pipeline: Pipeline):
    # the Gao attack is first told in the 'after' clause of the raid's sentence; 'The Gao attack took place ...'
    # tells it in detail, and is not a second attack at Gao
    text = ("Soldiers killed three suspected militants in a raid near Menaka on Tuesday, the army said, two days "
            "after gunmen attacked a checkpoint in Gao.\n\n"
            "The raid began at dawn, when troops surrounded a house on the edge of the town.\n\n"
            "The Gao attack took place late on Sunday, when three men armed with rifles opened fire on the soldiers "
            "at the checkpoint. Two soldiers were killed.")
    records = pipeline.extract(text, published=date(2024, 5, 9))
    assert sorted(r.location for r in records) == ["Gao", "Menaka"]
    assert {r.location: r.fatalities for r in records}["Gao"] == 2


def test_bodies_received_between_a_takeover_and_a_claim_are_its_dead(pipeline: Pipeline):
    # the hospital's count comes between the takeover and the rebels' claim: the takeover's dead
    text = ("Rebels seized an army base outside Tessalit, the army said on Saturday.\n\n"
            "Rebel fighters overran the base at Tessalit on Friday after a day of heavy fighting, residents said. "
            "Doctors at the Kidal hospital said they received the bodies of seven rebel fighters. "
            "A rebel spokesman said dozens of soldiers had been killed or captured, a claim that could not be "
            "verified.")
    records = pipeline.extract(text, published=date(2024, 5, 11))
    assert [r.fatalities for r in records] == [7]


def test_troops_who_re_entered_a_town_taken_days_before_retake_it_in_an_event_of_its_own(pipeline: Pipeline):
    # 're-entered', which the parser splits into 're', '-', 'entered', is a verb of taking a place back like
    # 'recaptured': the town changing hands again, not more of the militia's takeover
    text = ("Militia fighters took control of Kobo, a market town on the main road, on Monday after government "
            "troops withdrew, residents said.\n\n"
            "Government troops re-entered Kobo on Thursday morning after a short exchange of fire on the edge of "
            "the town, residents said; the militia fighters withdrew into the hills.")
    records = pipeline.extract(text, published=date(2024, 2, 16))
    assert sorted(r.sub_event_type for r in records) == ["Government regains territory",
                                                        "Non-state actor overtakes territory"]
