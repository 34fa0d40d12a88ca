"""Request and response bodies of the REST API (the event itself is `schema.EventRecord`)."""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..schema import EventRecord, Source


class ExtractRequest(BaseModel):
    """One article as JSON. `text` may be plain text or HTML; `url` is metadata unless fetching is enabled."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(default=None, description="the article, plain text or HTML")
    url: Optional[str] = Field(default=None, description="where the article was published; fetched only when "
                                                         "`text` is absent and the server allows fetching")
    published: Optional[date] = Field(default=None, description="publication date YYYY-MM-DD")
    html: Optional[bool] = Field(default=None, description="whether `text` is HTML (detected when omitted)")
    title: Optional[str] = Field(default=None, description="headline, when it is not the first line of `text`")


class ArticleOut(BaseModel):
    """The article after cleanup. Evidence offsets (`start`, `end`, `match_start`, ...) index into `text`."""

    article_id: str
    text: str
    headline: Optional[str] = None
    standfirst: Optional[str] = None
    byline: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[date] = None
    url: Optional[str] = None
    body_start: int = 0
    captions: list[str] = Field(default_factory=list)


class ExtractResponse(BaseModel):
    article: ArticleOut
    events: list[EventRecord]
    stored: bool = Field(description="whether the article and its events were written to the store")


class IngestResponse(BaseModel):
    article_id: str
    status: str = Field(description="added, updated (the article changed) or unchanged (already stored)")
    records: int = Field(description="event records extracted from the article")
    new_events: int = Field(description="net change in the number of events: +1 for each record that founded "
                            "an event, -1 for each stored event that a record linked into another (so it "
                            "can be negative); records == new_events + merged")
    merged: int = Field(description="reports that now sit in an event another report founded: records merged "
                        "into stored events, plus the founding report of each event joined by a link")
    joined: int = Field(0, description="stored events that one of the article's records linked into another")
    record_ids: list[str] = Field(description="ids of the extracted records")


class StoredSource(Source):
    """One article that reported a stored event, with the record extracted from that article."""

    model_config = ConfigDict(extra="allow")

    record_id: Optional[str] = None
    record: Optional[dict[str, Any]] = None


class StoredEvent(EventRecord):
    """A stored event: the merged record of all the articles that reported it. The list endpoint gives
    the record alone; `GET /events/{id}` adds every source and the merge decisions."""

    model_config = ConfigDict(extra="allow")

    n_sources: int = 1
    sources: list[StoredSource] = Field(default_factory=list)
    merges: list[dict[str, Any]] = Field(default_factory=list)


class EventPage(BaseModel):
    total: int = Field(description="number of events matching the filters, ignoring limit/offset")
    limit: int
    offset: int
    events: list[StoredEvent]


class Health(BaseModel):
    status: str
    version: str
    pipeline: bool
    store: bool


class PageConfig(BaseModel):
    """What the web page needs to know about this server."""

    tiles_url: Optional[str] = None
    tiles_attribution: Optional[str] = None
    store: bool
    writes_need_key: bool
    event_types: dict[str, list[str]] = Field(description="ACLED event types and their sub-event types")


class ErrorBody(BaseModel):
    detail: str
    errors: Optional[list[dict[str, Any]]] = None
