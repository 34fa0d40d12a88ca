"""Which sentences of a whole news article become which events: round-ups with sub-headings, a second event
told in a clause of the lead, an earlier incident told in full in a time clause. Articles written for these
tests."""

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text


def subs(drafts):
    return sorted(d.record.sub_event_type for d in drafts)


def text_of(draft):
    return " ".join(s.text for s in draft.sentences)


ROUND_UP = """Somalia security digest: bomb in Baidoa, clash near Jowhar

MOGADISHU, 12 May 2023 - Several incidents were reported across southern Somalia this week, officials said. Here is an overview.

Bomb near Baidoa market
Four civilians were killed on Monday when an improvised explosive device went off near the livestock market in Baidoa, a police officer said. Al-Shabaab did not comment on the blast.

Fighting near Jowhar
Government troops and al-Shabaab fighters fought for several hours on Wednesday near the village of Kalagoye, north of Jowhar, killing six militants and two soldiers, the regional administration said. The army said it had pushed the militants back into the forest.

Background
Al-Shabaab has fought the federal government for more than fifteen years. In 2017, a truck bomb in Mogadishu killed more than 500 people, the deadliest attack in the country's history.
"""


def test_each_section_of_a_round_up_tells_its_own_event(detect):
    drafts = detect(ROUND_UP)
    assert subs(drafts) == ["Armed clash", "Remote explosive/landmine/IED"]
    bomb = next(d for d in drafts if d.record.sub_event_type.startswith("Remote"))
    clash = next(d for d in drafts if d.record.sub_event_type == "Armed clash")
    assert "Jowhar" not in text_of(bomb) and "Baidoa" not in text_of(clash)
    # the background section's truck bomb is no event, nor part of one
    assert not any("truck bomb" in text_of(d) for d in drafts)


ONE_HEADING = """Gunmen attack village in Zamfara

GUSAU, Nigeria - Gunmen on motorcycles attacked the village of Kanoma in Zamfara state on Sunday, killing nine residents, police said.

What residents saw
Residents said the attackers arrived at dawn and fired on people leaving the mosque before setting houses on fire.
"""


def test_a_single_sub_heading_does_not_split_an_article(detect):
    drafts = detect(ONE_HEADING)
    assert len(drafts) == 1


ARREST_THEN_AMBUSH = """Police arrest gang leader in Michoacan; officers ambushed a day later

MORELIA, Mexico - Federal police arrested the leader of a local gang in the town of Apatzingan on Tuesday, and a day later gunmen ambushed a police convoy on the road to Buenavista, killing three officers, the state prosecutor said.

The arrested man was flown to Mexico City, the prosecutor's office said in a statement.
"""


def test_an_arrest_and_an_ambush_by_other_doers_in_one_sentence_are_two_events(detect):
    drafts = detect(ARREST_THEN_AMBUSH)
    assert subs(drafts) == ["Armed clash", "Arrests"]


BOMB_A_DAY_BEFORE = """Soldiers clash with militants in Lanao del Sur

MARAWI, Philippines - Two soldiers were wounded in a gunfight with Dawlah Islamiyah militants in the town of Butig on Tuesday, the army said.

The army said the militants fled into the forest after the exchange of fire, which lasted about half an hour.

The clash came a day after a grenade exploded outside a bakery in Marawi city, wounding three customers, police said.
"""


def test_an_incident_told_in_full_in_a_time_clause_on_another_day_is_another_event(detect):
    drafts = detect(BOMB_A_DAY_BEFORE)
    assert subs(drafts) == ["Armed clash", "Grenade"]
    clash = next(d for d in drafts if d.record.sub_event_type == "Armed clash")
    grenade = next(d for d in drafts if d.record.sub_event_type == "Grenade")
    assert "Butig" in clash.sentences[0].text and "bakery" in grenade.sentences[0].text


def test_an_incident_named_only_to_place_another_in_time_is_no_event(detect):
    drafts = detect("Soldiers clash with militants in Butig\n\nMARAWI, Philippines - Two soldiers were wounded in a "
                    "gunfight with militants in the town of Butig on Tuesday, the army said.\n\n"
                    "The clash came two days after a grenade attack in Marawi.\n")
    assert subs(drafts) == ["Armed clash"]
