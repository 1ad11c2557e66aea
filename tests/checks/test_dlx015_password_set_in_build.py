from tests.helpers import lint

RULE = "DLX015"


def test_chpasswd_in_a_pipeline_is_reported_on_its_word():
    [finding] = lint("FROM debian:12\nRUN useradd app && \\\n    echo 'app:pw' | chpasswd\n", RULE)
    assert (finding.span.line, finding.span.column) == (3, 21)


def test_chpasswd_behind_sudo_and_by_its_full_path_is_found():
    assert len(lint("FROM debian:12\nRUN sudo /usr/sbin/chpasswd < users.txt\n", RULE)) == 1


def test_exec_form_sh_c_and_onbuild_are_found():
    assert len(lint('FROM debian:12\nRUN ["sh", "-c", "echo a:b | chpasswd"]\n', RULE)) == 1
    assert len(lint("FROM debian:12\nONBUILD RUN echo a:b | chpasswd\n", RULE)) == 1


def test_a_heredoc_is_read_by_its_shell():
    assert len(lint("FROM debian:12\nRUN <<EOF\necho a:b | chpasswd\nEOF\n", RULE)) == 1


def test_the_word_as_an_argument_is_quiet():
    assert lint("FROM debian:12\nRUN echo chpasswd && apt-get install -y passwd\n", RULE) == []


def test_a_command_that_is_not_run_is_quiet():
    assert lint('FROM debian:12\nCMD ["chpasswd"]\n', RULE) == []
