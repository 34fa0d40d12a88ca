"""Stage — actors: who did it (actor1), to whom (actor2), their associates, ACLED types, civilian targeting.

Mentions are found with phrase tables compiled once from `data/actors.json` (built by
`scripts/build_actor_dictionary.py`; the dictionary, its tables and ACLED's names of state forces live in
actor_dictionary.py): named groups by their aliases (case-insensitive) and
abbreviations (case-sensitive), and common nouns that name an actor by its kind ("soldiers",
"protesters", "gunmen", "villagers") which take the event's country. The dependency parse decides
each mention's role — subject of an active verb or agent of a passive is the perpetrator, object or
passive subject the target — and ACLED's conventions per event type decide the rest (a protest's
actor1 is always "Protesters (COUNTRY)", violence against civilians always targets "Civilians
(COUNTRY)", an unknown perpetrator is "Unidentified Armed Group (COUNTRY)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Optional, Sequence

from . import clauses
# the dictionary and its phrase tables live in actor_dictionary; named here too for the modules and tests that import them from actors
from .actor_dictionary import STATE_KINDS, ActorDictionary, PhraseTable, _compile_tables, load_dictionary  # noqa: F401
from .claims import ClaimResolver
from .document import Article, EventDraft
from .data import read_json

ARMED = {"named", "military", "police", "government", "unidentified", "anaphor", "unit", "identity", "gang",
         "communal_militia", "ethnic_militia", "private_security", "template", "pirates"}
# unnamed armed men whose kind a later 'the attackers' or 'the militants' takes over
ANAPHOR_KINDS = {"identity", "ethnic_militia", "communal_militia", "gang", "pirates"}
# Verbs whose subject suffers rather than acts ("two soldiers died").
UNDERGOER_VERBS = {"die", "perish", "suffer", "sustain", "lose", "flee", "succumb", "survive", "escape", "receive",
                   "be", "remain", "go", "disappear", "fall"}
# Groups claim attacks, not changes of who holds territory: a claim elsewhere in the article does not
# name the side that took or retook a town.
TERRITORY_SUB_TYPES = {"Non-state actor overtakes territory", "Government regains territory"}
# developments of one actor alone: a second side found naming the same actor is that actor named again
ONE_SIDED_DEVELOPMENTS = {"Headquarters or base established", "Change to group/activity"}
TARGET_PREPS = {"against", "on", "at", "upon", "targeting", "toward", "towards", "into"}


@lru_cache(maxsize=1)
def _role_words() -> dict[str, frozenset]:
    """Reporting verbs, source nouns and attack nouns from data/actor_roles.json (see its _about)."""
    data = read_json("actor_roles.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _communal_conflict_pattern():
    """The communal_conflict_words of data/actor_roles.json as one pattern of whole words."""
    words = sorted(_role_words()["communal_conflict_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=1)
def _local_branches() -> dict:
    """Groups whose local branches are named after their home town (data/actor_local_branches.json)."""
    data = read_json("actor_local_branches.json")
    return {"branches": data["branches"], "not_places": frozenset(data["not_places"])}


@lru_cache(maxsize=1)
def _country_conventions() -> dict:
    """How ACLED codes actors in some countries' events (data/actor_country_conventions.json, see its _about)."""
    data = read_json("actor_country_conventions.json")
    return {k: v if isinstance(v, dict) else frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _qualifies_foreign_mission(span) -> bool:
    """'the Russian embassy', 'the French ambassador': a country's mission is always in another country."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i > root.i \
        and root.head.lower_ in _role_words()["foreign_mission_nouns"]


def _with_compounds(token) -> str:
    """A proper name with the words the parse hangs on its last one ('Burkina Faso', 'South Sudan')."""
    return " ".join(t.text for t in sorted([token, *(c for c in token.children if c.dep_ == "compound")], key=lambda t: t.i))


def _heads_the_clause(word) -> bool:
    """The word names who acts, however the parse attaches it: the subject ('refugees marched'), a headline's head
    noun ('22 refugees injured in riots'), an apposition the parse makes of a subject after a place ('in Tapachula,
    500 migrants marched') or the people of a subject's quantity ('dozens of migrants blocked the road')."""
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        word = word.head.head
    return word.dep_ in ("nsubj", "ROOT", "appos")


def _within(period: Optional[list], when) -> bool:
    """Whether a date falls in a convention's period ([first, last], null: open-ended); no period, never; an undated
    event counts as within."""
    if period is None:
        return False
    first, last = (date.fromisoformat(d) if d else None for d in period)
    return when is None or (first is None or when >= first) and (last is None or when <= last)


def _identity_suffix(span) -> str:
    """How ACLED names a militia told by the span's words: 'Clan' ('clan militias', 'the Mehsud clan'), 'Tribal'
    ('tribesmen'), else 'Ethnic'."""
    words = {t.lower_ for t in span}
    if words & _role_words()["clan_words"]:
        return "Clan"
    return "Tribal" if words & _role_words()["tribe_words"] else "Ethnic"


def _branch_place(span) -> Optional[int]:
    """Where the home town written right before a group's short name starts ('the Ye-U PDF': at 'Ye'), or None."""
    doc, words = span.doc, []
    i = span.start - 1
    while i >= 0 and len(words) < 4 and doc[i].pos_ != "DET" and (
            doc[i].text == "-" and words or doc[i].text[:1].isupper() and doc[i].is_alpha):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].text == "-":
        words.pop(0)
    # an abbreviation ('the NUG PDF') names a body the branch answers to, not a town
    if not any(w.pos_ == "PROPN" for w in words) or any(w.text in _local_branches()["not_places"] or len(w.text) > 1 and w.text.isupper() for w in words) \
            or i >= 0 and doc[i].text == "-":
        return None
    return words[0].i


def _branch_place_after(span) -> Optional[int]:
    """Where the home town written right after a group's name ends, after a dash or in brackets ('PDF - Kalay',
    'PDF-Tamu', 'the People's Defense Force (Kalay)'): the end of the town's words, or None. The town is one to three
    capitalised words (a hyphen may join them: 'Ye-U'); an abbreviation ('PDF (NUG)', 'PDF - KLG') or a word that
    tells the kind of branch names no town."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text not in ("-", "("):
        return None
    bracket = doc[i].text == "("
    i += 1
    words = []
    while i < len(doc) and len(words) < 3 and doc[i].is_alpha and doc[i].text[:1].isupper():
        words.append(doc[i])
        i += 1
        if i + 1 < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
                and doc[i + 1].text[:1].isupper():
            i += 1  # "Ye-U": one name
    if not words or bracket and (i >= len(doc) or doc[i].text != ")"):
        return None
    if any(w.text in _local_branches()["not_places"] or len(w.text) > 1 and w.text.isupper() for w in words):
        return None
    return i + 1 if bracket else i


def _speaks_for_itself(verb) -> bool:
    """'the army said it killed ...': the reported clause's subject is a pronoun for the speaker."""
    # the reported clause hangs on the verb, or on its statement ("said in a statement that ...")
    clauses = list(verb.children) + [c for p in verb.children if p.dep_ == "prep" for o in p.children
                                     if o.dep_ == "pobj" for c in o.children if c.dep_ == "acl"]
    for clause in clauses:
        if clause.lemma_.lower() in _role_words()["pursuit_verbs"]:
            continue  # "police said they were hunting the militants": the speaker's own pursuit, not the event
        if clause.dep_ in ("ccomp", "xcomp", "conj", "acl") and clause.pos_ in ("VERB", "AUX"):
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ in ("it", "they", "we"):
                    return True
                if c.dep_ == "nsubj" and c.lower_ in ("fighters", "forces", "troops", "members", "men") and any(
                        g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children):
                    return True  # "JNIM said its fighters carried out the attack"
                if c.dep_ == "nsubj" and c.lemma_.lower() in _role_words()["own_operation_nouns"] and not any(
                        g.dep_ in ("poss", "compound", "nmod") and g.pos_ == "PROPN" for g in c.children):
                    return True  # "the army said air operations had struck a column of fighters"
    return False
# kinds of a mention that name unknown armed men more closely when bracketed right after them
BRACKET_REFINING_KINDS = {"named", "country_alias", "identity", "communal_militia", "ethnic_militia", "template", "gang"}
PEER_PREPS = {"with", "between", "among", "and"}


@dataclass
class Mention:
    span: object  # spaCy Span
    kind: str  # named | military | police | government | protesters | rioters | civilians | unidentified | anaphor | group
    key: str  # canonical name (named), group label (group), alias (country alias) or country (state forces)
    sent_index: int
    role: str = "other"  # agent | patient | peer | other
    sent_bounds: tuple = ()  # (start, end) of the span's sentence, set once the span is final (Span.sent is slow)
    parent: str = ""  # the alliance named in brackets after a member group ("Katiba Macina (JNIM)")
    associate: Optional[str] = None  # the group ACLED associates with the one it names (set on resolving)
    members: tuple = ()  # named groups said to fight under this one ("JWS fighters operating under OPS")
    home: str = ""  # the country a branch of forces belongs to where the text says it ("Russian air forces")


# ---- roles from the parse --------------------------------------------------------------------
def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")


def role_of(token, depth: int = 0) -> str:
    """agent / patient / peer / other for the head token of a mention."""
    if depth > 6:
        return "other"
    dep, head = token.dep_, token.head
    if dep in ("compound", "amod", "nmod", "poss") and head is not token \
            and head.lemma_.lower() in _role_words()["facility_nouns"]:
        role = role_of(head, depth + 1)
        return "patient" if role == "other" else role  # "a car bomb outside a police station"
    if dep in ("compound", "poss") and head is not token and head.lower_ in _role_words()["attack_nouns"]:
        return "agent"  # "repulsed Taliban attacks", "JNIM's ambush": the group owns the attack it makes
    if dep == "pobj" and head.dep_ == "agent" and head.head.dep_ == "acl" \
            and head.head.lemma_.lower() in _role_words()["holding_verbs"] and head.head.head.dep_ == "dobj" \
            and head.head.head.head.lemma_.lower() in _role_words()["harm_verbs"]:
        return "patient"  # "jets struck caves used by Islamic State militants": who holds the place hit is hit
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _role_words()["harm_verbs"]
           and any(g.dep_ == "agent" for g in c.children) for c in token.children):
        return "patient"  # "Military vehicle struck by IED in Tounte", "round-up: four soldiers killed by roadside bomb"
    if dep in ("conj", "appos", "compound", "amod", "nmod", "poss") and head is not token:
        return role_of(head, depth + 1)
    if dep == "ROOT" and token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") and any(g.dep_ == "dobj" for g in c.children)
            for c in token.children):
        # "a farmer shot and wounded a herder": the tagger read 'shot' as a noun, so the subject heads the
        # sentence and its verb hangs on it as a conjunct; the noun before that verb is who did it
        return "agent"
    if dep == "ROOT" and token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and _tells_harm_done(c)
            and not any(g.dep_ == "conj" and any(o.dep_ == "dobj" for o in g.children) for g in c.children)
            for c in token.children):
        return "patient"  # headline: "Two policemen killed after being ambushed", "Soldiers wounded in IED blast"
    if (dep in ("attr", "oprd") or dep == "dobj" and head.lower_ in _role_words()["hedge_words"]) \
            and _names_the_perpetrators(head):
        return "agent"  # "the attackers are believed to be Al Shabaab", "gunmen (assumed JNIM)"
    if dep == "attr" and head.lemma_ == "be" and _names_the_victims(head):
        return "patient"  # "one of the victims was a police officer", "the victim is a former army sergeant"
    if dep == "nsubj":
        words = _role_words()
        lemma = head.lemma_.lower()
        if lemma == "be" and any(c.dep_ == "attr" and c.lower_ in words["perpetrator_nouns"] for c in head.children):
            return "agent"  # "Al Shabaab are the suspected perpetrators"
        if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in head.children):
            return "agent"  # "it is suspected that Baloch separatists are behind the attack"
        if head.lower_ in words["hedge_words"] and not any(c.dep_ in ("aux", "dobj", "ccomp", "xcomp") for c in head.children):
            return "agent"  # "Al Shabaab suspected.": a note naming the suspect, not someone suspecting
        # "assailants, believed to be pirates, ...": a hedge on the subject, not a subject telling of the event
        # ("assailants, believed to have crossed the border, attacked ...": the same with a perfect infinitive)
        hedged = head.tag_ == "VBN" or any(c.dep_ == "xcomp" and (c.lemma_ in ("be", "have") or any(
            a.dep_ == "aux" and a.lower_ == "have" for a in c.children)) for c in head.children)
        if lemma in words["reporting_verbs"] and head.pos_ != "NOUN" and not hedged and not _speaks_for_itself(head):
            return "source"  # "..., police said": who tells of the event is not a party to it
        if lemma in words["accuser_verbs"] and head.dep_ == "relcl" \
                and head.head.lower_ in words["attack_nouns"] | words["harm_event_nouns"]:
            return "source"  # "an attack the STC blamed on AQAP": the accuser, though the tagger makes its verb a participle
        if lemma in words["accuser_verbs"] and head.pos_ == "VERB" and not hedged \
                and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in head.children):
            # "a killing police blamed on the gang": who blames another tells of the event ("farmers accused
            # herders of grazing their fields and destroyed houses" do the deed of the verb joined to it)
            return "source"
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(
                g.lemma_.lower() in words["attack_nouns"] for g in c.children) for c in head.children):
            return "patient"  # "troops came under fire"
        if lemma in words["contact_verbs"] and _hits_explosive(head):
            return "patient"  # "an army vehicle struck an IED", "a soldier stepped on a landmine"
        if lemma in words["activity_verbs"] and head.tag_ == "VBG" and any(c.dep_ == "aux" for c in head.children):
            return "other"  # "the officers were patrolling a road when ...": what they were doing, not the event
        if any(c.dep_ == "aux" and c.lower_ in words["modal_words"] for c in head.children):
            return "other"  # "security forces would pursue the attackers": an act promised or feared, not done
        if lemma in words["defending_verbs"] and not any(c.dep_ == "agent" for c in head.children) \
                or lemma == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in head.children):
            return "patient"  # "policemen repelled an attack by gunmen", "the police returned fire": the side attacked
        # headline passives drop the auxiliary ("Police station attacked by gunmen"); a verb that takes its
        # victim as object but has none is one too ("ODM official killed at his home")
        passive = any(c.dep_ == "agent" for c in head.children) or (
            lemma in words["victim_object_verbs"] and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp", "prt", "conj") for c in head.children)) \
            or _headline_passive(head)
        if token.lemma_.lower() in words["fixed_facility_nouns"] and lemma in words["harm_verbs"] \
                and not any(c.dep_ == "dobj" for v in [head] + [c for c in head.children if c.dep_ == "conj"]
                            for c in v.children):
            return "patient"  # "Gendarmerie station attacked overnight": a building or post does not attack
        if lemma == "go" and any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                                 and any(g.dep_ == "dobj" for g in c.children) for c in head.children):
            return "agent"  # "the police went from house to house beating people": not "went missing"
        return "patient" if passive or lemma in UNDERGOER_VERBS else "agent"
    if _suspected(token):
        return "agent"  # "Al Shabaab is suspected", "JNIM militants are suspected of planting the mine"
    if dep == "nsubjpass" and _held_for_the_deed(head):
        return "agent"  # "a police officer was arrested after shooting dead a trader": the one held did the deed
    if dep in ("nsubjpass",):
        return "patient"
    if dep == "dobj" and head.lemma_.lower() in _role_words()["blaming_verbs"] and any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pcomp" and g.lemma_.lower() in _role_words()["harm_verbs"] | _role_words()["victim_object_verbs"]
                for g in c.children) for c in head.children):
        return "agent"  # "the family accused the police of killing him": who is blamed for the harm did it
    if dep in ("dobj", "oprd", "dative"):
        return "patient"
    if dep == "pobj":
        prep = head
        word = prep.lower_
        if word == "by" and (prep.dep_ == "agent" or _is_passive(prep.head)):
            return "agent"
        if word == "according":
            return "source"
        if word == "on" and prep.head.lemma_.lower() in _role_words()["blaming_verbs"]:
            return "agent"  # "a killing police blamed on the MS-13 gang": who is blamed for it did it
        if word == "to" and prep.head.lower_ == "according":
            return "source"  # "according to the army"
        if word in ("from", "by") and prep.head.lemma_.lower() in _role_words()["attack_nouns"]:
            return "agent"  # "under mortar fire from JNIM", "an attack by the militants"
        if word == "from" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
                g.lemma_.lower() in _role_words()["attack_nouns"] for g in c.children) for c in prep.head.children):
            return "agent"  # "a patrol came under fire from gunmen": the parser hangs 'from' on the verb
        if word in ("for", "of") and prep.head.lemma_.lower() in _role_words()["source_nouns"] \
                and role_of(prep.head, depth + 1) == "source":
            return "source"  # "a spokesman for the provincial police said"
        if word in ("of", "from", "including", "among") and prep.head is not prep:
            return role_of(prep.head, depth + 1)
        if word in TARGET_PREPS:
            return "patient"
        if word in PEER_PREPS:
            return "peer"
    if dep == "acl" or dep == "relcl":
        return role_of(head, depth + 1)
    return "other"


def _suspected(token) -> bool:
    """The token is who a passive hedge says is suspected of the deed ('Al Shabaab is suspected', 'is believed to
    be behind the attack')."""
    verb = token.head
    hedged = verb.lemma_.lower() in _role_words()["hedge_words"] \
        or verb.lemma_ == "believe" and any(c.dep_ == "xcomp" for c in verb.children)
    return token.dep_ == "nsubjpass" and hedged and _suspected_of_the_deed(verb)


def _held_for_the_deed(verb) -> bool:
    """The verb holds, charges or sentences its subject for a harmful deed told after it ('an officer was arrested
    after shooting dead a trader', 'two soldiers were charged with killing a civilian')."""
    words = _role_words()
    if verb.lemma_.lower() not in words["custody_verbs"]:
        return False
    deeds = words["harm_verbs"] | words["lethal_verbs"] | words["assault_verbs"] | words["victim_object_verbs"]
    return any(c.dep_ == "prep" and c.lower_ in words["custody_deed_preps"] and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in deeds for g in c.children) for c in verb.children)


def _suspected_of_the_deed(verb) -> bool:
    """'X is suspected', 'X are suspected of planting the bomb', 'X is suspected to be behind the attack': what X is
    suspected of, if anything is told, is a deed of harm or the attack itself (not 'suspected of theft' or 'of
    collaborating with the army', which make X a target); no agent ('suspected by the villagers')."""
    words = _role_words()
    deeds = words["deed_verbs"] | words["harm_verbs"] | words["victim_object_verbs"]
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        objects = [g for g in prep.children if g.dep_ in ("pcomp", "pobj")]
        if not any(g.lemma_.lower() in deeds | words["attack_nouns"] | words["explosive_nouns"] for g in objects):
            return False
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        # "suspected to be behind the attack", "to have planted the bomb"; not "suspected to be militants" or
        # "to have come from the Nandi community", which tell who they are, not that they did it
        if not (clause.lemma_.lower() in deeds or clause.lemma_ == "be" and any(
                c.dep_ == "prep" and c.lower_ == "behind" or c.dep_ in ("attr", "acomp")
                and c.lower_ in words["perpetrator_nouns"] | {"responsible"} for c in clause.children)):
            return False
    return True


def _starts_fight(verb) -> bool:
    """The verb tells its subject starting a fight ('attacked', 'ambushed', 'opened fire on', 'fired at'), not
    taking part in one or answering it ('clashed with', 'fought back', 'returned fire'); so may a verb joined to
    it that shares its subject ('entered the town and fired on a police station')."""
    return _opens_fight(verb) or any(c.dep_ == "conj" and c.pos_ == "VERB" and _opens_fight(c)
                                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                     for c in verb.children)


def _opened_the_fight(m) -> bool:
    """The mention is the side the text tells opening the fight: it attacked, opened fire on or started a confrontation
    with the other ('traffickers initiated an armed confrontation with police', 'gunmen came under fire from'), or is the
    agent of harm done to the other ('a police officer was shot and injured by three armed individuals')."""
    if not isinstance(m, Mention) or m.role != "agent":
        return False
    root = m.span.root
    verb = _governing_verb(root)
    if _starts_fight(verb) or _fired_from(root):
        return True
    words = _role_words()
    return root.dep_ == "pobj" and root.head.dep_ == "agent" \
        and (_is_passive(verb) or verb.dep_ == "conj" and _is_passive(verb.head)) \
        and verb.lemma_.lower() in words["harm_verbs"] | words["victim_object_verbs"] | words["lethal_verbs"]


def _named_starter(starter: tuple, armed: list, one: tuple, first: int, order: dict) -> tuple:
    """'Two members of the ASG were killed in a clash with government troops ... The soldiers were fired upon by
    five armed men': the unnamed men a later sentence tells opening the fight are the one non-state group the
    battle's own sentence names as the other side of the forces, not an unidentified group."""
    if starter[0].kind != "unidentified" or one[1][1] != "State forces":
        return starter
    named = {x[1][0]: x for x in armed if order[x[0].sent_bounds] == first and x[0].kind == "named"
             and x[1][1] not in ("State forces", "External/Other forces", "Civilians") and x[1][0] != one[1][0]}
    return next(iter(named.values())) if len(named) == 1 else starter


def _does_deed_in_relative_clause(token) -> bool:
    """The noun's relative clause tells a deed it did ('militants who planted the bomb', 'the gang that
    kidnapped him'); forces' clauses ('soldiers who raided the village') are left out by the caller, being
    the context of the crowd's riot as often as the event."""
    return token.dep_ in ("dobj", "pobj", "attr", "dative") and any(
        c.dep_ == "relcl" and c.lemma_.lower() in _role_words()["deed_verbs"] and not any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that", "which") for g in c.children)
        for c in token.children)


