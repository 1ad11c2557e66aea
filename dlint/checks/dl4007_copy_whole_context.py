"""COPY of the whole build context, ``COPY . /app`` (DL4007).

Copying ``.`` takes whatever sits in the context: ``.git``, ``.env`` files,
local configuration and build output, unless a ``.dockerignore`` happens to
exclude each of them. Naming the files and folders the image needs keeps
secrets out and makes the COPY's cache depend only on them.

A source counts when, after ARG/ENV expansion and quote removal, it is the
context root: ``.``, ``./``, ``"./"`` or ``$SRC`` with ``ARG SRC=.`` (hadolint
compares the word as written and only ``.`` and ``./``). A COPY ``--from`` a
stage or image copies no context and is not reported; an ONBUILD COPY, which
copies the context of the image built FROM this one, is (hadolint skips it).
One finding per COPY, on its first such source.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL4007",
    title="COPY of the whole build context",
    severity=Severity.WARNING,
    category="security",
    tags=("context",),
)
def copy_whole_context(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        copy = instruction.trigger_or_self
        if copy is None or copy.keyword != "COPY" or copy.flag("from") or copy.heredocs:
            continue
        scope = doc.scope(instruction)
        for source in copy.args[:-1]:
            value = scope.expand(source.value).value
            if value is not None and posixpath.normpath(value) in (".", "/"):
                yield Violation(
                    source.span,
                    f"COPY {source.value} copies the whole build context, with .git, .env files and local "
                    "configuration unless .dockerignore excludes them: copy only the files the image needs",
                )
                break
