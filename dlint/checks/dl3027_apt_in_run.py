"""``apt`` in a RUN (DL3027).

``apt`` is meant for people at a terminal: its output and options may
change between releases and it warns that it has no stable command-line
interface. Scripts use ``apt-get`` and ``apt-cache``. Reported on the
program word.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3027",
    title="apt used instead of apt-get",
    severity=Severity.WARNING,
    aliases=("CKV_DOCKER_9",),
    category="best-practice",
)
def apt_in_run(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="apt", keyword="RUN"):
        yield Violation(
            command.argv[0].span,
            "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
        )
