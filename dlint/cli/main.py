"""The ``dlint`` command: picks the subcommand and keeps every failure to one line on stderr.

``dlint rules``, ``dlint explain``, ``dlint parse`` and ``dlint verify`` are
subcommands; anything else is the lint command, ``dlint [OPTIONS] [PATH...]``
(so a folder named like a subcommand is linted as ``dlint ./rules``). Each
subcommand's module is imported only when it runs, so a pre-commit hook that
lints one file pays for nothing else.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from dlint.cli import messages

SUBCOMMANDS = {
    "rules": "dlint.cli.rules_command",
    "explain": "dlint.cli.explain_command",
    "parse": "dlint.cli.parse_command",
    "verify": "dlint.cli.verify_command",
}
LINT = "dlint.cli.lint_command"


def program() -> NoReturn:
    """The ``dlint`` program (console script and ``python -m dlint``): :func:`main`, then exit.

    At exit Python collects garbage over every object still alive (modules,
    classes, rules), all about to go anyway: a tenth of a one-file lint.
    Freezing them first skips that work; buffered output, open files and
    atexit handlers are finished as always.
    """
    status = main()
    gc.freeze()
    raise SystemExit(status)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        module, arguments = SUBCOMMANDS[arguments[0]], arguments[1:]
    else:
        module = LINT
    if module != LINT:
        return _run(module, arguments)
    # A lint makes tens of thousands of objects that live to the end (modules,
    # classes, rules) and next to no reference cycles (a few hundred objects
    # over 1,500 corpus files), so the cyclic collector's passes are wasted.
    # Restored for callers in the same process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(module, arguments)
    finally:
        if collecting:
            gc.enable()


def _run(module: str, arguments: list[str]) -> int:
    try:
        status = importlib.import_module(module).run(arguments)
    except SystemExit as stop:  # argparse's --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        messages.silence_stdout()
        return 0
    except Exception as error:  # never a traceback, unless asked for
        messages.error(f"internal error: {type(error).__name__}: {error}")
        if "--debug" in arguments:
            import traceback

            messages.detail("".join(traceback.format_exception(error)))
        return 2
    # what a command left in stdout's buffer is written here, where a failure can still be said
    return status if messages.write_report(lambda _stream: None) else 2

