"""A 'battle' with one armed side only is an attack (type consistency, session 16), on my own example sentences.

Each event starts as an Armed clash, the type a detector might give it before the actors are known; the actors
stage and then the type-consistency stage run on it as in the pipeline."""

import pytest

from newsevents import nlp
from newsevents.actors import ActorResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord
from newsevents.type_consistency import TypeConsistency


@pytest.fixture(scope="module")
def stages():
    actors = ActorResolver()
    return actors, TypeConsistency(actors)


def run(stages, text, trigger_word, country):
    actors, consistency = stages
    doc = nlp.load()(text)
    rec = EventRecord(event_type="Battles", sub_event_type="Armed clash", country=country)
    trigger = next(t for t in doc if t.text == trigger_word)
    draft = EventDraft(record=rec, sentences=list(doc.sents), trigger=trigger)
    article = Article(text=text, doc=doc)
    for stage in (actors, consistency):
        stage(article, [draft])
    return rec


@pytest.mark.parametrize("text,trigger", [
    ("On 3 March 2023, Al Shabaab militants ambushed a passenger bus near Mandera, killing four travellers.",
     "ambushed"),
    ("On 3 March 2023, soldiers positioned at the border fired towards farmland east of the village.", "fired"),
])
def test_clash_with_one_armed_side_only_is_an_attack(stages, text, trigger):
    rec = run(stages, text, trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")
    assert rec.evidence_for("event_type").rule == "type consistency: clash with one side"
    assert rec.actor2 and rec.actor2.startswith("Civilians")


@pytest.mark.parametrize("text,trigger", [
    # armed people hit: the second side
    ("On 3 March 2023, Al Shabaab militants ambushed a police patrol near Mandera, killing two officers.",
     "ambushed"),
    # armed people the mentions miss; a second armed side the actors find
    ("On 3 March 2023, Al Shabaab militants injured a local vigilante militiaman in Mandera.", "injured"),
    ("On 3 March 2023, unknown gunmen fired at a bar in Wajir, and police officers chased them into the bush.",
     "fired"),
    # a fight or a response told
    ("On 3 March 2023, Al Shabaab militants ambushed a bus near Mandera and fighting went on for an hour.",
     "ambushed"),
    ("On 3 March 2023, Al Shabaab militants attacked a camp near Mandera, but the attack was repelled.", "attacked"),
    ("On 3 March 2023, two rival gangs clashed in Mathare, leaving three people dead.", "clashed"),
    # nobody named acting: nothing says the sides are one
    ("On 3 March 2023, three people were killed in Mandera.", "killed"),
])
def test_clash_with_a_second_side_or_a_fight_told_stands(stages, text, trigger):
    rec = run(stages, text, trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")


def test_two_armed_sides_acting_stand_where_the_actors_name_one(stages):
    # the actors stage may name one side only (here set by hand): the police, acting in the event's sentences, are
    # the second, even where it is unclear whether they repelled the attack
    _, consistency = stages
    text = ("On 3 March 2023, unknown gunmen fired at the station in Bagassi, and it is unclear whether the attack was "
            "repelled by the police.")
    doc = nlp.load()(text)
    one = "Unidentified Armed Group (Burkina Faso)"
    rec = EventRecord(event_type="Battles", sub_event_type="Armed clash", country="Burkina Faso", actor1=one, actor2=one)
    draft = EventDraft(record=rec, sentences=list(doc.sents), trigger=next(t for t in doc if t.text == "fired"))
    consistency(Article(text=text, doc=doc), [draft])
    assert rec.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,trigger", [
    ("On 3 March 2023, home guards shot dead a cattle raider near Kapedo.", "shot"),
    ("On 3 March 2023, police officers killed two bandits on the road outside Marsabit.", "killed"),
])
def test_raiders_and_bandits_hit_are_armed_people(stages, text, trigger):
    # raiders and bandits carry arms: a fight in which they fall keeps its clash, whatever the actors stage resolves
    rec = run(stages, text, trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
