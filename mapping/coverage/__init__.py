"""Coverage gaps: population, catchments by distance or travel time, gap tables and new sites.

>>> result = run_gaps(project, "case_management", threshold=parse_within("10km"), population="pop.csv")
>>> result.rows[0]["pct_covered"]
"""

from mapping.coverage.analysis import GapResult, run_gaps
from mapping.coverage.threshold import Threshold, parse_within

__all__ = ["GapResult", "Threshold", "parse_within", "run_gaps"]
