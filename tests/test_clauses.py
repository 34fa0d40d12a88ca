"""One sentence, two events: each event's place, toll and day come from the clause of its own trigger
(clauses.py), whether the clauses are coordinated verbs ('killed ... and ambushed'), an 'as' clause, or a
time clause counted from the main clause's event ('came a day after ...', '..., hours after ...').
Sentences and articles written for these tests."""

from datetime import date

import pytest

from newsevents import clauses
from newsevents.document import RawInput

PUBLISHED = date(2023, 5, 12)  # a Friday


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="module")
def run(pipeline):
    def records(text: str, published: date = PUBLISHED):
        return pipeline.process_one(RawInput(text=text, published=published))[1]

    return records


def _token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


# ---- the clause finder ---------------------------------------------------------------------------------

def _two_clauses(nlp, text, first_trigger, second_trigger):
    """The clause of each of two triggers of a sentence, each split from the other's, and the Doc."""
    doc = nlp(text)
    sent = next(doc.sents)
    first, second = _token(doc, first_trigger), _token(doc, second_trigger)
    return doc, clauses.trigger_clause(sent, first, [second]), clauses.trigger_clause(sent, second, [first])


def test_coordinated_verbs_without_a_comma_are_two_clauses(nlp):
    doc, first, second = _two_clauses(nlp, "Gunmen killed 12 civilians in the village of Seytenga on Sunday and "
                                      "ambushed a military convoy near Dori, security sources said.", "killed", "ambushed")
    assert _token(doc, "Seytenga").i in first and _token(doc, "Dori").i not in first
    assert _token(doc, "Dori").i in second and _token(doc, "Seytenga").i not in second


def test_an_as_clause_is_a_clause_of_its_own(nlp):
    doc, shooting, march = _two_clauses(nlp, "Police shot dead three protesters in Khartoum on Monday as thousands "
                                        "marched in Omdurman.", "shot", "marched")
    assert _token(doc, "Omdurman").i not in shooting and _token(doc, "Khartoum").i not in march


def test_a_participle_stays_in_the_clause_of_its_verb(nlp):
    doc, main, _ = _two_clauses(nlp, "Fighters stormed an army base near Jowhar on Tuesday, killing six soldiers, "
                                "hours after a car bomb killed three people in Baidoa.", "stormed", "bomb")
    assert _token(doc, "six").i in main and _token(doc, "Baidoa").i not in main
    assert clauses.clause_head(_token(doc, "bomb")).text == "killed"
    assert clauses.clause_head(_token(doc, "stormed")) is None


def test_a_sentence_of_one_event_is_split_by_punctuation_only(nlp):
    doc = nlp("Gunmen stormed the village of Kadisau on Sunday and killed 12 villagers.")
    assert clauses.trigger_clause(next(doc.sents), _token(doc, "killed")) is None


# ---- the fields of both events ------------------------------------------------------------------------

def _by_place(records):
    return {r.location: r for r in records}


def test_coordinated_acts_at_two_places_each_take_their_own_place_and_toll(run):
    records = _by_place(run("""Militants attack two towns in Burkina Faso

OUAGADOUGOU — Gunmen killed 12 civilians in the village of Seytenga on Sunday and ambushed a military convoy near Dori, killing four soldiers, security sources said.
"""))
    assert set(records) == {"Seytenga", "Dori"}
    assert records["Seytenga"].fatalities == 12 and records["Dori"].fatalities == 4
    assert records["Dori"].sub_event_type == "Armed clash"


def test_a_march_told_in_an_as_clause_leaves_the_shooting_in_its_own_city(run):
    records = _by_place(run("""Deadly day in Sudan

KHARTOUM — Police shot dead three protesters in Omdurman on Monday as thousands also marched in Khartoum North against military rule.
"""))
    assert set(records) == {"Omdurman", "Khartoum North"}
    assert records["Omdurman"].fatalities == 3 and records["Khartoum North"].fatalities == 0


def test_an_event_in_a_time_clause_after_the_main_event_is_dated_from_it(run):
    records = _by_place(run("""Soldiers clash with militants in Borno

MAIDUGURI, Nigeria — Soldiers clashed with Boko Haram fighters near the town of Konduga on Thursday, killing four militants, the army said.

The clash came a day after a homemade bomb exploded near a market in Bama, killing two traders, residents said.
"""))
    assert records["Konduga"].event_date == date(2023, 5, 11) and records["Konduga"].fatalities == 4
    assert records["Bama"].event_date == date(2023, 5, 10)
    assert records["Bama"].fatalities == 2


def test_deaths_told_in_the_after_clause_of_a_retold_attack_are_that_clauses_event(run):
    records = _by_place(run("""Gunmen kill seven in attack on Plateau village

JOS, Nigeria — Gunmen killed seven people in an attack on the village of Mangu in Plateau state on Monday, police said.

The attack came two days after suspected herders killed five farmers in the neighbouring Bokkos area, local officials said.
"""))
    assert records["Mangu"].fatalities == 7 and records["Mangu"].event_date == date(2023, 5, 8)
    assert records["Bokkos"].fatalities == 5
    assert records["Bokkos"].event_date == date(2023, 5, 6)


