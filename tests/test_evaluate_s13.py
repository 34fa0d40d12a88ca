"""`newsevents eval` splits its figures by the gold rows' country, pooling the small ones."""

from __future__ import annotations

import json
from datetime import date

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.evaluate import OTHER_COUNTRIES, EvalResult, RowResult, markdown_report, rows_of_countries

runner = CliRunner()


def row(n: int, country: str, location_right: bool, actor1_right: bool = True) -> RowResult:
    scores = {"detection": True, "event_type": True, "actor1": actor1_right, "location": location_right,
              "event_date": None}
    return RowResult(id=f"R{n}", text="", gold={"country": country, "event_type": "Battles"},
                     predicted={"event_type": "Battles"}, n_predicted=1, scores=scores)


def made_up_result() -> EvalResult:
    rows = [row(i, "Ruritania", location_right=i < 6) for i in range(8)]  # 6 of 8 places right
    rows += [row(10 + i, "Borduria", location_right=False, actor1_right=i == 0) for i in range(4)]
    rows += [row(20, "Syldavia", True), row(21, "Carpania", False)]  # each under the share: pooled
    return EvalResult(rows, seconds=1.0)


def test_by_country_splits_big_countries_and_pools_the_rest():
    groups = made_up_result().by_country(min_share=0.2)
    assert [(c, n) for c, n, _ in groups] == [("Ruritania", 8), ("Borduria", 4), (OTHER_COUNTRIES, 2)]
    ruritania, borduria, other = (acc for _, _, acc in groups)
    assert ruritania["location"] == 0.75 and borduria["location"] == 0.0 and other["location"] == 0.5
    assert borduria["actor1"] == 0.25 and ruritania["actor1"] == 1.0
    assert ruritania["event_date"] is None  # no gold date: not scored, not counted as wrong


def test_country_breakdown_in_json_and_markdown():
    result = made_up_result()
    data = result.to_dict(with_rows=False)
    assert [(g["country"], g["rows"]) for g in data["by_country"]] == [("Ruritania", 8), ("Borduria", 4),
                                                                       ("Carpania", 1), ("Syldavia", 1)]
    assert data["by_country"][0]["accuracy"]["location"] == 0.75
    doc = markdown_report(result, "newsevents eval x.jsonl", today=date(2024, 1, 2), commit="abc1234")
    lines = doc.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| country | rows |"))
    assert lines[header + 2].startswith("| Ruritania | 8 | 1.000 | 1.000 |")
    assert "| 0.750 |" in lines[header + 2]
    assert lines[header + 3].startswith("| Borduria | 4 |")


def test_rows_of_countries_ignores_case_and_accents():
    rows = [{"id": "1", "country": "Côte d'Ivoire"}, {"id": "2", "country": "Ruritania"}, {"id": "3"}]
    assert [r["id"] for r in rows_of_countries(rows, ["cote d'ivoire"])] == ["1"]
    assert [r["id"] for r in rows_of_countries(rows, ["RURITANIA", "Borduria"])] == ["2"]


def test_eval_command_country_filter_names_the_countries_it_has(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "A", "text": "Soldiers clashed with rebels near Lakeview.", "event_type": "Battles",
             "country": "Ruritania"},
            {"id": "B", "text": "Teachers marched in Hilltown.", "event_type": "Protests", "country": "Borduria"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = runner.invoke(app, ["eval", str(path), "--country", "Syldavia"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "no gold rows of Syldavia" in res.output and "Ruritania, Borduria" in res.output
