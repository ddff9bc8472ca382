"""Placeholder: commands are registered here by the module owner."""

from kg.cli.app import app  # noqa: F401
