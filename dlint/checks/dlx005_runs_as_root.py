"""DLX005: the image a plain ``docker build`` produces runs its process as root.

Looks at the target stage and the stages it is built FROM: the last USER
among them decides. hadolint's DL3002 only looks at the last USER of each
stage; this rule asks what the final container runs as.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.users import ROOT_USERS
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule




@rule(
    "DLX005",
    title="The image runs as root",
    severity=Severity.WARNING,
    aliases=("DS002", "AVD-DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"),
    category="security",
    tags=("security",),
)
def image_runs_as_root(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    target = doc.target
    if target is None:
        return
    last_user = None
    for stage in target.chain():
        users = [i for i in stage.instructions if i.keyword == "USER" and i.args]
        if users:
            last_user = users[-1]
            break
    from_span = target.from_.span
    if last_user is None:
        yield Violation(from_span, "no USER instruction: the container runs as root; add a USER with an unprivileged user")
        return
    user = doc.scope(last_user).expand(last_user.args[0].value).value
    if user is not None and user.split(":", 1)[0] in ROOT_USERS:
        yield Violation(
            from_span,
            f"the last USER is {user}: the container runs as root; switch to an unprivileged user",
            related=(Related(last_user.span, "the last USER"),),
        )
