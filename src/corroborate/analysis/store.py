"""Stored analyses: computed once per article and version, recomputed when the code or
model version changes (see :func:`~corroborate.analysis.pipeline.analysis_version`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from corroborate.analysis.pipeline import analysis_version, analyze_many
from corroborate.analysis.types import ArticleAnalysis
from corroborate.config import Settings
from corroborate.types import ItemError


@dataclass
class AnalysisReport:
    """What :func:`ensure_analyses` did."""

    version: str
    computed: list[str] = field(default_factory=list)
    up_to_date: list[str] = field(default_factory=list)
    failed: list[ItemError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def ensure_analyses(
    store,
    settings: Settings | None = None,
    ids: Iterable[str] | None = None,
    on_item: Callable[[str, ArticleAnalysis | ItemError], None] | None = None,
) -> AnalysisReport:
    """Analyse the stored articles (all, or ``ids``) whose analysis is missing or has
    another version, and store the results. Failures are recorded in the store's error
    list and in the report; they never stop the batch."""
    settings = settings or Settings.from_env()
    version = analysis_version(settings)
    report = AnalysisReport(version=version)
    stored = store.analysis_versions()
    wanted = list(ids) if ids is not None else [a.id for a in store.articles()]
    todo = []
    for article_id in dict.fromkeys(wanted):
        if stored.get(article_id) == version:
            report.up_to_date.append(article_id)
        else:
            todo.append(article_id)
    if not todo:
        return report
    articles = store.articles(todo)
    for article_id, result in analyze_many(articles, settings):
        if isinstance(result, ItemError):
            report.failed.append(result)
            store.record_error(result)
        else:
            store.put_analysis(article_id, version, result.model_dump(mode="json"))
            report.computed.append(article_id)
        if on_item is not None:
            on_item(article_id, result)
    return report


def load_analysis(store, article_id: str, version: str | None = None) -> ArticleAnalysis | None:
    """The stored analysis of ``article_id`` (of ``version`` when given), or None."""
    data = store.get_analysis(article_id, version)
    if data is None:
        return None
    return ArticleAnalysis.model_validate(data)
