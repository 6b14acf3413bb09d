"""HTML → PDF with headless Chromium (Debian's /usr/bin/chromium), offline and sandboxed from the network."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from armswatch.exc import PdfError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
TIMEOUT = 120


def find_chromium() -> str:
    explicit = os.environ.get("ARMSWATCH_CHROMIUM")
    for name in ((explicit,) if explicit else CANDIDATES):
        path = shutil.which(name) if name else None
        if path:
            return path
    raise PdfError("PDF output needs Chromium (install the 'chromium' package or set ARMSWATCH_CHROMIUM)")


def html_to_pdf(html: str, timeout: int = TIMEOUT) -> bytes:
    """Print a self-contained HTML page to PDF bytes; no network is used (the page has no external assets)."""
    binary = find_chromium()
    with tempfile.TemporaryDirectory(prefix="armswatch-pdf-") as tmp:
        src, out = Path(tmp) / "dossier.html", Path(tmp) / "dossier.pdf"
        src.write_text(html, encoding="utf-8")
        cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--disable-extensions", "--no-first-run", "--disable-background-networking",
               "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",  # no network, even if asked
               f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfError(f"Chromium did not finish the PDF within {timeout} s") from exc
        if not out.exists() or out.stat().st_size == 0:
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise PdfError("Chromium produced no PDF: " + " | ".join(tail))
        return out.read_bytes()
