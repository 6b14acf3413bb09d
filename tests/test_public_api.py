"""The documented Python API: `from armswatch import …` gives the core functions, whatever was imported."""

from __future__ import annotations

import inspect
import subprocess
import sys

NAMES = ["ingest", "read_source", "extract", "evaluate", "screen", "load_list", "assess", "open_store",
         "export_stix", "export_ftm", "export_csv", "export_dossier"]


def test_api_names_are_functions_even_after_every_stage_package_is_imported() -> None:
    code = (
        "import importlib, inspect, pkgutil, armswatch\n"
        "for info in pkgutil.walk_packages(armswatch.__path__, 'armswatch.'):\n"
        "    if not info.name.endswith('__main__') and '.cli' not in info.name and '.serve' not in info.name:\n"
        "        importlib.import_module(info.name)\n"
        f"names = {NAMES!r}\n"
        "import armswatch as a\n"
        "bad = [n for n in names if not inspect.isfunction(getattr(a, n))]\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_from_import_gives_the_same_function_the_cli_uses() -> None:
    from armswatch import extract, ingest, screen
    from armswatch.extraction.core import extract as core_extract
    from armswatch.ingestion.pipeline import ingest as core_ingest
    from armswatch.screening.core import screen as core_screen

    assert (extract, ingest, screen) == (core_extract, core_ingest, core_screen)
    assert "published" in inspect.signature(extract).parameters


def test_extract_on_a_sentence() -> None:
    from armswatch import extract

    result = extract("North Korea shipped artillery shells to Russia last month, U.S. officials said.",
                     published="2024-04-02")
    claim = next(c for c in result.claims if c.type == "transfer")
    assert (claim.actor, claim.recipient, claim.date) == ("KP", "RU", "2024-03")
    assert "KP" in result.entities["countries"] and "RU" in result.entities["countries"]
