"""`newsevents serve`: the REST API and the web page (FastAPI app in `newsevents.api`, run by uvicorn)."""

from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the newsevents CLI."""
    app.command()(serve)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind. Anything but loopback needs an API key."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    db: Optional[str] = typer.Option(None, help="Event store: SQLite path or database URL (env NEWSEVENTS_DB). "
                                                "Without it only /extract works."),
    tiles_url: Optional[str] = typer.Option(None, help="Map tile URL template, e.g. https://tile.example/{z}/{x}/{y}.png "
                                                       "(env NEWSEVENTS_TILES_URL). Default: offline country outlines only."),
    allow_anonymous_writes: bool = typer.Option(False, help="Allow writes without NEWSEVENTS_API_KEY on a "
                                                             "non-loopback address."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve the REST API and the web page."""
    from .api import Settings, create_app
    from .api.guards import is_loopback_host

    settings = Settings.from_env(db=db, tiles_url=tiles_url)
    if not settings.api_key and not is_loopback_host(host) and not allow_anonymous_writes:
        typer.echo(f"error: binding to {host} exposes the API beyond this machine; set NEWSEVENTS_API_KEY so that "
                   "writes need a key (or pass --allow-anonymous-writes)", err=True)
        raise typer.Exit(2)
    store = None
    if settings.db:
        # Opened here rather than at app start-up so a bad path or URL is a message, not a traceback.
        from .store import EventStore, StoreError

        try:
            store = EventStore(settings.db)
        except StoreError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)

    import uvicorn

    try:
        uvicorn.run(create_app(settings, store=store), host=host, port=port, log_level=log_level.lower())
    except OSError as exc:
        typer.echo(f"error: cannot serve on {host}:{port}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1)
