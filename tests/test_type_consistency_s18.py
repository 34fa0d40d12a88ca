"""Type consistency, session 18, on my own example sentences: a clash whose sides are crowds of unarmed people
(students, party supporters), alone or against the police, is Mob violence, not a battle; a protest the report
calls violent is a Violent demonstration; property burned or looted with nobody harmed is Looting/property
destruction, not an Attack.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger", [
    # note style
    ("On 3 March 2021, students of two halls of residence clashed at the University of Nairobi over a football "
     "match; six were injured.", "clashed"),
    ("Clashes between rival party supporters in Kisumu after the nominations: 4 injured.", "Clashes"),
    ("On 12 June 2019, police and hawkers clashed in the city centre of Kampala when the council tried to remove "
     "their stalls.", "clashed"),
    # news style
    ("Dozens of supporters of the two candidates clashed with each other outside a polling station in Mombasa on "
     "Tuesday, throwing stones and injuring five people, police said.", "clashed"),
])
def test_clash_of_unarmed_crowds_is_mob_violence(stages, text, trigger):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Mob violence")
    assert rec.evidence_for("event_type").rule == "type consistency: clash of crowds"


@pytest.mark.parametrize("text,trigger", [
    # armed people on a side, or named in the event: a battle
    ("On 3 March 2021, armed supporters of the two candidates clashed in Kisumu, leaving three dead.", "clashed"),
    ("On 3 March 2021, soldiers clashed with militants near Mandera, killing four.", "clashed"),
    # villagers clashing may be a community's militia: left to the detector
    ("On 3 March 2021, villagers from Kibera and Marakwet clashed over grazing land, leaving two dead.", "clashed"),
    # the crowd's clash is denied
    ("On 3 March 2021, students marched in Nairobi and did not clash with police; gunmen later attacked a patrol "
     "near the campus.", "attacked"),
])
def test_clash_with_armed_or_communal_sides_stays(stages, text, trigger):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text,trigger", [
    # note style
    ("Violent electoral protests in Huruma between 9 and 11 August.", "protests"),
    ("On 4 May 2022, traders protested in Eldoret against the relocation of the market. The demonstration turned "
     "violent in the afternoon.", "protested"),
    # news style
    ("Hundreds of students took to the streets of Ouagadougou on Monday to demand the payment of their grants, and "
     "the protesters became violent near the ministry, witnesses said.", "demand"),
])
def test_protest_told_violent_is_a_violent_demonstration(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Violent demonstration")
    assert rec.evidence_for("event_type").rule == "type consistency: protesters turn violent"


@pytest.mark.parametrize("text,trigger", [
    # violence feared, prevented or denied
    ("On 4 May 2022, traders protested in Eldoret against the relocation of the market; the police deployed early "
     "to prevent violent protests.", "protested"),
    ("On 4 May 2022, traders protested peacefully in Eldoret against the relocation of the market. The "
     "demonstration did not turn violent.", "protested"),
])
def test_protest_not_told_violent_stays_peaceful(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Kenya")
    assert rec.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text,trigger", [
    # note style
    ("On 6 October 2021, unknown gunmen set two vehicles of a health centre in Tin-Akoff ablaze.", "set"),
    ("On 6 October 2021, unidentified individuals burned the school and the teachers' houses in Gorom-Gorom.",
     "burned"),
    # news style
    ("Suspected militants entered the market in Tongomayel late on Saturday and looted and torched shops before "
     "fleeing, residents said.", "entered"),
])
def test_destruction_without_harm_is_looting(stages, text, trigger):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Burkina Faso")
    assert (rec.event_type, rec.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert rec.evidence_for("event_type").rule == "type consistency: destruction without harm"


@pytest.mark.parametrize("text,trigger", [
    # people hurt, shot at or taken beside the burning
    ("On 6 October 2021, unknown gunmen attacked Tin-Akoff, killed two villagers and burned the market.", "attacked"),
    ("On 6 October 2021, gunmen opened fire on the village of Arbinda and set the granaries on fire.", "opened"),
    ("On 6 October 2021, gunmen abducted a teacher in Gorom-Gorom and burned the school.", "abducted"),
    # called an attack or a raid: ACLED codes these as Attacks about as often as Looting
    ("On 6 October 2021, unknown gunmen attacked a health centre in Tin-Akoff and set two vehicles ablaze.",
     "attacked"),
    ("Gunmen raided two villages on the island on Sunday, stole household goods and torched several houses, "
     "officials said.", "raided"),
])
def test_destruction_with_harm_stays_an_attack(stages, text, trigger):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Burkina Faso")
    assert rec.sub_event_type != "Looting/property destruction"


@pytest.mark.parametrize("text,trigger", [
    # note style
    ("On 2 May 2022, traders protested in Dogbo against new market fees. The march in Dogbo was dispersed by "
     "police forces.", "protested"),
    ("On 2 May 2022, taxi drivers set out in a caravan in protest against fuel prices in Colon; the passage of the "
     "caravan was impeded by police forces near the highway.", "protest"),
    # news style
    ("Students tried to march on the ministry in Ouagadougou on Tuesday to protest the closure of schools but were "
     "stopped by riot police, witnesses said.", "protest"),
])
def test_protest_stopped_by_forces_after_by_is_an_intervention(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Benin")
    assert (rec.event_type, rec.sub_event_type) == ("Protests", "Protest with intervention")
    assert rec.evidence_for("event_type").rule == "type consistency: protest met by forces"


@pytest.mark.parametrize("text,trigger", [
    # what the protest is about: someone arrested by police, in a clause that is no statement of the protest
    ("On 2 May 2022, students protested in Dogbo after a classmate was arrested by police.", "protested"),
    # stopped by something other than forces
    ("On 2 May 2022, traders marched in Dogbo; the march was stopped by heavy rain.", "marched"),
])
def test_protest_not_stopped_by_forces_stays_peaceful(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Benin")
    assert rec.sub_event_type == "Peaceful protest"
