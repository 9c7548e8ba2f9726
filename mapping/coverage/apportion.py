"""Whole numbers of people that add up exactly (largest-remainder apportionment)."""

from __future__ import annotations

import numpy as np


def largest_remainder(total: int, weights) -> np.ndarray:
    """Split the integer ``total`` in proportion to ``weights``; the parts sum to ``total`` exactly.

    Each part gets the floor of its share, and the people left over go one each to the
    largest remainders (ties to the earlier part).
    """
    w = np.asarray(weights, dtype=float)
    total = int(total)
    if total < 0:
        raise ValueError("total must not be negative")
    if w.size == 0:
        return np.zeros(0, dtype=np.int64)
    s = w.sum()
    if s <= 0:
        out = np.zeros(w.size, dtype=np.int64)
        out[0] = total
        return out
    share = w / s * total
    out = np.floor(share).astype(np.int64)
    left = total - int(out.sum())
    if left > 0:
        order = np.argsort(-(share - out), kind="stable")[:left]
        out[order] += 1
    return out
