"""The Pipeline: every interface (CLI, Python API, REST, web, cluster workers) is a shell over this.

    ingest -> cleanup -> nlp (sentences/entities) -> detect -> dates -> places -> actors
           -> type consistency -> fatalities -> claims -> records (notes, ids)

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
from .town_split import TownSplitter
from .type_consistency import TypeConsistency


class Pipeline:
    def __init__(self) -> None:
        self.nlp = nlp.load()
        claims = ClaimResolver()  # one set of claim cues for detection, actors and the claims stage
        self.detector = EventDetector(claims=claims)
        actors = ActorResolver(claims)
        places = PlaceResolver()
        self.stages = [
            DateResolver(),
            places,
            actors,
            TypeConsistency(actors),  # the type once the actors are known
            FatalityCounter(),
            TownSplitter(places),  # one crowd event per town listed
            claims,
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

    def process(self, raws: Iterable[RawInput], batch_size: int = 32,
                n_process: int = 1) -> Iterator[tuple[Article, list[EventRecord]]]:
        """Stream (article, records) pairs in input order; spaCy parses the articles in batches.

        With `n_process` > 1 the articles are shared out in chunks to worker processes that each
        run the whole pipeline (cleanup to records) and send back plain data, so the records are
        exactly those of one process; the returned articles then carry no spaCy Doc
        (`article.doc is None`). At most two chunks per worker are in flight, so memory stays flat
        however long the input stream.
        """
        if n_process > 1:
            yield from _process_in_pool(self, raws, batch_size, n_process)
            return
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


# ---- several processes ------------------------------------------------------------------------
# Each worker runs the whole pipeline per article: Docs never cross processes (pickling one costs
# about as much as parsing it), only raw inputs go out and (article, records) come back. With the
# 'fork' start method the workers inherit the parent's loaded Pipeline (no second start-up);
# elsewhere each worker builds its own once.
_worker_pipeline: Optional[Pipeline] = None


def _init_worker(pipeline: Optional[Pipeline]) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline if pipeline is not None else Pipeline()


def _run_chunk(raws: list[RawInput], batch_size: int):
    """(results, error) for one chunk: the pairs produced before any exception, and the exception."""
    out = []
    try:
        for article, records in _worker_pipeline.process(raws, batch_size=batch_size):
            article.doc = None
            out.append((article, records))
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it in order
        return out, exc
    return out, None


def _chunks(raws: Iterable[RawInput], size: int) -> Iterator[list[RawInput]]:
    chunk: list[RawInput] = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_in_pool(pipeline: Pipeline, raws: Iterable[RawInput], batch_size: int,
                     n_process: int) -> Iterator[tuple[Article, list[EventRecord]]]:
    import multiprocessing as mp
    from collections import deque

    if "fork" in mp.get_all_start_methods():
        ctx, inherited = mp.get_context("fork"), pipeline
    else:  # pragma: no cover - macOS/Windows: workers load their own pipeline
        ctx, inherited = mp.get_context("spawn"), None
    chunk_size = max(1, min(batch_size, 16))
    pending: deque = deque()
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(inherited,)) as pool:
        for chunk in _chunks(raws, chunk_size):
            pending.append(pool.apply_async(_run_chunk, (chunk, batch_size)))
            while len(pending) > 2 * n_process:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(result) -> Iterator[tuple[Article, list[EventRecord]]]:
    pairs, error = result.get()
    yield from pairs
    if error is not None:
        raise error
