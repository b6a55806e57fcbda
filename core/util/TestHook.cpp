#include "util/TestHook.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

const char *const names[] = {"write", "page", "commit", "committed"};
constexpr int kinds = 4;

struct Plan
{
    bool active = false;
    bool count = false;
    int stopKind = -1;
    long long stopAt = 0;
    std::atomic<long long> passed[kinds] = {};
};

void printCounts();

Plan &plan()
{
    static Plan *p = [] {
        auto *made = new Plan; // never freed: printCounts runs at exit
        const QByteArray stop = qgetenv("PODIUM_TEST_STOP_AT");
        const int colon = int(stop.indexOf(':'));
        for (int k = 0; colon > 0 && k < kinds; ++k) {
            if (stop.left(colon) == names[k]) {
                made->stopKind = k;
                made->stopAt = stop.mid(colon + 1).toLongLong();
            }
        }
        made->count = qEnvironmentVariableIsSet("PODIUM_TEST_COUNT");
        made->active = made->stopKind >= 0 || made->count;
        if (made->count)
            std::atexit(printCounts);
        return made;
    }();
    return *p;
}

void printCounts()
{
    for (int k = 0; k < kinds; ++k)
        fprintf(stderr, "podium-test-hook: %s %lld\n", names[k], plan().passed[k].load());
}

} // namespace

void TestHook::passed(Kind kind)
{
    Plan &p = plan();
    if (!p.active)
        return;
    const int k = int(kind);
    const long long n = ++p.passed[k];
    if (k == p.stopKind && n == p.stopAt) {
        fprintf(stderr, "podium-test-hook: stopped\n");
        fflush(stderr);
        std::raise(SIGSTOP);
    }
}
