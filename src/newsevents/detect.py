"""Stage 4 — event detection and classification: trigger words in the parse, weighed against the
statistical type model (`type_model.py`), grouped into one draft per event of the article.

`EventDetector` finds the trigger mentions and the events each sentence tells, and drafts and types each event;
the facts of each sentence and what is background are read in `background.py`, and the article's events are
formed from its sentences' in `grouping.py`, both asking the detector's parse predicates."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Optional

from .document import Article, EventDraft
from .schema import SUB_TO_TYPE, EventRecord
from .background import SentenceFactReader, context_vocabulary, phrase_pattern as _phrase_pattern, verb_of
from .claims import ClaimResolver
from .data import read_json
from .event_kinds import MECHANISMS as _MECHANISMS, TERRITORY_OUTCOMES as _TERRITORY_OUTCOMES
from .fatalities import ELSEWHERE_DEPS, coded_elsewhere_mark, load_cues as load_fatality_cues
from .grouping import ArticleGrouper
from .type_model import best_by_type, type_model

def _as_protest(m: "Mention") -> "Mention":
    """The same words taken as the protest they imply (a dispersal implies a gathering)."""
    return Mention(m.sent_index, m.sent, m.span, "protest", m.weight)


# ----------------------------------------------------------------------------------------------
# Trigger lexicon

TYPE_OF_ROLE = {"violence": "Violence against civilians", "protest": "Protests", "riot_cue": "Riots",
                "mob_cue": "Riots", "intervention_cue": "Protests"}
# which cues only make sense next to a protest, and never start an event alone
_PROTEST_MODIFIERS = {"intervention_cue"}
# violence words that a more specific mechanism in the same sentence explains ("a bomb killed five")
_ABSORBABLE = {"violence"}
_MECHANISM_WORDS = {"bomb", "bomber", "blast", "explosion", "strike", "airstrike", "shell", "rocket", "missile", "mortar",
                    "grenade", "mine", "device", "attack", "drone", "artillery", "ied"}
_ATTACK_LIKE = {"execute", "execution", "massacre", "behead", "torture", "slaughter", "lynch", "decapitate", "mutilate"}


_OBJECT_DETERMINERS = {"a", "an", "the"}
_MAX_OBJECT_MODIFIERS = 4  # 'a fragile, seven-day ceasefire'
_MODIFIER_DEPS = {"amod", "nummod", "compound", "npadvmod", "advmod", "punct", "quantmod", "nmod"}


def _object_phrase_split(phrase_doc) -> tuple[list[str], list[str]] | None:
    """A trigger phrase 'verb (prep) det noun...' split after its determiner, where modifiers may stand; None for
    phrases of another shape."""
    words = [t.lower_ for t in phrase_doc]
    for k, word in enumerate(words[1:-1], start=1):
        if word in _OBJECT_DETERMINERS:
            return [t.lemma_.lower() for t in phrase_doc[:k + 1]], [t.lemma_.lower() for t in phrase_doc[k + 1:]]
    return None


def _words_match(span, lemmas: list[str]) -> bool:
    """The words are the lemmas ('a' and 'an' alike: 'signed a landmark accord' is 'signed an accord')."""
    def same(tok, word) -> bool:
        return tok.lemma_.lower() == word or tok.lower_ == word or {tok.lower_, word} <= {"a", "an"}
    return all(same(t, w) for t, w in zip(span, lemmas))


def _is_noun_modifier(tok) -> bool:
    """A word that can stand between a determiner and its noun ('seven', '-', 'day', 'fragile', 'long-awaited')."""
    if tok.pos_ == "PUNCT":
        return tok.text in {"-", ","}
    return tok.dep_ in _MODIFIER_DEPS and tok.pos_ in {"ADJ", "NUM", "NOUN", "PROPN", "ADV", "VERB"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return read_json("event_lexicon.json")


@dataclass
class Mention:
    """One trigger in one sentence."""

    sent_index: int
    sent: Any
    span: Any  # the trigger words
    role: str  # ACLED sub-event type, or a role from the lexicon
    weight: float
    generic: bool = False
    subs: dict = field(default_factory=dict)  # sub-event type -> vote

    @property
    def lemma(self) -> str:
        return self.span.root.lemma_.lower()


class EventDetector:
    """Finds the sentences that report events, groups them into events and types each event.

    Three kinds of evidence are combined: trigger phrases from `data/event_lexicon.json` (matched on
    lemmas), the dependency parse (modality, negation, who the victims are, distinct agents), and a
    TF-IDF/logistic-regression model trained on ACLED notes (`scripts/train_event_model.py`). The
    lexicon decides *whether* a sentence reports an event; the model only helps decide *which* type.
    """

    def __init__(self, nlp=None, claims: Optional[ClaimResolver] = None) -> None:
        from spacy.matcher import PhraseMatcher

        from . import nlp as nlp_stage

        self.nlp = nlp or nlp_stage.load()
        lex = lexicon()
        self.lex = lex
        self.model = type_model()
        self.by_lemma = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.weights: dict[str, float] = {}
        self.object_phrases: list[tuple[list[str], list[str], str]] = []
        for entry in lex["triggers"]:
            label = entry["sub"]
            self.weights[label] = float(entry["weight"])
            phrases = entry["phrases"]
            docs = list(self.nlp.pipe(phrases, disable=["ner"]))
            self.by_lemma.add(label, docs)
            self.object_phrases += [(*split, label) for split in map(_object_phrase_split, docs) if split]
            self.by_lower.add(label, [self.nlp.make_doc(p) for p in phrases])
        self.generic_governors = set(lex["generic_governors"])
        self.class_antecedents = set(lex["class_antecedents"])
        self.present_read_as_past = set(lex["present_read_as_past"])
        self.hedges = set(lex["hedge_governors"])
        self.modals = set(lex["modals"])
        self.weapon_subjects = dict(lex["weapon_subjects"])
        self.strike_verbs = set(lex["strike_verbs"])
        self.arson_lemmas = set(lex["arson_lemmas"])
        self.non_state_agents = set(lex["non_state_agents"])
        self.state_agents = set(lex["state_agents"])
        self.riot_unit_nouns = set(lex["riot_unit_nouns"])
        self.barrier_crossing_preps = set(lex["barrier_crossing_preps"])
        self.capture_verbs = set(lex["capture_verbs"])
        self.control_taking_verbs = set(lex["control_taking_verbs"])
        self.capture_phrasal_verbs = {tuple(v.split()) for v in lex["capture_phrasal_verbs"]}
        self.peaceful_taking_verbs = set(lex["peaceful_taking_verbs"])
        self.control_nouns = set(lex["control_nouns"])
        self.captured_places = set(lex["captured_places"])
        self.captured_people = set(lex["captured_people"])
        self.taking_verbs = set(lex["taking_verbs"])
        self.taking_away_particles = set(lex["taking_away_particles"])
        self.taken_from_places = set(lex["taken_from_places"])
        self.set_alight_words = set(lex["set_alight_words"])
        self.ramming_verbs = set(lex["ramming_verbs"])
        self.rammed_crowds = set(lex["rammed_crowds"])
        self.blockade_verbs = set(lex["blockade_verbs"])
        self.blockade_objects = set(lex["blockade_objects"])
        self.mine_workplace = set(lex["mine_workplace_words"])
        self.mine_blast_words = set(lex["mine_blast_words"])
        self.arrest_settings = set(lex["arrest_setting_nouns"])
        self.arrest_after_preps = set(lex["arrest_after_preps"])
        self.communal_words = set(lex["communal_words"])
        self.arrest_raid_verbs = set(lex["arrest_raid_verbs"])
        self.means_preps = set(lex["means_preps"])
        self.statistic_nouns = set(lex["statistic_nouns"])
        self.entry_verbs = set(lex["entry_verbs"])
        self.firing_verbs = set(lex["bloodless_firing_verbs"])
        self.armed_only_triggers = set(lex["armed_only_triggers"])
        self.armed_gathering_words = set(lex["armed_gathering_words"])
        self.rally_holding_verbs = set(lex["rally_holding_verbs"])
        self.bloodless_nouns = set(lex["bloodless_nouns"])
        self.bloodless_adverbs = set(lex["bloodless_adverbs"])
        self.gathering_verbs = set(lex["gathering_verbs"])
        self.gathering_purposes = set(lex["gathering_purposes"])
        self.gathering_aims = set(lex["gathering_aims"])
        self.occupation_verbs = set(lex["occupation_verbs"])
        self.occupied_premises = set(lex["occupied_premises"])
        self.time_nouns = set(lex["time_nouns"])
        self.commemoration_nouns = set(lex["commemoration_nouns"])
        self.commemoration_verbs = set(lex["commemoration_verbs"])
        self.duration_nouns = set(lex["duration_nouns"])
        self.long_durations = set(lex["long_duration_nouns"])
        self.policy_fight_verbs = set(lex["policy_fight_verbs"])
        self.armed_watch_cues = set(lex["armed_watch_cues"])
        self.attack_clash_words = set(lex["attack_clash_words"])
        self.crowd_riot_verbs = set(lex["crowd_riot_verbs"])
        self.under_fire_verbs = set(lex["under_fire_verbs"])
        self.under_fire_objects = set(lex["under_fire_objects"])
        self.armed = set(lex["armed_nouns"])
        self.civilian = set(lex["civilian_nouns"])
        self.former_status = set(lex["former_status_words"])
        self.repel_verbs = set(lex["repel_verbs"])
        self.repel_phrasal_verbs = set(lex["repel_phrasal_verbs"])
        self.repel_particles = set(lex["repel_particles"])
        self.resist_verbs = set(lex["resist_verbs"])
        self.projectile_verbs = set(lex["projectile_verbs"])
        self.projectile_exclusions = set(lex["projectile_exclusions"])
        self.thrown_missiles = set(lex["thrown_missiles"])
        self.harmless_missile_modifiers = set(lex["harmless_missile_modifiers"])
        self.fire_words = set(lex["fire_words"])
        self.fire_setting_heads = set(lex["fire_setting_heads"])
        self.symbolic_burnings = set(lex["symbolic_burnings"])
        self.civil_bodies = set(lex["civil_bodies"])
        self.seizure_verbs = set(lex["seizure_verbs"])
        self.disposal_verbs = set(lex["disposal_verbs"])
        self.firearm_nouns = set(lex["firearm_nouns"])
        self.remains_nouns = set(lex["remains_nouns"])
        self.killing_lemmas = set(lex["killing_lemmas"])
        self.charged_crowds = set(lex["charged_crowds"])
        self.interception_verbs = set(lex["interception_verbs"])
        self.self_dispersal_verbs = set(lex["self_dispersal_verbs"])
        self.intercepted_conveyances = set(lex["intercepted_conveyances"])
        self.settlements = set(lex["settlement_nouns"])
        self.collective = set(lex["collective_nouns"])
        self.inclusion_preps = set(lex["inclusion_preps"])
        self.separate_cues = [c.lower() for c in lex["separate_event_cues"]]
        self.reporting = set(lex["reporting_verbs"])
        self.interrupting = set(lex["interrupting_governors"])
        self.legal_nouns = set(lex["legal_nouns"])
        self.absolving_verbs = set(lex["absolving_verbs"])
        self.sentence_lemmas = set(lex["sentence_lemmas"])
        self.court_terms = set(lex["court_terms"])
        self.court_nouns = set(lex["court_nouns"])
        ctx = context_vocabulary()
        self.day_words_re = _phrase_pattern(ctx["day_words"])
        self.refer_dets = set(ctx["refer_back_determiners"])
        self.claim_verbs = set(ctx["claim_verbs"])
        self.accusation_verbs = set(ctx["accusation_verbs"])
        self.future_modifiers = set(ctx["future_modifiers"])
        self.escape_governors = set(ctx["escape_governors"])
        self.retaliation_re = _phrase_pattern(ctx["retaliation_cues"])
        self.later_re = _phrase_pattern(ctx["later_cues"])
        self.other_day_re = _phrase_pattern(ctx["other_day_cues"])
        self.origin_verbs = set(ctx["origin_verbs"])
        self.background_headings = set(ctx["background_headings"])
        self.place_kinds = set(ctx["place_kind_nouns"])
        self.nationwide_re = _phrase_pattern(ctx["nationwide_cues"])
        self.up_to_now_re = _phrase_pattern(ctx["up_to_now_cues"])
        self.sequence_verbs = set(ctx["sequence_verbs"])
        self.earlier_place_clause_re = _phrase_pattern(ctx["earlier_place_clause_dates"])
        self.place_parts = set(ctx["place_part_nouns"])
        self.additive_adverbs = set(ctx["additive_adverbs"])
        self.counter_account_adverbs = set(ctx["counter_account_adverbs"])
        self.hearsay_nouns = set(ctx["hearsay_nouns"])
        self.likeness_modifiers = set(ctx["likeness_modifiers"])
        self.facts = SentenceFactReader(self.reporting)
        self.claims = claims or ClaimResolver()  # claim and denial cues, for the grouper and the background judge
        self.grouper = ArticleGrouper(self)

    # ---- mentions ---------------------------------------------------------------------------
    def _modified_object_matches(self, doc) -> list[tuple[tuple[int, int], str]]:
        """Verb-and-object trigger phrases told with modifiers between the determiner and the noun: 'agreed a
        seven-day ceasefire' is the lexicon's 'agreed a ceasefire', 'signed a fragile peace deal' its 'signed a
        peace'. The parse must make the noun part of the verb's object, so two phrases that only stand side by side
        do not match."""
        out = []
        # where each word stands, by its lemma and by itself: a phrase is tried only where its verb is
        starts: dict[str, list[int]] = {}
        for t in doc:
            for key in {t.lemma_.lower(), t.lower_}:
                starts.setdefault(key, []).append(t.i)
        for head, tail, label in self.object_phrases:
            for i in starts.get(head[0], ()):
                if i >= len(doc) - len(head) - len(tail) or not _words_match(doc[i:i + len(head)], head):
                    continue
                j = i + len(head)
                skipped = 0
                while j < len(doc) and skipped < _MAX_OBJECT_MODIFIERS and _is_noun_modifier(doc[j]):
                    j += 1
                    skipped += 1
                end = j + len(tail)
                if not skipped or end > len(doc) or not _words_match(doc[j:end], tail):
                    continue
                if doc[i] in doc[end - 1].ancestors:
                    out.append(((i, end), label))
        return out

    def _trigger_spans(self, doc) -> list[tuple[Any, str]]:
        """Every trigger phrase of the text with its role, hedged or not, in text order."""
        found: dict[tuple[int, int], str] = {}
        for matcher in (self.by_lemma, self.by_lower):
            for match_id, start, end in matcher(doc):
                found.setdefault((start, end), self.nlp.vocab.strings[match_id])
        modified = set()
        for (start, end), label in self._modified_object_matches(doc):
            modified.add((start, end))
            found.setdefault((start, end), label)
        # keep the longest match where matches overlap ("suicide car bomb" over "car bomb" over "bomb")
        spans = sorted(found, key=lambda se: (-(se[1] - se[0]), se[0]))
        taken: set[int] = set()
        out = []
        for start, end in spans:
            if taken & set(range(start, end)):
                continue
            span = doc[start:end]
            # a date among a phrase's modifiers is its length ('a seven-day truce'), not a date misread as a trigger
            words = (span[0], span[-1]) if (start, end) in modified else span
            if any(t.ent_type_ == "DATE" for t in words) or span.root.pos_ == "PROPN" and span.root.lemma_ == "March":
                continue
            if found[(start, end)] == "violence" and span[0].lemma_.lower() == "fire" and span[0].pos_ == "NOUN":
                continue  # "died in the fire at the council building": a blaze, not "fired at"
            if self._names_riot_police(span) or found[(start, end)] == "riot_cue" and (
                    self._police_barricade(span) or self._holed_up(span)):
                continue
            if found[(start, end)] == "Remote explosive/landmine/IED" and (
                    self._workplace_mine(span.root) or self._mine_without_blast(span)):
                continue  # "an attack on a gold mine": where people dig, not a landmine
            if found[(start, end)] in _EXPLOSIVE_ROLES and self._seized_weapon(span.root, found[(start, end)]):
                # "a hand grenade and a pistol were seized": a weapon taken, no explosion
                out.append((span, _SEIZED_WEAPON))
                if self._seized_by_state_alone(span.root):
                    # ("soldiers destroyed two explosive devices": no shorter trigger inside the name tells an
                    # explosion; with no finder named, "an explosive device was discovered" keeps its 'explosive')
                    taken |= set(range(start, end))
                continue
            if found[(start, end)] in ("riot_cue", "protest") and self._party_blamed(span.root):
                continue  # 'officials blamed "opportunists and rioters" for the deaths': who is blamed, no riot told
            if found[(start, end)] == "Looting/property destruction" and self._disposes_of_explosive(span.root, found):
                continue  # "soldiers destroyed an IED": a weapon made harmless, no property destroyed
            if found[(start, end)] in ("riot_cue", "Looting/property destruction") and self._burns_a_symbol(span.root):
                continue  # "burned effigies of the minister": a token of the protest's cause, no violence
            if found[(start, end)] == "intervention_cue" and self._dispersed_itself(span):
                continue  # "the crowd dispersed later in the afternoon": the protest ended, no one intervened
            if found[(start, end)] == "Disrupted weapons use" and self._intercepts_people(span):
                continue  # "militiamen intercepted and wounded armed bandits": how an attack began, no weapon stopped
            if span.root.dep_ == "compound" and span.root.head.lower_ in self.firearm_nouns:
                continue  # "assault rifles": a weapon's name, not an assault
            if found[(start, end)] == "Armed clash" and self._repels_an_attack(span):
                continue  # "army repels assault on post": the attack word tells the event, the attackers its first side
            if self._unarmed_reentry(span) or found[(start, end)] == "protest" and self._armed_gathering(span):
                continue
            taken |= set(range(start, end))
            # "set fire to the two men": harm done to people (or to the bodies of those just killed), not a riot's
            # arson of property
            burned = found[(start, end)] == "riot_cue" and span.root.lemma_.lower() == "set" and \
                self._burns_people(span.root)
            out.append((span, "violence" if burned or self._ambushes_civilians(span, found[(start, end)])
                        else found[(start, end)]))
        for tok in doc:
            # "captured a military outpost", "seized an army base": a place taken, whatever its words
            # (or a phrasal verb of taking, not by plain people: 'al Shabaab took over the village')
            if (tok.lemma_.lower() in self.capture_verbs or self._phrasal_capture(tok) and not self._taken_by_civilians(
                    tok)) and tok.pos_ == "VERB" and tok.i not in taken and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.captured_places for c in tok.children):
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "Non-state actor overtakes territory"))
            elif tok.lemma_.lower() in self.entry_verbs and tok.pos_ == "VERB" and tok.i not in taken and any(
                    c.lemma_.lower() in self.captured_places or c.ent_type_ == "GPE"
                    for c in self._entered(tok)) and self._without_a_fight(tok):
                # "troops entered the town without a fight": a place changing hands with no fighting
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "Non-violent transfer of territory"))
            elif self._armed_take_named_place(tok) and tok.i not in taken:
                # "On Sunday, rebels also took over Rutshuru": armed men taking a named place
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "Non-state actor overtakes territory"))
            elif tok.lemma_.lower() in self.capture_verbs and tok.pos_ == "VERB" and tok.i not in taken and any(
                    c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in self.captured_people or self._is_armed(c)
                                                         is False) for c in tok.children):
                # "soldiers captured a senior commander of the group": the state's forces holding a fighter arrest
                # him; armed men of another side taking someone abduct him ("kidnappers seized eight people",
                # "gunmen stormed the village and seized 61 people": a joined verb's doers are its own); plain people
                # seized by no one named are abducted, a fighter so taken is held by the state
                fighter = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.captured_people
                              for c in tok.children)
                agent = self._agent(tok) or (self._agent(tok.head) if tok.dep_ == "conj" else None)
                by_state = self._names_state_forces(agent) if agent is not None else fighter
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "Arrests" if by_state else _ABDUCTION))
        for tok in doc:
            if tok.i in taken or tok.pos_ != "VERB":
                continue
            if self._person_led_off(tok):
                # "gunmen took a councillor from his house", "he was led away by three armed men": armed men taking
                # a person off abduct him; the state's forces doing it arrest him (as with captured_people above)
                agent = self._agent(tok) or (self._agent(tok.head) if tok.dep_ == "conj" else None)
                if agent is None or self._is_armed(agent) is not True:
                    continue
                by_state = self._names_state_forces(agent)
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "Arrests" if by_state else _ABDUCTION))
            elif self._rams_people(tok):
                # "an armoured police vehicle drove into demonstrators and ran over a driver": harm done with a vehicle
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "violence"))
            elif self._throws_missiles(tok):
                # "some throwing bottles and stones at police lines", "pelted officers with rocks": the phrase list
                # knows only 'threw stones'; whatever else is thrown, and whatever words come between, a crowd
                # throwing it riots
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "riot_cue"))
            elif self._set_alight(tok) and self._set_alight_by_people(tok):
                # "protesters broke in and set the main hall alight": the object between 'set' and 'alight' hides the
                # phrase from the list; armed men's arson turns to property destruction later (_armed_arson)
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], "violence" if self._burns_people(tok) else "riot_cue"))
        for tok in doc:
            # "dozens of three-wheeler drivers blocked the Peradeniya road": a crowd closing a road protests
            # "drivers gathered at the entrance to Choloma to demand protection": people gathering with a demand
            # "some 300 landless families occupied an idle estate, demanding land": people taking over a building or
            # land as a protest
            blockade = tok.lemma_.lower() in self.blockade_verbs and any(
                c.dep_ == "dobj" and self._names_a_way(c) for c in tok.children)
            occupation = tok.lemma_.lower() in self.occupation_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.occupied_premises for c in tok.children)
            if tok.pos_ == "VERB" and tok.i not in taken and (blockade or occupation or self._gathering_with_demand(tok)):
                # (a verb joined by 'and' shares the first one's subject: 'parked their buses and gathered at ...')
                doer = next((c for c in tok.children if c.dep_ == "nsubj"), None) or (next(
                    (c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "conj" else None) \
                    or self._stray_subject(tok)
                # ('members of the movement' read as armed men still protest when they occupy with a demand)
                if doer is not None and doer.pos_ != "PRON" and not self._names_state_forces(doer) and (
                        self._is_armed(doer) is not True or occupation and self._told_with_demand(tok)):
                    taken.add(tok.i)
                    out.append((doc[tok.i:tok.i + 1], "protest"))
        for tok in doc:
            # "its troops had come under small-arms fire near Sotk": the phrase list knows only the bare "came under
            # fire"; whatever qualifies the fire, what they came under is violence they suffered
            if tok.lemma_.lower() in self.under_fire_verbs and tok.pos_ == "VERB":
                under = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"), None)
                hit = next((g for g in (under.children if under is not None else ())
                            if g.dep_ == "pobj" and g.lemma_.lower() in self.under_fire_objects), None)
                if hit is not None and not taken & set(range(tok.i, hit.i + 1)):
                    taken |= set(range(tok.i, hit.i + 1))
                    out.append((doc[tok.i:hit.i + 1], "violence"))
        for tok in doc:
            # "Drones launched by the RSF struck the depot": the weapon, far from its verb, says what the strike was
            # ("the air force destroyed a hideout": a weapon named with its compound)
            named = " ".join([c.lower_ for c in tok.lefts if c.dep_ == "compound"] + [tok.lower_])
            role = self.weapon_subjects.get(tok.lower_) or self.weapon_subjects.get(named)
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" \
                and tok.head.dep_ == "agent" else None
            if role and verb is not None and verb.lemma_.lower() in self.strike_verbs and tok.i not in taken:
                taken.add(tok.i)
                out.append((doc[tok.i:tok.i + 1], role))
        # "fighters injured a local vigilante": the vigilante is whom the violence hit, not a mob's act
        hit = {v.i for span, role in out if role in _HARM_ROLES for v in self._victims(span.root)}
        return sorted(((span, role) for span, role in out if not (role == "mob_cue" and span.root.i in hit)),
                      key=lambda sr: sr[0].start)

    def _party_blamed(self, tok) -> bool:
        """A crowd noun that is the object of a verb of accusing ('officials blamed "opportunists and rioters" for
        the deaths', 'the minister accused protesters of looting') names the party blamed, not a crowd the sentence
        tells gathering or rioting; what they are blamed for is told by its own words."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # '"opportunists and rioters"'
        return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.accusation_verbs

    def _throws_missiles(self, tok) -> bool:
        """A verb of throwing (projectile_verbs) whose object, or what it pelts people 'with', is a missile a crowd
        throws (thrown_missiles), told of anyone but the state's forces ('police threw stones back' is no riot)."""
        if tok.lemma_.lower() not in self.projectile_verbs or any(c.dep_ == "neg" for c in tok.children):
            return False
        thrown = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        thrown += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                   if g.dep_ == "pobj"]
        if tok.dep_ == "amod" and tok.tag_ == "VBG":
            thrown.append(tok.head)  # "some throwing bottles and stones": the parser hangs the verb on its object
        thrown += [c for t in thrown for c in t.conjuncts]

        def missile(t) -> bool:
            named = " ".join([c.lemma_.lower() for c in t.lefts if c.dep_ == "compound"] + [t.lemma_.lower()])
            if any(c.dep_ in ("amod", "compound") and c.lower_ in self.harmless_missile_modifiers for c in t.children):
                return False  # 'plastic bottles'
            return t.lemma_.lower() in self.thrown_missiles or named in self.thrown_missiles

        if not any(missile(t) for t in thrown):
            return False
        agent = self._agent(tok) or (self._agent(tok.head) if tok.dep_ == "conj" else None)
        return agent is None or not self._names_state_forces(agent)

    def _dispersed_itself(self, span) -> bool:
        """'The crowd dispersed later', 'marched to the square and dispersed peacefully': a verb of dispersal in the
        active voice with no object, whose subject (its own or that of the verb it is joined to) is neither the state's
        forces nor armed men."""
        tok = span.root
        if len(span) > 1 or tok.pos_ != "VERB" or tok.lemma_.lower() not in self.self_dispersal_verbs or any(
                c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in tok.children):
            return False
        subject, verb = next((c for c in tok.children if c.dep_ == "nsubj"), None), tok
        while subject is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ == "VERB":
            verb = verb.head  # 'gathered ... to demand better prices and dispersed': the gathering's subject
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and not self._names_state_forces(subject) \
            and self._is_armed(subject) is not True

    def _intercepts_people(self, span) -> bool:
        """A verb of interception whose object is people or a conveyance ('intercepted a vehicle carrying a priest',
        'were intercepted by detectives', 'intercepted and killed a gendarme': the object of the verb it shares its
        subject with), not a weapon ('intercepted two missiles') nor nothing named."""
        tok = span.root
        if len(span) > 1 or tok.pos_ != "VERB" or tok.lemma_.lower() not in self.interception_verbs:
            return False
        stopped = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
        if not stopped:
            stopped = [c for v in self._sharing_verbs(tok) for c in v.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
        return any(s.lemma_.lower() in self.intercepted_conveyances or s.lower_ in self.intercepted_conveyances
                   or s.pos_ == "PRON" and s.lower_ not in ("it", "which", "that") or s.ent_type_ in ("PERSON", "NORP")
                   or self._is_armed(s) is not None for s in stopped)

    def _unarmed_reentry(self, span) -> bool:
        """'Residents re-entered the town': a phrase that tells territory regained only when armed men or the
        state's forces do it, told of other people (or of no one named)."""
        if "".join(t.lemma_.lower() + t.whitespace_ for t in span).strip() not in self.armed_only_triggers:
            return False
        agent = self._agent(span.root)
        return agent is None or not self._names_armed_men(agent)

    def _armed_gathering(self, span) -> bool:
        """'The fighters held a rally in the square', 'troops marched into the town': armed men's crowd word, told
        with no demand, is no protest (the verb whose object it is, or the word itself, has them for its subject)."""
        tok = span.root
        if tok.lemma_.lower() not in self.armed_gathering_words:
            return False
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in self.rally_holding_verbs:
            return False  # 'soldiers dispersed the rally', 'gunmen attacked a rally': someone else's gathering
        verb = tok.head if tok.dep_ == "dobj" else tok
        agent = self._agent(verb)
        if agent is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            agent = self._agent(verb.head)  # 'freed the inmates and held a rally': joined verbs share the subject
        return agent is not None and self._names_armed_men(agent) and not self._told_with_demand(verb)

    def _names_armed_men(self, agent) -> bool:
        """The doers are armed men by their own name ('fighters', 'federal troops'), or members of an armed body
        ('members of the militia'); 'members' alone, or of a mothers' collective, are not known to be. Stricter than
        `_is_armed`, which takes bare 'members' for armed men (as notes use it): a crowd is no protest only when
        its own words say it is armed."""
        if agent.lemma_.lower() in self.collective:
            return any(self._is_armed(g) is True for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")
        return self._is_armed(agent) is True

    def _ambushes_civilians(self, span, role: str) -> bool:
        """'gunmen ambushed a passenger bus', 'three people were ambushed': a clash word that names an attack on
        someone, whose victims are all unarmed, is violence against them (its votes then follow the victims)."""
        if role != "Armed clash" or span.root.lemma_.lower() not in self.attack_clash_words:
            return False
        verdicts = {self._victim_armed(v) for v in self._victims(span.root)}
        return verdicts == {False}

    def _without_a_fight(self, verb) -> bool:
        """Told as taken with no fighting: 'without a fight', 'without resistance', 'unopposed', 'without a shot
        being fired'; said of the verb or of one joined to it ('entered the town and took up positions without
        firing a shot')."""
        for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "without" and any(self._bloodless(g) for g in c.children):
                    return True
                if c.dep_ in ("advmod", "advcl", "acomp", "oprd") and c.lower_ in self.bloodless_adverbs:
                    return True
        return False

    @staticmethod
    def _entered(verb) -> list:
        """The places a verb of moving in goes into: its object ('entered the town') or 'into' phrase ('moved into
        the village')."""
        return [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]

    def _bloodless(self, tok) -> bool:
        """What follows 'without' names no fighting: 'a fight', or a clause of no shot fired ('a shot being fired',
        'firing a shot')."""
        if tok.dep_ == "pobj":
            return tok.lemma_.lower() in self.bloodless_nouns
        fired = tok.lemma_.lower() in self.firing_verbs
        return tok.dep_ == "pcomp" and fired and any(
            c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in self.bloodless_nouns for c in tok.children)

    def _repels_an_attack(self, span) -> bool:
        """A lone verb of repelling whose object is an attack ('repels assault', 'repulsed the attack'), not the
        attackers: the attack word is the trigger, so the attackers stay the side that began it."""
        tok = span.root
        if len(span) != 1 or tok.lemma_.lower() not in self.repel_verbs:
            return False
        # (the word after it too: a headline's parse may make 'repels' a noun and 'assault' a verb)
        after = next((t for t in tok.doc[tok.i + 1:tok.i + 3] if t.dep_ != "det"), None)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.under_fire_objects
                   for c in tok.children) or after is not None and after.lemma_.lower() in self.under_fire_objects

    def _kills(self, m: Mention) -> bool:
        """The violence word tells a killing ('killed', 'shot dead', 'hacked to death', 'executed')."""
        return any(t.lemma_.lower() in self.killing_lemmas or t.lower_ in ("dead", "death") for t in m.span)

    def _disposes_of_explosive(self, verb, found) -> bool:
        """A verb of making harmless whose object is an explosive trigger word the state's forces made harmless
        ('soldiers destroyed an IED')."""
        if verb.lemma_.lower() not in self.disposal_verbs:
            return False
        explosives = {verb.doc[start:end].root.i: role for (start, end), role in found.items() if role in _DISPOSED_ROLES}
        return any(c.dep_ in ("dobj", "nsubjpass") and c.i in explosives and self._seizing_verb(c) == verb
                   and self._seized_weapon(c, explosives[c.i]) for c in verb.children)

    def _seized_weapon(self, noun, role: str = "") -> bool:
        """The weapon is what a verb of seizing or finding took ('police seized a grenade', 'a pistol and a grenade
        were recovered', 'found a cache of weapons including mortar rounds'), not a weapon used; or a bomb, mine or
        grenade the state's forces made harmless ('soldiers dismantled an IED'). Artillery destroyed, or a device
        destroyed by no one named, may be a target ('troops destroyed two rocket launchers', 'operations destroyed
        hideouts and explosive devices'), which tells the event as before."""
        verb = self._seizing_verb(noun)
        if verb is None:
            return False
        return verb.lemma_.lower() in self.seizure_verbs or role in _DISPOSED_ROLES and self._seized_by_state_alone(noun)

    def _seized_by_state_alone(self, noun) -> bool:
        """The state's forces seized, found or made harmless the weapon, told in a clause of its own ('police found
        explosives and a suicide vest in an empty house', 'an EOD team of the army dismantled an IED'), not as what
        armed men took in a fight ('took control of the position and seized mortars') nor with no finder named."""
        verb = self._seizing_verb(noun)
        # (a clause with a subject of its own joined after it tells something else: 'soldiers discovered an IED, the
        # device was planted by militants')
        if verb is None or verb.dep_ == "conj" or any(
                c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in verb.children):
            return False
        agent = self._agent(verb)
        return agent is not None and (self._names_state_forces(agent) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and self._names_state_forces(g)
                                                            for g in c.children) for c in agent.children))

    def _seizing_verb(self, noun):
        """The verb of seizing, finding or making harmless whose object (or passive subject) the weapon is, or None."""
        while True:
            # (the word may name the weapon's kind: 'mortar' in 'mortar rounds')
            while noun.dep_ in ("conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            # ... or listed in what it took: 'a cache of explosives', 'weapons including mortar rounds'
            if noun.dep_ == "pobj" and noun.head.lower_ in _LISTING_PREPS and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head
                continue
            # (the parser often takes 'IED' for a name)
            seized = noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "nsubjpass") and \
                noun.head.lemma_.lower() in self.seizure_verbs | self.disposal_verbs
            return noun.head if seized else None

    def _names_a_way(self, noun) -> bool:
        """A road or another way a crowd can close: its head noun ('the main road'), or a word of its name ('the
        Autopista del Sol', whose head the parser takes to be 'Sol')."""
        return noun.lemma_.lower() in self.blockade_objects or noun.pos_ == "PROPN" and any(
            t.dep_ == "compound" and t.i < noun.i and t.lower_ in self.blockade_objects for t in noun.subtree)

    def _workplace_mine(self, tok) -> bool:
        """'a gold mine', 'an artisanal mine', 'mine workers': a mine people dig in (a mineral or a kind of mining
        before it, or the workplace's people or parts after it), not a landmine."""
        if tok.lemma_.lower() not in ("mine", "mines"):
            return False
        before = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.mine_workplace for c in tok.children)
        return before or tok.dep_ == "compound" and tok.head.lower_ in self.mine_workplace

    def _mine_without_blast(self, span) -> bool:
        """'the pit that was once one of the largest mines in the world', 'hopes to reopen the mine': the bare word
        in a sentence where nothing blew up, was laid or struck, and no one was harmed is a pit people dig."""
        return span.text.lower() in ("mine", "mines") and not any(
            t.lemma_.lower() in self.mine_blast_words or t.lower_ in self.mine_blast_words for t in span.sent)

    def _names_state_forces(self, phrase) -> bool:
        """The words of a noun phrase up to its head name the state's forces ('Kenyan police officers', 'the
        army's special forces'), whatever follows the head ('soldiers who had deserted')."""
        return bool({t.lower_ for t in phrase.subtree if t.i <= phrase.i} & self.state_agents)

    def _person_led_off(self, verb) -> bool:
        """A verb of taking with a person for its object (or passive subject), taken 'away'/'off' or 'from' a
        home: 'took a community leader from his home', 'was led away'."""
        if verb.lemma_.lower() not in self.taking_verbs:
            return False
        person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if person is None or not (person.ent_type_ == "PERSON" or person.lower_ in ("him", "her", "them", "he", "she", "they")
                                  or self._is_armed(person) is False or person.lemma_.lower() in self.captured_people):
            return False
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in self.taking_away_particles for c in verb.children):
            return True
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.taken_from_places for g in c.children) for c in verb.children)

    def _rams_people(self, verb) -> bool:
        """A vehicle driven into a crowd ('drove into demonstrators') or running a person over ('ran over a driver')."""
        lemma = verb.lemma_.lower()
        if lemma not in self.ramming_verbs:
            return False
        if lemma == "run":
            return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) and any(
                c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or self._is_armed(c) is False) for c in verb.children)
        return any(c.dep_ == "prep" and c.lower_ in ("into", "through") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.rammed_crowds or g.lower_ in self.rammed_crowds
            for g in c.children) for c in verb.children)

    def _set_alight_by_people(self, verb) -> bool:
        """Who set it alight, told (its own subject or that of the verb it goes with: 'broke in and set ...') and
        not a weapon ('drones struck the depot, setting three tanks on fire' is the strike's damage)."""
        doer = self._agent(verb)
        if doer is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ == "VERB":
            doer = self._agent(verb.head)
        return doer is not None and doer.lower_ not in self.weapon_subjects

    def _burns_people(self, verb) -> bool:
        """What 'set' burns ('set the man on fire', 'set fire to their bodies') is people or their bodies."""
        burned = [c for c in verb.children if c.dep_ == "dobj"]
        for holder in (verb, *burned):
            burned += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                       if g.dep_ == "pobj"]
        # 'set fire to dozens of shops': what a count ('dozens', 'hundreds') is of is what burns
        burned = [next((g for c in b.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), b) if b.lower_ in self.collective else b for b in burned]
        return any(b.lemma_.lower() in self.civilian or b.lower_ in self.civilian or b.lower_ in self.remains_nouns
                   for b in burned)

    def _set_alight(self, verb) -> bool:
        """'set the hall alight', 'set the office ablaze', 'set it on fire': 'set' with an object, then a burning word."""
        if verb.lemma_.lower() != "set":
            return False
        for c in verb.children:
            # (the parser may take 'the council chamber alight' for one noun phrase: 'alight' is then the object)
            if c.i > verb.i + 1 and c.lower_ in self.set_alight_words:
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children):
                return True
        return False

    def _phrasal_capture(self, verb) -> bool:
        """The verb with its particle is one of capture_phrasal_verbs ('took over'); a one-word entry needs no particle
        ('al Shabaab overtook Bula Golol')."""
        lemma = verb.lemma_.lower()
        return (lemma,) in self.capture_phrasal_verbs or any(
            (lemma, c.lower_) in self.capture_phrasal_verbs for c in verb.children if c.dep_ == "prt")

    def _taken_over(self, span) -> bool:
        """The trigger is a verb of taking over that names no force, unlike 'captured', 'overran' or 'wrested
        control' ('al Shabaab overtook the village', 'taking over the area', 'rebels took control of the town',
        'forces regained control over the village')."""
        root = span.root
        if root.pos_ != "VERB" or root.lemma_.lower() not in self.peaceful_taking_verbs:
            return False
        if len(span) > 1:
            return any(t.lower_ in self.control_nouns for t in span)
        return self._phrasal_capture(root)

    def _taken_by_civilians(self, verb) -> bool:
        """'workers took over the headquarters': plain people occupying a building, not armed men taking a place."""
        doer = self._agent(verb) or (self._agent(verb.head) if verb.dep_ == "conj" else None)
        return doer is not None and self._is_armed(doer) is False

    def _armed_take_named_place(self, verb) -> bool:
        """A phrasal verb of taking ('took over') with a proper name for its object, done by armed men (its own
        subject or, for a verb joined by 'and', the first verb's)."""
        if verb.pos_ != "VERB" or not self._phrasal_capture(verb):
            return False
        if not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
            return False
        doer = self._agent(verb) or (self._agent(verb.head) if verb.dep_ == "conj" else None)
        return doer is not None and self._is_armed(doer) is True

    @staticmethod
    def _stray_subject(verb):
        """The noun right before a verb the parser gave no subject, where it hung that noun elsewhere ('In
        Barquisimeto, in the state of Lara, several hundred teachers and health workers gathered ...', with the
        teachers taken for an apposition to Lara): the first of its conjoined nouns."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.i == 0:
            return None
        noun = verb.doc[verb.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "conj"):
            return None
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        return noun

    def _gathering_with_demand(self, verb) -> bool:
        """A verb of gathering told with a demand: a purpose clause ('to demand protection') or 'with' a demand,
        banners or slogans ('with the same demand')."""
        if verb.lemma_.lower() not in self.gathering_verbs or any(c.dep_ == "dobj" for c in verb.children):
            return False  # "gathered evidence", "rallied support"
        return self._told_with_demand(verb)

    def _told_with_demand(self, verb) -> bool:
        """A purpose clause ('to demand protection', ', demanding their wages') or 'with' a demand, banners or
        slogans ('with the same demand') hung on the verb."""
        for c in verb.children:
            # (or a participle joined to another by 'and': 'gathered in the square, waving flags and calling for ...')
            if c.dep_ in ("xcomp", "advcl") and any(v.lemma_.lower() in self.gathering_purposes
                                                     for v in (c, *(g for g in c.children if g.dep_ == "conj"))):
                return True
            if c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and g.lower_ in self.gathering_aims for g in c.children):
                return True
        return False

    def _names_riot_police(self, span) -> bool:
        """'riot police', 'anti-riot officers', 'riot gear': the word names the police or their kit, not a riot."""
        if len(span) != 1 or span[0].lower_ != "riot" or span.end >= len(span.doc):
            return False
        return span.doc[span.end].lower_ in self.riot_unit_nouns

    def _police_barricade(self, span) -> bool:
        """'broke through a first line of barricades', 'pushed past police barricades': barricades the police put up,
        which the crowd met, not a crowd's own."""
        root = span.root
        if root.lemma_.lower() != "barricade" or root.pos_ != "NOUN":
            return False
        if any(c.dep_ in ("compound", "amod") and c.lower_ in self.state_agents for c in root.children):
            return True
        # 'police erected barricades to stop the march', 'barricades set up by soldiers': the state's forces put them up
        builder = self._agent(root.head) if root.dep_ in ("dobj", "nsubjpass") else None
        if builder is not None and self._names_state_forces(builder):
            return True
        return any(a.dep_ == "prep" and a.lower_ in self.barrier_crossing_preps for a in list(root.ancestors)[:3])

    @staticmethod
    def _holed_up(span) -> bool:
        """'the gunmen barricaded themselves inside a monastery': armed men holing up, not a crowd's barricade."""
        root = span.root
        return root.lemma_.lower() == "barricade" and root.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in root.children)

    def mentions(self, doc) -> list[Mention]:
        sents = list(doc.sents)
        sent_of = {}
        for i, s in enumerate(sents):
            for t in range(s.start, s.end):
                sent_of[t] = i
        out = []
        spans = self._trigger_spans(doc)
        untold = self._untold(spans)
        for span, role in spans:
            if self._skipped(span, untold) or role == _SEIZED_WEAPON:
                continue
            i = sent_of[span.start]
            out.append(Mention(i, sents[i], span, role, self.weights[role], generic=self._generic(span)))
        told = {m.sent_index for m in out}
        for span, role in spans:
            i = sent_of[span.start]
            if role == _SEIZED_WEAPON and i not in told and not self._skipped(span, untold) and \
                    self._seized_by_state_alone(span.root):
                # "police found explosives, detonators and a suicide vest in an empty house": weapons the state's
                # forces found or seized, told on their own, are disrupted weapons use (a weak vote: beside an arrest
                # or a clash of the same report they are its detail)
                told.add(i)
                out.append(Mention(i, sents[i], span, "Disrupted weapons use", _SEIZURE_WEIGHT,
                                   generic=self._generic(span)))
        if out and not any(role not in _TERRITORY_OUTCOMES for _span, role in spans):
            # 'al Shabaab took over the village and began preaching', 'rebels took control of the town after the
            # troops fled': a place taken over in a report that tells no fighting, attack or other act (hedged or
            # not) changed hands without violence (ACLED's codebook; the whole report, since news often tells the
            # fighting in other sentences than the taking)
            out = [replace(m, role="Non-violent transfer of territory")
                   if m.role in _TAKING_ROLES and self._taken_over(m.span) else m for m in out]
        return sorted(out, key=lambda m: m.span.start)

    def _untold(self, spans) -> dict[int, str]:
        """The trigger words that tell no event of this report, by their root's index: 'hedged' (negated, modal,
        planned, or named only to place the event in time) or 'reason' (the act an arrest is for, an earlier
        event dated on its own)."""
        arrests = {span.root.i for span, role in spans if role == "Arrests"}
        policy = self._fights_against_acts(spans)
        out = {}
        for span, role in spans:
            if self._hedged(span) or self._time_reference(span) or self._lasted_years(span) or span.root.i in policy \
                    or role == "Arrests" and self._kind_of_arrest(span):
                out[span.root.i] = "hedged"
            elif self._arrested_over(span, arrests) or self._arrest_setting(span, arrests) or self._dated_before(span) \
                    or self._coded_separately(span) or self._commemorated(span) \
                    or self._known_for(span) or self._earlier_at_the_place(span) \
                    or role == "Armed clash" and self._arrested_after(span, arrests):
                out[span.root.i] = "reason"
        return out

    @staticmethod
    def _coded_separately(span) -> bool:
        """'during a larger demonstration (coded separately)', 'after being attacked with explosives (coded
        separately)': what the coder marks right after the trigger's words as another event's is a setting, not this
        report's event. Not a list of places ('attacked civilians in Pakulu, Mangwalo and Mutunanze (coded
        separately)'), where the mark is on the other places of the same act."""
        # (also after the doer of a passive: 'a man was shot dead by police (coded separately)')
        i = coded_elsewhere_mark(span.root, load_fatality_cues()["elsewhere_re"], _ELSEWHERE_DEPS)
        return i is not None and span.root.doc[i - 1].pos_ not in ("PROPN", "PUNCT")

    @staticmethod
    def _kind_of_arrest(span) -> bool:
        """'the right to be told the reason for an arrest', 'more than 300 complaints of arbitrary arrest', 'the
        threat of arrest': an arrest noun with no article or with 'a', after a preposition under another noun,
        names a kind of act (what a right, a complaint or a fear is about), not one arrest told; 'the arrest of
        the mayor', 'news of his arrest', 'two arrests' name arrests that were made."""
        tok = span.root
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "pobj" or tok.head.head.pos_ != "NOUN":
            return False
        return not any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in ("a", "an")
                       for c in tok.children) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)

    def _fights_against_acts(self, spans) -> set[int]:
        """'a new base to fight kidnapping', 'a unit set up to combat abductions': a verb of fighting whose object is
        a kind of harm (a trigger noun of violence with no article or number) names a policy against that crime,
        and neither word tells an event. The roots of both, by their index."""
        # (not a fight itself: 'fought running battles' is fighting)
        acts = {span.root.i for span, role in spans if span.root.pos_ == "NOUN" and role in _HARM_ROLES
                and role != "Armed clash"}
        out = set()
        for span, role in spans:
            if span.root.lemma_.lower() not in self.policy_fight_verbs or span.root.pos_ != "VERB":
                continue
            for c in span.root.children:
                if c.dep_ == "dobj" and c.i in acts and not any(
                        g.dep_ in ("det", "nummod", "poss") for g in c.children):
                    out |= {span.root.i, c.i}
        return out

    @staticmethod
    def _skipped(span, untold: dict[int, str]) -> bool:
        # (a relative clause tells more of the event its noun names: 'since attacks on villages last month,
        # when jihadist fighters executed dozens of men')
        return span.root.i in untold or span.root.dep_ == "relcl" and span.root.head.i in untold

    def _commemorated(self, span) -> bool:
        """'students abandoned classes to commemorate the 18th anniversary of the assassination of a student',
        'marched in memory of those killed in the massacre': an event recalled by a word of commemoration is a past
        event, named to say what the gathering marks."""
        tok = span.root
        for _ in range(3):  # the event word, its 'of' phrase, or a word the phrase names ('those killed in ...')
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.commemoration_verbs:
                return True
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.commemoration_nouns:
                return True
            if tok.head.i == tok.i or tok.dep_ in ("ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
                return False
            tok = tok.head
        return False

    def _known_for(self, span) -> bool:
        """'NTJ, the local group blamed for the attacks', 'the gang responsible for the killings': an event told
        before, named to say who someone is, not an event of this sentence."""
        tok = span.root
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or not any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in self.refer_dets for c in tok.children):
            return False
        describing = tok.head.head
        return describing.dep_ in ("acl", "amod") and describing.head.pos_ in ("NOUN", "PROPN")

    def _earlier_at_the_place(self, span) -> bool:
        """'... during a raid near the town of Al-Hamra, where a police officer was shot dead last week during riots':
        a relative clause on a place ('where ...') dated to an earlier time than the news recalls what once happened
        there, to say what the place is; its words (the shooting, the riots) tell no event of this sentence and give
        the news no type."""
        tok = span.root
        while tok.dep_ != "relcl":
            if tok.head.i == tok.i or tok.dep_ in _CLAUSE_DEPS:
                return False
            tok = tok.head
        if not any(c.lower_ == "where" for c in tok.children) or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        dates = [c for c in tok.children if c.ent_type_ == "DATE" or c.dep_ == "prep" and any(
            g.ent_type_ == "DATE" for g in c.children)]
        return any(self.earlier_place_clause_re.search(tok.doc[c.left_edge.i:c.right_edge.i + 1].text.lower())
                   for c in dates)

    @staticmethod
    def _dated_before(span) -> bool:
        """'has accelerated since attacks on villages last month': an earlier event, dated by a phrase of its own,
        named after 'since', 'after' or 'before' to place the news in time."""
        tok = span.root
        return tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPS and tok.pos_ == "NOUN" and any(
            c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in tok.children)

    @staticmethod
    def _arrested_over(span, arrests: set[int]) -> bool:
        """'detained 12 people over a separate attack on a mosque', 'arrested in connection with the killing': the
        act an arrest is for, named as its reason; the arrest is the event told."""
        tok = span.root
        if tok.dep_ != "pobj":
            return False
        above, tie = tok.head.head, False
        # a noun naming the tie ('in connection with', 'in relation to', 'over their involvement in', 'on
        # suspicion of') stands between the act and the arrest: climb through it to the word its phrase hangs from
        for _ in range(2):
            if above.lemma_.lower() not in _REASON_NOUNS or above.dep_ != "pobj":
                break
            above, tie = above.head.head, True
        if not tie and tok.head.lower_ not in _REASON_PREPS:
            return False
        return above.i in arrests or above.dep_ in ("dobj", "nsubjpass") and above.head.i in arrests

    def _arrested_after(self, span, arrests: set[int]) -> bool:
        """'Agents of the Guardia Civil arrested six people after clashes', 'police detained 20 youths following
        clashes in the old town': a clash named only as what the arrest followed, with neither side told, is the
        setting of the arrest, which is the act the sentence tells. The police making the arrest are no side of a
        battle against themselves, and those they arrest are no armed group."""
        tok = span.root
        if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or tok.head.lower_ not in self.arrest_after_preps:
            return False
        if self._clash_sides(tok) != "unknown":
            return False  # 'arrested ... after clashes between soldiers and rebels': a battle told with its sides
        above = tok.head.head
        return above.i in arrests or above.dep_ in ("dobj", "nsubjpass") and above.head.i in arrests

    def _arrest_setting(self, span, arrests: set[int]) -> bool:
        """'detained eleven suspected gang members during raids in Guayaquil': the raid is how the arrest was made,
        not a fight of its own."""
        tok = span.root
        if self._raid_with_arrest(tok, arrests):
            return True
        if tok.dep_ != "pobj" or tok.lemma_.lower() not in self.arrest_settings or tok.head.lower_ not in ("during", "in"):
            return False
        above = tok.head.head
        return above.i in arrests or above.dep_ in ("dobj", "nsubjpass") and above.head.i in arrests

    def _raid_with_arrest(self, verb, arrests: set[int]) -> bool:
        """'police raided several homes and arrested four students', 'troops stormed a house and detained three
        suspects': a raid whose doers go on to arrest people (a verb joined to it by 'and', with no subject of its
        own) is how the arrest was made, not an attack of its own."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.arrest_raid_verbs:
            return False
        joined = [c for c in verb.children if c.dep_ == "conj"]
        joined += [g for c in joined for g in c.children if g.dep_ == "conj"]
        return any(c.i in arrests and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   for c in joined)

    def cue_features(self, doc) -> dict[str, float]:
        """What the lexicon and the parse say about a one-paragraph report, as named indicators for the type
        model's second stage: each trigger role, told or hedged/negated ("no clashes were reported"), and for
        each act of violence whether its victims and its doers are armed or civilians (an attack on a patrol
        is a clash, villagers beating a thief are a mob), and whether those who looted or burned were armed."""
        out: dict[str, float] = {}
        told: set[str] = set()
        spans = self._trigger_spans(doc)
        untold = self._untold(spans)
        for span, role in spans:
            if role == _SEIZED_WEAPON:
                continue  # (a weapon seized was never a cue of the type model)
            if untold.get(span.root.i) == "hedged":
                out[f"hedged:{role}"] = 1.0
                continue
            if self._skipped(span, untold):
                # the same words the detector leaves out of its events ('arrested in connection with the killing
                # of a trader': the killing is what the arrest is for, not a second act of violence)
                continue
            out[f"trigger:{role}"] = 1.0
            told.add(role)
            tok = span.root
            if role == "Looting/property destruction":
                # armed men who loot or burn are looting; a crowd of civilians doing it is a riot
                agent = self._agent(tok)
                if agent is not None:
                    out[f"looter:{_ARMED_WORD.get(self._is_armed(agent))}"] = 1.0
            if role == "Armed clash":
                # 'clashes between students', 'residents clashed with a police officer': a fight in which no side
                # is armed is a mob's, not a battle
                out[f"clash_sides:{self._clash_sides(tok)}"] = 1.0
            if role not in _HARM_ROLES:
                continue
            agent = self._doer(tok)
            doer = _ARMED_WORD.get(self._is_armed(agent)) if agent is not None else "none"
            out[f"agent:{doer}"] = 1.0
            for v in self._victims(tok):
                verdict = self._victim_armed(v)
                # 'attacked the village of ...': the people living there, not a post
                victim = "settlement" if verdict is None and v.lemma_.lower() in self.settlements and (
                    v.dep_ != "pobj" or v.head.lower_ in ("on", "against")) else _ARMED_WORD[verdict]
                out[f"victim:{victim}"] = 1.0
                # who did it to whom together: villagers beating a policeman are a mob, gunmen shooting one a clash
                out[f"harm:{doer}>{victim}"] = 1.0
        for first, second in itertools.combinations(sorted(told), 2):
            # roles told together say what neither says alone: 'protest' with 'violence' is a riot, 'violence' with
            # 'Armed clash' a battle rather than an attack, 'Arrests' with 'violence' a raid
            out[f"told:{first}&{second}"] = 1.0
        if "protest" in told:
            # what else a report of a protest tells: demonstrators burning a building riot, police dispersing them
            # intervene
            for role in told - {"protest"}:
                out[f"protest+{role}"] = 1.0
        out.update(self._fight_and_crowd_cues(doc, "protest" in told))
        return out

    def _fight_and_crowd_cues(self, doc, protest: bool) -> dict[str, float]:
        """Words the trigger roles miss that tell ACLED's types apart: targets that fight an attack off ('repulsed
        by the army', 'chased off by troops': a clash, two armed sides) or strike back ('retaliated', 'defending
        the village'); at a protest, things thrown ('threw bottles at police') or set on fire ('blocked the road
        by setting tyres on fire'): the demonstrators are violent. Denied acts ('did not retaliate') count not."""
        out: dict[str, float] = {}
        for tok in doc:
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and (lemma in self.repel_verbs or lemma in self.repel_phrasal_verbs and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in self.repel_particles for c in tok.children)):
                out["fight:repelled"] = 1.0
            elif lemma in self.resist_verbs and tok.pos_ in ("VERB", "NOUN"):
                out["fight:resisted"] = 1.0
            if not protest:
                continue
            if lemma in self.projectile_verbs and tok.pos_ == "VERB" and not any(
                    g.lower_ in self.projectile_exclusions for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                    for g in c.subtree):
                out["protest+thrown"] = 1.0
            if (lemma in self.fire_words or tok.lower_ == "fire" and (
                    tok.head.lower_ in self.fire_setting_heads or tok.head.lemma_.lower() in self.fire_setting_heads)) \
                    and not self._burns_a_symbol(tok):
                out["protest+fire"] = 1.0
        return out

    def _burns_a_symbol(self, tok) -> bool:
        """'burned effigies of the prime minister', 'set fire to copies of the bill', 'burnt the flag': demonstrators
        burning a token of what they protest against, which ACLED codes as a peaceful protest, not a violent one.
        Only where everything burned is such a token."""
        if tok.lemma_.lower() not in self.fire_words and tok.lemma_.lower() not in self.arson_lemmas \
                and tok.lower_ != "fire":
            return False
        burned = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "fire"]
        if tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
            burned.append(tok.head)  # 'staged a protest by burning effigies': the parser's adjective of the noun
        # 'set fire to effigies': the things after 'to' of the setting verb or of its 'fire'
        holders = [tok, tok.head] if tok.lower_ == "fire" else [tok] + [c for c in tok.children if c.lower_ == "fire"]
        burned += [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children if g.dep_ == "pobj"]
        burned += [c for b in burned for c in b.conjuncts]
        return bool(burned) and all(b.lemma_.lower() in self.symbolic_burnings or b.lower_ in self.symbolic_burnings
                                    for b in burned)

    def _clash_sides(self, tok) -> str:
        """Whether the sides of a clash word are armed ('troops clashed with militants'), civilians ('clashes
        between rival students', 'residents clashed with each other'), both, communities ('farmers and herders
        clashed', 'tribal clashes'), or unknown: its subject and the people after 'with' or 'between', with their
        conjuncts."""
        sides = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "against")):
            sides.extend(g for g in prep.children if g.dep_ == "pobj")
        sides += [c for s in sides for c in s.conjuncts]
        verdicts = {self._is_armed(s) for s in sides} - {None}
        # 'clashes between farmers and herders', 'two rival families clashed', 'tribal clashes': communities that fight
        # each other, which ACLED codes as battles of communal militias, unlike a crowd of students or supporters
        communal = any(self._communal(t) for t in [tok, *sides])
        if not verdicts:
            return "communal" if communal else "unknown"
        if verdicts == {False} and communal:
            return "communal"
        return "mixed" if len(verdicts) > 1 else _ARMED_WORD[verdicts.pop()]

    def _communal(self, t) -> bool:
        """The word or its modifiers name a community as such: villagers, a clan, farmers and herders, a family
        ('two rival farmer families'), 'tribal', 'communal', 'ethnic'; or a group of them ('youths of the village')."""
        words = {t.lemma_.lower(), t.lower_} | {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod")}
        if words & self.communal_words:
            return True
        return any(g.lemma_.lower() in self.communal_words or g.lower_ in self.communal_words
                   for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                   for g in p.children if g.dep_ == "pobj")

    def _hedged(self, span) -> bool:
        """Future, hypothetical, negated or merely intended violence is not an event."""
        tok = span.root
        if self._court_matter(tok):
            return True
        # "a planned rally", "ahead of the election rally": an event still to come
        if any(c.dep_ == "amod" and c.lower_ in self.future_modifiers for c in tok.children):
            return True
        if tok.dep_ == "pobj" and tok.head.head.lower_ in self.future_modifiers:
            return True
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
            return True  # "police watched without intervening"
        if tok.dep_ in ("nsubjpass", "dobj") and tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "without":
            return True  # "without a shot being fired", "without firing a shot"
        # "nobody was killed", "no attack took place", "no one carried out the attack"; but a clause with its
        # own subject only sits under the other verb ("militants attacked the post, no casualties reported")
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True  # "police made no arrests", "there were no clashes"
        around = (*tok.children,) if self._own_clause(tok) else (tok.head, *tok.head.children, *tok.children)
        for c in around:
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children) or c.lower_ == "one" and any(
                    d.lower_ == "no" for d in c.children)):
                return True
        chain = [tok] + list(tok.ancestors)
        for depth, t in enumerate(chain[:5]):
            # a clause of its own, or a loosely attached fragment, is not negated or made modal by the clause
            # it hangs from ("... attacked a village - DETAILS NOT SPECIFIED", "kidnapped; motive may have
            # been political"); only a hedge verb or a verb of saying reaches into it ("denied that its men
            # attacked the camp", "did not say how many people had been killed")
            if depth > 0 and self._own_clause(chain[depth - 1]) and not (
                    t.lemma_.lower() in self.hedges or t.lemma_.lower() in self.reporting):
                break
            if t.pos_ in ("VERB", "AUX") or depth == 0:
                if any(c.dep_ == "neg" for c in t.children):
                    return True
                if any(c.dep_ == "aux" and c.lower_ in self.modals for c in t.children):
                    return True
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                    return True
            # a verb joined by "and" is a second action, not one governed by a hedge verb: gunmen who
            # "stopped two buses and abducted 20 passengers" did abduct them
            if depth > 0 and chain[depth - 1].dep_ == "conj" and chain[depth - 1].head.i == t.i:
                continue
            if depth > 0 and t.lemma_.lower() == "charge" and t.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.charged_crowds for c in t.children) and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "over") for c in t.children):
                continue  # "police charged a crowd of protesters, beating people": a rush at people, not a charge sheet
                # ('charged the protesters with rioting' is one)
            if depth > 0 and t.lemma_.lower() in self.hedges and t.pos_ in ("VERB", "NOUN"):
                # the doers of a hedge verb exist ("protesters demanded ..."), and a march that "was
                # stopped" did take place; only what is planned, demanded or prevented is not an event
                below = chain[depth - 1].dep_
                if below == "nsubj" or below == "nsubjpass" and t.lemma_.lower() in self.interrupting:
                    return False
                if depth == 1 and below == "npadvmod":
                    # 'Students riot - demanding the resignation of ...': the parser hangs a trigger noun that is
                    # the report's own verb on the hedge verb as an adverbial noun; it is no thing demanded
                    return False
                return True
            if t.dep_ in ("ROOT",):
                break
        return False

    def _court_matter(self, tok) -> bool:
        """What a court deals with, not an event told as happening: the act named by a charge or trial ('cleared
        of a rape charge', 'the murder trial', 'cleared him of rape'), or a court's sentence told with an arrest
        word ('jailed for life', 'jailed for 20 years', 'a court jailed him', headlines' 'jailed over the attack')."""
        named_by = tok.head if tok.dep_ in ("compound", "nmod", "amod") else (
            tok.nbor(1) if tok.pos_ == "NOUN" and tok.i + 1 < len(tok.doc) else None)  # a headline's parse may split them
        if named_by is not None and named_by.pos_ == "NOUN" and named_by.lemma_.lower() in self.legal_nouns:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "cleared him of rape", "cleared the leader of rape"
            cleared = tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
            if cleared.lemma_.lower() in self.absolving_verbs:
                return True
        if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":  # "... the 2015 attack, in which 148 people were killed"
            return self._court_matter(tok.head)
        if tok.lemma_.lower() not in self.sentence_lemmas:
            # "jailed for life for his role in the 2015 attack", "jailed over Garissa attack": what the sentence is for
            return tok.dep_ == "pobj" and any(a.lemma_.lower() in self.sentence_lemmas and self._court_matter(a)
                                              for a in list(tok.ancestors)[:5])
        preps = [c for c in tok.children if c.dep_ == "prep"]
        # 'jailed for life', 'jailed for 20 years', and 'jailed for lying about his past': a term, or the wrong it punishes
        term = any(c.lower_ == "for" and any(g.lemma_.lower() in self.court_terms or g.dep_ == "pcomp" and g.tag_ == "VBG"
                                             for g in c.children) for c in preps)
        agent = self._agent(tok)
        # ('jailed over the attack', not 'jailed over the weekend')
        over_act = any(c.lower_ == "over" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower()
                                                  not in self.time_nouns and g.lemma_.lower() not in self.duration_nouns
                                                  for g in c.children) for c in preps)
        return term or over_act or (
            agent is not None and agent.lemma_.lower() in self.court_nouns)

    @staticmethod
    def _own_clause(tok) -> bool:
        """A clause of its own under another (a complement, adverbial or parallel clause with its own subject
        or its own past tense), or a fragment the parser could only attach loosely."""
        if tok.dep_ in ("dep", "parataxis"):
            return True
        return tok.dep_ in _CLAUSE_DEPS and (tok.tag_ == "VBD" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                      for c in tok.children))

    def _time_reference(self, span) -> bool:
        """'five days after a car bomb at a market', 'a week before the march', 'after weeks of fighting':
        another event named only to place this one in time."""
        tok = span.root
        prep = tok.head if tok.dep_ == "pobj" else None
        lasted = prep.head if prep is not None and prep.lower_ == "of" else None
        if lasted is not None and lasted.lemma_.lower() in self.duration_nouns and lasted.dep_ == "pobj" \
                and lasted.head.lower_ in _TIME_PREPS:
            return True
        return bool(prep is not None and prep.lower_ in _TIME_PREPS
                    and any(c.dep_ in ("npadvmod", "advmod") and c.lower_ not in ("shortly", "soon", "just", "immediately",
                                                                                "right")
                            for c in prep.children))

    def _lasted_years(self, span) -> bool:
        """'the army and the rebels fought for most of the decade', 'the two clans have clashed for years': fighting
        told by how many years it lasted is a war's history, not an event of the news (a fight 'for three hours' is
        one)."""
        verb = self.verb_of(span.root)
        if verb is None:
            return False
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "throughout")):
            for span_of in (g for g in prep.children if g.dep_ == "pobj"):
                # ('for most of the 1990s', 'for much of the decade')
                parts = [span_of] + [g for c in span_of.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.children if g.dep_ == "pobj"]
                if any(t.lemma_.lower() in self.long_durations or _DECADE.fullmatch(t.lower_) for t in parts):
                    return True
        return False

    def _generic(self, span) -> bool:
        """'ISIS continues to launch attacks': a trend, not one event (bare plural, or governed by 'continue')."""
        tok = span.root
        bare_plural = tok.tag_ in ("NNS",) and not any(c.dep_ in ("det", "nummod") for c in tok.children)
        governed = any(a.lemma_.lower() in self.generic_governors for a in list(tok.ancestors)[:3])
        governed = governed or any(c.lemma_.lower() in self.generic_governors for c in tok.children)
        return bool(bare_plural and governed) or self._what_makes_one(tok) or self._counted_in_present(tok)

    def _counted_in_present(self, tok) -> bool:
        """'Nepal has one of the highest numbers of enforced disappearances', 'the region records the most cases of
        kidnapping': acts counted as a statistic told in the present, not one event."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in self.statistic_nouns:
            return False
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.tag_ in ("VBZ", "VBP")

    def _what_makes_one(self, tok) -> bool:
        """The trigger's verb is a relative clause in the present on people of a kind ('an amnesty for fighters who
        lay down their arms', 'rewards for those who surrender'): what makes one of them, not an act told."""
        verb = self.verb_of(tok)
        if verb is None or verb.dep_ != "relcl":
            return False
        present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBD" and verb.lower_ in self.present_read_as_past and any(
            c.dep_ == "dobj" for c in verb.children)
        kind = verb.head
        of_a_kind = kind.lower_ in self.class_antecedents or kind.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod", "poss") for c in kind.children)
        return present and of_a_kind and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)

    # ---- who suffered the violence --------------------------------------------------------
    def _victims(self, tok) -> list:
        """Head nouns of the people a violence word acts on (active object, passive subject, 'attack on X')."""
        out = []
        suffers = tok.lemma_.lower() in self.under_fire_verbs  # "troops came under fire": the subject is hit
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "obj") or suffers and c.dep_ == "nsubj":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "at"):
                # "attacked on 3 March", "killed at dawn": a time is when, not whom
                out.extend(g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                           and g.lemma_.lower() not in self.time_nouns)
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":  # "soldiers killed in the attack"
            out.append(tok.head)
        if tok.dep_ in ("xcomp", "oprd") and tok.tag_ == "VBN":  # "the body of a militiaman was found killed"
            out.extend(c for c in tok.head.children if c.dep_ == "nsubjpass")
        if not out:
            # verbs sharing their subject share what they are done to: 'shot and wounded an imam' (the object hangs
            # from the last verb), 'an officer was shot and killed' (the passive subject from the first)
            out = [c for v in self._sharing_verbs(tok) for c in v.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
        more = []
        for v in out:
            more.extend(v.conjuncts)
            # 'killed seven people, including five militiamen': those named among the victims are victims too
            more.extend(g for c in v.children if c.dep_ == "prep" and c.lower_ in self.inclusion_preps
                        for g in c.children if g.dep_ == "pobj")
        return out + more

    def _agent(self, tok):
        for c in tok.children:
            if c.dep_ == "nsubj":
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    @staticmethod
    def _sharing_verbs(tok) -> list:
        """The verbs joined to this one by 'and' with one subject between them ('gunmen shot and killed', 'was
        shot and killed by gunmen'): a joined verb with a subject of its own tells another act."""
        if tok.pos_ != "VERB":
            return []
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            if own_subject:
                return []
            return [tok.head] + [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i and c.pos_ == "VERB"
                                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        return [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]

    def _doer(self, tok):
        """Who did the act: its own subject or 'by' phrase, else that of a verb it shares its subject with ('a man
        was shot and killed by gunmen': 'shot' is the gunmen's too)."""
        agent = self._agent(tok)
        if agent is None:
            agent = next((a for v in self._sharing_verbs(tok) for a in [self._agent(v)] if a is not None), None)
        return agent

    def _is_armed(self, t) -> Optional[bool]:
        # 'a retired policeman', 'an ex-soldier', 'an off-duty officer' (the parser splits the hyphened word and
        # hangs it on the noun as a modifier): no longer, or not then, under arms
        former = any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in self.former_status or "".join(
            w.text_with_ws for w in c.subtree).strip().lower() in self.former_status) for c in t.children)
        # "a group of youths", "members of the Fulani community", "19 of the attackers": the people named after "of"
        # say who they are; so do those whose body was found ('the body of a militia member')
        if t.lemma_.lower() in self.collective or t.lower_ in self.remains_nouns or t.like_num:
            for of in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                for g in (g for g in of.children if g.dep_ == "pobj"):
                    verdict = self._is_armed(g)
                    if verdict is None and g.lemma_.lower() in self.civil_bodies:
                        verdict = False  # 'a member of the farmers' association'
                    if verdict is not None:
                        # 'a former member of the police'
                        return verdict and not former
        mods = {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod")}
        words = {t.lemma_.lower(), t.lower_} | mods
        if words & self.armed:
            return not former
        # 'two people described as militiamen', 'a gate keeper, who was a member of the militia': what the report
        # says they were makes plain people armed, and tells who someone of no known kind was
        described = {self._is_armed(d) for d in self._descriptions(t)} - {None}
        if True in described and not former:
            return True
        if words & self.civilian:
            return False
        return described.pop() if len(described) == 1 else None

    @staticmethod
    def _descriptions(t) -> list:
        """The nouns a report uses to say what a person is: after 'described as' (any verb with 'as'), in a relative
        clause with 'be' ('who was a member'), or set beside the noun ('a farmer, a member of the militia')."""
        out = [c for c in t.children if c.dep_ == "appos"]
        for c in t.children:
            if c.dep_ == "relcl" and c.lemma_ == "be":
                out.extend(g for g in c.children if g.dep_ == "attr")
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                           for g in p.children if g.dep_ == "pobj")
        return out

    def _victim_armed(self, v) -> Optional[bool]:
        """Whether the people violence hit were armed: community guards ('injured a local vigilante') are, though a
        crowd of vigilantes that lynches a thief is a mob, not armed men."""
        return True if v.lower_ in self.armed_watch_cues else self._is_armed(v)

    def _violence_votes(self, m: Mention) -> dict[str, float]:
        """A killing or attack is a clash when the victims are armed, an attack on civilians when not."""
        tok = m.span.root
        if m.lemma in _ATTACK_LIKE:
            return {"Attack": 1.0}
        verdicts = [self._victim_armed(v) for v in self._victims(tok)]
        if any(v is True for v in verdicts) and not any(v is False for v in verdicts):
            return {"Armed clash": 1.0}
        if any(v is False for v in verdicts):
            return {"Attack": 1.0} if not any(v is True for v in verdicts) else {"Attack": 0.5, "Armed clash": 0.5}
        return {"Attack": 0.55, "Armed clash": 0.45}

    def _armed_arson(self, m: Mention) -> Mention:
        """'Soldiers set fire to 200 houses', 'houses torched by militants': armed men burning property are
        destroying it (ACLED's looting/property destruction), not rioting; only a crowd's arson is a riot."""
        if m.role != "riot_cue" or m.span.root.lemma_.lower() not in self.arson_lemmas:
            return m
        tok = m.span.root
        agent = self._agent(tok)
        if agent is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB":
            # "Insurgents attacked the village, beheading three men and setting fire to houses", "soldiers entered
            # the villages and set fire to 200 houses": the doers of the verb it goes with
            agent = self._agent(tok.head) or (self._agent(tok.head.head) if tok.head.dep_ in ("advcl", "conj") else None)
        if agent is None or self._is_armed(agent) is not True:
            return m
        return Mention(m.sent_index, m.sent, m.span, "Looting/property destruction",
                       self.weights["Looting/property destruction"], m.generic)

    def _territory_taker(self, m: Mention) -> str:
        """'Rebels recaptured the town': a place taken back by a non-state group is its gain, not the state's;
        'soldiers captured a rebel base': a place the state's forces take is territory it regains."""
        if m.role not in ("Government regains territory", "Non-state actor overtakes territory"):
            return m.role
        if self._without_a_fight(m.span.root):
            return "Non-violent transfer of territory"  # 'took control of the town unopposed'
        agent = self._agent(m.span.root)
        if agent is None:
            return m.role
        words = {t.lower_ for t in agent.subtree if t.i <= agent.i}
        if m.role == "Non-state actor overtakes territory":
            # (a capture verb, or a phrase of taking control: 'troops had taken control of three rebel bases'; the
            # subject of 'fell to' is the place, not who took it)
            root = m.span.root.lemma_.lower()
            taken_by_state = root in self.capture_verbs or len(m.span) > 1 and root in self.control_taking_verbs
            return "Government regains territory" if taken_by_state and words & self.state_agents else m.role
        if words & self.state_agents:
            return m.role
        named = agent.pos_ == "PROPN" or agent.ent_type_ in ("ORG", "NORP") and agent.pos_ != "ADJ"
        return "Non-state actor overtakes territory" if words & self.non_state_agents or named else m.role

    # ---- one sentence's mentions -> events in it -------------------------------------------
    def sentence_events(self, ms: list[Mention], clauses: bool = False) -> list[tuple[list[Mention], dict[str, float]]]:
        """Mentions of one sentence grouped into the events the sentence reports, with votes per sub-type.
        With `clauses` (prose articles), a development told in a clause of its own before an act of violence
        that other doers committed in a clause of theirs is an event of its own ('Soldiers arrested a cartel
        leader on Thursday, and a day later gunmen ambushed a patrol')."""
        ms = [self._armed_arson(m) for m in ms]
        if clauses:
            parts = self.parts_by_place(ms)
            if len(parts) == 1:
                parts = self.told_after(ms)
            if len(parts) > 1:
                return [g for part in parts for g in self.sentence_events(part, clauses)]
        # ('some throwing bottles and stones', the parser's adjective for a crowd's act, describes no one)
        described = [m for m in ms if m.span.root.dep_ == "amod" and m.role != "riot_cue"]
        if clauses and described and len(described) < len(ms):
            # "soldiers killed 10 bandits and rescued 15 kidnapped travellers": a word that only describes people
            # ('kidnapped', 'wounded') tells no act of this sentence beside the acts it tells
            ms = [m for m in ms if m not in described]
        if any(m.role == "Armed clash" for m in ms):
            # "vigilantes exchanged fire with bandits": armed guards in a gunfight fight a battle, not a mob's fight
            ms = [m for m in ms if not (m.role == "mob_cue" and m.span.text.lower() in self.armed_watch_cues)]
        roles = {m.role for m in ms}
        protestish = bool(roles & _CROWD_ROLES)
        groups: list[tuple[list[Mention], dict[str, float]]] = []
        if protestish and clauses:
            # "Police detained an opposition activist on Friday, and a day after, youths rioted": an act told in a
            # clause of its own before the crowd's, by other doers, is an event of its own
            before = [m for m in ms if m.role not in _CROWD_ROLES and m.role not in _PROTEST_MODIFIERS]
            crowd = [m for m in ms if m not in before]
            told = [m for m in crowd if m.role in _CROWD_ROLES]
            # (doers told as such: 'Two people were shot dead ... as residents clashed with police' names the victims of
            # the unrest, and is one event with it)
            doers = [self.doer(m) for m in before]
            if before and crowd and self._clause_before(before, told) and self._coordinated(told) and all(
                    d is not None and d.dep_ == "nsubj" for d in doers):
                return self.sentence_events(before, clauses) + self.sentence_events(crowd, clauses)
            # "On Wednesday, hundreds marched to the ministry, and on Thursday police arrested nine of them": the
            # other doers' act told after the crowd's, on a day of its own, is an event of its own too (on the same
            # day it is the crowd meeting the police, one protest with intervention)
            if before and told and self._clause_before(told, before) and self._coordinated(before) and all(
                    d is not None and d.dep_ == "nsubj" for d in doers) and self._told_on_another_day(told, before):
                return self.sentence_events(crowd, clauses) + self.sentence_events(before, clauses)
        if protestish:
            votes: dict[str, float] = {}
            if "mob_cue" in roles:
                votes["Mob violence"] = 3.0
            riotous = "riot_cue" in roles or "protest" in roles and any(
                m.role == "violence" and m.lemma in self.crowd_riot_verbs for m in ms)
            if riotous:
                votes["Violent demonstration"] = 3.0
            if "protest" in roles:
                votes["Peaceful protest"] = 2.0
                if "intervention_cue" in roles or "Arrests" in roles:
                    votes["Protest with intervention"] = 3.5
                if any(m.role == "violence" and (_harms_with_force(m) or m.lemma in self.ramming_verbs) for m in ms):
                    votes["Excessive force against protesters"] = 3.2 if not riotous else 2.0
                    if clauses and not riotous and self.force_on_crowd({"mentions": ms}):
                        # in news prose the protesters named beside the force used on them tell that there was a
                        # protest, not that it stayed peaceful ('security forces shot dead five protesters')
                        votes["Excessive force against protesters"] += votes.pop("Peaceful protest")
                if "intervention_cue" in roles and not clauses:
                    # ACLED's peaceful protest is one nobody acted against: in a note, a protest the police dispersed,
                    # blocked or fired tear gas at is at least a protest with intervention, and the protest words no
                    # longer vote that it stayed peaceful ('Police intervened using tear gas', 'were dispersed by
                    # police'). (In news prose, where a sentence may tell one of several gatherings, its votes stay:
                    # taken there too it cost sub-types on six news sets and gained on two)
                    votes.pop("Peaceful protest", None)
            return [(ms, votes)]
        defused = any(m.role == "Disrupted weapons use" for m in ms)
        mechs = [] if defused else [m for m in ms if m.role in _MECHANISMS]
        rest = [m for m in ms if m.role not in _MECHANISMS and m.role not in _PROTEST_MODIFIERS]
        if defused:  # "engineers defused a bomb": the bomb did not go off
            rest = [m for m in rest if m.role != "violence"] or rest
        if mechs:
            votes = {}
            for m in mechs:
                votes[m.role] = votes.get(m.role, 0.0) + m.weight
            if "Suicide bomb" in votes:  # the explosives a suicide attacker sets off are the suicide bombing
                votes.pop("Remote explosive/landmine/IED", None)
            groups.append((mechs, votes))
            # a killing with its own human agent is another event ("... saw troops gun down citizens")
            independent = []
            for m in rest:
                agent = self._agent(m.span.root)
                # ... not one whose subject is a number or a relative pronoun ("34 injured", "which killed seven")
                own = (m.role == "violence" and agent is not None and agent.lemma_.lower() not in _MECHANISM_WORDS
                       and not agent.like_num and agent.tag_ not in ("WDT", "WP"))
                if own or m.role not in _ABSORBABLE:
                    independent.append(m)
                else:
                    mechs.append(m)
            rest = independent
        # the remaining words: violence in one event, a territorial change or other development in another
        # ("days after their takeover of Kabul, the group executed ...")
        violent = [m for m in rest if m.role in _HARM_ROLES]
        other = [m for m in rest if m not in violent]
        if clauses and other and violent and all(self._names_own_act(m) for m in violent):
            # "Fourteen trucks were burned by armed men near Ercilla, police said, in an attack later claimed by the
            # CAM": 'in an attack' names the act the clause tells, the burning, and is no second event
            other, violent = other + violent, []
        # a trend ("continues to launch attacks") next to a specific act is kept apart from it
        trend = [m for m in violent if m.generic] if any(not m.generic for m in violent) else []
        violent = [m for m in violent if m not in trend]
        for part in (violent, trend, other):
            if not part:
                continue
            votes = {}
            for m in part:
                sub_votes = self._violence_votes(m) if m.role == "violence" else {self._territory_taker(m): 1.0}
                for sub, v in sub_votes.items():
                    votes[sub] = votes.get(sub, 0.0) + v * m.weight
            standalone = any(SUB_TO_TYPE.get(m.role) != "Strategic developments" for m in part)
            if clauses and part is other and violent and not standalone:
                standalone = self._clause_before(part, violent)
            if groups and (part is not other or standalone):
                groups.append((list(part), votes))
            elif groups:
                # (not an act only named again: 'detained three members after they went to report the killing')
                leading = max(groups[0][1].values(), default=0.0) if clauses and not self.refers_back(
                    {"mentions": groups[0][0]}) else float("inf")
                for sub, v in votes.items():  # e.g. an arrest after a bombing: same event, smaller vote
                    # in news prose the side detail never outvotes the act it goes with ('had been beaten to death
                    # ..., and accused the police of arresting his colleagues' is the beating)
                    side = min(0.5 * v, _SIDE_DETAIL_SHARE * leading)
                    groups[0][1][sub] = groups[0][1].get(sub, 0.0) + side
                groups[0][0].extend(part)
            else:
                groups.append((list(part), votes))
        return [g for g in groups if g[1]]

    @staticmethod
    def _names_own_act(m: Mention) -> bool:
        """A violence noun after 'in' on a verb ('were burned ... in an attack', 'died in a raid'): the name the
        sentence gives the act its verb tells, not an act of its own."""
        root = m.span.root
        return (m.role == "violence" and root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ == "in"
                and root.head.head.pos_ in ("VERB", "AUX"))

    def clause_head(self, m: Mention):
        """The verb heading the clause that tells a mention: its own verb, or for a participle adjunct ('..., killing
        two worshippers') the verb it adds to."""
        verb = self.verb_of(m.span.root)
        while verb is not None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and verb.head is not verb:
            verb = verb.head
        return verb

    def parts_by_place(self, ms: list[Mention]) -> list[list[Mention]]:
        """The mentions of one sentence split by the clauses that tell them, where each clause names a place of its
        own ('A bomb exploded at a mosque in Kabul, killing two, and three people died in a separate blast in
        Jalalabad'; 'Jihadists killed 15 civilians in Seytenga and attacked a gendarmerie post in Dori'; 'security
        forces shot dead five protesters in Khartoum as thousands also rallied in Omdurman'): one event per place, as
        ACLED codes them. A clause naming no place goes with the clause before it, and one naming a place with a
        clause before it naming none, unless that one only names an event told before ('condemned the bombing and said
        security forces had killed three militants in a raid in North Waziristan')."""
        units: dict[int, list[Mention]] = {}
        heads = {}
        for m in ms:
            head = self.clause_head(m)
            key = head.i if head is not None else -1
            units.setdefault(key, []).append(m)
            heads[key] = head
        if len(units) < 2 or -1 in units:
            return [ms]
        parts: list[tuple[set[str], list[Mention]]] = []
        for key in sorted(units):
            places = self.clause_places(heads[key])
            retold = parts and not parts[-1][0] and self.refers_back({"mentions": parts[-1][1]})
            # acts told afresh, by doers of their own ('said security forces had killed three militants'), not by
            # those told before ('saying its fighters had ambushed a convoy') nor in a clause describing someone
            fresh = not self.refers_back({"mentions": units[key]}) and heads[key].dep_ not in ("relcl", "acl") and not any(
                self.told_doers(m) for m in units[key]) and not self.quoted({"mentions": units[key]}) and not any(
                self.subordinate(m) for m in units[key])  # ('the protests erupted after police shot dead a boy')
            if parts and not (retold and fresh) and (not places or not parts[-1][0] or places & parts[-1][0]):
                parts[-1][0].update(places)
                parts[-1][1].extend(units[key])
            else:
                parts.append((set(places), list(units[key])))
        if len(parts) > 1 and not all(places or self.refers_back({"mentions": p}) for places, p in parts):
            return [ms]  # no place of its own tells the acts after a retelling apart from it
        return [p for _, p in parts] if len(parts) > 1 else [ms]

    def told_after(self, ms: list[Mention]) -> list[list[Mention]]:
        """'The attack came two days after suspected herders killed five farmers in Bokkos': an event already told
        (named again by 'the attack', the subject of a verb of following) placed in time after another act of
        violence or unrest, told afresh in the 'after' clause; two parts."""
        def in_time_clause(m: Mention) -> bool:
            for t in (m.span.root, *m.span.root.ancestors):
                if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BEFORE_AFTER for c in t.children) or (
                        t.dep_ == "pobj" and t.head.lower_ in _BEFORE_AFTER):
                    return True
            return False

        # whatever the sentence tells after the 'after' of a verb of following is told in its time clause, however
        # the parser hung it ('The clash came after a raid on Saturday near Morulem, where armed men ... killed two
        # herders', with 'killed' taken for a clause of 'came')
        turns = [t.i for t in ms[0].sent if t.lower_ in _BEFORE_AFTER and t.dep_ in ("prep", "mark") and any(
            a.lemma_.lower() in self.sequence_verbs for a in list(t.ancestors)[:3])] if ms else []
        earlier = [m for m in ms if in_time_clause(m) or turns and m.span.start > turns[0]]
        rest = [m for m in ms if m not in earlier]
        if not earlier or not rest or not self.refers_back({"mentions": rest}) or any(
                m.span.root.dep_ != "nsubj" or m.span.root.head.lemma_.lower() not in self.sequence_verbs for m in rest):
            return [ms]
        harm = any(m.role in _HARM_ROLES or m.role in _MECHANISMS or m.role in _CROWD_ROLES for m in earlier)
        return [rest, earlier] if harm and self.fresh({"mentions": earlier}) else [ms]

    def _coordinated(self, ms: list[Mention]) -> bool:
        """A mention's verb is a clause joined to the one before it as a next act (', and a day after, youths
        rioted'), not one telling when or how the first happened ('an activist was killed when supporters clashed
        with police')."""
        verbs = [self.verb_of(m.span.root) for m in ms]
        return any(v is not None and v.dep_ in ("conj", "parataxis") for v in verbs)

    def _told_on_another_day(self, first: list[Mention], then: list[Mention]) -> bool:
        """The later clause names a day of its own ('and on Thursday police ...', 'and the next day ...'), other
        than any day the first clause names."""
        later_verbs = [v for v in (self.verb_of(m.span.root) for m in then) if v is not None]
        first_verbs = [v for v in (self.verb_of(m.span.root) for m in first) if v is not None]
        if not later_verbs or not first_verbs:
            return False
        later_words = {t.i for v in later_verbs for t in v.subtree}
        later_days = {t.lower_ for v in later_verbs for t in v.subtree if t.ent_type_ == "DATE"}
        first_days = {t.lower_ for v in first_verbs for t in v.subtree if t.i not in later_words and t.ent_type_ == "DATE"}
        later_text = " ".join(t.lower_ for v in later_verbs for t in v.subtree)
        return bool(self.other_day_re.search(later_text)) or bool(later_days) and bool(first_days) and not (
            later_days & first_days)

    def doer(self, m: Mention):
        """The subject (not a pronoun) of the verb that tells a mention, if any."""
        verb = self.verb_of(m.span.root)
        subj = None
        while verb is not None and subj is None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "soldiers tracked the attackers and clashed with them": joined verbs share the subject
            verb = verb.head if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else None
        return None if subj is None or subj.pos_ == "PRON" else subj

    def _pronoun_told(self, m: Mention) -> bool:
        """The trigger's verb has a pronoun for its subject ('as it burned', 'they opened fire')."""
        verb = self.verb_of(m.span.root)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)

    def other_doers(self, e_mentions: list[Mention], first: list[Mention]) -> bool:
        """Each mention is told with a subject of its own, none of them a subject of the first event's verbs."""
        doers = {s.i for s in map(self.doer, first) if s is not None}
        own = [self.doer(m) for m in e_mentions]
        return bool(doers) and all(s is not None and s.i not in doers for s in own)

    def _clause_before(self, first: list[Mention], then: list[Mention]) -> bool:
        """Every mention of `first` is a verb with a subject of its own, told before the verbs of `then`, which
        have other subjects of their own: two clauses, two doers, two acts."""
        subject = self.doer
        own = [subject(m) for m in first]
        later = [subject(m) for m in then]
        if any(s is None for s in own) or not any(later):
            return False
        doers = {s.i for s in own}
        return all(s is None or s.i not in doers for s in later) and max(m.span.start for m in first) < min(
            m.span.start for m in then) and any(s is not None and s.i > max(m.span.start for m in first) for s in later)

    # ---- the stage --------------------------------------------------------------------------
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        doc = article.doc
        if doc is None:
            raise ValueError("EventDetector needs article.doc: run the nlp stage first")
        mentions = self.mentions(doc)
        sents = list(doc.sents)
        one_paragraph = "\n\n" not in article.text.strip()
        events: list[dict] = []  # each: mentions, votes, sentence indexes, family
        header_end = article.body_start
        headline_end = article.text.find("\n\n") if "\n\n" in article.text else len(article.text)
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent_index, []).append(m)
        for i in sorted(by_sent):
            found = self.sentence_events(by_sent[i], clauses=not one_paragraph)
            dispersing = [m for m in by_sent[i] if m.role in _PROTEST_MODIFIERS and self._done(self.verb_of(m.span.root))]
            if dispersing and not one_paragraph and not any(m.role in _CROWD_ROLES for m in by_sent[i]):
                # "Police lobbed teargas canisters at the marchers, and several people were injured": the gathering
                # it broke up, whether or not this sentence names it as a protest, and what happened to it
                votes = self.sentence_events([_as_protest(dispersing[0])] + by_sent[i])[0][1]
                votes.pop("Peaceful protest", None)  # the gathering is implied, not told a second time
                found = [(by_sent[i], votes)]
            for ms, votes in found:
                generic = all(m.generic for m in ms)
                # the headline, or a standfirst that only sums up a trend, retells body events; a standfirst
                # with its own facts is the lead paragraph and counts as body
                # the headline and standfirst retell body events; in a one-paragraph text everything is one event
                header = sents[i].start_char < header_end and (generic or sents[i].start_char < headline_end
                                                               or not one_paragraph)
                events.append({"mentions": ms, "votes": votes, "sents": [i], "header": header, "generic": generic})
        dispersals = [m for m in mentions if m.role in _PROTEST_MODIFIERS]
        if not events and one_paragraph and any(m.span.root.tag_ in ("VBD", "VBN") for m in dispersals):
            # a report that only tells how the police broke up a gathering ("Opponents of the king gathered in
            # front of the palace. Police intervened to disperse the crowd."): someone was dispersed (told in
            # the past, not "ready to disperse any crowd")
            votes = self.sentence_events([_as_protest(dispersals[0])] + dispersals)[0][1]
            events.append({"mentions": dispersals, "votes": votes, "sents": sorted({m.sent_index for m in dispersals}),
                           "header": False, "generic": False})
        if not events:
            fallback = self._dated_report(article, sents) if one_paragraph else None
            return drafts + ([fallback] if fallback else [])
        if one_paragraph:
            groups = [self._merge_all(events)]
            self._note_mechanism_votes(groups[0], events)
            self._note_protest_votes(groups[0], mentions)
        else:
            groups = self.grouper.group(events, sents, self.facts.read(sents, article.published), header_end)
        out = []
        busy = {m.sent_index for m in mentions}  # sentences with triggers of their own are not follow-ups
        for g in groups:
            draft = self._draft(article, g, sents, one_paragraph, busy)
            if draft is not None:
                out.append(draft)
        return drafts + out

    @staticmethod
    def _done(verb) -> bool:
        """Told as done: the simple past ('police fired tear gas') or the present perfect of a live report ('police
        have fired tear gas'), not a plan or a modal ('will have fired')."""
        if verb is None:
            return False
        return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)

    def _dated_report(self, article: Article, sents) -> Optional[EventDraft]:
        """A one-paragraph report with no trigger word ("On 4 May 2022, the government ordered the closure of
        50 organisations"; "Soldiers in Tenkodogo fired gun shots in the air"): ACLED notes of rarer kinds, or
        with words the lexicon lacks. The model types it. A report in the past tense needs the model fairly
        sure (surer without a date, and then it must not deny anything: "no one was hurt"); a log entry or a
        verbless headline ("Looting: ...", "Wildlife activists march in Nairobi" as the parser often reads it)
        needs it very sure. Future, hypothetical, hedged or negated sentences never get here, so plans,
        statements and denials stay out; but when the model is sure of the type (or ACLED's tag names the
        note's kind) only the report's own verb is checked for a modal, and a note's remark on what is not
        known ("no casualties reported", "details not specified") is no denial."""
        if not sents:
            return None
        first = sents[0]
        root = first.root
        dated = any(e.label_ == "DATE" and any(ch.isdigit() for ch in e.text) for e in first.ents)
        past = root.tag_ == "VBD" or root.tag_ == "VBN" and (dated or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children))
        labelled = _NOTE_LABEL.match(first.text)
        # ACLED's own tag for a strategic development or looting ("Land seizure: ...", "Recruitment: ..."): the
        # note reports an event whatever the model thinks of its words; type_consistency gives it the tag's sub-type
        tagged = labelled is not None and labelled.group(0).rstrip(": ").lower() in _acled_note_tags()
        if labelled and not past:
            # "Security measures: On 17 June, police removed checkpoints ...": the parser makes the label the
            # root; the report is the first past-tense verb after the colon
            after = [t for t in first if t.idx - first.start_char >= labelled.end()]
            verb = next((t for t in after if t.tag_ == "VBD"), None)
            if verb is not None:
                root, past = verb, True
            elif root.idx - first.start_char < labelled.end():
                # "Security measures: Police will remove the roadblocks": the plan is told by the first verb
                root = next((t for t in after if t.pos_ == "VERB"), root)
        probs = self.model.predict_proba(article.text)
        sub = best_by_type(probs)
        # the model sure of the event type: on held-out-by-fold ACLED notes without a trigger word it is right
        # on about 97% of those it gives 0.9 or more
        sure = sum(p for s, p in probs.items() if SUB_TO_TYPE[s] == SUB_TO_TYPE[sub]) >= _FALLBACK_SURE_TYPE_PROB
        unknown_detail = sure and self._unknown_detail(root)
        if self._hedged(first[root.i - first.start:root.i - first.start + 1]) and not unknown_detail:
            return None
        if not tagged and root.lemma_.lower() in self.reporting and any(
                c.dep_ == "ccomp" and self._hedged(first[c.i - first.start:c.i - first.start + 1])
                for c in root.children):
            # "On 3 May, the army did not carry out air raids on the town, a spokesman said": what was said is
            # denied (but "Non-violent activity: the commission announces that the vote will be postponed" is
            # ACLED's own coding of the announcement)
            return None
        if any(t.dep_ == "aux" and t.lower_ in self.modals for t in (root.children if sure or tagged else first)):
            # a modal anywhere in the sentence may make the event a plan ("police said they would disperse
            # any march"); when the model is sure, or ACLED's tag says the note is a coded event, only one on
            # the report's own verb does ("Looting: militants, who could be X or Y, seized an ox")
            return None
        if not dated and not (unknown_detail or tagged) and any(t.dep_ == "neg" or t.lower_ in _DENIALS for t in first):
            return None
        if past and (dated or root.lemma_.lower() not in self.reporting):
            floor = _FALLBACK_MIN_PROB if dated else _FALLBACK_MIN_PROB_UNDATED
            rule = "model (dated report, no trigger)" if dated else "model (past-tense report, no trigger)"
        elif (labelled or root.tag_ not in ("VBZ", "VBP")) and not any(
                self._hedged(span) or self._time_reference(span) for span, _ in self._trigger_spans(first.doc)):
            # a log entry ("Looting: ..."), a verbless fragment ("Continued attacks - 5 killed") or a report
            # of what someone said; not a present-tense sentence ("Taliban fighters patrol the city"), which in
            # prose describes a state of affairs (however sure the model is that patrols are a strategic
            # development), nor a text whose only event word is planned or denied
            floor, rule = _FALLBACK_MIN_PROB_HEADLINE, "model (headline-style report, no trigger)"
        else:
            return None
        if probs[sub] < floor and not (sure or tagged):
            return None
        rec = EventRecord(event_type=SUB_TO_TYPE[sub], sub_event_type=sub, source=article.source())
        rec.add_evidence("event_type", first, root, rule=rule)
        rec.add_evidence("sub_event_type", first, root, rule=rule)
        return EventDraft(record=rec, sentences=list(sents), trigger=root, score=probs[sub], family=rec.event_type)

    @staticmethod
    def _unknown_detail(verb) -> bool:
        """A note's bare remark on what is not known ("no casualties reported", "details not specified"): a
        verb with no auxiliary whose subject is a thing denied by 'no', or that is itself negated. It denies a detail of the event, not the event; a denial in prose has its auxiliary
        ("no one was hurt", "the army did not shell the town") or a person as its subject ("nobody fired")."""
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        denied_thing = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNS") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)
        # English negates a finite verb with an auxiliary ("did not"), so a bare negated verb is a participle,
        # whatever tag the tagger gave it
        negated_participle = any(c.dep_ == "neg" for c in verb.children)
        return denied_thing or negated_participle

    def _merge_all(self, events: list[dict]) -> dict:
        merged = {"mentions": [], "votes": {}, "sents": [], "header": False, "generic": False}
        for e in events:
            merged["mentions"] += e["mentions"]
            for k, v in e["votes"].items():
                merged["votes"][k] = merged["votes"].get(k, 0.0) + v
            merged["sents"] += [s for s in e["sents"] if s not in merged["sents"]]
        return merged

    def _note_mechanism_votes(self, merged: dict, events: list[dict]) -> None:
        """A one-paragraph report is one event: the casualties its other sentences tell with no doer of their own are
        the toll of the weapon it names ('Houthi forces launched cruise missiles at the airport. Construction workers
        were injured.'), as in one sentence ('a bomb killed five'), and no longer vote that someone attacked them."""
        if not any(m.role in _MECHANISMS for e in events for m in e["mentions"]) or any(
                m.role == "Disrupted weapons use" for e in events for m in e["mentions"]):
            return
        for e in events:
            if any(m.role in _MECHANISMS for m in e["mentions"]) or not all(
                    m.role == "violence" and not self._own_doer(m) for m in e["mentions"]):
                continue
            for k, v in e["votes"].items():
                left = merged["votes"].get(k, 0.0) - v
                if left > 1e-9:
                    merged["votes"][k] = left
                else:
                    merged["votes"].pop(k, None)

    def _own_doer(self, m: Mention) -> bool:
        """A violence word with a human subject of its own ('gunmen shot two men'), not a number, a relative pronoun
        or the weapon ('34 injured', 'which killed seven', 'the blast killed')."""
        agent = self._agent(m.span.root)
        return agent is not None and agent.lemma_.lower() not in _MECHANISM_WORDS and not agent.like_num \
            and agent.tag_ not in ("WDT", "WP")

    def _note_protest_votes(self, merged: dict, mentions: list[Mention]) -> None:
        """A one-paragraph report is one event: its protest is told once however many of its sentences name
        the protesters, and a dispersal, arrest or riot anywhere in it happened to that protest ("Hundreds
        marched in X against Y. Police later arrested three of them.")."""
        if not any(m.role in _CROWD_ROLES for m in mentions):
            return
        protest_votes = self.sentence_events(mentions)[0][1]
        kept = {k: v for k, v in merged["votes"].items() if SUB_TO_TYPE.get(k) not in _CROWD_TYPES and k != "Arrests"}
        merged["votes"] = {**kept, **protest_votes}

    # ---- the aspect and reference of one event's mentions --------------------------------------
    verb_of = staticmethod(verb_of)  # the trigger itself when it is a verb, else the nearest verb above it

    def perfect(self, verb) -> bool:
        """'has carried out', 'have been killed', 'are believed to have been killed'."""
        for c in verb.children:
            if c.dep_ == "aux" and c.lemma_.lower() == "have" and (c.tag_ in ("VBZ", "VBP") or any(
                    d.dep_ == "aux" and d.lower_ == "to" for d in verb.children)):
                return True
        return False

    def habitual(self, verb) -> bool:
        """Simple present on the reporting layer of a body sentence: a general remark, not an incident
        ('militants attack convoys on this road', 'the town is shelled almost daily')."""
        while verb.head is not verb and (any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
                                         or verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
            # "Analysts attribute the decline to ..., with thousands of troops deployed": a participle after 'with'
            # has no tense of its own; the clause it hangs from tells whether this is a remark or an occasion
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
        while verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head is not verb and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "politicians, who use them to mobilise votes": an infinitive of purpose has no tense of its own either;
            # the verb it serves tells whether this is a remark or an occasion ('police fired tear gas to disperse')
            verb = verb.head
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
            return not any(c.dep_ == "aux" for c in verb.children)  # not "has been shelled"
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in self.reporting:
            return False
        if any(a.tag_ == "VBD" for a in list(verb.ancestors)[:4]):
            return False  # "... saw troops gun down citizens": a past clause above it
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children)

    def refers_back(self, e: dict) -> bool:
        """Every trigger is a noun naming an event already told ('the attack', "Sunday's raid")."""
        for m in e["mentions"]:
            root = m.span.root
            if root.pos_ not in ("NOUN", "PROPN"):
                return False
            if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in self.refer_dets for c in root.children):
                return False
        return True

    def fresh(self, e: dict) -> bool:
        """Told as a new occurrence: a past-tense verb with its own subject, or a noun introduced with 'a'."""
        for m in e["mentions"]:
            root = m.span.root
            adding = self.clause_head(m) if root.tag_ == "VBG" else None
            if adding is not None and adding.i != root.i and adding.lemma_.lower() not in self.reporting:
                root = adding  # a participle adjunct tells what its clause's doers did ("thirty women gathered ...,
                # holding signs")
            # a verb joined by "and" shares the subject of the first ("soldiers pursued the attackers and clashed")
            verb = root.head if root.dep_ == "conj" and root.head.tag_ in ("VBD", "VBN") else root
            if root.pos_ == "NOUN" and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in self.refer_dets
                                               for c in root.children):
                # a new event named by its noun, as what someone did ("Hezbollah fired a barrage of rockets"); in a
                # participle adjunct, what the clause's doers did ("thirty women gathered ..., holding signs")
                verb = self.clause_head(m)
                if verb is None or verb.lemma_.lower() in self.reporting:
                    continue
                root = verb
            # ... by a subject of its own, not one referring back ("they", "the attackers"); in the simple past or,
            # in reported speech, the past perfect ("media said government forces had shelled the area")
            pluperfect = root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
            # (a past participle with a subject of its own and no auxiliary is the tagger's slip for a simple past:
            # "about thirty women gathered ...")
            bare_past = root.tag_ == "VBN" and root.dep_ == "ROOT" and not any(
                c.dep_ in ("aux", "auxpass") for c in root.children) and any(c.dep_ == "nsubj" for c in root.children)
            # ("its fighters had fired on the camp": the speaker's own men, told before; but "the army", "the Rapid
            # Support Forces" name a force, not the doers of an event already told)
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                s for s in (self._stray_subject(verb),) if s is not None]
            if (root.tag_ == "VBD" or pluperfect or bare_past) and any(c.pos_ != "PRON" and not any(
                    d.dep_ == "det" and d.lower_ in self.refer_dets and not (
                        c.pos_ == "PROPN" or c.lower_ in self.state_agents and c.tag_ == "NN")
                    or d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children) for c in subjects):
                return True
        return self.indefinite(e)

    def indefinite(self, e: dict) -> bool:
        """A trigger noun introduced as new ('a suicide bombing', 'three attacks', 'a barrage of rockets')."""
        def introduced(noun) -> bool:
            return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in noun.children)

        return any(m.span.root.pos_ == "NOUN" and not self._means_of_act(m.span.root) and (
            introduced(m.span.root) or m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "of"
            and m.span.root.head.head.pos_ == "NOUN" and introduced(m.span.root.head.head)) for m in e["mentions"])

    def _means_of_act(self, noun) -> bool:
        """'The militants attacked the base at dawn with two car bombs': a weapon named after a means preposition
        under a verb tells how that verb's act was done; it is new to the report but no new event, so it does not
        make the act told afresh (the verb's own subject decides that)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.means_preps:
            return False
        above = noun.head.head
        while above.pos_ == "NOUN" and above.dep_ == "pobj" and above.head.head.i != above.i:
            above = above.head.head  # 'attacked the base at dawn with two car bombs': the parser may hang it on 'dawn'
        return above.pos_ == "VERB"

    def _claimed(self, m: Mention) -> bool:
        """A violence word under a verb of saying or claiming ('claimed the attack and said it had killed ...')."""
        return bool(self.claim_heads(m))

    def claim_heads(self, m: Mention) -> set[int]:
        """The nearest verb of saying or claiming above a mention (within four steps), as a set."""
        return next(({a.i} for a in list(m.span.root.ancestors)[:4] if a.lemma_.lower() in self.claim_verbs), set())

    # ---- grouping -------------------------------------------------------------------------------
    def force_on_crowd(self, e: dict) -> bool:
        """The state's forces kill, shoot or beat unarmed people ('soldiers opened fire on us and killed a young man',
        'witnesses said police shot dead a student'): violence that, beside a protest, is done to it."""
        harm = [m for m in e["mentions"] if m.role in _HARM_ROLES]
        if not any(_harms_with_force(m) for m in harm):
            return False
        # the doer of a passive verb is its 'by' agent, not its subject ('a student was shot dead by police')
        doers = [d for d in ((s if s is not None and s.dep_ != "nsubjpass" else None) or self._agent(m.span.root)
                             for m, s in ((m, self.doer(m)) for m in harm)) if d is not None]
        if not any(self._names_state_forces(d) for d in doers):
            return False
        return not any(self._is_armed(v) for m in harm for v in self._victims(m.span.root))

    def told_doers(self, m: Mention) -> bool:
        """The doers of a mention's verb are those told before: a pronoun ('they also burned') or a noun with 'the',
        'these' or a possessive ('the mob', 'the protesters')."""
        verb = self.verb_of(m.span.root)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is None:
            return False
        return subj.pos_ == "PRON" or any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in self.refer_dets
                                          for d in subj.children)

    def clause_places(self, verb) -> set[str]:
        """Proper names (lower case) after a preposition of place in a verb's own clause ('marched in the northern
        town of Gulu', 'were held in Kisumu and Mombasa'), leaving out clauses of their own under it; whatever the
        entity tagger took the name for, as it often misses small towns."""
        out: set[str] = set()
        stack = [(c, False) for c in verb.children if c.dep_ not in _CLAUSE_DEPS and c.dep_ not in ("relcl", "acl")]
        while stack:
            t, placed = stack.pop()
            placed = placed or t.dep_ == "prep" and (t.lower_ in _PLACE_PREPS or t.lower_ == "of" and (
                t.head.lower_ in self.place_parts or t.head.lower_ in self.place_kinds))
            if placed and t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and t.text[:1].isupper():
                out.add(t.lower_)
            stack.extend((c, placed) for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
        return out

    def subordinate(self, m: Mention) -> bool:
        """The trigger's verb stands in an adverbial clause opened by a conjunction ('anger has been building since
        officers shot three men', 'as soldiers fired on the crowd'): told to explain or place another clause."""
        verb = self.verb_of(m.span.root)
        while verb is not None:
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
                return True
            if verb.dep_ == "ROOT" or verb.head is verb:
                return False
            verb = verb.head
        return False

    @staticmethod
    def quoted(e: dict) -> bool:
        """Every trigger stands inside direct speech: the quotation marks opened in its paragraph before it are
        not yet closed ('"My husband was killed when they came," she said')."""
        for m in e["mentions"]:
            text = m.span.doc.text
            start = m.span.start_char
            before = text[text.rfind("\n\n", 0, start) + 1:start]
            opened = before.count("\u201c") - before.count("\u201d") + before.count('"') % 2
            if opened <= 0:
                return False
        return bool(e["mentions"])

    # ---- typing ----------------------------------------------------------------------------
    def _fact_kinds(self, sent) -> set[str]:
        """Which kinds of fact a sentence gives: a number, a date, a place (not the speaker of 'X said', whom the
        tagger may take for a place)."""
        ents = {e.label_ for e in sent.ents if not (e.root.dep_ == "nsubj" and e.root.head.lemma_.lower() in self.reporting)}
        return {kind for kind, labels in _FACT_LABELS.items() if ents & labels}

    def _specificity(self, sent) -> float:
        return len(self._fact_kinds(sent)) + 0.02 * min(len(sent), 40)

    def _draft(self, article: Article, g: dict, sents, one_paragraph: bool, busy=frozenset()) -> Optional[EventDraft]:
        votes = {k: v for k, v in g["votes"].items() if k in SUB_TO_TYPE}
        if not votes:
            return None
        if not one_paragraph and len(votes) > 1 and votes.get(_ABDUCTION) and any(
                m.role in ("violence", "Attack") and self._kills(m) for m in g["mentions"]):
            # 'hacked to death a village headman ... he had been taken from his home by armed men': ACLED codes one
            # taken and then killed as an attack, the killing being the event (one-paragraph notes leave this to
            # the learned combination)
            votes.pop(_ABDUCTION)
        body_idx = g.get("core") or [i for i in g["sents"] if sents[i].start_char >= article.body_start] or g["sents"]
        if one_paragraph:
            anchor = min(body_idx, key=lambda i: i)
        else:
            first = g.get("creator")
            if first is not None and all(self._pronoun_told(m) for m in g["mentions"] if m.sent_index == first):
                first = None  # "Last Thursday she watched from a hill as it burned": a feature's opening scene; the
                # sentence that tells who did it ("Soldiers ... set fire to more than 200 houses") anchors the event
            if first is not None and first in body_idx:
                # the sentence that first told the event, or a retelling of it with the same word in more detail;
                # not a casualty or reaction sentence that only happens to hold more numbers
                words = {m.lemma for m in g["mentions"] if m.sent_index == first}
                body_idx = [i for i in body_idx if i == first or words & {m.lemma for m in g["mentions"]
                                                                          if m.sent_index == i}]
            anchor = max(body_idx, key=lambda i: (self._specificity(sents[i]), -i))
            if first is not None and first in body_idx and not self._fact_kinds(sents[anchor]) > self._fact_kinds(sents[first]):
                # the sentence that first told the event (a news lead) stays its anchor against a later one that
                # adds no kind of fact (place, date, number) to those it has, only other details
                anchor = first
        ordered = [anchor] + sorted(i for i in g["sents"] if i != anchor)
        ordered += self._follow_ups(article, sents, g, ordered, one_paragraph, busy)
        text = " ".join(sents[i].text for i in (range(len(sents)) if one_paragraph else ordered))
        cues = self.cue_features(article.doc) if one_paragraph else None
        sub, score, rule = self._decide(votes, text, one_paragraph, cues)
        trigger_m = max((m for m in g["mentions"] if m.sent_index == anchor), key=lambda m: m.weight, default=None) \
            or max(g["mentions"], key=lambda m: m.weight)
        rec = EventRecord(event_type=SUB_TO_TYPE[sub], sub_event_type=sub, source=article.source())
        anchor_span = sents[anchor]
        trig_sent = trigger_m.sent
        rec.add_evidence("event_type", trig_sent if trigger_m.sent_index == anchor else anchor_span,
                         trigger_m.span if trigger_m.sent_index == anchor else None, rule=rule)
        rec.add_evidence("sub_event_type", trig_sent, trigger_m.span, rule=rule)
        return EventDraft(record=rec, sentences=[sents[i] for i in ordered], trigger=trigger_m.span, score=score,
                          family=rec.event_type)

    def _follow_ups(self, article, sents, g, have, one_paragraph, busy=frozenset()) -> list[int]:
        """Sentences right after the event's last sentence that add casualties, claims or confirmation."""
        if one_paragraph:
            return [i for i in range(len(sents)) if i not in have]
        extra = []
        last = max(g["sents"])
        for i in range(last + 1, min(last + 3, len(sents))):
            low = sents[i].text.lower()
            if any(w in low for w in _FOLLOW_UP_CUES) and i not in have and i not in busy:
                extra.append(i)
            else:
                break
        return extra

    def _trigger_scores(self, votes: dict[str, float], by_type: bool) -> dict[str, float]:
        """How strongly the trigger votes speak for each sub-type, on the model's scale. With `by_type` (news
        prose) only the most voted sub-type of each event type counts against the others: 'police opened fire on
        demonstrators' votes for a protest and for excessive force, which agree that it is a protest, and the
        lesser vote must not spread the trigger's weight so thin that the note-trained model outvotes it."""
        total = sum(votes.values())
        decisive = max(self.weights.get(k, 2.0) for k in votes) / _DECISIVE_WEIGHT
        if not by_type:
            strength = max(votes.values()) / total * decisive
            return {k: strength * v / total for k, v in votes.items()}
        leading: dict[str, float] = {}
        for sub, v in votes.items():
            kind = SUB_TO_TYPE.get(sub, sub)
            leading[kind] = max(leading.get(kind, 0.0), v)
        total = sum(leading.values())
        strength = max(leading.values()) / total * decisive
        return {sub: strength * v / total for sub, v in votes.items()}

    def _decide(self, votes: dict[str, float], text: str, one_paragraph: bool,
                cues: Optional[dict[str, float]] = None) -> tuple[str, float, str]:
        """Lexicon votes and model probabilities together. The model knows ACLED notes well; on news prose
        the lexicon and parse lead."""
        lex = self._trigger_scores(votes, by_type=not one_paragraph)
        probs = self.model.predict_proba(text)
        stacked = self.model.combine(votes, probs, cues) if one_paragraph else None
        if stacked is not None:  # a one-paragraph report: the learned combination
            best = best_by_type(stacked)
            # ... except that a specific phrase ("recaptured", "peace agreement"), or two trigger words agreeing,
            # with nothing against them, still decides when the combination finds it at all plausible and the
            # model saw too few notes of that sub-type to know it. On sub-types it knows well (a "weapons
            # cache" next to a clash, "looted" in a mob attack) the combination is right far more often
            agreed = [k for k, v in votes.items() if v > 0]
            if (len(agreed) == 1 and agreed[0] != best and stacked.get(agreed[0], 0.0) >= _TRIGGER_FLOOR
                    and self.model.rarely_seen(agreed[0])):
                only, weight = agreed[0], self.weights.get(agreed[0], float("inf"))
                if votes[only] >= (weight if weight >= _DECISIVE_PHRASE else 2 * weight):
                    return only, float(stacked[only]), "lexicon (decisive trigger)"
            return best, float(stacked[best]), "lexicon+model" if best in votes else "model"
        if not one_paragraph and votes.get("Armed clash") and any(votes.get(k) for k in _TERRITORY_OUTCOMES):
            # "troops recaptured the town after a two-day offensive against the insurgents": the fighting is how
            # the territory changed hands, and the change is the event (ACLED codes it, not the battle)
            votes = {k: v for k, v in votes.items() if k != "Armed clash"}
            lex = self._trigger_scores(votes, by_type=True)
        w = _MODEL_WEIGHT_NOTE if one_paragraph else _MODEL_WEIGHT_NEWS
        scores = {sub: lex.get(sub, 0.0) + w * probs.get(sub, 0.0) for sub in SUB_TO_TYPE}
        best = max(scores, key=scores.get)
        rule = "lexicon+model" if best in lex else "model"
        return best, float(scores[best] / (1 + w)), rule


