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
