"""Sub-event types grouped into the kinds event detection (`detect.py`) and grouping (`grouping.py`) reason with."""

# the means of an explosion or remote attack: an explosive mechanism explains a generic killing in its sentence
# unless the killing has its own agent
MECHANISMS = {"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
              "Grenade", "Chemical weapon"}
TERRITORY_OUTCOMES = ("Government regains territory", "Non-state actor overtakes territory")
# event type -> the coarse kind of event it is, for telling a side detail of another kind from the event's own words
COARSE_KIND = {"Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
               "Protests": "protest", "Riots": "protest", "Strategic developments": "strategic"}
