"""Server-rendered pages: stories list, story, article, compare. Usable without JavaScript.

Templates are rendered by one Jinja2 environment with autoescape on for every template;
the only markup not written in a template comes from :mod:`corroborate.web.render`,
which escapes every text segment it joins.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlparse

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from corroborate.analysis.types import ArticleAnalysis
from corroborate.brief.types import Brief, SourceRow
from corroborate.compare.types import Cite, NumberGroup, QuoteGroup
from corroborate.types import Article
from corroborate.web.data import StoryFilter, WebData, date_or_none
from corroborate.web.render import (
    GraphEdge,
    GraphNode,
    Mark,
    highlight,
    human_number,
    layout_graph,
    layout_timeline,
    render_diff,
    short,
)

HERE = Path(__file__).parent
PAGE_SIZE = 50

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its name
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def safe_url(url: str | None) -> str | None:
    """An article's URL only when it is plain http(s); anything else is shown as text."""
    if not url:
        return None
    try:
        parsed = urlparse(url.strip())
    except ValueError:
        return None
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def day(value: str | None) -> str:
    return (value or "")[:10]


def when(value: str | None) -> str:
    if not value:
        return ""
    return value[:16].replace("T", " ")


env.filters["day"] = day
env.filters["when"] = when
env.filters["short"] = short
env.filters["number"] = human_number
env.globals["safe_url"] = safe_url
env.globals["diff"] = render_diff
def quote_words(version) -> str:
    """A quote version's words as quoted (a split quote's pieces joined), else its passage."""
    return getattr(version, "words", "") or version.cite.text


def reference_words(group) -> str:
    """The words of a quote group's reference version as quoted (a split quote's pieces
    joined, without the cue between them), else the reference passage."""
    ref = next((v for v in group.versions if v.cite == group.reference), None)
    return quote_words(ref) if ref is not None else group.reference.text


env.globals["quote_words"] = quote_words
env.globals["reference_words"] = reference_words
templates = Jinja2Templates(env=env)

router = APIRouter(include_in_schema=False)


def _data(request: Request) -> WebData:
    return request.app.state.data


def _page_url(params: dict[str, str | int | None], **changes: str | int | None) -> str:
    merged = {**params, **changes}
    return "/?" + urlencode({k: v for k, v in merged.items() if v not in (None, "", 0)})


# -- stories list ------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request,
    q: str | None = Query(None, max_length=200),
    entity: str | None = Query(None, max_length=200),
    outlet: str | None = Query(None, max_length=200),
    date_from: str | None = Query(None, alias="from", max_length=40),
    date_to: str | None = Query(None, alias="to", max_length=40),
    offset: int = Query(0, ge=0, le=1_000_000_000),
):
    data = _data(request)
    f = StoryFilter(q, entity, outlet, date_or_none(date_from), date_or_none(date_to))
    found = data.search_stories(f)
    params = {"q": q, "entity": entity, "outlet": outlet, "from": date_from, "to": date_to}
    items = found[offset : offset + PAGE_SIZE]
    total_articles = data.store.count_articles()
    return templates.TemplateResponse(
        request,
        "stories.html",
        {
            "title": "Stories",
            "stories": items,
            "total": len(found),
            "offset": offset,
            "filter": f,
            "params": params,
            "prev_url": _page_url(params, offset=max(0, offset - PAGE_SIZE)) if offset > 0 else None,
            "next_url": _page_url(params, offset=offset + PAGE_SIZE) if offset + PAGE_SIZE < len(found) else None,
            "total_articles": total_articles,
            "bad_dates": [v for v in (date_from, date_to) if v and date_or_none(v) is None],
        },
    )


# -- articles list -----------------------------------------------------------------------


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    q: str | None = Query(None, max_length=200),
    outlet: str | None = Query(None, max_length=200),
    offset: int = Query(0, ge=0, le=1_000_000_000),
):
    data = _data(request)
    items, total = data.article_page(PAGE_SIZE, offset, outlet, q)
    params = {"q": q, "outlet": outlet}

    def url(**changes) -> str:
        return "/articles" + _page_url(params, **changes)[1:]

    return templates.TemplateResponse(
        request,
        "articles.html",
        {
            "title": "Articles",
            "articles": items,
            "total": total,
            "offset": offset,
            "params": params,
            "prev_url": url(offset=max(0, offset - PAGE_SIZE)) if offset > 0 else None,
            "next_url": url(offset=offset + PAGE_SIZE) if offset + PAGE_SIZE < total else None,
        },
    )


# -- story -------------------------------------------------------------------------------


@dataclass
class CiteView:
    n: int
    article: str
    outlet: str
    text: str
    href: str


def _cite_href(cite: Cite) -> str:
    return f"/articles/{cite.article}?" + urlencode({"hl": f"{cite.start}-{cite.end}"}) + "#hl"


def _cite_views(cites, outlets: dict[str, str], numbers: dict[str, int]) -> list[CiteView]:
    out = []
    for c in cites:
        n = numbers.setdefault(c.article, len(numbers) + 1)
        out.append(CiteView(n, c.article, c.outlet or outlets.get(c.article, "?"), c.text, _cite_href(c)))
    return out


