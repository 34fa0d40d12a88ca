"""Actors stage, nineteenth session: a country's forces named with the country after 'of' ('military forces of Russia',
'troops of the United States'); a PDF branch named with its town after a dash or in brackets ('PDF - Kalay',
'PDF-Tamu', 'the People's Defense Force (Kalay)') or before the group's full name ('the Monywa People's Defense
Force'); in Brazil, whose coverage lists the state's forces first in battles, the other side first where the text
tells it opening the fight."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    ("On 7 March 2022, military forces of Russia fired several rockets at Zaporizhzhia, Zaporizhzhia region. "
     "Casualties unknown.", date(2022, 3, 8), "Military Forces of Russia (2000-)"),
    ("On 12 June 2022, armed forces of Turkey shelled the outskirts of Batifa, Zakho district, Duhok, Iraq. "
     "No casualties were reported.", date(2022, 6, 13), "Military Forces of Turkey (2016-)"),
])
def test_forces_of_a_country_named_after_of(pipeline, text, when, actor1):
    found = events(pipeline, text, when)
    assert found and found[0].actor1 == actor1


@pytest.mark.parametrize("text, actor1", [
    ("On 4 May 2022, PDF - Gangaw ambushed a military column near Kyin village, Gangaw township (Gangaw district, "
     "Magway region). Three soldiers were killed.", "People's Defense Force - Gangaw"),
    ("On 4 May 2022, near Kyin village, Gangaw township (Magway region), PDF-Gangaw fighters attacked a police "
     "outpost with homemade mines.", "People's Defense Force - Gangaw"),
    ("On 4 May 2022, the People's Defense Force (Gangaw) raided a junta camp near Kyin village, Gangaw township, "
     "Magway region.", "People's Defense Force - Gangaw"),
    ("On 4 May 2022, the Gangaw People's Defense Force Battalion 2 attacked a military convoy near Kyin village, "
     "Gangaw township, Magway region.", "People's Defense Force - Gangaw"),
])
def test_pdf_branch_named_after_its_town(pipeline, text, actor1):
    found = events(pipeline, text, date(2022, 5, 5))
    assert found and found[0].actor1 == actor1


@pytest.mark.parametrize("text", [
    "On 4 May 2022, the PDF (under the NUG) ambushed a military column near Kyin village, Gangaw township, Magway region.",
    "On 4 May 2022, the People's Defense Force (PDF) ambushed a military column near Kyin village, Gangaw township, Magway region.",
])
def test_no_town_in_brackets_keeps_the_pdf(pipeline, text):
    found = events(pipeline, text, date(2022, 5, 5))
    assert found and found[0].actor1 == "PDF: People's Defense Force"


@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 9 July 2022, in Belford Roxo (Rio de Janeiro), drug traffickers initiated an armed confrontation "
     "with military police officers in the Babi neighborhood. Police seized a rifle and drugs.",
     "Unidentified Gang (Brazil)", "Military Forces of Brazil (2019-) Military Police"),
    ("On 9 July 2022, in Feira de Santana (Bahia), a military police officer was shot and wounded by two armed "
     "individuals who escaped on a motorcycle. There were no fatalities.",
     "Unidentified Gang and/or Police Militia", "Military Forces of Brazil (2019-) Military Police"),
    # an exchange of fire told without who opened it keeps the state's forces first
    ("On 9 July 2022, in Feira de Santana (Bahia), gang members exchanged fire with military police in the "
     "Campo Limpo neighborhood. One suspect was killed. 1 fatality.",
     "Military Forces of Brazil (2019-) Military Police", "Unidentified Gang (Brazil)"),
])
def test_brazil_side_that_opens_the_fight_comes_first(pipeline, text, actor1, actor2):
    found = events(pipeline, text, date(2022, 7, 10))
    assert found and (found[0].actor1, found[0].actor2) == (actor1, actor2)


def test_foreign_forces_alone_in_a_battle_fight_the_countrys_own(pipeline):
    text = ("On 3 June 2022, Russian forces engaged in an offensive in the direction of Dovhenke, Kharkiv region. "
            "Casualties unknown.")
    found = events(pipeline, text, date(2022, 6, 4))
    assert found and (found[0].actor1, found[0].actor2) == ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")

