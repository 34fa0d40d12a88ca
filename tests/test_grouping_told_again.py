"""Grouping: an event told again in another sentence with other words (a bomb as 'the device', a province's fighting
at one of its towns, a killing first told as the cause of a protest and then as 'the Saturday attack'), another act
added to the day's news ('Also on Saturday, ...'), and context that is no event (a trend since the start of the year,
a paragraph about an earlier year, a weekday that names the prayers of an old date). Articles written for these
tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding, sentences_of as text_of, subs

from newsevents import nlp
from newsevents.background import SentenceFactReader
from newsevents.dates import DateResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord


# ---- an explosion named again by its device --------------------------------------------------------
BOMB_TOLD_AGAIN = """Two attacks in Khyber

PESHAWAR - Gunmen stormed a police post in Jamrud late on Tuesday, killing two officers, police said.

The raid came a day before a roadside bomb hit a paramilitary convoy in Landi Kotal. The device went off on Wednesday morning as the convoy passed a bridge near Ali Masjid, killing one soldier.
"""


def test_the_device_that_went_off_is_the_bomb_told_before(detect):
    drafts = detect(BOMB_TOLD_AGAIN, date(2024, 3, 15))
    assert sorted(subs(drafts)) == ["Armed clash", "Remote explosive/landmine/IED"]
    bomb = holding(drafts, "roadside bomb hit")[-1]
    assert bomb.record.sub_event_type == "Remote explosive/landmine/IED"
    assert "The device went off" in text_of(bomb)
    # the sentence that tells the bomb on its own anchors it, not the raid's sentence that named it first
    assert bomb.anchor.text.startswith("The device went off")


def test_the_raid_named_again_leaves_the_bombs_sentence_to_the_bomb(detect):
    drafts = detect(BOMB_TOLD_AGAIN, date(2024, 3, 15))
    raid = holding(drafts, "stormed a police post")[0]
    assert "roadside bomb hit" not in text_of(raid)


def test_the_bomb_told_again_takes_its_day_and_toll(pipeline):
    records = pipeline.extract(BOMB_TOLD_AGAIN, published=date(2024, 3, 15))
    bomb = [r for r in records if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(records) == 2 and len(bomb) == 1
    assert bomb[0].event_date == date(2024, 3, 13) and bomb[0].fatalities == 1


# ---- a province's fighting told again at one of its towns ------------------------------------------
PROVINCE_LEAD = """Eight killed in Daraa fighting

Fighting between the army and rebels in Daraa province killed eight people on Thursday, a war monitor said.

Rebels attacked army checkpoints in the town of Jassem before dawn on Thursday, sparking clashes that lasted until noon, the monitor said.
"""


def test_fighting_in_a_province_and_at_its_town_on_that_day_is_one_event(detect):
    drafts = detect(PROVINCE_LEAD, date(2024, 6, 14))
    assert subs(drafts) == ["Armed clash"]
    assert "Jassem" in text_of(drafts[0]) and "Daraa province" in text_of(drafts[0])


# ---- a killing told as a protest's cause, then as an event of its own -------------------------------
CAUSE_TOLD_AGAIN = """Wajir residents protest over killings

Hundreds of residents of Wajir marched to the county offices on Tuesday to protest against insecurity after four herders were shot dead when gunmen raided a watering point near Tarbaj on Saturday. Police fired tear gas to disperse them.

The Saturday attack took place at dawn at the Tarbaj wells when about ten gunmen surrounded the herders. Elders said the attackers drove off several hundred camels.
"""


def test_the_saturday_attack_is_the_killing_told_as_the_protests_cause(detect):
    drafts = detect(CAUSE_TOLD_AGAIN, date(2024, 2, 14))
    assert len(drafts) == 2
    attack = holding(drafts, "The Saturday attack")
    assert len(attack) == 1 and attack[0].record.event_type == "Violence against civilians"
    assert "The Saturday attack" not in text_of(holding(drafts, "marched to the county offices")[0])


# ---- another act added to the day's news --------------------------------------------------------------
ALSO_ON_THAT_DAY = """Teachers rally in Batumi

On Saturday, several hundred teachers rallied in Batumi to demand higher pay. The rally ended peacefully.

