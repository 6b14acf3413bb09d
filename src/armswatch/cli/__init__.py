"""The command-line interface.  Each module here exposes ``register(app)``."""
