"""The analyst web UI and HTTP API (``armswatch serve``): FastAPI app, pages, JSON API."""