_TIME_PREPS = {"after", "before", "since"}
_LISTING_PREPS = {"of", "including"}  # 'a cache of explosives', 'weapons including mortar rounds'
_ABDUCTION = "Abduction/forced disappearance"
# the territorial roles a place taken with no force named may hold before it is told as changing hands peacefully
_TAKING_ROLES = {"Non-state actor overtakes territory", "Government regains territory"}
# a verb's dependants after which a coder's '(coded separately)' marks what it tells as another event's: the fatality
# counter's, and the doer of a passive ('a man shot dead by police (coded separately)')
_ELSEWHERE_DEPS = (*ELSEWHERE_DEPS, "agent")
_SEIZED_WEAPON = "seized_weapon"  # an explosive word naming a weapon seized or found, not used
_SEIZURE_WEIGHT = 1.0  # its vote for disrupted weapons use: less than any trigger's, so it decides only alone
# roles of the weapon that exploded: a seized or found weapon of these kinds tells no explosion
_EXPLOSIVE_ROLES = {"Grenade", "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack"}
# the devices among them the state's forces make harmless ('dismantled an IED'); destroyed artillery is a target
_DISPOSED_ROLES = {"Grenade", "Remote explosive/landmine/IED", "Suicide bomb"}
_REASON_PREPS = {"over", "for", "with"}  # "arrested over the attack", "... in connection with the killing"
# nouns of the tie between an arrest and the act it is for: 'in connection with', 'in relation to the attack',
# 'for their role in', 'over suspected involvement in', 'on suspicion of'
_REASON_NOUNS = {"connection", "relation", "involvement", "role", "suspicion", "participation", "complicity", "link"}
_SIDE_DETAIL_SHARE = 0.8  # the most a development merged into an act of violence in its sentence weighs against it
_BEFORE_AFTER = {"after", "before"}  # what places one event in time against another
_CROWD_ROLES = {"protest", "riot_cue", "mob_cue"}  # roles that make a sentence's event a protest or riot
_CROWD_TYPES = {"Protests", "Riots"}
_PLACE_PREPS = {"in", "near", "at", "outside", "across", "through", "around", "inside"}
_FORCE_LEMMAS = {"kill", "shoot", "shot", "gun", "fire", "beat", "wound", "injure"}  # force that harms protesters
_FACT_LABELS = {"number": {"CARDINAL"}, "date": {"DATE"}, "place": {"GPE", "LOC", "FAC"}}
_ARMED_WORD = {True: "armed", False: "civilian", None: "unknown"}
_CLAUSE_DEPS = {"ccomp", "advcl", "conj", "parataxis", "dep"}
_HARM_ROLES = {"violence", "Armed clash", "Attack", _ABDUCTION, "Sexual violence"}
_FOLLOW_UP_CUES = ("killed", "dead", "died", "wounded", "injured", "toll", "casualt", "responsibility", "claimed",
                   "confirmed", "bodies", "victims")
