from tests.helpers import lint

RULE = "DL3045"


def test_a_relative_destination_without_workdir_is_reported_on_it():
    [finding] = lint("FROM node:20\nCOPY package.json app/\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 19)


def test_a_workdir_before_the_copy_fixes_it():
    assert lint("FROM node:20\nWORKDIR /app\nCOPY package.json .\n", RULE) == []


def test_a_workdir_after_the_copy_does_not():
    assert lint("FROM node:20\nCOPY package.json .\nWORKDIR /app\n", RULE) != []


def test_a_workdir_of_the_stage_it_is_built_from_counts():
    assert lint("FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY a .\n", RULE) == []


def test_absolute_and_windows_destinations_are_fine():
    assert lint("FROM node:20\nCOPY a /app/\nCOPY b C:\\\\app\n", RULE) == []


def test_a_destination_from_a_variable_is_expanded():
    assert lint("FROM node:20\nARG DEST=/app/\nCOPY a $DEST\n", RULE) == []
    assert lint("FROM node:20\nCOPY a $UNKNOWN\n", RULE) == []


def test_a_copy_before_the_first_from_is_judged_too():
    [finding] = lint('COPY a.sh "b.sh"\n', RULE)
    assert (finding.span.line, finding.span.column) == (1, 11)


def test_a_workdir_before_the_first_from_counts_for_the_copies_after_it():
    assert lint("WORKDIR /app\nCOPY a.sh b.sh\n", RULE) == []


def test_a_windows_path_is_absolute_as_written():
    assert lint("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.sh c:\\app\\a.sh\n", RULE) == []


def test_a_destination_from_an_undeclared_variable_is_not_judged_before_the_first_from():
    assert lint('COPY a.sh "${DEST}"\n', RULE) == []
