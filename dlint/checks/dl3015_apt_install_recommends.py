"""``apt-get install`` without ``--no-install-recommends`` (DL3015).

Recommended packages are rarely needed in an image and can double its size.
Setting ``APT::Install-Recommends=false`` on the command line counts too.
Reported on the apt-get command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_OFF = ("false", "0", "no", "off")


@rule(
    "DL3015",
    title="apt-get install without --no-install-recommends",
    severity=Severity.INFO,
    aliases=("DS029", "AVD-DS-0029"),
    category="performance",
    tags=("image-size",),
)
def apt_install_recommends(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="apt-get", verb="install", keyword="RUN"):
        if command.has_flag("no-install-recommends") or any(
            key.lower() == "apt::install-recommends" and value.lower() in _OFF
            for key, _, value in (setting.partition("=") for setting in command.option_values("option"))
        ):
            continue
        yield Violation(command.span, "Avoid additional packages by specifying `--no-install-recommends`")
