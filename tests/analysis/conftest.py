import pytest

from corroborate.config import Settings
from corroborate.types import Article


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(n_process=1, batch_size=8)


@pytest.fixture(scope="session")
def analyze(settings):
    """Analyse a text (with an optional publish time, and with its credits found as ingest
    finds them when ``credits``) through the real spaCy model."""
    pytest.importorskip(settings.spacy_model)
    from corroborate.analysis.pipeline import analyze_article
    from corroborate.ingest.credits import find_credits

    cache = {}

    def run(text: str, published: str | None = "2025-03-07T10:00:00+00:00", credits: bool = False):
        key = (text, published, credits)
        if key not in cache:
            found = find_credits(text) if credits else ()
            cache[key] = analyze_article(Article(id="t" + str(len(cache)), text=text, published=published, credits=found), settings)
        return cache[key]

    return run


def check_offsets(text, analysis):
    """Every span of the analysis indexes the text it claims to."""
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
        for s, e in q.pieces:
            assert q.start <= s < e <= q.end
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        if q.cue is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
    for ent in analysis.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
        for r in ent.roles:
            assert text[r.start : r.end] == r.text
    for n in analysis.quantities:
        assert text[n.start : n.end] == n.text
        if n.measures is not None:
            assert text[n.measures_start : n.measures_end] == n.measures
    for d in analysis.dates:
        assert text[d.start : d.end] == d.text
