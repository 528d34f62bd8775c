"""The reader registry. Built-in readers register exactly as a user's own would:

    from corroborate.ingest.readers import register_reader

    @register_reader("myformat")
    def read_mine(data: bytes, text: str | None, item: str) -> Iterator[tuple[str | None, Article | ItemError]]:
        ...

A reader takes the raw bytes, the decoded text (None for binary containers such as WARC)
and the item name, and yields ``(locator, Article | ItemError)``: one bad record is
reported and the rest of the file goes on. Raising an :class:`InputError` rejects the
whole item with that reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from corroborate.ingest.feed import read_feed
from corroborate.ingest.html import read_html
from corroborate.ingest.jsonfmt import read_json, read_jsonl
from corroborate.ingest.text import read_text
from corroborate.ingest.warc import read_warc
from corroborate.types import Article, ItemError

ReadResult = Iterator[tuple[str | None, Article | ItemError]]
Reader = Callable[[bytes, str | None, str], ReadResult]

READERS: dict[str, Reader] = {}
BINARY_FORMATS = {"warc"}


def register_reader(name: str, *, binary: bool = False) -> Callable[[Reader], Reader]:
    def decorator(func: Reader) -> Reader:
        READERS[name] = func
        if binary:
            BINARY_FORMATS.add(name)
        return func

    return decorator


@register_reader("text")
def _text(data: bytes, text: str | None, item: str) -> ReadResult:
    for article in read_text(text or "", item=item):
        yield None, article


@register_reader("html")
def _html(data: bytes, text: str | None, item: str) -> ReadResult:
    for article in read_html(text or "", item=item):
        yield None, article


@register_reader("json")
def _json(data: bytes, text: str | None, item: str) -> ReadResult:
    yield from read_json(text or "", item=item)


@register_reader("jsonl")
def _jsonl(data: bytes, text: str | None, item: str) -> ReadResult:
    yield from read_jsonl(text or "", item=item)


@register_reader("feed")
def _feed(data: bytes, text: str | None, item: str) -> ReadResult:
    yield from read_feed(text or "", item=item)


@register_reader("xml")
def _xml(data: bytes, text: str | None, item: str) -> ReadResult:
    # XML that is not a feed: let the feed reader name the root element in its error.
    yield from read_feed(text or "", item=item)


@register_reader("warc", binary=True)
def _warc(data: bytes, text: str | None, item: str) -> ReadResult:
    yield from read_warc(data, item=item)
