"""Referral pathways: the window that previews, edits, prints and exports them."""
