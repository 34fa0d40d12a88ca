"""Background a news article tells beside its events: a live page's welcome line, a count over the whole country
up to now, what a court deals with. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return sorted(d.record.sub_event_type for d in drafts)


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


LIVE_PAGE = """Kenya unrest: live updates

NAIROBI - Welcome to our live coverage of the protests in Kenya, where at least six people have been killed since Monday in clashes between demonstrators and police.

14:05 - In Kisumu, police fired tear gas at hundreds of protesters who had blocked the main road to the airport on Saturday morning, a Reuters witness said.

14:30 - The interior ministry says police have arrested more than 300 people across the country since the protests began.
"""


def test_a_live_pages_welcome_line_is_no_event(detect):
    drafts = detect(LIVE_PAGE, date(2023, 6, 3))
    assert subs(drafts) == ["Protest with intervention"]
    assert "Kisumu" in text_of(drafts[0])
    assert not any("Welcome" in text_of(d) for d in drafts)


COUNT_IN_LEAD = """Police arrest hundreds as protests spread in Kenya

NAIROBI - Police have arrested more than 300 people across the country since the protests began on Monday, the interior minister said on Saturday.

Thousands of opposition supporters marched through the centre of Nairobi on Saturday, chanting slogans against the tax increases. Police fired tear gas to disperse them near parliament.
"""


def test_a_nationwide_count_up_to_now_in_the_lead_is_no_event(detect):
    drafts = detect(COUNT_IN_LEAD, date(2023, 6, 3))
    assert subs(drafts) == ["Protest with intervention"]
    assert "Nairobi on Saturday" in text_of(drafts[0])
    assert "300 people" not in text_of(drafts[0])


def test_a_lead_telling_one_days_arrests_at_a_named_town_stays_an_event(detect):
    text = ("Police detain opposition supporters in Uganda\n\nKAMPALA - Police arrested 120 opposition supporters "
            "in Kampala and other towns across the country on Tuesday, a police spokesman said.\n")
    assert subs(detect(text)) == ["Arrests"]


def test_a_court_sentence_and_the_attack_it_punishes_are_no_events(detect):
    text = ("Man jailed for life over Garissa attack\n\nNAIROBI - A Kenyan court on Tuesday jailed a man for life "
            "for his role in the 2015 attack on Garissa University, in which 148 people were killed.\n")
    assert detect(text) == []


def test_a_court_clearing_someone_of_a_charge_is_no_event(detect):
    text = ("Court clears opposition leader of rape charge\n\nHARARE - A court in Harare on Tuesday cleared "
            "opposition leader John Moyo of a rape charge, ruling that the prosecution had failed to prove its case.\n")
    assert detect(text) == []


def test_police_jailing_protesters_is_still_an_arrest(detect):
    text = ("Police detained 25 protesters in Bulawayo on Monday and jailed them at the central station, "
            "their lawyer said.")
    assert len(detect(text)) == 1 and detect(text)[0].record.event_type in ("Protests", "Strategic developments")


REFUGEES = """Refugees from Burkina Faso pour into northern Benin

TANGUIETA, Benin - More than 3,000 people have crossed into northern Benin this month, officials said on Thursday.

Aid workers say the flow has accelerated since attacks on villages in eastern Burkina Faso last month, when jihadist fighters executed dozens of men accused of working with the army, according to survivors.
"""


def test_an_earlier_event_dated_after_since_and_its_relative_clause_are_no_events(detect):
    assert detect(REFUGEES, date(2023, 6, 15)) == []


def test_protesters_jailed_over_the_weekend_were_arrested(detect):
    text = "Police jailed 30 protesters over the weekend in Bulawayo, their lawyers said on Monday."
    drafts = detect(text)
    assert len(drafts) == 1 and drafts[0].record.event_type in ("Protests", "Strategic developments")
