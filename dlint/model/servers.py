"""Recognising a command that starts a network server, and the port it listens on.

Only programs whose job is to serve count (``gunicorn``, ``nginx``,
``rails server``, ``node server.js``); ``java -jar app.jar`` or ``python
main.py`` may or may not serve and are not guessed. The argv read is the
command model's, wrappers (``exec``, ``tini --``, ``gosu user``) already
peeled; the runners of a project's tools (``bundle exec``, ``npx``,
``python -m``) are looked through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from dlint.model.shell_script import program_name

_RUNNERS = frozenset({"bundle", "poetry", "pipenv", "uv", "pdm", "hatch", "rye"})   # ``<runner> exec|run <program>``
_PYTHON = re.compile(r"python[0-9.]*")
_NOT_SERVING = frozenset({"--version", "--help"})
_WEB_SERVER_CHECKS = frozenset({"-t", "-T", "-v", "-V", "-S"})   # nginx/httpd: test the config, print the version
_PORT_OPTIONS = frozenset({"--port", "-p", "--http-port", "--listen-port"})
_ADDRESS_OPTIONS = frozenset({"--bind", "-b", "--listen", "--host-port"})
_ADDRESS = re.compile(r"(?:.*:)?(\d{2,5})")

# Program -> default port, for programs that serve whatever their arguments are.
_SERVERS = {
    "gunicorn": 8000, "uvicorn": 8000, "hypercorn": 8000, "daphne": 8000, "waitress-serve": 8080,
    "puma": 9292, "unicorn": 8080, "nginx": 80, "httpd": 80, "httpd-foreground": 80, "apache2": 80,
    "apache2-foreground": 80, "apache2ctl": 80, "redis-server": 6379, "postgres": 5432, "mysqld": 3306,
    "mysqld_safe": 3306, "mongod": 27017,
}
_NODE_ENTRIES = frozenset({"server", "app", "www"})


@dataclass(frozen=True)
class Server:
    """A server a command starts, and the port it listens on by default."""

    label: str          # how the message names it: "gunicorn", "flask run", "npm start"
    port: int | None    # None when a variable chooses it (``--port $PORT``)


def server_started_by(argv: list[str]) -> Server | None:
    """The server ``argv`` starts, or None when it starts none that can be told."""
    # ``["gunicorn", "-b 0.0.0.0:5000"]`` hands gunicorn one word that it reads as two.
    argv = [part for arg in argv for part in (arg.split(None, 1) if arg.startswith("-") else [arg])]
    argv = _through_wrappers(argv)
    if not argv or _NOT_SERVING.intersection(argv):
        return None
    name = program_name(argv[0])
    operands = [arg for arg in argv[1:] if not arg.startswith("-")]
    label, port = _identify(name, argv, operands)
    if label is None:
        return None
    chosen = _port_option(argv)
    return Server(label, port if chosen == "" else (int(chosen) if chosen.isdigit() else None))


def _identify(name: str, argv: list[str], operands: list[str]) -> tuple[str | None, int]:
    first = operands[0] if operands else ""
    if name in _SERVERS:
        checks_only = name.startswith(("nginx", "httpd", "apache2")) and _WEB_SERVER_CHECKS.intersection(argv)
        return (None, 0) if checks_only else (name, _SERVERS[name])
    if name == "flask" and "run" in operands:
        return "flask run", 5000
    if _PYTHON.fullmatch(name) and "runserver" in operands and any(o.endswith("manage.py") for o in operands):
        address = operands[operands.index("runserver") + 1:][:1]
        found = _ADDRESS.fullmatch(address[0]) if address else None
        return "manage.py runserver", int(found.group(1)) if found else 8000
    if name == "rails" and first in ("s", "server"):
        return "rails server", 3000
    if name == "caddy" and first in ("run", "file-server", "reverse-proxy"):
        return "caddy", 80
    if name in ("node", "nodejs") and first.rsplit("/", 1)[-1].split(".")[0] in _NODE_ENTRIES:
        return f"node {first}", 3000
    if name in ("npm", "yarn", "pnpm") and (operands == ["start"] or operands[:2] == ["run", "start"]):
        return f"{name} start", 3000
    return None, 0


def _through_wrappers(argv: list[str]) -> list[str]:
    while argv:
        name = program_name(argv[0])
        if name == "npx":
            argv = _drop_options(argv[1:])
        elif name in _RUNNERS and len(argv) > 1 and argv[1] in ("exec", "run"):
            argv = _drop_options(argv[2:])
        elif _PYTHON.fullmatch(name) and _runs_module(argv):
            argv = argv[argv.index("-m") + 1:]
        else:
            return argv
    return argv


def _runs_module(argv: list[str]) -> bool:
    """``python -u -m uvicorn ...``: only interpreter options before ``-m``."""
    return "-m" in argv[1:-1] and all(arg.startswith("-") for arg in argv[1 : argv.index("-m")])


def _drop_options(argv: list[str]) -> list[str]:
    index = 0
    while index < len(argv) and (argv[index].startswith("-") or "=" in argv[index]):
        if argv[index] == "--":
            return argv[index + 1:]
        index += 1
    return argv[index:]


def _port_option(argv: list[str]) -> str:
    """The port an option sets, as written ("8080", "$PORT"); "" when no option sets one."""
    for option, value in pairwise(argv):
        if option in _PORT_OPTIONS:
            return value
        if option in _ADDRESS_OPTIONS and ":" in value:
            return value.rsplit(":", 1)[1]
    for arg in argv:
        key, _, value = arg.partition("=")
        if key in _PORT_OPTIONS and value:
            return value
        if key in _ADDRESS_OPTIONS and ":" in value:
            return value.rsplit(":", 1)[1]
    return ""
