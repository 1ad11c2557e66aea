"""The flags each instruction accepts, checked the way BuildKit's ``BFlags.Parse`` checks them.

An instruction registers its flags (a string, a boolean, or a string that
may repeat) and then parses the ``--name[=value]`` words it was given; the
first flag that is unknown, repeated, missing its value or not a boolean
where one is expected is refused with BuildKit's message. Instructions that
register no flags refuse every flag.
"""

from __future__ import annotations

from dlint.parser.split_command import Word
from dlint.parser.suggest import suggestion

STRING, BOOL, STRINGS = "string", "bool", "strings"

ACCEPTED: dict[str, dict[str, str]] = {
    "add": {"chown": STRING, "chmod": STRING, "link": BOOL, "keep-git-dir": BOOL,
            "checksum": STRING, "exclude": STRINGS, "unpack": BOOL},
    "copy": {"chown": STRING, "from": STRING, "chmod": STRING, "link": BOOL,
             "parents": BOOL, "exclude": STRINGS},
    "from": {"platform": STRING},
    "run": {"mount": STRINGS, "network": STRING, "security": STRING, "device": STRINGS},
    "healthcheck": {"interval": STRING, "timeout": STRING, "start-period": STRING,
                    "start-interval": STRING, "retries": STRING},
}


class FlagError(Exception):
    """A flag BuildKit refuses: its message, and the flag at fault."""

    def __init__(self, message: str, flag: Word) -> None:
        super().__init__(message)
        self.message = message
        self.flag = flag


def flag_values(keyword: str, flags: tuple[Word, ...]) -> dict[str, list[str]]:
    """The value(s) given for each flag of ``keyword`` (lower case); raises :class:`FlagError`."""
    if not flags:
        return {}
    accepted = ACCEPTED.get(keyword, {})
    used: dict[str, list[str]] = {}
    for flag in flags:
        text = flag.value
        if text == "--":
            break
        if not text.startswith("--"):
            raise FlagError(f"arg should start with -- : {text}", flag)
        flag_name, equals, value = text.partition("=")
        name = flag_name[2:]
        kind = accepted.get(name)
        if kind is None:
            message = f"unknown flag: {flag_name}"
            match = suggestion(name, sorted(accepted), case_sensitive=True)
            if match:
                message += f" (did you mean {match}?)"
            raise FlagError(message, flag)
        if name in used and kind != STRINGS:
            raise FlagError(f"duplicate flag specified: {flag_name}", flag)
        if kind == BOOL:
            if equals and not value:
                raise FlagError(f"missing a value on flag: {flag_name}", flag)
            if value.lower() not in ("", "true", "false"):
                raise FlagError(f"expecting boolean value for flag {flag_name}, not: {value}", flag)
            used.setdefault(name, []).append(value.lower() or "true")
        else:
            if not equals:
                raise FlagError(f"missing a value on flag: {flag_name}", flag)
            used.setdefault(name, []).append(value)
    return used
