"""A FROM image from a registry outside ``trusted-registries`` (DL3026).

Only runs when ``trusted-registries`` is configured. Registries match as in
hadolint: exactly, or with a leading ``*`` (``*.example.com`` matches any
host ending in ``.example.com``), a trailing ``*`` (a prefix), or ``*`` alone
(any registry). Hosts are compared case-insensitively, as DNS names are.

Docker Hub images answer to every name Docker Hub goes by: ``ubuntu``,
``myorg/app``, ``docker.io/myorg/app`` and ``index.docker.io/myorg/app`` are
all allowed by ``docker.io``, ``hub.docker.com`` or ``index.docker.io``.
Judged after ARG expansion; ``scratch``, earlier stages and images whose
name is unknown or invalid are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.image_ref import DEFAULT_REGISTRY, LEGACY_REGISTRY
from dlint.rule_api import RuleContext, Severity, Violation, rule

DOCKER_HUB_NAMES = (DEFAULT_REGISTRY, "hub.docker.com", LEGACY_REGISTRY)


@rule(
    "DL3026",
    title="Use only an allowed registry in the FROM image",
    severity=Severity.ERROR,
    category="security",
    tags=("supply-chain",),
)
def untrusted_registry(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    trusted = ctx.trusted_registries
    if not trusted:
        return
    for stage in doc.stages:
        image = stage.base
        if image.is_stage or image.is_scratch or not image.valid or image.registry is None:
            continue
        names = DOCKER_HUB_NAMES if image.registry == DEFAULT_REGISTRY else (image.registry,)
        if not any(registry_allowed(pattern, name) for pattern in trusted for name in names):
            yield Violation(
                image.span,
                f"Use only an allowed registry in the FROM image: `{image.name}` comes from "
                f"{_described(image.registry)}, which is not in trusted-registries ({', '.join(trusted)})",
            )


def registry_allowed(pattern: str, registry: str) -> bool:
    """Whether the ``trusted-registries`` entry ``pattern`` allows ``registry``."""
    pattern, registry = pattern.strip().lower(), registry.lower()
    if pattern == "*":
        return True
    if pattern.startswith("*"):
        return registry.endswith(pattern[1:])
    if pattern.endswith("*"):
        return registry.startswith(pattern[:-1])
    return registry == pattern


def _described(registry: str) -> str:
    return f"Docker Hub ({DEFAULT_REGISTRY})" if registry == DEFAULT_REGISTRY else f"`{registry}`"
