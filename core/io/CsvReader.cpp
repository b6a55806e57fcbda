#include "io/CsvReader.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

CsvReader::CsvReader(QString text, QChar delimiter) : m_text(std::move(text)), m_delimiter(delimiter) {}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

Result<CsvReader::Record> CsvReader::next()
{
    Record record;
    record.line = m_line;
    record.fields.reserve(m_fieldsPerRecord);
    QString field;
    const qsizetype size = m_text.size();
    const QChar *data = m_text.constData();
    auto endOfLine = [&](qsizetype &pos) {
        // Consumes \r\n, \n or \r at pos; true when there was one.
        if (data[pos] == QLatin1Char('\r')) {
            pos += (pos + 1 < size && data[pos + 1] == QLatin1Char('\n')) ? 2 : 1;
            return true;
        }
        if (data[pos] == QLatin1Char('\n')) {
            ++pos;
            return true;
        }
        return false;
    };
    qsizetype pos = m_pos;
    while (true) {
        if (pos < size && data[pos] == QLatin1Char('"')) {
            const int startLine = m_line;
            ++pos;
            while (true) {
                if (pos >= size)
                    return Result<Record>::failure(
                        Tr::tr("line %1: a quoted field is never closed (a \" is missing).").arg(startLine));
                const QChar c = data[pos];
                if (c == QLatin1Char('"')) {
                    if (pos + 1 < size && data[pos + 1] == QLatin1Char('"')) {
                        field += c;
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(pos + 1 < size && data[pos + 1] == QLatin1Char('\n'))))
                    ++m_line;
                field += c;
                ++pos;
            }
        }
        // Unquoted part (or what follows a closing quote, kept as it is).
        const qsizetype start = pos;
        while (pos < size && data[pos] != m_delimiter && data[pos] != QLatin1Char('\n') && data[pos] != QLatin1Char('\r'))
            ++pos;
        if (field.isEmpty()) {
            record.fields.emplaceBack(data + start, pos - start); // the common case: one allocation
        } else {
            field += QStringView(m_text).mid(start, pos - start);
            record.fields.emplaceBack(std::move(field));
            field = QString();
        }
        if (pos >= size)
            break;
        if (data[pos] == m_delimiter) {
            ++pos;
            continue;
        }
        endOfLine(pos);
        ++m_line;
        break;
    }
    m_pos = pos;
    m_fieldsPerRecord = qMax(m_fieldsPerRecord, record.fields.size());
    return record;
}
