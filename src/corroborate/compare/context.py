"""What comparison reads: one story's articles, their analyses and pair links, plus the
independence structure (which articles descend from which original)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from corroborate.analysis.types import ArticleAnalysis
from corroborate.compare.types import Cite
from corroborate.linking.types import PairLink, Story
from corroborate.types import Article

DERIVED = ("verbatim_copy", "edited_copy", "rewrite")
WIRE_CREDITS = ("copyright", "dateline", "byline_agency")
"""Credits that make an article the agency's own story ("contributed reporting" does not)."""


def wire_story_of(article: Article) -> str | None:
    """The wire agency whose story ``article`` is, by its credits or its outlet."""
    from corroborate.linking.provenance import wire_of_outlet

    for credit in article.credits:
        if credit.kind in WIRE_CREDITS and credit.agency:
            return credit.agency
    return wire_of_outlet(article)


def _wire_names(names) -> dict[str, str]:
    """Each wire name -> the first name of the same agency among ``names``: "Meridian Press
    Agency" in one article's copyright line and "(MPA)" in another's dateline are one wire."""
    from corroborate.linking.provenance import same_agency

    canonical: dict[str, str] = {}
    for name in names:
        if name and name not in canonical:
            canonical[name] = next(
                (c for c in dict.fromkeys(canonical.values()) if same_agency(name, c)),
                name,
            )
    return canonical


@dataclass(frozen=True)
class StoryInput:
    story: Story
    articles: tuple[Article, ...]
    """In publish order."""
    analyses: dict[str, ArticleAnalysis]
    links: tuple[PairLink, ...] = ()
    order: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.order:
            object.__setattr__(self, "order", {a.id: i for i, a in enumerate(self.articles)})

    @cached_property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def outlet(self, article_id: str) -> str:
        article = self.by_id[article_id]
        return article.outlet or article.title or article_id

    def cite(self, article_id: str, start: int, end: int) -> Cite:
        article = self.by_id[article_id]
        return Cite(article=article_id, start=start, end=end, text=article.text[start:end], outlet=article.outlet)

    @cached_property
    def roots(self) -> dict[str, str]:
        """Article id -> the key of the independent source it counts as: copies and rewrites
        join their original; a rewrite of a wire story that is not in the corpus joins
        ``wire:<name>``, and so does an article that is itself the wire's story — it carries
        the wire's copyright line, dateline or byline ("RAMALLAH, West Bank (AP) —"), or a
        wire agency published it — even when no pair link ties it to another version (a
        later update of the same wire story)."""
        parent = {a.id: a.id for a in self.articles}

        def find(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(x: str, y: str) -> None:
            rx, ry = find(x), find(y)
            if rx == ry:
                return
            # keep the earliest article (or the wire) as the representative
            if ry.startswith("wire:") or (not rx.startswith("wire:") and self.order.get(ry, 1e9) < self.order.get(rx, 1e9)):
                rx, ry = ry, rx
            parent[ry] = rx

        story_wires = {a.id: wire_story_of(a) for a in self.articles}
        wire = _wire_names([link.derived_from for link in self.links] + list(story_wires.values()))
        for link in self.links:
            if link.a not in parent or link.b not in parent:
                continue
            if link.relation in DERIVED:
                union(link.a, link.b)
            if link.derived_from:
                union(link.a, f"wire:{wire[link.derived_from]}")
                union(link.b, f"wire:{wire[link.derived_from]}")
        for article in self.articles:
            name = story_wires[article.id]
            if name:
                union(article.id, f"wire:{wire[name]}")
        return {a.id: find(a.id) for a in self.articles}

    def independent(self, article_ids) -> tuple[str, ...]:
        """The independent sources behind ``article_ids``: one per original (a copy or
        rewrite counts with its original) and one per outlet (two articles of one outlet
        count once). Articles without a known outlet count on their own."""
        seen: dict[str, str] = {}
        for aid in sorted(set(article_ids), key=lambda a: self.order.get(a, 0)):
            root = self.roots.get(aid, aid)
            if root.startswith("wire:"):
                name = root[5:]
            else:
                name = self.outlet(root)
            key = name.casefold() if (root.startswith("wire:") or self.by_id[root].outlet) else root
            seen.setdefault(key, name)
        return tuple(seen.values())
