#pragma once

#include <QString>

#include <sqlite3.h>

// A text column of a row on the raw SQLite handle (the checks and the
// repair, which read files Qt's driver should not touch), as a QString.
inline QString sqliteText(sqlite3_stmt *row, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(row, column)) : QString();
}
