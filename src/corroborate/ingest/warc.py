"""WARC archives: each HTML ``response`` record becomes an article (via the HTML reader).
A broken record is reported with its position; records read before it are kept."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from corroborate.errors import InputError, MalformedInput
from corroborate.ingest.decode import decode
from corroborate.ingest.html import read_html
from corroborate.types import Article, ItemError

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


def read_warc(data: bytes, *, item: str) -> Iterator[tuple[str | None, Article | ItemError]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = ArchiveIterator(io.BytesIO(data))
    index = 0
    try:
        for record in stream:
            index += 1
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            locator = uri or f"record {index}"
            where = f"{item}#{locator}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            try:
                payload = record.content_stream().read()
                charset = _CHARSET.search(ctype)
                if charset:
                    try:
                        html = payload.decode(charset.group(1))
                    except (LookupError, UnicodeDecodeError):
                        html, _ = decode(payload, where)
                else:
                    html, _ = decode(payload, where)
                for article in read_html(html, item=where, url=uri, fmt="warc"):
                    yield locator, article
            except InputError as exc:
                yield locator, ItemError(item=where, code=exc.code, reason=exc.reason)
            except Exception as exc:  # noqa: BLE001 - a record whose payload warcio cannot decompress
                yield locator, ItemError(
                    item=where, code=MalformedInput.code, reason=f"broken WARC record: {exc}"
                )
    # warcio raises AttributeError on a response record without a target URI (its own bug).
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError, KeyError) as exc:
        yield f"record {index + 1}", ItemError(
            item=f"{item}#record {index + 1}",
            code=MalformedInput.code,
            reason=f"broken WARC record (reading stopped; earlier records kept): {exc}",
        )
