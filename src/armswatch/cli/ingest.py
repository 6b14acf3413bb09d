"""`armswatch ingest` and `armswatch watch`."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json, settings_from


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("watch")(watch_cmd)


def ingest_cmd(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(..., help="Files, folders (recursive), http(s) URLs, or '-' for stdin."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private/loopback addresses."),
    max_bytes: int = typer.Option(None, "--max-bytes", help="Largest input accepted (default 5 MiB)."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store articles without extracting claims."),
    no_screen: bool = typer.Option(False, "--no-screen", help="Do not screen extracted parties."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes for extraction and screening."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Ingest articles, extract their claims and screen their parties."""
    from armswatch.ingestion.pipeline import ingest
    from armswatch.ingestion.sources import skipped_note

    settings = settings_from(ctx, allow_private=allow_private or None, max_bytes=max_bytes,
                             extract=False if no_extract else None, screen=False if no_screen else None)
    store = open_store_from(ctx, settings)
    out, err = console(), console(stderr=True)

    def report(outcome) -> None:  # noqa: ANN001
        if outcome.status == "failed":
            err.print(f"[red]failed[/red]   {outcome.error.code} {outcome.error}", markup=True)
        elif not as_json:
            near = f" (near-duplicate of {outcome.duplicate_of})" if outcome.duplicate_of else ""
            out.print(f"{outcome.status:<9} {outcome.doc_id}  {outcome.title or outcome.origin}{near}",
                      markup=False)

    with _progress(err) as advance:
        def on_outcome(outcome) -> None:  # noqa: ANN001
            advance()
            report(outcome)

        summary = ingest(targets, store, settings, on_outcome=on_outcome, workers=workers)
    if as_json:
        print_json(summary.to_dict())
    else:
        out.print(f"stored {summary.stored}, duplicate {summary.duplicate}, failed {summary.failed}"
                  f" (near-duplicates linked: {summary.near_duplicates})")
    if note := skipped_note(summary.skipped):
        err.print(f"note: {note}", markup=False)
    if summary.failed:
        raise typer.Exit(1)


def watch_cmd(
    ctx: typer.Context,
    feeds: list[str] = typer.Argument(..., help="RSS/Atom feed URLs or files."),
    every: str = typer.Option("15m", "--every", help="Polling interval: 30s, 15m, 1h."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and exit."),
    allow_private: bool = typer.Option(False, "--allow-private"),
) -> None:
    """Poll feeds; ingest each new item once (ETag/Last-Modified and seen ids are kept)."""
    from armswatch.ingestion.watch import parse_interval, watch

    settings = settings_from(ctx, allow_private=allow_private or None)
    store = open_store_from(ctx, settings)
    out = console()
    failed = watch(feeds, store, settings, interval=parse_interval(every), once=once,
                   on_outcome=lambda o: out.print(
                       f"{o.status:<9} {o.doc_id or ''} {o.error or o.title or o.origin}", markup=False))
    if failed:
        raise typer.Exit(1)


class _progress:
    """A Rich progress spinner on a TTY; silent otherwise."""

    def __init__(self, err) -> None:  # noqa: ANN001
        self.err = err
        self.progress = None

    def __enter__(self):  # noqa: ANN204
        if not self.err.is_terminal:
            return lambda: None
        from rich.progress import Progress, SpinnerColumn, TextColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), console=self.err,
                                 transient=True)
        self.progress.start()
        task = self.progress.add_task("ingest", total=None)
        return lambda: self.progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()