ROLE_LABEL = {
    "original": "original",
    "copy": "copy",
    "rewrite": "rewrite",
    "independent": "independent",
    "derived": "from wire",
}


def _graph(rows: list[SourceRow], links, outlets: dict[str, str]):
    nodes = [
        GraphNode(r.article, short(r.outlet or "?", 22), when(r.published) or r.article[:10], r.role) for r in rows
    ]
    ids = {n.id for n in nodes}
    edges = []
    wires: dict[str, GraphNode] = {}
    by_outlet: dict[str, str] = {}
    for r in rows:  # rows are in publish order: the first article of an outlet stands for it
        if r.outlet:
            by_outlet.setdefault(r.outlet.casefold(), r.article)

    def wire_source(name: str, target: str) -> str:
        """The credited wire's own article when the story has one, else a wire node."""
        own = by_outlet.get(name.casefold())
        if own and own != target:
            return own
        wire_id = "wire:" + name
        wires.setdefault(wire_id, GraphNode(wire_id, short(name, 24), "not in the corpus", "wire"))
        return wire_id
    for link in links:
        if link.relation == "independent":
            continue
        title = f"{link.relation.replace('_', ' ')} · similarity {link.similarity:.2f} · confidence {link.confidence:.2f}"
        if link.evidence:
            title += " · " + " · ".join(link.evidence[:4])
        if link.original in (link.a, link.b):
            edges.append(GraphEdge(link.original, link.other(link.original), link.relation, title))
        elif link.derived_from:
            own = by_outlet.get(link.derived_from.casefold())
            if own in (link.a, link.b):  # the wire's own article is one side: it is the source
                edges.append(GraphEdge(own, link.other(own), link.relation, title))
                continue
            for side in (link.a, link.b):
                edges.append(GraphEdge(wire_source(link.derived_from, side), side, link.relation, title))
    for r in rows:  # a derived row from the brief with no link recorded
        if r.role == "derived" and r.of and not any(e.target == r.article for e in edges):
            edges.append(GraphEdge(wire_source(r.of, r.article), r.article, "derived", f"credits {r.of}"))
        elif r.role in ("copy", "rewrite") and r.of in ids and not any(e.target == r.article for e in edges):
            edges.append(GraphEdge(r.of, r.article, r.role, r.role))
    if not edges:
        return None
    return layout_graph(list(wires.values()) + nodes, edges)


NUMBER_ORDER = {"conflict": 0, "agree_rounding": 1, "agree_conversion": 2, "agree": 3, "single_source": 4}


@dataclass
class Figure:
    """One way a number is written in the story, with the outlets that write it so."""

    text: str
    value: str
    cites: list[tuple[str, str]]  # (outlet, href)


def _figures(group: NumberGroup, outlets: dict[str, str]) -> list[Figure]:
    by_text: OrderedDict[str, Figure] = OrderedDict()
    for m in group.members:
        unit = m.unit if m.unit and m.unit != m.currency else None
        value = " ".join(p for p in (m.currency, human_number(m.value), unit) if p)
        fig = by_text.setdefault(m.cite.text, Figure(m.cite.text, value, []))
        fig.cites.append((m.cite.outlet or outlets.get(m.cite.article, "?"), _cite_href(m.cite)))
    return list(by_text.values())


def _speaker_groups(groups: tuple[QuoteGroup, ...] | list[QuoteGroup]) -> list[tuple[str, list[QuoteGroup]]]:
    by: OrderedDict[str, list[QuoteGroup]] = OrderedDict()
    for g in groups:
        by.setdefault(g.speaker or "unattributed", []).append(g)
    return list(by.items())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    data = _data(request)
    story = data.story(story_id)
    brief: Brief | None = data.brief(story.id)
    comparison = data.comparison(story.id)
    links = data.story_links(story.id)
    ids = data.story_article_ids(story)
    metas = data.summaries(ids)
    sources = data.sources(story, brief, links)
    outlets = {i: (m.outlet or "?") for i, m in metas.items()}
    numbers: dict[str, int] = {r.article: k + 1 for k, r in enumerate(sources)}
    summary = [
        (s, _cite_views(s.citations, outlets, numbers)) for s in (brief.summary if brief else ())
    ]
    single = [(s, _cite_views(s.citations, outlets, numbers)) for s in (brief.single_outlet_facts if brief else ())]
    # (the brief's groups name each speaker as its key people do)
    quote_groups = brief.quotes if brief else (comparison.quotes if comparison else ())
    number_groups = comparison.numbers if comparison else (brief.numbers if brief else ())
    number_rows = [(g, _figures(g, outlets)) for g in sorted(number_groups, key=lambda g: NUMBER_ORDER.get(g.label, 9))]
    date_groups = comparison.dates if comparison else (brief.differences_dates if brief else ())
    date_conflicts = [g for g in date_groups if g.label == "conflict"]
    events = [
        (e.date, f"{e.text} ({outlets.get(e.cite.article, e.cite.outlet or '?')})", _cite_href(e.cite))
        for e in (brief.timeline if brief else ())
    ]
    published = [(m.published, m.outlet or "?", f"/articles/{m.id}") for m in metas.values() if m.published]
    timeline = layout_timeline(events, published)
    rewrite_pairs = [
        link for link in links if link.relation != "independent" and link.original in (link.a, link.b)
    ]
    summ = data.story_summary(story)
    return templates.TemplateResponse(
        request,
        "story.html",
        {
            "title": story.headline,
            "story": story,
            "summ": summ,
            "brief": brief,
            "comparison": comparison,
            "summary": summary,
            "single": single,
            "sources": sources,
            "numbers": numbers,
            "role_label": ROLE_LABEL,
            "outlets": outlets,
            "metas": metas,
            "speakers": _speaker_groups([g for g in quote_groups if g.label != "single_source"]),
            "single_speakers": _speaker_groups([g for g in quote_groups if g.label == "single_source"]),
            "number_groups": number_groups,
            "number_rows": [r for r in number_rows if r[0].label != "single_source"],
            "single_numbers": [r for r in number_rows if r[0].label == "single_source"],
            "date_conflicts": date_conflicts,
            "differ": bool(brief and (brief.differences_quotes or brief.differences_numbers)) or bool(date_conflicts),
            "facts": sorted(comparison.facts, key=lambda f: -f.independent_count)[:40] if comparison else [],
            "timeline": timeline,
            "graph": _graph(sources, links, outlets),
            "pairs": rewrite_pairs[:200],
            "cite_href": _cite_href,
        },
    )


