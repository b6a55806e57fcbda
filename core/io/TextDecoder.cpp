#include "io/TextDecoder.h"

#include <QStringDecoder>

namespace {
// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five holes
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls as Windows does.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Mac Roman 0x80..0xFF (Apple's table since Mac OS 8.5: 0xDB is the euro sign).
const char16_t macRomanHigh[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4,
    0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF,
    0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020,
    0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4,
    0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202,
    0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
    0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3,
    0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
    0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC,
    0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF,
    0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// IBM code page 850 0x80..0xFF ("DOS Latin 1"): Excel's "CSV (MS-DOS)" in
// Western Europe. Code page 437 (the US one) has the same accented letters.
const char16_t cp850High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8,
    0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2,
    0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1,
    0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD,
    0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2,
    0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514, 0x2534,
    0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560,
    0x2550, 0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE,
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4,
    0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD,
    0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0,
    0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

bool startsWith(const QByteArray &bytes, const char *prefix, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}

// A single-byte code page: ASCII below 0x80, `high` from 0x80 on, Latin-1 past its end.
QString fromCodePage(const QByteArray &bytes, const char16_t *high, int highSize)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        out[i] = (byte >= 0x80 && byte - 0x80 < highSize) ? QChar(high[byte - 0x80]) : QChar(byte);
    }
    return text;
}

// How many of the bytes above 0x7F read as letters in the code page, and not
// as capitals inside a word: "M\x81ller" is "Müller" in code page 850 but
// "M\u0081ller" in Windows-1252; "St\xE9phane" is "Stéphane" in Windows-1252
// but "StÚphane" in code page 850.
qsizetype plausibleLetters(const QByteArray &bytes, const char16_t *high)
{
    qsizetype score = 0;
    const qsizetype size = qMin(bytes.size(), qsizetype(1 << 20));
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = uchar(bytes[i]);
        if (byte < 0x80)
            continue;
        const QChar c(high[byte - 0x80]);
        if (!c.isLetter())
            continue;
        // An upper-case letter right after a lower-case one ("StÚphane") is a misreading.
        const bool afterLower = i > 0 && bytes[i - 1] >= 'a' && bytes[i - 1] <= 'z';
        if (!afterLower || c.isLower())
            ++score;
    }
    return score;
}

// How much of the bytes is UTF-8: multi-byte sequences that are valid, bytes
// that are not, and the lines (1-based) holding the latter.
struct Utf8Survey
{
    qsizetype valid = 0;
    qsizetype invalid = 0;
    QList<int> invalidLines;
};

Utf8Survey surveyUtf8(const QByteArray &bytes)
{
    Utf8Survey survey;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    for (qsizetype i = 0; i < size;) {
        const uchar b = p[i];
        if (b < 0x80) {
            if (b == '\n' || (b == '\r' && (i + 1 == size || p[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        // The length a lead byte announces, and the range of its second byte (no overlongs, no surrogates).
        int length = 0;
        uchar low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        }
        bool ok = length > 0 && i + length <= size && p[i + 1] >= low && p[i + 1] <= high;
        for (int k = 2; ok && k < length; ++k)
            ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (ok) {
            ++survey.valid;
            i += length;
        } else {
            ++survey.invalid;
            if (survey.invalidLines.isEmpty() || survey.invalidLines.last() != line)
                survey.invalidLines << line;
            ++i;
        }
    }
    return survey;
}

// A byte order mark anywhere but at the start (two files pasted together)
// would stay invisible inside a name: it goes.
QString withoutInnerMarks(QString text)
{
    if (text.contains(QChar(0xFEFF)))
        text.remove(QChar(0xFEFF));
    return text;
}

// Excel's "CSV (Macintosh)" ends its lines with a bare CR; Windows and Unix never do.
bool endsFirstLineWithBareCr(const QByteArray &bytes)
{
    const qsizetype cr = bytes.indexOf('\r'), lf = bytes.indexOf('\n');
    return cr >= 0 && (lf < 0 || lf > cr + 1);
}
} // namespace

std::optional<TextDecoder::Encoding> TextDecoder::utf16Encoding(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    // Without a byte order mark: in Latin text every other byte is zero (the high byte).
    const qsizetype size = qMin(bytes.size(), qsizetype(64 * 1024)) & ~qsizetype(1);
    qsizetype zeros[2] = {0, 0};
    for (qsizetype i = 0; i < size; ++i)
        zeros[i & 1] += bytes[i] == '\0';
    const qsizetype pairs = size / 2;
    if (pairs < 2 || qMin(zeros[0], zeros[1]) > 0 || qMax(zeros[0], zeros[1]) * 10 < pairs * 9)
        return std::nullopt;
    return zeros[1] ? Encoding::Utf16LE : Encoding::Utf16BE;
}

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes)
{
    bool failed = false;
    const QByteArrayView view(bytes);
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        Decoded decoded{withoutInnerMarks(decodeWith(QStringConverter::Utf8, view.sliced(3), &failed)), Encoding::Utf8Bom, {}};
        if (failed) // lines are counted in the whole file; the mark holds no line end
            decoded.invalidLines = surveyUtf8(bytes).invalidLines;
        return decoded;
    }
    if (const auto utf16 = utf16Encoding(bytes)) {
        const bool bom = startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2);
        const auto encoding = *utf16 == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        return {withoutInnerMarks(decodeWith(encoding, view.sliced(bom ? 2 : 0), &failed)), *utf16, {}};
    }
    QString text = decodeWith(QStringConverter::Utf8, view, &failed);
    if (!failed)
        return {withoutInnerMarks(std::move(text)), Encoding::Utf8, {}};
    // Mostly UTF-8 (more valid multi-byte sequences than stray bytes): a
    // code page would garble every accent to save the few bad bytes.
    if (Utf8Survey survey = surveyUtf8(bytes); survey.valid > survey.invalid)
        return {withoutInnerMarks(std::move(text)), Encoding::Utf8, std::move(survey.invalidLines)};
    if (endsFirstLineWithBareCr(bytes))
        return {fromCodePage(bytes, macRomanHigh, 128), Encoding::MacRoman, {}};
    // Windows-1252 unless code page 850 reads clearly more of the bytes as letters.
    char16_t windows1252[128];
    for (int i = 0; i < 128; ++i)
        windows1252[i] = i < 32 ? windows1252High[i] : char16_t(0x80 + i);
    if (plausibleLetters(bytes, cp850High) > plausibleLetters(bytes, windows1252))
        return {fromCodePage(bytes, cp850High, 128), Encoding::Cp850, {}};
    return {fromCodePage(bytes, windows1252High, 32), Encoding::Windows1252, {}};
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (with BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::MacRoman:
        return QStringLiteral("Mac Roman");
    case Encoding::Cp850:
        return QStringLiteral("DOS code page 850");
    }
    return {};
}
