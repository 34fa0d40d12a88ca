"""The evaluation command: scoring functions, sampling, the CLI on made-up rows and on real dev rows."""

from __future__ import annotations

import json
from datetime import date
from itertools import islice

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.document import Article
from newsevents.evaluate import (
    FIELDS,
    NOTES_MARKER,
    GoldError,
    best_match,
    evaluate_rows,
    haversine_km,
    load_gold,
    markdown_report,
    normalise_name,
    publication_date,
    sample_rows,
    score_fields,
    write_markdown,
)
from newsevents.schema import EventRecord

from conftest import DEV_DATA

runner = CliRunner()

# Made-up gold rows for the tests (invented places and events, ACLED-style keys).
GOLD_CLASH = {
    "id": "T1", "text": "On 4 March 2023, soldiers clashed with rebels near Lakeview.",
    "event_date": "2023-03-04", "time_precision": "1", "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Ruritania (2019-)", "assoc_actor_1": None, "actor2": "Ruritanian Liberation Front",
    "assoc_actor_2": None, "country": "Ruritania", "admin1": "Nord-Équateur", "admin2": "Lakeview",
    "location": "Lakeview", "latitude": 10.0, "longitude": 20.0, "geo_precision": 1.0, "fatalities": 3,
}
GOLD_PROTEST = {
    "id": "T2", "text": "On 2 May 2023, teachers marched in Hilltown over unpaid wages.",
    "event_date": "2023-05-02", "time_precision": 1.0, "event_type": "Protests", "sub_event_type": "Peaceful protest",
    "actor1": "Protesters (Ruritania)", "assoc_actor_1": "Teachers (Ruritania)", "actor2": None,
    "assoc_actor_2": None, "country": "Ruritania", "admin1": "Hill", "admin2": None, "location": "Hilltown",
    "latitude": -5.5, "longitude": 30.25, "geo_precision": "1", "fatalities": 0,
}


def right_clash(**changes) -> EventRecord:
    values = dict(event_date=date(2023, 3, 4), event_type="Battles", sub_event_type="Armed clash",
                  actor1="military forces of ruritania", actor2="Ruritanian Liberation Front.",
                  admin1="Nord-Equateur", location="Lakeview", latitude=10.05, longitude=20.05, fatalities=3)
    values.update(changes)
    return EventRecord(**values)


# ---- scoring ---------------------------------------------------------------------------------
def test_normalise_name_drops_case_accents_punctuation_and_regime_years():
    assert normalise_name("Military Forces of Afghanistan (2021-)") == "military forces of afghanistan"
    assert normalise_name("Police Forces of Kenya (2013-2022)") == normalise_name("police forces of KENYA")
    assert normalise_name("Nord-Équateur") == normalise_name("nord equateur")
    assert normalise_name("Civilians (Kenya)") == "civilians kenya"  # the country is not a regime year
    assert normalise_name(None) == "" and normalise_name(float("nan")) == "" and normalise_name("NA") == ""
    assert normalise_name("Civilians (Kenya)") != normalise_name("Civilians (Uganda)")


def test_haversine_distances():
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)  # one degree of longitude at the equator
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(10.0, 20.0, 10.05, 20.05) < 25 < haversine_km(10.0, 20.0, 10.3, 20.0)
    assert haversine_km(-33.87, 151.21, 51.51, -0.13) == pytest.approx(16990, rel=0.01)  # Sydney-London


def test_score_fields_all_right_after_normalisation():
    scores = score_fields(GOLD_CLASH, right_clash())
    assert set(scores) == set(FIELDS) - {"detection"}
    assert all(scores.values()), scores


def test_score_fields_each_field_can_fail():
    wrong = right_clash(event_type="Riots", sub_event_type="Mob violence", actor1="Rebels", actor2=None,
                        admin1="South", latitude=10.5, event_date=date(2023, 3, 5), fatalities=4)
    scores = score_fields(GOLD_CLASH, wrong)
    assert not any(scores.values()), scores


