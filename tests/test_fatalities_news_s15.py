"""Fatality counts on news articles, session 15: deaths told as what set off another event, in a clause
of that event's sentence, belong to the event the clause tells. Whole articles of my own through the pipeline."""

from datetime import date

ARTICLE = (
    "Traders strike in Kisumu after market shooting\n\n"
    "KISUMU, Tuesday - Traders in Kisumu shut their shops on Monday in protest after three men were killed "
    "when gunmen opened fire at the Kibuye market on Friday.\n\n"
    "The Friday attack happened shortly after dawn, when four masked gunmen on motorbikes fired on traders "
    "unloading their goods at the market, witnesses said. Police said they were looking for the attackers.\n\n"
    "The county governor called for calm.\n"
)


def test_deaths_told_as_the_cause_of_a_strike_are_the_attacks(pipeline):
    records = pipeline.extract(ARTICLE, published=date(2024, 5, 14))
    attacks = [r for r in records if r.event_type != "Protests"]
    protests = [r for r in records if r.event_type == "Protests"]
    assert attacks and protests
    assert [r.fatalities for r in attacks] == [3]
    assert all(r.fatalities == 0 for r in protests)


def test_a_cause_clause_of_another_day_adds_nothing_when_the_event_counts_its_own(pipeline):
    text = ARTICLE.replace("fired on traders unloading their goods at the market",
                           "killed two traders unloading their goods at the market")
    records = pipeline.extract(text, published=date(2024, 5, 14))
    assert sorted(r.fatalities for r in records) == [0, 2]
