"""`armswatch export stix|ftm|csv|dossier`: STIX 2.1, FollowTheMoney, a CSV register, readable dossiers."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import typer

from armswatch.cli.common import console, open_store_from

export_app = typer.Typer(help="Export events: STIX 2.1, FollowTheMoney, CSV register, dossier reports.",
                         no_args_is_help=True)

OUTPUT = typer.Option("-", "--output", "-o", help="Output file, or '-' for stdout.")


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")


@contextmanager
def output(path: str, binary: bool = False) -> Iterator[IO[Any]]:
    """stdout for '-'; otherwise a temp file renamed into place only when writing succeeded."""
    if path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        (sys.stdout.buffer if binary else sys.stdout).flush()
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _filters(type: str | None, actor: str | None, recipient: str | None, country: str | None, since: str | None,
             until: str | None, min_confidence: int | None, typology: str | None) -> Any:
    from armswatch.export.filters import ExportFilters

    return ExportFilters(type=type, actor=actor, recipient=recipient, country=country, since=since, until=until,
                         min_confidence=min_confidence, typology=typology)


def _streamed(ctx: typer.Context, filters: Any, with_mentions: bool = True) -> tuple[Any, Callable[[], Any]]:
    from armswatch.export.select import Tracker, iter_hits, iter_records

    store = open_store_from(ctx)
    tracker = Tracker(iter_records(store, filters, with_mentions=with_mentions))

    def hits() -> Iterator[Any]:  # runs after the records were streamed, for their documents only
        yield from iter_hits(store, tracker.document_ids)

    return tracker, hits


def _done(kind: str, n: int, path: str) -> None:
    if path != "-":
        console(stderr=True).print(f"wrote {n} {kind} to {path}", markup=False)


# The same FILTERS as `armswatch events list`.
TYPE = typer.Option(None, "--type", help="transfer, production, test, evasion, enforcement, agreement, deployment")
ACTOR = typer.Option(None, "--actor")
RECIPIENT = typer.Option(None, "--recipient")
COUNTRY = typer.Option(None, "--country", help="Actor or recipient.")
SINCE = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="YYYY, YYYY-MM or YYYY-MM-DD.")
MIN_CONF = typer.Option(None, "--min-confidence", help="STIX confidence 0–100.")
TYPOLOGY = typer.Option(None, "--typology", help="e.g. front_companies")


@export_app.command("stix")
def stix_cmd(ctx: typer.Context, type: str = TYPE, actor: str = ACTOR, recipient: str = RECIPIENT,
             country: str = COUNTRY, since: str = SINCE, until: str = UNTIL, min_confidence: int = MIN_CONF,
             typology: str = TYPOLOGY, tlp: str = typer.Option("clear", "--tlp", help="clear, green, amber, "
                                                               "amber+strict or red (TLP 2.0)."),
             out: str = OUTPUT) -> None:
    """A STIX 2.1 bundle for OpenCTI and other TIPs (deterministic ids: re-imports update)."""
    from armswatch.export.stix import export_stix, write_bundle

    records, hits = _streamed(ctx, _filters(type, actor, recipient, country, since, until, min_confidence, typology))
    objects = export_stix(records, hits(), tlp=tlp)
    first = next(objects)  # validates the TLP level before any file is created
    with output(out) as f:
        n = write_bundle(_chain(first, objects), f)
    _done("STIX objects", n, out)


@export_app.command("ftm")
def ftm_cmd(ctx: typer.Context, type: str = TYPE, actor: str = ACTOR, recipient: str = RECIPIENT,
            country: str = COUNTRY, since: str = SINCE, until: str = UNTIL, min_confidence: int = MIN_CONF,
            typology: str = TYPOLOGY, out: str = OUTPUT) -> None:
    """FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tooling."""
    from armswatch.export.ftm import export_ftm, write_jsonl

    records, hits = _streamed(ctx, _filters(type, actor, recipient, country, since, until, min_confidence, typology))
    with output(out) as f:
        n = write_jsonl(export_ftm(records, hits()), f)
    _done("FtM entities", n, out)


@export_app.command("csv")
def csv_cmd(ctx: typer.Context, type: str = TYPE, actor: str = ACTOR, recipient: str = RECIPIENT,
            country: str = COUNTRY, since: str = SINCE, until: str = UNTIL, min_confidence: int = MIN_CONF,
            typology: str = TYPOLOGY, out: str = OUTPUT) -> None:
    """A register, one row per event, with SIPRI-like columns and uncertainty markers."""
    from armswatch.export.register import export_csv, write_csv

    records, _ = _streamed(ctx, _filters(type, actor, recipient, country, since, until, min_confidence, typology),
                           with_mentions=False)
    with output(out) as f:
        n = write_csv(export_csv(records), f)
    _done("rows (header included)", n, out)


@export_app.command("dossier")
def dossier_cmd(ctx: typer.Context, country: str = typer.Option(None, "--country", help="ISO2 code, e.g. KP."),
                entity: str = typer.Option(None, "--entity", help="A party's name as in `events list`."),
                since: str = SINCE, until: str = UNTIL, type: str = TYPE, min_confidence: int = MIN_CONF,
                fmt: str = typer.Option(None, "--format", help="html, md or pdf (default: from -o's extension)."),
                title: str = typer.Option(None, "--title"), out: str = OUTPUT) -> None:
    """A readable report for a country, entity or period: HTML (self-contained), Markdown or PDF."""
    from armswatch.exc import InvalidRequest
    from armswatch.export.dossier import export_dossier
    from armswatch.export.filters import ExportFilters
    from armswatch.export.select import iter_hits, iter_records

    fmt = (fmt or {".md": "md", ".pdf": "pdf"}.get(Path(out).suffix.lower(), "html")).lower()
    if fmt not in ("html", "md", "pdf"):
        raise InvalidRequest(f"unknown dossier format {fmt!r}; use html, md or pdf")
    if country and entity:
        raise InvalidRequest("give --country or --entity, not both")
    filters = ExportFilters(country=country.upper() if country else None, since=since, until=until, type=type,
                            min_confidence=min_confidence)
    store = open_store_from(ctx)
    naming = None
    if entity:  # a party, or named in the evidence (the web UI's entity page uses the same query)
        from armswatch.store.views_entity import event_ids_naming

        with store.connect() as conn:
            naming = event_ids_naming(conn, entity)
    records = list(iter_records(store, filters, with_text=True, event_ids=naming))
    hits = iter_hits(store, {d for r in records for d in r.documents}, entity=entity)
    subject = f"country {country.upper()}" if country else (f"entity {entity}" if entity else "all parties")
    result = export_dossier(records, hits, fmt, title=title or f"armswatch dossier: {subject}",
                            scope=_scope(subject, filters.describe(exclude=("country",))))
    with output(out, binary=fmt == "pdf") as f:
        f.write(result)
    _done(f"{fmt} dossier ({len(records)} events)", 1, out)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _scope(subject: str, extra: str) -> str:
    return subject if extra == "all events" else f"{subject}; {extra}"

