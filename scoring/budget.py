"""A work budget for one analysis: a deadline checked between its stages and sentences.

Datasette gives every SQL query a time limit and answers an error when it passes; the analysis of an
article gets the same. Scoring stays pure: the clock is passed in, and passing the deadline raises
`AnalysisTooCostly`, which the service turns into a JSON error (nothing is stored).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


class AnalysisTooCostly(Exception):
    """The analysis passed its budget; `stage` is where it was when the deadline was seen."""

    def __init__(self, stage: str, budget_seconds: float) -> None:
        super().__init__(f"the analysis took longer than its budget of {budget_seconds:g} s (at {stage})")
        self.stage = stage
        self.budget_seconds = budget_seconds


@dataclass
class Budget:
    """`seconds` of work from now by `clock`; `check` raises once they are spent. No budget: `unlimited()`."""

    seconds: float | None
    clock: Callable[[], float] = time.monotonic
    deadline: float = field(init=False)

    def __post_init__(self) -> None:
        self.deadline = float("inf") if self.seconds is None else self.clock() + self.seconds

    @classmethod
    def unlimited(cls) -> Budget:
        return cls(None)

    def check(self, stage: str) -> None:
        """Raise `AnalysisTooCostly` if the deadline has passed (cheap: one clock reading)."""
        if self.seconds is not None and self.clock() > self.deadline:
            raise AnalysisTooCostly(stage, self.seconds)
