"""The image's last USER is root (DL3002).

A container that runs as root turns any escape from the process into root
on the host's kernel interface. Only the stages of the image a plain
``docker build`` produces are judged: the target stage and the stages it is
built FROM, whose last USER decides who the container runs as; a build-only
stage that stays root is fine (hadolint reports each stage). ``root``,
``0``, ``root:group`` and ``0:0`` are root, also through an ARG or ENV.
Reported on that USER instruction, where DLX005 reports a final ``USER root``
too: both findings become one, under DL3002 with DLX005's ids among its aliases.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.model.users import final_user
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3002",
    title="Last USER is root",
    severity=Severity.WARNING,
    category="security",
    tags=("security",),
    same_problem_as=("DLX005",),
)
def last_user_root(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    last = final_user(doc)
    if last is not None and last.is_root:
        yield Violation(last.instruction.span, "Last USER should not be root")
