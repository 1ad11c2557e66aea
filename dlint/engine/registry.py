"""Rules as values: metadata plus a check function over the document model.

A rule module declares itself with :func:`rule`; importing the module
registers it. Built-in rules live in :mod:`dlint.checks`, third-party rules
arrive through the ``dlint.rules`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dlint.engine.findings import Severity, Violation

if TYPE_CHECKING:
    from dlint.engine.context import RuleContext
    from dlint.model.document import Document

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

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    def run(self, document: Document, context: RuleContext) -> Iterator[Violation]:
        yield from self.check(document, context)


_REGISTRY: dict[str, Rule] = {}


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
) -> Callable[[Check], Check]:
    """Register the decorated function as the check of rule ``id``."""

    def register(check: Check) -> Check:
        if id in _REGISTRY:
            raise ValueError(f"rule {id} is registered twice")
        _REGISTRY[id] = Rule(
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
        )
        return check

    return register


def registered_rules() -> dict[str, Rule]:
    """Every rule: built-in modules and entry-point plugins, loaded once."""
    from dlint.engine.loading import load_all

    load_all()
    return _REGISTRY
