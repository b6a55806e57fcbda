#include "io/CsvSource.h"

#include "io/ParticipantRecordParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvSource)
};
} // namespace

CsvSource::CsvSource(QString path, TextDecoder::Decoded decoded)
    : m_path(std::move(path)), m_decoded(std::move(decoded)), m_delimiter(CsvReader::sniffDelimiter(m_decoded.text)),
      m_reader(m_decoded.text, m_delimiter)
{
}

QString CsvSource::quotedPath() const
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(m_path));
}

Result<std::unique_ptr<CsvSource>> CsvSource::open(const QString &path)
{
    using R = Result<std::unique_ptr<CsvSource>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("“%1” cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 limit = maxMegabytes * 1024 * 1024;
    // At most one byte more than allowed, even from a pipe whose size is unknown.
    const QByteArray bytes = file.size() > limit ? QByteArray() : file.read(limit + 1);
    if (file.size() > limit || bytes.size() > limit)
        return R::failure(Tr::tr("“%1” is larger than %2 MB; Podium reads participant CSV files up to %2 MB.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(maxMegabytes));
    std::unique_ptr<CsvSource> source(new CsvSource(path, TextDecoder::decode(bytes)));
    // The header: the first record that is not blank.
    CsvReader::Record record;
    while (!source->m_reader.atEnd()) {
        if (Status read = source->m_reader.next(record); !read)
            return R::failure(QStringLiteral("%1, %2").arg(source->quotedPath(), read.error()));
        if (ParticipantRecordParser::isBlank(record))
            continue;
        for (QStringView header : record.fields)
            source->m_headers << header.trimmed().toString();
        return source;
    }
    return R::failure(Tr::tr("%1 is empty: it has no header line and no rows.").arg(source->quotedPath()));
}
