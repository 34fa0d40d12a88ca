"""`EventStore`: incremental, idempotent, resumable ingestion into a deduplicated event database.

Every article is stored in one transaction together with its records and the merge decisions they
cause, so a run killed at any point leaves either the whole article or none of it; a rerun skips the
articles already stored (same URL and content, or same normalised text) and, processing the rest in
the same order, reaches the same database as an uninterrupted run.
"""

from __future__ import annotations

import functools
import hashlib
import os
import unicodedata
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import IO, Iterable, Optional, Union

from sqlalchemy import create_engine, event, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .. import dedup
from ..document import Article, RawInput
from ..schema import SUB_TO_TYPE, TAXONOMY, EventRecord
from .models import ArticleRow, CannotLink, DedupPending, EventRow, MergeRow, RecordRow

DEFAULT_DB = "newsevents.db"
NO_DATE = date(1900, 1, 1)  # block range of events nothing dates: they are never merge candidates
EXPORT_FORMATS = ("acled-csv", "csv", "json", "jsonl", "geojson", "parquet")
# How long SQLite waits for another process's lock before giving up (NEWSEVENTS_SQLITE_BUSY_MS).
BUSY_TIMEOUT_MS = int(os.environ.get("NEWSEVENTS_SQLITE_BUSY_MS", "30000"))


class StoreError(ValueError):
    """A user-facing problem with the store or with a query (bad filter, unknown event...)."""


class StoreUnavailable(RuntimeError):
    """The database could not be used (locked by another process, disk full, server gone...).

    Raised instead of the driver's error by every `EventStore` method that touches the database; the
    message is one line naming the database and the problem. The transaction that was running is
    rolled back whole, so nothing half-written is left behind. `report` holds what an interrupted
    `ingest` had already stored."""

    def __init__(self, message: str, report: Optional["IngestReport"] = None) -> None:
        super().__init__(message)
        self.report = report


# Words in driver messages, by what they mean for the user (SQLite, psycopg/libpq).
_LOCKED = ("database is locked", "database table is locked", "database is busy", "lock timeout",
           "could not obtain lock", "deadlock detected")
_FULL = ("disk is full", "disk i/o error", "no space left", "file too large", "could not extend file",
         "could not write")
_READONLY = ("readonly database", "read-only", "attempt to write a readonly")
_GONE = ("connection refused", "could not connect", "server closed the connection", "terminating connection",
         "connection is closed", "connection is lost", "consuming input failed", "sending query failed",
         "the database system is shutting down", "the database system is starting up",
         "the database system is in recovery", "connection timed out", "timeout expired", "no route to host",
         "connection reset", "broken pipe", "ssl syscall error", "administrator command",
         "connection to server", "couldn't get a connection")


def describe_fault(exc: BaseException, where: str, opening: bool = False) -> str:
    """One line saying what went wrong with database `where`, from a driver/SQLAlchemy error."""
    orig = getattr(exc, "orig", None) or exc
    # The driver's first line says what happened (PostgreSQL adds the statement and hints below it).
    detail = next((" ".join(line.split()) for line in str(orig).splitlines() if line.strip()), type(orig).__name__)
    if len(detail) > 160:
        detail = detail[:157] + "..."
    low = detail.lower()
    if any(w in low for w in _LOCKED):
        problem = "is locked by another process"
    elif any(w in low for w in _FULL):
        problem = "cannot be written: disk full or I/O error"
    elif any(w in low for w in _READONLY):
        problem = "is read-only"
    elif any(w in low for w in _GONE) or getattr(exc, "connection_invalidated", False):
        problem = "is not reachable: its server is down or refuses connections"
    else:
        problem = "failed"
    if opening:
        return f"cannot open database {where}: it {problem} ({detail})"
    return f"database {where} {problem} ({detail})"


