"""Session 15: who claims an attack. My own example sentence."""

from newsevents import nlp
from newsevents.claims import ClaimResolver


def test_the_claimant_takes_in_the_clause_that_describes_it():
    doc = nlp.load()("The group's regional branch, which calls itself Sahel Province, claimed the attack on a "
                     "patrol near Menaka.")
    claimants = ClaimResolver().claimants(next(iter(doc.sents)))
    words = {doc[i].text for i in claimants}
    assert {"branch", "Sahel", "Province"} <= words
    assert not {"patrol", "Menaka"} & words
