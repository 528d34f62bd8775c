"""The embedded store: one SQLite file. See :class:`corroborate.store.sqlite.Store`."""

from corroborate.store.sqlite import Store

__all__ = ["Store"]
