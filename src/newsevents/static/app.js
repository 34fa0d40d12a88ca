// The newsevents page. Everything that came from an article or a record is inserted as text
// (textContent / text nodes, never innerHTML), so markup inside an article is shown, not run.
"use strict";

const PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
                 "#9a6324", "#469990", "#bfef45", "#800000", "#000075", "#808000", "#fabed4"];
const HIDDEN_COLUMNS = new Set(["source", "sources", "evidence", "merges", "record"]);
const PAGE_SIZE = 50;

const state = {
  config: { store: false, writes_need_key: false, event_types: {} },
  mode: "extract",
  events: [],        // the events shown in table, map and timeline
  article: null,     // the article whose text is shown (extract result, or a stored event's article)
  selected: -1,
  offset: 0,
  total: 0,
};

const $ = (id) => document.getElementById(id);

// ---- small DOM helpers --------------------------------------------------------------------------
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") Object.assign(node.style, value);
    else node[key] = value;
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

function colourOf(index) { return PALETTE[index % PALETTE.length]; }

function safeLink(url, label) {
  // Only http(s) links: a record's URL must not become a javascript: link.
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label || url);
    }
  } catch (_) { /* not a URL: shown as text below */ }
  return document.createTextNode(label || url);
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

function setStatus(message) { $("status").textContent = message || ""; }

async function api(path, options) {
  const response = await fetch(path, options);
  const isJson = (response.headers.get("content-type") || "").includes("json");
  const body = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = isJson && body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return body;
}

// ---- article with highlighted evidence ----------------------------------------------------------
// Evidence offsets count Unicode code points (Python string indices), so the text is split into
// code points rather than indexed as UTF-16.
function renderArticle(article, events, eventIndexes) {
  const view = $("article-view");
  view.replaceChildren();
  $("article-panel").hidden = !article;
  if (!article) return;
  const meta = [article.published, article.publisher, article.url].filter(Boolean).join(" · ");
  $("article-meta").textContent = meta;

  const chars = Array.from(article.text || "");
  const sentenceSpans = [];  // [start, end, eventIndex]
  const matchSpans = [];
  events.forEach((event, i) => {
    const index = eventIndexes ? eventIndexes[i] : i;
    const seen = new Set();
    for (const ev of event.evidence || []) {
      if (article.article_id && ev.article_id && ev.article_id !== article.article_id) continue;
      const key = `${ev.start}:${ev.end}`;
      if (!seen.has(key) && ev.end > ev.start) { seen.add(key); sentenceSpans.push([ev.start, ev.end, index]); }
      if (ev.match_start !== null && ev.match_start !== undefined && ev.match_end > ev.match_start) {
        matchSpans.push([ev.match_start, ev.match_end, index]);
      }
    }
  });
  const cuts = new Set([0, chars.length]);
  for (const [s, e] of sentenceSpans.concat(matchSpans)) {
    cuts.add(Math.max(0, Math.min(s, chars.length)));
    cuts.add(Math.max(0, Math.min(e, chars.length)));
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = chars.slice(a, b).join("");
    const covering = sentenceSpans.filter(([s, e]) => s <= a && b <= e).map(([, , i]) => i);
    const owners = Array.from(new Set(covering));
    if (!owners.length) { view.append(document.createTextNode(piece)); continue; }
    const matchOwners = Array.from(new Set(matchSpans.filter(([s, e, i]) => s <= a && b <= e && owners.includes(i)).map(([, , i]) => i)));
    const span = el("span", { className: "hl", dataset: { events: owners.join(" "), matches: matchOwners.join(" ") } }, piece);
    span.style.backgroundColor = colourOf(owners[0]) + "40";
    if (owners.length > 1) {
      // Several events cite this sentence: stripes in each event's colour.
      const stops = owners.map((o, j) => `${colourOf(o)}55 ${j * 8}px ${(j + 1) * 8}px`).join(", ");
      span.style.backgroundImage = `repeating-linear-gradient(135deg, ${stops})`;
    }
    span.addEventListener("click", () => selectEvent(owners[0]));
    view.append(span);
  }
}

