from tests.helpers import lint

RULE = "DLX014"


def test_a_folder_inside_proc_is_reported_on_its_argument():
    [finding] = lint("FROM alpine:3.20\nWORKDIR /proc/app\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 9)
    assert "/proc" in finding.message


def test_the_system_folder_itself_is_reported():
    assert lint("FROM alpine:3.20\nWORKDIR /sys\n", RULE) != []


def test_the_folder_is_read_after_expansion():
    assert lint("FROM alpine:3.20\nARG D=/boot\nWORKDIR ${D}/x\n", RULE) != []


def test_a_relative_folder_is_joined_to_the_workdir_before_it():
    assert lint("FROM alpine:3.20\nWORKDIR /\nWORKDIR dev\n", RULE) != []
    assert lint("FROM alpine:3.20\nWORKDIR /srv\nWORKDIR dev\n", RULE) == []


def test_a_path_that_only_leaves_and_reenters_is_normalised():
    assert lint("FROM alpine:3.20\nWORKDIR /app/../proc/x\n", RULE) != []


def test_folders_of_the_same_name_elsewhere_are_quiet():
    assert lint("FROM alpine:3.20\nWORKDIR /app/proc\nWORKDIR /development\n", RULE) == []


def test_an_unknown_value_is_not_judged():
    assert lint("FROM alpine:3.20\nWORKDIR $UNSET_DIR\n", RULE) == []
