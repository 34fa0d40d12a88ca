"""Exports of stored events round-trip: JSONL, ACLED CSV, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents import export
from newsevents.cli import app
from newsevents.schema import ACLED_COLUMNS, EventRecord
from newsevents.store import EventStore, StoreError
from test_store_support import BACKENDS, article, make_store_url, market_bombing, record

ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
                 "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "North America",
                 "Central America", "South America", "Caribbean", "Oceania", "Antarctica"}


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
    assert row["region"] == "South Asia"
    # Neither report names its publisher: the outlets are named by their sites, each once.
    assert row["source"] == "outlet1.example; outlet2.example"
    (ev,) = filled.query_events(country="Afghanistan")
    updated = filled.stored_events([ev["event_id"]])[ev["event_id"]].updated
    assert int(row["timestamp"]) == int(updated.replace(tzinfo=timezone.utc).timestamp())


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    u, drop = make_store_url(request.param, tmp_path)
    yield u
    drop()


def test_acled_source_names_every_outlet_that_reported_the_event(url):
    reports = [market_bombing(1, 12, date(2022, 3, 13), "A car bomb exploded at a vegetable market in Dasht-e-Barchi, Kabul."),
               market_bombing(2, 15, date(2022, 3, 14), "The car bomb at the Dasht-e-Barchi vegetable market killed 15."),
               market_bombing(3, 19, date(2022, 3, 15), "Families buried 19 victims of the Dasht-e-Barchi market car bomb.",
                              url="https://www.kabulnews.example/market"),
               market_bombing(4, 19, date(2022, 3, 15), "The Dasht-e-Barchi vegetable market car bomb killed 19.")]
    reports[0][0].publisher, reports[1][0].publisher, reports[3][0].publisher = "Pajhwok", "Reuters", "PAJHWOK"
    with EventStore(url) as store:
        for art, recs in reports:
            store.add(art, recs)
        assert store.count_events() == 1
        buf = io.StringIO()
        store.export("acled-csv", buf)
        (row,) = csv.DictReader(io.StringIO(buf.getvalue()))
        assert row["source"] == "Pajhwok; Reuters; kabulnews.example"  # earliest report first, each outlet once
        res = CliRunner().invoke(app, ["events", "--db", url, "--format", "acled-csv"])
        assert res.exit_code == 0, res.output
        assert "Pajhwok; Reuters; kabulnews.example" in res.output
    # Without the database, the record's own source is all there is.
    lone = export.acled_row(EventRecord(source={"publisher": "Reuters", "url": "https://reuters.example/x"}),
                            timestamp=0)
    assert lone["source"] == "Reuters" and lone["timestamp"] == 0


def test_acled_country_codes_regions_and_actor_types_are_filled_from_what_records_hold():
    congo = export.acled_row(EventRecord(country="Democratic Republic of Congo", event_date=date(2021, 5, 2),
                                         actor1="Protesters (Democratic Republic of Congo)",
                                         actor2="Police Forces of Kenya (2013-)"), timestamp=0)
    assert (congo["iso"], congo["region"], congo["year"]) == (180, "Middle Africa", 2021)
    assert (congo["inter1"], congo["inter2"], congo["interaction"]) == ("Protesters", "State forces",
                                                                         "State forces-Protesters")
    gaza = export.acled_row(EventRecord(country="Palestine", actor1="Civilians (Palestine)"), timestamp=0)
    assert (gaza["iso"], gaza["region"], gaza["interaction"], gaza["year"]) == (275, "Middle East", "Civilians only", "")
    # Kosovo has no ISO number; an actor nobody catalogued keeps no type; a stated type is kept as given.
    kosovo = export.acled_row(EventRecord(country="Kosovo", actor1="Friends of the Old Bridge", inter2="Rioters"),
                              timestamp=0)
    assert (kosovo["iso"], kosovo["region"], kosovo["inter1"], kosovo["inter2"]) == ("", "Europe", "", "Rioters")
    unknown = export.acled_row(EventRecord(country="Atlantis"), timestamp=0)
    assert (unknown["iso"], unknown["region"], unknown["source_scale"]) == ("", "", "")


def test_every_country_has_one_acled_region():
    import pycountry

    regions = json.loads((Path(export.__file__).parent / "data" / "acled_regions.json").read_text())["regions"]
    assert set(regions) == ACLED_REGIONS
    codes = [c for members in regions.values() for c in members]
    assert len(codes) == len(set(codes))
    assert {c.alpha_3 for c in pycountry.countries} <= set(codes)


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
