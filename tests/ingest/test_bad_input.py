"""Bad input: one clear error naming the item and the reason; the batch goes on."""

import codecs
import json

from corroborate.config import Settings
from corroborate.ingest import ingest_paths
from tests.ingest.conftest import page
from tests.ingest.test_readers import BODY, make_warc


def ingest(store, tmp_path, settings=None):
    return ingest_paths(store, [str(tmp_path)], settings or Settings())


def reasons(report):
    return {e.item.rsplit("/", 1)[-1]: (e.code, e.reason) for e in report.failed}


def test_each_bad_file_gets_one_error_and_good_files_are_still_stored(store, tmp_path):
    (tmp_path / "good.txt").write_text("Good headline\n\nA good body sentence about the port.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    (tmp_path / "truncated.json").write_text('{"title": "Cut", "text": "The story was cu')
    (tmp_path / "catalog.xml").write_text('<?xml version="1.0"?><catalog><book id="1"/></catalog>')
    (tmp_path / "broken.html").write_text("<html><body><div><div><span></div>")
    (tmp_path / "invalid.txt").write_bytes(b"Headline\n\nBad bytes \x81\x8d here and UTF-8 \xc3\xa9.\n\x81")
    report = ingest(store, tmp_path)
    got = reasons(report)
    assert set(got) == {"empty.txt", "blank.txt", "image.jpg", "truncated.json", "catalog.xml", "broken.html", "invalid.txt"}
    assert got["empty.txt"][0] == "C101" and "empty" in got["empty.txt"][1]
    assert got["image.jpg"][0] == "C102" and "binary" in got["image.jpg"][1]
    assert got["truncated.json"][0] == "C105" and "truncated" in got["truncated.json"][1]
    assert got["catalog.xml"][0] == "C106" and "<catalog>" in got["catalog.xml"][1]
    assert got["broken.html"][0] == "C105" and "no main text" in got["broken.html"][1]
    assert got["invalid.txt"][0] == "C104" and "UTF-8" in got["invalid.txt"][1]
    assert len(report.ingested) == 1
    # errors are recorded in the store too, and the good article is there
    assert {e.item.rsplit("/", 1)[-1] for e in store.errors()} == set(got)
    assert store.count_articles() == 1


def test_file_over_the_size_limit_is_rejected_with_the_limit_named(store, tmp_path):
    (tmp_path / "huge.txt").write_text("Headline\n\n" + "word " * 5000)
    report = ingest(store, tmp_path, Settings(max_bytes=10_000))
    [(code, reason)] = reasons(report).values()
    assert code == "C103" and "10,000" in reason


def test_cp1252_file_is_decoded_and_the_fallback_is_reported(store, tmp_path):
    (tmp_path / "cp.txt").write_bytes("Café reopens\n\nThe café’s owner said “welcome back”.\n".encode("cp1252"))
    report = ingest(store, tmp_path)
    [article] = store.articles()
    assert article.title == "Café reopens" and "“welcome back”" in article.text
    assert report.notes and "cp1252" in report.notes[0]


def test_mixed_utf8_and_cp1252_lines_are_each_decoded(store, tmp_path):
    data = "Mixed file\n\nUTF-8 line: naïve.\n".encode() + "cp1252 line: café.\n".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(data)
    report = ingest(store, tmp_path)
    [article] = store.articles()
    assert "naïve" in article.text and "café" in article.text
    assert "mixed encodings" in report.notes[0]


def test_utf16_with_bom_is_read(store, tmp_path):
    (tmp_path / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + "Wide headline\n\nText in UTF-16, naïve.\n".encode("utf-16-le"))
    ingest(store, tmp_path)
    [article] = store.articles()
    assert article.title == "Wide headline" and "naïve" in article.text


def test_jsonl_bad_lines_are_reported_by_line_and_the_rest_stored(store, tmp_path):
    lines = [
        json.dumps({"id": "1", "title": "One", "text": "First text."}),
        '{"id": "2", "title": "Two", "text": "Second',
        json.dumps({"id": "3", "title": "No text"}),
        json.dumps({"id": "4", "title": "Four", "text": "Fourth text."}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    report = ingest(store, tmp_path)
    assert [e.item.rsplit("#", 1)[-1] for e in report.failed] == ["line 2", "line 3"]
    assert "no article text" in report.failed[1].reason
    assert [a.source_id for a in store.articles()] == ["1", "4"]


def test_warc_with_a_broken_record_keeps_the_records_before_it(store, tmp_path):
    good = page("Port approves terminal", BODY).encode()
    (tmp_path / "crawl.warc.gz").write_bytes(make_warc([("https://hc.example/a", good)], broken_tail=True))
    report = ingest(store, tmp_path)
    assert len(report.ingested) == 1
    [error] = report.failed
    assert "broken WARC record" in error.reason and "crawl.warc.gz#record" in error.item


def test_feed_entry_without_text_is_reported_and_other_entries_kept(store, tmp_path):
    (tmp_path / "f.rss").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Empty</title><guid>e1</guid><description></description></item>
<item><title>Full</title><guid>e2</guid><description>Has a body.</description></item>
</channel></rss>"""
    )
    report = ingest(store, tmp_path)
    assert [e.item.rsplit("#", 1)[-1] for e in report.failed] == ["e1"]
    assert len(report.ingested) == 1


def test_a_page_that_is_only_its_furniture_is_refused_and_a_story_around_furniture_kept(store, tmp_path):
    # a scrape that caught only the page's frame holds no article
    frame = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
    rows = [
        {"title": "World", "maintext": frame, "url": "https://edition.example/a"},
        {"title": "Port reopens", "maintext": f"The port reopened on Friday, the mayor said.\n{frame}", "url": "https://edition.example/b"},
    ]
    (tmp_path / "pages.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    report = ingest(store, tmp_path)
    assert len(report.ingested) == 1 and len(report.failed) == 1
    failed = report.failed[0]
    assert failed.code == "C101" and "only the page's furniture" in failed.reason and "Chat with us" in failed.reason
    # a broadcaster's page footer alone, copyright line and all
    footer = (
        "External links are provided for reference purposes. ABC News is not responsible for the content of external "
        "Internet sites.\nCopyright © 2018 ABC News Internet Ventures. Yahoo! - ABC News Network"
    )
    (tmp_path / "pages.jsonl").write_text(json.dumps({"title": "ABC News", "maintext": footer, "url": "https://abc.example/c"}))
    report = ingest(store, tmp_path / "pages.jsonl")
    assert [f.code for f in report.failed] == ["C101"] and "External links" in report.failed[0].reason
