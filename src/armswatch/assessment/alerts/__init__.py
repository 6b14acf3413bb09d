"""Alerts: rules over new events, screening hits and designations; an outbox delivered to webhooks and email."""
