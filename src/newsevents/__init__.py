"""newsevents: news articles about armed conflict and political violence in, ACLED-style event records out."""

from .schema import EventRecord, Evidence, Source, TAXONOMY
from .pipeline import Pipeline

__all__ = ["Pipeline", "EventRecord", "Evidence", "Source", "TAXONOMY"]
__version__ = "0.1.0"
