"""Stage after fatalities — one crowd event per town. ACLED codes a demonstration or riot once for each
location it took place in: "Students marched in Ouahigouya, Kaya and Koudougou" is three events. The
places stage puts the event at the first town and leaves the towns listed with it on the draft
(`EventDraft.other_towns`); this stage copies the event for each of them.

Only Protests and Riots are split: a battle or an attack told "in X and Y" is more often one incident
reported from two places than two incidents. A toll stays with the first town, since the text does not
say where the dead fell (ACLED would not double it either)."""

from __future__ import annotations

from dataclasses import replace

from .document import Article, EventDraft
from .places import PlaceResolver

SPLIT_TYPES = frozenset({"Protests", "Riots"})
# how the location evidence of an event copied for each listed town begins (its id includes its town)
LISTED_TOWN_RULE = "listed town"


class TownSplitter:
    def __init__(self, places: PlaceResolver) -> None:
        self.places = places

    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        out: list[EventDraft] = []
        for draft in drafts:
            out.append(draft)
            if draft.record.event_type not in SPLIT_TYPES or not draft.other_towns:
                continue
            n = len(draft.other_towns) + 1
            _mark(draft.record, 1, n)
            for k, (mention, sent) in enumerate(draft.other_towns, start=2):
                rec = draft.record.model_copy(deep=True)
                copy = replace(draft, record=rec, sentences=list(draft.sentences), other_towns=[])
                self.places.fill_town(copy, mention, sent, "a town listed with the event's place")
                _mark(rec, k, n)
                if rec.fatalities:
                    rec.fatalities, rec.fatalities_low, rec.fatalities_high = 0, None, None
                    rec.add_evidence("fatalities", sent, rule=f"{LISTED_TOWN_RULE}: the toll is kept with the first town")
                out.append(copy)
        return out


def _mark(record, k: int, n: int) -> None:
    """Prefix the location evidence with the town's rank in the list (schema.EventRecord.assign_id
    then puts the town into the event's id)."""
    placed = record.evidence_for("location")
    if placed is not None:
        placed.rule = f"{LISTED_TOWN_RULE} {k} of {n}; {placed.rule or ''}".rstrip("; ")
