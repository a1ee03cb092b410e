"""schemathesis hooks for the live-server run of `make fuzz` (SCHEMATHESIS_HOOKS=tests.fuzz_hooks).

positive_data_acceptance with the same exceptions as the in-process run (tests/test_fuzz_api.py): a
schema-valid request refused only for a rule OpenAPI cannot state is no defect. The CLI runs this check in
place of the built-in one (--exclude-checks positive_data_acceptance).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.checks import positive_data_acceptance

from tests.test_fuzz_api import refused_only_for_rules_beyond_the_schema


@schemathesis.check
def accepts_schema_valid_data(ctx: Any, response: Any, case: Any) -> bool | None:
    if refused_only_for_rules_beyond_the_schema(response):
        return None
    return positive_data_acceptance(ctx, response, case)  # type: ignore[no-any-return]
