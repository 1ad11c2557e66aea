"""DLX013: the image exposes port 22, the SSH port (Trivy DS004, Checkov CKV_DOCKER_1).

A container is reached with ``docker exec``; an SSH server inside it is one
more service to patch and a door for password guessing. Only the stages the
target image is built from count, since an EXPOSE of a build stage does not
reach the image; ports are read after ARG/ENV expansion, and a range that
holds 22 counts. UDP port 22 is not SSH.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._expose_ports import exposed_ports
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_SSH = 22


@rule(
    "DLX013",
    title="Port 22 (SSH) is exposed",
    severity=Severity.WARNING,
    aliases=("DS004", "AVD-DS-0004", "CKV_DOCKER_1"),
    category="security",
    tags=("security",),
)
def ssh_port_exposed(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    target = doc.target
    if target is None:
        return
    for spec in exposed_ports(doc, target.chain()):
        if spec.protocol.lower() not in ("", "tcp"):
            continue
        if _holds_ssh(spec.text.rsplit(":", 1)[-1].partition("/")[0]):
            yield Violation(spec.argument.span, "port 22 (SSH) is exposed: use docker exec instead of an SSH server")


def _holds_ssh(ports: str) -> bool:
    start, dash, end = ports.partition("-")
    if not start.isdigit() or (dash and not end.isdigit()):
        return False
    return int(start) <= _SSH <= int(end if dash else start)
