"""Stage — type consistency: revise an event's type where the actors contradict it (ACLED's codebook).

The detector chooses the type before anyone knows who took part. Once the actors are known some
types are plainly wrong: ACLED's Violence against civilians is an armed actor against unarmed
people, so an attack whose victims are soldiers or a named armed group is a Battle; a peaceful
protest that police break up or arrest people at is a Protest with intervention. Each rule (in
`data/type_actor_rules.json`, kept only where it fixed clearly more events than it broke) looks
at the actor mentions and the statements of the event's own sentences (a mob that lynches a
supposed thief, forces that regain a town, an arrest in which people are beaten, a battle fought
only with mines); when a rule changes the type the actors are resolved again, since ACLED's actor
conventions depend on the type. A note that opens with one of ACLED's tags for a strategic
development ('Strikes:', 'Movement of forces:') takes the tag's sub-type before any rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from . import clauses
from .actors import ARMED, ActorResolver, Mention, _same_verb_chain
from .document import Article, EventDraft
from .data import read_json
from .schema import SUB_TO_TYPE


@lru_cache(maxsize=1)
def load_rules() -> dict:
    data = read_json("type_actor_rules.json")
    for key in ("state_force_kinds", "armed_named_types", "armed_victim_kinds"):
        data[key] = frozenset(data[key])
    for rule in data["rules"].values():
        for key in ("verbs", "subject_deps", "passive_verbs", "passive_clause_deps", "status_words", "member_nouns",
                    "victim_nouns", "crowd_kinds", "violent_verbs", "armed_words", "wrongdoing_words", "threat_lemmas",
                    "harm_lemmas", "plunder_nouns", "quantity_nouns", "strike_verbs", "aircraft_nouns", "detonation_verbs",
                    "abduction_lemmas", "shooting_verbs", "violent_words", "violent_protest_nouns", "become_verbs",
                    "clash_words", "side_preps", "crowd_nouns", "group_nouns", "force_nouns", "reciprocal_words",
                    "reporting_verbs", "destruction_lemmas", "blocking_verbs", "protest_nouns", "attack_words",
                    "local_nouns", "assault_verbs", "response_verbs"):
            if key in rule:
                rule[key] = frozenset(rule[key])
    return data


def _conditions(rule) -> list[tuple[str, str]]:
    """The (type, sub-type) pairs a rule revises: its "when", or each of its "when_any"."""
    return [tuple(w) for w in rule["when_any"]] if "when_any" in rule else [tuple(rule["when"])]


def _verb_of(token):
    """The verb a token depends on (itself if it is one); None when no verb governs it."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _hyphenated(token) -> str:
    """The word a token starts, with the parts spaCy splits at hyphens joined again ('shoot-out')."""
    doc, i = token.doc, token.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_:
        return f"{token.lower_}-{doc[i + 2].lower_}"
    return token.lower_


def _word_is(token, words) -> bool:
    """The token, as written or by its lemma, is one of `words` ('students' or 'student')."""
    return token.lower_ in words or token.lemma_.lower() in words


def _child_among(verb, deps: tuple, words) -> bool:
    """The verb has a child of one of the dependency labels `deps` that is one of `words` ('threw stones': 'stones'
    the object of 'threw'; 'broke up': 'up' its particle)."""
    return any(c.dep_ in deps and c.lower_ in words for c in verb.children)


def _listed_child(verb, table: dict, deps: tuple, unlisted: bool) -> bool:
    """Whether the verb has a child of `deps` among the words `table` lists for its lemma ('open': ['fire']);
    `unlisted` when the table lists no words for the verb (each caller says what such a verb means)."""
    words = table.get(verb.lemma_.lower())
    return _child_among(verb, deps, words) if isinstance(words, list) else unlisted


def _body_first(article: Article, draft: EventDraft) -> list:
    """The event's sentences with the body's before the headline's: the words that decide a type are cited
    where the body tells the event ('recaptured the town of ...'), not in the headline that sums it up."""
    return sorted(draft.sentences, key=lambda sent: sent.start_char < article.body_start)


