"""Local web app and JSON HTTP API over a Corroborate store: ``create_app(db)``."""

from corroborate.web.app import create_app

__all__ = ["create_app"]
