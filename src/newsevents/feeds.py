"""Inputs for `newsevents ingest`: files, directories, JSONL corpora, RSS/Atom feeds (files or URLs), web pages.

`iter_inputs(specs)` yields one `RawInput` per article, or an `IngestError` naming the input and the
problem, so a batch reports a bad input and carries on. URLs are fetched only when the user names
them (a feed's entries are taken from the feed itself unless `follow_links` is set), with timeouts
and a size limit.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .document import RawInput
from .ingest import MAX_BYTES, IngestError, decode, looks_like_html, read_path

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md"}
TIMEOUT = 20.0
USER_AGENT = "newsevents/0.1 (+https://github.com/newsevents)"

Item = Union[RawInput, IngestError]


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) \
        or head.startswith(("<rss", "<feed"))


def _entry_date(entry) -> Optional[date]:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return date(t.tm_year, t.tm_mon, t.tm_mday)
    return None


def parse_feed(text: str, where: str, *, follow_links: bool = False, client=None) -> Iterator[Item]:
    """Entries of an RSS/Atom document as articles: the entry's full content, else its summary."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield IngestError(where, f"not a readable RSS/Atom feed ({feed.get('bozo_exception', 'parse error')})")
        return
    if not feed.entries:
        yield IngestError(where, "feed has no entries")
        return
    for i, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        published = _entry_date(entry)
        if follow_links and link and is_url(link):
            yield from _fetch(link, client=client, published=published)
            continue
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        title = entry.get("title")
        if not body.strip():
            yield IngestError(f"{where} entry {i}", "entry has no text (use --follow-links to fetch the page)")
            continue
        html = looks_like_html(body)
        if title and not html:
            body = f"{title}\n\n{body}"
        elif title:
            body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
        yield RawInput(text=body, url=link, published=published, title=title, is_html=html, path=where)


def parse_jsonl(data: bytes, where: str) -> Iterator[Item]:
    """One article a line: {"text": ..., "url": ..., "published": "YYYY-MM-DD", "title": ...}."""
    try:
        text = decode(data, where)
    except IngestError as exc:
        yield exc
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        at = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(at, f"bad JSON line ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield IngestError(at, "each line must be a JSON object with a 'text' key")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(at, "missing or empty 'text'")
            continue
        published = None
        if obj.get("published"):
            try:
                published = datetime.fromisoformat(str(obj["published"]).replace("Z", "+00:00")).date()
            except ValueError:
                yield IngestError(at, f"'published' is not an ISO date: {obj['published']!r}")
                continue
        url = obj.get("url") or None
        yield RawInput(text=body, url=url, published=published, title=obj.get("title"),
                       is_html=looks_like_html(body), path=at)


def fetch_bytes(url: str, client=None, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """GET `url` (streamed, so an oversize page is cut off rather than read whole); raises IngestError."""
    import httpx

    own = client is None
    client = client or httpx.Client(timeout=httpx.Timeout(TIMEOUT, connect=10.0), follow_redirects=True,
                                    headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise IngestError(url, f"HTTP {resp.status_code} {resp.reason_phrase}")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"too large: {int(declared) / 1e6:.1f} MB (limit {max_bytes // 2**20} MB)")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"too large: more than {max_bytes // 2**20} MB")
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise IngestError(url, f"timed out after {TIMEOUT:.0f} s") from None
    except httpx.HTTPError as exc:
        raise IngestError(url, f"cannot fetch: {exc.__class__.__name__}: {exc}") from None
    finally:
        if own:
            client.close()


def _fetch(url: str, *, client=None, published: Optional[date] = None, follow_links: bool = False) -> Iterator[Item]:
    try:
        data, ctype = fetch_bytes(url, client=client)
        text = decode(data, url)
    except IngestError as exc:
        yield exc
        return
    if "xml" in ctype or "rss" in ctype or "atom" in ctype or looks_like_feed(text):
        yield from parse_feed(text, url, follow_links=follow_links, client=client)
        return
    yield RawInput(text=text, url=url, published=published, is_html=looks_like_html(text) or "html" in ctype)


def expand(specs: Iterable[str]) -> Iterator[str]:
    """Directories become the article, JSONL and feed files inside them (sorted, recursive)."""
    wanted = ARTICLE_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
    for spec in specs:
        path = Path(spec)
        if not is_url(spec) and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in wanted and not child.name.startswith("."):
                    yield str(child)
        else:
            yield spec


def iter_inputs(specs: Iterable[str], *, published: Optional[date] = None, follow_links: bool = False,
                client=None) -> Iterator[Item]:
    for spec in expand(specs):
        if is_url(spec):
            yield from _fetch(spec, client=client, published=published, follow_links=follow_links)
            continue
        path = Path(spec)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            try:
                data = read_path(path).text.encode("utf-8")
            except IngestError as exc:
                yield exc
                continue
            yield from parse_jsonl(data, spec)
            continue
        try:
            raw = read_path(path, published=published)
        except IngestError as exc:
            yield exc
            continue
        if suffix in FEED_SUFFIXES or looks_like_feed(raw.text):
            yield from parse_feed(raw.text, spec, follow_links=follow_links, client=client)
        else:
            yield raw


__all__ = ["iter_inputs", "expand", "parse_feed", "parse_jsonl", "fetch_bytes", "IngestError"]
