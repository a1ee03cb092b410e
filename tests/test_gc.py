"""The garbage collector as the app factory sets it for a long-running worker (service.settle_gc)."""

from __future__ import annotations

import gc

from service import config, create_app


def test_the_app_sets_the_thresholds_and_freezes_what_the_process_holds_once(tmp_path, monkeypatch):
    try:
        gc.set_threshold(700, 10, 10)
        create_app({"TESTING": True, "DB": str(tmp_path / "a.db"), "DEMO_ARTICLES": False})
        assert gc.get_threshold() == tuple(config.GC_THRESHOLD) != (700, 10, 10)
        assert gc.get_freeze_count() > 10_000  # the modules and the dictionary at least
        frozen = gc.get_freeze_count()
        # From the environment (JSON, as every QUELLENLAGE_ setting), e.g. back to Python's own.
        monkeypatch.setenv("QUELLENLAGE_GC_THRESHOLD", "[700, 10, 10]")
        create_app({"TESTING": True, "DB": str(tmp_path / "b.db"), "DEMO_ARTICLES": False})
        assert gc.get_threshold() == (700, 10, 10)
        assert gc.get_freeze_count() == frozen  # once a process: a test's apps are not kept for good
    finally:
        gc.set_threshold(*config.GC_THRESHOLD)
