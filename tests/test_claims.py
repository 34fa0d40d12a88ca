"""Claim status and claimant on my own example sentences."""

import pytest

from newsevents import nlp
from newsevents.claims import ClaimResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return ClaimResolver()


def run(resolver, text, actor1=None):
    doc = nlp.load()(text)
    rec = EventRecord(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                      actor1=actor1)
    draft = EventDraft(record=rec, sentences=list(doc.sents))
    resolver(Article(text=text, doc=doc), [draft])
    return rec


def test_claim_with_canonical_actor(resolver):
    rec = run(resolver, "Al-Shabaab claimed responsibility for the roadside bomb that hit a convoy in Lower Shabelle.",
              actor1="Al Shabaab")
    assert (rec.status, rec.claimed_by) == ("claimed", "Al Shabaab")


def test_generic_claimant_takes_actor1(resolver):
    rec = run(resolver, "A blast struck a bus in Quetta. The militants later took responsibility for the attack.",
              actor1="BLA: Baloch Liberation Army")
    assert (rec.status, rec.claimed_by) == ("claimed", "BLA: Baloch Liberation Army")


def test_claimant_words_without_actor(resolver):
    rec = run(resolver, "The Jama'at Nusrat al-Islam group said it carried out the ambush near Djibo.")
    assert rec.status == "claimed" and "Nusrat" in rec.claimed_by


def test_claim_beats_allegedly(resolver):
    rec = run(resolver, "Rebels claimed responsibility for two raids in Cabo Delgado, allegedly killing five soldiers.")
    assert rec.status == "claimed"


def test_alleged_alone(resolver):
    rec = run(resolver, "Soldiers allegedly beat a shopkeeper to death in Mandalay.")
    assert (rec.status, rec.claimed_by) == ("alleged", None)


def test_unconfirmed_alone(resolver):
    assert run(resolver, "Unconfirmed reports say a drone hit a depot near Sevastopol.").status == "unconfirmed"


def test_confirmation_after_unconfirmed_reports(resolver):
    rec = run(resolver, "Unconfirmed reports last week said the rebels executed two hostages in Mali. "
                        "The group has now confirmed the killings.")
    assert rec.status == "confirmed"
    assert rec.evidence_for("status").rule == "confirmed after earlier unconfirmed reports"


def test_denial(resolver):
    rec = run(resolver, "Villagers blamed the army for the killings in Tigray, but the military denied any involvement.")
    assert rec.status == "denied"


def test_plain_report(resolver):
    rec = run(resolver, "A landmine exploded under a truck in Kassala, killing the driver.")
    assert (rec.status, rec.claimed_by) == ("reported", None)


def test_responsible_finds_claimant_and_the_blamed(resolver):
    doc = nlp.load()("The interior ministry blamed the rebel Allied Democratic Forces for the massacre. "
                     "The Islamic State group claimed the attack in a statement on Telegram.")
    blamed, claimed = [resolver.responsible(s) for s in doc.sents]
    assert [s.text for s in blamed] == ["the rebel Allied Democratic Forces"]
    assert claimed and "Islamic State" in claimed[0].text
    assert resolver.responsible(next(nlp.load()("Police said the blast killed four people.").sents)) == []


def test_nobody_claiming_is_not_a_claim():
    from datetime import date

    from newsevents import Pipeline

    pipeline = Pipeline()
    for text in ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing seven people. "
                 "No group immediately claimed responsibility for the blast.",
                 "Gunmen shot dead a village chief near Tillaberi on Monday. Nobody has claimed the killing so far."):
        records = pipeline.extract(text, published=date(2023, 6, 10))
        assert records, text
        assert all(r.status != "claimed" and r.claimed_by is None for r in records), text


def test_each_side_blaming_the_other_disputes_the_event(resolver):
    status = run(resolver, "Shells hit a market in Kadugli on Friday, killing six people. The army accused the SPLM-N "
                           "of shelling the town. The SPLM-N blamed the army for the attack.").evidence_for("status")
    assert status.rule == "each side blames the other"


def test_one_party_blamed_twice_is_no_dispute(resolver):
    rec = run(resolver, "Officials blamed the Allied Democratic Forces for the massacre in Lubero. The governor also "
                        "accused the ADF of burning houses. The killings were blamed on the ADF by local activists.")
    assert rec.status == "reported"


def test_a_group_statement_about_its_fighters_is_a_claim(resolver):
    rec = run(resolver, "Gunmen raided a police station in Zhob on Sunday. In a statement, the TTP said its fighters "
                        "had killed six policemen.")
    assert rec.status == "claimed" and "TTP" in rec.claimed_by


def test_the_army_telling_what_its_troops_did_claims_nothing(resolver):
    rec = run(resolver, "Troops raided a rebel camp near Kalemie. The army said its soldiers had killed nine rebels.")
    assert rec.status == "reported" and rec.claimed_by is None


def test_a_denial_right_after_the_event_disputes_it(pipeline):
    from datetime import date

    text = ("ISWAP claims attack on army base in Borno\n\n"
            "MAIDUGURI — Islamic State West Africa Province fighters attacked an army base in Rann in Borno state on "
            "Sunday, the group said in a statement, claiming to have killed 30 soldiers.\n\n"
            "An army spokesman rejected the claims and said the base had not been breached.\n\n"
            "Aid workers left Rann last year after repeated raids.")
    records = pipeline.extract(text, published=date(2024, 4, 9))
    assert [r.status for r in records] == ["denied"]
