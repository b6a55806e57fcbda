#include "io/CsvWriter.h"

#include "io/FormulaStart.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};
constexpr qsizetype flushSize = 1 << 16;
} // namespace

CsvWriter::CsvWriter(QIODevice *device, Format format) : m_device(device), m_format(format)
{
    m_buffer.reserve(flushSize * 2);
    if (m_format.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::looksLikeFormula(QByteArrayView utf8)
{
    return FormulaStart::in(utf8);
}

void CsvWriter::field(QByteArrayView utf8)
{
    if (!m_firstInRow)
        m_buffer.append(m_format.delimiter);
    m_firstInRow = false;
    const bool formula = looksLikeFormula(utf8);
    bool quote = false;
    for (char c : utf8) {
        if (c == m_format.delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            m_buffer.append('\'');
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    if (formula)
        m_buffer.append('\'');
    for (char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::endRow()
{
    m_buffer.append(m_format.crlf ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    m_firstInRow = true;
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() < flushSize)
        return;
    if (!m_failed && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

Status CsvWriter::finish()
{
    if (!m_failed && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    if (m_failed)
        return Status::failure(Tr::tr("The file could not be written completely: %1.").arg(m_device->errorString()));
    return {};
}