def test_empty_actor2_and_missing_fatalities_conventions():
    pred = EventRecord(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Ruritania)",
                       admin1="HILL", latitude=-5.5, longitude=30.3, event_date=date(2023, 5, 2))
    scores = score_fields(GOLD_PROTEST, pred)
    assert scores["actor2"] is True  # empty gold actor2, empty prediction
    assert scores["fatalities"] is True  # no count predicted reads as 0
    assert score_fields(GOLD_PROTEST, pred.model_copy(update={"actor2": "Police Forces of Ruritania"}))["actor2"] is False
    assert score_fields(GOLD_CLASH, right_clash(fatalities=None))["fatalities"] is False


def test_missing_gold_values_are_not_scored_and_nothing_predicted_is_wrong():
    gold = dict(GOLD_CLASH, latitude=None, event_date="", admin1=None)
    scores = score_fields(gold, right_clash())
    assert scores["location"] is None and scores["event_date"] is None and scores["admin1"] is None
    none_scores = score_fields(GOLD_PROTEST, None)
    assert none_scores["actor2"] is False and none_scores["fatalities"] is False and none_scores["event_type"] is False


def test_best_match_picks_the_prediction_agreeing_on_most_fields():
    decoy = EventRecord(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Ruritania)")
    partial = right_clash(fatalities=0, actor2=None)
    full = right_clash()
    i, scores = best_match(GOLD_CLASH, [decoy, partial, full])
    assert i == 2 and all(scores.values())
    i, _ = best_match(GOLD_CLASH, [decoy, partial])
    assert i == 1
    i, scores = best_match(GOLD_CLASH, [])
    assert i is None and scores["event_type"] is False
    i, _ = best_match(GOLD_CLASH, [partial, partial.model_copy()])  # ties keep the first
    assert i == 0


def test_publication_date_is_three_days_after_the_gold_date():
    assert publication_date(GOLD_CLASH) == date(2023, 3, 7)
    assert publication_date({"event_date": "2023-12-30"}) == date(2024, 1, 2)
    assert publication_date({"event_date": "not a date"}) is None


# ---- reading and sampling --------------------------------------------------------------------
def test_load_gold_skips_bad_lines_with_their_numbers(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([
        json.dumps(GOLD_CLASH), "{not json", "", json.dumps([1, 2]), json.dumps({"id": "x", "text": ""}),
        json.dumps(GOLD_PROTEST),
    ]) + "\n", encoding="utf-8")
    gold = load_gold(path)
    assert [r["id"] for r in gold.rows] == ["T1", "T2"]
    assert [p.split(":")[0] for p in gold.problems] == ["line 2", "line 4", "line 5"]
    assert "not valid JSON" in gold.problems[0] and "text" in gold.problems[2]


def test_load_gold_errors(tmp_path):
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "absent.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no usable gold rows"):
        load_gold(bad)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage\n")
    with pytest.raises(GoldError):
        load_gold(binary)


def test_sample_rows_spread_and_seeded():
    rows = [{"id": i} for i in range(100)]
    spread = sample_rows(rows, 10)
    assert [r["id"] for r in spread] == list(range(0, 100, 10))  # every k-th row, not the first ten
    a, b = sample_rows(rows, 10, seed=7), sample_rows(rows, 10, seed=7)
    assert a == b and len({r["id"] for r in a}) == 10
    assert a != sample_rows(rows, 10, seed=8)
    assert sample_rows(rows, 500) == rows and sample_rows(rows, None) == rows


# ---- running, with a stand-in pipeline --------------------------------------------------------
class FakePipeline:
    """Predicts the clash for texts mentioning 'clashed', nothing otherwise; raises on 'BOOM',
    lazily like the real streaming pipeline does."""

    def process(self, raws, batch_size=32):
        for raw in raws:
            if "BOOM" in raw.text:
                raise ValueError("stage exploded")
            recs = [right_clash(), EventRecord(event_type="Riots")] if "clashed" in raw.text else []
            yield Article(text=raw.text, published=raw.published), recs