def _guarded(method):
    """Turn driver errors (locked, disk full, connection lost...) into `StoreUnavailable`."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (DBAPIError, OSError) as exc:
            raise StoreUnavailable(describe_fault(exc, self.display_name)) from exc

    return wrapper


def check_text(value, name: str) -> None:
    """Refuse a filter or id with control characters (a NUL would otherwise match everything in
    SQLite and break the query in PostgreSQL)."""
    if isinstance(value, str):
        for ch in value:
            if unicodedata.category(ch) in ("Cc", "Cs"):
                raise StoreError(f"{name}: control character U+{ord(ch):04X} is not allowed; give plain text")


@dataclass
class IngestResult:
    """What storing one article changed; `records` == `new_events` + `merged` always.

    - `new_events`: events the article added, net: +1 per record that founded an event, -1 per
      stored event that one of its records linked into another (`joined`);
    - `merged`: reports that now sit in an event another report founded (one merge row each): the
      article's records that joined an event, and the founding report of each `joined` event;
    - an updated article first drops its earlier version's records (`removed_records`): the events
      only they reported go (`removed_events`), and the reports they held together in one event
      regroup, some into events of their own (`separated`). So the database holds
      `new_events + separated - removed_events` more events than before."""

    article_id: str
    status: str  # "added", "updated" or "unchanged"
    records: int = 0
    new_events: int = 0
    merged: int = 0
    joined: int = 0
    removed_records: int = 0
    removed_events: int = 0
    separated: int = 0


COUNTS = ("records", "new_events", "merged", "joined", "removed_records", "removed_events", "separated")


@dataclass
class IngestReport:
    """The sums of a run's `IngestResult`s (same meanings): after the run the database holds
    `new_events + separated - removed_events` more events and `records - removed_records` more records."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    records: int = 0
    new_events: int = 0
    merged: int = 0
    joined: int = 0
    removed_records: int = 0
    removed_events: int = 0
    separated: int = 0
    failures: list[str] = field(default_factory=list)

    def count(self, r: IngestResult) -> None:
        setattr(self, r.status, getattr(self, r.status) + 1)
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(r, name))

    def summary(self) -> str:
        text = (f"{self.added} article(s) added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.failures)} failed; {self.records} record(s): {self.new_events} new event(s), "
                f"{self.merged} merged into existing events")
        if self.joined:
            text += f" ({self.joined} of them with their event, by a report linking it to another)"
        if self.removed_records:
            text += (f"; {self.removed_records} record(s) of earlier versions of updated articles dropped: "
                     f"{self.removed_events} event(s) only they reported removed, {self.separated} event(s) "
                     f"split off where they held reports together")
        return text


def resolve_url(url_or_path: Union[str, Path, None] = None) -> str:
    """A SQLAlchemy URL from a URL, a file path, $NEWSEVENTS_DB, or the default `newsevents.db`."""
    target = str(url_or_path or os.environ.get("NEWSEVENTS_DB") or DEFAULT_DB)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def raw_hash(raw: RawInput) -> str:
    return hashlib.sha256(f"{raw.url or ''}\0{raw.text}".encode("utf-8", "surrogatepass")).hexdigest()


def _parse_day(value, name: str) -> Optional[date]:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(f"{name}: {value!r} is not a date in YYYY-MM-DD form") from None


