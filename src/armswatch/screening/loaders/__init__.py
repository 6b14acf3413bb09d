"""``load_list(path_or_url, format=None) -> ListSnapshot``: every supported list format into one model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from armswatch.exc import ListError
from armswatch.screening.loaders import ftm, ofac_csv, ofac_xml, starter, uk_ca, un
from armswatch.screening.loaders.common import read_bytes, sha256
from armswatch.screening.model import ListEntry, ListSnapshot
from armswatch.settings import Settings

Parser = Callable[[bytes, "Path | str"], "tuple[str | None, list[ListEntry]]"]
FORMATS: dict[str, tuple[str, Parser]] = {  # format -> (list key, parser)
    "un-xml": ("un", un.parse),
    "ofac-csv": ("ofac-sdn", ofac_csv.parse),
    "ofac-xml": ("ofac-sdn", ofac_xml.parse),
    "ftm": ("opensanctions", ftm.parse_ftm),
    "opensanctions-csv": ("opensanctions", ftm.parse_targets),
    "uk-csv": ("uk", uk_ca.parse_uk),
    "ca-xml": ("ca", uk_ca.parse_ca),
    "armswatch-json": ("starter", starter.parse),
}


def detect(data: bytes, where: str) -> str:
    """Guess the format from the first bytes of the file."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t")
    text = head.decode("utf-8", errors="replace")
    if head.startswith(b"<"):
        for marker, fmt in (("<CONSOLIDATED_LIST", "un-xml"), ("<sdnList", "ofac-xml"), ("<data-set", "ca-xml")):
            if marker in text:
                return fmt
        raise ListError("unknown XML list format", where=where)
    if head.startswith(b"{"):
        first = text.splitlines()[0]
        return "armswatch-json" if '"entries"' in text and '"schema"' not in first[:200] else "ftm"
    first = text.splitlines()[0] if text else ""
    if first.startswith('"id","schema","name"') or first.startswith("id,schema,name"):
        return "opensanctions-csv"
    if "Name 6" in text and "Group ID" in text:
        return "uk-csv"
    if first.split(",", 1)[0].strip().isdigit() and "-0-" in text:
        return "ofac-csv"
    raise ListError("cannot detect the list format; pass --format", where=where)


def load_list(path_or_url: str | Path, format: str | None = None, *, data: bytes | None = None,
              source: str | None = None, settings: Settings | None = None) -> ListSnapshot:
    """Parse one list file (or URL) into a snapshot; raise ListError naming the file if it is bad."""
    where = str(path_or_url)
    if data is None:
        if where.startswith(("http://", "https://")):
            from armswatch.screening.update import fetch_bytes

            data = fetch_bytes(where, settings or Settings.from_env())
        else:
            data = read_bytes(Path(where))
    fmt = format or detect(data, where)
    if fmt not in FORMATS:
        raise ListError(f"unknown list format {fmt!r}; choose one of {', '.join(FORMATS)}", where=where)
    key, parser = FORMATS[fmt]
    list_date, entries = parser(data, where)
    if fmt in ("ofac-xml",) and entries:
        key = entries[0].source
    if not entries:
        raise ListError("list holds no entries", where=where)
    if source:
        key = source
    return ListSnapshot(source=key, format=fmt, origin=where, sha256=sha256(data),
                        list_date=list_date, entries=entries)


def load_starter() -> ListSnapshot:
    return load_list(starter.STARTER_PATH, "armswatch-json")
