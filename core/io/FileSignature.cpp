#include "io/FileSignature.h"

#include "io/TextDecoder.h"

namespace {
bool startsWith(const QByteArray &bytes, const char *prefix, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}
} // namespace

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
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        const QByteArray workbook("W\0o\0r\0k\0b\0o\0o\0k\0", 16), book("B\0o\0o\0k\0", 8);
        return head.contains(workbook) || head.contains(book) ? Kind::OldExcelWorkbook : Kind::Binary;
    }
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
