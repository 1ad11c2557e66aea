"""The command model: wrappers peeled, programs normalised, options, verbs and packages read with the tool table."""

from __future__ import annotations

import pytest

from dlint.model import load
from dlint.model.spans import Span


def commands(dockerfile: str, **query):
    return list(load(dockerfile).commands(**query))


def run(text: str, base: str = "debian:12"):
    return commands(f"FROM {base}\nRUN {text}\n")


@pytest.mark.parametrize("text", [
    "sudo -u root env DEBIAN_FRONTEND=x apt-get install curl",
    "env -u HOME apt-get install curl",
    "nice -n 5 ionice -c 3 nohup time apt-get install curl",
    "xargs -n1 apt-get install curl",
    "eatmydata stdbuf -o L apt-get install curl",
    "gosu app apt-get install curl",
    "su-exec app apt-get install curl",
    "chroot /target apt-get install curl",
    "setpriv --reuid=1000 apt-get install curl",
    "runuser -u app -- apt-get install curl",
    "doas -u root apt-get install curl",
    "tini -- dumb-init apt-get install curl",
])
def test_wrappers_are_peeled_to_the_program_they_run(text):
    [command] = run(text)
    assert (command.program, command.verb.value) == ("apt-get", "install")


def test_peeled_wrappers_keep_their_words():
    [command] = run("sudo -u app env X=1 apt-get install curl")
    assert [(w.name, [word.value for word in w.words]) for w in command.wrappers] == [
        ("sudo", ["sudo", "-u", "app"]), ("env", ["env", "X=1"]),
    ]


def test_su_dash_c_script_is_read_as_commands():
    found = run("su app -c 'apt-get update && pip install flask'")
    assert [c.program for c in found] == ["apt-get", "pip"]
    assert found[1].span == Span(2, 34, 2, 51)


def test_command_dash_v_runs_nothing():
    [command] = run("command -v apt-get")
    assert command.program == "command"


@pytest.mark.parametrize("text", [
    "pip install flask", "pip3 install flask", "pip3.12 install flask", "/usr/bin/pip install flask",
    "python -m pip install flask", "python3 -m pip install flask", "uv pip install flask",
])
def test_pip_spellings_are_one_program(text):
    [command] = run(text)
    assert (command.program, command.verb.value, command.packages[0].name) == ("pip", "install", "flask")


def test_apt_and_apt_get_are_distinct_programs_of_one_tool():
    found = run("apt update && apt-get install -y curl")
    assert [(c.program, c.tool.name) for c in found] == [("apt", "apt-get"), ("apt-get", "apt-get")]


@pytest.mark.parametrize("spelling", ["-y", "--yes", "--assume-yes", "-qy"])
def test_has_flag_matches_every_spelling(spelling):
    [command] = run(f"apt-get install {spelling} curl")
    assert command.has_flag("yes") and command.has_flag("-y")


def test_flag_word_is_the_word_that_gives_it():
    [command] = run("curl -fsSLk https://x")
    assert command.flag_word("insecure").span == Span(2, 10, 2, 16)


def test_value_flags_do_not_make_packages():
    [command] = run("apt-get -o Debug=1 install -t bookworm --no-install-recommends curl")
    assert [p.name for p in command.packages] == ["curl"]
    assert command.option_values("option") == ("Debug=1",)


def test_a_value_flag_at_the_end_of_a_short_group_takes_the_next_word():
    [command] = run("pip install -Ur requirements.txt")
    assert command.has_flag("requirement") and command.packages == ()


def test_equals_form_gives_the_value():
    [command] = run("yum install --setopt=sslverify=0 httpd")
    assert command.option_values("setopt") == ("sslverify=0",)


@pytest.mark.parametrize(("text", "pins"), [
    ("apt-get install curl=7.88 git", [("curl", "7.88", True), ("git", None, False)]),
    ("apk add curl~8.5 git", [("curl", "8.5", True), ("git", None, False)]),
    ("pip install flask==3.0 requests", [("flask", "3.0", True), ("requests", None, False)]),
    ("npm install @types/node@20 lodash", [("@types/node", "20", True), ("lodash", None, False)]),
    ("dnf install -y httpd-2.4.57 nginx", [("httpd", "2.4.57", True), ("nginx", None, False)]),
    ("gem install rails:7.1 rake", [("rails", "7.1", True), ("rake", None, False)]),
    ("composer require monolog/monolog:3.5", [("monolog/monolog", "3.5", True)]),
    ("conda install -y numpy=1.26", [("numpy", "1.26", True)]),
    ("go install golang.org/x/tools/gopls@v0.15.0", [("golang.org/x/tools/gopls", "v0.15.0", True)]),
    ("cargo install --version 1.0 ripgrep", [("ripgrep", None, True)]),
])
def test_packages_and_their_pins_follow_the_tool(text, pins):
    [command] = run(text)
    assert [(p.name, p.version, p.pinned) for p in command.packages] == pins


