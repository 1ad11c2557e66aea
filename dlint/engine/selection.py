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

Selection applies to findings, not only to rules: a finding answers to its
rule's id and to the aliases it carries (:class:`~dlint.rule_api.Violation`
may name fewer than all of the rule's). ``--select CKV2_DOCKER_4`` runs
DLX006 and keeps only its findings that are CKV2_DOCKER_4; ``--ignore
CKV2_DOCKER_4`` keeps the rule and drops only those findings. A rule runs when
a finding of it could be kept.
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

    def names_match(self, selector: str, names: Iterable[str]) -> bool:
        """Whether ``selector`` stands for a finding answering to ``names`` (its rule's id and the aliases it carries)."""
        key = selector.strip().lower()
        if key == "all":
            return True
        lowered = {name.lower() for name in names}
        if key in self._by_name:
            return key in lowered
        return bool(key) and any(name.startswith(key) for name in lowered)

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
    """The ids of the rules to run after applying ``layers`` to ``base`` (default: rules on by default).

    A rule runs when a finding of it could be selected: one carrying all its
    aliases, none, or any one of them.
    """
    layers = tuple(layers)
    for layer in layers:
        for selector in (*(layer.select or ()), *layer.extend_select, *layer.ignore):
            index.resolve(selector)   # raises UnknownRule
    base_ids = enabled_by_default(index) if base is None else frozenset(base)
    return frozenset(
        rule.id
        for rule in index.rules.values()
        if any(finding_selected(index, layers, names, rule.id in base_ids) for names in _possible_names(rule))
    )


def finding_selected(index: RuleIndex, layers: Iterable[SelectionLayer], names: tuple[str, ...], in_base: bool) -> bool:
    """Whether a finding answering to ``names`` is kept by ``layers``; ``in_base``: its rule runs without any layer."""
    selected = in_base
    for layer in layers:
        if layer.select is not None:
            selected = False
        steps = [(selector, True) for selector in (*(layer.select or ()), *layer.extend_select)]
        steps += [(selector, False) for selector in layer.ignore]
        # stable sort: at equal specificity the ignore, listed last, wins
        steps.sort(key=lambda step: index.specificity(step[0]))
        for selector, enable in steps:
            if index.names_match(selector, names):
                selected = enable
    return selected


def _possible_names(rule: Rule) -> list[tuple[str, ...]]:
    return [rule.names, (rule.id,), *((rule.id, alias) for alias in rule.aliases)]


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
