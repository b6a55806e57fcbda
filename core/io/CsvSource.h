#pragma once

#include "io/CsvReader.h"
#include "io/TextDecoder.h"
#include "util/Result.h"

#include <QStringList>

#include <memory>
#include <optional>

// A CSV file opened for import: decoded, its delimiter found (Excel's "sep=;"
// first line, or sniffed from the header line) and its header line read; the
// reader stands on the first data record. Files that are not CSV (workbooks,
// images...), empty files and files whose rows use another delimiter than
// their header are refused with a message that says what to do.
class CsvSource
{
public:
    // Larger files are refused before they are read: the file is decoded
    // whole, and this bound keeps an import under 300 MB of memory. 100,000
    // participants make a CSV of about 20 MB.
    static constexpr qint64 maxMegabytes = 24;

    // What the file lists, for messages.
    enum class Content { Participants, Sessions, Availability };
    static Result<std::unique_ptr<CsvSource>> open(const QString &path, Content content = Content::Participants);

    QString encodingName() const { return TextDecoder::name(m_decoded.encoding); }
    // UTF-8 with some bytes that are not (read as U+FFFD).
    bool hasInvalidBytes() const { return !m_decoded.invalidLines.isEmpty(); }
    QChar delimiter() const { return m_delimiter; }
    const QStringList &headers() const { return m_headers; }
    CsvReader &reader() { return m_reader; }
    // “path”, for messages.
    QString quotedPath() const;

private:
    CsvSource(QString path, TextDecoder::Decoded decoded, Content content);
    Status readHeader();
    Status checkFirstRows() const;
    QString m_path;
    Content m_content;
    TextDecoder::Decoded m_decoded;
    std::optional<QChar> m_separatorLine; // the delimiter a "sep=" first line names
    QChar m_delimiter;
    CsvReader m_reader;
    QStringList m_headers;
};
