"""Actors stage: roles from the parse, aliases, ACLED naming and per-type conventions.

Drafts are built here by hand (one event per text, every sentence reporting it) so the tests do
not depend on the detector.
"""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.actors import ActorResolver, load_dictionary
from newsevents.document import Article, EventDraft
from newsevents.schema import INTER_CODES, EventRecord

from conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def parsed(text: str, when: date) -> tuple[Article, object]:
    """An article parsed as the pipeline parses it, and its spaCy Doc."""
    doc = nlp.load()(text)
    return Article(text=text, published=when, doc=doc), doc


def resolve(resolver, text, event_type, sub_event_type, country, when=date(2022, 3, 10)):
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    draft = EventDraft(record=record, sentences=list(doc.sents))
    resolver(article, [draft])
    return record


def test_active_voice_perpetrator_and_civilian_target(resolver):
    rec = resolve(resolver, "Suspected Boko Haram fighters stormed a village near Konduga on Tuesday and shot dead "
                  "eleven farmers, residents said.", "Violence against civilians", "Attack", "Nigeria")
    assert rec.actor1 == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert rec.inter1 == "Rebel group"
    assert rec.actor2 == "Civilians (Nigeria)"
    assert rec.inter2 == "Civilians"
    assert rec.civilian_targeting is True
    assert rec.evidence_for("actor1").match.startswith("Boko Haram")


def test_passive_voice_agent_is_actor1(resolver):
    rec = resolve(resolver, "Three Malian soldiers were killed by JNIM militants in an ambush outside Boni on Sunday.",
                  "Battles", "Armed clash", "Mali")
    assert rec.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert rec.actor2.startswith("Military Forces of Mali")
    assert rec.inter2 == "State forces"


def test_battle_between_army_and_rebels_by_alias(resolver):
    rec = resolve(resolver, "The Congolese army clashed with M23 rebels near Rutshuru on Monday, a local official said.",
                  "Battles", "Armed clash", "Democratic Republic of Congo")
    assert rec.actor1.startswith("Military Forces of the Democratic Republic of Congo")
    assert rec.actor2 == "M23: March 23 Movement"


def test_foreign_forces_are_external_and_period_follows_event_date(resolver):
    rec = resolve(resolver, "Russian forces shelled residential areas of Kharkiv overnight, killing four people.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine")
    assert rec.actor1 == "Military Forces of Russia (2000-)"
    assert rec.inter1 == "External/Other forces"
    assert rec.actor2 == "Civilians (Ukraine)"


def test_state_name_period_is_chosen_by_date():
    d = load_dictionary()
    assert d.state_name("Afghanistan", "military", date(2020, 5, 1)) == "Military Forces of Afghanistan (2014-2021)"
    assert d.state_name("Afghanistan", "military", date(2022, 5, 1)) == "Military Forces of Afghanistan (2021-)"
    assert d.state_name("Myanmar", "military", date(2021, 4, 1)) == "Military Forces of Myanmar (2021-)"
    assert d.state_name("Ruritania", "police", None) == "Police Forces of Ruritania"


def test_unknown_gunmen_are_unidentified_armed_group(resolver):
    rec = resolve(resolver, "Unknown gunmen abducted a parish priest on the road between Kaduna and Abuja on Friday.",
                  "Violence against civilians", "Abduction/forced disappearance", "Nigeria")
    assert rec.actor1 == "Unidentified Armed Group (Nigeria)"
    assert rec.actor2 == "Civilians (Nigeria)"


def test_no_perpetrator_named_defaults_to_unidentified(resolver):
    rec = resolve(resolver, "A roadside bomb killed two farmers near Tillaberi.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Niger")
    assert rec.actor1 == "Unidentified Armed Group (Niger)"
    assert rec.actor2 == "Civilians (Niger)"


def test_protest_convention_with_named_groups_and_police_intervention(resolver):
    rec = resolve(resolver, "Hundreds of university students marched to parliament in Nairobi demanding lower fees. "
                  "Police dispersed them with tear gas.", "Protests", "Protest with intervention", "Kenya",
                  when=date(2019, 11, 5))
    assert rec.actor1 == "Protesters (Kenya)"
    assert rec.inter1 == "Protesters"
    assert rec.assoc_actor_1 == "Students (Kenya)"
    assert rec.actor2 == "Police Forces of Kenya (2013-)"


