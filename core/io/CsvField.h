#pragma once

#include <QString>
#include <QStringList>

// Spreadsheet-safe CSV (RFC 4180): fields quoted when needed, and cells a
// spreadsheet would run as a formula (see FormulaStart) made plain text
// with a leading apostrophe.
class CsvField
{
public:
    static QString neutralised(const QString &value);
    static QString quoted(const QString &value);
    // One record: neutralised, quoted fields joined by commas, ending in CRLF.
    static QString record(const QStringList &fields);
};