# -- article -----------------------------------------------------------------------------


_HL = re.compile(r"^(\d{1,9})-(\d{1,9})$")


def article_marks(article: Article, analysis: ArticleAnalysis | None, hl: str | None) -> list[Mark]:
    marks: list[Mark] = []
    for c in article.credits:
        tip = f"credit · {c.kind}" + (f" · {c.agency}" if c.agency else "")
        marks.append(Mark(c.start, c.end, "credit", tip))
    if analysis:
        for e in analysis.entities:
            roles = "; ".join(r.text for r in e.roles[:3])
            tip = f"{e.label} · {e.name}" + (f" · {roles}" if roles else "")
            for m in e.mentions:
                marks.append(Mark(m.start, m.end, f"ent ent-{e.label.lower()}", tip))
        for q in analysis.quotes:
            who = q.speaker_name or q.speaker or "unknown speaker"
            tip = f"{q.kind} quote · {who}" + (f" ({q.cue})" if q.cue else "")
            pieces = q.pieces or ((q.start, q.end),)
            for s, e in pieces:
                marks.append(Mark(s, e, f"quote quote-{q.kind}", tip, focusable=True))
            if q.speaker_start is not None and q.speaker_end is not None:
                marks.append(Mark(q.speaker_start, q.speaker_end, "speaker", f"speaker of: {short(q.text, 50)}"))
        for n in analysis.quantities:
            value = human_number(n.value)
            parts = [n.kind, " ".join(p for p in (n.currency, value, n.unit) if p)]
            if n.measures:
                parts.append(f"measures: {n.measures}")
            marks.append(Mark(n.start, n.end, f"qty qty-{n.kind}", " · ".join(parts), focusable=True))
        for d in analysis.dates:
            marks.append(Mark(d.start, d.end, "tdate", f"date · {d.resolved or 'unresolved'}"))
    if hl and (m := _HL.match(hl)):
        start, end = int(m.group(1)), int(m.group(2))
        if 0 <= start < end <= len(article.text):
            marks.append(Mark(start, end, "hl", "cited sentence", tag="mark", attrs=(("id", "hl"),)))
    return marks


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, hl: str | None = Query(None, max_length=30)):
    data = _data(request)
    article = data.article(article_id)
    analysis = data.analysis(article.id)
    links = data.links_of(article.id)
    others = data.summaries([link.other(article.id) for link in links])
    story_id = data.store.story_of(article.id)
    body: Markup = highlight(article.text, article_marks(article, analysis, hl))
    entities = sorted(analysis.entities, key=lambda e: -len(e.mentions)) if analysis else []
    return templates.TemplateResponse(
        request,
        "article.html",
        {
            "title": article.title or article.id,
            "article": article,
            "analysis": analysis,
            "body": body,
            "entities": entities,
            "links": links,
            "others": others,
            "story_id": story_id,
            "origins": data.store.origins(article.id),
        },
    )


# -- compare -----------------------------------------------------------------------------


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    a: str = Query(..., min_length=1, max_length=200),
    b: str = Query(..., min_length=1, max_length=200),
):
    data = _data(request)
    article_a, article_b, result = data.compare(a, b)
    counts = {op: sum(1 for r in result.rows if r.op == op) for op in ("same", "changed", "added", "cut")}
    return templates.TemplateResponse(
        request,
        "compare.html",
        {
            "title": f"Compare: {article_a.outlet or '?'} / {article_b.outlet or '?'}",
            "a": article_a,
            "b": article_b,
            "result": result,
            "counts": counts,
            "story_id": data.store.story_of(article_a.id),
        },
    )
