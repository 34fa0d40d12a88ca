"""Writers for event records: JSON, JSON Lines, flat CSV, ACLED-column CSV, GeoJSON points and Parquet."""

from __future__ import annotations

import csv
import json
import time
from calendar import timegm
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Mapping, Optional, Sequence, Union
from urllib.parse import urlsplit

from .schema import ACLED_COLUMNS, INTER_CODES, EventRecord

DATA = Path(__file__).parent / "data"

FLAT_FIELDS = [f for f in EventRecord.model_fields if f not in ("source", "evidence")]
SOURCE_FIELDS = ["article_id", "headline", "publisher", "published", "url", "path"]


def flat_row(r: EventRecord) -> dict:
    row = r.model_dump(mode="json", include=set(FLAT_FIELDS))
    src = r.source.model_dump(mode="json")
    for k in SOURCE_FIELDS:
        row[f"source_{k}"] = src.get(k)
    row["evidence"] = " | ".join(f"{e.field}: {e.match or e.sentence}" for e in r.evidence)
    return row


def write_csv(records: Iterable[EventRecord], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=FLAT_FIELDS + [f"source_{k}" for k in SOURCE_FIELDS] + ["evidence"])
    writer.writeheader()
    for r in records:
        writer.writerow(flat_row(r))


def write_jsonl(records: Iterable[EventRecord], out: IO[str]) -> None:
    for r in records:
        out.write(r.model_dump_json() + "\n")


def write_json(records: Iterable[EventRecord], out: IO[str]) -> None:
    json.dump([r.model_dump(mode="json") for r in records], out, indent=2, ensure_ascii=False)
    out.write("\n")


# ---- ACLED-style CSV ---------------------------------------------------------------------------

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


@dataclass
class StoredEvent:
    """What the event database knows of an event beyond its merged record, which names one source."""

    publishers: list[str] = field(default_factory=list)  # outlets of all its reports, earliest first
    updated: Optional[datetime] = None  # when the event last changed (UTC)


def outlet(publisher: Optional[str], url: Optional[str]) -> Optional[str]:
    """Who published a report: its publisher's name, else the host of its URL (which names the outlet)."""
    if publisher and publisher.strip():
        return " ".join(publisher.split())
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def distinct_names(names: Iterable[Optional[str]]) -> list[str]:
    """The names once each (ignoring case), in first-seen order and spelling."""
    seen: dict[str, str] = {}
    for n in names:
        if n:
            seen.setdefault(n.casefold(), n)
    return list(seen.values())


@lru_cache(maxsize=None)
def _data(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def _region_of() -> dict[str, str]:
    return {iso3: region for region, codes in _data("acled_regions.json")["regions"].items() for iso3 in codes}


@lru_cache(maxsize=4096)
def country_iso3(country: Optional[str]) -> Optional[str]:
    """ISO alpha-3 code of a country named as ACLED or writers name it ("Democratic Republic of Congo")."""
    if not country:
        return None
    import pycountry

    conventions = _data("place_countries.json")
    by_name = {name.casefold(): cc for cc, name in conventions["acled_names"].items()}
    by_name.update({alias.casefold(): cc for alias, cc in conventions["aliases"].items()})
    alpha2 = by_name.get(country.strip().casefold())
    if alpha2 == "XK":
        return "XKX"
    try:
        found = pycountry.countries.get(alpha_2=alpha2) if alpha2 else pycountry.countries.lookup(country.strip())
    except LookupError:
        return None
    return found.alpha_3 if found else None


def _iso_numeric(iso3: Optional[str]) -> Optional[int]:
    if not iso3:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3.upper())
    return int(c.numeric) if c else None


@lru_cache(maxsize=None)
def _actor_types() -> tuple[dict[str, str], dict[str, str]]:
    """ACLED actor type by actor name (named actors, state forces), and by the kind word that opens a
    generic actor's name ("Protesters (Kenya)")."""
    actors = _data("actors.json")
    by_name = {name.casefold(): a["type"] for name, a in actors["actors"].items() if a.get("type")}
    for kinds in actors["state_forces"].values():
        for periods in kinds.values():
            by_name.update({p["name"].casefold(): "State forces" for p in periods})
    by_name.update({a["name"].casefold(): a["type"] for a in actors.get("dated_aliases", []) if a.get("type")})
    by_kind = {template.split(" (")[0].casefold(): typ for template, typ in actors["generic_templates"].values()}
    return by_name, by_kind


def actor_type(actor: Optional[str]) -> Optional[str]:
    """The ACLED actor type (inter1/inter2 label) an actor name has in the actor dictionary, if any."""
    if not actor:
        return None
    by_name, by_kind = _actor_types()
    key = actor.strip().casefold()
    return by_name.get(key) or by_kind.get(key.split(" (")[0])


def _interaction(inter1: Optional[str], inter2: Optional[str]) -> str:
    """ACLED's interaction label: the two actor types ordered by their code, or "X only"."""
    kinds = sorted((k for k in (inter1, inter2) if k), key=lambda k: INTER_CODES.get(k, 99))
    if len(kinds) == 2:
        return f"{kinds[0]}-{kinds[1]}"
    return f"{kinds[0]} only" if kinds else ""


