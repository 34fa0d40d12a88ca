"""Stage — fatalities: how many people died in the event (best, low and high figures).

Only deaths count: a death word (killed, died, shot dead, beheaded, bodies found ...) is found in
the event's sentences, its victims are read from the dependency parse (the object of "killed", the
subject of "were killed" or "died", the number on "deaths"), and the numbers of conjoined victim
groups are added ("three soldiers and eleven civilians" = 14). Numbers under "including"/"among"
are subsets and never add. Ranges and several figures for the same victims give the lowest one,
as ACLED does; vague words follow ACLED's fixed figures in `data/vague_numbers.json`.

Two sources' figures for the same deaths in one sentence ('officials said 12 ..., while a monitor
put the toll at 15') give the lower; a claim contradicted by a denial ('the army denied that any
soldiers were killed') is 0; an updated toll ('bringing the total to six') is the figure. A death
that set off a riot or protest is none of its deaths, and deaths another event of the article
reports in its own sentence are not read again from a follow-up sentence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from text_to_num import text2num

from .document import Article, EventDraft
from . import clauses, gazetteer
from .dates import LISTED_DAY_RULE, load_cues as load_date_cues
from .data import read_json


# a verb's dependants after which a coder's '(coded separately)' mark may stand: its object, time or place
ELSEWHERE_DEPS = ("dobj", "npadvmod", "prep", "advmod")


def coded_elsewhere_mark(tok, patterns, deps=ELSEWHERE_DEPS) -> Optional[int]:
    """The index of a coder's note marking what `tok` tells as another event's ('killing 17 militants (coded
    separately)', 'a larger demonstration (coded separately)'), right after the word or its phrase: for a verb,
    after its dependants of `deps` (object, time or place: 'had killed a farmer the same day (coded as a separate
    event)')."""
    doc = tok.doc
    after = {tok.i + 1} if tok.pos_ in ("VERB", "AUX") else {tok.i + 1, tok.right_edge.i + 1}
    if tok.pos_ in ("VERB", "AUX"):
        after |= {c.right_edge.i + 1 for c in tok.children if c.i > tok.i and c.dep_ in deps}
    for i in sorted(after):
        if i < len(doc) and doc[i].text in ("(", "[") and any(rx.match(doc[i:i + 8].text) for rx in patterns):
            return i
    return None


@lru_cache(maxsize=1)
def load_cues() -> dict:
    cues = read_json("fatality_cues.json")
    vague = read_json("vague_numbers.json")
    cues["vague"] = vague["words"]
    cues["unnumbered_plural"] = vague["unnumbered_plural"]
    cues["zero_re"] = [re.compile(p, re.I) for p in cues["zero_patterns"]]
    cues["coded_re"] = [re.compile(p, re.I) for p in cues["coded_patterns"]]
    cues["split_re"] = [re.compile(p, re.I) for p in cues["split_statement"]["patterns"]]
    cues["place_share_re"] = [re.compile(p) for p in cues["split_statement"]["place_share_patterns"]]
    cues["share_re"] = [re.compile(p, re.I) for p in cues["split_statement"]["share_patterns"]]
    cues["event_count_re"] = [re.compile(p, re.I) for p in cues["split_statement"]["event_count_patterns"]]
    cues["place_list_re"] = [re.compile(p) for p in cues["split_statement"]["place_list_patterns"]]
    for key in ("death_verbs", "intransitive_death_verbs", "death_nouns", "body_nouns", "body_verbs", "body_head_verbs",
                "dead_adjectives", "victim_excluding_preps", "person_pronouns_one", "person_pronouns_plural", "member_nouns"):
        cues[key] = frozenset(cues[key])
    cues["complement_verbs"] = frozenset(cues["death_with_complement"]["verbs"])
    cues["complements"] = frozenset(cues["death_with_complement"]["complements"])
    cues["complement_verb_forms"] = frozenset(cues["death_with_complement"]["past_forms"])
    cues["down_verbs"] = frozenset(cues["death_with_complement"]["down_verbs"]) | \
        frozenset(cues["death_with_complement"]["down_past_forms"])
    cues["near_miss_adverbs"] = frozenset(cues["near_miss_adverbs"]["words"])
    cues["throat_cutting_verbs"] = frozenset(cues["throat_cutting_verbs"])
    cues["blockers"] = frozenset(cues["context_blockers"]["lemmas"])
    cues["cause_marks"] = frozenset(cues["context_blockers"]["cause_marks"])
    cues["hedge_blockers"] = frozenset(cues["context_blockers"]["hedges"])
    cues["offence_preps"] = frozenset(cues["context_blockers"]["offence_preps"])
    cues["sequence_preps"] = frozenset(cues["context_blockers"]["sequence_preps"])
    cues["outcome_participles"] = frozenset(cues["outcome_participles"]["lemmas"])
    cues["non_persons"] = frozenset(cues["animal_nouns"]) | frozenset(cues["thing_nouns"]["words"])
    cues["fatal_adverbs"] = frozenset(cues["fatal_adverbs"])
    cues["new_attack_re"] = [re.compile(p, re.I) for p in cues["additional_deaths"]["new_attack_patterns"]]
    cues["additional_deaths"] = {k: frozenset(v) for k, v in cues["additional_deaths"].items()
                                 if not k.startswith("_") and k != "new_attack_patterns"}
    cues["nominal_blockers"] = frozenset(cues["nominal_death_blockers"]["words"])
    cues["event_named_after"] = frozenset(cues["nominal_death_blockers"]["not_after"])
    cues["death_word_forms"] = frozenset(cues["death_word_forms"]["words"])
    cues["past_deed_adverbs"] = frozenset(cues["past_deed_hedges"]["adverbs"])
    cues["past_deed_hedges"] = frozenset(cues["past_deed_hedges"]["lemmas"])
    # 'Mob lynches man': the present forms of the killing verbs that take a victim, which a tagger
    # may read as plural nouns (not those that are nouns as well: 'two murders')
    cues["present_death_forms"] = frozenset(
        verb + ending for verb in cues["death_verbs"] - cues["intransitive_death_verbs"] - cues["death_nouns"]
        for ending in ("s", "es"))
    cues["no_fatality_types"] = frozenset(cues["no_fatality_sub_event_types"]["types"])
    cues["state_response_verbs"] = frozenset(cues["state_response_verbs"]["lemmas"])
    cues["armed_people"] = frozenset(cues["armed_people"]["qualifiers"])
    cues["side_of"] = {word: side for side, words in cues["victim_sides"].items() if not side.startswith("_")
                       for word in words}
    cues["armed_group_nouns"] = frozenset(cues["armed_groups"]["nouns"])
    cues["armed_group_qualifiers"] = frozenset(cues["armed_groups"]["qualifiers"])
    cues["claims"] = frozenset(cues["claim_cues"]["lemmas"])
    cues["contested_claims"] = frozenset(cues["claim_cues"]["contested"])
    cues["elsewhere_re"] = [re.compile(p, re.I) for p in cues["coded_elsewhere"]["patterns"]]
    cues["coded_at_place_re"] = [re.compile(p, re.I) for p in cues["coded_elsewhere"]["place_patterns"]]
    cues["breakdown_re"] = [re.compile(p, re.I) for p in cues["toll_breakdown"]["patterns"]]
    cues["denials"] = frozenset(cues["denial_lemmas"]["lemmas"])
    cues["toll_update_re"] = [re.compile(p, re.I) for p in cues["toll_updates"]["patterns"]]
    trigger = cues["triggering_deaths"]
    cues["triggered_types"] = frozenset(trigger["event_types"])
    cues["cause_verbs"] = frozenset(trigger["cause_verbs"])
    cues["trigger_nouns"] = frozenset(trigger["death_nouns"])
    cues["sources"] = frozenset(cues["source_lemmas"]["lemmas"])
    cues["statement_nouns"] = frozenset(cues["statement_nouns"]["words"])
    cues["separate_incident_re"] = [re.compile(p, re.I) for p in cues["separate_incident"]["patterns"]]
    cues["period_re"] = [re.compile(p, re.I) for p in cues["running_toll"]["period_patterns"]]
    # 'the following day', 'two days later': a day counted from the one told before it (dates' cues)
    narrative = load_date_cues()["narrative_relative"]
    moved = sorted((p for p, offset in narrative["phrases"].items() if offset), key=len, reverse=True)
    directions = "|".join(d for d in narrative["counted"] if not d.startswith("_"))
    cues["other_day_re"] = re.compile(rf"^(?:{'|'.join(re.escape(p) for p in moved)}|(?:\w+) days? (?:{directions}))$", re.I)
    cues["count_nouns"] = frozenset(cues["running_toll"]["count_nouns"])
    ages = cues["age_expressions"]
    cues["age_units"] = frozenset(ages["units"])
    cues["age_old_words"] = frozenset(ages["old_words"])
    cues["aged_words"] = frozenset(ages["aged_words"])
    cues["age_list_joiners"] = frozenset(ages["list_joiners"])
    cues["age_range_words"] = frozenset(ages["range_words"])
    cues["among_dead_nouns"] = frozenset(cues["among_the_dead"]["nouns"])
    cues["among_of_nouns"] = frozenset(cues["among_the_dead"]["of_nouns"])
    cues["unverified_re"] = [re.compile(p, re.I) for p in cues["unverified_claims"]["patterns"]]
    cues["rejected_re"] = [re.compile(p, re.I) for p in cues["rejected_claims"]["patterns"]]
    cues["attacker_nouns"] = cues["additional_deaths"]["attacker_nouns"]
    cues["combatant_sides"] = frozenset(cues["unverified_claims"]["combatant_sides"])
    return cues


@dataclass
class Count:
    best: int
    low: int
    high: int
    token: object = None  # the token that carries the number (for evidence)
    unnumbered: bool = False  # a plural with no number: ACLED's unspecified-number figure
    vague: bool = False  # a vague word ("dozens", "several"): ACLED's conventional figure
    estimated: bool = False  # every victim group of a sentence is unnumbered or vague
    sides: frozenset = frozenset()  # the sides of a sentence's victims ("security", "militant", "civilian")
    claimed: bool = False  # the sentence reports a claim or another source's figure
    additional: bool = False  # "three attackers were also killed": victims on top of those already counted
    stated_zero: bool = False  # "no one was hurt", "there had been no deaths": no death, said outright
    contested: bool = False  # the figure is a party's claim ('claimed to have killed 15', 'unverified')
    summary: bool = False  # read from a toll word ('3 fatalities', 'the death toll'): restates the victims
    denied: bool = False  # the sentence denies deaths ('the army denied that any soldiers were killed')
    own_losses: bool = False  # the figure's source is of the victims' side ('a military source said two soldiers died')
    speakers: frozenset = frozenset()  # the sides of who gives the figure ('the army said ...'); None for one of no known side
    among: bool = False  # 'five soldiers were among the dead': some of the dead named, a lowest figure
    boasted: bool = False  # the speaker's own side did the killing ('the rebels said they had killed nine soldiers')

    def __add__(self, other: "Count") -> "Count":
        return Count(self.best + other.best, self.low + other.low, self.high + other.high, self.token or other.token)


_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_RANGE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")


# No single reported event has killed more people than this; a larger "number" is an id, a year
# typo or garbage, and must not reach the store (where it would overflow a 64-bit integer).
MAX_PLAUSIBLE_DEATHS = 1_000_000


def parse_number(text: str) -> Optional[int]:
    """An integer from digits ("1,200") or English number words ("twenty-one"); None otherwise."""
    t = text.strip().lower().strip("[]()")
    if _DIGITS.match(t):
        n = int(t.replace(",", ""))
        return n if n <= MAX_PLAUSIBLE_DEATHS else None
    if t in ("a", "an", "one", "single", "lone"):
        return 1
    try:
        n = int(text2num(t, "en"))
    except (ValueError, TypeError):
        return None
    return n if n <= MAX_PLAUSIBLE_DEATHS else None


def _no_deaths(rec, sent, rule: str) -> None:
    """Sets an event's toll to 0, with the sentence that says why when there is one."""
    rec.fatalities = rec.fatalities_low = rec.fatalities_high = 0
    if sent is not None:
        rec.add_evidence("fatalities", sent, rule=rule)


