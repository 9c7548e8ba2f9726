"""Reviewing locations: the queue of sites that could not be placed with confidence."""
