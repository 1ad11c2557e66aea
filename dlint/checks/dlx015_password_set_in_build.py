"""DLX015: a RUN sets a password with ``chpasswd`` (Checkov CKV2_DOCKER_17).

``echo 'root:secret' | chpasswd`` writes the password into the Dockerfile,
the build log and the image history, and gives every container of the image
the same one. The command is found wherever the shell runs it: after ``&&``
or ``;``, in a pipeline, behind ``sudo`` or ``env``, in ``sh -c`` and in a
heredoc, in RUN and in ONBUILD RUN.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DLX015",
    title="A password is set with chpasswd during the build",
    severity=Severity.ERROR,
    aliases=("CKV2_DOCKER_17",),
    category="security",
    tags=("security", "secrets"),
)
def password_set_in_build(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in doc.commands(program="chpasswd", keyword="RUN"):
        yield Violation(
            command.argv[0].span,
            "chpasswd sets a password that the Dockerfile and the image history keep: "
            "authenticate with keys given at run time, or lock the account",
        )
