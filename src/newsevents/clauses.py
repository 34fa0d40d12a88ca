"""The clause of a sentence that tells one event, when a sentence tells more than one.

A news sentence often reports two events, each in a clause of its own verb: 'a bomb in Kabul killed
four, and three people died in a separate blast in Jalalabad'; 'Jihadists killed 15 civilians in
Seytenga and attacked a gendarmerie post in Dori'; 'shot dead five protesters in Khartoum as
thousands rallied in Omdurman'; 'The attack came two days after herders killed five farmers in
Bokkos'; '..., hours after a car bomb killed three people in Baidoa'. The stages that fill an
event's place, toll and day read the clause of its trigger, not the other event's.

From the dependency parse, a clause of its own is headed by a verb coordinated with another verb
('killed ... and attacked', '..., and three people died') or by a verb of an adverbial clause opened
by a subordinating word of time or contrast ('after', 'as', 'while', 'when', ...). A participle
('..., killing two worshippers') has no such word and stays in the clause of the verb it hangs on.
Without another event in the sentence, the clause is found by punctuation only: a comma followed by
'and', 'while', 'but', 'whereas' or 'then', or a semicolon.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

# words that open an adverbial clause telling something that happened at another time or place
_SUBORDINATORS = frozenset({"after", "as", "while", "whereas", "when", "before", "since", "until", "whilst"})

# a comma and one of these words, or a semicolon, opens a clause that may tell another event
_PUNCTUATED_CONJUNCTIONS = frozenset({"and", "while", "but", "whereas", "then"})

_VERBAL = ("VERB", "AUX")


@dataclass(frozen=True)
class Clause:
    """The tokens of one clause: `start`..`end` bound it within the sentence; `tokens` are the
    indices in it (a clause may have another clause nested inside its bounds)."""

    start: int
    end: int
    tokens: frozenset

    def __contains__(self, i: int) -> bool:
        return i in self.tokens


def head_word(trigger):
    """A trigger's head word: a Token itself, a Span's root; None when there is none (a figure read
    without a token)."""
    return trigger if trigger is None or hasattr(trigger, "i") else trigger.root


def token_of(trigger) -> Optional[int]:
    """The index of a trigger's head word (a Token's own, a Span's root)."""
    return None if trigger is None else head_word(trigger).i


def _subordinator(tok):
    """The word opening a clause headed by `tok` ('after', 'as', 'while', ...), if it has one."""
    return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS), None)


def is_clause_head(tok) -> bool:
    """A verb heading a clause of its own: coordinated with another verb, or a clause opened by a
    subordinating word ('after', 'as', 'while', ...), itself or under a phrase of time before it
    ('hours after', 'two days after'); the parser may make the latter a complement ('ccomp')."""
    if tok.pos_ not in _VERBAL or tok.head.i == tok.i:
        return False
    if tok.dep_ == "conj" and tok.head.pos_ in _VERBAL:
        return True
    if tok.dep_ in ("advcl", "ccomp"):
        return _subordinator(tok) is not None
    return tok.dep_ == "pcomp" and tok.head.lower_ in _SUBORDINATORS  # 'after herders had killed' as prep + pcomp


def _clause_words(head) -> set:
    """The words of the clause `head` heads: its subtree, from the phrase opening it on ('hours after a
    drone strike killed six' when the parser hung the main clause before it under 'killed')."""
    words = {t.i for t in head.subtree}
    mark = _subordinator(head)
    if mark is None:
        return words
    opening = min([mark.i] + [c.left_edge.i for c in head.children if c.dep_ == "npadvmod" and c.i < mark.i])
    return {i for i in words if i >= opening}


def _parsed_clause(sent, at: int) -> Optional[Clause]:
    """The clause holding token `at`, split by the parse; None when the sentence is one clause."""
    doc = sent.doc
    heads = {t.i: _clause_words(t) for t in sent if is_clause_head(t)}
    if not heads:
        return None
    own = next((node.i for node in (doc[at], *doc[at].ancestors) if node.i in heads and at in heads[node.i]), None)
    words = set(heads[own]) if own is not None else {t.i for t in sent}
    for head, inside in heads.items():
        if head != own and at not in inside:
            words -= inside
    if not words or at not in words:
        return None
    return Clause(min(words), max(words) + 1, frozenset(words))