def test_peaceful_protest_has_no_actor2(resolver):
    rec = resolve(resolver, "Nurses staged a sit-in outside the health ministry in Bogota over unpaid wages.",
                  "Protests", "Peaceful protest", "Colombia")
    assert rec.actor1 == "Protesters (Colombia)"
    assert rec.assoc_actor_1 == "Health Workers (Colombia)"
    assert rec.actor2 is None
    assert rec.civilian_targeting is False


def test_riot_convention_mob_violence(resolver):
    rec = resolve(resolver, "An angry mob lynched a man suspected of stealing a motorbike in Kisumu.",
                  "Riots", "Mob violence", "Kenya")
    assert rec.actor1 == "Rioters (Kenya)"
    assert rec.inter1 == "Rioters"
    assert rec.actor2 == "Civilians (Kenya)"


def test_arrests_police_and_detainees(resolver):
    rec = resolve(resolver, "Police in Bogota arrested twelve people suspected of links to a drug gang.",
                  "Strategic developments", "Arrests", "Colombia")
    assert rec.actor1.startswith("Police Forces of Colombia")
    assert rec.actor2 == "Civilians (Colombia)"


def test_junta_soldiers_in_myanmar(resolver):
    rec = resolve(resolver, "Junta troops torched more than 200 houses in a village in Sagaing region, residents said.",
                  "Strategic developments", "Looting/property destruction", "Myanmar", when=date(2022, 6, 1))
    assert rec.actor1 == "Military Forces of Myanmar (2021-)"
    assert rec.actor2 == "Civilians (Myanmar)"


def test_pdf_abbreviation_is_case_sensitive(resolver):
    rec = resolve(resolver, "Local PDF fighters ambushed a military convoy in Kani township.",
                  "Battles", "Armed clash", "Myanmar", when=date(2022, 6, 1))
    assert rec.actor1 == "PDF: People's Defense Force"
    assert rec.actor2 == "Military Forces of Myanmar (2021-)"
    rec = resolve(resolver, "Officials said a pdf file with the casualty list was leaked.",
                  "Strategic developments", "Other", "Myanmar")
    assert rec.actor1 != "PDF: People's Defense Force"


def _seed_draft(doc, needle, event_type, sub_event_type):
    sent = next(s for s in doc.sents if needle in s.text)
    return EventDraft(record=EventRecord(event_type=event_type, sub_event_type=sub_event_type, country="Afghanistan"),
                      sentences=[sent])


def test_reference_article_roles(resolver):
    text = SEED_ARTICLE.read_text()
    article = Article(text=text, published=date(2021, 9, 26))
    article.doc = nlp.load()(text)
    execution = _seed_draft(article.doc, "dragged Khorasani", "Violence against civilians", "Attack")
    jalalabad = _seed_draft(article.doc, "three attacks in the city", "Battles", "Armed clash")
    airport = _seed_draft(article.doc, "suicide bombing outside of Kabul", "Explosions/Remote violence", "Suicide bomb")
    shooting = _seed_draft(article.doc, "suicide bombing outside of Kabul", "Violence against civilians", "Attack")
    for d in (execution, jalalabad, airport, shooting):
        d.record.event_date = date(2021, 9, 22)
    resolver(article, [execution, jalalabad, airport])
    assert execution.record.actor1 == "Taliban"
    assert jalalabad.record.actor1 == "Islamic State (Afghanistan)"
    assert jalalabad.record.actor2 == "Taliban"
    assert airport.record.actor1 == "Islamic State (Afghanistan)"


def test_taliban_become_state_forces_in_2022(resolver):
    rec = resolve(resolver, "Taliban forces detained and beat a former army officer in Kunduz city.",
                  "Violence against civilians", "Attack", "Afghanistan", when=date(2022, 2, 3))
    assert rec.actor1 == "Military Forces of Afghanistan (2021-)"
    assert rec.inter1 == "State forces"