def resolve_event_type(value: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
    """An ACLED event type or sub-event type (any case) as (type, sub-type or None)."""
    if not value:
        return None
    want = value.strip().lower()
    for t in TAXONOMY:
        if t.lower() == want:
            return t, None
    for sub, t in SUB_TO_TYPE.items():
        if sub.lower() == want:
            return t, sub
    raise StoreError(f"unknown event type {value!r}; choose one of: " + ", ".join(TAXONOMY))


class EventStore:
    def __init__(self, url_or_path: Union[str, Path, None] = None) -> None:
        self.url = resolve_url(url_or_path)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            path = Path(self.url.split("///", 1)[1])
            try:
                if path.is_dir():
                    raise StoreError(f"{path}: is a directory, not a database file")
                if not path.parent.exists():
                    raise StoreError(f"{path.parent}: no such directory for the database")
            except OSError as exc:
                raise StoreError(f"cannot open database {path}: {exc.strerror or exc}") from None
        try:
            self.engine = create_engine(self.url)
        except Exception as exc:  # bad URL syntax, unknown dialect or driver
            raise StoreError(f"cannot open database {self.url!r}: {exc}") from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        try:
            self._migrate()
        except (DBAPIError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(describe_fault(exc, self.display_name, opening=True)) from None

    def _display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def display_name(self) -> str:
        """The database as the user knows it: the SQLite file path, or the URL without a password."""
        if self.is_sqlite:
            return self.url.split("///", 1)[1]
        return self._display_url()

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("newsevents") / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------------
    @_guarded
    def has_raw(self, digest: str) -> bool:
        with self.Session() as s:
            return s.scalar(select(ArticleRow.article_id).where(ArticleRow.raw_hash == digest).limit(1)) is not None

    @_guarded
    def add(self, article: Article, records: list[EventRecord], raw_digest: Optional[str] = None,
            defer_dedup: bool = False) -> IngestResult:
        """Store one article and its records in one transaction, merging records into existing events.

        With `defer_dedup` each record founds its own event for now and is queued for the batch pass
        (`resolve_pending`), which later places it exactly where this call would have."""
        digest = raw_digest or hashlib.sha256(f"{article.url or ''}\0{article.text}".encode()).hexdigest()
        aid = article.article_id
        with self.Session.begin() as s:
            existing = s.get(ArticleRow, aid)
            if existing is not None and (existing.raw_hash == digest or existing.text == article.text):
                return IngestResult(aid, "unchanged")
            result = IngestResult(aid, "updated" if existing is not None else "added")
            if existing is not None:
                self._remove_article_records(s, aid, result)
                row = existing
                row.version += 1
            else:
                row = ArticleRow(article_id=aid, seq=(s.scalar(select(func.max(ArticleRow.seq))) or 0) + 1,
                                 version=1)
                s.add(row)
            row.raw_hash, row.url, row.path, row.text = digest, article.url, article.path, article.text
            row.headline, row.publisher, row.byline = article.headline, article.publisher, article.byline
            row.published = article.published
            s.flush()
            recs: dict[str, EventRecord] = {}
            for rec in records:
                rec = rec.model_copy(deep=True)
                rec.source.article_id = rec.source.article_id or aid
                rid = rec.event_id or rec.assign_id()
                recs.setdefault(rid, rec)  # the same event twice from one article is stored once
            # The article's leading event first (it is what the article is about, so it should win a
            # place in an existing event over a side mention), then record-id order: a fixed order
            # that the batch pass, which queues the records in it, follows too.
            for rid in sorted(recs, key=lambda k: (dedup.anchor_offset(recs[k]), k)):
                self._place_record(s, recs[rid], rid, row.seq, result, defer_dedup)
            return result

    def _place_record(self, s: Session, rec: EventRecord, rid: str, seq: int, result: IngestResult,
                      defer: bool = False) -> None:
        payload = rec.model_dump(mode="json")
        result.records += 1
        # Decide on the stored form, as the batch pass (which reads it back) does.
        stored = EventRecord.model_validate(payload)
        ev = EventRow(event_id=self._new_event_id(s, rid), seq=seq, n_sources=1, record=payload,
                      block_start=NO_DATE, block_end=NO_DATE, updated_at=_now())
        placement = dedup.Placement()
        if not defer:
            clusters, cannot = self._candidates(s, stored, rid)
            placement = dedup.place(stored, rid, clusters, cannot)
        s.add(ev)
        s.flush()
        s.add(RecordRow(record_id=rid, article_id=rec.source.article_id, event_id=ev.event_id, seq=seq,
                        record=payload))
        s.flush()
        if defer:
            s.add(DedupPending(record_id=rid))
            self._refresh_event(s, ev)
            result.new_events += 1
            return
        self._apply_placement(s, rid, placement, result)

    def _apply_placement(self, s: Session, rid: str, p: "dedup.Placement", result: Optional[IngestResult] = None) -> None:
        """Move record `rid` (which sits alone in the event it would found) where `p` says."""
        row = s.get(RecordRow, rid)
        own = s.get(EventRow, row.event_id)
        if p.target is None:
            self._refresh_event(s, own)
            if result:
                result.new_events += 1
            return
        target = s.get(EventRow, p.target)
        row.event_id = target.event_id
        s.flush()
        s.delete(own)
        s.add(_merge_row(target.event_id, rid, p.matched, p.match))
        for eid, matched, match in p.absorbed:
            # `rid` links two events: the other one joins, its first report via `rid` (split undoes it).
            members = s.scalars(select(RecordRow).where(RecordRow.event_id == eid)
                                .order_by(RecordRow.seq, RecordRow.record_id)).all()
            # Its founder is the report no merge row explains, which need not be its earliest: a queued
            # report placed by the batch pass may have joined an event founded after it.
            explained = set()
            for m in s.scalars(select(MergeRow).where(MergeRow.event_id == eid)):
                explained.add(m.record_id)
                m.event_id = target.event_id
            founder = next((m.record_id for m in members if m.record_id not in explained), members[0].record_id)
            for m in members:
                m.event_id = target.event_id
            s.flush()
            s.add(_merge_row(target.event_id, founder, rid, match, linked_by=rid, was_event=eid, via=matched))
            s.delete(s.get(EventRow, eid))
        s.flush()
        if result:
            # The joined events are gone and their founders are merged reports now.
            result.merged += 1 + len(p.absorbed)
            result.joined += len(p.absorbed)
            result.new_events -= len(p.absorbed)
        self._refresh_event(s, target)

    def _regroup(self, s: Session, ev: EventRow) -> list[str]:
        """Decide again how the reports left in `ev` belong together after some of them left it (a
        split, or an updated article's earlier version dropped), and rewrite its merge rows to match.

        A report may have been in the event only through one that left (it matched that one, or a
        report linking two events joined them): the remaining reports are placed in their ingestion
        order exactly as ingest places reports, among themselves, so those that no longer match
        found events of their own and every report other than an event's founder keeps one merge row
        explaining it. The group of the earliest report keeps `ev`'s id. Returns the ids of the
        events now holding the reports, `ev`'s first (none when no report is left)."""
        members = s.scalars(select(RecordRow).where(RecordRow.event_id == ev.event_id)
                            .order_by(RecordRow.seq, RecordRow.record_id)).all()
        for m in s.scalars(select(MergeRow).where(MergeRow.event_id == ev.event_id)):
            s.delete(m)
        s.flush()
        if not members:
            self._refresh_event(s, ev)  # nothing left: the event goes
            return []
        cannot = self._cannot_pairs(s, [m.record_id for m in members])
        clusters: list = []  # dedup.Cluster, each named after its founding record for now
        decisions = []
        for m in members:
            rec = EventRecord.model_validate(m.record)
            p = dedup.place(rec, m.record_id, _reachable(rec, clusters), cannot)
            dedup.apply_placement(clusters, m.record_id, m.seq, rec, m.record_id, p)
            decisions.append((m.record_id, p))
        first = members[0].record_id
        event_of_cluster = {}
        for c in clusters:
            if any(rid == first for rid, _, _ in c.members):
                event_of_cluster[c.event_id] = ev.event_id
            else:
                new = EventRow(event_id=self._new_event_id(s, c.event_id), seq=c.seq, n_sources=1,
                               record=c.members[0][2].model_dump(mode="json"), block_start=NO_DATE,
                               block_end=NO_DATE, updated_at=_now())
                s.add(new)
                s.flush()
                event_of_cluster[c.event_id] = new.event_id
        event_of = {rid: event_of_cluster[c.event_id] for c in clusters for rid, _, _ in c.members}
        for m in members:
            m.event_id = event_of[m.record_id]
        for rid, p in decisions:
            if p.target is None:
                continue
            s.add(_merge_row(event_of[rid], rid, p.matched, p.match))
            for founder, matched, match in p.absorbed:
                s.add(_merge_row(event_of[rid], founder, rid, match, linked_by=rid, via=matched))
        s.flush()
        out = [ev.event_id] + [e for e in dict.fromkeys(event_of_cluster.values()) if e != ev.event_id]
        for eid in out:
            self._refresh_event(s, s.get(EventRow, eid))
        return out

    def _candidates(self, s: Session, rec: EventRecord, rid: str) -> tuple[list, set]:
        """The stored events `rec` may report (dates overlap, country compatible, dedup decided) as
        `dedup.Cluster`s in (seq, event id) order, and the split pairs among them and `rid`."""
        w = dedup.window(rec)
        if w is None:
            return [], set()
        q = select(EventRow).where(EventRow.block_start <= w[1], EventRow.block_end >= w[0],
                                   EventRow.block_start != NO_DATE,
                                   EventRow.event_id.not_in(select(RecordRow.event_id).join(
                                       DedupPending, DedupPending.record_id == RecordRow.record_id)))
        if rec.country:
            q = q.where(or_(EventRow.country == rec.country, EventRow.country.is_(None)))
        candidates = s.scalars(q.order_by(EventRow.seq, EventRow.event_id)).all()
        if not candidates:
            return [], set()
        by_event: dict[str, list] = {}
        for m in s.scalars(select(RecordRow).where(RecordRow.event_id.in_([c.event_id for c in candidates]))
                           .order_by(RecordRow.seq, RecordRow.record_id)):
            by_event.setdefault(m.event_id, []).append((m.record_id, m.seq, EventRecord.model_validate(m.record)))
        clusters = [dedup.Cluster(c.event_id, c.seq, by_event.get(c.event_id, [])) for c in candidates]
        ids = [rid] + [m[0] for c in clusters for m in c.members]
        return clusters, self._cannot_pairs(s, ids)

    @staticmethod
    def _cannot_pairs(s: Session, ids: list[str]) -> set:
        out = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for a, b in s.execute(select(CannotLink.record_a, CannotLink.record_b).where(
                    or_(CannotLink.record_a.in_(chunk), CannotLink.record_b.in_(chunk)))):
                out.add(_pair(a, b))
        return out

    # ---- the batch dedup pass -----------------------------------------------------------------
    @_guarded
    def pending_count(self) -> int:
        with self.Session() as s:
            return s.scalar(select(func.count()).select_from(DedupPending))

    @_guarded
    def pending_tasks(self) -> list[dict]:
        """The queued reports grouped into independent block groups for `dedup.replay`.

        Blocks are (country, ISO week) keys (`dedup.block_keys`); a report or stored event links the
        blocks it touches, a country-less one every country of its weeks, and the connected groups
        of blocks are independent: no report of one group can be compared with an event of another.
        Each task carries the group's stored events, its queued reports in queue order and the
        split pairs among them."""
        with self.Session() as s:
            rows = s.execute(select(DedupPending.id, RecordRow).join(
                RecordRow, RecordRow.record_id == DedupPending.record_id).order_by(DedupPending.id)).all()
            if not rows:
                return []
            pending = []  # (record id, seq, payload, own event id, keys)
            for _, r in rows:
                pending.append((r.record_id, r.seq, r.record, r.event_id,
                                dedup.block_keys(EventRecord.model_validate(r.record))))
            pending_events = {p[3] for p in pending}
            windows = [dedup.window(EventRecord.model_validate(p[2])) for p in pending if p[4]]
            events = []
            if windows:
                lo, hi = min(w[0] for w in windows), max(w[1] for w in windows)
                q = select(EventRow).where(EventRow.block_start <= hi, EventRow.block_end >= lo,
                                           EventRow.block_start != NO_DATE).order_by(EventRow.seq, EventRow.event_id)
                events = [e for e in s.scalars(q) if e.event_id not in pending_events]
            event_keys = {}
            for e in events:
                keys, d = set(), e.block_start
                while d <= e.block_end:
                    y, wk, _ = d.isocalendar()
                    keys.add((e.country, f"{y}-W{wk:02d}"))
                    d += timedelta(days=7 - d.weekday())
                y, wk, _ = e.block_end.isocalendar()
                keys.add((e.country, f"{y}-W{wk:02d}"))
                event_keys[e.event_id] = keys
            numbers = dedup.connected_blocks([p[4] for p in pending] + [event_keys[e.event_id] for e in events])
            groups: dict = {}
            for p, g in zip(pending, numbers):
                groups.setdefault(g if g is not None else ("undated", p[0]),
                                  {"pending": [], "clusters": [], "cannot": []})["pending"].append(
                    [p[0], p[1], p[2], p[3]])
            for e, g in zip(events, numbers[len(pending):]):
                if g in groups:  # stored events that no queued report can reach stay out
                    groups[g]["clusters"].append([e.event_id, e.seq, []])
            tasks = list(groups.values())
            for t in tasks:
                if t["clusters"]:
                    eids = [c[0] for c in t["clusters"]]
                    members: dict[str, list] = {}
                    for m in s.scalars(select(RecordRow).where(RecordRow.event_id.in_(eids))
                                       .order_by(RecordRow.seq, RecordRow.record_id)):
                        members.setdefault(m.event_id, []).append([m.record_id, m.seq, m.record])
                    for c in t["clusters"]:
                        c[2] = members.get(c[0], [])
                ids = [p[0] for p in t["pending"]] + [m[0] for c in t["clusters"] for m in c[2]]
                t["cannot"] = sorted(self._cannot_pairs(s, ids))
            return tasks

    @_guarded
    def apply_replay(self, task: dict, placements: list) -> IngestReport:
        """Apply the placements `dedup.replay(task)` computed (one transaction per block group)."""
        report = IngestReport()
        with self.Session.begin() as s:
            for rid, p in placements:
                if s.get(RecordRow, rid) is None:  # the article was replaced meanwhile
                    continue
                r = IngestResult(rid, "added")
                self._apply_placement(s, rid, p, r)
                # The record's own event was counted as new when its article was stored (`add` with
                # `defer_dedup`); the pass only says what became of it.
                report.new_events += r.new_events - 1
                report.merged += r.merged
                report.joined += r.joined
                for row in s.scalars(select(DedupPending).where(DedupPending.record_id == rid)):
                    s.delete(row)
        return report

    def resolve_pending(self, client=None) -> IngestReport:
        """Run the batch dedup pass over every queued report: block groups are mapped over the Dask
        `client` (or run here), the placements applied in order by this process."""
        report = IngestReport()
        tasks = self.pending_tasks()
        if not tasks:
            return report
        if client is not None:
            results = client.gather(client.map(dedup.replay, tasks, pure=False))
        else:
            results = [dedup.replay(t) for t in tasks]
        for task, placements in zip(tasks, results):
            r = self.apply_replay(task, placements)
            report.new_events += r.new_events
            report.merged += r.merged
            report.joined += r.joined
        return report

    def _new_event_id(self, s: Session, rid: str) -> str:
        # Derived from the founding record, so an identical run gives identical ids; a suffix only
        # when an updated article re-creates a record whose old event lives on under the same id.
        for n in range(1000):
            eid = dedup.new_event_id(rid, n)
            if s.get(EventRow, eid) is None:
                return eid
        raise StoreError(f"cannot allocate an event id for record {rid}")

    def _refresh_event(self, s: Session, ev: EventRow) -> bool:
        """Recompute the merged record of `ev` from its members; delete it if none are left."""
        from ..records import describe

        members = s.scalars(select(RecordRow).where(RecordRow.event_id == ev.event_id)
                            .order_by(RecordRow.seq, RecordRow.record_id)).all()
        if not members:
            for m in s.scalars(select(MergeRow).where(MergeRow.event_id == ev.event_id)):
                s.delete(m)
            s.delete(ev)
            return False
        recs = [EventRecord.model_validate(m.record) for m in members]
        merged = dedup.merge(recs, event_id=ev.event_id)
        n_sources = len({r.source.article_id for r in recs})
        merged.notes = describe(merged) + (f" ({n_sources} sources)" if n_sources > 1 else "")
        windows = [w for w in map(dedup.window, recs) if w]
        ev.block_start = min((w[0] for w in windows), default=NO_DATE)
        ev.block_end = max((w[1] for w in windows), default=NO_DATE)
        ev.seq = members[0].seq
        ev.n_sources = n_sources
        for f in ("event_date", "event_type", "sub_event_type", "country", "admin1", "location", "actor1",
                  "actor2", "latitude", "longitude", "fatalities"):
            setattr(ev, f, getattr(merged, f))
        ev.record = merged.model_dump(mode="json")
        ev.updated_at = _now()
        return True

    def _remove_article_records(self, s: Session, aid: str, result: IngestResult) -> None:
        """Drop the records of an article's earlier version; the events they were part of regroup."""
        rows = s.scalars(select(RecordRow).where(RecordRow.article_id == aid)).all()
        touched = {r.event_id for r in rows}
        for r in rows:
            for m in s.scalars(select(MergeRow).where(MergeRow.record_id == r.record_id)):
                s.delete(m)
            s.delete(r)
        s.flush()
        result.removed_records += len(rows)
        for eid in sorted(touched):
            ev = s.get(EventRow, eid)
            if ev is None:
                continue
            groups = self._regroup(s, ev)
            if groups:
                result.separated += len(groups) - 1
            else:
                result.removed_events += 1

    def ingest(self, specs: Iterable[str], pipeline=None, progress: bool = True, published: Optional[date] = None,
               follow_links: bool = False) -> IngestReport:
        """Read, extract and store every article the specs name; skip those already stored."""
        from .. import feeds

        report = IngestReport()
        pending: deque[tuple[str, str]] = deque()  # (digest, name) of articles read but not yet stored
        specs = list(specs)
        current = ["the first article"]  # the article whose database work is under way

        def raws():
            for item in feeds.iter_inputs(specs, published=published, follow_links=follow_links):
                if isinstance(item, feeds.IngestError):
                    report.failures.append(str(item))
                    continue
                digest = raw_hash(item)
                name = item.url or item.path or f"article {report.added + report.updated + len(pending) + 1}"
                current[0] = pending[0][1] if pending else name  # the first one not stored yet
                if self.has_raw(digest):
                    report.unchanged += 1
                    continue
                pending.append((digest, name))
                yield item

        if pipeline is None:
            from ..pipeline import Pipeline

            pipeline = Pipeline()
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn

        console = Console(stderr=True)
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True,
                      disable=not (progress and console.is_terminal)) as bar:
            task = bar.add_task("ingesting", total=None)
            # Small batches: an article is committed soon after it is read, so little work is redone
            # after a crash.
            try:
                for article, records in pipeline.process(raws(), batch_size=4):
                    digest, name = pending.popleft()
                    if not article.text.strip():
                        report.failures.append(f"{article.url or article.path}: no article text left after cleanup")
                        continue
                    current[0] = name
                    report.count(self.add(article, records, raw_digest=digest))
                    bar.update(task, description=f"{report.added + report.updated} stored, {report.merged} merged")
            except StoreUnavailable as exc:
                # `add` rolled the article back whole; what was committed before it stays.
                kept = report.added + report.updated
                raise StoreUnavailable(f"{exc}; nothing from {current[0]} or any later article was stored, "
                                       f"the {kept} article(s) stored before it are kept; rerun to continue",
                                       report) from exc.__cause__
        return report

    # ---- splitting ----------------------------------------------------------------------------
    @_guarded
    def split(self, event_id: str, record_id: Optional[str] = None) -> list[str]:
        """Undo a merge: every report of the event (or just `record_id`) becomes its own event again.

        The split pairs are remembered, so re-ingesting does not merge them again. Reports that
        were in the event only through one that leaves (it linked their event in, or they matched
        it) regroup as ingest would place them. Returns the ids of the events that now hold the
        reports: `event_id` first, then the split-off reports' events, then any that regrouped apart.
        """
        check_text(event_id, "event id")
        check_text(record_id, "--record")
        with self.Session.begin() as s:
            ev = s.get(EventRow, event_id)
            if ev is None:
                raise StoreError(f"no event with id {event_id!r}")
            members = s.scalars(select(RecordRow).where(RecordRow.event_id == event_id)
                                .order_by(RecordRow.seq, RecordRow.record_id)).all()
            if len(members) < 2:
                raise StoreError(f"event {event_id} has a single report: nothing to split")
            if record_id is not None:
                if record_id not in {m.record_id for m in members}:
                    raise StoreError(f"record {record_id!r} is not part of event {event_id}")
                if record_id == members[0].record_id:
                    raise StoreError(f"record {record_id} founded event {event_id}; split the others off instead")
                leaving = [m for m in members if m.record_id == record_id]
                staying = [m for m in members if m.record_id != record_id]
            else:
                leaving, staying = members[1:], members[:1]
            for a in leaving:
                for b in members:
                    if a.record_id != b.record_id and not s.get(CannotLink, _pair(a.record_id, b.record_id)):
                        s.add(CannotLink(record_a=_pair(a.record_id, b.record_id)[0],
                                         record_b=_pair(a.record_id, b.record_id)[1]))
            for m in s.scalars(select(MergeRow).where(MergeRow.event_id == event_id)):
                s.delete(m)  # `_regroup` writes those of the reports that stay
            s.flush()
            apart = []
            for m in leaving:
                new = EventRow(event_id=self._new_event_id(s, m.record_id), seq=m.seq, n_sources=1, record=m.record,
                               block_start=NO_DATE, block_end=NO_DATE, updated_at=_now())
                s.add(new)
                s.flush()
                m.event_id = new.event_id
                s.flush()
                self._refresh_event(s, new)
                apart.append(new.event_id)
            # Reports that were in the event only through a leaving one (matched it, or were linked
            # in by it) do not stay glued to the rest.
            staying_groups = self._regroup(s, ev)
            return staying_groups[:1] + apart + staying_groups[1:]

    # ---- reading ------------------------------------------------------------------------------
    def _filtered(self, country=None, since=None, until=None, event_type=None, actor=None):
        for name, value in (("country", country), ("since", since), ("until", until), ("type", event_type),
                            ("actor", actor)):
            check_text(value, f"--{name}")
        q = select(EventRow)
        since_d, until_d = _parse_day(since, "--since"), _parse_day(until, "--until")
        if since_d and until_d and since_d > until_d:
            raise StoreError(f"--since {since_d} is after --until {until_d}")
        if country:
            q = q.where(func.lower(EventRow.country) == country.strip().lower())
        if since_d:
            q = q.where(EventRow.event_date >= since_d)
        if until_d:
            q = q.where(EventRow.event_date <= until_d)
        et = resolve_event_type(event_type)
        if et:
            q = q.where(EventRow.event_type == et[0])
            if et[1]:
                q = q.where(EventRow.sub_event_type == et[1])
        if actor:
            pattern = "%" + actor.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            q = q.where(or_(func.lower(EventRow.actor1).like(pattern, escape="\\"),
                            func.lower(EventRow.actor2).like(pattern, escape="\\")))
        return q

    @_guarded
    def query_events(self, country=None, since=None, until=None, event_type=None, actor=None, limit: Optional[int] = 100,
                     offset: int = 0) -> list[dict]:
        if limit is not None and limit < 0 or offset < 0:
            raise StoreError("--limit and --offset must not be negative")
        q = self._filtered(country, since, until, event_type, actor)
        q = q.order_by(EventRow.event_date.is_(None), EventRow.event_date.desc(), EventRow.seq, EventRow.event_id)
        q = q.offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.Session() as s:
            return [self._event_dict(e) for e in s.scalars(q)]

    @_guarded
    def count_events(self, country=None, since=None, until=None, event_type=None, actor=None) -> int:
        q = self._filtered(country, since, until, event_type, actor)
        with self.Session() as s:
            return s.scalar(select(func.count()).select_from(q.subquery()))

    def iter_records(self, **filters) -> Iterable[EventRecord]:
        """Merged records matching the filters, in pages (for exports of any size)."""
        page, offset = 500, 0
        while True:
            rows = self.query_events(**filters, limit=page, offset=offset)
            for r in rows:
                yield EventRecord.model_validate(r["record"])
            if len(rows) < page:
                return
            offset += page

    @staticmethod
    def _event_dict(e: EventRow) -> dict:
        return {"event_id": e.event_id, "n_sources": e.n_sources, "record": e.record,
                **{k: e.record.get(k) for k in ("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                                                "country", "admin1", "location", "latitude", "longitude",
                                                "fatalities", "fatalities_low", "fatalities_high", "notes")}}

    @_guarded
    def get_event(self, event_id: str) -> Optional[dict]:
        check_text(event_id, "event id")
        with self.Session() as s:
            e = s.get(EventRow, event_id)
            if e is None:
                return None
            members = s.scalars(select(RecordRow).where(RecordRow.event_id == event_id)
                                .order_by(RecordRow.seq, RecordRow.record_id)).all()
            arts = {a.article_id: a for a in s.scalars(select(ArticleRow).where(
                ArticleRow.article_id.in_({m.article_id for m in members})))}
            merges = s.scalars(select(MergeRow).where(MergeRow.event_id == event_id).order_by(MergeRow.id)).all()
            out = self._event_dict(e)
            out["sources"] = [
                {"record_id": m.record_id, "article_id": m.article_id, "headline": arts[m.article_id].headline,
                 "publisher": arts[m.article_id].publisher, "published": _iso(arts[m.article_id].published),
                 "url": arts[m.article_id].url, "path": arts[m.article_id].path, "record": m.record}
                for m in members]
            out["evidence"] = e.record.get("evidence", [])
            out["merges"] = [{"record_id": m.record_id, "matched_record_id": m.matched_record_id, "score": m.score,
                              **m.details} for m in merges]
            return out

    @_guarded
    def get_article(self, article_id: str) -> Optional[dict]:
        check_text(article_id, "article id")
        with self.Session() as s:
            a = s.get(ArticleRow, article_id)
            if a is None:
                return None
            recs = s.scalars(select(RecordRow).where(RecordRow.article_id == article_id).order_by(RecordRow.record_id))
            return {"article_id": a.article_id, "url": a.url, "path": a.path, "headline": a.headline,
                    "publisher": a.publisher, "byline": a.byline, "published": _iso(a.published), "text": a.text,
                    "version": a.version,
                    "records": [{"record_id": r.record_id, "event_id": r.event_id, "record": r.record} for r in recs]}

    @_guarded
    def stats(self) -> dict:
        with self.Session() as s:
            n_events = s.scalar(select(func.count()).select_from(EventRow))
            by_type = dict(s.execute(select(EventRow.event_type, func.count()).group_by(EventRow.event_type)).all())
            by_country = dict(s.execute(select(EventRow.country, func.count()).group_by(EventRow.country)).all())
            months: Counter = Counter()
            for (d,) in s.execute(select(EventRow.event_date)):
                months[d.strftime("%Y-%m") if d else None] += 1
            return {
                "articles": s.scalar(select(func.count()).select_from(ArticleRow)),
                "records": s.scalar(select(func.count()).select_from(RecordRow)),
                "events": n_events,
                "duplicates_merged": s.scalar(select(func.count()).select_from(MergeRow)),
                "multi_source_events": s.scalar(select(func.count()).select_from(EventRow)
                                                .where(EventRow.n_sources > 1)),
                "by_type": _sorted_counts(by_type),
                "by_country": _sorted_counts(by_country),
                "by_month": dict(sorted(months.items(), key=lambda kv: kv[0] or "")),
            }

    @_guarded
    def snapshot(self) -> dict:
        """Everything stored except timestamps: two runs that did the same work compare equal."""
        with self.Session() as s:
            return {
                "articles": sorted((a.article_id, a.raw_hash, a.seq, a.version) for a in s.scalars(select(ArticleRow))),
                "events": sorted((e.event_id, e.n_sources, _canon(e.record)) for e in s.scalars(select(EventRow))),
                "records": sorted((r.record_id, r.article_id, r.event_id) for r in s.scalars(select(RecordRow))),
                "merges": sorted((m.event_id, m.record_id, m.matched_record_id, round(m.score, 6))
                                 for m in s.scalars(select(MergeRow))),
            }

    def export(self, fmt: str, out: Union[str, Path, IO], **filters) -> int:
        """Write the events matching `filters` to `out` (a path or an open file); returns how many."""
        from .. import export

        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
        self._filtered(**filters)  # validate before creating the file
        records = list(self.iter_records(**filters))
        stored = self.stored_events([r.event_id for r in records]) if fmt == "acled-csv" else None
        return export.write(fmt, records, out, stored)

    @_guarded
    def stored_events(self, event_ids: list[str]) -> dict:
        """`export.StoredEvent`s by event id: the outlets of every report of the event (a merged record
        names only its first source) and when the event last changed."""
        from ..export import StoredEvent, distinct_names, outlet

        out: dict[str, StoredEvent] = {}
        with self.Session() as s:
            for i in range(0, len(event_ids), 500):
                chunk = event_ids[i:i + 500]
                for eid, updated in s.execute(select(EventRow.event_id, EventRow.updated_at)
                                              .where(EventRow.event_id.in_(chunk))):
                    out[eid] = StoredEvent(updated=updated)
                reports = s.execute(select(RecordRow.event_id, ArticleRow.publisher, ArticleRow.url)
                                    .join(ArticleRow, ArticleRow.article_id == RecordRow.article_id)
                                    .where(RecordRow.event_id.in_(chunk))
                                    .order_by(RecordRow.seq, RecordRow.record_id))
                for eid, publisher, url in reports:
                    out[eid].publishers.append(outlet(publisher, url))
        for ev in out.values():
            ev.publishers = distinct_names(ev.publishers)
        return out


def _merge_row(event_id: str, rid: str, matched: str, match: "dedup.Match", **link) -> MergeRow:
    """Why `rid` is part of event `event_id`: it matched `matched` (`link`: a report linking two events)."""
    return MergeRow(event_id=event_id, record_id=rid, matched_record_id=matched, score=match.score,
                    details={**match.to_dict(), **link})


def _reachable(rec: EventRecord, clusters: list) -> list:
    """The `clusters` a report may be compared with, by the rules `EventStore._candidates` applies in
    SQL: an event some dated report of which overlaps the report's dates, in its country or in none."""
    w = dedup.window(rec)
    if w is None:
        return []
    out = []
    for c in clusters:
        windows = [x for x in (dedup.window(r) for _, _, r in c.members) if x]
        if not windows or min(x[0] for x in windows) > w[1] or max(x[1] for x in windows) < w[0]:
            continue
        if rec.country and dedup._mode(r.country for _, _, r in c.members) not in (rec.country, None):
            continue
        out.append(c)
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d else None


def _canon(obj) -> str:
    import json

    return json.dumps(obj, sort_keys=True)


def _sorted_counts(d: dict) -> dict:
    return dict(sorted(d.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()
