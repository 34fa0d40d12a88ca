"""The actor dictionary: ACLED's actor names, aliases, state forces and their units, and the generic nouns
that name an actor by its kind, from data/actors.json (built by scripts/build_actor_dictionary.py), with
the phrase tables that find their mentions compiled once (and cached on disk).

`ActorDictionary` also knows ACLED's naming conventions for what it holds: a country's forces at an
event date ("Military Forces of Nigeria (2015-2023)"), a branch of them, a group's dated alias and
the members ACLED names in an alliance's stead.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Optional

from .data import read_json

STATE_KINDS = {"military": "Military Forces", "police": "Police Forces", "government": "Government"}

class PhraseTable:
    """Phrase matching by token sequence, the same matches as a spaCy PhraseMatcher on LOWER or ORTH.

    `table(doc)` gives `(match_id, start, end)` triples like a PhraseMatcher; where one extent is
    matched by several labels they come in the order the PhraseMatcher gives them (recorded when the
    table was compiled). The table is plain data, so it loads from the on-disk cache in a fraction
    of the time it takes to tokenise ~40,000 phrases and fill a PhraseMatcher.
    """

    def __init__(self, attr: str, entries: dict[tuple, list[str]], vocab) -> None:
        self.attr = attr  # "LOWER" | "ORTH"
        ids = {}
        # keys are the string hashes spaCy stores per token (LOWER or ORTH), so that a Doc's words
        # come out of one `to_array` call instead of a Token object per word
        self.table: dict[tuple, tuple[int, ...]] = {}
        lengths: dict[int, set] = {}
        for key, labels in entries.items():
            for label in labels:
                if label not in ids:
                    ids[label] = vocab.strings.add(label)
            self.table[key] = tuple(ids[label] for label in labels)
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(ns) for first, ns in lengths.items()}

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        from spacy.attrs import LOWER, ORTH
        from spacy.tokens import Doc

        if isinstance(doclike, Doc):
            words = doclike.to_array(LOWER if self.attr == "LOWER" else ORTH).tolist() if len(doclike) else []
        else:
            words = [t.lower for t in doclike] if self.attr == "LOWER" else [t.orth for t in doclike]
        table, lengths = self.table, self.lengths
        out = []
        n = len(words)
        for i, first in enumerate(words):
            ns = lengths.get(first)
            if ns is None:
                continue
            for k in ns:
                if i + k > n:
                    break
                ids = table.get(tuple(words[i:i + k]))
                if ids is not None:
                    out.extend((match_id, i, i + k) for match_id in ids)
        return out


_TABLE_FORMAT = 3


def _compile_tables(specs: list[tuple[str, str, list[str]]], nlp) -> dict:
    """{"LOWER"/"ORTH": [[token hashes, labels], ...]} for (attr, label, phrases) specs, labels per phrase
    in the order a PhraseMatcher filled in the same order reports them."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    out = {}
    for attr in ("LOWER", "ORTH"):
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        entries: dict[tuple, list[str]] = {}
        for a, label, phrases in specs:
            if a != attr:
                continue
            docs = [nlp.make_doc(p) for p in phrases]
            matcher.add(label, docs)
            for doc in docs:
                if len(doc):
                    key = tuple(t.lower if attr == "LOWER" else t.orth for t in doc)
                    labels = entries.setdefault(key, [])
                    if label not in labels:
                        labels.append(label)
        strings = nlp.vocab.strings
        for key, labels in entries.items():
            if len(labels) > 1:  # several labels on one phrase: keep the PhraseMatcher's order
                doc = Doc(nlp.vocab, words=[strings[h] for h in key])
                order = [strings[m] for m, s, e in matcher(doc) if (s, e) == (0, len(key))]
                entries[key] = list(dict.fromkeys(order))
        out[attr] = [[list(key), labels] for key, labels in entries.items()]
    return out