def test_identity_militia_named_after_people_takes_event_country(resolver):
    rec = resolve(resolver, "Turkana raiders attacked a Pokot settlement near Kapedo at dawn, killing three herders.",
                  "Violence against civilians", "Attack", "Kenya")
    assert rec.actor1 == "Turkana Ethnic Militia (Kenya)"
    assert rec.inter1 == "Identity militia"


def test_gendarmerie_is_the_unit_acled_names(resolver):
    rec = resolve(resolver, "Jihadists attacked the gendarmerie post in Arbinda overnight; two gendarmes were wounded.",
                  "Battles", "Armed clash", "Burkina Faso", when=date(2020, 7, 23))
    assert rec.actor2 == "Police Forces of Burkina Faso (2015-) Gendarmerie"
    rec = resolve(resolver, "Gunmen killed a gendarme at a checkpoint outside Kandi.", "Battles", "Armed clash", "Benin",
                  when=date(2021, 3, 2))
    assert rec.actor2.startswith("Police Forces of Benin")


def test_armed_farmers_who_attack_are_a_communal_militia(resolver):
    rec = resolve(resolver, "A group of farmers attacked a herders' camp near Kaiama and wounded two women.",
                  "Violence against civilians", "Attack", "Nigeria")
    assert rec.actor1 == "Unidentified Communal Militia (Nigeria)"
    assert rec.inter1 == "Identity militia"
    assert rec.actor2 == "Civilians (Nigeria)"


def test_headline_passive_without_auxiliary(resolver):
    rec = resolve(resolver, "Police post in Mandera attacked by suspected Al-Shabaab militants",
                  "Battles", "Armed clash", "Kenya", when=date(2018, 6, 2))
    assert rec.actor1 == "Al Shabaab"
    assert rec.actor2 == "Police Forces of Kenya (2013-)"


def test_riot_between_rival_groups_has_rioters_on_both_sides(resolver):
    rec = resolve(resolver, "Supporters of two rival candidates clashed with stones and clubs outside a polling "
                  "station in Kakamega.", "Riots", "Mob violence", "Kenya")
    assert rec.actor1 == "Rioters (Kenya)"
    assert rec.actor2 == "Rioters (Kenya)"


def test_people_named_without_noun_and_place_word_guard(resolver):
    rec = resolve(resolver, "Three people died in clashes between Pokot and Marakwet herders near the Kerio valley.",
                  "Battles", "Armed clash", "Kenya")
    assert rec.actor1 == "Pokot Ethnic Militia (Kenya)"
    rec = resolve(resolver, "Unknown gunmen shot dead a trader in Turkana County on Sunday.",
                  "Violence against civilians", "Attack", "Kenya")
    assert rec.actor1 == "Unidentified Armed Group (Kenya)"


def test_trigger_clause_decides_between_two_events_in_one_sentence(resolver):
    text = ("Al-Shabaab militants claimed the ambush on the convoy near Afmadow, after which Kenyan soldiers "
            "shot dead four herders in a nearby village.")
    article, doc = parsed(text, date(2022, 4, 2))
    sent = list(doc.sents)[0]
    ambush = EventDraft(record=EventRecord(event_type="Battles", sub_event_type="Armed clash", country="Somalia"),
                        sentences=[sent], trigger=doc[5:6])
    shooting = EventDraft(record=EventRecord(event_type="Violence against civilians", sub_event_type="Attack",
                                             country="Somalia"),
                          sentences=[sent], trigger=next(t for t in doc if t.text == "shot"))
    resolver(article, [ambush, shooting])
    assert ambush.record.actor1 == "Al Shabaab"
    assert shooting.record.actor1.startswith("Military Forces of Kenya")
    assert shooting.record.inter1 == "External/Other forces"
    assert shooting.record.actor2 == "Civilians (Somalia)"


def test_captured_fighters_killed_are_civilians_with_their_group_associated(resolver):
    rec = resolve(resolver, "Soldiers executed five captured ISWAP fighters at a checkpoint outside Monguno.",
                  "Violence against civilians", "Attack", "Nigeria")
    assert rec.actor1.startswith("Military Forces of Nigeria")
    assert rec.actor2 == "Civilians (Nigeria)"
    assert rec.assoc_actor_2 == "Islamic State (West Africa) - Lake Chad Faction"


