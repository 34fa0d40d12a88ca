from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "000_4b5c7783727d04d9.txt"
DEV_DATA = SHARED / "data" / "acled-dev.jsonl"


@pytest.fixture(scope="session")
def pipeline():
    from newsevents import Pipeline

    return Pipeline()
