"""The floors of the flat quality gates (``benchmarks/baselines/*.json``), shared by the
benchmarks that pin one figure per name: measured figures rounded down to 2 decimals,
raised and never lowered unless asked (``CORROBORATE_LOWER_FLOORS=1``). Not a benchmark:
``make bench`` runs it to no effect."""

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
    down with ``lower``), store the figures as measured and ``fields`` beside them."""
    data = json.loads(path.read_text()) if path.exists() else {}
    old = data.get("floors", {})
    merged = {k: v if (lower or k not in old) else max(v, old[k]) for k, v in floors_from(figures).items()}
    data.update({**fields, "measured": figures, "floors": merged})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n")
    return data
