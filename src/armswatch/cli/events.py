"""`armswatch events …` (list, show, merge, split, grade) and `armswatch timeline`."""

from __future__ import annotations

from typing import Any

import typer

from armswatch.cli.common import console, open_store_from, print_json

events_app = typer.Typer(help="Events: claims from independent sources merged, graded and reviewable.",
                         no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(events_app, name="events")
    app.command("timeline")(timeline_cmd)


def _parties(e: dict[str, Any]) -> str:
    sep = " ↔ " if e["type"] == "agreement" else " → "
    return f"{e['actor'] or '?'}{sep}{e['recipient'] or '?'}"


def _status(e: dict[str, Any]) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in e["status_counts"].items())
    return f"{e['status']} ({counts})" if counts else e["status"]


@events_app.command("list")
def list_cmd(
    ctx: typer.Context,
    type: str = typer.Option(None, "--type", help="transfer, production, test, evasion, enforcement, …"),
    actor: str = typer.Option(None, "--actor"), recipient: str = typer.Option(None, "--recipient"),
    country: str = typer.Option(None, "--country", help="Actor or recipient."),
    min_confidence: int = typer.Option(None, "--min-confidence", help="STIX confidence 0–100."),
    since: str = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
    typology: str = typer.Option(None, "--typology", help="e.g. front_companies"),
    limit: int = typer.Option(50, "--limit"), as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List events, most recent first."""
    from rich.table import Table

    from armswatch.store.events import list_events

    with open_store_from(ctx).connect() as conn:
        rows = list_events(conn, type=type, actor=actor, recipient=recipient, country=country,
                           min_confidence=min_confidence, since=since, typology=typology, limit=limit)
    if as_json:
        print_json(rows)
        return
    table = Table("id", "date", "type", "parties", "item", "status", "sources", "grade", "conf", "typologies")
    for e in rows:
        table.add_row(str(e["id"]), e["date_first"] or "—", e["type"], _parties(e), e["item"] or "—", _status(e),
                      f"{e['sources']} ({e['articles']} art.)", e["admiralty"], str(e["confidence"] or "—"),
                      ", ".join(e["typologies"]))
    out = console()
    out.print(table)
    out.print(f"{len(rows)} event(s)")


@events_app.command("show")
def show_cmd(ctx: typer.Context, event_id: int = typer.Argument(...),
             as_json: bool = typer.Option(False, "--json")) -> None:
    """One event and every claim behind it: outlet, date, evidence, status, why it was merged."""
    from rich.markup import escape

    from armswatch.store.audit import entries
    from armswatch.store.events import get_event

    with open_store_from(ctx).connect() as conn:
        event = get_event(conn, event_id)
        event["audit"] = entries(conn, subject=f"event:{event_id}")
    if as_json:
        print_json(event)
        return
    out = console()
    out.print(f"[bold]Event {event['id']}[/bold]  {event['type']}  {escape(_parties(event))}  "
              f"{escape(event['item'] or '')}  {event['date_first'] or 'undated'}"
              + (f" … {event['date_last']}" if event["date_last"] != event["date_first"] else ""))
    out.print(f"status {_status(event)}; {event['sources']} independent source(s) in {event['articles']} "
              f"article(s): {escape(', '.join(event['origins']))}")
    over = " (analyst)" if event["credibility_override"] else ""
    out.print(f"Admiralty {event['admiralty']}{over}; STIX confidence {event['confidence'] or 'none (6)'}; "
              f"typologies: {', '.join(event['typologies']) or '—'}")
    for c in event["claims"]:
        pin = " [pinned]" if c["pinned"] else ""
        out.print(f"\n  claim {c['id']}{pin}  {c['status']}  {c['date'] or 'undated'}  {escape(c['outlet'] or '?')}"
                  f" ({(c['published'] or '')[:10]})  source: {escape(c['source'] or 'own voice')}"
                  f" → counts for {escape(c['origin_name'])}", markup=True)
        out.print("    " + escape(c["evidence"]), markup=True)
        out.print("    why: " + escape("; ".join(f"{k}={v}" for k, v in c["why"].items())), markup=True)
    for a in event["audit"]:
        out.print(f"\n  {a['at']} {escape(a['who'])} {a['action']}: {escape(a['why'])}", markup=True)


@events_app.command("merge")
def merge_cmd(ctx: typer.Context, event_ids: list[int] = typer.Argument(...),
              why: str = typer.Option(..., "--why"), who: str = typer.Option(None, "--who")) -> None:
    """Merge events into the first; their claims are pinned there."""
    from armswatch.store.event_actions import merge

    with open_store_from(ctx).begin() as conn:
        event = merge(conn, event_ids, why, who)
    console().print(f"merged into event {event['id']} ({len(event['claims'])} claims, {event['sources']} sources)")


@events_app.command("split")
def split_cmd(ctx: typer.Context, event_id: int = typer.Argument(...), claim_id: int = typer.Argument(...),
              why: str = typer.Option(..., "--why"), who: str = typer.Option(None, "--who")) -> None:
    """Move one claim out of an event into a new event."""
    from armswatch.store.event_actions import split

    with open_store_from(ctx).begin() as conn:
        event = split(conn, event_id, claim_id, why, who)
    console().print(f"claim {claim_id} is now event {event['id']}")


@events_app.command("grade")
def grade_cmd(ctx: typer.Context, event_id: int = typer.Argument(...),
              credibility: int = typer.Argument(..., help="Admiralty information credibility 1–6; 0 clears."),
              why: str = typer.Option(..., "--why"), who: str = typer.Option(None, "--who")) -> None:
    """Override an event's credibility grade (audited)."""
    from armswatch.store.event_actions import grade

    with open_store_from(ctx).begin() as conn:
        event = grade(conn, event_id, credibility or None, why, who)
    console().print(f"event {event['id']} graded {event['admiralty']} (STIX {event['confidence']})")


def timeline_cmd(
    ctx: typer.Context, country: str = typer.Option(None, "--country"),
    since: str = typer.Option(None, "--since"), type: str = typer.Option(None, "--type"),
    min_confidence: int = typer.Option(None, "--min-confidence"), limit: int = typer.Option(500, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Events in date order (undated ones last), in the terminal."""
    from rich.markup import escape

    from armswatch.store.events import list_events

    with open_store_from(ctx).connect() as conn:
        rows = list_events(conn, type=type, country=country, since=since, min_confidence=min_confidence,
                           limit=limit, order="chronological")
    if as_json:
        print_json(rows)
        return
    out, month = console(), None
    for e in rows:
        this = (e["date_first"] or "undated")[:7]
        if this != month:
            out.print(f"\n[bold]{this}[/bold]")
            month = this
        out.print(f"  {e['date_first'] or '':<10}  #{e['id']:<5} {e['type']:<11} {escape(_parties(e)):<22}"
                  f" {escape(e['item'] or ''):<28} {e['status']:<10} {e['admiralty']}  {e['sources']} src",
                  markup=True)
    if not rows:
        out.print("no events")


@events_app.command("rebuild")
def rebuild_cmd(ctx: typer.Context) -> None:
    """Re-cluster every stored claim (analysts' pins and grades are kept)."""
    from armswatch.store.event_build import recluster

    with open_store_from(ctx).begin() as conn:
        result = recluster(conn, None)
    console().print(f"events: {len(result.created)} new, {len(result.updated)} kept, {len(result.deleted)} removed")
