"""The bundled example corpus (examples/) ingests cleanly and matches examples/expected.json.

Real ingestion of the real folder into a temporary SQLite store; no mocks."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from corroborate.config import Settings
from corroborate.ingest import expand_paths, ingest_paths
from corroborate.store.sqlite import Store
from corroborate.types import ItemError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("examples") / "examples.db")
    report = ingest_paths(store, [str(EXAMPLES)], Settings())
    yield store, report
    store.close()


@pytest.fixture(scope="module")
def by_title(ingested):
    store, _ = ingested
    return {a.title: a for a in store.articles()}


def _check_module():
    spec = importlib.util.spec_from_file_location("examples_check_expected", EXAMPLES / "check_expected.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_file_ingests_without_errors(ingested):
    store, report = ingested
    assert report.failed == []
    assert store.errors() == []
    assert len(report.ingested) == len(EXPECTED["articles"]) == 15
    assert report.duplicates == []


def test_non_article_files_are_skipped_by_corroborateignore():
    names = {Path(s.path).name for s in expand_paths([str(EXAMPLES)]) if not isinstance(s, ItemError)}
    for skipped in ("EXPECTED.md", "expected.json", "README.md", "make_warc.py", "check_expected.py"):
        assert skipped not in names
    assert ".corroborateignore" not in names
    assert "meridianbiz.warc.gz" in names


def test_examples_cover_every_format(ingested):
    store, _ = ingested
    articles = store.articles()
    formats = Counter(a.format for a in articles)
    assert set(formats) >= {"text", "html", "json", "jsonl", "feed", "warc"}
    origin_formats = {o.format for a in articles for o in store.origins(a.id)}
    assert origin_formats == set(formats)
    suffixes = {
        Path(o.path.split("#", 1)[0]).name.split(".", 1)[1] for a in articles for o in store.origins(a.id)
    }
    assert {"txt", "html", "json", "jsonl", "rss", "atom", "warc.gz"} <= suffixes
    # containers hold several records, each with its own locator
    assert formats["feed"] >= 4 and formats["jsonl"] >= 2 and formats["warc"] >= 2


def test_rss_entries_carry_full_text_from_content_encoded(by_title):
    rss = [a for a in by_title.values() if a.outlet == "The Coastal Ledger"]
    assert len(rss) == 2
    for article in rss:
        assert len(article.text.split()) > 150  # the full content:encoded, not the one-line description
        assert article.byline and article.published and article.url


def test_wire_original_credit_lines_are_found(by_title):
    wire = by_title["Canada's Brandt opens Port Ellis talks on C$55.4 billion trade pact"]
    kinds = {c.kind: c for c in wire.credits}
    assert kinds["dateline"].text == "PORT ELLIS, March 6 (Northgate Wire) -"
    assert kinds["dateline"].agency == "Northgate Wire"
    assert kinds["copyright"].text == "© 2025 Northgate Wire"
    assert "Photo: Lena Ostrow/Northgate Wire" in wire.extra["photo_credits"]


def test_copies_keep_the_wire_credit_and_the_rewrite_drops_it(by_title):
    for link in EXPECTED["links"]:
        copy = by_title[link["b"]]
        credit_kinds = {c.kind for c in copy.credits}
        if link["relation"] in ("verbatim_copy", "edited_copy"):
            assert {"dateline", "copyright"} <= credit_kinds, link["b"]
        else:
            assert credit_kinds == set(), link["b"]


def test_verbatim_copy_has_the_same_body_as_the_wire_original(by_title):
    link = next(link for link in EXPECTED["links"] if link["relation"] == "verbatim_copy")
    original, copy = by_title[link["original"]], by_title[link["b"]]
    assert original.title != copy.title
    assert " ".join(original.text.split()) == " ".join(copy.text.split())


def test_expected_json_texts_occur_in_their_articles(ingested):
    store, report = ingested
    assert _check_module().check(EXPECTED, store, report) == []


def test_titles_are_unique_across_the_corpus(ingested):
    store, _ = ingested
    titles = [a.title for a in store.articles()]
    assert None not in titles
    assert len(set(titles)) == len(titles)


def test_at_least_five_outlets(ingested):
    store, _ = ingested
    outlets = {a.outlet for a in store.articles() if a.outlet}
    assert len(outlets) >= 5
    assert {e["outlet"] for e in EXPECTED["articles"]} >= {
        "Northgate Wire",
        "Ellis Evening Post",
        "Meridian Business Daily",
    }


def test_articles_with_metadata_have_outlet_time_and_url(ingested):
    store, _ = ingested
    for article in store.articles():
        if article.format == "text":
            continue  # plain text carries no metadata beyond headline and byline
        assert article.outlet, article.title
        assert article.url and ".example/" in article.url, article.title
        assert article.published and article.published.startswith("2025-03-0"), article.title


def test_jsonl_extra_field_is_kept(by_title):
    courier = by_title["Brandt vows to protect farmers as Velmark trade talks open"]
    assert courier.extra["section"] == "Agriculture"
    assert courier.source_id == "pc-2025-03-06-0142"


def test_expected_stories_cover_every_article_once_with_three_events():
    titles = [t for story in EXPECTED["stories"] for t in story]
    assert sorted(titles) == sorted(a["title"] for a in EXPECTED["articles"])
    events = Counter(a["event"] for a in EXPECTED["articles"])
    assert len(events) == 3 and events["E1"] >= 5
    assert events["E2"] + events["E3"] >= 4


def test_expected_json_has_every_required_finding():
    labels = {g["label"] for g in EXPECTED["quote_groups"]}
    assert {"verbatim", "altered", "paraphrase_as_quote", "trimmed", "cosmetic"} <= labels
    assert {q["kind"] for q in EXPECTED["quotes"]} == {"direct", "partial", "indirect"}
    assert any("unnamed" in q["speaker"] for q in EXPECTED["quotes"])
    number_labels = {g["label"] for g in EXPECTED["number_groups"]}
    assert number_labels == {"agree", "agree_rounding", "agree_conversion", "conflict"}
    assert {link["relation"] for link in EXPECTED["links"]} == {"verbatim_copy", "edited_copy", "rewrite"}
    first = EXPECTED["stories"][0][0]
    assert EXPECTED["independent_sources"][first] == 4


def test_reingesting_the_examples_is_a_no_op(tmp_path):
    with Store(tmp_path / "twice.db") as store:
        first = ingest_paths(store, [str(EXAMPLES)], Settings())
        second = ingest_paths(store, [str(EXAMPLES)], Settings())
        assert len(first.ingested) == 15
        assert second.ingested == [] and len(second.duplicates) == 15
        assert store.count_articles() == 15


def test_make_warc_rebuilds_the_committed_archive_byte_for_byte(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("examples_make_warc", EXAMPLES / "make_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = tmp_path / "warc" / "rebuilt.warc.gz"
    module.main()
    assert module.OUT.read_bytes() == (EXAMPLES / "warc" / "meridianbiz.warc.gz").read_bytes()
