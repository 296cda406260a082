"""Numbered migrations of the incubators' own tables."""
