"""Pytest fixtures for the linking tests; the fixture texts live in linking_fixtures.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The fixture texts module sits beside this file; make it importable in every pytest import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from linking_fixtures import crane_articles


@pytest.fixture()
def crane():
    return crane_articles()


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2 embedder, loaded once."""
    from corroborate.config import Settings
    from corroborate.models import get_embedder

    return get_embedder(Settings().embedding_model)