def test_a_variable_package_is_expanded_with_the_arg_in_scope():
    found = commands("FROM debian:12\nARG PKGS='curl git=1'\nRUN apt-get install $PKGS\n")
    assert [(p.requirement, p.pinned) for p in found[0].packages] == [("curl", False), ("git=1", True)]


def test_an_unknown_variable_package_is_unknown():
    [command] = run("apt-get install $PKGS")
    assert [(p.requirement, p.pinned) for p in command.packages] == [(None, None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("apt-get update", "update"), ("apk add x", "install"), ("yum update", "upgrade"), ("zypper ref", "update"),
    ("apt-get purge x", "remove"), ("npm cache clean --force", "clean"),
])
def test_verbs_have_kinds(text, kind):
    [command] = run(text)
    assert command.verb_kind == kind


def test_exec_form_cmd_and_sh_dash_c_are_commands():
    found = commands('FROM python:3\nCMD ["sh", "-c", "pip install x && exec gunicorn app"]\n')
    assert [(c.program, c.runs_in) for c in found] == [("pip", "CMD"), ("gunicorn", "CMD")]


def test_heredoc_body_run_by_a_shell_gives_commands():
    found = commands("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n")
    assert [c.verb.value for c in found] == ["update", "install"]


def test_onbuild_trigger_commands_are_listed_under_the_onbuild():
    [command] = commands("FROM debian:12\nONBUILD RUN apt-get install curl\n")
    assert (command.listed.keyword, command.instruction.keyword) == ("ONBUILD", "RUN")


def test_spans_sit_on_the_physical_line_of_a_multi_line_run():
    [command] = run("apt-get install \\\n    -y \\\n    curl")
    assert command.packages[0].span == Span(4, 5, 4, 9)
    assert command.flag_word("yes").span == Span(3, 5, 3, 7)


def test_commands_can_be_asked_by_tool_program_verb_and_stage():
    doc = load("FROM debian:12 AS a\nRUN apt update && apt-get install x\nFROM a\nRUN apt-get install y\n")
    assert len(list(doc.commands("apt-get", "install"))) == 2
    assert len(list(doc.commands(program="apt", kind="update"))) == 1
    assert len(list(doc.commands("apt-get", stage=doc.stages[1]))) == 1


def test_cleaning_the_cache_in_the_same_run_is_found():
    from dlint.model.commands import cleans_cache

    doc = load("FROM debian:12\nRUN apt-get install -y x && rm -rf /var/lib/apt/lists/*\n")
    install = next(doc.commands("apt-get", "install"))
    assert cleans_cache(doc, install).program == "rm"


def test_a_path_under_a_cache_mount_is_out_of_the_layer():
    from dlint.model.mounts import under_cache_mount

    run_ = load("FROM a\nRUN --mount=type=cache,target=/root/.cache pip install x\n").instructions[1]
    assert under_cache_mount(run_, "~/.cache/pip") and not under_cache_mount(run_, "/var/cache/apt")


def test_many_shell_and_run_pairs_scale_linearly():
    import time

    from dlint.model.shell import shell_in_effect

    def timed(pairs: int) -> float:
        doc = load("FROM debian:12\n" + 'SHELL ["/bin/bash", "-c"]\nRUN true\n' * pairs)
        assert doc.stages
        start = time.perf_counter()
        for instruction in doc.instructions:
            shell_in_effect(doc, instruction)
        return time.perf_counter() - start

    small = min(timed(2000) for _ in range(3))
    large = min(timed(8000) for _ in range(3))
    # Quadratic would be 16 times slower; linear about 4.
    assert large / small < 9


@pytest.mark.parametrize(
    ("run", "fills"),
    [
        ("npm ci", True),
        ("npm run build", False),
        ("mvn -B clean package", True),
        ("mvn clean", False),
        ("./gradlew tasks", True),
        ("dotnet publish -c Release", True),
        ("dotnet --info", False),
        ("curl -fsSL https://example.com", False),
    ],
)
def test_fills_cache_reads_the_subcommand_or_the_tasks(run, fills):
    doc = load(f"FROM alpine\nRUN {run}\n")
    (command,) = doc.commands_of(doc.instructions[1])
    assert command.fills_cache is fills


def test_cache_mounted_asks_the_tools_cache_folders():
    doc = load("FROM alpine\nRUN --mount=type=cache,target=/root/.npm npm ci && pip install flask\n")
    npm, pip = doc.commands_of(doc.instructions[1])
    assert npm.cache_mounted and not pip.cache_mounted
