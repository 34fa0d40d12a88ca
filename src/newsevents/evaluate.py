"""`newsevents eval`: score the pipeline against ACLED-coded gold rows.

Each gold row carries a short report (`text`) and ACLED's coding of it. The pipeline reads the text
with a publication date three days after the gold event date (so the date has to come from the
text), the predicted event that agrees best with the gold row is kept, and each field is scored:

    detection        at least one event predicted
    event_type       exact
    sub_event_type   exact
    actor1, actor2   names equal after normalisation (case, accents, punctuation, regime years such
                     as "(2021-)"); an empty gold actor2 matches an empty prediction
    location         predicted coordinates within 25 km of the gold coordinates (haversine)
    admin1           names equal after normalisation
    event_date       exact
    fatalities       exact (no predicted count counts as 0, ACLED's code for "none reported")

A row whose processing raises is counted as an error and scores as "nothing predicted"; the run
goes on. Everything here is importable so that tests and other tools can score without the CLI.
"""

from __future__ import annotations

import json
import math
import random
import re
import shlex
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import typer

from .schema import TAXONOMY

FIELDS: tuple[str, ...] = (
    "detection", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "admin1", "event_date", "fatalities",
)
# the fields a predicted event is matched on (detection is a property of the whole text)
MATCH_FIELDS: tuple[str, ...] = FIELDS[1:]

GOALS: dict[str, float] = {
    "detection": 0.97, "event_type": 0.94, "sub_event_type": 0.88, "actor1": 0.85, "actor2": 0.80,
    "location": 0.90, "event_date": 0.95, "fatalities": 0.93,
}
LOCATION_KM = 25.0
PUBLICATION_LAG_DAYS = 3
NO_EVENT = "(none)"
TYPE_ABBREV = {
    "Battles": "Battles", "Explosions/Remote violence": "Expl/RV", "Violence against civilians": "VAC",
    "Protests": "Protests", "Riots": "Riots", "Strategic developments": "StratDev", NO_EVENT: "none",
}
REQUIRED_KEYS = ("text", "event_type")
COUNTRY_MIN_SHARE = 0.03  # countries with fewer rows than this share are pooled in the per-country table
OTHER_COUNTRIES = "other countries"
COUNTRY_FIELDS = ("event_type", "actor1", "actor2", "location", "admin1", "event_date", "fatalities")


class GoldError(Exception):
    """The gold file cannot be used at all (missing, unreadable, or without a single usable row)."""


# ---- normalisation and distance ---------------------------------------------------------------
_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_NON_WORD = re.compile(r"[^0-9a-z]+")


MISSING_MARKERS = frozenset({"NA", "N/A", "NaN", "nan", "None"})


def normalise_name(value: Any) -> str:
    """A comparable form of an actor or place name: no accents, case, punctuation or regime years.

    "Military Forces of Afghanistan (2021-)" and "military forces of afghanistan" compare equal;
    "Civilians (Kenya)" keeps its country ("civilians kenya").
    """
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if str(value).strip() in MISSING_MARKERS:
        return ""  # some ACLED exports write a missing actor as the text "NA"
    text = _REGIME_YEARS.sub(" ", str(value))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points in degrees."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def _as_float(value: Any) -> Optional[float]:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _as_int(value: Any) -> Optional[int]:
    f = _as_float(value)
    return None if f is None else int(round(f))


def _as_date(value: Any) -> Optional[date]:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _get(pred: Any, name: str) -> Any:
    if pred is None:
        return None
    if isinstance(pred, dict):
        return pred.get(name)
    return getattr(pred, name, None)


