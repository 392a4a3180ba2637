"""Resource budgets: the document time budget and the paused cycle collector."""

from __future__ import annotations

import gc
import time

import pytest

from claimledger.budget import paused_cycle_collection, time_budget
from claimledger.errors import InputError


@pytest.mark.parametrize("enabled_before", [True, False])
def test_cycle_collection_is_paused_in_the_block_and_restored_after_it(enabled_before: bool) -> None:
    (gc.enable if enabled_before else gc.disable)()
    try:
        with pytest.raises(RuntimeError), paused_cycle_collection():
            assert not gc.isenabled()
            raise RuntimeError("the block fails")
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()


def test_time_budget_interrupts_runaway_work() -> None:
    with pytest.raises(InputError) as caught, time_budget(0.2):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            pass
    assert caught.value.code == "E012"
