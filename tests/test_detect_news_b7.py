"""Events of news articles that sit beside a violent incident: the mourners' own march or vigil after it, context and
statistics sentences, and one assault told in phases. Articles written for these tests (a headline, then paragraphs
separated by blank lines, as a news page reads)."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return sorted(d.record.sub_event_type for d in drafts)


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


SILENT_WALK = """Two farmers shot dead near Vranje

Gunmen shot dead two farmers near the village of Dolna in southern Serbia on Monday, police said.

On Tuesday evening about 400 residents walked in silence through the centre of Vranje to mourn the victims.
"""


def test_a_silent_walk_to_mourn_the_victims_is_a_protest_of_its_own(detect):
    drafts = detect(SILENT_WALK, date(2023, 5, 10))
    assert subs(drafts) == ["Attack", "Peaceful protest"]
    march = next(d for d in drafts if d.record.sub_event_type == "Peaceful protest")
    assert "walked in silence" in text_of(march)


SILENT_MANIFESTATION = """Woman killed in Orebro blast

A woman was killed when a powerful explosion tore through a house in the Vivalla area of Orebro early on Thursday, police said.

The blast destroyed the front of the house and shattered windows in neighbouring buildings. Police believe the attack was linked to a feud between criminal networks.

The prime minister spoke to the nation on television on Thursday evening. He promised more police officers for the worst hit areas and tougher sentences for gang crime.

Police say gangs increasingly recruit children through social media. Officers have made several arrests in the area this year.

On Thursday evening, hundreds of people gathered in the centre of Vivalla in a silent manifestation against the violence, laying flowers near the site of the blast.
"""


def test_a_silent_manifestation_far_below_the_blast_is_still_an_event(detect):
    drafts = detect(SILENT_MANIFESTATION, date(2023, 9, 29))
    assert "Peaceful protest" in subs(drafts)
    vigil = next(d for d in drafts if d.record.sub_event_type == "Peaceful protest")
    assert "silent manifestation" in text_of(vigil)
    assert "explosion" not in text_of(vigil)


MOURNING_MARCH_SAME_DAY = """Women march in Jos after mob kills herders

JOS - Angry youths stopped a motorcycle on the road into Mangu on Wednesday morning and beat to death two herders who were its passengers, police said.

Also on Wednesday, hundreds of women from Mangu, many dressed in black, marched through the streets of Jos to Government House, carrying placards reading "Stop the killings". The march was peaceful.
"""


def test_a_womens_march_the_same_day_as_a_killing_is_not_merged_into_it(detect):
    drafts = detect(MOURNING_MARCH_SAME_DAY, date(2024, 1, 25))
    assert len(drafts) == 2
    march = next(d for d in drafts if d.record.sub_event_type == "Peaceful protest")
    assert "marched through the streets of Jos" in text_of(march)
    assert "beat to death" not in text_of(march)


MONTH_OF_SHOOTINGS = """Man shot dead in Malmo

A man was shot dead in Malmo, Sweden, on Wednesday, police said.

The killing comes at the end of a month in which at least nine people have been shot dead in Sweden, most of them in the Malmo and Gothenburg regions, making it the deadliest month since police began keeping records.
"""


def test_a_months_count_of_shootings_is_no_event_and_gives_no_toll(detect):
    drafts = detect(MONTH_OF_SHOOTINGS, date(2023, 5, 10))
    assert len(drafts) == 1
    assert "a month in which" not in text_of(drafts[0])  # so its nine dead and its regions are not the killing's


MEASURES_AFTER_OLD_KILLINGS = """El Salvador arrests pass 8,000

Soldiers and police arrested 20 suspected gang members in San Miguel, El Salvador, on Thursday, police said.

The emergency measures were adopted after 35 people were killed in a single day on 2 March, the deadliest day in the country in decades.
"""


def test_the_killings_weeks_ago_that_led_to_the_measures_are_no_event(detect):
    drafts = detect(MEASURES_AFTER_OLD_KILLINGS, date(2022, 4, 9))
    assert subs(drafts) == ["Arrests"]
    assert "35 people" not in text_of(drafts[0])


HOLED_UP = """Police officer killed in monastery siege

A police officer and three gunmen were killed on Sunday when about 30 armed men ambushed a police patrol near the village of Banjska and then barricaded themselves inside a monastery, officials said.

On Monday evening several hundred residents walked in silence through Mitrovica, carrying candles, to protest against the presence of special police units.
"""


def test_armed_men_barricading_themselves_in_are_no_riot(detect):
    drafts = detect(HOLED_UP, date(2023, 9, 26))
    assert subs(drafts) == ["Armed clash", "Peaceful protest"]
