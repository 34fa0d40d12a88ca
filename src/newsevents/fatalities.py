"""Stage — fatalities (placeholder until implemented)."""

from __future__ import annotations

from .document import Article, EventDraft


class FatalityCounter:
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        return drafts