class FatalityCounter:
    """Fills `fatalities`, `fatalities_low` and `fatalities_high` (0 when no death is reported)."""

    def __init__(self) -> None:
        self.cues = load_cues()
        self._date_reader = None

    # ---- stage --------------------------------------------------------------------------
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        sources = [self.fill(draft, _headline_part_owner(draft, article.body_start, _clause_owner(draft, drafts)),
                             _anchors_of_others(draft, drafts), article.published)
                   for draft in drafts]
        sides = [None if source is None else source[1] for source in sources]
        sources = [None if source is None else source[0] for source in sources]
        self._drop_other_events_deaths(drafts, sources, sides)
        self._count_listed_days_once(drafts, sources)
        self._take_deaths_told_as_cause(drafts, article.published)
        return drafts

    def _take_deaths_told_as_cause(self, drafts: list[EventDraft], published: Optional[date]) -> None:
        """Deaths told as what set off another event, in a clause of that event's sentence dated on
        this event's day ('residents marched on Thursday after two passengers were shot dead when gunmen
        stopped a bus on Saturday' beside 'The Saturday attack took place ...'), are this event's when it
        reads none of its own: the clause tells this event, not the march. Only when the other event
        counts no deaths and no event of this day counts any, so a death is never counted twice."""
        for draft in drafts:
            rec = draft.record
            if rec.fatalities or rec.date_start is None or not draft.sentences \
                    or rec.sub_event_type in self.cues["no_fatality_types"] \
                    or any(d.record.fatalities and d.record.event_date == rec.event_date for d in drafts):
                continue
            for other in drafts:
                if other is draft or not other.sentences or other.record.fatalities \
                        or other.record.event_date == rec.event_date:
                    continue
                found = self._cause_clause_deaths(other, rec, published or rec.event_date)
                if found is not None:
                    count, sent = found
                    rec.fatalities, rec.fatalities_low, rec.fatalities_high = count.best, count.low, count.high
                    rec.add_evidence("fatalities", sent, count.token,
                                     rule="deaths told as the cause of another event, on this event's day")
                    break

    def _cause_clause_deaths(self, other: EventDraft, rec, published: date):
        """(deaths, sentence) of a cause clause ('after ...') in `other`'s anchor sentence outside its
        trigger that is dated on `rec`'s day, or None."""
        sent = other.sentences[0]
        trigger = _token_ids(other.trigger)
        days = [m for m in self._dates().mentions(sent, published)
                if m.role == "event" and m.match is not None and m.start == rec.date_start and m.end == rec.date_end]
        for head in sent:
            if head.dep_ != "advcl" or head.i in trigger or not any(
                    c.dep_ == "mark" and c.lower_ in self.cues["cause_marks"] for c in head.children):
                continue
            clause = {t.i for t in head.subtree}
            if clause & trigger or not any(_token_ids(m.match) <= clause for m in days):
                continue
            count = self.count_sentence(sent, lambda tok: tok.i in clause, frozenset({head.i}))
            if count is not None and count.best > 0:
                return count, sent
        return None

    @staticmethod
    def _count_listed_days_once(drafts: list[EventDraft], sources: list) -> None:
        """An event told over a list of days is one record per day (dates.py); a single toll read
        for all of them ('attacked villages on 10 and 11 February, killing twelve') belongs to the
        first day only, or the deaths would be counted once per day."""
        first_day_tolls: dict[tuple, int] = {}
        later_days = []
        for draft, source in zip(drafts, sources):
            ev = draft.record.evidence_for("event_date")
            if ev is None or source is None or not (ev.rule or "").startswith(LISTED_DAY_RULE):
                continue
            copy_of = (ev.start, source.start)  # the copies share the date's and the toll's sentences
            if ev.rule.startswith(f"{LISTED_DAY_RULE} 1 of "):
                first_day_tolls[copy_of] = draft.record.fatalities or 0
            else:
                later_days.append((draft.record, source, copy_of))
        for rec, source, copy_of in later_days:
            if rec.fatalities and first_day_tolls.get(copy_of) == rec.fatalities:
                _no_deaths(rec, source, "deaths counted on the first of the listed days")

    def _drop_other_events_deaths(self, drafts: list[EventDraft], sources: list, sides: list) -> None:
        """Deaths an event reads only in a follow-up sentence that another event of the article
        reports in its own sentence, with the same figure, are that event's ('Two soldiers killed by
        roadside bomb; second device defused' as the follow-up of the defusal): ACLED counts a
        death once. Not when the two name victims of different sides ('a bomb killed two police
        officers and a passer-by' beside 'three militants were killed' in a strike): the same
        figure by chance; nor when the other event is dated on another day ('a mob beat a man to death on
        Wednesday' is not the one man shot dead in Sunday's church raid)."""
        for draft, source, own_sides in zip(drafts, sources, sides):
            rec = draft.record
            if source is None or not rec.fatalities or source.start == draft.sentences[0].start:
                continue
            for other, other_source, other_sides in zip(drafts, sources, sides):
                if other is not draft and other_source is not None and other.record.fatalities == rec.fatalities \
                        and other_source.start == other.sentences[0].start \
                        and other.record.event_date == rec.event_date \
                        and not (own_sides and other_sides and not own_sides & other_sides):
                    _no_deaths(rec, source, "deaths another event of the article reports")
                    break

    def fill(self, draft: EventDraft, belongs=None, others_anchors: frozenset = frozenset(),
             published: Optional[date] = None):
        """Fills the draft's figures; returns the sentence its deaths were read in and the sides of
        their victims, if any. A follow-up
        sentence that another event of the article is anchored on tells that event's deaths ('In a
        separate raid, gunmen killed two more'), not this one's; so does one that says it is another
        incident or dates itself before the event (`_tells_another_time`)."""
        rec = draft.record
        if rec.sub_event_type in self.cues["no_fatality_types"]:
            _no_deaths(rec, draft.sentences[0] if draft.sentences else None, f"{rec.sub_event_type}: no deaths by definition")
            return None
        sentences = draft.sentences[:1] + [s for s in draft.sentences[1:] if (s.start, s.end) not in others_anchors
                                           and not self._tells_another_time(s, rec, published)]
        if rec.event_type in self.cues["triggered_types"]:
            sentences = self._after_trigger(sentences)
        # beside another event of the article, this one told in a time clause of its own ('The attack
        # came two days after herders killed five farmers in Bokkos'): the deaths of that clause are
        # this event's, not the cause of the other's act
        own = clauses.clause_head(draft.trigger) if belongs is not None or others_anchors else None
        far = self._far_clause_finder(draft)
        if far is not None:
            clause_owner = belongs

            def belongs(tok) -> bool:  # noqa: F811  (the clause owner, narrowed to this event's place)
                return (clause_owner is None or clause_owner(tok)) and not far(tok)
        result, sent, match, rule = self.count_draft(sentences, belongs, rec.location,
                                                     frozenset() if own is None else frozenset({own.i}))
        rec.fatalities, rec.fatalities_low, rec.fatalities_high = result.best, result.low, result.high
        if sent is not None:
            rec.add_evidence("fatalities", sent, match, rule=rule)
        return (sent, result.sides) if rule == "deaths reported" else None

    def _tells_another_time(self, sent, rec, published: Optional[date]) -> bool:
        """A follow-up sentence about another incident: one that says so ('In a separate operation,
        troops killed 20 bandits') or that dates what it tells before the event ('Last week, soldiers
        killed 20 bandits', 'Earlier this month ...', 'On Sunday' before Tuesday's attack). Deaths told
        on a later day (bodies found the next day, the wounded dying) stay the event's."""
        text = sent.text
        if any(rx.search(text) for rx in self.cues["separate_incident_re"]):
            return True
        if rec.date_start is None or any(rx.search(text) for rx in self.cues["split_re"] + self.cues["coded_re"]):
            return False  # a coder's statement of how the toll is split or coded is about this event
        mentions = self._dates().mentions(sent, published or rec.event_date)
        # within a month before: a day written without its year ('He died on 27th of March') may be
        # placed in the wrong year
        return any(m.role == "event" and m.end < rec.date_start and
                   ((rec.date_start - m.end).days <= 31 or re.search(r"\d{4}", m.match.text if m.match is not None else ""))
                   for m in mentions)

    def _dates(self):
        """A date reader for follow-up sentences (made on first use)."""
        if self._date_reader is None:
            from .dates import DateResolver

            self._date_reader = DateResolver()
        return self._date_reader

    def _far_clause_finder(self, draft: EventDraft):
        """A test of whether a death word is told in a clause of its own about a place far from the
        event's ('A bomb in Kabul killed four, while gunmen shot dead two in Herat'): a clause joined by
        'while' or 'and' with a subject of its own, or a whole follow-up sentence, that names a town
        more than `FAR_PLACE_KM` from the event's and not the event's location. Those deaths are
        another event's, as ACLED codes one event per place. None when the event has no coordinates."""
        rec = draft.record
        if rec.latitude is None or rec.longitude is None or not rec.location or not draft.sentences:
            return None
        anchor_start = draft.sentences[0].start
        own_place = rec.location.lower()
        gaz = gazetteer.load()

        def far_town(name: str) -> bool:
            towns = [p for p in gaz.lookup(name) if p.kind == "city"]
            return bool(towns) and min(gazetteer.haversine_km(rec.latitude, rec.longitude, p.latitude, p.longitude)
                                       for p in towns) > FAR_PLACE_KM

        def far(tok) -> bool:
            clause = clauses.contrasted_clause(tok, follow_up=tok.sent.start != anchor_start)
            if clause is None:
                return False
            words = list(clause.subtree)
            text = " ".join(t.lower_ for t in words)
            if own_place in text or any(t.lemma_.lower() in self.cues["care_places"] for t in words):
                return False  # "two of the wounded died in hospital in Kano": the event's dead
            # a name after 'in', 'near' or 'at' (the parser's entity labels miss many towns: 'in Herat' as an ORG)
            # ... written as a name: 'in the bush' tagged as a name is no town
            # ... not where the figure was given ('an army spokesman told reporters in the capital')
            return any(t.pos_ == "PROPN" and t.dep_ == "pobj" and t.text[:1].isupper() and _place_preposition(t.head)
                       and t.head.head.lemma_.lower() not in self.cues["sources"]
                       and far_town(" ".join(g.text for g in t.subtree if g.pos_ == "PROPN"))
                       for t in words)

        return far

    def _after_trigger(self, sentences) -> list:
        """A riot's or protest's sentences without those that report the death that set it off:
        those before the sentence naming it as such ('A police officer shot dead a driver on
        Tuesday. His death sparked riots overnight ...'), and later ones that only tell again how
        that victim died ('... riots following the death of a teenager. The 16-year-old died on
        Monday when his scooter hit a lamppost')."""
        ordered = sorted(sentences, key=lambda s: s.start)
        for sent in ordered:
            anaphoric = self._names_trigger(sent)
            if anaphoric is None:
                continue
            return [s for s in sentences if (s.start >= sent.start or not anaphoric)
                    and not (s.start > sent.start and self._retells_one_death(s))]
        return sentences

    def _names_trigger(self, sent) -> Optional[bool]:
        """Whether a sentence names a death as what set the event off: True when it names a death
        reported before ('His death sparked riots', 'riots broke out after his death'), False when
        it names its victim anew ('after the death of a student'), None when it names none."""
        found = None
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.cues["trigger_nouns"]:
                continue
            if self._caused_by(tok) or (tok.dep_ == "pobj" and tok.head.lower_ in self.cues["nominal_blockers"]
                                        and not self._state_came_after(tok.head)):
                if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                    return True
                found = False
        return found

    def _state_came_after(self, prep) -> bool:
        """'Police arrived after the killings', 'three people were arrested over the killing': what the state's
        forces did after the deaths, not a crowd's act set off by them (the crowd's killings are the event's own)."""
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        return any(c.dep_ == "nsubj" and self._side(c) == "security" for c in verb.children) or \
            (passive and verb.lemma_.lower() in self.cues["state_response_verbs"])

    def _retells_one_death(self, sent) -> bool:
        """A sentence whose every death is of one victim already named: 'the 16-year-old', 'he'."""
        deaths = [(tok, victims) for tok in sent for victims in [self.victims_of(tok)] if victims]
        if not deaths:
            return False
        for _, victims in deaths:
            for root, count in victims:
                if root is None or count.best != 1:
                    return False
                first = root.doc[root.left_edge.i]
                if not (root.lower_ in self.cues["person_pronouns_one"] or first.lower_ in ("the", "his", "her")):
                    return False
        return True

    def _caused_by(self, noun) -> bool:
        """'his death sparked riots', 'protests set off by the death of a student'."""
        head = noun.head
        if noun.dep_ == "nsubj":
            return head.lemma_.lower() in self.cues["cause_verbs"]
        return noun.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in self.cues["cause_verbs"]

    def count_draft(self, sentences, belongs=None, place: Optional[str] = None,
                    own_clauses: frozenset = frozenset()) -> tuple[Count, object, object, str]:
        """The event's figure (see `_count_draft`), divided by the number of events when the coder
        says the toll is split between several events ("3 fatalities split among 2 events"). When
        the coder gives each place its share ('(22) in A and (21) in B'), the share of the event's
        `place` is its figure."""
        result, sent, match, rule = self._count_draft(sentences, belongs, own_clauses)
        for s in sentences:
            for rx in self.cues["coded_at_place_re"]:
                m = rx.search(s.text)
                # a place is a name ('coded to this event' names none)
                if m and place and m.group("place")[0].isupper() and not _same_place(m.group("place"), place):
                    # "(fatalities coded to Schastia event)": the deaths are the event in that place's
                    return Count(0, 0, 0), s, _char_span(s, m.start(), m.end()), \
                        f"deaths coded to the event in {m.group('place').strip()}"
        for s in sentences:
            text = s.text
            for rx in self.cues["split_re"]:
                m = rx.search(text)
                if m is None:
                    continue
                total = parse_number(m.group("total")) if m.group("total") else None
                whole = Count(total, total, total) if total is not None else result
                stated = self._place_share(text[m.start():], place)
                if stated is not None:
                    return Count(stated, stated, stated), s, _char_span(s, m.start(), len(text)), \
                        f"toll split between events: the share of {place}"
                stated = self._stated_share(text[m.end():], whole.best)
                if stated is not None:
                    return Count(stated, stated, stated), s, _char_span(s, m.start(), m.end()), \
                        "toll split between events: this event's stated share"
                parts = _split_parts(m) or self._events_named(sentences)
                if parts < 2:
                    continue
                share = Count(*(_share(n, parts) for n in (whole.best, whole.low, whole.high)))
                return share, s, _char_span(s, m.start(), m.end()), f"toll split between {parts} events: one share"
        return result, sent, match, rule

    def _events_named(self, sentences) -> int:
        """How many events a split statement without a count means: the events the coder says the
        note is coded as ('coded as four events in two locations'), else the places the note lists
        ('in the areas Tongomayel and Kelbo', 'the villages of Biguele and Kassaye'), one event each;
        0 when neither is there."""
        for rx in self.cues["event_count_re"]:
            for s in sentences:
                m = rx.search(s.text)
                if m:
                    return parse_number(m.group("count")) or 0
        for rx in self.cues["place_list_re"]:
            for s in sentences:
                m = rx.search(s.text)
                if m:
                    return len([p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("places")) if p.strip()])
        return 0

    def _place_share(self, split_text: str, place: Optional[str]) -> Optional[int]:
        """The share a split statement gives the event's place: '(22) in Dinguila and (21) in Barga',
        'in Natiaboani (7), Tanwolbougou (6) and Nagare (7)', 'as follows: 2 Bir Arab, 1 Sawan'."""
        if not place:
            return None
        wanted = place.strip().lower()
        for rx in self.cues["place_share_re"]:
            for m in rx.finditer(split_text):
                named = m.group("place").strip().lower()
                if named == wanted or named.split(" (")[0] == wanted:
                    return parse_number(m.group("share"))
        return None

    def _stated_share(self, after_split: str, whole: int) -> Optional[int]:
        """The share the coder states after a split ('split across 6 events coded as 3', '5 each',
        'coded as 10 for this event'); a 'coded as' figure no lower than the toll is the toll itself."""
        for rx in self.cues["share_re"]:
            m = rx.match(after_split)
            if m is None:
                continue
            n = parse_number(m.group("share"))
            if n is not None and (m.groupdict().get("own") or n < whole or whole == 0):
                return n
        return None

    def _count_draft(self, sentences, belongs=None, own_clauses: frozenset = frozenset()) -> tuple[Count, object, object, str]:
        """The event's figure: the coder's own statement if there is one, else the deaths reported.

        Later sentences that restate the toll, or report a claim or another source's figure, give
        other figures for the same deaths: the lowest stated number is kept, as ACLED does. Deaths
        reported as additional ("two more soldiers later died") add to the toll.
        """
        for sent in sentences:
            text = sent.text  # a Span builds its text from its tokens on every access
            for rx in self.cues["coded_re"]:
                m = rx.search(text)
                if m and parse_number(m.group(1)) is not None:
                    n = parse_number(m.group(1))
                    span = _char_span(sent, m.start(), m.end())
                    return Count(n, n, n), sent, span, "coded figure stated"
        update = self._updated_toll(sentences)
        best: Optional[Count] = None
        best_sent = None
        running_anchor = None
        unverified = None  # the sentence of a party's claim the report could not verify
        for k, sent in enumerate(sentences):
            if k and best is not None and _background(sent):
                continue  # "In June, fighters killed 40 more": an earlier toll, not this event's
            if not k and len(sentences) > 1 and self._only_running_deaths(sent, belongs) and not any(
                    self._day_share(tok) for tok in sent if (belongs is None or belongs(tok)) and self.victims_of(tok)):
                # 'Gang violence has killed at least 30 people since Friday. On Sunday, gunmen killed
                # eight residents ...': the opening total over a period stands only when no sentence
                # of the event tells deaths of its own
                running_anchor = self.count_sentence(sent, belongs, own_clauses)
                continue
            if any(m is not None and m.start() <= 3 for m in (rx.search(sent.text) for rx in self.cues["split_re"])):
                continue  # a sentence of the coder's split statement restates the toll it divides (see `count_draft`)
            if best is not None and best.best > 0 and any(rx.search(sent.text) for rx in self.cues["breakdown_re"]):
                continue  # "The dead included a boy and four herders": who the victims counted already were
            c = self.count_sentence(sent, belongs, own_clauses)
            if c is not None and c.best > 0 and self._unverified_claim(c, sent):
                unverified = unverified or sent  # 'The claim could not be verified': ACLED codes none of it
                continue
            if c is not None and c.among and best is not None:
                if c.best > best.best:
                    best, best_sent = c, sent  # more named among the dead than the toll so far: at least that many
                continue
            if k and c is not None and best is not None and c.best > 0 and sent.start >= best_sent.end \
                    and ((c.additional and not c.contested) or _other_victims(c, best, self._attackers_dead(c))
                         or self._killer_killed(c, best_sent)
                         or any(rx.search(sent.text) for rx in self.cues["new_attack_re"])):
                # "Two more soldiers later died", "... Fifteen militants were killed when troops repulsed
                # the assault": other victims add to the toll
                sides = best.sides | c.sides
                best = best + c
                best.sides = sides
                continue
            if c is not None and (best is None or (_more_conservative(c, best) and not _part_of_counted(c.token)
                                                   and not _one_victim_told(c, best))):
                best, best_sent = c, sent
        if best is None and running_anchor is not None:
            best, best_sent = running_anchor, sentences[0]
        if update is not None and (best is None or update[0].best >= best.best):
            return update
        if best is not None:
            return best, best_sent, best.token, "deaths reported"
        if unverified is not None:
            return Count(0, 0, 0), unverified, None, "a party's claim the report could not verify: no deaths coded"
        for sent in sentences:
            text = sent.text
            for rx in self.cues["zero_re"]:
                m = rx.search(text)
                if m:
                    return Count(0, 0, 0), sent, _char_span(sent, m.start(), m.end()), "no deaths stated"
        anchor = sentences[0] if sentences else None
        return Count(0, 0, 0), anchor, None, "no death reported: 0 by default"

    def _attackers_dead(self, count: Count) -> bool:
        """Whether a figure's victims are named as the attackers ('Two of the attackers were killed',
        'four assailants died'), not merely as fighters, who may be the event's victims told anew
        ('a raid on a hamlet ... the army described it as an operation that killed 15 militants')."""
        token = clauses.head_word(count.token)
        if token is None:
            return False
        while token.dep_ in ("nummod", "quantmod") and token.head.i != token.i:
            token = token.head
        if token.like_num:
            token = _group_taken_from(token)
        return token.lemma_.lower() in self.cues["attacker_nouns"] or token.lower_ in self.cues["attacker_nouns"]

    def _unverified_claim(self, count: Count, sent) -> bool:
        """A figure one side of the fighting gives for its enemy's dead ('the army said dozens of
        terrorists were neutralised', 'the rebels claimed to have killed six soldiers') that the report
        says it cannot verify, in the same sentence or the next one (when that one tells no deaths of
        its own): see `unverified_claims`. A claim of responsibility is no claim of the dead. A claim the report
        says another side rejected is none either, whoever made it (`rejected_claims`)."""
        doc = sent.doc
        after = doc[sent.end].sent if sent.end < len(doc) else None
        if count.claimed and (any(rx.search(_part_told_in(sent, count.token)) for rx in self.cues["rejected_re"]) or
                              after is not None and any(rx.search(after.text) for rx in self.cues["rejected_re"])
                              and not any(self.victims_of(t) for t in after)):
            return True  # '... said it had killed 11 agents, a claim the government rejected': whoever claimed it
        # who gives the figure, also through a source verb ('military authorities stated that ...')
        speakers = count.speakers | frozenset(self._side(c) for t in sent if t.lemma_.lower() in self.cues["sources"]
                                              for c in t.children if c.dep_ == "nsubj")
        told_by = speakers - {None}
        fighters_dead = count.sides & self.cues["combatant_sides"]
        # a speaker of no known side ('the defence staff said 47 militants were killed') may be a party too
        party = (count.contested and not any(t.lemma_.lower() == "responsibility" for t in sent)) or \
            (bool(told_by & self.cues["combatant_sides"]) and not count.own_losses and not count.sides <= told_by) or \
            (None in speakers and bool(fighters_dead) and not count.own_losses)
        if not party:
            return False
        if any(rx.search(_part_told_in(sent, count.token)) for rx in self.cues["unverified_re"]):
            return True
        return after is not None and any(rx.search(after.text) for rx in self.cues["unverified_re"]) and \
            not any(self.victims_of(t) for t in after)

    def _killer_killed(self, count: Count, earlier) -> bool:
        """'A militia member killed two young men. He was later lynched by residents', '... The gunman
        was later shot dead by police': the later victim is the one who killed in the earlier
        sentence (the same noun, or 'he'/'she' after a killer named in the singular), one more death."""
        victim = clauses.head_word(count.token)
        if victim is None or earlier is None:
            return False
        # 'he' killed by someone ('was later lynched by residents'); 'He died in hospital' is the victim's death
        pronoun = victim.lower_ in ("he", "she", "him", "her")
        if pronoun and not any(c.dep_ == "agent" for c in victim.head.children):
            return False
        for tok in earlier:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.cues["death_verbs"] | self.cues["complement_verbs"] \
                    or not self.victims_of(tok):
                continue
            for killer in (c for c in tok.children if c.dep_ == "nsubj"):
                if killer.pos_ == "NOUN" and killer.tag_ == "NN" and (
                        victim.lemma_.lower() == killer.lemma_.lower() or pronoun):
                    return True
        return False

    def _updated_toll(self, sentences):
        """'One wounded succumbed, bringing the total to six killed', 'the death toll later rose to 7':
        the event's toll as updated; not a running toll of earlier violence ('the conflict's death
        toll has risen to 2,000 since 2015')."""
        for k, sent in enumerate(sentences):
            if k and _background(sent):
                continue
            for rx in self.cues["toll_update_re"]:
                m = rx.search(sent.text)
                n = parse_number(m.group("total")) if m else None
                if n is not None and self._running_update(sent, m):
                    continue
                if n is not None:
                    return Count(n, n, n), sent, _char_span(sent, m.start(), m.end()), "updated toll"
        return None

    # ---- one sentence -------------------------------------------------------------------
    def count_sentence(self, sent, belongs=None, own_clauses: frozenset = frozenset()) -> Optional[Count]:
        """Sum of the distinct victim groups that died in the sentence, or None if no death is reported.

        `belongs(token)`, when given, says whether a death word belongs to this event rather than to
        another event reported in the same sentence; `own_clauses` are the heads of the clauses that
        tell the event itself (see `_blocked`)."""
        text = sent.text
        some_denied = None  # "no civilians were harmed": no death of those, whatever the sentence tells of others
        for rx in self.cues["zero_re"]:
            m = rx.search(text)
            if m:
                # "no one was hurt", "no deaths" deny every death; "no civilians were hurt" only some
                named = [self.cues["side_of"].get(t.lemma_.lower()) for t in _char_span(sent, m.start(), m.end()) or []]
                general = not any(named)
                zero = Count(0, 0, 0, _char_span(sent, m.start(), m.end()), stated_zero=general,
                             sides=frozenset(side for side in named if side),
                             denied=m.group(0).lower().startswith("den"),
                             claimed=any(t.lemma_.lower() in self.cues["claims"] for t in sent))
                if general:
                    return zero
                some_denied = zero
                break
        groups: dict[int, Count] = {}
        sources: dict[int, Optional[int]] = {}  # group key -> the word giving its figure's source
        summary_sources: list[Optional[int]] = []
        denied_sides: list[frozenset] = []
        pronouns: dict[int, Count] = {}  # 'him', 'her': count only when no victim is named
        summaries: list[Count] = []  # "3 fatalities", "two bodies": restate victims already named
        toll_words = False  # a summary read from a toll word, not from bodies ('two more bodies were found')
        found_death = False
        additional = False
        reported = [(tok, victims) for tok in sent if belongs is None or belongs(tok)
                    for victims in [self.victims_of(tok)] if victims]
        # 'shot dead two drivers on Tuesday and killed a soldier the following day': a coordinated
        # clause told on another day is another event (its own draft reads it through `own_clauses`)
        reported = [(tok, victims) for tok, victims in reported
                    if tok.i in own_clauses or not self._on_another_day(tok)]
        running = [self._running_toll(tok) for tok, _ in reported]
        if any(running) and not all(running):
            # 'Police shot dead two protesters, bringing the number of people killed since the protests
            # began to 23': a total over a period beside the event's own deaths is no death of it
            reported = [item for item, over_period in zip(reported, running) if not over_period]
        # '30 people have been killed since January, including eight on Monday': of a total over a period, the
        # dead of the day told are the event's
        reported = [(tok, (over_period and self._day_share(tok)) or victims)
                    for (tok, victims), over_period in zip(reported, running)] if all(running) else reported
        # "a man who killed his wife was lynched": the relative clause tells what a victim had done
        victim_ids = {root.i for tok, victims in reported if tok.dep_ != "relcl" for root, _ in victims if root is not None}
        for tok, victims in reported:
            if tok.dep_ == "relcl" and tok.head.i in victim_ids and \
                    any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children):
                continue
            if self._past_deed(tok):
                continue
            if self._blocked(tok, sent, own_clauses) or self._coded_elsewhere(tok):
                continue
            if self._denied(tok):
                # "the army denied that any soldiers were killed": no death of these victims; "denied
                # the report of the conductor's death" denies one victim's death, not the toll
                if tok.pos_ in ("VERB", "AUX"):
                    denied_sides.append(frozenset().union(*(self._sides(c.token) for _, c in victims)))
                continue
            found_death = True
            if self._is_additional(tok, victims):
                additional = True
            names_some_dead = self._among_the_dead(tok) is not None
            for root, count in victims:
                count.among = names_some_dead
                if root is not None and (self._non_person(root) or self._coded_elsewhere(root)
                                         or self._background_victims(root)):
                    continue
                if root is not None and self._quoted_vague_enemy_dead(root, count):
                    continue
                if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in ("killing", "murder", "execution") and \
                        not (self._body_noun(tok) and self._is_additional(tok, victims)) and not names_some_dead:
                    # 'three fatalities', 'the bodies' restate the victims; 'six more corpses were found' adds
                    count.summary = True
                    summaries.append(count)
                    toll_words = toll_words or tok.lemma_.lower() not in self.cues["body_nouns"]
                    summary_sources.append(self._source(tok))
                    continue
                if root is None:
                    key = -1 - tok.i
                else:
                    # "ten civilians" read once from the noun and once from its number is one group
                    key = root.head.i if root.dep_ in ("nummod", "quantmod") else root.i
                if root is not None and root.lower_ in self.cues["person_pronouns_one"]:
                    pronouns[key] = count
                    continue
                prev = groups.get(key)
                if prev is None or count.best < prev.best:
                    groups[key] = count
                    sources[key] = self._source(tok)
        if not groups and pronouns:
            # "killed a thief by burning him alive": 'him' is a victim named already; several
            # mentions of 'him' are one victim
            groups = dict([next(iter(pronouns.items()))])
        if denied_sides and not (found_death and groups and all(
                sides and not (sides & self._sides(c.token)) for sides in denied_sides for c in groups.values())):
            # a claim and its denial in one sentence ('the group said it killed 15 soldiers, but the
            # army denied that any soldiers were killed'): ACLED codes no death
            return Count(0, 0, 0, None, stated_zero=True, denied=True)
        if some_denied is not None:
            # 'Four fighters were killed and no civilians were harmed': the deaths of the others stand
            groups = {key: c for key, c in groups.items() if not (self._sides(c.token) & some_denied.sides)}
            summaries = [c for c in summaries if not (self._sides(c.token) & some_denied.sides)]
            if not (found_death and (groups or summaries)):
                return some_denied
        if not found_death or not (groups or summaries):
            return None
        among = {key for key, c in groups.items() if c.among}
        if among and len(among) < len(groups):
            # 'Nine people died; five soldiers were among the dead': the named dead are some of the others
            named = sum(c.best for key, c in groups.items() if key in among)
            rest = sum(c.best for key, c in groups.items() if key not in among)
            groups = {key: c for key, c in groups.items() if (key in among) == (named > rest)}
        groups = _without_breakdown(groups)
        items = [(c, sources.get(key)) for key, c in groups.items()] + list(zip(summaries, summary_sources))
        total = self._alternative_sources(items)
        if total is None:
            total = _restated_total(list(groups.values()), summaries)
        total.additional = additional and not toll_words
        total.sides = frozenset().union(*(self._sides(c.token) for c in [*groups.values(), *summaries]))
        total.claimed = any(t.lemma_.lower() in self.cues["claims"] for t in sent)
        total.contested = any(t.lemma_.lower() in self.cues["contested_claims"] for t in sent)
        # a side telling its own losses is no claim: "a military source said two soldiers died", not
        # "the army said 47 militants were killed"
        speakers = frozenset(self._side(c) for t in sent if t.lemma_.lower() in self.cues["claims"]
                             for c in t.children if c.dep_ == "nsubj")
        total.own_losses = bool(total.sides) and None not in speakers and total.sides <= speakers
        total.speakers = speakers
        total.boasted = any(self._boast(c.token) for c in [*groups.values(), *summaries])
        total.estimated = all(c.unnumbered or c.vague for c in [*groups.values(), *summaries])
        total.among = bool(groups) and all(c.among for c in groups.values()) and not summaries
        return total

    def _quoted_vague_enemy_dead(self, root, count: Count) -> bool:
        """A party's own words, quoted, giving its enemy's dead without a number ('the army said its drones had
        "neutralised several terrorists"'): the report leaves the claim in the party's mouth and gives no toll,
        and none is coded for those victims. A plain account of vague deaths ('killed several militants') keeps
        ACLED's conventional figure."""
        if not (count.vague or count.unnumbered) or self._side(root) not in self.cues["combatant_sides"]:
            return False
        sent = root.sent
        before = sent.doc.text[sent.start_char:root.idx]
        return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")

    def _boast(self, token) -> bool:
        """The victims' killers are the speaker's own: the subject of their death verb is a pronoun or owned by one
        ('the group said it killed 40 soldiers', 'the spokesman said his forces had killed nine soldiers'), under a
        verb of saying or claiming. A party's figure for its enemy's dead, not an account of them."""
        node = clauses.head_word(token)
        if node is None:
            return False
        verb = next((a for a in (node, *node.ancestors) if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in self.cues["death_verbs"]:
            return False
        killers = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(k.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in k.children) for k in killers) \
            and any(a.lemma_.lower() in self.cues["claims"] for a in verb.ancestors)

    def _past_deed(self, verb) -> bool:
        """A killing told as what a person had done before the event: a relative clause on them in
        the past perfect or with 'allegedly' ('a mob attacked a man who had killed his brother', 'set
        fire to a lorry that allegedly killed a cyclist'), or a perfect infinitive or gerund under a
        hedge that describes them ('two men believed to have murdered a trader', 'a woman suspected
        of having killed her son'). Not a clause set off by a comma ('the gunmen, who had killed
        three, fled'), which tells the event, nor the main clause ('they are believed to have killed 12')."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        children = list(verb.children)
        if verb.dep_ == "relcl":
            relative = next((c for c in children if c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")), None)
            if relative is None or (relative.i > 0 and verb.doc[relative.i - 1].text == ","):
                return False
            return any(c.dep_ == "aux" and c.lower_ == "had" for c in children) or \
                any(c.dep_ == "advmod" and c.lower_ in self.cues["past_deed_adverbs"] for c in children)
        if verb.dep_ not in ("xcomp", "pcomp") or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
            return False
        hedge = verb.head.head if verb.head.dep_ == "prep" else verb.head
        return hedge.lemma_.lower() in self.cues["past_deed_hedges"] and hedge.dep_ in ("acl", "amod")

    def _on_another_day(self, tok) -> bool:
        """A death verb coordinated with an earlier verb that states a day of its own counted from the
        earlier one's ('... and killed a soldier the following day', '... and two days later shot dead a chief')."""
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.i > tok.i:
            return False
        doc = tok.doc
        return any(c.dep_ in ("npadvmod", "advmod", "prep") and
                   self.cues["other_day_re"].match(doc[c.left_edge.i:c.i + 1].text)
                   for c in tok.children)

    def _only_running_deaths(self, sent, belongs=None) -> bool:
        """Whether every death a sentence tells is a total over a period (`_running_toll`)."""
        told = [tok for tok in sent if (belongs is None or belongs(tok)) and self.victims_of(tok)]
        return bool(told) and all(self._running_toll(tok) for tok in told)

    def _running_update(self, sent, m: re.Match) -> bool:
        """'bringing the death toll since the protests began to 23': an update of a total over a period
        (a phrase of `running_toll` in the update's clause), not of the event's toll."""
        return self._names_period(re.split(r"[,;]", sent.text[m.start():])[0])

    def _names_period(self, text: str) -> bool:
        """Whether a phrase of `running_toll` ('since the protests began', 'this year') starts at a word of `text`."""
        return any(rx.match(text[w.start():]) for w in re.finditer(r"\b\w", text) for rx in self.cues["period_re"])

    def _running_toll(self, tok) -> bool:
        """Whether a death word counts deaths over a period up to now ('killed since the protests
        began', 'have been killed this year', 'the number of people killed'), see data `running_toll`."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() == "toll":
            tok = tok.head  # the 'death' of 'the death toll'
        head = tok.head
        if tok.lemma_.lower() == "toll":
            # 'bringing the death toll since the protests began to 23'
            return self._names_period(head.doc[tok.i:head.right_edge.i + 1].text)
        if tok.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in self.cues["count_nouns"]:
            return True
        doc = tok.doc
        for c in tok.children:
            if c.dep_ in ("prep", "advcl", "npadvmod", "advmod") and c.i > tok.i or c.dep_ in ("npadvmod", "advmod"):
                phrase = doc[c.left_edge.i:c.right_edge.i + 1].text
                if any(rx.match(phrase) for rx in self.cues["period_re"]):
                    return True
        return False

    def _day_share(self, tok) -> list:
        """The share of one day that a total over a period names with 'including' ('killed since January, including
        eight on Monday'): its number read as the victims, or none."""
        for node in (tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))):
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ != "including":
                    continue
                for num in prep.children:
                    n = parse_number(num.text) if num.dep_ == "pobj" and num.like_num else None
                    if n is not None and any(t.ent_type_ == "DATE" for t in num.subtree if t.i != num.i):
                        return [(num, Count(n, n, n, num))]
        return []

    def _denied(self, tok) -> bool:
        """A death word in what a denial says did not happen ('denied that any soldiers were
        killed'); not one co-ordinated with it ('was denied entry and ... stabbed him to death')."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "conj":
                return False
            if node.head.lemma_.lower() in self.cues["denials"]:
                return node.dep_ in ("ccomp", "xcomp", "dobj", "pcomp", "advcl")
            node = node.head
        return False

    def _source(self, tok) -> Optional[int]:
        """The word that gives a death word's figure its source, or None: the nearest one above it
        ('officials said 12 were killed', 'the monitor put the toll at 15'), else one set off beside
        its clause ('gunmen killed five soldiers, the army said')."""
        for node in (tok, *tok.ancestors):
            if node.lemma_.lower() in self.cues["sources"] and node.pos_ in ("VERB", "ADP", "NOUN"):
                if node.i > tok.i and any(t.text == ";" for t in tok.doc[tok.i:node.i]):
                    break  # "three people were killed; ... the police say two were": a clause of its own
                return node.i
            if node is not tok and node.pos_ in ("VERB", "AUX"):
                break  # "four persons were killed; many others sustained injuries, the police claims ...": the
                # death's own clause names no source
        for node in (tok, *tok.ancestors):
            for c in node.children:
                if c.dep_ == "parataxis" and c.lemma_.lower() in self.cues["sources"]:
                    return c.i
        return None

    def _alternative_sources(self, items: list) -> Optional[Count]:
        """Figures of two sources for the same deaths ('officials said 12 people were killed, while
        a monitor put the toll at 15', 'four persons were killed; the police claims two persons were
        killed'): the lower one. None when the figures have one source, or name other victims
        ('the army said it killed 12 militants, while the militants said three soldiers died'),
        which add up as usual."""
        items = [(c, src) for c, src in items if c.best > 0]  # 'fatalities split between events': no figure
        if len(items) < 2:
            return None
        by_source: dict[Optional[int], list] = {}
        for c, src in items:
            by_source.setdefault(src, []).append(c)
        if len(by_source) < 2:
            return None
        figures = []
        for counts in by_source.values():
            groups = [c for c in counts if not c.summary]
            figure = _restated_total(groups, [c for c in counts if c.summary])
            figure.sides = frozenset().union(*(self._sides(c.token) for c in counts))
            figure.estimated = all(c.vague or c.unnumbered for c in counts)
            figures.append((figure, any(c.summary for c in counts), {self._victim_kind(c.token) for c in counts} - {None}))
        for i, (a, a_toll, a_kinds) in enumerate(figures):
            for b, b_toll, b_kinds in figures[i + 1:]:
                if not (a_toll or b_toll or a_kinds & b_kinds or not (a_kinds and b_kinds) or a.sides & b.sides):
                    return None
        # 'dozens were killed, according to residents, while the government put the toll at 14': a
        # stated number goes before a vague word's fixed figure
        stated = [f for f, _, _ in figures if not f.estimated] or [f for f, _, _ in figures]
        return min(stated, key=lambda c: c.best)

    def _victim_kind(self, token) -> Optional[str]:
        """The noun a count was read from, as a kind of victim ('persons' and 'people' are one kind)."""
        if token is None:
            return None
        noun = clauses.head_word(token)
        while noun.dep_ in ("nummod", "quantmod", "amod", "det") and noun.head.i != noun.i:
            noun = noun.head
        lemma = noun.lemma_.lower()
        if noun.like_num:
            return None  # "said they had killed 20": a number names no kind
        return "person" if lemma in ("people", "persons", "person", "individual") else lemma

    def _background_victims(self, root) -> bool:
        """Victims named after 'after'/'following' ('riot after local politician killed'): the death
        that led to the event."""
        return root.dep_ == "pobj" and root.head.lower_ in self.cues["nominal_blockers"] and \
            root.head.head.lemma_.lower() not in self.cues["event_named_after"]

    def _coded_elsewhere(self, tok) -> bool:
        """Deaths the coder marks as another event's: '(coded separately)' right after the victims
        ('killing 17 militants (coded separately)') or right after the death word."""
        return coded_elsewhere_mark(tok, self.cues["elsewhere_re"]) is not None

    def _side(self, token) -> Optional[str]:
        """The side ('security', 'militant', 'civilian') of the victims a count was read from."""
        if token is None:
            return None
        noun = clauses.head_word(token)
        while noun.dep_ in ("nummod", "quantmod", "amod", "det") and noun.head.i != noun.i:
            noun = noun.head
        if noun.like_num or noun.lower_ in self.cues["vague"]:
            # "five of the attackers", "dozens of terrorists": the side of the group the number is taken from
            noun = _group_taken_from(noun)
        if noun.lemma_.lower() == "member":
            # 'a member of the armed group Arakan Army': the side of the body he belongs to
            body = _group_taken_from(noun)
            if body is not noun and body.lemma_.lower() in self.cues["armed_group_nouns"] and any(
                    q.dep_ in ("amod", "compound") and q.lower_ in self.cues["armed_group_qualifiers"] for q in body.children):
                return "militant"
        # a qualifier names the side before the noun does: 'volunteer fighters' fight for the army
        qualifiers = [q for q in noun.children if q.dep_ in ("compound", "amod") and q.i < noun.i]
        for q in qualifiers:
            side = self.cues["side_of"].get(q.lemma_.lower()) or self.cues["side_of"].get(q.lower_)
            if side:
                return side
        side = self.cues["side_of"].get(noun.lemma_.lower()) or self.cues["side_of"].get(noun.lower_)
        if side == "civilian" and any(q.lower_ in self.cues["armed_people"] for q in qualifiers):
            return "militant"  # 'armed men', 'masked men': the gunmen, not bystanders
        return side

    def _sides(self, token) -> frozenset:
        """The sides of the victims a count was read from; victims of no known side ('three
        people') take the sides of the subset that details them ('including two volunteer
        fighters and one civilian')."""
        own = self._side(token)
        if token is None:
            return frozenset()
        noun = clauses.head_word(token)
        while noun.dep_ in ("nummod", "quantmod", "amod", "det") and noun.head.i != noun.i:
            noun = noun.head
        if own is not None:
            # 'two soldiers and three militants were killed', 'two soldiers, three militants killed': one
            # count over both sides
            listed = [c for c in noun.conjuncts if c.pos_ in ("NOUN", "PROPN")] + \
                [c for c in noun.children if c.dep_ == "appos" and self._other_side_listed(noun, c)]
            return frozenset({own} | {self._side(c) for c in listed}) - {None}
        subset = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.cues["victim_excluding_preps"]]
        members = [t for prep in subset for t in prep.subtree
                   if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "conj")]
        # a member's qualifier names its side before its noun does: 'volunteer fighters' are the army's auxiliaries
        return frozenset(next((self._side(q) for q in m.children if q.dep_ == "compound" and self._side(q)),
                              self._side(m)) for m in members) - {None}

    def _is_additional(self, tok, victims) -> bool:
        """A death reported as coming on top of others: 'were also killed', 'another soldier died',
        'two more civilians died'."""
        add = self.cues["additional_deaths"]
        if any(c.dep_ == "advmod" and c.lower_ in add["adverbs"] for c in tok.children):
            return True
        for root, _ in victims:
            if root is None or (root.i == tok.i and not self._body_noun(tok)):
                continue  # 'two more bodies were found': the bodies are the victims the word is read from
            words = [root] + [t for t in root.subtree if t.dep_ in ("det", "amod", "advmod") and t.head.i <= root.i]
            for t in words:
                nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
                if t.lower_ in add["determiners"] and not (nxt is not None and nxt.lower_ == "than"):
                    return True  # "two more soldiers", but not "more than 40"
                prev = t.nbor(-1) if t.i > 0 else None
                if t.lower_ in add["ordinals"] and prev is not None and prev.lower_ in ("a", "an", "another"):
                    return True  # "later shot dead a third person": one more after the two counted
            if self._among_wounded(root):
                return True
        return False

    def _among_wounded(self, root) -> bool:
        """'A wounded trader later died', 'one of the injured died in hospital': victims who were hurt,
        not among the dead counted before."""
        wounded = self.cues["additional_deaths"]["wounded_words"]
        if any(c.dep_ == "amod" and c.lower_ in wounded for c in root.children):
            return True
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in wounded for g in c.children)
                   for c in root.children)

    def _blocked(self, tok, sent, own_clauses: frozenset = frozenset()) -> bool:
        """A death that is the topic of another act (protest over a killing, trial for a murder); not
        one told in a clause of `own_clauses`, the event's own."""
        if tok.dep_ in ("amod", "compound") and tok.pos_ in ("VERB", "ADJ") and \
                not (tok.head.i < tok.i and (tok.head.like_num or tok.head.pos_ == "NUM")) and \
                not (tok.head.i < tok.i and tok.lower_ in self.cues["dead_adjectives"]) and \
                not _listed_verb(tok):
            return True  # "killed soldiers' relatives", but not "leaves one dead"
        if any(c.dep_ == "advmod" and c.lower_ in self.cues["near_miss_adverbs"] for c in tok.children):
            return True  # "a mob nearly lynched a thief": no one died
        if self._killed_or_wounded(tok):
            return True  # "one civilian was wounded or killed": no death for certain
        node = tok
        while node.head.i != node.i:
            if node.i in own_clauses or node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
                break  # a co-ordinated act, or the clause of the event's trigger, is an event of its own
            if node.dep_ == "pcomp" and node.head.lower_ in self.cues["sequence_preps"]:
                break  # "... demanded his camera before shooting him dead": what the doers did next
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.cues["cause_marks"] for c in node.children):
                return True  # "protesters blocked the road after a man was found murdered"
            if node.dep_ == "prep" and node.lower_ in self.cues["victim_excluding_preps"] and not self._among_hurt(node) \
                    and self._among_dead_subject(node) is None:
                return True  # "ten were killed (including five burned alive)": a subset of the dead
            if node.dep_ == "relcl" and self._after_cause_word(node.head):
                return True  # "following the attack that killed two policemen", "in response to a raid (in which five were killed)"
            child, node = node, node.head
            if child.dep_ in ("ccomp", "parataxis") and child.i < node.i and child.pos_ in ("VERB", "AUX") and \
                    any(t.text in (",", ";") for t in node.doc[child.right_edge.i:node.i]):
                break  # "militants killed three men, the incident is being investigated": two clauses
            victims_noun = child is tok and child.dep_ in ("acl", "relcl") and node.pos_ == "NOUN" and \
                node.lemma_.lower() in self.cues["hedge_blockers"]  # "three suspects killed": the suspects died
            # "opened fire on women who were marching, killing one of them": a result told after a comma is
            # what was done, whatever verb the parser hangs it on, never what a march or a plan was about
            result = child is tok and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and \
                tok.doc[tok.i - 1].text == ","
            if node.lemma_.lower() in self.cues["blockers"] and not victims_noun and not result and \
                    not self._hedge_misparse(node, child):
                return True
        if tok.dep_ == "pcomp" and tok.head.lower_ in self.cues["offence_preps"]:
            return True  # "burnt to death by a mob for killing his daughter": the offence punished
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues["trigger_nouns"] and self._caused_by(tok):
            return True  # "his death sparked riots": the cause of the event named
        if tok.pos_ == "NOUN" and self._after_cause_word(tok):
            return True  # "after the death of", "in reaction to the killing of", "survived the killing"
        return False

    def _after_cause_word(self, noun) -> bool:
        """A noun after a word that names what led to the event or that it did not happen ('after',
        'following', 'in reaction to', 'escaped'); not 'responsibility for', whose object is the event itself."""
        head = noun.head
        if head.lower_ in self.cues["nominal_blockers"]:
            return head.head.lemma_.lower() not in self.cues["event_named_after"]
        return head.dep_ in ("pobj", "prep") and head.head.lower_ in self.cues["nominal_blockers"]

    def _killed_or_wounded(self, tok) -> bool:
        """A killing verb given as one of two outcomes with 'or' ('killed or wounded', 'wounded or
        killed'): ACLED counts no death it cannot be sure of."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        hurt = self.cues["outcome_participles"]
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in hurt and \
                any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.children):
            return True
        return any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children) and \
            any(c.dep_ == "conj" and c.lemma_.lower() in hurt for c in tok.children)

    def _among_hurt(self, prep) -> bool:
        """Whether 'including'/'among' names a subset of the wounded or captured ('four wounded,
        including one who later died'), whose deaths are new, rather than of the dead."""
        head = prep.head
        governor = head if head.pos_ in ("VERB", "AUX") else head.head
        return any(t.lemma_.lower() in self.cues["outcome_participles"] for t in (head, governor))

    def _among_the_dead(self, tok) -> Optional[list]:
        """'Four soldiers and a civilian were among the dead', 'Among those killed was a boy': the
        victims a death word names as some of the dead (the subject of 'be among ...'); None when
        `tok` is not such a word."""
        word = tok
        if tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.lower_ in self.cues["among_of_nouns"] and \
                (tok.lemma_.lower() in self.cues["death_verbs"] or self._has_death_complement(tok)):
            word = tok.head  # 'those killed'
        elif tok.lower_ not in self.cues["among_dead_nouns"]:
            return None
        if word.dep_ != "pobj" or any(c.dep_ == "nummod" for c in word.children):
            return None  # 'two policemen were among 10 people killed': the number is all the dead
        subject = self._among_dead_subject(word.head)
        return None if subject is None else self._phrase_victims(subject, word.head.head)

    def _among_dead_subject(self, prep):
        """The subject of '<subject> be among the dead / those killed' when `prep` is its 'among', else None."""
        copula = prep.head
        if prep.lower_ != "among" or copula.lemma_.lower() != "be":
            return None
        dead = [w for w in prep.children if w.dep_ == "pobj" and (
            w.lower_ in self.cues["among_dead_nouns"] or
            (w.lower_ in self.cues["among_of_nouns"] and any(c.dep_ in ("acl", "relcl") for c in w.children)))]
        if not dead:
            return None
        return next((c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i != prep.i
                     and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")), None)

    def _hedge_misparse(self, blocker, child) -> bool:
        """'suspected militants killed ...': the parser makes the hedge on the perpetrators the main
        verb with the killing under it; only 'suspected of/to have killed' and 'suspects in the
        killing' make the death the topic of a suspicion."""
        if blocker.lemma_.lower() not in self.cues["hedge_blockers"] or blocker.pos_ == "NOUN":
            return False
        if any(c.dep_ == "nsubj" and c.i < blocker.i for c in blocker.children):
            return False  # "the attackers suspected the three murdered a man": someone suspects a killing
        if child.dep_ == "advcl":
            # "On 3 April, suspected militants attacked a post, killing four": the killing hangs on
            # the hedge beside the clause the parser made of the perpetrators' act
            return any(c.dep_ == "ccomp" and self._hedge_misparse(blocker, c) for c in blocker.children)
        if child.dep_ != "ccomp":
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > blocker.i for c in child.children)

    def victims_of(self, tok) -> Optional[list]:
        """[(victim phrase root, Count)] if `tok` reports deaths, else None."""
        cues = self.cues
        among = self._among_the_dead(tok)
        if among is not None:
            return among
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if lemma in cues["death_verbs"] or low in cues["death_word_forms"] or \
                    (lemma in cues["complement_verbs"] and self._has_death_complement(tok)) \
                    or any(c.lower_ in cues["fatal_adverbs"] for c in tok.children):
                return self._verb_victims(tok, lemma in cues["intransitive_death_verbs"]) or self._number_before(tok) \
                    or self._phrase_before(tok) or self._controller_victims(tok) or self._passive_subject_misparsed(tok) \
                    or self._one_unread_victim(tok)
            if lemma == "lose" and any(c.lemma_.lower() == "life" for c in tok.children):
                return self._subject_victims(tok)
            if lemma == "lose":
                return self._lost_members(tok)
            if lemma == "leave" and any(c.lower_ in cues["dead_adjectives"] for c in tok.children if c.dep_ in ("oprd", "acomp", "ccomp", "dobj", "xcomp", "advmod")):
                dead = next(c for c in tok.children if c.lower_ in cues["dead_adjectives"])
                return self._count_around_dead(dead)
            if lemma in ("claim", "take", "cost") and any(c.lemma_.lower() == "life" and c.dep_ == "dobj" for c in tok.children):
                # "claimed the lives of 12 people", "took the life of a teacher", "cost 12 lives"
                life = next(c for c in tok.children if c.lemma_.lower() == "life" and c.dep_ == "dobj")
                return self._of_victims(life) or [(life, self.count_phrase(life))]
            return None
        if lemma == "throat" and tok.head.lemma_.lower() in cues["throat_cutting_verbs"]:
            # "slit the throats of three miners", "cut his throat"
            of = self._of_victims(tok)
            if of:
                return of
            owner = [c for c in tok.children if c.dep_ == "poss"]
            return self._phrase_victims(owner[0], tok.head) if owner else None
        if tok.pos_ == "NOUN" and low in cues["present_death_forms"] and tok.i + 1 < tok.sent.end and \
                (tok.dep_ == "compound" or tok.nbor(1).pos_ in ("DET", "NUM")):
            # headline style 'Mob lynches man', 'Vigilantes lynches two suspects': a killing verb the
            # tagger read as a noun; its victims follow it
            return self._phrase_after(tok.sent, tok.i + 1)
        if low in cues["complement_verb_forms"] and tok.i + 2 < tok.sent.end:
            # "gunmen shot dead a policeman" with "shot" parsed as a noun: the victims follow the complement
            nxt = tok.nbor(1)
            if nxt.lower_ == "dead" or (nxt.lower_ == "down" and low in cues["down_verbs"]):
                return self._phrase_after(tok.sent, nxt.i + 1)
            if nxt.lower_ == "to" and tok.nbor(2).lower_ == "death":
                return self._phrase_after(tok.sent, nxt.i + 2)
            return None
        if low in cues["dead_adjectives"] and tok.pos_ in ("ADJ", "NOUN"):
            if tok.head.lemma_.lower() in cues["complement_verbs"] and tok.head.i != tok.i:
                return None  # handled as "shot dead" on the verb
            return self._count_around_dead(tok)
        if tok.pos_ == "NOUN" and lemma in ("death", "fatality", "killing", "murder", "execution"):
            if lemma == "death" and _outcome_of_event(tok) and self._of_victims(tok):
                return self._of_victims(tok)  # "led to the death of one", "resulting in the death of 3 fighters"
            if lemma == "death" and tok.head.lower_ == "to":
                return None  # "beaten to death": handled on the verb
            if lemma in ("killing", "murder", "execution"):
                of = self._of_victims(tok)
                if of and tok.tag_ == "NNS" and all(c.unnumbered for _, c in of):
                    return None  # "the latest in a string of killings of politicians": a kind of violence, not its victims
                return of
            return [(tok, self.count_phrase(tok, own_number_only=True))]
        if tok.pos_ == "NOUN" and (lemma in cues["body_nouns"] or low in cues["body_nouns"]):  # 'corpses' -> 'corps'
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in (*tok.children, *tok.head.children)):
                return None  # 'they did not see bodies', 'no bodies were found': no death seen
            sent_lemmas = {t.lemma_.lower() for t in tok.sent}
            if sent_lemmas & cues["body_verbs"] or tok.head.lemma_.lower() in cues["body_head_verbs"] or \
                    any(c.dep_ == "acl" and c.lemma_.lower() in cues["body_head_verbs"] for c in tok.children):
                of = self._of_victims(tok)
                if of and of[0][1].best != cues["unnumbered_plural"]["best"]:
                    return of
                return self._possessors_counted(tok) or [(tok, self.count_phrase(tok))]
        if lemma == "toll" and tok.i + 1 < len(tok.doc) and tok.dep_ != "compound":
            # "the death toll rose to 7", but not "the toll booth 7 km east"
            nums = [t for t in tok.head.subtree if t.like_num and t.i > tok.i]
            if nums:
                return [(tok, self._number_span_count(nums[0]))]
        return None

    @staticmethod
    def _one_unread_victim(verb) -> list:
        """'In Petega, 30 km from Nassoumbou, Tamboura Amadou Oumarou, a councilman, was murdered by
        four bullets': a killing told in the singular passive as the sentence's main verb, whose
        subject the parser lost in the names before it, killed one person."""
        children = list(verb.children)
        if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in children):
            return []
        if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "is") for c in children):
            return []
        return [(verb, Count(1, 1, 1, verb))]

    def _body_noun(self, tok) -> bool:
        return tok.lemma_.lower() in self.cues["body_nouns"] or tok.lower_ in self.cues["body_nouns"]

    def _possessors_counted(self, body) -> list:
        """'Gunmen abducted five farmers on Monday. Their bodies were found ...': bodies with 'their'
        and no number of their own are those of the people last counted before them (in the
        sentence or the one before); [] when there are none."""
        if body.tag_ != "NNS" or any(c.like_num for c in body.children) or \
                not any(c.dep_ == "poss" and c.lower_ == "their" for c in body.children):
            return []
        sent = body.sent
        start = sent.start
        previous = sent.doc[start - 1].sent if start > 0 else None
        window = range(previous.start if previous is not None else start, body.i)
        for i in reversed(window):
            noun = sent.doc[i]
            if noun.pos_ in ("NOUN", "PROPN") and not self._non_person(noun) and self._age_owner(noun) is None and \
                    noun.lower_.rstrip(".") not in _MONTH_WORDS and \
                    any(c.dep_ == "nummod" and parse_number(c.text) for c in noun.children):
                return [(noun, self.count_phrase(noun))]  # not 'on May 2': a day
        return []

    def _lost_members(self, verb):
        """'The army lost two men', 'the group lost 12 fighters': a side's numbered dead; not 'lost
        two vehicles' or 'lost contact with two soldiers'."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.like_num:
            # 'lost three of its soldiers': the number, of the side's people
            members = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            if members and not self._non_person(members[0]) and (
                    self._side(members[0]) or members[0].lemma_.lower() in self.cues["member_nouns"]):
                return self._phrase_victims(obj, verb)
            return None
        if obj is None or self._non_person(obj) or not any(c.dep_ == "nummod" for c in obj.children):
            return None
        if not (self._side(obj) or obj.lemma_.lower() in self.cues["member_nouns"]):
            return None
        return self._phrase_victims(obj, verb)

    def _has_death_complement(self, verb) -> bool:
        # 'gunned down' a person, but 'burned down' a market
        down = verb.lemma_.lower() in self.cues["down_verbs"] or verb.lower_ in self.cues["down_verbs"]
        for c in verb.children:
            if c.lower_ in self.cues["complements"] and c.dep_ != "nsubj" and (down or c.lower_ != "down"):
                return True
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
                return True
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return nxt is not None and (nxt.lower_ == "dead" or (down and nxt.lower_ == "down"))

    def _likewise_victims(self, verb) -> list:
        """'Three soldiers were killed, as were five of the attackers', '... died, as did two
        civilians': the subject of a clause that says the same befell them is more victims."""
        return [v for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("be", "do")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                for subj in c.children if subj.dep_ in ("nsubj", "nsubjpass")
                for v in self._phrase_victims(subj, c)]

    def _verb_victims(self, verb, intransitive: bool):
        children = list(verb.children)
        passive = [c for c in children if c.dep_ in ("nsubjpass",)]
        if passive:
            right_before = self._subject_right_before(verb, passive)
            if right_before:
                return [v for p in right_before for v in self._phrase_victims(p, verb)] + self._likewise_victims(verb)
            return self._phrase_victims(passive[0], verb) + self._likewise_victims(verb)
        if intransitive:
            subj = [c for c in children if c.dep_ == "nsubj"]
            if subj:
                return self._phrase_victims(subj[0], verb) + self._likewise_victims(verb)
        else:
            obj = [c for c in children if c.dep_ in ("dobj", "obj")]
            if obj:
                return self._number_misread_as_things(verb) or \
                    self._phrase_victims(obj[0], verb) + self._stray_article_victim(verb, obj[0])
            complement = next((c for c in children if c.lower_ in ("dead", "down") and c.i == verb.i + 1), None)
            if complement is not None:
                # "shot dead at least fifteen people, pillaged shops": the victims parsed as the next verb's subject
                after = self._phrase_after(verb.sent, complement.i + 1)
                if after:
                    return after
            # "executed between 15 and 25 men": the victims parsed under a preposition
            for c in children:
                if c.dep_ == "prep" and c.lower_ in ("between", "about", "around", "over", "nearly", "almost") \
                        and c.i + 1 < len(c.doc) and c.nbor(1).like_num:  # not "killed over land"
                    obj = [g for g in c.children if g.dep_ == "pobj"]
                    if obj:
                        return self._phrase_victims(obj[0], verb)
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.cues["statement_nouns"] and \
                not any(c.dep_ in ("aux", "auxpass") for c in children):
            # "said in a statement three passengers killed and nine injured": the victims told in the statement,
            # parsed as the subject of a clause on the statement noun, which no one killed
            subj = [c for c in children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            return self._phrase_victims(subj[0], verb) if subj else []
        # "five people killed in ..." / "a man who was killed": the participle hangs off its victims;
        # "abducted, executed, and booby-trapped a guard" parsed with "executed" describing the guard
        if (verb.dep_ in ("acl", "relcl") or _listed_verb(verb)) and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
                and not _active_in_list(verb):
            described = _participle_owner(verb.head) if verb.dep_ == "acl" else verb.head
            return self._phrase_victims(described, verb) if described is not None else []
        if not intransitive:
            # "attacked and killed four soldiers": the object sits on the last co-ordinated verb
            for c in children:
                if c.dep_ == "conj" and c.pos_ == "VERB":
                    obj = [g for g in c.children if g.dep_ in ("dobj", "obj")]
                    if obj:
                        return self._phrase_victims(obj[0], c)
            # "abducted, executed, and booby-trapped a guard" parsed with the victims as a conjunct of the verb
            nouns = [c for c in children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i]
            if nouns and not any(c.dep_ == "nsubj" for c in children):
                return self._phrase_victims(nouns[0], verb)
        if (verb.tag_ in ("VBN", "VBD", "VBZ", "VBP") or verb.dep_ == "conj") and \
                not any(c.dep_ in ("aux", "auxpass") for c in children):
            # headline style "Three villagers assassinated overnight": a bare participle after its victims,
            # often tagged past tense ('Health worker assassinated in ...', '... and his corpse beheaded');
            # a killing verb with neither object nor co-ordinated object has its victims as subject
            subj = [c for c in children if c.dep_ == "nsubj"]
            if subj:
                return self._phrase_victims(subj[0], verb)
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            # a verb with a subject of its own shares nothing with the first ('four were wounded and one ox killed')
            return self._verb_victims_from_head(verb.head, intransitive, any(c.dep_ == "auxpass" for c in children), verb.i)
        return []

    def _stray_article_victim(self, verb, obj) -> list:
        """'killing three policemen and a passer-by', 'assassinated a leader and at least three of
        his family members': the parser joins the last victim group of the list to the verb, as a
        bare article or a number; it is one more group."""
        doc = verb.doc
        for c in verb.children:
            if c.dep_ != "conj" or not obj.i < c.i or c.i + 1 >= len(doc):
                continue
            joined = [t.lower_ for t in doc[obj.right_edge.i + 1:c.i] if t.lower_ not in ("at", "least")]
            if joined not in (["and"], []) or (not joined and doc[obj.right_edge.i].lower_ != "and"):
                continue
            if c.lower_ in ("a", "an") and doc[c.i + 1].is_alpha and not self._non_person(doc[c.i + 1]):
                return [(c, Count(1, 1, 1, c))]
            of = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            if c.pos_ == "NUM" and parse_number(c.text) is not None and of is not None and \
                    not any(self._non_person(g) for g in of.children if g.dep_ == "pobj"):
                return [(c, self._number_span_count(c))]  # "and one of his companions"
        for c in verb.children:
            # "executed four men in the village and five others at the mine": a numbered group after
            # the object's place, joined to the verb
            if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > obj.i and doc[c.left_edge.i - 1].lower_ == "and" and \
                    any(g.dep_ == "nummod" and parse_number(g.text) is not None for g in c.children) and \
                    not self._non_person(c) and not self._other_predicate(c):
                return [(c, self.count_phrase(c))]
        return []

    def _subject_right_before(self, verb, passive) -> list:
        """The victims written right before 'were killed' when the parser found them elsewhere:
        a second passive subject ('a storage ... detonated, one officer and a woman were killed'),
        subjects split at 'and' ('One militant and one VDP were killed'), or a numbered list hung
        on the place before it ('in the area of Diomsogui, five assailants and one soldier were killed').
        Empty when the passive subject is the phrase right before the verb."""
        doc = verb.doc
        aux_start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb.i])
        if aux_start == 0 or aux_start > verb.i:
            return []
        adjacent = [p for p in passive if p.right_edge.i + 1 == aux_start]
        if adjacent and len(passive) > 1:
            group = [adjacent[0]]
            for p in sorted(passive, key=lambda t: -t.i):
                between = doc[p.right_edge.i + 1:group[-1].left_edge.i]
                # joined by 'and' ('Quintana Roo, a man was shot' is a place, then the victim)
                joined = (any(t.lower_ == "and" for t in between) and all(t.lower_ in ("and", ",") for t in between)) \
                    or (len(between) == 0 and doc[p.right_edge.i].lower_ == "and")
                if p.i < group[-1].i and joined:
                    group.append(p)
            if any(p.like_num for p in passive if p not in group):
                return []  # 'zero, one or two persons were killed': alternative figures, not another subject
            return group
        if len(passive) == 1 and adjacent:
            broken = self._list_broken_before(passive[0])
            if broken is not None:
                return [broken, passive[0]]
        last = doc[aux_start - 1]
        if last.pos_ in ("NOUN", "PROPN") and last.dep_ == "conj":
            listed = _first_listed_group(last, verb)
            # a list in apposition to the subject itself is the subject's own ('Three militants, five
            # fighters, and two civilians were killed')
            if listed is not last and listed.head not in passive:
                return [listed]
        return []

    def _list_broken_before(self, subject):
        """'attacked a post, at least seven assailants and four soldiers were killed': the parser made
        the first group of the list the object of the verb before and left it its 'and' with no
        conjunct; that group is one more subject of 'were killed'. None when there is no such group."""
        doc = subject.doc
        start = subject.left_edge.i
        if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 1].dep_ != "cc":
            return None
        first = doc[start - 1].head
        if first.pos_ != "NOUN" or doc[start - 2] not in first.subtree or first.dep_ not in ("dobj", "appos") or \
                any(c.dep_ == "conj" for c in first.children) or self._non_person(first) or \
                not any(c.dep_ == "nummod" and parse_number(c.text) is not None for c in first.children):
            return None
        return first

    def _number_misread_as_things(self, verb):
        """'killing three and stealing weapons' parsed as 'killing [three ... weapons]': the number right
        after the death verb counts people when the things it is hung on come after another verb."""
        nxt = verb.nbor(1) if verb.i + 1 < verb.sent.end else None
        if nxt is not None and nxt.like_num and nxt.dep_ == "nummod" and self._non_person(nxt.head) and \
                not self._non_person(nxt):
            return [(nxt, self._number_span_count(nxt))]
        return []

    def _phrase_after(self, sent, start: int):
        """The noun phrase that starts at token `start` ('... shot dead | a policeman and an interpreter')."""
        doc = sent.doc
        i = start
        # "at least fifteen", "more than 20": a figure's qualifier
        if i + 2 < sent.end and (doc[i].lower_, doc[i + 1].lower_) in (("at", "least"), ("more", "than")) and doc[i + 2].like_num:
            start = i + 2
        for i in range(start, min(start + 4, sent.end)):
            t = doc[i]
            if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ"):
                break  # "two shot dead in Kano": no object follows
            if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                while t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i <= t.i + 4:
                    t = t.head
                return self._phrase_victims(t, doc[start - 1])
        return []

    def _controller_victims(self, verb):
        """A participle whose victims are another verb's: 'he was found executed', 'police found him
        executed', 'was reported to be tortured and killed', 'went missing and was found murdered'."""
        node = verb
        for _ in range(4):
            if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in node.children) and node.i != verb.i:
                break
            head = node.head
            if head.i == node.i:
                break
            # "four reported killed", "seven reported to have been killed"
            reported = node.tag_ == "VBN" and head.i < node.i and head.lemma_.lower() in self.cues["sources"] and \
                all(t.dep_ in ("aux", "auxpass") for t in node.doc[head.i + 1:node.i])
            if node.dep_ == "xcomp":
                for c in head.children:
                    if c.dep_ in ("nsubjpass", "dobj"):
                        return self._phrase_victims(c, head)
                if reported:
                    return self._reported_subject(head)
            elif node.dep_ == "ccomp" and reported:
                return self._reported_subject(head)
            elif node.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in node.children) or
                                          any(c.dep_ == "auxpass" for c in head.children)):
                for c in head.children:
                    if c.dep_ in ("nsubjpass", "nsubj"):
                        return self._phrase_victims(c, head)
            else:
                break
            node = head
        return []

    def _reported_subject(self, reporting_verb) -> list:
        """'four reported killed': the participle's victims are the reporting verb's subject."""
        for c in reporting_verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < reporting_verb.i:
                return self._phrase_victims(c, reporting_verb)
        return []

    def _passive_subject_misparsed(self, verb):
        """'two people from a camp [hosting refugees] were killed', 'One woman detained was executed':
        a passive death verb the parser left without a subject takes the nearest counted noun phrase
        before it in its clause. 'Three suspects were on 24/02 lynched by residents', parsed with 'were'
        as the main verb: the death verb hung under it takes its subject."""
        head = verb.head
        if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp") and head.lemma_ == "be" and head.i < verb.i:
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None and not self._non_person(subject):
                return self._phrase_victims(subject, verb)
        if not any(c.dep_ == "auxpass" for c in verb.children) or \
                any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children if c.pos_ != "VERB"):
            return []
        doc = verb.doc
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - 16) - 1, -1):
            t = doc[i]
            if t.text in (";", ":") or t.lower_ in ("when", "after", "while", "before"):
                break
            if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ == "DATE" and not self._non_person(t) and \
                    any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in t.children):
                return self._phrase_victims(t, verb)
        return []

    def _phrase_before(self, verb):
        """Headline style with the victims parsed apart from the participle: '..., 12 people of the Gwari
        community killed and two wounded'. The counted noun phrase that ends right before a bare
        participle (no auxiliary, subject or object of its own) is its victims."""
        if verb.tag_ not in ("VBN", "VBD") or verb.i == verb.sent.start or \
                any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children):
            return []
        node = verb.doc[verb.i - 1]
        while node.right_edge.i == verb.i - 1 and node.i != verb.i:
            if node.pos_ in ("NOUN", "PROPN") and not self._non_person(node) and \
                    any(c.dep_ == "nummod" or c.lower_ in self.cues["vague"] for c in node.children):
                return self._phrase_victims(node, verb)
            if node.dep_ not in ("pobj", "prep", "compound", "amod", "appos") or node.head.i == node.i:
                break
            node = node.head
        return []

    def _number_before(self, verb):
        """Telegraphic notes ("21 killed during a raid", "-5 killed/"): a number just before the death verb."""
        doc = verb.doc
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - 4) - 1, -1):
            t = doc[i]
            if t.pos_ in ("VERB",) or t.text in (",", ";", "."):
                break
            if re.fullmatch(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", t.text) or \
                    (t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in _MONTH_WORDS):
                break  # 'found on March 23 executed', 'were on 24/02 lynched': a day, not a count (nor what precedes it)
            if t.like_num and self._is_age(t):
                break  # 'an 18-year-old killed': the victim's age, not a count
            if t.like_num or t.lower_ in self.cues["vague"]:
                if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i < verb.i:
                    # '..., two church leaders and four worshippers were killed': the last group of a
                    # list the parser hung elsewhere; the phrase reads the whole list
                    return self._phrase_victims(t.head, verb)
                return [(t, self._number_span_count(t))]
        return []

    def _verb_victims_from_head(self, head, intransitive, passive=False, verb_i=-1):
        # "were attacked and killed", "clashed and died": the shared subject sits on the first verb;
        # "abducted and killed a farmer" parsed with the object on the first verb. A passive second
        # verb shares only a passive subject ('attacked the market and ten were killed')
        for c in head.children:
            if c.dep_ == "nsubjpass" or (not passive and intransitive and c.dep_ == "nsubj") \
                    or (not passive and not intransitive and c.dep_ == "dobj"):
                return self._phrase_victims(c, head)
        if not passive and not intransitive:
            # "kidnapped, executed, and mutilated a guard": the object sits on a later verb of the list
            for sibling in head.children:
                if sibling.dep_ == "conj" and sibling.i > verb_i and sibling.pos_ == "VERB":
                    obj = [g for g in sibling.children if g.dep_ == "dobj"]
                    if obj:
                        return self._phrase_victims(obj[0], sibling)
        if head.dep_ == "conj" and head.head.i != head.i and head.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children):
            # "were shot, hacked and decapitated": the parser chains each verb of the list to the one
            # before it; the shared subject sits on the first
            return self._verb_victims_from_head(head.head, intransitive, passive, verb_i)
        if passive:
            # "sources report 3 policemen were killed": the victims parsed as the first verb's object
            for c in head.children:
                if c.dep_ == "dobj" and c.right_edge.i + 2 == verb_i:
                    # "attacked the base in Yense, two soldiers and a policeman were killed": the
                    # victims are the list that ends right before the verb, not the object it hangs on
                    last = c.doc[verb_i - 2]
                    if last.i != c.i and last.dep_ == "conj" and last.pos_ in ("NOUN", "PROPN"):
                        listed = _first_listed_group(last, c.doc[verb_i])
                        if listed is not last:
                            return self._phrase_victims(listed, c.doc[verb_i])
                    return self._phrase_victims(c, head)
        return []

    def _subject_victims(self, verb):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._phrase_victims(subj[0], verb) if subj else []

    def _of_victims(self, noun):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return self._phrase_victims(objs[0], noun)
        nums = [c for c in noun.children if c.dep_ == "nummod"]
        if nums:
            return [(noun, self._number_span_count(nums[0]))]
        return None

    def _count_around_dead(self, dead):
        """'five dead', 'leaving 12 people dead', '3 were found dead', 'the dead included two children'."""
        for c in dead.children:
            if c.dep_ in ("nummod", "npadvmod", "quantmod", "nsubj") and (c.like_num or parse_number(c.text) is not None):
                return [(c, self._number_span_count(c))]
        for c in dead.children:
            if c.dep_ == "dobj":  # "shot dead a police sergeant" parsed with 'dead' as the verb
                return self._phrase_victims(c, dead)
        if dead.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "ROOT"):  # 'One person dead.'; an object goes first
            for c in dead.children:
                if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < dead.i:
                    return self._phrase_victims(c, dead.head)  # "left at least 20 people dead": the small clause's subject
        head = dead.head
        if dead.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advmod", "attr"):
            for dep in ("dobj", "nsubjpass", "nsubj"):
                for c in head.children:
                    if c.dep_ == dep and c.i != dead.i:
                        return self._phrase_victims(c, head)
        if dead.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN") and head.i < dead.i:
            # "left three soldiers and five militants dead": 'dead' after the last of the listed
            # groups is the complement of the verb whose object the list is
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first.dep_ == "dobj" and first.head.lemma_.lower() == "leave":
                return self._phrase_victims(first, first.head)
        if dead.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
            return self._phrase_victims(head, dead)
        prev = dead.nbor(-1) if dead.i > dead.sent.start else None
        if prev is not None and (prev.like_num or prev.lower_ in self.cues["vague"]):
            return [(prev, self._number_span_count(prev))]
        return []

    def _phrase_victims(self, root, verb):
        """Resolve pronouns to the noun they stand for, then count the phrase."""
        root = self._age_owner(root) or root  # 'a 45-year-old teacher' read from its age: the teacher
        root = self._sides_listed_first(_first_listed_group(root, verb))
        low = root.lower_
        if low in self.cues["person_pronouns_one"]:
            # 'killed her and her husband': the people listed with the pronoun die with them
            count = Count(1, 1, 1, root)
            for c in root.conjuncts:
                if c.i > root.i and c.pos_ in ("NOUN", "PROPN") and not self._non_person(c) and not self._other_predicate(c):
                    count = count + self._count_noun(c, False)
            return [(root, count)]
        if low in self.cues["reflexive_plural"]:
            # 'three men blew themselves up, killing themselves and nine others': the doers die, as many as counted
            doers = _clause_subject(verb)
            if doers is None or doers.pos_ not in ("NOUN", "PROPN"):
                return []
            count = self.count_phrase(doers)
            for c in root.conjuncts:
                if c.i > root.i and c.pos_ in ("NOUN", "PROPN") and not self._non_person(c) and not self._other_predicate(c):
                    count = count + self._count_noun(c, False)
            return [(root, count)]
        if root.pos_ == "PRON" and low in self.cues["person_pronouns_plural"]:
            target = self._antecedent(root, verb) or self._antecedent_before(root)
            if target is None:
                return []  # "they were killed": victims counted where they were first named
            root = target
        if self._body_noun(root):
            # 'their bodies were found executed': the people last counted, as the body noun reads them
            owners = self._possessors_counted(root)
            if owners:
                return owners
        return [(root, self.count_phrase(root, verb=verb))]

    def _sides_listed_first(self, root):
        """'Two soldiers, three militants killed in clash': a headline lists the dead of each side with
        a comma, which the parser reads as an apposition; the list starts at the first side's group
        (and `_conjuncts` adds the other's)."""
        head = root.head
        if root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and self._other_side_listed(head, root):
            return head
        return root

    def _other_side_listed(self, noun, appos) -> bool:
        """Whether an apposition to a numbered group is a numbered group of another side ('two soldiers,
        three militants'), not a name for the same people ('12 people, all soldiers')."""
        def numbered(t):
            return any(c.dep_ == "nummod" for c in t.children)
        sides = (self._side(noun), self._side(appos))
        # 'one soldier, six Koglweogo': people of one side but of other kinds are other people too
        return numbered(noun) and numbered(appos) and None not in sides and \
            (sides[0] != sides[1] or self._victim_kind(noun) != self._victim_kind(appos))

    def _antecedent(self, pron, verb):
        """The nearest earlier noun phrase in the clause chain that a plural pronoun refers to."""
        if pron.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl":
            return verb.head
        node = verb
        while node.head.i != node.i:
            node = node.head
            for dep in ("dobj", "nsubjpass", "nsubj"):  # the victims are likelier the object than the agent
                for c in node.children:
                    if c.dep_ == dep and c.i < pron.i and c.pos_ in ("NOUN", "PROPN", "NUM"):
                        return c
        return None

    def _antecedent_before(self, pron):
        """'Two gunmen opened fire on a checkpoint. They were killed when soldiers fired back': the
        people a sentence opening with 'they' as the subject of its death word stand for, numbered in
        the main clause of the sentence before it (its object first, as for `_antecedent`); None when
        that sentence names no numbered people, who are then counted where they were named."""
        sent = pron.sent
        if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ not in ("ROOT", "ccomp") or pron.i - sent.start > 1 \
                or sent.start == 0:
            return None
        before = pron.doc[sent.start - 1].sent
        for dep in ("dobj", "nsubjpass", "nsubj"):
            for c in before.root.children:
                if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN") and not self._non_person(c) and \
                        any(g.dep_ == "nummod" for g in c.children):
                    return c
        return None

    # ---- numbers ------------------------------------------------------------------------
    def _number_span_count(self, num_tok) -> Count:
        """A number token with its modifiers: 'at least 12', '1-4', 'between 2 and 6', 'twenty - one'."""
        vague = self.cues["vague"]
        if num_tok.lower_ in vague:
            v = vague[num_tok.lower_]
            return Count(v["best"], v["low"], v["high"], num_tok, vague=True)
        doc = num_tok.doc
        sent = num_tok.sent
        # extend over a written range or a hyphenated number around the token
        lo_i, hi_i = num_tok.i, num_tok.i
        while lo_i - 2 >= sent.start and doc[lo_i - 1].text in ("-", "–", "to", "and", "or") and \
                parse_number(doc[lo_i - 2].text) is not None and doc[lo_i - 2].like_num:
            lo_i -= 2
        while hi_i + 2 < sent.end and doc[hi_i + 1].text in ("-", "–", "to", "or") and \
                parse_number(doc[hi_i + 2].text) is not None and doc[hi_i + 2].like_num:
            hi_i += 2
        text = doc[lo_i:hi_i + 1].text
        whole = parse_number(text.replace(" - ", "-"))
        if whole is not None and lo_i != hi_i and "-" in text and not any(ch.isdigit() for ch in text):
            return Count(whole, whole, whole, doc[lo_i:hi_i + 1])  # "twenty - one"
        values = [parse_number(doc[i].text) for i in range(lo_i, hi_i + 1, 2)]
        values = [v for v in values if v is not None]
        m = _RANGE.match(num_tok.text)
        if m:
            values = [v for v in (parse_number(m.group(1)), parse_number(m.group(2))) if v is not None]
        if not values:
            return Count(1, 1, 1, num_tok)
        return Count(min(values), min(values), max(values), doc[lo_i:hi_i + 1])

    def count_phrase(self, root, own_number_only: bool = False, verb=None) -> Count:
        """Victims in a noun phrase: conjoined groups add up; subsets ('including ...') do not.
        `verb`, the death word the phrase is read for, bounds the list when it follows its victims
        (see `_conjuncts`)."""
        if self._non_person(root):
            return Count(0, 0, 0, root)  # "shot down 3 drones"
        if root.lemma_.lower() in self.cues["body_nouns"] or root.lower_ in self.cues["body_nouns"]:
            of_victims = self._of_victims(root)
            if of_victims and not (of_victims[0][1].unnumbered or of_victims[0][1].vague):
                return of_victims[0][1]  # "the corpses of two individuals, killed ..."
        of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if of is not None and of.head.i < of.i and (of.head.like_num or of.head.lower_ in ("one", "two", "three")) \
                and parse_number(of.head.text) is not None:
            return self._number_span_count(of.head)  # "one of the assailants killed": the part, not the whole
        counts = [self._count_noun(noun, own_number_only) for noun in self._conjuncts(root, verb)]
        numbered = [c for c in counts if not c.unnumbered]
        total = Count(0, 0, 0)
        # "killed 3 soldiers and civilians": a group without a number adds nothing certain to a counted one
        for c in numbered or counts:
            total = total + c
        total.unnumbered = not numbered
        total.vague = all(c.vague for c in numbered or counts)
        return total

    def _conjuncts(self, root, verb=None):
        """The victim groups conjoined with `root`. A conjunct is no victim when it is a thing
        ('killed eight militants and seized arms'), has a predicate of its own that is no death
        ('12 killed and two wounded' parsed as '12 ... and two wounded'), or stands after the death
        word that follows its victims ('one raider killed, and two raiders and a guard wounded')."""
        out = [root]
        # "24 civilians including a chief and a pastor": what follows a subset belongs to the subset
        subset_at = min((c.i for c in root.children if c.dep_ == "prep" and c.lower_ in self.cues["victim_excluding_preps"]),
                        default=len(root.doc))
        for c in root.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
                if verb is not None and root.i < verb.i < c.i or c.i > subset_at or self._non_person(c) \
                        or self._other_predicate(c) or _second_title(root, c) or _alternative_to(root, c):
                    continue
                out.extend(self._conjuncts(c, verb))
            elif (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) and not self._breakdown(c)
                  and not self._names_each_counted(root, c)) or \
                    (c.dep_ == "appos" and self._other_side_listed(root, c) and not self._breakdown(c)):
                # "a boy, a woman, and a guard", "two soldiers, three militants": a list parsed as apposition
                out.extend(self._conjuncts(c, verb))
            elif c.dep_ == "acl" and c.lower_ in self.cues["aged_words"]:
                # "a man aged 70 and two women" parsed with the next group joined to the age
                for age in (g for g in c.children if g.like_num):
                    for listed in age.conjuncts:
                        if listed.i > age.i and not self._non_person(listed) and (
                                listed.pos_ in ("NOUN", "PROPN") or
                                any(g.dep_ == "prep" and g.lower_ == "of" for g in listed.children)):
                            out.extend(self._conjuncts(listed, verb))
        return out

    def _names_each_counted(self, root, appos) -> bool:
        """'two people, a man and his son': an apposition whose members add up to the number of the
        counted group names each of its victims; 'three militants, five fighters and two civilians'
        is a list of groups."""
        if not any(c.dep_ == "nummod" for c in root.children):
            return False
        listed = [self._count_noun(noun, False) for noun in self._conjuncts(appos)]
        return sum(c.best for c in listed) == self._count_noun(root, False).best

    def _breakdown(self, appos) -> bool:
        """An apposition that details the victims already counted: '14 civilians (among them 7 pupils
        and 4 women)', '5 people (3 soldiers and 2 civilians)'."""
        doc = appos.doc
        first = appos.left_edge.i
        return (first > 0 and doc[first - 1].text in ("(", "[")) or doc[first].text in ("(", "[") or \
            any(t.lower_ in self.cues["victim_excluding_preps"] for t in doc[max(first - 3, 0):appos.i])

    def _non_person(self, noun) -> bool:
        """Animals and things (weapons, vehicles, houses, injuries): numbers of them are no deaths.
        A number stands for the noun it counts ('one ox')."""
        if noun.dep_ in ("nummod", "quantmod") and noun.i < noun.head.i and \
                not any(t.pos_ in ("VERB", "CCONJ", "PUNCT") for t in noun.doc[noun.i + 1:noun.head.i]):
            noun = noun.head
        return noun.lemma_.lower() in self.cues["non_persons"] or noun.lower_ in self.cues["non_persons"]

    def _other_predicate(self, noun) -> bool:
        """A conjunct with a participle of its own that reports another outcome ('two wounded',
        'four others injured', 'seized arms'); 'a woman accused of sorcery' is still a victim."""
        for c in noun.children:
            # before its noun the participle only describes the victims ('two displaced people')
            if c.dep_ in ("amod", "acl") and c.tag_ in ("VBN", "VBD") and not (c.dep_ == "amod" and c.i < noun.i) and \
                    (c.lemma_.lower() in self.cues["outcome_participles"] or c.lower_ in self.cues["outcome_participles"]):
                return True
        return False

    def _count_noun(self, noun, own_number_only: bool) -> Count:
        vague = self.cues["vague"]
        unn = self.cues["unnumbered_plural"]
        low = noun.lower_
        if noun.like_num or parse_number(noun.text) is not None and noun.pos_ == "NUM":
            return self._number_span_count(noun)
        if low in vague and noun.pos_ in ("NOUN", "ADJ", "PRON", "DET", "PROPN"):  # '"Dozens" reported dead'
            return self._number_span_count(noun)
        for c in noun.children:
            day = c.dep_ == "nummod" and _day_of_month(c)
            if day or c.lower_.rstrip(".") in _MONTH_WORDS:
                # "01 Oct. 7 people killed": the day heads the note; the count hangs inside the date
                after = [g for g in c.subtree if g.dep_ == "nummod" and g.i > c.i + (1 if day else 0)]
                if after:
                    return self._number_span_count(after[0])
                continue
            if (c.dep_ == "nummod" or (c.dep_ in ("amod", "quantmod", "det") and c.like_num)) and not self._is_age(c):
                return self._number_span_count(c)
        for c in noun.lefts:
            # "twenty Boko Haram militants": the number hangs off a compound name before the noun;
            # "Seven Kenyan fishermen": the number opening the phrase parsed as a compound of the adjective
            if c.dep_ in ("compound", "amod"):
                for g in c.subtree:
                    if g.i < noun.i and ((g.dep_ == "nummod" and c.dep_ == "compound") or
                                         (g.dep_ == "compound" and g.like_num and g.i == noun.left_edge.i)):
                        return self._number_span_count(g)
        for c in noun.children:
            if c.dep_ in ("amod", "det", "predet", "quantmod", "nmod", "compound") and c.lower_ in vague and \
                    not (c.dep_ == "amod" and noun.tag_ == "NN"):  # 'an unknown individual' is one person
                return self._number_span_count(c)
            if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() == "number":
                for d in noun.children:
                    if d.lower_ in vague and d.i != noun.i:
                        return self._number_span_count(d)
        if low == "number" or noun.lemma_.lower() == "number":
            mods = {c.lower_ for c in noun.children}
            key = next((k for k in ("unknown", "unspecified", "unclear", "undisclosed") if k in mods), "number")
            v = vague[key]
            return Count(v["best"], v["low"], v["high"], noun, vague=True)
        if own_number_only:
            # "deaths" with no number of its own: unknown plural, or one death ("the death of a man")
            of = self._of_victims(noun) if noun.lemma_.lower() in ("death",) else None
            if of:
                return of[0][1]
            if noun.tag_ in ("NN",) and noun.lemma_.lower() == "death":
                return Count(1, 1, 1, noun)
            return Count(0, 0, 0, noun, unnumbered=True)  # "fatalities unknown", "details of deaths not given"
        if noun.tag_ in ("NNS", "NNPS"):
            # "about 20 ISGS militants" parsed with the number on the name before the noun
            number = next((t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ == "nummod" and t.like_num
                           and not _day_of_month(t)), None)
            if number is not None and number.i == noun.left_edge.i + (1 if noun.left_edge.dep_ == "advmod" else 0):
                return self._number_span_count(number)
            ages = self._ages_listed(noun)
            if ages:
                return Count(ages, ages, ages, noun)  # 'the children, aged 8 and 11': one victim per age
            return Count(unn["best"], unn["low"], unn["high"], noun, unnumbered=True)
        # a singular noun or a named person is one victim
        return Count(1, 1, 1, noun)

    # ---- ages ---------------------------------------------------------------------------
    def _age_end(self, num):
        """The word that closes an age written after the number `num` ('45-year-old', '34 years old',
        '3-month-old': the 'old'), or None when the number is not followed by one."""
        doc = num.doc
        i = num.i + 1
        if i < len(doc) and doc[i].text in ("-", "–"):
            i += 1
        if i >= len(doc) or doc[i].lower_ not in self.cues["age_units"]:
            return None
        i += 1
        if i < len(doc) and doc[i].text in ("-", "–"):
            i += 1
        return doc[i] if i < len(doc) and doc[i].lower_ in self.cues["age_old_words"] else None

    def _is_age(self, num) -> bool:
        """Whether a number is a person's age, never a count of dead: 'a 45-year-old', '34 years old',
        'aged 70', each number of 'aged 8 and 11'; not a number that counts the noun after it ('a man
        aged 70 and three others')."""
        if self._age_end(num) is not None:
            return True
        if num.dep_ == "nummod" and num.head.i > num.i and num.head.lower_ not in self.cues["age_units"]:
            return False
        doc = num.doc
        between = self.cues["age_list_joiners"] | self.cues["age_range_words"]
        for i in range(num.i - 1, num.sent.start - 1, -1):
            word = doc[i]
            if word.lower_ in self.cues["aged_words"]:
                return True
            if not (word.like_num or word.lower_ in between):
                return False
        return False

    def _age_owner(self, word):
        """The person an age phrase describes when `word` is its number or unit ('a 45-year-old teacher':
        the teacher), or the age standing for the person ('an 18-year-old': 'old'); None otherwise."""
        doc = word.doc
        num = word
        if word.lower_ in self.cues["age_units"]:
            before = [doc[i] for i in (word.i - 1, word.i - 2) if i >= word.sent.start]
            num = next((t for t in before if t.like_num), None)
            if num is None or (num.i == word.i - 2 and doc[word.i - 1].text not in ("-", "–")):
                return None
        elif not word.like_num:
            return None
        end = self._age_end(num)
        if end is None:
            return None
        if end.dep_ == "amod" and end.head.i > end.i and end.head.pos_ in ("NOUN", "PROPN"):
            return end.head
        return end

    def _ages_listed(self, noun) -> int:
        """'the children, aged 8 and 11', 'three brothers aged 19, 22 and 25': a plural whose victims'
        ages are listed one by one counts as many victims as ages; 0 for no list, one age or a range
        ('aged between 12 and 15')."""
        for c in noun.children:
            if c.lower_ not in self.cues["aged_words"] or c.i < noun.i:
                continue
            numbers = [t for t in c.subtree if t.i > c.i and t.like_num]
            if len(numbers) < 2:
                return 0
            words = noun.doc[c.i + 1:numbers[-1].i + 1]
            if any(t.lower_ in self.cues["age_range_words"] for t in words) or \
                    not all(t.like_num or t.lower_ in self.cues["age_list_joiners"] for t in words):
                return 0
            return len(numbers)
        return 0


