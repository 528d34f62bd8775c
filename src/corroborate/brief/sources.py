"""The role of each article of a story in its Sources table, from the story's pair links.

One piece of code for the brief (:func:`corroborate.brief.build.sources_table`) and the web
app (its table for a story without a stored brief), so both say the same thing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

ROLE_OF_RELATION = {"verbatim_copy": "copy", "edited_copy": "copy", "rewrite": "rewrite"}


class LinkLike(Protocol):
    """What is read of a pair link (a :class:`~corroborate.linking.types.PairLink` or the
    web app's ``LinkInfo``)."""

    a: str
    b: str
    relation: str
    original: str | None
    derived_from: str | None


def source_roles(article_ids: Sequence[str], links: Iterable[LinkLike]) -> dict[str, tuple[str, str | None]]:
    """Article id -> ``(role, of)`` for the articles of a story (``article_ids``, in publish
    order), whatever order the links come in:

    * ``copy``/``rewrite`` of an article of the story, when a link names that article as
      its original. With several, the one that is no copy itself (the wire's own article
      rather than another outlet's copy of it), then the earliest;
    * else ``derived`` from the wire a link credits (``derived_from``): both versions
      credit a wire whose own article is neither of them — the right word only when no
      link ties the article to an original in the story (two copies of one wire story are
      linked to each other this way even when the wire's article is there too);
    * else ``original`` when some article of the story is its copy or rewrite;
    * else ``independent`` (an article without a role is left out of the result).
    """
    order = {aid: n for n, aid in enumerate(article_ids)}
    originals_of: dict[str, dict[str, str]] = {}  # copy -> {original: role}, in link order
    wire_of: dict[str, str] = {}
    for link in links:
        kind = ROLE_OF_RELATION.get(link.relation)
        if kind is None:
            continue
        if link.original in (link.a, link.b):
            copy = link.b if link.original == link.a else link.a
            if copy in order and link.original in order:
                originals_of.setdefault(copy, {}).setdefault(link.original, kind)
        if link.derived_from:
            for side in (link.a, link.b):
                if side in order:
                    wire_of.setdefault(side, link.derived_from)
    roles: dict[str, tuple[str, str | None]] = {}
    for aid in article_ids:
        candidates = originals_of.get(aid)
        if candidates:
            best = min(candidates, key=lambda o: (o in originals_of, order[o]))
            roles[aid] = (candidates[best], best)
        elif aid in wire_of:
            roles[aid] = ("derived", wire_of[aid])
    for copies in originals_of.values():
        for original in copies:
            roles.setdefault(original, ("original", None))
    return roles