# ---- scoring one predicted event against one gold row -----------------------------------------
def score_fields(gold: dict, pred: Any) -> dict[str, Optional[bool]]:
    """Per-field verdicts of one predicted event (an EventRecord, a dict, or None) against a gold row.

    A verdict is None when the gold row has no value to compare with (the field is not scored).
    """
    out: dict[str, Optional[bool]] = {}
    for name in ("event_type", "sub_event_type"):
        g = gold.get(name)
        out[name] = None if not g else (_get(pred, name) or "") == g
    g1 = normalise_name(gold.get("actor1"))
    out["actor1"] = None if not g1 else normalise_name(_get(pred, "actor1")) == g1
    # an empty gold actor2 matches an empty prediction, but only when something was predicted
    out["actor2"] = pred is not None and normalise_name(_get(pred, "actor2")) == normalise_name(gold.get("actor2"))
    glat, glon = _as_float(gold.get("latitude")), _as_float(gold.get("longitude"))
    if glat is None or glon is None:
        out["location"] = None
    else:
        plat, plon = _as_float(_get(pred, "latitude")), _as_float(_get(pred, "longitude"))
        out["location"] = plat is not None and plon is not None and haversine_km(glat, glon, plat, plon) <= LOCATION_KM
    ga1 = normalise_name(gold.get("admin1"))
    out["admin1"] = None if not ga1 else normalise_name(_get(pred, "admin1")) == ga1
    gd = _as_date(gold.get("event_date"))
    out["event_date"] = None if gd is None else _as_date(_get(pred, "event_date")) == gd
    gf = _as_int(gold.get("fatalities"))
    if gf is None:
        out["fatalities"] = None
    else:
        pf = _as_int(_get(pred, "fatalities"))
        out["fatalities"] = pred is not None and (pf or 0) == gf
    return out


def best_match(gold: dict, preds: list) -> tuple[Optional[int], dict[str, Optional[bool]]]:
    """The index of the predicted event agreeing with the gold row on most fields (first on ties),
    and its verdicts; (None, verdicts of "nothing predicted") when there is no prediction."""
    best_i, best_scores, best_n = None, score_fields(gold, None), -1
    for i, pred in enumerate(preds):
        scores = score_fields(gold, pred)
        n = sum(1 for f in MATCH_FIELDS if scores.get(f))
        if n > best_n:
            best_i, best_scores, best_n = i, scores, n
    return best_i, best_scores


# ---- reading and sampling gold rows -----------------------------------------------------------
@dataclass
class GoldFile:
    rows: list[dict]
    problems: list[str] = field(default_factory=list)  # "line N: why", for skipped lines
    lines: int = 0


def load_gold(path: Path | str) -> GoldFile:
    """Read a gold JSONL file; unusable lines are skipped and reported with their line numbers."""
    path = Path(path)
    if not path.exists():
        raise GoldError(f"gold file not found: {path}")
    if path.is_dir():
        raise GoldError(f"gold path is a directory, not a JSONL file: {path}")
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    gold = GoldFile(rows=[])
    with handle:
        try:
            for lineno, line in enumerate(handle, 1):
                gold.lines = lineno
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    gold.problems.append(f"line {lineno}: not valid JSON ({exc.msg})")
                    continue
                if not isinstance(row, dict):
                    gold.problems.append(f"line {lineno}: expected a JSON object, got {type(row).__name__}")
                    continue
                missing = [k for k in REQUIRED_KEYS if not isinstance(row.get(k), str) or not row.get(k).strip()]
                if missing:
                    gold.problems.append(f"line {lineno}: missing or empty {', '.join(missing)}")
                    continue
                row.setdefault("id", f"line{lineno}")
                gold.rows.append(row)
        except UnicodeDecodeError:
            raise GoldError(f"gold file is not UTF-8 text: {path}") from None
    if not gold.rows:
        detail = f" ({len(gold.problems)} unusable line(s))" if gold.problems else ""
        raise GoldError(f"no usable gold rows in {path}{detail}")
    return gold


def sample_rows(rows: list[dict], limit: Optional[int], seed: Optional[int] = None) -> list[dict]:
    """`limit` rows: a seeded random sample, or without a seed an even spread over the file (every
    k-th row) so that a small run covers all the countries and years, not only the first ones."""
    if limit is None or limit >= len(rows):
        return list(rows)
    if limit <= 0:
        return []
    if seed is not None:
        picked = sorted(random.Random(seed).sample(range(len(rows)), limit))
    else:
        step = len(rows) / limit
        picked = [int(i * step) for i in range(limit)]
    return [rows[i] for i in picked]


def rows_of_countries(rows: list[dict], countries: Iterable[str]) -> list[dict]:
    """The rows whose gold country is one of `countries` (compared like actor names: case and accents aside)."""
    wanted = {normalise_name(c) for c in countries}
    return [r for r in rows if normalise_name(r.get("country")) in wanted]


def publication_date(gold: dict) -> Optional[date]:
    d = _as_date(gold.get("event_date"))
    return d + timedelta(days=PUBLICATION_LAG_DAYS) if d else None


