"""Fatalities as news articles report them: two sources' tolls, claims and denials, a list that ends
with 'a passer-by', a death that set off a riot, a running total over a period, a clause told on
another day, each side's dead listed. My own example sentences."""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord

from conftest import fatality_record


def deaths(counter, text, etype="Violence against civilians", sub="Attack"):
    """The fatalities of one event made of every sentence of `text`."""
    return fatality_record(counter, text, etype, sub).fatalities


@pytest.mark.parametrize("text, expected", [
    # two sources in one sentence: the lower toll
    ("Provincial officials put the death toll at four, while a hospital doctor said six people had died.", 4),
    ("Officials said 12 people were killed, while a monitoring group put the toll at 15.", 12),
    ("Gunmen killed five soldiers, the army said, while the insurgents said they had killed 20.", 5),
    # two sources on two sides: both sides' dead
    ("The army said it had killed 12 militants, while the militants said three soldiers died.", 15),
    # one source for the whole list
    ("Gunmen killed three soldiers and two civilians, the army said.", 5),
    # a side telling its own losses after the other side's dead: both sides' dead
    ("Troops killed three militants near Diffa on Monday, the army said. Two soldiers died in the clash, "
     "a military source said.", 5),
    ("Three militants died in the clash near Diffa. The army lost two soldiers.", 5),
    ("The rebels said they lost 12 fighters in the battle near Diffa.", 12),
    # things and contact lost are no deaths
    ("Troops clashed with militants near Diffa. The army lost two vehicles and three soldiers were wounded.", 0),
    ("Police lost contact with two officers in the area after the clash.", 0),
    # a side's figure for its enemies' dead stays a claim: the lower figure for them
    ("Troops killed three militants near Diffa on Monday. The army said that 47 militants were killed.", 3),
    ("Troops killed three militants near Diffa on Monday, the army said. The militants said they had killed "
     "ten soldiers.", 3),
])
def test_tolls_of_two_sources(counter, text, expected):
    assert deaths(counter, text, "Battles", "Armed clash") == expected


@pytest.mark.parametrize("text", [
    "The group said it had killed 15 soldiers, but the army denied that any soldiers were killed.",
    "Al Shabaab claimed it killed 15 soldiers in the raid. The army denied suffering any casualties.",
    "The rebels said they had killed eight soldiers. An army spokesman said no soldiers had died.",
])
def test_a_claim_contradicted_by_a_denial_is_no_death(counter, text):
    assert deaths(counter, text, "Battles", "Armed clash") == 0


def test_a_denial_of_other_victims_leaves_the_dead_counted(counter):
    text = "Troops killed six militants near Buni Yadi, and the army denied that any civilians were killed."
    assert deaths(counter, text, "Battles", "Armed clash") == 6


@pytest.mark.parametrize("text, expected", [
    ("A bomb exploded next to a police van in Peshawar, killing three policemen and a passer-by, police said.", 4),
    ("Gunmen shot dead two traders and a boy at the market.", 3),
])
def test_a_list_ending_in_one_more_victim(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text", [
    # the death reported before the sentence that names it as the riot's cause
    "A police officer shot dead a teenage driver at a checkpoint in Lyon. His death sparked riots overnight, "
    "with youths burning cars.",
    "A student was beaten to death by guards in Kisii on Monday. Riots broke out after his death and "
    "students torched a dormitory.",
    # named as the cause in the riot's own sentence
    "The killing of a trader by police sparked riots in Kisumu, with youths burning tyres.",
    # named as the cause, then told again
    "Youths burned cars in Grenoble on Friday night following the death of a teenager in a police chase. "
    "The 15-year-old died on Thursday when his motorbike hit a wall.",
])
def test_a_death_that_set_off_a_riot_is_not_one_of_its_deaths(counter, text):
    assert deaths(counter, text, "Riots", "Violent demonstration") == 0


@pytest.mark.parametrize("text", [
    "Two protesters were shot dead as police fired on a march in Kisumu. The protests were set off by "
    "the death of a student in custody.",
    "Riots broke out in Kisumu after the death of a student in custody. Police shot dead two rioters.",
])
def test_a_riot_keeps_the_deaths_in_it(counter, text):
    assert deaths(counter, text, "Riots", "Violent demonstration") == 2


