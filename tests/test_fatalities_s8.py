"""Deaths told as something other than the event's: what a person had done before, what led to the
event, and words the parser misreads. My own example sentences."""

import pytest

from test_fatalities import run


def deaths(counter, text, **kwargs):
    return run(counter, text, **kwargs).fatalities


@pytest.mark.parametrize("text, expected", [
    # a relative clause on the target, in the past perfect or with 'allegedly': what they had done
    ("On 1 May 2019, a mob attacked a man who had allegedly killed his brother in Kamuthe village.", 0),
    ("On 1 May 2019, a crowd set fire to a lorry that allegedly killed a cyclist in Juja.", 0),
    ("Residents of Bura chased and killed two men believed to have murdered a shopkeeper.", 2),
    ("On 1 May 2019, a woman was killed and burned by a mob in Ruiru under accusations of having killed her "
     "two children.", 1),
    # ... but a clause set off by commas tells the event
    ("The attackers, who had killed three guards, fled towards the forest near Tanwalbougou.", 3),
])
def test_a_deed_done_before_the_event(counter, text, expected):
    assert deaths(counter, text, sub="Mob violence", etype="Riots") == expected


@pytest.mark.parametrize("text, expected", [
    # a clause on a noun after 'following', 'in response to': what led to the event
    ("Another extrajudicial killing of a herder by soldiers near Djibo, following the attack that killed three "
     "policemen in the area of Arbinda.", 1),
    ("A bandit was shot dead by a police reservist in Lokori in response to a village raid (in which 5 civilians "
     "were killed and 40 goats stolen).", 1),
    ("Herders torched houses in Bembereke in the wake of a murder of a farmer.", 0),
    # 'responsibility for' names the event itself
    ("Al Shabaab attack a police camp in Mandera, and then later claim responsibility for the death of three.", 3),
    ("JNIM claimed responsibility for an attack that killed four soldiers near Djibo.", 4),
])
def test_what_led_to_the_event(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a killing verb the tagger reads as a noun in a headline
    ("Mob lynches man suspected of stealing a goat in Kitui.", 1),
    # 'hanged' is a killing on its own; 'slashed' with 'to death'
    ("On 1 May 2019, a healer was hanged near the village of Kaya after being taken away by militiamen.", 1),
    ("Militiamen slashed a boy to death in Kariobangi.", 1),
    # a participle hung on the wrong noun: the person it describes, or the body counted already
    ("A body with bullet wounds was found on the road between Kafr Naya and Tal Rifat, killed by unknown gunmen.", 1),
    ("A cleric with ties to the opposition was killed by unknown gunmen in Kisumu.", 1),
    # trees cut down are no deaths
    ("Protesters cut down trees to block the road between Embu and Meru.", 0),
])
def test_words_the_parser_misreads(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'down' is a killing after 'gunned', 'mowed', not after 'burned'
    ("Students of Kamukunji High School burnt down five of their ten dormitories after a dispute over exams.", 0),
    ("When the results were announced, opposition supporters rioted and burned down the Wajir market.", 0),
    ("Gunmen gunned down two traders in Mandera.", 2),
    ("Police mowed down three protesters in Kisumu.", 3),
    # a killing that nearly happened, or that someone prevented
    ("Angry residents beat up and nearly lynched a pickpocket caught in the market in Meru.", 0),
    ("The police intervened and prevented the mob from lynching the two suspects in Parakou.", 0),
])
def test_no_one_died(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list parsed as apposition: groups of one side but of other kinds are other people
    ("On 8 March 2020, militants ambushed a joint patrol of soldiers and militiamen in Tanga, killing one "
     "soldier, six militiamen, and wounded others.", 7),
    # ... but a name for the same people is not
    ("Gunmen killed 12 people, all soldiers, near Bama.", 12),
    # a numbered group after the object's place, joined to the verb
    ("On 1 January, presumed gendarmes executed four men in the village of Inata and five others at the mining "
     "site a few kilometers away.", 9),
    ("Bandits killed four herders in Kaura and stole 20 cows and five goats.", 4),
])
def test_groups_the_parser_splits(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list the parser breaks at 'and', its first group hung on the verb before
    ("On July 15, presumed militants attacked an army position near Tanga, at least seven assailants and four "
     "soldiers were killed in the ensuing clashes.", 11),
    # 'more' bodies found in the same sentence add to the toll
    ("Seven assailants were killed in the clashes near Tanga, while six more corpses of suspected assailants "
     "were found the following day.", 13),
    # how some of the dead died, told with bare numbers, is no lower figure
    ("Vigilantes killed 6 suspected thieves in Kawangware. 3 were beaten to death and 3 burnt with tyres "
     "around their necks.", 6),
])
def test_groups_the_parser_splits_across_clauses(counter, text, expected):
    assert deaths(counter, text) == expected