def _group_taken_from(number):
    """The group a number is taken from ('five of the attackers', 'dozens of terrorists': the attackers, the
    terrorists); the number itself when it names none."""
    return next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), number)


def _participle_owner(noun):
    """The person a participle hung on `noun` describes. The parser hangs it on the last noun before
    it: one in a phrase after a preposition other than 'of' and with no number of its own describes
    the noun the phrase qualifies ('a cleric with links to the opposition killed by gunmen': the
    cleric); when the phrase qualifies a verb the participle describes the clause's subject, counted
    there ('a body was found on the road between two towns, killed by gunmen'): None. After an
    adjective ('an officer who was close to the gendarmerie killed in the attack') it stays on the noun."""
    described = noun
    while described.dep_ == "pobj" and described.head.dep_ == "prep" and described.head.lower_ != "of" and \
            not any(c.dep_ == "nummod" for c in described.children):
        owner = described.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return None
        if owner.pos_ not in ("NOUN", "PROPN", "PRON"):
            return noun
        described = owner
    return described


def _second_title(root, conj) -> bool:
    """'A teacher and activist was shot dead': two words for one person, the second with no determiner,
    number or owner of its own, under a singular verb ('a man and woman were killed' are two)."""
    if root.tag_ != "NN" or conj.tag_ != "NN" or root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(g.dep_ in ("det", "nummod", "poss") for g in conj.children):
        return False
    return any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("was", "is", "has") for a in root.head.children)


