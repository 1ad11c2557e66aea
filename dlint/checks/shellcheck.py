"""ShellCheck's findings on the shell scripts a Dockerfile runs, as rules named by ShellCheck's codes.

Every ``RUN`` in shell form, every ``sh -c`` string of an exec-form ``RUN`` and
every heredoc script a shell reads (and shell-form ``CMD``/``ENTRYPOINT``) is
checked by ShellCheck in the dialect of its SHELL, shebang or interpreter
(sh, bash, dash, ksh, busybox ash), with the ARGs and ENVs in scope declared.
A finding is reported under its ShellCheck code (``SC2086``) with ShellCheck's
message, its level (error, warning, info or style) and a link to the
ShellCheck wiki, at the physical line and column of the Dockerfile.

The registry holds one rule for each number ShellCheck's code blocks can use
(SC1000-SC1199 parser problems, SC2000-SC2399 checks, SC3000-SC3099 POSIX
portability), so ``--select SC2086``, ``--ignore SC``, ``--severity
SC2086=error``, ``per-file-ignores`` and ``# hadolint ignore=SC2086`` work as
for any rule. They are on by default, as in hadolint, and need the
``shellcheck`` program: on the PATH (``pip install
'dlint-dockerfile[shellcheck]'``), or named with ``--shellcheck PATH``; without
it they report nothing and the run says so once. ``--ignore SC`` turns them off. One ShellCheck process checks all of a file's scripts.
"""

from __future__ import annotations

from collections.abc import Iterator
from weakref import WeakKeyDictionary

from dlint.checks._shellcheck_run import check_scripts, script_files
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

CODE_BLOCKS = (
    (range(1000, 1200), Severity.ERROR, "ShellCheck: the shell cannot parse this script"),
    (range(2000, 2400), Severity.WARNING, "ShellCheck: a problem in a shell script"),
    (range(3000, 3100), Severity.WARNING, "ShellCheck: not portable to the script's shell"),
)
TAG = "shellcheck"

# What ShellCheck said about each document, by program: one process per file, whichever SC rules ask.
_checked: WeakKeyDictionary[Document, dict[str, dict[str, list[Violation]]]] = WeakKeyDictionary()


def shellcheck_violations(doc: Document, program: str) -> dict[str, list[Violation]]:
    """ShellCheck's violations on ``doc``'s scripts, by code (``SC2086``)."""
    by_program = _checked.setdefault(doc, {})
    if program not in by_program:
        found: dict[str, list[Violation]] = {}
        # Recorded before running, so a ShellCheck failure is reported by one rule, not by every SC rule.
        by_program[program] = found
        for code, violation in check_scripts(program, script_files(doc)):
            found.setdefault(code, []).append(violation)
    return by_program[program]


def _code_check(code: str):
    def check(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
        if ctx.shellcheck is not None:
            yield from shellcheck_violations(doc, ctx.shellcheck).get(code, ())

    check.__doc__ = (
        f"ShellCheck's {code} in a shell script the Dockerfile runs, with ShellCheck's own message and level.\n\n"
        f"What it means and how to fix it: https://www.shellcheck.net/wiki/{code}\n\n"
        + (__doc__ or "")
    )
    return check


for _numbers, _severity, _title in CODE_BLOCKS:
    for _number in _numbers:
        _code = f"SC{_number}"
        rule(
            _code,
            title=_title,
            severity=_severity,
            category="correctness",
            tags=(TAG,),
            url=f"https://www.shellcheck.net/wiki/{_code}",
        )(_code_check(_code))
