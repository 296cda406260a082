"""Numbered migrations of the supervision plugin's own tables."""
