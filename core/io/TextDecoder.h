#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Turns the bytes of a text file from a spreadsheet program into text:
// UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text", with BOM; without
// one it is recognised by its zero bytes), and when the bytes are not UTF-8,
// Mac Roman (Excel's "CSV (Macintosh)", whose lines end in a bare CR),
// Windows-1252 (Excel's "CSV" on Western Windows) or code page 850 (Excel's
// "CSV (MS-DOS)"), whichever reads the accented letters as letters. A file
// that is mostly valid UTF-8 stays UTF-8 even with a few bad bytes (they are
// reported by line): one stray byte must not turn "José" into "JosÃ©".
// A byte order mark inside the text (files pasted together) is removed.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252, MacRoman, Cp850 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        // UTF-8 with a few bytes that are not UTF-8 (a name pasted from
        // elsewhere): those bytes read as U+FFFD, and these are the lines
        // (1-based) that hold them. Empty otherwise.
        QList<int> invalidLines;
    };

    static Decoded decode(const QByteArray &bytes);
    static QString name(Encoding encoding);
    // UTF-16 LE or BE when the bytes are UTF-16 (with or without byte order mark).
    static std::optional<Encoding> utf16Encoding(const QByteArray &bytes);
};