# ---- running the pipeline ---------------------------------------------------------------------
@dataclass
class RowResult:
    id: str
    text: str
    gold: dict
    predicted: Optional[dict]  # the best-matching predicted event (record fields), or None
    n_predicted: int
    scores: dict[str, Optional[bool]]
    error: Optional[str] = None

    @property
    def n_right(self) -> int:
        return sum(1 for v in self.scores.values() if v)


@dataclass
class EvalResult:
    rows: list[RowResult]
    seconds: float
    load_seconds: float = 0.0
    skipped_lines: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, tuple[int, int]]:
        out = {}
        for f in FIELDS:
            verdicts = [r.scores.get(f) for r in self.rows if r.scores.get(f) is not None]
            out[f] = (sum(1 for v in verdicts if v), len(verdicts))
        return out

    def accuracy(self) -> dict[str, Optional[float]]:
        return {f: (c / t if t else None) for f, (c, t) in self.counts().items()}

    @property
    def errors(self) -> int:
        return sum(1 for r in self.rows if r.error)

    @property
    def extra_events(self) -> float:
        """Mean number of predicted events per text beyond the one matched to the gold event."""
        if not self.rows:
            return 0.0
        return sum(max(0, r.n_predicted - 1) for r in self.rows) / len(self.rows)

    @property
    def texts_per_second(self) -> float:
        return len(self.rows) / self.seconds if self.seconds > 0 else 0.0

    def by_country(self, min_share: float = COUNTRY_MIN_SHARE) -> list[tuple[str, int, dict[str, Optional[float]]]]:
        """(gold country, rows, accuracy per field) for each country holding at least `min_share` of the
        rows, most rows first, then the remaining countries pooled under OTHER_COUNTRIES: one overall
        figure hides that a field can be right on one country's notes and wrong on another's."""
        groups: dict[str, list[RowResult]] = {}
        for r in self.rows:
            groups.setdefault(str(r.gold.get("country") or "?"), []).append(r)
        big = sorted((c for c, rs in groups.items() if len(rs) >= min_share * len(self.rows)),
                     key=lambda c: (-len(groups[c]), c))
        rest = [r for c, rs in groups.items() if c not in big for r in rs]
        named = [(c, groups[c]) for c in big] + ([(OTHER_COUNTRIES, rest)] if rest else [])
        return [(c, len(rs), EvalResult(rs, 0.0).accuracy()) for c, rs in named]

    def confusion(self) -> dict[str, Counter]:
        """gold event type -> Counter of the predicted type of the matched event (NO_EVENT if none)."""
        matrix: dict[str, Counter] = {}
        for r in self.rows:
            g = r.gold.get("event_type") or "?"
            p = (r.predicted or {}).get("event_type") or NO_EVENT
            matrix.setdefault(g, Counter())[p] += 1
        return matrix

    def to_dict(self, with_rows: bool = True) -> dict:
        counts = self.counts()
        out = {
            "rows": len(self.rows),
            "errors": self.errors,
            "skipped_lines": self.skipped_lines,
            "seconds": round(self.seconds, 3),
            "load_seconds": round(self.load_seconds, 3),
            "texts_per_second": round(self.texts_per_second, 2),
            "extra_events_per_text": round(self.extra_events, 3),
            "fields": {
                f: {"correct": c, "total": t, "accuracy": (round(c / t, 4) if t else None), "goal": GOALS.get(f)}
                for f, (c, t) in counts.items()
            },
            "confusion": {g: dict(c) for g, c in self.confusion().items()},
            "by_country": [{"country": c, "rows": n, "accuracy": {f: (round(a, 4) if a is not None else None)
                                                                   for f, a in acc.items()}}
                           for c, n, acc in self.by_country()],
        }
        if with_rows:
            out["results"] = [
                {"id": r.id, "n_predicted": r.n_predicted, "error": r.error, "scores": r.scores,
                 "predicted": r.predicted} for r in self.rows
            ]
        return out


_RECORD_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                  "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location", "latitude", "longitude",
                  "geo_precision", "fatalities")


def _record_fields(record: Any) -> dict:
    out = {}
    for name in _RECORD_FIELDS:
        v = _get(record, name)
        out[name] = v.isoformat() if isinstance(v, date) else v
    return out


