"""``dlint verify``: build Dockerfiles with a local container engine and check what the rules claim.

Exit status: 0 when every build succeeded and no claim was confirmed, 1
otherwise, 2 for a usage error or when no engine can be reached.
"""

from __future__ import annotations

import argparse
import math
import signal
import sys

from dlint.cli import messages

USAGE_ERROR = 2


def run(argv: list[str]) -> int:
    arguments = _parser().parse_args(argv)
    from dlint.verify.engine import EngineUnavailable, find_engine

    try:
        engine = find_engine(arguments.engine, arguments.builder)
    except EngineUnavailable as unavailable:
        messages.error(str(unavailable))
        return USAGE_ERROR
    if arguments.bootstrap_base:
        try:
            _bootstrap(engine)
        except EngineUnavailable as unavailable:
            messages.error(str(unavailable))
            return USAGE_ERROR
        if not arguments.paths:
            return 0
    return _verify(engine, arguments)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (``dlint: error: argument --timeout: ...``) and exit 2."""

    def error(self, message: str):
        messages.error(message)
        raise SystemExit(USAGE_ERROR)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dlint verify",
        description="Build each Dockerfile offline with a local container engine, then check the rules' "
        "claims against the built image (confirmed, refuted or not checkable).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="Dockerfiles, or folders to search (default: .)")
    parser.add_argument("--engine", choices=("docker", "podman", "buildah"), default="docker",
                        help="the container engine to build with (default: docker)")
    parser.add_argument("--builder", choices=("classic", "buildkit"), default=None,
                        help="docker's builder (default: classic, which works offline with any docker client)")
    parser.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                        help="output format (default: text)")
    parser.add_argument("--keep-images", action="store_true", help="keep the images built (their tags are printed)")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="builds to run at once (default: 1)")
    parser.add_argument("--timeout", type=_seconds, default=300.0, metavar="S", help="seconds allowed per build (default: 300)")
    parser.add_argument("--bootstrap-base", action="store_true",
                        help="first make the local stand-in base images (busybox:1.36, python:3.12-slim, ...) "
                        "from a static busybox; with no PATH, only that")
    return parser


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"the timeout must be a finite number of seconds above 0, not {text!r}")
    return value


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _bootstrap(engine) -> None:
    from dlint.verify.bootstrap import bootstrap

    for made in bootstrap(engine):
        note = {"kept": "kept: an image dlint did not make has this tag"}.get(made.action, made.action)
        sys.stderr.write(f"dlint: base image {made.tag}: {note}\n")


class _Interrupted(BaseException):
    """SIGTERM or SIGINT arrived: unwind, so that every ``finally`` on the way cleans up."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


def _interrupt(signal_number: int, _frame) -> None:
    raise _Interrupted(signal_number)


_STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _verify(engine, arguments) -> int:
    from dlint.engine.config.dlint_file import ConfigError
    from dlint.verify.output import write
    from dlint.verify.runner import Session, dockerfile_paths

    paths = dockerfile_paths(arguments.paths)
    if not paths:
        messages.error("no Dockerfile found")
        return USAGE_ERROR
    session = Session(engine, timeout=arguments.timeout, keep_images=arguments.keep_images)
    previous = {number: signal.signal(number, _interrupt) for number in _STOPPING_SIGNALS}
    try:
        results = session.verify_all(paths, arguments.jobs)
    except _Interrupted as interrupted:
        name = signal.Signals(interrupted.signal_number).name
        messages.error(f"stopped by {name}; removed the builds, containers and images of this run")
        return 128 + interrupted.signal_number
    except ConfigError as bad:
        messages.error(bad.message, f"{bad.path}:{bad.line}:{bad.column}")
        return USAGE_ERROR
    finally:
        # A second signal must not cut the clean-up short.
        for number in _STOPPING_SIGNALS:
            signal.signal(number, signal.SIG_IGN)
        session.stop()
        session.clean_up()
        for number, handler in previous.items():
            signal.signal(number, handler)
    write(arguments.format, results, sys.stdout)
    return 0 if all(result.clean for result in results) else 1
