"""Cross-article deduplication: do two event records report the same real-world event?

`compare(a, b)` is a pure function of two `EventRecord`s (no database, no globals that change), so the
store's incremental pass and a distributed batch pass make the same decisions. It scores six
features in [0, 1] and vetoes on hard contradictions:

| feature  | what it measures                                                          | veto when                                    |
|----------|---------------------------------------------------------------------------|----------------------------------------------|
| type     | same sub-event type > same type > same family (violence / demonstration)  | different families                           |
| date     | closeness of the days each record allows (tolerance grows with precision) | the allowed day ranges do not overlap        |
| place    | km between coordinates, else same admin1, else same country               | different country, or far apart when precise |
| actors   | overlap of actor names; unidentified actors are compatible with anyone    | -                                            |
| deaths   | ratio of the fatality counts (tolls rise as news updates, so only mild)   | -                                            |
| text     | overlap of the content words of the sentences that report the event       | -                                            |

Two records merge when no feature vetoes and the weighted score reaches `THRESHOLD` (plus
`SAME_ARTICLE_MARGIN` for two records of one article, which the detector chose to keep apart).

`merge(records)` builds the deduplicated record from the reports of one event:
* date: from the report with the finest `time_precision` (ties: the most common day, then the earliest);
* place: location, admin1/2, coordinates and `geo_precision` together from the report with the finest
  `geo_precision` (ties: the most common location);
* type, sub-type, actors, country: the most common non-empty value (ties: the earliest report);
* fatalities: `fatalities_low` = the lowest figure any report gives, `fatalities_high` = the highest,
  `fatalities` (the best estimate) = the figure of the most recently published report that gives one,
  because death tolls are revised upwards as bodies are counted and later reports supersede earlier
  ones (ties on the publication day: the higher figure);
* status: "confirmed" if any report confirms it, else the most common status;
* evidence: every report's evidence, each tagged with its article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Hashable, Iterable, Mapping, Optional, Sequence

from .schema import EventRecord

THRESHOLD = 0.55
WEIGHTS = {"type": 0.1, "date": 0.15, "place": 0.15, "actors": 0.1, "deaths": 0.05, "text": 0.45}
# The detector already split one article's sentences into events; overruling it needs a clearer case.
SAME_ARTICLE_MARGIN = 0.1

FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}

# Days either side of `event_date` that a report of a given time precision may be off by.
DATE_TOLERANCE = {1: 1, 2: 7, 3: 31}
# When a record has no event date, the event happened at most this many days before publication.
UNDATED_LOOKBACK = 4
NEAR_KM = 10.0
SAME_AREA_KM = 50.0
FAR_KM = 150.0
TEXT_FULL = 0.4  # beyond this no two reports of one event can be, whatever the precision


@dataclass(frozen=True)
class Match:
    """A pairwise decision and the evidence for it (what `show` prints)."""

    same: bool
    score: float
    scores: dict = field(default_factory=dict)
    veto: Optional[str] = None

    def explain(self) -> str:
        parts = ", ".join(f"{k} {v:.2f}" for k, v in self.scores.items())
        if self.veto:
            return f"kept apart: {self.veto} ({parts})"
        return f"{'same event' if self.same else 'different events'}: score {self.score:.2f} ({parts})"

    def to_dict(self) -> dict:
        return {"same": self.same, "score": round(self.score, 4),
                "scores": {k: round(v, 4) for k, v in self.scores.items()}, "veto": self.veto}


# ---- date windows and blocking -----------------------------------------------------------------

def window(r: EventRecord) -> Optional[tuple[date, date]]:
    """The days on which the event reported by `r` may have happened, or None if nothing dates it."""
    if r.date_start and r.date_end and r.date_start <= r.date_end:
        tol = DATE_TOLERANCE.get(r.time_precision or 1, 1)
        return r.date_start - timedelta(days=tol), r.date_end + timedelta(days=tol)
    if r.event_date:
        tol = DATE_TOLERANCE.get(r.time_precision or 1, 1)
        return r.event_date - timedelta(days=tol), r.event_date + timedelta(days=tol)
    if r.source.published:
        return r.source.published - timedelta(days=UNDATED_LOOKBACK), r.source.published
    return None


def block_keys(r: EventRecord) -> set[tuple[Optional[str], str]]:
    """(country, ISO week) keys that a batch pass groups candidates by: every week the window touches."""
    w = window(r)
    if w is None:
        return set()
    keys = set()
    for offset in range((w[1] - w[0]).days + 1):
        y, wk, _ = (w[0] + timedelta(days=offset)).isocalendar()
        keys.add((r.country, f"{y}-W{wk:02d}"))
    return keys


# ---- features ----------------------------------------------------------------------------------

def _norm(s: Optional[str]) -> str:
    s = (s or "").lower()
    s = re.sub(r"\((?:[^()]*)\)", " ", s)  # ACLED's "(Kenya)", "(2021-)"
    s = re.sub(r"\b(province|state|region|district|county|governorate|city)\b", " ", s)
    return " ".join(re.findall(r"[a-z0-9]+", s))


def _type_score(a: EventRecord, b: EventRecord) -> tuple[Optional[float], Optional[str]]:
    if not a.event_type or not b.event_type:
        return 0.5, None
    fa, fb = FAMILY.get(a.event_type), FAMILY.get(b.event_type)
    if fa != fb:
        return 0.0, f"different kinds of event ({a.event_type} / {b.event_type})"
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 1.0, None
    return (0.8 if a.event_type == b.event_type else 0.5), None


def _date_score(a: EventRecord, b: EventRecord) -> tuple[float, Optional[str]]:
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return 0.3, None
    if wa[0] > wb[1] or wb[0] > wa[1]:
        return 0.0, f"dates too far apart ({wa[0]}..{wa[1]} / {wb[0]}..{wb[1]})"
    ca = wa[0] + (wa[1] - wa[0]) / 2
    cb = wb[0] + (wb[1] - wb[0]) / 2
    span = ((wa[1] - wa[0]).days + (wb[1] - wb[0]).days) / 2 + 1
    closeness = max(0.0, 1.0 - abs((ca - cb).days) / span)
    # A pair of exact dates is stronger evidence than a pair of "some day that week".
    dated = sum(1 for r in (a, b) if r.event_date or r.date_start)
    return closeness * (0.6 + 0.2 * dated), None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _place_score(a: EventRecord, b: EventRecord) -> tuple[float, Optional[str]]:
    ca, cb = _norm(a.country or a.iso3), _norm(b.country or b.iso3)
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return 0.0, f"different countries ({a.country} / {b.country})"
    same_name = bool(a.location and b.location and _norm(a.location) == _norm(b.location))
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
        precise = (a.geo_precision or 1) == 1 and (b.geo_precision or 1) == 1
        if km > FAR_KM or (precise and km > SAME_AREA_KM):
            return 0.0, f"places {km:.0f} km apart"
        if km <= NEAR_KM or same_name:
            return 1.0, None
        return (0.7 if km <= SAME_AREA_KM else 0.4), None
    if same_name:
        return 1.0, None
    if a.admin1 and b.admin1:
        if _norm(a.admin1) != _norm(b.admin1):
            return 0.0, f"different regions ({a.admin1} / {b.admin1})"
        return 0.6, None
    if ca and cb:
        return 0.4, None
    return 0.3, None


_UNIDENTIFIED = re.compile(r"unidentified|unknown|gunmen|civilians|protesters|rioters", re.I)


def _actors(r: EventRecord) -> set[str]:
    names = (r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2, r.claimed_by)
    out = set()
    for n in names:
        for part in (n or "").split(";"):
            if part.strip() and not _UNIDENTIFIED.search(part):
                out.add(_norm(part))
    return out - {""}


def _actor_score(a: EventRecord, b: EventRecord) -> float:
    sa, sb = _actors(a), _actors(b)
    if not sa or not sb:
        return 0.5
    if sa & sb:
        return 0.6 + 0.4 * len(sa & sb) / min(len(sa), len(sb))
    # Name variants ("Taliban" / "Taliban fighters") share words.
    wa = {w for n in sa for w in n.split()}
    wb = {w for n in sb for w in n.split()}
    return 0.5 if wa & wb else 0.1


def _death_score(a: EventRecord, b: EventRecord) -> float:
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return 0.5
    if fa == fb:
        return 1.0
    lo, hi = sorted((fa, fb))
    return 0.2 + 0.6 * (lo + 1) / (hi + 1)


_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says say told according reported report reports news agency
    monday tuesday wednesday thursday friday saturday sunday yesterday today week weeks day days hour hours
    people least more than official officials spokesman spokeswoman statement local sources""".split())
