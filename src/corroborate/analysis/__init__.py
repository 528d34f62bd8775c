"""Per-article analysis: sentences, canonical entities with roles, quotes with speakers,
numbers and dates — one pure function of one article (:func:`analyze_article`)."""

from corroborate.analysis.types import (
    ArticleAnalysis,
    DateMention,
    Entity,
    Mention,
    Quantity,
    Quote,
    Role,
    Sentence,
)

__all__ = [
    "ArticleAnalysis",
    "DateMention",
    "Entity",
    "Mention",
    "Quantity",
    "Quote",
    "Role",
    "Sentence",
    "analysis_version",
    "analyze_article",
    "analyze_doc",
    "analyze_many",
    "ensure_analyses",
    "load_analysis",
]


def __getattr__(name: str):  # lazy: importing the types must not import spaCy
    if name in {"analysis_version", "analyze_article", "analyze_doc", "analyze_many"}:
        from corroborate.analysis import pipeline

        return getattr(pipeline, name)
    if name in {"ensure_analyses", "load_analysis"}:
        from corroborate.analysis import store

        return getattr(store, name)
    raise AttributeError(name)
