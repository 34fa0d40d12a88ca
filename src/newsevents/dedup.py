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

Two records merge when no feature vetoes and the weighted score reaches `THRESHOLD`. Two records of
one article never merge: the detector reads the whole article and already decided they are two events.

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
# Two events that a new report links become one only if some pair of their reports scores this much.
BRIDGE_FLOOR = 0.45
WEIGHTS = {"type": 0.1, "date": 0.15, "place": 0.15, "actors": 0.1, "deaths": 0.05, "text": 0.45}

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
# Days either side of a stated range that another report of the event may still fall on.
RANGE_SLACK = 1
NEAR_KM = 10.0
SAME_AREA_KM = 50.0
FAR_KM = 150.0
ADMIN1_SPAN_KM = 300.0  # two places in one province farther apart than this are a contradiction
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
    """The days on which the event reported by `r` may have happened, or None if nothing dates it.

    The dates stage states a range for every record (`date_start..date_end`: one day when the day is
    known, the week before publication when nothing dates it, a stated range or month otherwise), so
    the range is taken as given plus `RANGE_SLACK` days either side (an overnight attack is "Sunday"
    in one report and "Monday" in another). Older records with only `event_date` get a tolerance by
    precision; undated ones the few days before publication.
    """
    if r.date_start and r.date_end and r.date_start <= r.date_end:
        return r.date_start - timedelta(days=RANGE_SLACK), r.date_end + timedelta(days=RANGE_SLACK)
    if r.event_date:
        tol = DATE_TOLERANCE.get(r.time_precision or 1, 1)
        return r.event_date - timedelta(days=tol), r.event_date + timedelta(days=tol)
    if r.source.published:
        return r.source.published - timedelta(days=UNDATED_LOOKBACK), r.source.published
    return None


def _days(r: EventRecord) -> Optional[tuple[date, date]]:
    """The range of days `r` states, without slack (None if undated)."""
    w = window(r)
    if w is None:
        return None
    if r.date_start and r.date_end and r.date_start <= r.date_end:
        return r.date_start, r.date_end
    return w


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
    da, db = _days(a), _days(b)
    gap = max(0, (max(da[0], db[0]) - min(da[1], db[1])).days)
    if gap:  # within the slack only: adjacent days
        return 0.6, None
    # Overlapping ranges: the same known day is strong evidence, "some day that week" much weaker.
    spread = (da[1] - da[0]).days + (db[1] - db[0]).days
    return max(0.4, 1.0 - 0.05 * spread), None


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
    same_admin1 = bool(a.admin1 and b.admin1 and _norm(a.admin1) == _norm(b.admin1))
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
        precise = (a.geo_precision or 1) == 1 and (b.geo_precision or 1) == 1
        if km > ADMIN1_SPAN_KM:
            return 0.0, f"places {km:.0f} km apart"
        if km <= NEAR_KM or same_name:
            return 1.0, None
        if same_admin1:
            # One province: a report placed only at the province (or near a town) contains the other's
            # town; two "precise" places far apart inside it are usually a namesake mix-up (the
            # province's capital for the province), so they weaken the match instead of vetoing it,
            # unless farther apart than a province can span (above).
            if not precise:
                return (0.7 if km <= SAME_AREA_KM else 0.6), None
            return (0.7 if km <= SAME_AREA_KM else 0.2), None
        if km > FAR_KM or (precise and km > SAME_AREA_KM):
            return 0.0, f"places {km:.0f} km apart"
        return (0.7 if km <= SAME_AREA_KM else 0.4), None
    if same_name:
        return 1.0, None
    if a.admin1 and b.admin1:
        if not same_admin1:
            return 0.0, f"different regions ({a.admin1} / {b.admin1})"
        return 0.6, None
    if ca and cb:
        return 0.4, None
    return 0.3, None


_UNIDENTIFIED = re.compile(r"unidentified|unknown|gunmen|civilians|protesters|rioters", re.I)
_STATE = re.compile(r"^(?:military forces|police forces|government|navy|air force|security forces) of (.+)$")
_ACTOR_NOISE = frozenset("of the and forces group faction".split())


def actor_keys(r: EventRecord) -> set[tuple[str, str]]:
    """Canonical identities of the named actors of `r`: ("state", country) for a country's army,
    police or government (one side, whatever the report calls it), ("group", core name) for a named
    group, without ACLED's bracketed country or period ("Islamic State (Iran)" is "islamic state").
    Unidentified groups, civilians, protesters and rioters name nobody and are left out."""
    names = (r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2, r.claimed_by)
    out = set()
    for n in names:
        for part in (n or "").split(";"):
            if not part.strip() or _UNIDENTIFIED.search(part):
                continue
            core = _norm(part)
            m = _STATE.match(core)
            if m:
                out.add(("state", _norm(r.country) or m.group(1)))
            elif core:
                out.add(("group", core))
    return out


