"""Actors stage: which side is which when the parse misleads or the text names no side — a subject the
tagger cut off its verb, communities fighting each other, a crowd fighting another crowd."""

from datetime import date

import pytest

from newsevents.actors import ActorResolver

from test_actors import resolve


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

CASES = {
    # the tagger reads 'shot' as a noun: the subject heads the sentence and its verb hangs on it as a conjunct
    "subject before 'shot and killed'": (
        "On 3 March 2021, a herder shot and killed a boy near the river at Kalale.", VAC, "Benin",
        "Unidentified Communal Militia (Benin)", "Civilians (Benin)"),
    "subject with a weapon before 'shot and wounded'": (
        "On 9 May 2021, a farmer with a hunting rifle shot and wounded a herdsman near his field at Kalale.", VAC,
        "Benin", "Unidentified Communal Militia (Benin)", "Civilians (Benin)"),
    # unnamed communities or villages fighting each other are communal militias, not unidentified armed groups
    "intercommunal clashes": (
        "Two people were killed in intercommunal clashes near Garissa on Sunday.", CLASH, "Kenya",
        "Unidentified Communal Militia (Kenya)", "Unidentified Communal Militia (Kenya)"),
    "two rival communities": (
        "One man died when two rival communities fought over a water point near Isiolo.", CLASH, "Kenya",
        "Unidentified Communal Militia (Kenya)", "Unidentified Communal Militia (Kenya)"),
    "gunmen from a neighbouring village": (
        "A farmer was shot dead by gunmen from a neighbouring village near Tot on Friday.", VAC, "Kenya",
        "Unidentified Communal Militia (Kenya)", "Civilians (Kenya)"),
    "gunmen with no community": (
        "Unknown gunmen shot dead a shopkeeper in Garissa town on Friday.", VAC, "Kenya",
        "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    # a fight told in the event's second sentence still puts a crowd on both sides
    "clashes in a later sentence": (
        "Members of one family attacked the house of another family in Kouande on Monday. "
        "Clashes ensued between the two families and three people were wounded.", MOB, "Benin",
        "Rioters (Benin)", "Rioters (Benin)"),
    "a crowd that comes to blows with another": (
        "A quarrel over a water point in Kandi turned violent and the two families came to blows.", MOB, "Benin",
        "Rioters (Benin)", "Rioters (Benin)"),
    "a crowd that retaliates against the first": (
        "Traders beat a motorcycle taxi driver at the market in Parakou, and his colleagues retaliated by "
        "torching two stalls.", MOB, "Benin", "Rioters (Benin)", "Rioters (Benin)"),
    # a headline drops the auxiliary of its passive: with no object, the subject of 'killed' is the victim, not
    # the party its title names
    "a headline passive with no doer": (
        "ODM official killed at his home in Kisumu", VAC, "Kenya",
        "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    # in a riot, forces whose own act is the event face the crowd they act on; a social group the crowd
    # assaults is civilians
    "police open fire on the crowd": (
        "The police opened fire on protesters who were demonstrating against the vote count in Kisii and killed "
        "two of them. The demonstrators blocked the road and lit fires.", ("Riots", "Violent demonstration"),
        "Kenya", "Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
    "police shoot people during a protest": (
        "Police shot two people during protests in Kisumu. Rioters erected barricades and lit fires.",
        ("Riots", "Violent demonstration"), "Kenya", "Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
    "demonstrators assault workers": (
        "A number of demonstrators assaulted electoral workers and burned two vehicles in the town of Kandi.",
        ("Riots", "Violent demonstration"), "Benin", "Rioters (Benin)", "Civilians (Benin)"),
    "workers kept out of a building are no target": (
        "Hundreds of graduates closed the governorate building in Nasiriyah, preventing employees from entering.",
        ("Riots", "Violent demonstration"), "Iraq", "Rioters (Iraq)", None),
    # a grenade thrown by an unknown hand at no force hits the civilians where it lands
    "grenade into a restaurant": (
        "Unknown attackers threw a grenade into a restaurant in Wajir town, wounding six people.",
        ("Explosions/Remote violence", "Grenade"), "Kenya", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    # where ACLED codes forces named only as 'security forces' as the police, outside crowds too
    "security forces arrest in Burkina Faso": (
        "Security forces arrested a man carrying explosives on the road between Fada N'Gourma and Pama.",
        ("Strategic developments", "Arrests"), "Burkina Faso", "Police Forces of Burkina Faso (2015-)",
        "Civilians (Burkina Faso)"),
    "defence and security forces in Burkina Faso": (
        "Defence and security forces shot dead a herder suspected of spying near Kaya.", VAC, "Burkina Faso",
        "Military Forces of Burkina Faso (2015-)", "Civilians (Burkina Faso)"),
    # a people named as what was done to, not as armed men, is civilians of that people outside battles
    "a Fulani camp looted": (
        "Farmer youths attacked a Fulani camp near Bassila and burned the huts and granaries.",
        ("Strategic developments", "Looting/property destruction"), "Benin",
        "Unidentified Communal Militia (Benin)", "Civilians (Benin)"),
    # a strategic development's actor: a holder of public office acts for the government; a group whose
    # presence is reported is the actor though the verb makes it a passive subject
    "a governor extends a curfew": (
        "On 2 January 2021, the governor of the Est Region extended the nightly curfew by three months.",
        ("Strategic developments", "Change to group/activity"), "Burkina Faso", "Government of Burkina Faso (2015-)",
        None),
    "an armed group seen on motorbikes": (
        "Movement of forces: members of an armed group were seen on some twenty motorbikes near Kandi.",
        ("Strategic developments", "Change to group/activity"), "Benin", "Unidentified Armed Group (Benin)", None),
    # the parser reads the 'IS' of 'IS militants' as an auxiliary of their verb
    "IS militants attack posts": (
        "On 25 January 2022, IS militants attacked QSD posts with RPGs and clashed with QSD forces near Thiban.",
        CLASH, "Syria", "Islamic State (Syria)", "QSD: Syrian Democratic Forces"),
    # two nations' adjectives sharing one noun: the first is actor1, the second its ally
    "French and/or Burkinabe forces": (
        "French and/or Burkinabe forces conducted airstrikes targeting suspected JNIM militants near Tin-Akoff.",
        ("Explosions/Remote violence", "Air/drone strike"), "Burkina Faso", "Military Forces of France (2017-)",
        "JNIM: Group for Support of Islam and Muslims"),
    # unnamed militants told after a named group are that group
    "an operation against a named group's base": (
        "Army units conducted an operation against a suspected JNIM base near Toeni, and ten militants were killed.",
        CLASH, "Burkina Faso", "Military Forces of Burkina Faso (2015-)",
        "JNIM: Group for Support of Islam and Muslims"),
    # a people's other spellings and plurals name the same militia
    "Kipsigis raiders": (
        "Kipsigis raiders attacked a homestead near Kilgoris and shot dead two herders.", VAC, "Kenya",
        "Kipsigi Ethnic Militia (Kenya)", "Civilians (Kenya)"),
    # an adjective of nationality before a branch of forces names whose branch it is
    "Russian air forces in Ukraine": (
        "Russian air forces carried out air strikes near Izium on Sunday.",
        ("Explosions/Remote violence", "Air/drone strike"), "Ukraine",
        "Military Forces of Russia (2000-) Air Force", None),
    # people qualified as armed are an armed side, not civilians; in Brazil ACLED names the unknown side
    # that fights the police an unidentified gang or police militia
    "an armed individual against military police in Brazil": (
        "In Rio de Janeiro, an armed individual exchanged fire with military police in the Penha neighborhood.",
        CLASH, "Brazil", "Military Forces of Brazil (2019-) Military Police", "Unidentified Gang and/or Police Militia"),
    "unknown shooters against each other in Brazil": (
        "In Rio de Janeiro, a shoot-out between unknown shooters took place in the Penha neighborhood.",
        CLASH, "Brazil", "Unidentified Armed Group (Brazil)", "Unidentified Armed Group (Brazil)"),
    "an armed man elsewhere": (
        "An armed man exchanged fire with police officers near the market in Kisumu.", CLASH, "Kenya",
        "Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)"),
    # forces that do not set off a blast are its target, whatever else they were doing or are said to plan
    "soldiers whose vehicle hit a landmine": (
        "Three soldiers were wounded when their patrol vehicle hit a landmine near Djibo on Monday.", IED,
        "Burkina Faso", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2015-)"),
    "police on patrol, a group blamed, forces that would pursue": (
        "Four police officers were killed when their vehicle hit a roadside bomb near Elwak on Monday. The officers "
        "were patrolling a road used by traders when the blast hit them. The interior minister blamed al Shabaab "
        "for the attack and said security forces would pursue the attackers.", IED, "Kenya",
        "Al Shabaab", "Police Forces of Kenya (2013-)"),
    # a headline drops the passive's auxiliary: the noun before 'killed'/'shot dead' is the victim
    "headline: killed after being ambushed": (
        "Two policemen killed after being ambushed near Dori", CLASH, "Burkina Faso",
        "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2015-)"),
    "headline: shot dead while on duty": (
        "Police detective shot dead while investigating a robbery in Mandera", CLASH, "Kenya",
        "Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)"),
    "headline: killed in ambush, a claim after it": (
        "Nine Nigerien soldiers killed in ambush near Tera, jihadist group claims attack", CLASH, "Niger",
        "Unidentified Armed Group (Niger)", "Military Forces of Niger (2021-)"),
    "headline: wounded in a blast": (
        "Three soldiers wounded in roadside blast near Kidal", CLASH, "Mali",
        "Unidentified Armed Group (Mali)", "Military Forces of Mali (2020-2021)"),  # May 2021: the transition's forces
    # a building or post does not attack: with no object after the verb it is what was attacked
    "a police station attacked overnight": (
        "A police station attacked overnight in Mandera, weapons stolen", CLASH, "Kenya",
        "Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2013-)"),
    # whom a verb of blame names for an act of harm did it
    "accused of killing": (
        "The family of the trader accused the police of killing him in custody in Kisumu.", VAC, "Kenya",
        "Police Forces of Kenya (2013-)", "Civilians (Kenya)"),
    # 'went' is no undergoing where the subject goes about doing harm
    "went from house to house beating": (
        "Soldiers went from house to house beating young men in the town of Bamenda.", VAC, "Cameroon",
        "Military Forces of Cameroon (1982-)", "Civilians (Cameroon)"),
    # armed men said to come from a named village are that village's militia
    "armed men from a named village": (
        "Armed men from Kapedo village raided a homestead near Tot and killed two herders.", VAC, "Kenya",
        "Kapedo Communal Militia (Kenya)", "Civilians (Kenya)"),
    "gunmen from the village of X": (
        "Gunmen from the village of Kambi attacked a family near Tot, wounding three.", VAC, "Kenya",
        "Kambi Communal Militia (Kenya)", "Civilians (Kenya)"),
    # forces whose own act is dispersing the crowd face the riot, whatever noun names the crowd
    "tear gas fired at crowds": (
        "Police in Kisumu fired tear gas at crowds of opposition supporters who blocked roads with burning tyres.",
        ("Riots", "Violent demonstration"), "Kenya", "Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
    "teargas lobbed to disperse": (
        "Police lobbed teargas to disperse hundreds of traders who had barricaded the market in Eldoret.",
        ("Riots", "Violent demonstration"), "Kenya", "Rioters (Kenya)", "Police Forces of Kenya (2013-)"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_sides(resolver, case):
    text, (event_type, sub_event_type), country, actor1, actor2 = CASES[case]
    rec = resolve(resolver, text, event_type, sub_event_type, country, when=date(2021, 5, 9))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("event_type, sub_event_type, sides", [
    ("Battles", "Armed clash", ("NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine (2019-)")),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", ("Military Forces of Ukraine (2019-)", None)),
])
def test_monitor_reports_name_the_sides_of_the_front(resolver, event_type, sub_event_type, sides):
    # a ceasefire monitor's report names no shooter: ACLED codes the sides of the front it comes from
    rec = resolve(resolver, "On 3 February 2021, the OSCE SMM observed 14 explosions of undetermined origin near "
                  "Pisky.", event_type, sub_event_type, "Ukraine", when=date(2021, 2, 3))
    assert (rec.actor1, rec.actor2) == sides
