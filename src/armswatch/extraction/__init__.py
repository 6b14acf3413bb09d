"""Claim extraction: entities, events, roles, status, dates and sources from one article."""
