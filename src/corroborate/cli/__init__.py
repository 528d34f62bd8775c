"""The ``corroborate`` command line. Each command group lives in its own module
``corroborate/cli/<name>_cmd.py`` and registers itself on :data:`app`; this module only
finds and imports them, so adding a command never touches a shared file."""

from __future__ import annotations

import importlib
import pkgutil

from corroborate.cli.common import app

# Order in --help: ingestion first, then the stages in pipeline order, then the rest.
_ORDER = ["ingest_cmd", "analysis_cmd", "linking_cmd", "brief_cmd", "analyze_cmd", "serve_cmd", "batch_cmd"]


def _command_modules() -> list[str]:
    found = {m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmd")}
    return [n for n in _ORDER if n in found] + sorted(found - set(_ORDER))


for _name in _command_modules():
    importlib.import_module(f"{__name__}.{_name}")


def _one_line(doc: str | None) -> str | None:
    """A docstring's first paragraph as one line: the command list of ``--help`` keeps the
    docstring's own line breaks otherwise."""
    if not doc:
        return None
    return " ".join(doc.strip().split("\n\n")[0].split())


for _info in app.registered_commands:
    if _info.short_help is None and _info.callback is not None:
        _info.short_help = _one_line(_info.callback.__doc__)


def main() -> None:
    app()


__all__ = ["app", "main"]
