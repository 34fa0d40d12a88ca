"""The event database: `EventStore` over SQLite (default) or PostgreSQL, with deduplicated events."""

from .core import EventStore, IngestReport, IngestResult, StoreError, StoreUnavailable, resolve_url

__all__ = ["EventStore", "IngestReport", "IngestResult", "StoreError", "StoreUnavailable", "resolve_url"]
