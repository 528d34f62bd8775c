"""HTML building blocks for the web pages, built safely from untrusted article text.

Every piece of text that comes from an article or its metadata goes through
:func:`markupsafe.escape` before it is joined into markup; markup is only ever produced
here from fixed tag names and escaped attribute values. Nothing in this module inserts
raw text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One span of the text to wrap in ``<tag class=... data-tip=...>``."""

    start: int
    end: int
    classes: str
    tip: str | None = None
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = ()
    focusable: bool = False


_TAGS = {"span", "mark", "q", "a"}
_ATTR_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def _open(mark: Mark) -> str:
    if mark.tag not in _TAGS:
        raise ValueError(f"tag not allowed: {mark.tag}")
    parts = [f'<{mark.tag} class="{escape(mark.classes)}"']
    if mark.tip:
        parts.append(f' data-tip="{escape(mark.tip)}"')
    if mark.focusable:
        parts.append(' tabindex="0"')
    for name, value in mark.attrs:
        if not _ATTR_NAME.match(name) or name.startswith("on") or name in {"style", "href", "src"}:
            raise ValueError(f"attribute not allowed: {name}")
        parts.append(f' {name}="{escape(value)}"')
    return "".join(parts) + ">"


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` with each mark wrapped in its element, properly nested.

    Marks may overlap: a mark that crosses another is closed and reopened around it,
    so the markup is always well formed. Marks outside the text or empty are dropped.
    """
    n = len(text)
    spans = [m for m in marks if 0 <= m.start < m.end <= n]
    if not spans:
        return Markup(escape(text))
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    points = sorted({0, n, *starts, *ends})
    out: list[str] = []
    stack: list[Mark] = []
    for i, pos in enumerate(points):
        closing = ends.get(pos, [])
        if closing:
            # pop to the deepest closing mark, then reopen the ones that go on
            ids = {id(m) for m in closing}
            depth = min(k for k, m in enumerate(stack) if id(m) in ids)
            reopen = [m for m in stack[depth:] if id(m) not in ids]
            for m in reversed(stack[depth:]):
                out.append(f"</{m.tag}>")
            del stack[depth:]
            for m in reopen:
                out.append(_open(m))
                stack.append(m)
        for m in sorted(starts.get(pos, []), key=lambda m: -m.end):
            out.append(_open(m))
            stack.append(m)
        if i + 1 < len(points):
            out.append(str(escape(text[pos : points[i + 1]])))
    for m in reversed(stack):
        out.append(f"</{m.tag}>")
    return Markup("".join(out))


def human_number(value: float) -> str:
    """40000000.0 → "40 million", 1234.5 → "1,234.5", 12.0 → "12"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.3f}".rstrip("0").rstrip(".") + " " + word
    return f"{value:,.3f}".rstrip("0").rstrip(".")


# -- word diffs ---------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@dataclass(frozen=True)
class DiffOp:
    op: str  # equal | insert | delete | replace
    ref: str = ""
    other: str = ""


def word_diff(ref: str, other: str) -> list[DiffOp]:
    """Word-level diff of ``other`` against ``ref`` (whitespace kept with the words)."""
    a, b = tokens(ref), tokens(other)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [DiffOp(tag, "".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    return _merge(ops)


def _merge(ops: list[DiffOp]) -> list[DiffOp]:
    """Join changes separated only by a space into one change ("<del>a b</del>", not
    "<del>a</del> <del>b</del>"), so a reworded phrase reads as one."""
    out: list[DiffOp] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (
            op.op == "equal" and not op.ref.strip() and out and out[-1].op != "equal"
            and i + 1 < len(ops) and ops[i + 1].op != "equal"
        ):
            nxt = ops[i + 1]
            prev = out.pop()
            ref, other = prev.ref + op.ref + nxt.ref, prev.other + op.other + nxt.other
            out.append(DiffOp("replace" if ref and other else ("delete" if ref else "insert"), ref, other))
            i += 2
            continue
        if op.op != "equal" and out and out[-1].op != "equal":
            prev = out.pop()
            ref, other = prev.ref + op.ref, prev.other + op.other
            out.append(DiffOp("replace" if ref and other else ("delete" if ref else "insert"), ref, other))
        else:
            out.append(op)
        i += 1
    return out


def _diff_attr(d: object, name: str) -> str:
    value = getattr(d, name, None)
    if value is None and isinstance(d, dict):
        value = d.get(name)
    return value or ""


_PUNCT_BEFORE = re.compile(r"\s+([,.;:!?%)\]])")


def render_diff(ops: Sequence[object], side: str = "both") -> Markup:
    """Markup for a word diff: ``<del>`` for words of the reference that went,
    ``<ins>`` for words that came. ``side`` = ``ref`` / ``other`` shows one side only.

    Accepts diffs whose pieces keep their whitespace (:func:`word_diff`) and diffs of
    space-separated tokens whose pieces carry none (the comparison stage's): those are
    joined with single spaces, with no space before punctuation."""
    items = [(_diff_attr(d, "op"), _diff_attr(d, "ref"), _diff_attr(d, "other")) for d in ops]
    token_mode = not any(t != t.strip() for _, ref, other in items for t in (ref, other) if t)

    def tidy(text: str) -> str:
        return _PUNCT_BEFORE.sub(r"\1", text) if token_mode else text

    units: list[tuple[str, str]] = []  # (first visible text, markup)
    for op, ref, other in items:
        if op == "equal":
            text = tidy(other or ref)
            units.append((text, str(escape(text))))
            continue
        parts, first = [], ""
        if ref and side in ("both", "ref") and op in ("delete", "replace"):
            parts.append(f"<del>{escape(tidy(ref))}</del>")
            first = first or tidy(ref)
        if other and side in ("both", "other") and op in ("insert", "replace"):
            parts.append(f"<ins>{escape(tidy(other))}</ins>")
            first = first or tidy(other)
        if parts:
            units.append((first, "".join(parts)))
    out: list[str] = []
    for k, (first, markup) in enumerate(units):
        if token_mode and k > 0 and first and not re.match(r"[,.;:!?%)\]]", first):
            out.append(" ")
        out.append(markup)
    return Markup("".join(out))


# -- SVG layouts (geometry only; the templates draw them with escaped text) -----------


def short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class GraphNode:
    id: str
    label: str
    sub: str
    role: str
    x: float = 0
    y: float = 0


@dataclass
class GraphEdge:
    source: str
    target: str
    relation: str
    title: str
    d: str = ""
    """SVG path: a side-to-side curve between neighbouring columns, an arc over the
    nodes in between for longer or same-column edges."""


@dataclass
class Graph:
    width: int
    height: int
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    node_w: int = 170
    node_h: int = 34


def layout_graph(nodes: list[GraphNode], edges: list[GraphEdge]) -> Graph:
    """Layered layout: originals and independent articles in the first column, each
    copy or rewrite one column right of what it was taken from."""
    by_id = {n.id: n for n in nodes}
    parents: dict[str, list[str]] = {}
    for e in edges:
        if e.source in by_id and e.target in by_id and e.source != e.target:
            parents.setdefault(e.target, []).append(e.source)
    depth: dict[str, int] = {}

    def depth_of(node: str, seen: frozenset[str] = frozenset()) -> int:
        if node in depth:
            return depth[node]
        if node in seen:
            return 0  # a cycle in the evidence: stop here
        d = 0
        for p in parents.get(node, []):
            d = max(d, depth_of(p, seen | {node}) + 1)
        depth[node] = d
        return d

    columns: dict[int, list[GraphNode]] = {}
    for n in nodes:
        columns.setdefault(min(depth_of(n.id), 4), []).append(n)
    graph = Graph(width=0, height=0)
    w, h = graph.node_w, graph.node_h
    col_gap, row_gap, pad = 50, 14, 10
    col_of = {n.id: col for col, members in columns.items() for n in members}
    # arcs over the top row need head room: one step per column an arc spans
    arcs = [
        (by_id[e.source], by_id[e.target]) for e in edges
        if e.source in by_id and e.target in by_id and e.source != e.target
        and abs(col_of[e.target] - col_of[e.source]) != 1
    ]
    longest = max((abs(col_of[t.id] - col_of[s.id]) for s, t in arcs), default=0)
    top = pad + (16 + 12 * max(longest, 1) if arcs else 0)
    rows = max((len(c) for c in columns.values()), default=0)
    for col, members in sorted(columns.items()):
        for row, n in enumerate(members):
            n.x = pad + col * (w + col_gap)
            n.y = top + row * (h + row_gap)
            graph.nodes.append(n)
    graph.width = pad * 2 + (max(columns, default=0) + 1) * (w + col_gap) - col_gap
    graph.height = top + pad + max(rows, 1) * (h + row_gap) - row_gap
    for e in edges:
        s, t = by_id.get(e.source), by_id.get(e.target)
        if not s or not t or s is t:
            continue
        span = col_of[t.id] - col_of[s.id]
        if span == 1:
            x1, y1, x2, y2 = s.x + w, s.y + h / 2, t.x - 4, t.y + h / 2
            mid = (x1 + x2) / 2
            e.d = f"M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        else:
            # leave from the top of the source, come down onto the top of the target
            lift = 16 + 12 * max(abs(span), 1)
            x1, y1 = s.x + w * 0.6, s.y
            x2, y2 = t.x + w * 0.4, t.y - 4
            peak = min(y1, y2) - lift
            e.d = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{peak:.1f} {x2:.1f},{peak:.1f} {x2:.1f},{y2:.1f}"
        graph.edges.append(e)
    return graph


@dataclass
class TimelinePoint:
    x: float
    y: float
    date: str
    label: str
    kind: str  # event | published
    href: str | None = None
    anchor: str = "start"
    tx: float = 0
    text: str = ""
    """The label as drawn: date and label, shortened to fit beside the point."""


@dataclass
class Timeline:
    width: int
    height: int
    axis_y: int
    ticks: list[tuple[float, str]]
    points: list[TimelinePoint]


def _date_key(value: str) -> float | None:
    """Days since 0001-01-01 for an ISO date, month, year or datetime."""
    from datetime import date, datetime

    value = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return float(date(int(value), 1, 1).toordinal())
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = value.split("-")
            return float(date(int(y), int(m), 1).toordinal())
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return float(date.fromisoformat(value).toordinal())
        dt = datetime.fromisoformat(value)
        return dt.toordinal() + (dt.hour * 3600 + dt.minute * 60 + dt.second) / 86400
    except ValueError:
        return None


def layout_timeline(
    events: list[tuple[str, str, str | None]],
    published: list[tuple[str, str, str | None]],
    width: int = 1080,
) -> Timeline | None:
    """Events (date, label, href) one per row under a date axis; publication times
    (date, outlet, href) as ticks on a lane above the axis."""
    items = [(k, d, lbl, h, "event") for d, lbl, h in events if (k := _date_key(d)) is not None]
    pubs = [(k, d, lbl, h, "published") for d, lbl, h in published if (k := _date_key(d)) is not None]
    if not items and not pubs:
        return None
    keys = [i[0] for i in items + pubs]
    lo, hi = min(keys), max(keys)
    if hi - lo < 1:
        lo, hi = lo - 0.5, hi + 0.5
    margin = 40
    span = width - 2 * margin

    def x_of(k: float) -> float:
        return margin + (k - lo) / (hi - lo) * span

    axis_y = 44
    points: list[TimelinePoint] = []
    for k, d, lbl, h, kind in pubs:
        points.append(TimelinePoint(x_of(k), axis_y - 14, d, lbl, kind, h))
    row = 0
    for k, d, lbl, h, kind in sorted(items, key=lambda i: i[0]):
        x = x_of(k)
        y = axis_y + 30 + row * 24
        anchor, tx = ("end", x - 8) if x > width * 0.5 else ("start", x + 8)
        room = (width - tx - 6) if anchor == "start" else (tx - 6)
        text = short(f"{d} · {lbl}", max(12, int(room / 6.4)))
        points.append(TimelinePoint(x, y, d, lbl, kind, h, anchor, tx, text))
        row += 1
    ticks = _ticks(lo, hi, x_of)
    height = axis_y + 30 + max(row, 0) * 24 + 6
    return Timeline(width=width, height=height, axis_y=axis_y, ticks=ticks, points=points)


def _ticks(lo: float, hi: float, x_of) -> list[tuple[float, str]]:
    from datetime import date

    days = hi - lo
    count = 6
    out = []
    seen = set()
    for i in range(count + 1):
        k = lo + days * i / count
        d = date.fromordinal(max(1, int(k)))
        label = d.isoformat() if days < 400 else d.strftime("%Y-%m")
        if label in seen:
            continue
        seen.add(label)
        out.append((x_of(k), label))
    return out