def _predict_all(pipeline: Any, rows: list[dict], batch_size: int) -> Iterator[tuple[list, Optional[str]]]:
    """(records, error) per gold row, in order, streamed through `pipeline.process`.

    If the stream raises, the row being processed is retried on its own; a row that fails again is
    reported as an error (the exception may also come from a later row being cleaned ahead in the
    batch, in which case the retry succeeds), and streaming resumes after it.
    """
    from .document import RawInput

    raws = [RawInput(text=r["text"], published=publication_date(r)) for r in rows]
    pos = 0
    while pos < len(raws):
        try:
            for _article, records in pipeline.process(raws[pos:], batch_size=batch_size):
                yield list(records), None
                pos += 1
        except Exception:  # noqa: BLE001 - a failing row must not stop the evaluation
            try:
                _article, records = next(iter(pipeline.process([raws[pos]], batch_size=1)))
                yield list(records), None
            except Exception as exc:  # noqa: BLE001
                yield [], f"{type(exc).__name__}: {exc}"[:300]
            pos += 1


def evaluate_rows(rows: list[dict], pipeline: Any = None, batch_size: int = 64,
                  progress: Optional[Callable[[int], None]] = None) -> EvalResult:
    """Run the pipeline over gold rows and score every row."""
    load_seconds = 0.0
    if pipeline is None:
        from .pipeline import Pipeline

        t0 = time.perf_counter()
        pipeline = Pipeline()
        load_seconds = time.perf_counter() - t0
    results: list[RowResult] = []
    t0 = time.perf_counter()
    for row, (records, error) in zip(rows, _predict_all(pipeline, rows, batch_size)):
        i, scores = best_match(row, records)
        scores = {"detection": bool(records), **scores}
        results.append(RowResult(
            id=str(row.get("id")), text=row["text"], gold=row,
            predicted=_record_fields(records[i]) if i is not None else None,
            n_predicted=len(records), scores=scores, error=error,
        ))
        if progress:
            progress(1)
    return EvalResult(rows=results, seconds=time.perf_counter() - t0, load_seconds=load_seconds)


# ---- presentation -----------------------------------------------------------------------------
def _pct(c: int, t: int) -> str:
    return f"{c / t:.3f}" if t else "—"


def _share(accuracy: Optional[float]) -> str:
    return "—" if accuracy is None else f"{accuracy:.3f}"


def figures_table(result: EvalResult):
    """The per-field figures as a rich Table (12 printed lines; see `print_report`)."""
    from rich import box
    from rich.table import Table

    table = Table(title=f"per-field accuracy on {len(result.rows)} rows", box=box.SIMPLE_HEAD, show_edge=False,
                  title_justify="left")
    for col, just in (("field", "left"), ("correct/total", "right"), ("accuracy", "right"),
                      ("goal", "right"), ("", "left")):
        table.add_column(col, justify=just)
    for f, (c, t) in result.counts().items():
        goal = GOALS.get(f)
        if goal is None or not t:
            mark = ""
        else:
            mark = "[green]ok[/]" if c / t >= goal else f"[red]-{goal - c / t:.3f}[/]"
        table.add_row(f, f"{c}/{t}", _pct(c, t), f"≥ {goal:.2f}" if goal is not None else "", mark)
    return table


def confusion_table(result: EvalResult):
    from rich.table import Table

    matrix = result.confusion()
    types = list(TAXONOMY)
    extra = sorted({p for c in matrix.values() for p in c} - set(types) - {NO_EVENT})
    cols = types + extra + [NO_EVENT]
    table = Table(title="event types: gold rows × predicted columns", title_justify="left")
    table.add_column("gold \\ predicted")
    for c in cols:
        table.add_column(TYPE_ABBREV.get(c, c[:10]), justify="right")
    table.add_column("n", justify="right")
    for g in types + sorted(set(matrix) - set(types)):
        if g not in matrix:
            continue
        counts = matrix[g]
        cells = []
        for c in cols:
            n = counts.get(c, 0)
            cells.append(f"[bold]{n}[/]" if c == g and n else (str(n) if n else "·"))
        table.add_row(g, *cells, str(sum(counts.values())))
    return table


def country_table(result: EvalResult):
    from rich import box
    from rich.table import Table

    table = Table(title="accuracy by gold country", box=box.SIMPLE_HEAD, show_edge=False, title_justify="left")
    table.add_column("country")
    table.add_column("rows", justify="right")
    for f in COUNTRY_FIELDS:
        table.add_column(f, justify="right")
    for country, n, acc in result.by_country():
        table.add_row(country, str(n), *(_share(acc[f]) for f in COUNTRY_FIELDS))
    return table


