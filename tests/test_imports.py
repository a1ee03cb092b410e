import subprocess
import sys


def test_scoring_imports_neither_flask_nor_sqlite_utils():
    code = (
        "import sys, scoring, scoring.pipeline, scoring.grading, scoring.corroboration, scoring.html; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlite_utils', 'service')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
