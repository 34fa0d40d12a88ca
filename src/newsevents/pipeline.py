"""The Pipeline: every interface (CLI, Python API, REST, web, cluster workers) is a shell over this.

    ingest -> cleanup -> nlp (sentences/entities) -> detect -> dates -> places -> actors
           -> fatalities -> claims -> records (notes, ids)

Places run before actors because ACLED's actor names carry the country ("Civilians (Kenya)",
"Military Forces of Afghanistan (2021-)").

Each stage is a small callable `stage(article, drafts) -> drafts` living in its own module, in the
spirit of spaCy's pipeline components; the detector creates the drafts, the others fill fields.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator, Optional

from . import nlp
from .actors import ActorResolver
from .claims import ClaimResolver
from .cleanup import clean
from .dates import DateResolver
from .detect import EventDetector
from .document import Article, EventDraft, RawInput
from .fatalities import FatalityCounter
from .places import PlaceResolver
from .records import RecordFinisher
from .schema import EventRecord


class Pipeline:
    def __init__(self) -> None:
        self.nlp = nlp.load()
        self.detector = EventDetector()
        self.stages = [
            DateResolver(),
            PlaceResolver(),
            ActorResolver(),
            FatalityCounter(),
            ClaimResolver(),
            RecordFinisher(),
        ]

    @property
    def stage_names(self) -> list[str]:
        return ["ingest", "cleanup", "nlp", type(self.detector).__name__] + [type(s).__name__ for s in self.stages]

    # ---- the Python API -------------------------------------------------------------------
    def extract(self, text: str, published: Optional[date] = None, url: Optional[str] = None,
                title: Optional[str] = None, html: Optional[bool] = None) -> list[EventRecord]:
        """All events reported in one article (plain text or HTML)."""
        from .ingest import looks_like_html

        raw = RawInput(text=text, published=published, url=url, title=title,
                       is_html=looks_like_html(text) if html is None else html)
        return self.process_one(raw)[1]

    def process_one(self, raw: RawInput) -> tuple[Article, list[EventRecord]]:
        return next(iter(self.process([raw])))

    def process(self, raws: Iterable[RawInput], batch_size: int = 32) -> Iterator[tuple[Article, list[EventRecord]]]:
        """Stream (article, records) pairs; spaCy parses the articles in batches."""
        articles = (clean(raw) for raw in raws)
        for doc, article in self.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
            article.doc = doc
            yield article, self.run_stages(article)

    def run_stages(self, article: Article) -> list[EventRecord]:
        if not article.is_english or not article.text.strip():
            return []
        drafts: list[EventDraft] = self.detector(article, [])
        for stage in self.stages:
            drafts = stage(article, drafts)
        return [d.record for d in drafts]
