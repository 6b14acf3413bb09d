"""The write dependency: token/session and CSRF checks, and who to write in the audit log."""

from __future__ import annotations

from fastapi import Request

from armswatch.serve.deps import who
from armswatch.serve.security import check_write


def writer(request: Request) -> str:
    """Authorise an API write; returns the analyst name for the audit log."""
    how = check_write(request, request.app.state.settings.token)
    return who(request, f"api:{how}")
