"""Which fixes one pass applies: the kinds asked for, in document order, none overlapping another.

A fix whose edits overlap those of a fix already chosen waits for the next
pass, where it is applied to the re-linted text if its finding is still there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dlint.engine.findings import Finding, Fix
from dlint.fixer.edits import line_starts, offsets


def wanted(fix: Fix | None, unsafe: bool) -> bool:
    """Whether ``--fix`` applies ``fix``: a safe one always, an unsafe one only with ``--unsafe-fixes``."""
    return fix is not None and bool(fix.edits) and (fix.is_safe or unsafe)


def fixes_for_one_pass(text: str, findings: Iterable[Finding], unsafe: bool) -> list[Fix]:
    """The fixes of ``findings`` to apply together to ``text``: wanted, distinct and without overlaps."""
    starts = line_starts(text)
    taken: list[tuple[int, int]] = []
    chosen: list[Fix] = []
    for finding in sorted(findings, key=lambda finding: finding.sort_key):
        fix = finding.fix
        if not wanted(fix, unsafe) or fix in chosen:
            continue
        ranges = [offsets(starts, edit) for edit in fix.edits]
        if any(_overlap(one, other) for one in ranges for other in taken) or _overlap_each_other(ranges):
            continue
        taken += ranges
        chosen.append(fix)
    return chosen


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Two ranges overlap when they share a character or are the very same place (two insertions there)."""
    if one == other:
        return True
    return one[0] < other[1] and other[0] < one[1]


def _overlap_each_other(ranges: Sequence[tuple[int, int]]) -> bool:
    return any(_overlap(a, b) for number, a in enumerate(ranges) for b in ranges[number + 1 :])
