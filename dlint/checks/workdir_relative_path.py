"""WorkdirRelativePath: a relative WORKDIR before any absolute one in the build.

A relative WORKDIR is resolved against the base image's working directory,
which the Dockerfile does not control. BuildKit only reports the first
WORKDIR of a stage, and only when no WORKDIR came before it in the stage or
in the stages it is built FROM: fixing that first one fixes the rest.
hadolint's DL3000 reports every relative WORKDIR; on the WORKDIR both
report, the user sees one finding, this one, naming DL3000 too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.platform import PlatformError, parse_platform
from dlint.model.stages import Stage
from dlint.parser.go_text import go_quote
from dlint.rule_api import RuleContext, Severity, Violation, rule

_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
_WINDOWS_IMAGE_HINTS = ("windows", "servercore", "nanoserver", "dotnet/framework")


@rule(
    "WorkdirRelativePath",
    buildkit_name="WorkdirRelativePath",
    title="Relative workdir without an absolute workdir declared within the build "
    "can have unexpected results if the base image changes",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("buildkit", "workdir"),
    url="https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/",
    same_problem_as=("DL3000",),
)
def relative_first_workdir(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        if "WORKDIR" in stage.inherited_keywords:
            continue
        workdir = next((i for i in stage.instructions if i.keyword == "WORKDIR"), None)
        if workdir is None or len(workdir.args) != 1:
            continue
        path = doc.scope(workdir).expand(workdir.args[0].value).value
        if path is not None and not _is_absolute(path, _stage_os(stage)):
            yield Violation(
                workdir.args[0].span,
                f"Relative workdir {go_quote(path)} can have unexpected results if the base image changes",
            )


def _is_absolute(path: str, os: str) -> bool:
    if os == "windows":
        path = _DRIVE_LETTER.sub("", path).replace("\\", "/")
    return path.startswith("/")


def _stage_os(stage: Stage) -> str:
    """The OS the stage is built for: its root's ``--platform``, else the OS its image is for.

    BuildKit takes the OS from the pulled image's configuration; the names of
    Windows base images and tags say as much.
    """
    root = stage.root
    if root.platform_expansion is not None:
        value = root.platform_expansion.value
        try:
            return parse_platform(value).os if value else "linux"
        except PlatformError:
            return "linux"
    image = (root.base.value or "").lower()
    return "windows" if any(hint in image for hint in _WINDOWS_IMAGE_HINTS) else "linux"
