"""The working objects that travel through the pipeline stages.

`Article` is one input after cleanup; `EventDraft` is one event being built: the record that the
stages fill, plus the sentences that report it (spaCy spans into `Article.doc`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from .schema import EventRecord, Source


@dataclass
class RawInput:
    """What ingest hands to cleanup: the decoded text of one article and what is known about it."""

    text: str
    path: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    title: Optional[str] = None
    is_html: bool = False


@dataclass
class Article:
    """One article after cleanup.

    `text` is the cleaned text that evidence offsets refer to: headline, standfirst and body
    paragraphs joined by blank lines. Captions, credits, bylines and site junk are kept aside.
    """

    text: str
    headline: Optional[str] = None
    standfirst: Optional[str] = None
    byline: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[date] = None
    # the day a wire dateline names ('TRIPOLI, March 5 (Reuters) -'), when it is up to a month before
    # publication: the story was written that day, so its 'on Sunday' and 'yesterday' count from it
    dateline_day: Optional[date] = None
    # the place a wire dateline names, as written ('KABUL', 'KANO, Nigeria'): the dateline is cut from
    # `text`, so the places stage reads the town the story was filed from here
    dateline_place: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # junk lines dropped, for debugging
    body_start: int = 0  # offset in `text` where the body begins (after headline/standfirst)
    is_english: bool = True  # False when the text is clearly not English: no events are read from it
    doc: Any = None  # spaCy Doc over `text`, set by the nlp stage

    @property
    def article_id(self) -> str:
        key = self.url or " ".join(self.text.split()).lower()
        return "art_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def source(self) -> Source:
        return Source(
            article_id=self.article_id,
            headline=self.headline,
            publisher=self.publisher,
            byline=self.byline,
            published=self.published,
            url=self.url,
            path=self.path,
        )


@dataclass
class EventDraft:
    """An event being built. `sentences[0]` is the anchor sentence that triggered detection;
    later sentences were merged in because they describe the same event."""

    record: EventRecord
    sentences: list[Any]  # spaCy Spans
    trigger: Any = None  # spaCy Span or Token of the trigger words
    score: float = 0.0  # detector confidence
    family: Optional[str] = None  # coarse kind used for merging within an article
    # towns named together with the event's place in its own words ('marched in Ouahigouya, Kaya and
    # Koudougou'), as (place mention, sentence) pairs the places stage leaves for the town-split stage
    other_towns: list = field(default_factory=list)

    @property
    def anchor(self):
        return self.sentences[0]

    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)
