from datetime import date

from newsevents.cleanup import clean
from newsevents.document import RawInput

ARTICLE = """Rebels seize border town after two days of fighting
The army says it has withdrawn to regroup
By Amina Diallo - May 3 2023

Soldiers on patrol outside Gao last year. (Photo credit: Staff/Archive)

Rebel fighters took control of the town of Ber on Tuesday after two days of clashes with the army, residents said.

The army said it had withdrawn its troops to avoid civilian casualties.

Most Popular
How to grow tomatoes
Share this
"""


def test_headline_standfirst_byline_and_date_are_separated():
    a = clean(RawInput(text=ARTICLE))
    assert a.headline == "Rebels seize border town after two days of fighting"
    assert a.standfirst == "The army says it has withdrawn to regroup"
    assert a.byline.startswith("By Amina Diallo")
    assert a.published == date(2023, 5, 3)


def test_captions_and_trailing_junk_are_kept_out_of_event_text():
    a = clean(RawInput(text=ARTICLE))
    assert "Soldiers on patrol" not in a.text
    assert any("Soldiers on patrol" in c for c in a.captions)
    assert "Most Popular" not in a.text and "tomatoes" not in a.text
    assert a.text.index("Rebel fighters took control") >= a.body_start


def test_a_wire_dateline_lead_is_body_not_a_photo_credit():
    # '(Reuters' also marks photo credits; in a dateline it credits the story itself
    a = clean(RawInput(text="Soldiers killed in Mali\n\nBAMAKO (Reuters) - Gunmen killed 12 soldiers at an army post "
                            "on Tuesday, the army said.\n\nTroops patrol a road. (Reuters/Staff)\n\nThe post lies near Mopti."))
    assert "Gunmen killed 12 soldiers at an army post on Tuesday" in a.text
    assert not any("Gunmen" in c for c in a.captions)
    assert any("Troops patrol a road" in c for c in a.captions)


def test_dateline_is_stripped_from_first_paragraph():
    a = clean(RawInput(text="Blast hits market\n\nKABUL, Afghanistan (AP) — A bomb exploded at a market on Sunday, killing three people."))
    assert a.text.endswith("A bomb exploded at a market on Sunday, killing three people.")


def test_a_date_in_the_dateline_is_the_day_of_the_report_not_of_the_event():
    a = clean(RawInput(text="Youths clash in Jonglei\n\nJUBA, 30 December 2022 – Armed youths attacked the town of "
                            "Pibor on Tuesday, officials said."))
    assert a.text.endswith("Armed youths attacked the town of Pibor on Tuesday, officials said.")
    assert "30 December" not in a.text
    assert a.published == date(2022, 12, 30)
    # a publication date already known is kept; a dateline with a day and month but no year sets none
    kept = clean(RawInput(text="Clash\n\nJUBA, 30 December 2022 – Armed youths attacked Pibor on Tuesday, officials said.",
                          published=date(2022, 12, 31)))
    assert kept.published == date(2022, 12, 31)
    no_year = clean(RawInput(text="Clash\n\nJUBA, Dec. 30 (AP) — Armed youths attacked Pibor on Tuesday, officials said."))
    assert no_year.published is None and no_year.text.endswith("officials said.")


def test_a_dateline_day_before_publication_is_kept_as_the_day_the_story_was_written():
    text = "Youths clash in Jonglei\n\nJUBA, Dec. 30 (AP) — Armed youths attacked the town of Pibor on Tuesday, officials said."
    # published three days later: the dateline's day, in the year that puts it before publication
    assert clean(RawInput(text=text, published=date(2023, 1, 2))).dateline_day == date(2022, 12, 30)
    assert clean(RawInput(text=text, published=date(2022, 12, 30))).dateline_day == date(2022, 12, 30)
    # a dateline months before publication is no longer the day of writing; none at all gives none
    assert clean(RawInput(text=text, published=date(2023, 4, 2))).dateline_day is None
    plain = clean(RawInput(text="Youths clash in Jonglei\n\nJUBA (AP) — Armed youths attacked the town of Pibor on Tuesday, officials said.",
                           published=date(2023, 1, 2)))
    assert plain.dateline_day is None
    # a weekday before the day is part of the dateline, not of the place
    named_day = clean(RawInput(text=text.replace("Dec. 30 (AP)", "Friday 30 December 2022"), published=date(2023, 1, 2)))
    assert named_day.dateline_day == date(2022, 12, 30) and named_day.text.endswith("\n\nArmed youths attacked the "
                                                                                    "town of Pibor on Tuesday, officials said.")


