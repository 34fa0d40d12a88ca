"""Train the event-type classifier used by `newsevents.detect` and export it as plain arrays.

    .venv/bin/python scripts/train_event_model.py [--data ../shared/data/acled-dev.jsonl]
        [--train-only-out /tmp/train_only.npz] [--heldout-out /tmp/heldout.jsonl]

Features: TF-IDF over word 1-2 grams plus TF-IDF over character 2-5 grams inside word boundaries
(sublinear tf, each block L2-normalised), so spelling variants and unseen inflections ("demos",
"attackes", "gatheres") still carry signal. Classifier: a linear SVM over ACLED sub-event types with
balanced class weights (rare sub-types are otherwise swamped by protests); C is picked by 4-fold
cross-validation on the training part. Sub-types a note's own coding tags rule out (a crowd-size tag leaves
protests and riots only) get their scores pushed far down, here as in `TypeModel.scores`. The SVM scores
are turned into probabilities by a softmax whose temperature is fitted on the out-of-fold scores, so the
detector can weigh them against its trigger votes. A second stage, fitted on out-of-fold probabilities, the detector's trigger votes and
its cue indicators for each note (`EventDetector.cue_features`: trigger roles told or negated, victims
and doers of violence armed or civilian and the two as a pair, the sides of a clash, what else a protest
report tells; `--votes-cache` keeps them between runs, since parsing takes minutes), learns how much the
triggers add and what the cues say about each sub-type; the detector picks the event type first (sub-type
probabilities summed) and then its best sub-type.

Rows are split by a hash of their `id` so the split is the same on every run: ~80% train, ~20% held
out. The script prints held-out figures for the model alone; `--train-only-out` writes the model fitted
on the training part (score the whole pipeline on the held-out rows with it, via
`NEWSEVENTS_EVENT_MODEL`), `--heldout-out` writes those rows for `newsevents eval` (keep it outside
the repository). The shipped artefact is refit on all rows and written as vocabularies, idf weights
and int8-quantised coefficients (`data/event_model.npz`), with the number of training notes per sub-type
(the detector lets a lone specific trigger overrule the model only on sub-types it saw few notes of);
`detect.py` scores it with numpy alone. Every step is seeded or exact, so a rerun writes the same model
(checked: two runs byte-identical). The second stage depends on the detector's code as well as on the notes: an
edit to detect.py or its vocabularies that changes the votes or cues of any note changes stack_coef and cue_coef
on the next run, so refit and commit the artefact with such an edit (a `--votes-cache` written by older code
must not be reused).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents.type_model import (CHAR_NGRAMS, MODEL_TOKEN_PATTERN, best_by_type, char_ngrams,  # noqa: E402
                                   cue_vector, normalise_for_model, rule_out_by_tags, stack_features)
from newsevents.schema import SUB_TO_TYPE  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "acled-dev.jsonl"
OUT = ROOT / "src" / "newsevents" / "data" / "event_model.npz"
CHAR_FEATURES = 80000  # the most frequent character n-grams kept (artefact size grows with this)
C_GRID = (0.5, 1.0, 2.0)
STACK_L2 = 1e-3  # keeps the per-sub-type biases small
# keeps the per-sub-type weights of the detector's cue indicators small (event type of the second stage fitted
# out-of-fold on the training part, 4 folds: 1e-3 .9169, 3e-4 .9173, 1e-4 .9166)
CUE_L2 = 3e-4
CUE_MIN_ROWS = 5  # cue indicators seen on fewer training rows get no weights


def held_out(row_id: str) -> bool:
    return int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 5 == 0


def fold_of(row_id: str, k: int) -> int:
    return int(hashlib.sha1(("cv" + row_id).encode()).hexdigest(), 16) % k


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("text") and row.get("sub_event_type") in SUB_TO_TYPE:
                rows.append(row)
    return rows


class Features:
    def __init__(self) -> None:
        self.words = TfidfVectorizer(token_pattern=MODEL_TOKEN_PATTERN, ngram_range=(1, 2), min_df=2,
                                     sublinear_tf=True, lowercase=False)
        self.chars = TfidfVectorizer(analyzer=char_ngrams, min_df=3, sublinear_tf=True, lowercase=False,
                                     max_features=CHAR_FEATURES)

    def fit_transform(self, texts):
        return hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)]).tocsr()

    def transform(self, texts):
        return hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()


def fit(texts: list[str], labels: list[str], C: float) -> tuple[Features, LinearSVC]:
    feats = Features()
    X = feats.fit_transform(texts)
    clf = LinearSVC(C=C, class_weight="balanced", random_state=0)  # liblinear shuffles; fixed for reruns
    clf.fit(X, labels)
    return feats, clf


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def cross_validate(texts, labels, ids, k: int = 4):
    """Out-of-fold SVM scores for each C of the grid; returns the best C, its scores and accuracy."""
    best = None
    folds = np.array([fold_of(i, k) for i in ids])
    y = np.array(labels)
    classes = np.array(sorted(set(labels)))
    for C in C_GRID:
        scores = np.full((len(texts), len(classes)), -10.0)  # a class missing from a fold scores very low
        for f in range(k):
            tr, te = np.where(folds != f)[0], np.where(folds == f)[0]
            feats, clf = fit([texts[i] for i in tr], [labels[i] for i in tr], C)
            s = ruled_out([texts[i] for i in te], clf.decision_function(feats.transform([texts[i] for i in te])),
                          clf.classes_)
            scores[np.ix_(te, np.searchsorted(classes, clf.classes_))] = s
        acc = float(np.mean(classes[scores.argmax(1)] == y))
        print(f"  C={C}: cross-validated sub_event_type accuracy {acc:.3f}", flush=True)
        if best is None or acc > best[2]:
            best = (C, scores, acc, classes)
    return best


def ruled_out(texts, scores: np.ndarray, classes) -> np.ndarray:
    """SVM scores with what each note's coding tags rule out, as `TypeModel.scores` does at run time."""
    here = [str(c) for c in classes]
    return np.array([rule_out_by_tags(t, row, here) for t, row in zip(texts, scores)])


