"""Property-based fuzzing of the entry points: every input gives text/records or a clear IngestError.

The contract checked on each example lives in `fuzz/hostile.py` (shared with `fuzz/run.py`).
Example counts are bounded so the whole file runs in well under a minute.
"""

import sys
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
import hostile  # noqa: E402

from newsevents.document import RawInput  # noqa: E402
from newsevents.ingest import IngestError, decode  # noqa: E402

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

pieces = st.one_of(
    st.sampled_from(hostile.EVENT_SENTENCES + hostile.SCRIPTS + hostile.WHITESPACE + hostile.ODD + hostile.WORDS),
    st.text(max_size=30),  # any code points, lone surrogates included
)
hostile_text = st.lists(pieces, max_size=25).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"])
boms = st.sampled_from([b"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"])


@st.composite
def encoded_text(draw):
    """Hostile text in some encoding, maybe behind a (possibly wrong) BOM, maybe cut short."""
    text, enc = draw(hostile_text), draw(encodings)
    data = draw(boms) + text.encode(enc, "surrogatepass" if enc.startswith("utf") else "replace")
    cut = draw(st.integers(0, len(data)))
    return data[:cut] if draw(st.booleans()) else data


@st.composite
def nested_html(draw):
    tags = draw(st.lists(st.sampled_from(hostile.HTML_TAGS), min_size=1, max_size=300))
    body = draw(hostile_text)
    doc = "<html><body>" + "".join(f"<{t}>" for t in tags) + body + "".join(f"</{t}>" for t in reversed(tags))
    return doc[: draw(st.integers(1, len(doc)))] if draw(st.booleans()) else doc


@FAST
@given(st.binary(max_size=2000))
def test_decode_random_bytes_gives_text_or_ingest_error(data):
    hostile.check_decode(data)


@FAST
@given(encoded_text())
def test_decode_and_read_bytes_on_encoded_hostile_text(data):
    hostile.check_decode(data)
    hostile.check_read_bytes(data, "a.html")
    hostile.check_read_bytes(data, "a.txt")


@FAST
@given(hostile_text, st.one_of(st.none(), hostile_text))
def test_clean_on_hostile_text_gives_an_encodable_article(text, title):
    hostile.check_clean(RawInput(text=text, title=title, url=title, path=title))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nested_html())
def test_clean_on_nested_and_truncated_html(doc):
    hostile.check_clean(RawInput(text=doc, is_html=True))


@PIPELINE
@given(hostile_text, st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31))))
def test_extract_on_hostile_text_gives_well_formed_records(pipeline, text, published):
    hostile.check_extract(pipeline, text, published)


@PIPELINE
@given(encoded_text())
def test_bytes_through_the_whole_pipeline(pipeline, data):
    """Raw bytes end to end, as `newsevents extract FILE` sees them."""
    try:
        text = decode(data, "fuzz.txt")
    except IngestError:
        return
    hostile.check_extract(pipeline, text)