def test_the_trigger_rule_is_for_riots_and_protests_only(counter):
    text = "A police officer shot dead a teenage driver at a checkpoint in Lyon. His death sparked riots overnight."
    assert deaths(counter, text) == 1


def test_a_stated_toll_stands_against_a_vague_one(counter):
    text = ("Clashes between herders and farmers in Plateau state left at least 20 people dead, police said. "
            "Residents said dozens were killed.")
    assert deaths(counter, text, "Battles", "Armed clash") == 20


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed dozens of villagers in raids on three villages in Zamfara.", 12),
    ("Scores of people were killed when the army shelled the market.", 20),
])
def test_vague_tolls(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second source's figure in its own clause, the first with none
    ("Three people were killed; dozens were injured, the police say only two people were killed.", 2),
    # victims the parser hangs on the wrong word
    ("Militants stormed the market in Gorom, and shot dead at least twelve traders, looted shops, and stole cattle.", 12),
    ("Troops clashed with bandits in the forest; two soldiers and five bandit suspects killed in the fighting.", 7),
    ("Cattle rustlers raided Kainuk; several herders needed treatment, three reported killed.", 3),
    ("Barkhane forces conducted an airstrike that killed about 15 ISWAP fighters near Malam Fatori.", 15),
    ("Gunmen abducted and killed a village chief and at least two of his sons near Kachia.", 3),
    ("Attackers killed the head of the local militia and one of his guards and wounded 3 others.", 2),
    # a part of a group, the corpses of those counted
    ("A post was attacked by six gunmen, one of the attackers killed by the guards.", 1),
    ("The corpses of three traders, killed by unknown men, were found near Bunia.", 3),
    # an offence the killing punishes is no death of the event
    ("A suspected thief who killed a shopkeeper was caught by a crowd and lynched in Kibera.", 1),
    ("A woman was beaten to death by a mob in Kisii for killing her neighbour's child.", 1),
    # a retaliation's dead are new victims; 'the first' and 'the second' are the dead already counted
    ("Herders killed two farmers near Jos. In a reprisal attack, a herder was killed by youths.", 3),
    ("Two soldiers were killed in an ambush near Diapaga. The first died at the scene, while the second died "
     "in hospital.", 2),
    # a day before the death verb is no count
    ("Four herders went missing near Djibo on May 2; their bodies were found on May 14 riddled with bullets.", 4),
    ("Two suspected robbers were on 12/03 lynched by a crowd in Kitale.", 2),
    # a statement that no death is known
    ("Youths burned two houses in Molo over a land dispute. No reported injury or death.", 0),
    ("Raiders drove off 300 goats from a village near Lokori. No report of death or injury.", 0),
])
def test_dev_note_forms(counter, text, expected):
    assert deaths(counter, text, "Battles", "Armed clash") == expected


@pytest.mark.parametrize("text, expected", [
    ("A bus hit a landmine near Djibo. Four passengers were killed and three wounded. One of the wounded died "
     "in hospital, bringing the toll to five.", 5),
    ("Gunmen attacked a church in Owo. Officials first reported two deaths. The death toll later rose to 7.", 7),
    ("A bomb went off at a bus station in Maiduguri. Two of the wounded died in hospital on Thursday, bringing "
     "the death toll from the blast to nine.", 9),
])
def test_an_updated_toll_is_the_figure(counter, text, expected):
    assert deaths(counter, text) == expected


def test_a_killing_someone_suspects_is_no_death_of_the_event(counter):
    text = "Residents lynched two suspected thieves in Kibera. They suspected the two had murdered a trader."
    assert deaths(counter, text, "Riots", "Mob violence") == 2


@pytest.mark.parametrize("text, expected", [
    ("Militias raided the Fulani quarter of Djibo, seven reported to have been killed.", 7),
    # 'volunteer fighters' fight for the army: the militants killed later are other victims
    ("Militants ambushed and killed two volunteer fighters near Gayeri. The army then killed one militant.", 3),
    # the small clause of 'dead' is read only after 'left' or 'found', not for a misparsed shooter
    ("On 2 April 2024, in Pyay town, two gunmen on a motorcycle shot dead a police sergeant near a bus stop.", 1),
])
def test_more_dev_note_forms(counter, text, expected):
    assert deaths(counter, text, "Battles", "Armed clash") == expected


