"""``dlint [OPTIONS] [PATH...]``: lint Dockerfiles and report the findings.

Exit status: 0 when no finding reaches ``--fail-on``, 1 when one does, 2 for a
usage or config error, a file that cannot be read, an internal error, or a
report that cannot be written. A closed pipe on standard output keeps the
status the findings call for. With ``--fix`` the findings are those left after
the fixes; ``--diff`` exits 1 when the fixes would change a file.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from dlint import __version__
from dlint.cli import messages
from dlint.engine.config.dlint_file import FAIL_ON_LEVELS, LEVELS, Config
from dlint.engine.findings import Severity
from dlint.engine.selection import SelectionLayer, split_selectors

if TYPE_CHECKING:
    from collections.abc import Callable

    from dlint.engine.lint import FileJob, FileResult
    from dlint.engine.report import Report
    from dlint.engine.session import LintRequest

FORMATS = ("text", "json", "sarif", "gnu", "github")

DESCRIPTION = """\
Lint Dockerfiles the way BuildKit reads them.

PATH may be a file, a folder (searched for Dockerfile, Containerfile,
*.Dockerfile, Dockerfile.* and Containerfile.*) or - for standard input;
without PATH the current folder is searched.

Other commands: dlint rules (list the rules), dlint explain RULE (one rule's
documentation), dlint parse (show the parsed model), dlint verify (check
findings against a real build)."""


class UsageError(Exception):
    """A command line dlint cannot act on; reported in one line, exit status 2."""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, handed the terminal width.

    argparse makes a formatter for every ``add_argument`` and, when no width is
    given, imports shutil (and with it the compression modules) to ask the
    terminal: milliseconds on every lint, for help that is rarely printed.
    """

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width())


