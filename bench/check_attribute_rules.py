#!/usr/bin/env python
"""Check that `nlp.IndexedAttributeRules` returns exactly the matches of the model's own
AttributeRuler Matcher, token for token, and time both.

    .venv/bin/python bench/check_attribute_rules.py [--limit 2000] [--jsonl FILE --text-field text]

Runs the components before the attribute ruler (tok2vec, tagger, parser) on the benchmark corpus,
or on the texts of any JSONL file, then compares the two match lists per document. Exits 1 on the
first difference and prints it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from common import load_corpus


def texts_from(args) -> list[str]:
    if args.jsonl is None:
        return [r["text"] for r in load_corpus(limit=args.limit)]
    out = []
    with args.jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get(args.text_field)
            if text:
                out.append(text)
            if len(out) >= args.limit:
                break
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--jsonl", type=Path, default=None, help="texts from this JSONL file instead of the corpus")
    ap.add_argument("--text-field", default="text")
    args = ap.parse_args(argv)

    from newsevents import nlp as nlp_module

    nlp = nlp_module.load()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = ruler.match
    if not isinstance(indexed, nlp_module.IndexedAttributeRules):
        sys.exit("the attribute ruler kept its Matcher (a pattern could not be filed); nothing to compare")
    matcher_match = type(ruler).match.__get__(ruler)  # the class's own method, Matcher-based
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    texts = texts_from(args)
    t_matcher = t_indexed = 0.0
    tokens = matches = 0
    with nlp.select_pipes(enable=before):
        for n, doc in enumerate(nlp.pipe(texts, batch_size=32), 1):
            t = time.process_time()
            expected = matcher_match(doc)
            t_matcher += time.process_time() - t
            t = time.process_time()
            got = indexed(doc)
            t_indexed += time.process_time() - t
            if got != expected:
                missing = [m for m in expected if m not in got][:5]
                extra = [m for m in got if m not in expected][:5]
                print(f"DIFFERENT in text {n}: missing {missing}, extra {extra}")
                return 1
            tokens += len(doc)
            matches += len(got)
    print(f"identical matches on {len(texts)} texts ({tokens:,} tokens, {matches:,} matches); "
          f"Matcher {1000 * t_matcher / len(texts):.2f} ms/text, indexed {1000 * t_indexed / len(texts):.2f} ms/text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
