"""Format detection by content (the extension is only a tie-breaker)."""

from __future__ import annotations

import gzip
import re

FORMATS = ("warc", "json", "jsonl", "feed", "xml", "html", "text")

_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]", re.IGNORECASE)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def gunzip_if_needed(data: bytes) -> bytes:
    """Gzipped input other than WARC (WARC is read compressed, record by record)."""
    if data[:2] == b"\x1f\x8b" and not is_warc(data):
        return gzip.decompress(data)
    return data


def is_warc(data: bytes) -> bool:
    if data.startswith(b"WARC/"):
        return True
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data[:65536])) as fh:
                return fh.read(5) == b"WARC/"
        except (OSError, EOFError):
            return False
    return False


def sniff(data: bytes, name: str = "") -> str:
    """One of :data:`FORMATS`, from the first bytes of ``data`` (already un-gzipped unless WARC)."""
    if is_warc(data):
        return "warc"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered_name = name.lower()
    if head[:1] in (b"{", b"["):
        lines = [line for line in data.splitlines() if line.strip()]
        if (
            len(lines) > 1
            and head[:1] == b"{"
            and all(line.lstrip()[:1] == b"{" for line in lines[:50])
            and (lowered_name.endswith((".jsonl", ".ndjson")) or lines[0].rstrip().endswith(b"}"))
        ):
            return "jsonl"
        return "json"
    if head[:1] == b"<":
        if _FEED.search(data[:8192]):
            return "feed"
        if _HTML.search(data[:65536]):
            return "html"
        if head.startswith(b"<?xml"):
            return "xml"
        return "html"
    if lowered_name.endswith((".html", ".htm")) and _HTML.search(data[:65536]):
        return "html"
    return "text"
