from tests.helpers import lint

RULE = "DL3023"


def test_copy_from_the_stage_itself_is_reported():
    [finding] = lint("FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n", RULE)
    assert finding.span.line == 2


def test_the_name_is_compared_without_case():
    assert lint("FROM alpine:3.20 AS App\nCOPY --from=APP /a /b\n", RULE) != []


def test_copy_from_another_stage_is_fine():
    assert lint("FROM alpine:3.20 AS build\nFROM alpine:3.20 AS app\nCOPY --from=build /a /b\n", RULE) == []
