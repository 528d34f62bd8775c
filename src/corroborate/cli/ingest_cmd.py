"""`corroborate ingest`, `corroborate articles`, `corroborate errors`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from corroborate.cli.common import (
    DEFAULT_DB,
    DbOption,
    Exit,
    JsonOption,
    QuietOption,
    app,
    console,
    open_store,
    out,
    print_csv,
    print_json,
)
from corroborate.config import Settings


def progress_for(total: int, quiet: bool, label: str):
    """A rich progress bar, or None when quiet or not on a terminal."""
    if quiet or not console.is_terminal:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
    )
    return progress


def run_ingest(store, paths: list[str], settings: Settings, quiet: bool):
    from corroborate.ingest import expand_paths, ingest_paths

    sources = list(expand_paths(paths))
    progress = progress_for(len(sources), quiet, "ingest")
    if progress is None:
        return ingest_paths(store, paths, settings, sources=sources)
    with progress:
        task = progress.add_task("ingest", total=len(sources))
        return ingest_paths(
            store, paths, settings, sources=sources, on_item=lambda _item: progress.advance(task)
        )


def print_report(report, quiet: bool) -> None:
    for error in report.failed:
        console.print(f"[red]failed[/red] {error.item}: [{error.code}] {error.reason}", highlight=False)
    if quiet:
        return
    for note in dict.fromkeys(report.notes):
        console.print(f"[yellow]note[/yellow] {note}", highlight=False)
    console.print(
        f"ingested {len(report.ingested)}, duplicates skipped {len(report.duplicates)}, "
        f"failed {len(report.failed)}",
        highlight=False,
    )


def exit_code(report) -> Exit:
    if report.total_failure:
        return Exit.FAILED
    return Exit.PARTIAL if report.failed else Exit.OK


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    quiet: QuietOption = False,
    max_bytes: Annotated[
        int | None, typer.Option(help="Reject files larger than this many bytes.")
    ] = None,
) -> None:
    """Read articles into the store. Formats are detected by content: plain text, HTML,
    news-please JSON, JSONL, RSS/Atom, WARC. Re-ingesting the same content is a no-op.

    Exit code 0: all read; 1: some items failed; 2: nothing could be read.

    Example: corroborate ingest examples/ --db news.db
    """
    settings = Settings.from_env(**({"max_bytes": max_bytes} if max_bytes else {}))
    with open_store(db) as store:
        report = run_ingest(store, paths, settings, quiet)
    print_report(report, quiet)
    raise typer.Exit(exit_code(report))


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    json_: JsonOption = False,
    csv_: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """List stored articles.

    Example: corroborate articles --db news.db --csv > articles.csv
    """
    with open_store(db) as store:
        rows = [
            {
                "id": a.id,
                "source_id": a.source_id,
                "published": a.published,
                "outlet": a.outlet,
                "title": a.title,
                "url": a.url,
                "byline": a.byline,
                "format": a.format,
                "chars": len(a.text),
                "credits": [c.text for c in a.credits],
                "origins": [str(o) for o in store.origins(a.id)],
            }
            for a in store.articles()
        ]
    if json_:
        print_json(rows)
    elif csv_:
        print_csv([{**r, "credits": " | ".join(r["credits"]), "origins": " | ".join(r["origins"])} for r in rows])
    else:
        table = Table("id", "published", "outlet", "title", "credits")
        for r in rows:
            table.add_row(
                r["id"][:10], (r["published"] or "")[:16], r["outlet"] or "", r["title"] or "", str(len(r["credits"]))
            )
        out.print(table)
        if not rows:
            console.print("no articles stored yet: run `corroborate ingest PATH`")


@app.command()
def errors(db: DbOption = DEFAULT_DB, json_: JsonOption = False) -> None:
    """List the items that could not be read, with their reasons.

    Example: corroborate errors --db news.db
    """
    with open_store(db) as store:
        rows = [e.model_dump() for e in store.errors()]
    if json_:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['item']}: [{r['code']}] {r['reason']}", highlight=False)
    if not rows:
        console.print("no errors recorded")
    sys.stdout.flush()