def test_named_group_identifies_unknown_gunmen(resolver):
    rec = resolve(resolver, "Unknown gunmen, believed to be Ansaroul Islam militants, burned a school near Djibo.",
                  "Strategic developments", "Looting/property destruction", "Burkina Faso", when=date(2019, 5, 2))
    assert rec.actor1 == "Ansaroul Islam"
    assert rec.actor2 == "Civilians (Burkina Faso)"


def test_group_named_per_country_takes_event_country(resolver):
    rec = resolve(resolver, "Islamist militia fighters raided a village in Macomia district and beheaded two men.",
                  "Violence against civilians", "Attack", "Mozambique")
    assert rec.actor1 == "Islamist Militia (Mozambique)"


def test_shelling_with_only_a_target_named_has_unknown_perpetrator(resolver):
    rec = resolve(resolver, "Artillery shells landed on Houthi positions near Hays overnight.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Yemen")
    assert rec.actor1 == "Unidentified Armed Group (Yemen)"
    assert rec.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_every_dictionary_type_is_an_acled_inter_code():
    d = load_dictionary()
    types = {a["type"] for a in d.actors.values()} | set(d.kinds.values()) | {t for _, t in d.country_templates.values()}
    assert types <= set(INTER_CODES)
    assert len(d.actors) > 1000 and "Al Shabaab" in d.actors


def resolve_first(resolver, text, event_type, sub_event_type, country, when=date(2023, 5, 4)):
    """Like `resolve`, but only the first sentence reports the event; the rest is the article around it."""
    article, doc = parsed(text, when)
    record = EventRecord(event_type=event_type, sub_event_type=sub_event_type, country=country, event_date=when)
    resolver(article, [EventDraft(record=record, sentences=list(doc.sents)[:1])])
    return record