def fit_temperature(scores: np.ndarray, labels: list[str], classes) -> float:
    """The softmax scale that makes out-of-fold SVM scores the best probabilities (least log loss)."""
    y = np.searchsorted(classes, labels)

    def loss(t: float) -> float:
        p = softmax(t * scores)
        return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    return float(minimize_scalar(loss, bounds=(0.1, 50.0), method="bounded").x)


def collect_votes(rows: list[dict], cache: Path | None) -> list[dict]:
    """For each row, the detector's trigger votes (None when it finds no trigger) and its cue indicators:
    parse, run the detector and record what it hands to its type decision. Cached by row id, since parsing
    takes minutes."""
    known = json.loads(cache.read_text()) if cache and cache.exists() else {}
    todo = [r for r in rows if str(r["id"]) not in known]
    if todo:
        from newsevents.cleanup import clean
        from newsevents.detect import EventDetector
        from newsevents.document import RawInput

        det = EventDetector()
        seen: list[dict] = []
        decide = det._decide

        def spy(votes, text, one_paragraph, cues=None):
            seen.append(dict(votes))
            return decide(votes, text, one_paragraph, cues)

        det._decide = spy
        articles = ((a.text, (a, r)) for r in todo for a in [clean(RawInput(text=r["text"]))])
        for n, (doc, (art, row)) in enumerate(det.nlp.pipe(articles, as_tuples=True, batch_size=64)):
            art.doc, before = doc, len(seen)
            if art.is_english and art.text.strip():
                det(art, [])
            known[str(row["id"])] = {"votes": seen[before] if len(seen) > before else None,
                                     "cues": det.cue_features(doc)}
            if n % 2000 == 0:
                print(f"  parsed {n}/{len(todo)}", flush=True)
        if cache:
            cache.write_text(json.dumps(known))
    return [known[str(r["id"])] for r in rows]


