#include "io/FileSignature.h"

#include "io/TextDecoder.h"

#include <QFileDevice>
#include <QtEndian>

#include <cstring>

namespace {
bool startsWith(const QByteArray &bytes, const char *prefix, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}

const char ole2Magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
} // namespace

bool FileSignature::namesWorkbookStream(const QByteArray &bytes)
{
    // Directory entries name their streams in UTF-16LE: Excel's is "Workbook" (or "Book" before Excel 97).
    const QByteArray workbook("W\0o\0r\0k\0b\0o\0o\0k\0", 16), book("B\0o\0o\0k\0", 8);
    return bytes.contains(workbook) || bytes.contains(book);
}

FileSignature::Kind FileSignature::of(QFileDevice &file)
{
    const QByteArray head = file.peek(64 * 1024);
    const Kind kind = of(head);
    if (kind != Kind::Binary || !startsWith(head, ole2Magic, 8) || head.size() < 0x34)
        return kind;
    // The compound file header (MS-CFB 2.2) gives the sector size and where
    // the directory starts; sector n begins at (n + 1) sectors into the file.
    const auto *bytes = reinterpret_cast<const uchar *>(head.constData());
    const int shift = qFromLittleEndian<quint16>(bytes + 0x1E);
    const quint32 directory = qFromLittleEndian<quint32>(bytes + 0x30);
    if ((shift != 9 && shift != 12) || directory >= 0xFFFFFFFA) // special sector numbers: no directory
        return kind;
    const qint64 at = (qint64(directory) + 1) << shift;
    QByteArray entries;
    if (file.seek(at))
        entries = file.read(qint64(4) << shift); // the first few sectors of the list hold the workbook's stream
    file.seek(0);
    return namesWorkbookStream(entries) ? Kind::OldExcelWorkbook : kind;
}

FileSignature::Kind FileSignature::of(const QByteArray &head)
{
    // ZIP: Office Open XML names its parts xl/..., OpenDocument stores its mimetype first.
    if (startsWith(head, "PK\x03\x04", 4)) {
        if (head.contains("opendocument.spreadsheet"))
            return Kind::OpenDocumentSpreadsheet;
        if (head.contains("xl/"))
            return Kind::ExcelWorkbook;
        return Kind::Binary;
    }
    // OLE2 compound file (Excel 97-2003, also Word .doc): the workbook stream is "Workbook" or "Book".
    if (startsWith(head, ole2Magic, 8))
        return namesWorkbookStream(head) ? Kind::OldExcelWorkbook : Kind::Binary;
    if (TextDecoder::utf16Encoding(head))
        return Kind::Text; // zero bytes are half of it
    // Text has no NUL and few control characters besides tab, line ends, form feed and DOS's end of file.
    qsizetype controls = 0;
    for (char c : head) {
        if (c == '\0')
            return Kind::Binary;
        controls += uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\x1A';
    }
    return controls * 100 > head.size() ? Kind::Binary : Kind::Text;
}
