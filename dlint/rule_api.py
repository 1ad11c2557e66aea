"""The rule API: everything a check, built-in or plugin, imports from dlint.

A rule is a function over the document model (:mod:`dlint.model`) decorated
with :func:`rule`, which gives it an id, a title, a severity and the rest of
its metadata. The function yields :class:`Violation` values; the engine turns
them into findings. Checks and plugins import this module and the model, and
nothing else of dlint, so the engine, reporters and CLI can change freely
behind it.
"""

from __future__ import annotations

import os
import posixpath
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from dlint.model.spans import Span

if TYPE_CHECKING:
    from dlint.model.dockerignore import DockerIgnore
    from dlint.model.document import Document

# The largest context file a check reads (an entrypoint script, an .npmrc).
CONTEXT_FILE_LIMIT = 1024 * 1024


class Severity(IntEnum):
    """Ordered so that ``>=`` compares with a ``--fail-on`` threshold."""

    STYLE = 0
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the source text under ``span`` with ``replacement``."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A change that removes the violation: all ``edits`` applied together.

    A safe fix keeps what the image does. A fix that may change it (shell-form CMD
    to exec form drops the shell's expansion) says why in ``unsafe_because``;
    ``--fix`` applies it only with ``--unsafe-fixes``.
    """

    description: str
    edits: tuple[Edit, ...]
    unsafe_because: str | None = None

    @property
    def is_safe(self) -> bool:
        return self.unsafe_because is None


@dataclass(frozen=True, slots=True)
class Related:
    """Another place that explains a violation, such as the first of two stages with one name."""

    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule's check yields; the engine adds rule, severity and path.

    ``severity`` is for a rule whose tool decides the level of each finding
    (ShellCheck's SC codes); None reports it at the rule's severity. A
    ``--severity`` or ``severity`` setting still wins.

    ``aliases`` names the rule's aliases this violation matches, for a rule
    that stands for several checks of another tool (pip ``--trusted-host`` is
    Checkov's CKV2_DOCKER_4, curl ``-k`` its CKV2_DOCKER_2); None means all of
    them. The finding shows only these, and selecting or silencing an alias
    applies only to the findings that carry it.
    """

    span: Span
    message: str
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    severity: Severity | None = None
    aliases: tuple[str, ...] | None = None


@dataclass(frozen=True)
class RuleContext:
    """What a check may read besides the document: the file's settings and its build context."""

    path: str                                   # the linted file as given ("-" or --stdin-filename for stdin)
    context_dir: str | None = None              # the build context (--context, else the Dockerfile's folder); None for unnamed stdin
    dockerignore: DockerIgnore | None = None    # the .dockerignore that applies, already read
    context_given: bool = False                 # the user named the context (--context), so it is not a guess
    trusted_registries: tuple[str, ...] = ()
    label_schema: dict[str, str] = field(default_factory=dict)
    strict_labels: bool = False
    options: dict[str, Any] = field(default_factory=dict)   # rule options from the config, by option name
    shellcheck: str | None = None               # the ShellCheck program to run; None when there is none
    # Context files read by checks, by relative path, and what each read gave: a result depends on them.
    files_read: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    def context_file(self, relative: str) -> str | None:
        """The text of a file of the build context, as the build would send it; None when it is not there.

        ``relative`` is a path inside the context (``docker/entrypoint.sh``). None
        when the context is unknown, the file is excluded by the ``.dockerignore``,
        is not a regular file, is a link leading out of the context, or is larger
        than :data:`CONTEXT_FILE_LIMIT` bytes. Undecodable bytes read as U+FFFD.
        """
        path = posixpath.normpath("/" + relative.replace(os.sep, "/")).lstrip("/")
        if path not in self.files_read:
            self.files_read[path] = self._read_context_file(path)
        return self.files_read[path]

    def file_beside(self, name: str) -> str | None:
        """The text of the file ``name`` in the Dockerfile's own folder (``devcontainer.json``), read as :meth:`context_file` reads."""
        if self.path == "-" or "/" in name or name in ("", ".", ".."):
            return None
        return _read_text_inside(os.path.dirname(os.path.abspath(self.path)), name)

    def _read_context_file(self, path: str) -> str | None:
        if self.context_dir is None or not path or (self.dockerignore is not None and self.dockerignore.matches(path)):
            return None
        return _read_text_inside(self.context_dir, path)


def _read_text_inside(folder: str, relative: str) -> str | None:
    """The text of the regular file ``relative`` under ``folder``; None when it is missing, too large or leads out."""
    root = os.path.realpath(folder)
    full = os.path.realpath(os.path.join(root, relative))
    if not full.startswith(root.rstrip(os.sep) + os.sep):
        return None
    try:
        # Never open what is not a regular file: opening a FIFO blocks.
        status = os.stat(full)
        if not stat.S_ISREG(status.st_mode) or status.st_size > CONTEXT_FILE_LIMIT:
            return None
        with open(full, "rb") as stream:
            return stream.read(CONTEXT_FILE_LIMIT).decode("utf-8", errors="replace")
    except OSError:
        return None


Check = Callable[["Document", "RuleContext"], Iterable[Violation]]


@dataclass(frozen=True)
class Rule:
    """One rule: what the user sees of it (ids, title, severity, ...) and the check that finds its violations."""

    id: str                                   # primary id: DL3006, StageNameCasing, DLX001
    title: str                                # one line, shown in tables and SARIF shortDescription
    severity: Severity
    check: Check = field(repr=False)
    aliases: tuple[str, ...] = ()             # other tools' ids for the same check
    category: str = "best-practice"           # best-practice, security, performance, correctness, maintainability, style
    tags: tuple[str, ...] = ()
    enabled: bool = True                      # on by default
    fixable: bool = False
    experimental: bool = False                # BuildKit experimental checks
    buildkit_name: str | None = None          # the BuildKit check name, for ``# check=skip=``
    options: dict[str, Any] = field(default_factory=dict)   # option name -> default value
    url: str | None = None
    # Rules that report the same problem: where one of them reports the span
    # this rule reports, the two findings become one, under this rule's id.
    same_problem_as: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    def run(self, document: Document, context: RuleContext) -> Iterator[Violation]:
        yield from self.check(document, context)


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    *,
    title: str,
    severity: Severity,
    aliases: tuple[str, ...] = (),
    category: str = "best-practice",
    tags: tuple[str, ...] = (),
    enabled: bool = True,
    fixable: bool = False,
    experimental: bool = False,
    buildkit_name: str | None = None,
    options: dict[str, Any] | None = None,
    url: str | None = None,
    same_problem_as: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register the decorated function as the check of rule ``id``.

    ``same_problem_as`` names rules that find the same mistake (a hadolint
    rule and the BuildKit check for it). When both run and report the same
    span, the user sees one finding: this rule's, with the other rule's id
    among its aliases. The rules must agree on the span they report.
    """

    def register(check: Check) -> Check:
        if id in RULES:
            raise ValueError(f"rule {id} is registered twice")
        RULES[id] = Rule(
            id=id,
            title=title,
            severity=severity,
            check=check,
            aliases=tuple(aliases),
            category=category,
            tags=tuple(tags),
            enabled=enabled,
            fixable=fixable,
            experimental=experimental,
            buildkit_name=buildkit_name,
            options=dict(options or {}),
            url=url,
            same_problem_as=tuple(same_problem_as),
        )
        return check

    return register


def catalogue_folder() -> str:
    package = os.path.dirname(os.path.realpath(__file__))
    project = os.path.dirname(package)
    checkout = os.path.join(project, "rules")
    if os.path.isdir(checkout) and os.path.isfile(os.path.join(project, "pyproject.toml")):
        return checkout
    return os.path.join(package, "catalogue")


def data_file(name: str) -> str:
    """The path of the catalogue's data table ``data/<name>``."""
    return os.path.join(catalogue_folder(), "data", name)


__all__ = [
    "CONTEXT_FILE_LIMIT",
    "RULES",
    "Check",
    "Edit",
    "Fix",
    "Related",
    "Rule",
    "RuleContext",
    "Severity",
    "Violation",
    "data_file",
    "rule",
]
