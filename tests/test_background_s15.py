"""Session 15: the facts of an article's sentences. My own example sentence."""

from spacy.tokens import Span

from newsevents import nlp
from newsevents.background import SentenceFactReader


def test_a_clock_time_the_tagger_takes_for_a_place_is_no_place():
    # the tagger may label '7.30am' a place (as it does in longer articles); it names a time, not where the attack was
    doc = nlp.load()("Two attackers opened fire on the convoy at a traffic signal at around 7.30am on Tuesday in Quetta.")
    clock = next(t.i for t in doc if t.text.startswith("7.30"))
    end = clock + (2 if doc[clock + 1].text.lower() == "am" else 1)
    others = [e for e in doc.ents if e.end <= clock or e.start >= end]
    doc.ents = others + [Span(doc, clock, end, label="GPE")]
    facts = SentenceFactReader([]).read(list(doc.sents))
    assert not any("7.30" in p for p in facts[0].places)
    assert "quetta" in facts[0].places
