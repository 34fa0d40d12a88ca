"""Helpers shared by the benchmark scripts: the corpus, memory figures."""

from __future__ import annotations

import json
import resource
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "out" / "corpus.jsonl"


def load_corpus(path: Path = CORPUS, limit: int | None = None) -> list[dict]:
    """Benchmark articles ({"id", "path", "published", "text", "words", ...}); exits with a clear message
    when the corpus has not been generated."""
    if not path.exists():
        sys.exit(f"error: benchmark corpus not found at {path}; generate it with "
                 f"`.venv/bin/python scripts/make_bench_corpus.py`")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
                row["published"] = date.fromisoformat(row["published"]) if row.get("published") else None
            except (json.JSONDecodeError, ValueError, TypeError, KeyError) as exc:
                sys.exit(f"error: {path} line {lineno} is not a corpus row ({exc}); regenerate the corpus")
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    if not rows:
        sys.exit(f"error: {path} holds no articles; regenerate the corpus")
    return rows


def _status_kb(key: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux /proc; 0 elsewhere)."""
    return _status_kb("VmRSS") / 1024


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size in MB of this process (or of its largest waited-for child)."""
    if not children and _status_kb("VmHWM"):
        return _status_kb("VmHWM") / 1024
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024
