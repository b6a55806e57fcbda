#pragma once

#include "util/Result.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Reads RFC 4180 CSV from decoded text: quoted fields with doubled quotes and
// line breaks inside, CRLF, LF or CR line ends. Lenient where spreadsheet
// programs are (a stray quote inside an unquoted field is kept as it is).
class CsvReader
{
public:
    struct Record
    {
        // Views into the text read, or into the reader's own copy for a field
        // that had doubled quotes: no allocation per field. Valid until the
        // reader's next call of next(); texts() keeps them longer.
        std::vector<QStringView> fields;
        int line = 0; // 1-based line where the record starts
        QStringList texts() const;
    };

    // The reader shares the text (QString is implicitly shared: no copy),
    // so a reader can never outlive what it reads.
    CsvReader(QString text, QChar delimiter);

    // Comma, semicolon or tab: the one the header line uses most (outside quotes).
    static QChar sniffDelimiter(QStringView text);

    // The whole text read (record fields mostly point into it).
    QStringView text() const { return m_text; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    // Reads the next record into `record`, reusing its storage; fails on a
    // quoted field that never ends (naming its line).
    Status next(Record &record);
    // How far through the text, 0..1 (for progress bars).
    double progress() const { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

private:
    bool isFieldEnd(QChar c) const { return c == m_delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'); }
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    // Fields that could not be views of the text ("" inside), for the current
    // record. Moving a QString keeps its characters where they are, so views
    // stay valid while this grows.
    std::vector<QString> m_copies;
};
