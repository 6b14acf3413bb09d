"""Root Typer app: global options, command discovery, error handling.

Command modules are found with ``pkgutil`` and import nothing heavy at module
level, so ``armswatch --help`` answers instantly.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from armswatch.exc import ArmswatchError

app = typer.Typer(
    name="armswatch",
    help="Turn news reporting into an evidence-backed, sanctions-screened ledger of arms transfers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", envvar="ARMSWATCH_DB",
                           help="Store: a SQLite path (default ./armswatch.db) or postgresql://…"),
) -> None:
    """Global options shared by every command."""
    ctx.obj = {"db": db}


# Modules listed here come first in `--help`, in the order of the data flow; others follow by name.
ORDER = ("ingest", "docs", "extract", "claims", "lists", "screen", "events", "sources", "alerts", "export", "serve")


def _register_commands() -> None:
    import armswatch.cli as package

    def rank(name: str) -> tuple[int, str]:
        return (ORDER.index(name) if name in ORDER else len(ORDER), name)

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: rank(i.name)):
        if info.name.startswith("_") or info.name in ("main", "common"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def run() -> None:
    """Entry point: run the app, turning expected errors into one line and exit code 1."""
    try:
        app()
    except ArmswatchError as exc:
        print(f"error {exc.code}: {exc}", file=sys.stderr)
        sys.exit(1)
