"""The outcome of one lint run, handed to a reporter."""

from __future__ import annotations

from dataclasses import dataclass, field

from dlint.engine.findings import Finding
from dlint.engine.registry import Rule


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be linted (unreadable, binary, too big) or a rule that crashed on it."""

    path: str
    message: str                 # one line: "invalid UTF-8 at byte 1234"
    kind: str                    # "unreadable" | "internal-error" | "config"
    line: int | None = None
    column: int | None = None
    rule: str | None = None      # for internal errors
    detail: str | None = None    # the traceback of an internal error, shown with --debug


@dataclass(frozen=True)
class Rewrite:
    """A file's text before and after ``--fix``: what to write back, print or diff."""

    path: str
    before: str
    after: str
    fixes: int                   # fixes applied
    stdin: bool = False          # read from standard input: the fixed text goes to standard output

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class Notice:
    """Something the user should know that does not fail the run: a pipe skipped, a search that found nothing."""

    message: str
    path: str | None = None
    level: str = "warning"   # how stderr names it: "warning", or "notice" for what only informs


@dataclass
class Report:
    """What a reporter writes: the run's findings and problems, and how the user asked to see them."""

    findings: list[Finding]
    problems: list[FileProblem]
    rules: list[Rule]                                        # every rule that ran
    files: int                                               # files linted
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)   # path -> physical lines, for code frames
    root: str = "."                                          # base directory for relative SARIF URIs
    color: bool = False
    statistics: bool = False
    quiet: bool = False                                      # findings only: no summary line
    notices: list[Notice] = field(default_factory=list)     # shown on stderr as warnings, never in the report
    fixed: int | None = None                                 # with --fix: how many fixes were applied
