"""Turn the fields a reader found into an :class:`Article`: content id, credits, outlet
from the URL host, publish time normalised to ISO 8601."""

from __future__ import annotations

import email.utils
import re
from datetime import datetime
from urllib.parse import urlparse

from corroborate.errors import EmptyInput
from corroborate.furniture import only_furniture
from corroborate.ingest.credits import find_credits
from corroborate.types import Article, content_id

_OUTLET_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.")


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "://" in url else f"http://{url}").hostname
    if not host:
        return None
    return _OUTLET_PREFIX.sub("", host.lower())


def normalise_time(value: object) -> str | None:
    """ISO 8601 from what feeds, HTML metadata and JSON use; timezone kept where given.
    Returns None for values that are not times (never guesses a date from nothing)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        import dateparser

        parsed = dateparser.parse(
            text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        parsed = None
    return parsed.isoformat() if parsed else None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v).strip() for v in value if str(v).strip())
    text = str(value).strip()
    return text or None


def make_article(
    text: str,
    *,
    item: str,
    fmt: str,
    title: object = None,
    outlet: object = None,
    url: object = None,
    byline: object = None,
    published: object = None,
    source_id: object = None,
    language: object = None,
    extra: dict[str, object] | None = None,
) -> Article:
    """Build an Article; raises :class:`EmptyInput` when there is no body text."""
    if not text or not text.strip():
        raise EmptyInput("no article text found", item=item)
    if only_furniture(text):
        raise EmptyInput(f"no article text, only the page's furniture ({text.strip()[:60]!r})", item=item)
    url_s = _clean(url)
    title_s = _clean(title)
    outlet_s = _clean(outlet)
    host = outlet_from_url(url_s)
    return Article(
        # the publisher in the id: the URL's host (stable across formats), else the outlet
        id=content_id(title_s, text, host or outlet_s),
        text=text,
        title=title_s,
        outlet=outlet_s or host,
        url=url_s,
        byline=_clean(byline),
        published=normalise_time(published),
        source_id=_clean(source_id),
        language=_clean(language),
        format=fmt,
        credits=find_credits(text),
        extra={k: str(v) for k, v in (extra or {}).items() if v is not None and str(v) != ""},
    )
