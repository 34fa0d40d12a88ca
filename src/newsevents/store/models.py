"""Tables of the event store.

An `Article` is one ingested news article; each of its extracted `RecordRow`s (one per event the
pipeline found in it) belongs to exactly one `EventRow`, the deduplicated event. An event with several
records is a merge: `MergeRow` says which record joined it, matched against which, and with what
scores, so `show` can explain it and `split` can undo it. `CannotLink` remembers split decisions so
a later ingestion does not merge the same records again.

Filterable fields of the merged event are real columns (indexed); the full records live in JSON.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    raw_hash: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[Optional[str]] = mapped_column(Text)
    path: Mapped[Optional[str]] = mapped_column(Text)
    headline: Mapped[Optional[str]] = mapped_column(Text)
    publisher: Mapped[Optional[str]] = mapped_column(Text)
    byline: Mapped[Optional[str]] = mapped_column(Text)
    published: Mapped[Optional[date]] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, index=True)  # ingestion order, for deterministic replays
    version: Mapped[int] = mapped_column(Integer, default=1)  # bumped when the same URL changes content


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_date: Mapped[Optional[date]] = mapped_column(Date, index=True)
    event_type: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[Optional[str]] = mapped_column(String(64))
    country: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    admin1: Mapped[Optional[str]] = mapped_column(String(120))
    location: Mapped[Optional[str]] = mapped_column(String(200))
    actor1: Mapped[Optional[str]] = mapped_column(String(300))
    actor2: Mapped[Optional[str]] = mapped_column(String(300))
    latitude: Mapped[Optional[float]] = mapped_column(Float)
    longitude: Mapped[Optional[float]] = mapped_column(Float)
    fatalities: Mapped[Optional[int]] = mapped_column(Integer)
    block_start: Mapped[date] = mapped_column(Date, index=True)  # earliest day the event may have happened
    block_end: Mapped[date] = mapped_column(Date, index=True)  # latest day
    n_sources: Mapped[int] = mapped_column(Integer, default=1)
    record: Mapped[dict] = mapped_column(JSON)  # the merged EventRecord
    seq: Mapped[int] = mapped_column(Integer, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_events_country_block", "country", "block_start"),)


class RecordRow(Base):
    __tablename__ = "records"

    record_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.article_id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    record: Mapped[dict] = mapped_column(JSON)


class MergeRow(Base):
    __tablename__ = "merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"), index=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.record_id", ondelete="CASCADE"), index=True)
    matched_record_id: Mapped[str] = mapped_column(String(40))
    score: Mapped[float] = mapped_column(Float)
    details: Mapped[dict] = mapped_column(JSON)


class CannotLink(Base):
    __tablename__ = "cannot_link"

    record_a: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_b: Mapped[str] = mapped_column(String(40), primary_key=True)


class DedupPending(Base):
    """A report stored without its dedup decision (distributed ingest); `id` is the placement order."""

    __tablename__ = "dedup_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.record_id", ondelete="CASCADE"), unique=True)
