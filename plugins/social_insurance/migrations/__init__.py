"""Numbered migrations of the social insurance bureau's own tables."""
