"""The benchmark scripts under benchmarks/ as modules, for the quality tests to call."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@cache
def load_benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, loaded once per process."""
    spec = importlib.util.spec_from_file_location(f"corroborate_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
