"""`newsevents eval-news`: matching and scoring on hand-made events, the bundled gold set's integrity,
and the command on the gold set (output structure only: the pipeline's figures will change)."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.news_eval import (
    FIELDS,
    NewsEvalResult,
    NewsGoldError,
    anchor_sentences,
    compare_fields,
    find_gold_dir,
    load_news_gold,
    match_events,
    pair_score,
    score_article,
)
from newsevents.schema import TAXONOMY, Evidence, EventRecord

from conftest import ROOT

GOLD_DIR = ROOT / "tests" / "news_gold"
runner = CliRunner()

# Made-up events in an invented country.
CLASH = {
    "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Military Forces of Ruritania (2019-)",
    "actor2": "Ruritanian Liberation Front", "country": "Ruritania", "location": "Lakeview",
    "event_date": "2023-03-04", "fatalities": 3, "evidence_contains": "soldiers clashed with rebels near Lakeview",
}
PROTEST = {
    "event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Ruritania)", "actor2": "",
    "country": "Ruritania", "location": "Hilltown", "event_date": "2023-03-05", "fatalities": 0,
    "evidence_contains": "teachers marched in Hilltown",
}
CLASH_SENTENCE = "On Saturday, soldiers clashed with rebels near Lakeview, killing three."
PROTEST_SENTENCE = "On Sunday, teachers marched in Hilltown over unpaid wages."
BACKGROUND_SENTENCE = "The rebels have attacked Lakeview many times since 2015."


def pred(sentence: str, **fields) -> dict:
    values = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "military forces of ruritania",
              "actor2": "Ruritanian Liberation Front.", "country": "Ruritania", "location": "Lakeview",
              "event_date": "2023-03-04", "fatalities": 3, "sentences": [sentence]}
    values.update(fields)
    return values


# ---- comparing one pair -----------------------------------------------------------------------
def test_compare_fields_normalises_names_and_reads_no_count_as_zero():
    assert all(compare_fields(CLASH, pred(CLASH_SENTENCE)).values())
    v = compare_fields(CLASH, pred(CLASH_SENTENCE, actor1="Police Forces of Ruritania (2019-)", event_date="2023-03-05",
                                   fatalities=None, location="Lake View"))
    assert not v["actor1"] and not v["event_date"] and not v["fatalities"] and not v["location"]
    assert v["actor2"] and v["country"]
    # an empty gold actor2 wants an empty prediction; no count on either side is a count of 0
    p = pred(PROTEST_SENTENCE, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Ruritania)",
             actor2=None, location="Hilltown", event_date="2023-03-05", fatalities=None)
    assert all(compare_fields(PROTEST, p).values())
    assert not compare_fields(PROTEST, {**p, "actor2": "Police Forces of Ruritania"})["actor2"]
    assert set(compare_fields(CLASH, p)) == set(FIELDS)


def test_location_aliases_accept_other_spellings_only():
    gold = {**CLASH, "location": "Arbinda", "location_aliases": ["Aribinda"]}
    assert compare_fields(gold, pred(CLASH_SENTENCE, location="Aribinda"))["location"]
    assert compare_fields(gold, pred(CLASH_SENTENCE, location="arbinda"))["location"]
    assert not compare_fields(gold, pred(CLASH_SENTENCE, location="Djibo"))["location"]


def test_pair_needs_the_evidence_sentence_or_type_date_and_place():
    # the evidence sentence alone is enough, even with the wrong type (whitespace and case do not matter)
    assert pair_score(CLASH, pred("  ON SATURDAY, soldiers  clashed with\nrebels near Lakeview.", event_type="Riots")) \
        is not None
    # without it, type, date and place must all agree
    assert pair_score(CLASH, pred(BACKGROUND_SENTENCE)) is not None
    assert pair_score(CLASH, pred(BACKGROUND_SENTENCE, event_date="2015-06-01")) is None
    assert pair_score(CLASH, pred(BACKGROUND_SENTENCE, location="Hilltown")) is None
    assert pair_score(CLASH, pred(BACKGROUND_SENTENCE, event_type="Riots")) is None
    # the evidence sentence weighs more than agreeing fields
    assert pair_score(CLASH, pred(CLASH_SENTENCE, actor1="x")) > pair_score(CLASH, pred(BACKGROUND_SENTENCE))


def test_anchor_sentences_come_from_the_event_type_evidence_of_a_record():
    def ev(field, sentence):
        return Evidence(field=field, sentence=sentence, start=0, end=len(sentence))

    record = EventRecord(event_type="Battles", evidence=[ev("event_type", CLASH_SENTENCE), ev("location", PROTEST_SENTENCE),
                                                         ev("sub_event_type", CLASH_SENTENCE)])
    assert anchor_sentences(record) == [CLASH_SENTENCE]
    # an event with no type evidence falls back on every evidence sentence
    assert anchor_sentences(EventRecord(evidence=[ev("location", PROTEST_SENTENCE)])) == [PROTEST_SENTENCE]
    assert anchor_sentences(EventRecord()) == []
    # a record whose location came from the gold sentence but whose event is another does not match it
    other = EventRecord(event_type="Battles", event_date=date(2015, 6, 1), location="Lakeview",
                        evidence=[ev("event_type", BACKGROUND_SENTENCE), ev("location", CLASH_SENTENCE)])
    assert pair_score(CLASH, other) is None


# ---- matching ---------------------------------------------------------------------------------
def test_matching_is_one_to_one_and_a_duplicate_is_left_over():
    preds = [pred(CLASH_SENTENCE, fatalities=0), pred(CLASH_SENTENCE)]
    assert match_events([CLASH], preds) == [(0, 1)]  # the better of the two
    assert match_events([CLASH], []) == [] and match_events([], preds) == []


def test_matching_maximises_the_number_of_pairs_before_the_score():
    # prediction 0 fits the clash best but also the protest; prediction 1 fits only the clash:
    # a greedy choice would leave the protest unmatched
    both = pred(CLASH_SENTENCE + " " + PROTEST_SENTENCE, sentences=[CLASH_SENTENCE, PROTEST_SENTENCE])
    clash_only = pred(BACKGROUND_SENTENCE, fatalities=0)
    assert match_events([CLASH, PROTEST], [both, clash_only]) == [(0, 1), (1, 0)]


def test_matching_many_gold_events_falls_back_to_greedy():
    gold = [{**CLASH, "evidence_contains": f"clash number {i} of"} for i in range(14)]
    preds = [pred(f"It was clash number {i} of the day.", event_date="2020-01-01") for i in reversed(range(14))]
    assert match_events(gold, preds) == [(i, 13 - i) for i in range(14)]


def test_article_and_set_figures():
    gold = {"file": "a.txt", "events": [CLASH, PROTEST], "not_events": ["attacked Lakeview many times"]}
    preds = [
        pred(CLASH_SENTENCE),                                   # matches the clash, all fields right
        pred(CLASH_SENTENCE, fatalities=1),                     # a duplicate of the clash
        pred(BACKGROUND_SENTENCE, event_date="2015-01-01"),     # a background event the gold lists
        pred("Prices rose.", event_type="Riots", location="Nowhere"),  # something else
    ]
    a = score_article(gold, preds)
    assert a.pairs == [(0, 0)] and a.unmatched_gold == [1] and a.unmatched_predicted == [1, 2, 3]
    assert [a.why_extra(i) for i in a.unmatched_predicted] == ["duplicate", "background", "other"]
    assert a.misses == 4
    empty = score_article({"file": "b.txt", "events": []}, [])
    result = NewsEvalResult(articles=[a, empty])
    assert (result.true_positives, result.false_positives, result.false_negatives) == (1, 3, 1)
    assert result.precision == pytest.approx(0.25) and result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)
    assert result.extra_per_article == pytest.approx(1.5)
    assert result.extra_kinds() == {"duplicate": 1, "background": 1, "other": 1}
    assert result.field_counts()["fatalities"] == (1, 1)
    assert [w.file for w in result.worst(5)] == ["a.txt"]  # an article without misses is not listed
    d = result.to_dict()
    assert d["gold_events"] == 2 and d["predicted_events"] == 4 and d["matched"] == 1
    assert d["per_article"][0]["unmatched_predicted"][0]["why"] == "duplicate"


def test_no_predictions_and_no_gold_give_no_precision_or_recall():
    result = NewsEvalResult(articles=[score_article({"file": "b.txt", "events": []}, [])])
    assert result.precision is None and result.recall is None and result.f1 is None
    missed = NewsEvalResult(articles=[score_article({"file": "a.txt", "events": [CLASH]}, [])])
    assert missed.precision is None and missed.recall == 0.0


# ---- the gold directory -----------------------------------------------------------------------
def _write_gold(tmp_path, rows, articles=("a.txt",)):
    (tmp_path / "articles").mkdir(exist_ok=True)
    for name in articles:
        (tmp_path / "articles" / name).write_text(f"{CLASH_SENTENCE}\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_load_news_gold_refuses_unusable_gold(tmp_path):
    with pytest.raises(NewsGoldError, match="no gold.jsonl"):
        load_news_gold(tmp_path)
    good = json.dumps({"file": "a.txt", "published": "2023-03-06", "events": [CLASH]})
    assert load_news_gold(_write_gold(tmp_path, [good]))[0].published == date(2023, 3, 6)
    bad_rows = {
        "not valid JSON": "{",
        "lacks evidence_contains": json.dumps({"file": "a.txt", "events": [{k: v for k, v in CLASH.items()
                                                                             if k != "evidence_contains"}]}),
        "'events' must be a list": json.dumps({"file": "a.txt"}),
        "not found": json.dumps({"file": "missing.txt", "events": []}),
        "not a YYYY-MM-DD date": json.dumps({"file": "a.txt", "published": "March", "events": []}),
    }
    for message, row in bad_rows.items():
        with pytest.raises(NewsGoldError, match=re.escape(message)):
            load_news_gold(_write_gold(tmp_path, [good, row]))
    with pytest.raises(NewsGoldError, match="no articles"):
        load_news_gold(_write_gold(tmp_path, [""]))


def test_find_gold_dir_from_anywhere(tmp_path):
    assert find_gold_dir(ROOT / "src") == GOLD_DIR
    assert find_gold_dir(tmp_path) == GOLD_DIR  # next to the source tree
    local = tmp_path / "tests" / "news_gold"
    local.mkdir(parents=True)
    _write_gold(local, [json.dumps({"file": "a.txt", "events": []})])
    assert find_gold_dir(tmp_path / "tests") == local  # a gold set under the working directory wins


def test_bundled_gold_is_consistent():
    gold = load_news_gold(GOLD_DIR)
    assert len(gold) == 24
    assert len({g.file for g in gold}) == 24
    assert {p.name for p in (GOLD_DIR / "articles").glob("*.txt")} == {g.file for g in gold}
    types, countries = set(), set()
    for g in gold:
        text = " ".join(g.path.read_text(encoding="utf-8").split())
        assert 150 <= len(text.split()) <= 600, g.file
        assert g.published is not None, g.file
        for e in g.events:
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], (g.file, e)
            assert e["evidence_contains"] in text, (g.file, e["evidence_contains"])
            assert date.fromisoformat(e["event_date"]) <= g.published, (g.file, e)
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            assert e["actor1"] and e["country"] and e["location"]
            types.add(e["event_type"])
            countries.add(e["country"])
        for phrase in g.not_events:
            assert phrase in text, (g.file, phrase)
    assert types == set(TAXONOMY)
    assert len(countries) >= 12
    assert any(not g.events for g in gold) and sum(len(g.events) >= 2 for g in gold) >= 5
    assert sum(bool(g.not_events) for g in gold) >= 20


# ---- the command ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gold_json():
    out = runner.invoke(app, ["eval-news", str(GOLD_DIR), "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def test_command_json_structure(gold_json):
    d = gold_json
    assert d["articles"] == 24 and d["gold_events"] == 30 and d["errors"] == 0
    assert d["matched"] + d["false_negatives"] == d["gold_events"]
    assert d["matched"] + d["false_positives"] == d["predicted_events"]
    assert d["extra_events_per_article"] == pytest.approx(d["false_positives"] / 24, abs=1e-4)
    assert sum(d["extra_event_kinds"].values()) == d["false_positives"]
    for key in ("precision", "recall", "f1"):
        assert d[key] is None or 0 <= d[key] <= 1
    assert set(d["fields"]) == set(FIELDS)
    assert all(f["total"] == d["matched"] for f in d["fields"].values())
    assert len(d["per_article"]) == 24
    for a in d["per_article"]:
        assert a["matched"] == len(a["pairs"])
        assert a["gold"] == a["matched"] + len(a["unmatched_gold"])
        assert a["predicted"] == a["matched"] + len(a["unmatched_predicted"])
        for p in a["unmatched_predicted"]:
            assert p["why"] in ("duplicate", "background", "other") and "sentences" in p


def test_command_report_on_a_given_directory_with_misses(tmp_path):
    for name in ("kenya_kisumu_protest_violence.txt", "colombia_peace_talks_nonevent.txt"):
        (tmp_path / "articles").mkdir(exist_ok=True)
        shutil.copy(GOLD_DIR / "articles" / name, tmp_path / "articles" / name)
    rows = [line for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(line)["file"] in ("kenya_kisumu_protest_violence.txt", "colombia_peace_talks_nonevent.txt")]
    (tmp_path / "gold.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = runner.invoke(app, ["eval-news", str(tmp_path), "--show-misses"])
    assert out.exit_code == 0, out.output
    text = out.stdout
    assert "2 articles · 1 gold events" in text
    assert re.search(r"events: precision (\d\.\d{3}|—) · recall (\d\.\d{3}|—) · F1 (\d\.\d{3}|—) · "
                     r"extra events/article \d+\.\d\d", text)
    tail = text.strip().splitlines()[-len(FIELDS):]
    assert [line.split()[0] for line in tail] == list(FIELDS)  # the figures come last
    result = json.loads(runner.invoke(app, ["eval-news", str(tmp_path), "--json"]).stdout)
    extra = [p for a in result["per_article"] for p in a["unmatched_predicted"]]
    missed = [g for a in result["per_article"] for g in a["unmatched_gold"]]
    # every unmatched event is listed with its sentence
    for p in extra:
        assert "extra (" in text and (p["sentences"] or ["(no evidence sentence)"])[0][:40] in " ".join(text.split())
    for g in missed:
        assert f"evidence: {g['evidence_contains']}" in text


def test_command_errors(tmp_path):
    out = runner.invoke(app, ["eval-news", str(tmp_path / "nowhere")])
    assert out.exit_code == 2 and "no gold.jsonl" in out.output
