"""The packages a yum, dnf or zypper install names without a version.

``pkg-1.2``, ``pkg-1.2-3.el9``, ``pkg-1:1.2`` and ``pkg>=1.2`` pin a version
(read by the ``rpm`` pins of the tool table); an ``.rpm`` file or a URL is
what it is. ``module install`` names modules, pinned by a stream
(``nodejs:18``). Group installs name groups, which have no version.
"""

from __future__ import annotations

from dlint.checks._unpinned import Unpinned, unpinned_packages
from dlint.model.commands import ResolvedCommand

INSTALLS = ("install", "in")


def unpinned_rpm_packages(command: ResolvedCommand) -> Unpinned | None:
    """The packages (or modules) of an rpm install command known to be unpinned; None when there are none."""
    verb = command.verb.value if command.verb is not None else None
    if verb in INSTALLS:
        return unpinned_packages(command)
    if verb == "module" and command.operands and command.operands[0].value in INSTALLS:
        action = command.operands[0]
        found = [
            package for package in command.packages
            if package.word is not action and package.requirement is not None and ":" not in package.requirement
        ]
        if found:
            words = tuple(dict.fromkeys(package.word for package in found))
            return Unpinned(words, tuple(package.requirement for package in found))
    return None

