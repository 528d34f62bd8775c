"""`corroborate serve`: the local web app and JSON API (FastAPI + uvicorn)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from corroborate.cli.common import DEFAULT_DB, DbOption, Exit, app, console

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to bind. Loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Browse stories, briefs, quotes, numbers and side-by-side diffs in a web browser; JSON API under /api/."""
    import uvicorn

    from corroborate.errors import CorroborateError
    from corroborate.store import Store
    from corroborate.web import create_app

    if not db.exists():
        console.print(f"[yellow]note:[/yellow] {db} does not exist yet: starting on an empty store.")
    try:
        store = Store(db)
    except CorroborateError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(Exit.FAILED) from exc
    loopback = is_loopback(host)
    if not loopback:
        console.print(
            f"[bold yellow]warning:[/bold yellow] binding to {host}, not loopback: anyone who can reach "
            "this machine on the network can read every article in the store. There is no authentication."
        )
    # on loopback, answer only to loopback names: a web page cannot reach the store by DNS rebinding
    bare = host.strip().strip("[]")
    allowed = ["127.0.0.1", "localhost", "[::1]", bare, f"[{bare}]"] if loopback else None
    application = create_app(store, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Corroborate on http://{shown}:{port}/  (API: /api/, schema: /api/openapi.json; Ctrl-C stops)")
    try:
        uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()
