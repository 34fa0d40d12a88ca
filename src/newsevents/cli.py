"""The `newsevents` command line: a thin shell over `Pipeline` (and, for the other commands, the store,
the evaluator, the gazetteer and the server, each registering its own commands)."""

from __future__ import annotations

import sys
import time
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import Progress

from . import evaluate, gazetteer, news_eval, server, store_cli

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn news articles about armed conflict and political violence into event records.")
err = Console(stderr=True, soft_wrap=True)  # messages stay on one line so they can be grepped


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def parse_date_option(value: Optional[str], name: str = "--published") -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=name) from None


def print_table(records, console: Console) -> None:
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(records)} event(s)")
    for col in ("date", "type / sub-type", "actor 1", "actor 2", "place", "fatal.", "status", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        when = f"{r.event_date or '?'}" + (f" (±{['', 'day', 'week', 'month'][r.time_precision]})" if r.time_precision and r.time_precision > 1 else "")
        place = ", ".join(x for x in (r.location, r.admin1, r.country) if x) or "?"
        fatal = "" if r.fatalities is None else str(r.fatalities)
        if r.fatalities_high is not None and r.fatalities_high != r.fatalities:
            fatal += f" ({r.fatalities_low}-{r.fatalities_high})"
        ev = r.evidence_for("event_type")
        table.add_row(when, f"{r.event_type}\n{r.sub_event_type}", r.actor1 or "", r.actor2 or "", place, fatal,
                      r.status + (f" by {r.claimed_by}" if r.claimed_by else ""),
                      (ev.sentence[:200] if ev else ""))
    console.print(table)


@app.command()
def extract(
    articles: List[str] = typer.Argument(..., help="Article files (.txt/.html), directories, or '-' for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (else read from the article)."),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes on this machine (no cluster)."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Run on a local Dask cluster of N worker processes."),
    scheduler: Optional[str] = typer.Option(None, help="Use an existing Dask scheduler, e.g. tcp://host:8786."),
) -> None:
    """Extract the conflict events reported in ARTICLES."""
    from .ingest import IngestError, expand, read_any

    pub = parse_date_option(published)
    specs = list(expand(articles))
    if not specs:
        err.print("[red]error:[/] no article files found in the given paths")
        raise typer.Exit(2)

    t0 = time.perf_counter()
    failures: list[str] = []
    records = []
    notes: list[str] = []
    n_articles = 0
    if workers or scheduler:
        from .distributed import extract_distributed

        for result in extract_distributed(specs, workers=workers or 2, scheduler=scheduler, published=pub):
            if result.error:
                failures.append(result.error)
            else:
                n_articles += 1
                records.extend(result.events())
        _write_records(records, format, output)
        _summary(n_articles, records, failures, notes, t0)
        return

    from .pipeline import Pipeline

    pipeline = Pipeline()

    def raws():
        for spec in specs:
            try:
                yield read_any(spec, published=pub)
            except IngestError as exc:
                failures.append(str(exc))

    with Progress(console=err, transient=True, disable=len(specs) < 2 or not err.is_terminal) as progress:
        task = progress.add_task("articles", total=len(specs))
        for article, recs in pipeline.process(raws(), n_process=processes):
            n_articles += 1
            records.extend(recs)
            progress.advance(task)
            name = article.path or article.url or "input"
            if not article.text.strip():
                notes.append(f"{name}: no article text left after cleanup")
            elif not article.is_english:
                notes.append(f"{name}: not English; newsevents reads English articles only, no events extracted")

    _write_records(records, format, output)
    _summary(n_articles, records, failures, notes, t0)


def _write_records(records, format: OutputFormat, output: Optional[Path]) -> None:
    from . import export

    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        err.print(f"[red]error:[/] cannot write {output}: {exc.strerror}")
        raise typer.Exit(2) from None
    try:
        if format is OutputFormat.table:
            # a pipe or file gets a wide table rather than rich's 80-column default
            console = Console(file=out, width=200) if output else Console()
            if not output and not console.is_terminal:
                console = Console(width=200)
            print_table(records, console)
        elif format is OutputFormat.json:
            export.write_json(records, out)
        elif format is OutputFormat.jsonl:
            export.write_jsonl(records, out)
        else:
            export.write_csv(records, out)
    finally:
        if output:
            out.close()


def _summary(n_articles: int, records, failures: list[str], notes: list[str], t0: float) -> None:
    """The closing summary line, then notes and errors; exit 1 when any input failed."""
    elapsed = time.perf_counter() - t0
    err.print(f"{n_articles} article(s), {len(records)} event(s), {len(failures)} failed, {elapsed:.1f} s")
    for n in notes:
        err.print(f"[yellow]note:[/] {n}", highlight=False)
    for f in failures:
        err.print(f"[red]error:[/] {f}", highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print the version and the pipeline's stages."""
    from . import __version__

    typer.echo(f"newsevents {__version__}")
    typer.echo("stages: ingest -> cleanup -> nlp -> detect -> dates -> places -> actors -> fatalities -> claims -> records")


for module in (store_cli, evaluate, gazetteer, server, news_eval):
    module.register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
