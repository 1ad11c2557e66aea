"""Commands that switch to another user, and entrypoint scripts read from files."""

from __future__ import annotations

import pytest

from dlint.model.privileges import context_script, drops_privileges


def commands(text: str):
    return context_script(text).commands


@pytest.mark.parametrize(
    "line",
    ["gosu app server", "exec su-exec 1000:1000 server", "setpriv --reuid=app --init-groups x",
     "s6-setuidgid app x", "chroot --userspec=app:app / x", "runuser -u app -- x", "su app -c x"],
)
def test_switching_to_a_user_drops_privileges(line):
    assert drops_privileges(commands(line)[0])


@pytest.mark.parametrize("line", ["gosu root server", "su root -c x", "chroot /srv x", "exec server", "sudo -u app x"])
def test_staying_root_or_running_directly_does_not(line):
    assert not drops_privileges(commands(line)[0])


def test_a_script_without_a_shebang_is_read_as_sh():
    assert [command.name for command in commands("set -e\nexec gosu app \"$@\"\n")] == ["set", "exec"]


def test_a_script_for_another_interpreter_is_not_read():
    assert context_script("#!/usr/bin/env python3\nprint(1)\n") is None
    assert context_script("#!/usr/bin/env bash\necho\n") is not None
