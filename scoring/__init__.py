"""Pure, typed text analysis and scoring for Quellenlage.

Imports neither flask nor sqlite_utils: a newsroom can use it in a batch job.
"""

from scoring.budget import AnalysisTooCostly, Budget
from scoring.knowledge import Knowledge
from scoring.pipeline import AnalysedArticle, AnalysedClaim, analyse_article

__all__ = ["AnalysedArticle", "AnalysedClaim", "AnalysisTooCostly", "Budget", "Knowledge", "analyse_article"]