def _bare_number(token) -> bool:
    """A number standing for its victims on its own ('14 were killed', '3 beat to death'), not one
    counting a noun ('14 herders')."""
    token = clauses.head_word(token)
    # the subject of its verb, or 'meta' as the parser may read one ahead of it; not 'one of his companions'
    return token is not None and token.like_num and token.dep_ in ("nsubj", "nsubjpass", "meta") and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _without_breakdown(groups: dict) -> dict:
    """'The army killed 17 herders in Raogo, 14 were killed by summary execution while 3 succumbed
    to torture': bare numbers after a named group that add up to its figure tell how its victims
    died, not more victims."""
    bare = {key: c for key, c in groups.items() if _bare_number(c.token)}
    named = [c for key, c in groups.items() if key not in bare]
    if not bare or not named:
        return groups
    first_bare = min(clauses.head_word(c.token).i for c in bare.values())
    parts = sum(c.best for c in bare.values())
    if any(c.best == parts and c.token is not None and
           clauses.head_word(c.token).i < first_bare for c in named):
        return {key: c for key, c in groups.items() if key not in bare}
    return groups


def _restated_total(groups: list, summaries: list) -> Count:
    """The victim groups added up; a summary figure ('3 fatalities', 'the death toll at 7') restates
    them and stands for them when it is larger."""
    total = Count(0, 0, 0)
    for c in groups:
        total = total + c
    for c in summaries:
        if c.best > total.best:
            total = c
    return total


