"""Reading ``.hadolint.yaml`` so hadolint users switch to dlint with zero edits.

hadolint's keys map onto dlint's settings: ``ignored`` is ``ignore``,
``override`` sets severities, ``failure-threshold``/``no-fail`` set
``fail-on``, ``trustedRegistries``, ``label-schema`` and ``strict-labels`` mean
the same, and ``disable-ignore-pragma`` turns inline ignore comments off.
Output options (``format``, ``no-color``, ``verbose``) belong to the command
line and are ignored. hadolint configs often name ShellCheck codes (``SC2086``)
dlint does not have, and hadolint grows keys over time, so unknown rule ids
and unknown keys are skipped rather than refused; wrong value types are still
errors.
"""

from __future__ import annotations

from typing import Any

from dlint.engine.config.dlint_file import LEVELS, Config, Validator
from dlint.engine.findings import Severity
from dlint.engine.selection import SelectionLayer

_THRESHOLDS = {**{level: level for level in LEVELS}, "ignore": "none", "none": "none"}


def hadolint_config(data: Any, check: Validator) -> Config:
    """A :class:`Config` from the parsed body of a ``.hadolint.yaml``."""
    settings = check.mapping({} if data is None else data, ())

    severities: list[tuple[str, Severity]] = []
    overrides = check.mapping(settings.get("override"), ("override",))
    for level, rules in overrides.items():
        severity = check.level(level, ("override", level))
        severities += [(selector, severity) for selector in check.selectors(rules, ("override", level), known_only=False)]

    fail_on = None
    if "failure-threshold" in settings:
        fail_on = _THRESHOLDS[check.choice(settings["failure-threshold"], ("failure-threshold",), tuple(_THRESHOLDS))]
    if "no-fail" in settings and check.boolean(settings["no-fail"], ("no-fail",)):
        fail_on = "none"

    registries_key = "trustedRegistries" if "trustedRegistries" in settings else "trusted-registries"
    trusted = None
    if registries_key in settings:
        trusted = check.strings(settings[registries_key], (registries_key,))

    inline_ignores = True
    if "disable-ignore-pragma" in settings:
        inline_ignores = not check.boolean(settings["disable-ignore-pragma"], ("disable-ignore-pragma",))

    return Config(
        path=check.path,
        selection=SelectionLayer(ignore=check.selectors(settings.get("ignored") or (), ("ignored",), known_only=False)),
        severities=tuple(severities),
        fail_on=fail_on,
        trusted_registries=trusted,
        label_schema=check.label_schema(settings["label-schema"], ("label-schema",)) if "label-schema" in settings else None,
        strict_labels=check.boolean(settings["strict-labels"], ("strict-labels",)) if "strict-labels" in settings else None,
        inline_ignores=inline_ignores,
    )
