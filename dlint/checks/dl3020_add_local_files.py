"""ADD used to copy local files and folders (DL3020): COPY says what it does.

ADD also fetches URLs, clones git repositories and unpacks local tar
archives; for plain files it only adds surprises. ADD of a local archive,
a URL or a git reference is legitimate. Sources are judged after variable
expansion; a source whose value is unknown is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

ARCHIVE_SUFFIXES = (
    ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz",
    ".tpz", ".txz", ".xz", ".zst", ".tzst",
)
_REMOTE = re.compile(r"(https?|git|ssh)://|[\w.-]+@[\w.-]+:", re.IGNORECASE)


@rule(
    "DL3020",
    title="ADD used for local files and folders",
    severity=Severity.ERROR,
    aliases=("DS005", "AVD-DS-0005", "CKV_DOCKER_4"),
    category="best-practice",
)
def add_local_files(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword != "ADD" or len(instruction.args) < 2:
            continue
        scope = doc.scope(instruction)
        local = []
        for source in instruction.args[:-1]:
            value = scope.expand(source.value).value
            if value is not None and is_local_file(value):
                local.append(value)
        if local:
            listed = ", ".join(f"`{value}`" for value in local)
            yield Violation(
                instruction.keyword_span,
                f"Use COPY instead of ADD for files and folders ({listed}); "
                "ADD is for URLs, git repositories and local tar archives",
            )


def is_local_file(source: str) -> bool:
    source = source.strip("\"'")
    return not (_REMOTE.match(source) or source.endswith(ARCHIVE_SUFFIXES) or source.startswith("<<"))
