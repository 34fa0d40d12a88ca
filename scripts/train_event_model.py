"""Train the event-type classifier used by `newsevents.detect` and export it as plain arrays.

    .venv/bin/python scripts/train_event_model.py [--data ../shared/data/acled-dev.jsonl]

TF-IDF over word n-grams + multinomial logistic regression over ACLED sub-event types (the event
type follows from the sub-type). Rows are split by a hash of their `id` so the split is the same on
every run: ~80% train, ~20% held out; accuracy on the held-out part is printed. The final artefact
is refit on all rows and written as vocabulary + idf + coefficients (`data/event_model.npz`), which
`detect.py` scores with numpy alone, so it does not depend on the scikit-learn version.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents.detect import normalise_for_model  # noqa: E402  (same text normalisation at run time)
from newsevents.schema import SUB_TO_TYPE  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "acled-dev.jsonl"
OUT = ROOT / "src" / "newsevents" / "data" / "event_model.npz"
TOKEN_PATTERN = r"(?u)\b[a-z][a-z]+\b|\[size"  # words; keep the protest-size marker as a feature


def held_out(row_id: str) -> bool:
    return int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 5 == 0


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("text") and row.get("sub_event_type") in SUB_TO_TYPE:
                rows.append(row)
    return rows


def fit(texts: list[str], labels: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), min_df=2, max_features=40000,
                          sublinear_tf=True, lowercase=False)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=50.0, max_iter=3000)
    clf.fit(X, labels)
    return vec, clf


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--train-only-out", type=Path, default=None,
                    help="also write the model fitted on the ~80%% training part, to score the whole pipeline "
                         "on the held-out rows without leakage")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"training data not found: {args.data}")

    rows = load(args.data)
    texts = [normalise_for_model(r["text"]) for r in rows]
    subs = [r["sub_event_type"] for r in rows]
    test = [held_out(r["id"]) for r in rows]
    tr = [i for i, t in enumerate(test) if not t]
    te = [i for i, t in enumerate(test) if t]

    vec, clf = fit([texts[i] for i in tr], [subs[i] for i in tr])
    pred = clf.predict(vec.transform([texts[i] for i in te]))
    sub_acc = float(np.mean([p == subs[i] for p, i in zip(pred, te)]))
    type_acc = float(np.mean([SUB_TO_TYPE[p] == SUB_TO_TYPE[subs[i]] for p, i in zip(pred, te)]))
    print(f"train {len(tr)} rows, held out {len(te)} rows")
    print(f"held-out event_type accuracy     {type_acc:.3f}")
    print(f"held-out sub_event_type accuracy {sub_acc:.3f}")

    if args.train_only_out:
        export(vec, clf, args.train_only_out)
    export(*fit(texts, subs), args.out)


def export(vec: TfidfVectorizer, clf: LogisticRegression, out: Path) -> None:
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        vocab=np.array(vocab),
        idf=vec.idf_.astype(np.float32),
        coef=clf.coef_.astype(np.float16),
        intercept=clf.intercept_.astype(np.float32),
        classes=np.array(clf.classes_),
    )
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(vocab)} features)")


if __name__ == "__main__":
    main()
