"""Named hostile inputs, including the ones the fuzzer found: each gives records or a clear IngestError."""

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
import hostile  # noqa: E402

from newsevents.cleanup import clean  # noqa: E402
from newsevents.cli import app  # noqa: E402
from newsevents.document import RawInput  # noqa: E402
from newsevents.ingest import MAX_CHARS, IngestError, decode, read_bytes  # noqa: E402

CLASH = "Fighters attacked an army position near Beni on Tuesday, killing four soldiers, a spokesman said."

NAMED = {
    "impossible dates": "Gunmen killed three people in Kabul on 32 Febtember 2021 and 31 February 2099, police said.",
    "absurd count": "Gunmen killed 9999999999 people in Kabul on Monday, police said.",
    "400-digit count": "Militants killed " + "9" * 400 + " soldiers near Goma on Monday.",
    "right-to-left": "مسلحون قتلوا ‮12‬ Gunmen attacked a village near Mosul on Tuesday, killing 12 civilians.",
    "mixed scripts": "Боевики 武装分子 बंदूकधारियों attacked Donetsk killing 3 👮‍♀️💣 on Monday.",
    "million-char line": CLASH + " " + "x" * 1_000_000,
    "many numbers": " ".join(str(i) for i in range(5000)) + " killed in Gao.",
    "deep parentheses": "Rebels attacked " + "(" * 1000 + "Goma" + ")" * 1000 + " killing 3.",
    "deep html": "<html><body>" + "<div>" * 5000 + CLASH + "</div>" * 5000,
    "truncated html": "<html><body><p>Troops shelled Aleppo killing 6 <div <p <a href=\"",
    "only whitespace": " \u2028\u2029\u00a0\t\x0b\x0c\u200b\ufeff" * 1000,
    "pathological whitespace": (" \u2028\x0c\u00a0" * 5000).join(CLASH.split(" ")),
}


@pytest.mark.parametrize("name", list(NAMED))
def test_named_hostile_input_gives_well_formed_records(pipeline, name):
    hostile.check_extract(pipeline, NAMED[name])


def test_a_real_event_survives_pathological_whitespace(pipeline):
    records = hostile.check_extract(pipeline, NAMED["pathological whitespace"], date(2023, 3, 9))
    assert records and records[0].event_type == "Battles"


def test_long_whitespace_run_in_a_junk_line_is_collapsed():
    # found by fuzzing: "Share" + a long run of form feeds made the junk-line pattern backtrack
    # quadratically (about 7 s at 40k characters, hours at 1 MB); runs are now collapsed first
    article = clean(RawInput(text="Share" + "\x0c" * 100_000 + "x\n" + CLASH))
    assert article.text.startswith("Share x") and article.text.endswith(CLASH)


def test_lone_surrogates_and_controls_are_scrubbed_everywhere(pipeline):
    # a JSON body may carry "\ud800" escapes; spaCy, hashing and JSON output cannot encode them
    text = "Blast\ud800 hits market\x00\n\n" + CLASH.replace("Beni", "Beni\udfff\x1b")
    raw = RawInput(text=text, title="Title \udc80", url="http://x/\ud800", path="a\udcff.txt", published=date(2023, 3, 9))
    article, records = pipeline.process_one(raw)
    hostile.check_records(hostile.check_article(article), records)
    assert "\x00" not in article.text and "\x1b" not in article.text and "\ufffd" in article.text
    assert records, "the event must still be found"
    json.loads(records[0].model_dump_json())
    assert pipeline.extract(text, published=date(2023, 3, 9))


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + "Goma".encode("utf-16-le") + b"\x00",  # odd length: truncated UTF-16
    b"\xff\xfe\x00\xd8A\x00",  # lone high surrogate
    b"\xfe\xff\xdc\x00\x00A",  # lone low surrogate, big-endian
])
def test_broken_utf16_is_an_ingest_error(data):
    with pytest.raises(IngestError, match="UTF-16"):
        decode(data, "x.txt")
    with pytest.raises(IngestError):
        read_bytes(data, "x.txt")


def test_cli_reports_broken_utf16_and_keeps_going(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8A\x00")
    (tmp_path / "good.txt").write_text(CLASH)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--published", "2023-03-09"])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "UTF-16" in result.stderr
    assert "Beni" in result.stdout


def test_script_injection_in_article_text_is_escaped_in_json_and_kept_as_text(pipeline):
    text = CLASH.replace("near Beni", "near <script>alert('x')</script> Beni")
    records = hostile.check_extract(pipeline, text, date(2023, 3, 9))
    assert records
    dumped = json.dumps([r.model_dump(mode="json") for r in records])
    evidence = records[0].evidence_for("event_type")
    assert "<script>" in evidence.sentence  # the data is kept verbatim, not silently altered
    assert json.loads(dumped)[0]["evidence"][0]["sentence"] == records[0].evidence[0].sentence


def test_text_longer_than_spacy_accepts_is_refused_at_ingest_and_cut_in_the_api(pipeline):
    # found by fuzzing: a 1,000,098-character article passed ingest (20 MB limit) and spaCy raised E088
    long_text = CLASH + "\n\n" + "x" * MAX_CHARS
    with pytest.raises(IngestError, match="too long"):
        read_bytes(long_text.encode(), "long.txt")
    article, records = pipeline.process_one(RawInput(text=long_text, published=date(2023, 3, 9)))
    assert article.text == CLASH and any("characters cut" in r for r in article.removed)
    assert records and records[0].location