def test_evaluate_rows_counts_errors_and_keeps_going():
    boom = dict(GOLD_PROTEST, id="T3", text="BOOM goes the parser.")
    result = evaluate_rows([GOLD_CLASH, boom, GOLD_PROTEST], pipeline=FakePipeline())
    assert [r.id for r in result.rows] == ["T1", "T3", "T2"]
    assert result.errors == 1 and "stage exploded" in result.rows[1].error
    counts = result.counts()
    assert counts["detection"] == (1, 3)
    assert counts["event_type"] == (1, 3)
    assert result.extra_events == pytest.approx(1 / 3)
    assert result.confusion() == {"Battles": {"Battles": 1}, "Protests": {"(none)": 2}}
    doc = markdown_report(result, "newsevents eval x.jsonl", today=date(2024, 1, 2), commit="abc1234")
    assert "2024-01-02" in doc and "`abc1234`" in doc and "newsevents eval x.jsonl" in doc
    assert "| event_type | 1/3 | 0.333 | ≥ 0.94 | no |" in doc


def test_write_markdown_keeps_hand_written_notes(tmp_path):
    path = tmp_path / "accuracy.md"
    write_markdown(path, "# old figures\n")
    assert path.read_text(encoding="utf-8") == "# old figures\n"
    path.write_text("# old figures\n" + NOTES_MARKER + "\nheld-out run: 0.9\n", encoding="utf-8")
    write_markdown(path, "# new figures\n")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# new figures\n") and "old figures" not in text
    assert text.endswith(NOTES_MARKER + "\nheld-out run: 0.9\n")


# ---- the command -----------------------------------------------------------------------------
def test_eval_command_on_made_up_rows(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_CLASH) + "\n{broken\n" + json.dumps(GOLD_PROTEST) + "\n", encoding="utf-8")
    doc = tmp_path / "docs" / "accuracy.md"
    res = runner.invoke(app, ["eval", str(path), "--show-misses", "1", "--write-doc", str(doc)])
    assert res.exit_code == 0, res.output
    assert "line 2" in res.output  # the broken line is reported (stderr is mixed in by CliRunner)
    tail = res.output.rstrip("\n").splitlines()[-14:]
    assert any("per-field accuracy on 2 rows" in line for line in tail)
    for f in ("detection", "event_type", "sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities"):
        assert any(line.split() and line.split()[0] == f and "/2" in line for line in tail), f
    assert "gold \\ predicted" in res.output
    assert "accuracy" in doc.read_text(encoding="utf-8").lower()

    res = runner.invoke(app, ["eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output[res.output.index("{"):])
    assert data["rows"] == 2 and set(data["fields"]) == set(FIELDS)
    assert data["fields"]["detection"]["total"] == 2 and len(data["results"]) == 2


def test_eval_command_clear_errors(tmp_path):
    res = runner.invoke(app, ["eval", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 2 and "gold file not found" in res.output
    assert "Traceback" not in res.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    res = runner.invoke(app, ["eval", str(empty)])
    assert res.exit_code == 2 and "no usable gold rows" in res.output


def test_eval_smoke_on_real_dev_rows(tmp_path):
    assert DEV_DATA.exists(), f"dev data missing: {DEV_DATA}"
    with DEV_DATA.open(encoding="utf-8") as fh:
        lines = list(islice(fh, 5))
    path = tmp_path / "five.jsonl"  # a temporary copy outside the repository
    path.write_text("".join(lines), encoding="utf-8")
    res = runner.invoke(app, ["eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output[res.output.index("{"):])
    assert data["rows"] == 5 and data["errors"] == 0
    for f in FIELDS:
        entry = data["fields"][f]
        assert 0 <= entry["correct"] <= entry["total"] <= 5
    assert data["fields"]["event_type"]["total"] == 5
    assert sum(sum(c.values()) for c in data["confusion"].values()) == 5
    assert data["texts_per_second"] > 0