def _load_tables(specs: list[tuple[str, str, list[str]]], nlp, source: bytes) -> dict:
    """The compiled tables, from the cache folder when they were compiled for the same dictionary
    file, phrases, spaCy version and model; compiled (and cached) otherwise. The phrases count as well
    as the file: the code that derives them from it ('Kenyan police') changes too."""
    import hashlib
    import os
    import spacy

    digest = hashlib.sha1(source)
    digest.update(json.dumps(specs).encode())
    digest.update(f"{_TABLE_FORMAT}|{spacy.__version__}|{nlp.meta.get('name')}|{nlp.meta.get('version')}".encode())
    path = None
    try:
        from .gazetteer import cache_dir

        path = cache_dir() / f"actor-phrases-{digest.hexdigest()[:16]}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # unreadable or damaged cache: compile again
    tables = _compile_tables(specs, nlp)
    if path is not None:
        try:
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_text(json.dumps(tables), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache folder only costs the compile time
    return tables


class ActorDictionary:
    """Actor names, aliases and conventions from data/actors.json, with the matchers compiled once."""

    def __init__(self, data: dict, vocab, make_doc, nlp=None, source: Optional[bytes] = None,
                 homelands: Optional[dict] = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.actors: dict[str, dict] = data["actors"]
        self.state_forces: dict[str, dict] = data["state_forces"]
        self.dated_aliases = data["dated_aliases"]
        self.members_named_from: dict[str, str] = data.get("members_named_from", {})
        self.country_aliases: dict[str, dict] = data["country_aliases"]
        self.with_article = set(data["countries_with_article"])
        self.demonyms: dict[str, str] = data["demonyms"]
        # countries proper; an actor's "country" may also be a region it operates in ("Greater Sahara")
        self.real_countries = set(self.state_forces) | set(self.demonyms.values())
        self.countries = self.real_countries | {a["country"] for a in self.actors.values() if a.get("country")}
        # "JNIM and/or ISGS": ACLED names an uncertain perpetrator by both candidates; {parts: that name}
        self.either: dict[frozenset, str] = {}
        for name in self.actors:
            parts = name.split(" and/or ")
            if len(parts) == 2 and all(p in self.actors for p in parts):
                self.either[frozenset(parts)] = name
        self.payload: dict[int, tuple[str, str]] = {}
        specs: list[tuple[str, str, list[str]]] = []  # (attr, label, phrases) in matcher order

        def add(attr: str, label: str, kind: str, key: str, phrases) -> None:
            phrases = [p for p in phrases if p]
            if not phrases:
                return
            match_id = vocab.strings.add(label)
            self.payload[match_id] = (kind, key)
            specs.append((attr, label, phrases))

        for name, entry in self.actors.items():
            add("LOWER", "A|" + name, "named", name, entry["aliases"])
            add("ORTH", "B|" + name, "named", name, entry.get("abbreviations", []))
        for alias in {a for table in self.country_aliases.values() for a in table}:
            # a two-letter abbreviation is also an English word ("IS" / "is"): matched in capitals only
            add(*(("ORTH", "C|" + alias, "country_alias", alias, [alias.upper()]) if len(alias) <= 2
                  else ("LOWER", "C|" + alias, "country_alias", alias, [alias])))
        for kind, phrases in data["generic"].items():
            add("LOWER", "G|" + kind, kind, "", phrases)
        for group, phrases in data["protester_groups"].items():
            add("LOWER", "P|" + group, "group", group, phrases)
        self.templates = {kind: t[0] for kind, t in data["generic_templates"].items()}
        # the bodies of names ACLED writes after a country: "Protesters (Kenya)", "Teachers (Kenya)"
        self.country_bodies = frozenset(t.split(" (")[0] for t in self.templates.values()) | frozenset(data["protester_groups"])
        self.kinds = {kind: t[1] for kind, t in data["generic_templates"].items()}
        self.units: dict[str, dict] = data["units"]
        self.reciprocal = PhraseMatcher(vocab, attr="LOWER")
        self.reciprocal.add("RECIPROCAL", [make_doc(p) for p in data["reciprocal_words"]])
        self.identity: dict[str, list] = data["identity_militias"]
        self.identity_homes: dict[str, str] = data["identity_homes"]
        self.unidentified: dict[str, str] = data["unidentified_by_country"]
        self.foreign_civilians = set(data["foreign_civilians"])
        self.gang_cues: list[str] = data["gang_killings"]["cues"]
        self.gang_killers: dict[str, str] = data["gang_killings"]["by_country"]
        # words tying unknown killers to gangs ('a feud between two gangs'), not only to a gang's way of killing
        self.gang_attribution_cues: list[str] = data["gang_killings"].get("attribution_cues", [])
        # countries where ACLED names unknown killers after the marks of another kind of killing (the Philippines'
        # killings of drug suspects: 'Anti-Drug Vigilantes (Philippines)')
        self.marked_killers: dict[str, dict] = data["gang_killings"].get("other_killers", {})
        for unit, entry in self.units.items():
            add("LOWER", "U|" + unit, "unit", unit, entry["phrases"])
            add("ORTH", "V|" + unit, "unit", unit, entry.get("abbreviations", []))  # "RR": capitals only
        # peoples ACLED names after their home country wherever they strike (data/actor_homelands.json)
        self.homelands: dict[str, list] = (homelands or {}).get("peoples", {})
        spellings: dict[str, list] = {}
        for variant, body in (homelands or {}).get("spellings", {}).items():
            spellings.setdefault(body, []).append(variant)
        for body, (_, suffix) in self.identity.items():
            for form in [body] + spellings.get(body, []):
                add("LOWER", "E|" + form, "identity", body, [f"{form} {noun}" for noun in data["ethnic_nouns"]]
                    + ([form] if suffix == "Ethnic" else []))
        self.place_words = set(data["place_words"])
        # one-word nouns of forces and their weapons that a nation's adjective makes its forces' ("Thai F-16 jets")
        self.national_weapon_nouns = frozenset(n for n in data["military_nouns_after_demonym"] if " " not in n)
        self.country_templates: dict[str, list] = data["country_templates"]
        for body in self.country_templates:
            forms = [body, body + "s"] if not body.endswith("s") else [body]
            if body.endswith(" militia"):
                forms.append(body + "men")  # "Black Axe militiamen"
            add("LOWER", "T|" + body, "template", body, forms)
        # "Russian troops", "the Malian army", "Kenyan police", "Turkmenistan military"; a unit's own noun
        # after a nation's adjective is that unit ("Turkish gendarmerie forces": the unit of Turkey's forces)
        unit_phrases = {p for entry in self.units.values() for p in entry["phrases"]}
        forces_of = read_json("actor_roles.json")["forces_of_country_nouns"]
        for kind in ("military", "police"):
            nouns = [n.removeprefix("the ") for n in data["generic"][kind]
                     if n != "officers" and n.removeprefix("the ") not in unit_phrases]
            nouns += data["military_nouns_after_demonym"] if kind == "military" else []
            by_country: dict[str, set] = {}
            for adjective, country in self.demonyms.items():
                by_country.setdefault(country, set()).add(adjective)
            for country in self.state_forces:
                by_country.setdefault(country, set()).add(country.lower())
            for country, adjectives in by_country.items():
                phrases = [f"{a} {n}" for a in adjectives for n in nouns]
                # "military forces of Russia", "troops of the United States": the country named after the forces
                phrases += [f"{n} of {the}{country.lower()}" for n in forces_of[kind] for the in ("", "the ")]
                phrases += [f"the {p}" for p in phrases]
                add("LOWER", f"S|{kind}|{country}", kind, country, phrases)
        # "FARDC", "SSPDF": one country's forces by their own abbreviation (case-sensitive)
        for kind, table in data.get("state_abbreviations", {}).items():
            for abbr, country in table.items():
                add("ORTH", f"S|{kind}|{country}", kind, country, [abbr])
        # the phrases become token sequences once (cached on disk); matching is a table lookup
        # that gives the matches of PhraseMatchers on LOWER (aliases, nouns) and ORTH (abbreviations)
        if nlp is None:
            from . import nlp as nlp_stage

            nlp = nlp_stage.load()
        if source is None:
            tables = _compile_tables(specs, nlp)
        else:
            tables = _load_tables(specs, nlp, source)
        self.lower = PhraseTable("LOWER", {tuple(k): v for k, v in tables["LOWER"]}, vocab)
        self.orth = PhraseTable("ORTH", {tuple(k): v for k, v in tables["ORTH"]}, vocab)

    # ---- names --------------------------------------------------------------------------
    def state_name(self, country: str, kind: str, when: Optional[date]) -> str:
        """ACLED's name for a country's forces, with the regime period that covers the event date."""
        periods = self.state_forces.get(country, {}).get(STATE_KINDS[kind])
        if periods:
            return self._by_date(periods, when)
        the = "the " if country in self.with_article else ""
        return f"{STATE_KINDS[kind]} of {the}{country}"

    def unit_name(self, country: str, unit: str, when: Optional[date]) -> str:
        """A branch of a country's forces ("... Gendarmerie") where ACLED names one, else the force it belongs to."""
        forces = self.state_forces.get(country, {})
        # a branch ACLED names apart from a date on ("Forest Guards (Burkina Faso)" since March 2020)
        renamed = self.units[unit].get("renamed", {}).get(country)
        if renamed is not None and when is not None and when >= date.fromisoformat(renamed["from"]):
            return renamed["name"]
        key = self._unit_key(country, unit)
        if key is None:
            return self.state_name(country, self.units[unit]["otherwise"], when)
        return self._by_date(forces[key], when)

    def has_unit(self, country: Optional[str], unit: str) -> bool:
        return self._unit_key(country, unit) is not None

    def _unit_key(self, country: Optional[str], unit: str) -> Optional[str]:
        """The country's branch named after the unit: by the unit's own name, else (a one-word unit) by a longer
        name of the country's own that contains it ('Customs': Nigeria's 'Nigeria Customs Service')."""
        forces = self.state_forces.get(country or "", {})
        key = next((k for k in forces if k.endswith("|" + unit)), None)
        if key is None:
            # the branch named with the country's demonym, perhaps after its abbreviation: Venezuela's
            # 'GNB: Venezuelan National Guard' is its 'National Guard'
            own = {f"{adjective} {unit.lower()}" for adjective, nation in self.demonyms.items() if nation == country}
            key = next((k for k in forces if "|" in k and k.split("|", 1)[1].split(": ", 1)[-1].lower() in own), None)
        if key is None and " " not in unit:
            key = next((k for k in forces if unit in k.split("|", 1)[-1].split() and "|" in k), None)
        return key

    @staticmethod
    def _by_date(periods: list[dict], when: Optional[date]) -> str:
        if when is not None:
            for p in periods:
                if date.fromisoformat(p["from"]) <= when and (p["until"] is None or when <= date.fromisoformat(p["until"])):
                    return p["name"]
        return periods[-1]["name"]

    def _dated_alias(self, name: str, when: Optional[date]) -> Optional[dict]:
        for rule in self.dated_aliases:
            if rule["alias_of"] == name and when is not None and when >= date.fromisoformat(rule["from"]) \
                    and (rule.get("until") is None or when <= date.fromisoformat(rule["until"])):
                return rule
        return None

    def homeland(self, people: str, when: Optional[date]) -> Optional[str]:
        """The home country ACLED names a people's militia after wherever it strikes, at the event date; None
        for peoples that take the event's country."""
        periods = self.homelands.get(people)
        if not periods:
            return None
        for period in periods if when is not None else ():
            if period.get("until") is None or when <= date.fromisoformat(period["until"]):
                return period["country"]
        return periods[-1]["country"]

    def named(self, name: str, when: Optional[date]) -> tuple[str, str]:
        """The canonical name and type of a named actor at the event date."""
        rule = self._dated_alias(name, when)
        if rule is not None:
            return rule["name"], rule["type"]
        return name, self.actors.get(name, {}).get("type", "Political militia")

    def associate_of(self, name: str, when: Optional[date]) -> Optional[str]:
        """The member ACLED associates when it names the alliance for it at the event date."""
        rule = self._dated_alias(name, when)
        return rule.get("associate") if rule is not None else None

    def member_named(self, member: str, parent: str, when: Optional[date]) -> tuple[tuple[str, str], str]:
        """'Katiba Macina (JNIM)': ACLED names the alliance in brackets and associates the member, except
        members it names themselves from a date on (with the alliance associated). (name, type), associate."""
        since = self.members_named_from.get(member)
        if since is not None and when is not None and when >= date.fromisoformat(since):
            return self.named(member, when), self.named(parent, when)[0]
        return self.named(parent, when), member


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    from . import nlp

    path = resources.files("newsevents") / "data" / "actors.json"
    try:
        source = path.read_bytes()
    except FileNotFoundError:
        raise RuntimeError(f"actor dictionary missing: {path} (run scripts/build_actor_dictionary.py)") from None
    data = json.loads(source.decode("utf-8"))
    homelands = (resources.files("newsevents") / "data" / "actor_homelands.json").read_bytes()
    model = nlp.load()
    # the compiled phrase tables depend on both files
    return ActorDictionary(data, model.vocab, model.make_doc, nlp=model, source=source + homelands,
                           homelands=json.loads(homelands.decode("utf-8")))
