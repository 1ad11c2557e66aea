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
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3066",
    title="USER is not a numeric UID",
    severity=Severity.INFO,
    category="security",
    tags=("security",),
)
def non_numeric_user(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    target = doc.target
    if target is None:
        return
    users = [i for stage in target.chain() for i in reversed(stage.instructions) if i.keyword == "USER" and i.args]
    if not users:
        return
    last = users[0]
    user = doc.scope(last).expand(last.args[0].value).value
    if user is not None and not user.split(":", 1)[0].isdigit():
        yield Violation(
            last.args[0].span,
            f"Use a numeric user id (USER {user} may not be resolvable by the host): e.g. USER 10001",
        )
