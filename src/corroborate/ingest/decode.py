"""Bytes to text: BOMs, declared charsets, UTF-8, cp1252 and mixed files; binary rejected.

Returns the text and a note when the decoding needed a fallback, so the caller can tell
the user what happened instead of silently mangling characters.
"""

from __future__ import annotations

import codecs
import re

from corroborate.errors import BinaryInput, EmptyInput, EncodingProblem

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Bytes that are control characters in every text encoding we accept.
_CONTROL = set(range(9)) | {11, 12} | set(range(14, 32)) | {127}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (NULs, many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b in _CONTROL)
    return control / len(sample) > 0.05


def decode(data: bytes, item: str) -> tuple[str, str | None]:
    """Decode ``data`` to text. Returns ``(text, note)``; ``note`` says when a fallback was used.

    Raises :class:`EmptyInput`, :class:`BinaryInput` or :class:`EncodingProblem`."""
    if not data.strip():
        raise EmptyInput("empty input (no bytes, or only white space)", item=item)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingProblem(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start})",
                    item=item,
                ) from exc
            return _check_text(text, item), None
    if looks_binary(data):
        raise BinaryInput(
            "binary data, not text (NUL or control bytes); expected text, HTML, JSON, a feed or WARC",
            item=item,
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = _DECLARED.search(data[:2048])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            if codecs.lookup(name).name not in ("utf-8",):
                return data.decode(name), f"decoded as declared charset {name}"
        except (LookupError, UnicodeDecodeError):
            pass
    # Mixed files: UTF-8 lines with some cp1252 lines (a common result of concatenation).
    lines = data.split(b"\n")
    out: list[str] = []
    fallback_lines = 0
    utf8_lines = 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise EncodingProblem(
                    f"invalid UTF-8 at byte {first_bad} and not cp1252 either; "
                    "re-save the file as UTF-8",
                    item=item,
                ) from exc
            fallback_lines += 1
    note = (
        "decoded as cp1252 (not valid UTF-8)"
        if utf8_lines == 0
        else f"mixed encodings: {fallback_lines} lines decoded as cp1252, {utf8_lines} as UTF-8"
    )
    return "\n".join(out), note


def _check_text(text: str, item: str) -> str:
    if not text.strip():
        raise EmptyInput("empty input (only a byte-order mark or white space)", item=item)
    return text