def acled_row(r: EventRecord, timestamp: Optional[int] = None, stored: Optional[StoredEvent] = None) -> dict:
    """One row of ACLED's CSV. Actor types are ACLED's text labels (its current export; the numeric
    codes are `schema.INTER_CODES`); a missing one comes from the actor dictionary when it knows the
    actor. `stored` adds every outlet that reported the event and when the database last changed it
    (ACLED's `timestamp`); without it the record's own source and `timestamp` (default: now) serve."""
    disorder = DISORDER.get(r.event_type or "", "")
    if r.sub_event_type == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    publishers = distinct_names(stored.publishers if stored and stored.publishers
                                else [outlet(r.source.publisher, r.source.url)])
    if stored and stored.updated is not None:
        timestamp = timegm(stored.updated.utctimetuple())
    inter1 = r.inter1 or actor_type(r.actor1)
    inter2 = r.inter2 or actor_type(r.actor2)
    iso3 = r.iso3 or country_iso3(r.country)
    return {
        "event_id_cnty": r.event_id or "", "event_date": r.event_date.isoformat() if r.event_date else "",
        "year": r.event_date.year if r.event_date else "", "time_precision": r.time_precision or "",
        "disorder_type": disorder, "event_type": r.event_type or "", "sub_event_type": r.sub_event_type or "",
        "actor1": r.actor1 or "", "assoc_actor_1": r.assoc_actor_1 or "", "inter1": inter1 or "",
        "actor2": r.actor2 or "", "assoc_actor_2": r.assoc_actor_2 or "", "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if r.civilian_targeting else "",
        "iso": _iso_numeric(iso3) or "", "region": _region_of().get((iso3 or "").upper(), ""),
        "country": r.country or "", "admin1": r.admin1 or "", "admin2": r.admin2 or "", "admin3": "",
        "location": r.location or "",
        "latitude": "" if r.latitude is None else r.latitude, "longitude": "" if r.longitude is None else r.longitude,
        "geo_precision": r.geo_precision or "", "source": "; ".join(publishers),
        "source_scale": "",  # national/international/...: nothing we store says how far an outlet reaches
        "notes": r.notes or "", "fatalities": r.fatalities if r.fatalities is not None else 0, "tags": "",
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }


def write_acled_csv(records: Iterable[EventRecord], out: IO[str],
                    stored: Optional[Mapping[str, StoredEvent]] = None) -> None:
    """ACLED's columns; `stored` (by event id) gives what the database adds to each merged record."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    now = int(time.time())
    for r in records:
        writer.writerow(acled_row(r, now, (stored or {}).get(r.event_id or "")))


# ---- GeoJSON -----------------------------------------------------------------------------------

def geojson_feature(r: EventRecord) -> dict:
    props = flat_row(r)
    geometry = None
    if r.latitude is not None and r.longitude is not None:
        geometry = {"type": "Point", "coordinates": [r.longitude, r.latitude]}  # GeoJSON is lon, lat
    return {"type": "Feature", "id": r.event_id, "geometry": geometry, "properties": props}


def write_geojson(records: Iterable[EventRecord], out: IO[str]) -> None:
    collection = {"type": "FeatureCollection", "features": [geojson_feature(r) for r in records]}
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")


# ---- Parquet -----------------------------------------------------------------------------------

def parquet_schema():
    import pyarrow as pa

    kinds = {"event_date": pa.date32(), "date_start": pa.date32(), "date_end": pa.date32(),
             "time_precision": pa.int8(), "geo_precision": pa.int8(), "fatalities": pa.int32(),
             "fatalities_low": pa.int32(), "fatalities_high": pa.int32(), "latitude": pa.float64(),
             "longitude": pa.float64(), "civilian_targeting": pa.bool_(), "source_published": pa.date32()}
    names = FLAT_FIELDS + [f"source_{k}" for k in SOURCE_FIELDS] + ["evidence_json"]
    return pa.schema([(n, kinds.get(n, pa.string())) for n in names])


def parquet_rows(records: Iterable[EventRecord]) -> list[dict]:
    rows = []
    for r in records:
        row = {f: getattr(r, f) for f in FLAT_FIELDS}
        for k in SOURCE_FIELDS:
            row[f"source_{k}"] = getattr(r.source, k)
        row["evidence_json"] = json.dumps([e.model_dump(mode="json") for e in r.evidence], ensure_ascii=False)
        rows.append(row)
    return rows


def write_parquet(records: Iterable[EventRecord], out: Union[str, Path, IO[bytes]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(parquet_rows(records), schema=parquet_schema())
    pq.write_table(table, out)


# ---- one entry point -----------------------------------------------------------------------------

TEXT_WRITERS = {"acled-csv": write_acled_csv, "csv": write_csv, "json": write_json, "jsonl": write_jsonl,
                "geojson": write_geojson}
FORMATS: Sequence[str] = tuple(TEXT_WRITERS) + ("parquet",)


@contextmanager
def _text_out(out: Union[str, Path, IO[str]]):
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def write(fmt: str, records: Iterable[EventRecord], out: Union[str, Path, IO],
          stored: Optional[Mapping[str, StoredEvent]] = None) -> int:
    """Write `records` in format `fmt` to a path or an open file (binary for parquet); returns how many.
    `stored`: what the event database knows of each event (by id) beyond its record, for ACLED's CSV."""
    records = list(records)
    if fmt == "parquet":
        write_parquet(records, str(out) if isinstance(out, Path) else out)
    elif fmt == "acled-csv":
        with _text_out(out) as fh:
            write_acled_csv(records, fh, stored)
    elif fmt in TEXT_WRITERS:
        with _text_out(out) as fh:
            TEXT_WRITERS[fmt](records, fh)
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return len(records)
