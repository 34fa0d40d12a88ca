"""The FastAPI application: thin endpoints over one `Pipeline` and (optionally) one `EventStore`."""

from __future__ import annotations

import io
import os
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Literal, Optional
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from .. import __version__
from ..document import Article, RawInput
from ..ingest import IngestError, looks_like_html, read_bytes
from ..schema import TAXONOMY, EventRecord
from . import guards
from .models import (ArticleOut, ErrorBody, EventPage, ExtractRequest, ExtractResponse, Health, IngestResponse,
                     PageConfig, StoredEvent)

STATIC_DIR = resources.files("newsevents") / "static"
TEXT_TYPES = ("text/plain", "text/html")
EXPORT_TYPES = {"acled-csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                "geojson": "application/geo+json"}
EXPORT_SUFFIX = {"acled-csv": "csv", "jsonl": "jsonl", "geojson": "geojson"}


def _flag(value: Optional[str]) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Settings:
    db: Optional[str] = None
    api_key: Optional[str] = None
    allow_fetch: bool = False
    max_body_bytes: int = 2 * 1024 * 1024
    tiles_url: Optional[str] = None
    tiles_attribution: Optional[str] = None

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        values: dict[str, Any] = dict(
            db=env.get("NEWSEVENTS_DB") or None,
            api_key=env.get("NEWSEVENTS_API_KEY") or None,
            allow_fetch=_flag(env.get("NEWSEVENTS_ALLOW_FETCH")),
            tiles_url=env.get("NEWSEVENTS_TILES_URL") or None,
            tiles_attribution=env.get("NEWSEVENTS_TILES_ATTRIBUTION") or None,
        )
        if env.get("NEWSEVENTS_MAX_BODY_BYTES", "").isdigit():
            values["max_body_bytes"] = int(env["NEWSEVENTS_MAX_BODY_BYTES"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def flat_event(row: dict) -> dict:
    """The store keeps each event's merged record under "record"; the API gives the record's fields at
    the top level (one shape for extracted and stored events) with the store's extras beside them."""
    extras = {k: v for k, v in row.items() if k not in EventRecord.model_fields and k != "record"}
    return {**(row.get("record") or {}), **extras, "event_id": row.get("event_id")}


def open_store(db: Optional[str]):
    """The event store at `db`, or None when no database is configured."""
    if not db:
        return None
    from ..store import EventStore

    return EventStore(db)


class Engine:
    """The process's one Pipeline. spaCy and the stages are not documented as thread-safe, and the work is
    CPU-bound anyway, so calls are serialised; they run in the threadpool to keep the event loop free."""

    def __init__(self) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline()
        self.lock = threading.Lock()

    def run(self, raw: RawInput) -> tuple[Article, list]:
        with self.lock:
            return self.pipeline.process_one(raw)


# ---- errors -------------------------------------------------------------------------------------

def _where(loc) -> str:
    loc = [str(x) for x in loc]
    if loc and loc[0] in ("query", "path", "header"):
        return f"{loc[0]} parameter '{'.'.join(loc[1:])}'"
    if loc and loc[0] == "body":
        return f"body field '{'.'.join(loc[1:])}'" if len(loc) > 1 else "body"
    return ".".join(loc) or "request"


def _describe(error: dict) -> str:
    msg = error.get("msg", "invalid")
    if error.get("type", "").startswith("date_"):
        msg += " (expected YYYY-MM-DD)"
    if error.get("type") == "extra_forbidden":
        msg = "unknown field"
    return f"{_where(error.get('loc', ()))}: {msg}"


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
    detail = "; ".join(_describe(e) for e in exc.errors())
    return JSONResponse(status_code=422, content=jsonable_encoder({"detail": detail, "errors": errors}))


def _query_names(dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_query(request: Request) -> None:
    """A misspelt filter (`?contry=Kenya`) must not silently return everything."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        names = ", ".join(repr(n) for n in unknown)
        allowed = ", ".join(sorted(known)) or "none"
        raise RequestValidationError([{
            "loc": ("query", unknown[0]), "type": "unknown_parameter",
            "msg": f"unknown query parameter(s) {names}; this endpoint accepts: {allowed}"}])


# ---- the app ------------------------------------------------------------------------------------

def create_app(settings: Optional[Settings] = None, *, engine: Optional[Engine] = None, store=None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.engine = engine or await run_in_threadpool(Engine)
        app.state.store = store if store is not None else open_store(settings.db)
        yield
        close = getattr(app.state.store, "close", None)
        if close:
            close()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        summary="News articles about armed conflict and political violence in; ACLED-style event records out.",
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query)],
        responses={413: {"model": ErrorBody, "description": "request body too large"},
                   422: {"model": ErrorBody, "description": "invalid or unknown parameter"}},
    )
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, validation_error)
    from ..store import StoreError, StoreUnavailable

    # The store's own checks (an unknown event type in a filter, ...) are the caller's mistakes;
    # a locked, full or unreachable database is the service's, and a retry may succeed.
    app.add_exception_handler(StoreError, lambda request, exc: JSONResponse({"detail": str(exc)}, status_code=422))
    app.add_exception_handler(StoreUnavailable,
                              lambda request, exc: JSONResponse({"detail": str(exc)}, status_code=503))
    app.add_middleware(guards.BodyLimit, max_bytes=settings.max_body_bytes)

    def store_of(request: Request):
        store = request.app.state.store
        if store is None:
            raise HTTPException(503, "no event store configured: start the server with --db PATH_OR_URL")
        return store

    def require_write_key(request: Request) -> None:
        given = request.headers.get("x-api-key")
        auth = request.headers.get("authorization", "")
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not guards.key_matches(settings.api_key, given):
            raise HTTPException(401, "this write needs the API key (X-API-Key header or Authorization: Bearer)",
                                headers={"WWW-Authenticate": "Bearer"})

    async def read_article(request: Request, published: Optional[date], url: Optional[str]) -> RawInput:
        """The article in the request body: JSON (`ExtractRequest`), text/plain or text/html."""
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if media_type in TEXT_TYPES:
            try:
                raw = read_bytes(body, "request body", published=published, url=url)
            except IngestError as exc:
                raise HTTPException(422, exc.problem) from None
            raw.is_html = raw.is_html or media_type == "text/html"
            return raw
        if media_type != "application/json":
            shown = media_type or "none"
            raise HTTPException(415, f"unsupported content type {shown!r}: send application/json, text/plain or text/html")
        try:
            req = ExtractRequest.model_validate_json(body)
        except ValidationError as exc:
            if any(e["type"] == "json_invalid" for e in exc.errors()):
                raise HTTPException(400, "request body is not valid JSON") from None
            raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
        published = req.published or published
        url = req.url or url
        if req.text is not None and req.text.strip():
            return RawInput(text=req.text, url=url, published=published, title=req.title,
                            is_html=looks_like_html(req.text) if req.html is None else req.html)
        if req.url and settings.allow_fetch:
            return await run_in_threadpool(fetch_article, req.url, published, settings.max_body_bytes)
        if req.url and req.text is None:
            raise HTTPException(422, "body field 'text': missing, and this server does not fetch URLs "
                                     "(set NEWSEVENTS_ALLOW_FETCH=1 to enable)")
        raise HTTPException(422, "body field 'text': empty article text")

    async def run_pipeline(request: Request, raw: RawInput):
        return await run_in_threadpool(request.app.state.engine.run, raw)

    # ---- endpoints ----------------------------------------------------------------------------
    article_body_doc = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": ExtractRequest.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}}}}}

    @app.post("/extract", response_model=ExtractResponse, openapi_extra=article_body_doc, tags=["extract"],
              responses={415: {"model": ErrorBody}, 401: {"model": ErrorBody}})
    async def extract(request: Request,
                      store: bool = Query(False, description="also write the article and events to the store"),
                      published: Optional[date] = Query(None, description="publication date for text bodies"),
                      url: Optional[str] = Query(None, description="source URL for text bodies (not fetched)")):
        """The events reported in one article, with evidence spans into the cleaned article text."""
        if store:
            require_write_key(request)
            target = store_of(request)
        raw = await read_article(request, published, url)
        article, records = await run_pipeline(request, raw)
        if store:
            await run_in_threadpool(target.add, article, records)
        return ExtractResponse(article=article_out(article), events=records, stored=store)

    @app.post("/ingest", response_model=IngestResponse, openapi_extra=article_body_doc, tags=["store"],
              responses={415: {"model": ErrorBody}, 401: {"model": ErrorBody}, 503: {"model": ErrorBody}})
    async def ingest(request: Request, published: Optional[date] = Query(None), url: Optional[str] = Query(None)):
        """Extract the events of one article and store them."""
        require_write_key(request)
        target = store_of(request)
        raw = await read_article(request, published, url)
        article, records = await run_pipeline(request, raw)
        result = await run_in_threadpool(target.add, article, records)
        return IngestResponse(article_id=result.article_id, status=result.status, records=result.records,
                              new_events=result.new_events, merged=result.merged, joined=result.joined,
                              record_ids=[r.event_id for r in records if r.event_id])

    def filters(country: Optional[str] = Query(None, description="country name or ISO3 code"),
                since: Optional[date] = Query(None, description="events on or after this date"),
                until: Optional[date] = Query(None, description="events on or before this date"),
                type: Optional[str] = Query(None, description="ACLED event type or sub-event type"),
                actor: Optional[str] = Query(None, description="actor name (either side)")) -> dict:
        if since and until and since > until:
            raise RequestValidationError([{"loc": ("query", "since"), "type": "date_range",
                                           "msg": f"since ({since}) is after until ({until})"}])
        return dict(country=country, since=since, until=until, event_type=type, actor=actor)

    @app.get("/events", response_model=EventPage, tags=["store"], responses={503: {"model": ErrorBody}})
    async def events(request: Request, where: dict = Depends(filters),
                     limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)):
        """Stored events matching the filters, newest first, one page at a time."""
        target = store_of(request)

        def page():
            return target.count_events(**where), target.query_events(**where, limit=limit, offset=offset)

        total, rows = await run_in_threadpool(page)
        return EventPage(total=total, limit=limit, offset=offset, events=[flat_event(r) for r in rows])

    @app.get("/events/{event_id}", response_model=StoredEvent, tags=["store"],
             responses={404: {"model": ErrorBody}, 503: {"model": ErrorBody}})
    async def event(request: Request, event_id: str):
        """One stored event with all its sources and evidence."""
        found = await run_in_threadpool(store_of(request).get_event, event_id)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        return flat_event(found)

    @app.get("/articles/{article_id}", tags=["store"], response_model=dict[str, Any],
             responses={404: {"model": ErrorBody}, 503: {"model": ErrorBody}})
    async def article(request: Request, article_id: str):
        """One stored article (cleaned text and metadata)."""
        found = await run_in_threadpool(store_of(request).get_article, article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return jsonable_encoder(found)

    @app.get("/stats", tags=["store"], response_model=dict[str, Any], responses={503: {"model": ErrorBody}})
    async def stats(request: Request):
        """Counts of stored articles and events, by type and country."""
        return jsonable_encoder(await run_in_threadpool(store_of(request).stats))

    @app.get("/export", tags=["store"], responses={200: {"content": {t: {} for t in EXPORT_TYPES.values()}},
                                                   503: {"model": ErrorBody}})
    async def export(request: Request, format: Literal["acled-csv", "jsonl", "geojson"] = Query("jsonl"),
                     where: dict = Depends(filters)):
        """All stored events matching the filters, as ACLED CSV, JSON Lines or GeoJSON."""
        target = store_of(request)

        def render() -> str:
            out = io.StringIO()
            target.export(format, out, **where)
            return out.getvalue()

        data = await run_in_threadpool(render)
        return Response(data, media_type=EXPORT_TYPES[format], headers={
            "Content-Disposition": f'attachment; filename="events.{EXPORT_SUFFIX[format]}"'})

    @app.get("/health", response_model=Health, tags=["meta"])
    async def health(request: Request):
        return Health(status="ok", version=__version__, pipeline=getattr(request.app.state, "engine", None) is not None,
                      store=getattr(request.app.state, "store", None) is not None)

    @app.get("/config", response_model=PageConfig, tags=["meta"])
    async def config(request: Request):
        """Settings the web page reads at start-up."""
        return PageConfig(tiles_url=settings.tiles_url, tiles_attribution=settings.tiles_attribution,
                          store=request.app.state.store is not None, writes_need_key=bool(settings.api_key),
                          event_types={t: list(subs) for t, subs in TAXONOMY.items()})

    @app.get("/", include_in_schema=False)
    async def page():
        return FileResponse(str(STATIC_DIR / "index.html"), headers=page_headers(settings))

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    return app


def page_headers(settings: Settings) -> dict[str, str]:
    """A strict Content-Security-Policy: even if article text were ever inserted as markup, no inline
    script or event handler could run. Tile images may come from the configured tile server only."""
    img = "'self' data:"
    if settings.tiles_url:
        parts = urlsplit(settings.tiles_url)
        img += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"  # Leaflet's {s} = any subdomain
    csp = (f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {img}; "
           "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def fetch_article(url: str, published: Optional[date], max_bytes: int) -> RawInput:
    import httpx

    try:
        data, content_type = guards.fetch_url(url, max_bytes=max_bytes)
    except guards.FetchRefused as exc:
        raise HTTPException(422, str(exc)) from None
    except httpx.HTTPError as exc:
        raise HTTPException(502, f"fetching {url!r} failed: {exc}") from None
    try:
        raw = read_bytes(data, url, published=published, url=url)
    except IngestError as exc:
        raise HTTPException(422, str(exc)) from None
    raw.is_html = raw.is_html or "html" in content_type
    return raw


def article_out(article: Article) -> ArticleOut:
    return ArticleOut(article_id=article.article_id, text=article.text, headline=article.headline,
                      standfirst=article.standfirst, byline=article.byline, publisher=article.publisher,
                      published=article.published, url=article.url, body_start=article.body_start,
                      captions=list(article.captions))
