"""Image references as Docker reads them: ``python:3.12`` is the repository
``library/python`` on ``docker.io`` with the tag ``3.12``.

Parsing follows distribution/reference's ``ParseNormalizedNamed``, the
function BuildKit calls on every FROM: the same grammar, the same Docker Hub
normalisation and the same error messages. A reference that does not parse is
kept with ``valid=False`` and the reason in ``error``; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from dlint.model.spans import Span

DEFAULT_REGISTRY: Final = "docker.io"
LEGACY_REGISTRY: Final = "index.docker.io"
OFFICIAL_NAMESPACE: Final = "library/"
SCRATCH: Final = "scratch"
MAX_REPOSITORY_LENGTH: Final = 255

_ALPHANUMERIC = r"[a-z0-9]+"
_SEPARATOR = r"(?:[._]|__|[-]+)"
_PATH_COMPONENT = f"{_ALPHANUMERIC}(?:{_SEPARATOR}{_ALPHANUMERIC})*"
_REMOTE_NAME = f"{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*"
_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN_NAME = rf"{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*"
_IPV6 = r"\[(?:[a-fA-F0-9:]+)\]"
_DOMAIN = rf"(?:{_DOMAIN_NAME}|{_IPV6})(?::[0-9]+)?"
# Go's \w is ASCII-only.
_TAG = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
_DIGEST = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}"

_REFERENCE = re.compile(f"((?:{_DOMAIN}/)?{_REMOTE_NAME})(?::({_TAG}))?(?:@({_DIGEST}))?")
_NAME = re.compile(f"(?:({_DOMAIN})/)?({_REMOTE_NAME})")
_IDENTIFIER = re.compile(r"[a-f0-9]{64}")

# Hex lengths of the digest algorithms BuildKit links in (go-digest).
_DIGEST_HEX_LENGTHS: Final = {"sha256": 64, "sha384": 96, "sha512": 128}
_DIGEST_HEX = re.compile(r"[a-f0-9]+")


@dataclass(frozen=True, slots=True)
class ImageRef:
    """The image a FROM (or ``COPY --from``) names.

    ``text`` is the word as written; ``value`` is the word after ARG expansion,
    None when it depends on a value dlint cannot know (an ARG without default
    and no build arg). The parsed parts are None unless the value is a valid
    image reference; for ``scratch`` and for a reference to an earlier stage
    only ``value`` is set.
    """

    text: str
    value: str | None
    span: Span
    registry: str | None = None     # "docker.io", "ghcr.io", "localhost:5000"
    repository: str | None = None   # "library/python", "myorg/app"
    tag: str | None = None
    digest: str | None = None       # "sha256:..."
    valid: bool = False
    error: str | None = None        # why Docker refuses the reference
    is_stage: bool = False          # names an earlier stage of the same Dockerfile

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def is_scratch(self) -> bool:
        # BuildKit compares the expanded name with "scratch" exactly; "Scratch"
        # goes on to the reference parser, which refuses upper case.
        return self.value == SCRATCH and not self.is_stage

    @property
    def full(self) -> str | None:
        """The canonical repository name: ``docker.io/library/python``."""
        if self.registry is None or self.repository is None:
            return None
        return f"{self.registry}/{self.repository}"

    @property
    def name(self) -> str | None:
        """The familiar name Docker shows: ``python``, ``myorg/app``, ``ghcr.io/x/y``.

        For ``scratch`` and stage references it is the value itself.
        """
        if self.is_stage or self.is_scratch:
            return self.value
        if self.registry is None or self.repository is None:
            return None
        if self.registry != DEFAULT_REGISTRY:
            return f"{self.registry}/{self.repository}"
        remainder = self.repository.removeprefix(OFFICIAL_NAMESPACE)
        if remainder != self.repository and "/" not in remainder:
            return remainder
        return self.repository

    def as_stage(self) -> ImageRef:
        """This reference read as the name of an earlier stage, not an image."""
        return ImageRef(self.text, self.value, self.span, valid=True, is_stage=True)


def image_reference(text: str, value: str | None, span: Span) -> ImageRef:
    """Parse ``value`` (``text`` after expansion) as Docker parses a FROM image."""
    if value is None:
        return ImageRef(text, None, span)
    if value == "":
        return ImageRef(text, value, span, error=f"base name ({text}) should not be blank")
    if value == SCRATCH:
        return ImageRef(text, value, span, valid=True)
    parsed = parse_normalized_named(value)
    if isinstance(parsed, str):
        return ImageRef(text, value, span, error=parsed)
    registry, repository, tag, digest = parsed
    return ImageRef(text, value, span, registry, repository, tag, digest, valid=True)


def parse_normalized_named(reference: str) -> tuple[str, str, str | None, str | None] | str:
    """distribution/reference's ``ParseNormalizedNamed``.

    Returns ``(registry, repository, tag, digest)``, or the error message when
    the reference is invalid.
    """
    if _IDENTIFIER.fullmatch(reference):
        return f"invalid repository name ({reference}), cannot specify 64-byte hexadecimal strings"
    registry, remainder = _split_registry(reference)
    remote = remainder.split(":", 1)[0]
    if remote.lower() != remote:
        return f"invalid reference format: repository name ({remote}) must be lowercase"
    return _parse(f"{registry}/{remainder}")


def _split_registry(reference: str) -> tuple[str, str]:
    first, slash, rest = reference.partition("/")
    if not slash:
        return DEFAULT_REGISTRY, OFFICIAL_NAMESPACE + reference
    if first == "localhost":
        registry, remainder = first, rest
    elif first == LEGACY_REGISTRY:
        registry, remainder = DEFAULT_REGISTRY, rest
    elif "." in first or ":" in first or first.lower() != first:
        # Upper case is not allowed in a namespace, so Docker reads such a
        # first component as a registry host.
        registry, remainder = first, rest
    else:
        registry, remainder = DEFAULT_REGISTRY, reference
    if registry == DEFAULT_REGISTRY and "/" not in remainder:
        remainder = OFFICIAL_NAMESPACE + remainder
    return registry, remainder


def _parse(reference: str) -> tuple[str, str, str | None, str | None] | str:
    match = _REFERENCE.fullmatch(reference)
    if match is None:
        lowered = reference.lower()
        if lowered != reference and _REFERENCE.fullmatch(lowered):
            return "repository name must be lowercase"
        return "invalid reference format"
    name, tag, digest = match.groups()
    name_match = _NAME.fullmatch(name)
    assert name_match is not None  # the reference pattern contains the name pattern
    registry, repository = name_match.groups()
    if len(repository) > MAX_REPOSITORY_LENGTH:
        return f"repository name must not be more than {MAX_REPOSITORY_LENGTH} characters"
    if digest is not None:
        problem = _digest_problem(digest)
        if problem:
            return problem
    return registry or "", repository, tag, digest


def _digest_problem(digest: str) -> str | None:
    """go-digest's validation of a digest the reference grammar accepted."""
    algorithm, _, encoded = digest.partition(":")
    length = _DIGEST_HEX_LENGTHS.get(algorithm)
    if length is None:
        return "unsupported digest algorithm"
    if len(encoded) != length:
        return "invalid checksum digest length"
    if not _DIGEST_HEX.fullmatch(encoded):
        return "invalid checksum digest format"
    return None
