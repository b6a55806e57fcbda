#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a text file from a spreadsheet program into text:
// UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and
// Windows-1252 (Excel's "CSV" on Western Windows) when the bytes are not UTF-8.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    static Decoded decode(const QByteArray &bytes);
    static QString name(Encoding encoding);
    static QString fromWindows1252(const char *data, qsizetype size);
};
