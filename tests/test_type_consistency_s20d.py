"""Type consistency, session 20, on my own example sentences: a crowd's mob justice stays Mob violence when the state's
forces only come to end it (mediate, intervene, arrest afterwards); forces that do violence themselves still make it
an armed actor's Attack.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 11 July 2022, residents beat a man accused of stealing a motorbike in Kandi (Alibori). The gendarmes "
     "intervened and took him to hospital.", "beat", "Benin"),
    # news style
    ("Villagers in Tanguieta lynched two men suspected of cattle theft on Saturday before police arrested four of "
     "them, local radio reported.", "lynched", "Benin"),
])
def test_mob_justice_stays_mob_violence_when_forces_only_end_it(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Mob violence")
    assert rec.evidence_for("event_type").rule == "type consistency: crowd attacks people"


@pytest.mark.parametrize("text,trigger,country", [
    # forces who do the violence themselves: no crowd's riot
    ("On 11 July 2022, residents beat a man accused of theft in Kandi (Alibori), and gendarmes shot two of them.",
     "beat", "Benin"),
])
def test_forces_doing_violence_still_block_the_mob(stages, text, trigger, country):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")
