"""Corroborate: read many news articles about the same events and tell what they share,
who copied whom, who said what, where they differ, with evidence.

The Python API lives in :mod:`corroborate.api`; the most used names are re-exported here.
"""

__version__ = "0.1.0"

from corroborate.errors import CorroborateError
from corroborate.types import Article, Credit, Span

__all__ = ["Article", "CorroborateError", "Credit", "Span", "__version__"]