def _does_the_attack(verb) -> bool:
    """A passive whose subject is the attack itself: 'the attack was carried out by ...', 'the ambush was staged
    by ...'."""
    words = _role_words()
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in words["attack_nouns"] | words["harm_event_nouns"]
               for c in verb.children) and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)  # "the attack was not carried out by al Shabaab"


def _sovereign_of(country: Optional[str]) -> Optional[str]:
    """The state whose forces act in a territory ACLED codes as a country of its own (New Caledonia: France)."""
    return _country_conventions()["forces_of_sovereign"].get(country or "")


def _forces_type(where: str, country: Optional[str]) -> str:
    """ACLED's type for the forces of `where` in an event in `country`: its own state's (or its sovereign's), else external."""
    return "State forces" if country is None or where in (country, _sovereign_of(country)) else "External/Other forces"


def _fired_from(token) -> bool:
    """'a unit came under fire from a group of militants': the men the fire came from opened the fight."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head is not token.head:
        token = token.head.head  # "a group of militants": the group
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    verb = token.head.head
    attack_nouns = _role_words()["attack_nouns"]
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in attack_nouns for g in c.children)
               for c in verb.children) or verb.lemma_.lower() in attack_nouns


def _opens_fight(verb) -> bool:
    words = _role_words()
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return False
    if lemma in words["initiating_verbs"]:
        return True
    if lemma in words["fight_opening_verbs"]:
        # "traffickers initiated an armed confrontation with military police"
        return any(c.dep_ == "dobj" and c.lower_ in words["fight_nouns"] for c in verb.children)
    if lemma == "open":
        return any(c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in verb.children)
    if lemma in ("carry", "launch", "conduct", "mount"):
        # "police carried out an operation to capture the men": the side that went after the other
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words["own_operation_nouns"] for c in verb.children)
    return lemma in ("fire", "shoot") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") for c in verb.children)


def _tells_harm_done(verb) -> bool:
    """A participle that tells harm done to the noun it follows: a verb that takes its victim as object
    ('killed', 'wounded', 'abducted'), or 'shot'/'stabbed' with 'dead' or 'to death'."""
    words = _role_words()
    if any(c.dep_ == "dobj" or c.lower_ == "dead" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children):
        return False  # "shot dead four farmers": the parser may hang the victims on 'dead'
    lemma = verb.lemma_.lower()
    if lemma in words["victim_object_verbs"]:
        return True
    return lemma in words["harm_verbs"] | words["lethal_verbs"] and any(
        c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
        or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children)


def _headline_passive(verb) -> bool:
    """A headline's passive without its auxiliary: 'Police detective shot dead while investigating',
    'Soldiers killed in ambush, group claims attack' (the parser may take the last words for an object)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and _is_passive(verb.head) \
            and verb.lemma_.lower() in _role_words()["victim_object_verbs"] \
            and not any(c.dep_ in ("dobj", "agent") for c in verb.children):
        # "18 militants were killed and seven gendarmes wounded": the second verb shares the first one's
        # auxiliary, so its subject too is what was done to
        return True
    if _tells_harm_done(verb) and verb.lemma_.lower() not in _role_words()["victim_object_verbs"]:
        return True  # "shot dead", "hacked to death" with no victim named after it
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _role_words()["victim_object_verbs"] and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in _role_words()["harm_event_nouns"]
                                                      for g in c.children) for c in verb.children)


def _controls_crowd(verb) -> bool:
    """The clause tells forces dispersing a crowd ('police fired tear gas at crowds of supporters',
    'police lobbed teargas to disperse hundreds of supporters'): they face the crowd, whatever noun names it."""
    words = _role_words()["crowd_control_words"]
    text = verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text.lower()
    return verb.lemma_.lower() in words or any(w in text for w in words)


def _done_to_crowd(verb) -> bool:
    """The forces' verb is done to people of a crowd that no actor word names ('police shot dead two opposition
    supporters during election riots', 'two supporters were shot dead by police'): the forces face the riot, as
    they do when the crowd is named as protesters or youths."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _role_words()["crowd_nouns"] for c in verb.children)


def _crowd_faced_first(state_targets: list, forces: list, order: dict) -> tuple:
    """'One man was killed when soldiers fired live bullets to clear youths who had blocked the highway. The youths
    had pelted a police patrol with stones before the army arrived': forces the event's own sentence tells
    dispersing the crowd face the riot, before forces a later sentence tells the crowd attacking."""
    first = min(order[x[0].sent_bounds] for x in state_targets)
    if first == 0:
        return state_targets[0]
    dispersing = [x for x in forces if x[0].role == "agent" and order[x[0].sent_bounds] == 0
                  and not _after_the_fact(x[0].span) and _controls_crowd(_governing_verb(x[0].span.root))]
    return dispersing[0] if dispersing else state_targets[0]


def _member_of(people, span) -> bool:
    """'activists of the PTI party', 'supporters of Imran Khan's PTI': the named span stands in the 'of'
    phrase that qualifies the people's noun."""
    token = span.root
    for _ in range(4):
        if token.dep_ not in ("compound", "poss", "nmod", "amod", "appos") or token.head is token:
            break
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head == people


def _said_to_belong(span) -> bool:
    """'members of MS-13', 'belonging to the Arakan Rohingya Salvation Army': the named span is what people are
    said to be members of or to belong to (membership_words)."""
    token = span.root
    for _ in range(3):
        # 'members of the MS-13 gang', not 'family members of a PDF leader': the group names whose the leader
        # is, not what the people belong to
        if token.dep_ not in ("compound", "appos", "amod", "nmod") or token.head is token \
                or not (token.head.text[:1].isupper() or token.head.lower_ in _role_words()["group_name_heads"]
                        or token.head.lower_ in _role_words()["group_part_nouns"] or token.head.lower_ == "gang"):
            break
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep, holder = token.head, token.head.head
    # "a finance officer of an NPA unit", "links to ISIS", "suspected of recruiting for the ADF"
    if not (prep.lower_ in ("of", "to", "with") and holder.lower_ in _role_words()["membership_words"]
            or prep.lower_ == "for" and holder.pos_ == "VERB" and holder.lemma_ in _role_words()["membership_activity_verbs"]):
        return False
    # 'arrested seven people, among them a member of the NLD': one of the arrested, not what they all are
    member = token.head.head
    before = member.doc[max(member.sent.start, member.i - 4):member.i]
    return not any(t.lower_ in ("including", "among") for t in list(member.ancestors) + list(before))


def _names_the_doers(span) -> bool:
    """'identified the attackers as members of the X', 'described the gunmen as X fighters', 'said the attackers were X
    militiamen': the named span is what the doers of the deed told before are said to be."""
    token = span.root
    while token.dep_ in ("compound", "appos", "amod", "nmod") and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _role_words()["membership_words"]:
        token = token.head.head  # "as members of the X"
    if token.dep_ == "attr":
        return _doers_are(token.head)
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return False
    verb = token.head.head
    return any(c.dep_ == "dobj" and c.lower_ in _role_words()["perpetrator_nouns"] for c in verb.children)


def _doers_are(copula) -> bool:
    """The subject of a copula is the doers told before ('the attackers were ...', 'the gunmen are believed to be
    ...')."""
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and copula.dep_ == "xcomp":
        subjects = [c for c in copula.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in _role_words()["perpetrator_nouns"] for c in subjects)


def _names_the_dead(span) -> bool:
    """'the dead belonged to the X', 'the victims were members of the X': the named span is what the dead told
    before belonged to."""
    if not _said_to_belong(span):
        return False
    token = span.root
    while token.dep_ != "pobj" and token.head is not token:
        token = token.head
    holder = token.head.head
    verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
    return any(c.dep_ == "nsubj" and c.lower_ in _role_words()["victim_nouns"] for c in verb.children)


def _does_it_to_them(span) -> bool:
    """'the ADF had taken them into the bush': the named span, told right after a deed, does something to the
    people of that deed (a pronoun)."""
    verb = span.root.head
    return span.root.dep_ == "nsubj" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _role_words()["deed_verbs"] | _role_words()["taking_verbs"] \
        and any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)


def _refined_in_brackets(doc, mentions: list) -> list:
    """'security forces (presumably gendarmes) executed ...', 'armed men (assumed Darfur communal militia) shot
    ...': forces or a group named in brackets right after a vaguer name for them are the ones meant; they take
    the vaguer mention's place in the sentence."""
    out = []
    # ("armed men (believed to be ...)", "militants (coded as Kashmir Rebels)")
    words = _role_words()
    hedges = words["hedge_words"] | words["uncertainty_adverbs"] | words["uncertainty_adjectives"] | {
        "to", "be", "believed", "coded", "as"}
    for m in mentions:
        prev = out[-1] if out else None
        vaguer = prev is not None and prev.span.end < m.span.start and (
            prev.kind in ("military", "police") and not prev.key and m.kind in ("military", "police", "unit")
            or prev.kind == "unidentified" and m.kind in BRACKET_REFINING_KINDS
            # "unknown gunmen [possible farmers]", "men armed with machetes (believed to be herders)": the
            # men are the community the bracket guesses, which makes them its militia when they attack
            or prev.kind in ("unidentified", "civilians") and m.kind in ("group", "civilians")
            and m.span.root.lower_ in words["community_nouns"])
        if vaguer:
            # the bracket may follow the words that describe the vaguer men ("men armed with machetes (...)",
            # "gunmen on motorbikes (...)"): they hang on its noun
            start, subtree = prev.span.end, {t.i for t in prev.span.root.subtree}
            while start < min(m.span.start, prev.span.end + 6) and doc[start].i in subtree \
                    and doc[start].text not in ("(", "[", ",", ";"):
                start += 1
            between = [t.lower_ for t in doc[start:m.span.start]]
            if between[:1] in (["("], ["["]) and all(w in hedges for w in between[1:]) and {")", "]"} & {
                    t.text for t in doc[m.span.end:m.span.end + 2]}:
                out[-1] = replace(m, role=prev.role)
                continue
        if prev is not None and m.kind == "named" and prev.kind not in STATE_KINDS and prev.kind != "named" \
                and prev.span.end < m.span.start:
            # "armed youths known as the White Army", "gunmen calling themselves the Army of Justice": the men
            # are the group their name says
            between = [t.lower_ for t in doc[prev.span.end:m.span.start] if t.lower_ != "the"]
            if between in (["known", "as"], ["called"], ["calling", "themselves"], ["who", "call", "themselves"]):
                out[-1] = replace(m, role=prev.role)
                continue
        out.append(m)
    return out


def _fought_under(span) -> bool:
    """The named group stands after 'under' ('groups operating under OPS', 'under the umbrella of the CPC')."""
    token = span.root
    for _ in range(3):
        if token.dep_ in ("compound", "appos", "conj") and token.head is not token:
            token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "umbrella":
        token = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "under"


def _in_closing_attribution(span) -> bool:
    """The mention stands in the attribution that closes its sentence, after the last comma and right
    before the reporting verb ('..., killing six civilians, local officials and the UN mission said.'),
    where the parser may have hung it on the words before the comma."""
    doc, sent = span.doc, span.sent
    verb = sent.root
    if verb.lemma_.lower() not in _role_words()["reporting_verbs"] or verb.i < span.end:
        return False
    # (the paragraph break after the sentence is part of it)
    if any(t.pos_ not in ("PUNCT", "ADP", "PROPN", "NOUN", "NUM", "DET", "ADJ", "SPACE") for t in doc[verb.i + 1:sent.end]):
        return False  # the verb goes on to report a clause of its own
    between = doc[span.end:verb.i]
    if any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") for t in between) or len(between) > 8:
        return False
    before = doc[sent.start:span.start]
    return any(t.text == "," for t in before)


def _named_as_place(span) -> bool:
    """A people's bare name that stands where a place does ('killed while herding in Samburu', 'in Baragoi,
    Samburu', 'near Turkana'): the county or area named after the people, not its militia."""
    token = span.root
    for _ in range(3):
        if token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head  # "in Baragoi, Samburu"
            continue
        break
    return token.dep_ == "pobj" and token.head.lower_ in _role_words()["locative_preps"]


def _hits_explosive(verb) -> bool:
    """The verb's object (or the object of its 'on'/'over'/'into') is an explosive: 'struck an IED',
    'stepped on a landmine', 'ran over a mine'."""
    nouns = _role_words()["explosive_nouns"]
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "over", "into", "onto")
        for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in nouns for o in objects)


def _hedged_role(span) -> Optional[str]:
    """The role of a group named after a hedge the parser read as a verb taking the group as object
    ("presumed ISGS militants killed ..."): the subject of the verb that follows the group's phrase, so
    the doer, unless that verb is passive or tells what befell its subject. None where no such misreading."""
    doc = span.doc
    hedge = doc[span.start - 1] if span.start > 0 else None
    if hedge is None or hedge.lower_ not in _role_words()["hedge_words"] or hedge.pos_ not in ("VERB", "AUX") \
            or hedge.dep_ == "amod" or any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME")
                                           for c in hedge.children):  # "Around 13 May, presumed ..." misread too
        return None
    token = span.root
    for _ in range(8):  # the hedge governs the phrase before any other verb does
        if token.i == hedge.i:
            break
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    after = span.end
    if "(" in [t.text for t in span] and ")" not in [t.text for t in span]:
        # the rest of a bracket the mention opened: "presumed Ansaroul Islam (JNIM faction) killed"
        after = next((t.i + 1 for t in doc[span.end:min(span.end + 6, len(doc))] if t.text == ")"), after)
    for token in doc[after:min(after + 4, len(doc))]:
        if token.pos_ in ("ADV", "PART") or token.dep_ == "neg":
            continue  # "presumed JNIM militants reportedly attacked"
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if token.lemma_ == "be" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "VBN" \
                or token.lemma_.lower() in UNDERGOER_VERBS:
            return "patient"  # "suspected militants were killed", "... died"
        return "agent"
    return None


def _through_bracket(span):
    """The span and the bracket closing one it opened ("Katiba Macina (JNIM" + ")")."""
    doc = span.doc
    texts = [t.text for t in span]
    opened = "(" in texts and ")" not in texts[len(texts) - texts[::-1].index("("):]
    return doc[span.start:span.end + 1] if opened and span.end < len(doc) and doc[span.end].text == ")" else span


def _mention_role(span) -> str:
    """agent / patient / peer / source / other for a mention's span."""
    root = span.root
    if root.dep_ == "prep" and root.i != span.start and not span.start <= span[0].head.i < span.end:
        # a long name the parser split ("six members of the Volunteers | for the Defence of the Homeland"):
        # the name's first word carries its place in the sentence
        root = span[0]
    if root.dep_ in ("aux", "auxpass") and root.i == span.start and any(c.dep_ == "dobj" for c in root.head.children):
        # "IS militants attacked QSD posts": the parser read the group's 'IS' as the verb's auxiliary; the
        # verb has an object, so the group is its subject
        return "agent"
    return _hedged_role(span) or role_of(root)


def _names_the_perpetrators(verb) -> bool:
    """'the attackers are (believed to be) X', 'gunmen (assumed X)': the clause says who the attackers were."""
    nouns = _role_words()["perpetrator_nouns"]
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in nouns for c in verb.children):
            return True
        if verb.dep_ in ("acl", "relcl", "parataxis", "appos") and verb.head.lower_ in nouns:
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head  # "are believed to be": the subject sits on the governing verb
    return False


def _told_as_members(gap) -> bool:
    """The words between unnamed men and a group say the men belong to it ('believed to belong to', 'suspected
    of being members of'), and tell nothing the men did ('targeted the house of the leader in ...')."""
    hedges = _role_words()["hedge_words"] | {"believe", "think", "say", "belong", "be", "report", "allege"}
    return any(t.lower_ in _role_words()["membership_words"] for t in gap) \
        and not any(t.pos_ == "VERB" and t.lemma_.lower() not in hedges for t in gap)


def _own_members(noun) -> bool:
    """'its fighters', 'members of its local brigade': a membership noun owned by 'its' or 'their'."""
    if noun.lower_ not in _role_words()["membership_words"]:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children for o in [g] + [c for c in g.children if c.dep_ == "poss"]]
    return any(o.lower_ in ("its", "their") for o in owners)


