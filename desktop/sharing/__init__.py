"""Sharing between groups: merging another group's list into this project."""
