"""`corroborate analyze-article` and `corroborate quotes`: per-article analysis."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from corroborate.cli.common import (
    DEFAULT_DB,
    DbOption,
    Exit,
    JsonOption,
    app,
    console,
    open_store,
    out,
    print_csv,
    print_json,
)
from corroborate.config import Settings


def _resolve_articles(store, refs: list[str], settings: Settings) -> tuple[list, list[str]]:
    """Articles for paths (ingested first) or ids; and the refs that failed, with reasons."""
    from corroborate.errors import NotFound
    from corroborate.ingest import ingest_paths

    articles, problems = [], []
    for ref in refs:
        if ref == "-" or os.path.exists(ref):
            report = ingest_paths(store, [ref], settings)
            for err in report.failed:
                problems.append(f"{err.item}: [{err.code}] {err.reason}")
            ids = report.ingested + report.duplicates
            articles.extend(store.articles(list(dict.fromkeys(ids))))
            continue
        try:
            articles.append(store.article(ref))
        except NotFound as exc:
            problems.append(str(exc))
    return articles, problems


def _analyses(store, articles, settings: Settings):
    from corroborate.analysis.store import ensure_analyses, load_analysis

    report = ensure_analyses(store, settings, ids=[a.id for a in articles])
    for err in report.failed:
        console.print(f"[red]failed[/red] {err.item}: [{err.code}] {err.reason}", highlight=False)
    return {a.id: load_analysis(store, a.id, report.version) for a in articles}


def quote_words(article, q) -> str:
    """The quoted words only: a quote split around its cue is shown piece by piece."""
    if q.pieces:
        return " … ".join(article.text[s:e] for s, e in q.pieces)
    return q.text


def render_article(article, analysis) -> None:
    """The article text with entities, quotes, speakers and numbers highlighted."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    text = Text(article.text)
    for q in analysis.quotes:
        for s, e in q.pieces or ((q.start, q.end),):
            text.stylize("italic green", s, e)
        if q.speaker_start is not None and q.speaker_end is not None:
            text.stylize("bold magenta", q.speaker_start, q.speaker_end)
        if q.cue_start is not None and q.cue_end is not None:
            text.stylize("underline", q.cue_start, q.cue_end)
    for ent in analysis.entities:
        style = {"PERSON": "bold cyan", "ORG": "bold blue", "GPE": "bold yellow"}.get(ent.label, "bold")
        for m in ent.mentions:
            text.stylize(style, m.start, m.end)
    for n in analysis.quantities:
        text.stylize("bold red", n.start, n.end)
    for d in analysis.dates:
        text.stylize("dark_orange", d.start, d.end)
    out.print(Panel(text, title=article.label, subtitle="[cyan]people[/] [blue]orgs[/] [green]quotes[/] [magenta]speakers[/] [red]numbers[/] [dark_orange]dates[/]"))

    people = Table("entity", "label", "mentions", "roles", title="Entities")
    for ent in analysis.entities:
        people.add_row(ent.name, ent.label, str(len(ent.mentions)), "; ".join(r.text for r in ent.roles))
    out.print(people)
    quotes = Table("speaker", "kind", "cue", "quote", title="Quotes")
    for q in analysis.quotes:
        who = q.speaker_name or q.speaker or "?"
        if q.speaker and q.speaker_name and q.speaker != q.speaker_name:
            who = f"{q.speaker_name} ({q.speaker})"
        words = quote_words(article, q)
        quotes.add_row(who, q.kind, q.cue or "", words if len(words) < 200 else words[:197] + "...")
    out.print(quotes)
    numbers = Table("number", "kind", "value", "unit", "measures", title="Numbers")
    for n in analysis.quantities:
        numbers.add_row(n.text, n.kind, f"{n.value:,.6g}", n.currency or n.unit or "", n.measures or "")
    out.print(numbers)
    if analysis.dates:
        dates = Table("date", "resolved", "relative", title="Dates")
        for d in analysis.dates:
            dates.add_row(d.text, d.resolved or "", "yes" if d.relative else "no")
        out.print(dates)


@app.command("analyze-article")
def analyze_article_cmd(
    path_or_id: Annotated[str, typer.Argument(help="A file to ingest and analyse, or a stored article id.")],
    db: DbOption = DEFAULT_DB,
    json_: JsonOption = False,
) -> None:
    """Analyse one article: entities with roles, quotes with speakers, numbers, dates.
    Prints the article with its findings highlighted, or the analysis as JSON (spans are
    character offsets into the stored text).

    Example: corroborate analyze-article story.txt --db news.db
    """
    settings = Settings.from_env()
    with open_store(db) as store:
        articles, problems = _resolve_articles(store, [path_or_id], settings)
        for p in problems:
            console.print(f"[red]error:[/red] {p}", highlight=False)
        if not articles:
            raise typer.Exit(Exit.FAILED)
        analyses = _analyses(store, articles, settings)
    if json_:
        payload = [analyses[a.id].model_dump(mode="json") for a in articles if analyses.get(a.id)]
        print_json(payload[0] if len(payload) == 1 else payload)
    else:
        for a in articles:
            if analyses.get(a.id) is not None:
                render_article(a, analyses[a.id])
    failed = [a for a in articles if analyses.get(a.id) is None]
    if failed:
        raise typer.Exit(Exit.FAILED if len(failed) == len(articles) else Exit.PARTIAL)


@app.command()
def quotes(
    refs: Annotated[list[str] | None, typer.Argument(help="Files or article ids (default: every stored article).")] = None,
    db: DbOption = DEFAULT_DB,
    json_: JsonOption = False,
    csv_: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """List quotes with their speakers: who, kind (direct / partial / indirect), cue, text,
    article. Analyses missing or outdated are computed first.

    Example: corroborate quotes --db news.db --csv > quotes.csv
    """
    settings = Settings.from_env()
    with open_store(db) as store:
        if refs:
            articles, problems = _resolve_articles(store, refs, settings)
            for p in problems:
                console.print(f"[red]error:[/red] {p}", highlight=False)
        else:
            articles, problems = store.articles(), []
        analyses = _analyses(store, articles, settings)
    rows = []
    for a in articles:
        an = analyses.get(a.id)
        if an is None:
            continue
        for q in an.quotes:
            rows.append(
                {
                    "article": a.id,
                    "outlet": a.outlet,
                    "quote": q.id,
                    "kind": q.kind,
                    "speaker": q.speaker_name or q.speaker,
                    "speaker_as_written": q.speaker,
                    "entity": q.entity,
                    "unnamed": q.unnamed,
                    "cue": q.cue,
                    "text": quote_words(a, q),
                    "start": q.start,
                    "end": q.end,
                    "pieces": [list(p) for p in q.pieces],
                }
            )
    if json_:
        print_json(rows)
    elif csv_:
        print_csv([{**r, "pieces": ";".join(f"{a}-{b}" for a, b in r["pieces"])} for r in rows])
    else:
        from rich.table import Table

        table = Table("speaker", "kind", "quote", "article")
        for r in rows:
            text = r["text"] if len(r["text"]) < 160 else r["text"][:157] + "..."
            table.add_row(r["speaker"] or "?", r["kind"], text, (r["outlet"] or "") + " " + r["article"][:10])
        out.print(table)
        if not rows:
            console.print("no quotes found")
    if problems and not rows:
        raise typer.Exit(Exit.FAILED)
    if problems:
        raise typer.Exit(Exit.PARTIAL)