def test_a_lowercase_word_tagged_as_a_name_is_no_far_town(pipeline):
    # 'the bush' is no town: the militants found dead there are the event's
    from datetime import date
    text = ("On 9 June 2020, presumed militants attacked an army camp in Kelbo, the soldiers repelled the attack "
            "with air support, killed 7 militants and recovered a vehicle. 1 soldier was also killed and 5 others "
            "wounded. 5 more militants were found dead in the bush three days after the attack.")
    records = pipeline.extract(text, published=date(2020, 6, 12))
    assert [r.fatalities for r in records] == [13]


@pytest.mark.parametrize("text, expected", [
    # the people listed with a pronoun die with them
    ("On 30 April 2022, suspected gunmen abducted a woman, and killed her and her husband near Orlu (Imo).", 2),
    # killed or wounded: no death for certain
    ("On 11 April 2022, gunmen attacked the house of a councillor in Ibadan (Oyo) and shot sporadically. "
     "1 civilian was wounded or killed.", 0),
    ("51 fighters were killed or wounded in Rukha district.", 0),
    # a killing someone witnessed is what led to the event
    ("On 17 May 2022, a vigilante group assaulted a young man in Mzuzu after witnessing him stabbing his uncle "
     "to death.", 0),
])
def test_pronouns_alternatives_and_witnesses(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the coder's split of a toll told with 'killed', and a coded figure further from 'fatalities'
    ("On 8 April 2022, ADF elements attacked civilians in Bandiboli village (Irumu, Ituri), as well as Tchabi "
     "(coded separately). During the attacks, 6 - 10 civilians were killed, split between 2 events.", 3),
    ("On 2 April 2022, soldiers clashed with rebels near Moyale, resulting in unknown number of fatalities. An "
     "unidentified number of fatalities mentioned in low intensity conflict area coded as 3.", 3),
])
def test_coder_statements(counter, text, expected):
    assert deaths(counter, text, sub="Armed clash", etype="Battles") == expected


@pytest.mark.parametrize("text, expected", [
    # an ambush, a coup or an operation 'executed' is no victim
    ("On October 5, presumed militants executed a complex ambush against a police convoy near Solle, the attack "
     "was initiated by an IED detonation ensued by small arms fire, killing six policemen and wounding five others.", 6),
    ("Soldiers of the presidential guard shut down radio stations as they executed a coup at the palace.", 0),
    # bodies found 'executed' are the people counted before them
    ("Around March 12, two teachers were abducted by militants in the area of Tanga; their bodies were found "
     "executed a week later.", 2),
])
def test_things_executed_and_bodies_found_executed(counter, text, expected):
    assert deaths(counter, text) == expected


def test_casualties_coded_as_a_figure(counter):
    text = ("On 7 March 2022, Russian forces clashed with Ukrainian forces near Bucha. The Russian forces suffered "
            "considerable losses. Unspecified casualties coded as 10.")
    assert deaths(counter, text, sub="Armed clash", etype="Battles") == 10


@pytest.mark.parametrize("text, expected", [
    # a participle after 'close to' the noun it hangs on stays on it
    ("Unknown gunmen opened fire on the gendarmerie in Tanga near the Mali border. Customs officer who was close "
     "to the gendarmerie killed in the attack & material damages (mainly motorbikes)", 1),
    # a clause on a noun after 'after' that the parser made of the event's own outcome still counts
    ("Clashes between members of a congregation and cult followers on the Bohicon-Abomey axis in Djime after "
     "provocations left two people dead, several others injured and caused significant material damage.", 2),
    # bare numbers with a day or a place of their own are that day's or that place's share, the lower figure
    ("9 People are killed in Mathare in the context of electoral riots between 9-13 Aug in Mathare (other "
     "fatalities coded elsewhere). Four are killed on the 9th when police are overwhelmed by protesters.", 4),
])
def test_shares_and_outcomes_kept(counter, text, expected):
    assert deaths(counter, text) == expected
