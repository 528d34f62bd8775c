"""What several benchmarks share (not a benchmark: ``make bench`` runs it to no effect):

* the floors of the flat quality gates (``benchmarks/baselines/*.json``) of the benchmarks
  that pin one figure per name: measured figures rounded down to 2 decimals, raised and never
  lowered unless asked (``CORROBORATE_LOWER_FLOORS=1``);
* the analysis of a batch of articles, as the pipeline computes it, where a failed article
  fails the run;
* the rows of a JSON-lines corpus of ../shared/data/stories by id;
* precision, recall and F1 from counts."""

from __future__ import annotations

import json
import math
from pathlib import Path


def floors_from(figures: dict[str, float]) -> dict[str, float]:
    """Floors: measured figures rounded down to 2 decimals."""
    return {k: math.floor(v * 100 + 1e-9) / 100 for k, v in figures.items()}


def below_floor(figures: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """(measured, floor) of every figure below its floor; a figure not measured is 0."""
    return {k: (figures.get(k, 0.0), f) for k, f in floors.items() if figures.get(k, 0.0) < f}


def raise_floors(figures: dict[str, float], path: Path, lower: bool = False, **fields) -> dict:
    """Raise the floors stored at ``path`` to the new measured ones (a floor only goes
    down with ``lower``), store the figures as measured and ``fields`` beside them (a field
    given as None keeps its stored value)."""
    data = json.loads(path.read_text()) if path.exists() else {}
    old = data.get("floors", {})
    merged = {k: v if (lower or k not in old) else max(v, old[k]) for k, v in floors_from(figures).items()}
    data.update({**{k: v for k, v in fields.items() if v is not None}, "measured": figures, "floors": merged})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n")
    return data


def analyse_all(articles: list, n_process: int = 1, batch_size: int = 16):
    """(article id, ArticleAnalysis) of each article, as the pipeline computes them in a
    batch; a failed article fails the run."""
    from dataclasses import replace

    from corroborate.analysis.pipeline import analyze_many
    from corroborate.config import Settings
    from corroborate.types import ItemError

    settings = replace(Settings.from_env(), n_process=n_process, batch_size=batch_size)
    for article_id, result in analyze_many(articles, settings):
        if isinstance(result, ItemError):
            raise RuntimeError(f"analysis failed on {article_id}: {result.reason}")  # noqa: TRY004 - a failed run, not a type error
        yield article_id, result


def jsonl_rows(corpus: Path, ids: set[str]) -> dict[str, dict]:
    """The rows (by id, in file order) of the articles ``ids`` of a JSON-lines corpus."""
    rows = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ids:
                rows[row["id"]] = row
    return rows


def prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 (4 decimals) of ``tp`` right of ``predicted`` found and
    ``gold`` to find; 0.0 where a count is 0."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
