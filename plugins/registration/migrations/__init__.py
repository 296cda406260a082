"""Numbered migrations of the registration window's own tables."""