@pytest.mark.parametrize("text", [
    "A car bomb went off near a crowded bus station in Kirkuk on Monday, killing six people, police said.",
    "A car bomb went off near a crowded bus station in Kirkuk on Monday, killing six people, a police spokesman said.",
    "A car bomb went off near a crowded bus station in Kirkuk on Monday, killing six people, according to the army.",
    "A car bomb went off near a crowded bus station in Kirkuk on Monday, killing six people, a spokesman for the "
    "provincial police told reporters.",
])
def test_who_reports_the_event_is_not_its_perpetrator(resolver, text):
    rec = resolve(resolver, text, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Iraq")
    assert rec.actor1.startswith("Unidentified Armed Group")


def test_speaker_reporting_its_own_action_stays_the_perpetrator(resolver):
    rec = resolve(resolver, "The army said it killed twelve militants in an ambush north of Gao on Sunday.",
                  "Battles", "Armed clash", "Mali", when=date(2022, 6, 1))
    assert rec.actor1 == "Military Forces of Mali (2021-)"


def test_claimant_elsewhere_in_the_article_becomes_actor1(resolver):
    rec = resolve_first(resolver, "A roadside bomb tore through a minibus outside Beledweyne on Friday, killing four "
                        "passengers. Hours later Al-Shabaab claimed responsibility for the blast.",
                        "Explosions/Remote violence", "Remote explosive/landmine/IED", "Somalia")
    assert rec.actor1 == "Al Shabaab"
    assert rec.evidence_for("actor1").sentence.startswith("Hours later")


def test_group_blamed_for_the_attack_becomes_actor1(resolver):
    rec = resolve_first(resolver, "Gunmen opened fire on a police post in Bannu overnight, killing two constables. "
                        "The provincial government blamed the Pakistani Taliban for the attack.",
                        "Battles", "Armed clash", "Pakistan")
    assert rec.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert rec.actor2 == "Police Forces of Pakistan (2022-)"


def test_two_groups_claiming_leave_the_perpetrator_unidentified(resolver):
    rec = resolve_first(resolver, "A blast struck a checkpoint near Baidoa on Monday, killing three soldiers. "
                        "Al-Shabaab claimed responsibility for a separate raid in Gedo, and the Islamic State "
                        "claimed responsibility for a bombing in Bosaso.",
                        "Explosions/Remote violence", "Remote explosive/landmine/IED", "Somalia")
    assert rec.actor1.startswith("Unidentified Armed Group")


def test_pakistani_taliban_are_not_the_afghan_taliban(resolver):
    rec = resolve(resolver, "Fighters of the Pakistani Taliban stormed a police post in Bannu on Tuesday night.",
                  "Battles", "Armed clash", "Pakistan")
    assert rec.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    rec = resolve(resolver, "TTP militants stormed a police post in Bannu on Tuesday night.",
                  "Battles", "Armed clash", "Pakistan")
    assert rec.actor1 == "TTP: Tehreek-i-Taliban Pakistan"


def test_a_countrys_own_adjective_is_not_an_ethnic_militia(resolver):
    rec = resolve(resolver, "Gunmen stormed a hotel in the Somali capital on Saturday, Somali officials said.",
                  "Battles", "Armed clash", "Somalia")
    assert "Ethnic Militia" not in (rec.actor1 or "") and "Ethnic Militia" not in (rec.actor2 or "")
    assert rec.actor1.startswith("Unidentified Armed Group")


def test_owner_of_the_weapon_is_actor1(resolver):
    rec = resolve(resolver, "A Russian missile slammed into a school in Zaporizhzhia on Monday, killing two teachers.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine")
    assert rec.actor1 == "Military Forces of Russia (2000-)"


def test_victims_coming_under_fire_are_actor2(resolver):
    rec = resolve(resolver, "Malian soldiers came under heavy fire from JNIM fighters near Boni on Wednesday.",
                  "Battles", "Armed clash", "Mali", when=date(2022, 6, 1))
    assert rec.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert rec.actor2 == "Military Forces of Mali (2021-)"


def test_militia_named_among_the_victims_is_not_the_attacker(resolver):
    rec = resolve(resolver, "Jihadists ambushed a convoy near Djibo on Monday, killing nine soldiers and six members "
                  "of the Volunteers for the Defence of the Homeland, the army said.",
                  "Battles", "Armed clash", "Burkina Faso")
    assert rec.actor1.startswith("Unidentified Armed Group")


def test_army_reporting_its_own_air_operations_is_the_perpetrator(resolver):
    rec = resolve(resolver, "The army said in a statement that air operations near Kaya had struck a column of "
                  "JNIM fighters, killing 14 of them.", "Explosions/Remote violence", "Air/drone strike", "Burkina Faso")
    assert rec.actor1 == "Military Forces of Burkina Faso (2022-)"
    assert rec.actor2 == "JNIM: Group for Support of Islam and Muslims"


def test_headline_passive_victims_are_not_perpetrators(resolver):
    rec = resolve(resolver, "Three Kenyan soldiers killed by landmine in Lamu", "Explosions/Remote violence",
                  "Remote explosive/landmine/IED", "Kenya", when=date(2021, 4, 2))
    assert rec.actor1.startswith("Unidentified Armed Group")
    assert rec.actor2 == "Military Forces of Kenya (2013-)"


def test_claim_before_the_event_in_the_body_is_about_another_attack(resolver):
    text = ("Security in Khost. Gunmen attacked a police post on Monday, killing two officers. "
            "The Pakistani Taliban claimed responsibility. In another incident on Tuesday, a landmine struck a van "
            "near Bannu, killing a driver.")
    article, doc = parsed(text, date(2023, 5, 4))
    sents = list(doc.sents)
    first = EventRecord(event_type="Battles", sub_event_type="Armed clash", country="Pakistan",
                        event_date=date(2023, 5, 4))
    later = EventRecord(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                        country="Pakistan", event_date=date(2023, 5, 4))
    resolver(article, [EventDraft(record=first, sentences=[sents[1]]), EventDraft(record=later, sentences=[sents[3]])])
    assert first.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert later.actor1.startswith("Unidentified Armed Group")


def test_people_named_before_a_noun_keep_their_militia_unless_the_name_is_a_nations(resolver):
    rec = resolve(resolver, "Bariba farmers armed with rifles attacked a herders' camp near Kerou, wounding three "
                  "people.", "Violence against civilians", "Attack", "Benin")
    assert rec.actor1 == "Bariba Ethnic Militia (Benin)"
    rec = resolve(resolver, "Turkish forces backed by allied militiamen shelled a village near Manbij on Friday.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Syria")
    assert rec.actor1 == "Military Forces of Turkey (2016-)"


def test_a_group_denying_or_condemning_is_not_the_perpetrator(resolver):
    rec = resolve(resolver, "A car bomb exploded outside a hotel in Quetta on Tuesday, killing five people. "
                  "The Baloch Liberation Army denied any involvement.", "Explosions/Remote violence",
                  "Remote explosive/landmine/IED", "Pakistan")
    assert rec.actor1.startswith("Unidentified Armed Group")
    rec = resolve(resolver, "Gunmen killed a teacher in Kidal on Sunday. The government condemned the killing.",
                  "Violence against civilians", "Attack", "Mali")
    assert rec.actor1.startswith("Unidentified Armed Group")


def test_force_named_before_a_facility_is_the_target(resolver):
    rec = resolve(resolver, "A car bomb exploded outside a police station in Quetta on Tuesday, killing five "
                  "officers.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Pakistan")
    assert rec.actor1.startswith("Unidentified Armed Group")
    assert rec.actor2.startswith("Police Forces of Pakistan")
    rec = resolve(resolver, "A police patrol opened fire on rioters in Nakuru on Friday.", "Riots",
                  "Violent demonstration", "Kenya")
    assert rec.actor2.startswith("Police Forces of Kenya")


def test_the_group_means_the_group_named_earlier_in_its_sentence(resolver):
    text = ("Boko Haram fighters raided a market in Gwoza. Officials of Al Shabaab said on Monday that the group "
            "had attacked an army base near Kismayo.")
    article, doc = parsed(text, date(2023, 5, 4))
    sents = list(doc.sents)
    rec = EventRecord(event_type="Battles", sub_event_type="Armed clash", country="Somalia",
                      event_date=date(2023, 5, 1))
    resolver(article, [EventDraft(record=rec, sentences=[sents[1]])])
    assert rec.actor1 == "Al Shabaab"


def test_lowercase_is_is_a_verb_not_the_islamic_state(resolver):
    rec = resolve(resolver, "A shopkeeper was shot dead outside his home in Herat. The motive is unclear.",
                  "Violence against civilians", "Attack", "Afghanistan")
    assert rec.actor1 == "Unidentified Armed Group (Afghanistan)"
    rec = resolve(resolver, "IS militants shot dead a shopkeeper outside his home in Herat.",
                  "Violence against civilians", "Attack", "Afghanistan")
    assert rec.actor1 == "Islamic State (Afghanistan)"


def test_a_civilian_acting_outside_the_event_clause_is_no_militia(resolver):
    text = "A trader was stabbed to death in the market after the man refused to pay a debt."
    article, doc = parsed(text, date(2022, 3, 10))
    record = EventRecord(event_type="Violence against civilians", sub_event_type="Attack", country="Kenya",
                         event_date=date(2022, 3, 10))
    trigger = next(t for t in doc if t.lower_ == "stabbed")
    draft = EventDraft(record=record, sentences=list(doc.sents), trigger=doc[trigger.i:trigger.i + 1])
    resolver(article, [draft])
    assert record.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_national_army_named_by_its_abbreviation(resolver):
    rec = resolve(resolver, "The SSPDF attacked rebel positions near Yei on Monday.", "Battles", "Armed clash",
                  "South Sudan")
    assert rec.actor1.startswith("Military Forces of South Sudan")
    rec = resolve(resolver, "Fighters raided a camp held by the FARDC near Beni.", "Battles", "Armed clash",
                  "Democratic Republic of Congo")
    assert rec.actor2.startswith("Military Forces of") and "Democratic Republic of Congo" in rec.actor2
