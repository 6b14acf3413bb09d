"""Error taxonomy.

Every error armswatch raises on purpose is an :class:`ArmswatchError` with a
stable ``code`` (``AW1xx`` input, ``AW2xx`` fetch, ``AW3xx`` store, ``AW4xx``
sanctions lists, ``AW5xx`` extraction/assessment, ``AW6xx`` API) and the HTTP
``status`` the API answers with.  The CLI prints ``code: message`` on one line
and the API answers ``{"error": {"code", "message", "status"}}``.
"""

from __future__ import annotations


class ArmswatchError(Exception):
    """Base class for expected, user-facing failures."""

    code = "AW000"
    status = 500

    def __init__(self, message: str, *, where: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.where = where
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        place = ""
        if self.where:
            place = f"{self.where}:{self.line}: " if self.line else f"{self.where}: "
        return f"{place}{self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": str(self), "status": self.status}


class InputError(ArmswatchError):
    """The input cannot be read as an article (empty, binary, too big, malformed)."""

    code = "AW100"
    status = 400


class EmptyInput(InputError):
    code = "AW101"


class BinaryInput(InputError):
    code = "AW102"


class TooLarge(InputError):
    code = "AW103"
    status = 413


class MalformedInput(InputError):
    """Undecodable text, broken HTML, an invalid JSON line, a broken feed."""

    code = "AW104"


class UnsupportedInput(InputError):
    code = "AW105"
    status = 415


class FetchError(ArmswatchError):
    """A URL could not be fetched."""

    code = "AW200"
    status = 502


class BlockedAddress(FetchError):
    """The URL resolves to a private, loopback or link-local address."""

    code = "AW201"
    status = 403


class FetchTimeout(FetchError):
    code = "AW202"
    status = 504


class StoreError(ArmswatchError):
    code = "AW300"
    status = 500


class NotFound(StoreError):
    code = "AW304"
    status = 404


class Conflict(StoreError):
    code = "AW309"
    status = 409


class ListError(ArmswatchError):
    """A sanctions list file is malformed, truncated or of an unknown format."""

    code = "AW400"
    status = 422


class ExtractionError(ArmswatchError):
    code = "AW500"
    status = 500


class ExportError(ArmswatchError):
    """An export could not be produced (e.g. no Chromium for PDF output)."""

    code = "AW700"
    status = 500


class PdfError(ExportError):
    code = "AW701"


class Unauthorized(ArmswatchError):
    code = "AW601"
    status = 401


class Forbidden(ArmswatchError):
    code = "AW603"
    status = 403


class InvalidRequest(ArmswatchError):
    code = "AW622"
    status = 422