def test_deaths_another_event_reports_are_not_read_from_a_follow_up(counter):
    text = ("Two soldiers killed by roadside bomb near Kandi; second device defused\\n\\n"
            "Two soldiers were killed on Monday when their vehicle hit an explosive device near Kandi, the army said. "
            "Engineers later found and defused a second device on the same road.").replace("\\n", "\n")
    doc = nlp.load()(text)
    head, blast, defusal = list(doc.sents)
    bomb = EventDraft(record=EventRecord(event_type="Explosions/Remote violence",
                                         sub_event_type="Remote explosive/landmine/IED"), sentences=[blast])
    defused = EventDraft(record=EventRecord(event_type="Explosions/Remote violence",
                                            sub_event_type="Disrupted weapons use"), sentences=[defusal, head])
    counter(Article(text=text, doc=doc), [bomb, defused])
    assert (bomb.record.fatalities, defused.record.fatalities) == (2, 0)


@pytest.mark.parametrize("text, expected", [
    # bodies a hospital or morgue took in are the dead of the fighting it names
    ("A health worker said the hospital had received nine bodies by Sunday morning, four of them civilians, "
     "and was treating at least 22 wounded people.", 9),
    ("The morgue in Gimbi received 12 bodies after the clashes.", 12),
    # an apposition that names each of the counted victims restates them
    ("Gunmen shot dead two people, a man and his son, in Kano.", 2),
    ("Three militants, five fighters, and two civilians were killed in the clash.", 10),
    # killings as a kind of violence ('a string of killings of politicians') name no victims of the event
    ("A councillor was shot dead on Saturday by gunmen, the latest in a string of killings of politicians "
     "in the country.", 1),
    ("Gunmen killed two farmers in Benue, the latest in a wave of killings of herders and farmers.", 2),
])
def test_news_prose_tolls(counter, text, expected):
    assert deaths(counter, text, "Battles", "Armed clash") == expected


def _two_events(counter, text, first_trigger, second_trigger):
    """The fatalities of two events told in the one sentence of `text`, each with the word (and its
    occurrence) that triggered it."""
    doc = nlp.load()(text)
    def word(spec):
        text, nth = spec
        return [t for t in doc if t.text == text][nth]
    drafts = [EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack"),
                         sentences=list(doc.sents), trigger=word(spec)) for spec in (first_trigger, second_trigger)]
    counter(Article(text=text, doc=doc), drafts)
    return [d.record.fatalities for d in drafts]


@pytest.mark.parametrize("text, first, second, expected", [
    # the first event told by the main verb, the second by the subject of its own clause
    ("A bomb in Kabul killed four people on Monday, while gunmen killed two in Herat.",
     ("killed", 0), ("gunmen", 0), [4, 2]),
    # the first event told by a noun ('bomb'), the second by its clause's verb
    ("A bomb in Kabul killed four people on Monday, while gunmen killed two in Herat.",
     ("bomb", 0), ("killed", 1), [4, 2]),
    ("Gunmen killed two taxi drivers in Quetta on Tuesday, and a soldier died in a later clash with the attackers.",
     ("killed", 0), ("clash", 0), [2, 1]),
])
def test_each_event_of_a_sentence_takes_its_own_clause_toll(counter, text, first, second, expected):
    assert _two_events(counter, text, first, second) == expected


def test_a_second_raid_told_in_a_follow_up_keeps_its_own_dead(counter):
    text = ("Militants killed four farmers near Damboa on Sunday, officials said. "
            "In another raid on Monday, gunmen killed two traders in Kautikari.")
    doc = nlp.load()(text)
    first, second = list(doc.sents)
    raid = EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack"),
                      sentences=[first, second])
    other_raid = EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack"),
                            sentences=[second])
    counter(Article(text=text, doc=doc), [raid, other_raid])
    assert (raid.record.fatalities, other_raid.record.fatalities) == (4, 2)


def _deaths_at(counter, text, location, latitude, longitude):
    """The fatalities of one event of every sentence of `text`, placed at `location`."""
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack",
                                          location=location, latitude=latitude, longitude=longitude),
                       sentences=list(doc.sents))
    counter(Article(text=text, doc=doc), [draft])
    return draft.record.fatalities