def misses_table(result: EvalResult, k: int) -> list:
    """(text, table of gold vs predicted per field) for the k rows with fewest fields right."""
    from rich.table import Table

    worst = sorted(result.rows, key=lambda r: (r.n_right, r.id))[:k]
    tables = []
    for r in worst:
        t = Table(title=f"{r.id}: {r.n_right} field(s) right, {r.n_predicted} event(s) predicted"
                  + (f", error {r.error}" if r.error else ""), title_justify="left", show_lines=False)
        t.add_column("field")
        t.add_column("gold", overflow="fold")
        t.add_column("predicted", overflow="fold")
        t.add_column("ok")
        pred = r.predicted or {}
        for f in FIELDS:
            if f == "detection":
                g, p = "≥1 event", str(r.n_predicted)
            elif f == "location":
                g = f"{r.gold.get('location')} ({r.gold.get('latitude')}, {r.gold.get('longitude')})"
                p = (f"{pred.get('location') or '?'} ({pred.get('latitude')}, {pred.get('longitude')})"
                     if pred and pred.get("latitude") is not None else (pred or {}).get("location"))
                glat, glon = _as_float(r.gold.get("latitude")), _as_float(r.gold.get("longitude"))
                plat, plon = _as_float(pred.get("latitude")), _as_float(pred.get("longitude"))
                if None not in (glat, glon, plat, plon):
                    p += f" {haversine_km(glat, glon, plat, plon):.0f} km away"
            else:
                g, p = r.gold.get(f), pred.get(f)
            v = r.scores.get(f)
            t.add_row(f, "" if g is None else str(g), "" if p is None else str(p),
                      "—" if v is None else ("[green]✓[/]" if v else "[red]✗[/]"))
        tables.append((r.text, t))
    return tables


def print_report(result: EvalResult, console, show_misses: int = 0) -> None:
    """Misses, then the confusion matrix, then the figures table LAST (hooks read the tail)."""
    from rich.text import Text

    for text, t in misses_table(result, show_misses) if show_misses > 0 else []:
        console.print(t)
        console.print(Text("text: " + text, style="italic"))
        console.print()
    console.print(confusion_table(result))
    console.print(country_table(result))
    console.print(f"{len(result.rows)} rows · {result.errors} errors · {result.extra_events:.2f} extra events/text · "
                  f"{result.texts_per_second:.1f} texts/s (load {result.load_seconds:.1f} s, run {result.seconds:.1f} s)"
                  + (f" · {len(result.skipped_lines)} gold line(s) skipped" if result.skipped_lines else ""),
                  highlight=False)
    console.print(figures_table(result))


def _git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10,
                             cwd=Path(__file__).resolve().parent)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


NOTES_MARKER = "<!-- notes below this line are kept when the figures above are regenerated -->"


def write_markdown(path: Path, report: str) -> None:
    """Write the generated report, keeping any hand-written notes after NOTES_MARKER in the old file."""
    notes = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES_MARKER in old:
            notes = "\n" + old[old.index(NOTES_MARKER):]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report + notes, encoding="utf-8")


def markdown_report(result: EvalResult, command: str, today: Optional[date] = None, commit: Optional[str] = None) -> str:
    """docs/accuracy.md: date, commit, command and the per-field figures."""
    today = today or date.today()
    commit = commit or _git_commit()
    lines = [
        "# Accuracy",
        "",
        "Generated by `newsevents eval --write-doc`; do not edit by hand, re-run the command.",
        "",
        f"- date: {today.isoformat()}",
        f"- commit: `{commit}`",
        f"- command: `{command}`",
        f"- rows: {len(result.rows)}, errors: {result.errors}, extra events per text: {result.extra_events:.2f}, "
        f"speed: {result.texts_per_second:.1f} texts/s (pipeline load {result.load_seconds:.1f} s)",
        "",
        "How fields are scored: the publication date is set three days after the gold event date; the predicted "
        "event agreeing with the gold row on most fields is compared; actor and admin1 names are compared after "
        "normalising case, accents, punctuation and regime years; location is right within "
        f"{LOCATION_KM:.0f} km of the gold coordinates; a missing fatality count counts as 0. Rows that a model "
        "shipped in the package was fitted on are in-sample here, so figures on such rows are optimistic; rules "
        "tuned on these rows have the same effect.",
        "",
        "| field | correct/total | accuracy | goal | met |",
        "|---|---:|---:|---:|:-:|",
    ]
    for f, (c, t) in result.counts().items():
        goal = GOALS.get(f)
        met = "" if goal is None or not t else ("yes" if c / t >= goal else "no")
        lines.append(f"| {f} | {c}/{t} | {_pct(c, t)} | {'' if goal is None else f'≥ {goal:.2f}'} | {met} |")
    lines += ["", "Event types (gold rows × predicted columns):", ""]
    matrix = result.confusion()
    types = list(TAXONOMY)
    cols = types + sorted({p for c in matrix.values() for p in c} - set(types) - {NO_EVENT}) + [NO_EVENT]
    lines.append("| gold \\ predicted | " + " | ".join(TYPE_ABBREV.get(c, c) for c in cols) + " |")
    lines.append("|---|" + "---:|" * len(cols))
    for g in types + sorted(set(matrix) - set(types)):
        if g in matrix:
            lines.append(f"| {g} | " + " | ".join(str(matrix[g].get(c, 0)) for c in cols) + " |")
    lines += ["", f"By gold country (countries under {COUNTRY_MIN_SHARE:.0%} of the rows pooled):", "",
              "| country | rows | " + " | ".join(COUNTRY_FIELDS) + " |", "|---|---:|" + "---:|" * len(COUNTRY_FIELDS)]
    for country, n, acc in result.by_country():
        lines.append(f"| {country} | {n} | " + " | ".join(_share(acc[f]) for f in COUNTRY_FIELDS) + " |")
    return "\n".join(lines) + "\n"


