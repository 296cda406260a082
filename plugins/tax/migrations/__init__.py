"""Numbered migrations of the tax office's own tables."""
