"""How a package operand names its version, per the ``pins`` column of the tool table.

Each reader takes the operand as the shell passes it (``curl=7.88.1-10``,
``flask==3.0``, ``@types/node@20``) and gives the package name, the version
written (None without one) and whether the operand pins what gets installed.
"""

from __future__ import annotations

import re

_PIP_OPERATORS = ("==", ">=", "<=", ">", "<", "!=", "~=", "===")
_VCS = re.compile(r"(git|hg|svn|bzr)(\+[a-z-]+)?:")
_LOCAL_ARCHIVES = (".whl", ".tar.gz", ".zip", ".tar.bz2")
_RPM_VERSION = re.compile(r"(.+?)-(\d[\w.+~^:-]*)")
_APK_VERSION = re.compile(r"([^=~<>]+)([=~<>]+)(.*)")
_CONDA_VERSION = re.compile(r"([^=<>!~ ]+)\s*([=<>!~]=?=?)\s*(.+)")

_GIT_URLS = ("git://", "git+ssh://", "git+http://", "git+https://", "github:", "gitlab:", "bitbucket:")
_TARBALLS = (".tgz", ".tar", ".tar.gz")
_FOLDERS = ("/", "./", "../", "~/")
_GO_MODULE_PATTERNS = frozenset({"tool", "all", "std", "cmd"})
_GO_QUERIES = frozenset({"", "latest", "upgrade", "patch", "none", "master", "main"})

Pin = tuple[str, str | None, bool]   # (name, version, pinned)


def read_pin(style: str, operand: str) -> Pin:
    """``operand`` read the way the tool with pin style ``style`` reads it."""
    return _READERS[style](operand)


def _apt(operand: str) -> Pin:
    name, equals, version = operand.partition("=")
    if equals:
        return name, version, True
    # A release (``pkg/bookworm``) or a local ``.deb`` also fixes what is installed, as hadolint counts it.
    return operand, None, "/" in operand or operand.endswith(".deb")


def _apk(operand: str) -> Pin:
    found = _APK_VERSION.fullmatch(operand)
    if found is None:
        return operand, None, operand.endswith(".apk")
    return found.group(1), found.group(3), True


def _pip(operand: str) -> Pin:
    for operator in _PIP_OPERATORS:
        if operator in operand:
            name, _, version = operand.partition(operator)
            return name.strip(), version.lstrip("=").strip(), True
    if _VCS.match(operand):
        return operand, None, "@" in operand.rsplit("/", 1)[-1]
    # A local archive or path (``./dist/app.whl``, ``.``) is what it is.
    local = operand.endswith(_LOCAL_ARCHIVES) or "/" in operand or operand in (".", "..")
    return operand, None, local


def _at(operand: str) -> Pin:
    # ``@scope/name@1.2``: the version follows the last ``@`` after the name's first character.
    at = operand.rfind("@")
    if at <= 0:
        return operand, None, operand.startswith((".", "/")) or operand.endswith(".tgz")
    version = operand[at + 1:]
    return operand[:at], version, version not in ("", "latest", "next", "master", "main")


def _npm(operand: str) -> Pin:
    # A git URL is pinned by a ``#commit`` or ``#semver:`` fragment; its ``@`` is the URL's user.
    if operand.startswith(_GIT_URLS):
        return operand, None, "#" in operand
    if operand.endswith(_TARBALLS) or operand.startswith(_FOLDERS):
        return operand, None, True
    return _at(operand)


def _go(operand: str) -> Pin:
    # ``./cmd/app``, ``.`` or ``./...`` are the module's own packages; ``tool`` and ``all`` are go.mod's.
    if operand.startswith((".", "/")) or operand in _GO_MODULE_PATTERNS:
        return operand, None, True
    name, at, version = operand.rpartition("@")
    if not at:
        return operand, None, False
    return name, version, version not in _GO_QUERIES


def _rpm(operand: str) -> Pin:
    if operand.endswith(".rpm") or "/" in operand:
        return operand, None, True
    for operator in (">=", "<=", "=", ">", "<"):
        if operator in operand:
            name, _, version = operand.partition(operator)
            return name, version, True
    found = _RPM_VERSION.fullmatch(operand)
    return (found.group(1), found.group(2), True) if found else (operand, None, False)


def _gem(operand: str) -> Pin:
    name, colon, version = operand.partition(":")
    return (name, version, True) if colon and version else (operand, None, operand.endswith(".gem"))


def _composer(operand: str) -> Pin:
    name, colon, version = operand.partition(":")
    return (name, version, version not in ("*", "")) if colon else (operand, None, False)


def _conda(operand: str) -> Pin:
    found = _CONDA_VERSION.fullmatch(operand)
    if found is None:
        return operand, None, False
    return found.group(1), found.group(3), True


_READERS = {
    "apt": _apt, "apk": _apk, "pip": _pip, "at": _at, "cargo": _at, "rpm": _rpm, "gem": _gem,
    "composer": _composer, "conda": _conda, "npm": _npm, "go": _go,
}
