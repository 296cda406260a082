"""Tests of the social insurance plugin."""
