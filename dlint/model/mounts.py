"""The ``--mount`` flags of a RUN, read the way BuildKit reads them.

BuildKit reads a mount's value as one CSV record of ``key=value`` fields
(``type=cache,target=/root/.cache``, or ``"from=a,b"`` quoted to hold a
comma): keys are case-insensitive, a later field overrides an earlier one,
and a mount without ``type`` is a bind mount. Values are kept as written;
fields without ``=`` (``ro``, ``rw``) say nothing a rule asks about and are
left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dlint.model.instruction import Instruction
from dlint.model.spans import Span

_HOME = re.compile(r"(?:~|\$HOME|\$\{HOME\}|/root|/home/[^/]+)/")


@dataclass(frozen=True, slots=True)
class Mount:
    """One ``RUN --mount=...`` flag."""

    span: Span                              # the whole flag
    fields: tuple[tuple[str, str], ...]     # (key lower-cased, value as written), in written order

    def field(self, *keys: str) -> str | None:
        """The value of the last field named one of ``keys``, as BuildKit lets the last one win."""
        found = None
        for key, value in self.fields:
            if key in keys:
                found = value
        return found

    @property
    def type(self) -> str:
        """``bind``, ``cache``, ``tmpfs``, ``secret`` or ``ssh``, lower-cased as BuildKit compares it."""
        return (self.field("type") or "bind").lower()

    @property
    def from_(self) -> str | None:
        """The ``from=`` field: the stage or image the mount's files come from."""
        return self.field("from")

    @property
    def target(self) -> str | None:
        """Where the mount appears inside the build container."""
        return self.field("target", "dst", "destination")


def run_mounts(instruction: Instruction) -> tuple[Mount, ...]:
    """The ``--mount`` flags of ``instruction``, in written order."""
    return tuple(read_mount(flag.value or "", flag.span) for flag in instruction.flags_named("mount"))


def read_mount(value: str, span: Span) -> Mount:
    """``value`` (the text after ``--mount=``) read as BuildKit reads it."""
    import csv  # only RUN --mount needs it: not paid by every lint

    try:
        record = next(csv.reader([value]), [])
    except csv.Error:
        record = []
    fields = []
    for item in record:
        key, equals, field_value = item.partition("=")
        if equals:
            fields.append((key.lower(), field_value))
    return Mount(span, tuple(fields))


def under_cache_mount(instruction: Instruction, path: str, *, or_inside: bool = False) -> bool:
    """Whether ``path`` lies in a ``--mount=type=cache`` or ``tmpfs`` of the RUN, so out of its layer.

    With ``or_inside`` a mount of a folder inside ``path`` counts too: it keeps
    that part of a cache between builds (``/usr/local/cargo/registry/index``).

    A path under ``~`` is in any user's home: ``~/.npm`` is covered by a mount
    of ``/root/.npm``, ``/home/node/.npm``, ``~/.npm``, ``$HOME/.npm`` or of a
    folder holding it. As in hadolint, a target that names the folder anywhere
    (``/cache/.npm``) covers it too, since a tool may be pointed there.
    """
    home_relative = path[2:] if path.startswith("~/") else None
    for mount in run_mounts(instruction):
        target = mount.target
        if mount.type not in ("cache", "tmpfs") or not target:
            continue
        folder = target.rstrip("/")
        if home_relative is None:
            if _holds(folder, path) or (or_inside and _holds(path, folder)):
                return True
        elif home_relative in folder or _holds(folder, "/root/" + home_relative):
            return True
        else:
            home = _HOME.match(folder + "/")
            inside = home is not None and or_inside and _holds(home_relative, folder[home.end():])
            if home is not None and (_holds(folder[home.end():], home_relative) or inside):
                return True
    return False


def _holds(folder: str, path: str) -> bool:
    return folder == "" or path == folder or path.startswith(folder + "/")
