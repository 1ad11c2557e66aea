"""DLX014: WORKDIR is a system folder such as /proc or /dev (Trivy DS030).

These folders are filled by the kernel or the runtime when the container
starts (``/proc``, ``/sys``, ``/dev``) or belong to the boot of a machine
(``/boot``, ``/initrd``, ``/lost+found``). Files a build writes there are
hidden by the mounts of the container or end up where they can change the
host's view of the container. The folder is judged after ARG/ENV expansion
and relative to the WORKDIR before it; Trivy matches only paths written with a
trailing slash below the folder (``/proc/x``), so ``WORKDIR /proc`` itself
escapes it, and it does not know ``/sys``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from dlint.model.context_copies import working_directory
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_SYSTEM_FOLDERS = ("/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found")


@rule(
    "DLX014",
    title="WORKDIR is a system folder",
    severity=Severity.ERROR,
    aliases=("DS030", "AVD-DS-0030"),
    category="correctness",
    tags=("security",),
)
def workdir_in_system_folder(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword != "WORKDIR" or not instruction.args:
            continue
        value = doc.scope(instruction).expand(instruction.args[0].value).value
        if value is None:
            continue
        if not value.startswith("/"):
            before = working_directory(doc, instruction)
            if before is None:
                continue
            value = posixpath.join(before, value)
        folder = posixpath.normpath("/" + value.lstrip("/"))
        system = next((s for s in _SYSTEM_FOLDERS if folder == s or folder.startswith(s + "/")), None)
        if system is not None:
            where = "is the system folder" if folder == system else "is inside the system folder"
            yield Violation(
                instruction.args[0].span, f"WORKDIR {folder} {where} {system}: work in a folder of your own, such as /app"
            )
