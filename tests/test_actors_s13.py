"""Actors stage, thirteenth session: where ACLED's coverage names a community's fighters after the place of the
fight ('farmers and herders clashed in Goungoun': the Goungoun communal militia, in Burkina Faso and in Benin up
to mid-2021); unnamed attackers a later sentence names as a people ('residents described the gunmen as Fulani
herdsmen') or a community ('the attackers were believed to be pastoralists from Lagdera'), or a group suspected
of the deed ('Al Shabaab is suspected'); 'the militants' told again after a group named with its alliance in
brackets."""

from datetime import date

import pytest

from newsevents.document import EventDraft, EventRecord
from test_actors import parsed, resolver  # noqa: F401 (the module's resolver fixture)

CLASH = ("Battles", "Armed clash")


def resolve_at(resolver, text, event_type, sub_event_type, country, location, when):
    """Like test_actors.resolve, with the place the places stage found for the event."""
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when,
                         location=location)
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents))])
    return record


@pytest.mark.parametrize("text, country, place, when, sides", [
    ("Armed farmers ambushed a police patrol near Tiassale on Monday, wounding two officers.",
     "Burkina Faso", "Tiassale", date(2019, 4, 8),
     ("Tiassale Communal Militia (Burkina Faso)", "Police Forces of Burkina Faso (2015-)")),
    ("On Sunday, youths in Kouri ambushed a group of suspected jihadists as they entered the village and "
     "killed three of them.", "Burkina Faso", "Kouri", date(2020, 2, 9), "Kouri Communal Militia (Burkina Faso)"),
    ("Villagers and soldiers exchanged gunfire in Agbassa on Friday after the arrest of a local hunter.",
     "Benin", "Agbassa", date(2019, 6, 14), "Agbassa Communal Militia (Benin)"),
])
def test_a_community_with_no_home_told_fights_for_the_place_of_the_fight(resolver, text, country, place, when, sides):
    rec = resolve_at(resolver, text, *CLASH, country, place, when)
    if isinstance(sides, tuple):
        assert (rec.actor1, rec.actor2) == sides
    else:
        assert sides in (rec.actor1, rec.actor2)


@pytest.mark.parametrize("country, when", [("Benin", date(2022, 3, 1)), ("Kenya", date(2019, 4, 8))])
def test_elsewhere_a_community_with_no_home_told_stays_unidentified(resolver, country, when):
    rec = resolve_at(resolver, "Armed farmers ambushed a police patrol near Tiassale on Monday, wounding two officers.",
                     *CLASH, country, "Tiassale", when)
    assert rec.actor1 == f"Unidentified Communal Militia ({country})"


def test_a_home_told_still_names_the_militia(resolver):
    rec = resolve_at(resolver, "Youths from Goro clashed with soldiers in Tiassale on Monday; one soldier was wounded.",
                     *CLASH, "Burkina Faso", "Tiassale", date(2019, 4, 8))
    assert "Goro Communal Militia (Burkina Faso)" in (rec.actor1, rec.actor2)
    assert "Tiassale Communal Militia (Burkina Faso)" not in (rec.actor1, rec.actor2)


VAC = ("Violence against civilians", "Attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "Gunmen killed four farmers in Gwer village on Monday. Residents described the gunmen as Fulani herdsmen.",
    "Gunmen killed four farmers in Gwer village on Monday. Survivors identified the attackers as Fulani herdsmen.",
])
def test_unnamed_attackers_a_later_sentence_names_as_a_people(resolver, text):
    rec = resolve_at(resolver, text, *VAC, "Nigeria", "Gwer", date(2022, 5, 9))
    assert (rec.actor1, rec.actor2) == ("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize("text, country, actor1", [
    ("Two people were wounded in a raid at Mata Bofu on Monday. The attackers were believed to be pastoralists from "
     "Lagdera.", "Kenya", "Lagdera Communal Militia (Kenya)"),
    ("Unknown assailants killed a herder near Nikki on Monday. Police said the attackers were farmers from a nearby "
     "village.", "Benin", "Unidentified Communal Militia (Benin)"),
    ("Gunmen killed a herder near Nikki on Monday. Witnesses described the gunmen as farmers.", "Benin",
     "Unidentified Communal Militia (Benin)"),
])
def test_unnamed_attackers_said_to_be_a_community_are_its_militia(resolver, text, country, actor1):
    rec = resolve_at(resolver, text, *VAC, country, None, date(2019, 11, 4))
    assert (rec.actor1, rec.actor2) == (actor1, f"Civilians ({country})")


def test_a_community_among_the_victims_does_not_name_the_attackers(resolver):
    rec = resolve_at(resolver, "Gunmen killed two farmers near Nikki on Monday. The victims were farmers from Nikki.",
                     *VAC, "Benin", None, date(2019, 11, 4))
    assert rec.actor1 == "Unidentified Armed Group (Benin)"


def test_a_people_among_the_victims_does_not_name_the_attackers(resolver):
    rec = resolve_at(resolver, "Gunmen killed four Fulani herdsmen in Gwer village on Monday.", *VAC, "Nigeria", "Gwer",
                     date(2022, 5, 9))
    assert rec.actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text, etype, target", [
    ("A roadside bomb hit a military truck near Mandera on Monday. Al Shabaab is suspected.", IED,
     "Military Forces of Kenya (2013-)"),
    ("A roadside bomb hit a military truck near Mandera on Monday. Al Shabaab militants are suspected of planting "
     "the device.", IED, "Military Forces of Kenya (2013-)"),
    ("Gunmen shot dead two teachers in Mandera on Monday. Al Shabaab militants were suspected of the attack.", VAC,
     "Civilians (Kenya)"),
    ("A roadside bomb hit a military truck near Mandera on Monday. Al Shabaab is believed to be behind the attack.",
     IED, "Military Forces of Kenya (2013-)"),
    ("A roadside bomb hit a military truck near Mandera on Monday. Al Shabaab is suspected to have planted the "
     "device.", IED, "Military Forces of Kenya (2013-)"),
])
def test_the_group_suspected_of_the_deed_did_it(resolver, text, etype, target):
    rec = resolve_at(resolver, text, *etype, "Kenya", "Mandera", date(2019, 5, 6))
    assert (rec.actor1, rec.actor2) == ("Al Shabaab", target)


@pytest.mark.parametrize("after", [
    "Two Al Shabaab militants were suspected of theft.",
    "Two Al Shabaab militants are believed to have come from Somalia.",
])
def test_a_group_suspected_of_something_else_is_not_the_doer(resolver, after):
    rec = resolve_at(resolver, f"Gunmen shot dead two teachers in Mandera on Monday. {after}", *VAC, "Kenya", "Mandera",
                     date(2019, 5, 6))
    assert rec.actor1 == "Unidentified Armed Group (Kenya)"


def test_the_militants_told_again_are_named_as_the_group_first_was(resolver):
    # the event is told in the second sentence only; 'the militants' refers back to the group named with its
    # alliance in brackets, which ACLED names
    when = date(2019, 5, 6)
    article, doc = parsed("Presumed Ansaroul Islam (JNIM) militants searched the village of Toeni for its chief on "
                          "Sunday. The militants then shot dead three villagers.", when)
    record = EventRecord(event_type="Violence against civilians", sub_event_type="Attack", country="Burkina Faso",
                         event_date=when)
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents)[1:])])
    assert (record.actor1, record.assoc_actor_1) == ("JNIM: Group for Support of Islam and Muslims", "Ansaroul Islam")
