"""`corroborate analyze` (the main job) and `corroborate brief`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from corroborate.cli.common import (
    DEFAULT_DB,
    DbOption,
    Exit,
    QuietOption,
    app,
    console,
    open_store,
    out,
    stage_progress,
)
from corroborate.config import Settings

_STAGES = ("ingest", "analyse", "link", "brief")


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Where to write the briefs.")] = Path("out"),
    formats: Annotated[
        list[str], typer.Option("--format", "-f", help="md, html or json; repeat for several.")
    ] = ["md"],  # noqa: B006 - typer needs a literal default
    db: Annotated[
        Path | None, typer.Option("--db", help="Keep the store in this SQLite file (default: a temporary one).")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """The main job: ingest, analyse, link, compare and write the brief of every story.

    Exit code 0: all read; 1: some items failed (the rest is done); 2: nothing could be read.

    Example: corroborate analyze examples/ --out out/demo --format html --format md
    """
    from corroborate.api import FORMATS, Corroborate, write_briefs

    bad = [f for f in formats if f not in FORMATS]
    if bad:
        console.print(f"[red]error:[/red] unknown format {bad[0]!r}: use one of {', '.join(FORMATS)}")
        raise typer.Exit(Exit.USAGE)
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="corroborate-")
        db = Path(tmp.name) / "store.db"
    settings = Settings.from_env()
    try:
        with Corroborate(db, settings) as corr:
            with stage_progress(quiet) as tick:
                report = corr.run_report(paths, tick)
            written = write_briefs(report.briefs, out_dir, formats)
    finally:
        if tmp is not None:
            tmp.cleanup()
    for error in report.failed + report.analysis_failed:
        console.print(f"[red]failed[/red] {error.item}: [{error.code}] {error.reason}", highlight=False)
    if not quiet:
        console.print(
            f"ingested {report.ingested}, duplicates skipped {report.duplicates}, failed {len(report.failed)}; "
            f"{report.stories} stories",
            highlight=False,
        )
    for path in written:
        sys.stdout.write(f"{path}\n")
    if report.ingested == 0 and report.duplicates == 0 and report.failed:
        raise typer.Exit(Exit.FAILED)
    raise typer.Exit(Exit.PARTIAL if report.failed or report.analysis_failed else Exit.OK)


@app.command()
def brief(
    story_id: Annotated[str, typer.Argument(help="A story id (or a unique prefix), see `corroborate stories`.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="terminal, md, html or json.")] = "terminal",
) -> None:
    """Show the brief of one story (computing it if needed).

    Example: corroborate brief s1a2b3 --db news.db --format md > brief.md
    """
    from corroborate.api import FORMATS, Corroborate
    from corroborate.brief.service import brief_store
    from corroborate.errors import NotFound

    if fmt not in FORMATS + ("terminal",):
        console.print(f"[red]error:[/red] unknown format {fmt!r}: use terminal, md, html or json")
        raise typer.Exit(Exit.USAGE)
    with open_store(db) as store:
        try:
            story_id = store.story(story_id)["id"]
        except NotFound as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(Exit.FAILED) from exc
        [result] = brief_store(store, Settings.from_env(), [story_id])
    if fmt == "terminal":
        from corroborate.brief.render_terminal import render_terminal

        render_terminal(result, out)
    else:
        sys.stdout.write(Corroborate.render(result, fmt))
