"""Victim lists: the wounded, the captured and things listed next to the dead are never deaths.

My own example sentences; each shows one way the parser joins other people or things to a victim group."""

import pytest

from test_fatalities import run


def deaths(counter, text):
    return run(counter, text).fatalities


@pytest.mark.parametrize("text, expected", [
    # the wounded listed after the dead
    ("12 killed and two wounded in an attack on a village in Zamfara.", 12),
    ("On 3 June 2021, gunmen raided the hamlet of Tungan Kudu, 12 people of the Gwari community killed "
     "and two wounded, and three granaries torched.", 12),
    ("Bandits attacked a village in Katsina and killed 3 and injured 5.", 3),
    ("Clashes in Jos left two dead and 10 injured.", 2),
    ("One killed, four hurt in a blast at a market in Maiduguri.", 1),
    ("On 4 May, rebels ambushed a militia patrol near Tessit, two militiamen killed and one wounded.", 2),
    ("Raiders stormed a police post in Moroto, one raider killed, and two raiders and a constable wounded.", 1),
    ("Jihadists attacked the camp at Koutougou, at least three soldiers and gendarmes killed and five others "
     "wounded, the attackers seized a large stock of rifles.", 3),
    ("Gunmen attacked the village, killing 12 and wounding two.", 12),
    ("Militants fired on a bus in Tera, nine passengers (among them 4 women and 3 children) were killed and "
     "11 others wounded.", 9),
    ("Gunmen attacked a wedding in Zurmi and killed eleven guests including the groom and his father, and a "
     "local imam, wounded six others and burned the hall.", 11),
    # things and animals: weapons, vehicles, houses, injuries, livestock
    ("Troops killed eight militants and seized arms, ammunition and two motorbikes near Bama.", 8),
    ("Soldiers killed eight militants and recovered three rifles and four motorcycles in Borno.", 8),
    ("Farmers and herders clashed near Lere, resulting in the killing of 3 people and several injuries.", 3),
    ("Air defence units shot down 3 drones and a helicopter over Kherson.", 0),
    ("Gunmen attacked a checkpoint near Dori, three police officers were wounded, four trucks burned and "
     "two motorbikes seized.", 0),
    ("Herders fought farmers near Kandi. Three men were wounded and one ox killed, several cows were later slaughtered.", 0),
    ("Fighters on motorbikes raided a border post near Menaka, killing three and stealing rifles.", 3),
    # a toll booth is no toll
    ("Gunmen robbed travellers at the toll booth 5 km east of Kano.", 0),
])
def test_only_the_dead_count(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # people described by a participle are still victims
    ("Villagers tied up and fatally beat an old man and a woman accused of witchcraft near Kara.", 2),
    ("Gunmen shot dead a trader and an accompanying driver on the Gao road.", 2),
    ("A soldier and a gendarme belonging to a special unit and riding together on a motorbike were killed by a "
     "roadside bomb near Pama.", 2),
    ("Militants assassinated a chief, his son and a guard who had left the mosque in Djibo.", 3),
    # a second verb with its own subject: '... and his corpse beheaded'
    ("On 5 May, a herder was shot with arrows, and his corpse beheaded, by raiders near Kapedo.", 1),
    # "sources report 3 ... were killed": the victims parsed as the object of "report"
    ("Witnesses report 4 soldiers and one civilian driver were killed, three others survived.", 5),
])
def test_victims_described_by_participles(counter, text, expected):
    assert deaths(counter, text) == expected
