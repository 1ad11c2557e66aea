from tests.helpers import lint

RULE = "DLX005"


def test_no_user_is_reported_on_the_target_from():
    [finding] = lint("FROM alpine:3.20 AS build\nFROM alpine:3.20\nCMD [\"sh\"]\n", RULE)
    assert finding.span.line == 2
    assert "no USER" in finding.message


def test_last_user_root_is_reported_with_the_user_as_related():
    [finding] = lint("FROM alpine:3.20\nUSER app\nUSER root\n", RULE)
    assert finding.related[0].span.line == 3


def test_uid_zero_with_group_is_root():
    assert lint("FROM alpine:3.20\nUSER 0:0\n", RULE) != []


def test_unprivileged_user_is_fine():
    assert lint("FROM alpine:3.20\nUSER 10001:10001\n", RULE) == []


def test_user_set_in_a_parent_stage_is_inherited():
    assert lint("FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"sh\"]\n", RULE) == []


def test_user_in_a_stage_that_is_not_the_target_does_not_count():
    assert lint("FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\n", RULE) != []


def test_user_from_an_arg_is_expanded():
    assert lint("FROM alpine:3.20\nARG RUNAS=root\nUSER ${RUNAS}\n", RULE) != []
    assert lint("FROM alpine:3.20\nARG RUNAS=app\nUSER ${RUNAS}\n", RULE) == []


def test_unknown_user_is_not_reported():
    assert lint("FROM alpine:3.20\nARG RUNAS\nUSER ${RUNAS}\n", RULE) == []
