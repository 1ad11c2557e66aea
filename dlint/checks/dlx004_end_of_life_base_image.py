"""DLX004: the base image is a release its upstream no longer supports.

The dates live in the catalogue's data table (``rules/data/end-of-life.json``)
so that keeping them current is a data change, not a code change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, data_file, rule

_VERSION_END = re.compile(r"[^0-9]|$")


@rule(
    "DLX004",
    title="Base image has reached end of life",
    severity=Severity.WARNING,
    category="security",
    tags=("security", "maintainability"),
    options={"today": ""},
)
def end_of_life_base_image(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    today = _today(ctx.option("today"))
    for stage in doc.stages:
        base = stage.base
        if base.is_stage or base.is_scratch or base.name is None:
            continue
        ended = end_of_support(base.name, base.tag)
        if ended is not None and ended[1] < today:
            version, end = ended
            shown = f"{base.name}:{base.tag}" if base.tag else base.name
            yield Violation(
                base.span,
                f"{shown} is {_release(base.name, version)}, unsupported since {end.isoformat()}: "
                "move to a supported release",
            )


def end_of_support(image: str, tag: str | None) -> tuple[str, date] | None:
    """The table's (version, end date) entry that ``image:tag`` falls under, if any."""
    entry = _table().get(image)
    if entry is None:
        return None
    if "all" in entry:
        return ("every release", date.fromisoformat(entry["all"]))
    if tag is None:
        return None
    tag = tag.lower()
    for codename, version in entry.get("codenames", {}).items():
        if tag == codename or tag.startswith(codename + "-"):
            tag = version
            break
    best = None
    for version, end in entry["versions"].items():
        if tag.startswith(version) and _VERSION_END.match(tag, len(version)):
            if best is None or len(version) > len(best[0]):
                best = (version, date.fromisoformat(end))
    return best


def _release(image: str, version: str) -> str:
    return version if version == "every release" else f"release {version} of {image}"


def _today(configured: str | None) -> date:
    return date.fromisoformat(configured) if configured else date.today()


@cache
def _table() -> dict[str, dict]:
    with open(data_file("end-of-life.json"), encoding="utf-8") as table:
        return json.load(table)["images"]
