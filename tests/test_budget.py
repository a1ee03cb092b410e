"""The analysis work budget: a deadline checked between stages and sentences (issue 17)."""

from __future__ import annotations

import pytest

from scoring import AnalysisTooCostly, Budget, analyse_article

TEXT = "Die Feuerwehr von Beispielheim soll am Morgen drei Brände gelöscht haben. Der Einsatz dauerte Stunden."


class Ticks:
    """A clock that advances one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_past_the_deadline_the_analysis_stops_with_the_stage_it_reached(knowledge):
    with pytest.raises(AnalysisTooCostly) as raised:
        analyse_article(TEXT, "example.org", knowledge, budget=Budget(0.5, clock=Ticks()))
    assert raised.value.stage == "normalising" and "0.5" in str(raised.value)
    with pytest.raises(AnalysisTooCostly) as raised:
        analyse_article(TEXT, "example.org", knowledge, budget=Budget(3.5, clock=Ticks()))
    assert raised.value.stage == "sentences"


def test_within_the_budget_the_result_is_the_same_as_without_one(knowledge):
    unlimited = analyse_article(TEXT, "example.org", knowledge)
    assert unlimited.claims
    assert analyse_article(TEXT, "example.org", knowledge, budget=Budget(1000.0, clock=Ticks())) == unlimited
    assert analyse_article(TEXT, "example.org", knowledge, budget=Budget.unlimited()) == unlimited
