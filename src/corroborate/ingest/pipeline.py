"""Ingestion: paths → items → readers → articles → store.

Every item ends as exactly one of: stored (new), duplicate (content hash already stored;
its origin is recorded), or failed (an :class:`ItemError` with the reason, stored and
reported). Each article is committed in its own transaction, so a killed run leaves a
consistent store and re-running the same command finishes the job.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corroborate.config import Settings
from corroborate.errors import InputError, MalformedInput, TooLarge
from corroborate.ingest.decode import decode
from corroborate.ingest.detect import gunzip_if_needed, sniff
from corroborate.ingest.readers import BINARY_FORMATS, READERS
from corroborate.types import Article, ItemError, Origin

IGNORE_FILE = ".corroborateignore"
"""A file in a directory listing glob patterns (one a line) of files to skip there."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input item: a file, or stdin (``path == "-"``)."""

    path: str

    def read(self, max_bytes: int) -> bytes:
        if self.path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            size = os.path.getsize(self.path)
            if size > max_bytes:
                raise TooLarge(
                    f"{size:,} bytes is over the limit of {max_bytes:,} "
                    "(raise it with --max-bytes or CORROBORATE_MAX_BYTES)",
                    item=self.path,
                )
            with open(self.path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"over the limit of {max_bytes:,} bytes", item=self.path)
        return data


def _ignored(directory: Path) -> list[str]:
    ignore = directory / IGNORE_FILE
    if not ignore.is_file():
        return []
    return [
        line.strip()
        for line in ignore.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def expand_paths(paths: Iterable[str]) -> Iterator[Source | ItemError]:
    """Files, directories (recursive, sorted, hidden entries skipped), globs, ``-``."""
    for raw in paths:
        if raw == "-":
            yield Source("-")
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield ItemError(item=raw, code=InputError.code, reason="no file matches this pattern")
            continue
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for root, dirs, files in os.walk(path):
                    dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                    patterns = [IGNORE_FILE, *_ignored(Path(root))]
                    for name in sorted(files):
                        if name.startswith(".") or any(fnmatch.fnmatch(name, p) for p in patterns):
                            continue
                        yield Source(str(Path(root) / name))
            elif path.is_file():
                yield Source(str(path))
            else:
                yield ItemError(item=raw, code=InputError.code, reason="no such file or directory")


@dataclass(frozen=True, slots=True)
class ReadArticle:
    article: Article
    origin: Origin
    note: str | None = None


def read_source(source: Source, settings: Settings) -> Iterator[ReadArticle | ItemError]:
    """Read one item into articles; never raises for bad input (yields ItemError)."""
    item = source.path if source.path != "-" else "<stdin>"
    try:
        data = gunzip_if_needed(source.read(settings.max_bytes))
        fmt = sniff(data, source.path)
        note = None
        text = None
        if fmt not in BINARY_FORMATS:
            text, note = decode(data, item)
        for locator, result in READERS[fmt](data, text, item):
            if isinstance(result, ItemError):
                yield result
            else:
                yield ReadArticle(result, Origin(path=item, locator=locator, format=result.format), note)
    except InputError as exc:
        yield ItemError(item=exc.item or item, code=exc.code, reason=exc.reason)
    except (OSError, EOFError) as exc:
        yield ItemError(item=item, code=InputError.code, reason=f"cannot read: {exc}")
    except RecursionError:
        yield ItemError(item=item, code=MalformedInput.code, reason="too deeply nested to parse")


def read_path(path: str, settings: Settings | None = None) -> Iterator[Article | ItemError]:
    """Articles (or errors) from one path, directory or glob; nothing is stored."""
    settings = settings or Settings()
    for source in expand_paths([path]):
        if isinstance(source, ItemError):
            yield source
            continue
        for result in read_source(source, settings):
            yield result.article if isinstance(result, ReadArticle) else result


@dataclass
class IngestReport:
    """What an ingest did. ``failed`` holds one error per bad item, with its reason."""

    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[ItemError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def total_failure(self) -> bool:
        return bool(self.failed) and not self.ingested and not self.duplicates


def _store_files(store) -> set[str]:
    path = getattr(store, "path", ":memory:")
    if path == ":memory:":
        return set()
    base = os.path.abspath(path)
    return {base, base + "-wal", base + "-shm", base + "-journal"}


def ingest_paths(
    store,
    paths: Iterable[str],
    settings: Settings | None = None,
    on_item: Callable[[str], None] | None = None,
    sources: list[Source | ItemError] | None = None,
) -> IngestReport:
    """Read every path into ``store``. ``on_item`` is called once per input item (progress)."""
    settings = settings or Settings()
    report = IngestReport()
    items = sources if sources is not None else list(expand_paths(paths))
    own_files = _store_files(store)
    for source in items:
        if isinstance(source, Source) and os.path.abspath(source.path) in own_files:
            continue  # never read the store's own database files as input
        if isinstance(source, ItemError):
            report.failed.append(source)
            store.record_error(source)
            if on_item:
                on_item(source.item)
            continue
        for result in read_source(source, settings):
            if isinstance(result, ItemError):
                report.failed.append(result)
                store.record_error(result)
                continue
            if result.note:
                report.notes.append(f"{result.origin}: {result.note}")
            if store.add_article(result.article, result.origin):
                report.ingested.append(result.article.id)
            else:
                report.duplicates.append(result.article.id)
        if on_item:
            on_item(source.path)
    return report
