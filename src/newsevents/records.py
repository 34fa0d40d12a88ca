"""Last stage — records: source, a generated one-sentence note, and a stable id for each event."""

from __future__ import annotations

from .document import Article, EventDraft
from .schema import EventRecord


def describe(r: EventRecord) -> str:
    """One plain sentence about the event, built only from the coded fields."""
    when = r.event_date.strftime("%-d %B %Y") if r.event_date else "an unknown date"
    if r.time_precision == 3 and r.event_date:
        when = r.event_date.strftime("%B %Y")
    what = (r.sub_event_type or r.event_type or "event").lower()
    who = r.actor1 or "an unidentified actor"
    against = f" against {r.actor2}" if r.actor2 else ""
    where = r.location or r.admin1 or r.country
    place = f" in {where}" + (f", {r.country}" if r.country and where != r.country else "") if where else ""
    toll = ""
    if r.fatalities:
        toll = f", {r.fatalities} killed"
        if r.fatalities_high and r.fatalities_high != r.fatalities:
            toll = f", {r.fatalities} killed (reports up to {r.fatalities_high})"
    status = "" if r.status in ("reported", "confirmed") else f" ({r.status}" + (f" by {r.claimed_by}" if r.claimed_by else "") + ")"
    return f"On {when}, {what} by {who}{against}{place}{toll}{status}."


class RecordFinisher:
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        src = article.source()
        for d in drafts:
            d.record.source = src
            for ev in d.record.evidence:
                ev.article_id = src.article_id
            d.record.notes = describe(d.record)
            d.record.assign_id()
        return drafts