def _listed_verb(tok) -> bool:
    """A participle the parser hung on a noun though it is one of a list of verbs: 'abducted,
    executed, and booby-trapped a guard'."""
    doc = tok.doc
    return tok.dep_ == "amod" and tok.i >= 2 and doc[tok.i - 1].text in (",", "and") and \
        doc[tok.i - 2].pos_ == "VERB" and tok.head.i > tok.i


def _active_in_list(participle) -> bool:
    """'pastoralists killed and beheaded a cattle trader': a participle hung on a noun though a verb
    listed with it takes an object; the noun did the killing, the object died."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ in ("dobj", "obj") for g in c.children)
               for c in participle.children)


def _clause_subject(verb):
    """The subject of the clause a verb reads in: its own, or that of the verb it hangs on ('blew themselves up,
    killing themselves': the men who blew up)."""
    node = verb
    while node is not None:
        for c in node.children:
            if c.dep_ == "nsubj":
                return c
        node = node.head if node.dep_ in ("advcl", "conj", "xcomp") and node.head.i != node.i else None
    return None


def _alternative_to(first, conjunct) -> bool:
    """'killed a presumed JNIM or ISGS militant', 'a soldier or a policeman died': a conjunct joined by 'or'
    names who the same victim may have been, not one more victim."""
    return _names_alternatives(c for c in first.children if c.dep_ == "cc" and first.i < c.i < conjunct.i)


def _names_alternatives(words) -> bool:
    """'or'/'nor' among the words joining two nouns: they say who the same people may have been, not more people."""
    return any(t.lower_ in load_cues()["alternative_words"] for t in words)


def _first_listed_group(root, verb):
    """'5 ISGS and 2 JNIM militants reportedly killed', '..., two church leaders and four worshippers
    were killed': the parser hangs the first numbered group of the list elsewhere (an apposition to
    the place before it, or a conjunct of it) and keeps only the last one with the verb. The list
    starts at the first numbered group."""
    if verb is None or root.i > verb.i:
        return root
    noun = root.head if root.dep_ == "nummod" else root  # the victims may be read from their number
    def numbered(t):
        return any(c.dep_ == "nummod" for c in t.children)

    first = noun
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN") and numbered(first.head):
        first = first.head
    # a group that is some verb's subject or object, or carries a participle, has a predicate of its
    # own ('3 were wounded and 2 killed', 'Nine officers injured and one policeman killed')
    # 'zero, one or two persons were killed': alternatives, not groups to add
    if _names_alternatives(noun.doc[first.i:noun.i]):
        return root
    if first is not noun and numbered(first) and first.dep_ in ("appos", "dep", "npadvmod", "ROOT", "conj") and \
            not any(c.dep_ in ("acl", "relcl") for c in first.children):
        return first
    return root


def _day_of_month(number) -> bool:
    """'01 Oct. 7 people killed': a number written before a month name is a date, not a count."""
    doc = number.doc
    if number.i + 1 >= len(doc):
        return False
    word = doc[number.i + 1].lower_.rstrip(".")
    return word in _MONTH_WORDS


_MONTH_WORDS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m) | {"sept"}


