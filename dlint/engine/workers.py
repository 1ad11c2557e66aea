"""Linting files in worker processes, so that a file which kills its worker costs only its own report.

A worker can die under a file: a crash in a C extension, the C stack
overflowing, the out-of-memory killer, a plugin calling ``os._exit``. Its pool
then breaks and every file the pool still held is lost. The files whose tasks
were in flight are the suspects; they are linted again one file per task, so
that a second break narrows the suspects to a handful, and then each alone in
a single worker. A file that kills even that worker is reported as an
internal error for that file only. Files no task had reached yet go to a fresh
pool as before.

On Linux each worker asks the kernel to kill it when the run's process ends,
however it ends (SIGTERM, SIGKILL), so a stopped run leaves no workers behind.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dlint.engine.lint import FileJob, FileResult, lint_file
from dlint.engine.report import FileProblem

if TYPE_CHECKING:
    from concurrent.futures import Future

# Tasks queued per worker beyond the one it is working on: enough to keep it
# busy, few enough that a break leaves a short list of suspects.
QUEUED_PER_WORKER = 1
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


LintOne = Callable[[FileJob], FileResult]


def lint_in_workers(jobs: Sequence[FileJob], workers: int, lint: LintOne = lint_file) -> list[FileResult]:
    """The result of each of ``jobs``, in order, linted by up to ``workers`` processes.

    ``lint`` lints one job (the fixer's, with ``--fix``); it must be picklable.
    """
    per_task = max(1, len(jobs) // (workers * 8))
    results = _lint_isolating(dict(enumerate(jobs)), workers, per_task, lint)
    return [results[number] for number in range(len(jobs))]


def _lint_isolating(jobs: dict[int, FileJob], workers: int, per_task: int, lint: LintOne) -> dict[int, FileResult]:
    results: dict[int, FileResult] = {}
    remaining = dict(jobs)
    while remaining:
        finished, suspects = _pool_pass(remaining, workers, per_task, lint)
        if not finished and not suspects:
            # the pool broke before it took any task (it cannot start workers): lint here
            results.update((number, lint(job)) for number, job in remaining.items())
            break
        results.update(finished)
        for number in (*finished, *suspects):
            del remaining[number]
        if len(suspects) == 1 and workers == 1:
            results[suspects[0]] = _killed_its_worker(jobs[suspects[0]])
        elif suspects:
            narrower = 1 if per_task == 1 else workers
            results.update(_lint_isolating({number: jobs[number] for number in suspects}, narrower, 1, lint))
    return results


def _pool_pass(
    jobs: dict[int, FileJob], workers: int, per_task: int, lint: LintOne
) -> tuple[dict[int, FileResult], list[int]]:
    """Lint ``jobs`` in one pool: the results it gave, and the jobs of the tasks in flight if it broke."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    numbers = list(jobs)
    tasks = iter([numbers[start : start + per_task] for start in range(0, len(numbers), per_task)])
    most_in_flight = workers if workers == 1 else workers * (1 + QUEUED_PER_WORKER)
    finished: dict[int, FileResult] = {}
    in_flight: dict[Future[list[FileResult]], list[int]] = {}
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent)
    try:
        while True:
            while len(in_flight) < most_in_flight and (task := next(tasks, None)) is not None:
                in_flight[pool.submit(_lint_task, [jobs[number] for number in task], lint)] = task
            if not in_flight:
                return finished, []
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                finished.update(zip(in_flight[future], future.result()))
                del in_flight[future]
    except BrokenProcessPool:
        return finished, [number for task in in_flight.values() for number in task]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _lint_task(jobs: list[FileJob], lint: LintOne) -> list[FileResult]:
    return [lint(job) for job in jobs]


def _killed_its_worker(job: FileJob) -> FileResult:
    message = "internal error in dlint: the process linting this file died"
    return FileResult(job.path, problems=[FileProblem(job.path, message, "internal-error")])


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the process that started it ends."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
