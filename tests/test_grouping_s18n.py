"""Grouping, session 18 (news): a fight the forces of another country tell of in their own statement, far below an
article's events, is an event of its own, dated by that statement. My own example sentences."""

from datetime import date

HILL_VILLAGE_INTERVIEW = """"They came with machetes": district chief on the night raid

Interview | Lakes Weekly | Wednesday, 14 April 2021

In the night of Friday to Saturday, armed men crossed from the forest and attacked Bugeshi, a village in Rubavu District, killing eight people. Soldiers killed twelve of the attackers in the forest the next day. We reached the district chief, Marie Uwase, by telephone.

What happened in Bugeshi?

The attackers came at about midnight. They broke into the houses near the market and attacked people with machetes and clubs. Eight people were killed and eleven were wounded.

And after the attack?

Our army pursued them. On Saturday the soldiers caught up with them in the forest above Bugeshi, and there was fighting. The army said twelve attackers were killed. I cannot say more, because the search of the forest goes on.

Have the attackers gone back across the border?

Some of them, perhaps. The Congolese army said on Sunday that its soldiers had clashed with a group of FDLR fighters near Rutshuru, in North Kivu, and killed three of them. We are grateful for that.

How do people live now?

They are afraid. Many families slept in the school for two nights. Now they are going back to their houses.
"""


def test_another_armys_own_fight_told_far_below_is_an_event_of_its_statement_day(pipeline):
    records = pipeline.extract(HILL_VILLAGE_INTERVIEW, published=date(2021, 4, 14))
    told = [r for r in records if r.actor2 and r.actor2.startswith("FDLR")]
    assert len(told) == 1
    assert told[0].sub_event_type == "Armed clash" and told[0].location == "Rutshuru"
    assert told[0].event_date == date(2021, 4, 11)  # the Sunday of the statement
    assert told[0].actor1.startswith("Military Forces of the Democratic Republic of Congo")
    # the raid and the pursuit stay events of their own
    assert {(r.event_date, r.sub_event_type) for r in records} >= {
        (date(2021, 4, 9), "Attack"), (date(2021, 4, 10), "Armed clash")}


BASE_THEN_HIDEOUT = """Kidnappings continue near Garoua-Boulai as army opens base

Kidnappers seized six traders on Tuesday in a village near Garoua-Boulai, in the East region, only a day after the army had inaugurated a new base in the town to fight hostage-taking.

According to the village chief, armed men arrived on motorbikes in the evening, fired in the air and took away the traders. The families were asked for a ransom.

Kidnapping for ransom has become the main threat in the region. Local associations say more than 100 people were abducted there last year.

On Monday, the army inaugurated a base of the Rapid Intervention Battalion in Garoua-Boulai, in the presence of the governor. The unit will patrol the roads towards the border. "The criminals have no place to hide," the governor said.

There was some good news on Thursday. Gendarmes attacked a hideout of a kidnapping gang in the bush near Betare-Oya and killed three of the kidnappers after an exchange of fire, according to the gendarmerie. Two hostages were freed.
"""


def test_a_clash_told_after_a_base_set_up_is_no_retelling_of_it(pipeline):
    # the base is no fighting the gendarmes' raid could retell: the raid is an event of its own
    records = pipeline.extract(BASE_THEN_HIDEOUT, published=date(2021, 6, 12))
    subs = sorted(r.sub_event_type for r in records)
    assert "Headquarters or base established" in subs
    assert "Armed clash" in subs
