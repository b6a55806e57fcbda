#pragma once

#include <QDate>
#include <QDateTime>

// One programme day with its own bounds, as a schedule file gives it
// (<day date="2024-12-27" start="…T10:00+01:00" end="…T06:00+01:00">).
struct ProgrammeDay
{
    QDate date;
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive

    bool contains(const QDateTime &utc) const { return utc >= start && utc < end; }
    bool operator==(const ProgrammeDay &o) const { return date == o.date && start == o.start && end == o.end; }
};
