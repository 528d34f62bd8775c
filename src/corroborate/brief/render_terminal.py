"""The brief in a terminal (rich): the same sections as Markdown, colour-coded labels."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from corroborate.brief.render_md import citation_numbers, members_by_text, quote_headers, sources_line
from corroborate.brief.types import Brief
from corroborate.compare.types import QuoteGroup

_STYLE = {
    "altered": "bold red", "paraphrase_as_quote": "bold red", "conflict": "bold red",
    "trimmed": "yellow", "cosmetic": "yellow", "agree_rounding": "yellow", "agree_conversion": "yellow",
    "verbatim": "green", "agree": "green", "single_source": "dim",
}


def _label(label: str) -> Text:
    return Text(f"[{label.replace('_', ' ')}]", style=_STYLE.get(label, ""))


def _quote(group: QuoteGroup, n: dict[str, int], header: bool = True) -> Text:
    text = Text()
    if header:
        text.append(f"{group.speaker} ", style="bold")
        text.append_text(_label(group.label))
        text.append(f" {group.reason}\n", style="dim")
    for v in group.versions:
        text.append("   “")
        if v.diff and v.label in ("altered", "trimmed", "cosmetic"):
            for op in v.diff:
                if op.op == "equal":
                    text.append(op.other + " ")
                else:
                    if op.ref:
                        text.append(op.ref + " ", style="red strike")
                    if op.other:
                        text.append(op.other + " ", style="green underline")
        else:
            text.append(v.words or v.cite.text)
        text.append(f"” — {v.cite.outlet or ''} [{n.get(v.cite.article, '?')}]\n")
    return text


def render_terminal(brief: Brief, console: Console) -> None:
    n = citation_numbers(brief)
    parts: list = []
    summary = Text()
    for s in brief.summary:
        summary.append("• " + s.text + " ")
        summary.append("".join(f"[{n[c.article]}]" for c in s.citations if c.article in n), style="cyan")
        summary.append("\n")
    parts.append(summary)
    if brief.people:
        parts.append(Text("Key people", style="bold underline"))
        parts.append(Text("\n".join(f"• {p.name}" + (f" — {', '.join(p.roles)}" if p.roles else "") for p in brief.people)))
    if brief.quotes:
        parts.append(Text("\nWho said what", style="bold underline"))
        for g, header in zip(brief.quotes, quote_headers(brief.quotes), strict=True):
            parts.append(_quote(g, n, header))
    if brief.timeline:
        parts.append(Text("Timeline", style="bold underline"))
        parts.append(Text("\n".join(f"{e.date}  {e.text} [{n.get(e.cite.article, '?')}]" for e in brief.timeline)))
    diffs = Text("\nWhere sources differ\n", style="bold underline")
    parts.append(diffs)
    for g in brief.differences_quotes:
        parts.append(_quote(g, n))
    for g in brief.differences_numbers:
        line = Text(f"{g.measures}: ")
        line.append_text(_label(g.label))
        line.append(" " + members_by_text(g, n))
        line.append(f"\n   {g.reason}", style="dim")
        parts.append(line)
    for g in brief.differences_dates:
        line = Text(f"{g.statement}: ")
        line.append_text(_label(g.label))
        line.append(" " + members_by_text(g, n))
        line.append(f"\n   {g.reason}", style="dim")
        parts.append(line)
    if brief.single_outlet_facts:
        parts.append(Text("Reported by one independent source only:", style="bold"))
        for s in brief.single_outlet_facts:
            parts.append(Text(f"• {s.text} " + "".join(f"[{n[c.article]}]" for c in s.citations if c.article in n)))
    table = Table("#", "Outlet", "Title", "Published", "Role", title="Sources", title_justify="left")
    for i, row in enumerate(brief.sources, 1):
        role = row.role + (f" {('[' + str(n[row.of]) + ']') if row.of in n else row.of}" if row.of else "")
        table.add_row(str(i), escape(row.outlet or "—"), escape(row.title or ""), row.published or "—", role)
    parts.append(table)
    console.print(
        Panel(
            Group(*parts),
            title=escape(brief.headline),
            subtitle=sources_line(brief, " · "),
        )
    )
