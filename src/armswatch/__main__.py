"""``python -m armswatch``."""

from armswatch.cli.main import run

run()