Also on Saturday, police searched the Kutaisi headquarters of the opposition Unity party and detained six members, the party said.
"""


def test_a_raid_told_also_on_the_rallys_day_is_an_event_of_its_own(detect):
    drafts = detect(ALSO_ON_THAT_DAY, date(2024, 5, 20))
    assert sorted(subs(drafts)) == ["Arrests", "Peaceful protest"]
    assert "detained six members" not in text_of(holding(drafts, "rallied in Batumi")[0])


# ---- context that is no event ----------------------------------------------------------------------
TREND_SINCE_THE_YEAR_BEGAN = """Farmer killed in Katsina

KATSINA - A farmer was killed on Monday when bandits attacked the village of Kurfi in Katsina state, police said.

Analysts say kidnappings in the north-west have risen since the start of the year, with hundreds of villagers abducted in Zamfara, Sokoto and Kaduna states.
"""


def test_a_trend_since_the_start_of_the_year_adds_nothing_to_the_event(detect):
    drafts = detect(TREND_SINCE_THE_YEAR_BEGAN, date(2024, 4, 10))
    assert subs(drafts) == ["Attack"]
    assert "have risen" not in text_of(drafts[0])


EARLIER_YEAR_PARAGRAPH = """Refugees wait in Niamey

NIAMEY - Hundreds of Malian refugees live in a camp on the edge of the city, where many sell firewood.

In March 2019, protests against the governor spread through the northern towns. Soldiers broke up the protests in the following weeks.
"""


def test_a_sentence_going_on_from_an_earlier_year_is_no_event(detect):
    assert detect(EARLIER_YEAR_PARAGRAPH, date(2023, 6, 12)) == []


def test_a_sentence_after_an_old_date_carries_it_only_within_its_paragraph():
    doc = nlp.load()("In March 2019, protests spread through the northern towns. Soldiers broke up the protests."
                     "\n\nOn Monday, soldiers broke up a march in Gao.")
    facts = SentenceFactReader(["say"]).read(list(doc.sents), date(2023, 6, 12))
    assert [f.after_old for f in facts] == [False, True, False]


OLD_FRIDAY_PRAYERS = """Protests in Quetta

Hundreds of people rallied in Quetta on Wednesday to demand the release of detained students.

Police opened fire on worshippers after Friday prayers in Turbat on 12 May 2023, killing nine people.
"""


def test_friday_prayers_of_an_old_date_make_no_event_of_this_week(detect):
    drafts = detect(OLD_FRIDAY_PRAYERS, date(2024, 6, 14))
    assert subs(drafts) == ["Peaceful protest"]


def _date_of(text, published):
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Protests", sub_event_type="Peaceful protest"),
                       sentences=[next(iter(doc.sents))])
    DateResolver()(Article(text=text, published=published, doc=doc), [draft])
    return draft.record.event_date


def test_the_weekday_of_the_prayers_gives_way_to_the_stated_date():
    # published on Saturday 20 May: the Friday before would be the 19th
    assert _date_of("Police opened fire on worshippers after Friday prayers in Turbat on 12 May 2023.",
                    date(2023, 5, 20)) == date(2023, 5, 12)


def test_the_weekday_of_the_prayers_is_the_day_when_no_other_is_told():
    # published on a Monday: the Friday before
    assert _date_of("Hundreds of worshippers marched through Quetta after Friday prayers.",
                    date(2024, 6, 17)) == date(2024, 6, 14)


# ---- the wounded of the same blast ----------------------------------------------------------------------
WOUNDED_JOINED = """Mortar kills three soldiers near Kismayo

KISMAYO - Three soldiers were killed and five others wounded when a mortar round struck their post near Kismayo on Sunday, a military officer said.
"""


def test_the_wounded_joined_to_the_dead_are_the_same_blasts(detect):
    drafts = detect(WOUNDED_JOINED, date(2024, 9, 10))
    assert subs(drafts) == ["Shelling/artillery/missile attack"]


# ---- a force the tagger takes for a place ----------------------------------------------------------------
FORCE_NAMED_LIKE_A_PLACE = """Armed youths overrun garrison in Akobo

JUBA - Armed youths overran an army garrison in the town of Akobo in Jonglei State on Monday, officials said.

The county commissioner said the youths attacked the base of the South Sudan People's Defence Forces early on Monday and took control of it by noon. Four soldiers were killed, he said.
"""


def test_the_base_of_a_force_named_like_a_place_is_the_garrison_told_before(detect):
    drafts = detect(FORCE_NAMED_LIKE_A_PLACE, date(2025, 3, 5))
    assert len(drafts) == 1
    assert "took control of it" in text_of(drafts[0])
