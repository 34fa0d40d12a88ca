"""Actors stage: news prose that names a side only by reference — armed men said to come from another
country, a group referred back to by its kind or as 'the same gang', a rebel group by its full name.
(Headline passives, blamed forces and armed men from a named village are among test_actors_sides' cases.)"""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord

from test_actors import resolve, resolver  # noqa: F401  (the module's resolver fixture)
from test_actors_sides import CLASH, VAC


def test_armed_men_from_another_country_stay_unidentified(resolver):
    rec = resolve(resolver, "Gunmen from Somalia attacked a village near Mandera and killed a herder.", *VAC, "Kenya")
    assert rec.actor1 == "Unidentified Armed Group (Somalia)"


def _resolve_last_sentence(resolver, text, event_type, sub_event_type, country):
    """The event told in the text's last sentence only, the earlier ones being background."""
    when = date(2022, 5, 10)
    doc = nlp.load()(text)
    article = Article(text=text, published=when, doc=doc)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents)[-1:])])
    return record


def test_the_group_refers_back_to_armed_men_named_by_their_kind(resolver):
    rec = _resolve_last_sentence(
        resolver, "Islamist insurgents raided the village of Nangade on Monday and burned a clinic. "
                  "On Tuesday, Mozambican troops pursuing the group engaged them near the river.", *CLASH, "Mozambique")
    assert rec.actor1 == "Military Forces of Mozambique (1990-)"
    assert rec.actor2 == "Islamist Militia (Mozambique)"


def test_the_same_gang_refers_back_to_the_gang_named(resolver):
    rec = _resolve_last_sentence(
        resolver, "Members of the 400 Mawozo gang kidnapped five priests in Croix-des-Bouquets on Sunday. "
                  "A day later gunmen of the same gang opened fire on a police station in the town.", *CLASH, "Haiti")
    assert rec.actor1 == "400 Mawozo Gang"


def test_union_for_peace_in_the_central_african_republic(resolver):
    rec = resolve(resolver, "Fighters of the Union for Peace in the Central African Republic attacked an army post "
                  "near Bambari.", *CLASH, "Central African Republic")
    assert rec.actor1 == "UPC: Union for Peace in the Central African Republic"


def test_a_peoples_name_where_a_place_stands_is_the_place(resolver):
    rec = resolve(resolver, "Two boys were killed by a landmine while herding goats near Baragoi, Samburu.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Kenya")
    assert rec.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_party_named_beside_its_victim_is_no_attacker(resolver):
    rec = resolve(resolver, "An unidentified group shot dead a local ODM official in Kisumu on Sunday.", *VAC, "Kenya")
    assert rec.actor1 == "Unidentified Armed Group (Kenya)"
    rec = resolve(resolver, "A former PAN candidate for mayor was found shot dead on a road near Taxco.", *VAC, "Mexico")
    assert rec.actor1 == "Unidentified Armed Group (Mexico)"


def test_a_mob_that_attacks_no_one_faces_the_police_dispersing_it(resolver):
    rec = resolve(resolver, "Armed youths disrupted a campaign rally in Katilia. Police fired in the air to disperse "
                  "the crowd.", "Riots", "Mob violence", "Kenya")
    assert rec.actor2 == "Police Forces of Kenya (2013-)"
    rec = resolve(resolver, "A mob beat two traders accused of theft in Kisumu. Police later fired tear gas to "
                  "disperse the crowd.", "Riots", "Mob violence", "Kenya")
    assert rec.actor2 == "Civilians (Kenya)"
