"""A wire story's dateline ('MOGADISHU, March 3 (Reuters) -') is cut from the cleaned text, but the town
it names stays on the article: an event placed by no name in the article is placed there rather than at
its country alone; a town the event's own sentence, or any other sentence, names wins (a story is often
filed from the capital about an event elsewhere). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from newsevents.cleanup import clean
from newsevents.document import RawInput

PUBLISHED = date(2023, 3, 5)


def events(pipeline, text: str):
    article, records = pipeline.process_one(RawInput(text=text, published=PUBLISHED))
    return article, records


def test_cleanup_keeps_the_dateline_place_as_written():
    article = clean(RawInput(text="Police disperse students\n\nKANO, Nigeria (AP) — Police fired tear gas at "
                                  "hundreds of students protesting against fee increases on Monday, witnesses said."))
    assert article.dateline_place == "KANO, Nigeria"
    assert "KANO" not in article.text
    plain = clean(RawInput(text="Police disperse students\n\nPolice fired tear gas at hundreds of students "
                                "protesting against fee increases in Kano on Monday, witnesses said."))
    assert plain.dateline_place is None


def test_a_body_naming_no_town_takes_the_dateline_town(pipeline):
    article, records = events(pipeline, "Gunmen attack checkpoint\n\nMOGADISHU, March 3 (Reuters) - Gunmen killed two "
                                        "soldiers at a checkpoint on Tuesday, police said. The attackers fled on foot.")
    assert records
    r = records[0]
    assert (r.country, r.location, r.geo_precision) == ("Somalia", "Mogadishu", 2)
    evidence = r.evidence_for("location")
    # the dateline is no longer in the text: the evidence is the event's sentence, the rule quotes the dateline
    assert "'MOGADISHU'" in evidence.rule and "dateline" in evidence.rule
    assert article.text[evidence.start:evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("Gunmen killed two soldiers")


def test_the_country_after_the_dateline_town_chooses_among_its_namesakes(pipeline):
    _, records = events(pipeline, "Police disperse students\n\nKANO, Nigeria (AP) — Police fired tear gas at hundreds "
                                  "of students protesting against fee increases on Monday, witnesses said.")
    assert [(r.country, r.admin1, r.location) for r in records] == [("Nigeria", "Kano", "Kano")]


def test_a_town_the_event_sentence_names_wins_over_the_dateline(pipeline):
    _, records = events(pipeline, "Gunmen attack checkpoint\n\nMOGADISHU, March 3 (Reuters) - Gunmen killed two "
                                  "soldiers at a checkpoint in Baidoa on Tuesday, police said.")
    assert [(r.country, r.location, r.geo_precision) for r in records] == [("Somalia", "Baidoa", 1)]
    assert "dateline" not in records[0].evidence_for("location").rule


def test_a_dateline_town_outside_the_article_country_is_not_the_place(pipeline):
    # filed from Nairobi about fighting in Somalia: Nairobi is where the reporter sat, not the battle
    _, records = events(pipeline, "Fighting in Somalia\n\nNAIROBI (Reuters) - Somali troops clashed with al Shabaab "
                                  "fighters on Sunday, killing five, a Somali army officer said.")
    assert records and all(r.country == "Somalia" and r.location != "Nairobi" for r in records)


def test_a_town_named_elsewhere_in_the_article_wins_over_the_dateline(pipeline):
    # a wire story is often filed from the capital about an event elsewhere, which a later paragraph names
    _, records = events(pipeline, "Traders march against taxes\n\nNAIROBI (Reuters) - Hundreds of traders marched on "
                                  "Tuesday to protest against new market taxes, witnesses said.\n\nThe traders walked "
                                  "through the centre of Eldoret to the county offices.")
    assert records and records[0].location == "Eldoret"
