"""Inputs for ingestion: JSONL corpora, RSS/Atom feeds and pages over HTTP (a local server), clear errors."""

from __future__ import annotations

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsevents import feeds
from newsevents.document import RawInput
from newsevents.ingest import IngestError

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Blast hits Kabul market</title><link>http://127.0.0.1/a</link>
<pubDate>Sun, 13 Mar 2022 09:00:00 GMT</pubDate>
<description>A car bomb exploded beside a vegetable market in Kabul, killing 12 people.</description></item>
<item><title>Empty entry</title><link>http://127.0.0.1/b</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Protest in Nairobi</title><link href="https://desk.example/nairobi"/><updated>2023-07-12T10:00:00Z</updated>
<content type="html">&lt;p&gt;Police fired tear gas at protesters in Nairobi.&lt;/p&gt;</content></entry></feed>"""

PAGE = b"<html><head><title>Clash</title></head><body><article><h1>Clash</h1><p>Troops clashed with rebels near Goma on Monday.</p></article></body></html>"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, RawInput)], [str(i) for i in items if isinstance(i, IngestError)]


def test_jsonl_good_and_bad_lines(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join([
        json.dumps({"text": "Gunmen killed two farmers.", "url": "https://a.example/1", "published": "2022-05-02"}),
        "{not json",
        json.dumps({"url": "https://a.example/2"}),
        json.dumps({"text": "Protest in Lagos.", "published": "yesterday"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "Soldiers clashed with rebels.", "published": "2022-05-03T08:00:00Z"}),
    ]), encoding="utf-8")
    ok, errors = split(feeds.iter_inputs([str(p)]))
    assert [(r.url, r.published) for r in ok] == [("https://a.example/1", date(2022, 5, 2)), (None, date(2022, 5, 3))]
    assert errors == [f"{p}:2: bad JSON line (Expecting property name enclosed in double quotes at column 2)",
                      f"{p}:3: missing or empty 'text'", f"{p}:4: 'published' is not an ISO date: 'yesterday'",
                      f"{p}:5: each line must be a JSON object with a 'text' key"]


def test_feed_files_and_directory_expansion(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "desk.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")  # not an input suffix: ignored
    ok, errors = split(feeds.iter_inputs([str(tmp_path)]))
    by_url = {r.url: r for r in ok}
    assert set(by_url) == {"https://desk.example/nairobi", "http://127.0.0.1/a"}
    assert by_url["http://127.0.0.1/a"].published == date(2022, 3, 13)
    assert by_url["http://127.0.0.1/a"].text.startswith("Blast hits Kabul market\n\nA car bomb")
    assert by_url["https://desk.example/nairobi"].is_html
    assert any("empty.txt: empty input" in e for e in errors)
    assert any("entry 2: entry has no text" in e for e in errors)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        routes = {"/feed": (200, "application/rss+xml", RSS.encode()), "/page": (200, "text/html", PAGE),
                  "/big": (200, "text/html", b"<p>" + b"x" * 3000 + b"</p>")}
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"nope"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_urls_feed_page_and_errors(server):
    ok, errors = split(feeds.iter_inputs([f"{server}/feed", f"{server}/page", f"{server}/missing"]))
    assert [r.url for r in ok] == ["http://127.0.0.1/a", f"{server}/page"]
    assert ok[1].is_html and "Goma" in ok[1].text
    assert errors == [f"{server}/feed entry 2: entry has no text (use --follow-links to fetch the page)",
                      f"{server}/missing: HTTP 404 Not Found"]


def test_url_size_limit_and_unreachable_host(server):
    with pytest.raises(IngestError, match="too large"):
        feeds.fetch_bytes(f"{server}/big", max_bytes=1000)
    ok, errors = split(feeds.iter_inputs(["http://127.0.0.1:9/nothing-listens-here"]))
    assert ok == [] and errors[0].startswith("http://127.0.0.1:9/nothing-listens-here: cannot fetch: ConnectError")
