"""Programs that run another program: ``sudo apt-get``, ``env X=1 pip``, ``gosu app node``.

The one place wrappers are peeled, for RUN commands, CMD and ENTRYPOINT, and
SHELL arguments alike. A wrapper's options (and the values of those that take
one), its ``NAME=value`` words and its fixed operands (``gosu USER``,
``chroot DIR``) are set aside; what follows is the program it runs. ``su -c
'<script>'`` and ``runuser -c '<script>'`` run a script: its word is handed
back so it can be read as commands.
"""

from __future__ import annotations

from dataclasses import dataclass

# Wrapper -> (options taking a value, operands before the program, reads NAME=value words).
_WRAPPERS: dict[str, tuple[frozenset[str], int, bool]] = {
    "sudo": (frozenset({"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "-R"}), 0, True),
    "doas": (frozenset({"-u", "-C"}), 0, False),
    "env": (frozenset({"-u", "--unset", "-C", "--chdir", "-S", "--split-string"}), 0, True),
    "exec": (frozenset({"-a"}), 0, False),
    "nice": (frozenset({"-n", "--adjustment"}), 0, False),
    "ionice": (frozenset({"-c", "--class", "-n", "--classdata", "-p", "--pid", "-P", "--pgid", "-u", "--uid"}), 0, False),
    "nohup": (frozenset(), 0, False),
    "time": (frozenset({"-f", "--format", "-o", "--output"}), 0, False),
    "command": (frozenset(), 0, False),
    "eatmydata": (frozenset(), 0, False),
    "stdbuf": (frozenset({"-i", "-o", "-e"}), 0, False),
    "xargs": (frozenset({"-I", "-n", "-P", "-d", "-a", "-L", "-s", "-E", "-e", "--arg-file", "--delimiter",
                         "--max-args", "--max-procs", "--max-lines", "--max-chars", "--eof"}), 0, False),
    "busybox": (frozenset(), 0, False),
    "gosu": (frozenset(), 1, False),
    "su-exec": (frozenset(), 1, False),
    "tini": (frozenset({"-p", "-e"}), 0, False),
    "tini-static": (frozenset({"-p", "-e"}), 0, False),
    "dumb-init": (frozenset({"-r", "--rewrite"}), 0, False),
    "catatonit": (frozenset(), 0, False),
    "chroot": (frozenset({"--userspec", "--groups"}), 1, False),
    "s6-setuidgid": (frozenset(), 1, False),
    "setuidgid": (frozenset(), 1, False),
    "chpst": (frozenset({"-u", "-U", "-b", "-e", "-/", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-r", "-t"}), 0, False),
    "setpriv": (frozenset({
        "--reuid", "--regid", "--groups", "--inh-caps", "--ambient-caps", "--bounding-set", "--securebits",
        "--pdeathsig", "--selinux-label", "--apparmor-profile", "--landlock-access", "--landlock-rule",
    }), 0, False),
    "runuser": (frozenset({"-u", "--user", "-g", "--group", "-G", "--supp-group", "-s", "--shell", "-w",
                           "--whitelist-environment", "-c", "--command"}), 0, False),
    "su": (frozenset({"-g", "--group", "-G", "--supp-group", "-s", "--shell", "-w", "--whitelist-environment",
                      "-c", "--command"}), 0, False),
}
_RUN_SCRIPT = frozenset({"su", "runuser"})
_SCRIPT_OPTIONS = ("-c", "--command")
# ``command -v apt-get`` asks where apt-get is; it runs nothing.
_QUERIES = {"command": frozenset({"-v", "-V"})}


@dataclass(frozen=True, slots=True)
class Peeled:
    """Where the program starts in an argv, which wrappers came before it, and a script they run."""

    wrappers: tuple[tuple[int, int], ...]   # (first, end) word index of each wrapper with its own words
    start: int                              # index of the program's word; len(argv) when there is none
    script: int | None                      # index of the ``su -c`` script word, when a wrapper runs one


def peel(values: tuple[str, ...] | list[str]) -> Peeled:
    """The wrappers in front of ``values`` (an argv), each with its options, and where the program starts."""
    wrappers = []
    index = 0
    while index < len(values):
        name = values[index].rsplit("/", 1)[-1]
        if name not in _WRAPPERS or _QUERIES.get(name, frozenset()).intersection(values[index + 1:index + 2]):
            break
        end, script = _wrapper_end(name, values, index)
        wrappers.append((index, end))
        if script is not None:
            return Peeled(tuple(wrappers), len(values), script)
        index = end
    return Peeled(tuple(wrappers), index, None)


def _wrapper_end(name: str, values: tuple[str, ...] | list[str], start: int) -> tuple[int, int | None]:
    """Where the words of the wrapper at ``start`` end, and the index of a script it runs."""
    takes_value, operands, assignments = _WRAPPERS[name]
    index = start + 1
    while index < len(values):
        value = values[index]
        if value == "--":
            return index + 1, None
        if name in _RUN_SCRIPT and value in _SCRIPT_OPTIONS:
            return index + 2, _within(index + 1, values)
        if value in takes_value:
            index += 2
        elif value.startswith("-") or (assignments and "=" in value):
            index += 1
        else:
            break
    if name in _RUN_SCRIPT:
        # ``su user -c '...'``: the script option may follow the user.
        for later in range(index, len(values)):
            if values[later] in _SCRIPT_OPTIONS:
                return later + 2, _within(later + 1, values)
        return len(values), None
    return min(index + operands, len(values)), None


def _within(index: int, values: tuple[str, ...] | list[str]) -> int | None:
    return index if index < len(values) else None
