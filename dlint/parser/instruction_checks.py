"""What BuildKit refuses after parsing, when it turns nodes into instructions.

A port of the cheap part of ``instructions.Parse``: unknown keywords, flags
(see :mod:`dlint.parser.flags`), argument counts, stage names, HEALTHCHECK
durations and retries, RUN network and security modes, ONBUILD triggers.
Each check runs in BuildKit's order, so the first problem found is the one
BuildKit reports. Mount specifications are not validated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dlint.parser.durations import DurationError, parse_duration
from dlint.parser.flags import FlagError, flag_values
from dlint.parser.go_text import go_quote
from dlint.parser.heredocs import HeredocError, parse_heredoc_word
from dlint.parser.nodes import LineNode
from dlint.parser.split_command import Word
from dlint.parser.suggest import suggestion

KEYWORDS = ("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
            "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR")

_STAGE_NAME = re.compile(r"^[a-z][a-z0-9-_.]*$")
_NETWORK_MODES = frozenset({"default", "none", "host"})
_SECURITY_MODES = frozenset({"insecure", "sandbox"})
_INT = re.compile(r"^[+-]?[0-9]+$")


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why BuildKit's instruction parser refuses an instruction, and the word at fault."""

    message: str
    word: Word | None   # the flag or argument at fault, None for the whole instruction


class _Refused(Exception):
    def __init__(self, message: str, word: Word | None = None) -> None:
        super().__init__(message)
        self.refusal = Refusal(message, word)


def check_instruction(node: LineNode) -> Refusal | None:
    """The first problem BuildKit's instruction parser finds in ``node``, if any."""
    check = _CHECKS.get(node.name)
    try:
        if check is None:
            _unknown_instruction(node)
        else:
            check(node)
    except _Refused as refused:
        return refused.refusal
    return None


def _unknown_instruction(node: LineNode) -> None:
    written = node.keyword.value
    message = f"unknown instruction: {written}"
    match = suggestion(written, KEYWORDS, case_sensitive=False)
    if match:
        message += f" (did you mean {match}?)"
    raise _Refused(message, node.keyword)


def _parse_flags(node: LineNode) -> dict[str, list[str]]:
    try:
        return flag_values(node.name, node.flags)
    except FlagError as refused:
        raise _Refused(refused.message, refused.flag) from None


def _exactly_one(node: LineNode, keyword: str) -> None:
    if len(node.args) != 1:
        raise _Refused(f"{keyword} requires exactly one argument")


def _at_least_one(node: LineNode, keyword: str) -> None:
    if not node.args:
        raise _Refused(f"{keyword} requires at least one argument")


def _key_value_pairs(node: LineNode, keyword: str) -> None:
    _at_least_one(node, keyword)
    for key in node.args[::2]:
        if not key.value:
            raise _Refused(f"{keyword} names can not be blank", key)


def _check_env(node: LineNode) -> None:
    _parse_flags(node)
    _key_value_pairs(node, "ENV")


def _check_label(node: LineNode) -> None:
    _parse_flags(node)
    _key_value_pairs(node, "LABEL")


def _check_maintainer(node: LineNode) -> None:
    _exactly_one(node, "MAINTAINER")
    _parse_flags(node)


def _sources_and_destination(node: LineNode, keyword: str) -> None:
    if len(node.args) < 2:
        raise _Refused(
            f"{keyword} requires at least two arguments, but only one was provided. Destination could not be determined"
        )
    _parse_flags(node)
    destination = node.args[-1]
    try:
        opens_heredoc = parse_heredoc_word(destination.value) is not None
    except HeredocError:
        opens_heredoc = False
    if opens_heredoc:
        raise _Refused(f"{keyword} cannot accept a heredoc as a destination", destination)


def _check_add(node: LineNode) -> None:
    _sources_and_destination(node, "ADD")


def _check_copy(node: LineNode) -> None:
    _sources_and_destination(node, "COPY")


def _check_from(node: LineNode) -> None:
    args = node.args
    if len(args) == 3 and args[1].value.lower() == "as":
        if not _STAGE_NAME.match(args[2].value.lower()):
            raise _Refused(
                f"invalid name for build stage: {go_quote(args[2].value)}, name can't start with a number or contain symbols",
                args[2],
            )
    elif len(args) != 1:
        raise _Refused("FROM requires either one or three arguments")
    _parse_flags(node)


