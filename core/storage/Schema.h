#pragma once

#include "storage/SqlDialect.h"

#include <QStringList>

#include <vector>

// The event file's schema as a list of steps: step N brings a file from
// user_version N-1 to N (a server event's schema records its version the
// same way). `statements` are portable: written for SQLite in plain types
// (TEXT, INTEGER, REAL, BLOB, INTEGER PRIMARY KEY) that SqlDialect::translateDdl
// turns into PostgreSQL's. What cannot be portable (triggers) is written once
// per store, in sqliteOnly and postgresOnly, and runs after the portable part.
class Schema
{
public:
    struct Step
    {
        int version;
        QStringList statements;
        QStringList sqliteOnly = {};
        QStringList postgresOnly = {};

        // What this step runs on a store of `kind`, in order. PostgreSQL's
        // portable statements come translated.
        QStringList statementsFor(SqlDialect::Kind kind) const;
    };

    // Podium's SQLite application_id: "PDM1".
    static constexpr int applicationId = 0x50444D31;
    static int currentVersion();
    static const std::vector<Step> &steps();
};
