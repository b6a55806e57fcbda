#pragma once

#include <QStringList>

#include <vector>

// The event file's schema as a list of steps: step N brings a file from
// user_version N-1 to N. Plain SQL (TEXT, INTEGER, REFERENCES) so that
// another backend can follow later.
class Schema
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    // Podium's SQLite application_id: "PDM1".
    static constexpr int applicationId = 0x50444D31;
    static int currentVersion();
    static const std::vector<Step> &steps();
};
