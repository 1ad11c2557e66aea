"""Platform strings (``linux/arm64/v8``) read the way BuildKit reads them.

Mirrors containerd's ``platforms.Parse`` and ``Normalize``: components are
lower-cased, aliases resolved (``x86_64`` is ``amd64``, ``aarch64`` is
``arm64``, ``macos`` is ``darwin``), and a lone OS or architecture is
completed with dlint's assumed build machine, linux/amd64.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from dlint.parser.go_text import go_quote

ASSUMED_OS: Final = "linux"
ASSUMED_ARCHITECTURE: Final = "amd64"

KNOWN_OS: Final = frozenset(
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
        "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    }
)
KNOWN_ARCHITECTURES: Final = frozenset(
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
        "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
        "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    }
)

_COMPONENT = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True, slots=True)
class Platform:
    """A normalised platform: ``linux/arm64/v8`` is os linux, architecture arm64, variant v8."""

    os: str
    architecture: str
    variant: str = ""

    def __str__(self) -> str:
        """containerd's ``FormatAll``: ``os/arch[/variant]``."""
        parts = [self.os, self.architecture] + ([self.variant] if self.variant else [])
        return "/".join(parts)


class PlatformError(ValueError):
    """The string is not a platform; the message is containerd's."""


def parse_platform(specifier: str) -> Platform:
    """``platforms.Parse`` followed by ``Normalize``; raises :class:`PlatformError`."""
    if "*" in specifier:
        raise PlatformError(f"{go_quote(specifier)}: wildcards not yet supported: invalid argument")
    parts = specifier.split("/")
    for part in parts:
        if not _COMPONENT.fullmatch(part):
            raise PlatformError(
                f"{go_quote(part)} is an invalid component of {go_quote(specifier)}: platform specifier "
                f"component must match \"^[A-Za-z0-9_.-]+$\": invalid argument"
            )
    if len(parts) == 1:
        return _single_component(specifier, parts[0])
    if len(parts) in (2, 3):
        variant = parts[2] if len(parts) == 3 else ""
        return _normalized(Platform(parts[0], parts[1], variant))
    raise PlatformError(f"{go_quote(specifier)}: cannot parse platform specifier: invalid argument")


def _single_component(specifier: str, part: str) -> Platform:
    os = _normalize_os(part)
    if os in KNOWN_OS:
        return _normalized(Platform(os, ASSUMED_ARCHITECTURE))
    architecture, variant = _normalize_architecture(part, "")
    if architecture in KNOWN_ARCHITECTURES:
        return _normalized(Platform(ASSUMED_OS, architecture, variant))
    raise PlatformError(f"{go_quote(specifier)}: unknown operating system or architecture: invalid argument")


def _normalized(platform: Platform) -> Platform:
    architecture, variant = _normalize_architecture(platform.architecture, platform.variant)
    return Platform(_normalize_os(platform.os), architecture, variant)


def _normalize_os(os: str) -> str:
    os = os.lower()
    return "darwin" if os == "macos" else os


def _normalize_architecture(architecture: str, variant: str) -> tuple[str, str]:
    architecture, variant = architecture.lower(), variant.lower()
    if architecture == "i386":
        return "386", ""
    if architecture in ("x86_64", "x86-64", "amd64"):
        return "amd64", "" if variant == "v1" else variant
    if architecture in ("aarch64", "arm64"):
        if variant in ("8", "v8", "v8.0"):
            return "arm64", ""
        return "arm64", "v9" if variant in ("9", "9.0", "v9.0") else variant
    if architecture == "armhf":
        return "arm", "v7"
    if architecture == "armel":
        return "arm", "v6"
    if architecture == "arm":
        if variant in ("", "7"):
            return "arm", "v7"
        if variant in ("5", "6", "8"):
            return "arm", "v" + variant
    return architecture, variant
