"""Which rules run: rule selectors (ids, aliases, prefixes, ``ALL``) resolved against the registry.

A selector names rules the way a user writes them on the command line, in a
config file or in a suppression comment: a primary id (``DL3006``), another
tool's id for the same check (``CKV_DOCKER_7``, ``StageNameCasing``), a prefix
(``DL3``) or ``ALL``. Names are matched case-insensitively.

Selection is layered, like ruff's: the defaults, then each config, then the
command line. A layer with ``select`` starts from nothing; ``extend-select``
adds, ``ignore`` removes. Within one layer the more specific selector wins
(``ALL`` < a prefix < a longer prefix < an exact name), so ``select = DL3`` with
``ignore = DL3008`` drops one rule, and ``ignore = ALL`` with ``select = DL3008``
keeps one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlint.engine.findings import Severity
    from dlint.engine.registry import Rule

_EXACT = 10_000


class UnknownRule(ValueError):
    """A selector that names no rule."""

    def __init__(self, selector: str):
        super().__init__(f"unknown rule or prefix {selector!r}")
        self.selector = selector


class RuleIndex:
    """Every rule reachable by each of its names, for resolving selectors."""

    def __init__(self, rules: Mapping[str, Rule]):
        self.rules = dict(rules)
        self._by_name: dict[str, list[str]] = {}
        for rule in self.rules.values():
            for name in rule.names:
                ids = self._by_name.setdefault(name.lower(), [])
                if rule.id not in ids:
                    ids.append(rule.id)

    def lookup(self, name: str) -> tuple[str, ...]:
        """The rules ``name`` is an id or alias of (no prefixes); empty when none."""
        return tuple(self._by_name.get(name.strip().lower(), ()))

    def resolve(self, selector: str) -> tuple[str, ...]:
        """The primary ids ``selector`` stands for, in registry order."""
        ids, _ = self._resolve(selector)
        return ids

    def specificity(self, selector: str) -> int:
        _, specificity = self._resolve(selector)
        return specificity

    def _resolve(self, selector: str) -> tuple[tuple[str, ...], int]:
        key = selector.strip().lower()
        if key == "all":
            return tuple(self.rules), 0
        exact = self._by_name.get(key)
        if exact:
            return tuple(exact), _EXACT
        if key:
            matched = {rule_id for name, ids in self._by_name.items() if name.startswith(key) for rule_id in ids}
            if matched:
                return tuple(rule_id for rule_id in self.rules if rule_id in matched), len(key)
        raise UnknownRule(selector)


@dataclass(frozen=True)
class SelectionLayer:
    """One source's say on which rules run (a config file or the command line)."""

    select: tuple[str, ...] | None = None     # None: keep what the layers before chose
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def enabled_by_default(index: RuleIndex) -> frozenset[str]:
    return frozenset(rule.id for rule in index.rules.values() if rule.enabled)


def select_rules(index: RuleIndex, layers: Iterable[SelectionLayer], base: Iterable[str] | None = None) -> frozenset[str]:
    """The ids of the rules to run after applying ``layers`` to ``base`` (default: rules on by default)."""
    chosen = set(enabled_by_default(index) if base is None else base)
    for layer in layers:
        if layer.select is not None:
            chosen = set()
        steps = [(selector, True) for selector in (*(layer.select or ()), *layer.extend_select)]
        steps += [(selector, False) for selector in layer.ignore]
        # stable sort: at equal specificity the ignore, listed last, wins
        steps.sort(key=lambda step: index.specificity(step[0]))
        for selector, enable in steps:
            ids = index.resolve(selector)
            if enable:
                chosen.update(ids)
            else:
                chosen.difference_update(ids)
    return frozenset(chosen)


def resolve_severities(index: RuleIndex, layers: Iterable[Iterable[tuple[str, Severity]]]) -> dict[str, Severity]:
    """Each rule id's overridden level: later layers win, and within a layer the more specific selector."""
    severities: dict[str, Severity] = {}
    for layer in layers:
        for selector, level in sorted(layer, key=lambda override: index.specificity(override[0])):
            for rule_id in index.resolve(selector):
                severities[rule_id] = level
    return severities


def split_selectors(text: str) -> tuple[str, ...]:
    """``"DL3006, DL3008"`` -> ``("DL3006", "DL3008")``."""
    return tuple(part.strip() for part in text.split(",") if part.strip())
