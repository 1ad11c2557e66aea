"""Which context file ends up at an image path, and the WORKDIR an instruction runs in."""

from __future__ import annotations

from dlint.model import load
from dlint.model.context_copies import context_sources, working_directory


def sources(text: str, image_path: str) -> tuple[str, ...]:
    doc = load(text)
    return context_sources(doc, doc.target, image_path)


def test_a_file_copied_into_a_folder_keeps_its_name():
    assert sources("FROM debian:12\nCOPY docker/entry.sh /usr/local/bin/\n", "/usr/local/bin/entry.sh")[0] == "docker/entry.sh"


def test_a_file_copied_to_a_path_takes_that_name():
    assert sources("FROM debian:12\nCOPY docker/entry.sh /entrypoint\n", "/entrypoint") == ("docker/entry.sh",)


def test_a_folder_copies_its_contents():
    assert sources("FROM debian:12\nCOPY conf /etc/app\n", "/etc/app/main.conf") == ("conf/main.conf",)


def test_the_whole_context_lands_in_the_workdir():
    assert sources("FROM debian:12\nWORKDIR /app\nCOPY . .\n", "/app/package.json") == ("package.json",)


def test_a_glob_source_matches_the_file_name():
    assert sources("FROM debian:12\nCOPY scripts/*.sh /bin/\n", "/bin/start.sh") == ("scripts/start.sh",)
    assert sources("FROM debian:12\nCOPY scripts/*.sh /bin/\n", "/bin/start.py") == ()


def test_sources_are_expanded_with_args():
    assert sources("FROM debian:12\nARG ENTRY=run.sh\nCOPY $ENTRY /run.sh\n", "/run.sh") == ("run.sh",)


def test_an_unknown_variable_gives_no_candidate():
    assert sources("FROM debian:12\nCOPY $ENTRY /run.sh\n", "/run.sh") == ()


def test_the_latest_copy_comes_first():
    text = "FROM debian:12\nCOPY old.sh /run.sh\nCOPY new.sh /run.sh\n"
    assert sources(text, "/run.sh") == ("new.sh", "old.sh")


def test_copies_of_the_stage_it_is_built_from_count():
    text = "FROM debian:12 AS base\nCOPY run.sh /run.sh\nFROM base\nUSER app\n"
    assert sources(text, "/run.sh") == ("run.sh",)


def test_copies_from_another_stage_or_a_url_are_not_context_files():
    text = "FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build /run.sh /run.sh\nADD https://x.example/run.sh /run.sh\n"
    assert sources(text, "/run.sh") == ()


def test_a_source_never_leaves_the_context():
    assert sources("FROM debian:12\nCOPY ../../etc/shadow /s\n", "/s") == ("etc/shadow",)


def test_workdir_joins_relative_folders():
    doc = load("FROM scratch\nWORKDIR app\nWORKDIR src\nRUN x\n")
    assert working_directory(doc, doc.instructions[-1]) == "/app/src"


def test_workdir_is_unknown_when_the_base_image_may_set_it():
    doc = load("FROM debian:12\nRUN x\n")
    assert working_directory(doc, doc.instructions[-1]) is None


def test_workdir_is_inherited_from_the_stage_it_is_built_from():
    doc = load("FROM debian:12 AS base\nWORKDIR /srv\nFROM base\nRUN x\n")
    assert working_directory(doc, doc.instructions[-1]) == "/srv"
