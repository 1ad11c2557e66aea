"""EXPOSE of a port number outside 0-65535 (DL3011).

Ports are read after ARG/ENV expansion, ranges (``8000-70000``) and host
ports included; a value that depends on an unknown variable is not judged.
As in hadolint, an EXPOSE before the first FROM (a fragment) is judged too.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from dlint.checks._expose_ports import exposed_ports, ports_exposed_by
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_HIGHEST = 65535


@rule(
    "DL3011",
    title="Exposed port out of range",
    severity=Severity.ERROR,
    aliases=("DS008", "AVD-DS-0008"),
    category="correctness",
)
def port_out_of_range(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for spec in chain(ports_exposed_by(doc, doc.preamble), exposed_ports(doc)):
        numbers = [part for ports in (spec.host_port, spec.text.rsplit(":", 1)[-1].partition("/")[0])
                   for part in ports.split("-") if part]
        high = [number for number in numbers if number.isdigit() and int(number) > _HIGHEST]
        if high:
            yield Violation(spec.argument.span, f"Port {high[0]} is out of range: valid UNIX ports are 0 to {_HIGHEST}")