def _outcome_of_event(noun) -> bool:
    """A death noun the event ends in: 'led to the death of', 'resulting in the death of', 'caused the death of'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "in"):
        return head.head.lemma_.lower() in ("lead", "result")
    return noun.dep_ == "dobj" and head.lemma_.lower() == "cause"


def _same_place(named: str, place: str) -> bool:
    """Whether the place a coder's note names is the event's location ('Donetsk - Kyivskyi' and
    'Donetsk-Kyivskyi', 'Schastia' and 'schastia')."""
    def norm(text: str) -> str:
        return re.sub(r"\s*-\s*", "-", text.strip().lower())
    return norm(named) == norm(place)


def _other_victims(new: Count, old: Count, attackers_dead: bool) -> bool:
    """A later sentence's deaths fall on another side than those counted so far (soldiers, then
    militants), and it is not a claim or another source's figure. `attackers_dead`: the later
    victims are named as the attackers ('two of the attackers')."""
    return bool(new.sides) and bool(old.sides) and not (new.sides & old.sides) and not new.estimated \
        and (not new.claimed or new.own_losses or _enemy_dead_after_own(new, old, attackers_dead))


def _enemy_dead_after_own(new: Count, old: Count, attackers_dead: bool) -> bool:
    """'Militants attacked a base, killing 12 soldiers. The army said 30 militants were killed': the
    side whose dead were counted (the army's soldiers) tells its enemy's dead; both tolls are the
    event's, as ACLED counts the dead of all sides (a figure the report says it cannot verify is left
    out before: `_unverified_claim`). Told by a source of no known side ('..., the spokesman said',
    'the report added'), only the attackers' own dead are added ('Two of the attackers were killed in
    the return fire'), not others' deaths such a source may tell of a later clash. A figure for the
    enemy's dead from another side, one whose victims' side gave the earlier figure ('Troops killed
    three militants, the army said. The militants said they had killed ten soldiers') or one it
    'claims' stays a claim."""
    if new.contested or (old.speakers & new.sides) or not (new.speakers - {None}) <= old.sides:
        return False
    return (bool(new.speakers) and None not in new.speakers) or attackers_dead


def _part_of_counted(token) -> bool:
    """'Two of the soldiers were killed by a sniper', 'two of them': a number taken from victims
    already named tells some of them again, never a lower figure for all."""
    if token is None:
        return False
    token = clauses.head_word(token)
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lower_ in ("them", "those", "these") or
                              any(d.dep_ == "det" and d.lower_ in ("the", "those", "these") for d in g.children))
        for g in c.children) for c in token.children)


_ORDINAL_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # 'on the 9th'


def _one_victim_told(new: Count, old: Count) -> bool:
    """'Two people were shot dead. A student, 19, was shot in the head and died on the spot': one
    victim named without a number after a stated toll is one of them told again, not a lower figure.
    So are bare numbers no one gives as a figure of their own, with no place or day of their own
    ('Vigilantes killed six suspected thieves. Three were beaten to death and three burnt with
    tyres'): how some of them died."""
    token = clauses.head_word(new.token)
    if token is None or old.estimated:
        return False
    # a bare number as the parser may read it: subject, or 'meta' before its verb ('3 beat to death')
    if token.like_num and token.dep_ in ("nsubj", "nsubjpass", "meta") and not new.claimed and \
            not any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or _ORDINAL_DAY.match(t.text)
                    for t in token.head.subtree):
        return True  # not 'Four are killed on the 9th', 'Three were killed in Pogouwol': a day's or a place's share
    return new.best == 1 and not token.like_num


def _more_conservative(new: Count, old: Count) -> bool:
    """Whether a later sentence's figure replaces the one kept so far. A stated number beats a
    vague word, an unnumbered plural or no death at all, and a death denied outright beats a claimed figure;
    of two stated numbers for the event ("at least 10 killed,
    ... the army said it killed 15", "claims 25 dead") ACLED keeps the lower one."""
    if _answers_enemy_claim(new, old):
        return True
    if old.among:
        return new.best > old.best  # some of the dead were named: a higher toll for all of them stands
    # "no soldiers had died" denies the soldiers' deaths, not the militants'
    denies_old = new.best == 0 and (new.stated_zero or (bool(new.sides) and bool(old.sides) and old.sides <= new.sides))
    if denies_old and (old.contested or ((new.denied or new.claimed) and old.claimed)):
        # a group's claim of 15 dead soldiers against the army's "no deaths" or "no soldiers died": ACLED codes 0
        return True
    if old.best == 0 or (old.estimated and not new.estimated):
        return new.best > 0
    # a source's figure after a party's claim for the same victims ('The group claimed to have killed
    # 30 soldiers. The army said four soldiers were killed'): ACLED keeps the most conservative; after
    # a figure merely said by someone, a later 'said' sentence may tell some of the victims only
    weighed = not new.claimed or (old.contested and new.sides == old.sides)
    if old.boasted and not new.boasted and old.sides and old.sides <= new.sides and not new.estimated:
        # 'The rebels said they had killed nine soldiers. The army said two soldiers and one rebel had died': a
        # party's boast against another account of the same victims, of whatever source; ACLED keeps the lower
        return 0 < new.best < old.best
    if new.sides and new.sides < old.sides:
        # 'Two soldiers and three militants were killed ... the three militants died in caves': the
        # dead of one side told again, not a lower figure for all of them
        return False
    return not new.estimated and weighed and 0 < new.best < old.best


def _answers_enemy_claim(new: Count, old: Count) -> bool:
    """'Rebels said they killed 25 soldiers near Menaka. The army said four soldiers died and 10
    assailants were killed': one party's claim of its enemy's dead, then the toll the enemy gives for
    its own dead (and maybe the other side's). ACLED keeps the most conservative credible figure: the
    victims' own side's account replaces the claim, whatever else it adds."""
    def known(speakers):
        return bool(speakers) and None not in speakers
    return old.claimed and bool(old.sides) and known(old.speakers) and not (old.speakers & old.sides) \
        and known(new.speakers) and old.sides <= new.speakers and old.sides <= new.sides


def _token_ids(trigger) -> set[int]:
    if trigger is None:
        return set()
    return {t.i for t in trigger} if hasattr(trigger, "__iter__") else {trigger.i}


def _clause_owner(draft: EventDraft, drafts: list[EventDraft]):
    """When one sentence reports two events ("a suicide bombing ... which saw troops gun down dozens"),
    a death word belongs to the event whose trigger governs it in the parse, else to the nearest
    trigger; None when no other event shares this event's sentences."""
    mine = _token_ids(draft.trigger)
    spans = {(s.start, s.end) for s in draft.sentences}
    others: set[int] = set()
    for other in drafts:
        if other is not draft and any((s.start, s.end) in spans for s in other.sentences):
            others |= _token_ids(other.trigger) - mine
    if not mine or not others:
        return None
    doc = draft.sentences[0].doc
    # a trigger that is a noun ('a bomb in Kabul killed four') is told by the verb it hangs on
    my_clauses, other_clauses = _clause_heads(doc, mine), _clause_heads(doc, others)

    def belongs(tok) -> bool:
        for node in (tok, *tok.ancestors):
            if node.i in mine:
                return True
            if node.i in others:
                return False
            if (node.i in my_clauses) != (node.i in other_clauses):
                return node.i in my_clauses
        return min(abs(tok.i - i) for i in mine) <= min(abs(tok.i - i) for i in others)

    return belongs


def _part_told_in(sent, token) -> str:
    """The text of the part of a sentence, between semicolons, that holds `token` ('the ministry said four
    insurgents were killed; an official said seven bodies were buried, but this could not be confirmed':
    the doubt is about the second figure); the whole sentence when there is no semicolon or no token."""
    token = clauses.head_word(token)
    text = sent.text
    if token is None or ";" not in text:
        return text
    at = token.idx - sent.start_char
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start:end if end >= 0 else len(text)]


