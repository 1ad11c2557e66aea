"""``useradd`` with a high UID and without ``-l`` (DL3046).

useradd records every user in ``/var/log/lastlog`` and ``faillog``, sparse
files indexed by UID. A layer cannot keep a file sparse, so a UID such as
``100000000`` writes gigabytes of zeros into the image. ``-l``
(``--no-log-init``) skips those files. As in hadolint, a UID of more than
five digits counts as high; a variable is judged by the value an ARG or ENV
gives it. Reported on the ``-u`` option and its value.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import word_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

HIGH_UID = 100_000


@rule(
    "DL3046",
    title="useradd with a high UID without -l",
    severity=Severity.WARNING,
    category="performance",
    tags=("image-size",),
)
def useradd_high_uid(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="useradd", keyword="RUN"):
        uid = command.option("uid")
        if uid is None or command.has_flag("no-log-init"):
            continue
        values = word_values(doc, command.listed, uid.words[-1]) if len(uid.words) > 1 else (uid.value,)
        if values and all(value is not None and value.isdigit() for value in values) and int(values[0]) >= HIGH_UID:
            yield Violation(
                uid.span,
                f"useradd with UID {values[0]} and without `-l` writes huge lastlog and faillog files "
                "into the image: add `--no-log-init`",
            )
