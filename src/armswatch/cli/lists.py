"""`armswatch lists load|update|show`: versioned sanctions list snapshots."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json, settings_from

lists_app = typer.Typer(help="Load, update and inspect sanctions lists.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(lists_app, name="lists")


@lists_app.command("load")
def load_cmd(
    ctx: typer.Context,
    target: str = typer.Argument(..., help="List file or URL."),
    fmt: str = typer.Option(None, "--format", help="un-xml|ofac-csv|ofac-xml|ftm|opensanctions-csv|uk-csv|ca-xml"),
    source: str = typer.Option(None, "--source", help="List key to store it under (default from format)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private/loopback addresses."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Load one list file as a new version (swapped in atomically; a bad file changes nothing)."""
    from armswatch.screening.loaders import load_list
    from armswatch.store import screening

    settings = settings_from(ctx, allow_private=allow_private or None)
    snap = load_list(target, fmt, source=source, settings=settings)
    store = open_store_from(ctx, settings)
    with store.begin() as conn:
        sid, changed = screening.save_snapshot(conn, snap)
    info = {**snap.summary(), "snapshot": sid, "changed": changed}
    if as_json:
        print_json(info)
    else:
        state = "loaded" if changed else "unchanged (same sha256 already active)"
        console().print(f"{state}: {snap.source} {len(snap.entries)} entries, list date {snap.list_date or '?'},"
                        f" sha256 {snap.sha256[:16]}", markup=False)


@lists_app.command("update")
def update_cmd(
    ctx: typer.Context,
    source: list[str] = typer.Option(None, "--source", help="key=URL (repeatable); replaces the URL table."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private/loopback addresses."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Fetch the official lists from their publishers (or --source / ARMSWATCH_LIST_URLS)."""
    from armswatch.screening.update import update

    settings = settings_from(ctx, allow_private=allow_private or None)
    results = update(open_store_from(ctx, settings), settings, source or None)
    if as_json:
        print_json([r.to_dict() for r in results])
    else:
        out = console()
        for r in results:
            extra = f"{r.entries} entries" if not r.error else f"error {r.error.code}: {r.error}"
            out.print(f"{r.status:<9} {r.source:<14} {extra}", markup=False)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


@lists_app.command("show")
def show_cmd(
    ctx: typer.Context,
    diff: bool = typer.Option(False, "--diff", help="Name additions and removals vs the previous version."),
    all_versions: bool = typer.Option(False, "--all", help="Show inactive versions too."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Loaded lists: publisher, list date, entries, file hash, loaded at."""
    from armswatch.store import screening

    with open_store_from(ctx).connect() as conn:
        snaps = screening.snapshots(conn, active_only=not all_versions)
        diffs = {s["source"]: screening.diff(conn, s["source"]) for s in snaps if s["active"]} if diff else {}
    if as_json:
        print_json({"lists": snaps, "diff": diffs} if diff else {"lists": snaps})
        return
    out = console()
    if not snaps:
        out.print("no list loaded: screening uses the built-in starter list (UN 1718 designations)")
    for s in snaps:
        mark = "*" if s["active"] else " "
        out.print(f"{mark} {s['source']:<14} {s['publisher']:<40} date {s['list_date'] or '?':<10} "
                  f"{s['entries']:>6} entries  sha256 {s['sha256'][:16]}  loaded {s['loaded_at']}", markup=False)
        d = diffs.get(s["source"])
        if d:
            out.print(f"    +{len(d['added'])} added, -{len(d['removed'])} removed vs previous version", markup=False)
            for a in d["added"][:50]:
                out.print(f"    + {a['id']}  {a['caption']}", markup=False)
            for r in d["removed"][:50]:
                out.print(f"    - {r['id']}  {r['caption']}", markup=False)
