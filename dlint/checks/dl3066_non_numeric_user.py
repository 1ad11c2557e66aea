"""The image's last USER names its user by name, not by UID (DL3066).

Kubernetes' ``runAsNonRoot`` and other host-side checks read the image's
USER without the image's ``/etc/passwd``: they cannot tell whether ``app``
is root, and refuse to start the container. A numeric UID (``USER 10001``
or ``USER 10001:10001``) is clear to them. As hadolint's newest spec does,
only the USER the container runs as is judged: the last one of the target
stage and the stages it is built FROM. A variable is judged by the value
an ARG or ENV gives it, and not at all when that value is unknown. Reported
on the user word.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.model.users import final_user
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3066",
    title="USER is not a numeric UID",
    severity=Severity.INFO,
    category="security",
    tags=("security",),
)
def non_numeric_user(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    last = final_user(doc)
    if last is not None and last.name is not None and not last.name.isdigit():
        yield Violation(
            last.instruction.args[0].span,
            f"Use a numeric user id (USER {last.user} may not be resolvable by the host): e.g. USER 10001",
        )
