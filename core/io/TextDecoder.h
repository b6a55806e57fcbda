#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Turns the bytes of a text file from a spreadsheet program into text:
// UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text", with BOM; without
// one it is recognised by its zero bytes), and when the bytes are not UTF-8,
// Mac Roman (Excel's "CSV (Macintosh)", whose lines end in a bare CR),
// Windows-1252 (Excel's "CSV" on Western Windows) or code page 850 (Excel's
// "CSV (MS-DOS)"), whichever reads the accented letters as letters.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252, MacRoman, Cp850 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    static Decoded decode(const QByteArray &bytes);
    static QString name(Encoding encoding);
    // UTF-16 LE or BE when the bytes are UTF-16 (with or without byte order mark).
    static std::optional<Encoding> utf16Encoding(const QByteArray &bytes);
};
