"""Actors stage, session 25 (helper B): Mexico's National Guard written in Spanish, and men whose community a
bracket guesses. My own example sentences."""

from datetime import date

from conftest import sole_event_actors

WHEN = date(2022, 5, 3)


# ---- 'Guardia Nacional': Mexico's National Guard, a unit ACLED codes under the police -------------------------
def test_guardia_nacional_clashing_is_mexicos_national_guard(pipeline):
    text = "Elements of the Guardia Nacional clashed with gunmen in Celaya, Guanajuato, on Monday, leaving two attackers dead."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Police Forces of Mexico (2018-) National Guard"


def test_guardia_nacional_patrol_ambushed_is_the_target(pipeline):
    text = "Gunmen ambushed a Guardia Nacional patrol near Zamora, Michoacan, on Sunday, killing two guardsmen."
    assert sole_event_actors(pipeline, text, WHEN)[1] == "Police Forces of Mexico (2018-) National Guard"


def test_agentes_de_la_guardia_nacional_who_detain_migrants(pipeline):
    text = "Agentes de la Guardia Nacional detained five migrants in Tapachula, Chiapas."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Police Forces of Mexico (2018-) National Guard"


def test_guardia_civil_stays_spains_civil_guard(pipeline):
    text = "Members of the Guardia Civil arrested six people in Ceuta on Monday."
    assert sole_event_actors(pipeline, text, WHEN)[0].startswith("Police Forces of Spain")


# ---- a bracket that guesses the community of unknown or armed men ---------------------------------------------
def test_unknown_gunmen_possible_farmers_in_square_brackets_are_a_communal_militia(pipeline):
    text = "On 3 June 2021, unknown gunmen [possible herders] killed a farmer near Kandi (Kandi, Alibori)."
    assert sole_event_actors(pipeline, text, WHEN) == ("Unidentified Communal Militia (Benin)", "Civilians (Benin)")


def test_men_armed_with_machetes_believed_to_be_farmers_are_a_communal_militia(pipeline):
    text = "On 3 June 2021, men armed with machetes (believed to be farmers) wounded a herder near Kandi (Kandi, Alibori)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Communal Militia (Benin)"


def test_quoted_terrorists_likely_to_be_a_named_group_are_that_group(pipeline):
    text = ("On 19 January 2022, the Malian army carried out ground operations near Nara (Nara, Koulikoro). "
            "Twelve 'terrorists' (likely to be JNIM militants) were killed.")
    assert sole_event_actors(pipeline, text, date(2022, 1, 19)) == (
        "Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims")


def test_unknown_gunmen_without_a_bracket_stay_an_unidentified_armed_group(pipeline):
    text = "On 3 June 2021, unknown gunmen killed a farmer near Kandi (Kandi, Alibori)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Armed Group (Benin)"


# ---- people who attack as a community, with armed men acting only in another sentence -------------------------
def test_herders_who_kill_are_a_communal_militia_though_police_engage_them_in_the_next_sentence(pipeline):
    text = ("Four people were killed by herders in a village near Kapenguria on Sunday. "
            "Police reservists later engaged the raiders, killing two of them.")
    assert sole_event_actors(pipeline, text, WHEN) == ("Unidentified Communal Militia (Kenya)", "Civilians (Kenya)")


def test_villagers_reprisal_is_theirs_though_herders_killed_the_day_before(pipeline):
    text = ("On 2 May 2021, villagers killed three Fulani herders near Kalale (Kalale, Borgou) in a reprisal attack. "
            "Suspected Fulani herders had killed a farmer there the day before.")
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Communal Militia (Benin)"


def test_villagers_killed_by_gunmen_in_the_same_sentence_stay_civilians(pipeline):
    text = "On 2 May 2021, gunmen killed three villagers near Kalale (Kalale, Borgou)."
    assert sole_event_actors(pipeline, text, WHEN) == ("Unidentified Armed Group (Benin)", "Civilians (Benin)")


# ---- a country's branch named with its demonym ----------------------------------------------------------------
def test_venezuelas_national_guard_is_acleds_gnb_branch(pipeline):
    text = "National Guard troops detained three smugglers in Ureña, Tachira, on Monday."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Military Forces of Venezuela (1999-) GNB: Venezuelan National Guard"


def test_bolivarian_national_guard_facing_protesters_is_the_gnb(pipeline):
    text = "Members of the Bolivarian National Guard fired tear gas at protesters in San Cristobal, Tachira, on Monday."
    assert sole_event_actors(pipeline, text, WHEN)[1] == "Military Forces of Venezuela (1999-) GNB: Venezuelan National Guard"


def test_ukraines_national_guard_keeps_its_own_branch(pipeline):
    text = "National Guard troops detained three men in Kharkiv on Monday."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Military Forces of Ukraine (2019-) National Guard"
