"""Each supported format, read from real bytes on disk."""

import gzip
import io
import json
from pathlib import Path

from corroborate.ingest import read_path
from corroborate.types import Article, ItemError
from tests.ingest.conftest import WIRE, page

BODY = [
    (
        "PORT VALEN (MPA) - The harbour authority approved a new container terminal on Thursday, "
        "ending two years of debate over the waterfront."
    ),
    "\u201cThis is a good day for the port,\u201d said Mayor Ilse Brandt, who backed the plan.",
    "The terminal will cost 410 million euros and open in 2028, the authority said.",
]


def read_all(path: Path) -> list[Article | ItemError]:
    return list(read_path(str(path)))


def test_plain_text_first_line_is_headline_and_by_line_is_byline(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Port approves terminal\n\nBy Nora Vik\n" + WIRE + "\n", encoding="utf-8")
    [article] = read_all(f)
    assert article.title == "Port approves terminal"
    assert article.byline == "Nora Vik"
    assert article.text.startswith("By Nora Vik\nPORT VALEN")
    assert article.format == "text"


def test_plain_text_without_headline_keeps_all_text(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("The harbour authority approved a terminal on Thursday. Officials said so.\n", encoding="utf-8")
    [article] = read_all(f)
    assert article.title is None
    assert article.text.startswith("The harbour authority")


def test_html_page_gives_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(page("Port approves terminal", BODY), encoding="utf-8")
    [article] = read_all(f)
    assert article.title == "Port approves terminal"
    assert article.outlet == "Harbour Courier"
    assert article.byline == "Nora Vik"
    assert article.published == "2026-03-12T09:15:00+01:00"
    assert article.url == "https://www.harbourcourier.example/news/terminal"
    assert "Subscribe today" not in article.text and "Home" not in article.text.split("\n")[0]
    assert "410 million euros" in article.text
    assert article.extra["photo_credits"] == "The terminal site. Photo: Lena Ode/MPA"
    assert any(c.kind == "dateline" and c.agency == "MPA" for c in article.credits)


def test_newsplease_json_fields_are_mapped(tmp_path):
    f = tmp_path / "np.json"
    f.write_text(
        json.dumps(
            {
                "title": "Port approves terminal",
                "maintext": "\n".join(BODY),
                "date_publish": "2026-03-12 09:15:00",
                "source_domain": "www.northgatedaily.example",
                "url": "https://www.northgatedaily.example/a/1",
                "authors": ["Nora Vik", "Tom Hale"],
                "language": "en",
                "image_url": "https://x.example/i.jpg",
            }
        ),
        encoding="utf-8",
    )
    [article] = read_all(f)
    assert article.outlet == "www.northgatedaily.example"
    assert article.byline == "Nora Vik, Tom Hale"
    assert article.published == "2026-03-12T09:15:00"
    assert article.extra["image_url"] == "https://x.example/i.jpg"
    assert article.format == "json"


def test_jsonl_one_article_per_line_keeps_ids_and_extra_fields(tmp_path):
    f = tmp_path / "batch.jsonl"
    rows = [
        {"id": "n-1", "title": "One", "text": "First story text.", "published": "2026-03-12T08:00:00Z",
         "outlet": "Lakeshore Tribune", "url": "https://lt.example/1", "section": "business"},
        {"id": "n-2", "title": "Two", "text": "Second story text.", "published": None,
         "outlet": None, "url": "https://www.global-ledger.example/2"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read_all(f)
    assert first.source_id == "n-1" and first.extra == {"section": "business"}
    assert first.published == "2026-03-12T08:00:00+00:00"
    assert second.outlet == "global-ledger.example"
    assert second.published is None


def test_rss_feed_gives_one_article_per_item_with_full_content(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lakeshore Tribune</title><link>https://lt.example</link><description>d</description>
<item><title>Port approves terminal</title><link>https://lt.example/port</link>
<guid>lt-port</guid><pubDate>Thu, 12 Mar 2026 10:00:00 +0100</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The harbour authority approved a terminal.</p><p>&#8220;A good day,&#8221; the mayor said.</p>]]></content:encoded>
</item>
<item><title>Second</title><link>https://lt.example/second</link><guid>lt-2</guid>
<description>Only a summary here.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    first, second = read_all(f)
    assert first.text == "The harbour authority approved a terminal.\n\u201cA good day,\u201d the mayor said."
    assert first.outlet == "Lakeshore Tribune"
    assert first.published == "2026-03-12T10:00:00+01:00"
    assert first.source_id == "lt-port"
    assert second.text == "Only a summary here."


def test_atom_feed_entries_are_read(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Global Ledger</title><id>gl</id>
<updated>2026-03-12T12:00:00Z</updated>
<entry><title>Terminal approved</title><id>gl-1</id><link href="https://gl.example/1"/>
<updated>2026-03-12T12:00:00Z</updated><author><name>Ed Moss</name></author>
<content type="html">&lt;p&gt;The authority approved it.&lt;/p&gt;</content></entry></feed>""",
        encoding="utf-8",
    )
    [article] = read_all(f)
    assert article.text == "The authority approved it."
    assert article.byline == "Ed Moss"
    assert article.published == "2026-03-12T12:00:00+00:00"


def make_warc(records: list[tuple[str, bytes]], broken_tail: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers))
    data = buffer.getvalue()
    if broken_tail:
        data += gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n<html>trunc")
    return data


def test_warc_html_responses_become_articles(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(
        make_warc(
            [
                ("https://harbourcourier.example/a", page("Port approves terminal", BODY).encode()),
                ("https://harbourcourier.example/b", page("Second page here", BODY[:1] + ["Other news entirely."]).encode()),
            ]
        )
    )
    first, second = read_all(f)
    assert first.url == "https://harbourcourier.example/a"
    assert first.format == "warc"
    assert second.title == "Second page here"
