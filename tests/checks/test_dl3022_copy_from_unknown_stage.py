from tests.helpers import lint

RULE = "DL3022"


def test_a_name_of_no_stage_is_reported_on_the_flag():
    [finding] = lint("FROM alpine:3.20\nCOPY --from=biuld /a /a\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 6)


def test_a_stage_defined_later_is_named_in_the_message():
    [finding] = lint("FROM scratch\nCOPY --from=build x .\nFROM alpine:3.20 AS build\n", RULE)
    assert "defined later, on line 3" in finding.message


def test_an_earlier_stage_by_name_or_index_is_fine():
    text = "FROM alpine:3.20 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n"
    assert lint(text, RULE) == []


def test_an_image_reference_is_a_deliberate_copy_from_an_image():
    assert lint("FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n", RULE) == []
    assert lint("FROM alpine:3.20\nCOPY --from=ghcr.io/org/tool /tool /tool\n", RULE) == []


def test_a_variable_is_not_judged():
    assert lint("FROM alpine:3.20\nARG SRC=build\nCOPY --from=$SRC /a /a\n", RULE) == []


def test_a_copy_from_before_the_first_from_names_no_earlier_stage():
    [finding] = lint("COPY --from=0 /out /out\nFROM alpine:3.20 AS build\n", RULE)
    assert (finding.span.line, finding.span.column) == (1, 6)


def test_a_copy_from_an_image_before_the_first_from_is_left_alone():
    assert lint("COPY --from=nginx:1.27 /etc/nginx /etc/nginx\n", RULE) == []