def _claims_as_members(span) -> bool:
    """'Islamic Jihad said the two men were members of its local brigade', 'the group said the dead were its
    fighters', 'the group announced the deaths of two of its fighters': the group, a source, says people were
    its own members."""
    verb = span.root.head if span.root.dep_ == "nsubj" else None
    if verb is None or verb.lemma_.lower() not in _role_words()["reporting_verbs"]:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(_own_members(attr) for clause in said for attr in clause.children if attr.dep_ in ("attr", "nsubj")):
        return True
    # "announced the deaths of (two of) its fighters": the dead told through a noun of harm
    deaths = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _role_words()["harm_nouns"]]
    of_chain = [g for d in deaths for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    of_chain += [g2 for g in of_chain for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for g2 in p.children]
    return any(_own_members(g) for g in of_chain)


def _names_a_venue(span) -> bool:
    """'at the Wabag police station', 'inside an army base': forces named only as the owners of the place where
    something happens."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod", "poss") and head.lemma_.lower() in _role_words()["fixed_facility_nouns"] \
        and head.dep_ == "pobj" and head.head.lower_ in _role_words()["locative_preps"]


def _names_two_sides(span) -> bool:
    """'the two clans', 'both communities', 'rival tribes': one phrase for the two sides of an event."""
    return any(t.lower_ in ("two", "both", "rival")
               for t in list(span) + [c for c in span.root.children if c.dep_ in ("nummod", "det", "amod", "predet")])


def _after_the_fact(span) -> bool:
    """Forces told only doing what comes after an event ('police arrived after the killings and made no arrests',
    'officers found the bodies', 'police are investigating'): every verb they are the subject of is such an act,
    an arrival after something or an act denied ('made no arrests')."""
    verb = _governing_verb(span.root)
    if span.root.dep_ not in ("nsubj", "conj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    chain = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]

    def after(v) -> bool:
        lemma = v.lemma_.lower()
        return lemma in _role_words()["aftermath_verbs"] \
            or lemma == "arrive" and any(c.dep_ == "prep" and c.lower_ == "after" for c in v.children) \
            or any(c.dep_ == "neg" for c in v.children) \
            or any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in v.children)
    return all(after(v) for v in chain)


def _names_the_victims(verb) -> bool:
    """'the victim was a police officer', 'one of the dead is a soldier', 'among the victims were two
    gendarmes': the clause says who suffered the harm, so the people it names are the target."""
    nouns = _role_words()["victim_nouns"]
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.lower_ in nouns or any(
                p.dep_ == "prep" and p.lower_ in ("of", "among") and any(o.lower_ in nouns for o in p.children)
                for p in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ == "among" and any(o.lower_ in nouns for o in c.children):
            return True
    return False


def _in_grievance(token, trigger_verb, clauses: bool = True) -> bool:
    """'protesting the killing of a boy', 'rioted over the death of a motorcyclist', 'after a man was found
    murdered': the token names who suffered what a crowd protests about, not whom the crowd attacks. Read
    up the parse to the event's own verb: a noun for what befell them or (with `clauses`) a clause told as
    the cause."""
    words = _role_words()
    for _ in range(10):
        if trigger_verb is not None and token.i == trigger_verb.i:
            return False
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ == "NOUN" and head.lower_ in words["grievance_nouns"]:
            return True
        if not clauses:
            token = head
            continue  # forces told in a clause of time ("as police fired teargas") are the ones who intervene
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["grievance_marks"] for c in token.children):
            return True
        if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in words["grievance_marks"] \
                and head.head.pos_ in ("VERB", "AUX"):
            return True  # "following reports that a trader had been beaten"
        token = head
    return False


def _shares_police_noun(span) -> bool:
    """'military, civil and federal police forces': the adjective joined to others before 'police' shares that noun."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ not in (",", "and", "or"):
        return False
    adjectives = 0  # "the military and police" are two forces
    while i < len(doc) and i - span.end < 6 and (doc[i].pos_ in ("CCONJ", "PUNCT", "ADJ") or doc[i].lower_ in ("civil", "federal")):
        adjectives += doc[i].pos_ == "ADJ" or doc[i].lower_ in ("civil", "federal")
        i += 1
    return adjectives > 0 and i < len(doc) and doc[i].lower_ == "police"


def _of_one_in(span, tokens: set, preps: tuple = ("of",)) -> bool:
    """The span's noun takes a preposition whose object is one of the tokens ('fighters of the OLA' with the
    OLA's tokens): the object names who the span's people are."""
    return any(p.dep_ == "prep" and p.lower_ in preps and any(o.dep_ == "pobj" and o.i in tokens for o in p.children)
               for p in span.root.children)


def _in_reported_clause(token) -> bool:
    """The token belongs to a clause someone says or claims ('the Islamic State said its fighters had targeted
    Malian soldiers'): what the speaker says of the event, not the event as told."""
    words = _role_words()
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in words["reporting_verbs"] | words["blaming_verbs"]:
            return True
        if token.dep_ == "conj" and token.head.lemma_.lower() in words["reporting_verbs"] \
                and token.lemma_.lower() in words["harm_verbs"] | words["victim_object_verbs"] \
                and any(c.dep_ == "ccomp" for c in token.head.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            # "an official said the strikes targeted hideouts of the TTP and killed 15 militants": the parser
            # joins the second verb to 'said'; a speaker does not kill, the killing is part of what is said
            return True
        token = token.head
    return False


def _qualifies_a_thing(span) -> bool:
    """'civilian infrastructure', 'civilian clothes', 'local defense forces', 'no civilian casualties': an
    adjective for people that only qualifies another noun names nobody who took part."""
    root = span.root
    if len(span) != 1 or root.lower_ not in _role_words()["people_adjectives"] \
            or root.dep_ not in ("amod", "compound", "nmod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = root.head
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return negated or head.lemma_.lower() not in _role_words()["harm_nouns"]


def _as_coded(doc, mentions: list) -> list:
    """What a note says of how a group is coded or whom it fights under decides who it is:
    'anti-Houthi forces (coded as Saudi-led coalition) conducted air raids' is the coalition, not the Houthis;
    'JWS fighters operating under OPS shelled ...' and 'FPRC militants (under the CPC coalition)' are the
    umbrella group, the member associated with it. A group named after 'anti-' is the one opposed."""
    kept = []
    for m in mentions:
        start = m.span.start
        if m.kind == "named" and start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti":
            continue  # "anti-Houthi forces" are not the Houthis
        kept.append(m)
    out = list(kept)
    for m in kept:
        start = m.span.start
        words = [t.lower_ for t in doc[max(0, start - 3):start]]
        if m.kind == "named" and words[-2:] == ["coded", "as"] and len(words) == 3 and words[0] == "(":
            i = start - 4
            while i >= 0 and (doc[i].is_punct or doc[i].tag_ == "POS"):
                i -= 1  # "'southern armed forces' (coded as ...)"
            if i < 0:
                continue
            described = doc[i]
            role = role_of(described)
            # the phrase it recodes ("anti-Houthi forces") is no mention of its own
            out = [x for x in out if not (x.span.start <= described.i < x.span.end)]
            for x in out:
                if x is m or x.span.start > m.span.start and _same_clause_partner_spans(m, x):
                    x.role = role
            continue
        umbrella = _umbrella_of(m, kept)
        if umbrella is not None:
            umbrella.role, m.role = m.role, "other"
            umbrella.members = umbrella.members + (m.key,)
    return out


def _in_another_story(m: Mention, sents: list, trigger) -> bool:
    """The mention is in a later sentence of the event that joins several stories with semicolons (a round-up's
    headline: 'four soldiers killed by roadside bomb in Kirkuk; jets strike Islamic State hideouts'), in a part
    without the event's trigger word where another part has it: it belongs to the other story."""
    if trigger is None or not sents or m.sent_bounds == (sents[0].start, sents[0].end):
        return False
    parts: list[list] = [[]]
    for t in m.span.sent:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    word = clauses.head_word(trigger).lower_
    mine = next((p for p in parts if p and p[0].i <= m.span.start <= p[-1].i), None)
    with_trigger = [p for p in parts if any(t.lower_ == word for t in p)]
    return len(parts) > 1 and mine is not None and bool(with_trigger) and mine not in with_trigger


def _own_clause_mentions(mentions: list[Mention], sents: list, trigger, other_triggers: Sequence) -> list[Mention]:
    """Without the mentions of the anchor sentence told in another event's clause ('Soldiers killed
    ten militants near Kidal and a roadside bomb killed two soldiers near Gao': the bomb's clause has
    neither the soldiers who killed nor the militants); the doers of a verb coordinated without a
    subject of its own are the first verb's ('killed 12 civilians in Seytenga and attacked a post in
    Dori'), and the sources of the report stay."""
    if not other_triggers or not sents:
        return mentions
    clause = clauses.parsed_trigger_clause(sents[0], trigger, other_triggers)
    if clause is None:
        return mentions
    anchor = (sents[0].start, sents[0].end)
    borrowed_doers = clauses.shares_subject(clauses.clause_head(trigger))
    return [m for m in mentions if m.sent_bounds != anchor or m.span.root.i in clause or m.role == "source"
            or (borrowed_doers and m.role == "agent")]


def _same_clause_partner_spans(a, b) -> bool:
    gap = a.span.doc[a.span.end:b.span.start]
    return len(gap) == 1 and gap[0].lower_ in ("and", ",", "+", "and/or")


def _umbrella_of(m, mentions: list):
    """The named group another named group is said to operate or fight under ('JWS fighters operating under
    OPS', 'FPRC militants (under CPC coalition)', 'under the umbrella of the CPC'), or None."""
    if m.kind != "named":
        return None
    root = m.span.root
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "under"] + [
        p for v in root.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"
        for p in v.children if p.dep_ == "prep" and p.lower_ == "under"]
    for prep in preps:
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        objects += [g for o in objects if o.lower_ == "umbrella" for p in o.children if p.dep_ == "prep"
                    for g in p.children if g.dep_ == "pobj"]
        for obj in objects:
            for x in mentions:
                if x is not m and x.kind == "named" and x.span.start <= obj.i < x.span.end + 1 \
                        and x.span.start > m.span.start:
                    return x
    return None


def _acts_on_crowd(verb, trigger_verb, crowd_verbs):
    """Whether forces whose clause is headed by `verb` act on a riot's crowd rather than do the riot's own deed:
    their verb is another act than the trigger's, one told of the crowd, or one of crowd control."""
    return (trigger_verb is None or not _same_verb_chain(verb, trigger_verb)
            or any(_same_verb_chain(verb, v) for v in crowd_verbs)
            or _controls_crowd(verb) or _done_to_crowd(verb))


def _governing_verb(token):
    """The verb of the clause a token belongs to (`clauses.verb_of`), or the sentence's root when no
    verb is above it, so that mentions of a verbless headline share one anchor."""
    return clauses.verb_of(token) or token.sent.root


def _same_verb_chain(verb, other) -> bool:
    """One verb, or two coordinated ones sharing their subject ("killed and beheaded")."""
    return verb == other or (other.dep_ == "conj" and other.head == verb) or (verb.dep_ == "conj" and verb.head == other)


def _same_clause_partner(a: Mention, b: Mention, through_modified: bool = False) -> bool:
    """True when two mentions are coordinated ('X and Y') or adjacent as shared-noun partners; with
    `through_modified`, a name that only qualifies a noun stands for that noun ('Afar elders and Issa
    chiefs': the elders and the chiefs are coordinated)."""
    if a.sent_bounds[0] != b.sent_bounds[0] or a.role != b.role:
        return False
    ra, rb = a.span.root, b.span.root
    if through_modified:
        ra, rb = ((r.head if r.dep_ in ("compound", "nmod", "amod") and r.head.pos_ in ("NOUN", "PROPN") else r)
                  for r in (ra, rb))
    if (rb.dep_ == "conj" and rb.head == ra) or (ra.dep_ == "conj" and ra.head == rb):
        return True
    gap = a.span.doc[min(a.span.end, b.span.end):max(a.span.start, b.span.start)]
    return len(gap) == 1 and gap[0].lower_ in ("and", ",", "+", "and/or")


def _qualifies_another_noun(span) -> bool:
    """The name modifies a noun for one of its office holders or gatherings ('ODM parliamentary candidate',
    'Reconquest party meeting', 'the CDP president'), as opposed to 'ODM youths' or 'Koglweogo detention'."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "poss", "amod") and not (span.start <= head.i < span.end) \
        and head.lower_ in _role_words()["affiliation_head_nouns"]


def _nation_in_name(name: str) -> str:
    """The nation of a state body's name, its years and branch aside: 'Syria' of 'Military Forces of Syria (2024-)'
    and of 'Military Forces of Syria (2000-) Military Intelligence'."""
    return name.split(" (")[0].split(" of ", 1)[-1]


def _of_named_body(forces: Mention, mentions: list) -> bool:
    """Soldiers or officers told as a named body's ('four soldiers of the Security Belt forces', 'troops of the
    FTC'): the named body is the side, not the state's forces the bare noun would name. The 'of' must follow the
    forces' own words ('the army and fighters of the Arakan Army': the parse may hang it on the army)."""
    root = forces.span.root
    return forces.kind in ("military", "police") and any(
        m.kind == "named" and m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "of"
        and m.span.root.head.head == root and m.span.root.head.i == forces.span.end for m in mentions)


def _supports(ally: Mention, main: Mention) -> bool:
    """'JaS, supported by 3rd Corps, ...', 'soldiers backed by French forces': the ally is told by the participle
    of a verb of support hung on the other side, not as a side of its own."""
    root = ally.span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by":
        return False
    verb = prep.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _role_words()["support_verbs"]:
        return False
    doc = verb.doc
    # the parser may hang the participle set off by commas on the sentence's verb ("between the Levant Front,
    # supported by the 3rd Corps, and ..."): it still tells the side written right before it
    return verb.dep_ in ("acl", "amod") and main.span.start <= verb.head.i < main.span.end \
        or verb.i == main.span.end + 1 and doc[main.span.end].text == ","


# ---- the stage -------------------------------------------------------------------------------
def _people_before_same_words(m: Mention, doc_mentions, keys: set) -> set:
    """'clashes between Druze gunmen and Bedouin tribal fighters ... tribal fighters attacked a Druze checkpoint': of
    several peoples told armed, the one named earlier right before the very words that tell the armed men again."""
    def words(span) -> list[str]:
        return [t.lower_ for t in span if t.dep_ != "det"]

    said_again = {y.span.start for y in doc_mentions if y.kind == m.kind and y.span.end <= m.span.start
                  and words(y.span) == words(m.span)}
    return {x.key for x in doc_mentions if x.kind == "identity" and x.key in keys and x.span.end in said_again}


def _people_named_on(m: Mention, doc_mentions) -> Optional[str]:
    """'fighting broke out between the Sikin and Ambulin tribes ... armed Ambulin men burned houses': armed men
    told with the name of a people the article names as such are its fighters. The people's key (with the suffix
    its own mention calls for, 'ambulin|Tribal'), or None."""
    names = {c.lower_ for c in m.span.root.children
             if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.i < m.span.start}
    keys = {x.key if "|" in x.key else f"{x.key}|{_identity_suffix(x.span)}" for x in doc_mentions
            if x.kind == "identity" and x.key and x.key.partition("|")[0] in names}
    return next(iter(keys)) if len(keys) == 1 else None


class ActorResolver:
    def __init__(self, claims: Optional[ClaimResolver] = None) -> None:
        self.dictionary = load_dictionary()
        self.claims = claims or ClaimResolver()  # claim cues, read when an event has no named perpetrator
        # (doc, its mentions) of the last article: the type-consistency stage after this one reads the
        # same mentions; one tuple, so a thread never pairs one doc with another doc's mentions
        self._last_mentions: tuple = (None, [])

    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        if not drafts or article.doc is None:
            return drafts
        doc_mentions = self.mentions_of(article.doc)
        for draft in drafts:
            self.resolve(article, draft, doc_mentions, clauses.other_triggers(draft, drafts))
        return drafts

    # mentions ---------------------------------------------------------------------------------
    def mentions_of(self, doc) -> list[Mention]:
        """`find_mentions(doc)`, found once per article however many stages ask."""
        last_doc, mentions = self._last_mentions
        if last_doc is not doc:
            mentions = self.find_mentions(doc)
            self._last_mentions = (doc, mentions)
        return mentions

    def find_mentions(self, doc) -> list[Mention]:
        from spacy.util import filter_spans

        d = self.dictionary
        spans = []
        for matcher in (d.lower, d.orth):
            for match_id, start, end in matcher(doc):
                spans.append((doc[start:end], match_id))
        ids = {(s.start, s.end): m for s, m in spans}
        # a named alias beats a generic noun of the same extent; the longest match wins overall
        for s, m in spans:
            if d.payload[m][0] == "named":
                ids[(s.start, s.end)] = m
        kept = [s for s in filter_spans([s for s, _ in spans])
                if not (d.payload[ids[(s.start, s.end)]][0] == "identity" and s.end < len(doc)
                        and (doc[s.end].lower_ in d.place_words
                             # a bare people's name that is also a nation's adjective, before a noun, is
                             # that adjective ("the Somali capital", "Somali officials"), not a militia;
                             # "Bariba farmers" keeps its people
                             or len(s) == 1 and s.text.lower() in d.demonyms and doc[s.end].pos_ in ("NOUN", "PROPN")))
                and not (d.payload[ids[(s.start, s.end)]][0] == "identity" and len(s) == 1 and _named_as_place(s))]
        kept = self._with_national_weapons(doc, kept, ids)
        sent_starts = {s.start: i for i, s in enumerate(doc.sents)}
        mentions: list[Mention] = []
        for span in kept:
            kind, key = d.payload[ids[(span.start, span.end)]]
            prev = mentions[-1] if mentions else None
            if prev is not None and prev.kind == "government" and prev.span.end == span.start \
                    and kind in ("military", "police", "unit"):
                mentions.pop()  # "government security forces": the forces are the actor
                prev = mentions[-1] if mentions else None
            if prev is not None and prev.kind in ("named", "country_alias") and prev.span.end == span.start \
                    and kind in ARMED and kind != "named":
                # "JNIM militants", "ISIS fighters": the noun is the head that carries the role
                prev.span = doc[prev.span.start:span.end]
                prev.role = _mention_role(prev.span)
                if prev.role == "other" and span.root.dep_ != "compound":
                    # "suspected JNIM and /or ISGS militants attacked": the parser may hang the names elsewhere
                    # than on the noun; the noun's own place in the sentence tells the group's role
                    prev.role = _mention_role(span)
                continue
            if prev is not None and prev.kind in ANAPHOR_KINDS and prev.span.end == span.start and kind == "unidentified":
                # "cartel gunmen", "Turkana raiders' gunmen": the kind told first names the armed men
                prev.span = doc[prev.span.start:span.end]
                prev.role = _mention_role(prev.span)
                continue
            if prev is not None and prev.kind == "named" and kind == "named" \
                    and frozenset((prev.parent or prev.key, key)) in d.either \
                    and [t.lower_ for t in doc[prev.span.end:span.start]] in (["or"], ["and/or"], ["/"], ["and", "/", "or"]):
                # "JNIM or ISGS militants": either group may have done it, and ACLED names both
                either = d.either[frozenset((prev.parent or prev.key, key))]
                prev.parent, prev.key = (either, prev.key) if prev.parent else ("", either)
                prev.span = _through_bracket(doc[prev.span.start:span.end])
                prev.role = _mention_role(prev.span)
                continue
            if prev is not None and prev.kind == "named" and kind == "named" and not prev.parent \
                    and span.start == prev.span.end + 1 and doc[prev.span.end].text == "(":
                # "Katiba Macina (JNIM) militants": a member group and the alliance it belongs to, one mention;
                # "the Group for the Support of Islam and Muslims (JNIM)": one group by both its names
                prev.parent = key if key != prev.key else ""
                prev.span = _through_bracket(doc[prev.span.start:span.end])
                prev.role = _mention_role(prev.span)
                other = mentions[-2] if len(mentions) > 1 else None
                if prev.parent and other is not None and other.kind == "named" and not other.parent \
                        and [t.lower_ for t in doc[other.span.end:prev.span.start]] in (["or"], ["and/or"], ["/"]):
                    # "Katiba Macina or Ansaroul Islam (JNIM) militants": either member of the alliance in brackets
                    # may have done it, and ACLED names the alliance (or both candidates where the other is no
                    # member: "ISGS or Ansaroul Islam (JNIM)" is JNIM and/or ISGS)
                    mentions.pop()
                    other.key = d.either.get(frozenset((other.key, prev.parent)), prev.parent)
                    other.span = doc[other.span.start:prev.span.end]
                    other.role = _mention_role(other.span)
                continue
            if kind == "civilians" and _qualifies_a_thing(span):
                continue  # "civilian infrastructure", "no civilian casualties", "local defense forces": no people
            if kind == "civilians" and span.root.lower_ not in _role_words()["community_nouns"] and any(
                    c.dep_ == "amod" and c.lower_ == "armed" for c in span.root.children):
                kind = "unidentified"  # "an armed individual", "two armed men": armed people of no community
            if len(span) > 1 and span.root.i == span.start and span[0].dep_ == "det" \
                    and span[0].head.lemma_.lower() in _role_words()["facility_nouns"]:
                # "attacked the police station", "the army base": the article belongs to the building the noun
                # qualifies, so the parse makes it the match's root; the noun alone carries its place, as in
                # "a police station" (the forces whose building is hit are hit)
                span = span[1:]
            sent_index = sent_starts.get(span.sent.start, 0)
            if kind == "named" and key in _local_branches()["branches"] and span[-1].text[:1].isupper():
                # the group's name as written (its abbreviation or its full name in capitals, not 'PDF fighters')
                start = _branch_place(span)
                if start is not None and (doc[start:span.start].text in d.real_countries
                                          or doc[start:span.start].text.lower() in d.demonyms):
                    start = None  # "the Uganda People's Defence Forces": a country's own forces, not a branch
                end = _branch_place_after(span) if start is None else None
                if start is not None:
                    # "the Kanbalu PDF", "the Monywa People's Defense Force": ACLED names the local branch after its town
                    key = _local_branches()["branches"][key].format(place=doc[start:span.start].text)
                    span = doc[start:span.end]
                elif end is not None:
                    # "PDF - Kalay", "PDF-Tamu", "the People's Defense Force (Kalay)": so with the town after a dash or in brackets
                    town = doc[span.end + 1:end - 1] if doc[end - 1].text == ")" else doc[span.end + 1:end]
                    key = _local_branches()["branches"][key].format(place=town.text)
                    span = doc[span.start:end]
            if kind == "military" and not key and span.text.lower() == "military" and _shares_police_noun(span):
                kind, key = "unit", "Military Police"  # "military and civil police forces": the military police
            home = ""
            if kind == "unit" and span.start > 0 and d.demonyms.get(doc[span.start - 1].lower_) in d.real_countries:
                # "Russian air forces": the branch of the country the adjective names, not of the event's country
                home = d.demonyms[doc[span.start - 1].lower_]
                span = doc[span.start - 1:span.end]
            mention = Mention(span, kind, key, sent_index, _mention_role(span), home=home)
            if mention.role in ("patient", "other") and kind not in STATE_KINDS and kind != "unit" \
                    and _does_deed_in_relative_clause(span.root):
                mention.role = "agent"  # "police were hunting militants who planted the bomb": they did the deed
            if mention.role != "source" and _in_closing_attribution(span):
                mention.role = "source"  # "..., killing six civilians, local officials and the UN mission said."
            if mention.role in ("agent", "other") and span.end + 1 < len(doc) and doc[span.end].tag_ == "VBN" \
                    and doc[span.end + 1].lower_ == "by" and not any(
                        t.tag_ in ("VBD", "VBZ", "VBP") for t in span.sent):
                mention.role = "patient"  # headline passive the parser missed: "Four officers killed by bomb"
            if mention.role == "patient" and kind == "military" and span.root.lower_ in _role_words()["strike_nouns"]:
                if not key:
                    continue  # "French forces conducted airstrikes": the strikes are what the subject did, no party
                mention.role = "other"  # "Russian airstrikes on ...": the strikes are done, not hit
            elif mention.role == "patient" and kind == "military" and key \
                    and span.root.lower_ in _role_words()["attack_nouns"] \
                    and _governing_verb(span.root).lemma_.lower() in _role_words()["defending_verbs"]:
                mention.role = "agent"  # "troops repelled Russian assaults": the forces whose assaults they were attacked
            after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "-" else (
                doc[span.end] if span.end < len(doc) else None)
            if kind == "named" and after is not None and after.lower_ in _role_words()["affiliation_words"]:
                mention.role = "other"  # "an Al Qaeda affiliated group, Ansaroul Islam": the group is another
            shared = self._shared_noun_partner(doc, mention)
            if shared is not None and (not mentions or mentions[-1].span.end <= shared.span.start):
                mentions.append(shared)
            mentions.append(mention)
        mentions = _as_coded(doc, mentions)
        mentions = _refined_in_brackets(doc, mentions)
        # "fighters of the Oromo Liberation Army", "members of Al Shabaab": the unnamed noun is the group named after it
        named_tokens = {i for m in mentions if m.kind in ("named", "country_alias") for i in range(m.span.start, m.span.end)}
        # "soldiers of the Rashtriya Rifles", "troops of the Malian army": the force's own noun names it
        unit_tokens = {i for m in mentions if m.kind == "unit" or m.kind in STATE_KINDS and m.key
                       for i in range(m.span.start, m.span.end)}
        mentions = [m for m in mentions if not (m.kind in STATE_KINDS and not m.key and _of_one_in(m.span, unit_tokens))]
        # "gunmen from the Sinaloa cartel", "fighters of the Popular Mobilisation Forces": so are unnamed armed men
        # said to come from a named group or force
        mentions = [m for m in mentions if not (m.kind == "unidentified"
                                                and _of_one_in(m.span, named_tokens | unit_tokens, ("of", "from")))]
        # "a raid on the faction of the SPLA-IO", "a cell of the Islamic State": a word that would stand for
        # a group told before is here the part of the group named after it
        mentions = [m for m in mentions if not (m.kind == "anaphor" and _of_one_in(m.span, named_tokens))]
        mentions = self._with_groups_named_in_full(doc, mentions, sent_starts)
        mentions = self._with_bracketed_abbreviations(doc, mentions, sent_starts)
        mentions = self._with_unknown_peoples(doc, mentions, sent_starts)
        # "tribesmen of the Mehsud clan": the people named after the noun; "armed men of the Awlad Ali tribe",
        # "gunmen from the Hawiye clan": unnamed armed men said to come from a people are its militia
        kin_nouns = _role_words()["clan_words"] | _role_words()["tribe_words"]
        people_tokens = {i for m in mentions if m.kind == "identity"
                         for i in range(m.span.start, m.span.end + 1) if i < m.span.end or doc[i:i + 1].text.lower() in kin_nouns}
        mentions = [m for m in mentions if not (m.kind == "ethnic_militia" and _of_one_in(m.span, people_tokens)
                                                or m.kind == "unidentified" and _of_one_in(m.span, people_tokens, ("of", "from")))]
        for m in mentions:
            sent = m.span.sent
            m.sent_bounds = (sent.start, sent.end)
        return mentions

    def _with_national_weapons(self, doc, kept: list, ids: dict) -> list:
        """'Thai F-16 fighter jets', 'a Russian guided aerial bomb': a nation's adjective on a noun of forces or
        weapons with other words between (a model, a kind) names that nation's forces as the phrase tables do
        for the two words side by side ("Russian bomb")."""
        d = self.dictionary
        added, replaced = [], []
        for token in doc:
            country = d.demonyms.get(token.lower_)
            head = token.head
            if country not in d.state_forces or token.dep_ not in ("amod", "compound", "nmod") \
                    or not 1 < head.i - token.i <= 4 or head.lower_ not in d.national_weapon_nouns:
                continue
            # the words between belong to the same noun phrase ("F-16 fighter", "guided aerial")
            if any(not token.i <= t.head.i <= head.i for t in doc[token.i + 1:head.i]):
                continue
            inside = [s for s in kept + added if s.start <= head.i and s.end > token.i]
            # a force's noun found alone ("fighter jets") gives way; any other name found there stays
            if any(s.start <= token.i or s.end > head.i + 1 or d.payload[ids[(s.start, s.end)]] not in (
                    ("military", ""), ("police", "")) for s in inside):
                continue
            span = doc[token.i:head.i + 1]
            ids[(span.start, span.end)] = doc.vocab.strings[f"S|military|{country}"]
            added.append(span)
            replaced += inside
        if not added:
            return kept
        return sorted([s for s in kept if s not in replaced] + added, key=lambda s: s.start)

    def _with_unknown_peoples(self, doc, mentions: list[Mention], sent_starts: dict) -> list[Mention]:
        """'Nyangatom warriors raided ...': a capitalised name (no country's, nor its adjective) before a noun that
        names armed men by their people ('warriors', 'tribesmen') is that people's ethnic militia, though the
        dictionary does not know the people. Before a clan's or a tribe's noun the name may be of several words
        ('Habar Gidir clan militias'), and peoples listed before the noun share it ('fighting between the
        Jibril and Matan clans': two clans' militias)."""
        d = self.dictionary
        covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
        nouns = _role_words()["warrior_nouns"]
        kin_nouns = _role_words()["clan_words"] | _role_words()["tribe_words"]
        added = []
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if not self._names_a_people(token) or token.i in covered or following.lower_ not in nouns:
                continue
            start = token.i
            while following.lower_ in kin_nouns and start > 0 and doc[start - 1].pos_ == "PROPN" \
                    and self._names_a_people(doc[start - 1]) and start - 1 not in covered:
                start -= 1
            span = doc[start:token.i + 2]
            # the noun may have been matched alone ('raiders'): the people's phrase takes its place
            mentions = [m for m in mentions if not (m.span.start == following.i and m.span.end == following.i + 1)]
            added.append(Mention(span, "identity", doc[start:token.i + 1].text.lower(),
                                 sent_starts.get(span.sent.start, 0), _mention_role(span)))
        found = sorted([m for m in mentions if m.kind == "identity"] + added, key=lambda m: m.span.start)
        for m in found:
            if not any(t.lower_ in kin_nouns for t in m.span) and not (m.span.end < len(doc) and doc[m.span.end].lower_ in kin_nouns):
                continue
            # "the Kabasiran and Kapkeny clans": each name listed before the clan's noun is a clan of its own
            end = m.span.start
            while end >= 2 and doc[end - 1].lower_ in ("and", "or", ",") and doc[end - 2].pos_ == "PROPN" \
                    and self._names_a_people(doc[end - 2], known=True) and end - 2 not in covered:
                start = end - 2
                while start > 0 and doc[start - 1].pos_ == "PROPN" and self._names_a_people(doc[start - 1], known=True) \
                        and start - 1 not in covered:
                    start -= 1
                span = doc[start:end - 1]
                key = span.text.lower()
                added.append(replace(m, span=span, key=key if key in d.identity else f"{key}|{_identity_suffix(m.span)}"))
                covered.update(range(start, end - 1))
                end = start
        return sorted(mentions + added, key=lambda m: m.span.start) if added else mentions

    def _names_a_people(self, token, known: bool = False) -> bool:
        """The capitalised word may be a people's name: no country's, nor its adjective's, nor an abbreviation;
        a people the dictionary knows only with `known`."""
        d = self.dictionary
        return token.pos_ in ("PROPN", "NOUN", "ADJ") and token.text[:1].isupper() and not token.is_upper \
            and token.lower_ not in d.demonyms and token.text not in d.countries \
            and token.lower_.rstrip("s") not in d.demonyms and (known or token.lower_ not in d.identity)

    def _with_groups_named_in_full(self, doc, mentions: list[Mention], sent_starts: dict) -> list[Mention]:
        """'the Kuki National Army (KNA) ambushed ...': a capitalised name ending in a group's word with its
        abbreviation in brackets after it is a group the dictionary does not know, named as ACLED names groups
        ('KNA: Kuki National Army'); unnamed nouns inside it ('Army') give way to it. A name with a country's
        word ('Kenya Defence Forces') may be its state's forces and is left alone, as is an abbreviation the
        dictionary knows."""
        d = self.dictionary
        # a branch of the state's forces ('the Central Reserve Police Force (CRPF)') is no group either
        named = {i for m in mentions if m.kind in ("named", "country_alias", "unit") or m.kind in STATE_KINDS and m.key
                 for i in range(m.span.start, m.span.end)}
        heads, joints = _role_words()["group_name_heads"], {"of", "the", "for", "and", "-", "'s", "al", "el"}
        added = []
        for close in range(3, len(doc)):
            abbreviation = doc[close - 1].text
            # "the Patriotic Movement for Central Africa (MPC) rebel group": the noun after the brackets says
            # it is a group whatever word its name ends in
            told_a_group = close + 1 < len(doc) and doc[close + 1].lower_ in _role_words()["group_after_abbreviation"]
            if doc[close].text != ")" or doc[close - 2].text != "(" or not (
                    2 <= len(abbreviation) <= 8 and abbreviation.replace("-", "").isalpha() and abbreviation.isupper()) \
                    or close - 1 in named or doc[close - 3].lower_ not in heads and not told_a_group:
                continue
            start = close - 3
            while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                                 or doc[start - 1].lower_ in joints and start - 2 >= 0 and doc[start - 2].text[:1].isupper()):
                start -= 1
            while start < close - 3 and doc[start].lower_ in joints:
                start += 1
            words = doc[start:close - 2]
            if len(words) < 2 or any(i in named for i in range(start, close - 2)) or any(
                    t.lower_ in d.demonyms or t.text in d.countries or t.ent_type_ in ("GPE",) and not told_a_group
                    or t.lower_ in _role_words()["state_force_words"] for t in words) \
                    or any(f" {c} " in f" {words.text} " for c in d.real_countries if " " in c) \
                    or words[0].is_sent_start and words[0].lower_ in ("the", "a"):
                continue
            span = doc[start:close + 1]
            key = f"{abbreviation}: {words.text}"
            added.append(Mention(span, "named", key, sent_starts.get(span.sent.start, 0), _mention_role(words)))
        if not added:
            return mentions
        inside = {i for m in added for i in range(m.span.start, m.span.end)}
        kept = [m for m in mentions if not any(i in inside for i in range(m.span.start, m.span.end))]
        return sorted(kept + added, key=lambda m: m.span.start)

    def _with_bracketed_abbreviations(self, doc, mentions: list[Mention], sent_starts: dict) -> list[Mention]:
        """'the West Papua National Liberation Army (TPNPB) ... the TPNPB said': an abbreviation the article
        gives in brackets after a group's full name stands for that group wherever the article uses it again."""
        covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
        learned: dict[str, Mention] = {}
        for m in mentions:
            end = m.span.end
            if m.kind == "named" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                abbreviation = doc[end + 1].text
                if 2 <= len(abbreviation) <= 8 and abbreviation.isupper() and abbreviation.isalpha() \
                        and end + 1 not in covered:
                    learned.setdefault(abbreviation, m)
        if not learned:
            return mentions
        added = []
        for token in doc:
            named = learned.get(token.text)
            if named is None or token.i in covered or token.i == named.span.end + 1:
                continue
            span = doc[token.i:token.i + 1]
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and following.i not in covered and following.lower_ in _role_words()["armed_people_nouns"]:
                span = doc[token.i:token.i + 2]  # "TPNPB fighters"
            added.append(Mention(span, "named", named.key, sent_starts.get(span.sent.start, 0), _mention_role(span),
                                 parent=named.parent))
        return sorted(mentions + added, key=lambda m: m.span.start)

    def _shared_noun_partner(self, doc, mention: Mention) -> Optional[Mention]:
        """'US and Turkish troops', 'French and/or Burkinabe forces': the first adjective shares the noun of
        the matched second one."""
        start = mention.span.start
        if mention.kind not in STATE_KINDS or start < 2:
            return None
        joint = [t.lower_ for t in doc[max(0, start - 3):start]]
        if joint[-1:] in (["and"], ["or"], [","], ["and/or"]):
            start -= 1
        elif joint == ["and", "/", "or"]:
            start -= 3
        else:
            return None
        if start < 1:
            return None
        adjective = doc[start - 1]
        country = self.dictionary.demonyms.get(adjective.lower_)
        if country is None:
            return None
        return Mention(doc[start - 1:start], mention.kind, country, mention.sent_index, mention.role)

    # resolution -------------------------------------------------------------------------------
    def resolve(self, article: Article, draft: EventDraft, doc_mentions: list[Mention],
                other_triggers: Sequence = ()) -> None:
        """Fills the draft's actors; `other_triggers`, those of the article's other events, keep
        the actors of another event's clause of the same sentence out of this one's."""
        rec = draft.record
        when = rec.event_date or article.published
        country = rec.country or self._guess_country(draft, doc_mentions) or self._home_country(draft, doc_mentions)
        sents = list(draft.sentences)
        order = {(s.start, s.end): i for i, s in enumerate(sents)}
        # copies: resolving kinds for this event must not leak into the article's other events
        # The clause of the trigger comes first: one sentence can report two events with different actors
        # ("the militants claimed the bombing, after which US troops gunned down civilians").
        trigger_verb = _governing_verb(clauses.head_word(draft.trigger)) if draft.trigger is not None else None
        mentions = sorted((replace(m) for m in doc_mentions if m.sent_bounds in order),
                          key=lambda m: (order[m.sent_bounds],
                                         trigger_verb is None or _governing_verb(m.span.root) != trigger_verb,
                                         m.span.start))
        mentions = _own_clause_mentions(mentions, sents, draft.trigger, other_triggers)
        mentions = [m for m in mentions if not _in_another_story(m, sents, draft.trigger)]
        mentions = [self._as_country_forces(m) for m in mentions]
        actors = [None if self._inside_other_name(m, country) else self._actor(m, mentions, doc_mentions, country, when)
                  for m in mentions]
        # sources of the report ("..., police said", "according to the army") take no part in the event;
        # but an announcement is itself the strategic development ("the army announced an operation")
        found = [(m, a) for m, a in zip(mentions, actors) if a is not None and m.role != "source"]
        if rec.event_type == "Strategic developments" and rec.sub_event_type != "Looting/property destruction":
            # (burning or looting is a deed like an attack: who reports it is still no party)
            found = [(replace(m, role="agent") if m.role == "source" else m, a)
                     for m, a in zip(mentions, actors) if a is not None]

        found = [(m, a) for m, a in found if not _of_named_body(m, [x for x, _ in found])]
        etype, sub = rec.event_type, rec.sub_event_type
        # forces that people acting as a community attack in their own sentence ("armed herders attacked
        # soldiers ... Soldiers killed two of them"): those forces hitting back later do not make the people unarmed
        community_agents = [m for m, _ in found if m.kind in ("civilians", "group", "rioters") and m.role == "agent"
                            and self._is_community(m, country)]
        attacked = {a[0] for m, a in found if m.kind in ARMED and m.role in ("patient", "peer")
                    and any(c.sent_bounds == m.sent_bounds for c in community_agents)}
        if (etype in ("Violence against civilians", "Battles") or sub == "Looting/property destruction") and not any(
                m.kind in ARMED and m.role == "agent" and (
                    trigger_verb is None or etype == "Battles"
                    or m.sent_bounds == (trigger_verb.sent.start, trigger_verb.sent.end))
                and not (etype == "Battles" and a[0] in attacked
                         and not any(c.sent_bounds == m.sent_bounds for c in community_agents))
                for m, a in found):
            # armed villagers, farmers, herders or youths who attack (or burn and loot) are coded as a communal
            # militia; only the event's own clause: "... killed a civilian when the man tried to escape" has no militia.
            # Outside a battle (whose two sides may be told in two sentences), armed men who act only in another
            # sentence do not make them unarmed ("four people were killed by herders ... Police reservists later
            # engaged the raiders")
            found = [(replace(m, kind="communal_militia"), self._communal_militia(m, country))
                     if m.kind in ("civilians", "group", "rioters") and m.role == "agent" and self._is_community(m, country)
                     and (trigger_verb is None or _same_verb_chain(_governing_verb(m.span.root), trigger_verb)) else (m, a)
                     for m, a in found]
        # "teachers went on strike": ACLED codes a strike as protesters with the strikers' group associated
        labour_action = etype == "Strategic developments" and sub == "Other" and self._labour_action(draft)
        if etype not in ("Protests", "Riots") and not labour_action:
            # outside protests a named social group ("farmers", "students") is simply civilians
            civilians = self._generic("civilians", country)[1]
            found = [(m, civilians) if m.kind == "group" else (m, a) for m, a in found]
            for m, _ in found:
                if m.kind == "group":
                    m.kind = "civilians"
        if etype not in ("Battles", "Protests", "Riots"):
            # a people named as what was done to ("raided a Fulani camp", "bombed Turkana pastoralists") and not
            # as armed men is civilians of that people, not its militia; a battle's peoples are its sides, and a
            # riot's target is told by who the crowd attacks (a people's name there is as often a place's)
            armed_people = _role_words()["armed_people_nouns"]
            civilians = self._generic("civilians", country)[1]
            found = [(replace(m, kind="civilians"), civilians) if m.kind == "identity" and m.role == "patient"
                     and m.span[-1].lower_ not in armed_people else (m, a) for m, a in found]
        if etype == "Explosions/Remote violence":
            # a guard killed by a strike or a bomb is one of the civilians it hit, not a side that fought
            civilians = self._generic("civilians", country)[1]
            found = [(replace(m, kind="civilians"), civilians) if m.kind == "private_security" and m.role == "patient"
                     else (m, a) for m, a in found]
        armed = [(m, a) for m, a in found if m.kind in ARMED
                 # a government (ministers, officials) fights through its forces, not in person
                 and not (m.kind == "government" and etype in ("Battles", "Explosions/Remote violence",
                                                               "Violence against civilians"))]
        # a group named only to say whose a person, a meeting or an office is ("an aide to an ODM candidate was
        # killed", "a fire during a Reconquest party meeting") takes no part in the event
        armed = [x for x in armed if not (x[0].kind == "named" and x[0].role == "other" and _qualifies_another_noun(x[0].span))]
        # allies told as backing a side ("troops backed by French forces") are that side's associates, no side
        allies = [(x, y) for x in armed for y in armed if x is not y and _supports(x[0], y[0])]
        # ... unless the sides fight under an operation the sentence names ("Turkish forces supported by JWS who
        # operates under OPS"): ACLED names the operation, with the forces it covers associated
        allies = [(x, y) for x, y in allies if not any(
            z[0].kind == "named" and z[0].sent_bounds == x[0].sent_bounds and _fought_under(z[0].span) for z in armed)]
        armed = [x for x in armed if not any(x is ally for ally, _ in allies)]
        if sub == "Suicide bomb":
            # in a suicide bombing the bombers are the side; forces told only finding the dead or investigating
            # after it ("police later found six bodies at the site") are none
            armed = [x for x in armed if not (x[0].kind in ("police", "military", "unit") and _after_the_fact(x[0].span))]
        agents = [(m, a) for m, a in armed if m.role == "agent"]
        armed_targets = [(m, a) for m, a in armed if m.role in ("patient", "peer")]
        civ_targets = [(m, a) for m, a in found if m.kind == "civilians" and m.role in ("patient", "peer", "other")]
        groups = [(m, a) for m, a in found if m.kind == "group" or (m.kind == "named" and a[1] not in (
            "State forces", "Rebel group", "External/Other forces") and m.role == "agent")]
        police = [(m, a) for m, a in armed if m.kind in ("police", "military", "unit")]
        if etype in ("Protests", "Riots") and country:
            # "authorities used tear gas to disperse the students": whoever the text calls the authorities, those
            # who disperse a crowd are its police (ACLED codes them so)
            police += [(replace(m, kind="police"), self._default_state("police", country, when)[1])
                       for m, _ in armed if m.kind == "government" and m.role == "agent"
                       and _controls_crowd(_governing_verb(m.span.root))]
        if etype in ("Protests", "Riots"):
            police = self._crowd_control(police, country, when)

        one: Optional[tuple] = None
        two: Optional[tuple] = None
        assoc1: list[tuple] = []
        civilian_targeting = False
        if etype == "Protests":
            one = self._crowd("protesters", country, draft, trigger_verb)
            assoc1 = groups
            if sub in ("Protest with intervention", "Excessive force against protesters"):
                two = police[0] if police else self._default_state("police", country, when)
            elif self._counter_protest(draft):
                two = self._generic("protesters", country)  # a counter-demonstration: protesters face protesters
        elif etype == "Riots":
            one = self._crowd("rioters", country, draft, trigger_verb)
            assoc1 = groups
            # forces the rioters fight, not the owners of a building they burn ("burned police offices"); forces in
            # the vehicles they stone are ("threw stones at army vehicles")
            facilities = _role_words()["fixed_facility_nouns"]
            state_targets = [x for x in police if x[0].role in ("patient", "peer") and not (
                x[0].span.root.dep_ in ("compound", "amod", "nmod", "poss")
                and x[0].span.root.head.lemma_.lower() in facilities)]
            if sub != "Mob violence" and not state_targets:
                # police who intervene in a violent demonstration; not police the crowd protests about
                # ("protested the killing by a police officer") nor forces who riot themselves; forces whose
                # act is the event's own are its counterpart when they act on the crowd ("police opened fire on
                # protesters")
                crowd_verbs = [_governing_verb(m.span.root) for m, _ in found
                               if m.kind in ("protesters", "rioters", "civilians", "group") and m.role == "patient"]
                state_targets = [x for x in police if x[0].role == "agent"
                                 and _acts_on_crowd(_governing_verb(x[0].span.root), trigger_verb, crowd_verbs)]
            # forces the crowd protests about ("the death of a driver in a shoot-out with military police") or
            # who mutiny themselves ("mutinying soldiers fired into the air", "firing by mutinying police") are not
            # whom the riot faces
            mutiny = any(w in s.text.lower() for s in draft.sentences for w in _role_words()["mutiny_words"])
            # forces told only coming after the deed ("police arrived after the killings and made no arrests") face no one
            state_targets = [x for x in state_targets if not _after_the_fact(x[0].span)]
            state_targets = [x for x in state_targets if not _in_grievance(x[0].span.root, trigger_verb, clauses=False)
                             and not (mutiny and x[0].kind in ("military", "unit"))
                             and not any(w.lower_.startswith(tuple(_role_words()["mutiny_words"]))
                                         for w in list(x[0].span) + list(x[0].span.root.children) + [x[0].span.root.head])]
            if state_targets:
                two = _crowd_faced_first(state_targets, police, order)
            elif self._reciprocal(draft):
                two = self._generic("rioters", country)
            else:
                # people the crowd attacks, a social group among them ("assaulted electoral workers"), are civilians
                civilians = self._generic("civilians", country)[1]
                victims = [x for x in civ_targets if x[0].role == "patient" and not _in_grievance(x[0].span.root, trigger_verb)]
                victims += [(m, civilians) for m, _ in found if m.kind == "group" and m.role == "patient"
                            and _governing_verb(m.span.root).lemma_.lower() in _role_words()["assault_verbs"]
                            and not _in_grievance(m.span.root, trigger_verb)]
                # a mob that attacks no one named faces the forces told dispersing it ("police fired tear gas to
                # disperse the youths who disrupted the rally")
                dispersing = [x for x in police if x[0].role == "agent" and x[0].kind in ("police", "unit")
                              and _controls_crowd(_governing_verb(x[0].span.root))]
                if victims:
                    two = victims[0]
                    foreign = self._nationality(two[0], country) if two[1] == civilians else None
                    if foreign is not None:  # "farmers attacked Nigerien pastoralists"
                        two = (two[0], self._generic("civilians", foreign)[1])
                elif sub == "Mob violence":
                    two = dispersing[0] if dispersing else self._generic("civilians", country)
        elif etype == "Violence against civilians":
            # a party or civic body named beside the victim ("the PAN party's former candidate", "an ABMSM
            # leader") is no attacker unless told acting
            non_targets = [x for x in armed if x[0].role != "patient" and not (
                x[0].kind == "named" and x[1][1] in ("Civilians", "Protesters", "Rioters"))]
            one = (agents or non_targets or [None])[0]
            if one is not None and one[0].kind in ("police", "military", "unit") \
                    and self._follows_up_on_deed(one[0], found, trigger_verb):
                one = None  # an unidentified armed group did it
            two = civ_targets[0] if civ_targets else self._generic("civilians", country)
            if two[1][0] == self._generic("civilians", country)[1][0]:
                verb = trigger_verb if trigger_verb is not None else (sents[0].root if sents else None)
                foreign = self._victims_nationality(verb, country, pirates=one is not None and one[0] is not None
                                                    and one[0].kind == "pirates")
                if foreign is not None:
                    two = (two[0], (self.dictionary.templates["civilians"].format(country=foreign),
                                    self.dictionary.kinds["civilians"]))
            civilian_targeting = True
        elif labour_action:
            # "teachers went on strike", "prison guards began a strike": the strikers' group, union or force is
            # associated with the protesters; a strike faces no one
            strikers = [x for x in found if (x[0].role == "agent" or x[0].span.root.dep_ == "nsubj") and (
                x[0].kind in ("group", "police", "military", "unit")
                or x[0].kind == "named" and x[1][1] in ("Civilians", "Protesters"))]
            if strikers:
                one = self._generic("protesters", country)
                assoc1 = strikers
        elif sub == "Arrests":
            one = police[0] if police else self._default_state("police", country, when)
            rest = [x for x in found if (one is None or x[1][0] != one[1][0]) and x[0].role in ("patient", "other")
                    and x[0].kind != "group"]
            # "arrested 45 activists of the PTI party": people arrested as members of a named body are that body
            rest = [next((y for y in rest if y[0].kind == "named" and _member_of(x[0].span.root, y[0].span)), x)
                    if x[0].kind in ("protesters", "civilians", "rioters") else x for x in rest]
            if not rest or rest[0][0].kind in ("protesters", "civilians", "rioters"):
                # "detaining 62 young men they said were members of MS-13", "men suspected of belonging to ARSA":
                # the body the arrested are said to belong to; "men suspected of taking part in the attack":
                # the unnamed armed men who carried it out
                said_members = [x for x in found if x[0].kind == "named" and x[0].role != "agent"
                                and (one is None or x[1][0] != one[1][0]) and _said_to_belong(x[0].span)]
                party = self._party_of_arrested(article, sents, trigger_verb, doc_mentions, country, when) \
                    if not said_members else None
                if said_members:
                    rest = said_members
                elif party is not None:
                    # "police detained the mayor, Ali Demir ... He was to be the party's presidential
                    # candidate": ACLED codes a politician arrested as the party he stands for
                    rest = [party]
                elif any(p in sents[0].text.lower() for p in _role_words()["attack_suspect_phrases"]) if sents else False:
                    rest = [self._generic("unidentified", country)]
            two = rest[0] if rest else self._generic("civilians", country)
            arrested = rest[0][0] if rest else None
            if isinstance(arrested, Mention) and arrested.kind == "protesters" and arrested.span.root.lemma_ == "activist" \
                    and not any(t.lower_ in _role_words()["protest_context_words"] for sent in sents for t in sent):
                two = self._generic("civilians", country)  # "arrested four civil activists": no protest, civilians
        else:
            sides = [x for x in armed if x[0].role != "patient"]
            if etype == "Battles" and sides:
                # the sides fighting where the battle is told ("clashes between members of Borana and Gabra
                # communities") come before a force acting in a later sentence ("the military has threatened to deploy")
                first = min(order[x[0].sent_bounds] for x in sides)
                sides = [x for x in sides if order[x[0].sent_bounds] == first]
                acting = [x for x in sides if x[0].role == "agent"]
                # "troops clashed with cattle rustlers after the rustlers attacked a detachment", "gunmen opened
                # fire on a patrol and the officers fought back": the side the text says started it comes first
                starting = [x for x in acting if _starts_fight(_governing_verb(x[0].span.root)) or _fired_from(x[0].span.root)]
                if starting and not _starts_fight(_governing_verb(acting[0][0].span.root)):
                    acting = starting + [x for x in acting if x not in starting]
                one = (acting or sides)[0]
                if not _starts_fight(_governing_verb(one[0].span.root)):
                    # "BIFF members were killed in a firefight with troops ... the soldiers were fired upon by armed
                    # men of the BIFF": a later sentence of the event tells which side of the fight opened it
                    told = {x[1][0] for x in armed if order[x[0].sent_bounds] == first}
                    starter = next((x for x in armed if x[0].role == "agent" and x[1][0] != one[1][0]
                                    and order[x[0].sent_bounds] > first
                                    and (x[1][0] in told or x[0].kind in ("unidentified", "anaphor"))
                                    and (_starts_fight(_governing_verb(x[0].span.root)) or _fired_from(x[0].span.root))), None)
                    if starter is not None:
                        one = _named_starter(starter, armed, one, first, order)
            elif etype == "Battles" and not agents and len({a[0] for _, a in armed_targets}) > 1:
                # "two soldiers and four members of the Maute group were killed in a clash": with no side told
                # acting, the two sides are the dead of either, in the order told
                one = armed_targets[0]
            else:
                one = (agents or sides or [None])[0]
            if one is None and etype == "Strategic developments" and sub in _role_words()["presence_sub_types"]:
                # "members of an armed group were seen in ...", "forces were stationed at ...": the group whose
                # presence or movement is reported, though the verb makes it a passive subject
                one = (armed or [None])[0]
            if one is None and etype == "Strategic developments":
                one = self._office_holder(draft, trigger_verb, country, when) or self._security_measure(draft, country, when)
            pool = armed_targets + (armed if etype == "Battles" else [x for x in armed if x[0].role != "agent"])
            others = [x for x in pool if one is None or x[1][0] != one[1][0]]
            peoples = self._peoples_at_peace(sents, doc_mentions, country, when) if sub == "Agreement" else None
            if peoples is not None:
                # "elders of the two clans signed a truce at the district police post": the two peoples told
                # fighting before are its sides, not forces named as the venue or as witnesses
                one, others = peoples
            elif sub == "Agreement" and one is not None:
                # "the army and Mayi Mayi fighters signed a ceasefire": the parties that agree together are its
                # two sides, the one named first first
                # (people who only act in another clause, "residents said the fighters gave up their arms", are no party)
                # ("Afar elders and Issa chiefs agreed": each people named on its leaders)
                partners = [x for x in found if x[0].role == "agent" and x[1][0] != one[1][0]
                            and x[1][1] not in ("Civilians", "Protesters", "Rioters")
                            and (one[0] is None or _same_clause_partner(one[0], x[0])
                                 or _same_clause_partner(one[0], x[0], through_modified=True))]
                others = partners + [x for x in others if x not in partners]
                # "signed a peace agreement at the Baidoa police station": the forces whose post is the venue are no party
                others = [x for x in others if x[0] is None or not _names_a_venue(x[0].span)]
                if not others and one[0] is not None and _names_two_sides(one[0].span):
                    others = [one]  # "leaders of the two clans signed a peace deal": both sides are of that kind
            if etype == "Battles" and one is not None and one[0] is not None:
                # "JNIM and ISGS militants clashed": two groups joined as the subject of a verb of fighting
                # each other are the two sides, not allies
                # ("FARDC and MONUSCO soldiers clashed with M23" are allies facing the group after "with")
                verb = _governing_verb(one[0].span.root)
                foes = [x for x in others if _same_clause_partner(one[0], x[0]) and x[0].role == "agent"
                        and verb.lemma_.lower() in _role_words()["reciprocal_verbs"]
                        and not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children)]
                others = foes + [x for x in others if x not in foes]
            named_others = [x for x in others if x[0] is not None and x[0].kind == "named" and x[0].role != "agent"]
            if others and others[0][0] is not None and others[0][0].kind in ("unidentified", "gang") and named_others \
                    and (named_others[0][0].span.start < others[0][0].span.start
                         or named_others[0][0].sent_bounds == others[0][0].sent_bounds
                         and named_others[0][0].span.root.head.lower_ == "against"):
                # "strikes targeting suspected JNIM militants ... an unspecified number of militants killed": the
                # unnamed militants told after a named group are that group; so are drug traffickers killed
                # "during an operation against the Comando Vermelho"
                others = named_others[:1] + [x for x in others if x is not named_others[0]]
            if sub == "Change to group/activity":
                two = None  # a group changing its own activity has no counterpart
            elif sub == "Looting/property destruction" and not [x for x in others if x[0].role == "patient"]:
                two = self._drug_owners(draft, one, country) or (
                    civ_targets[0] if civ_targets else self._generic("civilians", country))
                if two == self._generic("civilians", country) and self._no_victim_side(country, when):
                    two = None  # "militants destroyed a communications mast": no one's goods named, no side hit
            elif others and etype == "Explosions/Remote violence" and self._civilians_hit_first(civ_targets, others):
                # "shells landed on a neighbourhood, killing six civilians ... the rebels accused the army of firing":
                # the people the blast hit where it is told, not forces named in a later sentence
                two = next(x for x in civ_targets if x[0].role == "patient")
                civilian_targeting = True
            elif others:
                two = others[0]
            elif civ_targets and etype in ("Explosions/Remote violence", "Strategic developments") or [
                    x for x in civ_targets if x[0].role != "patient"] and etype == "Battles":
                # a battle's other side fights; people killed in it ("five people were killed") are no side
                two = civ_targets[0] if etype != "Battles" else [x for x in civ_targets if x[0].role != "patient"][0]
                civilian_targeting = etype == "Explosions/Remote violence"
            elif sub == "Looting/property destruction" or (
                    sub in _role_words()["thrown_at_civilians_sub_types"]
                    or sub in _role_words()["planted_explosive_sub_types"] and self._at_civilian_place(draft)) and (
                    one is None or one[1][1] not in ("State forces", "External/Other forces")):
                # a bomb that goes off at a market or a church hits civilians, though none is named hurt
                # a grenade thrown by an unnamed or non-state hand at no force hits civilians (a bar, a shop, a home)
                two = self._generic("civilians", country)
                civilian_targeting = etype == "Explosions/Remote violence"
        if etype == "Strategic developments" and sub == "Other" and self._displacement(draft) and not any(
                m.role == "agent" and _governing_verb(m.span.root).lemma_.lower() in _role_words()["displacing_verbs"]
                for m, _ in armed):
            # people leaving their homes: ACLED codes the displaced civilians alone, whoever they fled
            one, two = self._displaced(found, country), None
        if two is not None and etype in ("Battles", "Explosions/Remote violence") and (
                two[0] is not None and two[0].kind == "unidentified" and two[0].role == "patient"
                or two[1] == self._generic("civilians", country)[1]):
            # "a strike killed two militants ... Islamic Jihad said the two men were members of its local brigade":
            # the group that claims the dead as its own members was the side hit; so was it where the dead were
            # told only as people ("a drone struck a car, killing two men. Hezbollah announced the deaths of two of
            # its fighters"), if the claim comes right after the event
            last = max(s.end for s in sents) if sents else 0
            owner = next((x for x in doc_mentions if x.kind == "named" and x.role == "source"
                          and (two[1][1] != "Civilians" or x.sent_bounds[0] <= last)
                          and _claims_as_members(x.span)), None)
            if owner is not None:
                named = self._actor(owner, mentions, doc_mentions, country, when)
                if named is not None and (one is None or named[0] != one[1][0]):
                    two = (owner, named)
        if one is not None and one[0] is not None and one[0].kind == "unidentified":
            # "unknown gunmen (presumably JNIM militants)", "gunmen suspected to be members of Al-Shabaab"
            # the named group must be said of those attackers (inside their phrase or right after it),
            # or act itself; a group named elsewhere in the sentence may be the victims
            near = set(t.i for t in one[0].span.root.subtree)
            # a name a few words on but past the object of the attackers' verb belongs to whom they hit, not to
            # them ("gunmen killed five civilians from Pokot": the people is the victims'); words that only
            # describe the attackers have no object between ("gunmen described as pastoralist [Fulani]", "an
            # armed group likely to be IS militants", "gunmen (presumed Turkana)")
            own_verb = _governing_verb(one[0].span.root)
            named = [x for x in armed if x[0].kind not in ("unidentified", "military", "police", "unit", "government")
                     and x[0].role not in ("patient", "peer")
                     and (x[0].sent_bounds[0] == one[0].sent_bounds[0] and (
                         x[0].role == "agent" or x[0].span.root.i in near or 0 <= x[0].span.start - one[0].span.end <= 4
                         and not (own_verb.i not in near and any(
                             c.dep_ == "dobj" and one[0].span.end <= c.i < x[0].span.start for c in own_verb.children))
                         # "gunmen believed to belong to a local gang": the parser may hang the hedge elsewhere
                         or 0 <= x[0].span.start - one[0].span.end <= 8 and _told_as_members(
                             one[0].span.doc[one[0].span.end:x[0].span.start]))
                          # "... The attackers are believed to be Al Shabaab."
                          or x[0].role == "agent" and x[0].span.root.dep_ in ("attr", "oprd"))]
            # "... the attack was carried out by members of the same cartel cell": a later sentence of the event
            # that names who did the attack it tells of
            named += [x for x in armed if x[0].kind not in ("unidentified", "military", "police", "unit", "government")
                      and x[0].role == "agent" and _does_the_attack(_governing_verb(x[0].span.root))]
            if named:
                one = named[0]
        if one is None and etype in ("Violence against civilians", "Explosions/Remote violence", "Battles") or (
                one is None and sub == "Looting/property destruction"):
            one = self._generic("unidentified", country)
        if (etype in ("Violence against civilians", "Explosions/Remote violence", "Battles")
                or sub == "Looting/property destruction") and (
                sub not in TERRITORY_SUB_TYPES
                # "the group claimed the capture of the town on its channel": a claim of the taking itself
                or sub == "Non-state actor overtakes territory" and self._capture_claimed(article)) and (
                one is None or one[0] is None or one[0].kind == "unidentified"):
            # no perpetrator named where the event is told: the group that claims it (or is blamed
            # for it) elsewhere in the article is the perpetrator
            claimed = self._claimed_by(article, draft, doc_mentions, country, when)
            if claimed is not None:
                one = claimed
        elif etype == "Explosions/Remote violence" and sub in _role_words()["planted_explosive_sub_types"] \
                and one[1][1] in ("State forces", "External/Other forces") and one[0].role != "agent":
            # "officers on patrol when their vehicle hit an IED": forces that do not set off the blast are
            # its target; the bomber is the group blamed for it, else an unidentified armed group
            claimed = self._claimed_by(article, draft, doc_mentions, country, when)
            if two is None or claimed is not None and two[1][0] == claimed[1][0]:
                two = one
            one = claimed or self._generic("unidentified", country)
        if sents and etype in ("Violence against civilians", "Explosions/Remote violence", "Battles"):
            one, two = self._named_right_after(sents, doc_mentions, one, two, country, when, other_triggers)
        if etype == "Explosions/Remote violence" and one is not None and one[1] == self._generic("unidentified", country)[1]:
            # "a rocket fired from the Gaza Strip hit a house in Sderot": the unnamed side is of the land it fired from
            origin = self._launched_from(draft, country)
            if origin is not None:
                one = (one[0], self._generic("unidentified", origin)[1])
        if sub == "Air/drone strike" and (one is None or one[0] is None or one[0].kind == "unidentified"):
            # "the army said a drone struck a group of JNIM fighters": with no other striker named, the army that
            # tells of the strike is the one that made it
            reporters = [(m, a) for m, a in zip(mentions, actors) if a is not None and m.role == "source"
                         and m.kind == "military" and m.sent_bounds == (sents[0].start, sents[0].end)]
            # ("the army said a drone struck its positions": the army was hit, not the striker)
            own_hit = any(t.lower_ in ("its", "our", "their") and t.dep_ == "poss" and t.head.lower_ not in
                          _role_words()["drone_words"] | _role_words()["aircraft_words"] for t in sents[0])
            if reporters and not own_hit and (two is None or two[1][0] != reporters[0][1][0]):
                one = reporters[0]
        if sub == "Air/drone strike" and country and (one is None or one[0] is None or one[0].kind == "unidentified") \
                and country not in _country_conventions()["aircraft_of_others_countries"] and self._strike_by_aircraft(draft):
            # "an aircraft bombed the outskirts of the town": where only the state flies, the plane is its military's
            one = self._default_state("military", country, when)
        if (etype in ("Violence against civilians", "Battles") or sub == "Looting/property destruction") \
                and self._communal_conflict(draft):
            # "intercommunal clashes", "gunmen from a neighbouring village": unnamed sides are communal militias
            communal = self._generic("communal_militia", country)[1]
            unnamed = self._generic("unidentified", country)[1]
            one, two = [(x[0], communal) if x is not None and x[1] == unnamed else x for x in (one, two)]
        observed = self._observer_sides(draft, country, etype, when)
        if observed is not None and all(x is None or x[1] == self._generic("unidentified", country)[1] for x in (one, two)):
            # "the OSCE SMM observed 12 explosions near ...": ACLED names the sides of the front such reports come from
            one, two = observed
        if sub == "Air/drone strike" and one is not None and one[0] is not None and one[0].kind == "military" \
                and country in _country_conventions()["air_force_event_countries"] \
                and self._strike_words(draft) & _role_words()["aircraft_words"]:
            # only where aircraft are told: a missile or a guided bomb alone names no branch ('a Russian glide bomb hit')
            one = (one[0], (self.dictionary.unit_name(one[0].key or country, "Air Force", when), one[1][1])) \
                if self.dictionary.has_unit(one[0].key or country, "Air Force") else one
        if etype == "Violence against civilians" and (
                one is None or one[0] is None or one[0].kind in ("unidentified", "communal_militia")):
            gang = self._gang_killer(draft, country, other_triggers)
            if gang is not None:
                one = (one[0] if one else None, (gang, "Political militia"))
        if two is not None and one is not None and two[1][0] == one[1][0] and etype not in ("Riots", "Protests", "Battles") \
                and not (sub == "Agreement" and one[0] is not None and _names_two_sides(one[0].span)):
            two = None
        if etype == "Battles":
            # "two Maasai clans clashed", "fighting between two tribal groups": both sides are of the one kind named,
            # not forces told stepping in
            pair = self._two_of_one_kind(found)
            if pair is not None:
                one = two = pair
            # ACLED's battles are between armed sides: people who fight (villagers, youths) are a communal militia
            one, two = [(x[0], self._communal_militia(x[0], country))
                        if x is not None and (x[0] is None or x[0].kind in ("civilians", "group"))
                        and x[1][1] == "Civilians" else x for x in (one, two)]
        unknown_against_state = _country_conventions()["unknown_side_against_state"].get(country or "")
        if etype == "Battles" and unknown_against_state and one is not None and two is not None \
                and "State forces" in (one[1][1], two[1][1]):
            # "an armed individual exchanged fire with military police": ACLED's name for the unknown side
            unnamed = self._generic("unidentified", country)[1]
            one, two = [(x[0], (unknown_against_state, x[1][1])) if x[1] == unnamed else x for x in (one, two)]
        if etype == "Battles" and self._state_first_in_battles(country, when) \
                and one is not None and two is not None and two[1][1] == "State forces" and one[1][1] != "State forces" \
                and not (country in _country_conventions()["state_first_unless_other_opens"] and _opened_the_fight(one[0])):
            one, two = two, one  # ACLED's coverage of these countries lists the state's forces first
        if sub == "Excessive force against protesters" and one is not None and two is not None \
                and two[1][1] not in ("Protesters", "Rioters", "Civilians") and self._perpetrator_first(when):
            one, two = two, one  # events of before the revised typology keep whoever used the force first
        if sub in TERRITORY_SUB_TYPES and one is not None and two is not None \
                and (one[1][1] == "State forces") != (two[1][1] == "State forces") \
                and (one[1][1] == "State forces") == (sub == "Non-state actor overtakes territory"):
            # the side that takes the town comes first, whichever the text makes the subject ('soldiers
            # withdrew from Mahas and Al Shabaab moved in'; 'the army retook Kalaat from Al Shabaab')
            one, two = two, one
        if etype == "Battles" and two is None and one is not None:
            # "the FTC said one of its patrols came under fire from an EPP column": forces that tell of their own
            # unit's fight are its other side
            teller = self._teller_of_own_fight(mentions, actors, sents, one)
            if teller is None and one[1][1] == "External/Other forces" and one[0] is not None \
                    and one[0].kind == "military" and country:
                # "Russian forces engaged in an offensive in the direction of Lypove": another state's forces fighting in
                # a country with no other side named fight that country's own forces, not themselves
                teller = self._default_state("military", country, when)
            two = teller or one  # a battle has two sides; with no other named, both are of the same kind ("rival gangs clashed")
        if etype == "Battles" and one is not None and one[0] is not None and two is not None \
                and two[1][0] in (one[1][0], self._generic("communal_militia", country)[1][0]) \
                and one[1][0] == self._communal_militia(one[0], country)[0]:
            # "villagers from Tamba and Goro clashed": each village's militia is a side
            places = self._community_places(one[0])
            if len(places) == 2 and country:
                one, two = ((one[0], self._village_militia(place, country)) for place in places)
        fought_at = self._village_of_the_fight(draft) \
            if etype == "Battles" and self._communities_after_place(country, when) else None
        if fought_at:
            # "farmers and herders clashed in Goungoun", "youths in Salmossi ambushed the militants": where ACLED's
            # coverage names a community's fighters after the place of the fight, one whose home goes untold is that
            # place's militia
            unnamed = self._generic("communal_militia", country)[1]
            one, two = [(x[0], self._village_militia(self._spelled_as_known(fought_at), country))
                        if x is not None and x[1] == unnamed else x for x in (one, two)]

        fighting_under = None
        if etype not in ("Protests", "Riots") and one is not None and one[0] is not None:
            # "Turkish forces and opposition groups operating under OPS shelled ...": ACLED names the operation
            # or coalition the acting forces fight under, with those forces associated
            umbrella = next((x for x in armed if x[0].kind == "named" and x[0].sent_bounds == one[0].sent_bounds
                             and x[1][0] != one[1][0] and _fought_under(x[0].span)), None)
            if umbrella is not None and one[0].role == "agent":
                fighting_under, one = one, umbrella
                if two is not None and two[1][0] == one[1][0]:
                    two = None
            coalition = next((c for state, c in _country_conventions()["coalition_forces"].get(country or "", {}).items()
                              if one[1][0] == self.dictionary.state_name(state, "military", when)), None)
            if fighting_under is None and coalition is not None and coalition in self.dictionary.actors:
                # "a US military patrol" in Syria: the coalition those forces serve in, with them associated
                fighting_under, one = one, (one[0], self.dictionary.named(coalition, when))
        if etype not in ("Protests", "Riots") and one is not None and one[0] is not None:
            # allies acting with actor1 in the same clause ("US and Turkish troops opened fire")
            assoc1 = [x for x in armed if x[0] is not one[0] and x[1][0] != one[1][0]
                      and (two is None or x[1][0] != two[1][0])
                      and _same_clause_partner(one[0], x[0])]
            assoc1 += [ally for ally, side in allies if side[0] is one[0]]
        if sub == "Disrupted weapons use" and two is None and one is not None and one[1][1] == "State forces":
            # "soldiers defused an IED likely planted by JNIM militants": whose device it was is the other side,
            # an unidentified armed group where no one is named
            # (not an ally told defusing it: "the army and volunteer fighters dismantled an IED")
            planters = [x for x in found if x[0].kind in ARMED and x[1][0] != one[1][0] and x[1][1] != "Civilians"
                        and (x[1][1] != "State forces" or x[0].kind in STATE_KINDS and x[0].key)
                        and not (one[0] is not None and _same_clause_partner(one[0], x[0]))]
            two = planters[0] if planters else self._generic("unidentified", country)
        # "Two police officers were killed ... The officers, attached to the General Service Unit, were on patrol":
        # the branch the forces are told to belong to names them
        one, two = (self._told_branch(x, found) for x in (one, two))
        body_hit = None
        if sub == "Looting/property destruction" and two is not None and two[0] is not None and two[0].kind == "named" \
                and two[0].role == "patient" and two[1][1] == "Civilians" and country:
            # "burned the houses of NLD supporters", "robbed the car of a CDP candidate": a party's or a body's
            # people whose goods are hit are civilians, the body associated (people arrested as its members are
            # left to the arrest rules)
            body_hit, two = two[1][0], (two[0], self._generic("civilians", country)[1])
        if sub in ONE_SIDED_DEVELOPMENTS and one is not None and two is not None and two[1][0] == one[1][0]:
            two = None  # "the army inaugurated a base of the Rapid Intervention Battalion": the unit whose base it
            # is, named again, is no other side (ACLED codes a base set up or a group's change with actor1 alone)
        self._set(rec, "actor1", "inter1", one, draft.anchor)
        self._set(rec, "actor2", "inter2", two, draft.anchor)
        names = [one[0].associate] if one is not None and one[0] is not None and one[0].associate else []
        if one is not None and one[0] is not None:
            names += [self.dictionary.named(key, when)[0] for key in one[0].members]
        if fighting_under is not None and fighting_under[1][0] not in names:
            names.append(fighting_under[1][0])
        for m, a in assoc1:
            if a[0] not in names and (one is None or a[0] != one[1][0]):
                names.append(a[0])
        rec.assoc_actor_1 = "; ".join(names) or None
        if assoc1:
            rec.add_evidence("assoc_actor_1", assoc1[0][0].span.sent, assoc1[0][0].span, rule="actor dictionary")
        if etype == "Violence against civilians":
            # captives and members of armed groups killed while defenceless are civilians; the group is associated
            victims = [a[0] for m, a in armed if m.kind == "named" and m.role == "patient" and (one is None or a[0] != one[1][0])]
            rec.assoc_actor_2 = "; ".join(dict.fromkeys(victims)) or None
        elif two is not None and two[0] is not None:
            rec.assoc_actor_2 = "; ".join(dict.fromkeys(
                ally[1][0] for ally, side in allies if side[0] is two[0] and ally[1][0] != two[1][0])) or None
        if body_hit is not None:
            rec.assoc_actor_2 = body_hit
        region = _country_conventions()["regional_actor_countries"].get(country or "", {}).get(rec.admin1 or "")
        if region:
            # "Protesters (Northern Ireland)": ACLED names the crowds and groups of some regions after the region
            for field in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
                value = getattr(rec, field)
                if value:
                    setattr(rec, field, "; ".join(self._of_region(name, country, region) for name in value.split("; ")))
        rec.civilian_targeting = civilian_targeting
        if civilian_targeting:
            src = two[0] if two and two[0] is not None else None
            rec.add_evidence("civilian_targeting", src.span.sent if src else draft.anchor, src.span if src else None,
                             rule="civilians targeted")

    def _capture_claimed(self, article: Article) -> bool:
        """A sentence of the article tells a group claiming the capture of a place ('claimed the capture of
        the port', 'claimed control of the town'), not an attack."""
        words = _role_words()["capture_claim_words"]
        return article.doc is not None and any(
            self.claims.claims_responsibility(sent) and any(t.lemma_.lower() in words for t in sent)
            for sent in article.doc.sents)

    def _party_of_arrested(self, article: Article, sents, trigger_verb, doc_mentions, country, when) -> Optional[tuple]:
        """The party of a politician the arrest is told of by name ('police detained the city's mayor Ali
        Demir', 'Okello was arrested'), or None. The article must tie the person to the party: a sentence
        that names the person (or, right after the arrest, tells of him as 'he') names the party on one of his
        offices ('the party's presidential candidate', 'PDM leader Okello'); or, told as an opposition figure or a
        candidate ('presidential candidate Okello'), the person is of the one party the article names (a body
        it calls a party)."""
        if not sents or trigger_verb is None or article.doc is None:
            return None
        titles = _role_words()["affiliation_head_nouns"] | _role_words()["politician_nouns"]
        # (the tagger takes an unfamiliar surname for an organisation as often as for a person; a name the
        # dictionary knows is a body, not a person)
        in_mentions = {i for m in doc_mentions for i in range(m.span.start, m.span.end)}
        names = [t for t in trigger_verb.children if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "PROPN"
                 and t.i not in in_mentions and (t.ent_type_ in ("PERSON", "ORG", "") or any(
                     c.dep_ == "compound" and c.lower_ in titles for c in t.children))]
        if not names:
            return None
        surname = names[0].text
        doc = article.doc
        all_sents = list(doc.sents)
        first = next((i for i, x in enumerate(all_sents) if x.start == sents[0].start), None)
        about = [x for x in all_sents if any(t.text == surname for t in x)]
        if first is not None and first + 1 < len(all_sents) and all_sents[first + 1][0].lower_ in ("he", "she"):
            about.append(all_sents[first + 1])
        parties = [m for m in doc_mentions if m.kind == "named" and m.role != "agent"
                   and self.dictionary.actors.get(m.key, {}).get("type") in ("Civilians", "Political militia")]
        for x in about:
            for m in parties:
                if m.sent_bounds != (x.start, x.end):
                    continue
                root = m.span.root
                office = root.head if root.dep_ in ("poss", "compound", "nmod") else (
                    root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None)
                if office is not None and office.lower_ in titles:
                    a = self._actor(m, [m], doc_mentions, country, when)
                    if a is not None:
                        return replace(m, role="patient"), a
        if not any(t.lower_ in _role_words()["standing_for_party_words"] for x in about for t in x):
            return None
        party_words = _role_words()["party_words"]
        called_party = {m.key for m in parties for i, x in enumerate(all_sents) if (x.start, x.end) == m.sent_bounds
                        and any(t.lower_ in party_words for y in all_sents[i:i + 2] for t in y)}
        if len(called_party) != 1 or len({m.key for m in parties}) != 1:
            return None
        m = next(m for m in parties if m.key in called_party)
        a = self._actor(m, [m], doc_mentions, country, when)
        return (replace(m, role="patient"), a) if a is not None else None

    def _peoples_at_peace(self, sents, doc_mentions, country, when) -> Optional[tuple]:
        """The two peoples an agreement told as made by 'the two tribes', 'the warring clans' or 'both
        communities' is between: the last two the article named before the agreement's sentence, in the order
        told ((first side, [second side])), or None."""
        if not sents:
            return None
        words = _role_words()
        if not any(t.lower_ in words["peoples_at_peace_nouns"]
                   and any(c.lower_ in words["two_sides_words"] for c in t.children) for t in sents[0]):
            return None
        # the nearest before the sentence first; in a lead that tells the deal first, the first ones after it
        peoples = sorted((m for m in doc_mentions if m.kind == "identity" and m.span.end <= sents[0].start),
                         key=lambda m: -m.span.start)
        peoples += [m for m in doc_mentions if m.kind == "identity" and m.span.start >= sents[0].end]
        def people(name: str) -> str:  # "Sunni Kheli Tribal Militia (Pakistan)": "sunni kheli"
            return " ".join(name.split(" (")[0].split()[:-2]).lower()

        sides: list = []
        for m in peoples:
            a = self._actor(m, [m], doc_mentions, country, when)
            if a is None or a[1] in ("Civilians", "State forces"):
                continue
            same = next((i for i, x in enumerate(sides) if people(a[0]).endswith(" " + people(x[1][0]))
                         or people(x[1][0]).endswith(" " + people(a[0])) or a[0] == x[1][0]), None)
            if same is not None:
                # "the Sunni Kheli tribe ... the Kheli and Zai tribes": one people; its plain name
                if len(a[0]) < len(sides[same][1][0]):
                    sides[same] = (sides[same][0], a)
                continue
            sides.append((replace(m, role="agent"), a))
            if len(sides) == 2:
                break
        if len(sides) < 2:
            return None
        # in the order the article first names them
        first = {}
        for m in doc_mentions:
            if m.kind == "identity":
                a = self._actor(m, [m], doc_mentions, country, when)
                for x in sides:
                    if a is not None and people(x[1][0]) and people(a[0]).endswith(people(x[1][0])):
                        first.setdefault(x[1][0], m.span.start)
        sides.sort(key=lambda x: first.get(x[1][0], x[0].span.start))
        return sides[0], [sides[1]]

    def _claimed_by(self, article: Article, draft: EventDraft, doc_mentions, country, when) -> Optional[tuple]:
        """The named non-state group that claims responsibility for the event or is blamed for it.

        The event's own sentences are read first; otherwise the article's other sentences, and only
        when every claim or blame there points at the same group (an article about one attack)."""
        if self._claim_disowned(draft.sentences):
            return None  # "No group claimed responsibility": another attack's claim elsewhere is not this one's
        own = {(s.start, s.end) for s in draft.sentences}
        sentences = list(draft.sentences) + [s for s in article.doc.sents if (s.start, s.end) not in own]
        results: list[tuple] = []
        first = {(s.start, s.end) for s in list(article.doc.sents)[:2]}
        for sent in sentences:
            if (sent.start, sent.end) not in own and sent.start < draft.anchor.start \
                    and (sent.start, sent.end) not in first:
                continue  # a claim refers back to an attack told before it (or sits in the headline)
            for span in self.claims.responsible(sent):
                inside = [m for m in doc_mentions if span.start <= m.span.start and m.span.end <= span.end
                          and m.kind in ("named", "country_alias", "anaphor")]
                # the group itself, not a modifier of it ("the al Qaeda-linked group JNIM")
                inside.sort(key=lambda m: (m.span.root.dep_ in ("npadvmod", "amod", "compound", "poss"), m.span.start))
                for m in inside:
                    actor = self._actor(replace(m), [], doc_mentions, country, when)
                    if actor is None or actor[1] in ("State forces", "Civilians", "External/Other forces") \
                            or actor[0].startswith("Unidentified") \
                            or self._blame_denied(m, actor[0], doc_mentions, country, when):
                        continue
                    results.append(((sent.start, sent.end) in own, replace(m, role="claimant"), actor))
                    break
        if not results:
            return None
        if results[0][0]:
            return results[0][1], results[0][2]
        if len({r[2][0] for r in results}) == 1:
            return results[0][1], results[0][2]
        return None

    def _blame_denied(self, blamed: Mention, name: str, doc_mentions, country, when) -> bool:
        """The group is blamed for the attack ('police blamed the IPOB') and denies it, later in the sentence
        ('..., which denied it') or in the next one ('The group's spokesman denied any involvement'): an
        attribution the accused disputes does not name the attackers (ACLED keeps them unidentified)."""
        if _governing_verb(blamed.span.root).lemma_.lower() not in self.claims.cues["blame_verbs"]:
            return False
        doc = blamed.span.doc
        sent = blamed.span.sent
        if any(rx.search(doc[blamed.span.end:sent.end].text) for rx in self.claims.cues["denial"]):
            return True
        if sent.end >= len(doc):
            return False
        following = doc[sent.end].sent
        for rx in self.claims.cues["denial"]:
            cue = rx.search(following.text)
            if cue is None:
                continue
            cue_start = following.start_char + cue.start()
            deniers = [m for m in doc_mentions if m.kind in ("named", "country_alias", "anaphor")
                       and following.start <= m.span.start and m.span.start_char < cue_start]
            if any((found := self._actor(replace(m), [], doc_mentions, country, when)) is not None and found[0] == name
                   for m in deniers):
                return True
        return False

    def _claim_disowned(self, sents) -> bool:
        """The event's sentences or the one right after say nobody claimed it ('No group claimed responsibility',
        'no one has claimed the attack')."""
        after = max(s.end for s in sents)
        doc = sents[0].doc
        told = list(sents) + ([doc[after].sent] if after < len(doc) else [])
        for sent in told:
            for rx in self.claims.cues["claim"]:
                for found in rx.finditer(sent.text):
                    if self.claims.negated(sent.char_span(found.start(), found.end(), alignment_mode="expand")):
                        return True
        return False

    def _named_right_after(self, sents, doc_mentions, one, two, country, when, other_triggers: Sequence = ()) -> tuple:
        """The event's sentences or the one right after name its unknown side: 'The community identified the attackers as
        members of the X', 'residents described the gunmen as Fulani herdsmen', 'the ADF had taken them into the bush',
        'Al Shabaab militants were suspected of the attack', 'the attackers were believed to be pastoralists from
        Lagdera' (the doers), 'Police said the dead belonged to the X' (the side whose dead they were). The doers may
        also be named further on in the story of the event, before the article tells another one (`_story_after`)."""
        after = max(s.end for s in sents)
        told = {s.start for s in sents} | {after}
        story = told | self._story_after(sents, other_triggers)
        # (a people: "residents described the gunmen as Fulani herdsmen"; a community: "... as farmers")
        named = [m for m in doc_mentions if m.sent_bounds[0] in story
                 and m.kind in ("named", "country_alias", "identity", "civilians", "group")]
        unknown = {self._generic("unidentified", country)[1][0], self._generic("gang", country)[1][0]}
        for m in named:
            if m.kind in ("civilians", "group"):
                # a community the doers are said to be is their communal militia; other people named are no side here
                if (one is None or one[1][0] in unknown) and m.span.root.lower_ in _role_words()["community_nouns"] \
                        and (_names_the_doers(m.span) or m.role == "agent" and m.span.root.dep_ in ("attr", "oprd")):
                    one = (replace(m, kind="communal_militia", role="agent"), self._communal_militia(m, country))
                continue
            actor = self._actor(replace(m), [], doc_mentions, country, when)
            if actor is None or actor[1] in ("State forces", "Civilians", "External/Other forces", "Protesters"):
                continue
            if (one is None or one[1][0] in unknown) and (_names_the_doers(m.span) or _does_it_to_them(m.span)
                                                          or _suspected(m.span.root)):
                one = (replace(m, role="agent"), actor)
            elif two is not None and two[1][0] in unknown and _names_the_dead(m.span) and m.sent_bounds[0] in told:
                two = (replace(m, role="patient"), actor)
        return one, two

    @staticmethod
    def _story_after(sents, other_triggers: Sequence, length: int = 4) -> set[int]:
        """The starts of the sentences that go on with the event's story from its own first sentence ('At least 25
        people were killed when gunmen attacked the village ... The attackers arrived on motorcycles ... A local
        association said the attackers were Fulani militiamen'), between its sentences and up to `length` after
        them; none from the one where the article tells another event on."""
        doc = sents[0].doc
        after = max(s.end for s in sents)
        others = {clauses.token_of(t) for t in other_triggers}
        starts: set[int] = set()
        beyond = 0
        for sent in doc[sents[0].start:].sents:
            if any(i is not None and sent.start <= i < sent.end for i in others):
                break
            if sent.start >= after:
                beyond += 1
                if beyond > length:
                    break
            starts.add(sent.start)
        return starts

    def _of_region(self, name: str, country: str, region: str) -> str:
        """A crowd's or a social group's name written after the region instead of the country."""
        suffix = f" ({country})"
        if name.endswith(suffix) and name[:-len(suffix)] in self.dictionary.country_bodies:
            return f"{name[:-len(suffix)]} ({region})"
        return name

    def _set(self, rec, field: str, inter_field: str, choice, anchor) -> None:
        if choice is None:
            setattr(rec, field, None)
            setattr(rec, inter_field, None)
            return
        mention, (name, typ) = choice
        setattr(rec, field, name)
        setattr(rec, inter_field, typ)
        if mention is not None:
            rec.add_evidence(field, mention.span.sent, mention.span, rule=f"{mention.kind} {mention.role}")
        else:
            rec.add_evidence(field, anchor, None, rule=f"{rec.event_type or 'event'} convention")

    def _gang_killer(self, draft: EventDraft, country: Optional[str], other_triggers: Sequence = ()) -> Optional[str]:
        """ACLED's name for unknown killers where the killing bears a gang's marks (a drive-by, bound hands)
        in a country where it codes gang violence, or the marks of the killings it names otherwise there ('a drug
        suspect was shot dead by unidentified assailants' in the Philippines); its unidentified gang wherever the
        text ties the killing to gangs or drug-trafficking factions ('a dispute between drug trafficking
        factions'), whatever name the marks alone would give; the tie may come further on in the story of the
        event, before the article tells another one ('... Three men were killed. The police believe the killings
        are linked to a feud between two gangs'); None otherwise."""
        d = self.dictionary
        text = " ".join(s.text.lower() for s in draft.sentences)
        marked = d.marked_killers.get(country or "")
        if marked is not None and any(cue in text for cue in marked["cues"]):
            return marked["name"]
        gang = d.templates["gang"].format(country=country) if country else None
        sents = list(draft.sentences)
        story = self._story_after(sents, other_triggers) if sents else set()
        told = " ".join(s.text.lower() for s in (sents[0].doc[sents[0].start:].sents if sents else ())
                        if s.start in story) + " " + text
        if gang in d.actors and any(cue in told for cue in d.gang_attribution_cues):
            return gang  # "the police believe the killings are linked to a feud between two gangs"
        name = d.gang_killers.get(country or "") or (
            d.templates["gang"].format(country=country) if country else None)
        if name is None or name not in d.actors:
            return None
        return name if any(cue in text for cue in d.gang_cues) else None

    def _drug_owners(self, draft: EventDraft, one, country: Optional[str]) -> Optional[tuple]:
        """Drugs that forces seize or destroy belong to a gang where ACLED codes gangs ('police seized
        1,200 kg of marijuana'); None otherwise."""
        gang = self.dictionary.templates["gang"].format(country=country) if country else None
        if gang not in self.dictionary.actors or one is None or one[1][1] != "State forces":
            return None
        words = _role_words()["drug_words"]
        if not any(t.lower_ in words for s in draft.sentences for t in s):
            return None
        return None, (gang, self.dictionary.kinds["gang"])

    def _is_community(self, m: Mention, country: Optional[str]) -> bool:
        """People who act as a community ('villagers', 'farmers', 'youths'), or people said to come from a
        named village ('men from Tangoro'); a man or some individuals who attack are an unidentified armed
        group (ACLED's coding), not a communal militia."""
        root = m.span.root
        if root.lower_ in _role_words()["community_nouns"] or root.lower_ in ("group", "groups", "gang", "gangs") and any(
                o.lower_ in _role_words()["community_nouns"] for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"):
            return True  # "villagers", "a group of youth"
        return self._communal_militia(m, country) != self._generic("communal_militia", country)[1]

    def _communal_militia(self, m: Optional[Mention], country: Optional[str], village_only: bool = False) -> tuple[str, str]:
        """ACLED's name for people who take up arms as a community: after the village or town they come
        from where the text says it ("youths from Banagbasson", "villagers of Kpari", "armed men from
        Marakwet village", "Tamba villagers": "Banagbasson Communal Militia (Benin)"), else an unidentified
        communal militia. With `village_only`, only a place the text calls a village or town ("gunmen from the
        village of X")."""
        places = self._community_places(m, village_only) if m is not None and country else []
        return self._village_militia(places[0], country) if places else self._generic("communal_militia", country)[1]

    @staticmethod
    def _village_militia(place: str, country: Optional[str]) -> tuple[str, str]:
        return f"{place} Communal Militia ({country})", "Identity militia"

    def _community_places(self, m: Mention, village_only: bool = False) -> list[str]:
        """The villages or towns the people of a mention are said to come from, in the order told: one, or two
        for two communities told together ('villagers from Tamba and Goro', 'Tamba and Goro villagers', 'residents
        of the villages of Tamba and Goro'), each a side where they fight each other."""
        root = m.span.root
        community = root.lower_ in _role_words()["community_nouns"]
        found = []
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in (("from",) if village_only else ("from", "of")):
                continue
            for obj in prep.children:
                named_place = obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() in self.dictionary.place_words
                if named_place:  # "from the village of X": X is a place whatever the tagger thinks
                    of = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj"), None)
                    # "from Marakwet village", "from Tamba and Goro villages": the names before the place word
                    names = [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
                    obj = of if of is not None else (names[0] if names else obj)
                if village_only and not named_place:
                    continue
                if obj.dep_ in ("pobj", "compound", "nmod") and obj.pos_ == "PROPN":
                    found += [self._place_name(t) for t in [obj] + self._conj_names(obj)
                              if self._names_a_place(t, named_place, community)]
        if not village_only and community:
            # "Tamba villagers", "Tamba and Goro villagers": the place named before the community's noun
            for c in root.children:
                if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper():
                    found += [self._place_name(t) for t in [c] + self._conj_names(c) if self._names_a_place(t, False, True)]
        # a village whose militia the dictionary knows is spelled as the dictionary spells it
        return list(dict.fromkeys(self._spelled_as_known(p) for p in found if p))

    def _spelled_as_known(self, place: str) -> str:
        """A village whose militia the dictionary knows, spelled as the dictionary spells it; else as written."""
        return self.dictionary.identity.get(place.lower(), [place])[0]

    @staticmethod
    def _conj_names(token) -> list:
        return [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]

    @staticmethod
    def _place_name(token) -> str:
        """The name with the words it is made of ('Murik Lakes', 'Kperankou-Baguiri'), not another name joined
        to it by 'and'."""
        words, todo = [token], [token]
        while todo:
            todo = [c for t in todo for c in t.children if c.dep_ in ("compound", "flat") and c.i < token.i]
            words += todo
        return token.doc[min(t.i for t in words):token.i + 1].text

    def _names_a_place(self, token, named_place: bool, community: bool) -> bool:
        """A proper name told as where a community comes from names a place: not a country, a nation or a people
        (a village whose militia the dictionary knows is a place), nor a group the dictionary knows; the tagger
        takes many a village for a person or an organisation, so those count where a community's noun ('villagers',
        'youths') says the name is its home."""
        d = self.dictionary
        name = self._place_name(token)
        people = d.identity.get(name.lower())
        if name in d.countries or name.lower() in d.demonyms or people is not None and people[1] != "Communal":
            return False
        if named_place:
            return True
        if token.ent_type_ == "NORP":
            return False
        if token.ent_type_ in ("ORG", "PERSON"):
            return community and " " not in name and not d.lower(token.doc[token.i:token.i + 1])
        return True

    def _crowd(self, kind: str, country: Optional[str], draft: EventDraft, trigger_verb) -> tuple:
        """Protesters or rioters, named after their nationality where the crowd is said to be of another
        country than the event's ('Ukrainians living in Seoul rallied', 'Togolese refugees demonstrated',
        'Israeli settlers hurled stones'); migrants or foreigners as such are 'International'."""
        d = self.dictionary
        verbs = [v for v in (trigger_verb, draft.sentences[0].root if draft.sentences else None) if v is not None]
        # "Israeli settlers attacked the village ..., Palestinian officials said": the crowd is the reported
        # clause's subject, not the sources'
        verbs += [c for v in verbs if v.lemma_.lower() in _role_words()["reporting_verbs"]
                  for c in v.children if c.dep_ == "ccomp"]
        for verb in verbs:
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                # "Ukrainians and Russians", "dozens of Nigerians", "a group of Togolese refugees"
                heads = [subject] + [c for c in subject.children if c.dep_ == "conj"][:1] + [
                    o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
                words = [w for h in heads for w in sorted([h] + [c for c in h.children if c.dep_ in ("amod", "compound")],
                                                          key=lambda t: t.i)]
                for word in words:
                    text = word.lower_
                    nation = d.demonyms.get(text[:-1]) if word.tag_ in ("NNS", "NNPS") and text.endswith("s") else None
                    if nation is None and word.head.lower_ in _role_words()["crowd_nouns"]:
                        nation = d.demonyms.get(text)  # "Ukrainian nationals", not "Israeli forces"
                    if nation in d.real_countries and nation != country:
                        return self._generic(kind, nation)
                if subject.lower_ in d.foreign_civilians:
                    return self._generic(kind, "International")
        return self._generic(kind, self._foreign_crowd(draft, country) or country)

    @staticmethod
    def _what_the_crowd_wants(word) -> bool:
        """The subject of a clause the crowd demands or calls for ('marched to demand that migrants leave the city'),
        not of one a source reports ('police said migrants threw stones')."""
        verb = word.head
        return word.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") \
            and verb.head.lemma_.lower() not in _role_words()["reporting_verbs"]

    def _foreign_crowd(self, draft: EventDraft, country: Optional[str]) -> Optional[str]:
        """The nationality of a crowd told as migrants or refugees ('Sudanese refugees rioted', 'migrants from
        Honduras threw stones'), 'International' when none or several are named ('around 500 migrants marched'),
        whatever the parse makes of the sentence; None for a crowd of the event's own country or for migrants
        who are only what the crowd protests about ('the deportation of migrants', 'attacked migrants')."""
        if not draft.sentences:
            return None
        d = self.dictionary
        for word in draft.sentences[0]:
            if word.lower_ not in _role_words()["foreign_crowd_nouns"] or not _heads_the_clause(word) \
                    or self._what_the_crowd_wants(word):
                continue
            told = [t for t in word.children if t.dep_ in ("amod", "compound", "nmod")]
            told += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "from"
                     for pobj in p.children if pobj.dep_ == "pobj" for o in (pobj, *pobj.conjuncts)]
            nations = {d.demonyms.get(t.lower_) or _with_compounds(t) for t in told} & d.real_countries
            if len(nations) == 1:
                nation = nations.pop()
                return nation if nation != country else None
            return "International"
        return None

    def _crowd_control(self, forces: list, country: Optional[str], when) -> list:
        """The forces that face a crowd: unnamed 'security forces' are the police (ACLED codes those who
        disperse or arrest protesters so); an army that only qualifies another noun ('the military coup',
        'the Army recruitment scheme') is no party (police that do, 'police intervention', 'a police team',
        are); forces acting come before the rest."""
        words = _role_words()
        out = []
        for m, actor in forces:
            root = m.span.root
            if m.kind == "military" and root.dep_ in ("amod", "compound", "nmod") \
                    and root.head.lemma_.lower() not in words["facility_nouns"] | words["crowd_nouns"]:
                continue
            if m.kind == "military" and self._force_noun(m) in words["security_force_nouns"] \
                    and (not m.key or m.key == country) and country:
                actor = (self.dictionary.state_name(country, "police", when), actor[1])
            out.append((m, actor))
        return sorted(out, key=lambda x: x[0].role != "agent")

    @staticmethod
    def _follows_up_on_deed(force: Mention, found: list, trigger_verb) -> bool:
        """Forces told doing something after an attack by unnamed people ('two individuals shot at a
        merchant ... The police arrested six men', 'a man was found shot dead; police found the body') are
        not its perpetrators: the people who did the event's deed are (someone the parse does not take for an
        armed side, 'individuals', 'two men'), else whoever the forces find or hunt. The forces' own verb must
        tell no harm ('police arrested and beat him' is theirs)."""
        verb = _governing_verb(force.span.root)
        # the verbs the forces are the subject of ("arrested and beat"; not "..., five were found executed")
        chain = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                          and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)]
        words = _role_words()
        if any(v.lemma_.lower() in words["harm_verbs"] | words["lethal_verbs"] | words["victim_object_verbs"]
               | words["assault_verbs"] for v in chain):
            return False
        if any(v.lemma_.lower() in words["aftermath_verbs"] for v in chain):
            return True
        # the deed's own doer, someone the parse does not take for an armed side, told in another sentence
        # than the forces (in one sentence the parse may misplace who did what)
        return trigger_verb is not None and force.span.sent != trigger_verb.sent \
            and trigger_verb.lemma_.lower() in words["harm_verbs"] | words["lethal_verbs"] | words["assault_verbs"] \
            | words["victim_object_verbs"] and any(
            m.kind == "civilians" and m.role == "agent" and _same_verb_chain(_governing_verb(m.span.root), trigger_verb)
            for m, _ in found)

    @staticmethod
    def _civilians_hit_first(civ_targets: list, others: list) -> bool:
        """Civilians hit are told in an earlier sentence of the article than any armed side the event names, and
        those sides only stand in what someone says or alleges of it ('the rebels accused the army of firing')."""
        hit = [x[0].sent_bounds[0] for x in civ_targets if x[0].role == "patient"]
        armed = [x for x in others if x[0] is not None]
        # a side a later sentence names neither hit nor acting ('warned that the Islamic Emirate will not leave
        # the act unanswered') says nothing of whom the strike hit
        armed = [x for x in armed if not (x[0].role == "other" and hit and x[0].sent_bounds[0] > min(hit))] or armed
        words = _role_words()
        # forces someone says the attack aimed at count as alleged only where the victims are named as civilians
        non_combatants = any(x[0].role == "patient" and x[0].span.root.lower_ in words["non_combatant_nouns"]
                             for x in civ_targets)
        alleged = all(_governing_verb(x[0].span.root).lemma_.lower() in words["blaming_verbs"] | words["reporting_verbs"]
                      or non_combatants and _in_reported_clause(x[0].span.root) for x in armed)
        return bool(hit) and bool(armed) and alleged and min(hit) < min(x[0].sent_bounds[0] for x in armed)

    @staticmethod
    def _two_of_one_kind(found) -> Optional[tuple]:
        """The side told as two of one kind fighting each other ('two Maasai clans clashed', 'clashes between two
        unidentified tribal groups'), with its actor; None where no side is, or where the verb has another side
        ('two gunmen clashed with gendarmes', 'two Siria and Ruasi clans clashed'). Forces are told by their own
        names."""
        fight_words = _role_words()["reciprocal_verbs"]
        taken = {i for x, _ in found for i in range(x.span.start, x.span.end)}

        def fought_with_another(verb) -> bool:
            # "clashed with gendarmes", "exchanged fire with police", not "clashed with light weapons"
            preps = [c for c in verb.children if c.dep_ == "prep"] + [
                c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]
            return any(t.i in taken for c in preps if c.lower_ in ("with", "against")
                       for o in c.children if o.dep_ == "pobj" for t in o.subtree)

        for m, actor in found:
            root = m.span.root
            # (not "Maasai's two clans": the people named before them is the side)
            if m.kind in STATE_KINDS or m.kind == "unit" or not any(
                    c.dep_ == "nummod" and c.lower_ == "two" for c in root.children) or any(
                    c.dep_ == "poss" for c in root.children):
                continue
            if root.dep_ == "pobj" and root.head.lower_ == "between":
                return m, actor
            if root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            # "two clans clashed", "two clans were reported to have clashed"
            verbs = [root.head] + [c for c in root.head.children if c.dep_ == "xcomp"]
            fights = [v for v in verbs if v.lemma_.lower() in fight_words]
            beside = [x for x, _ in found if x is not m and x.kind not in STATE_KINDS and x.kind != "unit"
                      and _governing_verb(x.span.root) in verbs]
            if fights and not beside and not any(fought_with_another(v) for v in fights):
                return m, actor
        return None

    @staticmethod
    def _at_civilian_place(draft: EventDraft) -> bool:
        """The event's first sentence puts it at a place where civilians gather ('a bomb exploded near a public
        market')."""
        places = _role_words()["civilian_place_nouns"]
        return bool(draft.sentences) and any(t.lemma_.lower() in places for t in draft.sentences[0])

    def _force_noun(self, m: Mention) -> str:
        """The noun that names forces, without the article or the nation before it ('Iranian security forces':
        'security forces')."""
        words = [t for t in m.span if t.lower_ != "the"]
        if len(words) > 1 and (words[0].lower_ in self.dictionary.demonyms or words[0].text in self.dictionary.countries):
            words = words[1:]
        return " ".join(t.lower_ for t in words)

    @staticmethod
    def _labour_action(draft: EventDraft) -> bool:
        """The event's first sentences tell a strike or a boycott ('went on a 72-hour strike', 'decided to boycott
        exams'), not an air strike."""
        words = _role_words()["labour_action_words"]
        military = _role_words()["strike_context_words"]
        return any(t.lemma_.lower() in words and not (t.i > 0 and t.doc[t.i - 1].lower_ in military)
                   for s in draft.sentences[:2] for t in s)

    def _displacement(self, draft: EventDraft) -> bool:
        words = _role_words()["displacement_words"]
        return any(w in s.text.lower() for s in draft.sentences[:2] for w in words)

    def _displaced(self, found, country: Optional[str]) -> tuple:
        """The displaced civilians, of their own nationality where the text gives one ('Burkinabe refugees',
        'refugees from Ukraine')."""
        d = self.dictionary
        for m, _ in found:
            if m.kind not in ("civilians", "group"):
                continue
            nation = self._nationality(m, country)
            if nation is None:
                nation = next((o.text.removeprefix("the ") for p in m.span.root.children
                               if p.dep_ == "prep" and p.lower_ == "from"
                               for o in p.children if o.dep_ == "pobj" and o.text in d.real_countries), None)
            if nation is not None and nation != "International":
                return m, (d.templates["civilians"].format(country=nation), d.kinds["civilians"])
            return m, self._generic("civilians", country)[1]
        return self._generic("civilians", country)

    def _counter_protest(self, draft: EventDraft) -> bool:
        words = _role_words()["counter_protest_words"]
        return any(w in s.text.lower() for s in draft.sentences for w in words)

    def _reciprocal(self, draft: EventDraft) -> bool:
        """Two sides fighting each other ("supporters of rival candidates clashed", "a family attacked the
        property of another family. Clashes ensued between the two families"). 'Rival' counts only where the
        event is told: an article's later sentences name rivals of other things ("chanted against the rival
        factions")."""
        return any(s.doc[start:end].text.lower() != "rival" or i < 2
                   for i, s in enumerate(draft.sentences) for _, start, end in self.dictionary.reciprocal(s))

    @staticmethod
    def _strike_words(draft: EventDraft) -> set:
        """The event's words and word pairs ("air strike"), lower-cased."""
        tokens = [t.lower_ for s in draft.sentences for t in s]
        return set(tokens) | {" ".join(pair) for pair in zip(tokens, tokens[1:])}

    @staticmethod
    def _told_branch(side, found):
        """The branch of a side's forces a sentence of the event says they belong to ('attached to the General
        Service Unit', 'assigned to the Rapid Action Battalion'), where the side is the forces with no branch."""
        if side is None or side[0] is None or side[0].kind not in STATE_KINDS or side[0].key:
            return side
        for m, actor in found:
            head = m.span.root.head
            if m.kind == "unit" and m.span.root.dep_ == "pobj" and head.lower_ == "to" \
                    and head.head.lower_ in _role_words()["branch_attachment_words"] \
                    and actor[0].startswith(side[1][0].split(" (")[0]):
                return (side[0], actor)
            # "a car of the Military Intelligence branch ..., killing two officers": forces hit in a branch's vehicle
            # or post are of that branch, whichever force noun tells them
            if m.kind == "unit" and m.sent_bounds == side[0].sent_bounds and m.span.root.dep_ == "pobj" \
                    and head.lower_ == "of" and head.head.lemma_.lower() in _role_words()["facility_nouns"] | _role_words()["vehicle_nouns"] \
                    and _nation_in_name(actor[0]) == _nation_in_name(side[1][0]):
                return (side[0], actor)
        return side

    @classmethod
    def _strike_by_aircraft(cls, draft: EventDraft) -> bool:
        """The strike is told as one of aircraft or barrel bombs and of no drones ('the plane dropped barrel bombs')."""
        words = cls._strike_words(draft)
        return bool(words & _role_words()["aircraft_words"]) and not words & _role_words()["drone_words"]

    def _communal_conflict(self, draft: EventDraft) -> bool:
        """The event is told as one between communities or villages ('intercommunal clashes', 'two rival
        communities clashed', 'men from a neighbouring village')."""
        pattern = _communal_conflict_pattern()
        return any(pattern.search(s.text.lower()) for s in draft.sentences)

    def _office_holder(self, draft: EventDraft, trigger_verb, country: Optional[str], when) -> Optional[tuple]:
        """The government, where the subject of the event's verb holds a public office ('the governor
        extended the curfew', 'the mayor established a curfew', 'the president deployed the military')."""
        if not country:
            return None
        verbs = [v for v in (trigger_verb, draft.sentences[0].root if draft.sentences else None) if v is not None]
        offices = _role_words()["office_nouns"]
        for verb in verbs:
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in offices for c in verb.children):
                return self._default_state("government", country, when)
        return None

    def _security_measure(self, draft: EventDraft, country: Optional[str], when) -> Optional[tuple]:
        """The government, where the event's first sentence tells a security measure and names no one who took
        it ('a nightly curfew was imposed in the province', 'the primary school was closed because of threats')."""
        if not draft.sentences:
            return None
        lemmas = {t.lemma_.lower() for t in draft.sentences[0]} | {t.lower_ for t in draft.sentences[0]}
        text = draft.sentences[0].text.lower()
        words = _role_words()["security_measure_words"]
        if lemmas & words or any(" " in w and w in text for w in words):
            return self._default_state("government", country, when)
        return None

    @staticmethod
    def _teller_of_own_fight(mentions: list, actors: list, sents: list, one: tuple) -> Optional[tuple]:
        """State forces that report the event ('the army said', 'according to the FTC') where it tells of their own
        unit or post ('one of its patrols', 'their positions'); None where no such teller differs from `one`."""
        if not sents:
            return None
        words = _role_words()
        if not any(t.lower_ in ("its", "their") and t.dep_ == "poss"
                   and t.head.lemma_.lower() in words["own_operation_nouns"] | words["facility_nouns"] for t in sents[0]):
            return None
        return next(((m, a) for m, a in zip(mentions, actors) if a is not None and m.role == "source"
                     and m.kind in STATE_KINDS and m.sent_bounds == (sents[0].start, sents[0].end)
                     and a[0] != one[1][0]), None)

    @staticmethod
    def _state_first_in_battles(country: Optional[str], when) -> bool:
        """Whether ACLED's coverage of the country lists the state's forces first in its battles at that date
        (data/actor_country_conventions.json; an undated event counts as within the period)."""
        return _within(_country_conventions()["state_first_in_battles"].get(country or ""), when)

    @staticmethod
    def _no_victim_side(country: Optional[str], when) -> bool:
        """Whether ACLED's coverage of the country leaves actor2 empty in a looting or property destruction event
        that names no one harmed, robbed or owning what was destroyed, at that date
        (data/actor_country_conventions.json; an undated event counts as within the period)."""
        return _within(_country_conventions().get("property_destruction_no_victims", {}).get(country or ""), when)

    @staticmethod
    def _perpetrator_first(when) -> bool:
        """Whether ACLED lists the forces (or whoever used the force) before the protesters in an excessive-force
        event of that date (data/actor_country_conventions.json: events coded before its revised typology)."""
        period = _country_conventions()["excessive_force_perpetrator_first"]
        return _within([period.get("from"), period.get("until")], when)

    @staticmethod
    def _village_of_the_fight(draft: EventDraft) -> Optional[str]:
        """The village or town the event took place in, as the event's sentences name it; None where the places
        stage found only a district, a province or the country (the place its community's militia is named after is
        a settlement, not the unit around it)."""
        rec = draft.record
        if not rec.location or rec.location in (rec.country, rec.admin1, rec.admin2):
            return None
        return rec.location if any(rec.location in s.text for s in draft.sentences) else None

    @staticmethod
    def _communities_after_place(country: Optional[str], when) -> bool:
        """Whether ACLED's coverage of the country names a community's fighters in a battle after the place of the
        fight where the text tells no home of theirs, at that date (data/actor_country_conventions.json; an undated
        event counts as within the period)."""
        return _within(_country_conventions()["communities_named_after_place"].get(country or ""), when)

    def _observer_sides(self, draft: EventDraft, country: Optional[str], etype: Optional[str], when) -> Optional[tuple]:
        """(actor1, actor2) that ACLED codes for an event a ceasefire monitor reports without naming who fired
        ('the OSCE SMM observed 16 projectiles in both directions of the frontline'), per
        data/actor_country_conventions.json; None where no such report."""
        convention = _country_conventions()["observer_reports"].get(country or "")
        if convention is None or etype not in convention["sides"] or when is None \
                or when > date.fromisoformat(convention["until"]):
            return None
        text = " ".join(s.text for s in draft.sentences)
        if not any(cue in text for cue in convention["cues"]):
            return None
        names = [self.dictionary.state_name(country, side, when) if side in STATE_KINDS else side
                 for side in convention["sides"][etype]]
        sides = [(None, (name, "State forces" if side in STATE_KINDS else self.dictionary.named(name, when)[1]))
                 for side, name in zip(convention["sides"][etype], names)]
        return sides[0], sides[1] if len(sides) > 1 else None

    def _generic(self, kind: str, country: Optional[str]):
        if kind == "unidentified" and country in self.dictionary.unidentified:
            return (None, (self.dictionary.unidentified[country], "Political militia"))
        name = self.dictionary.templates[kind].format(country=country) if country else self.dictionary.templates[kind].split(" (")[0]
        return (None, (name, self.dictionary.kinds[kind]))

    def _default_state(self, kind: str, country: Optional[str], when):
        if not country:
            return None
        country = _sovereign_of(country) or country
        return (None, (self.dictionary.state_name(country, kind, when), "State forces"))

    def _actor(self, m: Mention, mentions, doc_mentions, country, when) -> Optional[tuple[str, str]]:
        d = self.dictionary
        if m.kind == "named":
            if m.parent:
                actor, m.associate = d.member_named(m.key, m.parent, when)
                return actor
            m.associate = d.associate_of(m.key, when)
            return d.named(m.key, when)
        if m.kind == "country_alias":
            table = d.country_aliases.get(country or "", {})
            # "Islamic State militants": the country's own entry for the name without its noun comes first
            key = m.key if m.key in table else m.key.rsplit(" ", 1)[0]
            if key in table:
                m.kind = "named"
                return d.named(table[key], when)
            fallback = d.country_aliases.get("*", {}).get(m.key)
            if fallback and country:
                m.kind = "named"
                return fallback.format(country=country), "Rebel group"
            return None
        if m.kind in STATE_KINDS:
            # forces told by their kind alone are the country's, unless ACLED's coverage of it knows them as another
            # state's ("soldiers raided the camp" in the West Bank: Israel's)
            occupier = _country_conventions()["forces_told_by_kind_belong_to"].get(country or "") \
                if m.kind in ("military", "police") else None
            where = m.key or self._nation_told_before(m, doc_mentions) or occupier or _sovereign_of(country) or country
            if not where:
                return None
            typ = _forces_type(where, country)
            kind = m.kind
            if kind == "military" and where in _country_conventions()["security_forces_as_police"] \
                    and m.span.text.lower().removeprefix("the ") in _role_words()["security_force_nouns"] \
                    and not (m.span.start >= 2 and m.span.doc[m.span.start - 1].lower_ == "and"
                             and m.span.doc[m.span.start - 2].lower_ in ("defence", "defense")):
                # "security forces arrested ...": where ACLED codes unnamed security forces as police (not the
                # "defence and security forces", the army with them)
                kind = "police"
            return d.state_name(where, kind, when), typ
        if m.kind == "anaphor":
            # "the militants" refers back to the group last named as the one acting, else the last named
            before = [(x, self._canonical(x, country)) for x in doc_mentions if x.span.start < m.span.start]
            before = [(x, name) for x, name in before
                      if name is not None and d.actors.get(name, {}).get("type") not in ("Civilians", None)]
            if before:
                # a group named earlier in the same sentence is the one meant ("Taliban officials confirmed
                # that the group executed ..."), whatever its role; else the last one seen acting
                same = [b for b in before if b[0].span.sent.start == m.span.sent.start]
                acting = [b for b in before if b[0].role == "agent"]
                meant, name = (same or acting or before)[-1]
                m.kind = "named"
                if meant.kind == "named" and meant.parent:
                    # "presumed Ansaroul Islam (JNIM) militants ... the militants assaulted": named as the group
                    # was ('Katiba Macina (JNIM)': the alliance in brackets, unless ACLED names the member itself)
                    actor, m.associate = d.member_named(meant.key, meant.parent, when)
                    return actor
                return d.named(name, when)
            # "Islamist insurgents attacked Mucojo ... troops pursuing the group engaged them": no group named
            # by name, the armed men told before by their kind ACLED names after the country
            kinds = [x for x in doc_mentions if x.span.start < m.span.start and x.kind == "template"]
            if kinds:
                m.kind = "template"
                m.key = kinds[-1].key
                return self._actor(m, mentions, doc_mentions, country, when)
            # "cattle rustlers opened fire ... killing three of the attackers": the armed men told before by a
            # people's or a kind's name are the ones meant
            kinds = [x for x in doc_mentions if x.span.start < m.span.start and x.kind in ANAPHOR_KINDS]
            if kinds:
                m.kind, m.key = kinds[-1].kind, kinds[-1].key
                return self._actor(m, mentions, doc_mentions, country, when)
            m.kind = "unidentified"
        if m.kind == "unit":
            # a territory's gendarmes are its sovereign's ('a gendarme in Paita': France's gendarmerie)
            where = m.home or _sovereign_of(country) or country
            if not where:
                return None
            return d.unit_name(where, m.key, when), _forces_type(where, country)
        if m.kind == "template":
            body, typ = d.country_templates[m.key]
            return (f"{body} ({country})" if country else body), typ
        if m.kind == "identity":
            # a people the dictionary does not know ('Nyangatom warriors') is named as ACLED names peoples
            # (one listed before a clan's noun it shares keeps the noun's suffix after its name: 'jimo|Clan')
            people, _, shared_suffix = m.key.partition("|")
            body, suffix = d.identity.get(people) or (people.title(), shared_suffix or _identity_suffix(m.span))
            # "Murle militiamen from Ethiopia", "Ugandan Pokot raiders": the country the text says they come from
            # (not the people's own name: "Somali herders" in Kenya are Kenya's Somali militia)
            home = (self._from_abroad(m, country, skip=people) if country else None) or d.homeland(people, when) or country
            if suffix == "Tribal" and home in _country_conventions()["tribes_as_communities"]:
                suffix = "Communal"  # "the Sikin and Ambulin tribes" in Papua New Guinea
            return (f"{body} {suffix} Militia ({home})" if home else f"{body} {suffix} Militia",
                    "Identity militia")
        if m.kind == "civilians" and m.role != "agent":
            foreign = self._nationality(m, country)
            if foreign is not None:
                return d.templates["civilians"].format(country=foreign), d.kinds["civilians"]
        if m.kind == "gang" and country and d.templates["gang"].format(country=country) not in d.actors:
            m.kind = "unidentified"  # ACLED names gangs as such only where it codes gang violence
        if m.kind == "unidentified":
            people = _people_named_on(m, doc_mentions)
            if people is not None:
                m.kind, m.key = "identity", people
                return self._actor(m, mentions, doc_mentions, country, when)
            group = self._group_told_before(m, doc_mentions, country)
            if group is not None:
                m.kind, m.key = "named", group
                return d.named(group, when)
            sole = f"Sole Perpetrator ({country})"
            if m.span.root.tag_ == "NN" and m.span.root.lower_ in _role_words()["lone_attacker_nouns"] and sole in d.actors:
                return d.named(sole, when)  # "a gunman opened fire at a supermarket": ACLED's lone attacker there
        if m.kind in ("unidentified", "ethnic_militia") and country:
            # "Ethiopian raiders", "gunmen from Somalia": ACLED names unknown attackers after where they come from
            abroad = self._from_abroad(m, country)
            if abroad is not None:
                return d.templates[m.kind].format(country=abroad), d.kinds[m.kind]
            village = self._communal_militia(m, country, village_only=True)
            if village != self._generic("communal_militia", country)[1]:
                m.kind = "communal_militia"
                return village  # "armed men from Marakwet village raided ...": the village's own militia
            people = self._people_come_from(m)
            if people is not None:  # "raiders from West Pokot", "rustlers from Samburu": that people's militia
                m.kind, m.key = "identity", people
                return self._actor(m, mentions, doc_mentions, country, when)
        if m.kind == "ethnic_militia":
            people = self._people_told_armed(m, mentions, doc_mentions)
            if people is not None:
                m.kind, m.key = "identity", people
                return self._actor(m, mentions, doc_mentions, country, when)
        if m.kind == "ethnic_militia" and country:
            # "clan militias", "tribesmen": ACLED's unnamed clan or tribal militia of the country, where it has one
            suffix = _identity_suffix(m.span)
            if suffix == "Ethnic" and not any(t.lower_ == "ethnic" for t in m.span) \
                    and _within(_country_conventions()["unnamed_raiders_communal"].get(country), when):
                # "cattle rustlers", "armed raiders" no people is told of: a communal militia in ACLED's later
                # coding, an ethnic one before
                return self._generic("communal_militia", country)[1]
            named = f"Unidentified {suffix} Militia ({country})"
            if named in d.actors:
                return named, "Identity militia"
        if m.kind == "communal_militia" and country:
            # "a Kordofan communal militia", "the Umuaka local defence group": the community the militia is named
            # after (the militia's own noun says the name is a community's, whatever the tagger takes it for)
            named = [c for c in m.span.root.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                     and c.i < m.span.start and c.text[:1].isupper() and self._names_a_place(c, True, True)]
            if named:
                # the whole name right before the noun ('the Bakua Tshika communal group', 'Ogwashi-Uku')
                doc, start = m.span.doc, m.span.start
                while start > 0 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                                     or doc[start - 1].text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN"):
                    start -= 1
                place = doc[start:m.span.start].text
                return self._village_militia(self._spelled_as_known(place), country)
        if m.kind in d.templates:
            if m.kind == "unidentified" and country in d.unidentified:
                return d.unidentified[country], "Political militia"
            if not country:
                return d.templates[m.kind].split(" (")[0], d.kinds[m.kind]
            return d.templates[m.kind].format(country=country), d.kinds[m.kind]
        if m.kind == "group":
            return (f"{m.key} ({country})" if country else m.key), "Civilians"
        return None

    @staticmethod
    def _people_told_armed(m: Mention, mentions, doc_mentions) -> Optional[str]:
        """'Troops clashed with armed cattle rustlers ... a patrol tracked a group of Karimojong warriors': unnamed
        raiders or warriors are the militia of the one people named as armed men, in the event's sentences (acting
        or not a victim) or elsewhere in the article (acting, or by an armed noun: 'Karimojong warriors'); None
        where none or several are, or a people is named only as victims ('raided a Turkana village'). The people's
        dictionary key."""
        armed_nouns = _role_words()["armed_people_nouns"]
        told = [x for x in mentions if x.kind == "identity" and x.role != "patient"]
        told += [x for x in doc_mentions if x.kind == "identity" and (x.role == "agent" or x.span[-1].lower_ in armed_nouns)]
        keys = {x.key for x in told if x is not m and x.key}
        if len(keys) > 1:
            keys = _people_before_same_words(m, doc_mentions, keys) or keys
        if len(keys) != 1:
            return None
        key = next(iter(keys))
        # "Mehsud tribesmen clashed with a rival clan": a side told beside the people in its sentence is another one
        if any(c.lower_ in _role_words()["other_side_words"] for c in m.span.root.children) or any(
                x.kind == "identity" and x.key == key and x.sent_bounds == m.sent_bounds for x in doc_mentions):
            return None
        return key

    def _people_come_from(self, m: Mention) -> Optional[str]:
        """The people whose land armed men are said to come from, where the dictionary names an ethnic militia
        after it ('raiders from West Pokot', 'rustlers from Samburu'): its key, or None."""
        d = self.dictionary
        for prep in m.span.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and d.identity.get(obj.lower_, [None, None])[1] == "Ethnic":
                        return obj.lower_
        return None

    def _from_abroad(self, m: Mention, country: str, skip: str = "") -> Optional[str]:
        """The other country armed men are said to be of or to come from ('Ethiopian raiders', 'bandits from
        Somalia', 'militia, believed to be from nearby Ethiopia'), or None; `skip`, a people's name that is also a
        nation's adjective and names no country here ('Somali herders')."""
        d = self.dictionary
        root = m.span.root
        found = {d.demonyms[t.lower_] for t in list(m.span) + [c for c in root.children if c.dep_ in ("amod", "compound")]
                 if t.lower_ in d.demonyms and t.lower_ not in skip.split()}
        # "from Ethiopia", also through a participle or an apposition ("militia, believed to be from Ethiopia")
        near = [root] + [c for c in root.children if c.dep_ in ("acl", "relcl", "appos")]
        near += [g for c in near[1:] for g in c.subtree if g.dep_ in ("xcomp", "acl")]
        if root.dep_ == "nsubj" and (root.head.lemma_.lower() in _role_words()["hedge_words"] | {"believe", "think", "say"}):
            # "assailants, believed to have crossed the border from Mali, attacked ...": the parser makes the
            # hedge the men's verb
            near += [c for c in root.head.children if c.dep_ == "xcomp"]
        after = m.span.doc[m.span.end] if m.span.end < len(m.span.doc) else None
        if after is not None and after.lower_ == "from" and after.dep_ == "prep":
            # "killed by Nyangatom warriors from Ethiopia": the parser may hang 'from' on the verb
            near.append(after.head)
        for token in near:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    for obj in prep.children:
                        # "from South Sudan": the name with its compound words
                        words = sorted([obj] + [c for c in obj.children if c.dep_ == "compound"], key=lambda t: t.i)
                        text = " ".join(t.text for t in words)
                        if obj.dep_ == "pobj" and text in d.real_countries:
                            found.add(text)
        found = {c for c in found if c in d.real_countries} - {country}
        return next(iter(found)) if len(found) == 1 else None

    def _nationality(self, m: Mention, country: Optional[str]) -> Optional[str]:
        """The country of victims named by a nationality other than the event's ("two Somali nationals",
        "Russian and Ukrainian sailors"); "International" for several, or for foreigners as such."""
        d = self.dictionary
        root = m.span.root
        words = [t for t in root.subtree if t.i < root.i and root.i - t.i <= 6] + list(m.span)
        if root.dep_ == "conj":  # "four Filipino and two Indian sailors"
            words += [root.head] + [t for t in root.head.children if t.dep_ in ("amod", "compound")]
        nations = {d.demonyms[t.lower_] for t in words if t.lower_ in d.demonyms} - {None}
        if len(nations) > 1:
            return "International"
        if nations:
            nation = next(iter(nations))
            return nation if nation != country and nation in d.real_countries else None
        phrase = m.span.text.lower()
        return "International" if phrase in d.foreign_civilians or root.lower_ in d.foreign_civilians else None

    def _victims_nationality(self, trigger_verb, country: Optional[str], pirates: bool) -> Optional[str]:
        """The country of victims the event's verb names by a nationality other than the event's ('abducted two
        Cuban doctors', 'a crew of 18 Russian and Ukrainian sailors', 'an Ivorian goat thief'); 'International'
        for several, or for the crew of a ship pirates attack (ACLED's coding where no nationality is given)."""
        if trigger_verb is None:
            return None
        d = self.dictionary
        verbs = [trigger_verb] + [c for c in trigger_verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        victims = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        # "opened fire on a Nigerien miner", "fired at Malian herders", "opened fire against a Nigerien trader"; not
        # "at a Russian checkpoint"
        places = _role_words()["facility_nouns"] | _role_words()["fixed_facility_nouns"] | _role_words()["civilian_place_nouns"]
        victims += [o for v in verbs + victims for p in v.children if p.dep_ == "prep" and p.lower_ in _role_words()["target_preps"]
                    for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in places]
        victims += [o for v in victims for p in v.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]  # "a crew of Russian sailors"
        victims += [c for v in victims for c in v.children if c.dep_ == "conj"]

        def demonym(w) -> Optional[str]:  # "Nigerien", "South Korean"
            before = w.doc[w.i - 1].lower_ + " " if w.i > 0 else ""
            return d.demonyms.get(before + w.lower_) or d.demonyms.get(w.lower_)

        nations = {demonym(w) for v in victims for w in [v] + list(v.children)
                   if w.dep_ in ("amod", "compound", "nmod")} - {None, country}
        nations &= d.real_countries
        if len(nations) > 1:
            return "International"
        if nations:
            return next(iter(nations))
        return "International" if pirates else None

    @staticmethod
    def _nation_told_before(m: Mention, doc_mentions) -> Optional[str]:
        """'Israeli troops raided the camp ... youths threw stones at the soldiers': forces named by their kind
        alone are those of the nation named for every force of that kind told just before (in the sentence or
        the one before it); None where none was told, or forces of several nations or none."""
        doc = m.span.doc
        definite = m.span[0].lower_ == "the" or m.span.start > 0 and doc[m.span.start - 1].lower_ == "the"
        if not definite or m.span.root.lower_ not in _role_words()["force_people_nouns"]:
            return None  # "the soldiers" refers back; "government positions" are another side's
        near = [x for x in doc_mentions if x.kind == m.kind and x.span.start < m.span.start
                and m.sent_index - x.sent_index <= 1]  # the same sentence or the one before
        nations = {x.key for x in near}
        return next(iter(nations)) if len(nations) == 1 and None not in nations and "" not in nations else None

    def _group_told_before(self, m: Mention, doc_mentions, country: Optional[str]) -> Optional[str]:
        """'Rebels of the Lord's Resistance Army abducted 14 children ... On Sunday, rebels attacked a health
        centre': plain 'rebels' or 'militants' in a later sentence of an article that has named one rebel group
        (and no other) are that group; so is a noun, even indefinite, that the one armed group named before goes
        by ('Dahalo bandits stole cattle ... a gang attacked a hamlet'); None where the article names none or
        several, or the noun is qualified ('unknown militants', 'rival rebels')."""
        root = m.span.root
        plain = ("the", "suspected", "armed", "presumed")
        if any(c.dep_ in ("amod", "compound", "det") and c.lower_ not in plain + ("a", "an") for c in root.children) \
                or len(m.span) > 1 and m.span[0].lower_ not in plain + ("a", "an"):
            return None
        sent_start = m.span.sent.start
        named_before = [x for x in doc_mentions if x.span.start < sent_start and x.kind in ("named", "country_alias")]
        # the dictionary knows the group by that noun after its name ('dahalo bandits', 'dahalo gang')
        armed_named = {x.key for x in named_before if x.kind == "named"
                       and self.dictionary.actors.get(x.key, {}).get("type") in ("Political militia", "Rebel group")}
        known_by = {key for key in armed_named
                    if any(a.endswith(" " + root.lower_) for a in self.dictionary.actors[key].get("aliases", ()))}
        if len(known_by) == 1 and len(armed_named) == 1 and not any(x.kind == "country_alias" for x in named_before):
            return next(iter(known_by))
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) or m.span[0].lower_ in ("a", "an")
        if root.lower_ not in _role_words()["group_reference_nouns"] or indefinite:
            return None
        groups = {self._actor(replace(x), [], doc_mentions, country, None) for x in named_before}
        groups = {g[0] for g in groups if g is not None and g[1] == "Rebel group"}
        return next(iter(groups)) if len(groups) == 1 else None

    def _inside_other_name(self, m: Mention, country: Optional[str]) -> bool:
        """The match is the tail of a longer proper name of another group: 'National Liberation Army' in
        'the West Papua National Liberation Army' is not Colombia's ELN where the event is in Indonesia, and
        'Army' in 'the People's Liberation Army of Manipur' is not the state's army."""
        doc, start = m.span.doc, m.span.start
        if m.kind in ("civilians", "unidentified") and m.span[0].text[:1].isupper() and not m.span[0].is_sent_start:
            after = doc[m.span.end:m.span.end + 2]
            # "the People's Liberation Army", "the Militants Front": a capitalised noun that begins a name
            return len(after) == 2 and (after[0].tag_ == "POS" and after[1].text[:1].isupper()
                                        or after[0].pos_ == "PROPN" and after[0].text[:1].isupper())
        words = []
        i = start - 1
        while i >= 0 and len(words) < 4 and (doc[i].pos_ == "PROPN" and doc[i].lower_ not in _role_words()["hedge_words"]
                                             or doc[i].tag_ == "POS" and words == []):
            words.append(doc[i])
            i -= 1
        names = [w for w in words if w.tag_ != "POS" and w.is_alpha and w.text[:1].isupper()]
        d = self.dictionary
        if m.kind == "named" and self._country_before_name(m, names):
            return True
        if not names or any(w.lower_ in d.demonyms or w.text in d.countries or w.ent_type_ in ("GPE", "LOC")
                            for w in names) \
                or all(w.lower_ in _role_words()["state_name_words"] for w in names):
            # "Nigerian Army", "Kenya Defence Forces", "the National Police", "Lagos State Police": a country's or
            # a place's own forces
            return False
        if m.kind == "named":
            home = d.actors.get(m.key, {}).get("country")
            return bool(country) and home in d.real_countries and home != country and len(m.span) > 1
        if m.kind == "military" and not m.key:
            # a capitalised force noun right after other capitalised words ('Liberation Army') heads a name
            return m.span[-1].text[:1].isupper() and all(t.text[:1].isupper() for t in m.span if t.is_alpha)
        return False

    def _country_before_name(self, m: Mention, names: list) -> Optional[str]:
        """'the South Sudan People's Defence Forces': a country's name before a group's capitalised name makes a
        longer name, that country's own body, not the group of another country the tail names."""
        d = self.dictionary
        if not names or not all(t.text[:1].isupper() for t in m.span if t.is_alpha):
            return None
        home = d.actors.get(m.key, {}).get("country")
        told = " ".join(w.text for w in reversed(names))
        # the longest country the words name: "South Sudan" must not be read as "Sudan" (the set's order is random)
        named_country = max((c for c in d.real_countries if told == c or told.endswith(" " + c)
                             or told.startswith(c + " ")), key=len, default=None)
        return named_country if named_country and home in d.real_countries and home != named_country else None

    def _as_country_forces(self, m: Mention) -> Mention:
        """A named match that is the tail of a country's forces' own name ('the Uganda People's Defence Forces')
        is those forces."""
        if m.kind != "named" or m.span[-1].lower_ not in _role_words()["country_forces_heads"]:
            return m
        doc, words, i = m.span.doc, [], m.span.start - 1
        while i >= 0 and len(words) < 4 and (doc[i].pos_ == "PROPN" or doc[i].tag_ == "POS" and not words):
            words.append(doc[i])
            i -= 1
        names = [w for w in words if w.tag_ != "POS" and w.is_alpha and w.text[:1].isupper()]
        country = self._country_before_name(m, names)
        return replace(m, kind="military", key=country, span=doc[i + 1:m.span.end]) if country else m

    def _canonical(self, m: Mention, country: Optional[str]) -> Optional[str]:
        """The dictionary name a named mention or a country-dependent alias stands for."""
        if m.kind == "named":
            return m.key
        if m.kind == "country_alias":
            return self.dictionary.country_aliases.get(country or "", {}).get(m.key)
        return None

    def _home_country(self, draft: EventDraft, doc_mentions) -> Optional[str]:
        """Without a place or a country's name: the country of the forces named in the event ("the Burkinabe
        army"), of a people whose militia ACLED knows in one country ("Pokot raiders"), or where a named group
        operates, in that order."""
        d = self.dictionary
        own = {(s.start, s.end) for s in draft.sentences}
        here = [m for m in doc_mentions if m.sent_bounds in own]
        candidates = (
            [m.key for m in here if m.kind in STATE_KINDS and m.key],
            [d.identity_homes.get(m.key) for m in here if m.kind == "identity"],
            [d.actors.get(m.key, {}).get("country") for m in doc_mentions if m.kind == "named"],
        )
        for found in candidates:
            country = next((c for c in found if c in d.real_countries), None)
            if country is not None:
                return country
        return None

    def _launched_from(self, draft: EventDraft, country: Optional[str]) -> Optional[str]:
        """The country or territory (as the country ACLED codes it in) that the event's sentences tell a weapon
        was fired or launched from ('a rocket fired from the Gaza Strip'), where it is not the event's own."""
        territories = _country_conventions()["territories"]
        for sent in draft.sentences:
            for ent in sent.ents:
                root = ent.root
                if ent.label_ not in ("GPE", "LOC") or root.dep_ != "pobj" or root.head.lower_ != "from" \
                        or root.head.head.lemma_.lower() not in _role_words()["launch_verbs"]:
                    continue
                text = ent.text.removeprefix("the ")
                origin = territories.get(text) or (text if text in self.dictionary.countries else None)
                if origin is not None and origin not in (country, _sovereign_of(country)):
                    return origin
        return None

    def _guess_country(self, draft: EventDraft, doc_mentions) -> Optional[str]:
        """Without a place, a country or territory named in the event's sentences stands in, else a nation's
        adjective; not one that names foreign forces ('Israeli troops raided the Jenin camp' is no event in Israel)."""
        d = self.dictionary
        territories = _country_conventions()["territories"]
        adjectives = []
        forces = {i for m in doc_mentions if m.kind in STATE_KINDS or m.kind == "unit"
                  for i in range(m.span.start, m.span.end)}
        for sent in draft.sentences:
            for ent in sent.ents:
                text = ent.text.removeprefix("the ")
                if ent.label_ in ("GPE", "LOC") and text in territories:
                    return territories[text]
                if ent.label_ in ("GPE", "NORP") and text in d.countries:
                    return text
                if ent.label_ in ("GPE", "NORP") and text.lower() in d.demonyms and ent.start not in forces \
                        and not _qualifies_foreign_mission(ent):
                    adjectives.append(d.demonyms[text.lower()])
        return adjectives[0] if adjectives else None
