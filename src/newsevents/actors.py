"""Stage — actors (placeholder until implemented)."""

from __future__ import annotations

from .document import Article, EventDraft


class ActorResolver:
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        return drafts
