"""The web app: server-rendered pages and the JSON API over one store.

``create_app(db)`` returns a FastAPI app. Every error has one shape on the API,
``{"error": {"code", "message", "item"}}`` (HTML pages get an error page with the same
status); responses carry a strict Content-Security-Policy; request bodies and query
strings are size-limited.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from corroborate import __version__
from corroborate.errors import CorroborateError, NotFound
from corroborate.store import Store
from corroborate.web.data import StoredDataInvalid, WebData

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
MAX_BODY = 1_000_000
MAX_QUERY = 8_192

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

STATUS_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
}


def error_body(status: int, message: str, item: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code or STATUS_CODES.get(status, f"http_{status}"), "message": message, "item": item}}


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI, no buffering)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _BodyTooLarge(Exception):
    pass


class RequestLimits:
    """Rejects bodies over ``max_body`` bytes (413) and query strings over ``max_query`` (414),
    in the API's error shape, before any route sees them."""

    def __init__(
        self, app, max_body: int = MAX_BODY, max_query: int = MAX_QUERY, allowed_hosts: list[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.max_query = max_query
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def _reject(self, send, status: int, message: str, item: str | None = None) -> None:
        body = json.dumps(error_body(status, message, item)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_query:
            await self._reject(send, 414, f"query string over {self.max_query} bytes")
            return
        headers = scope.get("headers", [])
        if self.allowed_hosts is not None:
            host = next((v.decode("latin-1") for k, v in headers if k == b"host"), "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in self.allowed_hosts:
                # a page of this server loaded under another name (DNS rebinding): refuse
                await self._reject(send, 400, "this server answers only to its loopback names", host or None)
                return
        for name, value in headers:
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    await self._reject(send, 400, "invalid Content-Length header")
                    return
                if length > self.max_body:
                    await self._reject(send, 413, f"request body over {self.max_body:,} bytes")
                    return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._reject(send, 413, f"request body over {self.max_body:,} bytes")


def create_app(
    db: str | Path | Store,
    *,
    max_body: int = MAX_BODY,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The web app over the store ``db`` (a path to the SQLite file, or an open Store)."""
    from corroborate.web.api import router as api_router
    from corroborate.web.pages import router as pages_router
    from corroborate.web.pages import templates

    store = db if isinstance(db, Store) else Store(db)
    app = FastAPI(
        title="Corroborate",
        version=__version__,
        summary="Stories, articles, analyses, comparisons and cited briefs from a Corroborate store.",
        description="Every error has the shape `{\"error\": {\"code\", \"message\", \"item\"}}`. "
        "Lists are paginated with `limit` and `offset` and return `items` and `total`.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        generate_unique_id_function=lambda route: route.name,  # operationId = the function's name
    )
    app.state.store = store
    app.state.data = WebData(store)

    def respond(request: Request, status: int, message: str, item: str | None, code: str | None = None) -> Response:
        if _is_api(request.url.path):
            return JSONResponse(error_body(status, message, item, code), status_code=status)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"title": f"Error {status}", "status": status, "message": message, "item": item},
            status_code=status,
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return respond(request, 404, exc.reason, exc.item)

    @app.exception_handler(StoredDataInvalid)
    async def stored_invalid(request: Request, exc: StoredDataInvalid) -> Response:
        log.warning("%s", exc)
        return respond(request, 500, exc.reason, exc.item, code="stored_data_invalid")

    @app.exception_handler(CorroborateError)
    async def corroborate_error(request: Request, exc: CorroborateError) -> Response:
        return respond(request, 400, exc.reason, exc.item, code=exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint"
        response = respond(request, exc.status_code, message, request.url.path)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
        message = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors[:5]
        )
        return respond(request, 422, message or "invalid request", loc or None)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:  # pragma: no cover - a bug
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(error_body(500, "internal error", request.url.path), status_code=500)

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.add_middleware(RequestLimits, max_body=max_body, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


__all__ = ["HTMLResponse", "create_app", "error_body"]
