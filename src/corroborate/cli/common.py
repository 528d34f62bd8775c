"""Shared CLI pieces: the typer app, the store option, output options, exit codes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

app = typer.Typer(
    name="corroborate",
    help="Read many news articles about the same events: copies and rewrites, who said what, "
    "where sources differ, and a brief whose every sentence cites its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console(stderr=True, soft_wrap=True)
out = Console()

DEFAULT_DB = "corroborate.db"

DbOption = Annotated[
    Path,
    typer.Option("--db", help="The store: one SQLite file (created when missing).", envvar="CORROBORATE_DB"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")]


class Exit(IntEnum):
    """Exit codes that separate success, partial failure and total failure."""

    OK = 0
    PARTIAL = 1
    FAILED = 2
    USAGE = 64


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_csv(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)


def open_store(db: Path):
    from corroborate.errors import CorroborateError
    from corroborate.store import Store

    try:
        return Store(db)
    except CorroborateError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(Exit.FAILED) from exc


@contextmanager
def stage_progress(quiet: bool = False) -> Iterator[Callable[[str, str], None] | None]:
    """A spinner per pipeline stage counting its items, as ``tick(stage, item)``; ``None``
    (no display) with ``--quiet`` or when stderr is not a terminal."""
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} done"), console=console)
    tasks: dict[str, Any] = {}

    def tick(stage: str, item: str) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=None)
        progress.advance(tasks[stage])

    with progress:
        yield tick
