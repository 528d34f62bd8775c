"""Markdown rendering of a brief: citations are numbers into the sources table."""

from __future__ import annotations

from corroborate.brief.types import Brief, SummarySentence
from corroborate.compare.types import DateGroup, NumberGroup, QuoteGroup

_ROLE = {"original": "original", "copy": "copy of", "rewrite": "rewrite of", "derived": "derived from", "independent": "independent"}


def _esc(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless one: "1 article", "3 independent sources"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def sources_line(brief: Brief, sep: str = ", ") -> str:
    """How many articles a brief reads and how many independent sources they are."""
    return f"{counted(len(brief.sources), 'article')}{sep}{counted(brief.independent_sources, 'independent source')}"


def citation_numbers(brief: Brief) -> dict[str, int]:
    return {row.article: n + 1 for n, row in enumerate(brief.sources)}


def _cites(brief: Brief, sentence: SummarySentence, numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[c.article]}]" for c in sentence.citations if c.article in numbers)


def quote_headers(groups: tuple[QuoteGroup, ...] | list[QuoteGroup]) -> list[bool]:
    """Whether each quote group shows its speaker and verdict: not when it repeats the
    group's before it (one speaker's remarks that only one source reports are listed under
    one heading)."""
    shown, last = [], None
    for g in groups:
        key = (g.speaker, g.label, g.reason) if g.label == "single_source" else None
        shown.append(key is None or key != last)
        last = key
    return shown


def _quote_lines(group: QuoteGroup, numbers: dict[str, int], header: bool = True) -> list[str]:
    lines = [f"- **{_esc(group.speaker)}** — *{group.label.replace('_', ' ')}*: {_esc(group.reason)}"] if header else []
    for v in group.versions:
        words = _esc(v.words or v.cite.text)
        if v.label in ("altered", "trimmed", "cosmetic") and v.diff:
            shown = []
            for op in v.diff:
                if op.op == "equal":
                    shown.append(op.other)
                else:
                    if op.ref:
                        shown.append(f"~~{op.ref}~~")
                    if op.other:
                        shown.append(f"**{op.other}**")
            words = _esc(" ".join(shown))
        lines.append(f"  - “{words}” — {_esc(v.cite.outlet)} [{numbers.get(v.cite.article, '?')}] ({v.label.replace('_', ' ')})")
    return lines


def by_text(members) -> list[tuple[str, list]]:
    """A group's members under each date or figure as written, in order of first mention."""
    out: dict[str, list] = {}
    for m in members:
        out.setdefault(m.cite.text, []).append(m)
    return list(out.items())


def members_by_text(group: DateGroup | NumberGroup, numbers: dict[str, int], esc=lambda s: s) -> str:
    """"1,200 (Northgate Wire [1], Harbour Times [2]); 2,100 (Meridian [5])": each date or
    figure as written once, with the outlets and source numbers of the articles that give it."""
    def source(m) -> str:
        return f"{esc(m.cite.outlet or '?')} [{numbers.get(m.cite.article, '?')}]"

    return "; ".join(f"{esc(text)} ({', '.join(source(m) for m in ms)})" for text, ms in by_text(group.members))


def render_markdown(brief: Brief) -> str:
    n = citation_numbers(brief)
    out = [f"# {_esc(brief.headline)}", ""]
    out.append(f"*{sources_line(brief)}.*")
    out += ["", "## Summary", ""]
    for s in brief.summary:
        out.append(f"- {_esc(s.text)} {_cites(brief, s, n)}")
    if brief.people:
        out += ["", "## Key people", ""]
        for p in brief.people:
            roles = f" — {', '.join(_esc(r) for r in p.roles)}" if p.roles else ""
            out.append(f"- **{_esc(p.name)}**{roles} ({counted(p.articles, 'article')})")
    if brief.quotes:
        out += ["", "## Who said what", ""]
        for g, header in zip(brief.quotes, quote_headers(brief.quotes), strict=True):
            out += _quote_lines(g, n, header)
    if brief.timeline:
        out += ["", "## Timeline", ""]
        for e in brief.timeline:
            out.append(f"- **{e.date}** — {_esc(e.text)} [{n.get(e.cite.article, '?')}]")
    out += ["", "## Where sources differ", ""]
    if not (brief.differences_quotes or brief.differences_numbers or brief.differences_dates or brief.single_outlet_facts):
        out.append("No differences found.")
    if brief.differences_quotes:
        out += ["### Quotes", ""]
        for g in brief.differences_quotes:
            out += _quote_lines(g, n)
        out.append("")
    if brief.differences_numbers:
        out += ["### Numbers", ""]
        for g in brief.differences_numbers:
            out.append(f"- **{_esc(g.measures)}** — conflict: {members_by_text(g, n, _esc)}. {_esc(g.reason)}")
        out.append("")
    if brief.differences_dates:
        out += ["### Dates", ""]
        for g in brief.differences_dates:
            out.append(f"- **{_esc(g.statement)}** — conflict: {members_by_text(g, n, _esc)}. {_esc(g.reason)}")
        out.append("")
    if brief.single_outlet_facts:
        out += ["### Reported by one independent source only", ""]
        for s in brief.single_outlet_facts:
            out.append(f"- {_esc(s.text)} {_cites(brief, s, n)}")
    if brief.numbers:
        out += ["", "## Numbers", "", "| What | Figures | Verdict |", "|---|---|---|"]
        for g in brief.numbers:
            figs = "; ".join(f"{_esc(m.cite.text)} [{n.get(m.cite.article, '?')}]" for m in g.members)
            out.append(f"| {_esc(g.measures)} | {figs} | {g.label.replace('_', ' ')} |")
    out += ["", "## Sources", "", "| # | Outlet | Title | Published | Role |", "|---|---|---|---|---|"]
    for i, row in enumerate(brief.sources, 1):
        role = _ROLE[row.role]
        if row.of:
            role += f" [{n[row.of]}]" if row.of in n else f" {_esc(row.of)}"
        out.append(f"| {i} | {_esc(row.outlet or '—')} | {_esc(row.title)} | {_esc(row.published or '—')} | {role} |")
    return "\n".join(out) + "\n"
