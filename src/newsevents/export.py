"""Writers for event records: JSON, JSON Lines, flat CSV (and, in the store, ACLED CSV, GeoJSON, Parquet)."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from .schema import EventRecord

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
