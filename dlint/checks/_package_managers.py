"""System package managers: which one a command runs and what it asks it to do.

``apt-get -y install curl`` is the ``apt`` manager, action ``install``,
operand ``curl``. Options and the values of options that take one are set
aside, so ``apt-get -o Debug::pkgProblemResolver=1 install curl`` reads the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlint.checks._run_commands import operand_words
from dlint.model.shell_script import Command, Word


@dataclass(frozen=True)
class PackageManager:
    """One family of system package managers: its programs, actions and options with values."""

    programs: frozenset[str]
    refreshes_index: frozenset[str]     # actions that only download the package index
    installs: frozenset[str]            # actions that install or upgrade packages
    takes_value: frozenset[str]         # options whose value is the next word

    @property
    def install_action(self) -> str:
        return "add" if "add" in self.installs else "install"


APT = PackageManager(
    programs=frozenset({"apt-get", "apt"}),
    refreshes_index=frozenset({"update"}),
    installs=frozenset({"install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall", "source"}),
    takes_value=frozenset({"-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"}),
)
APK = PackageManager(
    programs=frozenset({"apk"}),
    refreshes_index=frozenset({"update"}),
    installs=frozenset({"add", "upgrade", "fix"}),
    takes_value=frozenset({
        "-X", "--repository", "-p", "--root", "-t", "--virtual", "--arch", "--cache-dir", "--keys-dir",
    }),
)
RPM = PackageManager(
    programs=frozenset({"yum", "dnf", "microdnf", "tdnf"}),
    refreshes_index=frozenset({"makecache"}),
    installs=frozenset({
        "install", "update", "upgrade", "groupinstall", "localinstall", "reinstall", "distro-sync", "builddep", "group",
    }),
    takes_value=frozenset({
        "-c", "--config", "-d", "-e", "-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot",
        "--releasever", "--setopt", "--repo",
    }),
)
ZYPPER = PackageManager(
    programs=frozenset({"zypper"}),
    refreshes_index=frozenset({"refresh", "ref"}),
    installs=frozenset({"install", "in", "update", "up", "dist-upgrade", "dup", "patch", "source-install", "si"}),
    takes_value=frozenset({"--root", "-R", "--reposd-dir", "-D", "--cache-dir", "-C", "--config", "-c"}),
)
MANAGERS = (APT, APK, RPM, ZYPPER)


def manager_of(command: Command) -> PackageManager | None:
    name = command.program
    return next((manager for manager in MANAGERS if name in manager.programs), None)


def action(command: Command, manager: PackageManager) -> str:
    """The action word (``install``, ``update``...), "" when there is none."""
    found = operands(command, manager)
    return found[0].value if found else ""


def operands(command: Command, manager: PackageManager) -> tuple[Word, ...]:
    """The words after the program that are neither options nor option values: action first."""
    return operand_words(command.argv[1:], manager.takes_value)