def _headline_part_owner(draft: EventDraft, body_start: int, belongs=None):
    """A headline that tells two events in parts split by ';' ('Two killed in Jenin camp raid; settlers
    torch cars in Sinjil') gives an event only the deaths of the part that shares the most words with its anchor
    sentence: the raid's dead are not the arson's. `belongs` (the clause owner) narrowed so; unchanged
    when no such headline is among the event's sentences."""
    if not draft.sentences or draft.sentences[0].start_char < body_start:
        return belongs
    headlines = [s for s in draft.sentences[1:] if s.end_char <= body_start and ";" in s.text]
    if not headlines:
        return belongs
    anchor_words = {t.lemma_.lower() for t in draft.sentences[0] if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop}
    foreign: set[int] = set()
    for sent in headlines:
        parts, part = [], []
        for t in sent:
            if t.text == ";":
                parts.append(part)
                part = []
            else:
                part.append(t)
        parts.append(part)
        # the part sharing the most words: 'Four Security Belt soldiers killed ...; protester shot dead in Ataq' has
        # a word of 'security forces opened fire on protesters in Ataq' in each part, and the second part two
        # (any word of a part but a stop word: a tagger reads a headline's 'protester shot dead' as adjective and noun)
        shared = [len({t.lemma_.lower() for t in p if t.is_alpha and not t.is_stop} & anchor_words) for p in parts]
        if any(shared):
            foreign |= {t.i for p, n in zip(parts, shared) if n < max(shared) for t in p}
    if not foreign:
        return belongs

    def narrowed(tok) -> bool:
        return tok.i not in foreign and (belongs is None or belongs(tok))

    return narrowed


