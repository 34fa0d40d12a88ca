"""Photo captions and wire datelines (articles written for these tests).

A caption is told by its form, not by a credit word somewhere in it: a label opening the line ('Photo: ...')
or a credit closing it ('... (Photo: staff)', '... REUTERS/Name'). A paragraph of the story that cites a
news agency, or a wire lead whose dateline credits an agency of any name, is body text. The dateline is cut
from the lead, which may follow lines of page furniture (a publication stamp, a second byline), and may
name two places.
"""

from datetime import date

import pytest

from conftest import SEED_ARTICLE
from newsevents.cleanup import clean, is_caption
from newsevents.document import RawInput

PUBLISHED = date(2024, 5, 3)


@pytest.mark.parametrize("line", [
    "Photo: Women queue for water at a camp outside Dori on Monday.",
    "Photo caption: Riot police stand in line outside the assembly in Lome on Friday. (Photo: staff)",
    "Image caption, Residents left the town on foot after the shelling",
    "FILE - Soldiers guard a bridge near Mopti, Mali, on March 2, 2023. (AP Photo/Ousmane Keita, File)",
    "Smoke rises over the port of Hodeidah after an air strike on Sunday. REUTERS/Khaled Abdullah",
    "A boy stands in the ruins of a school in Kharkiv, April 4, 2024. AFP via Getty Images",
    "Burnt cars line a street in Sirte on Tuesday. Photograph: Staff/Reuters",
    "Volunteers carry sacks of flour in Goma on Monday. (AFP)",
    "Farmers block the highway near Oruro. (Reuters/Staff)",
])
def test_lines_shaped_as_captions_are_captions(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    # an agency cited by the story, in a reporting clause
    "Gunmen killed four herders in an attack on the village of Tessit near Ansongo on Monday, a local official "
    "told Agence France-Presse (AFP).",
    "According to a security source quoted by Reuters (Reuters), the convoy was hit twice.",
    # a credit word in the middle of a paragraph
    "A Getty Images photographer who was travelling with the convoy was wounded in the blast, which killed three "
    "soldiers near Kidal on Sunday.",
    # an agency in a wire lead's dateline, whatever its spelling
    "BAMAKO (Reuters/AP) - Gunmen killed 12 soldiers at an army post on Tuesday.",
    "TRIPOLI, May 2 (Reuters-style wire) - Armed groups fought with heavy weapons in the capital on Wednesday.",
    # too long for a caption, whatever closes it
    " ".join(["Residents said the fighting went on for hours and that many families fled towards the river,"] * 6)
    + " (AFP)",
])
def test_prose_that_cites_an_agency_or_a_photo_is_not_a_caption(line):
    assert not is_caption(line)


def test_the_reference_article_loses_its_photo_caption_and_keeps_every_paragraph():
    # a real article (../shared/seed): its one caption ends with a bracketed photo credit
    raw = SEED_ARTICLE.read_text(encoding="utf-8")
    a = clean(RawInput(text=raw, published=date(2021, 9, 26)))
    assert len(a.captions) == 1 and a.captions[0].endswith(")") and "Photo credit" in a.captions[0]
    assert a.captions[0] not in a.text
    paragraphs = [p.strip() for p in raw.split("\n\n") if len(p.split()) >= 12 and "\n" not in p.strip()]
    assert len(paragraphs) >= 8 and all(p in a.text for p in paragraphs if p not in a.captions)


def test_a_paragraph_citing_afp_stays_in_the_story_and_a_credited_photo_does_not():
    a = clean(RawInput(text=(
        "Attack in eastern Mali kills four\n\n"
        "Gunmen killed four herders in an attack on the village of Tessit near Ansongo on Monday, a local official "
        "told Agence France-Presse (AFP).\n\n"
        "Herders gather their cattle near Menaka in a file picture. (AFP)\n\n"
        "The army said it had sent reinforcements to the area."), published=PUBLISHED))
    assert "Gunmen killed four herders" in a.text
    assert not any("Gunmen" in c for c in a.captions)
    assert a.captions == ["Herders gather their cattle near Menaka in a file picture. (AFP)"]
    assert "Herders gather their cattle" not in a.text


