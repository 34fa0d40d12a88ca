"""Writers for event records: JSON, JSON Lines, flat CSV, ACLED-column CSV, GeoJSON points and Parquet."""

from __future__ import annotations

import csv
import json
import time
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Optional, Sequence, Union

from .schema import ACLED_COLUMNS, INTER_CODES, EventRecord

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


def _iso_numeric(iso3: Optional[str]) -> Optional[int]:
    if not iso3:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3.upper())
    return int(c.numeric) if c else None


def _interaction(r: EventRecord) -> str:
    """ACLED's interaction label: the two actor types ordered by their code, or "X only"."""
    kinds = sorted((k for k in (r.inter1, r.inter2) if k), key=lambda k: INTER_CODES.get(k, 99))
    if len(kinds) == 2:
        return f"{kinds[0]}-{kinds[1]}"
    return f"{kinds[0]} only" if kinds else ""


def acled_row(r: EventRecord, timestamp: Optional[int] = None) -> dict:
    disorder = DISORDER.get(r.event_type or "", "")
    if r.sub_event_type == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    publishers = sorted({p for p in [r.source.publisher] if p})
    return {
        "event_id_cnty": r.event_id or "", "event_date": r.event_date.isoformat() if r.event_date else "",
        "year": r.event_date.year if r.event_date else "", "time_precision": r.time_precision or "",
        "disorder_type": disorder, "event_type": r.event_type or "", "sub_event_type": r.sub_event_type or "",
        "actor1": r.actor1 or "", "assoc_actor_1": r.assoc_actor_1 or "", "inter1": r.inter1 or "",
        "actor2": r.actor2 or "", "assoc_actor_2": r.assoc_actor_2 or "", "inter2": r.inter2 or "",
        "interaction": _interaction(r), "civilian_targeting": "Civilian targeting" if r.civilian_targeting else "",
        "iso": _iso_numeric(r.iso3) or "", "region": "", "country": r.country or "", "admin1": r.admin1 or "",
        "admin2": r.admin2 or "", "admin3": "", "location": r.location or "",
        "latitude": "" if r.latitude is None else r.latitude, "longitude": "" if r.longitude is None else r.longitude,
        "geo_precision": r.geo_precision or "", "source": "; ".join(publishers), "source_scale": "",
        "notes": r.notes or "", "fatalities": r.fatalities if r.fatalities is not None else 0, "tags": "",
        "timestamp": timestamp if timestamp is not None else int(time.time()),
    }


def write_acled_csv(records: Iterable[EventRecord], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    now = int(time.time())
    for r in records:
        writer.writerow(acled_row(r, now))


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


def write(fmt: str, records: Iterable[EventRecord], out: Union[str, Path, IO]) -> int:
    """Write `records` in format `fmt` to a path or an open file (binary for parquet); returns how many."""
    records = list(records)
    if fmt == "parquet":
        write_parquet(records, str(out) if isinstance(out, Path) else out)
    elif fmt in TEXT_WRITERS:
        with _text_out(out) as fh:
            TEXT_WRITERS[fmt](records, fh)
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return len(records)
