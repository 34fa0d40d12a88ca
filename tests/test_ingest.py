"""Ingest and the extract command on bad input: clear messages, batches that keep going."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.ingest import IngestError, MAX_BYTES, decode, expand, read_path

runner = CliRunner()

CLASH = ("Fighters of the Allied Democratic Forces attacked an army position near Beni on Tuesday, "
         "killing four soldiers, a military spokesman said.\n")


def test_decode_handles_utf8_bom_utf16_and_legacy_text():
    assert decode("Kabul’s airport".encode("utf-8-sig"), "x") == "Kabul’s airport"
    assert decode("Goma clashes".encode("utf-16"), "x") == "Goma clashes"
    assert decode("Bogotá protest".encode("cp1252"), "x") == "Bogotá protest"


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(128, 256)) * 40, "not text"),
])
def test_decode_rejects_bad_input_with_a_reason(data, problem):
    with pytest.raises(IngestError, match=problem):
        decode(data, "sample.txt")


def test_oversize_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError, match="too large"):
        read_path(big)


def test_missing_file_and_directory_expansion(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [Path(p).name for p in expand([str(tmp_path)])] == ["a.txt", "b.html"]


def test_batch_keeps_going_past_bad_files_and_reports_them(tmp_path):
    (tmp_path / "1_empty.txt").write_text("")
    (tmp_path / "2_binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    (tmp_path / "3_good.txt").write_text(CLASH)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--published", "2023-03-09"])
    assert result.exit_code == 1
    assert "1_empty.txt: empty input" in result.output
    assert "2_binary.txt: binary file" in result.output
    assert "1 article(s)" in result.output and "2 failed" in result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert events and all(e["source"]["path"].endswith("3_good.txt") for e in events)


def test_article_without_events_is_an_empty_result_not_an_error(tmp_path):
    calm = tmp_path / "budget.txt"
    calm.write_text("The finance ministry presented its budget to parliament on Monday. Economists said the "
                    "spending plans for schools and roads were broadly in line with expectations.\n")
    result = runner.invoke(app, ["extract", str(calm), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_non_english_article_gets_a_note_and_no_events(tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text("Des hommes armés ont attaqué le village de Solle dans la province du Loroum mardi, tuant "
                      "trois civils et blessant plusieurs autres, selon des sources locales qui ont parlé à notre "
                      "correspondant après les faits. Les forces de sécurité ont été déployées dans la zone.\n")
    result = runner.invoke(app, ["extract", str(french), "--format", "json"])
    assert result.exit_code == 0
    assert "not English" in result.output
    assert json.loads(result.stdout) == []


def test_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(CLASH)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "32 Febtember"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_stdin_and_csv_through_the_installed_command(tmp_path):
    exe = Path(sys.executable).with_name("newsevents")
    proc = subprocess.run([str(exe), "extract", "-", "--format", "csv", "--published", "2023-03-09"],
                          input=CLASH, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    header, *rows = proc.stdout.strip().splitlines()
    assert header.startswith("event_id,event_date")
    assert rows, "the clash should give at least one event row"
    assert "Traceback" not in proc.stderr
