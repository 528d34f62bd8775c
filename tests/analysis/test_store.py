"""Analyses are stored, versioned, and recomputed only when the version changes."""

from corroborate.analysis import pipeline
from corroborate.analysis.store import ensure_analyses, load_analysis
from corroborate.store.sqlite import Store
from corroborate.types import Article, Origin

TEXTS = [
    "“We will not back down,” Ontario Premier Doug Ford said on Thursday.",
    "A Canadian official said trade was worth C$56 billion last year.",
]


def _store(tmp_path):
    store = Store(tmp_path / "x.db")
    for i, text in enumerate(TEXTS):
        store.add_article(Article(id=f"a{i}", text=text, published="2025-03-07T10:00:00+00:00"), Origin(path=f"{i}.txt", format="text"))
    return store


def test_missing_analyses_are_computed_and_stored(tmp_path, settings):
    with _store(tmp_path) as store:
        report = ensure_analyses(store, settings)
        assert sorted(report.computed) == ["a0", "a1"] and not report.failed
        loaded = load_analysis(store, "a0")
        assert loaded is not None and loaded.version == pipeline.analysis_version(settings)
        assert loaded.quotes[0].speaker_name == "Doug Ford"


def test_recompute_only_when_the_version_changes(tmp_path, settings, monkeypatch):
    with _store(tmp_path) as store:
        ensure_analyses(store, settings)
        again = ensure_analyses(store, settings)
        assert again.computed == [] and sorted(again.up_to_date) == ["a0", "a1"]
        monkeypatch.setattr(pipeline, "CODE_VERSION", pipeline.CODE_VERSION + ".test")
        changed = ensure_analyses(store, settings)
        assert sorted(changed.computed) == ["a0", "a1"]
        assert load_analysis(store, "a1").version.startswith(f"analysis-{pipeline.CODE_VERSION}-")


def test_the_version_carries_a_digest_of_the_analysis_sources(settings, monkeypatch):
    version = pipeline.analysis_version(settings)
    assert f"-{pipeline.code_digest()}." in version
    pipeline.code_digest.cache_clear()
    monkeypatch.setattr(pipeline.Path, "read_bytes", lambda self: b"edited " + self.name.encode())
    try:
        assert pipeline.analysis_version(settings) != version
    finally:
        pipeline.code_digest.cache_clear()


def test_one_bad_article_is_recorded_and_the_batch_goes_on(tmp_path, settings):
    with _store(tmp_path) as store:
        huge = "word " * 220_000  # longer than spaCy's max_length
        store.add_article(Article(id="big", text=huge), Origin(path="big.txt", format="text"))
        seen = []
        report = ensure_analyses(store, settings, on_item=lambda i, r: seen.append(i))
        assert sorted(report.computed) == ["a0", "a1"]
        assert [e.item for e in report.failed] == ["big"] and "too long" in report.failed[0].reason
        assert any(e.item == "big" for e in store.errors())
        assert sorted(seen) == ["a0", "a1", "big"]
        assert load_analysis(store, "big") is None


def test_analyze_many_in_two_processes_gives_the_same_results_in_order(settings):
    from dataclasses import replace

    articles = [Article(id=f"m{i}", text=TEXTS[i % 2]) for i in range(6)]
    serial = list(pipeline.analyze_many(articles, replace(settings, n_process=1, batch_size=2)))
    parallel = list(pipeline.analyze_many(articles, replace(settings, n_process=2, batch_size=2)))
    assert [i for i, _ in parallel] == [a.id for a in articles]
    assert [r.model_dump() for _, r in parallel] == [r.model_dump() for _, r in serial]
