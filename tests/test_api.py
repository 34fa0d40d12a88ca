"""The REST API against a real server process (`newsevents serve` on a free loopback port)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "000_4b5c7783727d04d9.txt"
NEWSEVENTS = Path(sys.executable).with_name("newsevents")
API_KEY = "test-key-1234"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(*args: str, env: dict | None = None, startup_timeout: float = 180.0):
    """Start `newsevents serve` as a subprocess, wait until /health answers, yield its base URL."""
    port = free_port()
    cmd = [str(NEWSEVENTS), "serve", "--port", str(port), "--log-level", "warning", *args]
    # The log goes to a file, not a pipe nobody reads, which would stall the server once full.
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"

    def output() -> str:
        log.seek(0)
        return log.read().decode(errors="replace")

    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {output()}")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer /health in time")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        server_log = output()
        log.close()
        # A traceback in the server is a bug even when the client saw a tidy 500.
        assert "Traceback" not in server_log, server_log


def store_available() -> bool:
    try:
        from newsevents.store import EventStore  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def server():
    with running_server() as base:
        with httpx.Client(base_url=base, timeout=60) as client:
            yield client


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


# ---- /extract -------------------------------------------------------------------------------------

def test_health(server):
    body = server.get("/health").json()
    assert body["status"] == "ok" and body["pipeline"] is True and body["store"] is False


def test_extract_json_returns_events_with_spans_into_cleaned_text(server, seed_text):
    r = server.post("/extract", json={"text": seed_text, "published": "2021-09-26"})
    assert r.status_code == 200, r.text
    body = r.json()
    text = body["article"]["text"]
    assert "Khorasani" in text and body["article"]["published"] == "2021-09-26"
    assert body["article"]["article_id"].startswith("art_")
    assert body["stored"] is False
    assert body["events"], "the reference article reports events"
    for event in body["events"]:
        assert event["event_type"] and event["evidence"]
        for ev in event["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
            if ev["match_start"] is not None:
                assert text[ev["match_start"]:ev["match_end"]] == ev["match"]


def test_extract_text_plain_and_html_bodies(server, seed_text):
    plain = server.post("/extract", params={"published": "2021-09-26"}, content=seed_text.encode(),
                        headers={"Content-Type": "text/plain; charset=utf-8"})
    assert plain.status_code == 200, plain.text
    assert plain.json()["article"]["published"] == "2021-09-26"
    as_json = server.post("/extract", json={"text": seed_text, "published": "2021-09-26"}).json()
    assert [e["event_type"] for e in plain.json()["events"]] == [e["event_type"] for e in as_json["events"]]

    paragraphs = "".join(f"<p>{p}</p>" for p in seed_text.split("\n\n")[3:])
    html = f"<html><head><title>Taliban confirms execution</title></head><body><article>{paragraphs}</article></body></html>"
    r = server.post("/extract", content=html.encode(), headers={"Content-Type": "text/html"})
    assert r.status_code == 200, r.text
    assert "<p>" not in r.json()["article"]["text"] and "Khorasani" in r.json()["article"]["text"]


# ---- errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [{"text": ""}, {"text": "   \n  "}, {}])
def test_empty_text_is_a_clear_422(server, body):
    r = server.post("/extract", json=body)
    assert r.status_code == 422
    assert "text" in r.json()["detail"]


def test_empty_text_plain_body(server):
    r = server.post("/extract", content=b"", headers={"Content-Type": "text/plain"})
    assert r.status_code == 422 and "empty" in r.json()["detail"]


def test_too_large_body_is_413(server):
    r = server.post("/extract", content=b"a" * (2 * 1024 * 1024 + 1), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413
    assert "too large" in r.json()["detail"]


def test_too_large_chunked_body_is_413(server):
    def chunks():
        for _ in range(40):
            yield b"b" * 65536  # 2.5 MB without a Content-Length header

    r = server.post("/extract", content=chunks(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413


@pytest.mark.parametrize("content_type", ["application/xml", "multipart/form-data; boundary=x", None])
def test_wrong_content_type_is_415(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    r = server.post("/extract", content=b"<a>x</a>", headers=headers)
    assert r.status_code == 415
    assert "content type" in r.json()["detail"]


def test_bad_date_names_the_field(server):
    r = server.post("/extract", json={"text": "Gunmen killed two people in Kano.", "published": "26/09/2021"})
    assert r.status_code == 422
    assert "published" in r.json()["detail"] and "YYYY-MM-DD" in r.json()["detail"]
    r = server.post("/extract", params={"published": "2021-02-30"}, content=b"x y z", headers={"Content-Type": "text/plain"})
    assert r.status_code == 422 and "published" in r.json()["detail"]


@pytest.mark.parametrize("params, named", [({"since": "yesterday"}, "since"), ({"until": "2021-9-1x"}, "until"),
                                           ({"limit": "0"}, "limit"), ({"limit": "5000"}, "limit"),
                                           ({"offset": "-1"}, "offset")])
def test_bad_filter_values_name_the_parameter(server, params, named):
    r = server.get("/events", params=params)
    assert r.status_code == 422 and f"query parameter '{named}'" in r.json()["detail"]


def test_unknown_json_field_and_bad_json(server):
    r = server.post("/extract", json={"text": "x", "publised": "2021-01-01"})
    assert r.status_code == 422 and "publised" in r.json()["detail"]
    r = server.post("/extract", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["detail"]


def test_unknown_query_parameter_is_named(server):
    r = server.get("/events", params={"contry": "Kenya"})
    assert r.status_code == 422
    assert "'contry'" in r.json()["detail"] and "country" in r.json()["detail"]
    r = server.post("/extract", params={"stor": "true"}, json={"text": "x"})
    assert r.status_code == 422 and "'stor'" in r.json()["detail"]


def test_url_is_not_fetched_by_default(server):
    r = server.post("/extract", json={"url": "http://127.0.0.1:9/article"})
    assert r.status_code == 422 and "fetch" in r.json()["detail"]


def test_store_endpoints_without_a_store_are_503(server):
    for path in ("/events", "/stats", "/events/ev_x", "/export?format=jsonl"):
        r = server.get(path)
        assert r.status_code == 503 and "--db" in r.json()["detail"], path


def test_openapi_schema_describes_the_api(server):
    schema = server.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/extract", "/ingest", "/events", "/events/{event_id}", "/articles/{article_id}", "/stats",
                 "/export", "/health"):
        assert path in paths, path
    content = paths["/extract"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(content)
    assert "text" in content["application/json"]["schema"]["properties"]
    assert "EventRecord" in schema["components"]["schemas"]
    evidence = schema["components"]["schemas"]["Evidence"]["properties"]
    assert {"sentence", "start", "end", "match"} <= set(evidence)
    filters = {p["name"] for p in paths["/events"]["get"]["parameters"]}
    assert filters == {"country", "since", "until", "type", "actor", "limit", "offset"}


def test_page_and_assets_are_local(server):
    page = server.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/app.js", "/static/vendor/leaflet/leaflet.js", "/static/vendor/world-atlas/countries-50m.json",
                  "/static/vendor/topojson-client/topojson-client.min.js"):
        assert server.get(asset).status_code == 200, asset


# ---- fetching and keys ------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["http://127.0.0.1:1/a", "http://localhost/a", "http://10.1.2.3/a",
                                 "http://[::1]/a", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                                 "http://user:pw@example.org/", "http://host:99999x/", "http://[fe80::1%25eth0]/"])
def test_fetch_refuses_internal_addresses(url):
    from newsevents.api.guards import FetchRefused, fetch_url

    with pytest.raises(FetchRefused):
        fetch_url(url, max_bytes=1000)


def test_fetch_enabled_still_refuses_loopback(stored_server):
    r = stored_server.post("/extract", json={"url": str(stored_server.base_url.join("/health"))})
    assert r.status_code == 422 and "non-public" in r.json()["detail"]
    r = stored_server.post("/extract", json={"url": "http://example.org:80health"})
    assert r.status_code == 422 and "not a valid URL" in r.json()["detail"]


def test_non_loopback_bind_without_key_refuses_to_start():
    env = {k: v for k, v in os.environ.items() if k != "NEWSEVENTS_API_KEY"}
    r = subprocess.run([str(NEWSEVENTS), "serve", "--host", "0.0.0.0", "--port", str(free_port())], env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "NEWSEVENTS_API_KEY" in r.stderr and "Traceback" not in r.stderr


def test_unusable_database_is_a_message_not_a_traceback(tmp_path):
    r = subprocess.run([str(NEWSEVENTS), "serve", "--port", str(free_port()), "--db", str(tmp_path / "no" / "such" / "x.db")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "no such directory" in r.stderr and "Traceback" not in r.stderr


def test_key_compare():
    from newsevents.api.guards import key_matches

    assert key_matches(None, None) and key_matches("k", "k")
    assert not key_matches("k", None) and not key_matches("k", "K") and not key_matches("k", "kk")


# ---- the store round trip ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def stored_server(tmp_path_factory):
    if not store_available():
        pytest.fail("newsevents.store is missing")
    db = tmp_path_factory.mktemp("api") / "events.db"
    with running_server("--db", str(db), env={"NEWSEVENTS_API_KEY": API_KEY, "NEWSEVENTS_ALLOW_FETCH": "1"}) as base:
        with httpx.Client(base_url=base, timeout=60) as client:
            yield client


def test_store_round_trip(stored_server, seed_text):
    s = stored_server
    assert s.post("/ingest", json={"text": seed_text, "published": "2021-09-26"}).status_code == 401
    assert s.post("/ingest", json={"text": seed_text}, headers={"X-API-Key": "wrong"}).status_code == 401
    assert s.post("/extract?store=true", json={"text": seed_text}).status_code == 401

    r = s.post("/ingest", json={"text": seed_text, "published": "2021-09-26"}, headers={"X-API-Key": API_KEY})
    assert r.status_code == 200, r.text
    ingested = r.json()
    assert ingested["status"] == "added" and ingested["records"] == len(ingested["record_ids"]) > 0
    assert ingested["new_events"] + ingested["merged"] == ingested["records"]
    again = s.post("/ingest", json={"text": seed_text, "published": "2021-09-26"},
                   headers={"Authorization": f"Bearer {API_KEY}"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"

    everything = s.get("/events", params={"limit": 1000}).json()
    assert everything["total"] == ingested["new_events"] == len(everything["events"])
    page = s.get("/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == everything["total"] and page["limit"] == 1 and page["offset"] == 1
    assert [e["event_id"] for e in page["events"]] == [everything["events"][1]["event_id"]]
    first = everything["events"][0]
    assert first["event_type"] and first["evidence"] and first["source"]["article_id"] == ingested["article_id"]

    one = s.get(f"/events/{first['event_id']}")
    assert one.status_code == 200
    detail = one.json()
    assert detail["event_id"] == first["event_id"] and detail["evidence"]
    assert [src["article_id"] for src in detail["sources"]] == [ingested["article_id"]]
    assert detail["sources"][0]["headline"] == "Taliban confirms execution of ISIS-K leader"
    assert s.get("/events/ev_does_not_exist").status_code == 404

    kinds = s.get("/events", params={"type": first["event_type"], "limit": 1000}).json()
    assert kinds["total"] == sum(e["event_type"] == first["event_type"] for e in everything["events"])
    unknown_type = s.get("/events", params={"type": "Picnic"})
    assert unknown_type.status_code == 422 and "Picnic" in unknown_type.json()["detail"]

    article = s.get(f"/articles/{ingested['article_id']}")
    assert article.status_code == 200 and "Khorasani" in str(article.json())
    assert s.get("/articles/art_nope").status_code == 404

    assert s.get("/events", params={"since": "2030-01-01"}).json()["total"] == 0
    assert s.get("/events", params={"since": "2021-10-01", "until": "2021-09-01"}).status_code == 422
    stats = s.get("/stats").json()
    assert stats["articles"] == 1 and stats["events"] == everything["total"]

    jsonl = s.get("/export", params={"format": "jsonl"})
    assert jsonl.status_code == 200 and len(jsonl.text.strip().splitlines()) == everything["total"]
    geo = s.get("/export", params={"format": "geojson"})
    assert geo.status_code == 200 and geo.json()["type"] == "FeatureCollection"
    csv = s.get("/export", params={"format": "acled-csv"})
    assert csv.status_code == 200 and csv.text.startswith("event_id_cnty")
    assert s.get("/export", params={"format": "xml"}).status_code == 422


def test_page_policy_allows_only_the_configured_tile_server():
    from newsevents.api.app import Settings, page_headers

    offline = page_headers(Settings())["Content-Security-Policy"]
    assert "img-src 'self' data:;" in offline and "script-src 'self';" in offline
    tiled = page_headers(Settings(tiles_url="https://{s}.tile.example.org/{z}/{x}/{y}.png"))["Content-Security-Policy"]
    assert "img-src 'self' data: https://*.tile.example.org;" in tiled
