"""The web page in headless Chromium (Debian's chromium driven by the Python playwright package)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import httpx

from test_api import API_KEY, ROOT, SEED_ARTICLE, running_server

CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# the README's picture is refreshed only on request (`make screenshot`); a plain test run leaves the
# tracked file alone and writes its shot to a temporary folder
SCREENSHOT_ENV = "NEWSEVENTS_SCREENSHOT"

pytestmark = pytest.mark.browser

if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
    if os.environ.get("CI"):
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: the browser tests must run in CI (set NEWSEVENTS_CHROMIUM)")
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (install Debian's chromium)")]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, stored_base):
    yield from open_page(browser, stored_base)


def open_page(browser, base_url):
    """A fresh page on `base_url` that fails the test on any JavaScript error or off-server request."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    external: list[str] = []
    pg.on("request", lambda req: external.append(req.url) if not req.url.startswith(base_url) else None)
    pg.goto(base_url + "/")
    pg.wait_for_selector("body[data-ready=true]")
    yield pg
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not [u for u in external if not u.startswith("data:")], f"requests left the server: {external}"


def paste_and_extract(pg, text: str, published: str | None = None) -> None:
    pg.fill("#article-input", text)
    if published:
        pg.fill("#published-input", published)
    pg.click("#extract-button")
    pg.wait_for_selector("body[data-extract=done], body[data-extract=error]")


def test_reference_article_events_table_map_and_evidence(page, tmp_path):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    paste_and_extract(page, text, "2021-09-26")
    assert page.locator("#error").is_hidden()
    result = page.evaluate("() => ({events: state.events, article: state.article})")
    events = result["events"]
    assert events, "the reference article reports events"

    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(events)
    headers = page.locator("#events-table thead th").all_text_contents()
    for column in ("event_date", "event_type", "sub_event_type", "actor1", "country", "latitude", "fatalities", "notes"):
        assert column in headers
    first_type = page.locator("#events-table tbody tr").first.locator("td.event_type").text_content()
    assert first_type == events[0]["event_type"]

    with_coordinates = [e for e in events if e["latitude"] is not None and e["longitude"] is not None]
    page.wait_for_timeout(200)
    assert page.locator("#map path.event-marker").count() == len(with_coordinates)

    # Every evidence sentence is highlighted, with exactly the text of the sentence.
    highlighted = page.eval_on_selector_all("#article-view .hl", "spans => spans.map(s => s.textContent).join('')")
    for event in events:
        for ev in event["evidence"]:
            assert ev["sentence"].split()[0] in highlighted
    assert page.locator("#article-view").text_content() == result["article"]["text"]

    # Clicking an event shows its evidence sentences and source.
    rows.nth(0).click()
    detail = page.locator("#event-detail")
    detail.wait_for(state="visible")
    assert events[0]["evidence"][0]["sentence"][:40] in detail.text_content()
    sentences = {(ev["start"], ev["end"]) for ev in events[0]["evidence"]}
    assert detail.locator("ul.evidence li").count() == len(sentences)
    for ev in events[0]["evidence"]:
        assert detail.locator(f"ul.evidence strong[data-field='{ev['field']}']").count() == 1
    assert "Taliban confirms execution" in detail.text_content()  # the source's headline
    assert rows.nth(0).get_attribute("class") == "selected"
    assert page.locator("#article-view .hl.focus").count() >= 1

    page.locator("#article-input").evaluate("box => { box.scrollTop = 0; }")
    page.wait_for_timeout(400)  # let the map finish its fit-to-markers animation
    shot = Path(os.environ.get(SCREENSHOT_ENV) or tmp_path / "page.png")
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000


def test_markers_and_timeline_for_located_events(page):
    """The map and the timeline, with a canned server answer so coordinates are known."""
    canned = {
        "article": {"article_id": "art_1", "text": "Headline\n\nClashes in Kandahar. A blast in Kabul.", "body_start": 10,
                    "captions": []},
        "stored": False,
        "events": [
            {"event_id": "ev_a", "event_date": "2021-09-22", "event_type": "Battles", "sub_event_type": "Armed clash",
             "location": "Kandahar", "country": "Afghanistan", "latitude": 31.61, "longitude": 65.71,
             "evidence": [{"field": "event_type", "sentence": "Clashes in Kandahar.", "start": 10, "end": 30,
                           "match": "Clashes", "match_start": 10, "match_end": 17}],
             "source": {"article_id": "art_1", "headline": "Headline"}},
            {"event_id": "ev_b", "event_date": "2021-09-24", "date_start": "2021-09-23", "date_end": "2021-09-24",
             "event_type": "Explosions/Remote violence", "location": "Kabul", "latitude": 34.53, "longitude": 69.17,
             "evidence": [{"field": "event_type", "sentence": "A blast in Kabul.", "start": 31, "end": 48}],
             "source": {"article_id": "art_1"}},
            {"event_id": "ev_c", "event_type": "Protests", "evidence": [], "source": {}},
        ],
    }
    page.route("**/extract", lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(canned)))
    paste_and_extract(page, "anything")
    assert page.locator("#map path.event-marker").count() == 2
    assert page.locator("#timeline circle.dot").count() == 2
    assert "1 event(s) without a date" in page.locator("#timeline-note").text_content()
    assert "without coordinates" in page.locator("#events-note").text_content()
    assert page.locator("#article-view .hl").all_text_contents()[:1] == ["Clashes"]
    # the detail panel is filled after the click's handler runs: wait for it rather than read it at once
    from playwright.sync_api import expect
    page.locator("#map path.event-marker-1").click()
    expect(page.locator("#event-detail")).to_contain_text("Kabul")
    page.locator("#timeline circle.dot").first.click()
    expect(page.locator("#event-detail")).to_contain_text("Kandahar")
    expect(page.locator("#event-detail mark").first).to_have_text("Clashes")


