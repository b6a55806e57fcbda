#pragma once

#include <QElapsedTimer>

#include <cstdio>
#include <functional>

// Runs work once, prints "what ... 12.3 ms" (FAILED when work returns
// false) and returns the milliseconds: the benchmarks' one measure.
inline double timed(const char *what, const std::function<bool()> &work, int width = 52)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = work();
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("%-*s %9.1f ms%s\n", width, what, ms, ok ? "" : "  (FAILED)");
    return ms;
}
