"""No function of the analysis is too tangled to read: radon's cyclomatic complexity at most 20 (#14)."""

from pathlib import Path

import pytest
from radon.complexity import cc_visit

SCORING = sorted((Path(__file__).parent.parent / "scoring").glob("*.py"))
LIMIT = 20


def functions(blocks):
    """Every function, method and closure radon found (a class's own figure is its methods' sum)."""
    for block in blocks:
        if hasattr(block, "methods"):
            yield from functions(block.methods)
        else:
            yield block
            yield from functions(block.closures)


@pytest.mark.parametrize("module", SCORING, ids=lambda p: p.name)
def test_no_function_in_scoring_is_above_the_limit(module):
    blocks = cc_visit(module.read_text(encoding="utf-8"))
    tangled = [f"{b.fullname} ({b.complexity})" for b in functions(blocks) if b.complexity > LIMIT]
    assert not tangled, f"{module.name}: split these into named steps: {tangled}"
