#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;

// What searches compare: lower case without accents, so "muller" finds
// "Müller" and "helene" finds "Hélène" (the door desk, the participants list).
// The same folding runs in C++ (on the typed words) and in SQLite (on the
// columns) as the deterministic function podium_fold(text), which leaves ASCII
// text as it is: it is meant for LIKE, which ignores the case of ASCII letters.
namespace SearchFolding {
QString fold(QStringView text);
// Registers podium_fold on a connection; returns false when SQLite refused.
bool install(sqlite3 *db);
} // namespace SearchFolding