def _check_onbuild(node: LineNode) -> None:
    trigger = node.trigger
    if trigger is None:
        raise _Refused("ONBUILD requires at least one argument")
    _parse_flags(node)
    name = trigger.keyword.value.strip().upper()
    if name == "ONBUILD":
        raise _Refused("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.keyword)
    if name in ("MAINTAINER", "FROM"):
        raise _Refused(f"{name} isn't allowed as an ONBUILD trigger", trigger.keyword)


def _check_workdir(node: LineNode) -> None:
    _exactly_one(node, "WORKDIR")
    _parse_flags(node)


def _check_run(node: LineNode) -> None:
    used = _parse_flags(node)
    network = used.get("network", ["default"])[-1]
    if network not in _NETWORK_MODES:
        raise _Refused(f"invalid network mode {go_quote(network)}", _last_flag(node, "network"))
    security = used.get("security", ["sandbox"])[-1]
    if security not in _SECURITY_MODES:
        raise _Refused(f"security {go_quote(security)} is not valid", _last_flag(node, "security"))


def _last_flag(node: LineNode, name: str) -> Word | None:
    found = None
    for flag in node.flags:
        if flag.value[2:].partition("=")[0] == name:
            found = flag
    return found


def _check_flags_only(node: LineNode) -> None:
    _parse_flags(node)


def _check_healthcheck(node: LineNode) -> None:
    _at_least_one(node, "HEALTHCHECK")
    kind = node.args[0].value.upper()
    if kind == "NONE":
        if len(node.args) > 1:
            raise _Refused("HEALTHCHECK NONE takes no arguments")
        return
    used = _parse_flags(node)
    if kind != "CMD":
        raise _Refused(f"Unknown type {go_quote(kind)} in HEALTHCHECK (try CMD)", node.args[0])
    if len(node.args) == 1:
        raise _Refused("Missing command after HEALTHCHECK CMD")
    for name in ("interval", "timeout", "start-period", "start-interval"):
        if name in used:
            _check_interval(node, name, used[name][-1])
    if "retries" in used:
        _check_retries(node, used["retries"][-1])


def _check_interval(node: LineNode, name: str, value: str) -> None:
    if not value:
        return
    try:
        nanoseconds = parse_duration(value)
    except DurationError as refused:
        raise _Refused(str(refused), _last_flag(node, name)) from None
    if nanoseconds != 0 and nanoseconds < 1_000_000:
        raise _Refused(f"Interval {go_quote(name)} cannot be less than 1ms", _last_flag(node, name))


def _check_retries(node: LineNode, value: str) -> None:
    if not value:
        return
    flag = _last_flag(node, "retries")
    if not _INT.match(value):
        raise _Refused(f"strconv.ParseInt: parsing {go_quote(value)}: invalid syntax", flag)
    retries = int(value)
    if not -(2**31) <= retries < 2**31:
        raise _Refused(f"strconv.ParseInt: parsing {go_quote(value)}: value out of range", flag)
    if retries < 0:
        raise _Refused(f"--retries cannot be negative ({retries})", flag)


def _check_expose(node: LineNode) -> None:
    _at_least_one(node, "EXPOSE")
    _parse_flags(node)


def _check_user(node: LineNode) -> None:
    _exactly_one(node, "USER")
    _parse_flags(node)


def _check_volume(node: LineNode) -> None:
    _at_least_one(node, "VOLUME")
    _parse_flags(node)
    for arg in node.args:
        if not arg.value.strip():
            raise _Refused("VOLUME specified can not be an empty string", arg)


def _check_stopsignal(node: LineNode) -> None:
    _exactly_one(node, "STOPSIGNAL")


def _check_arg(node: LineNode) -> None:
    _at_least_one(node, "ARG")
    for arg in node.args:
        name, equals, _ = arg.value.partition("=")
        if equals and not name:
            raise _Refused("ARG names can not be blank", arg)


def _check_shell(node: LineNode) -> None:
    _parse_flags(node)
    if not node.args:
        raise _Refused("SHELL requires at least one argument")
    if not node.json:
        raise _Refused("SHELL requires the arguments to be in JSON form")


_CHECKS = {
    "add": _check_add,
    "arg": _check_arg,
    "cmd": _check_flags_only,
    "copy": _check_copy,
    "entrypoint": _check_flags_only,
    "env": _check_env,
    "expose": _check_expose,
    "from": _check_from,
    "healthcheck": _check_healthcheck,
    "label": _check_label,
    "maintainer": _check_maintainer,
    "onbuild": _check_onbuild,
    "run": _check_run,
    "shell": _check_shell,
    "stopsignal": _check_stopsignal,
    "user": _check_user,
    "volume": _check_volume,
    "workdir": _check_workdir,
}
