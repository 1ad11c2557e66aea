from dlint.model import load
from dlint.model.users import final_user


def test_the_final_user_is_the_last_user_of_the_target_chain_expanded():
    doc = load("FROM alpine:3.20 AS base\nARG U=app\nUSER ${U}:staff\nFROM base\nRUN true\n")
    last = final_user(doc)
    assert (last.instruction.span.line, last.user, last.name, last.is_root) == (3, "app:staff", "app", False)


def test_a_build_only_stage_does_not_decide_the_final_user():
    doc = load("FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER 1000\n")
    assert final_user(doc).user == "1000"
    assert final_user(load("FROM alpine:3.20 AS build\nUSER nobody\nFROM alpine:3.20\n")) is None


def test_root_by_name_or_id_with_or_without_group_is_root():
    for user in ("root", "0", "0:0", "root:wheel"):
        assert final_user(load(f"FROM alpine:3.20\nUSER {user}\n")).is_root


def test_a_user_from_an_unknown_variable_is_not_known():
    last = final_user(load("FROM alpine:3.20\nUSER $WHO\n"))
    assert (last.user, last.name, last.is_root) == (None, None, False)
