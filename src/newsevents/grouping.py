"""Part of stage 4 (event detection): the events of one article. The detector finds the events each sentence
tells (`EventDetector.sentence_events`); `ArticleGrouper.group` merges the mentions of one incident told across
sentences (a lead, its details, a headline, a casualty toll) into one group, keeps apart the incidents the article
tells separately (another place, another day, another kind of event, another section of a round-up), and leaves
out background (`background.py`), trends without an event, quotes and retellings with no event to join.

A group is a dict: mentions, votes (sub-event type -> weight), sents (sentence indexes), header, generic, and
for body events core (the sentences that tell the event itself) and creator (the sentence that first told it)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from .background import (BackgroundJudge, SentenceFacts, context_vocabulary, fronted_place, is_date, paragraph_break,
                         verb_of)
from .event_kinds import COARSE_KIND as _COARSE, MECHANISMS as _MECHANISMS, TERRITORY_OUTCOMES as _TERRITORY_OUTCOMES
from .fatalities import load_cues as load_fatality_cues
from .schema import SUB_TO_TYPE


class ArticleGrouper:
    """Groups the events found in an article's sentences into the article's events. `reader` is the detector,
    whose parse predicates (fresh, refers_back, quoted, doer, clause_head, clause_places, parts_by_place, ...)
    and vocabulary (separate_cues, retaliation_re, ...) it asks."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self.background = BackgroundJudge(reader)
        self.claims = reader.claims

    def group(self, events: list[dict], sents, facts: list[SentenceFacts], body_start: int = 0) -> list[dict]:
        """Body events in order, each merged into an earlier one unless it is a separate incident; background
        mentions (older events, trends, statistics) are left out."""
        body = [e for e in events if not e["header"]]
        header = [e for e in events if e["header"]]
        groups: list[dict] = []
        text = sents[0].doc.text if sents else ""

        def paragraph(i: int) -> int:  # body paragraphs counted from 0
            return text.count("\n\n", body_start, max(body_start, sents[i].start_char))

        body = [e for e in body if not self._fled_from(e)]
        scened = self._with_the_day_of_their_scene(events, sents, facts)
        header = [e for e in header if not self._fled_from(e)]
        section_of, headings, background_sections = self._sections(sents, body_start)
        sectioned = bool(headings)
        if sectioned:
            # a round-up: the intro above the first sub-heading sums up the sections below it (like a standfirst),
            # and a sub-heading names its section's event; neither tells an event of its own. A section headed
            # 'Background' tells none at all
            # (an intro that tells an incident on its own day is the lead of a report with sub-headings, no summary)
            summary = [e for e in body if section_of[e["sents"][0]] == 0 and not facts[e["sents"][0]].days
                       or e["sents"][0] in headings]
            header += [{**e, "header": True} for e in summary]
            body = [e for e in body if e not in summary and section_of[e["sents"][0]] not in background_sections]
        # an emergency measure (a curfew, a state of emergency) in an article that tells an event of another kind in
        # another sentence is the background of that event, not an event of its own
        told_apart = [e["sents"][0] for e in body if not e["generic"] and not _measure_only(e)]
        body_background = False  # a body mention left out as background (an older event, a trend, a remark)
        for e in [e for e in body if not e["generic"]]:
            i = e["sents"][0]
            if _measure_only(e) and any(k != i for k in told_apart):
                continue
            # each section of a round-up tells its own events: a sentence is told apart from other sections'
            here = [g for g in groups if g.get("section", 0) == section_of[i]]
            # a lead paragraph may say "have been killed" of the news itself; later paragraphs in that aspect
            # look back
            lead = not here and (paragraph(i) <= _LEAD_PARAGRAPHS or sectioned)
            if self.background.is_background(e, facts, lead=lead, opening=lead and paragraph(i) == 0):
                body_background = True
                continue
            if sectioned and not here and groups and not (self.reader.fresh(e) or facts[i].days or any(
                    _told_in_the_past(m.span.root) and self.reader.doer(m) is not None for m in e["mentions"])
                    or any(_told_new_in_the_passive(m.span.root) for m in e["mentions"])):
                here = groups  # a section's first mention told neither afresh nor on a day of its own: the
                # article's remark about the events above ('What next' under a round-up), not a new event
            target = self._same_event(e, here, sents, scened)
            if target is None and self.reader.quoted(e) and not e.get("witnessed"):
                continue  # a quote colours an event the article tells; it is never an event of its own
            told = [m for m in e["mentions"] if not self.reader.refers_back({"mentions": [m]})]
            if target not in (None, _DROP) and told and all(m.role == "Arrests" for m in told) \
                    and _COARSE.get(_family(target["votes"])) == "violence":
                continue  # "police later arrested two suspects in connection with the blast": not the blast's
                # doers or victims, and no event of its own
            if target is None:
                if e.get("taken_back"):
                    # '... it had recaptured the town after a brief firefight': the fighting of its sentence is how
                    # the place was taken back, not more of the taking an earlier mention of it joined
                    e = self._with_its_sentence_taken_from(e, groups)
                group = {**self._new_group(e), "section": section_of[i]}
                if e.get("scene") is not None:
                    group["sents"] = [e["scene"], *group["sents"]]
                groups.append(group)
            elif target is not _DROP:
                if e.get("weapon_again") and any(target["creator"] in g["sents"] for g in groups if g is not target):
                    # "The attack came a day before a roadside bomb struck a police van. The device went off on
                    # Thursday morning near Domel, killing two constables": the bomb was first named inside another
                    # event's sentence; the one that tells it on its own anchors it (its day, place and toll)
                    target["creator"] = i
                if e.get("town_of_region"):
                    target["creator"] = i  # the town the fighting was at places it, not the province of the lead
                self._absorb(target, e)
        self._join_retold_to_the_telling(groups, facts)
        self._take_casualties_told_between(groups, events, sents)
        # trends ("ISIS continues to launch attacks") join the nearest specific event of their kind
        for e in [e for e in body if e["generic"]]:
            f = facts[e["sents"][0]]
            if f.page_intro or not f.days and (f.old_date or f.background_cue):
                continue  # a trend of earlier times, not the colour of today's event
            target = self._nearest_compatible(e, [g for g in groups if g.get("section", 0) == section_of[e["sents"][0]]])
            if target is not None:
                self._absorb(target, e)
        per_sentence: dict[int, int] = {}
        for e in header:
            per_sentence[e["sents"][0]] = per_sentence.get(e["sents"][0], 0) + 1
        for e in header:
            i = e["sents"][0]
            # a sub-heading names the event of its own section
            target = self._header_target(e, [g for g in groups if g.get("section") == section_of[i]] if i in headings
                                         else groups, sents, facts)
            if target is not None:
                had = list(target["sents"])
                self._absorb(target, e)
                if per_sentence[e["sents"][0]] > 1:
                    # a headline that names two events ("Kherson shelled overnight; fighting near Vovchansk")
                    # adds its words to each, but its places and numbers belong to neither alone
                    target["sents"] = had
            elif not [g for g in groups if not g["header"]] and not e["generic"] and not body_background:
                # (a headline over a body whose every act is background, a feature on the feuds of past years,
                # names those acts, not an event of its own: 'how the feuds became a killing machine')
                groups.append(self._new_group(e))
        for g in groups:
            votes = g["votes"]
            if votes.get("Violent demonstration", 0.0) > 0 and _leading_sub(votes) == "Protest with intervention" \
                    and not votes.get("Excessive force against protesters"):
                # "police used water cannon on the marchers ... some of them threw stones and set up a barricade": a
                # crowd that turned violent is a riot whatever the police did to it, as ACLED codes it (unless the force
                # used on it was lethal or excessive, which the type model weighs)
                votes["Violent demonstration"] += votes.pop("Protest with intervention")
        self._leave_sentences_told_afresh_elsewhere(groups)
        groups.sort(key=lambda g: min(g["sents"]))
        return groups

    def _with_the_day_of_their_scene(self, events: list[dict], sents, facts: list[SentenceFacts]) -> list[SentenceFacts]:
        """The facts with each sentence that states no day of its own given the day of the sentence right before it in
        its paragraph, when that sentence tells no event and only sets the day ('On Monday the mood changed. After
        dark, a group of protesters broke through a police line ...'; 'The biggest day came on Friday, when a general
        strike paralysed the region. Columns of marchers converged on the capital ...'): the event it tells happened
        on that day, which may be another than the events told before. A sentence that sets a place too is a scene
        (`_scene_of`), and a quote or a sentence in one sets no day of the article's telling; the event is told
        afresh."""
        told = {k for e in events for k in e["sents"]}
        # (told afresh, not quoted: 'The pick-up was later found burned' after the day a hostage was freed is no
        # event of that day)
        not_afresh = {e["sents"][0] for e in events if self.reader.quoted(e) or not self.reader.fresh(e)}
        out = list(facts)
        for i in range(1, len(sents)):
            k = i - 1
            if facts[i].days or not facts[k].days or k in told or i in not_afresh or paragraph_break(sents, i) \
                    or facts[k].places or _QUOTE_MARK.search(sents[k].text) or facts[k].old_date or facts[k].stale \
                    or facts[k].earlier or facts[k].background_cue:
                continue
            out[i] = replace(facts[i], days=set(facts[k].days))
        return out

    def _join_retold_to_the_telling(self, groups: list[dict], facts: list[SentenceFacts]) -> None:
        """An event first named again before it is told ('15:40 - The city hospital now counts four dead from the
        overnight fighting' at the top of a live page, whose recap below tells 'Heavy fighting broke out late on Monday
        night ...'): its first sentence names it with 'the' or a possessive (beside its dead and wounded), on no
        day of its own. It joins the one event of its kind told after it, at no other place; a page read
        bottom-up tells the event last."""
        for g in list(groups):
            k = g.get("creator")
            if k is None or facts[k].days:
                continue
            # (its dead and wounded are the news it tells: '... to four dead and 12 wounded')
            named = [m for m in g["mentions"] if m.sent_index == k and m.lemma not in _casualty_verbs()]
            if not named or not self.reader.refers_back({"mentions": named}) \
                    or any(_family(h["votes"]) == _family(g["votes"]) and min(h["sents"]) < k for h in groups if h is not g):
                continue
            later = [h for h in groups if h is not g and min(h["sents"]) > k and _family(h["votes"]) == _family(g["votes"])]
            places = set().union(*(facts[j].places for j in g["sents"]))
            if len(later) != 1 or places and not places & set().union(*(facts[j].places for j in later[0]["sents"])):
                continue
            told = later[0]
            told["mentions"] = g["mentions"] + told["mentions"]
            for sub, v in g["votes"].items():
                told["votes"][sub] = told["votes"].get(sub, 0.0) + _RETOLD_SCALE * v
            told["sents"] = sorted(set(told["sents"]) | set(g["sents"]))
            groups.remove(g)

    @staticmethod
    def _take_casualties_told_between(groups: list[dict], events: list[dict], sents) -> None:
        """A sentence with no event word of its own that tells deaths or wounds, between two sentences of one event in
        one paragraph ('..., killing three policemen, officials said. The bomber also died. The Taliban claimed the
        attack.'): that event's casualties. The detector adds such sentences only after an event's last sentence, so
        one told before a claim or a second account of the event would be lost to it."""
        worded = {k for e in events for k in e["sents"]}
        taken = {k for g in groups for k in g["sents"]}
        for g in groups:
            own = sorted(g["sents"])
            for a, b in zip(own, own[1:]):
                if b - a < 2 or any(paragraph_break(sents, k) for k in range(a + 1, b + 1)):
                    continue
                g["sents"] += [k for k in range(a + 1, b) if k not in worded and k not in taken
                               and _tells_casualties(sents[k])]

    def _leave_sentences_told_afresh_elsewhere(self, groups: list[dict]) -> None:
        """A sentence that only places an event named again in time before another it tells afresh ('The attack came a
        day before a roadside bomb struck a police van in Lakki Marwat district') belongs to the other: its places,
        numbers and days are that event's, and the event it names again keeps its own sentences."""
        for g in groups:
            for k in list(g["sents"]):
                mine = [m for m in g["mentions"] if m.sent_index == k]
                if len(g["sents"]) < 2 or not mine or not self.reader.refers_back({"mentions": mine}) or not all(
                        m.span.root.dep_ == "nsubj" and m.span.root.head.lemma_.lower() in self.reader.sequence_verbs
                        for m in mine):
                    continue
                if any(h is not g and k in h["sents"] and not self.reader.refers_back(
                        {"mentions": [m for m in h["mentions"] if m.sent_index == k]})
                       and any(m.sent_index == k for m in h["mentions"]) for h in groups):
                    g["sents"].remove(k)
                    if k in g.get("core", []):
                        g["core"].remove(k)

    def _sections(self, sents, body_start: int) -> tuple[list[int], set[int], set[int]]:
        """The sections of a round-up ('Roadside bomb near Daquq', 'Monday: army camp attacked in Sokolo' over
        their paragraphs): the section of each sentence (0 above the first sub-heading), the sentences that are
        sub-headings, and the sections headed as background ('Background', 'Context'). An article with fewer
        than two sub-headings is one section."""
        none = ([0] * len(sents), set(), set())
        if not sents:
            return none
        text = sents[0].doc.text
        paragraphs = []
        start = body_start
        for part in text[body_start:].split("\n\n"):
            paragraphs.append((start, part.strip()))
            start += len(part) + 2
        heads = [(at, para) for k, (at, para) in enumerate(paragraphs)
                 if k < len(paragraphs) - 1 and _is_subheading(para) and len(paragraphs[k + 1][1].split()) >= 12]
        if len(heads) < 2:
            return none
        starts = [at for at, _ in heads]
        section_of = [sum(at <= s.start_char for at in starts) for s in sents]
        headings = {i for i, s in enumerate(sents) if any(at <= s.start_char < at + len(para) for at, para in heads)}
        background = {k + 1 for k, (_, para) in enumerate(heads)
                      if para.lower().strip(" :.") in self.reader.background_headings}
        return section_of, headings, background

    @staticmethod
    def _new_group(e: dict) -> dict:
        return {**e, "mentions": list(e["mentions"]), "sents": list(e["sents"]), "votes": dict(e["votes"]),
                "core": [] if e["header"] else list(e["sents"]), "creator": None if e["header"] else e["sents"][0]}

    def _absorb(self, target: dict, e: dict) -> None:
        target["mentions"] += e["mentions"]
        same = _family(e["votes"]) == _family(target["votes"])
        coarse = _COARSE.get(_family(e["votes"])) == _COARSE.get(_family(target["votes"]))
        scale = 0.5 if e["generic"] or e["header"] or e.get("claimed") else 1.0
        if self.reader.refers_back(e) or e.get("claim_of_told"):
            scale *= _RETOLD_SCALE  # "the bombing" names the event again, and "claimed the attack" in a party's words; they
            # say little about which kind it was
        if not coarse:
            scale *= 0.25  # a side detail of another kind ("police arrested two suspects") barely moves the type
        elif not same:
            scale *= 0.5  # what the wounded or the other side say happened counts for less than what the event's
            # own sentences tell ("a drone struck a car, killing two men" stays a drone strike however the dead are named)
        held = _leading_sub(target["votes"])
        votes = e["votes"]
        if self._contested(e):
            # "The army said it had repelled the assault, but JNIM said its fighters had overran the camp": two sides'
            # accounts of the event told before; neither's claim that a place changed hands makes it so
            votes = {k: v for k, v in votes.items() if k not in _TERRITORY_OUTCOMES}
        rioting = any(SUB_TO_TYPE.get(k) == "Riots" for k in (*target["votes"], *votes))
        if _family(target["votes"]) == "Protests" and not rioting and self.reader.force_on_crowd(e):
            # "Soldiers opened fire on the marchers, killing a young man" after the march: the force used on it, which
            # makes the protest one met with excessive force, not a side detail; the sentences that told the march
            # only told that there was a protest, and do not speak for a peaceful one against it (a crowd that rioted
            # is a violent demonstration, whatever force met it)
            force = _EXCESSIVE_FORCE_VOTE + target["votes"].pop("Peaceful protest", 0.0) + votes.get("Peaceful protest", 0.0)
            votes, scale = {"Excessive force against protesters": force}, 1.0
        if target["votes"].get("Excessive force against protesters", 0.0) > target["votes"].get("Peaceful protest", 0.0):
            # once force was used on the protest, sentences naming the protest again ('Sudan protests') do not make it
            # a peaceful one, and those telling the police dispersing the crowd tell part of the force used on it
            # ('A student was shot dead by police during protests' then 'Police dispersed the crowd'): ACLED's
            # excessive force is an intervention with lethal or serious force, not a second kind beside it
            folded: dict[str, float] = {}
            forced = self.reader.force_on_crowd(target)  # the state's forces harmed the unarmed, not gunmen told as its cause
            for k, v in votes.items():
                if k != "Peaceful protest":
                    if k == "Protest with intervention" and not rioting and forced:  # (a crowd that rioted stays a riot)
                        k = "Excessive force against protesters"
                    folded[k] = folded.get(k, 0.0) + v
            votes = folded
        for k, v in votes.items():
            if k in _TERRITORY_OUTCOMES and held in _TERRITORY_OUTCOMES:
                k = held  # "they had 'liberated' the city" retells the RSF's takeover: whose gain it was is told there
            target["votes"][k] = target["votes"].get(k, 0.0) + scale * v
        target["sents"] += [s for s in e["sents"] if s not in target["sents"]]
        target["generic"] = target["generic"] and e["generic"]
        # sentences that tell the event itself (not a trend, headline or side detail) may anchor it
        if not (e["generic"] or e["header"]) and (same or e.get("weapon_again")):
            target["core"] = target.get("core", []) + [s for s in e["sents"] if s not in target.get("core", [])]

    def _contested(self, e: dict) -> bool:
        """The event words stand under a verb of saying in a sentence where two speakers tell what happened ('the army
        said ..., but JNIM said ...'): two sides' accounts."""
        heads = {k for m in e["mentions"] for k in self.reader.claim_heads(m)}
        if not heads:
            return False
        sent = e["mentions"][0].sent
        speakers = {c.lower_ for t in sent if t.lemma_.lower() in self.reader.claim_verbs and t.pos_ == "VERB"
                    for c in t.children if c.dep_ == "nsubj"}
        return len(speakers) >= 2

    def _counter_account(self, e: dict) -> bool:
        """Every mention stands under a verb of saying that an adverb marks as a side's version against the account
        told before ('It said instead that ...', 'the rebels said rather that ...')."""
        for m in e["mentions"]:
            heads = self.reader.claim_heads(m)
            if not heads or not any(c.dep_ == "advmod" and c.lower_ in self.reader.counter_account_adverbs
                                    for k in heads for c in m.span.doc[k].children):
                return False
        return bool(e["mentions"])

    def _hearsay_at_told_place(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> Optional[dict]:
        """The latest event told at a place the sentence names, when every trigger of `e` is only heard of ('reports of
        clashes in X', 'rumours of fighting'); None otherwise."""
        i = e["sents"][0]
        if not groups or any(i in g["sents"] for g in groups) or not e["mentions"] or not all(
                m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "of"
                and m.span.root.head.head.lemma_.lower() in self.reader.hearsay_nouns for m in e["mentions"]):
            return None
        # the names after 'in', 'at', ... too, whatever the tagger took them for
        places = facts[i].places | {p for m in e["mentions"] for p in self.reader.clause_places(m.span.root.head.head)}
        for g in reversed(groups):
            if _COARSE.get(_family(g["votes"])) in ("violence", "protest") and any(
                    self._names_place(sents[k], p) for p in places for k in g["sents"]):
                return g
        return None

    def _separate(self, sent) -> bool:
        low = sent.text.lower()
        return any(c in low for c in self.reader.separate_cues)

    def _same_event(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]):
        """The group this event retells, None for a new event, or _DROP for a retelling with no home."""
        i = e["sents"][0]
        if self._separate(sents[i]) and not any(i in g["sents"] for g in groups):
            return None
        if groups and not any(i in g["sents"] for g in groups) and self._counter_account(e):
            # "Baku denied it. It said instead that Armenian units had fired on its positions on Tuesday": the other
            # side's version of the incident told, not an incident of its own
            told = [g for g in groups if _COARSE.get(_family(g["votes"])) == _COARSE.get(_family(e["votes"]))]
            if told:
                e["claimed"] = True
                return told[-1]
        heard = self._hearsay_at_told_place(e, groups, sents, facts)
        if heard is not None:
            # "Reports of heavy clashes in Ziguinchor this afternoon" on a live page that tells what happened in
            # Ziguinchor: the first word of that event, not another one
            e["claimed"] = True
            return heard
        claimed = self._claim_of_an_event_told(e, groups, sents, facts)
        if claimed is not None:
            e["claimed"] = e["claim_of_told"] = True
            claimed["claims"] = claimed.get("claims", []) + e["sents"]
            return claimed  # "JNIM claimed the attack in an audio message on Tuesday, saying its men had killed about
            # fifteen soldiers": the mine blast told before, claimed on a later day; not a clash of the claim's day
        fam = _family(e["votes"])
        fronted = fronted_place(sents[i])
        if fronted and groups and not any(self._names_place(sents[k], fronted) for g in groups for k in g["sents"]) \
                and not any(i in g["sents"] for g in groups) and (self.reader.fresh(e) or self._told_by_its_doer(e)) \
                and not self.reader.quoted(e):
            return None  # "In Kakamega, youths looted shops": another town sets the scene for a new event
        if groups and not any(i in g["sents"] for g in groups) and _OTHER_SIDE.search(sents[i].text) \
                and not self.reader.quoted(e) and _family(max(groups, key=lambda g: max(g["sents"]))["votes"]) != fam:
            return None  # "During the exchange, shells fired from the Afghan side landed in a market in Landi Kotal, on
            # the Pakistani side, killing a woman": another kind of event than the one told just before, across the
            # border, in another country
        if groups and not any(i in g["sents"] for g in groups) and self.reader.quoted(e) and self._witnessed_other_day(
                e, groups, sents, facts):
            e["witnessed"] = True
            return None  # '"On Sunday they came back to Foube and shot my brother," said a farmer': a witness tells
            # another incident, on a day of its own
        if groups and not any(i in g["sents"] for g in groups) and not self.reader.quoted(e) and self._likewise_elsewhere(
                e, [sents[k] for g in groups for k in g["sents"]]):
            return None  # "Hundreds also marched in the northern town of Gulu": the same kind of event at another place
        if groups and not any(i in g["sents"] for g in groups) and facts[i].days and not self.reader.quoted(e) and any(
                self._names_new_place({"mentions": [m]}, [sents[k] for g in groups for k in g["sents"]])
                for m in e["mentions"] if self._taken_places(m)):
            return None  # "On Sunday, the rebels also took over Mabalako": another place taken, on a day of its own
        if fam != "Battles" and _COARSE.get(fam) == "violence" and self.reader.retaliation_re.search(sents[i].text.lower()) and groups \
                and not any(i in g["sents"] for g in groups) and self.reader.fresh(e):
            return None  # the other side's answer to an attack is an event of its own (in a clash it is the clash)
        f = facts[i]
        places = f.places
        lemmas = {m.lemma for m in e["mentions"]}
        dated = bool(f.days) or any(ent.label_ == "DATE" and is_date(ent) for ent in sents[i].ents)
        people = f.people | self._named_targets(e)
        same_sentence = [g for g in groups if i in g["sents"]]
        if same_sentence and self.reader.refers_back(e):
            # "The clash came a day after a bomb exploded near the market": the clash told before, not the bomb
            told = [g for g in groups if g not in same_sentence and _family(g["votes"]) == fam]
            if told:
                return told[-1]
        if self._takes_back_what_was_taken(e, groups):
            e["taken_back"] = True
            return None  # "The army said on Thursday it had recaptured Bantu" after the militia took it on Saturday:
            # the place changing hands again, not the taking told before (whatever else the sentence shares with it)
        if same_sentence:
            # two events of one sentence stay two, unless the second only retells the first as a claim (not when
            # one speaker tells both: "soldiers arrested a cartel leader, and gunmen ambushed a patrol, police said")
            first = [m for g in same_sentence if g.get("creator") == i for m in g["mentions"] if m.sent_index == i]
            retold = [m for g in same_sentence for m in g["mentions"] if m.sent_index == i]
            told_here = retold + e["mentions"]
            if self._casualties_joined_to(e, retold):
                return same_sentence[-1]  # "Two children were killed and four other people wounded when a shell
                # hit ...": the wounded of the same shell, not an event of their own
            if self._casualties_by_the_told(e, retold):
                return same_sentence[-1]  # "three farmers were killed on Friday by artillery fire that struck a
                # village": the dead of the shelling, not a killing of their own
            if not first and self._how_it_came(e, retold):
                return same_sentence[-1]  # "The fighting began at dawn when rebel fighters attacked an army position":
                # how the event named again came about, in more detail
            if not first and (len(self.reader.told_after(told_here)) > 1 or len(self.reader.parts_by_place(told_here)) > 1):
                return None  # the sentence only named an event told before ('The attack came two days after ...'):
                # what it tells afresh in the 'after' clause is not a retelling of that
            if not first and _sub_kind(_leading_sub(e["votes"])) == \
                    _sub_kind(_leading_sub(same_sentence[-1]["votes"])):
                return same_sentence[-1]  # "Soldiers advanced from Pemba and recaptured Mocimboa after a firefight",
                # told as the retake of the lead: the same kind of event as the one the sentence retells, in more words
            first_told = set().union(*map(self.reader.claim_heads, first)) if self.reader.other_doers(e["mentions"], first) \
                else set()
            heads = [self.reader.claim_heads(m) for m in e["mentions"]]
            if len(self.reader.parts_by_place(first + e["mentions"])) > 1:
                return None  # the same doers at another place ('killed 15 civilians in Seytenga and attacked a
                # gendarmerie post in Dori, security sources said'): another event, not a claim retelling the first
            if all(heads) and not any(h & first_told for h in heads):
                e["claimed"] = True  # a group's word for what it did counts for less than the report
                return same_sentence[-1]
            return None
        weapon = self._weapon_told_before(e, groups, i)
        if weapon is not None:
            e["weapon_again"] = True
            return weapon  # "The device went off on Thursday morning near Domel, killing three soldiers": the bomb told
            # in the sentence before, now with its day, place and toll, whatever other kind of event its words suggest
        toll_of = self._toll_of_the_event_just_told(e, groups, sents, facts)
        if toll_of is not None:
            return toll_of  # "An army truck struck an explosive device near Bourem. The army said in a statement three
            # soldiers killed and two wounded": the toll of the bomb just told, not of a killing told paragraphs before
        named_by_place = self._event_named_by_its_place(e, groups, sents)
        if named_by_place is not None:
            return named_by_place  # "The Derbent attack took place late on Sunday, when ...": the attack on Derbent
            # told before (in another event's clause: 'two days after gunmen attacked a post in Derbent'), in detail
        if self._day_of_a_told_cause(e, groups, sents):
            return None  # "The Sunday attack took place on the Dadaab road" after a protest held "after three teachers
            # were shot dead when gunmen stopped a minibus ... on Sunday": the killing told as the protest's cause,
            # now told as an event of its own
        for g in reversed(groups):
            gpeople = set().union(*(facts[k].people for k in g["sents"])) | self._named_targets(g)
            gplaces = set().union(*(facts[k].places for k in g["sents"]))
            gdays = set().union(*(facts[k].days for k in g["sents"]))
            if _family(g["votes"]) == fam and people & gpeople and not (f.days and gdays and not f.days & gdays):
                return g  # the same people in the same kind of event, on no other day ('On Thursday, police
                # detained nine men ... on suspicion of helping the KNF' is not Monday's looting by the KNF)
            # (a party's claim joined to the event is its word, not the report's: "saying its men had killed about
            # fifteen soldiers" does not make the next killing told the same event)
            told_words = {m.lemma for m in g["mentions"] if m.sent_index not in g.get("claims", ())}
            if (_family(g["votes"]) == fam and 0 < i - max(g["sents"]) <= 2 and lemmas & told_words
                    and not (places and gplaces and not places & gplaces)
                    and not (f.days and gdays and not f.days & gdays and not places & gplaces)):
                return g  # the same word for the same kind of event, nearby, at no other place, and on no other day
                # unless at the same place (the day of an earlier report of it)
        if self._announced_on_its_day(e, groups, facts):
            return None  # "The army said on Tuesday it had reached a ceasefire with the rebels" after Sunday's attack:
            # a development the party announces, dated by its statement, not a detail of the fighting
        # "... and was treating at least 22 wounded people": the toll of an event told before, whatever the sentence's
        # own places and days
        group_days = set().union(*(facts[g["creator"]].days for g in groups if g.get("creator") is not None))
        refer = self.reader.refers_back(e) and not self._dated_apart(e, f, group_days) or f.follow_up_cue \
            or self._casualties_only(e) or self._during_told(e) or _bodies_of_the_told(sents[i]) \
            or self._wounded_of_the_told(e, groups, facts)
        # the names its clause puts after 'in', 'at', ... too, whatever the tagger took them for
        named = f.places | {p for m in e["mentions"] if (h := self.reader.clause_head(m)) is not None
                            for p in self.reader.clause_places(h)}
        if not refer and f.days and group_days and not f.days & group_days and not self._second_of_its_lead(
                e, groups, sents, named):
            return None  # its own day: another incident
        if not refer and groups and _ALSO_OPENING.match(sents[i].text) and self.reader.fresh(e) \
                and not self.reader.quoted(e) and _family(groups[-1]["votes"]) != fam:
            return None  # "Also on Wednesday, police raided the Tbilisi offices of the opposition party and arrested
            # five activists" after a rally: another act the article adds to the day's news, not a detail of the rally
        if not refer and groups and _COARSE.get(fam) == "protest" and self._opens_on_other_day(sents[i]) \
                and self.reader.fresh(e) and not self.reader.quoted(e):
            return None  # "The next day, police fired tear gas to disperse residents who had blocked the road again":
            # a crowd's next gathering, on a day of its own
        if not refer and groups and fam == "Riots" and _leading_sub(groups[-1]["votes"]) == "Peaceful protest" \
                and self._opens_later_in_the_day(sents, i) and self.reader.fresh(e) and not self.reader.quoted(e):
            return None  # "That evening the mood changed. Groups of hooded young people erected barricades ... and threw
            # stones at police lines" after a march that stayed peaceful: another crowd's riot later that day
        if not refer and groups:
            known = set().union(*(facts[k].places for g in groups for k in g["sents"]))
            seen = " ".join(sents[k].text.lower() for g in groups for k in g["sents"])
            if _COARSE.get(fam) == "protest" and f.days and f.places and not any(
                    re.search(rf"(?<!\w){re.escape(p)}(?!\w)", seen) for p in named) and not (
                    group_days and f.days & group_days and not self._groups_placed(groups, sents, facts)) \
                    and self.reader.fresh(e) and not self.reader.quoted(e):
                return None  # "More on last night's trouble in Negombo: residents ... clashed with police": a crowd
                # told afresh at a place and on a day none of the events told has; on the same day too when the
                # events told have places of their own ('Thursday night in Izmir: ...' then 'Thursday night ... in
                # Ankara, police fired tear gas at students'): the same night in another city
            own = self._attached_places(e, facts, sents)
            region = self._region_lead(e, own, groups, sents, facts) \
                if fam in _FIGHTING and own and not own & known and not self.reader.quoted(e) else None
            if region is not None:
                e["town_of_region"] = True
                return region  # "Rebels attacked army positions in the town of Saraqib before dawn on Wednesday" after
                # "Fighting ... in Idlib province killed seven people on Wednesday": the fighting the lead placed only
                # by its province, told again at one of its towns
            other_kind = all(_family(g["votes"]) != fam for g in groups)
            if own and dated and not own & known and (other_kind or f.days and self.reader.fresh(e)):
                return None  # another kind of event, or an event told afresh with its own day, at another place
            sub = _leading_sub(e["votes"])
            if own and f.days and not own & known and not self.reader.quoted(e) and all(
                    _sub_kind(_leading_sub(g["votes"])) != _sub_kind(sub) for g in groups):
                return None  # "Also on Sunday, the rebels abducted six farmers near Oicha, about 30 km north": the same
                # doers, another act at another place
            other_means = sub in _MECHANISMS and all(_leading_sub(g["votes"]) != sub for g in groups)
            if fam in _FIGHTING and self.reader.fresh(e) and not self.reader.quoted(e):
                # fighting told afresh (its own clause and subject, or 'a/an'), with its own place or time
                elsewhere = own and not own & known or f.places and not f.places & known
                low = sents[i].text.lower()
                # ('on the same Tuesday' opening the sentence counts too, though it dates the verb of saying: "On the
                # same Tuesday, a military spokesman said an air raid had killed ...", after a mine blast on Monday)
                timed = bool(f.days or self.reader.day_words_re.search(low) or self.reader.other_day_re.search(low)
                             or _weekday_opening().match(low))
                if not (other_kind or other_means):
                    if own and not own & known and timed:
                        return None  # the same weapon elsewhere at its own time ("Ukrainian drones attacked a
                        # refinery in Krasnodar overnight" after a bomb on a Kharkiv shop on Saturday)
                elif elsewhere or timed or self.reader.later_re.search(low) or sub == _SUICIDE_BOMB:
                    # (attackers who blow themselves up after a gunfight: the bombing is an event of its own, whatever
                    # the words of time: 'Three other men then blew themselves up inside the house')
                    return None  # at another place or time ("Russian artillery shelled Kherson overnight" after
                    # a clash near Vovchansk; "An Israeli drone strike hit a car in south Lebanon" after rocket
                    # fire on an Israeli town), though the parser found no date in it
                elif fam == "Battles" and all(_family(g["votes"]) == "Violence against civilians"
                                              or _leading_sub(g["votes"]) in _DISTINCT_DEVELOPMENTS for g in groups) \
                        and any((d := self.reader.doer(m)) is not None and not m.span.start <= d.i < m.span.end
                                for m in e["mentions"]):
                    return None  # troops who then clash with the killers of villagers: a second event (not the
                    # "gun battles" that "lasted several hours" during the raid told before); a base set up or an
                    # agreement told between them is no fighting the clash could retell
            group_dates = set().union(*(facts[g["creator"]].dates for g in groups if g.get("creator") is not None))
            if other_kind and f.dates and not f.dates & group_dates and self.reader.indefinite(e):
                return None  # "a deadly suicide bombing ... last month": another event, introduced as new
            if (sub in _DISTINCT_DEVELOPMENTS and f.days and self.reader.fresh(e) and not self.reader.quoted(e)
                    and all(_sub_kind(_leading_sub(g["votes"])) != sub for g in groups)):
                return None  # "On Monday evening, RSF fighters looted shops" after the takeover of the city
        for g in reversed(groups):
            if (fam == "Strategic developments" and _COARSE.get(_family(g["votes"])) == "violence"
                    and 0 < i - max(g["sents"]) <= 1 and not (places or dated)):
                return g  # "The attackers burned houses before fleeing": part of the attack
            gplaces = set().union(*(facts[k].places for k in g["sents"]))
            same_family = _family(g["votes"]) == fam
            close = i - max(g["sents"]) <= 2
            place_conflict = bool(places and gplaces and not places & gplaces)
            if same_family and close and not place_conflict and (lemmas & {m.lemma for m in g["mentions"]}
                                                               or not (places or dated)):
                return g
        if not groups:
            return None
        # no new date, place or kind of its own: a follow-up of the nearest earlier event, preferring its kind
        coarse = _COARSE.get(fam)
        earlier = [g for g in groups if min(g["sents"]) <= i] or groups
        alike = [g for g in earlier if _COARSE.get(_family(g["votes"])) == coarse]
        # ... and of its own sub-type first: "the RSF said they had 'liberated' the city" retells the takeover, not
        # the fighting before it (a town taken and a town retaken are one kind)
        kind = _sub_kind(_leading_sub(e["votes"]))
        same_kind = [g for g in alike if _sub_kind(_leading_sub(g["votes"])) == kind]
        pool = same_kind or alike or earlier
        if f.days:
            # "The counter-offensive came on Wednesday": the event told on that day, not the latest one told
            def on_its_day(candidates):
                return [g for g in candidates if g.get("creator") is not None and facts[g["creator"]].days & f.days]
            # ... of another kind only for a sentence that names an event told before ('the counter-offensive'), not
            # for one that dates a claim ('claimed the capture of Quissanga on Tuesday')
            pool = on_its_day(pool) or (refer and on_its_day(alike or earlier)) or pool
        if not refer and self._first_in_a_scene_of_its_own(e, groups, sents, facts):
            e["scene"] = i - 1  # the sentence that set its day and place tells them for the new event
            return None  # "On Sunday, 3 March, troops surrounded a farmhouse in Trincomalee. Gunmen inside opened
            # fire ...": the paragraph moved to another day and place, which the event after it happened on and at
        target = max(pool, key=lambda g: max(g["sents"]))
        if not refer and fam == "Protests" and _COARSE.get(_family(target["votes"])) != "protest" \
                and self._crowd_told_afresh(e):
            return None  # "On Thursday evening hundreds of people gathered in a silent manifestation against the
            # violence": the mourners' own gathering after the attack (or after arrests), not a detail of it
        # far from every event it is a remark of the article's own, and adds nothing to any of them
        if not refer and i - max(max(g["sents"]) for g in earlier) > _FOLLOW_UP_REACH:
            stated_on_a_day = any(_A_DAY.search(d) for d in f.said_dates)
            if (f.days and self.reader.fresh(e) or stated_on_a_day and self._told_by_its_doer(e)) \
                    and not self.reader.quoted(e) and self._names_new_place(e, [sents[k] for g in groups for k in g["sents"]]):
                return None  # "Israeli artillery shelled the outskirts of Kfar Kila early on Wednesday", far below
                # the other entries of a live page: told afresh, on its day, at a place of its own; or told by the force
                # that fought, dated by its statement ("The Congolese army said on Sunday that its soldiers had clashed
                # with rebels near Rutshuru"), far below the events of another country
            scene = self._event_of_its_scene(e, groups, sents, facts)
            if scene is not None:
                return scene  # "On Tuesday morning another gang came for the cattle near Loruk. This time the
                # reservists were waiting. They exchanged fire with the raiders": an answer in an interview telling
                # the clash the lead put at Loruk on Tuesday, by its day and place
            told_there = self._event_of_its_day_and_place(e, groups, facts)
            if told_there is not None:
                return told_there  # "Residents of Mount Salem blocked roads yesterday ..." in the lead, and paragraphs
                # later "Yesterday morning, dozens of residents blocked the main road into Mount Salem and threw
                # bottles at a police vehicle": the lead's event told in full, on its day and at its place
            return _DROP
        if self.reader.refers_back(e) and _family(target["votes"]) != fam and i - max(target["sents"]) > _FOLLOW_UP_REACH:
            return _DROP  # "since the unrest began", far below a peaceful sit-in: the whole movement, not that event
        return target

    @staticmethod
    def _dated_apart(e: dict, f: SentenceFacts, group_days: set) -> bool:
        """An event noun with 'the' that carries a day of its own, one no event told so far happened on ('The raid
        was linked to the killing on Thursday of a police colonel', after a raid told on Monday): named here for the
        first time, not a retelling, however definite its article."""
        if not group_days:
            return False
        for m in e["mentions"]:
            root = m.span.root
            if root.pos_ != "NOUN":
                continue
            for prep in root.children:
                if prep.dep_ != "prep" or prep.lower_ != "on":
                    continue
                words = " ".join(t.lower_ for t in prep.subtree)
                own = {d for d in f.days if re.search(rf"(?<!\w){re.escape(d)}(?!\w)", words)}
                if own and not own & group_days:
                    return True
        return False

    def _announced_on_its_day(self, e: dict, groups: list[dict], facts: list[SentenceFacts]) -> bool:
        """`e` is a development of a kind told apart (an agreement, looting, a base set up) that no event told is,
        not named again nor quoted, in a sentence whose only day is that of the statement telling it, a day no event
        told has. ACLED dates such a development by the statement that announces it."""
        i = e["sents"][0]
        sub = _leading_sub(e["votes"])
        if sub not in _DISTINCT_DEVELOPMENTS or facts[i].days or self.reader.refers_back(e) or self.reader.quoted(e) \
                or any(_sub_kind(_leading_sub(g["votes"])) == sub for g in groups):
            return False
        told = set().union(*(facts[k].days | facts[k].dates for g in groups for k in g["sents"]))
        return bool(facts[i].said_dates) and not facts[i].said_dates & told

    @staticmethod
    def _groups_placed(groups: list[dict], sents, facts: list[SentenceFacts]) -> bool:
        """Whether every event told names a place in its sentences: a tagged place, or a capitalised name
        after 'in' that the tagger missed ('A recap of Thursday night in Izmir: ...')."""
        return all(any(facts[k].places or _IN_NAME.search(sents[k].text) for k in g["sents"]) for g in groups)

    @staticmethod
    def _scene_of(i: int, sents, facts: list[SentenceFacts]) -> Optional[int]:
        """The nearest earlier sentence of sentence `i`'s paragraph stating a day or a place, when it states both; None
        otherwise."""
        k = i - 1
        while k >= 0 and not paragraph_break(sents, k + 1) and not (facts[k].days or facts[k].places):
            k -= 1
        if k < 0 or paragraph_break(sents, k + 1) or not (facts[k].days and facts[k].places):
            return None
        return k

    def _first_in_a_scene_of_its_own(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> bool:
        """`e`, told afresh (not quoted) in a sentence with no day of its own and no place an event told has, comes right
        after the sentence that set a scene (`_scene_of`) with no event of its own, on a day and at a place no event
        told has. The scene's sentence then joins the new event, whose day and place it tells."""
        i = e["sents"][0]
        told = [facts[j] for g in groups for j in g["sents"]]
        # (places of its own that no event told has are more of the new scene: 'The violence started on Monday evening
        # in Noumea. Groups of young men set up barricades in the Magenta and Tuband districts ...')
        if facts[i].days or any(facts[i].places & t.places for t in told) or self.reader.quoted(e) \
                or not self.reader.fresh(e):
            return False
        k = self._scene_of(i, sents, facts)
        # (a scene set sentences before may be long over: 'Rifles were recovered', two sentences after the day and
        # place of a pursuit, is what came of the pursuit)
        if k != i - 1 or any(j >= k for g in groups for j in g["sents"]):
            return False
        return not any(facts[k].days & t.days or facts[k].places & t.places for t in told)

    def _event_of_its_scene(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> Optional[dict]:
        """The one event of `e`'s kind told on the day and at the place that the nearest earlier sentence of its
        paragraph stating a day or a place names (when that sentence states both); None otherwise."""
        k = self._scene_of(e["sents"][0], sents, facts)
        if k is None:
            return None
        fam = _family(e["votes"])
        there = [g for g in groups if _family(g["votes"]) == fam and g.get("creator") is not None
                 and facts[g["creator"]].days & facts[k].days
                 and set().union(*(facts[j].places for j in g["sents"])) & facts[k].places]
        return there[0] if len(there) == 1 else None

    @staticmethod
    def _event_of_its_day_and_place(e: dict, groups: list[dict], facts: list[SentenceFacts]) -> Optional[dict]:
        """The one event of `e`'s coarse kind (violence, crowds, developments) whose first sentence names both a day
        and a place that `e`'s own sentence names; None otherwise."""
        f = facts[e["sents"][0]]
        if not (f.days and f.places):
            return None
        coarse = _COARSE.get(_family(e["votes"]))
        there = [g for g in groups if _COARSE.get(_family(g["votes"])) == coarse and g.get("creator") is not None
                 and facts[g["creator"]].days & f.days and facts[g["creator"]].places & f.places]
        return there[0] if len(there) == 1 else None

    def _claim_of_an_event_told(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> Optional[dict]:
        """The violent event told before that a party claims in `e`: every trigger stands under a verb of claiming or
        saying, in a sentence that claims responsibility, none is introduced as new ('claimed an attack on a base')
        and the sentence names no place the events told have not. The event told on the day the claim names ('claimed
        Sunday's ambush'), else the latest; None otherwise."""
        i = e["sents"][0]
        if not groups or any(i in g["sents"] for g in groups) or not e["mentions"] or self.reader.indefinite(e) \
                or self.reader.quoted(e) or not all(self.reader.claim_heads(m) for m in e["mentions"]) \
                or not self.claims.claims_responsibility(sents[i]):
            return None
        known = set().union(*(facts[k].places for g in groups for k in g["sents"]))
        claimants = self.claims.claimants(sents[i])
        if any(not self._named_only_within(sents[i], p, claimants) for p in facts[i].places - known):
            return None  # an attack at a place no event told has: the claim is the first word of it
        told = [g for g in groups if _COARSE.get(_family(g["votes"])) == "violence" and min(g["sents"]) < i]
        on_its_day = [g for g in told if g.get("creator") is not None and facts[g["creator"]].days & facts[i].days]
        return max(on_its_day or told, key=lambda g: max(g["sents"]), default=None)

    def _toll_of_the_event_just_told(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> Optional[dict]:
        """The event told in the sentence right before, in the same paragraph, when `e` only tells a toll: every trigger
        a casualty verb in the past participle with no doer ('two soldiers killed and four wounded', 'were also
        killed'), in a sentence with no day or place of its own, told not afresh; None otherwise."""
        i = e["sents"][0]
        if i == 0 or facts[i].days or facts[i].places or self.reader.fresh(e) or not e["mentions"] or not all(
                (t := m.span.root).lemma_.lower() in _casualty_verbs() and t.tag_ == "VBN"
                and not any(c.dep_ == "agent" for c in t.children) for m in e["mentions"]):
            return None
        if paragraph_break(sents, i):
            return None
        before = [g for g in groups if i - 1 in g["sents"] and i not in g["sents"]]
        return before[-1] if len(before) == 1 else None

    @staticmethod
    def _with_its_sentence_taken_from(e: dict, groups: list[dict]) -> dict:
        """`e` with the mentions of its sentence that joined other events (which it did not create) taken from them, and
        with the fighting told only in its sentence."""
        i = e["sents"][0]
        moved = []
        for g in [g for g in groups if g.get("creator") == i and set(g["sents"]) == {i} and _family(g["votes"]) == "Battles"]:
            # ('re-entered the town on Thursday after an exchange of fire': the fighting its sentence told first, as
            # an event of that day, is the retake's too)
            moved += g["mentions"]
            groups.remove(g)
        for g in groups:
            if i not in g["sents"] or g.get("creator") == i:
                continue
            moved += [m for m in g["mentions"] if m.sent_index == i]
            g["mentions"] = [m for m in g["mentions"] if m.sent_index != i]
            g["sents"] = [k for k in g["sents"] if k != i]
            g["core"] = [k for k in g.get("core", []) if k != i]
        return {**e, "mentions": moved + list(e["mentions"])}

    @staticmethod
    def _takes_back_what_was_taken(e: dict, groups: list[dict]) -> bool:
        """`e` tells a place taken back (its territory outcome told by a verb of taking back: 'recaptured', 'retook')
        after an event telling a place taken, when no event told yet is a place taken back."""
        def taken_back(mentions) -> list[bool]:
            return [_joined_lemma(m.span) in _taking_back_verbs() for m in mentions if m.role in _TERRITORY_OUTCOMES]
        if _leading_sub(e["votes"]) not in _TERRITORY_OUTCOMES or not any(taken_back(e["mentions"])):
            return False
        told = [taken_back(g["mentions"]) for g in groups]
        # a place taken back told already ('troops retook Mbau on Friday ... soldiers recaptured Mbau after a
        # firefight') is the one told again
        return any(told) and not any(map(any, told))

    def _casualties_joined_to(self, e: dict, retold: list) -> bool:
        """Every trigger of `e` is a casualty verb in the past participle joined by 'and' to a trigger told in the same
        sentence ('were killed and four other people wounded'), with no doer of its own ('by ...')."""
        heads = {m.span.root.i for m in retold}
        return bool(e["mentions"]) and all(
            (t := m.span.root).tag_ == "VBN" and t.lemma_.lower() in _casualty_verbs() and t.dep_ == "conj"
            and t.head.i in heads and not any(c.dep_ == "agent" for c in t.children) for m in e["mentions"])

    @staticmethod
    def _casualties_by_the_told(e: dict, retold: list) -> bool:
        """Every trigger of `e` is a casualty verb whose doer ('by ...') is a trigger told in the same sentence ('were
        killed by artillery fire', 'were wounded by the blast')."""
        heads = {m.span.root.i for m in retold}
        return bool(e["mentions"]) and all(
            (t := m.span.root).lemma_.lower() in _casualty_verbs() and any(
                c.dep_ == "agent" and any(o.dep_ == "pobj" and o.i in heads for o in c.children) for c in t.children)
            for m in e["mentions"])

    def _weapon_told_before(self, e: dict, groups: list[dict], i: int) -> Optional[dict]:
        """The latest explosion told shortly before, when the subject of a trigger's clause names its weapon again
        ('The device went off ...', 'The blast, near the bazaar, killed one soldier'); None otherwise."""
        nouns = _explosive_back_references()
        if not any(subj.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in self.reader.refer_dets
                                                       for c in subj.children)
                   for m in e["mentions"] for subj in self._clause_subjects(m.span.root)):
            return None
        for g in reversed(groups):
            if i in g["sents"]:
                return None
            if _family(g["votes"]) == _EXPLOSIONS and 0 < i - max(g["sents"]) <= _FOLLOW_UP_REACH:
                return g
        return None

    @staticmethod
    def _clause_subjects(tok) -> list:
        """The subjects of the clauses a trigger stands in: its own verb's, and those of the verbs a participle or a
        joined verb hangs on ('The device went off ... as the van passed along a road near Sarai Naurang, killing two
        constables'); a trigger that is itself a subject is one."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return [tok]
        out = []
        verb = verb_of(tok)
        for _ in range(3):
            if verb is None:
                break
            out += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
                break
            verb = verb.head
        return out

    def _event_named_by_its_place(self, e: dict, groups: list[dict], sents) -> Optional[dict]:
        """The latest event of `e`'s kind told before at the place that a trigger noun, the subject of its clause named
        again by 'the', has for its modifier ('The Derbent attack took place ...', 'the Kidal ambush was'); None
        otherwise (not 'in support of the Tbilisi protesters')."""
        i = e["sents"][0]
        places = {root.doc[c.left_edge.i:c.i + 1].text.lower() for m in e["mentions"]
                  if (root := m.span.root).pos_ == "NOUN" and root.dep_ in ("nsubj", "nsubjpass")
                  and any(d.dep_ == "det" and d.lower_ == "the" for d in root.children)
                  for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
        if not places:
            return None
        coarse = _COARSE.get(_family(e["votes"]))

        def placed_there(g: dict) -> bool:  # by the clauses that tell it (two events may share a sentence)
            named = set().union(*(self.reader.clause_places(h) for m in g["mentions"]
                                  if (h := self.reader.clause_head(m)) is not None))
            return any(set(p.split()) <= named for p in places)
        told = [g for g in groups if i not in g["sents"] and _COARSE.get(_family(g["votes"])) == coarse and placed_there(g)]
        return max(told, key=lambda g: max(g["sents"]), default=None)

    def _day_of_a_told_cause(self, e: dict, groups: list[dict], sents) -> bool:
        """A trigger names an event again by a weekday ('The Sunday attack', "Sunday's killing") that no event of its
        kind was told on, and that an event of another kind told with that day only in a clause below its own (the
        cause of a protest: '... took to the streets on Thursday ... after three teachers were shot dead when gunmen
        stopped a minibus near Dadaab on Sunday')."""
        weekdays = set(context_vocabulary()["weekdays"])
        named = {c.lower_ for m in e["mentions"] if m.span.root.pos_ == "NOUN"
                 for c in m.span.root.children if c.dep_ in ("compound", "poss", "npadvmod") and c.lower_ in weekdays}
        if not named or not self.reader.refers_back(e):
            return False
        coarse = _COARSE.get(_family(e["votes"]))
        told_in_cause = False
        for g in groups:
            if g.get("creator") is None:
                continue
            days = [t for t in sents[g["creator"]] if t.lower_ in named and t.ent_type_ in ("DATE", "TIME")]
            if _COARSE.get(_family(g["votes"])) == coarse:
                if days:
                    return False  # the event of its kind told on that day
                continue
            told_in_cause = told_in_cause or any(_in_subordinate_clause(t) for t in days)
        return told_in_cause

    def _region_lead(self, e: dict, own: set[str], groups: list[dict], sents, facts: list[SentenceFacts]) -> Optional[dict]:
        """The latest event of the same kind, told on the same day within a few sentences, that its sentences place
        by a region ('in Idlib province', 'the eastern province of Deir ez-Zor'), when the places `own` of the
        trigger's phrase are none of its places and no region: the lead of the fighting `e` tells at one of the
        region's towns. None otherwise."""
        i = e["sents"][0]
        days = facts[i].days
        if not days:
            return None
        fam = _family(e["votes"])
        for g in reversed(groups):
            if i - max(g["sents"]) > _FOLLOW_UP_REACH or _family(g["votes"]) != fam:
                continue
            if not days & set().union(*(facts[k].days for k in g["sents"])):
                continue
            regions = set().union(*(facts[k].places for k in g["sents"]))
            told = " ".join(sents[k].text.lower() for k in g["sents"])
            # (the lead's other names are what the region lies in or who fights: 'the US-backed SDF')
            if any(_region_re().search(told.replace(p, "\0")) for p in regions) and not any(
                    p in regions or _region_re().search(sents[i].text.lower().replace(p, "\0")) for p in own):
                return g
        return None

    def _crowd_told_afresh(self, e: dict) -> bool:
        """A protest word of the event told as a new occurrence of its own (a crowd's past-tense gathering or march),
        not one that names a protest told before."""
        return not self.reader.quoted(e) and any(
            m.role in ("protest", "Peaceful protest") and self.reader.fresh({"mentions": [m]}) for m in e["mentions"])

    def _second_of_its_lead(self, e: dict, groups: list[dict], sents, named: set[str]) -> bool:
        """An event of the same kind was told first beside another in one sentence, at a place `e` names ('..., a day
        after police fired tear gas to break up one of its rallies in Marondera' and later 'On Saturday, police in
        Marondera fired tear gas at ...'): `e` tells it again, on its own day, which that sentence's day is not."""
        creators = [g["creator"] for g in groups if g.get("creator") is not None]
        fam = _family(e["votes"])
        for g in groups:
            if g.get("creator") is None or creators.count(g["creator"]) < 2 or _family(g["votes"]) != fam:
                continue
            told = sents[g["creator"]].text.lower()
            if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", told) for p in named):
                return True
        return False

    def _opens_later_in_the_day(self, sents, i: int) -> bool:
        """The sentence, or the one just before it ('That evening the mood changed.'), opens by moving on to a later
        time of the same day ('That evening', 'Later in the day')."""
        return any(_opens_with(self.reader.later_re, sents[k]) for k in (i, i - 1) if k >= 0)

    def _opens_on_other_day(self, sent) -> bool:
        """The sentence opens by placing itself on another day than the one told before ('The next day, ...', 'Two
        days later, ...')."""
        return _opens_with(self.reader.other_day_re, sent)

    def _how_it_came(self, e: dict, retold: list) -> bool:
        """Every mention of `e` stands in a 'when' or 'as' clause of the verb that names an event again in the same
        sentence ('The fighting began at dawn when rebel fighters attacked an army position and troops fought
        back'): the detail of how that event came about, not another one."""
        heads = {v.i for v in (self.reader.verb_of(m.span.root) for m in retold) if v is not None}
        if not heads or not e["mentions"]:
            return False
        how = False
        for m in e["mentions"]:
            verb = self.reader.verb_of(m.span.root)
            while verb is not None and verb.dep_ == "conj" and verb.head is not verb and verb.i not in heads:
                verb = verb.head
            if verb is not None and verb.i in heads:
                continue  # "..., and troops fought back": a verb joined to the one naming the event again
            if verb is None or verb.dep_ != "advcl" or verb.head.i not in heads or not any(
                    c.dep_ in ("advmod", "mark") and c.lower_ in _HOW_MARKERS for c in verb.children):
                return False
            how = True
        return how

    def _witnessed_other_day(self, e: dict, groups: list[dict], sents, facts: list[SentenceFacts]) -> bool:
        """A quoted act told in the past on a day-level date none of the events told has, and at no place of theirs
        if it names one: what a witness saw on another occasion."""
        i = e["sents"][0]
        days = facts[i].days
        told_days = set().union(*(facts[k].days for g in groups for k in g["sents"]))
        if not days or not told_days or days & told_days:
            return False
        seen = " ".join(sents[k].text.lower() for g in groups for k in g["sents"])
        for m in e["mentions"]:
            verb = self.reader.verb_of(m.span.root)
            if verb is None or verb.tag_ != "VBD" or verb.lemma_.lower() in self.reader.reporting:
                continue
            names = self.reader.clause_places(verb) | self.reader.clause_places(verb.head if verb.dep_ == "conj" else verb)
            if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", seen) for n in names):
                return True
        return False

    def _likewise_elsewhere(self, e: dict, told) -> bool:
        """A trigger told as one more of its kind ('hundreds also marched', 'similar protests were held') at a place
        named in its own clause that none of the sentences `told` names: another event of the same kind."""
        for m in e["mentions"]:
            root = m.span.root
            verb = self.reader.verb_of(root)
            likewise = any(c.dep_ == "amod" and c.lemma_.lower() in self.reader.likeness_modifiers for c in root.children) or (
                verb is not None and any(c.dep_ == "advmod" and c.lower_ in self.reader.additive_adverbs for c in verb.children))
            if not likewise or verb is None or self.reader.told_doers(m):
                continue  # "the mob also burned a church in Ungwan Rimi": the doers told before, going on
            if self._names_new_place({"mentions": [m]}, told):
                return True
        return False

    def _names_new_place(self, e: dict, told) -> bool:
        """The clause of a mention names a place that none of the sentences `told` names (after 'in', 'at', ..., or
        as the place taken: 'rebels also took over Rutshuru')."""
        seen = " ".join(s.text.lower() for s in told)
        for m in e["mentions"]:
            head = self.reader.clause_head(m)
            names = self.reader.clause_places(head) if head is not None else set()
            # the place taken is the event's place, whatever other places tell where it lies ('a few kilometres north
            # of Kiwanja')
            for places in (names, self._taken_places(m)):
                if places and not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", seen) for n in places):
                    return True
        return False

    def _taken_places(self, m) -> set[str]:
        """The proper names a territorial change takes ('took over Rutshuru'), lower case."""
        head = self.reader.clause_head(m)
        if head is None or m.role not in _TERRITORY_OUTCOMES:
            return set()
        return {c.lower_ for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"}

    def _during_told(self, e: dict) -> bool:
        """A trigger names, after 'during', the event told before as the time of what the sentence tells ('they had
        arrested 45 people during the unrest', 'a policeman was hurt during the protest'): a detail of that event."""
        for m in e["mentions"]:
            root = m.span.root
            if root.dep_ == "pobj" and root.head.lower_ == "during" and self.reader.refers_back({"mentions": [m]}):
                return True
        return False

    @staticmethod
    def _casualties_only(e: dict) -> bool:
        """Every trigger is a word for the dead or wounded qualifying people ('22 wounded people', 'injured
        civilians'), not an act."""
        return bool(e["mentions"]) and all(m.role == "violence" and (m.span.root.dep_ == "amod" and m.span.root.tag_ in (
            "VBN", "JJ") or _victims_named_by_participle(m.span.root)) for m in e["mentions"])

    @staticmethod
    def _wounded_of_the_told(e: dict, groups: list[dict], facts: list[SentenceFacts]) -> bool:
        """Every trigger is a verb of being hurt (not killed) in the passive, with no doer ('by ...'), in a sentence
        that names no place the events told do not: 'A police spokeswoman said fourteen officers were injured
        overnight' after a riot gives its wounded, whatever its word of time, not a clash of its own. ('Two soldiers
        were killed on Friday' may be another incident; 'a boy was wounded in Bunia' names a place of its own.)"""
        if not groups or not e["mentions"]:
            return False
        hurt = _injury_verbs()
        for m in e["mentions"]:
            v = m.span.root
            if len(m.span) != 1 or v.tag_ != "VBN" or v.lemma_.lower() not in hurt \
                    or not any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ == "agent" for c in v.children):
                return False
        known = set().union(*(facts[k].places for g in groups for k in g["sents"]))
        return all(p in known for k in e["sents"] for p in facts[k].places)

    def _told_by_its_doer(self, e: dict) -> bool:
        """A trigger verb in the past whose subject is only a pronoun for the speaker the sentence names ('the army
        said on Monday that it had repelled an attack'): the doer named afresh in the sentence itself, not a pronoun
        for the doers of an event told before."""
        for m in e["mentions"]:
            verb = m.span.root
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ccomp":
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            saying = verb.head
            if subjects and all(c.pos_ == "PRON" or self._speakers_own(c) for c in subjects) \
                    and saying.lemma_.lower() in self.reader.reporting | self.reader.claim_verbs \
                    and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in saying.children):
                return True
        return False

    @staticmethod
    def _speakers_own(noun) -> bool:
        """A noun whose possessor is only a pronoun ('its soldiers', 'their border guards'): in 'the army said its
        soldiers had clashed ...' the men of the speaker the sentence names."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        return noun.pos_ == "NOUN" and bool(owners) and all(c.pos_ == "PRON" for c in owners)

    def _names_place(self, sent, name: str) -> bool:
        """The sentence names the place `name` (lower case) as a place, not only inside the name of a facility
        or organisation ('Dhaka Medical College Hospital') nor as where someone spoke ('told reporters in Dhaka')."""
        words = name.split()
        toks = list(sent)
        longer = [(e.start, e.end) for e in sent.ents if e.label_ in ("FAC", "ORG")]
        for k in range(len(toks) - len(words) + 1):
            if [t.lower_ for t in toks[k:k + len(words)]] != words:
                continue
            first, last = toks[k], toks[k + len(words) - 1]
            if any(a <= first.i and last.i < b and b - a > len(words) for a, b in longer):
                continue  # a word of a longer name
            head = last.head if last.dep_ == "pobj" else None
            if head is not None and head.head.lemma_.lower() in self.reader.reporting:
                continue
            return True
        return False

    @staticmethod
    def _named_only_within(sent, name: str, within: set[int]) -> bool:
        """Every time the sentence names `name` (lower case), its words are among the tokens `within`."""
        words = name.split()
        toks = list(sent)
        found = [toks[k:k + len(words)] for k in range(len(toks) - len(words) + 1)
                 if [t.lower_ for t in toks[k:k + len(words)]] == words]
        return bool(found) and all(t.i in within for run in found for t in run)

    def _fled_from(self, e: dict) -> bool:
        """Every trigger names what people fled ('families who fled the fighting', 'displaced by violence', 'have fled
        fighting elsewhere', where the parser makes the gerund the verb's complement)."""
        for m in e["mentions"]:
            tok = m.span.root
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from") else tok.head
            if not (tok.dep_ in ("dobj", "pobj", "xcomp") and head.lemma_.lower() in self.reader.escape_governors):
                return False
        return bool(e["mentions"])

    def _named_targets(self, e: dict) -> set[str]:
        """Proper names attached to the trigger itself ("Khorasani's execution", "executed Khorasani")."""
        out = set()
        for m in e["mentions"]:
            for c in m.span.root.children:
                if c.dep_ in ("poss", "dobj", "nsubjpass") and c.pos_ == "PROPN":
                    out |= {t.lower_ for t in c.subtree if t.pos_ == "PROPN"}
        return out

    def _nearest_compatible(self, e: dict, groups: list[dict]) -> Optional[dict]:
        """The closest event of the same coarse kind (violence, protest, strategic) within two sentences,
        preferring one told with the same trigger word; never one already holding this sentence."""
        i = e["sents"][0]
        coarse = _COARSE.get(_family(e["votes"]))
        lemmas = {m.lemma for m in e["mentions"]}
        best = None
        for g in groups:
            if i in g["sents"] or _COARSE.get(_family(g["votes"])) != coarse:
                continue
            dist = min(abs(i - s) for s in g["sents"])
            key = (not (lemmas & {m.lemma for m in g["mentions"]}), dist)
            if dist <= 2 and (best is None or key < best[0]):
                best = (key, g)
        return best[1] if best else None

    def _header_target(self, e: dict, groups: list[dict], sents, facts) -> Optional[dict]:
        """A headline or standfirst retells a body event: the one sharing its trigger word, type or names."""
        fam = _family(e["votes"])
        lemmas = {m.lemma for m in e["mentions"]}
        ents = set().union(*(facts[k].ents for k in e["sents"]))
        scored = []
        share = max(e["votes"].values()) / sum(e["votes"].values())
        vague = e["generic"] or share < 0.6
        best = _leading_sub(e["votes"])
        for g in groups:
            if g["header"] or (not vague and _family(g["votes"]) != fam and not g["votes"].get(best)):
                continue
            s = 0.0
            s += 2.0 * bool(lemmas & {m.lemma for m in g["mentions"]})
            s += 1.5 * (_family(g["votes"]) == fam)
            s += 1.0 * bool(_COARSE.get(_family(g["votes"])) == _COARSE.get(fam))
            s += 1.0 * len(ents & set().union(*(facts[k].ents for k in g["sents"])))
            s -= 0.01 * min(g["sents"])
            if s >= 1.0:
                scored.append((s, g))
        return max(scored, key=lambda x: x[0])[1] if scored else None

    def _attached_places(self, e: dict, facts, sents) -> set[str]:
        """Places named inside the trigger's own phrase, leaving out coordinated clauses, and the place that
        opens the sentence for all of it ('In Migori, demonstrators burned tyres')."""
        fronted = fronted_place(sents[e["sents"][0]])
        out = {fronted} if fronted else set()
        places = facts[e["sents"][0]].places
        if not places:
            return out
        for m in e["mentions"]:
            root = m.span.root
            # a trigger that is the subject ("Ukrainian drones attacked a refinery in Krasnodar") shares its verb's
            # places
            stack = [root.head] if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB" else [root]
            while stack:
                t = stack.pop()
                if t.ent_type_ in ("GPE", "LOC", "FAC"):
                    out |= {p for p in places if t.lower_ in p.split()}
                stack.extend(c for c in t.children if c.dep_ not in ("conj", "ccomp", "advcl", "relcl"))
        return out


def _in_subordinate_clause(tok) -> bool:
    """The word stands in a clause opened by 'after', 'when', 'as', ... below the sentence's main verb."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "pcomp") and (
                any(c.dep_ in ("mark", "advmod") and c.lower_ in _CAUSE_MARKERS for c in t.children)
                or t.dep_ == "pcomp" and t.head.lower_ in _CAUSE_MARKERS):
            return True
    return False


@lru_cache(maxsize=1)
def _region_re() -> re.Pattern:
    """A place name (replaced by NUL) named as a region: 'NUL province', 'the eastern province of NUL'."""
    kinds = "|".join(map(re.escape, context_vocabulary()["region_kind_nouns"]))
    return re.compile(rf"\0\s+(?:{kinds})\b|\b(?:{kinds})\s+of\s+\0")


@lru_cache(maxsize=1)
def _weekday_opening() -> re.Pattern:
    """'On the same Tuesday, ...' at the start of a sentence: a day told before, now of another act."""
    return re.compile(r"\s*(?:on\s+)?the\s+same\s+(?:%s)\b" % "|".join(context_vocabulary()["weekdays"]))


def _measure_only(e: dict) -> bool:
    """Every trigger names an emergency measure of the authorities ('imposed a curfew', 'a state of emergency')."""
    words = _security_measure_triggers()
    return bool(e["mentions"]) and all(
        any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", m.span.text.lower()) for w in words) for m in e["mentions"])


@lru_cache(maxsize=1)
def _security_measure_triggers() -> tuple:
    return tuple(context_vocabulary()["security_measure_triggers"])


def _victims_named_by_participle(tok) -> bool:
    """A casualty verb's past participle after people named as told before ('the four young men killed in Valeria',
    'those wounded in the blast', 'its fighters killed on Sunday'), with no doer: like '22 wounded people', it names
    the dead or wounded of an event told, not an act of its own. (People not named as told before, 'hundreds of
    civilians being killed in Ardamata', 'families of party workers killed since the vote', may be another event's.)"""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in _casualty_verbs() \
            or any(c.dep_ in ("agent", "auxpass", "aux") for c in tok.children):
        return False
    people = tok.head
    told = set(context_vocabulary()["refer_back_determiners"])
    return people.lower_ in told or any(c.dep_ == "det" and c.lower_ in told or c.dep_ == "poss" for c in people.children)


@lru_cache(maxsize=1)
def _injury_verbs() -> frozenset:
    return frozenset(context_vocabulary()["injury_verbs"])


@lru_cache(maxsize=1)
def _casualty_verbs() -> frozenset:
    return frozenset(context_vocabulary()["casualty_verbs"])


def _joined_lemma(span) -> str:
    """The lemma of a trigger's head word, or for a verb written with a hyphen that the parser splits ('re-entered':
    're', '-', 'entered') the lemmas of its words joined ('re-enter')."""
    words = [t for t in span if not t.is_space]
    if len(words) == 3 and words[1].text == "-" and not words[0].whitespace_ and not words[1].whitespace_:
        return "".join(t.lemma_.lower() for t in words)
    return span.root.lemma_.lower()


@lru_cache(maxsize=1)
def _taking_back_verbs() -> frozenset:
    return frozenset(context_vocabulary()["taking_back_verbs"])


@lru_cache(maxsize=1)
def _explosive_back_references() -> frozenset:
    return frozenset(context_vocabulary()["explosive_back_references"])


def _told_in_the_past(verb) -> bool:
    """A verb in the past tense, or in the past perfect of reported speech ('said the air force had destroyed')."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _told_new_in_the_passive(verb) -> bool:
    """A past passive that tells an occurrence afresh: by its doer ('was beaten to death by a crowd') or of someone
    introduced with 'a' or a number ('A farmhand accused of poisoning a well was beaten to death')."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or any(
        c.dep_ == "nsubjpass" and any(d.dep_ == "nummod" or d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in verb.children)


def _bodies_of_the_told(sent) -> bool:
    """The sentence tells what became of the bodies of victims told before ('Their bodies, riddled with bullets, were
    recovered from a ravine on Tuesday', 'The bodies were taken to the morgue'): a body noun with a possessive pronoun,
    or with 'the' and no 'of' phrase naming whose, as the subject of a verb for bodies. Their finding, on whatever day,
    is the discovery of that event, not an event of its own."""
    cues = load_fatality_cues()
    for t in sent:
        if t.lemma_.lower() not in cues["body_nouns"] or t.dep_ not in ("nsubj", "nsubjpass") or \
                t.head.lemma_.lower() not in cues["body_verbs"]:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) or (
                any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)):
            return True
    return False


def _tells_casualties(sent) -> bool:
    """A word of dying, of the dead or of being hurt ('The bomber also died', 'two soldiers and one rebel had died'), or
    bodies found or received ('the hospital received the bodies of eleven fighters')."""
    cues = load_fatality_cues()
    words = cues["death_verbs"] | cues["dead_adjectives"] | _casualty_verbs()
    lemmas = {t.lemma_.lower() for t in sent}
    bodies = any(t.lower_ in cues["body_nouns"] or t.lemma_.lower() in cues["body_nouns"] for t in sent)
    return bool(lemmas & words) or bodies and bool(lemmas & cues["body_verbs"])


def _family(votes: dict[str, float]) -> str:
    """The event type the votes lead to."""
    best = _leading_sub(votes)
    return SUB_TO_TYPE.get(best, best)


def _leading_sub(votes: dict[str, float]) -> str:
    """The sub-event type the votes of an event (or group) favour."""
    return max(votes, key=votes.get)


def _sub_kind(sub: str) -> str:
    return "territory" if sub in _TERRITORY_OUTCOMES else sub


def _is_subheading(paragraph: str) -> bool:
    """A sub-heading: one short line without the full stop of a sentence ('Air strikes near Tuz Khurmatu'); one in
    capitals may end on a closing quote ('STRIKES ON "TAKFIRI" HIDEOUTS'), which a sentence in capitals does not."""
    words = paragraph.split()
    ends = (".", "!", "?", ",", ";") if paragraph.upper() == paragraph else (".", "!", "?", '"', "”", ",", ";")
    return ("\n" not in paragraph and 1 <= len(words) <= _SUBHEADING_WORDS and paragraph[:1].isupper()
            and not paragraph.rstrip().endswith(ends))


_EXPLOSIONS = "Explosions/Remote violence"
_FIGHTING = {"Battles", _EXPLOSIONS}
_SUICIDE_BOMB = "Suicide bomb"
# "Also on Wednesday, ...", "Also overnight, ...": a sentence opening so adds another act to the day's news
_OTHER_SIDE = re.compile(r",\s+on the [A-Z][a-z]+ side\b")  # ', on the Pakistani side': a place across the border
_IN_NAME = re.compile(r"\bin (?:the )?[A-Z][a-z]+")  # 'in Izmir', 'in the Kasbah': a name after 'in'
_ALSO_OPENING = re.compile(r"\s*Also\b[^,;.]{0,40},")
_CAUSE_MARKERS = {"after", "when", "as", "following", "since", "because"}  # what opens a clause telling a cause
_EXCESSIVE_FORCE_VOTE = 3.2  # as a sentence telling a protest and such force votes for it
_A_DAY = re.compile(r"\d|day\b")  # a date phrase that names a day ("on sunday", "on 12 may", "yesterday"), not "for weeks"
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
_FOLLOW_UP_REACH = 3  # sentences after an event within which a sentence with nothing new of its own still adds to it
_LEAD_PARAGRAPHS = 1  # body paragraphs (after a caption, say) in which the lead may stand
_DROP = object()  # a retelling with no event to join
_RETOLD_SCALE = 0.25  # what a sentence naming an event again ('the overnight fighting') says of its kind
_OPENING_REACH = 4  # characters before a time phrase that still opens its sentence ('On the next day', 'And a day later')
_HOW_MARKERS = {"when", "as"}  # what opens a clause telling how an event named again came about
_SUBHEADING_WORDS = 10
# developments of these kinds told afresh on a day of their own are events of their own beside an attack or a
# takeover (not an arrest, which is often the sequel of the attack it follows)
_DISTINCT_DEVELOPMENTS = {"Looting/property destruction", "Headquarters or base established", "Agreement"}


def _opens_with(pattern, sent) -> bool:
    """The sentence opens with a phrase of `pattern` (within _OPENING_REACH characters of its start)."""
    found = pattern.search(sent.text.lower())
    return found is not None and found.start() <= _OPENING_REACH
