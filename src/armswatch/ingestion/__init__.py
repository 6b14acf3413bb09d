"""Ingest: read articles from files, folders, feeds, JSON Lines and URLs."""
