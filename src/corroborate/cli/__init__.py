"""The ``corroborate`` command line. Each command group lives in its own module and
registers itself on :data:`app`; this module only assembles them."""

from __future__ import annotations

import importlib

from corroborate.cli.common import app

# Command modules, in the order their commands appear in --help.
_COMMAND_MODULES = [
    "corroborate.cli.ingest_cmd",
]

for _name in _COMMAND_MODULES:
    importlib.import_module(_name)


def main() -> None:
    app()


__all__ = ["app", "main"]
