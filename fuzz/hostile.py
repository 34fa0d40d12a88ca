"""Hostile inputs and the contract every entry point must keep on them.

Shared by `fuzz/run.py` (time-bounded fuzzing), `fuzz/stage_timing.py` and the hypothesis tests in
`tests/test_fuzz*.py`. The contract: ingest either returns text or raises `IngestError`; cleanup
always returns an `Article` whose text every later stage can encode; extraction always returns
well-formed `EventRecord`s whose evidence points into the cleaned text. Anything else — another
exception, an unencodable string, an offset outside the text, a hang — is a failure.
"""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Optional

from newsevents.cleanup import clean
from newsevents.document import Article, RawInput
from newsevents.ingest import IngestError, decode, looks_like_html, read_bytes
from newsevents.schema import TAXONOMY, EventRecord

# Building blocks: each is plausible news text, or a known way to break text processing.
EVENT_SENTENCES = [
    "Gunmen killed 9999999999 people in Kabul on 32 Febtember 2021, police said.",
    "Militants attacked an army base near Goma on Monday, killing four soldiers.",
    "Police fired tear gas at protesters in Lagos on 31 February 2099.",
    "An air strike hit a market in Idlib on 0/0/0000, killing -3 civilians.",
    "Rebels of the (Allied (Democratic (Forces))) abducted 12 farmers near Beni.",
    "Al-Shabaab claimed responsibility for the suicide bombing in Mogadishu that killed dozens.",
    "The army denied that its troops shot 1e308 demonstrators in Khartoum last Tuesday.",
    "Between 10 and 5 people died when a roadside bomb exploded near Kandahar on 29 February 2023.",
    "Hundreds of thousands of millions were killed in the the the village of Nowhere on the 45th.",
    "Zero killed, none injured, 0.5 soldiers missing in Gao on 2021-13-45.",
]
SCRIPTS = [
    "مسلحون قتلوا خمسة مدنيين في الموصل",  # Arabic
    "חמושים תקפו כפר",  # Hebrew
    "‮killed 5 in Aleppo‬",  # right-to-left override around Latin text
    "Боевики атаковали Донецк 3 марта",  # Cyrillic
    "武装分子袭击了村庄，造成12人死亡",  # Chinese
    "बंदूकधारियों ने 7 लोगों को मार डाला",  # Devanagari
    "👮‍♀️💣🔥 killed 3 👶🏽",  # emoji with joiners and modifiers
    "Z̸̢̛a̷l̶g̵o̴ ̷k̸i̷l̶l̸e̵d̴",  # stacked combining marks
    "ｆｕｌｌｗｉｄｔｈ ＫＡＢＵＬ ２０２１",  # full-width forms
]
WHITESPACE = [" ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u2000", "\u200b",
              "\u2028", "\u2029", "\u3000", "\ufeff", "\n\n\n"]
ODD = ["\x00", "\ud800", "\udfff", "\ufffd", "\uffff", "\x7f", "\x1b[31m", "(", ")", "((((", "))))", "<", ">", "&amp;",
       "&#0;", "&#xD800;", "<script>alert(1)</script>", "'; DROP TABLE events; --", "%s%n%x", "{0}", "${x}",
       "9" * 60, "1,000,000,000", "MMXXI", "Most Popular", "Share", "By ", "KABUL - ", "(Photo credit: x)"]
WORDS = ["killed", "attack", "protest", "army", "rebels", "Kabul", "Goma", "Monday", "2021", "dozens", "said",
         "claimed", "denied", "Taliban", "police", "bomb", "clashes", "Febtember", "32", "Nowhere", "The", "of"]
HTML_TAGS = ["html", "body", "div", "p", "article", "span", "table", "td", "script", "style", "a", "b", "iframe"]


# ---- generators (seeded `random.Random`, no hypothesis needed) --------------------------------------
def random_text(rng: random.Random, max_parts: int = 40) -> str:
    parts = []
    pools = (EVENT_SENTENCES, SCRIPTS, WHITESPACE, ODD, WORDS)
    for _ in range(rng.randint(1, max_parts)):
        roll = rng.random()
        if roll < 0.8:
            parts.append(rng.choice(rng.choice(pools)))
        else:
            parts.append("".join(chr(rng.choice((rng.randint(0, 0x2FF), rng.randint(0, 0x10FFFF))))
                                 for _ in range(rng.randint(1, 30))))
        if rng.random() < 0.5:
            parts.append(rng.choice(" \n"))
    return "".join(parts)


def random_html(rng: random.Random) -> str:
    depth = rng.choice((1, 5, 50, 500, 3000))
    tags = [rng.choice(HTML_TAGS) for _ in range(depth)]
    attrs = rng.choice(("", ' class="x"', ' style="', " onload=alert(1)", " =", ' a="<p>"'))
    opening = "".join(f"<{t}{attrs}>" for t in tags)
    closing = "".join(f"</{t}>" for t in reversed(tags))
    doc = f"<!doctype html><html><head><title>{random_text(rng, 3)}</title></head><body>{opening}" \
          f"<p>{random_text(rng, 10)}</p>{closing}</body></html>"
    if rng.random() < 0.5:  # truncated mid-document, maybe mid-tag
        doc = doc[: rng.randint(1, len(doc))]
    return doc


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few byte-level edits: flips, inserts, deletions, duplications of a slice."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, len(buf))
        if op < 0.3 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randint(0, 255)
        elif op < 0.6:
            buf[pos:pos] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 8)))
        elif op < 0.8 and buf:
            del buf[pos:pos + rng.randint(1, 16)]
        else:
            chunk = bytes(buf[pos:pos + rng.randint(1, 64)])
            buf[pos:pos] = chunk * rng.randint(1, 50)
    return bytes(buf)


