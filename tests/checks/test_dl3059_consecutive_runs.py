from tests.helpers import lint

RULE = "DL3059"


def test_the_second_of_two_short_runs_is_reported():
    [finding] = lint("FROM alpine:3.20\nRUN a\nRUN b\n", RULE)
    assert finding.span.line == 3


def test_comments_do_not_separate_them():
    assert lint("FROM alpine:3.20\nRUN a\n# why\nRUN b\n", RULE) != []


def test_another_instruction_separates_them():
    assert lint("FROM alpine:3.20\nRUN a\nENV X=1\nRUN b\n", RULE) == []


def test_a_run_of_chained_commands_was_split_deliberately():
    assert lint("FROM alpine:3.20\nRUN a && b\nRUN d\n", RULE) == []
    assert lint("FROM alpine:3.20\nRUN d\nRUN a; b\n", RULE) == []


def test_a_pipeline_counts_as_chained_commands():
    assert lint("FROM alpine:3.20\nRUN a | b\nRUN d\n", RULE) == []


def test_two_single_commands_after_a_chained_run_are_reported():
    [finding] = lint("FROM alpine:3.20\nRUN a && b\nRUN c\nRUN d\n", RULE)
    assert finding.span.line == 4


def test_different_mounts_cannot_be_joined():
    assert lint("FROM alpine:3.20\nRUN --mount=type=cache,target=/c a\nRUN b\n", RULE) == []