# ---- the command ------------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add this module's commands to the newsevents CLI."""

    @app.command("eval")
    def eval_command(
        gold: Path = typer.Argument(..., help="Gold JSONL file (ACLED-style rows with a 'text' field)."),
        limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Score a sample of N rows."),
        sample_seed: Optional[int] = typer.Option(None, "--sample-seed",
                                                  help="Random sample with this seed (default: an even spread)."),
        show_misses: int = typer.Option(0, "--show-misses", min=0, help="Print the K worst rows, gold vs predicted."),
        as_json: bool = typer.Option(False, "--json", help="Print the whole result as JSON."),
        write_doc: Optional[Path] = typer.Option(None, "--write-doc", help="Write the figures as markdown (docs/accuracy.md)."),
        batch_size: int = typer.Option(64, "--batch-size", min=1, help="spaCy batch size."),
        countries: Optional[list[str]] = typer.Option(None, "--country",
                                                      help="Score only the gold rows of this country (repeatable)."),
    ) -> None:
        """Score the pipeline against gold event rows: per-field accuracy, confusion matrix, speed."""
        from rich.console import Console

        err = Console(stderr=True, soft_wrap=True)  # messages with long paths stay on one line
        try:
            gold_file = load_gold(gold)
        except GoldError as exc:
            err.print(f"[red]error:[/] {exc}", highlight=False)
            raise typer.Exit(2)
        for p in gold_file.problems[:10]:
            err.print(f"[yellow]skipped[/] {gold}: {p}", highlight=False)
        if len(gold_file.problems) > 10:
            err.print(f"[yellow]skipped[/] {len(gold_file.problems) - 10} more unusable line(s)")
        rows = gold_file.rows
        if countries:
            rows = rows_of_countries(rows, countries)
            if not rows:
                known = Counter(str(r.get("country") or "?") for r in gold_file.rows)
                err.print(f"[red]error:[/] no gold rows of {', '.join(countries)} in {gold}; its countries with most "
                          f"rows: {', '.join(c for c, _ in known.most_common(8))}", highlight=False)
                raise typer.Exit(2)
        rows = sample_rows(rows, limit, sample_seed)

        if err.is_terminal and not as_json:
            from rich.progress import Progress

            with Progress(console=err, transient=True) as prog:
                task = prog.add_task("scoring", total=len(rows))
                result = evaluate_rows(rows, batch_size=batch_size, progress=lambda n: prog.advance(task, n))
        else:
            result = evaluate_rows(rows, batch_size=batch_size)
        result.skipped_lines = gold_file.problems

        if write_doc is not None:
            command = shlex.join(["newsevents"] + [a for a in sys.argv[1:]])
            try:
                write_markdown(write_doc, markdown_report(result, command))
            except OSError as exc:
                err.print(f"[red]error:[/] cannot write {write_doc}: {exc.strerror or exc}", highlight=False)
                raise typer.Exit(1)
            err.print(f"wrote {write_doc}", highlight=False)

        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n")
            return
        console = Console(width=max(Console().width, 110) if sys.stdout.isatty() else 110)
        print_report(result, console, show_misses)
