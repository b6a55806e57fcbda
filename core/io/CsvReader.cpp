#include "io/CsvReader.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

QStringList CsvReader::Record::texts() const
{
    QStringList out;
    out.reserve(qsizetype(fields.size()));
    for (QStringView field : fields)
        out << field.toString();
    return out;
}

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

Status CsvReader::next(Record &record)
{
    record.fields.clear();
    record.line = m_line;
    m_copies.clear();
    const qsizetype size = m_text.size();
    const QChar *data = m_text.constData();
    qsizetype pos = m_pos;
    while (true) {
        QStringView quoted;    // the inside of a quoted field, when it needs no copy
        QString *copy = nullptr; // when it does ("" inside, or text after the closing quote)
        if (pos < size && data[pos] == QLatin1Char('"')) {
            const int startLine = m_line;
            qsizetype chunk = ++pos;
            while (true) {
                if (pos >= size)
                    return Status::failure(
                        Tr::tr("line %1: a quoted field is never closed (a \" is missing).").arg(startLine));
                const QChar c = data[pos];
                if (c == QLatin1Char('"')) {
                    if (pos + 1 < size && data[pos + 1] == QLatin1Char('"')) {
                        if (!copy)
                            copy = &m_copies.emplace_back();
                        copy->append(data + chunk, pos + 1 - chunk); // keeps one of the two quotes
                        pos += 2;
                        chunk = pos;
                        continue;
                    }
                    break;
                }
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(pos + 1 < size && data[pos + 1] == QLatin1Char('\n'))))
                    ++m_line;
                ++pos;
            }
            if (copy)
                copy->append(data + chunk, pos - chunk);
            else
                quoted = QStringView(data + chunk, pos - chunk);
            ++pos; // the closing quote
        }
        // Unquoted field, or what follows a closing quote (kept as it is).
        const qsizetype start = pos;
        while (pos < size && !isFieldEnd(data[pos]))
            ++pos;
        const QStringView rest(data + start, pos - start);
        if (!quoted.isNull() && !rest.isEmpty()) {
            copy = &m_copies.emplace_back(quoted.toString());
            quoted = {};
        }
        if (copy) {
            copy->append(rest);
            record.fields.push_back(*copy);
        } else {
            record.fields.push_back(quoted.isNull() ? rest : quoted);
        }
        if (pos >= size)
            break;
        if (data[pos] == m_delimiter) {
            ++pos;
            continue;
        }
        // \r\n, \n or \r
        pos += (data[pos] == QLatin1Char('\r') && pos + 1 < size && data[pos + 1] == QLatin1Char('\n')) ? 2 : 1;
        ++m_line;
        break;
    }
    m_pos = pos;
    return {};
}