def _punctuated_clause(sent, at: int) -> Optional[Clause]:
    """The stretch of `sent` around token `at` between a semicolon or a comma before a conjunction,
    when another stretch has a verb of its own ('in Kabul, and Herat' does not split)."""
    doc = sent.doc
    breaks = [t.i for t in sent if t.text == ";" or (
        t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in _PUNCTUATED_CONJUNCTIONS)]
    if not breaks:
        return None
    bounds = [sent.start] + breaks + [sent.end]
    start, end = sent.start, sent.end
    for start, end in zip(bounds, bounds[1:]):
        if start <= at < end:
            break
    others = [(a, b) for a, b in zip(bounds, bounds[1:]) if (a, b) != (start, end)]
    if not any(t.pos_ == "VERB" for a, b in others for t in doc[a:b]):
        return None
    return Clause(start, end, frozenset(range(start, end)))


def trigger_clause(sent, trigger, other_triggers: Iterable = ()) -> Optional[Clause]:
    """The clause of `sent` that tells the event of `trigger`. When another event's trigger lies in
    the same sentence, the parse splits it (the two triggers' clauses); otherwise only punctuation
    does, as a sentence of one event seldom needs its clauses told apart. None when the trigger is
    outside the sentence or the sentence is one clause."""
    at = token_of(trigger)
    if at is None or not sent.start <= at < sent.end:
        return None
    return parsed_trigger_clause(sent, trigger, other_triggers) or _punctuated_clause(sent, at)


def parsed_trigger_clause(sent, trigger, other_triggers: Iterable = ()) -> Optional[Clause]:
    """The clause of `sent` that tells the event of `trigger`, split from those of the other
    triggers in the sentence by the parse alone; None when no other trigger is in the sentence or the
    parse does not set them apart."""
    at = token_of(trigger)
    if at is None or not sent.start <= at < sent.end:
        return None
    others = [i for i in (token_of(t) for t in other_triggers) if i is not None and sent.start <= i < sent.end and i != at]
    if not others:
        return None
    clause = _parsed_clause(sent, at)
    return clause if clause is not None and not any(i in clause for i in others) else None


def shares_subject(clause_head) -> bool:
    """A verb coordinated with the one before it without a subject of its own ('Jihadists killed 15
    civilians in Seytenga and attacked a post in Dori'): its doers are the first verb's."""
    return clause_head is not None and clause_head.dep_ == "conj" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_head.children)


def other_triggers(draft, drafts) -> list:
    """The triggers of the article's other drafts (those in `draft`'s sentence split it)."""
    return [d.trigger for d in drafts if d is not draft and d.trigger is not None]


def clause_head(trigger):
    """The head verb of the clause of its own that a trigger is told in (see `is_clause_head`), or
    None when the trigger is in its sentence's main clause."""
    at = token_of(trigger)
    if at is None:
        return None
    tok = trigger.doc[at]
    return next((node for node in (tok, *tok.ancestors) if is_clause_head(node) and at in _clause_words(node)), None)


def verb_of(token):
    """The verb of the clause a word belongs to (the word itself when it is one); None when no verb
    is above it."""
    return next((node for node in (token, *token.ancestors) if node.pos_ in _VERBAL), None)


def contrasted_clause(tok, follow_up: bool):
    """The head of the clause of its own a word is told in, when it stands beside the sentence's main
    clause as another act: a clause joined by 'while'/'whereas', or by 'and' with a subject of its own
    ('A bomb in Kabul killed four, while gunmen shot dead two in Herat'); in a follow-up sentence, else,
    the sentence's root. None when the word is in the main clause of the event's own sentence."""
    node = tok
    while node.head.i != node.i:
        if node.pos_ in _VERBAL:
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in node.children):
                return node
            if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return node
        node = node.head
    return node if follow_up else None