_DECISIVE_WEIGHT = 3.0  # a lexicon weight at which trigger and model count the same
_MODEL_WEIGHT_NOTE = 2.0  # one-paragraph reports, when the model file has no learned combination
_TRIGGER_FLOOR = 0.05  # the least combined probability at which decisive triggers overrule it
_DECISIVE_PHRASE = 4.0  # lexicon weight of phrases specific enough to decide alone
# sub-types with fewer training notes than this may be decided by their trigger against the model (on dev notes
# the override lost 28 types and gained 2 where the sub-type had 30+ notes)
_FALLBACK_MIN_PROB = 0.3
_FALLBACK_MIN_PROB_UNDATED = 0.5
_FALLBACK_SURE_TYPE_PROB = 0.9  # chosen on out-of-fold probabilities of the training notes only
_FALLBACK_MIN_PROB_HEADLINE = 0.7  # held-out notes without a trigger: the model is right on nearly all above this
# a short capitalised label and a colon opening a report ("Looting: ...", "Security measures: ..."), as
# event logs and briefs classify their entries
_DECADE = re.compile(r"(?:19|20)\d0s")  # 'the 1990s'
_NOTE_LABEL = re.compile(r"[A-Z][A-Za-z/-]*(?: [A-Za-z/-]+){0,2}: ")
_DENIALS = {"no", "nobody", "none", "never", "neither", "nor"}


def _harms_with_force(m: Mention) -> bool:
    """A word of the trigger is force that harms people: 'shot', 'beat', and the 'fire' of 'opened fire' (whose head
    word is 'open')."""
    return any(t.lemma_.lower() in _FORCE_LEMMAS for t in m.span)


@lru_cache(maxsize=1)
def _acled_note_tags() -> frozenset:
    """ACLED's note tags (type_actor_rules.json, where type_consistency reads their sub-types)."""
    return frozenset(k for k in read_json("type_actor_rules.json")["note_tags"] if not k.startswith("_"))

_MODEL_WEIGHT_NEWS = 0.5

