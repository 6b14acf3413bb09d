"""Sanctions screening: list loaders, name normalisation, candidate index, scoring, ingest stage."""