def _describes(token, noun) -> bool:
    """The token is in a phrase that says what the noun is ('people described as militiamen', 'a guard, who was a
    member'), not in a list of other people beside it ('a chief, his son and a militiaman')."""
    for _ in range(8):
        if token.i == noun.i:
            return True
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _counted_people(noun) -> bool:
    """A plural or counted subject ('protesters', 'dozens of them', '1 person'): people from the crowd, not the
    one person whose arrest the protest is about ('he was arrested', 'the owner was arrested')."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children)


class TypeConsistency:
    """Runs after the actors stage; shares its resolver to find mentions and to re-resolve actors."""

    def __init__(self, actors: ActorResolver) -> None:
        self.actors = actors
        self.rules = load_rules()
        self._revisable = {when for rule in self.rules["rules"].values() for when in _conditions(rule)}

    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        if not drafts or article.doc is None:
            return drafts
        doc_mentions: Optional[list[Mention]] = None
        tagged = self._note_tag(article)
        for draft in drafts:
            # the event told in the tagged sentence (a draft lists its trigger's sentence first)
            if tagged is not None and draft.sentences and min(s.start for s in draft.sentences) == 0 \
                    and (draft.record.event_type, draft.record.sub_event_type) != tagged[1]:
                if doc_mentions is None:
                    doc_mentions = self.actors.mentions_of(article.doc)
                # striking workers keep the actors of the protest the detector took the strike for (ACLED codes
                # strikers as protesters)
                keep = tagged[0][:-1].text.lower() in self.rules["note_tags_keeping_actors"] \
                    and draft.record.event_type == "Protests"
                self._apply(article, draft, doc_mentions, "note tag", *tagged[1], tagged[0], resolve=not keep,
                            other_triggers=clauses.other_triggers(draft, drafts))
                continue
            if (draft.record.event_type, draft.record.sub_event_type) not in self._revisable:
                continue
            if doc_mentions is None:
                doc_mentions = self.actors.mentions_of(article.doc)
            # a revised type may be revised once more (a protest met by forces, who then shoot protesters)
            for _ in range(2):
                revision = self.revision(article, draft, doc_mentions, clauses.other_triggers(draft, drafts))
                if revision is None:
                    break
                self._apply(article, draft, doc_mentions, *revision, other_triggers=clauses.other_triggers(draft, drafts))
        return drafts

    def _note_tag(self, article: Article):
        """(the tag's tokens, (type, sub-type)) when the text opens with one of ACLED's note tags for a strategic
        development ('Strikes: On 5 January ...', 'Movement of forces: ...'), else None."""
        doc = article.doc
        colon = next((t for t in doc[:8] if t.text == ":"), None)
        if colon is None or colon.i == 0:
            return None
        tag = doc[:colon.i].text.lower()
        sub = self.rules["note_tags"].get(tag)
        if not isinstance(sub, str):
            return None
        return doc[:colon.i + 1], (SUB_TO_TYPE[sub], sub)

    def revision(self, article: Article, draft: EventDraft, doc_mentions: list[Mention], other_triggers: Sequence = ()):
        """(rule name, new type, new sub-type, the words that decided) or None when the type stands."""
        rec = draft.record
        bounds = {(s.start, s.end) for s in draft.sentences}
        # the doers and victims of a verb that tells another event of the sentence ('hundreds marched on Monday, and
        # on Wednesday police arrested six': the arrest) are that event's, not this one's
        own_verb = _verb_of(clauses.head_word(draft.trigger)) if draft.trigger is not None else None
        elsewhere = {v.i for v in (_verb_of(clauses.head_word(t)) for t in other_triggers) if v is not None} - (
            {own_verb.i} if own_verb is not None else set())
        mentions = [m for m in doc_mentions if m.sent_bounds in bounds and not (
            (verb := _verb_of(m.span.root)) is not None and verb.i in elsewhere)]
        for name, rule in self.rules["rules"].items():
            if (rec.event_type, rec.sub_event_type) not in _conditions(rule):
                continue
            finder = getattr(self, "_" + name)
            decisive = finder(article, draft, mentions, rule)
            if decisive is not None:
                return name, rule["becomes"][0], rule["becomes"][1], decisive
        return None

    # rules -----------------------------------------------------------------------------------
    def _protesters_turn_violent(self, article, draft, mentions, rule):
        """The crowd as the active subject of a violent verb that is its sentence's statement."""
        forces = {i for m in mentions if m.kind in self.rules["state_force_kinds"] for i in range(m.span.start, m.span.end)}
        for sent in draft.sentences:
            for verb in sent:
                if verb.pos_ != "VERB" or verb.dep_ not in rule["statement_deps"] \
                        or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
                    continue
                lemma = verb.lemma_.lower()
                if not (lemma in rule["riot_verbs"]
                        or lemma in rule["throw_verbs"] and _child_among(verb, ("dobj",), rule["missiles"])
                        or self._forces_entry(verb, rule)):
                    continue
                # a verb joined to another by 'and' shares its subject ('staged a demonstration and pelted stones')
                holder = verb
                while holder.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in holder.children):
                    holder = holder.head
                subjects = [c for c in holder.children if c.dep_ == "nsubj"]
                if subjects and not any(s.i in forces for s in subjects):
                    return verb
            for noun in sent:
                if self._riot_broke_out(noun, rule) or self._told_violent(noun, rule):
                    return noun
        return None

    @staticmethod
    def _told_violent(token, rule) -> bool:
        """The report calls the protest violent: 'violent electoral protests in Mathare' (the protest noun the
        sentence's subject or the whole fragment), 'the demonstration turned violent', 'protesters became violent';
        not 'police prevented violent protests', 'the rally did not turn violent', 'fears that protests turn violent'."""
        if not _word_is(token, rule["violent_protest_nouns"]):
            return False
        verb = token.head
        # '..., and the protesters became violent, witnesses said' is the statement a report makes
        stated = (verb.dep_ in rule["statement_deps"] or verb.dep_ == "ccomp"
                  and verb.head.lemma_.lower() in rule["reporting_verbs"]) and not any(c.dep_ == "neg" for c in verb.children)
        if any(c.dep_ == "amod" and c.lower_ in rule["violent_words"] for c in token.children):
            return token.dep_ == "ROOT" or token.dep_ in ("nsubj", "nsubjpass") and stated
        return token.dep_ == "nsubj" and verb.lemma_.lower() in rule["become_verbs"] and stated \
            and any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in rule["violent_words"] for c in verb.children)

    @staticmethod
    def _forces_entry(verb, rule) -> bool:
        """'forced their way into the town hall': entering by force."""
        return _listed_child(verb, rule["forced_entry"], ("dobj",), unlisted=False)

    @staticmethod
    def _riot_broke_out(noun, rule) -> bool:
        """'riots broke out', 'students went on the rampage': the sentence states that the crowd rioted."""
        if noun.lemma_.lower() not in rule["riot_nouns"] or noun.pos_ not in ("NOUN", "PROPN") \
                or any(c.lower_ == "no" for c in noun.children):
            return False
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "on":
            verb = verb.head
            if verb.lemma_.lower() not in rule["rampage_verbs"]:
                return False
        elif noun.dep_ != "nsubj":
            return False
        return verb.dep_ in rule["statement_deps"] and not any(c.dep_ == "neg" for c in verb.children)

    def _protest_met_by_forces(self, article, draft, mentions, rule):
        """State forces as the active subject of an intervening verb ('police dispersed the crowd'), or
        people arrested or dispersed as the sentence's main statement ('ten protesters were detained')."""
        trigger = _verb_of(clauses.head_word(draft.trigger)) \
            if draft.trigger is not None else None
        for m in mentions:
            verb = _verb_of(m.span.root)
            # forces who are the subject of the protest's own verb are the protesters ('guards blocked the prison')
            if m.kind in self.rules["state_force_kinds"] and m.role == "agent" and verb is not None \
                    and (trigger is None or verb.i != trigger.i) \
                    and m.span.root.dep_ in rule["subject_deps"] and self._intervenes(verb, rule) \
                    and not self._demanded_or_alleged(verb, rule):
                return m.span
        for sent in draft.sentences:
            for token in sent:
                if token.lemma_.lower() in rule["passive_verbs"] and token.dep_ in rule["passive_clause_deps"] \
                        and any(c.dep_ == "auxpass" for c in token.children) \
                        and any(c.dep_ == "nsubjpass" and _counted_people(c) for c in token.children):
                    return token
                if self._protest_stopped_by_forces(token, mentions, rule):
                    return token
        return None

    def _protest_stopped_by_forces(self, verb, mentions, rule) -> bool:
        """The protest or its crowd as the passive subject of an intervening verb whose doers, after 'by', are state
        forces ('the march was dispersed by police', 'the caravan was impeded by police forces', 'students ... but
        were deterred by a strong presence of gendarmes'), the verb its sentence's statement."""
        if verb.pos_ != "VERB" or verb.dep_ not in rule["passive_clause_deps"] \
                or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children) \
                or not (self._intervenes(verb, rule) or verb.lemma_.lower() in rule["blocking_verbs"]):
            return False
        forces = {i for m in mentions if m.kind in self.rules["state_force_kinds"] for i in range(m.span.start, m.span.end)}
        if not any(t.i in forces for c in verb.children if c.dep_ == "agent" for t in c.subtree):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "conj":  # 'students attempted to march but were deterred by ...'
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(_word_is(t, rule["protest_nouns"]) for s in subjects for t in s.subtree)

    def _excessive_force_on_protesters(self, article, draft, mentions, rule):
        """Protesters hit by a harm verb, live rounds fired, or serious injuries, in the event's sentences."""
        for m in mentions:
            verb = _verb_of(m.span.root)
            if m.kind == "protesters" and m.role == "patient" and verb is not None \
                    and verb.lemma_.lower() in rule["harm_verbs"] and not any(c.dep_ == "neg" for c in verb.children):
                return verb
        for sent in draft.sentences:
            for token in sent:
                lower = token.lower_
                if lower in rule["live_fire_words"] and token.head.lower_ in rule["live_fire_nouns"]:
                    return token
                injury = token.head if token.head.lower_ in rule["injury_words"] else next(
                    (c for c in token.children if c.lower_ in rule["injury_words"]), None)
                # 'no reports of serious injuries'
                if lower in rule["serious_words"] and injury is not None \
                        and not any(w.lower_ == "no" for w in (*injury.children, *injury.head.children, *injury.head.head.children)):
                    return token
        return None

    def _forces_kill_protesters(self, article, draft, mentions, rule):
        """Protesters killed or shot by state forces named as the doers of the same verb ('security forces shot dead
        four protesters at the march', 'two demonstrators were killed by police'); not a slogan ('Kill the Bill')."""
        forces = {i for m in mentions if m.kind in self.rules["state_force_kinds"] and m.role == "agent"
                  for i in range(m.span.start, m.span.end)}
        harm = self.rules["rules"]["excessive_force_on_protesters"]["harm_verbs"]
        for m in mentions:
            verb = _verb_of(m.span.root)
            if m.kind != "protesters" or m.role != "patient" or verb is None or verb.lemma_.lower() not in harm \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if any(d.i in forces for d in doers):
                return verb
        return None

    @staticmethod
    def _demanded_or_alleged(verb, rule) -> bool:
        """What the protesters ask forces to do or say they do, not what they did at the protest ('calling for the
        government to intervene', 'stating that soldiers harass miners')."""
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in rule["grievance_heads"]

    @staticmethod
    def _intervenes(verb, rule) -> bool:
        return verb.lemma_.lower() in rule["verbs"] \
            or _listed_child(verb, rule["particle_verbs"], ("prt",), unlisted=False) \
            or _listed_child(verb, rule["light_verbs"], ("dobj",), unlisted=False)

    def _attack_met_by_armed_response(self, article, draft, mentions, rule):
        """In the event's sentences: a response verb with a subject and no negation ('gendarmes responded', 'the
        attack was repelled'), fighting back or fighting off the attackers, returning or exchanging fire, sides that
        clash or fight, or a clash or an exchange of fire that the sentence reports ('a shoot-out took place')."""
        # 'police clashed with demonstrators': a crowd is no armed side, so its clash with forces is no battle
        crowd = {i for m in mentions if m.kind in rule["unarmed_side_kinds"] for i in range(m.span.start, m.span.end)}
        for sent in draft.sentences:
            for token in sent:
                lemma = token.lemma_.lower()
                if token.pos_ in ("NOUN", "PROPN"):
                    if self._reported_clash(token, lemma, rule) and not self._clash_with_crowd(token, crowd):
                        return token
                    continue
                if token.pos_ != "VERB" or self._background_clause(token, rule):
                    continue
                children = list(token.children)
                if lemma in rule["clash_words"] and any(c.dep_ == "nsubj" for c in children) \
                        and not self._clash_with_crowd(token, crowd):
                    return token
                if lemma in rule["response_verbs"] and any(c.dep_ in ("nsubj", "nsubjpass") for c in children) \
                        and not any(c.dep_ == "prep" and c.lower_ in rule["reprisal_preps"]
                                    and any(g.tag_ == "VBG" for g in c.children) for c in children):
                    return token
                # 'drove off the attackers', 'were chased off'; 'the attackers drove off' is leaving
                # ('were attacked and chased off by soldiers': a passive whose subject sits on the verb before 'and')
                # ... but raiders who 'drove off hundreds of cattle' took the herd, nobody fought them
                if _listed_child(token, rule["particle_verbs"], ("prt", "advmod"), unlisted=False) \
                        and (lemma in rule["intransitive_particle_verbs"]
                             or any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in children)) \
                        and not self._drives_off_plunder(children, rule):
                    return token
                if _listed_child(token, rule["object_verbs"], ("dobj",), unlisted=False):
                    return token
        return None

    @staticmethod
    def _drives_off_plunder(children, rule) -> bool:
        """The object driven or chased off is livestock or goods ('drove off hundreds of cattle'), taken in the raid."""
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        # 'hundreds of cattle': the counted noun after 'of' says what was driven off
        heads = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                       if g.dep_ == "pobj"), o) if o.like_num or o.lemma_.lower() in rule["quantity_nouns"] else o
                 for o in objects]
        return bool(heads) and all(_word_is(h, rule["plunder_nouns"]) for h in heads)

    @staticmethod
    def _clash_with_crowd(clash, crowd: set) -> bool:
        """A side of the clash (its subject, or whoever it is with or between) is a crowd of protesters or rioters."""
        sides = [c for c in clash.children if c.dep_ in ("nsubj", "nsubjpass")]
        sides += [g for c in clash.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for g in c.children]
        return any(t.i in crowd for side in sides for t in side.subtree)

    @staticmethod
    def _reported_clash(noun, lemma, rule) -> bool:
        """A clash between sides or an exchange of fire that is what its sentence reports ('a clash was reported
        between farmers and herders', 'a shoot-out took place'), not a cause, a claim or a context ('the attack may
        be related to a clash between clans', 'the police claim it was a shootout', 'caught in the crossfire')."""
        word = _hyphenated(noun)
        # 'a clash was reported between farmers and herders': the parser may hang the sides on the verb
        sides_of = (noun, noun.head) if noun.dep_ in ("nsubj", "nsubjpass") else (noun,)
        is_clash = word in rule["exchange_nouns"] \
            or lemma in rule["clash_words"] and any(c.dep_ == "prep" and c.lower_ == "between"
                                                    for t in sides_of for c in t.children) \
            or lemma == "exchange" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.lower_ in rule["object_verbs"]["exchange"] for g in c.children) for c in noun.children)
        head = noun.doc[noun.i + 2] if word != noun.lower_ else noun  # 'out' heads 'shoot-out'
        return is_clash and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT" \
            or TypeConsistency._hit_in_clash(noun, word, lemma, rule)

    @staticmethod
    def _hit_in_clash(noun, word, lemma, rule) -> bool:
        """People the sentence states were killed or wounded during a clash between sides ('a man was killed during an
        armed confrontation between a gang and the Gulf Clan', 'two were wounded in clashes between farmers and
        herders'): what happened is the fight of those sides, the dead counted in it; not 'caught in the crossfire'
        with no sides told."""
        hit = rule["hit_in_clash"]
        if not (lemma in rule["clash_words"] or lemma in hit["clash_nouns"] or word in rule["exchange_nouns"]) \
                or noun.dep_ != "pobj" or noun.head.lower_ not in hit["preps"] \
                or not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
            return False
        verb = noun.head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in hit["harm_verbs"] and verb.dep_ in ("ROOT", "conj") \
            and not any(c.dep_ == "neg" for c in verb.children)

    @staticmethod
    def _background_clause(verb, rule) -> bool:
        """A verb in a clause that is doubted, denied, earlier than the event or its setting ('it is not clear if
        police returned fire', 'killed a villager after exchanging fire with the PDF', 'the two clans had been
        fighting', 'the army and the rebels were fighting in the area')."""
        if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in rule["background_marks"]
               or c.dep_ == "aux" and (c.lower_ == "had" or verb.tag_ == "VBG") for c in verb.children):
            return True
        return verb.dep_ == "pcomp" and verb.head.lower_ in rule["background_marks"]

    def _attack_on_armed_actor(self, article, draft, mentions, rule):
        """An armed agent and an armed patient of the trigger's own verb, and no civilian patient."""
        if draft.trigger is None:
            return None
        trigger = clauses.head_word(draft.trigger)
        verb = _verb_of(trigger)
        if verb is None:
            return None
        when = draft.record.event_date or article.published
        # 'killed six people described as Koglweogo militiamen', 'a gate keeper, who was a PSH member': the victim
        # said to be a member of an armed group is that group's member, not a civilian
        members = [m for m in mentions if m.role != "agent" and self._armed_member(m, when, rule)]
        described = {m.span.root.i for m in mentions if m.kind == "civilians" and m.role == "patient"
                     and any(_describes(a.span.root, m.span.root) for a in members)}
        # 'robbed a police officer and killed the victim': the victim named again is no civilian beside him
        if any(m.kind == "civilians" and m.role == "patient" and m.span.root.i not in described
               and m.span.root.lemma_.lower() not in rule["victim_nouns"] for m in mentions):
            return None
        # 'was shot and killed by gunmen': verbs joined by 'and' share the sides
        own = [m for m in mentions if _verb_of(m.span.root) is not None and _same_verb_chain(_verb_of(m.span.root), verb)]
        agents = [m for m in own if m.kind in ARMED and m.role == "agent"]
        if not agents:
            return None
        for m in mentions:
            if m.kind == "civilians" and m.span.root.i in described and m in own:
                return next(a.span for a in members if _describes(a.span.root, m.span.root))
        # 'off-duty soldiers ... Two soldiers were killed': the same force named again is the same people
        former = {(m.kind, m.key) for m in mentions if m.role == "patient" and self._status_qualified(m, rule)}
        for m in own:
            if m.role == "patient" and (m.kind in self.rules["armed_victim_kinds"] or m.kind in rule["guard_kinds"] or (
                    m.kind == "named" and self.actors.dictionary.named(m.key, when)[1] in self.rules["armed_named_types"])) \
                    and self._armed_victim(m, rule) and (m.kind, m.key) not in former \
                    and not any((a.kind, a.key) == (m.kind, m.key) for a in agents):
                return m.span
        return None

    def _armed_member(self, mention: Mention, when, rule) -> bool:
        """A serving member of a named armed group ('Koglweogo militiamen', 'a Pyu Saw Htee member')."""
        return mention.kind == "named" and self.actors.dictionary.named(mention.key, when)[1] in \
            self.rules["armed_named_types"] and mention.span.root.dep_ in ("compound", "amod", "nmod", "poss") \
            and mention.span.root.head.lower_ in rule["member_nouns"] and not self._status_qualified(mention, rule) \
            or mention.kind == "named" and mention.span.root.lower_ in rule["member_nouns"] \
            and self.actors.dictionary.named(mention.key, when)[1] in self.rules["armed_named_types"]

    def _crowd_attacks_people(self, article, draft, mentions, rule):
        """A crowd ('a mob'), or several villagers or residents punishing a supposed wrongdoer, as the active subject
        of a violent verb or named after 'by' of a passive one in the event's sentences; no armed actor acting."""
        # armed people acting decide it, but not forces who only come to end it ('security forces mediated the
        # conflict', 'police arrested three of the attackers')
        if any(m.kind in ARMED and m.role == "agent" and not self._responds_to_the_crowd(m, rule) for m in mentions):
            return None
        for m in mentions:
            if m.kind not in rule["crowd_kinds"] or m.role != "agent":
                continue
            root = m.span.root
            if self._said_armed(m, rule) or m.kind != "rioters" and not (
                    _counted_people(root) and self._punishes_a_wrong(m, rule)):
                continue  # 'a man attacked his neighbour': one person is no crowd; 'farmers attacked a camp' a raid
            verb = _verb_of(root)
            if verb is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            # 'villagers caught and lynched him': verbs joined by 'and' share the subject
            if not any(v.lemma_.lower() in rule["violent_verbs"] for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))):
                continue
            active = root.dep_ == "nsubj" and verb.i == root.head.i
            passive = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.i == verb.i
            if active or passive:
                return verb
        return None

    @staticmethod
    def _responds_to_the_crowd(mention: Mention, rule) -> bool:
        """State forces as the subject of a verb of ending the violence or dealing with it afterwards ('the security
        forces mediated', 'police arrested two suspects', 'gendarmes intervened'), not of doing violence."""
        verb = _verb_of(mention.span.root)
        return mention.kind in ("military", "police", "unit", "government") and verb is not None \
            and verb.lemma_.lower() in rule["response_verbs"]

    def _crowd_opens_fire(self, article, draft, mentions, rule):
        """A crowd ('a group of farmers', 'villagers') as the active subject of a verb of shooting in the event's
        sentences ('shot and killed a herder', 'opened fire on him'); verbs joined by 'and' share the subject."""
        for m in mentions:
            subject = m.span.root
            if subject.dep_ == "pobj" and subject.head.lower_ == "of":
                subject = subject.head.head  # 'a group of farmers shot ...'
            if m.kind not in self.rules["rules"]["crowd_attacks_people"]["crowd_kinds"] or m.role != "agent" \
                    or subject.dep_ != "nsubj":
                continue
            verb = subject.head
            for v in (verb, *(c for c in verb.children if c.dep_ == "conj")):
                if v.pos_ == "VERB" and not any(c.dep_ == "neg" for c in v.children) and self._shoots(v, rule):
                    return v
        return None

    @staticmethod
    def _shoots(verb, rule) -> bool:
        """'shot', 'opened fire', 'gunned down'; a verb of shooting only with its listed object or particle ('open')."""
        shooting = _word_is(verb, rule["shooting_verbs"])
        return _listed_child(verb, rule["fire_verbs"], ("dobj", "prt"), unlisted=shooting)

    def _threat_without_harm(self, article, draft, mentions, rule):
        """A word of threat ('gave the population an ultimatum to leave') and none of harm in the event's sentences."""
        threat = None
        for sent in _body_first(article, draft):
            for token in sent:
                lemma = token.lemma_.lower()
                if lemma in rule["harm_lemmas"] or token.lower_ in rule["harm_lemmas"]:
                    return None
                if threat is None and (lemma in rule["threat_lemmas"] or token.lower_ in rule["threat_lemmas"]):
                    threat = token
        return threat

    def _abduction_without_harm(self, article, draft, mentions, rule):
        """A word of abduction ('abducted two villagers', 'tried to kidnap a trader') and none of bodily harm in the
        event's sentences: the people taken are what the attack did."""
        abduction = None
        for sent in _body_first(article, draft):
            for token in sent:
                words = (token.lemma_.lower(), token.lower_)
                if any(w in rule["harm_lemmas"] for w in words):
                    return None
                if abduction is None and any(w in rule["abduction_lemmas"] for w in words):
                    abduction = token
        return abduction

    def _destruction_without_harm(self, article, draft, mentions, rule):
        """A word of destroying, burning or looting property ('burned a school', 'set the vehicle ablaze') and none
        of harm to people in the event's sentences (nobody killed, hurt, shot at, taken or robbed), nor a word
        calling the event an attack or a raid."""
        destruction = None
        for sent in _body_first(article, draft):
            for token in sent:
                words = (token.lemma_.lower(), token.lower_)
                # 'opened fire on the village': shooting, though 'set fire to a house' is burning
                if any(w in rule["harm_lemmas"] or w in rule["attack_words"] for w in words) \
                        or token.pos_ == "VERB" and _listed_child(
                        token, rule["fire_verbs"], ("dobj",), unlisted=False):
                    return None
                if destruction is None and any(w in rule["destruction_lemmas"] for w in words):
                    destruction = token
        return destruction

    def _clash_on_former_members(self, article, draft, mentions, rule):
        """The only forces hit are former, retired or off-duty members ('gunmen ambushed vehicles carrying off-duty
        soldiers'), whom ACLED counts as civilians, and nobody fights back: an Attack."""
        when = draft.record.event_date or article.published
        armed_patients = [m for m in mentions if m.role == "patient" and m.kind in ARMED and m.kind != "government" and (
            m.kind != "named" or self.actors.dictionary.named(m.key, when)[1] in self.rules["armed_named_types"])]
        status = self.rules["rules"]["attack_on_armed_actor"]
        former = {(m.kind, m.key) for m in armed_patients if self._status_qualified(m, status)}  # as in an attack
        if not armed_patients or not all((m.kind, m.key) in former for m in armed_patients):
            return None
        if self._attack_met_by_armed_response(article, draft, mentions, self.rules["rules"]["attack_met_by_armed_response"]):
            return None
        return armed_patients[0].span

    def _strike_from_the_air(self, article, draft, mentions, rule):
        """An aircraft as the doer of the event's own bombing or striking verb ('a warplane bombed the village,
        killing five', 'jets dropped bombs on the market', 'was hit by a drone'): ACLED's Air/drone strike, whatever
        the bombs or the victims are. Only the trigger's verb or the clause it is told in: a round-up may tell a
        roadside bomb and, beside it, jets striking hideouts."""
        if draft.trigger is None:
            return None
        trigger = _verb_of(clauses.head_word(draft.trigger))
        if trigger is None:
            return None
        for verb in trigger.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["strike_verbs"] \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            # the trigger's clause ('bombed a village, killing five'), or a verb sharing its subject ('circled and
            # bombed'); not a verb with a subject of its own beside it ('..., and jets struck hideouts')
            shares_subject = verb.dep_ == "conj" and verb.head.i == trigger.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if not (verb.i == trigger.i or shares_subject or trigger in verb.subtree):
                continue
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                doers += [c for c in verb.head.children if c.dep_ == "nsubj"]  # 'flew over and bombed'
            if any(_word_is(d, rule["aircraft_nouns"]) for d in doers):
                return verb
        return None

    @staticmethod
    def _status_qualified(mention: Mention, rule) -> bool:
        """A status word just before the mention or in it: 'a retired police officer', 'off-duty soldiers'."""
        span = mention.span
        before = span.doc[max(span.sent.start, span.start - rule["status_window"]):span.end]
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", before.text.lower())  # "off-duty" is three tokens
        return any(w in rule["status_words"] or w.split("-")[0] in rule["status_words"] for w in words)

    def _clash_of_crowds(self, article, draft, mentions, rule):
        """A clash told in the event's sentences whose sides are all crowds of unarmed people or state forces, at
        least one a crowd ('students clashed with police', 'clashes between rival party supporters'), and no one
        armed named in those sentences."""
        if any(_word_is(t, rule["armed_words"]) for sent in draft.sentences for t in sent):
            return None
        for sent in draft.sentences:
            for token in sent:
                if not _word_is(token, rule["clash_words"]) \
                        or any(c.dep_ == "neg" for c in token.children):
                    continue
                kinds = {self._side_kind(side, rule) for side in self._clash_sides(token, rule)
                         if side.lower_ not in rule["reciprocal_words"]}
                if self._crowd_sides(kinds):
                    return token
            for verb in sent:
                # 'a group of locals attacked police officers': people of the place who assault the state's forces
                if verb.pos_ == "VERB" and _word_is(verb, rule["assault_verbs"]) \
                        and not any(c.dep_ in ("neg", "auxpass") for c in verb.children):
                    sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
                    kinds = {self._side_kind(side, rule) for side in sides}
                    if len(sides) == 2 and "force" in kinds and self._crowd_sides(kinds):
                        return verb
        return None

    @staticmethod
    def _crowd_sides(kinds: set) -> bool:
        """Sides that are crowds or state forces, at least one a crowd; people of a place (residents, villagers,
        youths) count as a crowd only against the state's forces: against each other they are often a community's
        militia."""
        return kinds <= {"crowd", "local", "force"} and ("crowd" in kinds or {"local", "force"} <= kinds)

    @staticmethod
    def _clash_sides(clash, rule) -> list:
        """The nouns naming the sides of a clash: its subject and whoever it is with or between ('students clashed
        with police', 'clashes between ODM and PNU supporters', 'clashes broke out between ...'), each with the
        nouns joined to it by 'and'."""
        holders = [clash]
        if clash.pos_ in ("NOUN", "PROPN") and clash.dep_ in ("nsubj", "nsubjpass"):
            holders.append(clash.head)  # 'clashes erupted between ...': the parser may hang the sides on the verb
        firsts = [c for c in clash.children if c.dep_ == "nsubj"] if clash.pos_ == "VERB" else []
        firsts += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in rule["side_preps"]
                   for g in c.children if g.dep_ == "pobj"]
        sides = []
        while firsts:
            side = firsts.pop()
            sides.append(side)
            firsts += [c for c in side.children if c.dep_ == "conj"]
        return sides

    @staticmethod
    def _side_kind(noun, rule) -> Optional[str]:
        """'crowd' for a crowd of unarmed people ('students', 'a group of supporters'), 'force' for the state's forces,
        else None."""
        if _word_is(noun, rule["group_nouns"]):
            noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj"), noun)  # 'a group of students'
        if _word_is(noun, rule["crowd_nouns"]):
            return "crowd"
        if _word_is(noun, rule["local_nouns"]):
            return "local"
        if _word_is(noun, rule["force_nouns"]):
            return "force"
        return None

    def _clash_with_one_side(self, article, draft, mentions, rule):
        """A 'battle' with one side only: the actors stage found no second side (actor2 is actor1 again), the
        event's sentences name someone acting and no armed people hit or fought (no armed patient, no armed side
        beside those acting), and tell no fighting or response ('militants ambushed a bus, killing three', 'forces
        opened fire towards farmland'). ACLED's Battles are between two organised armed sides; one armed side
        harming others is an Attack."""
        rec = draft.record
        if draft.trigger is None or not rec.actor1 or rec.actor1 != rec.actor2:
            return None
        agents = {(m.kind, m.key) for m in mentions if m.role == "agent"}
        # 'a police officer was shot by gunmen', 'police had vacated the station': armed people other than the doers
        if not agents or any(m.kind in ARMED and (m.role in rule["armed_side_roles"] or (m.kind, m.key) not in agents)
                             for m in mentions):
            return None
        # 'gunmen fired on the station; whether the attack was repelled by the police is unclear': two armed sides
        # acting, though the actors stage names one ('the militants' names the doers again)
        if len({a for a in agents if a[0] in ARMED and a[0] != "anaphor"}) > 1:
            return None
        # 'injured a vigilante militiaman', 'an officer was killed by a bomb': armed people the mentions miss, outside
        # the doers' own words
        doers = {i for m in mentions if m.role == "agent" for i in range(m.span.start, m.span.end)}
        if any(t.i not in doers and _word_is(t, rule["armed_people_nouns"])
               for sent in draft.sentences for t in sent):
            return None
        response = self.rules["rules"]["attack_met_by_armed_response"]
        if any(t.lemma_.lower() in rule["fighting_words"] or _hyphenated(t) in response["exchange_nouns"]
               for sent in draft.sentences for t in sent):
            return None
        if self._attack_met_by_armed_response(article, draft, mentions, response):
            return None
        return clauses.head_word(draft.trigger)

    def _sexual_violence_in_attack(self, article, draft, mentions, rule):
        """Someone raped or stripped naked, told as a statement of the event's sentences ('militants raped a woman
        and killed her', 'were stripped naked by police'); not what a victim was accused of ('suspected of rape')."""
        for sent in _body_first(article, draft):
            for verb in sent:
                lemma = verb.lemma_.lower()
                if verb.pos_ != "VERB" or verb.dep_ not in rule["statement_deps"] \
                        or any(c.dep_ == "neg" or c.lower_ in rule["hedges"] for c in verb.children):
                    continue  # 'likely raped': a guess, not what the note reports
                # the tagger's lemma of 'raped' may be 'rap': the word itself counts too
                if lemma in rule["sexual_verbs"] or verb.lower_ in rule["sexual_verbs"] \
                        or lemma in rule["stripping_verbs"] and any(
                        c.lower_ in rule["naked_words"] for c in verb.children):
                    return verb
        return None

    def _clash_fought_with_explosives(self, article, draft, mentions, rule):
        """An attack made with mines, bombs or IEDs ('attacked the troops with mines', 'a mine attack', 'struck by an
        IED', 'killed in an explosion') and no gunfire or fighting told: a remote explosive attack, not a battle."""
        if any(_word_is(t, rule["gunfire_words"]) for sent in draft.sentences for t in sent):
            return None
        if self._attack_met_by_armed_response(article, draft, mentions, self.rules["rules"]["attack_met_by_armed_response"]):
            return None
        for sent in _body_first(article, draft):
            for token in sent:
                if not _word_is(token, rule["explosive_nouns"]):
                    continue
                head = token.head
                # 'a mine attack', 'a bomb attack'
                if token.dep_ in ("compound", "amod") and head.lemma_.lower() in rule["attack_nouns"]:
                    return token
                # 'attacked the troops with mines', 'struck by an IED', 'killed in an explosion'
                if token.dep_ == "pobj" and head.lower_ in rule["instrument_preps"] and head.head.pos_ == "VERB" \
                        and head.head.lemma_.lower() in rule["attack_verbs"]:
                    return token
                if self._detonated(token, rule):
                    return token
        return None

    @staticmethod
    def _detonated(explosive, rule) -> bool:
        """The explosive is what went off: 'an IED detonated near the convoy', 'a bomb was detonated', 'a mine went
        off'; not a negated one ('the bomb did not explode')."""
        verb = explosive.head
        lemma = verb.lemma_.lower()
        if explosive.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" \
                or lemma not in rule["detonation_verbs"] or any(c.dep_ == "neg" for c in verb.children):
            return False
        # 'blow' and 'go' only with their particle ('blew up', 'went off'); 'exploded' alone
        return _listed_child(verb, rule["detonation_particles"], ("prt",), unlisted=True)

    def _forces_regain_territory(self, article, draft, mentions, rule):
        """State forces as the subject of a verb of regaining ground, told as a statement of the event's sentences
        ('Ukrainian forces regained control of Chuhuiv'); not a purpose ('battled to regain control')."""
        forces = {m.span.root.i for m in mentions if m.kind in self.rules["armed_victim_kinds"]}
        for sent in _body_first(article, draft):
            for verb in sent:
                # 'forces recaptured the town, the government said' is the statement a report makes
                reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in rule["reporting_verbs"]
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["regain_verbs"] \
                        or verb.dep_ not in rule["statement_deps"] and not reported \
                        or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                    continue
                holder = verb.head if verb.dep_ == "conj" else verb  # 'shelled the ADF and regained the area'
                if any(c.dep_ == "nsubj" and c.i in forces for c in (*verb.children, *holder.children)):
                    return verb
        return None

    def _arrest_with_harm(self, article, draft, mentions, rule):
        """An arrest in which someone is wounded, beaten or shot, told as a statement of the event's sentences
        ('the fighters wounded the man during the arrest'); not a killing the arrests follow ('arrested ten
        members after a soldier was killed')."""
        for sent in _body_first(article, draft):
            for verb in sent:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["harm_verbs"] \
                        or verb.dep_ not in rule["statement_deps"] or any(c.dep_ == "neg" for c in verb.children):
                    continue
                holder = verb.head if verb.dep_ == "conj" else verb  # 'fired at them and injured a woman'
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in (*verb.children, *holder.children)):
                    return verb
        return None

    def _arrest_by_armed_group(self, article, draft, mentions, rule):
        """'QSD launched a security operation and detained a number of people', 'gunmen detained a civilian': an arrest
        whose doer (the subject of the event's own verb, or its 'by' phrase) is an armed group, a militia or unknown
        gunmen, with no state force acting in the event's sentences."""
        if draft.trigger is None or any(m.role == "agent" and m.kind in self.rules["state_force_kinds"] for m in mentions):
            return None
        verb = _verb_of(clauses.head_word(draft.trigger))
        if verb is None:
            return None
        # (the doer of a verb the arrest is joined to by 'and': 'launched an operation and detained ...')
        verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
        when = draft.record.event_date or article.published
        for m in mentions:
            head = m.span.root.head
            doer = m.span.root.dep_ == "nsubj" and head.i in verbs or \
                m.span.root.dep_ == "pobj" and head.dep_ == "agent" and head.head.i in verbs
            if m.role == "agent" and doer and (m.kind in rule["captor_kinds"] or m.kind == "named" and self.actors.dictionary.named(
                    m.key, when)[1] in rule["captor_named_types"]):
                return m.span
        return None

    @staticmethod
    def _said_armed(mention: Mention, rule) -> bool:
        """'armed youths', 'farmers with guns', 'unknown youths': a community's armed men are a militia, and
        attackers nobody knows are an unidentified armed group, not a mob."""
        return any(t.lower_ in rule["armed_words"] for t in mention.span.root.subtree)

    @staticmethod
    def _punishes_a_wrong(mention: Mention, rule) -> bool:
        """Outside the crowd's own words ('suspected farmers killed'), the sentence says the victim was taken
        for a wrongdoer ('villagers lynched a suspected thief', 'beaten by residents after it was believed he had
        stolen'): mob justice, not a raid on another community."""
        own = {t.i for t in mention.span.root.subtree}
        return any(w in rule["wrongdoing_words"] for t in mention.span.sent if t.i not in own
                   for w in (t.lower_, t.lemma_.lower()))

    @staticmethod
    def _armed_victim(mention: Mention, rule) -> bool:
        """The mention names serving members of the force, not former ones nor someone only linked to it."""
        if TypeConsistency._status_qualified(mention, rule):
            return False
        root = mention.span.root
        return root.dep_ not in ("compound", "amod", "nmod", "poss") or root.head.lower_ in rule["member_nouns"]

    def _apply(self, article: Article, draft: EventDraft, doc_mentions: list[Mention], name: str,
               event_type: str, sub_event_type: str, decisive, resolve: bool = True,
               other_triggers: Sequence = ()) -> None:
        """Sets the revised type; the actors are resolved again for it, from the event's own clause where
        the sentence tells another event too (`other_triggers`, as the actors stage does)."""
        rec = draft.record
        rec.event_type, rec.sub_event_type = event_type, sub_event_type
        rule = f"type consistency: {name.replace('_', ' ')}"
        rec.add_evidence("event_type", decisive.sent, decisive, rule=rule)
        rec.add_evidence("sub_event_type", decisive.sent, decisive, rule=rule)
        if resolve:
            rec.assoc_actor_2 = None  # set only for some types; the resolver fills it again where it applies
            self.actors.resolve(article, draft, doc_mentions, other_triggers)
