"""Ingestion of every news format: text, HTML, news-please JSON, JSONL, RSS/Atom, WARC, stdin."""

from corroborate.ingest.credits import find_credits
from corroborate.ingest.pipeline import (
    IngestReport,
    ReadArticle,
    Source,
    expand_paths,
    ingest_paths,
    read_path,
    read_source,
)
from corroborate.ingest.readers import READERS, register_reader

__all__ = [
    "READERS",
    "IngestReport",
    "ReadArticle",
    "Source",
    "expand_paths",
    "find_credits",
    "ingest_paths",
    "read_path",
    "read_source",
    "register_reader",
]