def _terminal_width() -> int:
    """The width argparse would pick: ``shutil.get_terminal_size().columns - 2``."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dlint",
        description=DESCRIPTION,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to lint, - for stdin")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    rules = parser.add_argument_group("choosing rules")
    rules.add_argument("--select", action="append", metavar="RULES", help="run only these rules: ids, aliases, prefixes such as DL3, or ALL")
    rules.add_argument("--extend-select", action="append", metavar="RULES", help="run these rules as well")
    rules.add_argument("--ignore", action="append", metavar="RULES", help="do not run these rules")
    rules.add_argument("--severity", action="append", metavar="RULE=LEVEL", default=[], help=f"report RULE at LEVEL ({'|'.join(LEVELS)}); repeatable")
    rules.add_argument("--shellcheck", metavar="PATH", help="the ShellCheck program the SC rules run (default: shellcheck on the PATH)")
    rules.add_argument("--fail-on", choices=FAIL_ON_LEVELS, help="exit 1 only for findings at or above this level (default: style, i.e. any finding)")
    build = parser.add_argument_group("the build")
    build.add_argument("--build-arg", action="append", metavar="KEY=VALUE", default=[], help="a build argument, as for docker build; repeatable")
    build.add_argument("--context", metavar="DIR", help="the build context of every linted file, as the last argument of docker build (default: each Dockerfile's folder)")
    config = parser.add_argument_group("configuration")
    config.add_argument("--config", metavar="FILE", help="use this config file (.dlint.yaml, pyproject.toml or .hadolint.yaml) for every file")
    config.add_argument("--no-config", action="store_true", help="ignore config files")
    config.add_argument("--stdin-filename", metavar="NAME", help="the name of the Dockerfile read from stdin (findings and config lookup use it)")
    fixing = parser.add_argument_group("fixing")
    fixing.add_argument("--fix", action="store_true", help="apply the safe fixes to the files (stdin: print the fixed text) and report what remains")
    fixing.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, also apply fixes that may change what the image does")
    fixing.add_argument("--diff", action="store_true", help="print the changes --fix would make as a unified diff, write nothing; exit 1 when there are some")
    output = parser.add_argument_group("output and running")
    output.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the text output (auto: when stdout is a terminal and NO_COLOR is unset)")
    output.add_argument("--statistics", action="store_true", help="count the findings per rule after the findings")
    output.add_argument("-q", "--quiet", action="store_true", help="print the findings only, without the summary")
    output.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N", help="lint in N processes (0: one per CPU)")
    output.add_argument("--debug", action="store_true", help="show the traceback of internal errors")
    output.add_argument("--version", action="version", version=f"dlint {__version__}")
    return parser


def run(argv: list[str]) -> int:
    arguments = build_parser().parse_args(argv)
    from dlint.engine.config.dlint_file import ConfigError
    from dlint.engine.session import run_lint

    try:
        request = _request(arguments)
        outcome = run_lint(request, stdin=sys.stdin.buffer if "-" in request.paths else None, lint=_linter(arguments))
    except UsageError as usage:
        messages.error(str(usage))
        return 2
    except ConfigError as bad:
        messages.error(bad.message, bad.where)
        return 2
    if arguments.output is not None and _is_an_input(arguments.output, outcome.inputs):
        messages.error(f"--output: {arguments.output} is a file being linted; it is left as it is")
        return 2
    broken_plugins = _report_broken_plugins(arguments.debug)
    for notice in outcome.report.notices:
        messages.say(notice.level, notice.message, notice.path)
    for problem in outcome.report.problems:
        messages.error(problem.message, problem.path)
        if arguments.debug and problem.detail:
            messages.detail(problem.detail)
    outcome.report.statistics = arguments.statistics
    outcome.report.quiet = arguments.quiet
    if arguments.diff:
        from dlint.cli.fix_output import print_diffs

        changed = print_diffs(outcome.rewrites)
        if changed is None or broken_plugins or outcome.report.problems:
            return 2
        return 1 if changed else 0
    if arguments.fix:
        from dlint.cli.fix_output import write_fixes

        outcome.report.fixed = sum(rewrite.fixes for rewrite in outcome.rewrites)
        if not write_fixes(outcome.rewrites):
            return 2
    fixed_stdin = any(rewrite.stdin for rewrite in outcome.rewrites)
    if not _write_report(arguments, outcome.report, to_stderr=fixed_stdin) or broken_plugins:
        return 2
    return outcome.exit_code


def _linter(arguments: argparse.Namespace) -> Callable[[FileJob], FileResult]:
    """How each file is linted: as it is, or with its fixes applied for ``--fix`` and ``--diff``."""
    if arguments.unsafe_fixes and not (arguments.fix or arguments.diff):
        raise UsageError("--unsafe-fixes applies fixes: use it with --fix or --diff")
    if not (arguments.fix or arguments.diff):
        from dlint.engine.lint import lint_file

        return lint_file
    from functools import partial

    from dlint.fixer.files import fix_file

    return partial(fix_file, unsafe=arguments.unsafe_fixes)


def _report_broken_plugins(debug: bool) -> bool:
    from dlint.engine.loading import plugin_failures

    failures = plugin_failures()
    for failure in failures:
        messages.error(f"plugin {failure.name} ({failure.target}) failed to load: {type(failure.error).__name__}: {failure.error}")
        if debug:
            import traceback

            messages.detail("".join(traceback.format_exception(failure.error)))
    return bool(failures)


def _request(arguments: argparse.Namespace) -> LintRequest:
    from dlint.engine.lint import current_index
    from dlint.engine.selection import UnknownRule
    from dlint.engine.session import LintRequest

    index = current_index()
    selection = SelectionLayer(
        select=_selectors(arguments.select) if arguments.select is not None else None,
        extend_select=_selectors(arguments.extend_select),
        ignore=_selectors(arguments.ignore),
    )
    severities = tuple(_severity(text) for text in arguments.severity)
    for option, selectors in (
        ("--select", selection.select or ()),
        ("--extend-select", selection.extend_select),
        ("--ignore", selection.ignore),
        ("--severity", [selector for selector, _ in severities]),
    ):
        for selector in selectors:
            try:
                index.resolve(selector)
            except UnknownRule as unknown:
                raise UsageError(f"{option}: {unknown}") from None
    if arguments.config and arguments.no_config:
        raise UsageError("--config and --no-config cannot be used together")
    return LintRequest(
        # an editor that names the file but no path means standard input
        paths=tuple(arguments.paths or (["-"] if arguments.stdin_filename else [])),
        command_line=Config(
            selection=selection,
            severities=severities,
            fail_on=arguments.fail_on,
            build_args=dict(_build_arg(text) for text in arguments.build_arg),
            context=_context(arguments.context) if arguments.context is not None else None,
            shellcheck=_shellcheck(arguments.shellcheck) if arguments.shellcheck is not None else None,
        ),
        config_file=arguments.config,
        use_config=not arguments.no_config,
        stdin_filename=arguments.stdin_filename,
        jobs=arguments.jobs or os.cpu_count() or 1,
    )


def _selectors(values: list[str] | None) -> tuple[str, ...]:
    return tuple(selector for value in values or () for selector in split_selectors(value))


def _severity(text: str) -> tuple[str, Severity]:
    rule, equals, level = text.partition("=")
    if not equals or not rule.strip():
        raise UsageError(f"--severity expects RULE=LEVEL with LEVEL one of {', '.join(LEVELS)}, not {text!r}")
    if level.strip().lower() not in LEVELS:
        choices = f"{', '.join(LEVELS[:-1])} or {LEVELS[-1]}"
        raise UsageError(f"--severity: unknown level {level.strip()!r} for {rule.strip()} (use {choices})")
    return rule.strip(), Severity.parse(level)


def _build_arg(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not key:
        raise UsageError(f"--build-arg expects KEY=VALUE, not {text!r}")
    if not equals:
        # like docker build, a bare KEY takes its value from the environment
        if key not in os.environ:
            raise UsageError(f"--build-arg {key}: no value given and {key} is not set in the environment")
        value = os.environ[key]
    return key, value


def _context(folder: str) -> str:
    if not os.path.isdir(folder):
        raise UsageError(f"--context: {folder} is not a folder")
    return os.path.abspath(folder)


def _shellcheck(program: str) -> str:
    from dlint.engine.shellcheck_program import find_shellcheck

    if find_shellcheck(program) is None:
        raise UsageError(f"--shellcheck: {program} is not a program that can be run")
    return os.path.abspath(program) if os.sep in program or "/" in program else program


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, not {text!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return jobs


def _write_report(arguments: argparse.Namespace, report: Report, to_stderr: bool = False) -> bool:
    from dlint.reporters import render

    def write(stream: TextIO) -> None:
        render(arguments.format, report, stream)

    if arguments.output is None and to_stderr:
        # the fixed text of standard input has taken standard output, for editors
        report.color = _colour(arguments.color, sys.stderr)
        write(sys.stderr)
        return True
    if arguments.output is None:
        report.color = _colour(arguments.color, sys.stdout)
        return messages.write_report(write)
    report.color = arguments.color == "always"
    try:
        with open(arguments.output, "w", encoding="utf-8") as stream:
            write(stream)
    except OSError as error:
        messages.error(f"cannot write the report: {(error.strerror or str(error)).lower()}", arguments.output)
        return False
    return True


def _is_an_input(output: str, inputs: tuple[str, ...]) -> bool:
    """Whether ``output`` is one of the linted files, by any name: writing the report would destroy it."""
    for path in inputs:
        try:
            if os.path.samefile(output, path):
                return True
        except OSError:
            if os.path.normpath(os.path.abspath(output)) == os.path.normpath(os.path.abspath(path)):
                return True
    return False


def _colour(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and stream.isatty()
