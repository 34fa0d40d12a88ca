"""The event record: one typed schema that every stage fills and every interface emits.

Field names follow ACLED's export columns where ACLED has one (event_date, time_precision,
event_type, sub_event_type, actor1, assoc_actor_1, inter1, ..., geo_precision, fatalities, notes)
so that an export lines up with ACLED data without renaming.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, Field

# ACLED's six event types and their 25 sub-event types (codebook 2023+).
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_TO_TYPE: dict[str, str] = {sub: t for t, subs in TAXONOMY.items() for sub in subs}

# ACLED's interaction codes for actor types.
INTER_CODES: dict[str, int] = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other forces": 8,
}

Status = Literal["reported", "claimed", "alleged", "unconfirmed", "confirmed", "denied"]


class Evidence(BaseModel):
    """Why a field has its value: the sentence it came from and where it sits in the cleaned text."""

    field: str
    sentence: str
    start: int = Field(description="character offset of the sentence in the cleaned article text")
    end: int
    match: Optional[str] = Field(default=None, description="the words inside the sentence that decided it")
    match_start: Optional[int] = None
    match_end: Optional[int] = None
    rule: Optional[str] = Field(default=None, description="which rule or model decided, for debugging")
    article_id: Optional[str] = None


class Source(BaseModel):
    article_id: Optional[str] = None
    headline: Optional[str] = None
    publisher: Optional[str] = None
    byline: Optional[str] = None
    published: Optional[date] = None
    url: Optional[str] = None
    path: Optional[str] = None


class EventRecord(BaseModel):
    event_id: Optional[str] = None

    event_date: Optional[date] = None
    date_start: Optional[date] = None
    date_end: Optional[date] = None
    time_precision: Optional[int] = Field(default=None, ge=1, le=3)

    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None

    actor1: Optional[str] = None
    assoc_actor_1: Optional[str] = None
    inter1: Optional[str] = None
    actor2: Optional[str] = None
    assoc_actor_2: Optional[str] = None
    inter2: Optional[str] = None
    civilian_targeting: bool = False

    country: Optional[str] = None
    iso3: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    location: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geo_precision: Optional[int] = Field(default=None, ge=1, le=3)

    fatalities: Optional[int] = None
    fatalities_low: Optional[int] = None
    fatalities_high: Optional[int] = None

    status: Status = "reported"
    claimed_by: Optional[str] = None

    notes: Optional[str] = None
    source: Source = Field(default_factory=Source)
    evidence: list[Evidence] = Field(default_factory=list)

    # ---- helpers used by the stages -------------------------------------------------------
    def add_evidence(self, field: str, sent, match=None, rule: str | None = None) -> None:
        """Record the sentence (a spaCy Span) and optionally the words (Span/Token) behind a field.

        A later call for the same field replaces the earlier one: the last stage to decide wins.
        """
        self.evidence = [e for e in self.evidence if e.field != field]
        text = sent.text.rstrip()
        ev = Evidence(field=field, sentence=text, start=sent.start_char, end=sent.start_char + len(text), rule=rule,
                      article_id=self.source.article_id)
        if match is not None:
            # the sentence loses its trailing whitespace, so its words must too (a date span the
            # tagger stretched over the line breaks after 'Monday' would end outside the sentence)
            ev.match = match.text.rstrip()
            ev.match_start = match.idx if hasattr(match, "idx") and not hasattr(match, "start_char") else match.start_char
            ev.match_end = min(ev.match_start + len(ev.match), ev.end)
            ev.match = ev.match[: max(ev.match_end - ev.match_start, 0)]
        self.evidence.append(ev)

    def evidence_for(self, field: str) -> Optional[Evidence]:
        return next((e for e in self.evidence if e.field == field), None)

    def assign_id(self) -> str:
        """A stable id from the source article and the anchor sentence, so re-runs give the same id.
        An event told over a list of days is one event per day (dates.py's `LISTED_DAY_RULE`): those
        copies share their sentence and type, so their day goes into the id; so does the town of a crowd
        event copied for each town listed (town_split.py). Other events' ids stay as they were."""
        anchor = self.evidence_for("event_type")
        key = f"{self.source.article_id}|{anchor.start if anchor else ''}|{self.event_type}|{self.sub_event_type}"
        dated = self.evidence_for("event_date")
        if dated is not None and (dated.rule or "").startswith("listed day"):
            key += f"|{self.event_date}"
        placed = self.evidence_for("location")
        if placed is not None and (placed.rule or "").startswith("listed town"):
            key += f"|{self.location}"  # town_split.py's copies, one per town listed
        self.event_id = "ev_" + hashlib.sha1(key.encode()).hexdigest()[:16]
        return self.event_id


ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
