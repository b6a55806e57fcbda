#include "io/CsvSource.h"

#include "io/FileSignature.h"
#include "io/ParticipantRecordParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvSource)
};

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

// Excel's hint on a first line of its own: "sep=;" (any one character).
std::optional<QChar> separatorLine(QStringView text)
{
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return std::nullopt;
    const QChar c = text[4];
    const bool lineEnds = text.size() == 5 || text[5] == QLatin1Char('\r') || text[5] == QLatin1Char('\n');
    if (!lineEnds || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
        return std::nullopt;
    return c;
}

// “;” or tabs, for messages.
QString delimiterName(QChar c)
{
    return c == QLatin1Char('\t') ? Tr::tr("tabs") : QStringLiteral("“%1”").arg(c);
}

// Why a file that is not text cannot be imported, and what to do instead.
QString notTextMessage(FileSignature::Kind kind, const QString &path, CsvSource::Content content)
{
    switch (kind) {
    case FileSignature::Kind::ExcelWorkbook:
    case FileSignature::Kind::OldExcelWorkbook:
        return Tr::tr("%1 is an Excel workbook, not a CSV file: in Excel choose File › Save As, file type "
                      "“CSV UTF-8 (Comma delimited)”, and import that file.")
            .arg(quoted(path));
    case FileSignature::Kind::OpenDocumentSpreadsheet:
        return Tr::tr("%1 is a LibreOffice (OpenDocument) spreadsheet, not a CSV file: in LibreOffice Calc "
                      "choose File › Save As, file type “Text CSV (.csv)”, and import that file.")
            .arg(quoted(path));
    case FileSignature::Kind::Binary:
        if (content == CsvSource::Content::Availability)
            return Tr::tr("%1 is not a CSV file: it holds binary data, not text. Save the availability as CSV "
                          "from your spreadsheet program and import that file.")
                .arg(quoted(path));
        return content == CsvSource::Content::Sessions
            ? Tr::tr("%1 is not a CSV file: it holds binary data, not text. Save the programme as CSV from your "
                     "spreadsheet program and import that file.")
                  .arg(quoted(path))
            : Tr::tr("%1 is not a CSV file: it holds binary data, not text. Save the participant list as CSV "
                     "from your spreadsheet program and import that file.")
                  .arg(quoted(path));
    case FileSignature::Kind::Text:
        break;
    }
    return {};
}
} // namespace

CsvSource::CsvSource(QString path, TextDecoder::Decoded decoded, Content content)
    : m_path(std::move(path)), m_content(content), m_decoded(std::move(decoded)), m_separatorLine(separatorLine(m_decoded.text)),
      m_delimiter(m_separatorLine.value_or(CsvReader::sniffDelimiter(m_decoded.text))),
      m_reader(m_decoded.text, m_delimiter)
{
}

QString CsvSource::quotedPath() const
{
    return quoted(m_path);
}

Result<std::unique_ptr<CsvSource>> CsvSource::open(const QString &path, Content content)
{
    using R = Result<std::unique_ptr<CsvSource>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("“%1” cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    // What the file is, before its size matters: a large workbook is still a workbook.
    if (const auto kind = FileSignature::of(file); kind != FileSignature::Kind::Text)
        return R::failure(notTextMessage(kind, path, content));
    const qint64 limit = maxMegabytes * 1024 * 1024;
    // At most one byte more than allowed, even from a pipe whose size is unknown.
    const QByteArray bytes = file.size() > limit ? QByteArray() : file.read(limit + 1);
    if (file.size() > limit || bytes.size() > limit)
        return R::failure((content != Content::Participants
                               ? Tr::tr("“%1” is larger than %2 MB; Podium reads schedule CSV files up to %2 MB.")
                               : Tr::tr("“%1” is larger than %2 MB; Podium reads participant CSV files up to %2 MB."))
                              .arg(QDir::toNativeSeparators(path))
                              .arg(maxMegabytes));
    std::unique_ptr<CsvSource> source(new CsvSource(path, TextDecoder::decode(bytes), content));
    if (Status s = source->readHeader(); !s)
        return R::failure(s.error());
    if (Status s = source->checkFirstRows(); !s)
        return R::failure(s.error());
    return source;
}

// The header: the first record that is not blank (after the "sep=" line).
Status CsvSource::readHeader()
{
    CsvReader::Record record;
    if (m_separatorLine)
        m_reader.next(record);
    while (!m_reader.atEnd()) {
        if (Status read = m_reader.next(record); !read)
            return Status::failure(QStringLiteral("%1, %2").arg(quotedPath(), read.error()));
        if (ParticipantRecordParser::isBlank(record))
            continue;
        for (QStringView header : record.fields)
            m_headers << header.trimmed().toString();
        return {};
    }
    return Status::failure(Tr::tr("%1 is empty: it has no header line and no rows.").arg(quotedPath()));
}

// The first rows, read ahead on a copy of the reader: there must be one, and a row that is one
// value holding another delimiter than the header's (a row pasted from a file saved in another
// country) means every row would land in the first column.
Status CsvSource::checkFirstRows() const
{
    CsvReader ahead = m_reader;
    CsvReader::Record record;
    int rows = 0;
    while (!ahead.atEnd() && rows < 20) {
        if (!ahead.next(record))
            return {}; // the import reports it, with the rows before it
        if (ParticipantRecordParser::isBlank(record))
            continue;
        ++rows;
        if (m_headers.size() < 2 || record.fields.size() > 1)
            continue;
        for (QChar other : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
            if (other != m_delimiter && record.fields.front().contains(other))
                return Status::failure(Tr::tr("%1, line %2: the header line separates its columns with %3, but "
                                              "this line with %4. Save the file again from your spreadsheet "
                                              "program so that one separator is used throughout.")
                                           .arg(quotedPath())
                                           .arg(record.line)
                                           .arg(delimiterName(m_delimiter), delimiterName(other)));
    }
    if (rows == 0 && m_content == Content::Availability)
        return Status::failure(Tr::tr("%1 has a header line but no rows: there is no availability to import.")
                                   .arg(quotedPath()));
    if (rows == 0)
        return Status::failure(m_content == Content::Sessions
                                   ? Tr::tr("%1 has a header line but no rows: there is no session to import.")
                                         .arg(quotedPath())
                                   : Tr::tr("%1 has a header line but no rows: there is no participant to import.")
                                         .arg(quotedPath()));
    return {};
}
