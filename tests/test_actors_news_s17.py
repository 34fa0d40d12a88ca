"""Actors stage, causes seen in journalists' articles (session 17): branches of state forces that news name (Spain's
Civil Guard, Chile's Carabineros, Paraguay's FTC)."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)


@pytest.mark.parametrize("text,event_type,sub_event_type,country,when,actor,field", [
    ("Officers of the Guardia Civil detained four men in Girona on Tuesday over a plot to bomb a railway line.",
     "Strategic developments", "Arrests", "Spain", date(2021, 4, 6), "Police Forces of Spain (2020-) Civil Guard",
     "actor1"),
    ("Carabineros fired tear gas and water cannon at thousands of students marching in Valparaiso on Thursday.",
     "Protests", "Protest with intervention", "Chile", date(2022, 6, 9), "Police Forces of Chile (2022-) Carabineros",
     "actor2"),
    ("The FTC clashed with an EPP column in the hills near Yby Yau on Sunday, a local official said.",
     "Battles", "Armed clash", "Paraguay", date(2021, 2, 14), "Military Forces of Paraguay", "actor1"),
])
def test_branches_of_state_forces_named_in_news(resolver, text, event_type, sub_event_type, country, when, actor, field):
    rec = resolve(resolver, text, event_type, sub_event_type, country, when)
    assert getattr(rec, field).startswith(actor)
