"""Event detection and classification on news-style sentences written for these tests."""

from datetime import date

import pytest

from newsevents.cleanup import clean
from newsevents.document import RawInput

from conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def detect(pipeline):
    """Run cleanup, spaCy and the detector on a text; return the drafts."""

    def run(text: str, published: date = date(2023, 5, 10)):
        article = clean(RawInput(text=text, published=published))
        article.doc = pipeline.nlp(article.text)
        return pipeline.detector(article, [])

    return run


def types(drafts):
    return [(d.record.event_type, d.record.sub_event_type) for d in drafts]


# (sentence, expected event_type, expected sub_event_type)
EVENTS = [
    ("A suicide bomber blew himself up at a crowded market in Peshawar on Friday, killing 14 shoppers.",
     "Explosions/Remote violence", "Suicide bomb"),
    ("A roadside bomb struck a police vehicle outside Kandahar, wounding three officers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("An improvised explosive device went off near a checkpoint in Mogadishu on Tuesday.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Israeli warplanes carried out air strikes on targets in the northern Gaza Strip overnight.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("A Turkish drone strike killed two commanders near Qamishli, a Kurdish-led group said.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Russian forces shelled residential districts of Kharkiv throughout Sunday night.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Militants fired mortar rounds at the army base in Gao late on Wednesday.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Unknown assailants hurled a grenade into a bar in Bujumbura, injuring nine customers.",
     "Explosions/Remote violence", "Grenade"),
    ("Soldiers and Al-Shabaab fighters clashed for several hours near the town of Jowhar.",
     "Battles", "Armed clash"),
    ("A gun battle broke out between rival militias in the Libyan capital Tripoli on Saturday.",
     "Battles", "Armed clash"),
    ("Jihadists ambushed an army convoy in northern Burkina Faso, killing 11 soldiers.",
     "Battles", "Armed clash"),
    ("Gunmen killed 23 villagers in an overnight raid on a farming community in Zamfara state.",
     "Violence against civilians", "Attack"),
    ("Police officers shot dead an unarmed street vendor in Nairobi's Eastleigh district.",
     "Violence against civilians", "Attack"),
    ("Armed men executed four prisoners they had captured in the village of Djibo.",
     "Violence against civilians", "Attack"),
    ("Bandits abducted 40 students from a boarding school in Kaduna state early on Monday.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("Gunmen kidnapped a Catholic priest on the road between Enugu and Onitsha.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("Soldiers raped two women during a search operation in a village in South Kivu.",
     "Violence against civilians", "Sexual violence"),
    ("Hundreds of teachers marched peacefully through Accra to demand unpaid salaries.",
     "Protests", "Peaceful protest"),
    ("Farmers staged a sit-in outside the parliament in New Delhi against the new law.",
     "Protests", "Peaceful protest"),
    ("Police fired tear gas to disperse students protesting against fee increases in Kampala.",
     "Protests", "Protest with intervention"),
    ("Rioters torched cars and looted shops in Durban after the former president was jailed.",
     "Riots", "Violent demonstration"),
    ("Protesters threw stones at police and set tyres ablaze on the main road in Conakry.",
     "Riots", "Violent demonstration"),
    ("An angry mob lynched a man accused of stealing a motorcycle in Kisumu.",
     "Riots", "Mob violence"),
    ("Security forces arrested 12 opposition activists at their party headquarters in Harare.",
     "Strategic developments", "Arrests"),
    ("Fighters looted and burned down dozens of homes in a village in Ituri province.",
     "Strategic developments", "Looting/property destruction"),
    ("Army engineers defused a bomb planted under a bridge near Maiduguri.",
     "Strategic developments", "Disrupted weapons use"),
    # (ACLED's codebook: a place taken with no violent interaction, here the troops having fled, is a Non-violent
    # transfer of territory; 'took control' after fighting is overtaken territory, as the next example)
    ("Rebels took control of the town of Bunagana after government troops fled across the border.",
     "Strategic developments", "Non-violent transfer of territory"),
    ("Rebels took control of the town of Bunagana after two days of heavy fighting with government troops.",
     "Battles", "Non-state actor overtakes territory"),
    ("The army recaptured the town of Kidal from separatist rebels on Tuesday.",
     "Battles", "Government regains territory"),
    ("The two warring parties signed a peace agreement in Addis Ababa on Wednesday.",
     "Strategic developments", "Agreement"),
]


@pytest.mark.parametrize("text,event_type,sub_event_type", EVENTS, ids=[e[2] + ":" + e[0][:30] for e in EVENTS])
def test_event_sentence_is_typed(detect, text, event_type, sub_event_type):
    drafts = detect(text)
    assert drafts, f"no event found in: {text}"
    assert types(drafts)[0] == (event_type, sub_event_type)
    rec = drafts[0].record
    ev = rec.evidence_for("sub_event_type")
    assert ev is not None and ev.match and ev.match in text and ev.rule


NON_EVENTS = [
    "Taliban fighters patrol the city of Kandahar.",
    "The minister told reporters that the extremists are deviant and have no support among the people.",
    "The government has pledged to stop the insurgents from gaining any ground in the north.",
    "The commander said his men would bring the fight to the militants if they returned.",
    "Rebels have threatened to attack the capital unless their demands are met.",
    "The president will visit the troops in Goma next week.",
    "Analysts say the conflict has deep roots in disputes over land and grazing rights.",
    "No one was killed in the village, residents said.",
    "Police did not arrest anyone, the spokesman said.",
    "The opposition plans to hold a rally in the capital next month.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_event_sentence_gives_nothing(detect, text):
    assert detect(text) == []


def test_reference_article_events(detect):
    drafts = detect(SEED_ARTICLE.read_text(encoding="utf-8"), date(2021, 9, 26))
    by_text = {}
    for d in drafts:
        for s in d.sentences:
            by_text.setdefault(s.text.strip(), []).append(d)

    def drafts_with(fragment):
        return [d for key, ds in by_text.items() if fragment in key for d in ds]

    execution = [d for d in drafts_with("executing them") if d.record.sub_event_type == "Attack"]
    assert len(execution) == 1
    ex = execution[0]
    texts = " ".join(s.text for s in ex.sentences)
    assert "Taliban confirms execution" in texts and "the group executed Abu Omar Khorasani" in texts

    jalalabad = [d for d in drafts_with("three attacks in the city")]
    assert len(jalalabad) == 1 and types(jalalabad) == [("Battles", "Armed clash")]
    assert any("intensifies its attacks" in s.text for s in jalalabad[0].sentences)

    airport = drafts_with("suicide bombing outside of Kabul airport")
    assert sorted(types(airport)) == [("Explosions/Remote violence", "Suicide bomb"),
                                      ("Violence against civilians", "Attack")]

    everything = " ".join(s.text for d in drafts for s in d.sentences)
    for quiet in ("patrol the city of Kandahar", "told PressTV", "pledged to stop ISIS", "bring the fight"):
        assert quiet not in everything
    standfirst_drafts = [d for d in drafts if d.anchor.text.startswith("The revelation comes")]
    assert standfirst_drafts == []


def test_two_events_in_one_article_stay_apart(detect):
    text = ("Gunmen attack village in Plateau state\n\n"
            "Gunmen killed at least 12 villagers in an attack on Maiyanga village in Plateau state on Sunday night, "
            "police said.\n\n"
            "The attackers burned houses before fleeing into the bush, residents said.\n\n"
            "In a separate incident in Kaduna state on Monday, troops clashed with bandits near Birnin Gwari, "
            "killing five of the gunmen.\n\n"
            "Protests have been planned in Jos for next week.")
    drafts = detect(text)
    kinds = types(drafts)
    assert ("Violence against civilians", "Attack") in kinds
    assert ("Battles", "Armed clash") in kinds
    assert len(drafts) == 2
    attack = drafts[kinds.index(("Violence against civilians", "Attack"))]
    assert "Maiyanga" in attack.anchor.text
    assert any(s.text.startswith("Gunmen attack village") for s in attack.sentences)


def test_one_paragraph_note_is_one_event(detect):
    note = ("On 4 March 2023, unidentified gunmen attacked a bus on the road near Dori (Seno, Sahel), killing "
            "six passengers. The attackers also set the vehicle on fire and abducted the driver.")
    drafts = detect(note, date(2023, 3, 7))
    assert len(drafts) == 1
    assert types(drafts) == [("Violence against civilians", "Attack")]
    assert len(drafts[0].sentences) == 2


def test_protest_size_marker_note(detect):
    note = ("On 12 April 2023, residents gathered in front of the district office in Chitungwiza to demand "
            "clean water supplies. [size=around 200]")
    assert types(detect(note, date(2023, 4, 15))) == [("Protests", "Peaceful protest")]


def test_model_scores_are_probabilities():
    from newsevents.type_model import type_model

    probs = type_model().predict_proba("protesters gathered peacefully outside the parliament")
    assert abs(sum(probs.values()) - 1.0) < 1e-4
    assert max(probs, key=probs.get) == "Peaceful protest"


def test_undated_past_tense_report_without_trigger_is_typed_by_model(detect):
    drafts = detect("Hundreds of market traders gathered outside the town hall in Kisumu to complain about new "
                    "stall fees.")
    assert types(drafts) == [("Protests", "Peaceful protest")]
    assert drafts[0].record.evidence_for("sub_event_type").rule.startswith("model (past-tense report")


@pytest.mark.parametrize("text", [
    "Residents said the market in Kisumu was quiet on Sunday.",
    "The traders did not gather outside the town hall in Kisumu.",
    "Market traders will gather outside the town hall in Kisumu.",
])
def test_statements_denials_and_plans_get_no_model_fallback(detect, text):
    assert detect(text) == []


def test_verbless_headline_report_without_trigger_is_typed_when_the_model_is_sure(detect):
    # the parser reads the misspelt verb as a noun: a headline-style log entry with no trigger word
    drafts = detect("Hundreds of teachers marchi in Kisumu over unpaid salaries.")
    assert types(drafts) == [("Protests", "Peaceful protest")]
    assert drafts[0].record.evidence_for("sub_event_type").rule.startswith("model (headline-style report")


@pytest.mark.parametrize("text", [
    "Teachers strike over pay in Nairobi.",  # a present-tense sentence describes a state of affairs in prose
    "Militia patrols in the north of Kandahar.",
    "The planned march by teachers in Kisumu over unpaid salaries.",  # its only event word is a plan
])
def test_present_tense_or_planned_headlines_get_no_model_fallback(detect, text):
    assert detect(text) == []


def test_labelled_report_reads_the_verb_after_the_label(detect):
    drafts = detect("Security measures: On 2 May 2023, police removed the roadblocks on the main road into "
                    "Kisumu.", date(2023, 5, 4))
    assert [t[0] for t in types(drafts)] == ["Strategic developments"]
    assert detect("Security measures: Police will remove the roadblocks on the main road into Kisumu.") == []


def test_subject_of_a_hedge_verb_still_happened(detect):
    assert [t[0] for t in types(detect("Protesters demanded the release of a detained journalist outside the "
                                       "court in Abuja on Monday."))] == ["Protests"]
    assert [t[0] for t in types(detect("A protest march by nurses was stopped by the police in Lagos on "
                                       "Monday."))] == ["Protests"]
    assert detect("The nurses plan to protest in Lagos on Monday.") == []


def test_type_is_chosen_before_sub_type():
    from newsevents.type_model import best_by_type

    probs = {"Peaceful protest": 0.4, "Violent demonstration": 0.3, "Mob violence": 0.3}
    assert best_by_type(probs) == "Violent demonstration"
    assert best_by_type({"Peaceful protest": 0.6, "Mob violence": 0.4}) == "Peaceful protest"


def test_character_ngrams_pad_words_and_count_short_words_once():
    from newsevents.type_model import char_ngrams

    assert char_ngrams("ab", 2, 5) == [" a", "ab", "b ", " ab", "ab ", " ab "]
    assert char_ngrams("x  y", 2, 3) == [" x", "x ", " x ", " y", "y ", " y "]


# ---- whole news articles: one event per incident, background and follow-ups are not events ----------

BOMBING_ARTICLE = """Roadside bomb kills five soldiers near Gao

By Staff Writer - November 20 2024

GAO, Mali (NE) — A roadside bomb struck an army truck on the road between Gao and Ansongo on Tuesday, killing five soldiers and wounding four, military sources said.

An officer said the device had been buried in the sand and was set off as the truck slowed at a bend. No group has claimed responsibility for the attack.

Local militants have planted similar devices on this road in the past. In June, three traders were killed when their bus hit a mine near Menaka, and supply trucks are frequently ambushed in the region.

The bombing was condemned by the regional governor, who said security on the road would be reinforced.
"""


def test_news_article_follow_ups_merge_and_background_is_left_out(detect):
    drafts = detect(BOMBING_ARTICLE, date(2024, 11, 20))
    assert types(drafts) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    told = " ".join(s.text for s in drafts[0].sentences)
    assert "struck an army truck" in drafts[0].anchor.text
    assert "The bombing was condemned" in told
    for background in ("In June, three traders", "in the past", "frequently ambushed"):
        assert background not in told


def test_news_article_separate_day_and_place_is_a_second_event(detect):
    text = BOMBING_ARTICLE.replace(
        "The bombing was condemned",
        "On Wednesday, soldiers clashed with militants near the village of Tessit, killing six of them, the army "
        "said.\n\nThe bombing was condemned")
    drafts = detect(text, date(2024, 11, 21))
    assert sorted(types(drafts)) == [("Battles", "Armed clash"),
                                     ("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    clash = drafts[types(drafts).index(("Battles", "Armed clash"))]
    assert "Tessit" in clash.anchor.text


def test_claim_in_the_same_sentence_does_not_make_a_second_event(detect):
    text = ("Militants shell army camp in Menaka\n\nBy Staff Writer - May 3 2024\n\n"
            "Mortar rounds hit the army camp in Menaka on Thursday, the army said, as a jihadist group claimed the "
            "attack and said it had killed nine soldiers.\n\nThe army gave no casualty figures.\n")
    drafts = detect(text, date(2024, 5, 3))
    assert len(drafts) == 1
    assert drafts[0].record.event_type == "Explosions/Remote violence"


def test_talks_and_expected_ceasefires_are_not_agreements(detect):
    text = ("Government and rebels resume talks in Nairobi\n\nBy Staff Writer - March 4 2024\n\n"
            "Delegations of the government and the rebel alliance resumed peace talks in Nairobi on Monday, "
            "hoping to extend a ceasefire that ends next month.\n\n"
            "Mediators said a longer truce was possible if both sides released prisoners.\n\n"
            "Elections are due next year.\n")
    assert detect(text, date(2024, 3, 4)) == []
    agreed = ("Rebels and army agree ceasefire\n\nBy Staff Writer - March 9 2024\n\n"
              "The army and the rebel alliance signed a ceasefire agreement in Nairobi on Friday, mediators "
              "said.\n")
    assert types(detect(agreed, date(2024, 3, 9))) == [("Strategic developments", "Agreement")]


def test_sentence_facts_mark_older_dates_and_statement_dates(pipeline):
    from newsevents.detect import EventDetector

    detector: EventDetector = pipeline.detector
    doc = pipeline.nlp("In June, gunmen killed four farmers near Kaya. 2019 saw a raid on the same village. "
                       "Gunmen killed two herders near Kaya on Monday. "
                       "Two men have been arrested, the police said on Monday.")
    facts = detector.facts.read(list(doc.sents), date(2024, 11, 20))
    assert [f.old_date for f in facts] == [True, True, False, False]
    assert facts[2].days == {"monday"}
    assert facts[3].days == set()  # the day the police spoke, not the day of an incident


@pytest.mark.parametrize("text,expected", [
    # another event named only to place this one in time
    ("A district judge was shot dead by gunmen outside his home in Kismayo on Tuesday, two days after a car bomb "
     "at the port.", [("Violence against civilians", "Attack")]),
    # a number or a relative pronoun as the subject of a killing is the same incident
    ("Eight people were killed and 17 injured when a roadside bomb exploded beside a bus near Quetta on Monday.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED")]),
    ("Insurgents claimed a suicide truck bomb attack on an army base near Kunduz which killed nine soldiers.",
     [("Explosions/Remote violence", "Suicide bomb")]),
])
def test_one_incident_per_sentence_when_the_rest_only_qualifies_it(detect, text, expected):
    assert types(detect(text)) == expected


def test_plural_strikes_told_in_the_past_are_an_event_but_capabilities_are_not(detect):
    text = ("Air strikes pound rebel-held town\n\nBy Staff Writer - May 3 2024\n\n"
            "Government air strikes hit rebel positions around the town of Bambari, the army said.\n\n"
            "The rebels have carried out attacks on convoys in the area for years, and remain capable of launching "
            "raids on the town.\n")
    drafts = detect(text, date(2024, 5, 3))
    assert types(drafts) == [("Explosions/Remote violence", "Air/drone strike")]
    assert all("capable" not in s.text for s in drafts[0].sentences)