def _compatible(x: tuple[str, str], y: tuple[str, str]) -> bool:
    if x[0] != y[0]:
        return False
    if x == y:
        return True
    if x[0] == "state":
        return False
    # Name variants: "islamic state" / "islamic state west africa lake chad"
    wx, wy = set(x[1].split()) - _ACTOR_NOISE, set(y[1].split()) - _ACTOR_NOISE
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def _actor_score(a: EventRecord, b: EventRecord) -> float:
    sa, sb = actor_keys(a), actor_keys(b)
    if not sa or not sb:
        return 0.5
    shared = sum(1 for x in sa if any(_compatible(x, y) for y in sb))
    if shared:
        return 0.6 + 0.4 * min(1.0, shared / min(len(sa), len(sb)))
    named_a = {x for x in sa if x[0] == "group"}
    named_b = {y for y in sb if y[0] == "group"}
    # Two different named groups as perpetrators is a real disagreement; a state force in one report
    # and a named group in the other may just be the two sides of one fight.
    return 0.1 if named_a and named_b else 0.3


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
    people least more than official officials spokesman spokeswoman statement local sources
    district area region province town city capital township neighbourhood neighborhood group groups""".split())
# Words in nearly every conflict report: they say nothing about *which* event it is.
_GENERIC = frozenset("kill dead death attack wound injur forc security police victim".split())


def _stem(w: str) -> str:
    for suf in ("ings", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def content_words(r: EventRecord) -> set[str]:
    """Stemmed content words of the sentences reporting `r`, without its place and actor names (the
    place and actor features already score those, and look-alike events in one city share them)."""
    names = (r.location, r.admin1, r.admin2, r.country, r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2,
             r.claimed_by)
    place = {_stem(w) for f in names for w in re.findall(r"[a-z]{3,}", (f or "").lower())}
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
    if same_article:
        # The detector reads one article as a whole and already decided these are two events (a
        # suicide bombing and the shooting of survivors afterwards, told in one sentence).
        veto = veto or "reported as separate events by one article"
    total = sum(WEIGHTS[k] * v for k, v in scores.items())
    return Match(veto is None and total >= THRESHOLD, total, scores, veto)


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

    for f in ("event_type", "country", "iso3", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "claimed_by"):
        setattr(out, f, _mode(getattr(r, f) for r in records))
    # An actor's type comes from the reports that name that actor, so a merged event never pairs one
    # report's actor with another report's type for a different actor.
    out.inter1 = _mode(r.inter1 for r in records if r.actor1 == out.actor1)
    out.inter2 = _mode(r.inter2 for r in records if r.actor2 == out.actor2)
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


def _anchor_offset(record: dict) -> int:
    return anchor_offset(EventRecord.model_validate(record))


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
                # An article is about the event whose anchor sentence (the one that made the detector
                # report it) comes first (headline or lead); later records are side mentions, which
                # gold does not label. Other fields' evidence may come from the headline for any record.
                main = min(art["records"], default=None, key=lambda r: _anchor_offset(r["record"]))
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


def anchor_offset(r: EventRecord) -> int:
    """Where in its article the sentence that made the detector report `r` starts."""
    anchor = [e.start for e in r.evidence if e.field == "event_type"]
    return min(anchor or [e.start for e in r.evidence] or [1 << 30])


# ---- clustering: where a new report goes -------------------------------------------------------

@dataclass
class Cluster:
    """An existing event as the clustering sees it: its id, ingestion order and member reports
    (record id, record) in (seq, record id) order."""

    event_id: str
    seq: int
    members: list = field(default_factory=list)  # [(record_id, seq, EventRecord)]


@dataclass
class Placement:
    """Where a report goes: a new event (`target` None) or `target`, joined via `matched` with
    `match`; `absorbed` are further events the report links to `target` [(event id, matched record
    id, Match)], merged into it (single-link clustering, but never across a veto or a split)."""

    target: Optional[str] = None
    matched: Optional[str] = None
    match: Optional[Match] = None
    absorbed: list = field(default_factory=list)


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _link(rec: EventRecord, c: Cluster, blocked: set) -> Optional[tuple[str, Match]]:
    """The best-scoring member of `c` if `rec` may join it: a veto by any member keeps it out."""
    top = None
    for mid, _, m in c.members:
        if mid in blocked:
            return None
        match = compare(rec, m)
        if match.veto:
            return None
        if top is None or match.score > top[1].score:
            top = (mid, match)
    return top if top and top[1].same else None


def _joinable(x: Cluster, y: Cluster, cannot: set) -> bool:
    """May two events become one because a new report links both? Only when no report of one
    contradicts (or was split from) a report of the other, and some pair of them already looks alike
    (`BRIDGE_FLOOR`): a report that mentions two events ("a day after the car bomb") must not chain them."""
    best = 0.0
    for ia, _, a in x.members:
        for ib, _, b in y.members:
            if _pair_key(ia, ib) in cannot:
                return False
            m = compare(a, b)
            if m.veto:
                return False
            best = max(best, m.score)
    return best >= BRIDGE_FLOOR


def place(rec: EventRecord, rid: str, candidates: Sequence[Cluster], cannot: set = frozenset()) -> Placement:
    """Where report `rec` (id `rid`) goes among `candidates` (in (seq, event id) order): the event
    with the best-scoring link, and every other event it also links to, when the events can be one
    (no veto and no split between any of their reports). A pure function of its arguments, used by
    the store's incremental ingest and by the batch pass on a cluster alike. `cannot` holds the
    (a, b) record-id pairs that `split` separated (a < b)."""
    blocked = {b if a == rid else a for a, b in cannot if rid in (a, b)}
    linked = []
    for c in candidates:
        top = _link(rec, c, blocked)
        if top:
            linked.append((c, top[0], top[1]))
    if not linked:
        return Placement()
    linked.sort(key=lambda x: -x[2].score)  # stable: ties keep the earlier event
    group = [linked[0]]
    for other in linked[1:]:
        if all(_joinable(g[0], other[0], cannot) for g in group):
            group.append(other)
    first = group[0]
    return Placement(first[0].event_id, first[1], first[2], [(c.event_id, mid, m) for c, mid, m in group[1:]])


def apply_placement(clusters: list[Cluster], rid: str, seq: int, rec: EventRecord, new_event_id: str,
                    p: Placement) -> None:
    """Update the in-memory `clusters` as the store does for placement `p`."""
    if p.target is None:
        clusters.append(Cluster(new_event_id, seq, [(rid, seq, rec)]))
    else:
        by_id = {c.event_id: c for c in clusters}
        target = by_id[p.target]
        target.members.append((rid, seq, rec))
        for eid, _, _ in p.absorbed:
            target.members.extend(by_id[eid].members)
            clusters.remove(by_id[eid])
        target.members.sort(key=lambda m: (m[1], m[0]))
        target.seq = target.members[0][1]
    clusters.sort(key=lambda c: (c.seq, c.event_id))


def replay(task: dict) -> list[tuple[str, Placement]]:
    """The batch pass over one block group (runs on a Dask worker): `task["clusters"]` are the events
    already stored, `task["pending"]` the new reports [(record id, seq, record dict, event id it gets
    if it founds an event)] in ingestion order, `task["cannot"]` the split pairs. Places every report
    in turn exactly as incremental ingest would have; returns (record id, Placement) in order."""
    clusters = [Cluster(eid, seq, [(rid, s, EventRecord.model_validate(r)) for rid, s, r in members])
                for eid, seq, members in task["clusters"]]
    clusters.sort(key=lambda c: (c.seq, c.event_id))
    cannot = {tuple(p) for p in task.get("cannot", ())}
    out = []
    for rid, seq, payload, new_id in task["pending"]:
        rec = EventRecord.model_validate(payload)
        p = place(rec, rid, clusters, cannot)
        apply_placement(clusters, rid, seq, rec, new_id, p)
        out.append((rid, p))
    return out


def new_event_id(rid: str, n: int = 0) -> str:
    """The id of the event founded by record `rid` (`n` > 0 only when that id is taken)."""
    import hashlib

    return "evt_" + hashlib.sha1(f"{rid}#{n}".encode()).hexdigest()[:16]


def connected_blocks(keysets: Sequence[set]) -> list[Optional[int]]:
    """Group items by the (country, week) blocks they touch: two items sharing a block, or linked
    through a chain of such items, land in one group; a country-less block joins every country's
    block of its week. Returns a group number per item (None for an item without blocks)."""
    parent: dict = {}

    def find(k):
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(keys):
        roots = sorted({find(k) for k in keys}, key=str)
        for r in roots[1:]:
            parent[r] = roots[0]

    for keys in keysets:
        if keys:
            union(keys)
    by_week: dict = {}
    for k in list(parent):
        by_week.setdefault(k[1], []).append(k)
    for keys in by_week.values():
        if any(k[0] is None for k in keys):
            union(keys)
    numbers: dict = {}
    return [numbers.setdefault(find(next(iter(keys))), len(numbers)) if keys else None for keys in keysets]


def block_groups(items: Sequence[tuple[str, int, EventRecord]]) -> tuple[list[dict], list]:
    """`replay` tasks for records [(record id, seq, record)] in ingestion order with no stored events
    yet, one per block group; and the records nothing dates, which always found their own event."""
    groups = connected_blocks([block_keys(r) for _, _, r in items])
    tasks: dict[int, dict] = {}
    alone = []
    for (rid, seq, r), g in zip(items, groups):
        if g is None:
            alone.append((rid, seq, r))
            continue
        tasks.setdefault(g, {"clusters": [], "pending": [], "cannot": []})["pending"].append(
            [rid, seq, r.model_dump(mode="json"), new_event_id(rid)])
    return [tasks[g] for g in sorted(tasks)], alone
