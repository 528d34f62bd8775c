"""Per-story briefs: build (pure) and render (terminal, Markdown, HTML, JSON)."""

from corroborate.brief.types import Brief

__all__ = ["Brief"]
