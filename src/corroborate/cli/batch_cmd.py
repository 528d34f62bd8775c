"""`corroborate batch`: the whole pipeline on a Dask cluster (or a LocalCluster)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from corroborate.cli.common import DEFAULT_DB, DbOption, Exit, QuietOption, app, console, stage_progress
from corroborate.config import Settings


@app.command()
def batch(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs; workers read them.")],
    scheduler: Annotated[
        str,
        typer.Option(
            "--scheduler",
            help="'local' starts a LocalCluster on this machine; otherwise a scheduler address "
            "such as tcp://head:8786 (the paths must be visible to every worker).",
            envvar="CORROBORATE_SCHEDULER",
        ),
    ] = "local",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="LocalCluster worker processes (one thread each).")] = 2,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Ingest, analyse, link, compare and brief on Dask: the same store as `corroborate analyze`.

    Reading, analysis, MinHash/LSH candidates and comparisons run on the workers; the
    client writes the store (one writer) and places articles into stories in publish
    order. Re-running the same command after a crash finishes the job without duplicates.

    Exit code 0: all read; 1: some items failed (the rest is done); 2: nothing could be read.

    Example: corroborate batch archive/ --scheduler local --workers 2 --db news.db
    """
    from corroborate.batch import run_batch
    from corroborate.errors import CorroborateError

    try:
        with stage_progress(quiet) as tick:
            report = run_batch(paths, db, scheduler, workers, Settings.from_env(), progress=tick)
    except (CorroborateError, OSError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(Exit.FAILED) from exc
    for error in report.failed + report.analysis_failed:
        console.print(f"[red]failed[/red] {error.item}: [{error.code}] {error.reason}", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report.summary(), indent=2) + "\n")
    elif not quiet:
        s = report.summary()
        console.print(
            f"{s['workers']} workers at {report.scheduler}: ingested {s['ingested']}, duplicates skipped "
            f"{s['duplicates']}, failed {s['failed']}; analysed {s['analysed']} "
            f"({s['analysis_up_to_date']} up to date); {s['near_pairs']} near-duplicate pairs from "
            f"{s['candidate_pairs']} LSH candidates; {s['placed']} placed, {s['links']} links; "
            f"{s['compared']} stories compared, {s['briefs']} briefs",
            highlight=False,
        )
    if report.ingested == 0 and report.duplicates == 0 and report.failed:
        raise typer.Exit(Exit.FAILED)
    raise typer.Exit(Exit.PARTIAL if report.failed or report.analysis_failed else Exit.OK)