def test_markup_in_article_text_is_shown_not_run(page):
    payload = ("Gunmen attack market <script>window.__xss = 1</script>\n\n"
               "Gunmen killed five people <img src=x onerror=\"window.__xss = 2\"> in Maiduguri on Monday, police said. "
               "<b onmouseover=\"window.__xss = 3\">Residents</b> fled.")
    paste_and_extract(page, payload, "2021-09-26")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    view = page.locator("#article-view")
    assert view.locator("script, img, b").count() == 0
    assert page.locator("#events-table img, #events-table script, #event-detail img").count() == 0
    assert "<script>" in view.text_content()


def test_markup_in_record_fields_is_shown_not_run(page):
    evil = "<img src=x onerror=\"window.__xss = 4\">"
    canned = {"article": {"article_id": "art_x", "text": f"Headline {evil}"}, "stored": False,
              "events": [{"event_id": "ev_x", "event_type": "Battles", "actor1": evil, "latitude": 1.0, "longitude": 2.0,
                          "evidence": [{"field": "actor1", "sentence": f"Headline {evil}", "start": 0, "end": 9 + len(evil),
                                        "match": evil, "match_start": 9, "match_end": 9 + len(evil)}],
                          "source": {"headline": evil, "url": "javascript:window.__xss=5"}}]}
    page.route("**/extract", lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(canned)))
    paste_and_extract(page, "anything")
    page.locator("#events-table tbody tr").first.click()
    page.locator("#map path.event-marker").first.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert evil in page.locator("#event-detail").text_content()


def test_server_errors_are_shown(page):
    page.fill("#article-input", "x")
    page.fill("#published-input", "2021-09-26")
    page.route("**/extract", lambda route: route.fulfill(status=422, content_type="application/json",
                                                       body=json.dumps({"detail": "body field 'text': empty article text"})))
    page.click("#extract-button")
    page.wait_for_selector("#error:not([hidden])")
    assert "empty article text" in page.locator("#error").text_content()


@pytest.fixture(scope="module")
def stored_base(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "events.db"
    with running_server("--db", str(db), env={"NEWSEVENTS_API_KEY": API_KEY}) as base:
        r = httpx.post(f"{base}/ingest", json={"text": SEED_ARTICLE.read_text(encoding="utf-8"), "published": "2021-09-26"},
                       headers={"X-API-Key": API_KEY}, timeout=60)
        assert r.status_code == 200, r.text
        yield base


def test_stored_events_filters_and_sources(browser, stored_base):
    stored = httpx.get(f"{stored_base}/events", params={"limit": 1000}).json()
    for pg in open_page(browser, stored_base):
        assert pg.locator("#key-label").is_visible()  # writes need the key on this server
        pg.click("#tab-stored")
        pg.wait_for_selector("body[data-stored=done]")
        rows = pg.locator("#events-table tbody tr")
        assert rows.count() == stored["total"] > 0
        assert f"of {stored['total']}" in pg.locator("#page-info").text_content()

        wanted = stored["events"][0]["event_type"]
        pg.select_option("#filter-type", wanted)
        pg.click("#filter-button")
        pg.wait_for_selector("body[data-stored=done]")
        types = pg.locator("#events-table tbody td.event_type").all_text_contents()
        assert types and set(types) == {wanted}

        rows.first.click()
        pg.wait_for_selector("#article-view .hl")
        detail = pg.locator("#event-detail")
        assert "Taliban confirms execution of ISIS-K leader" in detail.locator("ul").last.text_content()
        assert "Khorasani" in pg.locator("#article-view").text_content()

        pg.fill("#filter-since", "2030-01-01")
        pg.click("#filter-button")
        pg.wait_for_selector("body[data-stored=done]")
        assert "no matching events" in pg.locator("#page-info").text_content()
