"""Offline research behind the partner-suggestion model (see README.md)."""
