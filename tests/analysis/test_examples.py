"""The bundled example corpus: every quote, speaker, number and relative date listed in
examples/expected.json (see examples/EXPECTED.md) is found by the analysis."""

import json
import re
from pathlib import Path

import pytest

from corroborate.analysis.store import ensure_analyses, load_analysis
from corroborate.ingest import ingest_paths
from corroborate.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.skipif(not (EXAMPLES / "expected.json").exists(), reason="examples/ not present")


def _norm(name: str | None) -> str:
    name = (name or "").replace(" (unnamed)", "")
    return re.sub(r"['’]s\b", "", name).casefold().strip()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, settings):
    store = Store(tmp_path_factory.mktemp("examples") / "x.db")
    ingest_paths(store, [str(EXAMPLES)], settings)
    ensure_analyses(store, settings)
    articles = {a.title: a for a in store.articles()}
    analyses = {t: load_analysis(store, a.id) for t, a in articles.items()}
    yield articles, analyses, json.loads((EXAMPLES / "expected.json").read_text())
    store.close()


def test_every_expected_quote_is_found_with_its_speaker_and_kind(corpus):
    articles, analyses, expected = corpus
    missing = []
    for want in expected["quotes"]:
        article, analysis = articles[want["article"]], analyses[want["article"]]
        found = False
        for q in analysis.quotes:
            span = article.text[q.context_start : q.context_end] if q.context_start is not None else q.text
            if want["text"] in q.text or want["text"] in span:
                same_speaker = _norm(q.speaker_name) == _norm(want["speaker"])
                if same_speaker and q.kind == want["kind"] and q.unnamed == ("(unnamed)" in want["speaker"]):
                    found = True
        if not found:
            missing.append((want["speaker"], want["kind"], want["text"]))
    assert not missing, missing


def test_every_expected_number_is_normalised(corpus):
    _articles, analyses, expected = corpus
    missing = []
    for want in expected["numbers"]:
        hits = [
            n for n in analyses[want["article"]].quantities
            if (n.text in want["text"] or want["text"] in n.text)
            and n.value == pytest.approx(want["value"])
            and n.currency == want["currency"]
        ]
        if not hits:
            missing.append(want)
    assert not missing, missing


def test_every_expected_relative_date_is_resolved_against_the_publish_time(corpus):
    _articles, analyses, expected = corpus
    missing = []
    for want in expected["relative_dates"]:
        hits = [d for d in analyses[want["article"]].dates if (want["text"] in d.text or d.text in want["text"])]
        if not any(d.resolved == want["resolved"] for d in hits):
            missing.append((want, [(d.text, d.resolved) for d in hits]))
    assert not missing, missing


def test_a_relative_date_in_an_article_without_publish_time_stays_unresolved(corpus):
    articles, analyses, _ = corpus
    undated = [t for t, a in articles.items() if a.published is None]
    assert undated
    for title in undated:
        relative = [d for d in analyses[title].dates if d.relative]
        assert relative and all(d.resolved is None for d in relative)
