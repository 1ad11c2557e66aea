"""Small hand-made rule sets for engine tests, independent of the built-in rules."""

from __future__ import annotations

from dlint.engine.findings import Severity
from dlint.engine.registry import Rule
from dlint.engine.selection import RuleIndex


def _nothing(document, context):
    return ()


def make_rule(id: str, *aliases: str, **fields) -> Rule:
    fields.setdefault("title", f"rule {id}")
    fields.setdefault("severity", Severity.WARNING)
    return Rule(id=id, check=fields.pop("check", _nothing), aliases=aliases, **fields)


def sample_index() -> RuleIndex:
    rules = [
        make_rule("DL3006", "CKV_DOCKER_7"),
        make_rule("DL3007", "DS001"),
        make_rule("DL3008"),
        make_rule("DL4000", "MaintainerDeprecated"),
        make_rule("StageNameCasing", "DLX901", buildkit_name="StageNameCasing"),
        make_rule("DLX011", enabled=False),
        make_rule("CopyIgnoredFile", experimental=True, enabled=False, buildkit_name="CopyIgnoredFile"),
    ]
    return RuleIndex({rule.id: rule for rule in rules})
