"""Names the social insurance plugin's modules share."""
from __future__ import annotations

DEPARTMENT = "social_insurance"
STEP_TYPE = "social_insurance"
