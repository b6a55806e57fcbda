#pragma once

#include <QByteArray>

class QFileDevice;

// What a file is when it is not text, from its first bytes: the workbooks people pick
// instead of the CSV file they meant (Excel .xlsx and .xls, LibreOffice .ods), or any
// other binary file (an image, a PDF, an archive...).
class FileSignature
{
public:
    enum class Kind { Text, ExcelWorkbook, OldExcelWorkbook, OpenDocumentSpreadsheet, Binary };

    // `head`: the file's first bytes (64 KB are plenty, but for a large
    // Excel 97-2003 workbook, whose list of streams may lie further on).
    static Kind of(const QByteArray &head);
    // The open file's kind, reading its start and, for an Excel 97-2003 (OLE2)
    // file, its list of streams wherever that lies. Leaves the position at 0.
    static Kind of(QFileDevice &file);

private:
    static bool namesWorkbookStream(const QByteArray &bytes);
};
