"""One self-contained HTML file per brief (inline CSS, no script, everything escaped).
Citations show the cited sentence on hover and keyboard focus."""

from __future__ import annotations

from functools import lru_cache

from corroborate.brief.render_md import by_text, citation_numbers, counted, quote_headers, sources_line
from corroborate.brief.types import Brief

_ROLE = {"original": "original", "copy": "copy of", "rewrite": "rewrite of", "derived": "derived from", "independent": "independent"}


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("corroborate.brief", "templates"), autoescape=select_autoescape(default=True))
    env.filters["label"] = lambda s: str(s).replace("_", " ")
    env.filters["by_text"] = by_text
    env.filters["sources_line"] = sources_line
    env.filters["counted"] = counted
    return env


def render_html(brief: Brief) -> str:
    return _env().get_template("brief.html").render(
        brief=brief, n=citation_numbers(brief), roles=_ROLE, quote_headers=quote_headers(brief.quotes)
    )


def render_index(briefs: list[tuple[Brief, str]]) -> str:
    """An index page linking to each brief file (``(brief, relative href)``)."""
    return _env().get_template("index.html").render(items=briefs)
