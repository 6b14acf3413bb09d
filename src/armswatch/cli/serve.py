"""`armswatch serve`: the analyst web UI and HTTP API."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, settings_from


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)


def serve_cmd(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host",
                                help="Address to bind; anything but loopback needs ARMSWATCH_TOKEN."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the analyst web UI at / and the JSON API at /api/ (OpenAPI: /api/openapi.json)."""
    import uvicorn

    from armswatch.serve.app import create_app

    settings = settings_from(ctx)
    app = create_app(settings, open_store_from(ctx, settings), host=host)
    if not app.state.templates:
        raise typer.Exit(1)
    where = f"[{host}]" if ":" in host else host
    console(stderr=True).print(f"armswatch serving on http://{where}:{port}/  (API: /api/, Ctrl-C stops)",
                               markup=False)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)
