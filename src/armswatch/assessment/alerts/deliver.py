"""Delivering one alert: a JSON POST to a webhook (httpx) or a plain-text email over SMTP."""

from __future__ import annotations

import json
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from armswatch.exc import FetchError


@dataclass(frozen=True)
class Transport:
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    mail_from: str = "armswatch@localhost"
    timeout: float = 10.0
    smtp_user: str | None = None
    smtp_password: str | None = None
    starttls: bool = False

    @classmethod
    def parse(cls, smtp: str | None = None, mail_from: str | None = None, **kw: Any) -> Transport:
        values: dict[str, Any] = {k: v for k, v in kw.items() if v is not None}
        if smtp:
            host, _, port = smtp.rpartition(":") if ":" in smtp else (smtp, "", "25")
            values |= {"smtp_host": host or smtp, "smtp_port": int(port or 25)}
        if mail_from:
            values["mail_from"] = mail_from
        return cls(**values)


def send(destination: str, payload: dict[str, Any], transport: Transport) -> None:
    """Deliver to ``webhook:URL`` or ``email:ADDR``; raises FetchError when the destination fails."""
    kind, _, target = destination.partition(":")
    if kind == "webhook":
        _webhook(target, payload, transport)
    elif kind == "email":
        _email(target, payload, transport)
    else:
        raise FetchError(f"unknown alert destination {destination!r}")


def _webhook(url: str, payload: dict[str, Any], transport: Transport) -> None:
    import httpx

    try:
        response = httpx.post(url, json=payload, timeout=transport.timeout,
                              headers={"User-Agent": "armswatch-alerts/0.1"})
    except httpx.HTTPError as exc:
        raise FetchError(f"webhook {url}: {exc.__class__.__name__}: {exc}") from exc
    if response.status_code >= 300:
        raise FetchError(f"webhook {url} answered HTTP {response.status_code}")


def _email(address: str, payload: dict[str, Any], transport: Transport) -> None:
    msg = EmailMessage()
    msg["From"] = transport.mail_from
    msg["To"] = address
    msg["Subject"] = f"[armswatch] {payload.get('summary') or payload.get('subject')}"[:200]
    msg.set_content(f"{payload.get('summary', '')}\n\nRule: {payload.get('rule')}\n\n"
                    + json.dumps(payload, indent=2, ensure_ascii=False, default=str))
    try:
        with smtplib.SMTP(transport.smtp_host, transport.smtp_port, timeout=transport.timeout) as smtp:
            if transport.starttls:
                smtp.starttls()
            if transport.smtp_user:
                smtp.login(transport.smtp_user, transport.smtp_password or "")
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise FetchError(f"email to {address} via {transport.smtp_host}:{transport.smtp_port}: {exc}") from exc
