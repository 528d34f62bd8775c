"""Every exception Corroborate raises on purpose derives from :class:`CorroborateError`,
so a caller can catch "all of ours" in one clause.

Codes are stable and appear in messages as ``[C###]`` so users can search for them.
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Root of all Corroborate errors."""

    code = "C000"

    def __init__(self, message: str, *, item: str | None = None) -> None:
        self.item = item
        self.reason = message
        prefix = f"{item}: " if item else ""
        super().__init__(f"[{self.code}] {prefix}{message}")


class InputError(CorroborateError):
    """One input item (file, record, feed entry) could not be read. The batch goes on."""

    code = "C100"


class EmptyInput(InputError):
    code = "C101"


class BinaryInput(InputError):
    code = "C102"


class TooLarge(InputError):
    code = "C103"


class EncodingProblem(InputError):
    code = "C104"


class MalformedInput(InputError):
    code = "C105"


class UnsupportedFormat(InputError):
    code = "C106"


class StoreError(CorroborateError):
    """The store could not be opened or written."""

    code = "C200"


class NotFound(CorroborateError):
    """An id given by the user is not in the store."""

    code = "C201"


class ModelUnavailable(CorroborateError):
    """A configured model package is not installed."""

    code = "C300"