FAR_PLACE_KM = 50  # a town this far from the event's location is another ACLED location


def _place_preposition(prep) -> bool:
    """'in', 'near', 'at' before a place, or 'of' after a word for one ('in the western city of Herat')."""
    if prep.lower_ in ("in", "near", "at", "outside"):
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in ("city", "town", "village", "district", "province")


def _anchors_of_others(draft: EventDraft, drafts: list[EventDraft]) -> frozenset:
    """The anchor sentences of the article's other events, as (start, end) token offsets."""
    return frozenset((d.sentences[0].start, d.sentences[0].end) for d in drafts if d is not draft and d.sentences)


def _clause_heads(doc, ids: set[int]) -> set[int]:
    """The verbs whose clauses tell the given trigger words: a verb trigger is its own, a noun
    trigger the nearest verb above it."""
    return {(clauses.verb_of(doc[i]) or doc[i].sent.root).i for i in ids}


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _background(sent) -> bool:
    """A follow-up sentence about earlier violence: a month or year of its own ('In June', 'last year'),
    or a toll counted 'since' some earlier point."""
    for ent in sent.ents:
        if ent.label_ == "DATE":
            words = ent.text.lower().split()
            if any(w in _MONTHS or w in ("year", "years", "months") for w in words) and \
                    not any(w.isdigit() and len(w) <= 2 for w in words):
                return True
    return any(t.lower_ == "since" and t.dep_ in ("mark", "prep") for t in sent)


def _share(total: int, parts: int) -> int:
    """One event's share of a toll split between `parts` events. ACLED hands the remainder to some
    of the events (28 over 3 events: 9, 9, 10), so the nearest whole number is the likeliest share;
    every event of a split toll keeps at least one death."""
    if total <= 0:
        return 0
    return max(1, (2 * total + parts) // (2 * parts))


def _split_parts(m: re.Match) -> int:
    """How many events a split statement names: a stated count, else the listed places ('in A, B and C')."""
    if m.group("count"):
        return 2 if m.group("count").lower() == "both" else parse_number(m.group("count")) or 0
    places = m.group("places")
    if not places:
        return 0
    places = re.split(r"\s+(?:reported|coded|on|which|with|that|where|while)\b", places)[0]
    return len([p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", places) if p.strip()])


def _char_span(sent, start: int, end: int):
    """The tokens of `sent` covering characters [start, end) of the sentence text."""
    return sent.char_span(start, end, alignment_mode="expand") or sent
