"""Store commands of the `newsevents` CLI: ingest, events, export, stats, show, split, eval-dedup."""

from __future__ import annotations

import functools
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)  # error lines name files: never wrap them
DB_HELP = "Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...). Default: $NEWSEVENTS_DB or newsevents.db."
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "dedup_corpus"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    acled_csv = "acled-csv"


class ExportFormat(str, Enum):
    acled_csv = "acled-csv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def open_store(db: Optional[str]):
    from .store import EventStore, StoreError

    try:
        return EventStore(db)
    except StoreError as exc:
        _fail(str(exc))


def _database_faults(command):
    """End a command that hit a database fault (locked, disk full, server down) with one `error:`
    line and exit code 1 instead of a traceback; the store has rolled back the unfinished work."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        from .store import StoreUnavailable

        try:
            return command(*args, **kwargs)
        except StoreUnavailable as exc:
            if exc.report is not None:
                err.print(exc.report.summary(), highlight=False)
            _fail(str(exc), 1)

    return run


def _filters(country, since, until, event_type, actor) -> dict:
    return {"country": country, "since": since, "until": until, "event_type": event_type, "actor": actor}


def register(app: typer.Typer) -> None:
    """Add this module's commands to the newsevents CLI."""

    @app.command()
    @_database_faults
    def ingest(
        inputs: List[str] = typer.Argument(..., help="Article files, directories, JSONL corpora (text,url,published), RSS/Atom feed files, or http(s) URLs of feeds/pages."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs that lack one."),
        follow_links: bool = typer.Option(False, "--follow-links", help="Fetch the page each feed entry links to."),
        workers: int = typer.Option(0, "--workers", "-w", min=0, help="Extract and deduplicate on a local Dask cluster of N worker processes."),
        scheduler: Optional[str] = typer.Option(None, help="Use an existing Dask scheduler, e.g. tcp://host:8786."),
        parquet_dir: Optional[Path] = typer.Option(None, "--parquet-dir", help="Write the deduplicated events as a Parquet dataset partitioned by event month into this directory instead of the database."),
    ) -> None:
        """Extract events from articles and add them to the database (idempotent, resumable)."""
        from .cli import parse_date_option
        from .store import StoreError

        pub = parse_date_option(published)
        if parquet_dir is not None:
            _ingest_parquet(inputs, parquet_dir, pub, follow_links, workers, scheduler)
            return
        store = open_store(db)
        try:
            if workers or scheduler:
                from .distributed import dask_client, ingest_distributed

                with dask_client(workers or 2, scheduler) as client:
                    report = ingest_distributed(store, inputs, client=client, published=pub,
                                                follow_links=follow_links)
            else:
                report = store.ingest(inputs, published=pub, follow_links=follow_links)
        except StoreError as exc:
            _fail(str(exc))
        except OSError as exc:  # cannot reach the scheduler
            _fail(f"cannot use the Dask cluster: {exc}")
        err.print(report.summary(), highlight=False)
        for f in report.failures:
            err.print(f"[red]error:[/] {f}", highlight=False)
        if report.failures:
            raise typer.Exit(1)

    @app.command()
    @_database_faults
    def events(
        country: Optional[str] = typer.Option(None, help="Country name, e.g. Afghanistan."),
        since: Optional[str] = typer.Option(None, help="Events on or after YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, help="Events on or before YYYY-MM-DD."),
        event_type: Optional[str] = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
        actor: Optional[str] = typer.Option(None, help="Part of an actor's name."),
        limit: int = typer.Option(50, min=0, help="At most this many events."),
        offset: int = typer.Option(0, min=0, help="Skip this many events first."),
        format: ListFormat = typer.Option(ListFormat.table, "--format", "-f"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """List stored events, newest first."""
        from . import export
        from .schema import EventRecord
        from .store import StoreError

        store = open_store(db)
        try:
            rows = store.query_events(**_filters(country, since, until, event_type, actor), limit=limit, offset=offset)
            total = store.count_events(**_filters(country, since, until, event_type, actor))
        except StoreError as exc:
            _fail(str(exc))
        if format is ListFormat.table:
            _print_events(rows, total)
            return
        stored = store.stored_events([r["event_id"] for r in rows]) if format is ListFormat.acled_csv else None
        export.write(format.value, [EventRecord.model_validate(r["record"]) for r in rows], sys.stdout, stored)

    @app.command("export")
    @_database_faults
    def export_cmd(
        format: ExportFormat = typer.Option(..., "--format", "-f", help="Output format."),
        output: Path = typer.Option(..., "--output", "-o", help="File to write."),
        country: Optional[str] = typer.Option(None), since: Optional[str] = typer.Option(None),
        until: Optional[str] = typer.Option(None),
        event_type: Optional[str] = typer.Option(None, "--type"), actor: Optional[str] = typer.Option(None),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Export the (filtered) events: ACLED-column CSV, JSON Lines, GeoJSON points or Parquet."""
        from .store import StoreError

        if output.is_dir():
            _fail(f"{output}: is a directory; give a file name")
        if not output.parent.exists():
            _fail(f"{output.parent}: no such directory")
        store = open_store(db)
        try:
            n = store.export(format.value, output, **_filters(country, since, until, event_type, actor))
        except StoreError as exc:
            _fail(str(exc))
        except OSError as exc:  # the output file, not the database (those faults are StoreUnavailable)
            _fail(f"cannot write {output}: {exc.strerror or exc}", 1)
        err.print(f"{n} event(s) written to {output}", highlight=False)

    @app.command()
    @_database_faults
    def stats(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
              as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Counts of events by type, country and month, and how many duplicate reports were merged."""
        st = open_store(db).stats()
        if as_json:
            typer.echo(json.dumps(st, indent=2, default=str))
            return
        from rich.table import Table

        con = Console()
        con.print(f"{st['articles']} article(s), {st['records']} extracted record(s), {st['events']} event(s); "
                  f"{st['duplicates_merged']} duplicate report(s) merged into {st['multi_source_events']} "
                  f"multi-source event(s)", highlight=False)
        for key, title in (("by_type", "event type"), ("by_country", "country"), ("by_month", "month")):
            t = Table(title=f"events by {title}")
            t.add_column(title)
            t.add_column("events", justify="right")
            for k, v in st[key].items():
                t.add_row(str(k) if k is not None else "(unknown)", str(v))
            con.print(t)

    @app.command()
    @_database_faults
    def show(event_id: str = typer.Argument(..., help="An event id (evt_...)."),
             db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
             as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """One event: its fields, every source, each field's evidence, and why its reports were merged."""
        from .store import StoreError

        try:
            ev = open_store(db).get_event(event_id)
        except StoreError as exc:
            _fail(str(exc))
        if ev is None:
            _fail(f"no event with id {event_id!r}", 1)
        if as_json:
            typer.echo(json.dumps(ev, indent=2, default=str))
            return
        _print_event(ev)

    @app.command()
    @_database_faults
    def split(event_id: str = typer.Argument(..., help="The merged event to split."),
              record: Optional[str] = typer.Option(None, "--record", help="Detach only this report (record id)."),
              db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """Undo a merge: the event's reports become separate events again (and stay apart)."""
        from .store import StoreError

        store = open_store(db)
        try:
            ids = store.split(event_id, record_id=record)
        except StoreError as exc:
            _fail(str(exc), 1)
        typer.echo(f"split {event_id} into: {' '.join(ids)}")

    @app.command("eval-dedup")
    def eval_dedup(corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Directory with corpus.jsonl and gold.json."),
                   as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Pairwise precision/recall/F1 of merge decisions on a corpus with gold clusters."""
        from .dedup import CorpusError, evaluate_corpus

        try:
            result = evaluate_corpus(corpus)
        except CorpusError as exc:
            _fail(str(exc))
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        typer.echo(f"{result['items']} articles, {result['gold_clusters']} gold events, "
                   f"{result['predicted_multi_source']} merged events predicted")
        typer.echo(f"pairwise precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
                   f"F1 {result['f1']:.3f}  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})")
        for line in result["errors"][:30]:
            typer.echo("  " + line)


def _ingest_parquet(inputs, out_dir: Path, published, follow_links: bool, workers: int, scheduler) -> None:
    """ingest --parquet-dir: extract (on a cluster when asked), deduplicate by the same rules as the
    store, write a Parquet dataset partitioned by event month."""
    from . import feeds
    from .distributed import dask_client, dedup_records, extract_inputs_distributed, write_parquet_dataset

    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"{out_dir}: exists and is not a directory")
    if not out_dir.parent.exists():
        _fail(f"{out_dir.parent}: no such directory")
    failures, raws = [], []
    for item in feeds.iter_inputs(list(inputs), published=published, follow_links=follow_links):
        (failures.append(str(item)) if isinstance(item, feeds.IngestError) else raws.append(item))
    records = []

    def collect(pairs):
        for article, recs in pairs:
            if not article.text.strip():
                failures.append(f"{article.url or article.path}: no article text left after cleanup")
                continue
            for r in recs:
                r.source.article_id = r.source.article_id or article.article_id
                r.event_id = r.event_id or r.assign_id()
            records.extend(sorted(recs, key=lambda r: (dedup_anchor(r), r.event_id)))

    from .dedup import anchor_offset as dedup_anchor

    if workers or scheduler:
        try:
            with dask_client(workers or 2, scheduler) as client:
                collect(extract_inputs_distributed(raws, client))
                events = dedup_records(records, client)
        except OSError as exc:
            _fail(f"cannot use the Dask cluster: {exc}")
    else:
        from .pipeline import Pipeline

        collect(Pipeline().process(raws, batch_size=4))
        events = dedup_records(records)
    n = write_parquet_dataset(events, out_dir)
    err.print(f"{len(raws) - len(failures)} article(s), {len(records)} record(s): {n} event(s) written to "
              f"{out_dir}", highlight=False)
    for f in failures:
        err.print(f"[red]error:[/] {f}", highlight=False)
    if failures:
        raise typer.Exit(1)


def _print_events(rows: list[dict], total: int) -> None:
    from rich.table import Table

    t = Table(title=f"{len(rows)} of {total} event(s)", show_lines=False)
    for col in ("event id", "date", "type / sub-type", "actors", "place", "fatal.", "src"):
        t.add_column(col, overflow="fold")
    for r in rows:
        rec = r["record"]
        fatal = "" if rec.get("fatalities") is None else str(rec["fatalities"])
        if rec.get("fatalities_high") not in (None, rec.get("fatalities")):
            fatal += f" ({rec.get('fatalities_low')}-{rec.get('fatalities_high')})"
        place = ", ".join(x for x in (rec.get("location"), rec.get("admin1"), rec.get("country")) if x)
        actors = " vs ".join(x for x in (rec.get("actor1"), rec.get("actor2")) if x)
        t.add_row(r["event_id"], rec.get("event_date") or "?", f"{rec.get('event_type')}\n{rec.get('sub_event_type')}",
                  actors, place or "?", fatal, str(r["n_sources"]))
    Console().print(t)


def _print_event(ev: dict) -> None:
    con = Console()
    rec = ev["record"]
    con.print(f"[bold]{ev['event_id']}[/]  {rec.get('notes') or ''}", highlight=False)
    for k in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
              "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
              "fatalities_high", "status", "claimed_by"):
        if rec.get(k) not in (None, ""):
            con.print(f"  {k:16} {rec[k]}", highlight=False)
    con.print(f"\n[bold]sources[/] ({len(ev['sources'])})")
    for s in ev["sources"]:
        con.print(f"  {s['record_id']}  {s['published'] or '?'}  {s['headline'] or ''}  {s['url'] or s['path'] or ''}",
                  highlight=False)
    con.print("\n[bold]evidence[/]")
    for e in ev["evidence"]:
        what = f" [{e['match']}]" if e.get("match") else ""
        con.print(f"  {e['field']:16} {e.get('article_id') or ''}{what} {e['sentence'][:200]}", highlight=False)
    if ev["merges"]:
        con.print("\n[bold]why merged[/]")
        for m in ev["merges"]:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in m["scores"].items())
            con.print(f"  {m['record_id']} joined via {m['matched_record_id']}: score {m['score']:.2f} ({parts})",
                      highlight=False)
