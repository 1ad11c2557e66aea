"""CPU timing for the tests that check how time grows with input size.

Both the model's and the linter's scaling tests compare an input of size n
with one of size 4n: a linear cost multiplies the time by about 4, a quadratic
one by 16, so a bound of 7 separates them with room for a shared, noisy machine.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

GROWTH = 4
GROWTH_BOUND = 7


def best_cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """Best CPU time of this process over ``runs`` calls; other processes on the machine do not count."""
    best = float("inf")
    for _ in range(runs):
        # the collector's pauses grow with everything the test process holds, not with the work
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def growth_ratio(small: Callable[[], object], large: Callable[[], object]) -> float:
    """Best large time over best small time, interleaved so both see the same machine."""
    small_best = large_best = float("inf")
    for _ in range(3):
        small_best = min(small_best, best_cpu_seconds(small, runs=1))
        large_best = min(large_best, best_cpu_seconds(large, runs=1))
    return large_best / small_best