@pytest.mark.parametrize("agency", ["Reuters-style wire", "Reuters/AP", "dpa-AFX", "Sahel and Lake Chad Newswire"])
def test_a_wire_lead_keeps_its_body_whatever_the_agency_is_called(agency):
    a = clean(RawInput(text=(
        "Fighters attack camp in Tibesti\n\n"
        f"N'DJAMENA, May 2 ({agency}) - Rebel fighters attacked an army camp near Zouar on Wednesday, setting off a "
        "gun battle that lasted most of the day.\n\n"
        "The army said it had repelled the attack."), published=PUBLISHED))
    assert not a.captions
    body = a.text[a.body_start:]
    assert body.startswith("Rebel fighters attacked an army camp near Zouar on Wednesday")
    assert agency not in a.text
    assert a.dateline_day == date(2024, 5, 2)


HAYS_LEAD = ("ADEN, Yemen, May 2 - Two children were killed when a shell hit a residential street in the town of "
             "Hays on Wednesday, local officials said.")


def _hays_report(*above_lead: str, lead: str = HAYS_LEAD, published=PUBLISHED):
    return clean(RawInput(text="\n\n".join(["Shell kills two children in Hays", *above_lead, lead]), published=published))


def test_the_dateline_is_cut_from_the_lead_below_a_publication_stamp_and_a_second_byline():
    a = _hays_report("By Huda Nasser and staff", "Published: 3 May 2024, 09:12 GMT", "Our Correspondent")
    assert "ADEN" not in a.text
    assert "\n\nTwo children were killed when a shell hit" in a.text
    assert a.dateline_day == date(2024, 5, 2)
    assert a.dateline_place == "ADEN, Yemen"


def test_a_dateline_is_only_looked_for_in_the_lead():
    # a paragraph that opens with capitals after the lead is no dateline
    a = clean(RawInput(text=(
        "Clashes in the north\n\n"
        "Soldiers and rebels fought near Kidal on Wednesday, residents said.\n\n"
        "GAO - Residents of the regional capital said the roads were closed on Thursday."), published=PUBLISHED))
    assert "GAO - Residents of the regional capital said" in a.text
    assert a.dateline_place is None


@pytest.mark.parametrize("dateline, place", [
    ("KAMPALA/KINSHASA, May 2 -", "KAMPALA/KINSHASA"),
    ("JUBA & KHARTOUM, May 2 -", "JUBA & KHARTOUM"),
    ("BOGOTÁ / CARACAS, May 2 -", "BOGOTÁ / CARACAS"),
])
def test_a_dateline_may_name_two_places(dateline, place):
    a = clean(RawInput(text=(
        "Troops clash with rebels near the border\n\n"
        f"{dateline} Ugandan troops clashed with ADF fighters near Bundibugyo on Thursday, the army said.\n\n"
        "Two soldiers were wounded."), published=PUBLISHED))
    assert a.text[a.body_start:].startswith("Ugandan troops clashed with ADF fighters")
    assert a.dateline_day == date(2024, 5, 2)
    assert a.dateline_place == place


def test_a_weekday_after_the_dateline_town_is_no_country():
    a = clean(RawInput(text=(
        "Bomb hits patrol in Lamu\n\n"
        "GARISSA, Friday - Two police officers were killed when their vehicle hit a roadside bomb near Mokowe on "
        "Wednesday, police said."), published=PUBLISHED))
    assert a.dateline_place == "GARISSA"
    assert a.text[a.body_start:].startswith("Two police officers were killed")


