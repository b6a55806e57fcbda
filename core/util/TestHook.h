#pragma once

// Points where the crash tests stop podium-cli to kill it: at a moment the
// work itself reports (the N-th write to the event file, the N-th page of a
// PDF, just before an export is renamed into place), not after a guessed
// delay that a loaded machine turns into a different moment.
//
// PODIUM_TEST_STOP_AT=KIND:N stops the process (SIGSTOP) the N-th time a
// point of that kind is passed, after printing "podium-test-hook: stopped"
// on stderr; the test then sends SIGKILL. PODIUM_TEST_COUNT=1 prints how
// often each kind was passed when the process exits ("podium-test-hook:
// write 1234"), so a test can spread its kills over a whole run.
// Without these variables a point costs one comparison.
class TestHook
{
public:
    enum class Kind {
        Write,     // a statement that changes the event file ran
        Page,      // a PDF page is started
        Commit,    // an export is complete, just before it is renamed into place
        Committed, // a transaction on the event file was committed
    };
    static void passed(Kind kind);
};
