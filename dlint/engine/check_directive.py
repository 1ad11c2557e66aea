"""BuildKit's ``# check=`` directive, so a Dockerfile tuned for ``docker build --check`` lints the same here.

``# check=skip=StageNameCasing,JSONArgsRecommended;error=true;experimental=all``
skips BuildKit-named rules (``skip=all`` skips every one), makes their findings
errors, and turns on BuildKit's experimental rules. The build arg
``BUILDKIT_DOCKERFILE_CHECK`` carries the same text and, as in BuildKit, wins
over the directive. Rules may be named by any id or alias; names dlint does
not know are passed over, as BuildKit passes over unknown check names.

A ``# check=skip=...`` comment right above an instruction skips those rules
for that instruction only (:func:`without_skipped`), as current BuildKit does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dlint.engine.findings import Finding
from dlint.engine.registry import Rule
from dlint.engine.selection import RuleIndex, UnknownRule, split_selectors
from dlint.model.document import Document
from dlint.model.skip_comments import skip_comments

BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK"

_TRUE = ("1", "t", "true")
_FALSE = ("0", "f", "false")


@dataclass(frozen=True)
class CheckDirective:
    """What ``# check=`` (or the ``BUILDKIT_DOCKERFILE_CHECK`` build arg) asks of BuildKit-named rules."""

    skip_all: bool = False
    skip: frozenset[str] = frozenset()            # rule ids
    error: bool = False
    experimental_all: bool = False
    experimental: frozenset[str] = frozenset()    # rule ids

    def skips(self, rule: Rule) -> bool:
        """BuildKit never skips an experimental rule: those run only when asked for."""
        if rule.buildkit_name is None or rule.experimental:
            return False
        return self.skip_all or rule.id in self.skip

    def enables(self, rule: Rule) -> bool:
        return rule.experimental and (self.experimental_all or rule.id in self.experimental)

    def makes_error(self, rule: Rule) -> bool:
        return self.error and rule.buildkit_name is not None


def check_directive(doc: Document, index: RuleIndex) -> CheckDirective:
    """What the build arg, or else the ``# check=`` directive, of ``doc`` asks for."""
    text = doc.build_args.get(BUILD_ARG)
    if text is None:
        directive = doc.directives.get("check")
        text = directive.value if directive is not None else ""
    return parse_check_directive(text, index)


def without_skipped(doc: Document, findings: Sequence[Finding], index: RuleIndex) -> list[Finding]:
    """``findings`` less those that a ``# check=skip=`` comment turns off for their instruction."""
    skipping = [
        (comment, CheckDirective(skip_all=comment.skip_all, skip=_rule_ids(",".join(comment.names), index)))
        for comment in skip_comments(doc)
    ]
    if not skipping:
        return list(findings)
    return [
        finding
        for finding in findings
        if not any(
            comment.covers(finding.span.line) and directive.skips(index.rules[finding.rule])
            for comment, directive in skipping
        )
    ]


def parse_check_directive(text: str, index: RuleIndex) -> CheckDirective:
    settings: dict = {}
    for part in text.split(";"):
        key, equals, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not equals:
            continue
        if key in ("skip", "experimental"):
            if value.lower() == "all":
                settings[f"{key}_all"] = True
            else:
                settings[key] = _rule_ids(value, index)
        elif key == "error" and value.lower() in (*_TRUE, *_FALSE):
            settings["error"] = value.lower() in _TRUE
    return CheckDirective(**settings)


def _rule_ids(names: str, index: RuleIndex) -> frozenset[str]:
    ids: set[str] = set()
    for name in split_selectors(names):
        try:
            ids.update(index.resolve(name))
        except UnknownRule:
            continue
    return frozenset(ids)
