"""Stage 2 — article cleanup: separate the event text from everything around it.

A scraped article arrives as headline, standfirst, byline, photo captions, body and trailing site
junk ("Most Popular", share buttons). Only headline, standfirst and body go into `Article.text`;
the rest is kept aside so no event is ever read from a caption or a sidebar. HTML goes through
trafilatura first. The vocabularies (junk markers, caption and byline cues) live in
`data/boilerplate.json`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .document import Article, RawInput
from .ingest import MAX_CHARS
from .data import read_json


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return read_json("boilerplate.json")


_CAPS_CHARS = "A-ZÀ-ÖØ-Þ"  # capital letters of a dateline's town ('BOGOTÁ', 'MÄLARDALEN')
_CAPS = f"[{_CAPS_CHARS}]"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
# the lead after a dateline opens as a sentence does: 'SYNACSAB - public officers' union - organised ...' has none
_LEAD_OPENS = r"(?=[A-Z0-9\"“‘'(])"
# a day and month as datelines write them ('30 December', 'Sept. 13')
_DAY_MONTH = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
# what closes a dateline: the agency in brackets, if any, then a dash (or two hyphens typed for one) or colon before
# the lead
_AGENCY_AND_DASH = r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?:--|[-–—:])\s+" + _LEAD_OPENS


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = _vocab()
    alt = lambda words: "|".join(re.escape(w) for w in words)  # noqa: E731
    return {
        # a line that starts the trailing junk: everything from it to the end is dropped
        "junk_start": re.compile(rf"^\s*(?:{alt(v['trailing_junk_markers'])})\b", re.I),
        # a line that is junk on its own (share buttons, ads)
        "junk_line": re.compile(rf"^\s*(?:{alt(v['junk_lines'])})\s*[:.!]?\s*$", re.I),
        # live-page furniture: entry timestamps, "Updated 3 hours ago"
        "live_stamp": re.compile(rf"^\s*(?:{'|'.join(v['junk_line_patterns'])})\s*[:.!|]?\s*$", re.I),
        "stamp_prefix": re.compile(rf"^\s*{v['timestamp_prefix']}(?=[A-Z\"“‘'])", re.I),
        "summary_header": re.compile(rf"^\s*(?:{alt(v['summary_headers'])})\s*[:.]?\s*$", re.I),
        # 'Photo: ...', 'Image caption, ...', 'FILE - ...' opening a line
        "editor_note": re.compile(rf"^\s*(?:{alt(v['note_labels'])})\s*:", re.I),
        "caption_label": re.compile(rf"^\s*[\[(]?\s*(?:{alt(v['caption_labels'])})(?:\s*[:|,]|\s+[-–—]\s)", re.I),
        "caption_credit": re.compile(rf"(?:{alt(v['caption_credits'])})", re.I),
        "agency_credit": re.compile(rf"(?:{alt(v['agency_credits'])})", re.I),
        "reporting": re.compile(rf"\b(?:{alt(v['reporting_words'])})\b", re.I),
        "byline": re.compile(r"^\s*(?:by|written by|reporting by)\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Za-z][\w.'’-]*){0,5}\s*(?:[-–—|,]\s*(?P<date>.+))?$", re.I),
        # "JUBA, 30 December 2022 – ...": a date in the dateline is the day of the report, not of the event.
        # A story filed from two places names both ('PHNOM PENH/BANGKOK', 'UPPSALA / STOCKHOLM'); a weekday
        # alone after the town ('GARISSA, Friday -') is the day of writing, not a country; the agency may be any
        # name in brackets ('(Reuters/AP)', '(dpa-AFX)', '(Central Asia Newswire)').
        "dateline": re.compile(rf"^(?P<place>{_CAPS}[{_CAPS_CHARS} .'/&-]{{2,40}}(?:,\s*(?!{_WEEKDAY})[A-Z](?:[^\W\d_]|[ .'-]){{2,30}})?)"
                               rf"(?:,\s*(?:{_WEEKDAY},?\s+)?(?P<date>{_DAY_MONTH}(?:,?\s+\d{{4}})?)|,\s*{_WEEKDAY})?" + _AGENCY_AND_DASH),
        # the same in the case of the words ('Imphal, Sept 13 (PTI): ...', 'Kathmandu, May 2 - ...'), as South Asian
        # wires write it: only with a day, which tells it from a sentence's opening words
        "dateline_titled": re.compile(rf"^(?!(?:On|In|At|By|From|Since|Until|Last|Early|Late|Earlier|Later)\b)"
                                      rf"(?P<place>(?!{_WEEKDAY})[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:,\s*(?!{_WEEKDAY})[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})?)"
                                      rf",\s*(?:{_WEEKDAY},?\s+)?(?P<date>{_DAY_MONTH}(?:,?\s+\d{{4}})?)" + _AGENCY_AND_DASH),
        # a dateline on a line of its own above the lead ('Pemba, 11 June 2022', 'Imphal, September 13, 2024'):
        # a place, never a weekday ('Friday, May 17, 2024' is a date line), then a full date
        "dateline_line": re.compile(rf"^(?!(?:Published|Updated|Posted|Last)\b)(?P<place>(?!{_WEEKDAY})[A-Z](?:[^\W\d_]|[ .'/&-]){{2,40}}?"
                                    rf"(?:,\s*(?!{_WEEKDAY})[A-Z](?:[^\W\d_]|[ .'-]){{2,30}}?)?),\s*(?:{_WEEKDAY},?\s+)?"
                                    rf"(?P<date>{_DAY_MONTH}(?:,?\s+\d{{4}}))\s*$"),
    }


_DATELINE_LAG = timedelta(days=31)  # a dateline older than this is not the day the story was written
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
# every whitespace run inside a line (form feeds, vertical tabs, U+2028... included) becomes one space:
# left alone, a long run of them made the junk-line pattern backtrack quadratically
_MULTISPACE = re.compile(r"(?:[^\S\n]|\u200b)+")
# lone UTF-16 surrogates cannot be encoded (spaCy, hashing, JSON out would fail); C0 controls and NUL
# are not text (PostgreSQL refuses NUL in strings)
_UNENCODABLE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _scrub(value: Optional[str]) -> Optional[str]:
    """Text that every later stage can encode: lone surrogates become U+FFFD, control characters go."""
    if value is None:
        return None
    return _CONTROL.sub("", _UNENCODABLE.sub("\ufffd", value))


def _parse_date(text: str) -> Optional[date]:
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first",
                                                               "REQUIRE_PARTS": ["year"]})
    return found.date() if found else None


def _dateline_day(text: str, published: date) -> Optional[date]:
    """The day a dateline names, in the year that puts it on or before publication ('March 5' in a story
    published on 2 January is last year's); None when it is not within a month before publication."""
    day = _parse_date(text if re.search(r"\d{4}", text) else f"{text} {published.year}")
    if day is not None and day > published and not re.search(r"\d{4}", text):
        day = _parse_date(f"{text} {published.year - 1}")
    if day is None or not timedelta(0) <= published - day <= _DATELINE_LAG:
        return None
    return day


def _html_to_text(raw: RawInput) -> tuple[str, Optional[str], Optional[date], Optional[str]]:
    """Main text, title, date and site name of an HTML page, via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw.text, url=raw.url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False, favor_precision=True)
    if doc is None:
        return "", None, None, None
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    published = None
    if get("date"):
        try:
            published = date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    return get("text") or "", get("title"), published, get("sitename")


def looks_english(text: str) -> bool:
    """A cheap language check: English prose is dense in English function words.

    Short texts pass (a one-line headline cannot be judged); long texts with almost no English
    stop words are another language, and reading events from them would be guesswork.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 25:
        return True
    return sum(w in STOP_WORDS for w in words) / len(words) >= 0.12


def _is_headline(line: str, following: list[str]) -> bool:
    words = line.split()
    return bool(following) and 2 <= len(words) <= 25 and not line.rstrip().endswith((".", ":", ";"))


_BULLET = re.compile(r"^\s*[•·▪●◦‣*–—-]\s+")
_SUMMARY_MAX_LINES = 12
_SUMMARY_MAX_WORDS = 45


def _drop_summary_bullets(kept: list[str], entry_starts: set[int], removed: list[str],
                          header: re.Pattern) -> list[str]:
    """A 'Key points' / 'What we know' block of bullets retells the body (on live pages the entries below
    tell each event again, with its sources): read as sentences, each bullet became an event of its own or
    dragged the places of another event into one. The block goes when body text follows it. Its bullets
    are lines marked as bullets, or headline-style lines without a full stop, or on a live page (one with
    entry timestamps) any short line up to the first timestamped entry."""
    live = bool(entry_starts)
    for start, ln in enumerate(kept):
        if not header.match(ln):
            continue
        end = start + 1
        while end < len(kept) and end - start <= _SUMMARY_MAX_LINES and end not in entry_starts:
            item = kept[end]
            words = len(item.split())
            if header.match(item) or words > _SUMMARY_MAX_WORDS:
                break
            if not (_BULLET.match(item) or not _SENTENCE_END.search(item) or live):
                break
            end += 1
        rest = kept[:start] + kept[end:]
        if end > start + 1 and any(len(r.split()) >= 12 for r in kept[end:]):
            removed.extend(kept[start:end])
            shifted = {i - (end - start) if i >= end else i for i in entry_starts}
            entry_starts.clear()
            entry_starts.update(shifted)
            return _drop_summary_bullets(rest, entry_starts, removed, header)
    return kept


_PROSE_WORDS = 20
_BARE_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s+(?=[A-Z\"“‘'])")
_ENTRY_TITLE_WORDS = 15


def _entry_title_stamp(line: str, following: list[str]):
    """The time of a live page's entry written straight before the entry's title ('11:20 Ukrainian forces push
    Russians out of positions'): a short line without a full stop, with the entry's text below it."""
    m = _BARE_STAMP.match(line)
    rest = line[m.end():] if m else ""
    if m and 1 <= len(rest.split()) <= _ENTRY_TITLE_WORDS and not _SENTENCE_END.search(rest) and following \
            and _is_prose(following[0]):
        return m
    return None


def _is_prose(line: str) -> bool:
    """A paragraph of the story: long, and ending as a sentence ends."""
    return len(line.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(line))


def _sidebar_end(lines: list[str], pos: int, prose_before: int, marker: re.Pattern) -> Optional[int]:
    """Where the junk that starts at `lines[pos]` ends when the story goes on after it, else None (the rest of
    the page is junk). A 'Most Popular' block above the story (its links are short lines) ends at the story's
    first paragraph; a 'Read more: <title>' link inside it is that one line. A block header standing alone below
    two paragraphs of the story starts the trailing junk, whatever follows."""
    m = marker.match(lines[pos])
    inline = bool(lines[pos][m.end():].strip(" :-–—|"))
    if prose_before >= 2 and not inline:
        return None
    end = pos + 1
    if not inline:
        while end < len(lines) and end - pos <= _SUMMARY_MAX_LINES and not _is_prose(lines[end]):
            end += 1
    return end if sum(map(_is_prose, lines[end:])) >= 2 else None


_CREDIT_WORDS = 12  # a photographer's name and agency, 'TPX IMAGES OF THE DAY'
# generous for English words: a 'line' of a hundred thousand characters without spaces is no caption either, and
# testing each of its credit cues would take seconds
_CHARS_PER_WORD = 15


def _closes_the_line(line: str, start: int) -> bool:
    """Whether the text from `start` ends the line as a credit does: the bracket it stands in closes the line
    ('... on Tuesday. (Photo: staff)'), or, outside brackets, a few words follow with no sentence after them
    ('... in Gaza. REUTERS/Name Surname', '... Photograph: Name/AFP')."""
    depth = 0
    for ch in line[:start]:
        depth = depth + 1 if ch in "([" else max(depth - 1, 0) if ch in ")]" else depth
    if depth == 0 and line[start] not in "([":
        tail = line[start:].rstrip(" .;")
        return len(tail.split()) <= _CREDIT_WORDS and not re.search(r"[.!?]\s+\S", tail)
    level = depth
    for pos in range(start, len(line)):
        ch = line[pos]
        if ch in "([":
            level += 1
        elif ch in ")]":
            level -= 1
            if level < max(depth, 1):
                return not line[pos + 1:].strip(" .;")
    return True  # a bracket left open runs to the end of the line


def is_caption(line: str) -> bool:
    """A photo caption: a line opened by a caption label ('Photo: ...', 'Image caption, ...'), or one whose credit
    position (the bracket closing it, the words after its last sentence) holds a photo credit. A news agency in
    that position credits a photo only in a short line that reports nobody's words: '..., a local official told
    Agence France-Presse (AFP).' is a paragraph of the story. A credit cue anywhere else (a wire dateline
    'BAMAKO (Reuters) -', an agency cited mid-sentence) is prose."""
    pats, v = _patterns(), _vocab()
    words = len(line.split())
    if words > v["caption_max_words"] or len(line) > v["caption_max_words"] * _CHARS_PER_WORD:
        return False
    if pats["caption_label"].match(line):
        return True
    if any(_closes_the_line(line, m.start()) for m in pats["caption_credit"].finditer(line)):
        return True
    return words <= v["agency_caption_max_words"] and not pats["reporting"].search(line) \
        and any(_closes_the_line(line, m.start()) for m in pats["agency_credit"].finditer(line))


_META_LINES = 4  # lines of furniture that may stand between the byline and the lead
_META_WORDS = 12


def _is_furniture(line: str) -> bool:
    """A short line above the lead that does not end as a sentence: a publication stamp, a second byline, the
    paper's name, a date line."""
    return len(line.split()) <= _META_WORDS and not _SENTENCE_END.search(line)


def _top_furniture(body: list[str]) -> list[str]:
    """The lines of furniture the body opens with, before its first paragraph of prose."""
    top = []
    for line in body[:_META_LINES]:
        if not _is_furniture(line):
            break
        top.append(line)
    return top


def _dateline_of(body: list[str], top: list[str], pats: dict[str, re.Pattern]) -> Optional[tuple[int, re.Match, bool]]:
    """The lead paragraph's dateline: the first body line that is prose, after any short lines of page
    furniture ('Published: 11 July 2024, 09:12 GMT', 'Our Correspondent', a second byline, the paper's name);
    else a dateline standing on one of those lines by itself ('Pemba, 11 June 2022'). Its line, its match and
    whether it is the whole line; None when the lead has no dateline. `top`: the body's opening furniture."""
    for pos, line in enumerate(body[:len(top) + 1]):
        m = _inline_dateline(line, pats)
        if m:
            return pos, m, False
    return next(((pos, m, True) for pos, m in enumerate(map(pats["dateline_line"].match, top)) if m), None)


_FULL_DATE = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?P<date>\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?,?\s+\d{{4}}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+\d{{4}})")
# a stamp opening a line or one of its parts ('Staff Correspondent, Dhaka | Published: 2 September 2022')
_STAMP = re.compile(r"(?:^|[|.]\s*)(?:last\s+)?(?:published|updated|posted)\b", re.I)
# what may stand straight before a page's date: nothing, a separator, a stamp; not a preposition of prose
# ('Five killed in attack on 3 May 2024' is a headline's event day)
_BEFORE_PAGE_DATE = re.compile(r"(?:^|[|,.–—-]|\b(?:published|updated|posted)\s*:?(?:\s+on)?)\s*$", re.I)


def _publication_date(furniture: list[str]) -> Optional[date]:
    """The day the page says it was published, for an article that came without one: a full date on a line of
    furniture above the lead ('Published: 11 July 2024, 09:12 GMT', 'Thursday 1 August 2024', 'Compiled by the
    Basra desk | Friday 25 August 2023'), or after a stamp in the standfirst or the first paragraph ('Our weekly
    round-up. Published Tuesday, January 17, 2023.'). A date in the story's prose is the day of an event, never
    read here."""
    for line in furniture:
        m = _FULL_DATE.search(line)
        before = line[:m.start()] if m else ""
        if m and _BEFORE_PAGE_DATE.search(before) and (_is_furniture(line) or _STAMP.search(before)):
            day = _parse_date(m.group("date"))
            if day is not None:
                return day
    return None


def _inline_dateline(line: str, pats: dict[str, re.Pattern]) -> Optional[re.Match]:
    """The dateline opening a paragraph that goes on after it ('BAMAKO, May 2 (Reuters) - Gunmen ...')."""
    for name in ("dateline", "dateline_titled"):
        m = pats[name].match(line)
        if m and len(line) > m.end() + 20:
            return m
    return None


def _is_wire_lead(line: str, pats: dict[str, re.Pattern]) -> bool:
    """'BAMAKO (Reuters) - Gunmen killed ...': the agency in a dateline credits the story, not a photo,
    so the line is the lead paragraph even though '(Reuters' also marks photo credits."""
    m = _inline_dateline(line, pats)
    return bool(m and m.group("agency"))


def clean(raw: RawInput) -> Article:
    pats = _patterns()
    title = _scrub(raw.title)
    published = raw.published
    publisher = None
    text = _scrub(raw.text)
    if raw.is_html:
        text, html_title, html_date, publisher = _html_to_text(RawInput(text=text, url=_scrub(raw.url)))
        text, html_title = _scrub(text), _scrub(html_title)
        title = title or html_title
        published = published or html_date

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_MULTISPACE.sub(" ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]

    removed: list[str] = []
    kept: list[str] = []
    entry_starts: set[int] = set()  # kept lines that open a live entry (they follow a timestamp)
    skip_to = 0
    for pos, ln in enumerate(lines):
        if pos < skip_to:
            continue
        if pats["junk_start"].match(ln):
            end = _sidebar_end(lines, pos, sum(map(_is_prose, kept)), pats["junk_start"])
            if end is None:
                removed.extend(lines[pos:])
                break
            removed.extend(lines[pos:end])
            skip_to = end
            continue
        if pats["junk_line"].match(ln) or pats["editor_note"].match(ln):
            removed.append(ln)
            continue
        if pats["live_stamp"].match(ln):
            removed.append(ln)
            entry_starts.add(len(kept))
            continue
        stamp = pats["stamp_prefix"].match(ln) or _entry_title_stamp(ln, lines[pos + 1:pos + 2])
        if stamp:
            removed.append(stamp.group(0).strip())
            entry_starts.add(len(kept))
            ln = ln[stamp.end():]
        kept.append(ln)
    kept = _drop_summary_bullets(kept, entry_starts, removed, pats["summary_header"])

    headline = title
    standfirst = None
    byline = None
    captions: list[str] = []
    body: list[str] = []
    for i, ln in enumerate(kept):
        m = pats["byline"].match(ln)
        if m and len(ln.split()) <= 14 and byline is None:
            byline = ln
            if m.group("date") and published is None and re.search(r"\d{4}", m.group("date")):
                # only a full date: a day and month alone would be guessed into the current year
                published = _parse_date(m.group("date"))
            continue
        if is_caption(ln) and not _is_wire_lead(ln, pats):
            captions.append(ln)
            continue
        if i == 0 and headline is None and not raw.is_html and _is_headline(ln, kept[1:]):
            headline = ln
            continue
        if headline is not None and standfirst is None and not body and byline is None and i <= 2 \
                and ln != headline and i not in entry_starts and len(ln.split()) <= 45 and i + 1 < len(kept) \
                and not pats["dateline_line"].match(ln) \
                and (not ln.rstrip().endswith((".", "!", "?", '"', "”")) or pats["byline"].match(kept[i + 1])):
            # A standfirst sits between headline and byline, or reads like a second headline (no full
            # stop); a complete sentence straight after the headline is the lead paragraph, and the title of a
            # live page's first timed entry is that entry's heading. A dateline on its own line is no standfirst.
            standfirst = ln
            continue
        if headline is not None and ln == headline:
            continue
        body.append(ln)

    furniture = _top_furniture(body)
    if published is None:
        # the furniture, then the first paragraph, where a weekly's 'Our round-up. Published Tuesday, ...' stands
        published = _publication_date([ln for ln in (byline, standfirst) if ln] + body[:len(furniture) + 1])
    dateline_day = dateline_place = None
    found = _dateline_of(body, furniture, pats)
    if found:
        lead, m, whole_line = found
        if whole_line:
            removed.append(body.pop(lead))
        else:
            body[lead] = body[lead][m.end():]
        dateline_place = m.group("place").strip(" ,.'-") or None
        if m.group("date") and published is None and re.search(r"\d{4}", m.group("date")):
            # only a full date: a day and month alone would be guessed into the current year
            published = _parse_date(m.group("date"))
        elif m.group("date") and published is not None:
            dateline_day = _dateline_day(m.group("date"), published)

    parts = [p for p in (headline, standfirst) if p]
    prefix = "\n\n".join(parts)
    body_text = "\n\n".join(body)
    full = f"{prefix}\n\n{body_text}" if prefix and body_text else (prefix or body_text)
    body_start = len(prefix) + 2 if prefix and body_text else (len(prefix) if prefix else 0)
    if len(full) > MAX_CHARS:
        # longer than spaCy accepts (HTML or API text; plain-text files are refused at ingest): keep whole
        # paragraphs up to the limit and say what was cut
        cut = full.rfind("\n\n", 0, MAX_CHARS + 1)
        cut = cut if cut > body_start else MAX_CHARS
        removed.append(f"[{len(full) - cut:,} characters cut: over the {MAX_CHARS:,}-character limit]")
        full = full[:cut]
        body_start = min(body_start, len(full))
    return Article(
        text=full,
        headline=headline,
        standfirst=standfirst,
        byline=byline,
        publisher=publisher,
        published=published,
        dateline_day=dateline_day,
        dateline_place=dateline_place,
        url=_scrub(raw.url),
        path=_scrub(raw.path),
        captions=captions,
        removed=removed,
        body_start=body_start,
        is_english=looks_english(full),
    )
