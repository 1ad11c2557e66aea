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
