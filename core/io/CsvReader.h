#pragma once

#include "util/Result.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

// Reads RFC 4180 CSV from decoded text: quoted fields with doubled quotes and
// line breaks inside, CRLF, LF or CR line ends. Lenient where spreadsheet
// programs are (a stray quote inside an unquoted field is kept as it is).
class CsvReader
{
public:
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based line where the record starts
    };

    // The reader shares the text (QString is implicitly shared: no copy),
    // so a reader can never outlive what it reads.
    CsvReader(QString text, QChar delimiter);

    // Comma, semicolon or tab: the one the header line uses most (outside quotes).
    static QChar sniffDelimiter(QStringView text);

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; fails on a quoted field that never ends (naming its line).
    Result<Record> next();
    // How far through the text, 0..1 (for progress bars).
    double progress() const { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_fieldsPerRecord = 0; // the widest record so far, to size the next one
};
