"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL."""
