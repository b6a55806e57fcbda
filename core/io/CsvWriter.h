#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: fields quoted when they hold the delimiter,
// a quote or a line break; and, so that a spreadsheet never runs a cell as a
// formula, a field starting with = + - @ tab or carriage return (or a
// look-alike, see FormulaStart) gets a leading apostrophe.
class CsvWriter
{
public:
    struct Format
    {
        char delimiter = ',';
        bool byteOrderMark = false; // Excel needs it to read UTF-8
        bool crlf = true;           // RFC 4180 line ends
    };

    CsvWriter(QIODevice *device, Format format);
    ~CsvWriter();

    void field(QByteArrayView utf8);
    void field(const QString &text) { field(QByteArrayView(text.toUtf8())); }
    void endRow();
    // Flushes the buffer; fails when the device could not take it all (disk full...).
    Status finish();

    // Whether a spreadsheet would read this cell as a formula.
    static bool looksLikeFormula(QByteArrayView utf8);

private:
    void flushIfFull();
    QIODevice *m_device;
    Format m_format;
    QByteArray m_buffer;
    bool m_firstInRow = true;
    bool m_failed = false;
};