function focusArticle(index) {
  let first = null;
  for (const span of $("article-view").querySelectorAll(".hl")) {
    const mine = span.dataset.events.split(" ").includes(String(index));
    span.classList.toggle("focus", mine);
    span.classList.toggle("match", span.dataset.matches.split(" ").includes(String(index)));
    if (mine && !first) first = span;
  }
  if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

// ---- table ---------------------------------------------------------------------------------------
function columnsOf(events) {
  const columns = [];
  for (const event of events) {
    for (const key of Object.keys(event)) if (!HIDDEN_COLUMNS.has(key) && !columns.includes(key)) columns.push(key);
  }
  return columns;
}

function cellText(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function renderTable(events) {
  const table = $("events-table");
  table.replaceChildren();
  if (!events.length) {
    table.append(el("tbody", {}, el("tr", {}, el("td", { className: "empty" }, "no events"))));
    return;
  }
  const columns = columnsOf(events);
  table.append(el("thead", {}, el("tr", {}, el("th", {}, "#"), columns.map((c) => el("th", {}, c)))));
  const body = el("tbody");
  events.forEach((event, i) => {
    const row = el("tr", { dataset: { index: String(i) } },
      el("td", {}, el("span", { className: "swatch", style: { backgroundColor: colourOf(i) } }), ` ${i + 1}`),
      columns.map((c) => el("td", { className: c }, cellText(event[c]))));
    row.addEventListener("click", () => selectEvent(i));
    body.append(row);
  });
  table.append(body);
}

// ---- map -------------------------------------------------------------------------------------------
let map = null;
let markerLayer = null;

function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1 }).setView([20, 10], 2);
  if (state.config.tiles_url) {
    L.tileLayer(state.config.tiles_url, { attribution: state.config.tiles_attribution || "", maxZoom: 18 }).addTo(map);
  }
  markerLayer = L.layerGroup().addTo(map);
  fetch("/static/vendor/world-atlas/countries-50m.json")
    .then((r) => r.json())
    .then((topo) => {
      const countries = topojson.feature(topo, topo.objects.countries);
      const outlines = L.geoJSON(countries, {
        style: { color: "#8a8f98", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      outlines.bringToBack();
      map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas");
    })
    .catch(() => setStatus("country outlines could not be loaded"));
}

function hasCoordinates(event) {
  return typeof event.latitude === "number" && typeof event.longitude === "number";
}

function renderMap(events) {
  markerLayer.clearLayers();
  const points = [];
  events.forEach((event, i) => {
    if (!hasCoordinates(event)) return;
    const marker = L.circleMarker([event.latitude, event.longitude], {
      radius: 8, color: "#1d2330", weight: 1, fillColor: colourOf(i), fillOpacity: 0.9,
      className: `event-marker event-marker-${i}`,
    });
    // A DOM node, not a string: Leaflet would insert a string tooltip as HTML.
    const label = [event.event_type, event.location || event.country, event.event_date].filter(Boolean).join(" · ");
    marker.bindTooltip(el("span", {}, `${i + 1}. ${label}`));
    marker.on("click", () => selectEvent(i));
    marker.addTo(markerLayer);
    points.push([event.latitude, event.longitude]);
  });
  const missing = events.length - points.length;
  $("events-note").textContent = events.length
    ? `${events.length} shown` + (missing ? ` · ${missing} without coordinates (not on the map)` : "")
    : "";
  if (points.length === 1) map.setView(points[0], 5);
  else if (points.length > 1) map.fitBounds(points, { padding: [40, 40], maxZoom: 5 });
}

// ---- timeline ---------------------------------------------------------------------------------------
const DAY = 86400000;
const toDay = (iso) => Date.parse(iso + "T00:00:00Z");
const fromDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function renderTimeline(events) {
  const chart = $("timeline");
  chart.replaceChildren();
  const dated = events.map((e, i) => [e, i]).filter(([e]) => e.event_date || e.date_start);
  const undated = events.length - dated.length;
  $("timeline-note").textContent = undated ? `${undated} event(s) without a date` : "";
  const width = chart.clientWidth || 600;
  const height = 120;
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  if (!dated.length) {
    const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle" });
    t.textContent = events.length ? "no dated events" : "no events";
    chart.append(t);
    return;
  }
  let lo = Infinity, hi = -Infinity;
  for (const [e] of dated) {
    for (const d of [e.event_date, e.date_start, e.date_end]) if (d) { lo = Math.min(lo, toDay(d)); hi = Math.max(hi, toDay(d)); }
  }
  const pad = Math.max(DAY, (hi - lo) * 0.05);
  lo -= pad; hi += pad;
  const left = 20, right = width - 20, axisY = height - 24;
  const x = (ms) => left + ((ms - lo) / (hi - lo)) * (right - left);
  chart.append(svg("line", { class: "axis", x1: left, x2: right, y1: axisY, y2: axisY }));
  const ticks = Math.max(2, Math.min(6, Math.floor((right - left) / 110)));
  for (let k = 0; k <= ticks; k++) {
    const ms = lo + ((hi - lo) * k) / ticks;
    chart.append(svg("line", { class: "axis", x1: x(ms), x2: x(ms), y1: axisY, y2: axisY + 4 }));
    const label = svg("text", { x: x(ms), y: axisY + 16, "text-anchor": k === 0 ? "start" : k === ticks ? "end" : "middle" });
    label.textContent = fromDay(Math.round(ms / DAY) * DAY);
    chart.append(label);
  }
  const stackHeight = {};
  for (const [e, i] of dated) {
    const day = e.event_date || e.date_start;
    const level = stackHeight[day] = (stackHeight[day] || 0) + 1;
    const cy = axisY - 10 - (level - 1) * 14;
    if (e.date_start && e.date_end && e.date_start !== e.date_end) {
      chart.append(svg("line", { class: "range", x1: x(toDay(e.date_start)), x2: x(toDay(e.date_end)), y1: cy, y2: cy,
                                 stroke: colourOf(i) }));
    }
    const dot = svg("circle", { class: "dot", cx: x(toDay(day)), cy, r: 6, fill: colourOf(i), "data-index": i });
    const title = svg("title");
    title.textContent = `${i + 1}. ${day} ${e.event_type || ""}`;
    dot.append(title);
    dot.addEventListener("click", () => selectEvent(i));
    chart.append(dot);
  }
}

// ---- event detail ---------------------------------------------------------------------------------
function markedSentence(sentence, start, evidence) {
  // The sentence with the deciding words of every evidence item marked; offsets are article offsets.
  const chars = Array.from(sentence || "");
  const ranges = evidence
    .filter((ev) => ev.match_start !== null && ev.match_start !== undefined && ev.match_end > ev.match_start)
    .map((ev) => [Math.max(0, ev.match_start - start), Math.min(chars.length, ev.match_end - start)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const line = el("span", { className: "why" });
  let at = 0;
  for (const [a, b] of merged) {
    line.append(chars.slice(at, a).join(""), el("mark", {}, chars.slice(a, b).join("")));
    at = b;
  }
  line.append(chars.slice(at).join(""));
  return line;
}

function evidenceBySentence(evidence) {
  const groups = new Map();
  for (const ev of evidence) {
    const key = `${ev.article_id || ""}:${ev.start}:${ev.end}`;
    if (!groups.has(key)) groups.set(key, { sentence: ev.sentence, start: ev.start, items: [] });
    groups.get(key).items.push(ev);
  }
  return Array.from(groups.values());
}

function renderSources(event) {
  const sources = (event.sources && event.sources.length ? event.sources : [event.source]).filter(Boolean);
  if (!sources.length) return el("p", { className: "empty" }, "no source recorded");
  return el("ul", {}, sources.map((s) => el("li", {},
    s.headline ? el("strong", {}, s.headline) : el("span", { className: "empty" }, "untitled"),
    [s.publisher, s.published, s.byline].filter(Boolean).length ? ` — ${[s.publisher, s.published, s.byline].filter(Boolean).join(", ")}` : "",
    s.url ? [" ", safeLink(s.url, "link")] : "",
    s.article_id ? el("small", { className: "empty" }, ` (${s.article_id})`) : "")));
}

function renderDetail(event, index) {
  const panel = $("event-detail");
  panel.hidden = false;
  panel.replaceChildren();
  const title = [event.event_type, event.sub_event_type].filter(Boolean).join(" / ") || "event";
  panel.append(el("h3", {}, el("span", { className: "swatch", style: { backgroundColor: colourOf(index) } }),
                  ` ${index + 1}. ${title}`));
  const evidence = event.evidence || [];
  const list = el("dl");
  for (const key of columnsOf([event])) {
    const value = event[key];
    if (value === null || value === undefined || value === "" || value === false) continue;
    const why = evidence.find((ev) => ev.field === key);
    list.append(el("dt", {}, key), el("dd", {}, cellText(value),
      why && why.match ? el("small", { className: "empty" }, ` ← “${why.match}”`) : null));
  }
  panel.append(list);
  // One entry per sentence, naming the fields it decided, so a sentence behind many fields shows once.
  const groups = evidenceBySentence(evidence);
  panel.append(el("h4", {}, `Evidence: ${groups.length} sentence(s)`));
  panel.append(groups.length
    ? el("ul", { className: "evidence" }, groups.map((group) => el("li", {},
        markedSentence(group.sentence, group.start, group.items),
        el("span", { className: "fields" }, group.items.map((ev, k) => [
          k ? " · " : "", el("strong", { dataset: { field: ev.field } }, ev.field),
          ev.match ? ` “${ev.match}”` : "", ev.rule ? el("small", { className: "empty" }, ` [${ev.rule}]`) : ""])))))
    : el("p", { className: "empty" }, "no evidence recorded"));
  panel.append(el("h4", {}, "Sources"), renderSources(event));
}

async function selectEvent(index) {
  const event = state.events[index];
  if (!event) return;
  state.selected = index;
  for (const row of $("events-table").querySelectorAll("tbody tr")) row.classList.toggle("selected", row.dataset.index === String(index));
  for (const dot of $("timeline").querySelectorAll(".dot")) dot.classList.toggle("selected", dot.dataset.index === String(index));
  if (state.mode === "stored" && event.event_id) {
    // The list holds summaries; the full record (all sources and evidence) and its article come on demand.
    try {
      const full = await api(`/events/${encodeURIComponent(event.event_id)}`);
      if (state.selected !== index) return;
      renderDetail(full, index);
      const articleId = (full.evidence || []).map((ev) => ev.article_id).find(Boolean)
        || (full.source && full.source.article_id) || ((full.sources || [])[0] || {}).article_id;
      if (articleId) {
        const article = await api(`/articles/${encodeURIComponent(articleId)}`);
        if (state.selected !== index) return;
        if (article.text) renderArticle({ ...article, article_id: articleId }, [full], [index]);
      }
    } catch (err) { showError(err.message); return; }
  } else {
    renderDetail(event, index);
  }
  focusArticle(index);
}

// ---- showing a set of events ------------------------------------------------------------------------
function showEvents(events) {
  state.events = events;
  state.selected = -1;
  $("event-detail").hidden = true;
  renderTable(events);
  renderMap(events);
  renderTimeline(events);
}

// ---- extract -----------------------------------------------------------------------------------------
async function onExtract(submit) {
  submit.preventDefault();
  showError("");
  const text = $("article-input").value;
  if (!text.trim()) { showError("Paste an article first."); document.body.dataset.extract = "error"; return; }
  const body = { text };
  if ($("published-input").value) body.published = $("published-input").value;
  if ($("url-input").value.trim()) body.url = $("url-input").value.trim();
  const store = $("store-input").checked;
  const headers = { "Content-Type": "application/json" };
  if ($("key-input").value) headers["X-API-Key"] = $("key-input").value;
  $("extract-button").disabled = true;
  document.body.dataset.extract = "running";  // lets scripted clients (and the tests) wait for the outcome
  setStatus("extracting…");
  const started = performance.now();
  try {
    const result = await api("/extract" + (store ? "?store=true" : ""), { method: "POST", headers, body: JSON.stringify(body) });
    state.article = result.article;
    showEvents(result.events);
    renderArticle(result.article, result.events);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    setStatus(`${result.events.length} event(s) in ${seconds} s` + (result.stored ? " · stored" : ""));
    document.body.dataset.extract = "done";
  } catch (err) {
    showError(err.message);
    setStatus("");
    document.body.dataset.extract = "error";
  } finally {
    $("extract-button").disabled = false;
  }
}

// ---- stored events ----------------------------------------------------------------------------------
function filterQuery(offset) {
  const params = new URLSearchParams();
  const pairs = { country: "filter-country", type: "filter-type", since: "filter-since", until: "filter-until", actor: "filter-actor" };
  for (const [name, id] of Object.entries(pairs)) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String(offset));
  return params.toString();
}

async function loadStored(offset) {
  showError("");
  setStatus("loading…");
  document.body.dataset.stored = "loading";
  try {
    const page = await api(`/events?${filterQuery(offset)}`);
    state.offset = page.offset;
    state.total = page.total;
    state.article = null;
    renderArticle(null);
    showEvents(page.events);
    const last = page.offset + page.events.length;
    $("page-info").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "no matching events";
    $("page-prev").disabled = page.offset === 0;
    $("page-next").disabled = last >= page.total;
    setStatus(`${page.total} stored event(s) match`);
    document.body.dataset.stored = "done";
  } catch (err) {
    showError(err.message);
    setStatus("");
    document.body.dataset.stored = "error";
  }
}

function switchMode(mode) {
  state.mode = mode;
  $("tab-extract").setAttribute("aria-selected", String(mode === "extract"));
  $("tab-stored").setAttribute("aria-selected", String(mode === "stored"));
  $("extract-form").hidden = mode !== "extract";
  $("filter-form").hidden = mode !== "stored";
  showError("");
  showEvents([]);
  renderArticle(null);
  if (mode === "stored") {
    if (state.config.store) loadStored(0);
    else showError("This server has no event store (start it with --db) — only extraction is available.");
  }
}

// ---- start-up ---------------------------------------------------------------------------------------
async function start() {
  try {
    state.config = await api("/config");
  } catch (err) {
    showError(`cannot reach the server: ${err.message}`);
  }
  const types = $("filter-type");
  for (const [type, subs] of Object.entries(state.config.event_types || {})) {
    types.append(el("option", { value: type }, type));
    for (const sub of subs) types.append(el("option", { value: sub }, `\u00a0\u00a0${sub}`));
  }
  $("key-label").hidden = !state.config.writes_need_key;
  $("store-label").hidden = !state.config.store;
  $("extract-form").addEventListener("submit", onExtract);
  $("filter-form").addEventListener("submit", (e) => { e.preventDefault(); loadStored(0); });
  $("page-prev").addEventListener("click", () => loadStored(Math.max(0, state.offset - PAGE_SIZE)));
  $("page-next").addEventListener("click", () => loadStored(state.offset + PAGE_SIZE));
  $("tab-extract").addEventListener("click", () => switchMode("extract"));
  $("tab-stored").addEventListener("click", () => switchMode("stored"));
  initMap();
  showEvents([]);
  document.body.dataset.ready = "true";
}

start();
