"""Fixing one file of a lint run: what ``--fix`` and ``--diff`` run in place of a plain lint.

The result is the lint of the fixed text (the findings that remain) and a
:class:`~dlint.engine.report.Rewrite` saying what the text was and what it
became; the command line decides whether to write it, print it or diff it.
"""

from __future__ import annotations

from dataclasses import replace

from dlint.engine.lint import FileJob, FileResult, lint_file, lint_file_and_model
from dlint.engine.reading import Unreadable, read_file
from dlint.engine.report import FileProblem, Rewrite
from dlint.fixer.passes import fix_text


def fix_file(job: FileJob, unsafe: bool = False) -> FileResult:
    """Lint ``job`` with its fixes applied: the findings left, and the rewrite (None when the file could not be read).

    A job that carries its text is standard input.
    """
    try:
        text = job.text if job.text is not None else read_file(job.path)
    except Unreadable:
        return lint_file(job)   # reports why, as a plain lint does
    fixed = fix_text(text, lambda current: lint_file_and_model(replace(job, text=current)), unsafe)
    result = fixed.result
    if fixed.refused is not None:
        result.problems.append(FileProblem(job.path, f"fixes not applied: {fixed.refused}", "fix-refused"))
    result.rewrite = Rewrite(job.path, text, fixed.text, fixed.applied, stdin=job.text is not None)
    return result
