"""Briefs of the stories in a store: compare (when inputs changed), build, store."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from corroborate.brief.build import CODE_VERSION, build_brief
from corroborate.brief.types import Brief
from corroborate.compare.service import compare_store, load_comparison, load_story_input
from corroborate.config import Settings


def brief_store(
    store,
    settings: Settings | None = None,
    story_ids: Iterable[str] | None = None,
    on_item: Callable[[str], None] | None = None,
) -> list[Brief]:
    """Compare and brief every story (or ``story_ids``); returns the briefs."""
    settings = settings or Settings()
    ids = list(story_ids) if story_ids is not None else [s["id"] for s in store.stories()]
    compare_store(store, settings, ids)
    briefs = []
    for story_id in ids:
        comparison = load_comparison(store, story_id)
        if comparison is None:
            continue
        stored = store.get_brief(story_id)
        # a brief built by other brief code (or of another comparison) is built again
        if stored is not None and stored.get("version") == f"{CODE_VERSION}:{comparison.version}":
            brief = Brief.model_validate(stored)
        else:
            brief = build_brief(load_story_input(store, story_id), comparison)
            store.put_brief(story_id, brief.version, brief.model_dump(mode="json"))
        briefs.append(brief)
        if on_item:
            on_item(story_id)
    return briefs


def load_brief(store, story_id: str) -> Brief | None:
    data = store.get_brief(story_id)
    return Brief.model_validate(data) if data else None