def test_an_event_hours_before_the_main_one_keeps_its_own_place_and_toll(run):
    records = _by_place(run("""Al-Shabaab fighters storm army base near Jowhar

MOGADISHU, Somalia — Al-Shabaab fighters stormed an army base near Jowhar on Tuesday, killing six soldiers, hours after a car bomb killed three people in Baidoa, officials said.
"""))
    assert records["Jowhar"].fatalities == 6 and records["Baidoa"].fatalities == 3
    assert records["Jowhar"].event_date == records["Baidoa"].event_date == date(2023, 5, 9)


def test_an_hours_after_clause_the_parser_hangs_the_main_clause_under_keeps_its_own_place(run):
    records = {r.sub_event_type: r for r in run("""Violence in the region

GAO — Jihadists attacked an army post in Tessit on Thursday, killing eight soldiers, hours after a drone strike killed six militants near Menaka, officials said.
""")}
    assert records["Armed clash"].location == "Tessit" and records["Armed clash"].fatalities == 8
    assert records["Air/drone strike"].location == "Menaka" and records["Air/drone strike"].fatalities == 6
    assert records["Air/drone strike"].event_date == date(2023, 5, 11)


def test_a_killing_told_only_in_the_after_clause_of_a_later_sentence_keeps_its_toll(run):
    records = run("""Herders kill farmers in Benue

MAKURDI, Nigeria — Suspected herders killed eleven farmers in the village of Yelwata in Benue state on Sunday, police said.

The killings came three days after gunmen shot dead four vigilantes in Agatu, a local official said.
""")
    assert sorted(r.fatalities for r in records) == [4, 11]
    assert sorted(r.event_date for r in records) == [date(2023, 5, 4), date(2023, 5, 7)]


def test_each_clause_of_a_sentence_telling_two_events_keeps_its_own_day(run):
    records = _by_place(run("""Violence in the region

OUAGADOUGOU — Gunmen killed 12 civilians in the village of Seytenga on Sunday and attacked a gendarmerie post in Dori on Monday, killing two gendarmes, security sources said.
"""))
    assert records["Seytenga"].event_date == date(2023, 5, 7) and records["Seytenga"].fatalities == 12
    assert records["Dori"].event_date == date(2023, 5, 8) and records["Dori"].fatalities == 2


def test_a_day_stated_once_dates_both_clauses(run):
    records = _by_place(run("""Violence in the region

OUAGADOUGOU — Gunmen killed 12 civilians in the village of Seytenga and attacked a gendarmerie post in Dori on Sunday, security sources said.
"""))
    assert records["Seytenga"].event_date == records["Dori"].event_date == date(2023, 5, 7)


def test_an_event_whose_clause_names_no_known_place_does_not_take_the_other_clauses_town(run):
    records = run("""Violence in the region

MOGADISHU — Al-Shabaab militants attacked an army post in the village of Qansaxley on Sunday, a day after government troops killed 15 militants in an operation near Jowhar.
""")
    assert sorted(r.location for r in records) == ["Jowhar", "Qansaxley"]
    post = next(r for r in records if r.location == "Qansaxley")
    assert post.event_date == date(2023, 5, 7) and post.fatalities == 0
    operation = next(r for r in records if r.location == "Jowhar")
    assert operation.event_date == date(2023, 5, 6) and operation.fatalities == 15


def test_a_bomb_told_in_a_clause_of_its_own_takes_neither_side_of_the_other_clause(run):
    records = _by_place(run("""Violence in the region

BAMAKO — Soldiers killed ten militants near Kidal on Monday and a roadside bomb killed two soldiers near Gao on Tuesday, the army said.
"""))
    assert records["Kidal"].actor1.startswith("Military Forces of Mali")
    assert records["Gao"].actor1 == "Unidentified Armed Group (Mali)"
    assert records["Gao"].actor2.startswith("Military Forces of Mali") and records["Gao"].fatalities == 2


def test_a_car_bomb_hours_before_an_attack_is_not_the_attackers_deed(run):
    records = _by_place(run("""Al-Shabaab fighters storm army base near Jowhar

MOGADISHU, Somalia — Al-Shabaab fighters stormed an army base near Jowhar on Tuesday, killing six soldiers, hours after a car bomb killed three people in Baidoa, officials said.
"""))
    assert records["Jowhar"].actor1 == "Al Shabaab" and records["Jowhar"].actor2.startswith("Military Forces of Somalia")
    assert records["Baidoa"].actor1 == "Unidentified Armed Group (Somalia)"
    assert records["Baidoa"].actor2 == "Civilians (Somalia)"
