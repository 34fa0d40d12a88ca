"""Exports of stored events round-trip: JSONL, ACLED CSV, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from newsevents import export
from newsevents.schema import ACLED_COLUMNS, EventRecord
from newsevents.store import EventStore, StoreError
from test_store_support import article, market_bombing, record


@pytest.fixture
def filled(tmp_path):
    s = EventStore(tmp_path / "ex.db")
    s.add(*market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Dasht-e-Barchi, Kabul.",
                          actor1="Islamic State Khorasan Province", inter1="Rebel group", actor2="Civilians (Afghanistan)",
                          inter2="Civilians", civilian_targeting=True))
    s.add(*market_bombing(2, 15, date(2022, 3, 14), "The car bomb at the Dasht-e-Barchi vegetable market killed 15."))
    a = article("Protest\n\nProtesters marched in Nairobi.", url="https://k.example/p", published=date(2023, 7, 12))
    s.add(a, [record(a, "Protesters marched in Nairobi.", 10, country="Kenya", iso3="KEN", location="Nairobi",
                     event_type="Protests", sub_event_type="Peaceful protest")])  # no date, no coordinates
    yield s
    s.close()


def test_jsonl_round_trip(filled, tmp_path):
    out = tmp_path / "e.jsonl"
    assert filled.export("jsonl", out) == 2
    back = [EventRecord.model_validate_json(line) for line in out.read_text().splitlines()]
    assert back == list(filled.iter_records())
    assert back[0].fatalities_high == 15 and len(back[0].evidence) == 2


def test_acled_csv_columns_and_values(filled, tmp_path):
    out = tmp_path / "e.csv"
    filled.export("acled-csv", out, country="Afghanistan")
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0]) == ACLED_COLUMNS and len(rows) == 1
    row = rows[0]
    assert (row["event_date"], row["year"], row["disorder_type"], row["iso"]) == ("2022-03-13", "2022", "Political violence", "4")
    assert row["interaction"] == "Rebel group-Civilians" and row["civilian_targeting"] == "Civilian targeting"
    assert row["fatalities"] == "15" and row["event_id_cnty"].startswith("evt_")


def test_geojson_is_a_feature_collection(filled, tmp_path):
    out = tmp_path / "e.geojson"
    filled.export("geojson", out)
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    placed = [f for f in gj["features"] if f["geometry"]]
    assert placed[0]["geometry"] == {"type": "Point", "coordinates": [69.17, 34.53]}
    assert all(f["type"] == "Feature" and "event_type" in f["properties"] for f in gj["features"])
    assert [f["geometry"] for f in gj["features"] if f["properties"]["country"] == "Kenya"] == [None]


def test_parquet_has_the_same_rows(filled, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    filled.export("parquet", out)
    table = pq.read_table(out)
    recs = list(filled.iter_records())
    assert table.num_rows == len(recs)
    rows = table.to_pylist()
    assert [r["event_id"] for r in rows] == [r.event_id for r in recs]
    assert rows[0]["event_date"] == date(2022, 3, 13) and rows[0]["fatalities_low"] == 12
    assert [json.loads(r["evidence_json"])[0]["sentence"] for r in rows] == [r.evidence[0].sentence for r in recs]


def test_bad_export_requests(filled, tmp_path):
    with pytest.raises(StoreError, match="unknown export format 'xls'"):
        filled.export("xls", tmp_path / "x")
    with pytest.raises(StoreError, match="unknown event type"):
        filled.export("jsonl", tmp_path / "y.jsonl", event_type="Massacre")
    assert not (tmp_path / "y.jsonl").exists()
    buf = io.StringIO()
    export.write("acled-csv", [], buf)
    assert buf.getvalue().strip() == ",".join(ACLED_COLUMNS)