# Words in nearly every conflict report: they say nothing about *which* event it is.
_GENERIC = frozenset("kill dead death attack wound injur forc security police victim".split())


def _stem(w: str) -> str:
    for suf in ("ings", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def content_words(r: EventRecord) -> set[str]:
    """Stemmed content words of the sentences reporting `r`, without its place names (the place
    feature already scores those, and look-alike events in one city share them)."""
    place = {_stem(w) for f in (r.location, r.admin1, r.admin2, r.country) for w in re.findall(r"[a-z]{3,}", (f or "").lower())}
    seen, words = set(), set()
    for ev in r.evidence:
        if ev.sentence in seen:
            continue
        seen.add(ev.sentence)
        for w in re.findall(r"[a-z]{3,}", ev.sentence.lower()):
            if w not in _STOP:
                s = _stem(w)
                if s not in _GENERIC and s not in place:
                    words.add(s)
    return words


def _text_score(a: EventRecord, b: EventRecord) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.3
    # Overlap relative to the shorter description: a one-sentence wire item and a long feature
    # about the same blast share the wire item's words.
    overlap = len(wa & wb) / min(len(wa), len(wb))
    dice = 2 * len(wa & wb) / (len(wa) + len(wb))
    # Two reports of one event rarely share more than ~40% of their wording: that counts as full agreement.
    return min(1.0, (overlap + dice) / 2 / TEXT_FULL)


def compare(a: EventRecord, b: EventRecord) -> Match:
    """Are `a` and `b` reports of the same event? A pure function: same inputs, same answer."""
    same_article = bool(a.source.article_id) and a.source.article_id == b.source.article_id
    scores: dict[str, float] = {}
    veto = None
    for name, fn in (("type", _type_score), ("date", _date_score), ("place", _place_score)):
        s, v = fn(a, b)
        scores[name] = s
        veto = veto or v
    scores["actors"] = _actor_score(a, b)
    scores["deaths"] = _death_score(a, b)
    scores["text"] = _text_score(a, b)
    total = sum(WEIGHTS[k] * v for k, v in scores.items())
    need = THRESHOLD + (SAME_ARTICLE_MARGIN if same_article else 0.0)
    return Match(veto is None and total >= need, total, scores, veto)


# ---- the merged record -------------------------------------------------------------------------

def _mode(values: Iterable, default=None):
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return default
    counts = Counter(vals)
    best = max(counts.values())
    return next(v for v in vals if counts[v] == best)  # ties: the earliest report's value


def merge(records: Sequence[EventRecord], event_id: Optional[str] = None) -> EventRecord:
    """The deduplicated record from several reports of one event (rules in the module docstring).

    `records` are in ingestion order; the first report's source stands for the event.
    """
    if not records:
        raise ValueError("merge() needs at least one record")
    if len(records) == 1:
        out = records[0].model_copy(deep=True)
        out.event_id = event_id or out.event_id
        return out
    first = records[0]
    out = first.model_copy(deep=True)
    out.event_id = event_id or first.event_id

    dated = [r for r in records if r.event_date]
    if dated:
        best_prec = min(r.time_precision or 3 for r in dated)
        cands = [r for r in dated if (r.time_precision or 3) == best_prec]
        counts = Counter(r.event_date for r in cands)
        day = min(d for d, n in counts.items() if n == max(counts.values()))
        src = next(r for r in cands if r.event_date == day)
        out.event_date, out.time_precision = day, best_prec
        out.date_start, out.date_end = src.date_start, src.date_end

    placed = [r for r in records if r.location or r.latitude is not None or r.admin1]
    if placed:
        best_geo = min(r.geo_precision or 3 for r in placed)
        cands = [r for r in placed if (r.geo_precision or 3) == best_geo]
        loc = _mode(r.location for r in cands)
        src = next((r for r in cands if r.location == loc), cands[0])
        for f in ("location", "admin1", "admin2", "latitude", "longitude", "geo_precision"):
            setattr(out, f, getattr(src, f))

    for f in ("event_type", "country", "iso3", "actor1", "inter1", "actor2", "inter2", "assoc_actor_1",
              "assoc_actor_2", "claimed_by"):
        setattr(out, f, _mode(getattr(r, f) for r in records))
    subs = [r.sub_event_type for r in records if r.event_type == out.event_type]
    out.sub_event_type = _mode(subs)
    out.civilian_targeting = any(r.civilian_targeting for r in records)

    lows = [x for r in records for x in (r.fatalities_low, r.fatalities) if x is not None]
    highs = [x for r in records for x in (r.fatalities_high, r.fatalities) if x is not None]
    counted = [r for r in records if r.fatalities is not None]
    if counted:
        latest = max(counted, key=lambda r: (r.source.published or date.min, r.fatalities))
        out.fatalities = latest.fatalities
        out.fatalities_low, out.fatalities_high = min(lows), max(highs)
    statuses = [r.status for r in records]
    out.status = "confirmed" if "confirmed" in statuses else _mode(statuses, "reported")

    out.evidence = [ev.model_copy() for r in records for ev in r.evidence]
    for r in records:
        for ev in out.evidence:
            if ev.article_id is None:
                ev.article_id = r.source.article_id
    return out


# ---- evaluation --------------------------------------------------------------------------------

def pairwise_prf(predicted: Mapping[Hashable, set], gold: Mapping[Hashable, Hashable]) -> dict:
    """Pairwise precision/recall/F1 of merge decisions over the items in `gold`.

    `predicted[item]` is the set of predicted cluster ids the item belongs to (an article yields several
    records, so it may touch several events); two items are predicted together if the sets intersect.
    """
    items = sorted(gold, key=str)
    tp = fp = fn = 0
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            pred = bool(predicted.get(x, set()) & predicted.get(y, set()))
            true = gold[x] == gold[y]
            tp += pred and true
            fp += pred and not true
            fn += true and not pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "items": len(items)}


