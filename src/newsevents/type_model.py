"""The statistical half of event classification: a linear model over ACLED sub-event types.

`scripts/train_event_model.py` fits it on ACLED notes and exports plain arrays (`data/event_model.npz`);
this module scores them with numpy alone, so no scikit-learn is needed at run time. `EventDetector`
weighs the model's probabilities against its trigger votes through `TypeModel.combine`.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import numpy as np

from .schema import SUB_TO_TYPE

MODEL_TOKEN_PATTERN = r"(?u)\b[a-z][a-z]+\b|\[size"  # words; keep the protest-size marker as a feature
_MODEL_TOKEN = re.compile(MODEL_TOKEN_PATTERN)
# ACLED tags the crowd size ("[size=no report]", "[size=around 200]") of demonstrations only: a note with the
# tag is a protest or a riot (2,320 of 2,320 tagged training notes), whatever its words of violence suggest
_CROWD_SIZE_TAG = re.compile(r"\[size\s*=", re.I)
_CROWD_TYPES = ("Protests", "Riots")
_RULED_OUT = -100.0  # added to the score of a sub-type the text rules out: no probability left after the softmax
CHAR_NGRAMS = (2, 5)  # character n-gram lengths, inside word boundaries
_SPACES = re.compile(r"\s\s+")


def normalise_for_model(text: str) -> str:
    """The text form the type model is trained and scored on (lower case; numbers carry no type)."""
    return text.lower()


def char_ngrams(text: str, lo: int = CHAR_NGRAMS[0], hi: int = CHAR_NGRAMS[1]) -> list[str]:
    """Character n-grams of each word padded with one space on both sides (scikit-learn's 'char_wb'):
    misspelt or unseen word forms still share most of their n-grams with known ones."""
    out = []
    for w in _SPACES.sub(" ", text).split():
        w = f" {w} "
        for n in range(lo, hi + 1):
            if len(w) <= n:  # a short word counts once, whole
                out.append(w)
                break
            out.extend(w[k:k + n] for k in range(len(w) - n + 1))
    return out


class TypeModel:
    """Linear model over ACLED sub-event types (word 1-2 gram and character n-gram TF-IDF blocks),
    scored with numpy from the arrays `scripts/train_event_model.py` exports."""

    def __init__(self, path: Optional[str] = None) -> None:
        src = Path(path) if path else resources.files("newsevents.data").joinpath("event_model.npz")
        if not src.is_file():
            raise RuntimeError(f"event type model not found: {src} (run scripts/train_event_model.py)")
        with resources.as_file(src) as p:
            arrays = np.load(p, allow_pickle=False)
            if "vocab" in arrays:  # the earlier word-only logistic-regression artefact
                self._load_word_only(arrays)
                return
            self.words = {term: i for i, term in enumerate(str(v) for v in arrays["words"])}
            self.chars = {term: i for i, term in enumerate(str(v) for v in arrays["chars"])}
            self.idf_words = arrays["idf_words"].astype(np.float32)
            self.idf_chars = arrays["idf_chars"].astype(np.float32)
            coef = arrays["coef"].astype(np.float32) * arrays["scale"].astype(np.float32)[:, None]
            self.coef_words = np.ascontiguousarray(coef[:, :len(self.words)])
            self.coef_chars = np.ascontiguousarray(coef[:, len(self.words):])
            self.intercept = arrays["intercept"].astype(np.float32)
            self.classes = [str(c) for c in arrays["classes"]]
            self.temperature = float(arrays["temperature"])
            self.ngram_range = tuple(int(n) for n in arrays["char_ngrams"])
            self.stack = (arrays["stack_coef"].astype(np.float32), arrays["stack_intercept"].astype(np.float32)) \
                if "stack_coef" in arrays else None
            # per sub-type weights of the detector's cue indicators (EventDetector.cue_features), if trained
            self.cue_names = [str(c) for c in arrays["cue_names"]] if "cue_names" in arrays else []
            self.cue_coef = arrays["cue_coef"].astype(np.float32) if "cue_names" in arrays else None
            self.class_rows = dict(zip(self.classes, (int(n) for n in arrays["class_rows"]))) \
                if "class_rows" in arrays else None

    def _load_word_only(self, arrays) -> None:
        self.words = {term: i for i, term in enumerate(str(v) for v in arrays["vocab"])}
        self.chars = {}
        self.idf_words = arrays["idf"].astype(np.float32)
        self.idf_chars = np.zeros(0, dtype=np.float32)
        self.coef_words = arrays["coef"].astype(np.float32)
        self.coef_chars = np.zeros((len(self.coef_words), 0), dtype=np.float32)
        self.intercept = arrays["intercept"].astype(np.float32)
        self.classes = [str(c) for c in arrays["classes"]]
        self.temperature = 1.0
        self.ngram_range = CHAR_NGRAMS
        self.stack = None
        self.cue_names, self.cue_coef = [], None
        self.class_rows = None

    @staticmethod
    def _block(grams: list[str], index: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        counts: dict[int, int] = {}
        for g in grams:
            j = index.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx = np.fromiter(counts, dtype=np.int64)
        val = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32))) * idf[idx]
        return idx, val / np.linalg.norm(val)

    def scores(self, text: str) -> np.ndarray:
        return rule_out_by_tags(text, self.linear_scores(text), self.classes)

    def linear_scores(self, text: str) -> np.ndarray:
        low = normalise_for_model(text)
        toks = _MODEL_TOKEN.findall(low)
        wi, wv = self._block(toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])], self.words, self.idf_words)
        ci, cv = self._block(char_ngrams(low, *self.ngram_range), self.chars, self.idf_chars)
        out = self.intercept.copy()
        if len(wi):
            out += self.coef_words[:, wi] @ wv
        if len(ci):
            out += self.coef_chars[:, ci] @ cv
        return out

    def rarely_seen(self, sub: str) -> bool:
        """Whether the model learnt this sub-type from too few notes for its probabilities to mean much
        (every sub-type counts as rare for an artefact that does not say)."""
        return self.class_rows is None or self.class_rows.get(sub, 0) < _RARE_SUB_TYPE_ROWS

    def predict_proba(self, text: str) -> dict[str, float]:
        return dict(zip(self.classes, _softmax(self.temperature * self.scores(text)).tolist()))

    def combine(self, votes: dict[str, float], probs: dict[str, float],
                cues: Optional[dict[str, float]] = None) -> Optional[dict[str, float]]:
        """Sub-type probabilities from the model's probabilities, the detector's trigger votes and its cue
        indicators, by the small second-stage model the training script fits on out-of-fold scores of ACLED
        notes (it learns when the triggers know better than the text model, e.g. who the victims of a
        killing are, or that a negated trigger argues against its type)."""
        if self.stack is None:
            return None
        coef, intercept = self.stack
        z = intercept + coef @ stack_features(votes, probs, self.classes)
        if self.cue_coef is not None and cues:
            z = z + self.cue_coef @ cue_vector(cues, self.cue_names)
        return dict(zip(self.classes, _softmax(z).tolist()))


def rule_out_by_tags(text: str, scores: np.ndarray, classes: list[str]) -> np.ndarray:
    """The linear scores with the sub-types a note's own coding tags rule out pushed far down (a crowd-size tag
    leaves protests and riots only); unchanged for text without tags, such as news prose."""
    if not _CROWD_SIZE_TAG.search(text):
        return scores
    out = scores.copy()
    out[[SUB_TO_TYPE[c] not in _CROWD_TYPES for c in classes]] += _RULED_OUT
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    p = np.exp(z - z.max())
    return p / p.sum()


def stack_features(votes: dict[str, float], probs: dict[str, float], classes: list[str]) -> np.ndarray:
    """Per sub-type: the model's log probability, the share of the trigger votes, and the capped raw vote."""
    total = sum(votes.values()) or 1.0
    return np.array([np.log(probs.get(c, 0.0) + 1e-6) for c in classes]
                    + [votes.get(c, 0.0) / total for c in classes]
                    + [min(votes.get(c, 0.0), _VOTE_CAP) / _VOTE_CAP for c in classes], dtype=np.float32)


def cue_vector(cues: dict[str, float], names: list[str]) -> np.ndarray:
    return np.array([cues.get(n, 0.0) for n in names], dtype=np.float32)


def best_by_type(probs: dict[str, float]) -> str:
    """The most likely event type (its sub-types' probabilities summed), then its most likely sub-type:
    three sub-types of Riots at 0.3 each beat one Protests sub-type at 0.4."""
    by_type: dict[str, float] = {}
    for sub, p in probs.items():
        by_type[SUB_TO_TYPE[sub]] = by_type.get(SUB_TO_TYPE[sub], 0.0) + p
    kind = max(by_type, key=by_type.get)
    return max((s for s in probs if SUB_TO_TYPE[s] == kind), key=probs.get)


_RARE_SUB_TYPE_ROWS = 20
_VOTE_CAP = 8.0  # trigger votes above this say nothing more


@lru_cache(maxsize=1)
def type_model() -> TypeModel:
    # NEWSEVENTS_EVENT_MODEL points at another artefact, e.g. one fitted without the held-out rows
    return TypeModel(os.environ.get("NEWSEVENTS_EVENT_MODEL"))
