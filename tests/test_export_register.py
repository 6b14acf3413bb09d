"""CSV register: one row per event, uncertain values flagged, formula injection neutralised."""

from __future__ import annotations

import csv
import io

from armswatch.export.register import COLUMNS, export_csv, neutralise, write_csv
from export_helpers import FORMULA, HOSTILE, records


def parsed(recs: list) -> list[dict[str, str]]:
    out = io.StringIO()
    write_csv(export_csv(recs), out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_one_row_per_event_with_register_columns() -> None:
    rows = parsed(records())
    assert len(rows) == 2
    assert tuple(rows[0]) == COLUMNS
    transfer = rows[0]
    assert (transfer["supplier"], transfer["supplier_name"]) == ("KP", "North Korea")
    assert (transfer["recipient"], transfer["designation"]) == ("RU", "artillery shells")
    assert (transfer["independent_sources"], transfer["admiralty"], transfer["stix_confidence"]) == ("2", "B2", "70")
    assert transfer["source_urls"] == "https://wire.example/kp-shells"  # the javascript: URL is dropped
    assert transfer["evidence_refs"].split()[0].startswith("a1b2c3d4e5f60718:")
    assert transfer["typologies"] == "transshipment"


def test_uncertain_values_are_flagged_not_dropped() -> None:
    transfer, evasion = parsed(records())
    assert (transfer["status"], transfer["status_mark"]) == ("disputed", "(disputed)")
    assert (transfer["date_precision"], transfer["date_uncertain"]) == ("month", "1")
    assert (evasion["recipient"], evasion["recipient_name"], evasion["parties_uncertain"]) == ("?", "?", "1")
    assert (evasion["first_date"], evasion["status_mark"], evasion["status_uncertain"]) == ("?", "?", "1")


def test_formula_injection_is_neutralised_and_text_kept() -> None:
    _, evasion = parsed(records())
    assert evasion["designation"] == "'" + FORMULA
    assert HOSTILE in evasion["supplier"]
    for row in parsed(records()):
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
    assert [neutralise(v) for v in ("+1", "-2", "@x", "\tx", "ok", None, 3)] == ["'+1", "'-2", "'@x", "'\tx",
                                                                                  "ok", "", "3"]


def test_empty_selection_has_only_the_header() -> None:
    out = io.StringIO()
    assert write_csv(export_csv([]), out) == 1
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [list(COLUMNS)]