def test_html_goes_through_trafilatura():
    html = ("<html><head><title>Clashes in Goma</title></head><body><nav>Home | World</nav><article><h1>Clashes in Goma</h1>"
            "<p>Fighters of the M23 rebel group clashed with the Congolese army near Goma on Monday, killing at least "
            "seven soldiers, according to local officials who spoke to reporters.</p><p>The fighting forced hundreds of "
            "families to flee towards the city centre, witnesses said on Tuesday evening.</p></article>"
            "<footer>Copyright 2023</footer></body></html>")
    a = clean(RawInput(text=html, is_html=True))
    assert "M23 rebel group clashed" in a.text
    assert "Home | World" not in a.text


def test_lead_paragraph_straight_after_headline_is_body_not_standfirst():
    a = clean(RawInput(text="Gunmen kill five in Zamfara raid\n\nGunmen on motorcycles attacked a village in "
                            "Zamfara state on Friday, killing five farmers, police said.\n\nTroops were deployed."))
    assert a.standfirst is None
    assert a.text.index("Gunmen on motorcycles") >= a.body_start


LIVE_PAGE = """Sudan war live: drone strike on Port Sudan depot; clashes in El Obeid
Key points
RSF drones hit a fuel depot in Port Sudan, the army says
Army and RSF fighters clash on the edge of El Obeid
Updated 40 minutes ago
14:05 GMT
Fighters of the Rapid Support Forces clashed with army troops on the southern edge of El Obeid on Wednesday afternoon, residents told local media.
11:20 GMT: Drones launched by the RSF struck a fuel depot at the port of Port Sudan early on Wednesday, setting several tanks on fire, an army spokesman said.
Last updated: 13:58 GMT
"""


def test_live_page_timestamps_and_summary_bullets_are_furniture():
    a = clean(RawInput(text=LIVE_PAGE))
    assert a.headline.startswith("Sudan war live")
    # the bullets retell the entries below them; the timestamps are no text at all
    assert "Key points" not in a.text and "the army says" not in a.text
    assert "GMT" not in a.text and "minutes ago" not in a.text
    assert "RSF drones hit a fuel depot in Port Sudan, the army says" in a.removed
    # a timestamp opening an entry goes, the entry stays whole
    assert "Drones launched by the RSF struck a fuel depot" in a.text
    assert "clashed with army troops on the southern edge of El Obeid" in a.text


def test_summary_bullets_without_body_below_them_stay():
    text = "What we know\n- Gunmen killed four miners at a gold site in Kadiolo on Sunday\n- The army sent reinforcements"
    a = clean(RawInput(text=text))
    assert "Gunmen killed four miners" in a.text


def test_a_clock_time_inside_prose_is_not_furniture():
    text = ("Explosion at depot\n\nThe blast hit the depot at 10:45 on Monday, killing two guards, police said.\n\n"
            "Firefighters worked through the night to put out the flames, which reached nearby homes.")
    a = clean(RawInput(text=text))
    assert "at 10:45 on Monday" in a.text


SIDEBAR_ABOVE_THE_STORY = """Police disperse traders' march in Eldoret
By Our Correspondent | Tuesday, May 9, 2023

Most Popular
- County unveils new budget for roads
- Football: Eldoret side promoted

ELDORET — Police fired tear gas to disperse about 300 traders who tried to march to the county offices on Monday to protest against new market fees, witnesses said.

Read more: Why market fees have risen across the Rift Valley

The traders had gathered at the main bus park from early morning, and several of them were briefly detained before being released in the afternoon.

In Kitale, a few dozen boda boda riders staged a peaceful protest outside the police station on the same day against the arrest of a colleague.

Related stories
- Traders count losses after demonstrations
"""


def test_a_sidebar_above_the_story_and_a_link_inside_it_are_dropped_not_the_story():
    a = clean(RawInput(text=SIDEBAR_ABOVE_THE_STORY))
    body = a.text[a.body_start:]
    assert body.startswith("Police fired tear gas")
    assert "In Kitale, a few dozen boda boda riders" in body
    assert "Most Popular" not in a.text and "County unveils" not in a.text and "Read more" not in a.text
    assert "Related stories" not in a.text and "count losses" not in a.text


LIVE_ENTRY_TITLES = """Sudan war live: strike on El Fasher market; RSF shells Omdurman

09:40 Drone strike hits El Fasher market
A drone struck the main market of El Fasher in North Darfur on Sunday morning, killing at least nine traders and wounding dozens, a local medical group said.

08:15 Shelling in Omdurman
The Rapid Support Forces shelled homes in the Karari district of Omdurman overnight, killing three people, residents said on Sunday.
"""


def test_the_time_before_a_live_entry_title_is_dropped_and_the_title_kept_as_its_heading():
    a = clean(RawInput(text=LIVE_ENTRY_TITLES))
    assert "09:40" not in a.text and "08:15" not in a.text
    assert "\n\nDrone strike hits El Fasher market\n\nA drone struck" in a.text
    assert "\n\nShelling in Omdurman\n\nThe Rapid Support Forces shelled" in a.text