def test_the_lost_lead_now_places_the_event(pipeline):
    # the lead cites AFP: read as a caption, it vanished and the record was built from the headline alone
    _, records = pipeline.process_one(RawInput(text=(
        "Attack in eastern Mali kills four\n\n"
        "Gunmen killed four herders in an attack on the town of Ansongo on Monday, a local official told "
        "Agence France-Presse (AFP).\n\n"
        "The army said it had sent reinforcements to the area."), published=PUBLISHED))
    assert [(r.country, r.location) for r in records] == [("Mali", "Ansongo")]


def _raid_report(line_above_lead: str):
    return clean(RawInput(text=(
        "Insurgents raid coastal village\n\n"
        f"{line_above_lead}\n\n"
        "Insurgents attacked the village of Quiterajo in Macomia district on Tuesday, burning dozens of houses, "
        "residents said."), published=PUBLISHED))


def test_a_dateline_on_a_line_of_its_own_above_the_lead():
    a = _raid_report("Lichinga, 2 May 2024")
    assert a.standfirst is None
    assert (a.dateline_place, a.dateline_day) == ("Lichinga", date(2024, 5, 2))
    assert "Lichinga" not in a.text and "Lichinga, 2 May 2024" in a.removed
    # a date line that opens with a weekday names no place
    assert _raid_report("Thursday, 2 May 2024").dateline_place is None


@pytest.mark.parametrize("stamp", ["Published: 3 May 2024, 09:12 GMT", "Friday, May 3, 2024",
                                   "Compiled by the Sahel desk | Friday 3 May 2024", "Updated 3 May 2024"])
def test_an_article_without_a_publication_date_takes_it_from_the_stamp_above_the_lead(stamp):
    a = _hays_report("By Huda Nasser", stamp, published=None)
    assert a.published == date(2024, 5, 3)
    # the dateline's day is then read against it
    assert a.dateline_day == date(2024, 5, 2)


def test_a_date_in_the_story_or_a_second_headline_is_no_publication_date():
    in_prose = _hays_report(lead="Two children were killed when a shell hit a street in the town of Hays on 2 May "
                                 "2024, local officials said.", published=None)
    assert in_prose.published is None
    second_headline = _hays_report("Two children killed in attack on 2 May 2024", published=None)
    assert second_headline.published is None
    # a date the caller gives is kept whatever the page says
    assert _hays_report("Published: 3 May 2024", published=date(2024, 5, 4)).published == date(2024, 5, 4)


@pytest.mark.parametrize("dateline, place, agency_credit", [
    ("Imphal, Sept 13 (PTI):", "Imphal", True),
    ("New Delhi, Sep 13:", "New Delhi", False),
    ("Kathmandu, Nepal, September 13 -", "Kathmandu, Nepal", False),
])
def test_a_dateline_written_in_title_case_with_its_day(dateline, place, agency_credit):
    a = clean(RawInput(text=(
        "Volunteer killed in Bishnupur\n\n"
        f"{dateline} A village volunteer was killed on Thursday when armed men opened fire near Moirang, "
        "police said."), published=date(2024, 9, 14)))
    assert (a.dateline_place, a.dateline_day) == (place, date(2024, 9, 13))
    assert a.text[a.body_start:].startswith("A village volunteer was killed") and not a.captions


@pytest.mark.parametrize("lead", [
    "On Monday, May 2 - the day the curfew ended - crowds gathered again in the centre of the town.",
    "Two soldiers, May 2 - were killed today when their vehicle hit a bomb on the road to the border.",
    # an acronym set off by dashes opens a sentence, not a dateline: the lead after a dateline opens as a sentence
    "UNATRA - the drivers' union - called a strike at the bus terminal in the capital on Monday.",
])
def test_a_sentence_opening_like_a_dateline_is_no_dateline(lead):
    a = clean(RawInput(text=f"Crowds return to the streets\n\n{lead}", published=date(2024, 5, 3)))
    assert a.dateline_place is None and a.text.endswith(lead)


def test_a_line_far_longer_than_a_caption_is_prose_without_testing_each_credit_in_it():
    # hostile input: thousands of credits in one line without spaces; each test reads the line up to its credit
    assert not is_caption("(AFP)x" * 20000)