def random_bytes(rng: random.Random) -> bytes:
    """Raw article bytes: random, encoded hostile text in various encodings, BOMs, or mutations of those."""
    roll = rng.random()
    if roll < 0.15:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 300)))
    text = random_html(rng) if roll < 0.35 else random_text(rng)
    enc = rng.choice(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"))
    data = text.encode(enc, errors="surrogatepass" if enc.startswith("utf") else "replace")
    if rng.random() < 0.3:
        data = rng.choice((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"")) + data
    if rng.random() < 0.4:
        data = mutate(rng, data)
    return data


def big_inputs() -> list[tuple[str, str]]:
    """A handful of large worst cases (a few hundred kB each), named for reports."""
    return [
        ("million-char line", "Gunmen killed 4 in Kabul. " + "x" * 1_000_000),
        ("long whitespace run", "Share" + "\x0c" * 200_000 + "x\nRebels attacked Goma on Monday."),
        ("many numbers", " ".join(str(i) for i in range(40_000)) + " killed in Gao."),
        ("many capitalised words", " ".join(["Alpha", "Bravo", "Charlie"] * 10_000) + " attacked Beni."),
        ("deep parentheses", "Rebels attacked " + "(" * 5000 + "Goma" + ")" * 5000 + " killing 3."),
        ("deep html", "<html><body>" + "<div>" * 20_000 + "Troops killed 4 in Beni." + "</div>" * 20_000),
    ]


# ---- the contract ----------------------------------------------------------------------------------
class ContractError(AssertionError):
    """An entry point returned something malformed (as opposed to raising)."""


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ContractError(what)


def check_decode(data: bytes) -> Optional[str]:
    """`ingest.decode`: text that can be encoded again, or `IngestError` (returns None then)."""
    try:
        text = decode(data, "fuzz")
    except IngestError as exc:
        _need(bool(exc.problem), "IngestError without a reason")
        return None
    _need(isinstance(text, str), "decode did not return str")
    text.encode("utf-8")  # raises on lone surrogates
    return text


def check_read_bytes(data: bytes, path: str = "fuzz.html") -> Optional[RawInput]:
    try:
        raw = read_bytes(data, path, path=path)
    except IngestError:
        return None
    _need(isinstance(raw, RawInput) and isinstance(raw.text, str), "read_bytes did not return a RawInput")
    return raw


def check_article(article: Article) -> Article:
    _need(isinstance(article, Article), "clean did not return an Article")
    article.text.encode("utf-8")
    for part in (article.headline, article.standfirst, article.byline, article.url, article.path, *article.captions):
        if part is not None:
            part.encode("utf-8")
    _need("\x00" not in article.text, "NUL left in article text")
    _need(0 <= article.body_start <= len(article.text), f"body_start {article.body_start} outside the text")
    return article


def check_clean(raw: RawInput) -> Article:
    return check_article(clean(raw))


def check_records(article: Article, records: list) -> list[EventRecord]:
    """Every record is well-formed, serialisable, in the taxonomy, and its evidence points into the text."""
    _need(isinstance(records, list), "extract did not return a list")
    for r in records:
        _need(isinstance(r, EventRecord), "not an EventRecord")
        if r.event_type is not None:
            _need(r.event_type in TAXONOMY, f"event_type {r.event_type!r} not in the taxonomy")
            _need(r.sub_event_type is None or r.sub_event_type in TAXONOMY[r.event_type],
                  f"sub_event_type {r.sub_event_type!r} not under {r.event_type!r}")
        for name in ("time_precision", "geo_precision"):
            value = getattr(r, name)
            _need(value is None or 1 <= value <= 3, f"{name}={value}")
        if r.latitude is not None:
            _need(-90 <= r.latitude <= 90 and -180 <= (r.longitude or 0) <= 180, "coordinates out of range")
        for ev in r.evidence:
            _need(0 <= ev.start <= ev.end <= len(article.text), f"evidence {ev.field} offsets outside the text")
            _need(article.text[ev.start:ev.end] == ev.sentence, f"evidence {ev.field} sentence does not match offsets")
            if ev.match_start is not None:
                _need(ev.start <= ev.match_start <= ev.match_end <= ev.end, f"evidence {ev.field} match outside sentence")
        json.loads(r.model_dump_json())
    return records


def check_extract(pipeline, text: str, published: Optional[date] = date(2021, 9, 26)) -> list[EventRecord]:
    """`Pipeline.extract`, via `process_one` so the records can be checked against the cleaned text."""
    raw = RawInput(text=text, published=published, is_html=looks_like_html(text))
    article, records = pipeline.process_one(raw)
    return check_records(check_article(article), records)


def anomalies(records: list[EventRecord]) -> list[str]:
    """Values that are not crashes but that no reader would accept (reported by the fuzzer, not failed on)."""
    found = []
    for r in records:
        for name in ("fatalities", "fatalities_low", "fatalities_high"):
            v = getattr(r, name)
            if v is not None and not 0 <= v < 2**31:
                found.append(f"{name}={str(v)[:20]}{'...' if len(str(v)) > 20 else ''} (outside 0..2^31)")
        if r.fatalities_low is not None and r.fatalities_high is not None and r.fatalities_low > r.fatalities_high:
            found.append(f"fatalities_low {r.fatalities_low} > fatalities_high {r.fatalities_high}")
        if r.date_start and r.date_end and r.date_start > r.date_end:
            found.append(f"date_start {r.date_start} after date_end {r.date_end}")
        if r.event_date and r.source.published and r.event_date > r.source.published:
            found.append(f"event_date {r.event_date} after publication {r.source.published}")
    return found
