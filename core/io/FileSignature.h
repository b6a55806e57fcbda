#pragma once

#include <QByteArray>

// What a file is when it is not text, from its first bytes: the workbooks people pick
// instead of the CSV file they meant (Excel .xlsx and .xls, LibreOffice .ods), or any
// other binary file (an image, a PDF, an archive...).
class FileSignature
{
public:
    enum class Kind { Text, ExcelWorkbook, OldExcelWorkbook, OpenDocumentSpreadsheet, Binary };

    // `head`: the file's first bytes (64 KB are plenty).
    static Kind of(const QByteArray &head);
};
