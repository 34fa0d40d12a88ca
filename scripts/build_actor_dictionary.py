"""Build src/newsevents/data/actors.json, the actor dictionary used by the actors stage.

Inputs: the actor names ACLED coded in the dev data (names, their countries and the dates they were
in use are facts) and the hand-kept vocabulary in data/actor_aliases.json. Only names, types,
countries, aliases and periods are written; no event text or coding row is copied.

    python scripts/build_actor_dictionary.py [../shared/data/acled-dev.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsevents" / "data"
DEFAULT_DEV = ROOT.parent / "shared" / "data" / "acled-dev.jsonl"

STATE_RE = re.compile(r"^(Military Forces|Police Forces|Government) of (.+?) \((\d{4})-(\d{4})?\)(?: (.+))?$")
COUNTRY_SUFFIX_RE = re.compile(r"^(.+) \(([^()\d]+)\)$")
IDENTITY_RE = re.compile(r"^([A-Z][\w' -]*?) (Ethnic|Communal|Clan|Tribal) Militia \(([^()]+)\)$")
ABBR_RE = re.compile(r"^([^:]{2,40}): (.+)$")

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
STATE_BODIES = ("Military Forces", "Police Forces", "Government")
GENERIC_KINDS = {"Protesters": "Protesters", "Rioters": "Rioters", "Civilians": "Civilians",
                 "Unidentified Armed Group": "Political militia"}


def infer_type(name: str, columns: Counter) -> str:
    """ACLED actor type from the shape of the name and where the name was used."""
    if STATE_RE.match(name):
        return "State forces"
    if name.startswith("Mutiny of"):
        return "Rebel group"
    m = COUNTRY_SUFFIX_RE.match(name)
    body = m.group(1) if m else name
    if body in GENERIC_KINDS:
        return GENERIC_KINDS[body]
    if re.search(r"(Ethnic|Communal|Clan|Tribal) Militia", name):
        return "Identity militia"
    if re.search(r"Militia|Gang|Vigilante|Cartel|Private Security", name):
        return "Political militia"
    if columns["violent"] and re.search(r"Islamic State|JNIM|Front|Liberation|Army|Rebel|Movement|Jihad|Defen[cs]e Force|Brigade", name):
        return "Rebel group"
    if columns["violent"] and not columns["assoc"]:
        return "Political militia"
    return "Civilians"  # associated groups (students, unions, parties, ethnic groups)


def aliases_for(name: str) -> tuple[list[str], list[str]]:
    """Lowercase aliases and case-sensitive abbreviations that a dev-data name implies."""
    if re.fullmatch(r"[A-Z]{3,}", name):
        # a name written in capitals ("EMERGENCY", an aid group) is matched as written: its lower-case form is a
        # common word ("a state of emergency")
        return [], [name]
    aliases, abbrs = {name.lower()}, []
    m = ABBR_RE.match(name)
    if m and not STATE_RE.match(name) and "and/or" not in name:
        abbr, full = m.groups()
        aliases.add(full.lower())
        for part in re.split(r"/", full):
            if len(part.split()) >= 2:
                aliases.add(part.strip().lower())
        # ACLED's full names leave out the article news writes after 'for' ("Group for Support of Islam and
        # Muslims": "the Group for the Support of Islam and Muslims")
        for alias in [a for a in aliases if len(a.split()) >= 3]:
            with_article = re.sub(r"\bfor (?!the\b)", "for the ", alias)
            if with_article != alias:
                aliases.add(with_article)
        for a in abbr.split("/"):
            a = a.strip()
            if len(a) >= 3 and a.upper() == a:
                abbrs.append(a)
    return sorted(aliases), abbrs


def to_date(s: str) -> date:
    return date.fromisoformat(s)


def _regime_periods(periods: list[dict], country: str, kind: str, changes: dict,
                    switched: dict | None = None) -> list[dict]:
    """One name per regime, in order, ending with the one in office now.

    ACLED closes a regime's name when it ends ("(2015-)" becomes "(2015-2023)"), so older notes carry the
    open form of a regime the newer ones call closed: the closed form is kept. A closed last regime had a
    successor the dev data never names; it gets the open name from the year it ended, so an event after
    the change is not coded with the former regime's forces; so does an open last regime the hand file knows
    ended after the dev data last use its name, or ended in a change after which the dev data name another
    body of the country by the new regime only once they no longer use this name (`switched`: each start
    year of the country's names of any body, with the day the dev data first use one)."""
    by_start: dict[int, dict] = {}
    for p in sorted(periods, key=lambda p: (p["start_year"], p["end_year"] is not None)):
        by_start[p["start_year"]] = p
    kept = sorted(by_start.values(), key=lambda p: p["start_year"])
    last = kept[-1]
    body, unit = kind.split("|", 1) if "|" in kind else (kind, None)
    the = "the " if last["name"].startswith(f"{body} of the ") else ""
    # regimes between two the dev data name: a closed name ends in a year the hand file dates a change in,
    # and the next name the dev data use begins later ('Somalia (2004-2012)', then '(2017-2022)'): each
    # regime in between gets its closed name ('(2012-2017)', from 10 Sep 2012), so an event of 2015 is not
    # coded with the forces of the regime that ended in 2012
    filled = []
    for p, nxt in zip(kept, kept[1:] + [None]):
        filled.append(p)
        if nxt is None or p["end_year"] is None or str(p["end_year"]) not in changes \
                or nxt["start_year"] <= p["end_year"]:
            continue
        starts = [p["end_year"]] + sorted(int(y) for y in changes if p["end_year"] < int(y) < nxt["start_year"])
        for start, end in zip(starts, starts[1:] + [nxt["start_year"]]):
            filled.append({"name": f"{body} of {the}{country} ({start}-{end})" + (f" {unit}" if unit else ""),
                           "start_year": start, "end_year": end, "first_seen": changes[str(start)]})
    kept = filled
    # regimes the hand file dates before the first one the dev data name (news of 2019 in a country the dev
    # data cover from 2020: "Police Forces of Spain (2018-2020)"), each closed by the next
    earlier = sorted(int(y) for y in changes if int(y) < kept[0]["start_year"])
    kept[:0] = [{"name": f"{body} of {the}{country} ({start}-{end})" + (f" {unit}" if unit else ""),
                 "start_year": start, "end_year": end, "first_seen": changes[str(start)]}
                for start, end in zip(earlier, earlier[1:] + [kept[0]["start_year"]])]
    if last["end_year"] is None:
        # the dev data stop using an open name before a change the hand file knows: each later regime gets
        # its own open name, as ACLED wrote them while in office ("Israel (2021-)", then "(2022-)");
        # where the dev data still use the name after the change, ACLED kept it, unless they name another body
        # of the country by the new regime only after their last use of this one: ACLED dates a country's
        # forces by the same regimes and wrote the old names for a while after the change (Burkina Faso's
        # police, still "(2015-)" three weeks after the coup of January 2022, as its military were, whose
        # "(2022-)" the dev data show from March); a name still used after another body's new one appears
        # was kept ("Government of Myanmar (2016-)" beside "Military Forces of Myanmar (2021-)")
        seen = date.fromisoformat(last.get("last_seen") or last["first_seen"])
        switched = switched or {}
        for start in sorted(int(y) for y in changes if int(y) > last["start_year"]
                            and (date.fromisoformat(changes[y]) > seen or switched.get(int(y), date.min) > seen)):
            kept.append({"name": f"{body} of {the}{country} ({start}-)" + (f" {unit}" if unit else ""),
                         "start_year": start, "end_year": None, "first_seen": changes[str(start)]})
    if last["end_year"] is not None and str(last["end_year"]) in changes:
        starts = [last["end_year"]] + sorted(int(y) for y in changes if int(y) > last["end_year"])
        for start, end in zip(starts, starts[1:] + [None]):
            years = f"{start}-{end}" if end else f"{start}-"
            kept.append({"name": f"{body} of {the}{country} ({years})" + (f" {unit}" if unit else ""),
                         "start_year": start, "end_year": end, "first_seen": changes[str(start)]})
    return kept


def _fill_missing_bodies(out: dict[str, list[dict]]) -> None:
    """ACLED dates a country's military, police and government by the same regimes ("Police Forces of
    Indonesia (2014-)", "Military Forces of Indonesia (2014-)"): a body the dev data never name takes the
    regimes of one they do, of a branch of them where they name only a branch ("Military Forces of
    Venezuela (1999-) GNB: Venezuelan National Guard")."""
    bodies = [k for k in STATE_BODIES if k in out]
    source = max(bodies, key=lambda k: len(out[k])) if bodies else next(iter(sorted(out)), None)
    if source is None:
        return
    source_body, _, unit = source.partition("|")

    def renamed(p: dict, body: str) -> dict:
        return {**p, "name": body + p["name"].removeprefix(source_body).removesuffix(f" {unit}" if unit else "")}

    for body in STATE_BODIES:
        if body not in out:
            out[body] = [renamed(p, body) for p in out[source]]
            continue
        # a body the dev data name only from a later regime on ("Military Forces of Chile (2022-)" beside the
        # police's "(2018-2022)") takes the earlier regimes of the source, up to the day its own first begins
        first = out[body][0]
        earlier = [renamed(p, body) for p in out[source] if p["from"] < first["from"]
                   and p["name"].removeprefix(source_body).removesuffix(f" {unit}" if unit else "")
                   != first["name"].removeprefix(body)]
        if earlier:
            earlier[-1]["until"] = (date.fromisoformat(first["from"]) - timedelta(days=1)).isoformat()
            out[body][:0] = earlier


def build(dev_path: Path) -> dict:
    hand = json.loads((DATA / "actor_aliases.json").read_text())
    usage: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    seen_dates: dict[str, list[date]] = defaultdict(list)
    with dev_path.open() as fh:
        for line in fh:
            row = json.loads(line)
            for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
                value = row.get(col)
                if not value or value == "NA":
                    continue
                for name in value.split("; "):
                    usage[name]["assoc" if col.startswith("assoc") else "main"] += 1
                    if row["event_type"] in VIOLENT_TYPES and not col.startswith("assoc"):
                        usage[name]["violent"] += 1
                    countries[name][row["country"]] += 1
                    seen_dates[name].append(to_date(row["event_date"]))
    row_countries = {c for counts in countries.values() for c in counts}
    demonyms = {k: v for k, v in json.loads((DATA / "actor_demonyms.json").read_text()).items() if not k.startswith("_")}
    real_countries = row_countries | set(demonyms.values()) | {
        sm.group(2).removeprefix("the ") for n in usage if (sm := STATE_RE.match(n))}
    # where ACLED names a group after the region it works in rather than a country
    known_places = real_countries | set(hand.get("regions", []))
    for name in hand.get("extra_state_names", []):
        if name not in usage:
            usage[name]["main"] += 1
            start = STATE_RE.match(name).group(3)
            seen_dates[name].append(date(int(start), 1, 1))

    actors: dict[str, dict] = {}
    state: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for name, cols in usage.items():
        sm = STATE_RE.match(name)
        if sm:
            kind, country, start, end, unit = sm.groups()
            country = country.removeprefix("the ")
            state[country][kind if not unit else f"{kind}|{unit}"].append(
                {"name": name, "start_year": int(start), "end_year": int(end) if end else None,
                 "first_seen": min(seen_dates[name]).isoformat(), "last_seen": max(seen_dates[name]).isoformat()})
            continue
        cm = COUNTRY_SUFFIX_RE.match(name)
        # a bracket names the country only when it is one ("Civilians (Kenya)"), not a faction or a qualifier
        # ("CPI (Maoist): Communist Party of India (Maoist)", "Mayi Mayi Militia (Yakutumba)")
        suffix = cm.group(2) if cm else None
        country = suffix if suffix in known_places else countries[name].most_common(1)[0][0]
        aliases, abbrs = aliases_for(name)
        actors[name] = {"type": infer_type(name, cols), "country": country, "aliases": aliases,
                        "abbreviations": abbrs, "uses": sum(cols[c] for c in ("main", "assoc"))}

    # a faction ACLED writes in brackets after its movement ("Mayi Mayi Militia (Yakutumba)") is named in the
    # news as the movement and the faction ("Mayi Mayi Yakutumba", "Mai-Mai Yakutumba")
    for movement, spellings in hand.get("faction_movements", {}).items():
        for name, a in actors.items():
            fm = re.match(re.escape(movement) + r" \((.+)\)$", name)
            if fm and ":" not in fm.group(1):
                a["aliases"] = sorted(set(a["aliases"]) | {f"{s} {fm.group(1).lower()}" for s in spellings})

    for entry in hand["named"]:
        merged = actors.get(entry["name"], {"aliases": [], "abbreviations": [], "uses": 0})
        merged.update(type=entry["type"], country=entry.get("country") or merged.get("country"))
        merged["aliases"] = sorted(set(merged["aliases"]) | {a.lower() for a in entry["aliases"]} | {entry["name"].lower()})
        merged["abbreviations"] = sorted(set(merged["abbreviations"]) | set(entry.get("abbreviations", [])))
        actors[entry["name"]] = merged

    # Bodies working across many countries belong to none of them (see the hand file's _about).
    for name in hand.get("international_bodies", []):
        if name in actors:
            actors[name]["country"] = "International"

    # An alias claimed by several dev-data names is ambiguous unless the hand file settled it.
    owners: dict[str, list[str]] = defaultdict(list)
    for name, a in actors.items():
        for alias in a["aliases"]:
            owners[alias].append(name)
    for name, a in actors.items():
        for abbr in a["abbreviations"]:
            owners["\0" + abbr].append(name)
    hand_names = {e["name"] for e in hand["named"]}
    country_aliases = {c: dict(t) for c, t in hand["country_aliases"].items()}
    # An abbreviation that groups of several countries go by ("CDP" in Burkina Faso and in Japan), or that
    # means something else outside its group's country (local_abbreviations: "SNA" is also Somalia's army,
    # "ANC" South Africa's ruling party), names each group only in its own country: it becomes a
    # case-sensitive country alias there instead of a name matched everywhere.
    local = set(hand.get("local_abbreviations", []))
    for key, names in list(owners.items()):
        if not key.startswith("\0"):
            continue
        abbr = key[1:]
        places = {actors[n]["country"] for n in names}
        # national contingents of one force ("ATMIS: ... (Kenya)", "... (Uganda)") stay one name everywhere,
        # and a group ACLED codes at least twice as often as any other of the same letters keeps them
        bodies = {(cm.group(1) if (cm := COUNTRY_SUFFIX_RE.match(n)) else n) for n in names}
        uses = sorted((actors[n]["uses"] for n in names), reverse=True) + [0]
        if abbr in local or len(places & real_countries) > 1 and len(bodies) > 1 and uses[0] < 2 * uses[1] \
                and not any(n in hand_names for n in names):
            for n in sorted(names, key=lambda n: -actors[n]["uses"]):
                if actors[n]["country"] in real_countries:
                    country_aliases.setdefault(actors[n]["country"], {}).setdefault(abbr, n)
                actors[n]["abbreviations"].remove(abbr)
            del owners[key]
    for abbr in hand.get("dropped_abbreviations", []):
        for a in actors.values():
            if abbr in a["abbreviations"]:
                a["abbreviations"].remove(abbr)
    for alias, names in owners.items():
        if len(names) > 1:
            keep = [n for n in names if n in hand_names or alias == n.lower()] or \
                [max(names, key=lambda n: actors[n]["uses"])]
            for n in names:
                if n not in keep[:1]:
                    if alias.startswith("\0"):
                        actors[n]["abbreviations"].remove(alias[1:])
                    else:
                        actors[n]["aliases"].remove(alias)

    # A country whose regimes the hand file dates but the dev data never name gets ACLED's names for each
    # regime from the dates ("Military Forces of Togo (2005-)").
    with_article = set(hand["countries_with_article"])
    for country, changes in hand["regime_changes"].items():
        if country in state:
            continue
        years = sorted(int(y) for y in changes)
        the = "the " if country in with_article else ""
        for body in STATE_BODIES:
            state[country][body] = [{"name": f"{body} of {the}{country} ({start}-)", "start_year": start,
                                     "end_year": None, "first_seen": changes[str(start)]} for start in years]

    state_forces = {}
    for country, kinds in state.items():
        changes = hand["regime_changes"].get(country, {})
        switched: dict[int, date] = {}
        for periods in kinds.values():
            for p in periods:
                first = date.fromisoformat(p["first_seen"])
                switched[p["start_year"]] = min(switched.get(p["start_year"], first), first)
        out = {}
        last_seen = {kind: max(p.get("last_seen") or p["first_seen"] for p in periods) for kind, periods in kinds.items()}
        for kind, periods in kinds.items():
            parent_seen = last_seen.get(kind.split("|", 1)[0]) if "|" in kind else None
            if parent_seen:
                # a branch keeps the regime of its forces as long as the dev data show the forces in it
                for p in periods:
                    p["last_seen"] = max(p.get("last_seen") or p["first_seen"], parent_seen)
            periods[:] = _regime_periods(periods, country, kind, changes, switched)
            for p in periods:
                exact = changes.get(str(p["start_year"]))
                first_seen = date.fromisoformat(p.pop("first_seen"))
                if exact:
                    p["from"] = exact
                elif first_seen.year == p["start_year"]:
                    p["from"] = first_seen.isoformat()
                else:
                    p["from"] = f"{p['start_year']}-01-01"
            for p, nxt in zip(periods, periods[1:] + [None]):
                p["until"] = (date.fromisoformat(nxt["from"]) - timedelta(days=1)).isoformat() if nxt else None
            out[kind] = [{"name": p["name"], "from": p["from"], "until": p["until"]} for p in periods]
        # ACLED names a branch after the regime of the forces it belongs to ("Police Forces of Kenya (2002-2013)
        # General Service Unit" as well as "(2013-)"): each regime of the parent forces has the branch
        # (only where the branch's regimes are the parent's: Yemen's "(2016-) Supreme Political Council" is another)
        for key in [k for k in out if "|" in k]:
            parent, unit = key.split("|", 1)
            regimes = {STATE_RE.match(p["name"]).group(3) for p in out.get(parent, [])}
            if regimes and {STATE_RE.match(p["name"]).group(3) for p in out[key]} <= regimes:
                out[key] = [{**p, "name": f"{p['name']} {unit}"} for p in out[parent]]
        _fill_missing_bodies(out)
        state_forces[country] = out

    # Identity militias are named after a people or a place ("Turkana Ethnic Militia (Kenya)"); the
    # resolver rebuilds the name for the event's country from "<body> raiders/militia/gunmen".
    identity: dict[str, list] = {}
    homes: dict[str, set] = defaultdict(set)
    for name in usage:
        im = IDENTITY_RE.match(name)
        if im and im.group(1) != "Unidentified":
            identity.setdefault(im.group(1).lower(), [im.group(1), im.group(2)])
            homes[im.group(1).lower()].add(im.group(3))
    # hand-kept peoples the dev names miss ("Druze gunmen"): no home, the event's country completes the name
    for body, entry in hand.get("identity_peoples", {}).items():
        identity.setdefault(body, entry)
    # a people or community whose militia ACLED names in one country only ("Pokot", "Turkana") places an
    # event that names no place; peoples across borders ("Fulani") do not
    identity_homes = {body: next(iter(cs)) for body, cs in homes.items() if len(cs) == 1}
    # Where ACLED names unknown perpetrators otherwise than "Unidentified Armed Group (X)" most often.
    # "Unidentified Military Forces" is not counted: it names an unknown state force behind a mine or a
    # strike, never the gunmen or arsonists a text tells without a name (Russia's few strikes had made it
    # the name of every unknown attacker there, Molotov throwers in Dagestan included).
    unknown_by_country: dict[str, Counter] = defaultdict(Counter)
    with dev_path.open() as fh:
        for line in fh:
            row = json.loads(line)
            if row["actor1"].startswith("Unidentified") and row["actor1"] != "Unidentified Military Forces":
                unknown_by_country[row["country"]][row["actor1"]] += 1
    unidentified = {c: top for c, n in unknown_by_country.items() for top, k in n.most_common(1)
                    if k >= 3 and 2 * k > sum(n.values()) and not top.startswith("Unidentified Armed Group")}

    # Armed groups ACLED names per country ("Islamist Militia (Mali)", "Pirates (Benin)"): the body
    # names the group in any country, so the resolver adds the event's country.
    country_templates: dict[str, str] = {}
    for name, a in actors.items():
        cm = COUNTRY_SUFFIX_RE.match(name)
        if cm and cm.group(2) in row_countries and a["type"] not in ("Civilians", "Protesters", "Rioters") \
                and not IDENTITY_RE.match(name) and ":" not in name and len(cm.group(1).split()) > 1 \
                and not cm.group(1).startswith(("Unidentified", "Islamic State", "Former")) \
                and cm.group(1) not in GENERIC_KINDS:
            country_templates.setdefault(cm.group(1).lower(), [cm.group(1), a["type"]])

    # other words for a template's body ("Islamist insurgents" for "Islamist militia"): their own entries
    for alias, body in hand.get("template_aliases", {}).items():
        if body in country_templates:
            country_templates.setdefault(alias, country_templates[body])

    return {
        "_about": ("Generated by scripts/build_actor_dictionary.py from the actor names in the ACLED dev data "
                   "and the hand-kept data/actor_aliases.json; do not edit by hand. "
                   "state_forces: ACLED names of each country's forces with the period of each regime, chosen by event date."),
        "_conventions": hand["_about"],
        "actors": {n: {k: v for k, v in a.items() if k != "uses"} for n, a in sorted(actors.items())},
        "state_forces": dict(sorted(state_forces.items())),
        "dated_aliases": hand["dated_aliases"],
        "members_named_from": hand.get("members_named_from", {}),
        "country_aliases": {c: dict(sorted(t.items())) for c, t in sorted(country_aliases.items(), key=lambda kv: kv[0] != "*")},
        "countries_with_article": sorted(set(hand["countries_with_article"]) | {
            sm.group(2).removeprefix("the ") for n in usage if (sm := STATE_RE.match(n)) and sm.group(2).startswith("the ")}),
        "generic": hand["generic"],
        "demonyms": demonyms,
        "protester_groups": hand["protester_groups"],
        "units": hand["units"],
        "military_nouns_after_demonym": hand["military_nouns_after_demonym"],
        "state_abbreviations": hand.get("state_abbreviations", {}),
        "country_templates": dict(sorted(country_templates.items())),
        "place_words": hand["place_words"],
        "reciprocal_words": hand["reciprocal_words"],
        "generic_templates": hand["generic_templates"],
        "identity_militias": dict(sorted(identity.items())),
        "identity_homes": dict(sorted(identity_homes.items())),
        "ethnic_nouns": hand["ethnic_nouns"],
        "unidentified_by_country": dict(sorted(unidentified.items())),
        "gang_killings": hand["gang_killings"],
        "foreign_civilians": hand["foreign_civilians"],
    }


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DEV
    if not dev.exists():
        sys.exit(f"error: dev data not found: {dev}")
    out = build(dev)
    (DATA / "actors.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {DATA / 'actors.json'}: {len(out['actors'])} actors, {len(out['state_forces'])} countries with state forces")


if __name__ == "__main__":
    main()
