"""Numbered migrations of the seal companies' own tables."""
