"""Numbered migrations of the bank branches' own tables."""
