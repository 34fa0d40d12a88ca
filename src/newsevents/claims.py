"""Stage — claims: how sure the sources are about the event, and which group claims it.

Status, strongest first: denied (disputed: someone denies it, in its sentences or in the two
that answer it, or each side blames the other), confirmed (an actor or official confirms it,
also after earlier unconfirmed reports), claimed (a group claims responsibility), unconfirmed
(the text says the reports are unconfirmed or unverified), alleged ("allegedly", "reportedly"),
reported (nothing said). The claimant is the subject of the claiming verb; it takes the canonical
name the actor stage gave actor1 when it is that actor (or a pronoun or generic noun for it),
otherwise the group's own words. An army or official telling what its own side did reports, and
claims nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from .document import Article, EventDraft
from .data import read_json

STATUS_ORDER = ("denied", "confirmed", "claimed", "unconfirmed", "alleged")
_REACTION_REACH = 2  # sentences after an event in which a denial still answers it


@lru_cache(maxsize=1)
def load_cues() -> dict:
    cues = read_json("claim_cues.json")
    compiled = {}
    for key in ("claim", "denial", "confirm", "unconfirmed", "alleged"):
        compiled[key] = [re.compile(p, re.I) for p in cues[f"{key}_patterns"]]
    compiled["claim_verbs"] = frozenset(cues["claim_verbs"])
    compiled["generic"] = frozenset(cues["generic_claimants"])
    compiled["blame_verbs"] = frozenset(cues["blame_verbs"])
    compiled["official"] = frozenset(cues["official_claimants"])
    compiled["denial_verbs"] = frozenset(cues["denial_verbs"])
    return compiled


class ClaimResolver:
    """Fills `status` and `claimed_by`, with evidence for each."""

    def __init__(self) -> None:
        self.cues = load_cues()

    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        for draft in drafts:
            self.fill(draft, self.reactions(article, draft, drafts))
        return drafts

    @staticmethod
    def reactions(article: Article, draft: EventDraft, drafts: list[EventDraft]) -> list:
        """The sentences right after an event's own that no event holds (at most two): where the other side's
        answer to a report or a claim stands ('Government spokesman X denied the group's figures')."""
        if article.doc is None or not draft.sentences:
            return []
        held = {s.start for d in drafts for s in d.sentences}
        last = max(s.end for s in draft.sentences)
        out = []
        for sent in article.doc.sents:
            if sent.start < last:
                continue
            if sent.start in held or len(out) == _REACTION_REACH:
                break
            out.append(sent)
        return out

    def fill(self, draft: EventDraft, reactions=()) -> None:
        rec = draft.record
        found: dict[str, tuple] = {}  # status -> (sentence, match span)
        for sent in list(draft.sentences) + list(reactions):
            text = sent.text  # a Span builds its text from its tokens on every access
            own = sent in draft.sentences
            for key in ("claim", "denial", "confirm", "unconfirmed", "alleged"):
                if key in found or not own and key != "denial":
                    continue
                for rx in self.cues[key]:
                    m = rx.search(text)
                    if m:
                        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                        if key == "claim" and (self.negated(span) or self.official(span)):
                            # "no group has claimed responsibility": a statement that nobody claims; "the army
                            # said its troops killed 20 militants": a report of one's own side
                            continue
                        found[key] = (sent, span)
                        break
        counter = self.disputing_blame(draft.sentences)
        if "denial" not in found and counter is not None:
            # each side accuses the other: the report is disputed
            found["denial"] = (counter.sent, counter)
        names = {"denial": "denied", "confirm": "confirmed", "claim": "claimed",
                 "unconfirmed": "unconfirmed", "alleged": "alleged"}
        for status in STATUS_ORDER:
            key = next(k for k, v in names.items() if v == status)
            if key in found:
                rec.status = status
                sent, span = found[key]
                rule = f"{status} cue"
                if status == "denied" and counter is not None and not any(rx.search(sent.text) for rx in self.cues["denial"]):
                    rule = "each side blames the other"
                if status == "confirmed" and "unconfirmed" in found:
                    rule = "confirmed after earlier unconfirmed reports"
                rec.add_evidence("status", sent, span, rule=rule)
                break
        else:
            rec.status = "reported"
        if "claim" in found:
            sent, span = found["claim"]
            claimant = self.claimant(span)
            if claimant is not None:
                rec.claimed_by = self.canonical(claimant, rec)
                rec.add_evidence("claimed_by", sent, claimant, rule="subject of the claim")

    def claims_responsibility(self, sent) -> bool:
        """The sentence tells a party claiming an attack ('JNIM claimed the attack', '... took responsibility for the
        blast'): a claim cue that is neither negated nor an official's report of its own side's action."""
        text = sent.text
        for rx in self.cues["claim"]:
            for m in rx.finditer(text):
                cue = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if not self.negated(cue) and not self.official(cue):
                    return True
        return False

    def denies(self, sent) -> bool:
        """The sentence tells a denial ('the army denied ...', '..., which the ministry called fake news')."""
        return any(rx.search(sent.text) for rx in self.cues["denial"])

    def claimants(self, sent) -> set[int]:
        """The token indexes of the whole subject of each claim the sentence tells, with the words that describe it
        ('The group's Sinai affiliate, which calls itself Sinai Province'): a name in them names who claims, not
        where the attack was."""
        out: set[int] = set()
        for rx in self.cues["claim"]:
            for m in rx.finditer(sent.text):
                subj = self.claimant(sent.char_span(m.start(), m.end(), alignment_mode="expand"))
                if subj is not None:
                    out |= {t.i for t in subj.root.subtree}
        return out

    def negated(self, cue_span) -> bool:
        """'No group claimed ...', 'nobody has claimed ...', '... did not claim ...'."""
        if cue_span is None:
            return False
        verbs = [t for t in cue_span if t.lemma_.lower() in self.cues["claim_verbs"]]
        if any(c.dep_ == "neg" for v in verbs for c in v.children):
            return True
        subj = self.claimant(cue_span)
        if subj is None:
            return False
        root = subj.root
        return root.lower_ in ("nobody", "none", "no-one") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in root.children) or (
            root.lower_ == "one" and any(c.lower_ == "no" for c in root.children))

    def official(self, cue_span) -> bool:
        """The claim's subject is an army, a ministry or an official speaking of its own side's action."""
        subj = self.claimant(cue_span)
        return subj is not None and subj.root.lemma_.lower() in self.cues["official"]

    def disputing_blame(self, sentences):
        """The accusation answered by a counter-accusation, if any: the party accused of the event blames
        another for it ('The army accused the RSF of shelling the camp. The RSF blamed the army for the attack')."""
        pairs = [p for sent in sentences for p in self._blames(sent)]
        for accuser, accused in pairs:
            for other_accuser, other_accused in pairs:
                if other_accuser is not None and _same_party(other_accuser, accused) \
                        and not _same_party(other_accused, accused):
                    return other_accused
        return None

    def _blames(self, sent) -> list[tuple]:
        """(accuser or None, accused) for each blaming verb of the sentence: 'X blamed Y for the attack',
        'X accused Y of shelling', 'the attack was blamed on Y by X'."""
        out = []
        for t in sent:
            if t.lemma_.lower() not in self.cues["blame_verbs"] or t.pos_ != "VERB":
                continue
            passive = any(g.dep_ == "auxpass" for g in t.children)
            accuser = next((c for c in t.children if c.dep_ == "nsubj"), None)
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if accuser is None and agent is not None:
                accuser = next((g for g in agent.children if g.dep_ == "pobj"), None)
            for c in t.children:
                if c.dep_ == "dobj" and not passive:
                    out.append((accuser, c.doc[c.left_edge.i:c.right_edge.i + 1]))  # "blamed X for the attack"
                elif c.dep_ == "prep" and c.lower_ == "on":
                    out.extend((accuser, c.doc[g.left_edge.i:g.right_edge.i + 1]) for g in c.children if g.dep_ == "pobj")
        return out

    def claimant(self, cue_span):
        """The subject of the claiming verb in the cue ('ISIS militants claimed ...' -> 'ISIS militants')."""
        if cue_span is None:
            return None
        verbs = [t for t in cue_span if t.lemma_.lower() in self.cues["claim_verbs"] or t.pos_ == "VERB"]
        for verb in verbs:
            node = verb
            for _ in range(4):  # "also took", "has claimed", conjoined verbs share the subject
                subj = [c for c in node.children if c.dep_ in ("nsubj",)]
                if subj:
                    root = subj[0]
                    return root.doc[root.left_edge.i:root.i + 1] if root.pos_ != "PRON" else root.doc[root.i:root.i + 1]
                if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
                    node = node.head
                else:
                    break
        agent = [t for t in cue_span.sent[cue_span.end - cue_span.sent.start:] if t.dep_ == "agent"]
        if agent:  # "responsibility was claimed by al-Shabaab"
            objs = [c for c in agent[0].children if c.dep_ == "pobj"]
            if objs:
                root = objs[0]
                return root.doc[root.left_edge.i:root.right_edge.i + 1]
        return None

    def responsible(self, sent) -> list:
        """Spans a sentence holds responsible for an attack: the subject of a claim of responsibility
        and the one blamed or accused ('officials blamed al-Shabaab for the attack')."""
        text = sent.text
        out, roots = [], set()
        for rx in self.cues["claim"]:
            for m in rx.finditer(text):  # every claim: one sentence may report two groups claiming two attacks
                cue = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if self.negated(cue):
                    continue
                span = self.claimant(cue)
                if span is not None and span.root.i not in roots:
                    # the whole phrase: "the Group for the Support of ... (JNIM)"
                    root = span.root
                    roots.add(root.i)
                    out.append(root.doc[root.left_edge.i:root.right_edge.i + 1])
        return out + [accused for _, accused in self._blames(sent)]

    def canonical(self, claimant, rec) -> str:
        """actor1's canonical name when the claimant is that actor; else the claimant's words."""
        text = claimant.text.strip()
        if rec.actor1:
            head = claimant.root
            if head.pos_ == "PRON" or (head.pos_ == "NOUN" and head.lemma_.lower() in self.cues["generic"]
                                       and not any(t.pos_ == "PROPN" for t in claimant)):
                return rec.actor1
            ev = rec.evidence_for("actor1")
            words = {t.lower_ for t in claimant if t.pos_ in ("PROPN", "NOUN") and t.lemma_.lower() not in self.cues["generic"]}
            target = (rec.actor1 + " " + (ev.match or "" if ev else "")).lower()
            if words and any(w in target for w in words):
                return rec.actor1
            whole = claimant.doc[head.left_edge.i:head.right_edge.i + 1]  # with its brackets and appositions
            if ev and ev.match and ev.match_start is not None and whole.start_char <= ev.match_start < whole.end_char:
                return rec.actor1
        return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _party_names(span) -> set[str]:
    """How a party may be written: its head with the names compounded to it, and their initials
    ('the Rapid Support Forces' -> 'rapid support forces', 'rsf')."""
    head = getattr(span, "root", span)
    words = sorted([head, *(c for c in head.children if c.dep_ == "compound")], key=lambda t: t.i)
    out = {" ".join(t.lower_ for t in words)}
    if len(words) >= 2 and all(t.text[:1].isupper() for t in words):
        out.add("".join(t.lower_[0] for t in words))
    return out


def _same_party(a, b) -> bool:
    return bool(_party_names(a) & _party_names(b))
