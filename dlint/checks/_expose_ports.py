"""The port specifications of EXPOSE, split as BuildKit splits them.

Each argument is expanded with the stage's variables and split into words;
each word is ``[ip:][host_port:]container_port[/protocol]``. BuildKit stops
reading an EXPOSE at the first word without a port or with a protocol other
than tcp, udp or sctp, or right after a port number it cannot read (the
build fails there), so later words are never checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dlint.model.document import Document
from dlint.model.instruction import Argument, Instruction
from dlint.model.stages import Stage

_PROTOCOLS = frozenset({"tcp", "udp", "sctp"})


@dataclass(frozen=True, slots=True)
class PortSpec:
    """One port specification of an EXPOSE, after expansion."""

    argument: Argument      # the argument the spec was written in
    text: str               # the spec after expansion: "127.0.0.1:80:80/tcp"
    ip: str
    host_port: str
    protocol: str           # as written; "" when omitted


def exposed_ports(doc: Document, stages: Iterable[Stage] | None = None) -> Iterator[PortSpec]:
    """The port specifications of the EXPOSEs of ``stages`` (default: every stage)."""
    for stage in doc.stages if stages is None else stages:
        yield from ports_exposed_by(doc, stage.instructions)


def ports_exposed_by(doc: Document, instructions: Iterable[Instruction]) -> Iterator[PortSpec]:
    """The port specifications of the EXPOSEs among ``instructions``."""
    for instruction in instructions:
        if instruction.keyword == "EXPOSE":
            yield from _instruction_ports(doc, instruction)


def _instruction_ports(doc: Document, instruction: Instruction) -> Iterator[PortSpec]:
    scope = doc.scope(instruction)
    for argument in instruction.args:
        words = scope.expand(argument.value, split=True).words
        for text in words or ():
            ip, host_port, container = _split_parts(text)
            port, _, protocol = container.partition("/")
            if not port or protocol.lower() not in _PROTOCOLS | {""}:
                return
            yield PortSpec(argument, text, ip, host_port, protocol)
            if not _valid_range(port) or (host_port and not _valid_range(host_port)):
                return


def _valid_range(ports: str) -> bool:
    start, dash, end = ports.partition("-")
    numbers = (start, end) if dash else (start,)
    if not all(n.isdigit() and int(n) <= 65535 for n in numbers):
        return False
    return int(numbers[-1]) >= int(numbers[0])


def _split_parts(text: str) -> tuple[str, str, str]:
    parts = text.split(":")
    if len(parts) == 1:
        return "", "", parts[0]
    if len(parts) == 2:
        return "", parts[0], parts[1]
    return ":".join(parts[:-2]), parts[-2], parts[-1]
