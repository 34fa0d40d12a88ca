"""Type consistency, session 21 (a), on my own example sentences: clashes that broke out at a protest make it a
Violent demonstration; people killed or wounded in a clash between named sides are an Armed clash; a crowd named
after a group noun ('a group of youths') that beats someone is Mob violence; violence by unidentified people or the
state's forces with no crowd told is an armed actor's Attack, not a riot.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 4 May 2023, about 300 students demonstrated in Kisumu against fee increases. Clashes broke out when they "
     "reached the county offices. [size=about 300]", "demonstrated", "Kenya"),
    # news style
    ("Several hundred traders protested in Bamako on Tuesday over new market levies, and clashes erupted near the "
     "town hall, residents said.", "protested", "Mali"),
])
def test_clashes_breaking_out_at_a_protest_make_it_violent(stages, text, trigger, country):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Violent demonstration")
    assert rec.evidence_for("event_type").rule == "type consistency: protesters turn violent"


@pytest.mark.parametrize("text,trigger,country", [
    ("Several hundred traders protested in Bamako on Tuesday over new market levies; there were no clashes.",
     "protested", "Mali"),
])
def test_a_protest_without_clashes_stays_peaceful(stages, text, trigger, country):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 19 June 2022, in Caucasia (Antioquia), a motorcycle taxi driver was killed during a confrontation between "
     "ELN fighters and dissidents of the FARC. 1 fatality.", "killed", "Colombia"),
    # news style
    ("Three villagers were wounded in fighting between Dozo hunters and jihadists near Djenne on Friday.", "wounded",
     "Mali"),
])
def test_people_hit_in_a_fight_between_sides_are_an_armed_clash(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
    assert rec.evidence_for("event_type").rule == "type consistency: attack met by armed response"


@pytest.mark.parametrize("text,trigger,country", [
    # no sides told, or the fighting only a setting
    ("A street vendor was killed in crossfire in Cite Soleil on Tuesday.", "killed", "Haiti"),
    ("A herder was killed near Djenne on Friday; the area has seen fighting between militias for months.", "killed",
     "Mali"),
])
def test_people_hit_with_no_fight_of_sides_stay_an_attack(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")
