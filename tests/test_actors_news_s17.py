"""Actors stage, causes seen in journalists' articles (session 17): soldiers told as a named body's are that body;
who blames an attack on a group in a relative clause tells of it and takes no part; branches of state forces that
news name (Spain's Civil Guard, Chile's Carabineros, Syria's Military Intelligence, Paraguay's FTC); migrants a
crowd wants gone are not the crowd; forces that tell of their own unit's fight are its other side; forces hit in a
branch's vehicle are of that branch; a round-up headline's part about another story names no side of this one."""

from datetime import date

import pytest

from newsevents.document import EventDraft
from newsevents.schema import EventRecord
from test_actors import parsed, resolve, resolver  # noqa: F401 (the module's resolver fixture)


def test_soldiers_of_a_named_body_are_that_body(resolver):
    rec = resolve(resolver, "Three soldiers of the Security Belt forces died on Friday when a landmine exploded under "
                  "their truck near Lawdar, a local official said.", "Explosions/Remote violence",
                  "Remote explosive/landmine/IED", "Yemen", date(2022, 5, 20))
    assert rec.actor2 == "STC: Southern Transitional Council (Security Belt Forces)"


def test_who_blames_the_attack_in_a_relative_clause_is_no_side(resolver):
    rec = resolve(resolver, "A drone struck a Security Belt checkpoint near Zinjibar on Thursday, wounding three "
                  "fighters, an attack the STC blamed on AQAP.", "Explosions/Remote violence", "Air/drone strike",
                  "Yemen", date(2022, 5, 20))
    assert rec.actor1 == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert rec.actor2 == "STC: Southern Transitional Council (Security Belt Forces)"


@pytest.mark.parametrize("text,event_type,sub_event_type,country,when,actor,field", [
    ("Officers of the Guardia Civil detained four men in Girona on Tuesday over a plot to bomb a railway line.",
     "Strategic developments", "Arrests", "Spain", date(2021, 4, 6), "Police Forces of Spain (2020-) Civil Guard",
     "actor1"),
    ("Carabineros fired tear gas and water cannon at thousands of students marching in Valparaiso on Thursday.",
     "Protests", "Protest with intervention", "Chile", date(2022, 6, 9), "Police Forces of Chile (2022-) Carabineros",
     "actor2"),
    ("The FTC clashed with an EPP column in the hills near Yby Yau on Sunday, a local official said.",
     "Battles", "Armed clash", "Paraguay", date(2021, 2, 14), "Military Forces of Paraguay", "actor1"),
])
def test_branches_of_state_forces_named_in_news(resolver, text, event_type, sub_event_type, country, when, actor, field):
    rec = resolve(resolver, text, event_type, sub_event_type, country, when)
    assert getattr(rec, field).startswith(actor)


def test_forces_hit_in_a_branch_vehicle_are_of_that_branch(resolver):
    rec = resolve(resolver, "A bomb planted on a road outside Sanamayn went off on Monday under a truck of the "
                  "Military Intelligence branch, killing three officers, a monitor said.", "Explosions/Remote violence",
                  "Remote explosive/landmine/IED", "Syria", date(2022, 3, 10))
    assert rec.actor2 == "Military Forces of Syria (2000-) Military Intelligence"


def test_migrants_the_crowd_wants_gone_are_not_the_crowd(resolver):
    rec = resolve(resolver, "Hundreds of residents rallied in Medenine on Friday to demand that migrants leave the "
                  "town.", "Protests", "Peaceful protest", "Tunisia", date(2023, 7, 7))
    assert rec.actor1 == "Protesters (Tunisia)"


def test_migrants_a_source_tells_of_are_still_the_crowd(resolver):
    rec = resolve(resolver, "Police said migrants threw stones at officers at a camp near Sfax on Friday.",
                  "Riots", "Violent demonstration", "Tunisia", date(2023, 7, 7))
    assert rec.actor1 == "Rioters (International)"


def test_forces_telling_of_their_own_patrol_are_its_other_side(resolver):
    rec = resolve(resolver, "The army said one of its patrols came under fire from a Boko Haram unit near Gwoza on "
                  "Friday, in a firefight that lasted two hours.", "Battles", "Armed clash", "Nigeria",
                  date(2022, 3, 10))
    assert rec.actor1.startswith("Boko Haram")
    assert rec.actor2.startswith("Military Forces of Nigeria")


def test_a_headline_part_of_another_story_is_left_out(resolver):
    text = ("Five passengers killed in Kalat bus attack; suicide bomber targets convoy near Panjgur\n\nOn Monday, a "
            "suicide bomber rammed a car packed with explosives into a vehicle of the paramilitary Frontier Corps near "
            "Panjgur, killing two soldiers, the military's media wing said.")
    article, doc = parsed(text, date(2024, 10, 1))
    record = EventRecord(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", country="Pakistan",
                         event_date=date(2024, 10, 1))
    sents = list(doc.sents)
    trigger = next(t for t in sents[-1] if t.lower_ == "bomber")
    resolver(article, [EventDraft(record=record, sentences=[sents[-1], sents[0]], trigger=trigger)])
    assert record.actor2.startswith("Military Forces of Pakistan (") and record.actor2.endswith(") Frontier Corps")