class CorpusError(ValueError):
    """A dedup evaluation corpus that cannot be read."""


def evaluate_corpus(corpus_dir, pipeline=None) -> dict:
    """Ingest `corpus_dir/corpus.jsonl` into a fresh temporary store and score its merges against
    `corpus_dir/gold.json` ({"article id": "event cluster"}; each corpus line has "id", "url", "text",
    "published")."""
    import json
    import tempfile
    from pathlib import Path

    from .document import Article
    from .store import EventStore

    corpus_dir = Path(corpus_dir)
    corpus, gold_path = corpus_dir / "corpus.jsonl", corpus_dir / "gold.json"
    for p in (corpus, gold_path):
        if not p.is_file():
            raise CorpusError(f"{p}: missing (a dedup corpus is a directory with corpus.jsonl and gold.json)")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{corpus_dir}: not valid JSON ({exc})") from None
    by_id = {it.get("id"): it for it in items}
    missing = sorted(set(gold) - set(by_id))
    if missing:
        raise CorpusError(f"{gold_path}: ids not in corpus.jsonl: {', '.join(missing[:5])}")
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "eval.db")
        try:
            report = store.ingest([str(corpus)], pipeline=pipeline, progress=False)
            predicted, headline = {}, {}
            for key in gold:
                aid = Article(text="", url=by_id[key]["url"]).article_id
                art = store.get_article(aid) or {"records": [], "headline": None}
                # An article is about the event its earliest-reported record describes (headline or lead);
                # later records are side mentions, which gold does not label.
                main = min(art["records"], default=None, key=lambda r: min(
                    [e["start"] for e in r["record"]["evidence"]] or [1 << 30]))
                predicted[key] = {main["event_id"]} if main else set()
                headline[key] = art["headline"]
            n_multi = store.stats()["multi_source_events"]
        finally:
            store.close()
    result = pairwise_prf(predicted, gold)
    errors = []
    keys = sorted(gold)
    for i, x in enumerate(keys):
        for y in keys[i + 1:]:
            pred, true = bool(predicted[x] & predicted[y]), gold[x] == gold[y]
            if pred != true:
                errors.append(f"{'false merge' if pred else 'missed merge'}: {x} ({gold[x]}) / {y} ({gold[y]})")
    result.update(gold_clusters=len(set(gold.values())), predicted_multi_source=n_multi, errors=errors,
                  failures=report.failures)
    return result