def fit_stack(found: list[dict], probs: np.ndarray, labels: list[str], classes) -> dict:
    """The second stage, fitted on rows the text model did not see (out-of-fold) where the detector found a
    trigger: a sub-type's score is a * log P_model + b * its share of the trigger votes + c * its capped raw
    vote + a bias per sub-type + that sub-type's weights of the detector's cue indicators (victims armed or
    civilian, a negated clash, ...). a, b, c are shared by all sub-types, so rare ones (territory changes,
    agreements) are combined as sensibly as common ones; a free matrix learnt odd cross-class weights for
    them. The cue weights are per sub-type but kept small."""
    from scipy.optimize import minimize

    classes = [str(c) for c in classes]
    k = len(classes)
    keep = [i for i, f in enumerate(found) if f["votes"]]
    seen: dict[str, int] = {}
    for i in keep:
        for name in found[i]["cues"]:
            seen[name] = seen.get(name, 0) + 1
    cue_names = sorted(n for n, c in seen.items() if c >= CUE_MIN_ROWS)
    m = len(cue_names)
    F = np.array([stack_features(found[i]["votes"], dict(zip(classes, probs[i])), classes).reshape(3, k) for i in keep])
    Q = np.array([cue_vector(found[i]["cues"], cue_names) for i in keep]).reshape(len(keep), m)
    y = np.array([classes.index(labels[i]) for i in keep])
    n = len(y)

    def nll(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b, W = theta[:3], theta[3:3 + k], theta[3 + k:].reshape(k, m)
        z = np.einsum("j,njk->nk", w, F) + b + Q @ W.T
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        g = np.exp(logp)
        g[np.arange(n), y] -= 1
        g /= n
        grad = np.concatenate([np.einsum("nk,njk->j", g, F), g.sum(axis=0) + 2 * STACK_L2 * b,
                               (g.T @ Q + 2 * CUE_L2 * W).ravel()])
        return float(-logp[np.arange(n), y].mean() + STACK_L2 * (b ** 2).sum() + CUE_L2 * (W ** 2).sum()), grad

    theta = minimize(nll, np.concatenate([[1.0, 0.0, 0.0], np.zeros(k + k * m)]), jac=True, method="L-BFGS-B").x
    print(f"combination: {theta[0]:.2f} * log P(model) + {theta[1]:.2f} * vote share + {theta[2]:.2f} * capped vote"
          f" + weights of {m} cue indicators")
    coef = np.zeros((k, 3 * k), dtype=np.float32)
    for block in range(3):
        coef[np.arange(k), block * k + np.arange(k)] = theta[block]
    return {"coef": coef, "intercept": theta[3:3 + k].astype(np.float32), "cue_names": cue_names,
            "cue_coef": theta[3 + k:].reshape(k, m).astype(np.float32), "classes": classes}


def restrict_stack(stack: dict, keep) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The combination's weights, intercepts and cue weights laid out for the classes `keep` (features come
    per class, in three blocks); a class the combination never saw gets no weights and a very low intercept."""
    coef, intercept, classes = stack["coef"], stack["intercept"], stack["classes"]
    pos = {str(c): j for j, c in enumerate(classes)}
    n, m = len(classes), len(keep)
    out_c = np.zeros((m, 3 * m), dtype=np.float32)
    out_i = np.full(m, -30.0, dtype=np.float32)
    out_q = np.zeros((m, len(stack["cue_names"])), dtype=np.float32)
    for a, ca in enumerate(keep):
        if str(ca) not in pos:
            continue
        out_i[a] = intercept[pos[str(ca)]]
        out_q[a] = stack["cue_coef"][pos[str(ca)]]
        for b, cb in enumerate(keep):
            if str(cb) in pos:
                for block in range(3):
                    out_c[a, block * m + b] = coef[pos[str(ca)], block * n + pos[str(cb)]]
    return out_c, out_i, out_q


def report(name: str, pred, gold) -> None:
    sub = float(np.mean([p == g for p, g in zip(pred, gold)]))
    typ = float(np.mean([SUB_TO_TYPE[p] == SUB_TO_TYPE[g] for p, g in zip(pred, gold)]))
    print(f"{name}: event_type {typ:.3f}  sub_event_type {sub:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--train-only-out", type=Path, default=None,
                    help="also write the model fitted on the ~80%% training part, to score the whole pipeline "
                         "on the held-out rows without leakage")
    ap.add_argument("--heldout-out", type=Path, default=None,
                    help="write the held-out rows here (JSONL) for `newsevents eval`; never inside the repository")
    ap.add_argument("--C", type=float, default=None, help="cross-validate this C only")
    ap.add_argument("--votes-cache", type=Path, default=None,
                    help="JSON file keeping the detector's trigger votes per row id between runs")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"training data not found: {args.data}")

    rows = load(args.data)
    texts = [normalise_for_model(r["text"]) for r in rows]
    subs = [r["sub_event_type"] for r in rows]
    ids = [str(r["id"]) for r in rows]
    test = [held_out(i) for i in ids]
    tr = [i for i, t in enumerate(test) if not t]
    te = [i for i, t in enumerate(test) if t]
    print(f"train {len(tr)} rows, held out {len(te)} rows")
    if args.heldout_out:
        with args.heldout_out.open("w", encoding="utf-8") as fh:
            for i in te:
                fh.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
        print(f"wrote {args.heldout_out}")

    tr_texts, tr_subs = [texts[i] for i in tr], [subs[i] for i in tr]
    global C_GRID
    if args.C is not None:
        C_GRID = (args.C,)
    C, oof, _, classes = cross_validate(tr_texts, tr_subs, [ids[i] for i in tr])
    temperature = fit_temperature(oof, tr_subs, classes)
    print(f"C={C}, softmax temperature {temperature:.2f}")
    feats, clf = fit(tr_texts, tr_subs, C)
    print("trigger votes of the detector ...", flush=True)
    found = collect_votes(rows, args.votes_cache)
    stack = fit_stack([found[i] for i in tr], softmax(temperature * oof), tr_subs, classes)
    if te:  # (data that holds no held-out rows, e.g. one part of an out-of-fold study, has nothing to report)
        scores = ruled_out([texts[i] for i in te], clf.decision_function(feats.transform([texts[i] for i in te])),
                           clf.classes_)
        gold = [subs[i] for i in te]
        report("held-out, model alone (best sub-type)", clf.classes_[scores.argmax(1)], gold)
        held_probs = softmax(temperature * scores)
        here = list(map(str, clf.classes_))
        coef, intercept, cue_coef = restrict_stack(stack, clf.classes_)
        pred = []
        for k, i in enumerate(te):
            probs = dict(zip(here, held_probs[k]))
            if found[i]["votes"]:  # as type_model.TypeModel.combine does it
                z = intercept + coef @ stack_features(found[i]["votes"], probs, here) \
                    + cue_coef @ cue_vector(found[i]["cues"], stack["cue_names"])
                probs = dict(zip(here, softmax(z[None])[0]))
            pred.append(best_by_type(probs))
        report("held-out, model + trigger votes (rows without votes: model)", pred, gold)
    if args.train_only_out:
        export(feats, clf, temperature, args.train_only_out, stack, tr_subs)
    feats, clf = fit(texts, subs, C)
    # the combination learnt on the training part carries over: it weighs probabilities, not words
    export(feats, clf, temperature, args.out, stack, subs)


def export(feats: Features, clf: LinearSVC, temperature: float, out: Path, stack: dict, labels: list[str]) -> None:
    words = sorted(feats.words.vocabulary_, key=feats.words.vocabulary_.get)
    chars = sorted(feats.chars.vocabulary_, key=feats.chars.vocabulary_.get)
    coef = clf.coef_
    # int8 per class: a quarter of the float32 size; the rounding moves scores by well under 1%
    scale = np.abs(coef).max(axis=1) / 127.0
    q = np.round(coef / scale[:, None]).astype(np.int8)
    out.parent.mkdir(parents=True, exist_ok=True)
    stack_coef, stack_intercept, cue_coef = restrict_stack(stack, clf.classes_)
    np.savez_compressed(
        out,
        words=np.array(words),
        chars=np.array(chars),
        idf_words=feats.words.idf_.astype(np.float32),
        idf_chars=feats.chars.idf_.astype(np.float32),
        coef=q,
        scale=scale.astype(np.float32),
        intercept=clf.intercept_.astype(np.float32),
        classes=np.array(clf.classes_),
        temperature=np.float32(temperature),
        char_ngrams=np.array(CHAR_NGRAMS),
        # rows and columns of the combination follow this model's classes
        stack_coef=stack_coef,
        stack_intercept=stack_intercept,
        cue_names=np.array(stack["cue_names"]),
        cue_coef=cue_coef,
        # how many training notes each sub-type had: the detector trusts the model less on the rare ones
        class_rows=np.array([labels.count(c) for c in clf.classes_], dtype=np.int32),
    )
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(words)} word and {len(chars)} character features)")


if __name__ == "__main__":
    main()
