"""`newsevents eval-news`: score the pipeline on whole news articles against hand-coded gold events.

`newsevents eval` scores one-paragraph ACLED notes, one gold event each. Articles are harder: a
headline, quotes, follow-up sentences about the same event, background mentions of older events
and sometimes a second distinct event. This module scores the events the pipeline finds in a
gold set of articles (`tests/news_gold/`: `articles/*.txt` and `gold.jsonl`, one line per article
with `file`, `published`, `events` and optionally `not_events`, phrases of background mentions a
coder would not code).

Matching, per article: a predicted event may stand for a gold event when its anchor sentence (the
evidence of its event type) contains the gold `evidence_contains` phrase, or when it agrees with
the gold event on event type, date and location all three. Among such pairs the one-to-one
matching with the most pairs is kept (ties: the highest agreement score, see `pair_score`).
Every predicted event left without a gold partner is a false positive (duplicates of a coded
event and background events land here), every gold event left alone a false negative.

Field accuracy is measured over matched pairs only:

    event_type, sub_event_type   exact
    actor1, actor2               names equal after normalisation (case, accents, punctuation,
                                 regime years); an empty gold actor2 wants an empty prediction
    country, location            names equal after normalisation (a gold event may list other
                                 spellings of its place in `location_aliases`: Aribinda/Arbinda)
    event_date                   exact
    fatalities                   exact, no predicted count counting as 0

Everything is importable so that tests and other tools can score without the CLI.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Optional, Sequence

import typer

from .evaluate import _as_date, _as_int, _get, normalise_name

FIELDS: tuple[str, ...] = ("event_type", "sub_event_type", "actor1", "actor2", "country", "location",
                           "event_date", "fatalities")
EVENT_KEYS: tuple[str, ...] = FIELDS + ("evidence_contains",)
GOLD_FILE = "gold.jsonl"
ARTICLES_DIR = "articles"
DEFAULT_GOLD_DIR = Path("tests") / "news_gold"
# weights of the agreement score of a gold/predicted pair (which of several candidates is kept)
WEIGHTS = {"evidence": 4.0, "event_type": 2.0, "sub_event_type": 1.0, "event_date": 1.0, "location": 1.0,
           "actor1": 0.5, "actor2": 0.5, "country": 0.25, "fatalities": 0.25}
_EXACT_LIMIT = 12  # above this many gold events in one article, matching is greedy instead of exact


class NewsGoldError(Exception):
    """The gold directory cannot be used (missing, unreadable, or with an unusable line)."""


# ---- gold ---------------------------------------------------------------------------------------
@dataclass
class GoldArticle:
    file: str
    path: Path
    published: Optional[date]
    events: list[dict]
    not_events: list[str] = field(default_factory=list)


def find_gold_dir(start: Optional[Path] = None) -> Optional[Path]:
    """The bundled gold directory: `tests/news_gold` under the working directory or one of its
    parents, else next to the source tree this module was loaded from; None when there is none."""
    start = (start or Path.cwd()).resolve()
    candidates = [p / DEFAULT_GOLD_DIR for p in (start, *start.parents)]
    candidates.append(Path(__file__).resolve().parents[2] / DEFAULT_GOLD_DIR)
    return next((c for c in candidates if (c / GOLD_FILE).is_file()), None)


def load_news_gold(gold_dir: Path | str) -> list[GoldArticle]:
    """Read `gold.jsonl` of a gold directory; any unusable line or missing article is an error
    (a gold set is small and hand-made: a silent skip would change the figures unnoticed)."""
    gold_dir = Path(gold_dir)
    gold_path = gold_dir / GOLD_FILE
    if not gold_path.is_file():
        raise NewsGoldError(f"no {GOLD_FILE} in {gold_dir}")
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsGoldError(f"cannot read {gold_path}: {exc}") from None
    out: list[GoldArticle] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{gold_path}, line {lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise NewsGoldError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            raise NewsGoldError(f"{where}: expected an object with a 'file'")
        events = row.get("events")
        if not isinstance(events, list):
            raise NewsGoldError(f"{where}: 'events' must be a list")
        for i, e in enumerate(events):
            missing = [k for k in EVENT_KEYS if not isinstance(e, dict) or k not in e]
            if missing:
                raise NewsGoldError(f"{where}: event {i + 1} lacks {', '.join(missing)}")
        published = _as_date(row.get("published"))
        if row.get("published") and published is None:
            raise NewsGoldError(f"{where}: 'published' is not a YYYY-MM-DD date")
        path = gold_dir / ARTICLES_DIR / row["file"]
        if not path.is_file():
            raise NewsGoldError(f"{where}: article {path} not found")
        out.append(GoldArticle(file=row["file"], path=path, published=published, events=events,
                               not_events=list(row.get("not_events") or [])))
    if not out:
        raise NewsGoldError(f"no articles in {gold_path}")
    return out


# ---- comparing one gold event with one predicted event ------------------------------------------
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _flat(text: Any) -> str:
    return _SPACE.sub(" ", str(text or "").translate(_QUOTES)).strip().lower()


def anchor_sentences(pred: Any) -> list[str]:
    """The sentences that report a predicted event: the evidence of its event type and sub-type
    (every evidence sentence when it has none of those). Takes an EventRecord or its dict form;
    a dict may also give them directly as `sentences`."""
    if isinstance(pred, dict) and pred.get("sentences"):
        return list(pred["sentences"])
    evidence = _get(pred, "evidence") or []
    items = [(_get(e, "field"), _get(e, "sentence")) for e in evidence]
    anchors = [s for f, s in items if f in ("event_type", "sub_event_type") and s]
    return list(dict.fromkeys(anchors or [s for _f, s in items if s]))


def _contains(sentences: Sequence[str], phrase: Any) -> bool:
    phrases = phrase if isinstance(phrase, (list, tuple)) else [phrase]
    flat = [_flat(s) for s in sentences]
    return any(p and _flat(p) in s for p in phrases for s in flat)


def _fatalities(value: Any) -> int:
    n = _as_int(value)
    return n if n is not None else 0


def compare_fields(gold: dict, pred: Any) -> dict[str, bool]:
    """Per-field verdicts of one predicted event (an EventRecord or a dict) against one gold event."""
    out: dict[str, bool] = {}
    for name in ("event_type", "sub_event_type"):
        out[name] = (_get(pred, name) or "") == (gold.get(name) or "")
    for name in ("actor1", "actor2", "country"):
        out[name] = normalise_name(_get(pred, name)) == normalise_name(gold.get(name))
    spellings = [gold.get("location"), *(gold.get("location_aliases") or [])]
    out["location"] = normalise_name(_get(pred, "location")) in {normalise_name(x) for x in spellings}
    out["event_date"] = _as_date(_get(pred, "event_date")) == _as_date(gold.get("event_date"))
    out["fatalities"] = _fatalities(_get(pred, "fatalities")) == _fatalities(gold.get("fatalities"))
    return out


def pair_score(gold: dict, pred: Any) -> Optional[float]:
    """How well a predicted event agrees with a gold event, or None when it cannot stand for it:
    it must report it in the gold evidence sentence, or agree on type, date and location."""
    verdicts = compare_fields(gold, pred)
    evidence = _contains(anchor_sentences(pred), gold.get("evidence_contains"))
    if not evidence and not (verdicts["event_type"] and verdicts["event_date"] and verdicts["location"]):
        return None
    return WEIGHTS["evidence"] * evidence + sum(WEIGHTS[f] for f, ok in verdicts.items() if ok and f in WEIGHTS)


def match_events(gold: Sequence[dict], preds: Sequence[Any]) -> list[tuple[int, int]]:
    """The best one-to-one matching as (gold index, predicted index) pairs, sorted by gold index:
    the most pairs, then the highest total `pair_score`. Exact for up to 12 gold events (dynamic
    programming over the subsets of gold events), greedy by score above that."""
    scores = {(g, p): s for g, ge in enumerate(gold) for p, pe in enumerate(preds)
              if (s := pair_score(ge, pe)) is not None}
    if not scores:
        return []
    if len(gold) > _EXACT_LIMIT:
        used_g: set[int] = set()
        used_p: set[int] = set()
        pairs = []
        for (g, p), _s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            if g not in used_g and p not in used_p:
                used_g.add(g)
                used_p.add(p)
                pairs.append((g, p))
        return sorted(pairs)
    # best[mask] = (pairs, score, assignment) using the predicted events seen so far
    best: dict[int, tuple[int, float, tuple[tuple[int, int], ...]]] = {0: (0, 0.0, ())}
    for p in range(len(preds)):
        step = dict(best)
        for mask, (n, total, pairs) in best.items():
            for g in range(len(gold)):
                s = scores.get((g, p))
                if s is None or mask & (1 << g):
                    continue
                cand = (n + 1, total + s, pairs + ((g, p),))
                key = mask | (1 << g)
                if key not in step or cand[:2] > step[key][:2]:
                    step[key] = cand
        best = step
    winner = max(best.values(), key=lambda v: (v[0], v[1]))  # first found wins ties
    return sorted(winner[2])


# ---- scoring articles ---------------------------------------------------------------------------
_SUMMARY_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "country", "location", "event_date",
                   "fatalities")


def summarise(pred: Any) -> dict:
    """The scored fields of a predicted event (dates as ISO strings) and the sentences reporting it."""
    out = {}
    for name in _SUMMARY_FIELDS:
        v = _get(pred, name)
        out[name] = v.isoformat() if isinstance(v, date) else v
    out["sentences"] = anchor_sentences(pred)
    return out


@dataclass
class ArticleResult:
    file: str
    gold: list[dict]
    predicted: list[dict]  # `summarise`d predicted events
    pairs: list[tuple[int, int]]
    not_events: list[str] = field(default_factory=list)
    error: Optional[str] = None

    @property
    def verdicts(self) -> list[dict[str, bool]]:
        return [compare_fields(self.gold[g], self.predicted[p]) for g, p in self.pairs]

    @property
    def unmatched_gold(self) -> list[int]:
        taken = {g for g, _p in self.pairs}
        return [i for i in range(len(self.gold)) if i not in taken]

    @property
    def unmatched_predicted(self) -> list[int]:
        taken = {p for _g, p in self.pairs}
        return [i for i in range(len(self.predicted)) if i not in taken]

    @property
    def misses(self) -> int:
        return len(self.unmatched_gold) + len(self.unmatched_predicted)

    def why_extra(self, i: int) -> str:
        """Why predicted event i has no gold partner: 'background' (its sentence is a background
        mention the gold lists), 'duplicate' (its sentence reports a gold event, or it has a gold
        event's type, date and location), else 'other'."""
        pred = self.predicted[i]
        sentences = pred.get("sentences") or []
        if any(_contains(sentences, phrase) for phrase in self.not_events):
            return "background"
        for g in self.gold:
            v = compare_fields(g, pred)
            if _contains(sentences, g.get("evidence_contains")) or (v["event_type"] and v["event_date"] and v["location"]):
                return "duplicate"
        return "other"


def score_article(gold: GoldArticle | dict, preds: Sequence[Any], error: Optional[str] = None) -> ArticleResult:
    """Match and score one article's predicted events (EventRecords or dicts) against its gold events."""
    if isinstance(gold, dict):
        gold = GoldArticle(file=gold.get("file", "?"), path=Path(gold.get("file", "?")),
                           published=_as_date(gold.get("published")), events=gold.get("events", []),
                           not_events=gold.get("not_events", []))
    summaries = [summarise(p) for p in preds]
    return ArticleResult(file=gold.file, gold=list(gold.events), predicted=summaries,
                         pairs=match_events(gold.events, summaries), not_events=gold.not_events, error=error)


@dataclass
class NewsEvalResult:
    articles: list[ArticleResult]
    seconds: float = 0.0
    load_seconds: float = 0.0

    @property
    def true_positives(self) -> int:
        return sum(len(a.pairs) for a in self.articles)

    @property
    def false_positives(self) -> int:
        return sum(len(a.unmatched_predicted) for a in self.articles)

    @property
    def false_negatives(self) -> int:
        return sum(len(a.unmatched_gold) for a in self.articles)

    @property
    def precision(self) -> Optional[float]:
        n = self.true_positives + self.false_positives
        return self.true_positives / n if n else None

    @property
    def recall(self) -> Optional[float]:
        n = self.true_positives + self.false_negatives
        return self.true_positives / n if n else None

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def extra_per_article(self) -> float:
        """Mean number of predicted events per article without a gold partner."""
        return self.false_positives / len(self.articles) if self.articles else 0.0

    @property
    def errors(self) -> int:
        return sum(1 for a in self.articles if a.error)

    def field_counts(self) -> dict[str, tuple[int, int]]:
        """field -> (right, matched pairs)."""
        verdicts = [v for a in self.articles for v in a.verdicts]
        return {f: (sum(1 for v in verdicts if v[f]), len(verdicts)) for f in FIELDS}

    def extra_kinds(self) -> dict[str, int]:
        out = {"duplicate": 0, "background": 0, "other": 0}
        for a in self.articles:
            for i in a.unmatched_predicted:
                out[a.why_extra(i)] += 1
        return out

    def worst(self, k: int = 5) -> list[ArticleResult]:
        """The k articles with the most unmatched events (gold and predicted), worst first."""
        ranked = sorted(self.articles, key=lambda a: (-a.misses, a.file))
        return [a for a in ranked[:k] if a.misses]

    def to_dict(self) -> dict:
        def r(x: Optional[float]) -> Optional[float]:
            return None if x is None else round(x, 4)

        return {
            "articles": len(self.articles),
            "gold_events": self.true_positives + self.false_negatives,
            "predicted_events": self.true_positives + self.false_positives,
            "matched": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "precision": r(self.precision),
            "recall": r(self.recall),
            "f1": r(self.f1),
            "extra_events_per_article": r(self.extra_per_article),
            "extra_event_kinds": self.extra_kinds(),
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "load_seconds": round(self.load_seconds, 3),
            "fields": {f: {"correct": c, "total": t, "accuracy": (round(c / t, 4) if t else None)}
                       for f, (c, t) in self.field_counts().items()},
            "per_article": [
                {
                    "file": a.file,
                    "gold": len(a.gold),
                    "predicted": len(a.predicted),
                    "matched": len(a.pairs),
                    "error": a.error,
                    "pairs": [{"gold": a.gold[g], "predicted": a.predicted[p], "fields": v}
                              for (g, p), v in zip(a.pairs, a.verdicts)],
                    "unmatched_gold": [a.gold[i] for i in a.unmatched_gold],
                    "unmatched_predicted": [{**a.predicted[i], "why": a.why_extra(i)} for i in a.unmatched_predicted],
                }
                for a in self.articles
            ],
        }


def evaluate_articles(gold: Sequence[GoldArticle], pipeline: Any = None) -> NewsEvalResult:
    """Run the pipeline on every gold article (with its gold publication date) and score it.
    An article whose processing raises counts as one with no predicted events, its error kept."""
    from .ingest import read_path

    load_seconds = 0.0
    if pipeline is None:
        from .pipeline import Pipeline

        t0 = time.perf_counter()
        pipeline = Pipeline()
        load_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    results = []
    for article in gold:
        records: list = []
        error = None
        try:
            raw = read_path(article.path, published=article.published)
            _doc, records = pipeline.process_one(raw)
        except Exception as exc:  # noqa: BLE001 - one failing article must not stop the evaluation
            error = f"{type(exc).__name__}: {exc}"[:300]
        results.append(score_article(article, records, error))
    return NewsEvalResult(articles=results, seconds=time.perf_counter() - t0, load_seconds=load_seconds)


# ---- presentation -------------------------------------------------------------------------------
def _pct(x: Optional[float]) -> str:
    return "—" if x is None else f"{x:.3f}"


def _event_line(e: dict) -> str:
    actors = " vs ".join(x for x in (e.get("actor1"), e.get("actor2")) if x) or "?"
    return (f"{e.get('event_date') or '?'} · {e.get('event_type') or '?'} / {e.get('sub_event_type') or '?'} · "
            f"{actors} · {e.get('location') or '?'}, {e.get('country') or '?'} · fatalities {e.get('fatalities')}")


def print_misses(result: NewsEvalResult, console) -> None:
    """Unmatched gold and predicted events per article, each with the sentence behind it."""
    from rich.markup import escape

    for a in result.articles:
        if not a.misses and not a.error:
            continue
        console.print(f"[bold]{escape(a.file)}[/]: {len(a.gold)} gold, {len(a.predicted)} predicted, "
                      f"{len(a.pairs)} matched" + (f", error {escape(a.error)}" if a.error else ""))
        for i in a.unmatched_gold:
            g = a.gold[i]
            console.print(f"  [red]missed[/]  {escape(_event_line(g))}", highlight=False)
            console.print(f"          evidence: {escape(str(g.get('evidence_contains')))!s}", highlight=False)
        for i in a.unmatched_predicted:
            p = a.predicted[i]
            console.print(f"  [yellow]extra ({a.why_extra(i)})[/]  {escape(_event_line(p))}", highlight=False)
            for s in p.get("sentences") or ["(no evidence sentence)"]:
                console.print(f"          sentence: {escape(s[:300])}", highlight=False)
        console.print()


def print_report(result: NewsEvalResult, console, show_misses: bool = False, worst: int = 5) -> None:
    """Misses (optional), the worst articles, then the figures LAST (hooks read the tail)."""
    from rich import box
    from rich.table import Table

    if show_misses:
        print_misses(result, console)
    worst_articles = result.worst(worst)
    if worst_articles:
        t = Table(title="worst articles", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
        for col in ("article", "gold", "predicted", "matched", "missed", "extra"):
            t.add_column(col, justify="left" if col == "article" else "right")
        for a in worst_articles:
            t.add_row(a.file, str(len(a.gold)), str(len(a.predicted)), str(len(a.pairs)),
                      str(len(a.unmatched_gold)), str(len(a.unmatched_predicted)))
        console.print(t)
    kinds = result.extra_kinds()
    console.print(
        f"{len(result.articles)} articles · {result.true_positives + result.false_negatives} gold events · "
        f"{result.true_positives + result.false_positives} predicted · {result.true_positives} matched · "
        f"{result.errors} errors · run {result.seconds:.1f} s (load {result.load_seconds:.1f} s)", highlight=False)
    console.print(
        f"events: precision {_pct(result.precision)} · recall {_pct(result.recall)} · F1 {_pct(result.f1)} · "
        f"extra events/article {result.extra_per_article:.2f} (duplicate {kinds['duplicate']}, "
        f"background {kinds['background']}, other {kinds['other']})", highlight=False)
    t = Table(title="per-field accuracy over matched events", title_justify="left", box=box.SIMPLE_HEAD,
              show_edge=False)
    t.add_column("field")
    t.add_column("correct/total", justify="right")
    t.add_column("accuracy", justify="right")
    for f, (c, n) in result.field_counts().items():
        t.add_row(f, f"{c}/{n}", _pct(c / n if n else None))
    console.print(t)


# ---- the command --------------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add `eval-news` to the newsevents CLI."""

    @app.command("eval-news")
    def eval_news_command(
        gold_dir: Optional[Path] = typer.Argument(
            None, help="Gold directory with gold.jsonl and articles/ (default: the bundled tests/news_gold)."),
        show_misses: bool = typer.Option(False, "--show-misses",
                                         help="List unmatched gold and predicted events with their sentences."),
        worst: int = typer.Option(5, "--worst", min=0, help="How many of the worst articles to list."),
        as_json: bool = typer.Option(False, "--json", help="Print the whole result as JSON."),
    ) -> None:
        """Score the pipeline on whole news articles: event precision/recall/F1, extra events, field accuracy."""
        from rich.console import Console

        err = Console(stderr=True, soft_wrap=True)
        if gold_dir is None:
            gold_dir = find_gold_dir()
            if gold_dir is None:
                err.print(f"[red]error:[/] no {DEFAULT_GOLD_DIR} found here; give the gold directory", highlight=False)
                raise typer.Exit(2)
        try:
            gold = load_news_gold(gold_dir)
        except NewsGoldError as exc:
            err.print(f"[red]error:[/] {exc}", highlight=False)
            raise typer.Exit(2)
        result = evaluate_articles(gold)
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n")
            return
        console = Console(width=max(Console().width, 110) if sys.stdout.isatty() else 110)
        print_report(result, console, show_misses=show_misses, worst=worst)