@pytest.mark.parametrize("text, expected", [
    # a clause of its own about a town far away tells another event's dead
    ("A roadside bomb in Kabul killed four people, while gunmen shot dead two people in Herat.", 4),
    ("A car bomb in Kabul killed four people on Monday, while gunmen killed two policemen in the western city "
     "of Herat.", 4),
    ("A car bomb killed four people in Kabul on Monday. On Tuesday, gunmen killed two policemen in Herat.", 4),
    # the event's own place, or the hospital the wounded were taken to, keeps the dead the event's
    ("A car bomb killed four people in Kabul, while two more died later in a hospital in Herat.", 6),
    ("A bomb killed four soldiers near Kabul, while three attackers were killed in the gunfight in Kabul.", 7),
    # both sides' dead of one clash
    ("Militants attacked an army post near Kabul, killing three soldiers, while two militants were killed.", 5),
])
def test_deaths_told_of_another_place(counter, text, expected):
    assert _deaths_at(counter, text, "Kabul", 34.528, 69.172) == expected


def test_one_toll_over_a_list_of_days_is_counted_once(pipeline):
    # one record per listed day (ACLED codes each day), but the single toll belongs to the first day
    text = ("Militants attacked farming villages near Maiduguri on 10 and 11 February, killing twelve "
            "people, residents said.")
    records = sorted(pipeline.extract(text, published=date(2024, 2, 14)), key=lambda r: r.event_date)
    assert [r.event_date for r in records] == [date(2024, 2, 10), date(2024, 2, 11)]
    assert [r.fatalities for r in records] == [12, 0]


# ---- more than the event's own deaths: a running total, a clause told on another day, both sides listed

@pytest.mark.parametrize("text, expected", [
    # a running total told beside the event's own deaths
    ("Police shot dead two protesters in Kisumu on Wednesday, bringing the number of people killed since "
     "the protests began to 23.", 2),
    ("Police shot dead two protesters in Kisumu on Wednesday, bringing the death toll since the protests "
     "began to 23.", 2),
    ("Gunmen killed four villagers in Bukkuyum on Sunday; more than 200 people have been killed in the "
     "state so far this year.", 4),
    ("Three more people were killed in Eldoret on Tuesday, taking the death toll from a week of protests to 23, "
     "a rights group said.", 3),
    # an opening total over a period yields to the event's own deaths told after it, and stands alone
    ("Gang violence has killed at least 30 people in Cite Soleil since Friday, the UN said. On Sunday, gunmen "
     "killed eight residents of the Brooklyn neighbourhood, a rights group said.", 8),
    ("At least 14 people have been killed in two days of clashes between rival clans near Abudwak. The "
     "fighting erupted on Monday over a disputed well.", 14),
    # a coordinated clause told on a later day is another event
    ("Rebels shot dead three loggers near Beni on Monday and killed a soldier the following day when "
     "troops came under fire near Oicha.", 3),
    # a headline lists each side's dead with a comma
    ("Three soldiers, four rebels killed in clash near border", 7),
    # a later figure for one side only is not a lower toll for both
    ("Three soldiers and four rebels were killed in a clash near Dori, the army said. The four rebels "
     "died when troops stormed their hideout.", 7),
    # a list the parser hung on the place before it is read whole
    ("Militants attacked a mosque in the village of Tinga, three imams and five worshippers were killed.", 8),
    # a vague word opening a sentence
    ('Clashes broke out near Marsabit on Sunday. "Dozens" reported dead.', 12),
    # one party's claim of its enemy's dead, then the enemy's own toll: the victims' own, lower account
    ("Rebels said they killed 25 soldiers in an attack on a base near Menaka. The army said four soldiers "
     "died and 10 assailants were killed.", 14),
    ("Troops killed 40 militants near Ansongo, the army said. The militants said they had lost five fighters.", 5),
    # a stated number goes before a vague word's fixed figure
    ("Dozens of people were killed in the raid on Dinga, according to residents, while the government put the "
     "toll at 14.", 14),
    # a wounded victim who later died is one more death
    ("A soldier and two civilians died when militants attacked a market in Kerou. A wounded trader later died "
     "in hospital.", 4),
    ("Three people were killed and six wounded in the blast in Gao. One of the injured died on Tuesday.", 4),
])
def test_only_the_events_own_deaths_all_sides_summed(counter, text, expected):
    assert deaths(counter, text) == expected
