"""Stage 4 — event detection and classification (placeholder: a minimal trigger list)."""

from __future__ import annotations

from .document import Article, EventDraft
from .schema import EventRecord

_TRIGGERS = {"kill": ("Violence against civilians", "Attack"), "execute": ("Violence against civilians", "Attack"),
             "clash": ("Battles", "Armed clash"), "protest": ("Protests", "Peaceful protest"),
             "bombing": ("Explosions/Remote violence", "Suicide bomb")}


class EventDetector:
    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        out = []
        for sent in article.doc.sents:
            for tok in sent:
                if tok.lemma_.lower() in _TRIGGERS:
                    etype, sub = _TRIGGERS[tok.lemma_.lower()]
                    rec = EventRecord(event_type=etype, sub_event_type=sub)
                    rec.add_evidence("event_type", sent, tok, rule="trigger")
                    out.append(EventDraft(record=rec, sentences=[sent], trigger=tok))
                    break
        return out
