"""Type consistency, session 17, on my own example sentences: a clash fought with an explosive that goes off is a
remote explosive attack; demonstrators who force their way in make a violent demonstration; an attack in which
people are abducted and nobody is hurt is an abduction.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger", [
    ("On 4 April 2023, a roadside bomb planted by Al Shabaab militants exploded as an army truck passed near "
     "Elwak, killing one soldier.", "killing"),
    ("On 4 April 2023, an IED detonated near a police convoy on the road to Dhobley, wounding three officers.",
     "wounding"),
    ("On 4 April 2023, a landmine went off under a military vehicle near Mandera, killing two soldiers.", "killing"),
])
def test_clash_with_an_explosive_that_goes_off_is_a_remote_explosive(stages, text, trigger):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert rec.evidence_for("event_type").rule == "type consistency: clash fought with explosives"


@pytest.mark.parametrize("text,trigger", [
    # no explosive goes off: the bomb is defused, or it did not explode and the troops fought
    ("On 4 April 2023, soldiers found a bomb near Elwak and militants then attacked their patrol, killing one "
     "soldier.", "attacked"),
    ("On 4 April 2023, the bomb did not explode, and Al Shabaab militants attacked the army camp near Mandera, "
     "killing two soldiers.", "attacked"),
    # explosives the attackers set off beside their assault
    ("On 4 April 2023, Al Shabaab militants attacked the police station in Elwak and set off explosives that "
     "destroyed a shop.", "attacked"),
    # gunfire told: a battle with a bomb in it
    ("On 4 April 2023, an IED exploded near an army convoy near Elwak and militants then opened fire on the "
     "soldiers, killing two.", "killing"),
])
def test_clash_without_an_explosion_or_with_gunfire_stays(stages, text, trigger):
    rec = run(stages, text, "Battles", "Armed clash", trigger, "Kenya")
    assert rec.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,trigger", [
    ("On 9 May 2023, students protested in Koudougou over unpaid grants. They blocked the main road and then "
     "forced their way into the town hall.", "protested"),
    ("On 9 May 2023, traders demonstrated in Kisumu against new market fees and pushed their way into the county "
     "offices.", "demonstrated"),
])
def test_demonstrators_who_force_their_way_in_riot(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Kenya")
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Violent demonstration")
    assert rec.evidence_for("event_type").rule == "type consistency: protesters turn violent"


@pytest.mark.parametrize("text,trigger", [
    # a way that is not forced
    ("On 9 May 2023, students protested in Koudougou over unpaid grants and made their way to the town hall.",
     "protested"),
])
def test_a_crowd_walking_in_is_no_riot(stages, text, trigger):
    rec = run(stages, text, "Protests", "Peaceful protest", trigger, "Kenya")
    assert rec.event_type == "Protests"


@pytest.mark.parametrize("text,trigger", [
    ("On 12 June 2023, gunmen raided a village near Fada N'Gourma, fired in the air and abducted three traders.",
     "raided"),
    ("On 12 June 2023, suspected militants attempted to kidnap a nurse on the road to Djibo.", "attempted"),
])
def test_attack_that_only_takes_people_is_an_abduction(stages, text, trigger):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Burkina Faso")
    assert rec.sub_event_type == "Abduction/forced disappearance"
    assert rec.evidence_for("event_type").rule == "type consistency: abduction without harm"


@pytest.mark.parametrize("text,trigger", [
    # someone hurt: the attack stands, whoever was also taken
    ("On 12 June 2023, gunmen raided a village near Fada N'Gourma, killed a herder and abducted three traders.",
     "raided"),
    ("On 12 June 2023, gunmen attacked a bus near Djibo, wounding the driver, and kidnapped two passengers.",
     "attacked"),
    # nobody taken (shops looted and nobody harmed would be Looting/property destruction: the session-18 rule)
    ("On 12 June 2023, gunmen raided a village near Fada N'Gourma and fired in the air.", "raided"),
])
def test_attack_with_harm_or_without_abduction_stays(stages, text, trigger):
    rec = run(stages, text, "Violence against civilians", "Attack", trigger, "Burkina Faso")
    assert rec.sub_event_type == "Attack"


@pytest.mark.parametrize("text,trigger", [
    ("On 5 July 2023, a group of farmers shot and killed a herder near Kalale after his cattle strayed into their "
     "fields.", "killed"),
    ("On 5 July 2023, villagers opened fire on a Fulani man near Nikki and wounded him.", "wounded"),
])
def test_crowd_that_shoots_is_an_armed_group_attacking(stages, text, trigger):
    rec = run(stages, text, "Riots", "Mob violence", trigger, "Benin")
    assert (rec.event_type, rec.sub_event_type) == ("Violence against civilians", "Attack")
    assert rec.evidence_for("event_type").rule == "type consistency: crowd opens fire"


@pytest.mark.parametrize("text,trigger", [
    ("On 5 July 2023, a mob beat and killed a suspected thief near Kalale.", "killed"),
    # the crowd is shot at, it does not shoot
    ("On 5 July 2023, villagers who beat a herder near Nikki were shot at by his relatives.", "beat"),
])
def test_crowd_that_does_not_shoot_stays_a_mob(stages, text, trigger):
    rec = run(stages, text, "Riots", "Mob violence", trigger, "Benin")
    assert rec.sub_event_type == "Mob violence"
