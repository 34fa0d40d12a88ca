"""Background, session 16: a decade or a year before 1900, a fight told as lasting years, an agreement dated years back
by the words that describe it, an accusation or a denial the sentence disputes, and a tally over the whole country told
in reported speech are no events of the news. My own example articles."""

from datetime import date

from newsevents import Pipeline

PUBLISHED = date(2024, 3, 6)

DECADES_BACK = """Farmers block highway in land protest near Temuco

Hundreds of Mapuche farmers blocked the highway south of Temuco on Tuesday with felled trees and burning tyres, demanding the return of ancestral land, police said.

Officers used water cannon to clear the road in the afternoon and detained eleven people, the regional police chief said.

The conflict over land in the Araucania region dates back to the military campaigns of the 1860s and 1870s, when the Chilean army fought the Mapuche and seized most of their territory.
"""


def test_a_war_of_the_1860s_told_as_background_is_no_event():
    events = Pipeline().extract(DECADES_BACK, published=PUBLISHED)
    assert [e.location for e in events] == ["Temuco"]


YEARS_LONG = """Vote count begins on Timor island as former fighters hand in guns

Election officials began counting ballots in Dili on Wednesday after a week of voting that observers described as calm.

The territory's guerrillas and the occupying army fought for most of the decade in the mountains, and a blockade cut the island off from food and medicine. Tens of thousands died.

In the hills above the capital, former fighters handed in rifles to United Nations officials on Wednesday, the mission said.
"""


def test_a_fight_told_as_lasting_most_of_a_decade_is_no_event():
    events = Pipeline().extract(YEARS_LONG, published=PUBLISHED)
    assert not any(e.event_type == "Battles" for e in events)


AGREEMENT_OF_OLD = """Nepal's former rebel districts vote calmly, observers say

Voting in the hill districts of western Nepal passed off calmly, observers from the European Union said on Wednesday.

The peace agreement signed in 2006 promised elections to a new assembly, and the vote, held over two days from 4 March, was the first since then. Police in Rolpa said they had recorded no incident during the voting.
"""


def test_an_agreement_dated_years_back_by_its_own_words_is_no_event():
    assert not Pipeline().extract(AGREEMENT_OF_OLD, published=PUBLISHED)


ACCUSED_AND_DENIED = """Border guards fire tear gas at migrants near Pazarkule

Border guards fired tear gas and water cannon at several thousand migrants trying to cross the fence near Pazarkule on Tuesday, witnesses said.

Further south, officials in Edirne accused the coast guard of shooting a young Syrian man dead near the island of Lesbos on Sunday, which the government called "fake news".
"""


def test_an_accusation_the_sentence_answers_with_a_denial_is_no_event():
    events = Pipeline().extract(ACCUSED_AND_DENIED, published=PUBLISHED)
    assert [e.location for e in events] == ["Pazarkule"]


DENIED_LOSSES = """Rebels abduct cattle rancher in northern raid

Gunmen from the rebel army abducted a cattle rancher and two of his workers from a farm near Horqueta on Monday evening, police said.

On Wednesday the rebels denied in a message sent to a radio station that any of their fighters had been killed in a clash with troops near Belen and accused the soldiers of killing a farmer and presenting him as a rebel.
"""


def test_a_denial_and_a_counter_accusation_are_no_event():
    events = Pipeline().extract(DENIED_LOSSES, published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


REPORTED_TALLY = """Live: fuel protests across Ghana

09:40 - Tyres burning in Kumasi

Protesters set fire to tyres and blocked the main road into Kumasi's central market on Tuesday morning, our correspondent says. Police fired tear gas to clear them.

12:05 - Minister gives figures

The interior minister told reporters that 240 people had been arrested across the country and that several petrol stations had been looted. He gave no details.
"""


def test_a_countrywide_tally_in_reported_speech_is_no_event():
    events = Pipeline().extract(REPORTED_TALLY, published=PUBLISHED)
    assert [e.location for e in events] == ["Kumasi"]
