"""`armswatch alerts add|list|remove|test|send`: rules and where their alerts go."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json

alerts_app = typer.Typer(help="Alert rules over new events, sanctioned parties and new designations.",
                         no_args_is_help=True)
SMTP = typer.Option(None, "--smtp", envvar="ARMSWATCH_SMTP", help="SMTP server host:port (default 127.0.0.1:25).")
MAIL_FROM = typer.Option(None, "--from", envvar="ARMSWATCH_MAIL_FROM", help="Sender address of alert emails.")


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")


def _transport(smtp: str | None, mail_from: str | None):  # noqa: ANN202
    import os

    from armswatch.assessment.alerts.deliver import Transport

    return Transport.parse(smtp, mail_from, smtp_user=os.environ.get("ARMSWATCH_SMTP_USER"),
                           smtp_password=os.environ.get("ARMSWATCH_SMTP_PASSWORD"))


@alerts_app.command("add")
def add_cmd(
    ctx: typer.Context,
    rule: str = typer.Argument(..., help="e.g. 'event type=transfer party=KP min-confidence=50', 'sanctioned', "
                                         "'designation list=un'"),
    webhook: list[str] = typer.Option(None, "--webhook", help="POST each alert as JSON here (repeatable)."),
    email: list[str] = typer.Option(None, "--email", help="Email each alert here (repeatable)."),
    name: str = typer.Option(None, "--name", help="A name for the rule (default: the rule text)."),
) -> None:
    """Add an alert rule and its destinations."""
    from armswatch.store.alerts import add_rule

    dests = [{"webhook": w} for w in webhook or []] + [{"email": e} for e in email or []]
    with open_store_from(ctx).begin() as conn:
        added = add_rule(conn, rule, dests, name)
    console().print(f"rule {added.id} '{added.name}' → {len(dests)} destination(s)", markup=False)


@alerts_app.command("list")
def list_cmd(ctx: typer.Context, as_json: bool = typer.Option(False, "--json"),
             outbox_limit: int = typer.Option(20, "--outbox", help="Show this many recent outbox rows.")) -> None:
    """Rules, their destinations, and the outbox (pending, sent, retrying)."""
    from armswatch.store.alerts import outbox, rules

    with open_store_from(ctx).connect() as conn:
        found = rules(conn)
        box = outbox(conn, limit=outbox_limit)
    if as_json:
        print_json({"rules": [r.__dict__ for r in found], "outbox": box})
        return
    out = console()
    for r in found:
        dests = ", ".join(f"{k}:{v}" for d in r.destinations for k, v in d.items())
        out.print(f"rule {r.id}: {r.name}  [{r.text}] → {dests}", markup=False)
    if not found:
        out.print("no rules")
    for a in box:
        extra = f" (attempts {a['attempts']}, next {a['next_attempt_at']}: {a['last_error']})" \
            if a["status"] == "pending" and a["attempts"] else ""
        out.print(f"  #{a['id']} {a['status']:<7} {a['subject']:<22} {a['destination']}{extra}", markup=False)


@alerts_app.command("remove")
def remove_cmd(ctx: typer.Context, rule: str = typer.Argument(..., help="Rule id or name.")) -> None:
    """Remove a rule (and its outbox rows)."""
    from armswatch.store.alerts import remove_rule

    with open_store_from(ctx).begin() as conn:
        remove_rule(conn, rule)
    console().print("removed")


@alerts_app.command("test")
def test_cmd(ctx: typer.Context, rule: str = typer.Option(None, "--rule", help="Only this rule (id or name)."),
             smtp: str = SMTP, mail_from: str = MAIL_FROM) -> None:
    """Send a test message to every destination now, and say which work."""
    from armswatch.assessment.alerts.send import try_rule
    from armswatch.store.alerts import rules

    with open_store_from(ctx).connect() as conn:
        found = [r for r in rules(conn) if rule is None or rule in (str(r.id), r.name)]
    out, failed = console(), 0
    for r in found:
        for dest, error in try_rule(r, _transport(smtp, mail_from)):
            failed += bool(error)
            out.print(f"{'FAIL' if error else 'ok  '} {r.name} → {dest}{': ' + error if error else ''}", markup=False)
    if failed:
        raise typer.Exit(1)


@alerts_app.command("send")
def send_cmd(ctx: typer.Context, smtp: str = SMTP, mail_from: str = MAIL_FROM,
             as_json: bool = typer.Option(False, "--json")) -> None:
    """Evaluate the rules and deliver every due alert (failures are retried later with backoff)."""
    from armswatch.assessment.alerts.send import send_due

    report = send_due(open_store_from(ctx), _transport(smtp, mail_from))
    if as_json:
        print_json(report.to_dict())
        return
    out = console()
    out.print(f"sent {len(report.sent)}, failed {len(report.failed)} (kept for retry)")
    for alert_id, error, retry in report.failed:
        out.print(f"  #{alert_id}: {error}; next try {retry}", markup=False)
